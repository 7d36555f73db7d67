"""Appeal facts: time-limits to lodge and decide, finality of commission decisions, standing."""

from __future__ import annotations

import pytest

from compliance.facts import extract_text


def _facts(text: str, name: str) -> list:
    return [f for f in extract_text(text) if f.name == name]


@pytest.mark.parametrize(("text", "days"), [
    ("Decisions may be appealed to the higher election commission within one day of their adoption.", 1),
    ("An appeal under subsection (1) shall be filed within twenty-four hours after the decision.", 1),
    ("A complaint may be filed with the constituency commission within two days after the decision.", 2),
    ("A decision may be appealed to the court within three (3) calendar days.", 3),
    ("An application to a court on the results may be filed within three months of the publication.", 90),
    ("A decision may be appealed not later than on the day following the day of its adoption.", 1),
    ("An election petition shall be presented within 28 days after the result of the poll.", 28),
])
def test_lodging_time_limits_are_read_in_days(text, days) -> None:
    assert [days] == [f.value for f in _facts(text, "appeal.lodge_days")]


@pytest.mark.parametrize(("text", "days"), [
    ("The higher commission shall decide on the complaint within one day.", 1),
    ("The court shall consider an application concerning the results within fifteen calendar days of its receipt.",
     15),
    ("The Electoral Commission shall determine the appeal within 48 hours of its receipt.", 2),
    ("The Court shall give its decision on the petition, and shall make an order on it, within 3 months after the "
     "day on which the petition was filed.", 90),
])
def test_decision_time_limits_are_read_from_the_governing_verb(text, days) -> None:
    assert [days] == [f.value for f in _facts(text, "appeal.decide_days")]


@pytest.mark.parametrize("text", [
    "Complaints concerning the voter list may be lodged not later than two days before election day.",
    "The commission shall decide on a complaint lodged on election day within two hours.",
    "The party shall give notice of a fresh appointment within 28 days after the appeal is determined.",
    "Any person referred to in subsection (1) may, within 15 days after being served, file a notice of appearance.",
])
def test_periods_that_are_not_appeal_time_limits_are_ignored(text) -> None:
    assert [] == _facts(text, "appeal.lodge_days") + _facts(text, "appeal.decide_days")


@pytest.mark.parametrize(("text", "body"), [
    ("Decisions of the Central Election Commission on the results are final and shall not be subject to appeal.",
     "commission"),
    ("The decision of the precinct commission shall be final.", "commission"),
    ("Decisions of the Supreme Election Council are final.", "commission"),
    ("The decision of the Electoral Commission on an objection shall be final and shall not be questioned in any "
     "court.", "commission"),
    ("The decision of the Supreme Court is final.", "court"),
    ("All decisions of the High Court under this Part shall be final and conclusive and without appeal.", "court"),
])
def test_finality_is_attributed_to_the_deciding_body(text, body) -> None:
    assert body in [f.value for f in _facts(text, "appeal.final")]


@pytest.mark.parametrize("text", [
    "Subject to the Constitution and to section 39B of the Judiciary Act 1903, a decision by the Electoral "
    "Commission under this Part is final and conclusive.",
    "The decision of the returning officer shall be final, but may be questioned on an election petition.",
    "The decision of the Central Election Commission is final. It may be appealed to the Supreme Court within three "
    "days.",
    "The acceptance of the form of consent by the officer shall be final.",
])
def test_finality_that_keeps_a_court_route_is_not_read_as_final(text) -> None:
    assert [] == [f for f in _facts(text, "appeal.final") if f.value == "commission"]


@pytest.mark.parametrize(("text", "value"), [
    ("Complaints may be submitted by candidates, by political parties and by observers.", "no-voters"),
    ("The results of the elections may be challenged in court by candidates and by the political parties.",
     "no-voters"),
    ("A voter may apply to a court only in respect of decisions that violate his or her own electoral rights.",
     "own-rights"),
    ("Only persons whose electoral rights have been directly violated may lodge a complaint.", "own-rights"),
    ("An application by a voter challenging the results of the elections shall be returned without consideration.",
     "voters-barred"),
])
def test_limits_on_standing_are_read(text, value) -> None:
    assert value in [f.value for f in _facts(text, "appeal.standing")]


@pytest.mark.parametrize("text", [
    "Any voter, candidate, political party or observer may lodge a complaint against a decision of a commission.",
    "A petition may be filed by any candidate at the election or by any person who was qualified to vote.",
    "The candidate concerned may lodge an appeal against a refusal to register him or her with the court.",
])
def test_open_standing_and_personal_decisions_are_not_limits(text) -> None:
    assert [] == _facts(text, "appeal.standing")
