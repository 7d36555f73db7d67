"""Markdown for pull-request comments: summary table, findings by provision, diffs, a Mermaid impact graph."""

from __future__ import annotations

import re

import attrs
from report_samples import check_report, review_report

from compliance.model import ImpactEntry
from compliance.report import render
from compliance.report.markdown import escape


def test_a_check_has_a_verdict_and_a_table_by_status() -> None:
    text = render(check_report(), "markdown")
    assert text.startswith("## Suffrage check: On amendments to the Constitutional Law On Elections")
    assert "**Gate: failed** — 1 finding(s) at or above `error`." in text
    assert "| Severity | Introduced | Persisting | Resolved | Counting |" in text
    assert "| 🔴 error | 1 | 0 | 1 | 1 |" in text
    assert "| 🟠 warning | 0 | 1 | 0 | 1 |" in text


def test_findings_are_grouped_by_provision_with_their_citations() -> None:
    text = render(review_report(), "markdown", fail_on="never")
    assert "**Gate:** off" in text
    headings = re.findall(r"^#### (.+)$", text, flags=re.MULTILINE)
    assert ["Article 4(3) · `art_4__para_3` · line 31", "Article 12(2) · `art_12__para_2` · line 70",
            "Article 56(1) · `art_56__para_1` · line 113"] == headings
    assert "<details><summary>Cited: VC-CGP:I.1.3.ii</summary>" in text
    assert "  > not less than two per cent of the total number of voters" in text


def test_before_and_after_are_shown_as_a_diff_and_impact_as_mermaid() -> None:
    text = render(check_report(), "markdown")
    assert ("```diff\n--- Article 4(1)\n+++ Article 4(1)\n@@ -1 +1 @@\n"
            "-Citizens of the Republic who have reached eighteen") in text
    mermaid = text.split("```mermaid\n", 1)[1].split("```", 1)[0]
    assert mermaid.startswith("graph LR\n")
    nodes = dict(re.findall(r'^  (n\d+)\["([^"]*)"\]$', mermaid, flags=re.MULTILINE))
    edges = re.findall(r"^  (n\d+) --> (n\d+)$", mermaid, flags=re.MULTILINE)
    named = {(nodes[a], nodes[b]) for a, b in edges}
    assert ("Article 56", "Article 59(1)") in named
    assert ("Article 56(1)", "Article 56(2)") in named
    assert "class " in mermaid  # changed provisions are styled


def test_law_text_cannot_change_the_layout() -> None:
    report = review_report()
    nasty = attrs.evolve(report.findings[0], message="1. *not* a | table <script>", evidence="# heading\n- item")
    text = render(attrs.evolve(report, findings=(nasty,)), "markdown")
    assert "  1\\. \\*not\\* a \\| table \\<script\\>" in text
    assert "  > \\# heading\n  > \\- item" in text
    assert "<script>" not in text
    assert 'a\\|b' == escape("a|b")


def test_mermaid_labels_are_quoted_safely() -> None:
    report = attrs.evolve(check_report(), impact=(ImpactEntry("art_3", 'Article "3" <x>', ("art_3", "art_4")),))
    text = render(report, "markdown")
    assert 'n1["Article #quot;3#quot; #lt;x#gt;"]' in text


def test_a_long_report_is_cut_to_the_comment_limit_and_says_so() -> None:
    report = review_report()
    many = tuple(attrs.evolve(report.findings[0], fingerprint=f"{i:016x}",
                              location=attrs.evolve(report.findings[0].location, eid=f"art_{i}", line=i))
                 for i in range(400))
    text = render(attrs.evolve(report, findings=many), "markdown", limit=20000)
    assert len(text) <= 20000
    assert re.search(r"_Cut to fit: \d+ more under findings\.", text)
