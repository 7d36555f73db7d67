Feature: Parliamentary Assembly of the Council of Europe, Resolution 1547 (2007)
  A compliance spec for standards experts and drafters: the Assembly's
  recommendation on electoral thresholds is the benchmark Suffrage cites with
  the Copenhagen Document when a law keeps parties out of parliament. It shows
  in a drafter's words a threshold the standards criticise, one that is only
  recorded for information, and a draft that brings a threshold down.

  Rule: PACE 1547(58) — no electoral threshold higher than 3% in parliamentary elections
    "In well-established democracies, there should be no thresholds higher than
    3% during the parliamentary elections." Thresholds above 5% are reported;
    those above 3% and up to 5% are recorded as information only.

    Scenario: An eight per cent threshold for list seats is reported
      Given an election law that says:
        """
        Allocation of seats
        55 (2) A party that has received fewer than 8 per cent of all the party votes cast shall not be allocated any list seats.
        """
      When the law is reviewed
      Then a finding on "parties.threshold" is reported against "subsection 55(2)"
      And the finding on "parties.threshold" cites "PACE:1547(58)"
      And the CI gate fails

    Scenario: A four per cent threshold is recorded for information, with three per cent as the benchmark
      Given an election law that says:
        """
        Article 89. Allocation of mandates
        1. Party lists that have received at least four per cent of the votes of the voters who took part in the voting shall take part in the allocation of deputy mandates.
        """
      When the law is reviewed
      Then no finding on "parties.threshold" is reported
      And the finding on "parties.threshold" cites "PACE:1547(58)"
      And the CI gate passes

    Scenario: A draft lowering the seven per cent threshold to three per cent resolves the finding
      Given the election law "../../examples/kz-elections.md"
      And a draft that says:
        """
        Article 1. To make the following amendments to the Constitutional Law "On Elections":
        1) in paragraph 1 of Article 89 the words "seven per cent" shall be replaced by the words "three per cent";
        """
      When the draft is checked
      Then the draft resolves the finding on "parties.threshold"
      And the finding on "parties.threshold" cites "PACE:1547(58)"
