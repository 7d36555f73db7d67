"""Administration facts: executive appointment, dismissal at will, executive dominance, result transparency."""

from __future__ import annotations

import pytest

from compliance.facts import extract_text


def _values(text: str, name: str) -> list:
    return [f.value for f in extract_text(text) if f.name == name]


@pytest.mark.parametrize(("text", "who"), [
    ("The members of the Central Election Commission shall be appointed by the President of the Republic.",
     "President of the Republic"),
    ("Territorial election commissions shall be formed by the local executive and administrative bodies.",
     "local executive and administrative bodies"),
    ("Members of district election commissions shall be appointed by the hokim of the region.", "hokim"),
    ("The Central Election Commission shall be composed of seven members appointed by the President.", "President"),
])
def test_executive_appointment_of_commissions_is_read(text, who) -> None:
    assert who in _values(text, "commission.appointed_by_executive")


@pytest.mark.parametrize("text", [
    "The members of the Central Election Commission shall be appointed by the President on the proposal of the "
    "parliamentary parties.",
    "The Chairperson of the Electoral Commission shall be a Judge and shall be appointed by the Governor-General.",
    "The Chief Electoral Officer shall appoint a returning officer for each electoral district.",
    "The Minister of Local Government may appoint a deputy who shall be another member of the Commission.",
])
def test_appointments_outside_executive_control_are_not_read(text) -> None:
    assert [] == _values(text, "commission.appointed_by_executive")


@pytest.mark.parametrize("text", [
    "The President of the Republic may release any member of the Central Election Commission from office before "
    "the expiry of his or her term.",
    "A member of a precinct election commission may be recalled at any time by the party that nominated him.",
    "The members of the Electoral Commission hold office at the pleasure of the Minister.",
])
def test_dismissal_at_will_is_read(text) -> None:
    assert len(_values(text, "commission.dismissal_at_will")) == 1


@pytest.mark.parametrize("text", [
    "The Governor-General may terminate the appointment of a member of the Electoral Commission by reason of "
    "misbehaviour or physical or mental incapacity.",
    "The mandate of a member of the commission may be terminated only by a court decision.",
    "The Chief Electoral Officer may remove from office any returning officer who fails to discharge his duties.",
])
def test_dismissal_on_grounds_is_not_at_will(text) -> None:
    assert [] == _values(text, "commission.dismissal_at_will")


def test_an_executive_majority_is_read_and_a_capped_share_is_not() -> None:
    assert ["majority"] == _values("Employees of the local executive bodies may make up the majority of a "
                                   "territorial election commission.", "commission.executive_dominance")
    assert [] == _values("Civil servants shall not make up more than one third of the members of a commission.",
                         "commission.executive_dominance")


@pytest.mark.parametrize(("text", "value"), [
    ("Results for individual polling stations shall not be published.", "no-station-results"),
    ("The protocols of precinct election commissions are not subject to publication.", "no-station-results"),
    ("The Central Election Commission shall publish only the overall results of the elections.",
     "no-station-results"),
    ("A certified copy of the protocol may be issued to an observer by decision of the chairperson.",
     "protocol-copy-discretionary"),
    ("A copy of the record of the count may be given to a candidate's agent with the permission of the presiding "
     "officer.", "protocol-copy-discretionary"),
    ("Copies of the protocol shall not be issued to observers.", "protocol-copy-denied"),
    ("An observer may acquaint himself or herself with the protocol on the results of voting.", "view-only"),
])
def test_withheld_results_and_protocols_are_read(text, value) -> None:
    assert value in _values(text, "results.not_transparent")


def test_published_results_and_copies_on_request_are_transparent() -> None:
    text = ("Certified copies of the protocol shall be issued to every observer on request. The Central Election "
            "Commission shall publish the results for each polling station.")
    assert [] == _values(text, "results.not_transparent")
