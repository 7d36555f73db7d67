Feature: Gating continuous integration on the findings
  A drafting office runs Suffrage in continuous integration so that a law or a
  draft that falls below the standards cannot be merged unnoticed. The gate
  (`--fail-on error`, the default) fails on any error finding that is neither
  waived nor resolved by the draft. Warnings are reported but let the gate
  pass, and so does an error accepted with a waiver. A draft is judged on what
  it introduces and on the provisions it changes, so an old finding elsewhere
  in the law does not block an unrelated amendment.

  Scenario: An error finding fails the gate
    Given an election law that says:
      """
      Article 5. Active electoral right
      1. A citizen who has attained the age of twenty-one years on or before polling day shall be entitled to vote.
      """
    When the law is reviewed
    Then a finding on "suffrage.age" is reported against "Article 5(1)"
    And the CI gate fails

  Scenario: A law with warnings only passes the gate, and the warnings are still reported
    Given an election law that says:
      """
      Article 4. Universal suffrage
      1. Citizens of the Republic who have reached eighteen years of age shall have the right to elect.
      3. Citizens recognised by a court as legally incapable by an individual decision shall not take part in elections.
      """
    When the law is reviewed
    Then a finding on "suffrage.incapacity" is reported against "Article 4(3)"
    And the CI gate passes

  Scenario: An error accepted with a waiver passes the gate
    Given an election law that says:
      """
      Article 5. Active electoral right
      1. A citizen who has attained the age of twenty-one years on or before polling day shall be entitled to vote.
      """
    And a waiver for "VC001" because "Transitional: the constitution is being amended in the same session"
    When the law is reviewed
    Then the CI gate passes
    And the finding on "suffrage.age" is reported as waived

  Scenario: The example law as it stands fails the gate
    Given the election law "../examples/kz-elections.md"
    When the law is reviewed
    Then the CI gate fails

  Scenario: A draft that touches only a compliant change passes, though the law has errors elsewhere
    Given the election law "../examples/kz-elections.md"
    And a draft that says:
      """
      1) in paragraph 2 of Article 12 the words "within one day" shall be replaced by the words "within three days";
      """
    When the draft is checked
    Then the CI gate passes

  Scenario: A draft that introduces an error fails the gate
    Given the election law "../examples/kz-elections.md"
    And the draft "../examples/bills/worsen-compliance.md"
    When the draft is checked
    Then the draft introduces a finding on "suffrage.age"
    And the CI gate fails
