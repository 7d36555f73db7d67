"""The facts-a regression fragments: each labelled fragment raises exactly its expected suffrage, equality and
ballot topics (other groups' topics are not judged here)."""

from __future__ import annotations

import tomllib
from pathlib import Path

import pytest

from compliance.model import Severity
from compliance.review import review
from compliance.rules import load_catalogue
from compliance.selftest import example_law

FRAGMENTS = Path(__file__).resolve().parent / "fragments" / "facts-a.toml"
CASES = tomllib.loads(FRAGMENTS.read_text(encoding="utf-8"))["case"]
OURS = ("suffrage.", "equality.", "ballot.")
CATALOGUE = load_catalogue()


def _ours(topics) -> set[str]:
    return {topic for topic in topics if topic.startswith(OURS)}


@pytest.mark.parametrize("case", CASES, ids=[case["id"] for case in CASES])
def test_fragment_raises_its_expected_topics_and_no_others(case) -> None:
    report = review(example_law(case["text"], name=case["id"]), catalogue=CATALOGUE)
    raised = _ours(f.topic for f in report.findings if f.severity in (Severity.ERROR, Severity.WARNING))
    expected = _ours(case["expect"])
    allowed = expected | _ours(case.get("allow", ()))
    assert expected <= raised, f"missed {sorted(expected - raised)}"
    assert raised <= allowed, f"false alarm {sorted(raised - allowed)}"


def test_fragment_ids_are_unique() -> None:
    ids = [case["id"] for case in CASES]
    assert len(ids) == len(set(ids))
