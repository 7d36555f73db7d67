Feature: Checking a draft against the law it amends
  Before a draft is tabled, its drafter checks it against the law it amends.
  Suffrage applies the draft's amending instructions to the law and reports,
  for every provision the draft touches, which findings the draft introduces,
  which the law already had and the draft keeps, and which it resolves. A draft
  that repeals or renumbers something another provision still refers to is
  reported too, and so is a change to the fundamental elements of electoral law
  made less than a year before an election.

  Background:
    Given the election law "../examples/kz-elections.md"

  Scenario: A bill raising the voting age to twenty-one introduces a finding under ICCPR 25(b)
    Given the draft "../examples/bills/worsen-compliance.md"
    When the draft is checked
    Then the draft introduces a finding on "suffrage.age"
    And a finding on "suffrage.age" is reported against "Article 4(1)"
    And the finding on "suffrage.age" cites "ICCPR:25(b)"
    And the CI gate fails

  Scenario: A bill narrowing the ban on prisoners' voting resolves that finding and keeps the one on incapacity
    Given the draft "../examples/bills/improve-compliance.md"
    When the draft is checked
    Then the draft resolves the finding on "suffrage.prisoners"
    And the draft keeps the finding on "suffrage.incapacity"
    And no finding on "suffrage.prisoners" is reported

  Scenario: A bill repealing a paragraph that another still refers to leaves a dangling reference
    Given the draft "../examples/bills/break-reference.md"
    When the draft is checked
    Then the draft introduces a finding on "integrity.dangling-reference"
    And a finding on "integrity.dangling-reference" is reported against "Article 10(3)"
    And the CI gate fails

  Scenario: A draft giving three days instead of one to lodge a complaint is compliant
    Given a draft that says:
      """
      1) in paragraph 2 of Article 12 the words "within one day" shall be replaced by the words "within three days";
      """
    When the draft is checked
    Then the draft is compliant
    And the draft resolves the finding on "appeals.deadlines"
    And the CI gate passes

  Scenario: A TOML draft lowering the voting age to sixteen is compliant
    Given the draft "../examples/drafts/lower-voting-age.toml"
    When the draft is checked
    Then the draft is compliant
    And no finding on "suffrage.age" is reported

  Scenario: Changing who appoints election commissions six months before an election is flagged under the Venice Code
    Given a draft that says:
      """
      1) paragraph 2 of Article 10 shall be worded as follows:
      "2. Members of election commissions are appointed by the President of the Republic.";
      """
    And the amendments take effect on 2026-03-01
    And the next election is on 2026-09-20
    When the draft is checked
    Then the draft introduces a finding on "lawmaking.stability"
    And the finding on "lawmaking.stability" cites "VC-CGP:II.2"

  Scenario: The same change two years before the election is not a late change
    Given a draft that says:
      """
      1) paragraph 2 of Article 10 shall be worded as follows:
      "2. Members of election commissions are appointed by the President of the Republic.";
      """
    And the amendments take effect on 2026-03-01
    And the next election is on 2028-09-20
    When the draft is checked
    Then no finding on "lawmaking.stability" is reported
    But a finding on "administration.independence" is reported against "Article 10(2)"
