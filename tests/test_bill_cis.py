"""CIS-style amending instructions, in the phrasings translators use, applied to a law the examples never touch."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

from compliance.amend import apply
from compliance.bill import parse_bill, read_draft
from compliance.lawtext import read_law
from compliance.model import Law

DATA = Path(__file__).resolve().parent / "data"


@pytest.fixture(scope="module")
def law() -> Law:
    return read_law(DATA / "local-councils-law.md")


def amended_text(law: Law, bill: str, eid: str) -> str:
    draft = parse_bill(bill)
    assert draft.unparsed == (), draft.unparsed
    result = apply(law, draft)
    assert result.problems == (), result.problems
    provision = result.law.get(eid)
    assert provision is not None, f"{eid} not in the amended law"
    return "[repealed]" if provision.repealed else provision.text


PHRASINGS = [
    ('1) paragraph 2 of Article 3 shall be stated in the following wording: "2. A candidate shall have resided in the '
     'municipality for at least one year.";',
     "art_3__para_2", "A candidate shall have resided in the municipality for at least one year."),
    ("Paragraph 2 of Article 3 shall be worded as follows:\n\"2. A candidate shall reside in the municipality.\";",
     "art_3__para_2", "A candidate shall reside in the municipality."),
    ("paragraph 2 of Article 3 should be read as follows:\n‘2. A candidate shall reside in the municipality.’;",
     "art_3__para_2", "A candidate shall reside in the municipality."),
    ("paragraph 2 of Article 3 shall be set out in the following wording: «2. A candidate shall reside there.»;",
     "art_3__para_2", "A candidate shall reside there."),
    ("to state paragraph 2 of Article 5 in the following edition:\n„2. One per cent of the voters.“;",
     "art_5__para_2", "One per cent of the voters."),
    ('Article 4, paragraph 4 shall read as follows: "4. The commission takes decisions by two thirds of its members.";',
     "art_4__para_4", "The commission takes decisions by two thirds of its members."),
    ('paragraph 2 of Article 8 is amended to read as follows: "2. The court decides within five days.";',
     "art_8__para_2", "The court decides within five days."),
    ('Article 5 shall be supplemented with paragraph 3 of the following content: "3. Independent candidates may be '
     'nominated.";', "art_5__para_3", "Independent candidates may be nominated."),
    ('Article 3 shall be supplemented by paragraph 3 as follows: "Judges may not stand.";',
     "art_3__para_3", "Judges may not stand."),
    ('Article 2 after paragraph 1 shall be supplemented by paragraph 1-1 as follows: "1-1. Residents vote.";',
     "art_2__para_1-1", "Residents vote."),
    ('paragraph 3 of Article 4 shall be supplemented with subparagraph 4) as follows:\n"4) members of the council.";',
     "art_4__para_3__point_4", "members of the council."),
    ("subparagraph 2) of paragraph 3 of Article 4 shall be excluded;", "art_4__para_3__point_2", "[repealed]"),
    ("paragraph 2 of Article 5 should be deleted;", "art_5__para_2", "[repealed]"),
    ("to exclude paragraph 2 of Article 8;", "art_8__para_2", "[repealed]"),
    ("paragraph 1 of Article 6 shall be declared invalid;", "art_6__para_1", "[repealed]"),
    ("Article 6 shall be repealed.", "art_6", "[repealed]"),
    ('in subparagraph 3) of paragraph 3 of Article 4 the word "incapable" shall be replaced with the words "incapable '
     'by an individual decision";', "art_4__para_3__point_3",
     "persons recognised by a court as incapable by an individual decision."),
    ('In Article 4 paragraph 2, replace the words "seven members" with the words "nine members";',
     "art_4__para_2", "A municipal commission consists of nine members appointed by the council."),
    ('in paragraph 1 of Article 8 the words "to a court" and "within two days" shall be excluded;',
     "art_8__para_1", "Decisions of commissions may be appealed."),
    ('in paragraph 2 of Article 6 the words from "from eight" to "evening" shall be replaced by the words "from seven '
     'in the morning to ten in the evening";', "art_6__para_2",
     "Voting takes place from seven in the morning to ten in the evening."),
    ('in paragraph 1 of Article 2 after the words "eighteen years of age" shall be supplemented by the words "on '
     'election day";', "art_2__para_1",
     "Citizens who have reached eighteen years of age on election day and reside in the municipality have the right "
     "to vote."),
    ('paragraph 1 of Article 5 after the word "parties" shall be supplemented with the words ", electoral blocs";',
     "art_5__para_1", "Candidates are nominated by political parties, electoral blocs and by groups of voters."),
    ('paragraph 1 of Article 6 shall be supplemented by the sentence of the following content: "The ballot shall be '
     'cast in a booth.";', "art_6__para_1", "Voting is secret. The ballot shall be cast in a booth."),
    ('Paragraph 2 of Article 7 shall be supplemented with the words ", including international observers".',
     "art_7__para_2", "Observers may be present during the counting of votes, including international observers."),
    ('in the first sentence of paragraph 1 of Article 7 the word "immediately" shall be deleted;',
     "art_7__para_1", "Votes are counted at the polling station after the end of voting."),
    ('in Article 7 the words "of votes" shall be replaced by the words "of ballots" wherever they occur;',
     "art_7__para_2", "Observers may be present during the counting of ballots."),
    ("in Article 5: paragraph 2 shall be excluded;", "art_5__para_2", "[repealed]"),
    ('Article 9 shall be worded in a new edition: "Article 9. Entry into force\nThis Law enters into force on 1 '
     'January 2028.";', "art_9", "This Law enters into force on 1 January 2028."),
]


@pytest.mark.parametrize(("bill", "eid", "expected"), PHRASINGS, ids=[p[1] + ":" + p[0][:30] for p in PHRASINGS])
def test_cis_phrasing_is_applied(law: Law, bill: str, eid: str, expected: str) -> None:
    assert expected == amended_text(law, bill, eid)


def test_group_header_scopes_unnumbered_sub_instructions(law: Law) -> None:
    bill = (
        "4) in Article 4:\n"
        "subparagraph 2) of paragraph 3 shall be excluded;\n"
        'in paragraph 2 the word "seven" shall be replaced by the word "nine";\n'
        "in paragraph 3:\n"
        "subparagraph 3) shall be excluded;\n"
        "paragraph 4 shall be excluded;\n"
        "5) paragraph 1 of Article 8 shall be excluded;\n"
    )
    draft = parse_bill(bill)
    assert [("repeal", "Article 4(3)(2)"), ("replace-words", "Article 4(2)"), ("repeal", "Article 4(3)(3)"),
            ("repeal", "Article 4(4)"), ("repeal", "Article 8(1)")] == [(o.action, o.target) for o in draft.operations]


def test_reverse_nested_citation_reaches_the_subparagraph(law: Law) -> None:
    assert "[repealed]" == amended_text(law, "subparagraph 1) of paragraph 3 of Article 4 shall be excluded;",
                                        "art_4__para_3__point_1")


def test_renumbering_respectively_does_not_collide_midway(law: Law) -> None:
    draft = parse_bill("paragraphs 1 and 2 of Article 8 shall be considered respectively paragraphs 2 and 3;")
    result = apply(law, draft)
    assert result.problems == ()
    assert {"art_8__para_1": "art_8__para_2", "art_8__para_2": "art_8__para_3"} == dict(result.renamed)
    assert ["2", "3"] == [c.label for c in result.law.get("art_8").children]
    assert "The court decides within three days." == result.law.get("art_8__para_3").text


def test_new_article_is_placed_after_its_predecessor_in_the_right_chapter(law: Law) -> None:
    bill = ('The Law shall be supplemented with Article 8-1 as follows:\n"Article 8-1. Publication of results\n'
            '1. The results of elections are published within three days.\n2. Protocols are published.";')
    result = apply(law, parse_bill(bill))
    chapter = result.law.get("chp_2")
    assert ["5", "6", "7", "8", "8-1", "9"] == [c.label for c in chapter.children]
    assert "Publication of results" == result.law.get("art_8-1").heading
    assert ["art_8-1__para_1", "art_8-1__para_2"] == [c.eid for c in result.law.get("art_8-1").children]


def test_heading_of_an_article_can_be_amended(law: Law) -> None:
    bill = 'in the heading of Article 8 the word "Appeals" shall be replaced by the words "Appeals and complaints";'
    result = apply(law, parse_bill(bill))
    assert "Appeals and complaints" == result.law.get("art_8").heading


def test_a_part_that_does_not_exist_is_a_problem_not_a_crash(law: Law) -> None:
    result = apply(law, parse_bill("the second part of paragraph 1 of Article 1 shall be excluded;"))
    assert ["missing-target"] == [p.kind for p in result.problems]
    assert "integrity.dangling-reference" == result.problems[0].topic


def test_unseen_bill_in_several_phrasings_is_applied_completely(law: Law) -> None:
    draft = read_draft(DATA / "local-councils-bill.txt")
    assert (draft.unparsed, draft.conditional) == ((), ())
    assert date(2028, 1, 1) == draft.effective
    assert 'On amendments to the Law of the Republic of Testland "On Elections to Local Councils"' == draft.title
    result = apply(law, draft)
    assert result.problems == ()
    get = result.law.get
    assert "Citizens who have reached sixteen years of age and reside in the municipality have the right to vote." \
        == get("art_2__para_1").text
    assert "Citizens deprived of legal capacity by an individual court decision shall not vote." == \
        get("art_2__para_2").text
    assert ["1", "1-1", "2"] == [c.label for c in get("art_2").children]
    assert get("art_4__para_3__point_2").repealed
    assert "members of the council." == get("art_4__para_3__point_4").text
    assert "A municipal commission consists of nine members appointed by the council." == get("art_4__para_2").text
    assert get("art_6").repealed
    assert "A group of voters shall collect the signatures of one per cent of the voters of the district." == \
        get("art_5__para_2").text
    assert "Decisions of commissions may be appealed to a court." == get("art_8__para_1").text
    assert "8-1" in [c.label for c in get("chp_2").children]


def test_conditional_amendment_is_recognised_and_not_applied(law: Law) -> None:
    draft = parse_bill('1) Article 6 shall be excluded;\n'
                       '2) If the Law "On Courts" enters into force before 1 January 2028, paragraph 2 of Article 8 '
                       'shall be excluded;\n')
    assert [("repeal", "Article 6")] == [(o.action, o.target) for o in draft.operations]
    assert [(2, "conditional or coordinating amendment")] == [(c.line, c.reason) for c in draft.conditional]
    assert not apply(law, draft).law.get("art_8__para_2").repealed


def test_range_of_articles_is_repealed(law: Law) -> None:
    result = apply(law, parse_bill("Articles 5 to 7 shall be excluded;"))
    assert [True, True, True, False] == [result.law.get(f"art_{n}").repealed for n in (5, 6, 7, 8)]


def test_heading_of_an_article_is_replaced(law: Law) -> None:
    result = apply(law, parse_bill('the heading of Article 8 shall be worded as follows: "Article 8. Complaints";'))
    assert "Complaints" == result.law.get("art_8").heading
    assert ["1", "2"] == [c.label for c in result.law.get("art_8").children]


def test_unreadable_instruction_is_listed_with_its_line_not_dropped() -> None:
    draft = parse_bill("Article 1. The following amendments shall be made to the Law:\n\n"
                       "1) paragraph 1 of Article 2 shall be excluded;\n"
                       "2) the provisions on observers shall be replaced somehow;\n")
    assert [("repeal", "Article 2(1)")] == [(o.action, o.target) for o in draft.operations]
    assert [4] == [u.line for u in draft.unparsed]


def test_framing_an_article_scopes_the_lettered_instructions_below_it() -> None:
    draft = parse_bill("1) Article 4 shall be amended as follows:\n"
                       "a) paragraph 3 shall be excluded;\n"
                       "b) paragraph 4 shall be excluded;\n"
                       "2) In Article 8 the following amendments shall be made:\n"
                       "paragraph 2 shall be excluded;\n"
                       "Article 12:\n"
                       "paragraph 1 shall be excluded;\n")
    assert draft.unparsed == ()
    assert ["Article 4(3)", "Article 4(4)", "Article 8(2)", "Article 12(1)"] == [o.target for o in draft.operations]
