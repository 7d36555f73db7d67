"""The gaps-b labelled fragments (tests/fragments/gaps-b.toml): candidacy, party and mandate phrasings that spec
writers found undetected while writing features/standards, with compliant look-alikes. Every expected topic is
raised (unless listed as a known miss), and no candidacy, party or mandate topic is raised where it is not
expected or tolerated."""

from __future__ import annotations

import pytest
from fragment_cases import assert_raises_expected, load_cases, params

CASES = load_cases("gaps-b.toml")
OWNED = ("candidacy.", "parties.", "mandate.")

#: Cases the extractors still miss, with the reason; strict, so a fix shows up as an XPASS to move out of here.
KNOWN_MISSES: dict[str, str] = {
    "gap-a-12a-two-years-party-membership": "a period of party membership required of candidates, worded without "
                                            "'only' or 'must be a member', is not read",
    "gap-a-15a-list-seats-eight-per-cent": "the heading 'Allocation of list seats' suppresses the threshold reading",
    "gap-a-15b-list-seats-unless-eight-per-cent": "the heading 'Allocation of list seats' suppresses the threshold "
                                                  "reading",
    "gap-b-4-seven-years-service-state-bodies": "'years of service in state bodies' without 'experience' or 'work' "
                                                "is not read as an experience requirement",
    "gap-c-2-signatures-random-ten-per-cent": "a random sample check of signatures is not read",
    "gap-ok-descent-birth-or-naturalisation": "false alarm: 'whether ... by birth or by naturalisation' is read as a "
                                              "citizenship-by-birth condition",
}


@pytest.mark.parametrize("case", params(CASES, KNOWN_MISSES))
def test_gap_fragment_raises_exactly_its_expected_owned_topics(case) -> None:
    assert_raises_expected(case, OWNED)


def test_known_misses_name_existing_cases_and_look_alikes_are_present() -> None:
    ids = [case["id"] for case in CASES]
    assert len(ids) == len(set(ids))
    assert set(KNOWN_MISSES) <= set(ids)
    assert sum(1 for case in CASES if not case["expect"]) >= 5
