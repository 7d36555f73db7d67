Feature: Compliance with the ICCPR and UN Human Rights Committee General Comment 25
  This specification states, provision by provision, what the International
  Covenant on Civil and Political Rights (1966) and the Human Rights
  Committee's General Comment No. 25 (1996) on its article 25 require of an
  election law, as Suffrage reads them. Each rule below takes one provision
  the rule packs cite, shows statute wording in the CIS and Commonwealth
  traditions that offends it and a look-alike that does not, and, where it
  helps, how a draft amending the example law introduces or resolves the
  problem. The examples illustrate; the rule catalogue (docs/rules.md) holds
  the exhaustive cases.

  Rule: ICCPR 2(1) — electoral rights are ensured without distinction of language or any other status
    The Covenant's rights belong to everyone without distinction of race,
    colour, sex, language, religion, opinion, origin, property, birth or other status.

    Scenario: A state-language examination for candidates distinguishes on the ground of language
      Given an election law that says:
        """
        Article 31. Nomination of candidates
        2. A candidate for deputy shall pass an examination in the state language before the district election commission.
        """
      When the law is reviewed
      Then a finding on "candidacy.language" is reported against "Article 31(2)"
      And the finding on "candidacy.language" cites "ICCPR:2(1)"

    Scenario: Ballot papers in the state and minority languages make no distinction
      Given an election law that says:
        """
        Article 40. Ballot papers
        2. Ballot papers shall be printed in the state language and in the languages of the national minorities living in the constituency.
        """
      When the law is reviewed
      Then the law is compliant

    Scenario: A draft requiring a certificate of fluency from candidates introduces a language finding
      Given the election law "../../examples/kz-elections.md"
      And a draft that says:
        """
        Article 1. The following amendments shall be made to the Constitutional Law of the Republic of Examplestan "On Elections":
        1) Article 86 after paragraph 1-1 shall be supplemented by paragraph 1-2 as follows:
        "1-2. A candidate shall present a certificate of proficiency in the state language issued by the commission on languages.";
        """
      When the draft is checked
      Then the draft introduces a finding on "candidacy.language"
      And the finding on "candidacy.language" cites "ICCPR:2(1)"

  Rule: ICCPR 2(3) — a person whose electoral rights are violated has an effective remedy
    Everyone whose rights are violated must have an effective remedy,
    determined by competent authorities and, as far as possible, by a court.

    Scenario: One day to complain to the higher commission is no effective remedy
      Given an election law that says:
        """
        Article 64. Complaints
        1. A complaint against a decision of a precinct election commission may be lodged with the territorial election commission within one day of the decision.
        """
      When the law is reviewed
      Then a finding on "appeals.deadlines" is reported against "Article 64(1)"
      And the finding on "appeals.deadlines" cites "ICCPR:2(3)"

    Scenario: Twenty-four hours to appeal to the High Court is flagged in Commonwealth drafting too
      Given an election law that says:
        """
        Appeals to the High Court
        52 (1) A candidate aggrieved by a decision of the returning officer may appeal to the High Court.
        (2) An appeal under subsection (1) shall be lodged within 24 hours after the decision is given.
        """
      When the law is reviewed
      Then a finding on "appeals.deadlines" is reported against "subsection 52(2)"
      And the finding on "appeals.deadlines" cites "ICCPR:2(3)"

    Scenario: A draft giving voters five days to complain resolves the deadline finding
      Given the election law "../../examples/kz-elections.md"
      And a draft that says:
        """
        Article 1. The following amendments shall be made to the Constitutional Law of the Republic of Examplestan "On Elections":
        1) in paragraph 2 of Article 12 the words "within one day" shall be replaced by the words "within five days";
        """
      When the draft is checked
      Then the draft resolves the finding on "appeals.deadlines"
      And the finding on "appeals.deadlines" cites "ICCPR:2(3)"

  Rule: ICCPR 3 — men and women have an equal right to vote and to stand
    States undertake to ensure the equal right of men and women to all the
    civil and political rights of the Covenant.

    Scenario: A franchise confined to male citizens is flagged
      Given an election law that says:
        """
        Right to vote
        3 (1) Every male citizen who has attained the age of 18 years is entitled to vote at an election of members of the Council.
        """
      When the law is reviewed
      Then a finding on "suffrage.discrimination" is reported against "subsection 3(1)"
      And the finding on "suffrage.discrimination" cites "ICCPR:3"

    Scenario: Men and women voting on an equal basis is compliant
      Given an election law that says:
        """
        Article 4. Active electoral right
        1. Men and women who have reached eighteen years of age shall have the right to vote on an equal basis.
        """
      When the law is reviewed
      Then the law is compliant

  Rule: ICCPR 19 — candidates, voters and the media are free to seek, receive and impart information
    Everyone has the right to hold opinions without interference and to
    freedom of expression, in any medium.

    Scenario: Forbidding editors to comment on candidates' programmes restrains the press
      Given an election law that says:
        """
        Article 45. Campaigning in the media
        3. Editors of periodicals shall not publish commentary on the election programmes of candidates.
        """
      When the law is reviewed
      Then a finding on "campaign.expression" is reported against "Article 45(3)"
      And the finding on "campaign.expression" cites "ICCPR:19"

    Scenario: A ban on negative campaigning is flagged
      Given an election law that says:
        """
        Article 46. Campaign rules
        2. Negative campaigning against other candidates shall be prohibited.
        """
      When the law is reviewed
      Then a finding on "campaign.expression" is reported against "Article 46(2)"
      And the finding on "campaign.expression" cites "ICCPR:19"

    Scenario: A balance duty of the public broadcaster is not a restraint on speech
      Given an election law that says:
        """
        Article 45. Public broadcaster
        1. The public broadcaster shall report on the campaigns of all registered candidates in a balanced and impartial manner.
        """
      When the law is reviewed
      Then the law is compliant

  Rule: ICCPR 19(3) — restrictions on expression must be provided by law and necessary
    Expression may be restricted only by law and only as necessary for the
    rights or reputations of others, national security, public order, health or morals.

    Scenario: Campaign leaflets that need the commission's approval before distribution are flagged
      Given an election law that says:
        """
        Article 30. Campaign materials
        5. Leaflets and posters of candidates may be distributed only after they have been approved by the district election commission.
        """
      When the law is reviewed
      Then a finding on "campaign.expression" is reported against "Article 30(5)"
      And the finding on "campaign.expression" cites "ICCPR:19(3)"

    Scenario: Filing a copy of each leaflet for information is compliant
      Given an election law that says:
        """
        Article 30. Campaign materials
        5. A copy of every leaflet shall be sent to the district election commission for its information before distribution.
        """
      When the law is reviewed
      Then no finding on "campaign.expression" is reported

  Rule: ICCPR 21 — peaceful assembly is restricted only as necessary in a democratic society
    The right of peaceful assembly is recognised; restrictions must be
    lawful and necessary for the listed aims.

    Scenario: Rallies that need the permission of the local executive are flagged
      Given an election law that says:
        """
        Article 33. Meetings with voters
        1. Pre-election rallies and demonstrations may be held only with the permission of the akimat of the district.
        """
      When the law is reviewed
      Then a finding on "campaign.assembly" is reported against "Article 33(1)"
      And the finding on "campaign.assembly" cites "ICCPR:21"

    Scenario: A notification to the local authority is compliant
      Given an election law that says:
        """
        Article 33. Meetings with voters
        1. The organisers of a pre-election rally shall notify the akimat of the district in writing at least two days before the rally.
        """
      When the law is reviewed
      Then the law is compliant

    Scenario: A draft turning the notification of campaign meetings into a permission introduces an assembly finding
      Given the election law "../../examples/kz-elections.md"
      And a draft that says:
        """
        Article 1. The following amendments shall be made to the Constitutional Law of the Republic of Examplestan "On Elections":
        1) paragraph 1 of Article 28 shall be worded as follows:
        "1. Meetings of candidates with voters are held with the permission of the local executive body.";
        """
      When the draft is checked
      Then the draft introduces a finding on "campaign.assembly"
      And the finding on "campaign.assembly" cites "ICCPR:21"

  Rule: ICCPR 22 — parties may be founded and join together freely
    Everyone has the right to freedom of association; restrictions must be
    prescribed by law and necessary in a democratic society.

    Scenario: Twenty thousand members to register a party is flagged
      Given an election law that says:
        """
        Article 6. Political parties
        1. A political party may be registered only if it has at least twenty thousand members.
        """
      When the law is reviewed
      Then a finding on "parties.registration" is reported against "Article 6(1)"
      And the finding on "parties.registration" cites "ICCPR:22"

    Scenario: A ban on electoral blocs restricts association
      Given an election law that says:
        """
        Article 10. Political parties
        5. Political parties may not form electoral blocs.
        """
      When the law is reviewed
      Then a finding on "parties.blocs" is reported against "Article 10(5)"
      And the finding on "parties.blocs" cites "ICCPR:22"

    Scenario: Five hundred enrolled members is a reasonable membership requirement
      Given an election law that says:
        """
        Registration of parties
        63 (1) A party may apply to be registered if it has at least 500 members who are enrolled electors.
        """
      When the law is reviewed
      Then the law is compliant

  Rule: ICCPR 25 — every citizen takes part in public affairs, votes and stands without unreasonable restrictions
    Every citizen has the right and the opportunity, without distinctions and
    without unreasonable restrictions, to take part, to vote and be elected, and to public service.

    Scenario: A property qualification for electors is flagged
      Given an election law that says:
        """
        Article 14. Electors
        2. Only persons who own immovable property in the district shall be entitled to vote at elections of the district council.
        """
      When the law is reviewed
      Then a finding on "suffrage.qualifications" is reported against "Article 14(2)"
      And the finding on "suffrage.qualifications" cites "ICCPR:25"

    Scenario: A postponement left to the President's judgement rests on an imprecise ground
      Given an election law that says:
        """
        Article 71. Term of the Assembly
        4. In a state of emergency the President may by decree postpone the elections for such period as he considers necessary.
        """
      When the law is reviewed
      Then a finding on "lawmaking.legal-certainty" is reported against "Article 71(4)"
      And the finding on "lawmaking.legal-certainty" cites "ICCPR:25"

  Rule: ICCPR 25(a) — citizens take part in public affairs through freely chosen representatives
    Representatives chosen by the people are not bound by the instructions
    of party bodies.

    Scenario: A deputy bound to vote as the faction decides is flagged
      Given an election law that says:
        """
        Article 81. Duties of a deputy
        2. A deputy shall vote in accordance with the decisions of the faction.
        """
      When the law is reviewed
      Then a finding on "mandate.free" is reported against "Article 81(2)"
      And the finding on "mandate.free" cites "ICCPR:25(a)"

    Scenario: A deputy who votes according to conscience holds a free mandate
      Given an election law that says:
        """
        Article 81. Status of a deputy
        2. A deputy shall not be bound by any mandate and shall vote according to his or her conscience.
        """
      When the law is reviewed
      Then the law is compliant

    Scenario: A draft binding list deputies to their faction introduces a free-mandate finding
      Given the election law "../../examples/kz-elections.md"
      And a draft that says:
        """
        Article 1. To introduce to the Constitutional Law of the Republic of Examplestan "On Elections" the following amendments:
        1) Article 90 shall be supplemented by paragraph 3 as follows:
        "3. A deputy shall vote in accordance with the decisions of the faction of the party on whose list he or she was elected.";
        """
      When the draft is checked
      Then the draft introduces a finding on "mandate.free"
      And the finding on "mandate.free" cites "ICCPR:25(a)"

  Rule: ICCPR 25(b) — genuine periodic elections by universal and equal suffrage and secret ballot
    Every citizen votes and may be elected at genuine periodic elections,
    held by secret ballot and guaranteeing the free expression of the electors' will.

    Scenario: Open voting by show of hands breaks the secrecy of the ballot
      Given an election law that says:
        """
        Article 17. Elections of village heads
        3. Voting at the gathering of the village voters shall take place openly by show of hands.
        """
      When the law is reviewed
      Then a finding on "ballot.secrecy" is reported against "Article 17(3)"
      And the finding on "ballot.secrecy" cites "ICCPR:25(b)"

    Scenario: Open votes of commission members are not open voting by electors
      Given an election law that says:
        """
        Article 11. Decisions of election commissions
        3. Decisions of the precinct election commission are taken by open vote of its members present.
        """
      When the law is reviewed
      Then the law is compliant

    Scenario: A draft allowing open voting in small settlements introduces a secrecy finding
      Given the election law "../../examples/kz-elections.md"
      And a draft that says:
        """
        Article 1. The following amendments shall be made to the Constitutional Law of the Republic of Examplestan "On Elections":
        1) Article 6 shall be supplemented by paragraph 3 as follows:
        "3. In rural settlements with fewer than three hundred voters, voting may take place openly by show of hands.";
        """
      When the draft is checked
      Then the draft introduces a finding on "ballot.secrecy"
      And the finding on "ballot.secrecy" cites "ICCPR:25(b)"

  Rule: ICCPR 25(c) — access to public service on general terms of equality
    Citizens have access to public office on equal terms, not reserved to
    those already in the service of the State.

    Scenario: Seven years of service in the civil service to stand for akim is flagged
      Given an election law that says:
        """
        Article 52. Eligibility for the office of akim
        2. A candidate shall have at least seven years of experience in the civil service.
        """
      When the law is reviewed
      Then a finding on "candidacy.experience" is reported against "Article 52(2)"
      And the finding on "candidacy.experience" cites "ICCPR:25(c)"

    Scenario: Leave from a state post during the campaign is an incompatibility, not an experience requirement
      Given an election law that says:
        """
        Article 42. Status of candidates
        1. A candidate who holds office in a state body shall be released from his or her official duties for the duration of the campaign.
        """
      When the law is reviewed
      Then the law is compliant

  Rule: ICCPR 26 — all persons are equal before the law and protected against discrimination
    The law must prohibit discrimination on any ground, birth included, and
    protect everyone equally.

    Scenario: Reserving the presidency to citizens born in the country is flagged
      Given an election law that says:
        """
        Article 49. Requirements for candidates for President
        1. A citizen who was born in the territory of the Republic may be elected President.
        """
      When the law is reviewed
      Then a finding on "candidacy.descent" is reported against "Article 49(1)"
      And the finding on "candidacy.descent" cites "ICCPR:26"

    Scenario: Any citizen of forty may stand for President
      Given an election law that says:
        """
        Article 49. Requirements for candidates for President
        1. A citizen of the Republic who has reached forty years of age may be elected President.
        """
      When the law is reviewed
      Then the law is compliant

  Rule: GC25 3 — no distinctions between citizens, including between citizens by birth and by naturalisation
    No distinction is permitted on the listed grounds; distinguishing
    citizens by birth from naturalised citizens raises questions under article 25.

    Scenario: Candidacy for President reserved to citizens by birth is flagged
      Given an election law that says:
        """
        Qualifications of candidates
        24 (1) A person is qualified to be nominated as a candidate for President if he or she is a citizen by birth.
        """
      When the law is reviewed
      Then a finding on "candidacy.descent" is reported against "subsection 24(1)"
      And the finding on "candidacy.descent" cites "GC25:3"

    Scenario: Citizenship of any kind qualifies a candidate
      Given an election law that says:
        """
        Qualifications of candidates
        24 (1) A person is qualified to be nominated as a candidate for President if he or she is a citizen of Examplestan.
        """
      When the law is reviewed
      Then the law is compliant

    Scenario: A male franchise is a distinction on a prohibited ground
      Given an election law that says:
        """
        Right to vote
        3 (1) Every male citizen who has attained the age of 18 years is entitled to vote at an election of members of the Council.
        """
      When the law is reviewed
      Then the finding on "suffrage.discrimination" cites "GC25:3"

  Rule: GC25 4 — conditions on electoral rights are objective and reasonable
    A higher age to stand may be reasonable; the vote must be open to every
    adult; established mental incapacity may be a ground for exclusion.

    Scenario: Exclusion of everyone under guardianship without an assessment of the capacity to vote
      Given an election law that says:
        """
        Article 5. Restrictions of the right to vote
        2. Persons placed under guardianship by a court shall not be included in the voter list.
        """
      When the law is reviewed
      Then a finding on "suffrage.incapacity" is reported against "Article 5(2)"
      And the finding on "suffrage.incapacity" cites "GC25:4"

    Scenario: A court deciding on the capacity to vote in the individual case is compliant
      Given an election law that says:
        """
        Article 5. Restrictions of the right to vote
        2. A court may deprive a person of the right to vote only where it finds, in an individual decision, that the person lacks the capacity to vote.
        """
      When the law is reviewed
      Then the law is compliant

    Scenario: A minimum age of thirty for deputies is not objective and reasonable
      Given an election law that says:
        """
        Article 76. Eligibility to be a deputy
        1. A citizen who has reached thirty years of age may be elected a deputy of the Mazhilis.
        """
      When the law is reviewed
      Then a finding on "candidacy.age" is reported against "Article 76(1)"
      And the finding on "candidacy.age" cites "GC25:4"

  Rule: GC25 9 — elections are held at intervals that are not unduly long
    The authority of government must continue to rest on the will of the
    electors expressed at regular elections.

    Scenario: A postponement of elections for an unlimited period is flagged
      Given an election law that says:
        """
        Article 71. Term of the Assembly
        4. In a state of emergency the President may by decree postpone the elections for such period as he considers necessary.
        """
      When the law is reviewed
      Then a finding on "ballot.periodicity" is reported against "Article 71(4)"
      And the finding on "ballot.periodicity" cites "GC25:9"

    Scenario: An extension by law limited to six months at a time is compliant
      Given an election law that says:
        """
        Article 71. Term of the Assembly
        4. In a state of war the term of the Assembly may be extended by law for not more than six months at a time.
        """
      When the law is reviewed
      Then the law is compliant

    Scenario: A draft lengthening the presidential term to ten years introduces a periodicity finding
      Given the election law "../../examples/kz-elections.md"
      And a draft that says:
        """
        Article 1. The following amendments shall be made to the Constitutional Law of the Republic of Examplestan "On Elections":
        1) paragraph 1 of Article 7 shall be worded as follows:
        "1. The President of the Republic is elected for a term of ten years.";
        """
      When the draft is checked
      Then the draft introduces a finding on "ballot.periodicity"
      And the finding on "ballot.periodicity" cites "GC25:9"

  Rule: GC25 10 — no literacy, educational or property requirement to vote
    The vote may be subject only to reasonable restrictions such as a
    minimum age; literacy, education and property conditions are unreasonable.

    Scenario: Electors who cannot read and write may not register
      Given an election law that says:
        """
        Registration of electors
        12 (1) A person who is unable to read and write shall not be registered as an elector.
        """
      When the law is reviewed
      Then a finding on "suffrage.qualifications" is reported against "subsection 12(1)"
      And the finding on "suffrage.qualifications" cites "GC25:10"

    Scenario: Help in marking the ballot for electors who cannot read is compliant
      Given an election law that says:
        """
        Assistance to electors
        61 (1) An elector who is unable to read may ask the presiding officer or a person of his or her choice to mark the ballot paper.
        """
      When the law is reviewed
      Then the law is compliant

  Rule: GC25 11 — registration is facilitated and does not exclude the homeless
    Registration should be facilitated; residence requirements must be
    reasonable and must not exclude persons without a home.

    Scenario: No registered place of residence means no entry in the voter list
      Given an election law that says:
        """
        Article 19. Voter lists
        3. Citizens without a registered place of residence shall not be entered in the voter list.
        """
      When the law is reviewed
      Then a finding on "suffrage.registration" is reported against "Article 19(3)"
      And the finding on "suffrage.registration" cites "GC25:11"

    Scenario: Citizens without a fixed address are listed where they habitually stay
      Given an election law that says:
        """
        Article 19. Voter lists
        3. Citizens without a fixed address shall be entered in the voter list of the precinct in which they habitually stay, on their application.
        """
      When the law is reviewed
      Then the law is compliant

  Rule: GC25 12 — language barriers are overcome, not turned into conditions of the vote
    Positive measures should overcome illiteracy and language barriers, and
    voting information should be available in minority languages.

    Scenario: Voters who are not proficient in the state language are left off the list
      Given an election law that says:
        """
        Article 19. Voter lists
        3. A citizen who is not proficient in the state language shall not be included in the voter list.
        """
      When the law is reviewed
      Then a finding on "suffrage.qualifications" is reported against "Article 19(3)"
      And the finding on "suffrage.qualifications" cites "GC25:12"

    Scenario: Voter information in the languages of national minorities is compliant
      Given an election law that says:
        """
        Article 9. Languages of elections
        4. Information for voters and instructions on how to vote shall be published in the state language and in the languages of the national minorities.
        """
      When the law is reviewed
      Then the law is compliant

  Rule: GC25 14 — grounds for depriving citizens of the vote must be objective and reasonable
    A suspension for a conviction must be proportionate to the offence and
    the sentence; persons detained but not convicted keep the vote.

    Scenario: Persons in pre-trial detention may not vote
      Given an election law that says:
        """
        Article 6. Restrictions of the right to vote
        3. Persons held in pre-trial detention shall not vote.
        """
      When the law is reviewed
      Then a finding on "suffrage.detainees" is reported against "Article 6(3)"
      And the finding on "suffrage.detainees" cites "GC25:14"

    Scenario: Remand prisoners excluded in Commonwealth drafting
      Given an election law that says:
        """
        Persons not entitled to vote
        6 The following persons are not entitled to vote at any election:
          (b) a person who is held in custody awaiting trial.
        """
      When the law is reviewed
      Then a finding on "suffrage.detainees" is reported against "paragraph 6(b)"
      And the finding on "suffrage.detainees" cites "GC25:14"

    Scenario: A draft confining the ban to prisoners a court has expressly deprived of the vote resolves the prisoners finding
      Given the election law "../../examples/kz-elections.md"
      And a draft that says:
        """
        Article 1. To introduce to the Constitutional Law of the Republic of Examplestan "On Elections" the following amendments:
        1) paragraph 3 of Article 4 shall be worded as follows:
        "3. Persons sentenced by a court to imprisonment for an especially grave crime, where the court has expressly deprived them of the right to vote in its judgment, shall not take part in elections.";
        """
      When the draft is checked
      Then the draft resolves the finding on "suffrage.prisoners"
      And the finding on "suffrage.prisoners" cites "GC25:14"

  Rule: GC25 15 — candidates are not excluded by unreasonable requirements such as education, residence or descent
    Restrictions on standing must be justifiable on objective and reasonable
    criteria; no one should be disadvantaged because of their candidacy.

    Scenario: A higher education for deputies is flagged
      Given an election law that says:
        """
        Article 47. Requirements for candidates for deputy
        3. A candidate for deputy of the Mazhilis shall have a higher education.
        """
      When the law is reviewed
      Then a finding on "candidacy.education" is reported against "Article 47(3)"
      And the finding on "candidacy.education" cites "GC25:15"

    Scenario: A statement of education filed for the voters' information is compliant
      Given an election law that says:
        """
        Article 47. Candidates for deputy
        3. A candidate shall submit information about his or her education and place of work together with the application for registration.
        """
      When the law is reviewed
      Then the law is compliant

    Scenario: A draft dropping the higher-education requirement for President resolves the education finding
      Given the election law "../../examples/kz-elections.md"
      And a draft that says:
        """
        Article 1. To introduce to the Constitutional Law of the Republic of Examplestan "On Elections" the following amendments:
        1) in Article 54 the words "has a higher education, " shall be excluded;
        """
      When the draft is checked
      Then the draft resolves the finding on "candidacy.education"
      And the finding on "candidacy.education" cites "GC25:15"

  Rule: GC25 16 — nomination fees and deposits are reasonable, and office holders are removed only on objective grounds
    Deposits and nomination conditions must be reasonable and not
    discriminatory; removal from elected office needs objective grounds and fair procedures.

    Scenario: A deposit that is never refunded is flagged
      Given an election law that says:
        """
        Candidate's deposit
        31 (1) A candidate shall pay a deposit of $10,000, which shall not be refunded in any case.
        """
      When the law is reviewed
      Then a finding on "candidacy.deposit" is reported against "subsection 31(1)"
      And the finding on "candidacy.deposit" cites "GC25:16"

    Scenario: A deposit returned to any candidate polling one-twentieth of the votes is compliant
      Given an election law that says:
        """
        Return of deposit
        31 (3) The deposit shall be returned to a candidate who is elected or who polls more than one-twentieth of the votes cast in the constituency.
        """
      When the law is reviewed
      Then the law is compliant

    Scenario: Recall of regional deputies by their constituents is flagged
      Given an election law that says:
        """
        Article 81. Early termination of a deputy's powers
        1. The powers of a deputy of the regional council shall terminate early in the event of:
        3) his or her recall by the voters of the constituency.
        """
      When the law is reviewed
      Then a finding on "mandate.free" is reported against "Article 81(1)(3)"
      And the finding on "mandate.free" cites "GC25:16"

  Rule: GC25 17 — candidates need not be party members, and support requirements are no barrier
    Standing must not depend on membership of a party; a minimum number of
    supporters must be reasonable.

    Scenario: Only registered parties may nominate candidates
      Given an election law that says:
        """
        Article 33. Nomination of candidates
        2. Only political parties registered with the Ministry of Justice may nominate candidates for deputy.
        """
      When the law is reviewed
      Then a finding on "candidacy.independents" is reported against "Article 33(2)"
      And the finding on "candidacy.independents" cites "GC25:17"

    Scenario: Self-nomination alongside party nomination is compliant
      Given an election law that says:
        """
        Article 33. Nomination of candidates
        2. Candidates may be nominated by political parties or by self-nomination.
        """
      When the law is reviewed
      Then the law is compliant

    Scenario: A draft allowing self-nomination for President resolves the independents finding
      Given the election law "../../examples/kz-elections.md"
      And a draft that says:
        """
        Article 1. The following amendments shall be made to the Constitutional Law of the Republic of Examplestan "On Elections":
        1) paragraph 2 of Article 55 shall be excluded;
        2) Article 55 shall be supplemented by paragraph 3 as follows:
        "3. Citizens may nominate themselves as candidates for President.";
        """
      When the draft is checked
      Then the draft resolves the finding on "candidacy.independents"
      And the finding on "candidacy.independents" cites "GC25:17"

  Rule: GC25 19 — electors vote free of undue influence or coercion, and spending is transparent
    Voters must be free to support or oppose the government without
    coercion; reasonable limits on campaign spending protect their free choice.

    Scenario: Employers made responsible for their employees' turnout is coercion
      Given an election law that says:
        """
        Article 50. Voting at enterprises
        2. Employers shall ensure that all their employees take part in the voting and report the turnout to the precinct commission.
        """
      When the law is reviewed
      Then a finding on "ballot.free-will" is reported against "Article 50(2)"
      And the finding on "ballot.free-will" cites "GC25:19"

    Scenario: Time off to vote is compliant
      Given an election law that says:
        """
        Article 50. Voting at enterprises
        2. Employers shall give their employees time off on election day to vote.
        """
      When the law is reviewed
      Then the law is compliant

    Scenario: Campaign finance reports kept from the public are flagged
      Given an election law that says:
        """
        Article 34. Election funds
        4. The financial reports of candidates on the expenditure of their election funds are not subject to publication.
        """
      When the law is reviewed
      Then a finding on "campaign.finance" is reported against "Article 34(4)"
      And the finding on "campaign.finance" cites "GC25:19"

  Rule: GC25 20 — an independent electoral authority, secret ballots and independent scrutiny of the count
    An independent authority supervises the elections; the count is open to
    scrutiny and its results to judicial review.

    Scenario: Commission members dismissed at the President's will are not independent
      Given an election law that says:
        """
        Article 16. Central Election Commission
        4. The President may dismiss the Chairperson or any member of the Central Election Commission at any time.
        """
      When the law is reviewed
      Then a finding on "administration.independence" is reported against "Article 16(4)"
      And the finding on "administration.independence" cites "GC25:20"

    Scenario: Dismissal only by a court for an offence is compliant
      Given an election law that says:
        """
        Article 16. Central Election Commission
        4. A member of the Central Election Commission may be dismissed only by a court for a criminal offence.
        """
      When the law is reviewed
      Then the law is compliant

    Scenario: A draft withholding polling-station results introduces a transparency finding
      Given the election law "../../examples/kz-elections.md"
      And a draft that says:
        """
        Article 1. The following amendments shall be made to the Constitutional Law of the Republic of Examplestan "On Elections":
        1) paragraph 2 of Article 11 shall be worded as follows:
        "2. Results for individual polling stations shall not be published.";
        """
      When the draft is checked
      Then the draft introduces a finding on "administration.transparency"
      And the finding on "administration.transparency" cites "GC25:20"

  Rule: GC25 21 — one person, one vote, and boundaries that do not distort the distribution of voters
    Whatever the electoral system, votes must carry equal weight and the
    drawing of boundaries must not discriminate against any group.

    Scenario: Constituencies differing from the average by a quarter are flagged
      Given an election law that says:
        """
        Article 22. Constituencies
        2. The number of voters in a constituency shall not differ from the average by more than twenty-five per cent.
        """
      When the law is reviewed
      Then a finding on "equality.districts" is reported against "Article 22(2)"
      And the finding on "equality.districts" cites "GC25:21"

    Scenario: A ten per cent tolerance is compliant
      Given an election law that says:
        """
        Article 22. Constituencies
        2. The number of voters in a constituency shall not differ from the average by more than ten per cent.
        """
      When the law is reviewed
      Then the law is compliant

    Scenario: An additional vote for landowners breaks one person, one vote
      Given an election law that says:
        """
        Article 9. Votes
        2. Voters who own land in the municipality shall have an additional vote.
        """
      When the law is reviewed
      Then a finding on "equality.vote-weight" is reported against "Article 9(2)"
      And the finding on "equality.vote-weight" cites "GC25:21"

  Rule: GC25 25 — a free press and free communication between citizens, candidates and representatives
    The free communication of information and ideas about public issues is
    essential; the media comment on them without censorship or restraint.

    Scenario: Defamation of candidates and officials made a crime is flagged
      Given an election law that says:
        """
        Article 39. Campaign restrictions
        2. Defamation of a candidate or an official during the election campaign shall entail liability under the Criminal Code.
        """
      When the law is reviewed
      Then a finding on "campaign.expression" is reported against "Article 39(2)"
      And the finding on "campaign.expression" cites "GC25:25"

    Scenario: Criminal libel of a candidate in Commonwealth drafting
      Given an election law that says:
        """
        Criminal libel
        118 (1) Every person who publishes a defamatory statement about a candidate during an election period commits an offence punishable by imprisonment for a term not exceeding one year.
        """
      When the law is reviewed
      Then a finding on "campaign.expression" is reported against "subsection 118(1)"
      And the finding on "campaign.expression" cites "GC25:25"

    Scenario: A right of reply is a civil remedy, not a restraint
      Given an election law that says:
        """
        Article 46. Right of reply
        1. A candidate about whom untrue information has been published in a periodical may demand that the periodical publish a refutation free of charge.
        """
      When the law is reviewed
      Then the law is compliant

  Rule: GC25 26 — parties are formed and join in public affairs freely
    Freedom of association, including forming political parties, is an
    essential adjunct to the rights of article 25.

    Scenario: Refusing to register a party whose aims are contrary to the interests of the State
      Given an election law that says:
        """
        Article 10. Registration of political parties
        4. Registration of a party shall be refused if its aims are contrary to the interests of the State.
        """
      When the law is reviewed
      Then a finding on "parties.registration" is reported against "Article 10(4)"
      And the finding on "parties.registration" cites "GC25:26"

    Scenario: Refusal only for incomplete documents or calls to violence is compliant
      Given an election law that says:
        """
        Article 10. Registration of political parties
        4. Registration of a party shall be refused only where its founding documents are incomplete or its charter calls for violence.
        """
      When the law is reviewed
      Then the law is compliant
