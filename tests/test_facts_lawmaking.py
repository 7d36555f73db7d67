"""Lawmaking facts: late changes written into transitional provisions, late boundary changes allowed,
fundamental rules delegated, vague grounds."""

from __future__ import annotations

import pytest

from compliance.facts import extract, extract_text
from compliance.selftest import example_law


def _law_values(text: str, name: str) -> list:
    return [item.fact.value for item in extract(example_law(text)) if item.fact.name == name]


def _values(text: str, name: str) -> list:
    return [f.value for f in extract_text(text) if f.name == name]


@pytest.mark.parametrize(("text", "days"), [
    ("Article 2. Entry into force\n1. This Law was adopted on 5 November 2022.\n2. The mixed electoral system with "
     "party lists shall apply to the elections of deputies to be held on 19 March 2023.\n", 134),
    ("Article 3. Transitional provisions\n1. This Law enters into force on 1 December 2022.\n2. The next elections, "
     "to be held in March 2023, shall be conducted under the proportional system established by this Law.\n", 90),
    ("Commencement\n2 (1) This Act comes into force on 1 December 2022.\n  (2) The amendments to the allocation of "
     "seats apply to the general election to be held on 1 March 2023.\n", 90),
    ("Article 3. Transitional provisions\n1. This Law was signed on 20 May 2021.\n2. The elections of 10 October "
     "2021 shall be held under the mixed electoral system in single-member constituencies.\n", 143),
])
def test_transitional_provisions_applying_a_new_system_soon_are_late_changes(text, days) -> None:
    assert [days] == _law_values(text, "lawmaking.late_change")


def test_a_date_with_no_fundamental_element_is_not_a_late_change() -> None:
    text = ("Article 2. Entry into force\n1. This Law was adopted on 5 November 2022.\n2. The new forms of the voter "
            "invitation shall apply to the elections to be held on 19 March 2023.\n")
    assert [] == _law_values(text, "lawmaking.late_change")


@pytest.mark.parametrize(("text", "days"), [
    ("The Central Election Commission shall amend the boundaries of the majoritarian district by a resolution "
     "adopted not later than sixty days before election day.", 60),
    ("The Central Election Commission shall approve the scheme of single-mandate constituencies not later than "
     "seventy days before the day of voting.", 70),
    ("The single-member constituencies shall be established by order of the Commission not later than 4 months "
     "before polling day.", 120),
])
def test_late_boundary_changes_allowed_by_law_are_read(text, days) -> None:
    assert [days] == _values(text, "lawmaking.late_change_allowed")


def test_polling_stations_are_not_constituency_boundaries() -> None:
    text = "Polling stations shall be formed by the district commission not later than forty-five days before election day."
    assert [] == _values(text, "lawmaking.late_change_allowed")


@pytest.mark.parametrize(("text", "subject", "kind"), [
    ("The minimum share of votes that a list must obtain in order to take part in the allocation of seats shall be "
     "established by decree of the President of the Republic.", "threshold", "executive"),
    ("The method of allocating seats among lists shall be determined by the Central Election Commission.",
     "seat allocation", "commission"),
    ("The procedure for electronic voting shall be established by the Central Election Commission.",
     "voting methods", "commission"),
    ("The number and boundaries of single-member constituencies shall be determined by decree of the President.",
     "constituency boundaries", "executive"),
    ("The President may by Order postpone the general election.", "election date", "executive"),
    ("The list of diseases that prevent a citizen from being registered as a candidate shall be approved by the "
     "Government.", "candidate eligibility", "executive"),
])
def test_fundamental_rules_left_to_decree_or_commission_are_read(text, subject, kind) -> None:
    facts = [f for f in extract_text(text) if f.name == "lawmaking.delegated"]
    assert [(subject, kind)] == [(f.value, f.attrs["kind"]) for f in facts]


@pytest.mark.parametrize("text", [
    "The forms of ballot papers and protocols shall be approved by the Central Election Commission.",
    "The boundaries of constituencies shall be established by the Central Election Commission every ten years.",
    "Seats shall be allocated among lists by the d'Hondt method.",
    "The distribution of mandates among the multi-member constituencies shall be determined by the Central Election "
    "Commission after each population census on the basis of the number of voters.",
])
def test_technical_matters_and_independent_boundary_drawing_are_not_delegation(text) -> None:
    assert [] == _values(text, "lawmaking.delegated")


@pytest.mark.parametrize(("text", "value"), [
    ("The registration authority shall refuse registration if the activities of the party are contrary to the "
     "interests of the State.", "interests-of-the-state"),
    ("The commission may cancel the registration in other cases where it establishes violations of this Code.",
     "open-list"),
    ("The President may by Order postpone the general election for such period as he or she considers necessary.",
     "open-discretion"),
    ("In exceptional cases the Government may postpone the elections of local councils.", "open-discretion"),
    ("The registration of a party may be refused if its aims are capable of undermining public harmony.",
     "vague-harm"),
])
def test_vague_grounds_for_adverse_decisions_are_read(text, value) -> None:
    assert [value] == _values(text, "lawmaking.vague_ground")


@pytest.mark.parametrize("text", [
    "The commission shall refuse to register a candidate only on the grounds set out in paragraph 2 and in other "
    "cases provided for by this Law.",
    "A court may prohibit a campaign rally where this is necessary in the interests of public safety.",
    "The Electoral Commission shall refuse to register a party if, in its opinion, the name so nearly resembles the "
    "name of another party that it is likely to be confused with it.",
    "The Electoral Commissioner may refuse to include a name in a Roll if including it would be contrary to the "
    "public interest.",
])
def test_precise_grounds_and_legitimate_aims_are_not_vague(text) -> None:
    assert [] == _values(text, "lawmaking.vague_ground")


@pytest.mark.parametrize(("text", "elements"), [
    ("the threshold of five per cent", {"electoral system"}),
    ("sixty-nine deputies elected by party lists", {"electoral system"}),
    ("the allocation of seats among lists", {"electoral system"}),
    ("The composition of the Central Election Commission", {"election commissions"}),
    ("the boundaries of single-member territorial constituencies", {"constituency boundaries", "electoral system"}),
    ("the donation threshold of 200 dollars", set()),
    ("party lists shall be submitted to the commission", set()),
    ("The returning officer shall be paid a fee", set()),
])
def test_fundamental_elements_are_the_system_commission_membership_and_boundaries(text, elements) -> None:
    from compliance.facts.lawmaking import fundamental_elements

    assert elements == fundamental_elements(text)
