"""Article-based (CIS-style) laws: the bundled example, inserted numbers, containers and Markdown."""

from __future__ import annotations

from pathlib import Path

import pytest

from compliance.errors import LawTextError
from compliance.lawtext import parse_law, read_law
from compliance.model import Kind, Tradition


def eids(text: str) -> list[str]:
    return [p.eid for p in parse_law(text).walk()]


# -- the bundled example --------------------------------------------------------

EXAMPLE_ARTICLES = ["1", "2", "3", "4", "5", "6", "7", "10", "11", "12", "20", "20-1", "27", "28", "54", "55", "56",
                    "59", "86", "89", "90", "100"]


def test_example_law_has_every_article_in_its_chapter(example_law_path: Path) -> None:
    law = read_law(example_law_path)
    assert Tradition.CIS == law.tradition
    assert 'Constitutional Law of the Republic of Examplestan "On Elections"' == law.title
    chapters = [p for p in law.body if p.kind is Kind.CHAPTER]
    assert ["1", "2", "3", "4", "5", "6", "7"] == [c.label for c in chapters]
    articles = [p.label for p in law.walk() if p.kind is Kind.ARTICLE]
    assert EXAMPLE_ARTICLES == articles
    assert ["20", "20-1"] == [a.label for a in chapters[2].children]
    assert "Illustrative text written for the Suffrage project" in law.preamble


def test_example_law_eids_follow_the_contract(example_law_path: Path) -> None:
    law = read_law(example_law_path)
    expected = {
        "chp_3": "Chapter 3",
        "art_20-1": "Article 20-1",
        "art_20-1__para_2": "Article 20-1(2)",
        "art_10__para_4__point_2": "Article 10(4)(2)",
        "art_86__para_1-1": "Article 86(1-1)",
        "art_54": "Article 54",
    }
    assert expected == {eid: law.get(eid).citation for eid in expected}
    assert Kind.SUBPARAGRAPH == law.get("art_10__para_4__point_2").kind
    assert "International observers" == law.get("art_20-1").heading
    assert law.get("art_54").text.startswith("A citizen of the Republic by birth")
    assert () == law.get("art_54").children


def test_example_law_keeps_every_paragraph_text(example_law_path: Path) -> None:
    law = read_law(example_law_path)
    paragraph = law.get("art_12__para_3")
    assert paragraph.text.endswith("are final and shall not be subject to appeal.")
    assert (71, 71) == (paragraph.line, paragraph.end_line)
    assert ["1", "2", "3", "4"] == [c.label for c in law.get("art_10__para_4").children]
    assert 76 == law.provision_count


# -- numbering ------------------------------------------------------------------


def test_inserted_articles_and_paragraphs_keep_their_labels() -> None:
    text = "Article 20. Observers\n1. One.\n1-1. Inserted.\n2. Two:\n1) first;\n2-1) inserted;\n3) last.\n" \
           "Article 20-1. International observers\n1. Text."
    assert ["art_20", "art_20__para_1", "art_20__para_1-1", "art_20__para_2", "art_20__para_2__point_1",
            "art_20__para_2__point_2-1", "art_20__para_2__point_3", "art_20-1", "art_20-1__para_1"] == eids(text)


def test_decimal_article_numbers_are_labels_not_paragraphs() -> None:
    """Bosnia's "Article 8.1." is one label; its "1." is the first paragraph, not a duplicate."""
    law = parse_law("Article 8.1. Election of the Presidency\n1. One.\n2. Two.")
    assert ["art_8.1", "art_8.1__para_1", "art_8.1__para_2"] == [p.eid for p in law.walk()]
    assert "Election of the Presidency" == law.get("art_8.1").heading


def test_numbered_items_directly_under_an_article_are_subparagraphs() -> None:
    law = parse_law("Article 3. Restrictions\nThe following persons shall not vote:\n1) detainees;\n2) others.")
    assert ["art_3__point_1", "art_3__point_2"] == [c.eid for c in law.get("art_3").children]
    assert Kind.SUBPARAGRAPH == law.get("art_3__point_1").kind
    assert "The following persons shall not vote:" == law.get("art_3").text


def test_letters_under_a_paragraph_are_its_subparagraphs() -> None:
    law = parse_law("Article 86. Threshold\n1. The threshold is:\na) six per cent for parties;\nb) three per cent.")
    assert ["a", "b"] == [c.label for c in law.get("art_86__para_1").children]
    assert "Article 86(1)(a)" == law.get("art_86__para_1__point_a").citation


def test_sentence_after_a_list_closes_the_list() -> None:
    law = parse_law("Article 5. Voting\n1. Voters may vote:\n1) in person;\n2) by post.\nVoting is secret.\n2. Two.")
    assert "Voting is secret." == law.get("art_5__para_1").tail
    assert "by post." == law.get("art_5__para_1__point_2").text


def test_article_heading_on_its_own_line_is_the_heading() -> None:
    law = parse_law("Article 4\nUniversal suffrage\n1. Citizens vote.\n\nArticle 5.\n\nEqual suffrage\n\n1. One vote.")
    assert ["Universal suffrage", "Equal suffrage"] == [p.heading for p in law.body]
    assert ["art_4", "art_4__para_1", "art_5", "art_5__para_1"] == [p.eid for p in law.walk()]


def test_references_to_articles_are_not_articles() -> None:
    law = parse_law("Article 3. Scope\n1. Rights under\nArticle 4 of this Law apply.\nArticle 4(3) applies too.")
    assert ["art_3", "art_3__para_1"] == [p.eid for p in law.walk()]
    assert "Article 4 of this Law apply." in law.get("art_3__para_1").text


def test_footnotes_are_notes_of_the_article() -> None:
    law = parse_law("Article 4. Suffrage\n1. Citizens vote.\nFootnote. Article 4 as amended by Law No 5 of 2020.")
    assert ("Footnote. Article 4 as amended by Law No 5 of 2020.",) == law.get("art_4").history
    assert "Citizens vote." == law.get("art_4__para_1").text


def test_repealed_article_is_reported_as_repealed() -> None:
    law = parse_law("Article 8. Old rule\n[Repealed by Law No 12 of 2019]\nArticle 9. Rule\n1. Text.")
    assert law.get("art_8").repealed
    assert "[Repealed by Law No 12 of 2019]" == law.get("art_8").note


def test_mixed_articles_and_word_sections_both_become_units() -> None:
    """Austrian style: an Article with "1." beside "Section 22." with "(1)"."""
    text = "Article 26. Electoral right\n1. The people elect.\n\nSection 22. Exclusion\n(1) Convicted persons.\n(2) Ends."
    assert ["art_26", "art_26__para_1", "sec_22", "sec_22__subsec_1", "sec_22__subsec_2"] == eids(text)


# -- containers and Markdown ------------------------------------------------------------


CODE = """# Electoral Code of Testland

> Unofficial translation.

## SECTION I. GENERAL PART

### CHAPTER 1. GENERAL PROVISIONS

**Article 1. Basic principles**

1. Elections are free.
2. Voting is secret:
   1) no one may control the vote;
   2) ballots are anonymous.

**Article 1-1.** Observers

- 1. Observers may attend.
- 2. Observers may not film.

### Chapter 2. Commissions

#### Article 2 — Composition

1\\. The Commission has 15 members.

## SECTION II. SPECIAL PART

### Chapter 3. Voting

**Article 3.**

**Right to vote**

1. Every citizen aged 18 may vote.
"""


def test_markdown_code_with_sections_and_chapters() -> None:
    law = parse_law(CODE, path="code.md")
    assert "Electoral Code of Testland" == law.title
    outline = [(p.eid, p.heading) for p in law.walk() if p.is_container or p.kind is Kind.ARTICLE]
    assert [
        ("part_I", "GENERAL PART"), ("part_I__chp_1", "GENERAL PROVISIONS"), ("art_1", "Basic principles"),
        ("art_1-1", "Observers"), ("part_I__chp_2", "Commissions"), ("art_2", "Composition"),
        ("part_II", "SPECIAL PART"), ("part_II__chp_3", "Voting"), ("art_3", "Right to vote"),
    ] == outline
    assert "Section I" == law.get("part_I").citation
    assert ["1", "2"] == [c.label for c in law.get("art_1__para_2").children]
    assert ["1", "2"] == [c.label for c in law.get("art_1-1").children]
    assert "The Commission has 15 members." == law.get("art_2__para_1").text


def test_text_without_provisions_is_a_law_text_error() -> None:
    with pytest.raises(LawTextError, match="no recognisable provisions") as caught:
        parse_law("This is a letter about elections.\nIt has no articles or sections.", path="letter.txt")
    assert "letter.txt" == caught.value.where


def test_a_law_pasted_with_indentation_still_parses() -> None:
    law = parse_law("  Article 1. Scope\n  1. One.\n  2. Two:\n    1) a;\n    2) b.")
    assert ["art_1", "art_1__para_1", "art_1__para_2", "art_1__para_2__point_1", "art_1__para_2__point_2"] == [
        p.eid for p in law.walk()]
