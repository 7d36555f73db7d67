"""Candidacy and mandate wordings that spec writers found undetected, each beside a compliant look-alike.

Only parties nominating ("Only a registered political party may nominate"), only party members standing
("Only members of political parties may be nominated"), a party nominating only its long-standing members,
deputies voting "as decided by" their group or bound to "comply with the instructions" of their party, and a
"higher legal or economic education" required to stand.
"""

from __future__ import annotations

import pytest

from compliance.lawtext import parse_law
from compliance.review import review


def _topics(text: str) -> set[str]:
    report = review(parse_law(text, path="<test>"))
    return {f.topic for f in report.findings if f.severity.value in ("error", "warning")}


@pytest.mark.parametrize("text", [
    "Nomination of candidates\n19 (1) Only a registered political party may nominate a candidate for election.\n",
    "Article 35. Nomination\n3. Only members of political parties may be nominated as candidates.\n",
    "Article 41. Nomination\n3. A political party may nominate as candidates only persons who have been its members "
    "for at least two years.\n",
])
def test_a_bar_on_candidates_without_a_party_is_reported(text: str) -> None:
    assert "candidacy.independents" in _topics(text)


@pytest.mark.parametrize("text", [
    "Article 12. Party lists\n2. Only a registered political party may submit a party list.\n",
    "Article 35. Nomination\n3. A political party may nominate as candidates its members and persons who are not "
    "its members.\n",
    "Article 35. Nomination\n3. Candidates may be nominated by political parties or by groups of voters.\n",
])
def test_party_lists_and_open_party_nomination_are_not_a_bar_on_independents(text: str) -> None:
    assert "candidacy.independents" not in _topics(text)


@pytest.mark.parametrize("text", [
    "Article 81. Duties of a deputy\n2. A deputy shall vote in Parliament as decided by the parliamentary group of "
    "his or her party.\n",
    "Article 12. Duties of deputies\n1. A deputy shall comply with the instructions of the party that nominated "
    "him or her.\n",
])
def test_a_deputy_bound_to_the_partys_decisions_is_an_imperative_mandate(text: str) -> None:
    assert "mandate.free" in _topics(text)


@pytest.mark.parametrize("text", [
    "Article 12. Duties of deputies\n1. A deputy shall not be bound by any instructions and shall vote according "
    "to his or her conscience.\n",
    "Article 12. Party members\n1. Members of the party shall comply with the decisions of the party congress.\n",
])
def test_party_discipline_over_party_members_or_a_free_vote_is_not_an_imperative_mandate(text: str) -> None:
    assert "mandate.free" not in _topics(text)


def test_a_higher_legal_or_economic_education_to_stand_is_reported() -> None:
    text = ("Article 47. Requirements for candidates\n3. A candidate for deputy of the Mazhilis shall have a higher "
            "legal or economic education.\n")
    assert "candidacy.education" in _topics(text)
