"""Shared support for the test modules that bind labelled fragment files (``tests/fragments/*.toml``).

Each fragment file is in the format of ``../shared/cases/dev.toml``. A binding module says which topic
groups it judges (its ``owned`` prefixes) and which cases are still known misses; this module loads the
cases, reviews each fragment in-process exactly as ``suffrage review FRAGMENT`` would, and states the
one verdict every binding shares: every expected topic is raised, and no owned topic is raised where it
is neither expected nor allowed. Known misses are strict xfails, so fixing one makes its test fail until
it is taken off the list.
"""

from __future__ import annotations

import tomllib
from collections.abc import Iterable, Mapping
from pathlib import Path

import pytest

from compliance.review import review
from compliance.rules import load_catalogue
from compliance.selftest import example_law

__all__ = ["FRAGMENTS", "load_cases", "params", "raised_topics", "assert_raises_expected"]

FRAGMENTS = Path(__file__).resolve().parent / "fragments"
_CATALOGUE = None


def load_cases(*names: str) -> list[dict]:
    """The ``[[case]]`` tables of the named fragment files, in order."""
    cases: list[dict] = []
    for name in names:
        cases.extend(tomllib.loads((FRAGMENTS / name).read_text(encoding="utf-8"))["case"])
    return cases


def params(cases: Iterable[dict], known_misses: Mapping[str, str] = {}) -> list:
    """One pytest param per case, named by its id; known misses are strict xfails with their reason."""
    return [pytest.param(case, id=case["id"],
                         marks=[pytest.mark.xfail(reason=known_misses[case["id"]], strict=True)]
                         if case["id"] in known_misses else [])
            for case in cases]


def raised_topics(case: dict) -> set[str]:
    """The topics of the error and warning findings of a review of the case's fragment."""
    global _CATALOGUE
    if _CATALOGUE is None:
        _CATALOGUE = load_catalogue()
    report = review(example_law(case["text"], name=case["id"]), catalogue=_CATALOGUE)
    return {f.topic for f in report.findings if f.severity.value in ("error", "warning")}


def assert_raises_expected(case: dict, owned: tuple[str, ...], *, judge_all_expected: bool = False) -> None:
    """Every expected topic (the owned ones, or all with ``judge_all_expected``) is raised; no owned
    topic is raised unless expected or allowed."""
    raised = raised_topics(case)
    expected = set(case["expect"]) if judge_all_expected else {t for t in case["expect"] if t.startswith(owned)}
    tolerated = set(case["expect"]) | set(case.get("allow", ()))
    assert expected <= raised, f"missed {sorted(expected - raised)}"
    false_alarms = {t for t in raised - tolerated if t.startswith(owned)}
    assert not false_alarms, f"false alarm {sorted(false_alarms)}"
