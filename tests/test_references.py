"""Cross-references are found in both numbering traditions and resolved the way drafters mean them."""

from __future__ import annotations

from pathlib import Path

import pytest

from compliance.lawtext import parse_law, read_law
from compliance.model import Law
from compliance.references import Reference, extract, own_text, references_in

DATA = Path(__file__).parent / "data"


@pytest.fixture(scope="module")
def kz(example_law_path: Path) -> Law:
    return read_law(example_law_path)


@pytest.fixture(scope="module")
def sample_act() -> Law:
    return read_law(DATA / "sample-act.txt")


@pytest.fixture(scope="module")
def nowhere() -> Law:
    return read_law(DATA / "nowhere-referendums.md")


def targets(law: Law, source: str) -> list[str | None]:
    return [r.target for r in references_in(law, law.get(source)) if r.scope == "internal"]


def refs_by_text(law: Law, text: str) -> list[Reference]:
    return [r for r in extract(law) if r.text == text]


# -- CIS ---------------------------------------------------------------------------


def test_article_cited_with_this_law_qualifier_resolves_to_the_article(kz: Law) -> None:
    [ref] = refs_by_text(kz, "Article 28 of this Constitutional Law")
    assert ("art_1__para_2", "art_28", "internal") == (ref.source, ref.target, ref.scope)


def test_paragraph_of_this_article_resolves_inside_the_citing_article(kz: Law) -> None:
    assert ["art_4__para_3"] == targets(kz, "art_4__para_4")
    assert ["art_10__para_4"] == targets(kz, "art_10__para_3")


def test_paragraph_of_another_article_is_read_inner_first(kz: Law) -> None:
    assert ["art_11__para_2"] == targets(kz, "art_20__para_3")


def test_article_range_with_to_names_every_article_in_it(kz: Law) -> None:
    assert ["art_54", "art_55", "art_56"] == targets(kz, "art_59__para_3")


def test_this_constitutional_law_is_a_reference_to_the_whole_law(kz: Law) -> None:
    refs = references_in(kz, kz.get("art_100"))
    assert [("law", None, "This Constitutional Law")] == [(r.scope, r.target, r.text) for r in refs]


def test_cis_hyphen_range_of_articles_is_a_range_not_a_label() -> None:
    law = parse_law(
        "Article 30. A\n1. Text.\n\nArticle 31. B\n1. Text.\n\nArticle 32. C\n1. Text.\n\n"
        "Article 33. D\n1. Text.\n\nArticle 34. E\n1. The rules of Articles 30-33 apply; see also Article 33-1.\n",
        path="<cis>",
    )
    assert ["art_30", "art_31", "art_32", "art_33", None] == targets(law, "art_34__para_1")


def test_reverse_nested_subparagraph_of_paragraph_of_article_resolves(nowhere: Law) -> None:
    refs = [r for r in references_in(nowhere, nowhere.get("art_10__para_1"))]
    assert ["art_12__para_2__point_1", "art_12__para_2__point_2", "art_12__para_2__point_3"] == \
        [r.target for r in refs]
    assert {"subparagraphs 1) - 3) of paragraph 2 of Article 12"} == {r.text for r in refs}


def test_sub_item_of_item_of_this_article_resolves_inside_the_article(nowhere: Law) -> None:
    assert ["art_12__para_2__point_2"] == targets(nowhere, "art_12__para_3")


def test_the_present_article_and_this_article_name_the_citing_article() -> None:
    law = parse_law("Article 5. Scope\n1. The present Article applies to all.\n2. This Article ends here.\n",
                    path="<cis>")
    assert ["art_5"] == targets(law, "art_5__para_1")
    assert ["art_5"] == targets(law, "art_5__para_2")


def test_comma_list_of_articles_closed_by_a_qualifier_is_one_list(nowhere: Law) -> None:
    assert ["art_11", "art_12"] == targets(nowhere, "art_10__para_2")


def test_bare_paragraph_in_a_cis_law_is_a_paragraph_of_the_same_article() -> None:
    law = parse_law("Article 7. Terms\n1. The term is five years.\n2. The term in paragraph 1 may not be extended.\n",
                    path="<cis>")
    assert ["art_7__para_1"] == targets(law, "art_7__para_2")


def test_cis_reference_to_another_code_is_external(nowhere: Law) -> None:
    [ext] = [r for r in references_in(nowhere, nowhere.get("art_13")) if r.scope == "external"]
    assert ("Civil Procedure Code", None) == (ext.external, ext.target)


# -- Commonwealth -------------------------------------------------------------------------


def test_bare_subsection_is_a_subsection_of_the_same_section(sample_act: Law) -> None:
    assert ["sec_5__subsec_3"] == targets(sample_act, "sec_5__subsec_2")
    assert ["sec_7__subsec_1"] == targets(sample_act, "sec_7__subsec_2")


def test_bare_paragraph_is_the_nearest_paragraph_going_up(sample_act: Law) -> None:
    assert ["sec_5__subsec_4__para_a"] == targets(sample_act, "sec_5__subsec_4__para_b")


def test_relative_compound_paragraph_starts_from_the_citing_section(sample_act: Law) -> None:
    assert ["sec_5__subsec_4__para_b"] == targets(sample_act, "sec_5__subsec_3")


def test_section_and_subsection_ranges_expand_to_every_provision_in_them(sample_act: Law) -> None:
    refs = references_in(sample_act, sample_act.get("sec_6"))
    assert ["sec_3", "sec_4", "sec_5"] == [r.target for r in refs if r.text == "sections 3 to 5"]
    assert ["sec_5__subsec_2", "sec_5__subsec_3", "sec_5__subsec_4"] == \
        [r.target for r in refs if r.text == "subsections 5(2) to (4)"]


def test_bracketed_item_after_a_compact_citation_shares_its_section(sample_act: Law) -> None:
    refs = refs_by_text(sample_act, "paragraphs 5(4)(a) and (b)")
    assert ["sec_5__subsec_4__para_a", "sec_5__subsec_4__para_b"] == [r.target for r in refs]


def test_provisions_strictly_inside_a_range_are_marked(sample_act: Law) -> None:
    refs = refs_by_text(sample_act, "sections 3 to 5")
    assert [False, True, False] == [r.within_range for r in refs]


def test_subsection_of_another_act_is_external_never_dangling(sample_act: Law) -> None:
    [ref] = refs_by_text(sample_act, "subsection 2(1) of the Broadcasting Act")
    assert ("external", None, "Broadcasting Act") == (ref.scope, ref.target, ref.external)
    assert ref.resolved


def test_constitution_act_with_year_and_named_act_are_external(sample_act: Law) -> None:
    refs = references_in(sample_act, sample_act.get("sec_7__subsec_2"))
    external = [(r.external, r.cited) for r in refs if r.scope == "external"]
    assert [("Constitution Act, 1867", "Section 51"), ("Income Tax Act", "Income Tax Act")] == external


def test_own_short_title_is_the_law_itself(sample_act: Law) -> None:
    refs = references_in(sample_act, sample_act.get("sec_1"))
    assert ["law", "law"] == [r.scope for r in refs]


def test_new_zealand_style_act_with_year_is_external() -> None:
    law = parse_law("1 Scope\n(1) Section 7 of the Crown Entities Act 2004 applies, and section 2 applies.\n"
                    "2 Application\nThis section applies.\n", path="<nz>")
    refs = references_in(law, law.get("sec_1__subsec_1"))
    assert [("external", "Crown Entities Act 2004"), ("internal", "")] == [(r.scope, r.external) for r in refs]
    assert "sec_2" == refs[1].target


def test_this_part_resolves_to_the_enclosing_part(sample_act: Law) -> None:
    refs = references_in(sample_act, sample_act.get("sec_7__subsec_1"))
    assert [("section 9", None), ("this Part", "part_2")] == [(r.cited, r.target) for r in refs]


def test_absolute_part_reference_resolves_to_the_part(sample_act: Law) -> None:
    assert ["sec_8", "part_1"] == targets(sample_act, "sec_8.1")


def test_definition_cites_the_section_it_relies_on(sample_act: Law) -> None:
    assert ["sec_5__subsec_2"] == targets(sample_act, "sec_2__subsec_1__def_polling-day")


def test_definition_named_in_another_provision_resolves_to_the_definition() -> None:
    law = parse_law(
        "2 (1) The following definitions apply in this Act.\n"
        "  elector means a person qualified under section 3.\n"
        "  polling day means the day fixed by proclamation.\n"
        "3 For the definition polling day in subsection 2(1), a day is a calendar day.\n",
        path="<defs>",
    )
    [ref] = references_in(law, law.get("sec_3"))
    assert "sec_2__subsec_1__def_polling-day" == ref.target


def test_division_without_part_is_a_division_of_the_citing_part() -> None:
    law = parse_law(
        "PART 1 First\nDivision 1 A\n1 Text.\nDivision 2 B\n2 Text.\n"
        "PART 2 Second\nDivision 1 C\n3 This Division and Division 2 apply, as does Division 1 of Part 1.\n"
        "Division 2 D\n4 Text.\n",
        path="<divs>",
    )
    assert ["part_2__dvs_1", "part_2__dvs_2", "part_1__dvs_1"] == targets(law, "sec_3")


def test_reference_to_nothing_is_internal_and_unresolved(sample_act: Law) -> None:
    [ref] = refs_by_text(sample_act, "section 9")
    assert ("internal", None, False) == (ref.scope, ref.target, ref.resolved)


# -- spans and safety ---------------------------------------------------------------------


def test_every_span_indexes_the_matched_words_in_the_citing_provision(sample_act: Law, kz: Law) -> None:
    for law in (sample_act, kz):
        for ref in extract(law):
            text = own_text(law.get(ref.source))
            assert ref.text == text[ref.span[0]:ref.span[1]]


def test_spans_in_a_tail_count_from_the_text_before_it() -> None:
    law = parse_law("Duties\n5 (1) The officer shall\n    (a) act; and\n    (b) report,\n  as required by section 6.\n"
                    "6 Text.\n", path="<tail>")
    provision = law.get("sec_5__subsec_1")
    assert provision.tail
    [ref] = references_in(law, provision)
    assert "sec_6" == ref.target
    assert "section 6" == own_text(provision)[ref.span[0]:ref.span[1]]


def test_a_megabyte_of_adversarial_citation_text_is_scanned() -> None:
    """Bounded patterns: long runs of near-citations neither hang nor crash the scanner."""
    junk = ("the Aaa Bbb of Ccc and " * 32000) + ("subsection ((((" * 15000) + ("sections 1, 2 to " * 3000)
    law = parse_law(f"1 Junk: {junk}\n2 Text.\n", path="<junk>")
    refs = references_in(law, law.get("sec_1"))
    assert len(junk) > 1_000_000
    assert refs and all(r.scope in ("internal", "external", "law") for r in refs)


DEFINITIONS = (
    "2 (1) The following definitions apply in this Act.\n"
    "  election advertising means a message that\n"
    "    (a) promotes a party; or\n"
    "    (b) opposes a party.\n"
    "  partisan advertising means a message sent before an election.\n"
    "  (2) For the purposes of the definitions election advertising and partisan advertising, a message "
    "includes a link.\n"
    "3 A message described in paragraph (b) of the definition election advertising in subsection 2(1) "
    "is also one under paragraph (a) of the definition election advertising.\n"
)


def test_several_definitions_named_together_each_get_a_reference() -> None:
    law = parse_law(DEFINITIONS, path="<defs>")
    assert ["sec_2__subsec_1__def_election-advertising", "sec_2__subsec_1__def_partisan-advertising"] == \
        targets(law, "sec_2__subsec_2")


def test_paragraph_of_a_named_definition_resolves_inside_the_definition() -> None:
    law = parse_law(DEFINITIONS, path="<defs>")
    assert ["sec_2__subsec_1__def_election-advertising__para_b",
            "sec_2__subsec_1__def_election-advertising__para_a"] == targets(law, "sec_3")


def test_unknown_term_after_the_definition_is_not_a_reference() -> None:
    law = parse_law("2 For the definition of sentence, see subsection 3(1).\n3 (1) Text.\n", path="<defs>")
    assert ["sec_3__subsec_1"] == targets(law, "sec_2")


def test_lower_case_part_of_an_article_in_a_cis_law_is_its_numbered_paragraph() -> None:
    law = parse_law("Article 12. Grounds\n1. Text.\n2. Text.\n\nArticle 13. Appeals\n"
                    "1. The grounds in part 2 of Article 12 and Part 1 apply.\n", path="<cis>")
    assert ["art_12__para_2", None] == targets(law, "art_13__para_1")


def test_lower_case_part_in_a_commonwealth_law_is_not_a_citation() -> None:
    law = parse_law("1 Scope\n(1) The first part 2 of the form is filled in, under section 2.\n2 Text.\n", path="<c>")
    assert ["sec_2"] == targets(law, "sec_1__subsec_1")
