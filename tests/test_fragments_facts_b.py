"""The facts-b regression fragments: every expected candidacy, party and mandate topic is raised, and no other.

Each fragment of ``tests/fragments/facts-b.toml`` (and the public development set, when present) is
reviewed in-process as its own law, exactly as ``suffrage review FRAGMENT`` would; only the topics this
group owns are compared, so the other groups' rules can grow without breaking these tests.
"""

from __future__ import annotations

import tomllib
from pathlib import Path

import pytest

from compliance.lawtext import parse_law
from compliance.model import Severity
from compliance.review import review

from conftest import SHARED

OWNED = ("candidacy.", "parties.", "mandate.")
HERE = Path(__file__).resolve().parent / "fragments" / "facts-b.toml"


def _cases(path: Path) -> list:
    if not path.is_file():
        return []
    return [pytest.param(case, id=case["id"]) for case in tomllib.loads(path.read_text(encoding="utf-8"))["case"]]


def _owned(topics) -> set[str]:
    return {topic for topic in topics if topic.startswith(OWNED)}


def _raised(text: str) -> set[str]:
    report = review(parse_law(text, path="<fragment>"))
    return _owned(f.topic for f in report.findings if f.severity in (Severity.ERROR, Severity.WARNING))


@pytest.mark.parametrize("case", _cases(HERE) + _cases(SHARED / "cases" / "dev.toml"))
def test_fragment_raises_exactly_its_expected_owned_topics(case) -> None:
    expected = _owned(case["expect"])
    tolerated = _owned(case.get("allow", []))
    raised = _raised(case["text"])
    assert expected <= raised, f"missed {sorted(expected - raised)}"
    assert raised <= expected | tolerated, f"false alarm {sorted(raised - expected - tolerated)}"
