"""All 60 labelled fragments of ../shared/cases/dev.toml parse with the structure their labels give."""

from __future__ import annotations

import re
import tomllib
from functools import cache

import pytest

from compliance.lawtext import parse_law
from compliance.model import Kind, Law
from conftest import CASES, cases_file

#: Lines that start a provision, whatever the tradition: "Article 4.", "Section 22.", "245 (1)", "(2)", "1.", "2)", "a)".
LABELLED = re.compile(
    r"^\s*(?:Article \d|Section \d|\d+[A-Z]*(?:\.\d+)? |\d+(?:-\d+)?[.)] |\((?:\d+[A-Z]*|[a-z]{1,4}|[A-Z])\) |[a-z]\) )"
)


@cache
def cases() -> dict[str, str]:
    data = tomllib.loads(cases_file().read_text(encoding="utf-8"))
    return {case["id"]: case["text"] for case in data["case"]}


def case_ids() -> list[str]:
    path = CASES / "dev.toml"
    if not path.is_file():
        return ["dev.toml-missing"]
    return [case["id"] for case in tomllib.loads(path.read_text(encoding="utf-8"))["case"]]


def parsed(case_id: str) -> Law:
    return parse_law(cases()[case_id], path=f"{case_id}.txt")


def test_the_development_set_has_sixty_fragments() -> None:
    assert 60 == len(cases())


@pytest.mark.parametrize("case_id", case_ids())
def test_fragment_parses_with_one_provision_per_labelled_line(case_id: str) -> None:
    """Every labelled line becomes exactly one provision starting on that line; eIds are unique and plain."""
    text = cases()[case_id]
    law = parsed(case_id)
    lines = text.split("\n")
    labelled = {i + 1 for i, line in enumerate(lines) if LABELLED.match(line)}
    starts = [p.line for p in law.walk() if not p.is_container]
    inline = {p.line for p in law.walk() if p.kind in (Kind.SUBSECTION, Kind.PARAGRAPH)
              and law.parent(p.eid) is not None and law.parent(p.eid).line == p.line}
    assert labelled == set(starts)
    assert len(starts) == len(set(starts)) + len(inline)
    eids = [p.eid for p in law.walk()]
    assert len(eids) == len(set(eids))
    assert not [e for e in eids if re.search(r"_\d+$", e.rsplit("__", 1)[-1].split("_", 1)[1])], eids


@pytest.mark.parametrize("case_id", case_ids())
def test_fragment_title_lines_are_headings_not_text(case_id: str) -> None:
    """A marginal note above a Commonwealth section, or an article's title, ends up as the unit's heading."""
    law = parsed(case_id)
    for unit in law.body:
        assert unit.heading, f"{unit.eid} has no heading"
        assert unit.heading not in unit.text


def test_bosnian_decimal_article_number_is_not_a_duplicate_paragraph() -> None:
    law = parsed("ba-presidency-constituent-peoples")
    assert ["art_8.1__para_1", "art_8.1__para_2", "art_8.1__para_3"] == [c.eid for c in law.get("art_8.1").children]


def test_austrian_article_and_section_side_by_side() -> None:
    law = parsed("at-sixteen-court-ordered-exclusion")
    assert [("art_26", Kind.ARTICLE), ("sec_22", Kind.SECTION)] == [(p.eid, p.kind) for p in law.body]
    assert ["sec_22__subsec_1", "sec_22__subsec_2", "sec_22__subsec_3"] == [c.eid for c in law.get("sec_22").children]


def test_commonwealth_fragment_sections_under_marginal_notes() -> None:
    law = parsed("ca-qualified-electors")
    assert [("3", "Persons qualified as electors"), ("4", "Persons not entitled to vote"),
            ("6", "Persons entitled to vote"), ("246", "Incarcerated electors")] == [
        (p.label, p.heading) for p in law.body]
    assert ["sec_4__para_a", "sec_4__para_b"] == [c.eid for c in law.get("sec_4").children]


def test_cis_fragment_subparagraphs_of_a_paragraph() -> None:
    law = parsed("ua-deputy-faction-loss-and-recall")
    assert ["1", "2", "3", "4"] == [c.label for c in law.get("art_81__para_1").children]
    assert "Article 81(1)(3)" == law.get("art_81__para_1__point_3").citation
