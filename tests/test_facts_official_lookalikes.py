"""Look-alikes from the New Zealand and Australian electoral acts that must stay quiet, beside the criticised wordings they resemble.

A court's "if it thinks fit" is judicial discretion (reviewable on appeal), not the administrator's
open discretion the standards criticise; "the Government Statistician" is an official's title, not
the executive directing the commission; an election petition is a dispute over the result,
whose time-limit is judged as such, not as a campaign-time complaint.
"""

from __future__ import annotations

from compliance.lawtext import parse_law
from compliance.review import review


def _topics(text: str) -> set[str]:
    report = review(parse_law(text, path="<test>"))
    return {f.topic for f in report.findings if f.severity.value in ("error", "warning")}


def test_a_court_substituting_a_petitioner_if_it_thinks_fit_is_not_an_open_discretion() -> None:
    text = ("Withdrawal of petition\n253 (1) A petitioner may withdraw the petition.\n"
            "(2) The court may, if it thinks fit, substitute any such applicant as petitioner, and may by order "
            "direct that the security given on behalf of the original petitioner shall remain as security.\n")
    assert "lawmaking.legal-certainty" not in _topics(text)


def test_a_commission_refusing_registration_if_it_thinks_fit_is_an_open_discretion() -> None:
    text = ("Article 30. Registration of candidates\n"
            "2. The Central Election Commission may, if it thinks fit, refuse to register a candidate.\n")
    assert "lawmaking.legal-certainty" in _topics(text)


def test_a_deputy_government_statistician_under_the_statisticians_control_is_not_executive_direction() -> None:
    text = ("Representation Commission\n33 (3) Any Deputy Government Statistician shall have and may exercise, "
            "subject to the control of the Government Statistician, all the functions, duties, and powers of the "
            "Government Statistician in his or her capacity as a member of the Commission.\n")
    assert "administration.independence" not in _topics(text)


def test_an_election_commission_subject_to_the_control_of_the_government_is_executive_direction() -> None:
    text = ("Article 12. Status of the Central Election Commission\n"
            "3. The Central Election Commission shall act subject to the control of the Government.\n")
    assert "administration.independence" in _topics(text)


def test_a_court_given_three_months_to_decide_an_election_petition_is_judged_as_a_results_dispute() -> None:
    text = ("Time limit for decision\n367A (1) The Court shall give its decision on a petition filed by the "
            "Electoral Commission, and shall make an order on the petition, within 3 months after the day on "
            "which the petition was filed.\n")
    assert "appeals.deadlines" not in _topics(text)


def test_a_court_given_twenty_days_to_decide_on_a_refused_registration_is_too_slow() -> None:
    text = ("Article 64. Appeals against refusal of registration\n"
            "1. A refusal to register a candidate may be appealed to the district court within 3 days.\n"
            "2. The court shall consider the appeal within twenty days of its receipt.\n")
    assert "appeals.deadlines" in _topics(text)
