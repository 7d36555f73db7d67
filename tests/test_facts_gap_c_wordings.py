"""Wordings of observer, campaign, administration, appeal and lawmaking violations that spec writers found
undetected (tests/fragments/gaps-c.toml), read by general mechanisms, each paired with a compliant look-alike
that must stay quiet."""

from __future__ import annotations

import pytest

from compliance.review import review
from compliance.rules import load_catalogue
from compliance.selftest import example_law

CATALOGUE = load_catalogue()


def _raised(text: str) -> set[str]:
    report = review(example_law(text), catalogue=CATALOGUE)
    return {f.topic for f in report.findings if f.severity.value in ("error", "warning")}


@pytest.mark.parametrize(("text", "topic"), [
    ("Article 12. Observers\n3. Observers may attend at the polling station only between the opening and the close "
     "of voting.", "observers.access"),
    ("Observers\n40 (2) Observers may be present at a counting centre only during the hours of counting.",
     "observers.access"),
    ("Article 12. Observers\n6. The head of the commission may expel an observer if, in the head's view, the "
     "observer disturbs order.", "observers.access"),
])
def test_observer_limits_in_drafters_wordings_are_flagged(text, topic) -> None:
    assert topic in _raised(text)


@pytest.mark.parametrize("text", [
    "Article 12. Observers\n3. Observers may be present at the polling station from the opening of the polling "
    "station until the results protocol is signed, including during the count.",
    "Article 12. Observers\n6. The commission may, by a reasoned decision adopted by a majority of its members, "
    "remove an observer who disrupts the voting after one warning; the decision may be appealed to a court.",
])
def test_observer_look_alikes_that_comply_stay_quiet(text) -> None:
    assert not {t for t in _raised(text) if t.startswith("observers.")}


@pytest.mark.parametrize("text", [
    "Article 40. Campaign restrictions\n2. Libel of a candidate shall be punishable under the Criminal Code.",
    "Article 40. Campaigning\n3. Appeals to voters not to vote are prohibited during the campaign.",
    "Article 40. Campaigning\n3. Calls for abstention from the election shall be prohibited.",
    "Article 41. Campaigning in the media\n2. Negative propaganda and the dissemination of critical views on "
    "candidates shall be prohibited.",
])
def test_speech_restrictions_in_drafters_wordings_are_flagged(text) -> None:
    assert "campaign.expression" in _raised(text)


@pytest.mark.parametrize("text", [
    "Article 40. Campaign restrictions\n2. A candidate who has been slandered may seek a correction and damages "
    "before the civil courts.",
    "Article 40. Campaigning\n3. Voters are free to call on others to vote, or not to vote, for any candidate.",
])
def test_speech_look_alikes_that_comply_stay_quiet(text) -> None:
    assert "campaign.expression" not in _raised(text)


def test_a_commission_decision_not_open_to_appeal_to_a_court_is_flagged() -> None:
    text = ("Article 70. Complaints\n2. Decisions of the regional election commission on complaints are final and "
            "are not open to appeal to any court.")
    assert "appeals.judicial-review" in _raised(text)


def test_a_commission_decision_open_to_appeal_to_a_court_stays_quiet() -> None:
    text = ("Article 70. Complaints\n2. Decisions of the regional election commission on complaints are final within "
            "the election administration and may be appealed to the district court within three days.")
    assert "appeals.judicial-review" not in _raised(text)


def test_a_demonstration_needing_the_governors_permission_is_flagged_without_naming_the_election() -> None:
    text = "Article 33. Public events\n2. A demonstration requires the prior permission of the governor."
    assert "campaign.assembly" in _raised(text)


def test_a_demonstration_notified_to_the_governor_stays_quiet() -> None:
    text = ("Article 33. Public events\n2. The organisers of a demonstration shall notify the governor two days in "
            "advance; no permission is required.")
    assert "campaign.assembly" not in _raised(text)


def test_campaign_broadcasts_solely_on_a_paid_basis_are_flagged() -> None:
    text = ("Article 29. Access to the mass media\n1. Candidates may broadcast campaign material on radio solely on a "
            "commercial basis.")
    assert "campaign.media" in _raised(text)


def test_paid_broadcasts_offered_alongside_free_airtime_stay_quiet() -> None:
    text = ("Article 29. Access to the mass media\n1. Every candidate shall receive thirty minutes of free airtime on "
            "public radio; candidates may also buy airtime on a commercial basis on equal terms.")
    assert "campaign.media" not in _raised(text)


@pytest.mark.parametrize("text", [
    "Article 34. Public funding\n1. Budget financing of campaigns shall go only to the parties holding an absolute "
    "majority in Parliament.",
    "Article 34. Public funding\n1. Public funds for election campaigns shall be paid to the candidates chosen by the "
    "Cabinet.",
])
def test_public_funding_for_favoured_recipients_is_flagged(text) -> None:
    assert "campaign.finance" in _raised(text)


def test_public_funding_in_equal_shares_to_all_parties_stays_quiet() -> None:
    text = ("Article 34. Public funding\n1. Public funds for election campaigns shall be paid in equal shares to all "
            "registered parties; the amount is fixed by this Law.")
    assert "campaign.finance" not in _raised(text)


def test_municipal_employees_as_a_commission_majority_are_flagged() -> None:
    text = ("Article 18. Precinct election commissions\n3. Employees of the municipality may constitute a majority of "
            "the members of a precinct election commission.")
    assert "administration.independence" in _raised(text)


def test_municipal_employees_excluded_from_commissions_stay_quiet() -> None:
    text = ("Article 18. Precinct election commissions\n3. Members of precinct election commissions are nominated by "
            "the parties; employees of the municipality may not be members.")
    assert "administration.independence" not in _raised(text)


def test_precinct_protocols_not_subject_to_disclosure_are_flagged() -> None:
    text = ("Article 44. Establishment of the results\n3. The protocols of precinct commissions shall not be subject "
            "to disclosure.")
    assert "administration.transparency" in _raised(text)


def test_precinct_protocols_posted_for_the_public_stay_quiet() -> None:
    text = ("Article 44. Establishment of the results\n3. The protocols of precinct commissions shall be posted at the "
            "polling station and published on the commission's website within one day.")
    assert "administration.transparency" not in _raised(text)
