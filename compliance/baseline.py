"""Baselines: accept today's findings, fail only on new ones.

``--write-baseline FILE`` records the findings of a run (fingerprint, rule,
eId, plus severity and message for the reader) in a small JSON file meant to
be committed. ``--baseline FILE`` marks the findings whose fingerprint is in
the file as *baselined*: they stay in every report but no longer count
against the gate, so a law with known problems can adopt the CI gate and
still be stopped by anything new — the model of Bandit's ``-b`` and
Semgrep's ``--baseline-commit``.

A fingerprint is rule + eId + evidence, so a finding whose words change, or
that moves to another provision, is new. Baseline entries no longer found are
counted in a note (the law got better: refresh the baseline). The file has
no timestamp, and entries are sorted, so rewriting it after no change gives
the same bytes and a clean ``git diff``.
"""

from __future__ import annotations

import json
from collections.abc import Iterable

import attrs
from attrs import frozen

from .errors import InputError
from .model import Finding, Report
from .textio import read_text

__all__ = ["FORMAT_VERSION", "BaselineEntry", "Baseline", "baseline_of", "dump_baseline", "parse_baseline",
           "read_baseline", "apply_baseline"]

#: Version of the baseline file format, stored as ``"suffrage-baseline"``.
FORMAT_VERSION = 1


@frozen
class BaselineEntry:
    """One recorded finding."""

    fingerprint: str
    rule: str
    eid: str
    severity: str = ""
    message: str = ""


@frozen
class Baseline:
    """The findings recorded in a baseline file (``path``)."""

    entries: tuple[BaselineEntry, ...]
    path: str = ""
    law: str = ""

    @property
    def fingerprints(self) -> frozenset[str]:
        return frozenset(e.fingerprint for e in self.entries)


def _recorded(findings: Iterable[Finding]) -> list[Finding]:
    """Findings worth recording: everything the run reports except what the draft resolved."""
    return [f for f in findings if f.status != "resolved"]


def baseline_of(report: Report, *, path: str = "") -> Baseline:
    """The baseline that accepts every finding of ``report`` (waived ones included)."""
    entries = {
        f.fingerprint: BaselineEntry(f.fingerprint, f.rule, f.location.eid, f.severity.value, f.message)
        for f in _recorded(report.findings)
    }
    ordered = sorted(entries.values(), key=lambda e: (e.eid, e.rule, e.fingerprint))
    return Baseline(entries=tuple(ordered), path=path, law=report.law_path)


def dump_baseline(report: Report) -> str:
    """The JSON text of a baseline file accepting ``report``'s findings."""
    baseline = baseline_of(report)
    data = {
        "suffrage-baseline": FORMAT_VERSION,
        "tool": {"name": "suffrage", "version": report.tool_version},
        "law": report.law_path,
        "findings": [attrs.asdict(e) for e in baseline.entries],
    }
    return json.dumps(data, ensure_ascii=False, indent=2) + "\n"


def read_baseline(path: str) -> Baseline:
    """Read a baseline file; a malformed one is an :class:`InputError` naming the file (and line)."""
    return parse_baseline(read_text(path, what="baseline file"), path=path)


def parse_baseline(text: str, *, path: str = "<baseline>") -> Baseline:
    try:
        data = json.loads(text)
    except json.JSONDecodeError as error:
        raise InputError(f"not a baseline file (invalid JSON: {error.msg})", where=path, line=error.lineno) from None
    if not isinstance(data, dict) or "suffrage-baseline" not in data:
        raise InputError("not a baseline file: expected a JSON object written by --write-baseline", where=path)
    if data["suffrage-baseline"] != FORMAT_VERSION:
        raise InputError(f"baseline format {data['suffrage-baseline']!r} is not supported "
                         f"(this Suffrage writes format {FORMAT_VERSION}); rewrite it with --write-baseline",
                         where=path)
    raw = data.get("findings")
    if not isinstance(raw, list):
        raise InputError("baseline 'findings' must be a list", where=path)
    entries = []
    for number, item in enumerate(raw, start=1):
        if not isinstance(item, dict) or not isinstance(item.get("fingerprint"), str) or not item["fingerprint"]:
            raise InputError(f"baseline finding #{number} has no fingerprint", where=path)
        entries.append(BaselineEntry(
            fingerprint=item["fingerprint"],
            rule=str(item.get("rule", "")),
            eid=str(item.get("eid", "")),
            severity=str(item.get("severity", "")),
            message=str(item.get("message", "")),
        ))
    return Baseline(entries=tuple(entries), path=path, law=str(data.get("law", "")))


def apply_baseline(report: Report, baseline: Baseline) -> Report:
    """Mark findings recorded in ``baseline``; note entries that are gone."""
    known = baseline.fingerprints
    seen: set[str] = set()
    findings = []
    for finding in report.findings:
        if finding.status != "resolved" and finding.fingerprint in known:
            seen.add(finding.fingerprint)
            finding = attrs.evolve(finding, baselined=True)
        findings.append(finding)
    notes = list(report.notes)
    gone = len(known - seen)
    if gone:
        notes.append(f"{baseline.path or '<baseline>'}: {gone} baseline finding(s) are no longer reported; "
                     "refresh the baseline with --write-baseline")
    return attrs.evolve(report, findings=tuple(findings), notes=tuple(notes), baseline=baseline.path or "<baseline>")
