"""SARIF 2.1.0 for code scanning (GitHub, GitLab, Azure DevOps, IDE viewers).

One run. ``tool.driver`` lists **every rule of the catalogue** — not only the
rules that fired — so that a code-scanning service can tell "ran and found
nothing" from "does not exist" and close alerts the draft resolved. Each
result carries:

- ``ruleId``/``ruleIndex``, ``level`` (``info`` → ``note``), ``message``;
- a physical location: the law file, relative to ``srcroot`` (the repository
  root, given by the command line) with ``uriBaseId`` ``%SRCROOT%``, and
  ``region.startLine`` (line 1 when the engine knows no line — GitHub wants a
  region); the evidence as ``region.snippet``;
- a logical location: ``name`` the eId, ``fullyQualifiedName`` the citation in
  the law's style, ``kind`` ``"element"`` (an eId names an Akoma Ntoso element);
- ``partialFingerprints["suffrage/v1"]``, our fingerprint (rule + eId +
  evidence), so alerts are matched across runs without line hashes;
- ``suppressions`` for waived findings — ``kind`` ``"external"`` for a
  waivers file, ``"inSource"`` for a ``suffrage: waive`` line, with the
  reason as ``justification`` — and for baselined findings (``"external"``,
  justified by the baseline file);
- ``baselineState``: relative to the ``--baseline`` file when one was given
  (``unchanged``/``new``), else for a check relative to the law before the
  draft (``persisting`` → ``unchanged``, ``introduced`` → ``new``).

Findings a draft *resolved* are not results (code scanning would open alerts
for them; their absence closes the old ones); they are listed in
``runs[0].properties.resolved``. Run notes (unused or expired waivers,
unparsed bill lines) are ``invocations[0].toolExecutionNotifications`` at
level ``warning``, with a location when the note names a file and line.
"""

from __future__ import annotations

import json as _json
from pathlib import Path
from typing import Any

from ..model import Finding, Report
from ._common import RuleInfo, artifact_uri, finding_path, note_place, ordered_findings, rule_infos

__all__ = ["render", "sarif_log", "SCHEMA_URI", "INFORMATION_URI", "FINGERPRINT_KEY"]

SCHEMA_URI = "https://json.schemastore.org/sarif-2.1.0.json"
INFORMATION_URI = "https://github.com/suffrage-project/suffrage"
FINGERPRINT_KEY = "suffrage/v1"
SRCROOT = "%SRCROOT%"
_LEVEL = {"error": "error", "warning": "warning", "info": "note"}


def _rule_descriptor(info: RuleInfo) -> dict[str, Any]:
    cited = [c for c in info.cites if c.id]
    full = info.description
    if cited:
        full += "\n\n" + "\n".join(f"{c.id}: {c.text}" if c.text else c.id for c in cited)
    help_lines = [info.description, ""]
    md_lines = [f"**{info.id} {info.name}** — {info.description}", ""]
    if cited:
        help_lines.append("Standards cited:")
        md_lines.append("Standards cited:")
        md_lines.append("")
        for c in cited:
            source = f" ({c.source})" if c.source else ""
            help_lines.append(f"- {c.id}: {c.text}{source}".rstrip())
            md_lines.append(f"- **{c.id}**: {c.text}{source}".rstrip())
        help_lines.append("")
        md_lines.append("")
    waive = (f"To accept a finding, give a reason: a `suffrage: waive {info.id} -- <reason>` line next to the "
             "provision, or a [[waiver]] entry in the waivers file.")
    help_lines.append(waive.replace("`", ""))
    md_lines.append(waive)
    descriptor: dict[str, Any] = {
        "id": info.id,
        "name": info.name,
        "shortDescription": {"text": info.title},
        "fullDescription": {"text": full},
        "help": {"text": "\n".join(help_lines), "markdown": "\n".join(md_lines)},
        "defaultConfiguration": {"level": _LEVEL[info.severity]},
    }
    properties: dict[str, Any] = {"tags": [t for t in ("elections", info.topic, info.ruleset) if t]}
    if info.topic:
        properties["topic"] = info.topic
    if cited:
        properties["cites"] = [c.id for c in cited]
    if info.ruleset:
        properties["ruleset"] = info.ruleset
    descriptor["properties"] = properties
    return descriptor


def _physical(path: str, line: int | None, srcroot: str | None, snippet: str = "") -> dict[str, Any]:
    location: dict[str, Any] = {"uri": artifact_uri(path, srcroot)}
    if srcroot and not location["uri"].startswith("file:"):
        location["uriBaseId"] = SRCROOT
    region: dict[str, Any] = {"startLine": line if line and line > 0 else 1}
    if snippet:
        region["snippet"] = {"text": snippet}
    return {"artifactLocation": location, "region": region}


def _suppressions(finding: Finding, report: Report, srcroot: str | None) -> list[dict[str, Any]]:
    out = []
    if finding.waiver is not None:
        waiver = finding.waiver
        suppression: dict[str, Any] = {
            "kind": "inSource" if waiver.inline else "external",
            "status": "accepted",
            "justification": waiver.reason,
        }
        if waiver.source:
            suppression["location"] = {"physicalLocation": _physical(waiver.source, waiver.line, srcroot)}
        properties = {k: v for k, v in (
            ("expires", waiver.expires.isoformat() if waiver.expires else None),
            ("author", waiver.author or None),
        ) if v}
        if properties:
            suppression["properties"] = properties
        out.append(suppression)
    if finding.baselined:
        out.append({
            "kind": "external",
            "status": "accepted",
            "justification": f"recorded in the baseline {report.baseline}",
            "properties": {"baseline": report.baseline},
        })
    return out


def _baseline_state(finding: Finding, report: Report) -> str | None:
    if report.baseline:
        return "unchanged" if finding.baselined else "new"
    if report.command == "check":
        return {"introduced": "new", "persisting": "unchanged"}.get(finding.status or "")
    return None


def _result(finding: Finding, index: int, report: Report, srcroot: str | None) -> dict[str, Any]:
    location = {
        "physicalLocation": _physical(finding_path(finding, report), finding.location.line, srcroot,
                                      finding.evidence),
        "logicalLocations": [{
            "name": finding.location.eid,
            "fullyQualifiedName": finding.location.label or finding.location.eid,
            "kind": "element",
        }],
    }
    result: dict[str, Any] = {
        "ruleId": finding.rule,
        "ruleIndex": index,
        "level": _LEVEL[finding.severity.value],
        "message": {"text": finding.message},
        "locations": [location],
        "partialFingerprints": {FINGERPRINT_KEY: finding.fingerprint},
    }
    state = _baseline_state(finding, report)
    if state:
        result["baselineState"] = state
    suppressions = _suppressions(finding, report, srcroot)
    if suppressions:
        result["suppressions"] = suppressions
    properties: dict[str, Any] = {"topic": finding.topic, "eid": finding.location.eid}
    if finding.status:
        properties["status"] = finding.status
    if finding.citations:
        properties["citations"] = [c.id for c in finding.citations]
    if finding.via:
        properties["via"] = list(finding.via)
    result["properties"] = properties
    return result


def _notification(note: str, srcroot: str | None) -> dict[str, Any]:
    path, line, text = note_place(note)
    notification: dict[str, Any] = {"level": "warning", "message": {"text": text if path else note}}
    if path:
        notification["locations"] = [{"physicalLocation": _physical(path, line, srcroot)}]
    return notification


def sarif_log(report: Report, *, catalogue: Any = None, srcroot: str | None = None) -> dict[str, Any]:
    """The SARIF log as JSON-native data (see the module docstring)."""
    infos = rule_infos(report, catalogue)
    index = {info.id: i for i, info in enumerate(infos)}
    driver: dict[str, Any] = {
        "name": "suffrage",
        "fullName": "Suffrage election-law compliance checker",
        "version": report.tool_version,
        "semanticVersion": report.tool_version,
        "informationUri": INFORMATION_URI,
        "rules": [_rule_descriptor(info) for info in infos],
        "properties": {"rulesets": [{"id": r.id, "version": r.version, "title": r.title} for r in report.rulesets]},
    }
    current = [f for f in ordered_findings(report.findings) if f.status != "resolved"]
    run: dict[str, Any] = {
        "tool": {"driver": driver},
        "invocations": [{
            "executionSuccessful": True,
            "toolExecutionNotifications": [_notification(n, srcroot) for n in report.notes],
        }],
        "results": [_result(f, index[f.rule], report, srcroot) for f in current],
    }
    if srcroot:
        run["originalUriBaseIds"] = {SRCROOT: {"uri": Path(srcroot).resolve().as_uri().rstrip("/") + "/"}}
    properties: dict[str, Any] = {
        "command": report.command,
        "law": {"title": report.law_title, "path": report.law_path, "provisions": report.provisions},
        "summary": report.summary(),
    }
    if report.command == "check":
        properties["draft"] = {"title": report.draft_title, "path": report.draft_path}
        properties["resolved"] = [
            {"ruleId": f.rule, "eid": f.location.eid, "label": f.location.label, "fingerprint": f.fingerprint,
             "message": f.message}
            for f in ordered_findings(report.findings) if f.status == "resolved"
        ]
    if report.baseline:
        properties["baseline"] = report.baseline
    run["properties"] = properties
    return {"$schema": SCHEMA_URI, "version": "2.1.0", "runs": [run]}


def render(report: Report, *, catalogue: Any = None, srcroot: str | None = None, **_options: Any) -> str:
    """SARIF 2.1.0 text. ``catalogue``: the loaded rule catalogue (every rule goes into ``tool.driver``);
    ``srcroot``: the repository root artifact paths are made relative to."""
    return _json.dumps(sarif_log(report, catalogue=catalogue, srcroot=srcroot), ensure_ascii=False, indent=2)
