"""What several renderers share: rule descriptions, paths, grouping and counting.

Private to the report package. The catalogue is duck-typed (``.rules`` as a
sequence or mapping of rules with ``id``, ``name``, ``topic``, ``severity``,
``cites``, ``title``/``description``, ``message``; ``.citation(id)``) so that
renderers stay pure functions of a report and whatever the command line
loaded.
"""

from __future__ import annotations

import os
import re
from collections import OrderedDict
from collections.abc import Iterable, Mapping
from pathlib import PurePosixPath
from typing import Any
from urllib.parse import quote

from attrs import frozen

from ..errors import SuffrageError
from ..model import SEVERITIES, CitedText, Finding, Report, Tradition
from ..naming import PREFIX_KIND, format_citation

__all__ = ["RuleInfo", "rule_infos", "relative_path", "artifact_uri", "finding_path", "ordered_findings",
           "by_provision", "eid_labels",
           "citation_of", "note_place", "status_counts", "gate_counts", "clean_text", "unwrap"]

STATUSES = ("introduced", "persisting", "resolved")
_NOTE_RE = re.compile(r"^(?P<path>[^\s:][^:\n]{0,400}):(?P<line>[0-9]{1,9}): (?P<text>.*)$", re.DOTALL)
_CONTROL_RE = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f\ufffe\uffff]")


@frozen
class RuleInfo:
    """What a renderer needs to describe a rule."""

    id: str
    name: str
    title: str
    description: str
    severity: str
    topic: str
    cites: tuple[CitedText, ...]
    message: str = ""
    ruleset: str = ""


def _text(value: Any) -> str:
    return value if isinstance(value, str) else ("" if value is None else str(value))


def unwrap(text: str) -> str:
    """Hard-wrapped text (as written in rule packs) as paragraphs of one line each."""
    paragraphs = [" ".join(p.split()) for p in re.split(r"\n[ \t]{0,200}\n", text.strip())]
    return "\n\n".join(p for p in paragraphs if p)


def _severity(value: Any) -> str:
    value = getattr(value, "value", value)
    return value if value in SEVERITIES else "warning"


def _rules_of(catalogue: Any) -> list[Any]:
    rules = getattr(catalogue, "rules", ())
    if isinstance(rules, Mapping):
        return list(rules.values())
    return list(rules)


def _cited(catalogue: Any, ident: str) -> CitedText:
    lookup = getattr(catalogue, "citation", None)
    if lookup is not None:
        try:
            found = lookup(ident)
        except (LookupError, SuffrageError):  # an unknown citation only costs its text here
            found = None
        if found is not None:
            return found
    return CitedText(id=ident, text="")


def rule_infos(report: Report, catalogue: Any = None) -> list[RuleInfo]:
    """Every rule of ``catalogue`` (in catalogue order), then any rule only the findings know."""
    infos: OrderedDict[str, RuleInfo] = OrderedDict()
    if catalogue is not None:
        for rule in _rules_of(catalogue):
            ident = _text(getattr(rule, "id", ""))
            if not ident:
                continue
            cites = tuple(c if isinstance(c, CitedText) else _cited(catalogue, _text(c))
                          for c in getattr(rule, "cites", ()) or ())
            title = unwrap(_text(getattr(rule, "title", "")) or _text(getattr(rule, "description", "")))
            description = unwrap(_text(getattr(rule, "description", ""))) or title
            ruleset = getattr(rule, "ruleset", None) or getattr(rule, "pack", None) or ""
            infos[ident] = RuleInfo(
                id=ident,
                name=_text(getattr(rule, "name", "")) or ident,
                title=title or ident,
                description=description or title or ident,
                severity=_severity(getattr(rule, "severity", "warning")),
                topic=_text(getattr(rule, "topic", "")),
                cites=cites,
                message=_text(getattr(rule, "message", "")),
                ruleset=_text(getattr(ruleset, "id", ruleset)),
            )
    for finding in report.findings:
        if finding.rule not in infos:
            infos[finding.rule] = RuleInfo(
                id=finding.rule, name=finding.name or finding.rule, title=finding.name or finding.rule,
                description=finding.message, severity=finding.severity.value, topic=finding.topic,
                cites=finding.citations,
            )
    return list(infos.values())


def relative_path(path: str, srcroot: str | None) -> str:
    """``path`` relative to ``srcroot`` in POSIX form when it lies below it; else unchanged (POSIX)."""
    if not path:
        return path
    if srcroot:
        absolute = os.path.abspath(path)
        root = os.path.abspath(srcroot)
        try:
            if os.path.commonpath([absolute, root]) == root:
                return PurePosixPath(*os.path.relpath(absolute, root).split(os.sep)).as_posix()
        except ValueError:  # different drives on Windows
            pass
    return path.replace(os.sep, "/")


def artifact_uri(path: str, srcroot: str | None) -> str:
    """A URI reference for ``path``: relative and percent-encoded, or ``file://`` when absolute."""
    rel = relative_path(path, srcroot)
    if os.path.isabs(rel):
        return "file://" + quote(PurePosixPath(rel).as_posix(), safe="/")
    return quote(rel, safe="/")


def finding_path(finding: Finding, report: Report) -> str:
    """The file a finding points at: its own location path, else the law."""
    return finding.location.path or report.law_path


def ordered_findings(findings: Iterable[Finding]) -> list[Finding]:
    """Document order, then most severe first, then rule id."""
    return sorted(findings, key=lambda f: (f.location.line if f.location.line is not None else 10**9,
                                           f.location.eid, -f.severity.rank, f.rule))


def by_provision(findings: Iterable[Finding]) -> OrderedDict[str, list[Finding]]:
    """Findings grouped by eId, groups in document order."""
    groups: OrderedDict[str, list[Finding]] = OrderedDict()
    for finding in ordered_findings(findings):
        groups.setdefault(finding.location.eid, []).append(finding)
    return groups


def citation_of(eid: str) -> str:
    """A citation for an eId the report gives no label for, built from the eId itself."""
    path = []
    for component in eid.split("__"):
        prefix, _, label = component.partition("_")
        kind = PREFIX_KIND.get(prefix)
        if kind is None or not label:
            return eid
        path.append((kind, label))
    if not path:
        return eid
    tradition = Tradition.CIS if eid.startswith("art_") or "point_" in eid else Tradition.COMMONWEALTH
    try:
        return format_citation(path, tradition)
    except (KeyError, IndexError, ValueError):
        return eid


class _Labels(dict):
    def __missing__(self, eid: str) -> str:
        return citation_of(eid)

    def get(self, eid: str, default: str | None = None) -> str:  # type: ignore[override]
        return self[eid] if eid in self else citation_of(eid)


def eid_labels(report: Report) -> dict[str, str]:
    """eId -> citation for every provision the report names (findings, changes, impact).

    Looking up an eId it does not hold gives a citation built from the eId.
    """
    labels: dict[str, str] = _Labels()
    for change in report.changes:
        labels.setdefault(change.eid, change.citation)
        if change.new_eid:
            labels.setdefault(change.new_eid, change.citation)
    for entry in report.impact:
        labels.setdefault(entry.eid, entry.label)
    for finding in report.findings:
        labels.setdefault(finding.location.eid, finding.location.label)
    return labels


def note_place(note: str) -> tuple[str | None, int | None, str]:
    """Split a note ``path:line: text`` into its parts; (None, None, note) when it has no place."""
    match = _NOTE_RE.match(note)
    if match is None:
        return None, None, note
    return match.group("path"), int(match.group("line")), match.group("text")


def status_counts(report: Report) -> dict[str, dict[str, int]]:
    """severity -> {introduced, persisting, resolved, waived, baselined, total} over all findings."""
    table = {s: {k: 0 for k in (*STATUSES, "waived", "baselined", "total")} for s in SEVERITIES}
    for finding in report.findings:
        row = table[finding.severity.value]
        row["total"] += 1
        if finding.status in STATUSES:
            row[finding.status] += 1
        if finding.waived:
            row["waived"] += 1
        if finding.baselined:
            row["baselined"] += 1
    return table


def gate_counts(report: Report, fail_on: str) -> tuple[int, int]:
    """(findings that fail the gate at ``fail_on``, findings counting against the gate at all)."""
    from ..gate import failing

    return len(failing(report, fail_on)), len(report.gating())


def clean_text(text: str) -> str:
    """Text without the control characters XML 1.0 and terminals choke on (tabs and newlines kept)."""
    return _CONTROL_RE.sub("\N{REPLACEMENT CHARACTER}", text) if text else text
