"""The gap-a batch: each labelled fragment of ``fragments/gaps-a.toml`` raises exactly its expected suffrage,
equality and ballot topics (other groups' topics are not judged here).

The batch holds the phrasings that spec writers found undetected while writing ``features/standards`` (their gap
notes), paraphrased, with compliant look-alikes. A case the extractors cannot read yet is listed in ``XFAIL`` with
the reason, as a strict xfail: it fails the suite the day it starts passing, so the list stays honest.
"""

from __future__ import annotations

import tomllib
from pathlib import Path

import pytest

from compliance.model import Severity
from compliance.review import review
from compliance.rules import load_catalogue
from compliance.selftest import example_law

FRAGMENTS = Path(__file__).resolve().parent / "fragments" / "gaps-a.toml"
CASES = tomllib.loads(FRAGMENTS.read_text(encoding="utf-8"))["case"]
OURS = ("suffrage.", "equality.", "ballot.")
CATALOGUE = load_catalogue()

#: Gap cases still misread, with the reason (strict xfail).
XFAIL: dict[str, str] = {}


def _ours(topics) -> set[str]:
    return {topic for topic in topics if topic.startswith(OURS)}


def _param(case):
    marks = [pytest.mark.xfail(reason=XFAIL[case["id"]], strict=True)] if case["id"] in XFAIL else []
    return pytest.param(case, id=case["id"], marks=marks)


@pytest.mark.parametrize("case", [_param(case) for case in CASES])
def test_gap_fragment_raises_its_expected_topics_and_no_others(case) -> None:
    report = review(example_law(case["text"], name=case["id"]), catalogue=CATALOGUE)
    raised = _ours(f.topic for f in report.findings if f.severity in (Severity.ERROR, Severity.WARNING))
    expected = _ours(case["expect"])
    allowed = expected | _ours(case.get("allow", ()))
    assert expected <= raised, f"missed {sorted(expected - raised)}"
    assert raised <= allowed, f"false alarm {sorted(raised - allowed)}"


def test_gap_batch_ids_are_unique_and_both_kinds_are_present() -> None:
    ids = [case["id"] for case in CASES]
    assert len(ids) == len(set(ids))
    assert sum(1 for case in CASES if _ours(case["expect"])) >= 25
    assert sum(1 for case in CASES if not case["expect"]) >= 8


def test_xfail_list_names_only_existing_cases() -> None:
    assert set(XFAIL) <= {case["id"] for case in CASES}
