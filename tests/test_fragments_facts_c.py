"""The facts-c labelled fragments (tests/fragments/facts-c.toml): every expected topic is raised, and none of
the campaign, administration, observer, appeal or lawmaking topics is raised where it is not expected."""

from __future__ import annotations

import pytest
from fragment_cases import assert_raises_expected, load_cases, params

CASES = load_cases("facts-c.toml")
OWN_TOPICS = ("campaign.", "administration.", "observers.", "appeals.", "lawmaking.")


@pytest.mark.parametrize("case", params(CASES))
def test_fragment_raises_exactly_its_expected_topics(case) -> None:
    assert_raises_expected(case, OWN_TOPICS, judge_all_expected=True)


def test_fragment_ids_are_unique_and_labelled_with_known_topics() -> None:
    from compliance.rules import topics

    ids = [case["id"] for case in CASES]
    assert len(ids) == len(set(ids))
    known = topics()
    for case in CASES:
        assert set(case["expect"]) | set(case.get("allow", [])) <= set(known), case["id"]
