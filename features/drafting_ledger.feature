Feature: The drafting ledger: a draft's history and the law on any date
  A drafting office needs to know who proposed what, what the checker said at
  the time and why a finding was accepted, and to read the law as it stood on
  any date. The drafting ledger records every step of the work as an event
  that is never changed or deleted. Adopting a draft amends the law from its
  effective date on; before that date the law still reads as it did.

  Background:
    Given the election law "../examples/kz-elections.md"
    And a drafting ledger holding that law as of 2026-01-01
    And a draft that says:
      """
      1) in paragraph 2 of Article 12 the words "within one day" shall be replaced by the words "within three days";
      """

  Scenario: A draft's history lists every step of its work, in order
    When the draft is proposed by "A. Drafter"
    And the draft is checked in the ledger
    And the draft is adopted with effect from 2026-07-01
    Then the draft's history lists "opened", "amendment proposed", "checked" and "adopted"
    And the draft's history records "amendment proposed" by "A. Drafter"

  Scenario: The ledger keeps what the checker said about the draft
    When the draft is proposed by "A. Drafter"
    And the draft is checked in the ledger
    Then the draft resolves the finding on "appeals.deadlines"

  Scenario: An adopted draft amends the law from its effective date, and not before
    When the draft is proposed by "A. Drafter"
    And the draft is checked in the ledger
    And the draft is adopted with effect from 2026-07-01
    Then the law as it stood on 2026-06-30 says "submitted within one day" in "Article 12(2)"
    And the law as it stood on 2026-07-01 says "submitted within three days" in "Article 12(2)"
    And the law as it stood on 2026-07-01 does not say "submitted within one day" in "Article 12(2)"

  Scenario: A draft that is not adopted leaves the law as it was
    When the draft is proposed by "A. Drafter"
    And the draft is checked in the ledger
    Then the law as it stood on 2026-12-31 says "submitted within one day" in "Article 12(2)"

  Scenario: A finding waived in the ledger is recorded in the history and stays visible, marked waived
    Given a draft that says:
      """
      1) in paragraph 1 of Article 4 the words "eighteen years" shall be replaced by the words "twenty-one years";
      """
    When the draft is proposed by "A. Drafter"
    And the draft is checked in the ledger
    And the finding on "suffrage.age" is waived in the ledger because "The constitution is being amended in the same session."
    And the draft is checked in the ledger
    Then the finding on "suffrage.age" is reported as waived
    And the draft's history lists "opened", "amendment proposed", "checked", "finding waived" and "checked"
