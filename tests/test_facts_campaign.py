"""Campaign facts: speech restrictions, assembly permission, media access, finance opacity, campaign length."""

from __future__ import annotations

import pytest

from compliance.facts import extract, extract_text
from compliance.selftest import example_law


def _values(text: str, name: str) -> list:
    return [f.value for f in extract_text(text) if f.name == name]


@pytest.mark.parametrize(("text", "value"), [
    ("The registration may be cancelled if the candidate disseminates information that discredits the honour and "
     "dignity of the President.", "discrediting"),
    ("It shall be prohibited to insult candidates, officials or state bodies in campaign materials.", "insult"),
    ("The dissemination of information discrediting the honour and dignity of a candidate shall entail liability "
     "under the Criminal Code.", "criminal-defamation"),
    ("Every person who publishes any defamatory matter concerning a candidate shall be liable to imprisonment.",
     "criminal-defamation"),
    ("Printed campaign materials shall, before distribution, be submitted for approval to the election commission.",
     "prior-approval"),
    ("Campaign materials shall not be distributed without the approval of the district election commission.",
     "prior-approval"),
    ("Calls to boycott the elections shall be prohibited.", "boycott-ban"),
])
def test_speech_restrictions_are_read(text, value) -> None:
    assert value in _values(text, "campaign.speech_restriction")


@pytest.mark.parametrize("text", [
    "No person shall, with the intention of affecting the results, publish a false statement of fact in relation to "
    "the personal character of a candidate.",
    "Campaign materials inciting to racial, national or religious hatred shall be prohibited.",
    "Copies of printed campaign materials shall be submitted to the election commission for information.",
    "A candidate whose honour and dignity have been harmed by published information may publish a reply.",
    "If the offender is a natural person, the penalty is $5,000 or imprisonment for 2 years.",
])
def test_accepted_limits_on_speech_are_not_read(text) -> None:
    assert [] == _values(text, "campaign.speech_restriction")


@pytest.mark.parametrize(("text", "value"), [
    ("Campaign meetings and rallies shall be held with the permission of the local executive body.", "permission"),
    ("No person shall convene a public meeting for election purposes without a permit issued by the police.",
     "permission"),
    ("Mass campaign events may be held only in places determined by the local executive bodies.",
     "designated-places"),
])
def test_assembly_permission_regimes_are_read(text, value) -> None:
    assert [value] == _values(text, "campaign.assembly_permission")


def test_a_notification_regime_is_not_a_permission() -> None:
    text = "The organiser of a campaign rally shall notify the local authority in writing three days in advance."
    assert [] == _values(text, "campaign.assembly_permission")


@pytest.mark.parametrize(("text", "value"), [
    ("Speeches of candidates in the mass media shall be made only on a paid basis from the election fund.",
     "paid-only"),
    ("Free airtime shall not be provided to candidates or parties on television.", "no-free-time"),
    ("The public broadcaster shall provide free airtime only to candidates nominated by parties represented in "
     "Parliament.", "discriminatory"),
    ("A media outlet may refuse to place campaign materials without giving reasons.", "refusal-without-reasons"),
    ("Coverage in the mass media of the activities of a candidate who holds a public office, in the exercise of his "
     "or her official duties, shall not constitute campaigning.", "official-coverage-exempt"),
])
def test_media_access_obstacles_are_read(text, value) -> None:
    assert value in _values(text, "campaign.media_access")


def test_paid_time_beside_free_time_is_not_paid_only() -> None:
    text = ("Article 33. Media\n1. Each candidate shall receive thirty minutes of free airtime.\n2. Campaign "
            "advertising in private media shall be placed only on a paid basis.\n")
    assert [] == [i for i in extract(example_law(text)) if i.fact.name == "campaign.media_access"]


@pytest.mark.parametrize(("text", "value"), [
    ("Candidates shall submit a financial report on the election fund. The reports are not subject to publication.",
     "reports-unpublished"),
    ("The amount and the recipients of state funds for parties shall be determined by decision of the Government.",
     "funding-discretionary"),
    ("The Minister of Finance shall decide on the allocation of subsidies to political parties.",
     "funding-discretionary"),
    ("The Central Election Commission may, at its discretion, verify the financial reports of candidates.",
     "verification-discretionary"),
])
def test_finance_opacity_is_read(text, value) -> None:
    assert value in _values(text, "campaign.finance_opacity")


def test_published_reports_with_private_donor_addresses_are_transparent() -> None:
    text = ("The Commission shall publish all financial reports of candidates. The addresses of donors who are "
            "natural persons shall not be published.")
    assert [] == _values(text, "campaign.finance_opacity")


@pytest.mark.parametrize(("text", "days"), [
    ("Campaigning shall begin on the day following the end of the registration of candidates, which shall take "
     "place not later than twelve days before election day.", 12),
    ("The election campaign shall start twenty days before election day.", 20),
    ("The election campaign shall begin sixty days before polling day.", 60),
])
def test_campaign_length_is_read(text, days) -> None:
    assert [days] == _values(text, "campaign.period_days")


def test_campaign_silence_is_not_a_campaign_length() -> None:
    assert [] == _values("Campaigning shall end two days before election day.", "campaign.period_days")


def test_campaign_tied_to_a_registration_deadline_in_another_paragraph() -> None:
    text = ("Article 40. Campaign\n1. The registration of candidates shall end fifteen days before election day.\n"
            "2. Campaigning may be conducted from the day after the registration of the candidate.\n")
    assert [15] == [i.fact.value for i in extract(example_law(text)) if i.fact.name == "campaign.period_days"]
