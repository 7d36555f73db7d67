"""Observer facts: who may observe, terms for international observers, access limits."""

from __future__ import annotations

import pytest

from compliance.facts import extract_text
from compliance.selftest import example_law
from compliance.facts import extract


def _values(text: str, name: str) -> list:
    return [f.value for f in extract_text(text) if f.name == name]


def _law_values(text: str, name: str) -> list:
    return [item.fact.value for item in extract(example_law(text)) if item.fact.name == name]


@pytest.mark.parametrize(("text", "value"), [
    ("Public associations and other non-commercial organisations shall not be entitled to appoint observers.",
     "ngos-barred"),
    ("Non-commercial organisations whose charter provides for the observation of elections may send observers.",
     "charter"),
    ("Citizen observers shall be nominated by public associations registered for not less than three years.",
     "registered-years"),
    ("Public associations receiving funding from foreign sources shall not be entitled to nominate observers.",
     "foreign-funding"),
    ("Observers may be appointed only by registered political parties and candidates.", "parties-only"),
])
def test_restrictions_on_domestic_observers_are_read(text, value) -> None:
    assert value in _values(text, "observers.domestic_restricted")


def test_a_list_of_party_observers_is_a_restriction_only_when_the_article_names_no_civil_society() -> None:
    parties_only = "Article 32. Observers\n1. Observers may be appointed by political parties and candidates.\n"
    with_ngos = parties_only + "2. Observers may also be appointed by non-governmental organisations.\n"
    assert ["parties-only"] == _law_values(parties_only, "observers.domestic_restricted")
    assert [] == _law_values(with_ngos, "observers.domestic_restricted")


@pytest.mark.parametrize(("text", "value"), [
    ("Foreign observers shall be admitted upon invitation of the President or the Government.", "invitation"),
    ("International observers may observe the election only at the invitation of the Government.", "invitation"),
    ("The Central Election Commission may determine the number of international observers.", "number"),
    ("The Commission may refuse to accredit an international observer without giving reasons.", "discretion"),
    ("Foreign and international observers shall not be admitted to the elections.", "barred"),
])
def test_terms_for_international_observers_are_read(text, value) -> None:
    assert value in _values(text, "observers.international_restricted")


@pytest.mark.parametrize("text", [
    "International organisations shall be accredited upon their application, without the need for an invitation.",
    "International observers shall not interfere in the work of the election commissions.",
])
def test_compliant_international_observation_is_not_restricted(text) -> None:
    assert [] == _values(text, "observers.international_restricted")


@pytest.mark.parametrize(("text", "value"), [
    ("An observer shall not take photographs or make audio or video recordings in the polling station.",
     "no-recording"),
    ("Observers may use photo and video equipment only with the consent of the chairperson of the commission.",
     "no-recording"),
    ("Observers may be present during the count at a distance of not less than five metres from the table.",
     "distance"),
    ("The chairperson may require observers to leave if, in his or her opinion, their presence hinders the work.",
     "removal-discretion"),
    ("Observers shall not be present at the meetings of the territorial commission at which results are tabulated.",
     "stage-excluded"),
    ("Observers shall not have access to the voter lists.", "documents"),
    ("The presence of observers during the storage of ballot boxes is not required.", "not-required"),
])
def test_limits_on_what_observers_see_are_read(text, value) -> None:
    assert value in _values(text, "observers.access_limit")


@pytest.mark.parametrize("text", [
    "Observers may take photographs and make video recordings, provided that the secrecy of the vote is respected.",
    "A candidate's representative shall not take any photograph or make any audio or video recording at a polling "
    "station.",
    "An observer may be removed only by a reasoned decision of the commission adopted by a majority, after a warning.",
    "Observers may be present at all stages, including the counting of votes and the tabulation of results.",
])
def test_compliant_observer_rules_are_not_limits(text) -> None:
    assert [] == _values(text, "observers.access_limit")
