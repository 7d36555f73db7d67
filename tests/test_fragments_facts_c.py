"""The facts-c labelled fragments (tests/fragments/facts-c.toml): every expected topic is raised, and none of
the campaign, administration, observer, appeal or lawmaking topics is raised where it is not expected."""

from __future__ import annotations

import tomllib
from pathlib import Path

import pytest

from compliance.review import review
from compliance.rules import load_catalogue
from compliance.selftest import example_law

FRAGMENTS = Path(__file__).resolve().parent / "fragments" / "facts-c.toml"
OWN_TOPICS = ("campaign.", "administration.", "observers.", "appeals.", "lawmaking.")
CASES = tomllib.loads(FRAGMENTS.read_text(encoding="utf-8"))["case"]
CATALOGUE = load_catalogue()


def _raised(text: str) -> set[str]:
    report = review(example_law(text), catalogue=CATALOGUE)
    return {f.topic for f in report.findings if f.severity.value in ("error", "warning")}


@pytest.mark.parametrize("case", CASES, ids=[case["id"] for case in CASES])
def test_fragment_raises_exactly_its_expected_topics(case) -> None:
    raised = _raised(case["text"])
    expected = set(case["expect"])
    tolerated = expected | set(case.get("allow", []))
    assert expected <= raised, f"missed: {sorted(expected - raised)}"
    own_false = {topic for topic in raised - tolerated if topic.startswith(OWN_TOPICS)}
    assert not own_false, f"false alarms: {sorted(own_false)}"


def test_fragment_ids_are_unique_and_labelled_with_known_topics() -> None:
    from compliance.rules import topics

    ids = [case["id"] for case in CASES]
    assert len(ids) == len(set(ids))
    known = topics()
    for case in CASES:
        assert set(case["expect"]) | set(case.get("allow", [])) <= set(known), case["id"]
