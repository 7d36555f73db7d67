Feature: Waiving a finding with a reason
  Sometimes a drafting office accepts a finding for a reason the checker
  cannot know: the constitution is being amended in the same session, or the
  point was agreed with an observer mission. A waiver names the finding — by
  its rule, or by the fingerprint every report prints — and must say why. A
  waived finding is never hidden: it stays in the report, marked waived, so a
  reader sees what was accepted; it only stops failing the CI gate.

  Background:
    Given the election law "../examples/kz-elections.md"
    And a draft that says:
      """
      1) in paragraph 1 of Article 4 the words "eighteen years" shall be replaced by the words "twenty-one years";
      """

  Scenario: Without a waiver, raising the voting age fails the gate
    When the draft is checked
    Then the draft introduces a finding on "suffrage.age"
    And the CI gate fails

  Scenario: A waiver naming the rule lets the gate pass, and the finding stays in the report
    Given a waiver for "VC001" because "Transitional: the constitution is being amended in the same session"
    When the draft is checked
    Then the CI gate passes
    And the finding on "suffrage.age" is reported as waived
    And the draft introduces a finding on "suffrage.age"

  Scenario: A waiver naming the finding's fingerprint lets the gate pass
    Given a waiver for "182eea2328e874c3" because "Agreed with the OSCE/ODIHR needs assessment mission"
    When the draft is checked
    Then the CI gate passes
    And the finding on "suffrage.age" is reported as waived

  Scenario: A fingerprint may be shortened to its first characters, as with git commits
    Given a waiver for "182eea23" because "Agreed with the OSCE/ODIHR needs assessment mission"
    When the draft is checked
    Then the CI gate passes

  Scenario: A waiver for another rule waives nothing here
    Given a waiver for "VC036" because "The signature threshold was agreed separately"
    When the draft is checked
    Then the CI gate fails
    And a finding on "suffrage.age" is reported against "Article 4(1)"
