"""On the real Canada Elections Act: most internal references resolve, and the real dangling ones are found."""

from __future__ import annotations

import pytest

from compliance.graph import build
from compliance.lawtext import read_law

from conftest import corpus_file

pytestmark = pytest.mark.corpus


@pytest.fixture(scope="module")
def canada():
    return build(read_law(corpus_file("ca-canada-elections-act-en.txt")))


def test_at_least_95_percent_of_internal_references_resolve(canada) -> None:
    internal = [r for r in canada.references if r.scope == "internal"]
    resolved = [r for r in internal if r.target is not None]
    assert len(internal) > 3000
    assert len(resolved) / len(internal) >= 0.95


def test_references_to_sections_repealed_in_2018_are_reported(canada) -> None:
    repealed = {(d.reference.source, d.reference.cited) for d in canada.dangling() if d.reason == "repealed"}
    assert ("sec_237.1__subsec_4__para_e", "paragraph 489(3)(c)") in repealed
    assert ("sec_500__subsec_2", "subsection 495(3)") in repealed


def test_other_statutes_are_recognised_as_external(canada) -> None:
    external = {r.external for r in canada.references if r.scope == "external"}
    assert {"Broadcasting Act", "Parliament of Canada Act", "Income Tax Act", "Criminal Code"} <= external
    assert "Canada Elections Act" not in external


def test_the_definition_of_candidate_cites_the_official_agent_sections(canada) -> None:
    targets = {r.target for r in canada.references if r.source == "sec_2__subsec_1__def_candidate"}
    assert {"sec_71__subsec_1", "sec_477.59", "sec_477.72", "sec_477.8", "sec_477.84"} <= targets
