"""Real amending acts from the statute corpus (skipped when ../shared/corpus is absent)."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

from compliance.amend import apply, resolver
from compliance.bill import parse_bill
from compliance.lawtext import read_law
from compliance.textio import read_text

from conftest import corpus_file

sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "bench"))

pytestmark = pytest.mark.corpus


@pytest.fixture(scope="module")
def canada():
    return read_law(corpus_file("ca-canada-elections-act-en.txt"))


@pytest.mark.parametrize("name", ["ca-amending-act-2018-c31-en.txt", "ca-amending-act-2014-c12-en.txt"])
def test_major_canadian_acts_meet_the_parse_and_resolve_targets(canada, name: str) -> None:
    """≥ 90 % of the instructions amending the Canada Elections Act parsed, ≥ 80 % of their targets resolved."""
    from amending_acts import measure

    result = measure(corpus_file(name), canada, resolver(canada))
    assert result.found >= 150
    assert result.parsed_pct >= 90.0, result.misses
    assert result.resolved_pct >= 80.0, result.misses


def test_elections_modernization_act_reads_its_own_structure(canada) -> None:
    draft = parse_bill(read_text(corpus_file("ca-amending-act-2018-c31-en.txt")), act=canada.title)
    by_line = {}
    for op in draft.operations:
        by_line.setdefault(op.line, []).append(op)
    assert [("repeal", "the definition “leadership campaign expense” in subsection 2(1)"),
            ("repeal", "the definition “nomination campaign expense” in subsection 2(1)")] == [
        (op.action, op.target) for op in by_line[14]]
    (sections_3_to_5,) = by_line[113]
    assert ("replace", "section 3", "section 5") == (sections_3_to_5.action, sections_3_to_5.target,
                                                      sections_3_to_5.through)
    assert sections_3_to_5.text.startswith("Persons qualified as electors\n3 Every person who is a Canadian citizen")
    assert {"Parliament of Canada Act", "Public Service Employment Act", "Financial Administration Act"} <= {
        op.act for op in draft.operations}
    assert all("coordinating" in c.reason or "conditional" in c.reason or "this amending act" in c.reason
               for c in draft.conditional)
    assert len(draft.conditional) >= 5


def test_applying_the_2018_act_to_the_current_consolidation_never_raises(canada) -> None:
    draft = parse_bill(read_text(corpus_file("ca-amending-act-2018-c31-en.txt")), act=canada.title)
    result = apply(canada, draft)
    assert result.changes
    eids = [p.eid for p in result.law.walk()]
    assert len(eids) == len(set(eids))
    qualified = result.law.get("sec_3")
    assert "18 years of age or older is qualified as an elector" in qualified.text


def test_australian_items_are_parsed() -> None:
    law = read_law(corpus_file("au-commonwealth-electoral-act-1918-en.txt"))
    from amending_acts import measure

    result = measure(corpus_file("au-amending-act-2006-no65-electoral-integrity-en.txt"), law, resolver(law))
    assert result.parsed_pct >= 90.0, result.misses
    assert result.resolved_pct >= 60.0, result.misses
