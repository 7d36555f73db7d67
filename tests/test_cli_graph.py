"""`suffrage graph` exports the reference graph; `suffrage impact` names what a change reaches."""

from __future__ import annotations

import json
from pathlib import Path

import networkx as nx
from click.testing import CliRunner

from cli import main

DATA = Path(__file__).parent / "data"


def run(*args: str):
    return CliRunner().invoke(main, list(args))


def test_impact_json_names_the_provisions_that_refer_to_an_article() -> None:
    result = run("impact", str(DATA / "nowhere-referendums.md"), "Article 12", "--format", "json")
    assert result.exit_code == 0, result.output
    provisions = json.loads(result.output)["provisions"]
    assert {"art_10__para_1", "art_10__para_2", "art_11__para_2", "art_13", "art_14"} == \
        {p["eid"] for p in provisions}
    assert {"eid", "label", "path"} == set(provisions[0])
    assert all(p["path"][0] == p["eid"] and p["path"][-1] == "art_12" for p in provisions)


def test_impact_json_path_runs_from_the_affected_provision_to_the_cited_one(example_law_path: Path) -> None:
    result = run("impact", str(example_law_path), "Article 11", "--format", "json")
    assert result.exit_code == 0, result.output
    assert {"provisions": [
        {"eid": "art_20__para_3", "label": "Article 20(3)", "path": ["art_20__para_3", "art_11__para_2", "art_11"]},
        {"eid": "art_20-1__para_1", "label": "Article 20-1(1)",
         "path": ["art_20-1__para_1", "art_20", "art_20__para_3", "art_11__para_2", "art_11"]},
    ]} == json.loads(result.output)


def test_impact_text_shows_each_chain_in_the_laws_own_citations(example_law_path: Path) -> None:
    result = run("impact", str(example_law_path), "Article 56(1)")
    assert result.exit_code == 0, result.output
    assert "A change to Article 56(1) [art_56__para_1] reaches 3 provisions:" in result.output
    assert "Article 59(1) → Article 56 → Article 56(1)" in result.output


def test_impact_accepts_several_citations_and_eids() -> None:
    result = run("impact", str(DATA / "sample-act.txt"), "subsection 5(2)", "sec_8", "--format", "json")
    assert result.exit_code == 0, result.output
    assert "sec_8.1" in {p["eid"] for p in json.loads(result.output)["provisions"]}


def test_impact_of_a_provision_nobody_cites_says_so(example_law_path: Path) -> None:
    result = run("impact", str(example_law_path), "Article 12")
    assert result.exit_code == 0, result.output
    assert "No provision refers to Article 12 [art_12]" in result.output


def test_impact_of_an_unknown_citation_is_an_input_error(example_law_path: Path) -> None:
    result = run("impact", str(example_law_path), "Article 99", "--format", "json")
    assert result.exit_code == 2
    assert "no provision 'Article 99'" in result.output
    assert "Traceback" not in result.output


def test_graph_writes_graphml_to_a_file(tmp_path: Path, example_law_path: Path) -> None:
    out = tmp_path / "kz.graphml"
    result = run("graph", str(example_law_path), "--format", "graphml", "--output", str(out))
    assert result.exit_code == 0, result.output
    back = nx.read_graphml(out)
    assert "refers" == back.edges["art_59__para_1", "art_56"]["type"]


def test_graph_json_lists_dangling_references() -> None:
    result = run("graph", str(DATA / "sample-act.txt"), "--format", "json")
    assert result.exit_code == 0, result.output
    dangling = json.loads(result.output)["dangling"]
    assert [("sec_3", "section 4", "repealed"), ("sec_7__subsec_1", "section 9", "missing")] == \
        [(d["source"], d["text"], d["reason"]) for d in dangling]


def test_graph_defaults_to_dot_and_offers_mermaid(example_law_path: Path) -> None:
    assert run("graph", str(example_law_path)).output.startswith("digraph ")
    assert run("graph", str(example_law_path), "--format", "mermaid").output.startswith("graph LR")


def test_graph_summary_reports_the_share_of_references_resolved(example_law_path: Path) -> None:
    result = run("graph", str(example_law_path), "--format", "summary")
    assert result.exit_code == 0, result.output
    assert "14 internal references, 14 resolved (100.0%)" in result.output


def test_graph_of_a_missing_law_is_an_input_error(tmp_path: Path) -> None:
    result = run("graph", str(tmp_path / "none.md"))
    assert result.exit_code == 2
    assert "no such law" in result.output
