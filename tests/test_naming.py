"""eIds and citations are built the same way for every provision (ARCHITECTURE §3 contract)."""

from __future__ import annotations

import pytest

from compliance.model import Kind, Tradition
from compliance.naming import PREFIX_KIND, eid_component, format_citation, slug

CIS, COMMONWEALTH = Tradition.CIS, Tradition.COMMONWEALTH


@pytest.mark.parametrize(
    ("kind", "label", "tradition", "component"),
    [
        (Kind.ARTICLE, "20-1", CIS, "art_20-1"),
        (Kind.PARAGRAPH, "3", CIS, "para_3"),
        (Kind.SUBPARAGRAPH, "2", CIS, "point_2"),
        (Kind.SECTION, "143", COMMONWEALTH, "sec_143"),
        (Kind.SUBSECTION, "3.1", COMMONWEALTH, "subsec_3.1"),
        (Kind.SUBPARAGRAPH, "ii", COMMONWEALTH, "subpara_ii"),
        (Kind.CLAUSE, "A", COMMONWEALTH, "clause_A"),
        (Kind.DEFINITION, "polling day", COMMONWEALTH, "def_polling-day"),
        (Kind.PART, "II", COMMONWEALTH, "part_II"),
        (Kind.DIVISION, "1", COMMONWEALTH, "dvs_1"),
        (Kind.SCHEDULE, "4", COMMONWEALTH, "sched_4"),
        (Kind.ATTACHMENT, "1", COMMONWEALTH, "att_1"),
    ],
)
def test_eid_components_use_akoma_ntoso_prefixes(kind: Kind, label: str, tradition: Tradition, component: str) -> None:
    assert component == eid_component(kind, label, tradition)


def test_every_prefix_reads_back_to_its_kind() -> None:
    assert Kind.SUBPARAGRAPH == PREFIX_KIND["point"]
    assert {"art", "sec", "subsec", "para", "subpara", "clause", "def", "part", "chp", "dvs", "sched", "att"} <= set(
        PREFIX_KIND)


def test_definition_terms_become_readable_slugs() -> None:
    assert ["register-of-electors", "polling-day", "избиратель", "a-b", "term"] == [
        slug(t) for t in ["Register of Electors", "“polling day”", "Избиратель", "a_b", "()"]]


@pytest.mark.parametrize(
    ("path", "tradition", "citation"),
    [
        ([(Kind.ARTICLE, "20-1"), (Kind.PARAGRAPH, "3")], CIS, "Article 20-1(3)"),
        ([(Kind.CHAPTER, "2"), (Kind.ARTICLE, "4")], CIS, "Article 4"),
        ([(Kind.SECTION, "3")], COMMONWEALTH, "section 3"),
        ([(Kind.SECTION, "143"), (Kind.SUBSECTION, "3.1")], COMMONWEALTH, "subsection 143(3.1)"),
        ([(Kind.SECTION, "161"), (Kind.SUBSECTION, "1"), (Kind.PARAGRAPH, "a")], COMMONWEALTH, "paragraph 161(1)(a)"),
        ([(Kind.SCHEDULE, "4"), (Kind.SECTION, "14")], COMMONWEALTH, "section 14 of Schedule 4"),
        ([(Kind.SECTION, "2"), (Kind.SUBSECTION, "1"), (Kind.DEFINITION, "polling day")], COMMONWEALTH,
         "the definition “polling day” in subsection 2(1)"),
        ([(Kind.SECTION, "2"), (Kind.SUBSECTION, "1"), (Kind.DEFINITION, "capital asset"), (Kind.PARAGRAPH, "a")],
         COMMONWEALTH, "paragraph (a) of the definition “capital asset” in subsection 2(1)"),
        ([(Kind.PART, "16.1"), (Kind.DIVISION, "1")], COMMONWEALTH, "Division 1 of Part 16.1"),
        ([(Kind.PART, "18"), (Kind.DIVISION, "2"), (Kind.SUBDIVISION, "A")], COMMONWEALTH,
         "Subdivision A of Division 2 of Part 18"),
        ([(Kind.PART, "6AA")], COMMONWEALTH, "Part 6AA"),
    ],
)
def test_citations_follow_the_laws_own_style(path: list, tradition: Tradition, citation: str) -> None:
    assert citation == format_citation(path, tradition)


def test_citation_of_an_appended_instruments_section_names_the_instrument() -> None:
    citation = format_citation([(Kind.ATTACHMENT, "1"), (Kind.SECTION, "17")], COMMONWEALTH,
                               attachment="Electoral Amendment Act 2009")
    assert "section 17 of the Electoral Amendment Act 2009" == citation
