Feature: OSCE Copenhagen Document (1990), paragraphs 5 to 8 and 24
  A compliance spec for standards experts and drafters in OSCE participating
  States: for each commitment of the Copenhagen Document that the rule packs
  encode, it shows in a drafter's words a provision that falls short of the
  commitment and, where one is easily mistaken for it, a compliant provision.
  Suffrage must report the first against the provision that says it, citing
  the paragraph of the Document, and leave the second alone. Examples mix the
  CIS numbering ("Article 7" and paragraphs "2.") with Commonwealth sections
  ("44 (1)"), because the Document binds States of both traditions.

  Rule: CPH90 5.8 — electoral rules are legislation adopted by a public procedure, published and accessible to everyone
    "Legislation, adopted at the end of a public procedure, and regulations will
    be published, that being the condition for their applicability."

    Scenario: Leaving the counting of results and the allocation of seats to the commission bypasses the legislature
      Given an election law that says:
        """
        Article 9. Electoral system
        2. The procedure for determining the results of the elections and for distributing the seats among the party lists shall be established by the Central Election Commission.
        """
      When the law is reviewed
      Then a finding on "lawmaking.delegation" is reported against "Article 9(2)"
      And the finding on "lawmaking.delegation" cites "CPH90:5.8"

    Scenario: Forms approved by the commission are technical detail, not fundamental rules
      Given an election law that says:
        """
        Article 12. Powers of the Central Election Commission
        1. The Central Election Commission shall approve the forms of ballot papers, voter lists and protocols.
        """
      When the law is reviewed
      Then no finding on "lawmaking.delegation" is reported

  Rule: CPH90 7.1 — free elections held at reasonable intervals, as established by law
    The participating States will hold free elections at reasonable intervals,
    as established by law.

    Scenario: A Parliament that continues for seven years is not elected at reasonable intervals
      Given an election law that says:
        """
        Duration of Parliament
        44 (1) Every Parliament shall continue for seven years from the date of its first sitting and shall then stand dissolved.
        """
      When the law is reviewed
      Then a finding on "ballot.periodicity" is reported against "subsection 44(1)"
      And the finding on "ballot.periodicity" cites "CPH90:7.1"

    Scenario: A four-year Parliament with an election within sixty days of dissolution is compliant
      Given an election law that says:
        """
        Duration of Parliament
        44 (1) Parliament, unless sooner dissolved, shall continue for four years from the date of its first sitting and shall then stand dissolved.
        (2) A general election shall be held within sixty days after every dissolution of Parliament.
        """
      When the law is reviewed
      Then the law is compliant

    Scenario: A draft lengthening the deputies' term from five to seven years introduces a finding
      Given the election law "../../examples/kz-elections.md"
      And a draft that says:
        """
        Article 1. To make the following amendments to the Constitutional Law "On Elections":
        1) in paragraph 2 of Article 7 the words "five years" shall be replaced by the words "seven years";
        """
      When the draft is checked
      Then the draft introduces a finding on "ballot.periodicity"
      And the finding on "ballot.periodicity" cites "CPH90:7.1"

  Rule: CPH90 7.2 — all seats in at least one chamber are freely contested in a popular vote
    The participating States will permit all seats in at least one chamber of
    the national legislature to be freely contested in a popular vote.

    Scenario: Presidential appointees in a single-chamber National Assembly are reported
      Given an election law that says:
        """
        Article 50. The National Assembly
        2. The National Assembly shall consist of one hundred and fifty members: one hundred and twenty members elected in single-member constituencies and thirty members appointed by the President of the Republic.
        """
      When the law is reviewed
      Then a finding on "ballot.direct" is reported against "Article 50(2)"
      And the finding on "ballot.direct" cites "CPH90:7.2"

    Scenario: Nominated members of a House of Assembly are reported
      Given an election law that says:
        """
        Composition of the House
        12 (1) The House of Assembly shall consist of sixty elected members and twelve nominated members appointed by the Governor-General.
        """
      When the law is reviewed
      Then a finding on "ballot.direct" is reported against "subsection 12(1)"
      And the finding on "ballot.direct" cites "CPH90:7.2"

    Scenario: An indirectly elected Senate beside a wholly elected lower chamber is compliant
      Given an election law that says:
        """
        Article 50. Composition of Parliament
        2. The Senate shall consist of two deputies from each region elected by the deputies of the regional councils, and fifteen deputies appointed by the President of the Republic.
        3. The Mazhilis shall consist of one hundred and twenty deputies elected by universal, equal and direct suffrage by secret ballot.
        """
      When the law is reviewed
      Then no finding on "ballot.direct" is reported

  Rule: CPH90 7.3 — universal and equal suffrage for adult citizens
    The participating States will guarantee universal and equal suffrage to
    adult citizens.

    Scenario: A voting age of twenty keeps young adults from the vote
      Given an election law that says:
        """
        Article 5. Active electoral right
        1. Citizens of the Republic who have reached twenty years of age shall have the right to elect.
        """
      When the law is reviewed
      Then a finding on "suffrage.age" is reported against "Article 5(1)"
      And the finding on "suffrage.age" cites "CPH90:7.3"

    Scenario: A voting age of sixteen is a choice the standards permit
      Given an election law that says:
        """
        Qualification of electors
        4 (1) A person is qualified to vote if the person is a citizen and has attained the age of 16 years.
        """
      When the law is reviewed
      Then no finding on "suffrage.age" is reported

  Rule: CPH90 7.4 — secret ballot, honest count and official results made public
    Votes are cast by secret ballot or by equivalent free voting procedure, and
    are counted and reported honestly with the official results made public.

    Scenario: Withholding the results of individual polling stations is reported
      Given an election law that says:
        """
        Article 44. Publication of results
        3. The results of individual polling stations shall not be published.
        """
      When the law is reviewed
      Then a finding on "administration.transparency" is reported against "Article 44(3)"
      And the finding on "administration.transparency" cites "CPH90:7.4"

    Scenario: Electing a village committee by a show of hands is not a secret ballot
      Given an election law that says:
        """
        Election of the village committee
        23 (1) The members of the village committee shall be elected at a meeting of the registered electors of the village by a show of hands.
        """
      When the law is reviewed
      Then a finding on "ballot.secrecy" is reported against "subsection 23(1)"
      And the finding on "ballot.secrecy" cites "CPH90:7.4"

    Scenario: Publishing the result of every polling station is compliant
      Given an election law that says:
        """
        Article 44. Establishment of the results
        3. The Central Election Commission shall publish the results of the voting for each polling station on its website within three days of election day.
        """
      When the law is reviewed
      Then no finding on "administration.transparency" is reported
      And the law is compliant

  Rule: CPH90 7.5 — citizens may seek office individually or through parties, without discrimination
    The participating States will respect the right of citizens to seek
    political or public office, individually or as representatives of political
    parties or organizations, without discrimination.

    Scenario: Nomination reserved to registered parties shuts out independent candidates
      Given an election law that says:
        """
        Nomination
        19 (1) Candidates for election shall be nominated only by registered political parties.
        """
      When the law is reviewed
      Then a finding on "candidacy.independents" is reported against "subsection 19(1)"
      And the finding on "candidacy.independents" cites "CPH90:7.5"

    Scenario: Nomination by parties or by self-nomination is compliant
      Given an election law that says:
        """
        Article 41. Nomination of candidates
        1. Candidates may be nominated by political parties or by self-nomination.
        """
      When the law is reviewed
      Then no finding on "candidacy.independents" is reported

    Scenario: A draft allowing self-nomination for President resolves the ban on independents
      Given the election law "../../examples/kz-elections.md"
      And a draft that says:
        """
        Article 1. To make the following amendments to the Constitutional Law "On Elections":
        1) paragraph 2 of Article 55 shall be worded as follows:
        "2. Citizens may also nominate themselves as candidates for President.";
        """
      When the draft is checked
      Then the draft resolves the finding on "candidacy.independents"
      And the finding on "candidacy.independents" cites "CPH90:7.5"

  Rule: CPH90 7.6 — parties are founded in full freedom and compete on equal terms
    The participating States will respect the right to establish political
    parties in full freedom and give them the legal guarantees to compete on a
    basis of equal treatment before the law and by the authorities.

    Scenario: Twenty thousand members to register a party keeps new parties out
      Given an election law that says:
        """
        Article 10. State registration of a political party
        1. A political party shall be subject to state registration if it has not fewer than twenty thousand members.
        """
      When the law is reviewed
      Then a finding on "parties.registration" is reported against "Article 10(1)"
      And the finding on "parties.registration" cites "CPH90:7.6"

    Scenario: Branches required in every region bar regional parties
      Given an election law that says:
        """
        Article 10. State registration of a political party
        2. A political party shall have structural subdivisions in all regions, the capital and the cities of republican significance.
        """
      When the law is reviewed
      Then a finding on "parties.registration" is reported against "Article 10(2)"
      And the finding on "parties.registration" cites "CPH90:7.6"

    Scenario: Five hundred members who are electors is a modest requirement
      Given an election law that says:
        """
        Registration of political parties
        63 (1) A party is eligible for registration if it has at least 500 members who are electors.
        """
      When the law is reviewed
      Then no finding on "parties.registration" is reported

  Rule: CPH90 7.7 — campaigning in a fair and free atmosphere, without administrative obstacles or intimidation
    Law and public policy permit campaigning in a fair and free atmosphere in
    which neither administrative action, violence nor intimidation bars parties
    and candidates from presenting their views, or voters from learning of them.

    Scenario: Rallies that need the akim's permission are barred by administrative action
      Given an election law that says:
        """
        Article 28. Campaign events
        1. Campaign meetings and rallies may be held only with the permission of the akim of the district, applied for not later than fifteen days before the event.
        """
      When the law is reviewed
      Then a finding on "campaign.assembly" is reported against "Article 28(1)"
      And the finding on "campaign.assembly" cites "CPH90:7.7"

    Scenario: A short notice to the akimat before an outdoor meeting is compliant
      Given an election law that says:
        """
        Article 28. Campaign events
        1. The organiser of a campaign meeting held outdoors shall notify the akimat of the district not later than two days before the meeting.
        """
      When the law is reviewed
      Then no finding on "campaign.assembly" is reported

  Rule: CPH90 7.8 — unimpeded access to the media on a non-discriminatory basis
    No legal or administrative obstacle stands in the way of unimpeded access to
    the media on a non-discriminatory basis for all political groupings and
    individuals wishing to take part in the electoral process.

    Scenario: Airtime only on a paid basis makes access to the media depend on money
      Given an election law that says:
        """
        Article 29. Access to the mass media
        1. Campaign appearances of candidates on television and radio shall be made only on a paid basis at the expense of the candidate's election fund.
        """
      When the law is reviewed
      Then a finding on "campaign.media" is reported against "Article 29(1)"
      And the finding on "campaign.media" cites "CPH90:7.8"

    Scenario: An editorial board refusing campaign materials without reasons is reported
      Given an election law that says:
        """
        Article 29. Access to the mass media
        3. The editorial board of a periodical may refuse to publish campaign materials of a candidate without stating reasons.
        """
      When the law is reviewed
      Then a finding on "campaign.media" is reported against "Article 29(3)"
      And the finding on "campaign.media" cites "CPH90:7.8"

    Scenario: Equal free broadcasting time with paid time at equal rates is compliant
      Given an election law that says:
        """
        Broadcasting time
        335 (1) Every broadcaster shall make available, free of charge, to each registered party an equal amount of broadcasting time during the election period.
        (2) A registered party may also purchase broadcasting time at the rates charged to every other party.
        """
      When the law is reviewed
      Then no finding on "campaign.media" is reported
      And the law is compliant

  Rule: CPH90 7.9 — elected candidates take office and remain in it until their term ends as the law provides
    Candidates who obtain the necessary votes are duly installed in office and
    permitted to remain until their term expires or is brought to an end in a
    manner regulated by law in conformity with democratic procedures.

    Scenario: Expulsion from the party ending a deputy's powers subjects the mandate to the party
      Given an election law that says:
        """
        Article 52. Early termination of the powers of a deputy
        1. The powers of a deputy shall terminate early in the event of:
        3) his or her expulsion from the political party on whose list he or she was elected;
        """
      When the law is reviewed
      Then a finding on "mandate.free" is reported against "Article 52(1)(3)"
      And the finding on "mandate.free" cites "CPH90:7.9"

    Scenario: A seat vacated when a member resigns from the party is reported
      Given an election law that says:
        """
        Vacation of seats
        48 (1) The seat of a member shall become vacant if the member resigns from the political party on whose ticket he or she was elected to the House.
        """
      When the law is reviewed
      Then a finding on "mandate.free" is reported against "subsection 48(1)"
      And the finding on "mandate.free" cites "CPH90:7.9"

    Scenario: Resignation, conviction and death as the only grounds of early termination are compliant
      Given an election law that says:
        """
        Article 52. Early termination of the powers of a deputy
        1. The powers of a deputy shall terminate early in the event of:
        1) his or her written resignation;
        2) the entry into force of a court judgment of conviction against him or her;
        3) his or her death.
        """
      When the law is reviewed
      Then no finding on "mandate.free" is reported

  Rule: CPH90 8 — domestic and foreign observers may observe the election proceedings
    The participating States invite observers from other participating States
    and from appropriate private institutions and organizations to observe
    their election proceedings; observers undertake not to interfere.

    Scenario: Public associations barred from appointing observers leaves no non-partisan observation
      Given an election law that says:
        """
        Article 30. Observers
        1. Observers may be appointed to election commissions by political parties and by candidates.
        2. Public associations shall not appoint observers.
        """
      When the law is reviewed
      Then a finding on "observers.domestic" is reported against "Article 30(2)"
      And the finding on "observers.domestic" cites "CPH90:8"

    Scenario: Foreign observers admitted only when the ministry invites them is reported
      Given an election law that says:
        """
        Article 30-1. International observers
        1. Representatives of foreign states and international organisations may observe the elections if invited by the Ministry of Foreign Affairs.
        """
      When the law is reviewed
      Then a finding on "observers.international" is reported against "Article 30-1(1)"
      And the finding on "observers.international" cites "CPH90:8"

    Scenario: A draft opening observation to domestic non-governmental organisations resolves the finding
      Given the election law "../../examples/kz-elections.md"
      And a draft that says:
        """
        Article 1. To make the following amendments to the Constitutional Law "On Elections":
        1) paragraph 1 of Article 20 shall be worded as follows:
        "1. Political parties, candidates and domestic non-governmental organisations working in the field of human rights or civic participation may send observers to election commissions.";
        """
      When the draft is checked
      Then the draft resolves the finding on "observers.domestic"
      And the finding on "observers.domestic" cites "CPH90:8"

  Rule: CPH90 24 — restrictions on rights are provided by law and strictly proportionate to its aim
    Any restriction on rights and freedoms must relate to an objective of the
    applicable law, be strictly proportionate to it and be provided by law.

    Scenario: Refusing registration for harming the interests of the State leaves the right to stand to discretion
      Given an election law that says:
        """
        Article 60. Refusal to register a candidate
        1. The Central Election Commission shall refuse to register a candidate if the candidate has engaged in activities that undermine the unity of the nation or harm the interests of the State.
        """
      When the law is reviewed
      Then a finding on "candidacy.deregistration" is reported against "Article 60(1)"
      And the finding on "candidacy.deregistration" cites "CPH90:24"
      And the finding on "lawmaking.legal-certainty" cites "CPH90:24"

    Scenario: Refusal for violations that in the commission's opinion may influence the outcome is reported
      Given an election law that says:
        """
        Article 60. Refusal to register a candidate
        1. The Central Election Commission shall refuse to register a candidate where, in the opinion of the Commission, other violations of this Law have occurred that may influence the outcome of the voting.
        """
      When the law is reviewed
      Then a finding on "candidacy.deregistration" is reported against "Article 60(1)"
      And the finding on "candidacy.deregistration" cites "CPH90:24"

    Scenario: A closed list of objective grounds for refusal is compliant
      Given an election law that says:
        """
        Article 60. Refusal to register a candidate
        1. The Central Election Commission shall refuse to register a candidate only where the documents required by this Law have not been submitted or the candidate does not meet the requirements of the Constitution.
        """
      When the law is reviewed
      Then no finding on "candidacy.deregistration" is reported
      And the law is compliant
