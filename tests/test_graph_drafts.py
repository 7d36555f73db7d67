"""Drafts and references: what `suffrage check`, `graph --draft` and `impact --draft` say when a draft
repeals, renumbers or rewrites provisions that others refer to."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from click.testing import CliRunner

from cli import main
from compliance.amend import apply
from compliance.bill import parse_bill, parse_toml_draft, read_draft
from compliance.graph import affected_by_reference, draft_dangling, integrity_findings
from compliance.lawtext import read_law

ROOT = Path(__file__).resolve().parent.parent
DATA = Path(__file__).parent / "data"
KZ = ROOT / "examples" / "kz-elections.md"
BREAK = ROOT / "examples" / "bills" / "break-reference.md"
NOWHERE = DATA / "nowhere-referendums.md"


def run(*args: str):
    return CliRunner().invoke(main, list(args))


def test_check_reports_a_repealed_article_still_referred_to_as_an_introduced_dangling_reference() -> None:
    result = run("check", str(BREAK), "--law", str(KZ), "--format", "json", "--fail-on", "never")
    assert result.exit_code == 0, result.output
    findings = json.loads(result.output)["findings"]
    dangling = {(f["location"]["eid"], f["status"], f["severity"]) for f in findings
                if f["topic"] == "integrity.dangling-reference"}
    assert {("art_10__para_3", "introduced", "error"), ("art_20__para_3", "introduced", "error"),
            ("art_59__para_3", "introduced", "error")} == dangling


def test_check_names_the_provisions_reached_through_references_with_the_chain() -> None:
    result = run("check", str(BREAK), "--law", str(KZ), "--format", "json", "--fail-on", "never")
    report = json.loads(result.output)
    impact = {f["location"]["eid"]: f.get("via") for f in report["findings"] if f["topic"] == "integrity.impact"}
    assert ["art_20-1__para_1", "art_20", "art_20__para_3", "art_11__para_2", "art_11"] == impact["art_20-1__para_1"]
    assert {"eid": "art_20__para_3", "label": "Article 20(3)",
            "path": ["art_20__para_3", "art_11__para_2", "art_11"]} in report["impact"]


def test_check_on_an_unseen_cis_law_reports_every_reference_to_a_repealed_article(tmp_path: Path) -> None:
    bill = tmp_path / "repeal-12.md"
    bill.write_text("Article 1. The following amendments shall be made to the Law:\n"
                    "1) Article 12 shall be excluded;\n", encoding="utf-8")
    result = run("check", str(bill), "--law", str(NOWHERE), "--format", "json", "--fail-on", "error")
    assert result.exit_code == 1, result.output
    dangling = {f["location"]["eid"] for f in json.loads(result.output)["findings"]
                if f["topic"] == "integrity.dangling-reference" and f["status"] == "introduced"}
    assert {"art_10__para_1", "art_10__para_2", "art_11__para_2", "art_13", "art_14"} == dangling


def test_renumbering_a_cited_article_without_updating_its_citations_is_a_dangling_reference() -> None:
    law = read_law(KZ)
    draft = parse_toml_draft('[draft]\ntitle = "Renumber"\n[[amendment]]\ntarget = "art_11"\nop = "renumber"\n'
                             'new_label = "11-1"\n', path="<toml>")
    amended = apply(law, draft)
    assert "art_11-1" == amended.renamed["art_11"]
    [item] = draft_dangling(law, amended.law, amended.renamed)
    assert ("art_20__para_3", "renumbered") == (item.reference.source, item.reason)
    assert ("the draft renumbers Article 11(2) (now Article 11-1(2)), but Article 20(3) still cites "
            "paragraph 2 of Article 11") == item.detail


def test_colliding_operations_are_integrity_conflicts() -> None:
    law = read_law(KZ)
    draft = parse_bill('1) paragraph 2 of Article 12 shall be excluded;\n'
                       '2) in paragraph 2 of Article 12 the words "one day" shall be replaced by the words '
                       '"three days";\n', path="<bill>")
    items = integrity_findings(law, apply(law, draft))
    assert ["art_12__para_2"] == [i.eid for i in items if i.topic == "integrity.conflict"]


def test_inserting_a_reference_to_nothing_is_reported() -> None:
    law = read_law(KZ)
    draft = parse_bill('1) in paragraph 1 of Article 11 the words "openly and publicly" shall be replaced by the '
                       'words "openly, save as provided in Article 140";\n', path="<bill>")
    items = integrity_findings(law, apply(law, draft))
    assert [("art_11__para_1", "Article 140")] == [(i.eid, i.evidence) for i in items
                                                   if i.topic == "integrity.dangling-reference"]


def test_a_threshold_change_reaches_the_paragraph_that_applies_it() -> None:
    law = read_law(KZ)
    amended = apply(law, parse_bill('1) in paragraph 1 of Article 89 the words "seven per cent" shall be replaced '
                                    'by the words "five per cent";\n', path="<bill>"))
    assert {"art_89__para_2": ("art_89__para_2", "art_89__para_1")} == \
        affected_by_reference(law, amended.law, [c.eid for c in amended.changes], renamed=amended.renamed)


def test_graph_with_a_draft_marks_changed_provisions_and_introduced_dangling_references() -> None:
    result = run("graph", str(KZ), "--draft", str(BREAK), "--format", "json")
    assert result.exit_code == 0, result.output
    data = json.loads(result.output)
    changed = {n["id"]: n["changed"] for n in data["nodes"] if "changed" in n}
    assert {"art_10__para_4": "repealed", "art_11": "repealed", "art_56": "repealed"}.items() <= changed.items()
    assert {"art_10__para_3", "art_20__para_3", "art_59__para_3"} == {d["source"] for d in data["introduced"]}


def test_impact_with_a_draft_and_no_citation_lists_what_the_draft_reaches() -> None:
    result = run("impact", str(KZ), "--draft", str(BREAK), "--format", "json")
    assert result.exit_code == 0, result.output
    reached = {p["eid"]: p["path"] for p in json.loads(result.output)["provisions"]}
    assert ["art_20__para_3", "art_11__para_2", "art_11"] == reached["art_20__para_3"]


def test_impact_with_neither_citation_nor_draft_is_a_usage_error() -> None:
    result = run("impact", str(KZ))
    assert result.exit_code == 2
    assert "give at least one CITATION, or --draft DRAFT" in result.output


@pytest.mark.parametrize("bill", sorted((ROOT / "examples" / "bills").glob("*.md")))
def test_every_example_bill_yields_integrity_items_without_error(bill: Path) -> None:
    law = read_law(KZ)
    items = integrity_findings(law, apply(law, read_draft(bill)))
    assert all(i.topic.startswith("integrity.") and i.eid for i in items)


def test_a_finding_at_a_provision_reached_through_a_reference_is_reported_again_with_the_chain(
        tmp_path: Path) -> None:
    law = tmp_path / "law.md"
    law.write_text("Article 4. Universal suffrage\n1. Citizens who have reached twenty-one years of age shall have "
                   "the right to elect in the manner set out in Article 5.\n\nArticle 5. Voting\n"
                   "1. Voters vote in person at the polling station.\n", encoding="utf-8")
    bill = tmp_path / "bill.md"
    bill.write_text('1) in paragraph 1 of Article 5 the words "in person" shall be replaced by the words '
                    '"in person or by post";\n', encoding="utf-8")
    result = run("check", str(bill), "--law", str(law), "--format", "json", "--fail-on", "never")
    assert result.exit_code == 0, result.output
    report = json.loads(result.output)
    [age] = [f for f in report["findings"] if f["rule"] == "VC001"]
    assert ("persisting", ["art_4__para_1", "art_5", "art_5__para_1"]) == (age["status"], age["via"])
    assert [{"eid": "art_4__para_1", "label": "Article 4(1)", "path": ["art_4__para_1", "art_5", "art_5__para_1"]}] \
        == report["impact"]
