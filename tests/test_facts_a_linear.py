"""Every pattern of the facts-a extractors runs in linear time on hostile lines.

The extractors read the words around a match through bounded windows
(``[^.;]{0,120}?``, ``(?:\\w+\\s+){0,8}?``). A pattern with nested unbounded
repetition would take minutes on these 30 KB lines made of the very words the
patterns look for (quadratic work is about 10^9 steps); an alarm turns such a
hang into a failure. Speed itself is measured in ``bench/``.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

import pytest

from compliance.facts.patterns import LazyPattern

from compliance.facts import _voting, ballot, equality, exclusions, registration, suffrage

MODULES = [_voting, suffrage, exclusions, registration, equality, ballot]
SIZE = 30_000
WORDS = ["persons ", "not ", "shall not vote ", "elector ", "the ", "of the ", "members ", "years ", "per cent ",
         "deputies ", "appointed by ", "sentence ", "court ", "resided ", "list of voters ", "who voted ", "a ",
         "Article 1. ", "(a) ", "each voter ", "one vote for each ", "mobile ", "without ", "number of the ",
         "irrespective of ", "extended ", "until ", "open ", "family ", "together "]
HOSTILE = [word * (SIZE // len(word)) for word in WORDS[::3]] + [
    " " * SIZE + "x",
    "x" * SIZE,
    "1" * SIZE,
    "(" * SIZE,
    "".join(WORDS) * (SIZE // len("".join(WORDS))),
]


def patterns() -> Iterator[tuple[str, re.Pattern[str]]]:
    for module in MODULES:
        for name, value in vars(module).items():
            if isinstance(value, (re.Pattern, LazyPattern)):
                yield f"{module.__name__}.{name}", value
            elif isinstance(value, tuple):
                for index, item in enumerate(value):
                    if isinstance(item, tuple) and len(item) == 2 and isinstance(item[1], (re.Pattern, LazyPattern)):
                        yield f"{module.__name__}.{name}[{index}]", item[1]



def test_the_extractors_define_patterns_to_check() -> None:
    assert len(list(patterns())) >= 60


@pytest.mark.parametrize(("name", "pattern"), list(patterns()), ids=[name for name, _ in patterns()])
def test_pattern_is_linear_on_hostile_lines(name: str, pattern: re.Pattern[str], alarm: None) -> None:
    for line in HOSTILE:
        pattern.search(line)
