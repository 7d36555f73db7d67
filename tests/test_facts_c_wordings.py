"""Wordings the campaign, administration, observer, appeal and lawmaking extractors read beyond the labelled
sets: each found while checking how the extractors generalise (blind batch C and its paraphrases), each with
a compliant look-alike that must stay quiet."""

from __future__ import annotations

import pytest

from compliance.facts.quantities import find_ordinal_days
from compliance.review import review
from compliance.rules import load_catalogue
from compliance.selftest import example_law

CATALOGUE = load_catalogue()


def _raised(text: str) -> set[str]:
    report = review(example_law(text), catalogue=CATALOGUE)
    return {f.topic for f in report.findings if f.severity.value in ("error", "warning")}


@pytest.mark.parametrize(("text", "value"), [
    ("from the fifteenth day before", 15), ("on the 8th day before", 8), ("the twenty-fifth calendar day", 25),
    ("the thirtieth day", 30),
])
def test_ordinal_days_are_read_as_day_counts(text, value) -> None:
    assert [q.value for q in find_ordinal_days(text)] == [value]


@pytest.mark.parametrize(("text", "topic"), [
    ("Article 35. Campaign period\n1. Pre-election campaigning may be conducted from the fifteenth day before "
     "election day.", "campaign.period"),
    ("Campaign period\n30 (1) The campaign period shall commence on the 8th day before polling day.", "campaign.period"),
    ("False statements\n81 (1) A person shall not, during an election campaign, publish any statement which is likely "
     "to cause fear or alarm to the public.\n(2) A person who contravenes subsection (1) is liable to imprisonment.",
     "campaign.expression"),
    ("Article 47. Campaign content\n1. Candidates shall refrain from criticising the policies of the Government.",
     "campaign.expression"),
    ("Article 47. Campaign content\n1. It is prohibited to disseminate information that damages the honour, dignity or "
     "business reputation of a candidate.", "campaign.expression"),
    ("Public meetings\n15 (1) A candidate who intends to hold a public rally shall apply to the District Commissioner "
     "for a permit at least seven days before the rally.", "campaign.assembly"),
    ("Article 28. Media\n1. Campaign materials of candidates outside news programmes shall be broadcast only upon "
     "payment.\n2. Coverage of candidates in news programmes shall be free of charge.", "campaign.media"),
    ("Article 28. Media\n1. State media shall provide airtime to candidates for payment only. No free airtime is "
     "provided.", "campaign.media"),
    ("Election broadcasts\n60 (1) The corporation shall allocate free broadcasting time to the party forming the "
     "Government and to the party forming the official Opposition.\n(2) Any other party may purchase broadcasting "
     "time at commercial rates.", "campaign.media"),
    ("Public funding\n70 (1) A grant shall be paid to the party which holds the largest number of seats.\n(2) No other "
     "party shall be entitled to public funds.", "campaign.finance"),
    ("Article 50. Finance\n1. Financial reports of parties shall be kept confidential by the Commission.",
     "campaign.finance"),
    ("Article 50. Finance\n1. Candidates are not obliged to submit reports on the expenditure of their campaign funds.",
     "campaign.finance"),
    ("Article 30. Campaign\n1. The campaign period shall be two weeks.", "campaign.period"),
    ("Article 45. Campaign events\n1. Campaign events at open-air venues require the approval of the local police at "
     "least ten days in advance.", "campaign.assembly"),
])
def test_campaign_wordings_are_flagged(text, topic) -> None:
    assert topic in _raised(text)


@pytest.mark.parametrize("text", [
    "Article 35. Campaign period\n1. Election campaigning shall begin on the day the elections are called, not less "
    "than sixty days before election day.",
    "Article 29. Rallies\n1. The organiser of a rally shall notify the local administration three days in advance; no "
    "permit is required.",
    "Article 30. Airtime\n1. Public broadcasters shall provide each registered candidate with thirty minutes of free "
    "airtime.\n2. Candidates may purchase further airtime at published rates.",
    "Election broadcasts\n60 (1) The corporation shall allocate free broadcasting time of ten minutes to the parties "
    "represented in the National Assembly, and five minutes of free time to every other registered party.\n(2) Any "
    "other party may purchase additional time at commercial rates.",
    "Article 50. Finance\n1. Donations of less than 100 dollars need not be reported.",
    "Article 30. Campaign\n1. The campaign period shall be eight weeks.",
    "Article 46. Content\n1. Materials inciting violence or hatred on grounds of race or religion are prohibited.",
])
def test_campaign_look_alikes_stay_quiet(text) -> None:
    assert not {t for t in _raised(text) if t.startswith("campaign.")}


@pytest.mark.parametrize(("text", "topic"), [
    ("Article 11. Central Election Commission\n1. The Chairman of the Central Election Commission is appointed by the "
     "Head of State.", "administration.independence"),
    ("Electoral Commission\n4 (1) The Commission shall be subject to the direction and control of the Minister.",
     "administration.independence"),
    ("Article 70. Results\n1. The results of the elections shall be published only as totals for the whole country.",
     "administration.transparency"),
    ("Article 40. Observers\n1. Citizens may observe the elections only if nominated by a non-governmental "
     "organisation whose statute includes matters of elections among its purposes.", "observers.domestic"),
    ("Article 40. Observers\n1. Only citizens nominated by registered political parties may act as observers.",
     "observers.domestic"),
    ("Election observers\n40 (1) No local organisation shall observe an election unless accredited by the Commission.\n"
     "(2) The Commission may, in its absolute discretion, refuse to accredit any local organisation.",
     "observers.domestic"),
    ("Article 41. Observers\n1. Observers are not allowed to make copies of or extracts from the voter lists.",
     "observers.access"),
    ("Foreign observers\n42 (1) The Minister may, if he thinks fit, permit any person who is not a citizen to observe "
     "the conduct of an election.", "observers.international"),
])
def test_administration_and_observer_wordings_are_flagged(text, topic) -> None:
    assert topic in _raised(text)


@pytest.mark.parametrize("text", [
    "Article 11. Central Election Commission\n1. The members of the Commission are appointed by the Head of State on "
    "the proposal of the parliamentary parties.",
    "Electoral Commission\n4 (1) In the exercise of its functions the Commission shall not be subject to the direction "
    "or control of any person or authority.",
    "Article 21. Observers\n1. Non-governmental organisations may observe all stages of the elections. The commission "
    "shall accredit them within three days and may refuse only where the application is incomplete.",
    "Article 40. Observers\n1. Observers may be appointed by political parties, candidates and citizens' associations.",
    "Article 41. Observers\n1. Observers may make copies of the voter lists.",
])
def test_administration_and_observer_look_alikes_stay_quiet(text) -> None:
    assert not {t for t in _raised(text) if t.startswith(("administration.", "observers."))}


@pytest.mark.parametrize(("text", "topic"), [
    ("Finality of decisions\n77 (1) No decision of the Commission or of a returning officer under this Part shall be "
     "called in question in any court of law.", "appeals.judicial-review"),
    ("Article 61. Decisions\n1. The Central Election Commission is the highest body for electoral disputes; its "
     "decisions are binding and cannot be appealed.", "appeals.judicial-review"),
    ("Article 62. Standing\n1. The right to file complaints concerning the results of the elections belongs to "
     "candidates, political parties and observers.", "appeals.standing"),
    ("Article 64. Appeals\n1. A refusal to register a candidate may be appealed to the district court within 3 days.\n"
     "2. The court shall consider the appeal within 20 days of its receipt.", "appeals.deadlines"),
    ("Article 2. Entry into force\n1. This Law shall enter into force on the day of its official publication.\n2. The "
     "amendments introducing a mixed electoral system shall apply to the parliamentary elections to be held three "
     "months after the entry into force of this Law.", "lawmaking.stability"),
    ("Regulations\n120 (1) The Minister may make regulations.\n(2) Regulations made under this section may amend any of "
     "the Schedules to this Act, including the Schedule setting out the electoral system.", "lawmaking.delegation"),
    ("Objections\n25 (1) The returning officer may reject a nomination paper for any other reason which he considers "
     "sufficient.", "lawmaking.legal-certainty"),
])
def test_appeal_and_lawmaking_wordings_are_flagged(text, topic) -> None:
    assert topic in _raised(text)


@pytest.mark.parametrize("text", [
    "Election petitions\n90 No election shall be questioned except by an election petition presented to the High Court.",
    "Article 61. Decisions\n1. The Supreme Court is the highest body for electoral disputes; its decisions are final.",
    "Article 62. Standing\n1. The right to file complaints belongs to every voter, candidate and party.",
    "Article 64. Appeals\n1. A refusal to register a candidate may be appealed to the court within three days, and the "
    "court shall decide within five days.",
    "Article 3. Transitional provisions\n1. This Law shall enter into force on the day of its publication.\n2. The "
    "provisions changing the electoral system shall not apply to elections called within one year of its entry into "
    "force.",
    "Article 9. By-elections\n1. Seats are allocated by proportional representation.\n2. A by-election shall be held "
    "within ninety days after the date on which the seat becomes vacant.",
    "Forms\n121 The Commission may by notice amend the forms in Schedule 2 to this Act.",
])
def test_appeal_and_lawmaking_look_alikes_stay_quiet(text) -> None:
    assert not {t for t in _raised(text) if t.startswith(("appeals.", "lawmaking."))}
