"""The JSON report: the contract of ARCHITECTURE §5, extended compatibly.

Keys of the contract: ``tool``, ``rulesets``, ``law`` (title, provisions),
``findings`` (fingerprint, rule, topic, severity, status — for checks only —,
location {eid, label, line}, evidence, message, citations [{id, text}],
waiver) and ``summary`` (counts of findings that count against the gate, by
severity). Extensions, documented in the README: ``findings[].name`` (the
rule's kebab-case name), ``findings[].via`` (reference chain when a provision
was re-evaluated through a reference), ``findings[].baselined`` (in the
``--baseline`` file), ``waiver.line``/``waiver.inline``, ``law.path``, and for
checks ``draft``, ``changes``, ``impact``; ``baseline`` names the baseline file
applied; ``notes`` lists warnings about the run.
"""

from __future__ import annotations

import json as _json
from typing import Any

from ..model import Finding, Report

__all__ = ["render", "report_dict", "finding_dict"]


def finding_dict(finding: Finding, *, with_status: bool) -> dict[str, Any]:
    data: dict[str, Any] = {
        "fingerprint": finding.fingerprint,
        "rule": finding.rule,
        "name": finding.name,
        "topic": finding.topic,
        "severity": finding.severity.value,
    }
    if with_status:
        data["status"] = finding.status
    data["location"] = {
        "eid": finding.location.eid,
        "label": finding.location.label,
        "line": finding.location.line,
    }
    data["evidence"] = finding.evidence
    data["message"] = finding.message
    data["citations"] = [{"id": c.id, "text": c.text} for c in finding.citations]
    data["waiver"] = None
    if finding.waiver is not None:
        waiver = finding.waiver
        data["waiver"] = {
            "reason": waiver.reason,
            "expires": waiver.expires.isoformat() if waiver.expires else None,
            "author": waiver.author or None,
            "source": waiver.source or None,
            "line": waiver.line,
            "inline": waiver.inline,
        }
    if finding.baselined:
        data["baselined"] = True
    if finding.via:
        data["via"] = list(finding.via)
    return data


def report_dict(report: Report) -> dict[str, Any]:
    """The report as JSON-native data."""
    is_check = report.command == "check"
    data: dict[str, Any] = {
        "tool": {"name": "suffrage", "version": report.tool_version},
        "rulesets": [{"id": r.id, "version": r.version} for r in report.rulesets],
        "law": {"title": report.law_title, "provisions": report.provisions, "path": report.law_path},
        "findings": [finding_dict(f, with_status=is_check) for f in report.findings],
        "summary": report.summary(),
    }
    if is_check:
        data["draft"] = {
            "title": report.draft_title,
            "path": report.draft_path,
            "effective": report.effective.isoformat() if report.effective else None,
            "election": report.election.isoformat() if report.election else None,
        }
        data["changes"] = [
            {"eid": c.eid, "label": c.citation, "action": c.action, "before": c.before, "after": c.after,
             "diff": c.diff}
            for c in report.changes
        ]
        data["impact"] = [{"eid": i.eid, "label": i.label, "path": list(i.path)} for i in report.impact]
    if report.baseline:
        data["baseline"] = report.baseline
    if report.notes:
        data["notes"] = list(report.notes)
    return data


def render(report: Report, **_options: Any) -> str:
    return _json.dumps(report_dict(report), ensure_ascii=False, indent=2)
