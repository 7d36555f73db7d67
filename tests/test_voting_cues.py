"""The shared suffrage cues: what a clause does with the vote, negation that is only a time limit, keyword gates."""

from __future__ import annotations

import pytest

from compliance.facts._voting import Gate, negated, stance
from compliance.facts.base import Statement


@pytest.mark.parametrize(
    ("words", "expected"),
    [
        ("The following persons shall not take part in voting:", "exclude"),
        ("is not entitled to vote at any Senate election", "exclude"),
        ("The following persons are disqualified for registration as electors:", "exclude"),
        ("is legally incapable of voting at any parliamentary election", "exclude"),
        ("No person who is of unsound mind shall be entitled to be registered as an elector", "exclude"),
        ("shall be removed from the voter list", "exclude"),
        ("Persons detained pending trial retain the right to vote", "protect"),
        ("shall not be deprived of the right to vote", "protect"),
        ("Citizens who have reached eighteen years of age shall have the right to elect", "grant"),
        ("Every person ... is qualified as an elector", "grant"),
        ("shall be entitled to be registered as a local government elector if he or she", "grant"),
        ("The returning officer shall open the poll at 8 a.m.", None),
    ],
)
def test_stance_reads_what_a_clause_does_with_the_vote(words, expected) -> None:
    assert expected == stance(words)


def test_a_name_that_should_not_be_removed_is_not_an_exclusion() -> None:
    assert "exclude" != stance("a statement giving reasons why the person's name should not be removed from the roll")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Not later than 18:00 hours on election day, the head shall submit a list", False),
        ("The commission shall not publish the list", True),
        ("not less than one year before the election the commission shall submit", False),
    ],
)
def test_time_limits_are_not_negations(text, expected) -> None:
    at = text.index("submit") if "submit" in text else text.index("publish")
    assert expected == negated(text, at, window=120)


def test_gate_matches_whole_words_and_five_letter_stems() -> None:
    gate = Gate(words="men", stems="imprisonment")
    assert gate(Statement.bare("Persons serving imprisonment shall not vote."))
    assert gate(Statement.bare("All men over eighteen may vote."))
    assert not gate(Statement.bare("Amendments to the voter list are made by the commission."))
