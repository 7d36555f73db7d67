"""Markdown for a pull-request comment (and the GitHub job summary).

A heading with the verdict, a summary table (for a check: introduced,
persisting and resolved findings by severity; waived and baselined ones
counted apart), the findings grouped by provision with the evidence and the
cited texts folded in ``<details>``, the draft's changes as ``diff`` blocks,
the impact of the draft as a Mermaid graph, and the run's notes.

Every piece of law text is escaped so that a drafter's ``*``, ``_``, ``|`` or
``<`` cannot change the layout. ``limit`` caps the length in characters
(GitHub: 65,536 for a comment, 1 MiB for a step summary): whole provisions
are dropped from the end, and the comment says how many.
"""

from __future__ import annotations

import re
from typing import Any

from ..gate import DEFAULT_FAIL_ON, check_fail_on
from ..model import Change, Finding, Report
from ._common import by_provision, clean_text, gate_counts, status_counts
from ._graph import impact_graph

__all__ = ["render", "escape", "COMMENT_LIMIT"]

#: GitHub's limit on the body of an issue or pull-request comment.
COMMENT_LIMIT = 65536
_SPECIAL_RE = re.compile(r"([\\`*_\[\]<>|~&#!{}])")
_BULLET_START_RE = re.compile(r"^([ \t]{0,3})([-+=])")
_NUMBER_START_RE = re.compile(r"^([ \t]{0,3}[0-9]{1,9})([.)])")
_SEVERITY_MARK = {"error": "🔴 error", "warning": "🟠 warning", "info": "🔵 info"}
_STATUS_TEXT = {"introduced": "introduced by this draft", "persisting": "persisting",
                "resolved": "resolved by this draft"}


def escape(text: str, *, line_start: bool = False) -> str:
    """``text`` as literal Markdown inline text on one line (``line_start``: it begins a line)."""
    text = " ".join(clean_text(text).split())
    text = _SPECIAL_RE.sub(r"\\\1", text)
    if line_start:
        text = _NUMBER_START_RE.sub(r"\1\\\2", _BULLET_START_RE.sub(r"\1\\\2", text))
    return text


def _code(text: str) -> str:
    """Inline code that survives backticks in ``text``."""
    text = " ".join(text.split())
    ticks = "`" * (max((len(m) for m in re.findall(r"`{1,20}", text)), default=0) + 1)
    pad = " " if text.startswith("`") or text.endswith("`") else ""
    return f"{ticks}{pad}{text}{pad}{ticks}"


def _fence(text: str, info: str = "") -> str:
    longest = max((len(m) for m in re.findall(r"`{3,50}", text)), default=2)
    fence = "`" * max(3, longest + 1)
    return f"{fence}{info}\n{clean_text(text).rstrip()}\n{fence}"


def _quote(text: str) -> str:
    return "\n".join("> " + escape(line, line_start=True) for line in text.splitlines() if line.strip()) or ">"


def _header(report: Report, fail_on: str | None) -> list[str]:
    if report.command == "check":
        title = f"## Suffrage check: {escape(report.draft_title or report.draft_path or 'draft')}"
    else:
        title = f"## Suffrage review: {escape(report.law_title)}"
    lines = [title, ""]
    packs = ", ".join(f"{escape(r.id)} {escape(r.version)}" for r in report.rulesets) or "none"
    lines.append(f"**{escape(report.law_title)}** ({_code(report.law_path)}), "
                 f"{report.provisions} provisions; rule packs: {packs}.")
    if report.command == "check":
        facts = [f"Draft {_code(report.draft_path)}" if report.draft_path else "Draft"]
        if report.effective:
            facts.append(f"takes effect {report.effective.isoformat()}")
        if report.election:
            facts.append(f"next election {report.election.isoformat()}")
        facts.append(f"{len(report.changes)} provision(s) changed")
        lines.append("; ".join(facts) + ".")
    lines.append("")
    if fail_on is not None:
        failed, _ = gate_counts(report, fail_on)
        if fail_on == "never":
            lines.append("**Gate:** off (`--fail-on never`).")
        elif failed:
            lines.append(f"**Gate: failed** — {failed} finding(s) at or above `{fail_on}`.")
        else:
            lines.append(f"**Gate: passed** — no finding at or above `{fail_on}`.")
        lines.append("")
    return lines


def _summary_table(report: Report) -> list[str]:
    table = status_counts(report)
    gating = report.summary()
    waived = any(row["waived"] for row in table.values())
    baselined = any(row["baselined"] for row in table.values())
    if report.command == "check":
        head = ["Severity", "Introduced", "Persisting", "Resolved"]
        rows = [[_SEVERITY_MARK[s], str(t["introduced"]), str(t["persisting"]), str(t["resolved"])]
                for s, t in table.items()]
    else:
        head = ["Severity", "Findings"]
        rows = [[_SEVERITY_MARK[s], str(t["total"])] for s, t in table.items()]
    head.append("Counting")
    for row, severity in zip(rows, table, strict=True):
        row.append(str(gating[severity]))
    if waived:
        head.append("Waived")
        for row, t in zip(rows, table.values(), strict=True):
            row.append(str(t["waived"]))
    if baselined:
        head.append("Baselined")
        for row, t in zip(rows, table.values(), strict=True):
            row.append(str(t["baselined"]))
    lines = ["| " + " | ".join(head) + " |", "|" + "|".join(["---"] + ["---:"] * (len(head) - 1)) + "|"]
    lines.extend("| " + " | ".join(row) + " |" for row in rows)
    lines.append("")
    lines.append("_Counting_: findings that count against the gate (not waived, not resolved, not baselined).")
    lines.append("")
    return lines


def _finding(finding: Finding, report: Report) -> list[str]:
    head = f"- **{_SEVERITY_MARK[finding.severity.value]}** {_code(finding.rule)} {escape(finding.name)}"
    tags = []
    if finding.status:
        tags.append(_STATUS_TEXT.get(finding.status, finding.status))
    if finding.waived:
        tags.append("waived")
    if finding.baselined:
        tags.append("baselined")
    if tags:
        head += " — _" + ", ".join(tags) + "_"
    lines = [head, "", f"  {escape(finding.message, line_start=True)}"]
    if finding.evidence:
        lines.append("")
        lines.extend("  " + line for line in _quote(finding.evidence).splitlines())
    if finding.via:
        lines.append(f"  Through references: {' → '.join(_code(v) for v in finding.via)}")
    if finding.waiver is not None:
        waiver = finding.waiver
        extra = []
        if waiver.author:
            extra.append(f"by {escape(waiver.author)}")
        if waiver.expires:
            extra.append(f"until {waiver.expires.isoformat()}")
        if waiver.source:
            extra.append(f"in {_code(waiver.source + (f':{waiver.line}' if waiver.line else ''))}")
        lines.append("")
        lines.append(f"  **Waived:** {escape(waiver.reason)}" + (f" ({', '.join(extra)})" if extra else ""))
    if finding.citations:
        lines.append("")
        lines.append(f"  <details><summary>Cited: {', '.join(escape(c.id) for c in finding.citations)}</summary>")
        lines.append("")
        for citation in finding.citations:
            source = f" _({escape(citation.source)})_" if citation.source else ""
            lines.append(f"  - **{escape(citation.id)}** — {escape(citation.text)}{source}")
        lines.append("")
        lines.append("  </details>")
    lines.append("")
    lines.append(f"  <sub>fingerprint {_code(finding.fingerprint)}</sub>")
    lines.append("")
    return lines


def _group(eid: str, findings: list[Finding], report: Report) -> list[str]:
    first = findings[0].location
    where = f" · line {first.line}" if first.line else ""
    lines = [f"#### {escape(first.label or eid)} · {_code(eid)}{where}", ""]
    for finding in findings:
        lines.extend(_finding(finding, report))
    return lines


def _change(change: Change) -> list[str]:
    eid = change.eid if not change.new_eid or change.new_eid == change.eid else f"{change.eid} → {change.new_eid}"
    lines = [f"#### {escape(change.citation or change.eid)} · {_code(eid)} — {escape(change.action)}", ""]
    if change.diff.strip():
        lines.append(_fence(change.diff, "diff"))
    else:
        if change.before.strip():
            lines.extend(["Before:", "", _quote(change.before), ""])
        if change.after.strip():
            lines.extend(["After:", "", _quote(change.after)])
    lines.append("")
    return lines


def _mermaid_label(text: str) -> str:
    return (clean_text(" ".join(text.split())).replace("&", "#amp;").replace('"', "#quot;")
            .replace("<", "#lt;").replace(">", "#gt;"))


def _impact(report: Report) -> list[str]:
    graph = impact_graph(report, max_nodes=80)
    if not graph.nodes:
        return []
    ids = {eid: f"n{i}" for i, (eid, _) in enumerate(graph.nodes)}
    lines = ["### Impact", "",
             f"{len(report.impact)} provision(s) refer, directly or through other provisions, to what the draft "
             "changes. Arrows run from the changed provision to the provisions that refer to it.", "",
             "```mermaid", "graph LR"]
    for eid, label in graph.nodes:
        lines.append(f'  {ids[eid]}["{_mermaid_label(label)}"]')
    for source, target in graph.edges:
        lines.append(f"  {ids[source]} --> {ids[target]}")
    changed = [ids[e] for e, _ in graph.nodes if e in graph.changed]
    if changed:
        lines.append("  classDef changed fill:#fde2e1,stroke:#b3261e,color:#000")
        lines.append(f"  class {','.join(changed)} changed")
    lines.append("```")
    if graph.omitted:
        lines.append("")
        lines.append(f"_{graph.omitted} more provision(s) not drawn._")
    lines.append("")
    return lines


def render(report: Report, *, fail_on: str | None = DEFAULT_FAIL_ON, limit: int | None = COMMENT_LIMIT,
           **_options: Any) -> str:
    """Markdown text; ``fail_on`` for the verdict line (``None`` leaves it out), ``limit`` in characters."""
    if fail_on is not None:
        check_fail_on(fail_on)
    head = _header(report, fail_on) + _summary_table(report)
    tail = []
    if report.notes:
        tail.extend(["### Notes", ""])
        tail.extend(f"- {escape(note)}" for note in report.notes)
        tail.append("")
    packs = ", ".join(f"{r.id} {r.version}" for r in report.rulesets)
    tail.append(f"<sub>Suffrage {escape(report.tool_version)}" + (f" · {escape(packs)}" if packs else "") + "</sub>")

    sections: list[tuple[str, list[list[str]]]] = []
    groups = by_provision(report.findings)
    sections.append(("### Findings", [_group(eid, found, report) for eid, found in groups.items()]
                     or [["No findings.", ""]]))
    if report.changes:
        sections.append(("### Changes", [_change(c) for c in report.changes]))
    impact = _impact(report)

    budget = (limit or 10**12) - len("\n".join(head + tail)) - len("\n".join(impact)) - 400
    body: list[str] = []
    dropped: dict[str, int] = {}
    for title, blocks in sections:
        body.extend([title, ""])
        for n, block in enumerate(blocks):
            size = len("\n".join(block)) + 1
            if size > budget:
                dropped[title] = len(blocks) - n
                break
            budget -= size
            body.extend(block)
    if dropped:
        what = "; ".join(f"{n} more under {t.lstrip('# ').lower()}" for t, n in dropped.items())
        body.extend([f"_Cut to fit: {what}. The SARIF, JSON or HTML report has everything._", ""])
    if limit is not None and len("\n".join(head + body + impact + tail)) > limit:
        impact = []
    return "\n".join(head + body + impact + tail)
