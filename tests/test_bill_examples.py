"""The example bills and draft apply to the example law exactly as written (amended text compared in full)."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

from compliance.amend import Amended, apply
from compliance.bill import read_draft
from compliance.lawtext import read_law
from compliance.model import Draft, Law

EXAMPLES = Path(__file__).resolve().parent.parent / "examples"


@pytest.fixture(scope="module")
def law() -> Law:
    return read_law(EXAMPLES / "kz-elections.md")


def amend(law: Law, name: str) -> tuple[Draft, Amended]:
    draft = read_draft(EXAMPLES / name)
    return draft, apply(law, draft)


def text(amended: Amended, eid: str) -> str:
    provision = amended.law.get(eid)
    assert provision is not None, eid
    return provision.text


def labels(amended: Amended, eid: str) -> list[str]:
    provision = amended.law.get(eid)
    assert provision is not None, eid
    return [child.label for child in provision.children]


def test_worsening_bill_is_read_completely_with_its_entry_into_force(law: Law) -> None:
    draft, amended = amend(law, "bills/worsen-compliance.md")
    assert (draft.unparsed, draft.conditional, amended.problems) == ((), (), ())
    assert date(2027, 6, 1) == draft.effective
    assert draft.title == 'On amendments and additions to the Constitutional Law of the Republic of Examplestan "On Elections"'
    assert ["replaced", "amended", "replaced", "inserted", "replaced", "amended", "inserted"] == [
        c.action for c in amended.changes]


def test_worsening_bill_raises_the_voting_age_and_shortens_appeal_deadlines(law: Law) -> None:
    _, amended = amend(law, "bills/worsen-compliance.md")
    assert ("Citizens of the Republic who have reached twenty-one years of age shall have the right to elect, "
            "irrespective of origin, social, official or property status, sex, race, nationality, language, attitude "
            "to religion, beliefs or place of residence.") == text(amended, "art_4__para_1")
    assert ("A complaint shall be submitted within twelve hours of the adoption of the decision complained of and "
            "shall be considered within one day.") == text(amended, "art_12__para_2")
    assert "Complaints may be submitted by candidates and by political parties that have nominated candidates." == \
        text(amended, "art_12__para_4")


def test_worsening_bill_adds_candidate_requirements_under_new_labels(law: Law) -> None:
    _, amended = amend(law, "bills/worsen-compliance.md")
    assert ("A candidate shall present a certificate of fluency in the state language issued by the commission on "
            "languages.") == text(amended, "art_86__para_1-2")
    assert ["1", "1-1", "1-2", "2"] == labels(amended, "art_86")
    assert ["1", "1-1", "2", "3", "4"] == labels(amended, "art_20")
    assert "Article 86(1-2)" == amended.law.get("art_86__para_1-2").citation
    assert ("A citizen of the Republic by birth who is not younger than fifty years of age, has a higher education, "
            "is fluent in the state language, has resided in the Republic for the last fifteen years and has at least "
            "ten years of experience in the civil service or in elected public office may be elected President of the "
            "Republic.") == text(amended, "art_54")
    assert ("A candidate for President shall be supported by the signatures of not less than five per cent of the "
            "total number of voters, equally representing at least two thirds of the regions, the cities of "
            "republican significance and the capital.") == text(amended, "art_56__para_1")


def test_improving_bill_replaces_the_blanket_prisoner_ban_and_lowers_signatures(law: Law) -> None:
    draft, amended = amend(law, "bills/improve-compliance.md")
    assert (draft.unparsed, amended.problems) == ((), ())
    assert draft.effective is None  # "ten calendar days after … publication": recognised, no date
    assert ("Citizens recognised by a court as legally incapable by an individual decision, and persons serving a "
            "sentence of imprisonment for a grave or especially grave crime imposed by a court that has expressly "
            "deprived them of the right to vote, shall not take part in elections.") == text(amended, "art_4__para_3")
    assert ("A candidate for President shall be supported by the signatures of not more than one per cent of the "
            "total number of voters, collected in any part of the Republic.") == text(amended, "art_56__para_1")
    assert ("Political parties, and non-commercial organisations whose charter provides for the observation of "
            "elections, may send observers to election commissions.") == text(amended, "art_20__para_1")
    assert "Candidates for President may also be self-nominated." == text(amended, "art_55__para_2")
    assert amended.law.get("art_12__para_3").repealed
    assert amended.law.get("art_20__para_4").repealed
    assert ["1", "1-1", "2", "3"] == labels(amended, "art_86")


def test_reference_breaking_bill_repeals_articles_others_refer_to(law: Law) -> None:
    draft, amended = amend(law, "bills/break-reference.md")
    assert (draft.unparsed, amended.problems) == ((), ())
    for eid in ("art_11", "art_56", "art_10__para_4"):
        provision = amended.law.get(eid)
        assert provision.repealed and provision.children == () and provision.text == ""
        assert provision.note.startswith("[Repealed by the draft")
    # Article 20(3) still cites "paragraph 2 of Article 11", which no longer has any text: a dangling reference.
    assert "paragraph 2 of Article 11" in text(amended, "art_20__para_3")
    assert amended.law.get("art_11__para_2") is None
    assert ("Registration of a candidate is carried out by the Central Election Commission after the submission of a "
            "document confirming payment of the election deposit.") == text(amended, "art_59__para_1")


def test_toml_draft_applies_with_its_dates(law: Law) -> None:
    draft, amended = amend(law, "drafts/lower-voting-age.toml")
    assert (date(2026, 3, 1), date(2026, 9, 20)) == (draft.effective, draft.election)
    assert "examples/kz-elections.md" == draft.law
    assert ["a1", "a2", "a3", "a4"] == [op.id for op in draft.operations]
    assert amended.problems == ()
    assert text(amended, "art_4__para_1").startswith("Citizens of the Republic who have reached sixteen years of age")
    assert ("Candidates have the right to hold campaign events in public places after notifying the local executive "
            "body.") == text(amended, "art_27__para_2-1")
    assert ["1", "2", "2-1"] == labels(amended, "art_27")
    assert amended.law.get("art_28__para_1").repealed


def test_untouched_provisions_are_shared_with_the_original_law(law: Law) -> None:
    _, amended = amend(law, "bills/worsen-compliance.md")
    assert amended.law.get("art_7") is law.get("art_7")
    assert [p.eid for p in law.walk() if p.eid != "art_54"] == [
        p.eid for p in amended.law.walk() if p.eid not in ("art_20__para_1-1", "art_86__para_1-2", "art_54")]
