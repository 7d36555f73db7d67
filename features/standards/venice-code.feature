Feature: Venice Commission, Code of Good Practice in Electoral Matters (2002)
  The Code (CDL-AD(2002)023rev2-cor) is the most concrete European yardstick
  for election laws: ages, residence periods, signature shares, deviations
  between constituencies, terms of office and time-limits for appeals are all
  given in figures. This spec states, provision by provision, what Suffrage
  reports against the Code when it reads a law or a draft: an example a
  drafter would recognise as a breach, and where the line is not obvious, a
  look-alike that complies. Each finding must cite the provision it rests on.

  Rule: VC-CGP I.1.1.a — a minimum age for voting, not above the age of majority; standing at 25 at the latest
    The right to vote is acquired at the latest at the age of majority; the
    right to stand, preferably at the same age and in any case not later than 25.

    Scenario: A voting age of twenty is above the age of majority
      Given an election law that says:
        """
        Article 6. Active electoral right
        1. Citizens of the Republic who have attained twenty years of age by election day shall have the right to vote.
        """
      When the law is reviewed
      Then a finding on "suffrage.age" is reported against "Article 6(1)"
      And the finding on "suffrage.age" cites "VC-CGP:I.1.1.a"

    Scenario: A candidacy age of thirty for the lower house is too high
      Given an election law that says:
        """
        Qualifications for membership of the House
        12 (1) A person is qualified to be nominated as a candidate for election to the House of Assembly if he or she is a citizen who has attained the age of 30 years.
        """
      When the law is reviewed
      Then a finding on "candidacy.age" is reported against "subsection 12(1)"
      And the finding on "candidacy.age" cites "VC-CGP:I.1.1.a"

    Scenario: A draft raising the age to stand for the Mazhilis to thirty introduces a finding
      Given the election law "../../examples/kz-elections.md"
      And a draft that says:
        """
        Article 1. To make the following amendments to the Constitutional Law of the Republic of Examplestan "On Elections":

        1) in paragraph 1 of Article 86 the words "twenty-five years" shall be replaced by the words "thirty years";
        """
      When the draft is checked
      Then the draft introduces a finding on "candidacy.age"
      And the finding on "candidacy.age" cites "VC-CGP:I.1.1.a"

  Rule: VC-CGP I.1.1.c — a residence requirement only for local elections, and never above six months
    A length-of-residence requirement may be imposed on nationals solely for
    local or regional elections, and should not exceed six months.

    Scenario: Two years in the region to vote for the regional council is too long
      Given an election law that says:
        """
        Article 8. Elections of the regional council
        2. Citizens who have permanently resided in the territory of the region for not less than two years before election day shall have the right to vote in elections of the regional council.
        """
      When the law is reviewed
      Then a finding on "suffrage.residence" is reported against "Article 8(2)"
      And the finding on "suffrage.residence" cites "VC-CGP:I.1.1.c"

    Scenario: Five years of residence to stand for Parliament is flagged
      Given an election law that says:
        """
        Qualifications of members
        7 (1) A person is qualified to be elected as a member of Parliament if he or she has resided in the Republic for a continuous period of not less than five years immediately before nomination day.
        """
      When the law is reviewed
      Then a finding on "candidacy.residence" is reported against "subsection 7(1)"
      And the finding on "candidacy.residence" cites "VC-CGP:I.1.1.c"

    Scenario: Three months of habitual residence for a municipal vote is within the limit
      Given an election law that says:
        """
        Article 8. Elections of the municipal council
        2. Citizens who have had their habitual residence in the municipality for at least three months before election day shall have the right to vote in elections of the municipal council.
        """
      When the law is reviewed
      Then no finding on "suffrage.residence" is reported

  Rule: VC-CGP I.1.1.d — deprivation of the vote only for serious offences or mental incapacity, by express court decision
    Deprivation must be provided for by law, be proportionate, rest on mental
    incapacity or a conviction for a serious offence, and be imposed by a court.

    Scenario: Every prisoner loses the vote, whatever the offence
      Given an election law that says:
        """
        Article 3. Restrictions on the right to vote
        2. Citizens who are serving a sentence of imprisonment imposed by a court for any offence shall not take part in voting.
        """
      When the law is reviewed
      Then a finding on "suffrage.prisoners" is reported against "Article 3(2)"
      And the finding on "suffrage.prisoners" cites "VC-CGP:I.1.1.d"

    Scenario: A medical commission, not a court, takes away the vote
      Given an election law that says:
        """
        Article 3. Restrictions on the right to vote
        3. Persons registered with a psychiatric dispensary on the decision of a commission of medical experts shall not take part in voting.
        """
      When the law is reviewed
      Then a finding on "suffrage.incapacity" is reported against "Article 3(3)"
      And the finding on "suffrage.incapacity" cites "VC-CGP:I.1.1.d"

    Scenario: A court deciding on the capacity to vote itself is compliant
      Given an election law that says:
        """
        Article 3. Restrictions on the right to vote
        3. A citizen may be deprived of the right to vote on grounds of mental incapacity only by a decision of a court that expressly finds that he or she is unable to understand the meaning of the vote.
        """
      When the law is reviewed
      Then the law is compliant

  Rule: VC-CGP I.1.2 — electoral registers are permanent, published and open to correction under judicial control
    Registers must be permanent, regularly updated and published, with a
    procedure subject to judicial control for registering voters and
    correcting entries.

    Scenario: Voter lists drawn up anew for each election
      Given an election law that says:
        """
        Article 17. Lists of voters
        1. Lists of voters shall be drawn up anew by the territorial election commission for each election on the basis of information provided by the akimats.
        """
      When the law is reviewed
      Then a finding on "suffrage.registration" is reported against "Article 17(1)"
      And the finding on "suffrage.registration" cites "VC-CGP:I.1.2"

    Scenario: A register closed to public inspection
      Given an election law that says:
        """
        Inspection of the register
        22 (1) The register of electors shall not be made available for public inspection.
        """
      When the law is reviewed
      Then a finding on "suffrage.registration" is reported against "subsection 22(1)"
      And the finding on "suffrage.registration" cites "VC-CGP:I.1.2"

    Scenario: A permanent, public register with an appeal to court is compliant
      Given an election law that says:
        """
        Article 17. State Register of Voters
        1. The Central Election Commission maintains a permanent State Register of Voters and updates it every month.
        2. Lists of voters for each election are drawn from the State Register of Voters and are open to public inspection.
        3. A decision on a request to correct the list of voters may be appealed to the district court.
        """
      When the law is reviewed
      Then the law is compliant

  Rule: VC-CGP I.1.3 — candidatures may need signatures, on the same terms for every candidate
    The presentation of candidates may be made conditional on a minimum number
    of signatures, under clear rules that do not favour one kind of nominee.

    Scenario: Party nominees are exempt while independents collect signatures
      Given an election law that says:
        """
        Article 40. Nomination by collection of signatures
        1. A self-nominated candidate shall submit signature sheets bearing the signatures of not less than one per cent of the voters of the constituency.
        2. Candidates nominated by political parties shall be registered without collecting signatures.
        """
      When the law is reviewed
      Then a finding on "candidacy.signatures" is reported against "Article 40(2)"
      And the finding on "candidacy.signatures" cites "VC-CGP:I.1.3"

    Scenario: The same one per cent for every candidate is compliant
      Given an election law that says:
        """
        Article 40. Nomination
        2. Every candidate, whether nominated by a political party or self-nominated, shall submit the signatures of not less than one per cent of the voters of the constituency.
        """
      When the law is reviewed
      Then no finding on "candidacy.signatures" is reported

  Rule: VC-CGP I.1.3.ii — no more than 1% of the voters' signatures
    The law should not require the signatures of more than 1% of the voters in
    the constituency concerned.

    Scenario: Five per cent of the constituency's voters
      Given an election law that says:
        """
        Article 41. Signature lists
        1. A candidate shall collect signatures of voters numbering not less than five per cent of the voters of the single-member constituency.
        """
      When the law is reviewed
      Then a finding on "candidacy.signatures" is reported against "Article 41(1)"
      And the finding on "candidacy.signatures" cites "VC-CGP:I.1.3.ii"

    Scenario: Nomination papers subscribed by two per cent of the electors
      Given an election law that says:
        """
        Nomination papers
        18 (2) A nomination paper shall be subscribed by not less than 2 per cent of the registered electors of the constituency.
        """
      When the law is reviewed
      Then a finding on "candidacy.signatures" is reported against "subsection 18(2)"
      And the finding on "candidacy.signatures" cites "VC-CGP:I.1.3.ii"

    Scenario: A draft lowering the presidential signature requirement to one per cent resolves the finding
      Given the election law "../../examples/kz-elections.md"
      And a draft that says:
        """
        Article 1. To make the following amendments to the Constitutional Law of the Republic of Examplestan "On Elections":

        1) in paragraph 1 of Article 56 the words "not less than two per cent" shall be replaced by the words "not less than one per cent";
        """
      When the draft is checked
      Then the draft resolves the finding on "candidacy.signatures"
      And the finding on "candidacy.signatures" cites "VC-CGP:I.1.3.ii"

  Rule: VC-CGP I.1.3.iii — checking of signatures is governed by clear rules
    Signatures may be invalidated only on grounds the law sets out, within
    deadlines the law fixes.

    Scenario: Signatures found unreliable on any ground the working group thinks fit
      Given an election law that says:
        """
        Article 42. Verification of signature lists
        3. The working group may find signatures unreliable on any other grounds that it considers relevant.
        """
      When the law is reviewed
      Then a finding on "candidacy.signatures" is reported against "Article 42(3)"
      And the finding on "candidacy.signatures" cites "VC-CGP:I.1.3.iii"

    Scenario: Signatures invalid only on grounds listed in the law
      Given an election law that says:
        """
        Article 42. Verification of signature lists
        3. A signature shall be found invalid only where the voter's name, address or identity document number is missing or does not match the State Register of Voters.
        """
      When the law is reviewed
      Then no finding on "candidacy.signatures" is reported

  Rule: VC-CGP I.1.3.iv — the check covers all signatures until the required number is established
    The checking process must in principle cover all signatures; once the
    requisite number is established beyond doubt, the rest need not be checked.

    Scenario: A ten per cent random sample decides the candidacy
      Given an election law that says:
        """
        Article 42. Verification of signature lists
        1. The district commission shall verify a random sample of ten per cent of the signatures on each signature list.
        """
      When the law is reviewed
      Then a finding on "candidacy.signatures" is reported against "Article 42(1)"
      And the finding on "candidacy.signatures" cites "VC-CGP:I.1.3.iv"

    Scenario: Three per cent of invalid signatures in the sample sinks the candidate
      Given an election law that says:
        """
        Article 42. Verification of signature lists
        1. The district commission shall verify by random sampling not less than ten per cent of the signatures submitted.
        2. Where the share of invalid signatures in the sample exceeds three per cent, registration of the candidate shall be refused.
        """
      When the law is reviewed
      Then a finding on "candidacy.signatures" is reported against "Article 42(2)"
      And the finding on "candidacy.signatures" cites "VC-CGP:I.1.3.iv"

    Scenario: Every signature checked until the required number is reached
      Given an election law that says:
        """
        Article 42. Verification of signature lists
        1. The district commission shall check every signature submitted until it has established that the required number of valid signatures has been reached, and shall complete the verification within five days.
        """
      When the law is reviewed
      Then no finding on "candidacy.signatures" is reported

  Rule: VC-CGP I.1.3.vi — a deposit is refundable above a modest score, and not excessive
    If a deposit is required, it must be refunded to a candidate or party that
    exceeds a certain score; neither the sum nor the score may be excessive.

    Scenario: The deposit comes back only to those elected
      Given an election law that says:
        """
        Article 47. Election deposit
        3. The election deposit shall be returned only to candidates who are elected.
        """
      When the law is reviewed
      Then a finding on "candidacy.deposit" is reported against "Article 47(3)"
      And the finding on "candidacy.deposit" cites "VC-CGP:I.1.3.vi"

    Scenario: Fifteen per cent of the vote to recover the deposit is excessive
      Given an election law that says:
        """
        Deposit
        21 (3) The deposit shall be forfeited to the Consolidated Fund unless the candidate is elected or polls at least fifteen per cent of the valid votes cast in the constituency.
        """
      When the law is reviewed
      Then a finding on "candidacy.deposit" is reported against "subsection 21(3)"
      And the finding on "candidacy.deposit" cites "VC-CGP:I.1.3.vi"

    Scenario: Refund above one-twentieth of the votes is compliant
      Given an election law that says:
        """
        Deposit
        21 (3) The deposit shall be returned to the candidate if he or she is elected or polls more than one-twentieth of the valid votes cast in the constituency.
        """
      When the law is reviewed
      Then no finding on "candidacy.deposit" is reported

  Rule: VC-CGP I.2.1 — every voter has the same number of votes
    Each voter has in principle one vote; where the system gives more than one,
    every voter has the same number.

    Scenario: Veterans get an extra vote
      Given an election law that says:
        """
        Article 9. Additional votes
        2. Voters who are veterans of the armed forces shall have one additional vote.
        """
      When the law is reviewed
      Then a finding on "equality.vote-weight" is reported against "Article 9(2)"
      And the finding on "equality.vote-weight" cites "VC-CGP:I.2.1"

    Scenario: Graduates registered in a university constituency as well as at home
      Given an election law that says:
        """
        University franchise
        6 (2) A graduate of the university shall be entitled to be registered as an elector in the university constituency in addition to the constituency in which he or she resides.
        """
      When the law is reviewed
      Then a finding on "equality.vote-weight" is reported against "subsection 6(2)"
      And the finding on "equality.vote-weight" cites "VC-CGP:I.2.1"

    Scenario: A constituency vote and a list vote for everyone is compliant
      Given an election law that says:
        """
        Article 9. Votes
        1. Each voter has one vote in the single-member constituency and one vote for a party list.
        """
      When the law is reviewed
      Then no finding on "equality.vote-weight" is reported

  Rule: VC-CGP I.2.2 — equal voting power: constituencies within 10% (15% at most), reviewed every ten years
    Seats must be evenly distributed between constituencies; the departure from
    the norm should not exceed 10%, certainly not 15%, and the distribution
    must be reviewed at least every ten years.

    Scenario: Constituencies may differ from the average by a quarter
      Given an election law that says:
        """
        Article 18. Single-member constituencies
        2. Single-member constituencies shall be formed so that the number of voters in each constituency differs from the average by no more than twenty-five per cent.
        """
      When the law is reviewed
      Then a finding on "equality.districts" is reported against "Article 18(2)"
      And the finding on "equality.districts" cites "VC-CGP:I.2.2"

    Scenario: Boundaries frozen once drawn
      Given an election law that says:
        """
        Article 18. Single-member constituencies
        4. The boundaries of constituencies, once established, shall remain unchanged.
        """
      When the law is reviewed
      Then a finding on "equality.redistricting" is reported against "Article 18(4)"
      And the finding on "equality.redistricting" cites "VC-CGP:I.2.2"

    Scenario: A review after each census and at least every ten years is compliant
      Given an election law that says:
        """
        Article 18. Single-member constituencies
        4. The Central Election Commission shall review the boundaries of constituencies after each population census and at least every ten years.
        """
      When the law is reviewed
      Then no finding on "equality.redistricting" is reported

  Rule: VC-CGP I.2.3 — equality of opportunity: state authorities neutral in the campaign, the media and public funding
    Parties and candidates are guaranteed equal opportunity, which requires a
    neutral attitude by the state towards the campaign, media coverage and
    public funding.

    Scenario: Office-holders may campaign with official cars and premises
      Given an election law that says:
        """
        Article 30. Candidates holding state office
        3. Candidates who hold state office may use official vehicles and premises for campaign purposes.
        """
      When the law is reviewed
      Then a finding on "equality.opportunity" is reported against "Article 30(3)"
      And the finding on "equality.opportunity" cites "VC-CGP:I.2.3"

    Scenario: Broadcasting time only for those who can pay
      Given an election law that says:
        """
        Broadcasting time
        31 (1) Election broadcasts shall be made only on payment, at the rates fixed by each broadcaster.
        """
      When the law is reviewed
      Then a finding on "campaign.media" is reported against "subsection 31(1)"
      And the finding on "campaign.media" cites "VC-CGP:I.2.3"

    Scenario: A ban on the use of official resources is compliant
      Given an election law that says:
        """
        Article 30. Candidates holding state office
        3. A candidate who holds a state office shall not use the premises, vehicles, staff or communications of any state body for campaign purposes.
        """
      When the law is reviewed
      Then the law is compliant

  Rule: VC-CGP I.3.1 — freedom of voters to form an opinion: no pressure, neutral authorities
    State authorities must observe their duty of neutrality, and voters must be
    free to form their opinion without pressure.

    Scenario: Heads of state bodies must deliver their staff to the polls
      Given an election law that says:
        """
        Article 51. Participation in voting
        2. Heads of state bodies and of state enterprises shall ensure that their employees take part in voting.
        """
      When the law is reviewed
      Then a finding on "ballot.free-will" is reported against "Article 51(2)"
      And the finding on "ballot.free-will" cites "VC-CGP:I.3.1"

    Scenario: State television gives the Government priority during the campaign
      Given an election law that says:
        """
        Article 30. State media
        2. State-owned television and radio shall give priority coverage to the activities of the President and the Government during the election campaign.
        """
      When the law is reviewed
      Then a finding on "equality.opportunity" is reported against "Article 30(2)"
      And the finding on "equality.opportunity" cites "VC-CGP:I.3.1"

  Rule: VC-CGP I.3.2 — voting procedures that combat fraud: safeguarded special voting, copies of the record, results posted
    Mobile boxes only under strict conditions; copies of the record go to
    observers and party representatives, and results are posted and published.

    Scenario: Results of individual polling stations kept from the public
      Given an election law that says:
        """
        Article 45. Results of voting
        4. The results of voting at individual polling stations shall not be made public.
        """
      When the law is reviewed
      Then a finding on "administration.transparency" is reported against "Article 45(4)"
      And the finding on "administration.transparency" cites "VC-CGP:I.3.2"

    Scenario: A mobile ballot box sent to a military unit on the commander's request
      Given an election law that says:
        """
        Article 52. Mobile ballot box
        1. Upon a request by the head of a military unit, the precinct commission shall send a mobile ballot box to the unit, and servicemen may vote there without individual applications.
        """
      When the law is reviewed
      Then a finding on "ballot.special-voting" is reported against "Article 52(1)"
      And the finding on "ballot.special-voting" cites "VC-CGP:I.3.2"

    Scenario: Copies of the protocol for everyone who asks are compliant
      Given an election law that says:
        """
        Article 45. Protocol
        3. The precinct commission shall issue a certified copy of the protocol on the results of voting to every observer and representative of a candidate who requests it, and shall post a copy at the polling station.
        """
      When the law is reviewed
      Then no finding on "administration.transparency" is reported

  Rule: VC-CGP I.4 — secret suffrage: individual voting, no family voting, no published list of who voted
    Voting must be individual; family voting and any control of one voter over
    another's vote are prohibited, and the list of those who voted is not
    published.

    Scenario: Family members may vote together in the booth
      Given an election law that says:
        """
        Article 48. Voting
        3. Family members may vote together in the voting booth.
        """
      When the law is reviewed
      Then a finding on "ballot.secrecy" is reported against "Article 48(3)"
      And the finding on "ballot.secrecy" cites "VC-CGP:I.4"

    Scenario: The marked register is published after the election
      Given an election law that says:
        """
        Marked register
        58 (2) The marked copy of the register showing which electors have voted shall be published in the Gazette after the election.
        """
      When the law is reviewed
      Then a finding on "ballot.secrecy" is reported against "subsection 58(2)"
      And the finding on "ballot.secrecy" cites "VC-CGP:I.4"

    Scenario: A voter alone in the booth is compliant
      Given an election law that says:
        """
        Article 48. Voting
        3. The voter marks the ballot paper alone in the voting booth; no other person, including a member of the voter's family, may be present.
        """
      When the law is reviewed
      Then the law is compliant

  Rule: VC-CGP I.5 — direct suffrage for at least one chamber of parliament
    At least one chamber of the national parliament, sub-national legislatures
    and local councils must be elected by direct suffrage.

    Scenario: Nominated members sit in a single-chamber National Assembly
      Given an election law that says:
        """
        Composition of the National Assembly
        45 (1) The National Assembly shall consist of eighty members, of whom seventy shall be elected and ten shall be nominated by the President.
        """
      When the law is reviewed
      Then a finding on "ballot.direct" is reported against "subsection 45(1)"
      And the finding on "ballot.direct" cites "VC-CGP:I.5"

    Scenario: An indirectly elected Senate beside a directly elected Mazhilis is compliant
      Given an election law that says:
        """
        Article 50. Composition of Parliament
        2. The Mazhilis consists of one hundred deputies elected by universal, equal and direct suffrage by secret ballot.
        3. Deputies of the Senate are elected by the deputies of the regional maslikhats.
        """
      When the law is reviewed
      Then no finding on "ballot.direct" is reported

  Rule: VC-CGP I.6 — elections at regular intervals: a legislature's term at most five years
    A legislative assembly's term must not exceed five years; the Explanatory
    Report allows up to seven for a president.

    Scenario: Deputies elected for six years
      Given an election law that says:
        """
        Article 7. Terms of office
        2. Deputies of the Supreme Council are elected for a term of six years.
        """
      When the law is reviewed
      Then a finding on "ballot.periodicity" is reported against "Article 7(2)"
      And the finding on "ballot.periodicity" cites "VC-CGP:I.6"

    Scenario: A nine-year presidential term
      Given an election law that says:
        """
        Article 41. Term of office of the President
        1. The President is elected for a term of nine years.
        """
      When the law is reviewed
      Then a finding on "ballot.periodicity" is reported against "Article 41(1)"
      And the finding on "ballot.periodicity" cites "VC-CGP:I.6"

    Scenario: A Parliament that lasts five years is compliant
      Given an election law that says:
        """
        Duration of Parliament
        70 (1) Parliament, unless sooner dissolved, shall continue for five years from the date of its first sitting.
        """
      When the law is reviewed
      Then no finding on "ballot.periodicity" is reported

  Rule: VC-CGP II.1 — respect for fundamental rights: freedom of assembly for campaigning
    Democratic elections need freedom of expression, assembly and association;
    restrictions must have a basis in law, serve the public interest and be
    proportionate.

    Scenario: Campaign rallies need the akimat's permission
      Given an election law that says:
        """
        Article 29. Campaign meetings
        2. Campaign rallies and marches may be held only with the permission of the akimat, requested not later than ten days in advance.
        """
      When the law is reviewed
      Then a finding on "campaign.assembly" is reported against "Article 29(2)"
      And the finding on "campaign.assembly" cites "VC-CGP:II.1"

    Scenario: A notification three days ahead is compliant
      Given an election law that says:
        """
        Article 29. Campaign meetings
        2. The organisers of a campaign rally shall notify the akimat in writing not later than three days before it is held.
        """
      When the law is reviewed
      Then no finding on "campaign.assembly" is reported

  Rule: VC-CGP II.2 — stability of electoral law: statute, not decree, and no fundamental change within a year of an election
    Electoral rules have at least the rank of a statute; the electoral system,
    commission membership and constituency boundaries should not be open to
    amendment less than one year before an election.

    Scenario: A draft switching to single-member constituencies three months before the election
      Given the election law "../../examples/kz-elections.md"
      And a draft that says:
        """
        Article 1. To make the following amendments to the Constitutional Law of the Republic of Examplestan "On Elections":

        1) paragraph 2 of Article 86 shall be worded as follows:
        "2. All deputies of the Mazhilis are elected in single-member territorial constituencies by a majority of the votes cast.";

        Article 2. This Constitutional Law shall enter into force on 1 December 2026.
        """
      And the next election is on 2027-03-01
      When the draft is checked
      Then the draft introduces a finding on "lawmaking.stability"
      And the finding on "lawmaking.stability" cites "VC-CGP:II.2"

    Scenario: The same change with more than a year to go is compliant
      Given the election law "../../examples/kz-elections.md"
      And a draft that says:
        """
        Article 1. To make the following amendments to the Constitutional Law of the Republic of Examplestan "On Elections":

        1) paragraph 2 of Article 86 shall be worded as follows:
        "2. All deputies of the Mazhilis are elected in single-member territorial constituencies by a majority of the votes cast.";
        """
      And the amendments take effect on 2026-12-01
      And the next election is on 2028-03-01
      When the draft is checked
      Then no finding on "lawmaking.stability" is reported

    Scenario: Constituency boundaries left open to change forty-five days before the vote
      Given an election law that says:
        """
        Article 21. Constituencies
        3. The Central Election Commission may alter the boundaries of constituencies by resolution not later than forty-five days before election day.
        """
      When the law is reviewed
      Then a finding on "lawmaking.stability" is reported against "Article 21(3)"
      And the finding on "lawmaking.stability" cites "VC-CGP:II.2"

    Scenario: The threshold left to a presidential decree
      Given an election law that says:
        """
        Article 9. Electoral system
        2. The threshold a party list must pass to take part in the distribution of mandates shall be set by decree of the President for each election.
        """
      When the law is reviewed
      Then a finding on "lawmaking.delegation" is reported against "Article 9(2)"
      And the finding on "lawmaking.delegation" cites "VC-CGP:II.2"

  Rule: VC-CGP II.3.1 — an impartial body applies electoral law; members cannot be recalled at will
    Independent, impartial commissions at all levels; bodies that appoint
    members must not be free to recall them at will.

    Scenario: The President may dismiss any member of the Central Election Commission
      Given an election law that says:
        """
        Article 10. Central Election Commission
        2. The President of the Republic may dismiss the Chairperson or any member of the Central Election Commission before the end of the term of office.
        """
      When the law is reviewed
      Then a finding on "administration.independence" is reported against "Article 10(2)"
      And the finding on "administration.independence" cites "VC-CGP:II.3.1"

    Scenario: Precinct commissions formed by the district akims
      Given an election law that says:
        """
        Article 18. Precinct election commissions
        2. Precinct election commissions shall be formed by the akims of districts.
        """
      When the law is reviewed
      Then a finding on "administration.independence" is reported against "Article 18(2)"
      And the finding on "administration.independence" cites "VC-CGP:II.3.1"

    Scenario: Removal only for misbehaviour or incapacity on a tribunal's recommendation
      Given an election law that says:
        """
        Electoral Commission
        6 (4) A member of the Commission may be removed from office by the President only for proved misbehaviour or incapacity, on the recommendation of a tribunal.
        """
      When the law is reviewed
      Then no finding on "administration.independence" is reported

  Rule: VC-CGP II.3.2 — observers have the widest possible opportunity, including the count
    National and international observers may observe the whole process,
    counting included; places closed to them are specified by law with reasons.

    Scenario: Observers kept out of the count
      Given an election law that says:
        """
        Article 31. Observers
        4. Observers shall not be admitted to the counting of votes.
        """
      When the law is reviewed
      Then a finding on "observers.access" is reported against "Article 31(4)"
      And the finding on "observers.access" cites "VC-CGP:II.3.2"

    Scenario: Observers held four metres from the counting table
      Given an election law that says:
        """
        Counting of the votes
        52 (3) Observers shall remain at a distance of not less than four metres from the table at which the votes are counted.
        """
      When the law is reviewed
      Then a finding on "observers.access" is reported against "subsection 52(3)"
      And the finding on "observers.access" cites "VC-CGP:II.3.2"

    Scenario: A draft lifting the ban on photographs by observers resolves the finding
      Given the election law "../../examples/kz-elections.md"
      And a draft that says:
        """
        Article 1. To make the following amendments to the Constitutional Law of the Republic of Examplestan "On Elections":

        1) paragraph 4 of Article 20 shall be excluded;
        """
      When the draft is checked
      Then the draft resolves the finding on "observers.access"
      And the finding on "observers.access" cites "VC-CGP:II.3.2"

  Rule: VC-CGP II.3.3 — an effective system of appeal: a court at the end, standing for voters, three to five days
    Final appeal to a court must be possible; all candidates and voters of the
    constituency may appeal; time-limits are three to five days at first
    instance.

    Scenario: One day to complain to the territorial commission
      Given an election law that says:
        """
        Article 64. Complaints
        1. A complaint against a decision of a precinct election commission may be lodged with the territorial commission within one day of the decision.
        """
      When the law is reviewed
      Then a finding on "appeals.deadlines" is reported against "Article 64(1)"
      And the finding on "appeals.deadlines" cites "VC-CGP:II.3.3"

    Scenario: Only candidates and parties may contest the results
      Given an election law that says:
        """
        Article 66. Complaints
        4. Complaints about the results of voting may be lodged only by candidates and political parties.
        """
      When the law is reviewed
      Then a finding on "appeals.standing" is reported against "Article 66(4)"
      And the finding on "appeals.standing" cites "VC-CGP:II.3.3"

    Scenario: A draft giving five days to complain resolves the finding
      Given the election law "../../examples/kz-elections.md"
      And a draft that says:
        """
        Article 1. To make the following amendments to the Constitutional Law of the Republic of Examplestan "On Elections":

        1) in paragraph 2 of Article 12 the words "within one day" shall be replaced by the words "within five days";
        """
      When the draft is checked
      Then the draft resolves the finding on "appeals.deadlines"
      And the finding on "appeals.deadlines" cites "VC-CGP:II.3.3"

  Rule: VC-CGP II.3.5 — funding of parties and campaigns is transparent and supervised
    Public funding is accompanied by supervision of the parties' accounts by
    specific public bodies, and the funding of parties and campaigns is
    transparent.

    Scenario: Campaign finance returns closed to the public
      Given an election law that says:
        """
        Financial returns
        48 (3) The returns and declarations shall not be open to public inspection.
        """
      When the law is reviewed
      Then a finding on "campaign.finance" is reported against "subsection 48(3)"
      And the finding on "campaign.finance" cites "VC-CGP:II.3.5"

    Scenario: Audits of selected parties at the commission's discretion
      Given an election law that says:
        """
        Article 34. Election funds
        5. The Central Election Commission may, at its own discretion, audit the reports of individual political parties.
        """
      When the law is reviewed
      Then a finding on "campaign.finance" is reported against "Article 34(5)"
      And the finding on "campaign.finance" cites "VC-CGP:II.3.5"

    Scenario: Every report audited and published is compliant
      Given an election law that says:
        """
        Article 34. Election funds
        5. The Accounts Committee shall audit the financial reports of every candidate and political party and shall publish them with its conclusions within thirty days.
        """
      When the law is reviewed
      Then no finding on "campaign.finance" is reported
