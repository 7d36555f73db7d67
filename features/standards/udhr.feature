Feature: Universal Declaration of Human Rights, article 21
  A compliance spec for standards experts and drafters: for each paragraph of
  article 21 of the Universal Declaration that the rule packs encode, it shows
  in a drafter's words what an election law that offends the paragraph looks
  like, what a compliant look-alike looks like, and that Suffrage reports the
  first against the right provision, citing the Declaration, and leaves the
  second alone. The Declaration is the broadest yardstick; the quantified rules
  come from the more specific instruments and cite it alongside them.

  Rule: UDHR 21(1) — everyone takes part in the government of the country, directly or through freely chosen representatives
    "Everyone has the right to take part in the government of his country,
    directly or through freely chosen representatives."

    Scenario: A franchise open to male persons only is reported
      Given an election law that says:
        """
        Qualification of electors
        7 (1) Every male person who is a citizen and is of the age of eighteen years or upwards shall be entitled to be registered as an elector.
        """
      When the law is reviewed
      Then a finding on "suffrage.discrimination" is reported against "subsection 7(1)"
      And the finding on "suffrage.discrimination" cites "UDHR:21(1)"

    Scenario: A vote reserved to citizens of one nationality is reported
      Given an election law that says:
        """
        Article 8. Electors
        1. Only citizens of Examplestani nationality shall have the right to vote.
        """
      When the law is reviewed
      Then a finding on "suffrage.discrimination" is reported against "Article 8(1)"
      And the finding on "suffrage.discrimination" cites "UDHR:21(1)"

    Scenario: A non-discrimination clause and a quota for women are not a distinction
      Given an election law that says:
        """
        Article 6. The right to elect
        1. Citizens who have reached eighteen years of age shall have the right to elect, regardless of sex, race, nationality, language, religion, political opinion or property status.
        2. Not fewer than one third of the candidates on each party list shall be women.
        """
      When the law is reviewed
      Then no finding on "suffrage.discrimination" is reported
      And the law is compliant

  Rule: UDHR 21(3) — the will of the people is expressed in periodic and genuine elections, by universal and equal suffrage and secret vote
    "The will of the people shall be the basis of the authority of government;
    this will shall be expressed in periodic and genuine elections which shall be
    by universal and equal suffrage and shall be held by secret vote or by
    equivalent free voting procedures."

    Scenario: Electing a village headman by a show of hands is not a secret vote
      Given an election law that says:
        """
        Village elections
        23 (1) At a meeting of the electors of the village, the election of the village headman shall be decided by a show of hands.
        """
      When the law is reviewed
      Then a finding on "ballot.secrecy" is reported against "subsection 23(1)"
      And the finding on "ballot.secrecy" cites "UDHR:21(3)"

    Scenario: Postponing elections for as long as the President thinks necessary ends periodic elections
      Given an election law that says:
        """
        Article 63. Postponement of elections
        2. In the event of a state of emergency, the President of the Republic may postpone the elections to the Mazhilis for such period as he or she considers necessary.
        """
      When the law is reviewed
      Then a finding on "ballot.periodicity" is reported against "Article 63(2)"
      And the finding on "ballot.periodicity" cites "UDHR:21(3)"

    Scenario: A draft raising the voting age to twenty-one takes universal suffrage away from adults
      Given the election law "../../examples/kz-elections.md"
      And a draft that says:
        """
        Article 1. To make the following amendments to the Constitutional Law "On Elections":
        1) in paragraph 1 of Article 4 the words "eighteen years" shall be replaced by the words "twenty-one years";
        """
      When the draft is checked
      Then the draft introduces a finding on "suffrage.age"
      And the finding on "suffrage.age" cites "UDHR:21(3)"
