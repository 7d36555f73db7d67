Feature: CIS Convention on Standards of Democratic Elections (2002)
  A compliance spec for standards experts and drafters in the CIS tradition:
  for each article of the 2002 Convention that the rule packs encode, it shows
  in a drafter's words a provision that offends the article and, where one is
  easily mistaken for it, a compliant provision that does not. Suffrage must
  report the first against the provision that says it, citing the Convention,
  and leave the second alone. Most examples follow the CIS numbering the
  Convention's members use ("Article 49. Heading" and numbered paragraphs).

  Rule: CIS02 2 — universal suffrage without discriminatory restrictions
    Every citizen of the age fixed by law may elect and be elected, regardless
    of sex, language, religion, opinion, origin, ethnicity or property.

    Scenario: A state-language examination for candidates is a restriction on grounds of language
      Given an election law that says:
        """
        Article 47. Registration of candidates
        4. A candidate who did not receive education in the state language shall pass an examination in the state language before a commission formed by the Central Election Commission.
        """
      When the law is reviewed
      Then a finding on "candidacy.language" is reported against "Article 47(4)"
      And the finding on "candidacy.language" cites "CIS02:2"

    Scenario: Denying women the vote for village elders is a restriction on grounds of sex
      Given an election law that says:
        """
        Article 8. Electors
        1. Women shall not have the right to vote at elections of village elders.
        """
      When the law is reviewed
      Then a finding on "suffrage.discrimination" is reported against "Article 8(1)"
      And the finding on "suffrage.discrimination" cites "CIS02:2"

    Scenario: Ballots printed in two languages restrict no one
      Given an election law that says:
        """
        Article 40. Ballot papers
        2. Ballot papers shall be printed in the state language and in Russian.
        """
      When the law is reviewed
      Then no finding on "candidacy.language" is reported
      And the law is compliant

  Rule: CIS02 5 — secret ballot, with no control over how the voter fills in the ballot
    The right to a secret ballot cannot be limited in any way; electoral bodies
    must exclude any control or monitoring of the voter filling in the ballot.

    Scenario: Showing the marked ballot to a commission member is control over the vote
      Given an election law that says:
        """
        Article 49. Procedure of voting
        6. Before dropping the ballot paper into the ballot box, the voter shall present it to a member of the precinct commission, who shall check that it has been filled in correctly.
        """
      When the law is reviewed
      Then a finding on "ballot.secrecy" is reported against "Article 49(6)"
      And the finding on "ballot.secrecy" cites "CIS02:5"

    Scenario: Help for a voter with a disability by a person of the voter's choice keeps the vote secret
      Given an election law that says:
        """
        Article 49. Procedure of voting
        5. A voter who because of a disability cannot fill in the ballot paper unaided may use the assistance of another person, who shall not be a member of the commission, a candidate, a proxy or an observer.
        """
      When the law is reviewed
      Then no finding on "ballot.secrecy" is reported

    Scenario: A draft letting families vote together in the booth introduces a breach of secrecy
      Given the election law "../../examples/kz-elections.md"
      And a draft that says:
        """
        Article 1. To make the following amendments to the Constitutional Law "On Elections":
        1) Article 6 shall be supplemented by paragraph 3 as follows:
        "3. Members of one family may enter the voting booth together.";
        """
      When the draft is checked
      Then the draft introduces a finding on "ballot.secrecy"
      And the finding on "ballot.secrecy" cites "CIS02:5"

  Rule: CIS02 6 — elections are compulsory and held within the terms fixed by the constitution and laws
    Elections of elective bodies are compulsory and are held within the terms
    fixed by the constitutions and laws.

    Scenario: Extending councils' powers until an undetermined reform is completed suspends elections
      Given an election law that says:
        """
        Article 3. Transitional provisions
        2. The powers of the deputies of local councils elected in 2022 shall be extended until the reform of local self-government is completed. The date of the next elections shall be determined by the President of the Republic.
        """
      When the law is reviewed
      Then a finding on "ballot.periodicity" is reported against "Article 3(2)"
      And the finding on "ballot.periodicity" cites "CIS02:6"

    Scenario: An extension in wartime fixed by law and limited in time keeps elections within legal terms
      Given an election law that says:
        """
        Article 28. Term of office of Parliament
        3. In time of war the term of Parliament may be extended by law for not more than six months at a time.
        """
      When the law is reviewed
      Then no finding on "ballot.periodicity" is reported

  Rule: CIS02 8 — citizens take part in elections freely, without influence, coercion or fear of penalty
    Citizens choose freely whether to take part, without any influence,
    violence, threat, unlawful coercion or fear of penalty.

    Scenario: Making heads of enterprises ensure their employees vote puts voters under pressure
      Given an election law that says:
        """
        Article 52. Participation of organisations
        1. Heads of enterprises and institutions shall ensure that their employees take part in the voting.
        """
      When the law is reviewed
      Then a finding on "ballot.free-will" is reported against "Article 52(1)"
      And the finding on "ballot.free-will" cites "CIS02:8"

    Scenario: Dismissal from the state service for not voting is a penalty for abstaining
      Given an election law that says:
        """
        Article 2. Free participation
        3. A citizen who fails to vote without good reason shall be dismissed from the state service.
        """
      When the law is reviewed
      Then a finding on "ballot.free-will" is reported against "Article 2(3)"
      And the finding on "ballot.free-will" cites "CIS02:8"

    Scenario: Paid leave to vote helps voters without pressing them
      Given an election law that says:
        """
        Article 52. Time off to vote
        1. An employer shall allow every employee who is a voter up to three hours of paid leave on election day in order to vote.
        """
      When the law is reviewed
      Then the law is compliant

  Rule: CIS02 13 — campaigning in any lawful form, with pluralism of opinion and no censorship
    Citizens, candidates and parties are free to campaign in any form that does
    not contradict the law; pluralism of opinions is guaranteed and there is no
    censorship.

    Scenario: Leaflets that may be distributed only once the commission approves them are censored
      Given an election law that says:
        """
        Article 27. Campaign materials
        4. Campaign leaflets and posters may be distributed only after they have been approved by the district election commission.
        """
      When the law is reviewed
      Then a finding on "campaign.expression" is reported against "Article 27(4)"
      And the finding on "campaign.expression" cites "CIS02:13"

    Scenario: Submitting television speeches for approval before broadcast is prior censorship
      Given an election law that says:
        """
        Article 27. Campaign materials
        4. Texts of campaign speeches to be broadcast on television shall be submitted for approval to the Central Election Commission not later than five days before the broadcast.
        """
      When the law is reviewed
      Then a finding on "campaign.expression" is reported against "Article 27(4)"
      And the finding on "campaign.expression" cites "CIS02:13"

    Scenario: An imprint and copies sent for information are not censorship
      Given an election law that says:
        """
        Article 27. Campaign materials
        4. Every printed campaign material shall state the name of the candidate or party that ordered it and the number of copies printed. Two copies shall be sent to the district election commission for information within three days of printing.
        """
      When the law is reviewed
      Then no finding on "campaign.expression" is reported
      And the law is compliant
