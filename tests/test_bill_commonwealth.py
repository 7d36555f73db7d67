"""Canadian, Australian and UK amending instructions: the forms the real acts in the corpus use."""

from __future__ import annotations

from pathlib import Path

import pytest

from compliance.amend import Amended, apply
from compliance.bill import parse_bill, read_draft
from compliance.lawtext import parse_law, read_law
from compliance.model import Law

DATA = Path(__file__).resolve().parent / "data"


@pytest.fixture(scope="module")
def act() -> Law:
    return read_law(DATA / "ca-mini-act.txt")


@pytest.fixture(scope="module")
def amended(act: Law) -> Amended:
    return apply(act, read_draft(DATA / "ca-mini-bill.txt"))


def test_canadian_bill_is_read_into_operations_in_order() -> None:
    draft = read_draft(DATA / "ca-mini-bill.txt")
    assert "An Act to amend the Canada Elections Act" == draft.title
    assert draft.unparsed == ()
    assert [
        ("replace", "the definition “candidate” in subsection 2(1)", ""),
        ("append", "subsection 2(1)", ""),
        ("repeal-words", "paragraph (b) of the definition “election documents” in subsection 2(1)", ""),
        ("replace", "paragraph (c) of the definition “election documents” in subsection 2(1)", ""),
        ("replace", "section 3", ""),
        ("repeal", "paragraph 4(c)", ""),
        ("insert-words", "paragraph 4(a)", ""),
        ("replace", "subsection 57(3)", ""),
        ("renumber", "subsection 57(6)", ""),
        ("replace-words", "section 57", ""),
        ("insert-after", "section 4", ""),
        ("repeal", "section 31", "Parliament of Canada Act"),
    ] == [(op.action, op.target, op.act) for op in draft.operations]
    assert "subsection 57(5)" == draft.operations[7].through
    assert ["conditional or coordinating amendment"] == [c.reason for c in draft.conditional]


def test_definitions_are_replaced_and_added_in_alphabetical_order(amended: Amended) -> None:
    get = amended.law.get
    assert ("candidate means a person whose nomination as a candidate at an election has been confirmed under "
            "subsection 71(1). (candidat)") == get("sec_2__subsec_1__def_candidate").text
    assert ["candidate", "election documents", "future elector", "polling day"] == [
        c.label for c in get("sec_2__subsec_1").children]
    assert "" == get("sec_2__subsec_1__def_future-elector").marker


def test_compound_sentence_strikes_a_conjunction_and_replaces_a_paragraph(amended: Amended) -> None:
    get = amended.law.get
    definition = "sec_2__subsec_1__def_election-documents"
    assert "the nomination papers;" == get(f"{definition}__para_b").text
    assert "the reserve supply of undistributed blank ballot papers; and" == get(f"{definition}__para_c").text
    assert "documents relating to the revision of the lists of electors." == get(f"{definition}__para_d").text
    assert ["a", "b", "c", "d"] == [c.label for c in get(definition).children]


def test_section_replaced_with_its_marginal_note(amended: Amended) -> None:
    section = amended.law.get("sec_3")
    assert "Persons qualified as electors" == section.heading
    assert ("Every person who is a Canadian citizen and who on polling day is 16 years of age or older is qualified as "
            "an elector.") == section.text


def test_paragraph_repealed_and_conjunction_added(amended: Amended) -> None:
    assert amended.law.get("sec_4__para_c").repealed
    assert "the Chief Electoral Officer; or" == amended.law.get("sec_4__para_a").text


def test_range_replaced_by_fewer_units_repeals_the_rest(amended: Amended) -> None:
    section = amended.law.get("sec_57")
    assert ["1", "2", "3", "3.1", "4", "5", "7"] == [c.label for c in section.children]
    assert "The writ shall fix polling day, which shall be a Monday." == amended.law.get("sec_57__subsec_3").text
    assert amended.law.get("sec_57__subsec_5").repealed
    assert {"sec_57__subsec_6": "sec_57__subsec_7"} == dict(amended.renamed)
    assert "A writ shall be issued by the Governor General." == amended.law.get("sec_57__subsec_1").text


def test_new_section_after_an_existing_one(amended: Amended) -> None:
    assert ["sec_2", "sec_3", "sec_4", "sec_4.1", "sec_57"] == [
        p.eid for p in amended.law.walk() if p.kind.value == "section"]
    assert "Right to vote" == amended.law.get("sec_4.1").heading


def test_operations_on_other_acts_are_recognised_not_applied(amended: Amended) -> None:
    assert (11,) == amended.skipped
    assert amended.problems == ()


def test_renumbered_as_a_subsection_then_added_to(act: Law) -> None:
    bill = ("Section 3 of the Act is renumbered as subsection 3(1) and is amended by adding the following:\n\n"
            "          (2) Subsection (1) does not apply to persons under guardianship.\n")
    result = apply(act, parse_bill(bill, act="Canada Elections Act"))
    assert result.problems == ()
    section = result.law.get("sec_3")
    assert ("", ["1", "2"]) == (section.text, [c.label for c in section.children])
    assert section.children[0].text.startswith("Every person who is a Canadian citizen")
    assert "subsection 3(2)" == result.law.get("sec_3__subsec_2").citation


def test_portion_before_a_paragraph_is_replaced(act: Law) -> None:
    bill = ("The portion of section 4 of the Act before paragraph (a) is replaced by the following:\n\n"
            "        Persons not entitled to vote\n"
            "        4 The following persons are not entitled to vote at a general election:\n")
    result = apply(act, parse_bill(bill))
    assert "The following persons are not entitled to vote at a general election:" == result.law.get("sec_4").text
    assert ["a", "b", "c"] == [c.label for c in result.law.get("sec_4").children]


def test_heading_before_a_section_is_replaced(act: Law) -> None:
    result = apply(act, parse_bill("The heading before section 3 of the Act is replaced by the following:\n\n"
                                   "        Qualification of Electors\n"))
    assert "Qualification of Electors" == result.law.get("sec_3").crossheading


AU_LAW = """Commonwealth Electoral Act 1918

Interpretation
4 (1) In this Act, unless the contrary intention appears:
  elector means any person whose name appears on a Roll.
  (2) A reference to a Roll is a reference to an electoral Roll.

Entitlement
93 (1) A person who has attained 18 years of age is entitled to enrolment.
  (2) Subject to subsections (4) and (5), electors are entitled to vote.
  (8) A person who is of unsound mind or is serving a sentence of 3 years or longer is not entitled to vote.
"""

AU_BILL = """Schedule 1—Main amendments

Commonwealth Electoral Act 1918

1 Subsection 4(1)

Insert:

  provisionally enrolled has the meaning given by subsection (1B).

2 After subsection 4(1)

Insert:

  (1A) For the purposes of this Act, a person is serving a sentence of imprisonment only if detained full-time.

3 Subsection 93(2)

Omit "(4) and (5)", substitute "(4), (5) and (8AA)".

4 Subsection 93(8)

Omit "3 years or longer", substitute "imprisonment".

5 At the end of subsection 93(1)

Add "(but see subsection (8))".

6 Subsection 93(1)

After "attained", insert "the age of".

7 Application of item 4

The amendment made by item 4 applies to sentences beginning after the commencement of this item.

8 Subsection 4(2)

Repeal the subsection.
"""


def test_australian_items_are_applied() -> None:
    law = parse_law(AU_LAW)
    draft = parse_bill(AU_BILL)
    assert draft.unparsed == ()
    assert ["append", "insert-after", "replace-words", "replace-words", "insert-words", "insert-words", "repeal"] == [
        op.action for op in draft.operations]
    result = apply(law, draft)
    assert result.problems == ()
    get = result.law.get
    assert ["1", "1A", "2"] == [c.label for c in get("sec_4").children]
    assert ["elector", "provisionally enrolled"] == [c.label for c in get("sec_4__subsec_1").children]
    assert "Subject to subsections (4), (5) and (8AA), electors are entitled to vote." == get("sec_93__subsec_2").text
    assert "A person who has attained the age of 18 years of age is entitled to enrolment (but see subsection (8))." \
        == get("sec_93__subsec_1").text
    assert "A person who is of unsound mind or is serving a sentence of imprisonment is not entitled to vote." == \
        get("sec_93__subsec_8").text
    assert get("sec_4__subsec_2").repealed


def test_uk_inline_forms_are_applied() -> None:
    law = parse_law(AU_LAW)
    bill = ("In section 93, in subsection (2), for “(4) and (5)” substitute “(4), (5) and (6)”.\n"
            "In section 93, in subsection (8), omit “of unsound mind or is”.\n"
            "In section 93, after subsection (2) insert—\n“(2A) Electors vote in person.”;\n")
    draft = parse_bill(bill)
    assert draft.unparsed == ()
    result = apply(law, draft)
    assert result.problems == ()
    assert "Subject to subsections (4), (5) and (6), electors are entitled to vote." == \
        result.law.get("sec_93__subsec_2").text
    assert "A person who is serving a sentence of 3 years or longer is not entitled to vote." == \
        result.law.get("sec_93__subsec_8").text
    assert "Electors vote in person." == result.law.get("sec_93__subsec_2A").text


def test_inserted_labels_follow_their_base_in_order(act: Law) -> None:
    bill = ("1 Section 4 of the Act is amended by adding the following after paragraph (a):\n\n"
            "            (a.1) the Deputy Chief Electoral Officer;\n\n"
            "2 The Act is amended by adding the following after section 57:\n\n"
            "        Fixed date\n        56.1 (1) Elections are held on the third Monday of October.\n"
            "          (2AA) The Governor General may choose another day.\n")
    result = apply(act, parse_bill(bill, act="Canada Elections Act"))
    assert result.problems == ()
    assert ["a", "a.1", "b", "c"] == [c.label for c in result.law.get("sec_4").children]
    assert "paragraph 4(a.1)" == result.law.get("sec_4__para_a.1").citation
    assert ["sec_2", "sec_3", "sec_4", "sec_56.1", "sec_57"] == [
        p.eid for p in result.law.walk() if p.kind.value == "section"]
    assert ["1", "2AA"] == [c.label for c in result.law.get("sec_56.1").children]


def test_an_absurdly_long_line_is_reported_not_parsed() -> None:
    draft = parse_bill("paragraph 1 of Article 4 shall be excluded " * 30_000)
    assert ["line too long to be an amending instruction"] == [u.reason for u in draft.unparsed]
