"""Every pattern of the campaign, administration, observer, appeal and lawmaking extractors runs in linear
time on hostile text, and so does each extractor on a hostile statement.

An alarm turns catastrophic backtracking into a failure instead of a hung run; speed itself is measured
in ``bench/``.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

import pytest

from compliance.facts import administration, appeals, base, campaign, certainty, lawmaking, observers
from compliance.facts.base import Statement
from compliance.facts.patterns import LazyPattern

MODULES = [appeals, observers, administration, campaign, certainty, lawmaking, base]
SIZE = 20_000

HOSTILE = [
    " " * SIZE + "x",
    "a " * (SIZE // 2) + "(",
    "within " * (SIZE // 7),
    "shall not be " * (SIZE // 13),
    "observers " * (SIZE // 10),
    "appeal " * (SIZE // 7) + "within 1 day",
    "commission " * (SIZE // 11) + "final",
    "the " * (SIZE // 4) + "campaign",
    "1 " * (SIZE // 2) + "days before election day",
    "discrediting " * (SIZE // 13),
    "x" * SIZE,
    "interests of the " * (SIZE // 17),
    "not later than " * (SIZE // 15),
    "copy of the protocol " * (SIZE // 21),
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



def test_the_modules_define_patterns_to_check() -> None:
    assert len(list(patterns())) >= 80


@pytest.mark.parametrize(("name", "pattern"), list(patterns()), ids=[name for name, _ in patterns()])
def test_pattern_is_linear_on_hostile_text(name: str, pattern: re.Pattern[str], alarm: None) -> None:
    for text in HOSTILE:
        for _match in pattern.finditer(text):
            pass


@pytest.mark.parametrize("module", [appeals, observers, administration, campaign, certainty, lawmaking],
                         ids=lambda m: m.__name__)
def test_extractors_finish_on_hostile_statements(module, alarm: None) -> None:
    for text in HOSTILE:
        statement = Statement.bare(text[:20_000])
        for extractor in module.EXTRACTORS:
            list(extractor(statement))
