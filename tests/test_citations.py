"""Citations in either tradition parse to a path and resolve to the provision they name."""

from __future__ import annotations

from pathlib import Path

import pytest

from compliance.citations import CitationPath, Step, find, parse_citation, resolve
from compliance.errors import CitationError
from compliance.lawtext import parse_law, read_law
from compliance.model import Kind


def steps(text: str) -> list[tuple[str, str | None]]:
    return [(s.label, s.kind.value if s.kind else None) for s in parse_citation(text).steps]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Article 20-1(3)", [("20-1", "article"), ("3", None)]),
        ("Article 4, paragraph 3, subparagraph 2)", [("4", "article"), ("3", "paragraph"), ("2", "subparagraph")]),
        ("paragraph 3 of Article 4", [("4", "article"), ("3", "paragraph")]),
        ("subparagraph 2) of paragraph 1 of Article 9", [("9", "article"), ("1", "paragraph"), ("2", "subparagraph")]),
        ("Article 4 paragraph 3", [("4", "article"), ("3", "paragraph")]),
        ("art. 4 para. 3", [("4", "article"), ("3", "paragraph")]),
        ("143(3.1)", [("143", None), ("3.1", None)]),
        ("56.1(2)", [("56.1", None), ("2", None)]),
        ("74(1)(a)(ii)", [("74", None), ("1", None), ("a", None), ("ii", None)]),
        ("subsection 56.1(2)", [("56.1", None), ("2", "subsection")]),
        ("paragraph 161(1)(a)", [("161", None), ("1", None), ("a", "paragraph")]),
        ("subsection (2) of section 8", [("8", "section"), ("2", "subsection")]),
        ("s. 3", [("3", "section")]),
        ("§ 4(2)", [("4", "section"), ("2", None)]),
        ("Part 6AA", [("6AA", "part")]),
        ("Division 1 of Part 16.1", [("16.1", "part"), ("1", "division")]),
        ("Article 8.1", [("8.1", "article")]),
    ],
)
def test_citation_forms_parse_to_steps_outermost_first(text: str, expected: list) -> None:
    assert expected == steps(text)


def test_eid_citation_is_kept_as_an_eid() -> None:
    assert CitationPath(eid="art_20-1__para_3__point_2", text="art_20-1__para_3__point_2") == parse_citation(
        "art_20-1__para_3__point_2")


def test_schedule_citations_name_the_schedule() -> None:
    assert ("4", [("14", "section")]) == (parse_citation("section 14 of Schedule 4").schedule,
                                          steps("section 14 of Schedule 4"))
    assert ("4", [("14", "section")]) == (parse_citation("Schedule 4, section 14").schedule,
                                          steps("Schedule 4, section 14"))
    assert ("1", []) == (parse_citation("Schedule 1").schedule, steps("Schedule 1"))


def test_definition_citations_end_with_the_term() -> None:
    expected = [("2", None), ("1", "subsection"), ("polling day", "definition")]
    assert expected == steps('the definition "polling day" in subsection 2(1)')
    assert expected == steps("the definition “polling day” in subsection 2(1)")
    assert [("2", "section"), ("elector", "definition")] == steps("definition of elector in section 2")
    assert expected + [("a", "paragraph")] == steps("paragraph (a) of the definition “polling day” in subsection 2(1)")


def test_relative_and_instrument_citations_are_marked() -> None:
    relative = parse_citation("paragraph 2 of this Article")
    assert (Kind.ARTICLE, [("2", "paragraph")]) == (relative.relative, steps("paragraph 2 of this Article"))
    assert "Electoral Amendment Act 2009" == parse_citation("section 17 of the Electoral Amendment Act 2009").instrument
    assert parse_citation("Article 28 of this Constitutional Law").instrument is None
    assert [("28", "article")] == steps("Article 28 of this Constitutional Law")


@pytest.mark.parametrize("text", ["", "   ", "bogus words", "Article", "of of", "Article 4 foo 3", "Article 4 (3"])
def test_unreadable_citations_are_citation_errors(text: str) -> None:
    with pytest.raises(CitationError):
        parse_citation(text)


# -- resolution -------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "eid"),
    [
        ("Article 20-1", "art_20-1"),
        ("Article 12(3)", "art_12__para_3"),
        ("Article 10, paragraph 4, subparagraph 2)", "art_10__para_4__point_2"),
        ("subparagraph 2) of paragraph 4 of Article 10", "art_10__para_4__point_2"),
        ("item 2) of paragraph 4 of Article 10", "art_10__para_4__point_2"),
        ("paragraph 3 of Article 4", "art_4__para_3"),
        ("Article 86(1-1)", "art_86__para_1-1"),
        ("Chapter 3", "chp_3"),
        ("art_20-1__para_1", "art_20-1__para_1"),
        ("article 20-1", "art_20-1"),
    ],
)
def test_cis_citations_resolve_in_the_example_law(example_law_path: Path, text: str, eid: str) -> None:
    assert eid == resolve(read_law(example_law_path), text).eid


def test_every_provision_of_the_example_law_is_found_by_its_citation_and_eid(example_law_path: Path) -> None:
    law = read_law(example_law_path)
    for provision in law.walk():
        assert provision is resolve(law, provision.citation)
        assert provision is resolve(law, provision.eid)


COMMONWEALTH = """Definitions
2 (1) The definitions in this subsection apply in this Act.
  polling day, in relation to an election, means the date fixed for voting.
  capital asset means any property that
    (a) is used; and
    (b) is kept.
Qualification
3 Every citizen of 18 years is qualified as an elector.
Dates
56.1 (1) Nothing affects the powers of the Governor General.
  (2) Each general election must be held on the third Monday of October.
PART 16.1 Calls
DIVISION 1 Interpretation
348.01 Text.
SCHEDULE 4
1 Persons present:
  (e) any other person.
14 (1) Text:
  (a) count.
"""


@pytest.mark.parametrize(
    ("text", "eid"),
    [
        ("56.1(2)", "sec_56.1__subsec_2"),
        ("subsection 56.1(2)", "sec_56.1__subsec_2"),
        ("section 3", "sec_3"),
        ("3", "sec_3"),
        ('the definition "polling day" in subsection 2(1)', "sec_2__subsec_1__def_polling-day"),
        ("definition of polling day in section 2", "sec_2__subsec_1__def_polling-day"),
        ("paragraph (b) of the definition “capital asset” in subsection 2(1)",
         "sec_2__subsec_1__def_capital-asset__para_b"),
        ("Part 16.1", "part_16.1"),
        ("Division 1 of Part 16.1", "part_16.1__dvs_1"),
        ("Schedule 4", "sched_4"),
        ("section 14 of Schedule 4", "sched_4__sec_14"),
        ("paragraph 1(e) of Schedule 4", "sched_4__sec_1__para_e"),
        ("Schedule 4, paragraph 14(1)(a)", "sched_4__sec_14__subsec_1__para_a"),
    ],
)
def test_commonwealth_citations_resolve(text: str, eid: str) -> None:
    assert eid == resolve(parse_law(COMMONWEALTH, path="act.txt"), text).eid


def test_relative_citation_resolves_from_the_citing_provision(example_law_path: Path) -> None:
    law = read_law(example_law_path)
    citation = parse_citation("paragraph 3 of this Article")
    assert "art_4__para_3" == find(law, citation, within="art_4__para_4").eid
    assert find(law, citation) is None


@pytest.mark.parametrize(
    ("text", "hint"),
    [
        ("Article 999", "nearest articles: 90, 100"),
        ("Article 12(9)", "Article 12 has 1., 2., 3., 4."),
        ("Chapter 9", "chapters: 1, 2, 3, 4, 5, 6, 7"),
        ("art_12__para_9", "art_12 contains art_12__para_1"),
        ("paragraph 2 of this Article", "relative to the provision that makes it"),
    ],
)
def test_unknown_citation_names_the_law_and_suggests_what_exists(example_law_path: Path, text: str,
                                                                 hint: str) -> None:
    law = read_law(example_law_path)
    with pytest.raises(CitationError) as caught:
        resolve(law, text)
    message = str(caught.value)
    assert message.startswith(f"{example_law_path}: no provision {text!r} in this law")
    assert hint in message


def test_unknown_definition_lists_the_terms_defined() -> None:
    law = parse_law(COMMONWEALTH, path="act.txt")
    with pytest.raises(CitationError, match="subsection 2\\(1\\) defines polling day, capital asset"):
        resolve(law, 'the definition "voter" in subsection 2(1)')


def test_unreadable_citation_error_names_the_law(example_law_path: Path) -> None:
    with pytest.raises(CitationError, match=f"^{example_law_path}: cannot read 'bogus words' as a citation"):
        resolve(read_law(example_law_path), "bogus words")


def test_find_returns_none_for_a_missing_provision(example_law_path: Path) -> None:
    law = read_law(example_law_path)
    assert find(law, CitationPath(steps=(Step("4", Kind.ARTICLE), Step("9")))) is None
    assert find(law, CitationPath(eid="art_404")) is None
