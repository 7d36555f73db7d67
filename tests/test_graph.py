"""The reference graph: impact chains, dangling references, cycles, most-cited provisions, exports."""

from __future__ import annotations

import json
from pathlib import Path

import networkx as nx
import pydot
import pytest

from compliance.graph import (
    FORMATS,
    LawGraph,
    affected_by_reference,
    build,
    draft_dangling,
    export,
    impact,
    summary,
)
from compliance.lawtext import parse_law, read_law
from compliance.model import ImpactEntry, Law

DATA = Path(__file__).parent / "data"


@pytest.fixture(scope="module")
def kz(example_law_path: Path) -> Law:
    return read_law(example_law_path)


@pytest.fixture(scope="module")
def kz_graph(kz: Law) -> LawGraph:
    return build(kz)


@pytest.fixture(scope="module")
def act_graph() -> LawGraph:
    return build(read_law(DATA / "sample-act.txt"))


# -- structure ---------------------------------------------------------------------------


def test_graph_has_a_node_per_provision_and_containment_edges(kz: Law, kz_graph: LawGraph) -> None:
    g = kz_graph.graph
    assert {p.eid for p in kz.walk()} <= set(g.nodes)
    assert g.edges["art_10", "art_10__para_4"]["contains"]
    assert not g.edges["art_10", "art_10__para_4"]["refers"]


def test_reference_edge_carries_the_citing_words_and_span(kz: Law, kz_graph: LawGraph) -> None:
    data = kz_graph.graph.edges["art_20__para_3", "art_11__para_2"]
    assert (True, "paragraph 2 of Article 11") == (data["refers"], data["text"])
    start, end = data["span"]
    assert "paragraph 2 of Article 11" == kz.get("art_20__para_3").text[start:end]


def test_other_statutes_are_nodes_of_their_own(act_graph: LawGraph) -> None:
    assert "act" == act_graph.graph.nodes["act:Broadcasting Act"]["kind"]
    assert act_graph.graph.has_edge("sec_2__subsec_1__def_broadcasting", "act:Broadcasting Act")


def test_a_provision_citing_itself_draws_no_self_loop() -> None:
    law = parse_law("Article 5. Scope\n1. Text.\n2. This paragraph and paragraph 1 apply.\n", path="<cis>")
    graph = build(law)
    assert [] == list(nx.selfloop_edges(graph.graph))
    assert graph.graph.has_edge("art_5__para_2", "art_5__para_1")


# -- referrers and impact -----------------------------------------------------------------


def test_direct_referrers_are_the_provisions_that_cite(kz_graph: LawGraph) -> None:
    assert ["art_59__para_1", "art_59__para_3"] == kz_graph.referrers("art_56")
    assert ["art_56__para_2"] == kz_graph.referrers("art_59")


def test_transitive_referrers_follow_chains(kz_graph: LawGraph) -> None:
    assert ["art_20-1__para_1"] == kz_graph.referrers("art_20", transitive=True)
    assert ["art_56__para_2"] == kz_graph.referrers("art_59", transitive=True)
    chain = build(parse_law("Article 1. A\nSee Article 2.\n\nArticle 2. B\nSee Article 3.\n\n"
                            "Article 3. C\nText.\n", path="<chain>"))
    assert ["art_1", "art_2"] == chain.referrers("art_3", transitive=True)
    assert ["art_2"] == chain.referrers("art_3")


def test_impact_of_an_article_reaches_citations_of_its_paragraphs_with_the_chain(kz_graph: LawGraph) -> None:
    assert [
        ImpactEntry("art_20__para_3", "Article 20(3)", ("art_20__para_3", "art_11__para_2", "art_11")),
        ImpactEntry("art_20-1__para_1", "Article 20-1(1)",
                    ("art_20-1__para_1", "art_20", "art_20__para_3", "art_11__para_2", "art_11")),
    ] == kz_graph.impact(["art_11"])


def test_impact_of_a_paragraph_reaches_citations_of_its_whole_article(kz_graph: LawGraph) -> None:
    reached = {e.eid: e.path for e in kz_graph.impact(["art_56__para_1"])}
    assert ("art_56__para_2", "art_56__para_1") == reached["art_56__para_2"]
    assert ("art_59__para_1", "art_56", "art_56__para_1") == reached["art_59__para_1"]
    assert ("art_59__para_3", "art_56", "art_56__para_1") == reached["art_59__para_3"]


def test_threshold_referred_to_elsewhere_carries_its_change(kz: Law) -> None:
    """Article 89(2) applies "the threshold referred to in paragraph 1": changing 89(1) reaches it."""
    assert [ImpactEntry("art_89__para_2", "Article 89(2)", ("art_89__para_2", "art_89__para_1"))] == \
        impact(kz, ["art_89__para_1"])


def test_reference_from_inside_a_part_to_the_part_does_not_carry_a_change_of_another_section(
        act_graph: LawGraph) -> None:
    reached = {e.eid for e in act_graph.impact(["sec_8"])}
    assert "sec_7__subsec_1" not in reached  # "this Part" in section 7 is not reached by a change to section 8
    assert {"sec_8.1"} == reached


def test_reference_from_outside_a_part_is_reached_by_a_change_inside_it(act_graph: LawGraph) -> None:
    reached = {e.eid: e.path for e in act_graph.impact(["sec_5__subsec_2"])}
    assert ("sec_8.1", "part_1", "sec_5__subsec_2") == reached["sec_8.1"]
    assert ("sec_2__subsec_1__def_polling-day", "sec_5__subsec_2") == reached["sec_2__subsec_1__def_polling-day"]


def test_provisions_inside_a_changed_one_are_not_listed_as_reached(act_graph: LawGraph) -> None:
    reached = {e.eid for e in act_graph.impact(["sec_5"])}
    assert not any(eid.startswith("sec_5__") for eid in reached)
    assert "sec_6" in reached


def test_impact_of_unknown_eids_is_empty(kz_graph: LawGraph) -> None:
    assert [] == kz_graph.impact(["art_999"])


# -- dangling, cycles, most cited --------------------------------------------------------------


def test_reference_to_a_missing_section_is_dangling(act_graph: LawGraph) -> None:
    missing = [d for d in act_graph.dangling() if d.reason == "missing"]
    assert [("sec_7__subsec_1", "section 9")] == [(d.reference.source, d.reference.text) for d in missing]


def test_reference_to_a_repealed_section_is_dangling_but_a_range_spanning_it_is_not(act_graph: LawGraph) -> None:
    repealed = [d for d in act_graph.dangling() if d.reason == "repealed"]
    assert [("sec_3", "section 4")] == [(d.reference.source, d.reference.text) for d in repealed]
    assert "[Repealed, 2018, c. 31, s. 3]" in repealed[0].detail


def test_external_references_are_never_dangling(act_graph: LawGraph) -> None:
    assert all(d.reference.scope == "internal" for d in act_graph.dangling())


def test_mutual_citations_form_a_cycle(act_graph: LawGraph) -> None:
    assert [["sec_8", "sec_8.1"]] == act_graph.cycles()


def test_most_referenced_counts_distinct_citing_provisions(kz_graph: LawGraph) -> None:
    top = kz_graph.most_referenced(1)
    assert [("art_56", 2)] == [(r.eid, r.referrers) for r in top]


def test_summary_names_dangling_references_and_cycles(act_graph: LawGraph) -> None:
    text = summary(act_graph)
    assert "Dangling references: 2" in text
    assert "section 8 → section 8.1 → section 8" in text


# -- exports ----------------------------------------------------------------------------------


def test_json_export_parses_back_with_every_node_and_edge(kz_graph: LawGraph) -> None:
    data = json.loads(export(kz_graph, "json"))
    assert set(kz_graph.graph.nodes) == {n["id"] for n in data["nodes"]}
    refers = {(e["source"], e["target"]) for e in data["edges"] if e["type"] == "refers"}
    assert ("art_20__para_3", "art_11__para_2") in refers
    assert kz_graph.graph.number_of_edges() == len({(e["source"], e["target"]) for e in data["edges"]})


def test_graphml_export_parses_back_with_attributes(kz_graph: LawGraph) -> None:
    back = nx.parse_graphml(export(kz_graph, "graphml"))
    assert set(kz_graph.graph.nodes) == set(back.nodes)
    assert "refers" == back.edges["art_20__para_3", "art_11__para_2"]["type"]
    assert "Article 20(3)" == back.nodes["art_20__para_3"]["label"]


@pytest.mark.filterwarnings("ignore:.*set_parse_action")  # pydot 4 uses a pyparsing name deprecated in 3.3
def test_dot_export_parses_back_with_reference_labels(kz_graph: LawGraph) -> None:
    [dot] = pydot.graph_from_dot_data(export(kz_graph, "dot"))
    edges = {(e.get_source().strip('"'), e.get_destination().strip('"'), e.get("type")) for e in dot.get_edges()}
    assert ("art_20__para_3", "art_11__para_2", "refers") in edges
    assert ("art_10", "art_10__para_4", "contains") in edges
    assert len(kz_graph.graph.nodes) == len([n for n in dot.get_nodes() if n.get_name() not in ("node", "edge")])


def test_mermaid_export_declares_every_node_once_and_draws_references(kz_graph: LawGraph) -> None:
    lines = export(kz_graph, "mermaid").splitlines()
    assert "graph LR" == lines[0]
    declared = [line for line in lines[1:] if "[" in line and "--" not in line and "-.-" not in line]
    assert len(kz_graph.graph.nodes) == len(declared)
    arrows = [line for line in lines if "-->" in line]
    refers = [1 for *_, d in kz_graph.graph.edges(data=True) if d["refers"]]
    assert len(refers) == len(arrows)


def test_unknown_export_format_is_refused(kz_graph: LawGraph) -> None:
    with pytest.raises(ValueError, match="dot, graphml, json, mermaid"):
        export(kz_graph, "png")
    assert ("dot", "graphml", "json", "mermaid") == FORMATS


# -- before and after a draft ------------------------------------------------------------------

BEFORE = """Article 10. Commissions
1. Commissions are formed by maslikhats.
2. The grounds for dismissal are set out in paragraph 3 of this Article.
3. A member may be dismissed for misconduct.

Article 11. Publicity
1. Sessions are public.

Article 12. Appeals
1. Complaints are filed within one day.

Article 13. Courts
1. Appeals under Article 12 go to a court, subject to Article 11.
"""


def _after(text: str) -> Law:
    return parse_law(text, path="<after>")


def test_repealing_a_cited_article_leaves_a_dangling_reference() -> None:
    before = parse_law(BEFORE, path="<before>")
    after = _after(BEFORE.replace("Article 12. Appeals\n1. Complaints are filed within one day.",
                                  "Article 12. [Repealed]"))
    [item] = draft_dangling(before, after, {})
    assert ("art_13__para_1", "art_12", "Article 12", "repealed") == \
        (item.reference.source, item.reference.target, item.reference.text, item.reason)


def test_removing_a_cited_paragraph_leaves_a_reference_to_nothing() -> None:
    before = parse_law(BEFORE, path="<before>")
    after = _after(BEFORE.replace("3. A member may be dismissed for misconduct.\n", ""))
    [item] = draft_dangling(before, after, {})
    assert ("art_10__para_2", None, "missing") == (item.reference.source, item.reference.target, item.reason)


def test_renumbering_a_cited_article_misdirects_its_old_citations() -> None:
    before = parse_law(BEFORE, path="<before>")
    after = _after(BEFORE.replace("Article 11. Publicity", "Article 11-1. Publicity"))
    [item] = draft_dangling(before, after, {"art_11": "art_11-1", "art_11__para_1": "art_11-1__para_1"})
    assert ("art_13__para_1", "renumbered") == (item.reference.source, item.reason)
    assert "the draft renumbers Article 11 (now Article 11-1), but Article 13(1) still cites Article 11" == \
        item.detail


def test_inserting_a_reference_to_nothing_is_reported() -> None:
    before = parse_law(BEFORE, path="<before>")
    after = _after(BEFORE.replace("1. Sessions are public.", "1. Sessions are public, save under Article 40."))
    [item] = draft_dangling(before, after, {})
    assert ("art_11__para_1", "Article 40", "missing") == (item.reference.source, item.reference.text, item.reason)


def test_dangling_references_the_law_already_had_are_not_repeated_for_the_draft() -> None:
    text = BEFORE + "\nArticle 14. Other\n1. See Article 50.\n"
    before = parse_law(text, path="<before>")
    after = _after(text.replace("Sessions are public.", "Sessions are open."))
    assert [] == draft_dangling(before, after, {})


def test_affected_by_reference_lists_unchanged_provisions_whose_meaning_changes() -> None:
    before = parse_law(BEFORE, path="<before>")
    after = _after(BEFORE.replace("within one day", "within ten days"))
    assert {"art_13__para_1": ("art_13__para_1", "art_12", "art_12__para_1")} == \
        affected_by_reference(before, after, ["art_12__para_1"])


def test_affected_by_reference_follows_a_removed_provision_in_the_law_before() -> None:
    before = parse_law(BEFORE, path="<before>")
    after = _after(BEFORE.replace("Article 11. Publicity\n1. Sessions are public.\n", ""))
    assert {"art_13__para_1": ("art_13__para_1", "art_11")} == affected_by_reference(before, after, ["art_11"])


def test_citing_a_paragraph_of_an_article_the_draft_repeals_is_blamed_on_the_repeal() -> None:
    text = BEFORE + "\nArticle 14. Notice\n1. Notice is given under paragraph 1 of Article 12.\n"
    before = parse_law(text, path="<before>")
    after = _after(text.replace("Article 12. Appeals\n1. Complaints are filed within one day.",
                                "Article 12. [Repealed]"))
    reasons = {(d.reference.source, d.reason, d.detail) for d in draft_dangling(before, after, {})}
    assert ("art_14__para_1", "repealed", "the draft repeals Article 12") in reasons
