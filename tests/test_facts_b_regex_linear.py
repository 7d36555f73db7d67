"""Every pattern of the candidacy, nomination, party and mandate extractors runs in linear time on hostile lines.

The patterns use only bounded repetition between words (``(?:\\w+\\s+){0,N}?``, ``[^.;]{0,120}?``); these
lines (long runs of the words the patterns repeat over) would expose nested or unbounded repetition as a hang,
which the alarm turns into a failure. The extractors themselves are also run over a hostile statement.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

import pytest

from compliance.facts import _standing, candidacy, extract_text, mandate, nomination, parties
from compliance.facts.patterns import LazyPattern

MODULES = [_standing, candidacy, nomination, parties, mandate]
SIZE = 20_000

HOSTILE = [
    "a " * (SIZE // 2),
    "the party " * (SIZE // 10) + "shall",
    "of the " * (SIZE // 7) + "votes",
    "candidate " * (SIZE // 10) + "may not",
    "members of the " * (SIZE // 15) + "commission",
    "not less than " * (SIZE // 14) + "per cent",
    "five per cent " * (SIZE // 14),
    "1 " * (SIZE // 2) + "years",
    "twenty-five " * (SIZE // 12),
    "x" * SIZE,
    "resided in " * (SIZE // 11) + "for",
    "powers of the deputy " * (SIZE // 21) + "terminate",
    "signatures of voters " * (SIZE // 21),
    ", " * (SIZE // 2),
]


def patterns() -> Iterator[tuple[str, re.Pattern[str]]]:
    def walk(prefix: str, value: object) -> Iterator[tuple[str, re.Pattern[str]]]:
        if isinstance(value, re.Pattern):
            yield prefix, value
        elif isinstance(value, LazyPattern):  # compiled on first use (compliance.facts.patterns)
            yield prefix, value.compiled
        elif isinstance(value, (tuple, list)):
            for index, item in enumerate(value):
                yield from walk(f"{prefix}[{index}]", item)

    seen: set[int] = set()
    for module in MODULES:
        for name, value in vars(module).items():
            for found, pattern in walk(f"{module.__name__.rsplit('.', 1)[-1]}.{name}", value):
                if id(pattern) not in seen:
                    seen.add(id(pattern))
                    yield found, pattern



def test_the_extractors_define_patterns_to_check() -> None:
    assert len(list(patterns())) >= 60


@pytest.mark.parametrize(("name", "pattern"), list(patterns()), ids=[name for name, _ in patterns()])
def test_pattern_is_linear_on_hostile_lines(name: str, pattern: re.Pattern[str], alarm: None) -> None:
    for line in HOSTILE:
        pattern.search(line)
        for _ in pattern.finditer(line):
            pass


def test_extracting_from_a_hostile_statement_finishes(alarm: None) -> None:
    text = ("Article 5. Eligibility of candidates\n1. A candidate " + "who has resided in the country for ten years, "
            * 500 + "may be elected a deputy, and the deposit shall be returned only if " + "the party " * 1000 + ".")
    extract_text(text)
