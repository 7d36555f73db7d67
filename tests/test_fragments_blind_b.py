"""The gen-b blind fragments: every expected candidacy, party and mandate topic is raised, and no other.

``tests/fragments/blind-b.toml`` was written before the extractors were read, to measure how the
candidacy, party and mandate facts generalise to unseen wording (first pass: recall 0.578, precision
0.963); ``blind-b2.toml`` was written after the first round of fixes, to check that they generalise
(first pass: recall 0.882, precision 1.000), and ``blind-b3.toml`` after the second round (first pass:
recall 0.600, precision 1.000), and ``blind-b4.toml`` after the third (first pass: recall 0.500,
precision 0.833), and ``blind-b5.toml`` after the fourth (first pass: recall 0.818, precision 1.000), and
``blind-b6.toml`` after the fifth (first pass: recall 0.889, precision 1.000). Each fragment is reviewed in-process as its own law, exactly as ``suffrage review FRAGMENT``
would; only the topics this group owns are compared, so the other groups' rules can grow without
breaking these tests. Fragments the checker still gets wrong are listed in ``KNOWN_FAILURES`` with the
reason, as strict expected failures: fixing one makes its test fail until it is taken off the list.
"""

from __future__ import annotations

import tomllib
from pathlib import Path

import pytest

from compliance.lawtext import parse_law
from compliance.model import Severity
from compliance.review import review

OWNED = ("candidacy.", "parties.", "mandate.")
HERE = Path(__file__).resolve().parent / "fragments"
BATCHES = ("blind-b.toml", "blind-b2.toml", "blind-b3.toml", "blind-b4.toml", "blind-b5.toml",
           "blind-b6.toml")

#: Still failing, with the reason (strict xfail: never delete a case to make the suite pass).
KNOWN_FAILURES: dict[str, str] = {}


def _cases() -> list:
    params = []
    for name in BATCHES:
        for case in tomllib.loads((HERE / name).read_text(encoding="utf-8"))["case"]:
            marks = ()
            if case["id"] in KNOWN_FAILURES:
                marks = (pytest.mark.xfail(reason=KNOWN_FAILURES[case["id"]], strict=True),)
            params.append(pytest.param(case, id=case["id"], marks=marks))
    return params


def _owned(topics) -> set[str]:
    return {topic for topic in topics if topic.startswith(OWNED)}


def _raised(text: str) -> set[str]:
    report = review(parse_law(text, path="<fragment>"))
    return _owned(f.topic for f in report.findings if f.severity in (Severity.ERROR, Severity.WARNING))


@pytest.mark.parametrize("case", _cases())
def test_blind_fragment_raises_exactly_its_expected_owned_topics(case) -> None:
    expected = _owned(case["expect"])
    tolerated = _owned(case.get("allow", []))
    raised = _raised(case["text"])
    assert expected <= raised, f"missed {sorted(expected - raised)}"
    assert raised <= expected | tolerated, f"false alarm {sorted(raised - expected - tolerated)}"


def test_every_known_failure_names_a_blind_fragment() -> None:
    ids = {case.values[0]["id"] for case in _cases()}
    assert set(KNOWN_FAILURES) <= ids
