"""Every pattern of the bill parser runs in linear time on hostile lines; so does parsing a hostile bill.

The patterns use bounded whitespace (``\\s{1,20}``) and bounded or anchored lazy spans; these lines (long runs
of the words and marks the patterns repeat over) would expose nested or unbounded repetition as a hang, which
the alarm turns into a failure.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

import pytest

from compliance import amend, bill, diffview, fragments, locators, phrases, quotes, tomldraft
from compliance.bill import parse_bill

MODULES = [bill, phrases, locators, quotes, tomldraft, fragments, amend, diffview]
SIZE = 20_000

HOSTILE = [
    " " * SIZE + "x",
    "paragraph " * (SIZE // 10) + "shall be excluded",
    '"a ' * (SIZE // 3),
    "“" * SIZE,
    "paragraph 1 of " * (SIZE // 15) + "Article 4",
    "in Article 1, " * (SIZE // 14) + ":",
    "shall be " * (SIZE // 9) + "supplemented",
    "the words \ue0000\ue001 " * (SIZE // 12),
    "1-" * (SIZE // 2),
    "(a)" * (SIZE // 3),
    "of the " * (SIZE // 7) + "Act",
    "Canada " * (SIZE // 7) + "Elections Act is",
    "after paragraph 1 " * (SIZE // 18),
    "A " * (SIZE // 2),
    ":" * SIZE,
    "a. " * (SIZE // 3),
]


def patterns() -> Iterator[tuple[str, re.Pattern[str]]]:
    for module in MODULES:
        for name, value in vars(module).items():
            if isinstance(value, re.Pattern):
                yield f"{module.__name__.rsplit('.', 1)[-1]}.{name}", value



def test_the_bill_modules_define_patterns_to_check() -> None:
    assert len(list(patterns())) >= 50


@pytest.mark.parametrize(("name", "pattern"), list(patterns()), ids=[name for name, _ in patterns()])
def test_pattern_is_linear_on_hostile_lines(name: str, pattern: re.Pattern[str], alarm: None) -> None:
    for line in HOSTILE:
        pattern.match(line)
        pattern.search(line)


def test_parsing_hostile_bills_finishes(alarm: None) -> None:
    for line in HOSTILE:
        parse_bill(line)
        parse_bill("paragraph 1 of Article 4 shall be worded as follows: " + line)
    parse_bill('paragraph 1 of Article 4 shall be worded as follows: "\n' + "x\n" * 5000)
