"""The shipped step library: every documented phrase is a step, and the ledger steps read the ledger right."""

from __future__ import annotations

import re

import pytest
from pytest_bdd.steps import step_function_context_registry

from compliance.bdd import ledger_steps, steps
from compliance.bdd.ledger_steps import event_words, quoted_list, says
from compliance.bdd.steps import STEP_PHRASES, SpecContext, expect

LIBRARY = {steps.__name__, ledger_steps.__name__}


def library_steps() -> list:
    return [c for c in list(step_function_context_registry.values()) if c.step_func.__module__ in LIBRARY]


def example_of(phrase: str) -> tuple[str, str]:
    """A phrase of STEP_PHRASES as a drafter would write it: (step type, step text)."""
    keyword, text = phrase.split(" ", 1)
    text = text.replace("<YYYY-MM-DD>", "2026-07-01")
    text = re.sub(r"<[^>]+>", "some words", text)
    return keyword.lower(), text


@pytest.mark.parametrize("phrase", STEP_PHRASES)
def test_every_documented_phrase_is_exactly_one_step_of_the_library(phrase: str) -> None:
    kind, text = example_of(phrase)
    matching = [c for c in library_steps() if c.type == kind and c.parser.is_matching(text)]
    assert len(matching) == 1, f"{phrase!r} matches {len(matching)} steps"


def test_every_step_of_the_library_is_documented_in_step_phrases() -> None:
    examples = [example_of(phrase) for phrase in STEP_PHRASES]
    assert len(library_steps()) >= 20
    undocumented = [c.parser.name for c in library_steps()
                    if not any(c.type == kind and c.parser.is_matching(text) for kind, text in examples)]
    assert not undocumented, f"steps missing from STEP_PHRASES (suffrage spec cannot suggest them): {undocumented}"


@pytest.mark.parametrize(("stored", "words"), [
    ("Draft.Opened", "opened"),
    ("Draft.AmendmentProposed", "amendment proposed"),
    ("Draft.FindingWaived", "finding waived"),
    ("Law.AmendmentAdopted", "amendment adopted"),
    ("Adopted", "adopted"),
])
def test_stored_events_are_named_in_a_drafters_words(stored: str, words: str) -> None:
    assert event_words(stored) == words


def test_the_history_step_reads_a_list_joined_by_commas_and_and() -> None:
    (history,) = [c for c in library_steps() if c.step_func is ledger_steps.then_history_lists]
    for text, expected in [
        ('the draft\'s history lists "opened"', ["opened"]),
        ('the draft\'s history lists "opened", "checked" and "adopted"', ["opened", "checked", "adopted"]),
        ('the draft\'s history lists "opened", "checked", and "adopted"', ["opened", "checked", "adopted"]),
    ]:
        assert history.parser.is_matching(text), text
        assert quoted_list(history.parser.parse_arguments(text)["events"]) == expected
    assert not history.parser.is_matching("the draft's history lists opened and adopted")


def test_a_provision_says_words_whatever_the_line_breaks_and_case() -> None:
    text = "2. A complaint shall be submitted\nwithin  three days of the adoption"
    assert says(text, "Within three days")
    assert not says(text, "within one day")


def test_a_failed_expectation_carries_the_message_alone() -> None:
    with pytest.raises(AssertionError) as raised:
        expect([], "expected a finding, but found:\n  (no findings)")
    assert str(raised.value) == "expected a finding, but found:\n  (no findings)"
    expect(["finding"], "not raised")


def test_ledger_steps_without_a_ledger_say_which_step_is_missing() -> None:
    with pytest.raises(AssertionError, match="Given a drafting ledger holding that law"):
        ledger_steps.when_checked_in_ledger(SpecContext())
