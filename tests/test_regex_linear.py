"""Every pattern of the statute and citation parsers runs in linear time, even on a hostile 200 KB line.

A pattern with nested or overlapping unbounded repetition would take minutes
on these lines; an alarm turns such a hang into a failure instead of a stuck
test run. (This is a guard against catastrophic backtracking, not a speed
measurement; speed is measured in ``bench/``.)
"""

from __future__ import annotations

import re
from collections.abc import Iterator

import pytest

from compliance import citations, labels, lawtext, naming, references, textio

MODULES = [lawtext, citations, labels, naming, textio, references]
SIZE = 200_000

HOSTILE = [
    " " * SIZE + "x",
    "1" * SIZE,
    "(" * SIZE,
    "(a)" * (SIZE // 3),
    "a " * (SIZE // 2) + "(",
    "1." * (SIZE // 2),
    "1-" * (SIZE // 2) + ")",
    "—" * SIZE,
    "Article " + "1" * SIZE + "(",
    "In this Act " * (SIZE // 12) + ",",
    "term " * (SIZE // 5) + "mean",
    "Section 4 " * (SIZE // 10) + ":",
    "\"" + "x" * SIZE,
    "[Repealed " + "x" * SIZE,
    "paragraph (a) of " * (SIZE // 17),
    "#" * SIZE,
    "> " * (SIZE // 2),
    "- " * (SIZE // 2),
    "the Aaa Bbb of the Ccc " * (SIZE // 23),
    "sections 1, 2 and (3) to " * (SIZE // 25),
    "the definition " + "word " * (SIZE // 5),
]


def patterns() -> Iterator[tuple[str, re.Pattern[str]]]:
    for module in MODULES:
        for name, value in vars(module).items():
            if isinstance(value, re.Pattern):
                yield f"{module.__name__}.{name}", value



def test_the_parsers_define_patterns_to_check() -> None:
    assert len(list(patterns())) >= 30


@pytest.mark.parametrize(("name", "pattern"), list(patterns()), ids=[name for name, _ in patterns()])
def test_pattern_is_linear_on_hostile_lines(name: str, pattern: re.Pattern[str], alarm: None) -> None:
    for line in HOSTILE:
        pattern.match(line)
        pattern.search(line)


def test_parsing_a_hostile_text_finishes(alarm: None) -> None:
    text = "\n".join(["Article 1. Title", "1. " + "word " * 50_000, *HOSTILE[:8]])
    law = lawtext.parse_law(text)
    assert "art_1" == law.body[0].eid
