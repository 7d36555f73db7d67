"""The human report: findings grouped by provision, most severe first.

Each finding shows its severity, rule, message, the words of the law it rests
on, and the text of every standard it cites — so a drafter can judge it
without opening another document. For a check, each finding says whether the
draft introduced, kept or resolved it. ``color=True`` adds ANSI colours (the
command line turns it on for terminals only).
"""

from __future__ import annotations

import textwrap
from collections import OrderedDict
from typing import Any

from ..model import Finding, Report

__all__ = ["render"]

_COLOURS = {"error": "\x1b[31m", "warning": "\x1b[33m", "info": "\x1b[36m", "dim": "\x1b[2m",
            "bold": "\x1b[1m", "green": "\x1b[32m"}
_RESET = "\x1b[0m"
_STATUS_MARK = {"introduced": "+ introduced", "persisting": "= persisting", "resolved": "- resolved"}
_STATUS_ORDER = {"introduced": 0, "persisting": 1, "resolved": 2, None: 1}


def _paint(text: str, colour: str, on: bool) -> str:
    return f"{_COLOURS[colour]}{text}{_RESET}" if on else text


def _wrap(text: str, indent: str, width: int = 100) -> list[str]:
    text = " ".join(text.split())
    return textwrap.wrap(text, width=width, initial_indent=indent, subsequent_indent=indent) or [indent]


def render(report: Report, *, color: bool = False, **_options: Any) -> str:
    lines: list[str] = []
    title = "Check" if report.command == "check" else "Review"
    lines.append(_paint(f"{title} of {report.law_title}", "bold", color))
    where = report.law_path
    if report.command == "check" and report.draft_title:
        where = f"{report.draft_title} ({report.draft_path}) against {report.law_path}"
    lines.append(f"{where} — {report.provisions} provisions; rule packs: "
                 + ", ".join(f"{r.id} {r.version}" for r in report.rulesets))
    if report.command == "check":
        dates = []
        if report.effective:
            dates.append(f"takes effect {report.effective.isoformat()}")
        if report.election:
            dates.append(f"next election {report.election.isoformat()}")
        if report.changes:
            dates.append(f"{len(report.changes)} provision(s) changed")
        if dates:
            lines.append("; ".join(dates))
    lines.append("")

    groups: OrderedDict[str, list[Finding]] = OrderedDict()
    order = sorted(
        report.findings,
        key=lambda f: (f.location.line if f.location.line is not None else 10**9, f.location.eid),
    )
    for finding in order:
        groups.setdefault(finding.location.eid, []).append(finding)

    for eid, findings in groups.items():
        first = findings[0]
        line = f", line {first.location.line}" if first.location.line else ""
        lines.append(_paint(f"{first.location.label}  [{eid}{line}]", "bold", color))
        findings.sort(key=lambda f: (-f.severity.rank, _STATUS_ORDER.get(f.status, 1), f.rule))
        for finding in findings:
            lines.extend(_finding_lines(finding, color))
        lines.append("")

    for note in report.notes:
        lines.append(_paint(f"note: {note}", "warning", color))
    if report.notes:
        lines.append("")

    summary = report.summary()
    total = sum(summary.values())
    resolved = sum(1 for f in report.findings if f.status == "resolved")
    waived = sum(1 for f in report.findings if f.waived)
    baselined = sum(1 for f in report.findings if f.baselined and not f.waived)
    parts = [f"{summary['error']} error(s)", f"{summary['warning']} warning(s)", f"{summary['info']} info"]
    extra = []
    if resolved:
        extra.append(f"{resolved} resolved")
    if waived:
        extra.append(f"{waived} waived")
    if baselined:
        extra.append(f"{baselined} in the baseline")
    verdict = "No findings." if total == 0 and not report.findings else ", ".join(parts)
    if extra:
        verdict += " (" + ", ".join(extra) + ")"
    lines.append(_paint(verdict, "green" if summary["error"] == 0 and summary["warning"] == 0 else "bold", color))
    return "\n".join(lines)


def _finding_lines(finding: Finding, color: bool) -> list[str]:
    severity = finding.severity.value
    head = f"  {_paint(severity.upper(), severity, color)} {finding.rule} {finding.name}"
    if finding.status:
        head += f"  ({_STATUS_MARK.get(finding.status, finding.status)})"
    if finding.waived:
        head += "  [waived]"
    if finding.baselined:
        head += "  [baselined]"
    out = [head]
    out.extend(_wrap(finding.message, "    "))
    if finding.evidence:
        out.extend(_wrap(f"evidence: “{finding.evidence}”", "    "))
    if finding.via:
        out.extend(_wrap("through references: " + " → ".join(finding.via), "    "))
    for citation in finding.citations:
        out.extend(_wrap(f"{citation.id}: {citation.text}", "    "))
    if finding.waiver is not None:
        expiry = f", until {finding.waiver.expires.isoformat()}" if finding.waiver.expires else ""
        out.extend(_wrap(f"waived: {finding.waiver.reason}{expiry}", "    "))
    out.append(_paint(f"    fingerprint {finding.fingerprint}", "dim", color))
    return out
