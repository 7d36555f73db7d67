Feature: Reviewing a law as it stands
  A drafter or a standards expert reviews an election law against the
  international standards before anyone proposes to change it: what does the
  law already say that the standards criticise, where, and on what authority?
  Each finding names the provision, the words it rests on and the cited text.

  Background:
    Given the election law "../examples/kz-elections.md"

  Scenario: The example law's voting age of eighteen is compliant
    When the law is reviewed
    Then no finding on "suffrage.age" is reported

  Scenario: A law that raises the voting age is flagged under ICCPR 25(b)
    Given an election law that says:
      """
      Article 5. Active electoral right
      1. A citizen who has attained the age of twenty-one years on or before polling day shall be entitled to vote.
      """
    When the law is reviewed
    Then a finding on "suffrage.age" is reported against "Article 5(1)"
    And the finding on "suffrage.age" cites "ICCPR:25(b)"
    And the CI gate fails

  Scenario: A law with a voting age of eighteen passes the gate
    Given an election law that says:
      """
      Persons qualified as electors
      3 Every person who is a citizen and is 18 years of age or older on polling day is qualified as an elector.
      """
    When the law is reviewed
    Then the law is compliant
    And the CI gate passes

  Scenario: A finding waived with a reason stays visible but no longer fails the gate
    Given an election law that says:
      """
      Article 5. Active electoral right
      1. A citizen who has attained the age of twenty-one years on or before polling day shall be entitled to vote.
      """
    And a waiver for "VC001" because "Transitional: the constitution is being amended in the same session"
    When the law is reviewed
    Then the CI gate passes
