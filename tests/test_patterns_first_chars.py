"""Lazy patterns scan faster behind a lookahead of their first characters, and find exactly the same matches."""

from __future__ import annotations

import re

import pytest

from compliance.facts.patterns import accelerated, first_chars, lazy

TEXT = ("The following persons shall not vote: a PRISONER serving a sentence; a person in Custody pending trial; "
        "any person who is not qualified. Imprisonment, incarceration and the Kelvin sign \u212a are words here.")


def test_a_case_blind_alternation_gets_a_lookahead_of_its_first_letters() -> None:
    source = r"\b(?:prisoners?|sentence|custody)\b"
    assert accelerated(source, re.I) == r"(?=[\U00000063\U00000070\U00000073])(?:" + source + ")"


@pytest.mark.parametrize("source", [
    r"\b(?:prisoners?|imprison(?:ed|ment)|incarcerat\w*|(?:in|into)\s+(?:a\s+)?prison)\b",
    r"\bonly\b|\bif\b|\bwho\s+(?:is|has)",
    r"(?<![a-z])(?:k|s)\w+",
    r"(?:a\s+)?(?:person|persons?)\s+(?:in|who)",
    r"\b(?:not|no)\s+(?:later|qualified)\b|\bnot\s+vote\b",
])
def test_an_accelerated_pattern_finds_the_same_matches(source: str) -> None:
    changed = accelerated(source, re.I)
    assert changed != source
    before = [(m.span(), m.groups()) for m in re.finditer(source, TEXT, re.I)]
    after = [(m.span(), m.groups()) for m in re.finditer(changed, TEXT, re.I)]
    assert before and after == before


@pytest.mark.parametrize(("source", "flags"), [
    (r"x?", re.I),                       # may match the empty string
    (r"\w+ing", re.I),                    # starts with a class of characters
    (r"[^a]b", re.I),                     # a negated class
    (r"prison|jail", 0),                  # case-sensitive: re scans for first letters itself
    (r"(?i)\bprison", 0),                 # global inline flags are kept in front
])
def test_patterns_that_would_not_gain_are_left_alone(source: str, flags: int) -> None:
    result = accelerated(source, flags)
    if source.startswith("(?i)"):
        assert result.startswith("(?i)(?=[") and re.search(result, "In PRISON").span() == (3, 9)
    else:
        assert result == source


def test_first_chars_passes_over_zero_width_and_optional_items() -> None:
    from re import _parser

    assert first_chars(_parser.parse(r"\b(?=x)(?:a\s+)?b", 0).data) == {ord("a"), ord("b")}
    assert first_chars(_parser.parse(r"(?:a|)", 0).data) is None


def test_a_lazy_pattern_compiles_to_the_accelerated_source_but_shows_its_own() -> None:
    pattern = lazy(r"\b(?:court|judge)s?\b", re.I)
    assert pattern.pattern == r"\b(?:court|judge)s?\b"
    assert pattern.compiled.pattern.startswith("(?=[")
    assert pattern.search("The Judges decide").group(0) == "Judges"
