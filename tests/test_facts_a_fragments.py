"""The facts-a regression fragments: each labelled fragment raises exactly its expected suffrage, equality and
ballot topics (other groups' topics are not judged here)."""

from __future__ import annotations

import pytest
from fragment_cases import assert_raises_expected, load_cases, params

CASES = load_cases("facts-a.toml")
OURS = ("suffrage.", "equality.", "ballot.")


@pytest.mark.parametrize("case", params(CASES))
def test_fragment_raises_its_expected_topics_and_no_others(case) -> None:
    assert_raises_expected(case, OURS)


def test_fragment_ids_are_unique() -> None:
    ids = [case["id"] for case in CASES]
    assert len(ids) == len(set(ids))
