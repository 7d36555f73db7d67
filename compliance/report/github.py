"""GitHub Actions workflow commands: annotations on the law, and a job summary.

:func:`render` prints one workflow command per finding that counts against
the gate (not waived, not resolved, not baselined)::

    ::error file=laws/elections.md,line=88,title=VC013 candidacy-signatures (Article 56(1))::Requires …

``error`` → ``::error``, ``warning`` → ``::warning``, ``info`` → ``::notice``;
errors first, since GitHub shows only 10 annotations of each kind per step
(50 per job). Run notes become ``::warning`` commands, with ``file``/``line``
when the note names a place. Data is escaped as the Actions toolkit does
(``%`` → ``%25``, CR → ``%0D``, LF → ``%0A``); property values also escape
``:`` → ``%3A`` and ``,`` → ``%2C`` — so a message can never start a new
command.

:func:`summary` returns the Markdown job summary (every finding, waived ones
included) that the command line appends to ``$GITHUB_STEP_SUMMARY``; it is
the Markdown report, cut to GitHub's 1 MiB limit for a step summary.
"""

from __future__ import annotations

from typing import Any

from ..model import Finding, Report
from . import markdown
from ._common import clean_text, finding_path, note_place, ordered_findings, relative_path

__all__ = ["render", "summary", "escape_data", "escape_property", "SUMMARY_LIMIT"]

_COMMAND = {"error": "error", "warning": "warning", "info": "notice"}
_ORDER = {"error": 0, "warning": 1, "info": 2}
#: GitHub refuses step summaries over 1 MiB; stay well under it.
SUMMARY_LIMIT = 1000 * 1000


def escape_data(text: str) -> str:
    """Escape a workflow command's message."""
    return text.replace("%", "%25").replace("\r", "%0D").replace("\n", "%0A")


def escape_property(text: str) -> str:
    """Escape a workflow command's property value."""
    return escape_data(text).replace(":", "%3A").replace(",", "%2C")


def _command(kind: str, message: str, **properties: str | int | None) -> str:
    props = ",".join(f"{key}={escape_property(str(value))}" for key, value in properties.items()
                     if value not in (None, ""))
    return f"::{kind}{' ' + props if props else ''}::{escape_data(clean_text(message))}"


def _message(finding: Finding) -> str:
    lines = [finding.message]
    if finding.evidence:
        lines.append(f"{finding.location.label}: “{finding.evidence}”")
    if finding.status:
        lines.append(f"({finding.status} by this draft)" if finding.status == "introduced"
                     else f"({finding.status})")
    if finding.citations:
        lines.append("Cites " + "; ".join(c.id for c in finding.citations))
    return "\n".join(lines)


def render(report: Report, *, srcroot: str | None = None, **_options: Any) -> str:
    """Workflow commands, one line each; ``srcroot`` is the workspace root paths are made relative to."""
    lines = []
    gating = [f for f in ordered_findings(report.findings)
              if not f.waived and not f.baselined and f.status != "resolved"]
    gating.sort(key=lambda f: (_ORDER[f.severity.value], 0 if f.status == "introduced" else 1))
    for finding in gating:
        title = f"{finding.rule} {finding.name} ({finding.location.label or finding.location.eid})"
        lines.append(_command(
            _COMMAND[finding.severity.value], _message(finding),
            file=relative_path(finding_path(finding, report), srcroot),
            line=finding.location.line or 1,
            title=title,
        ))
    for note in report.notes:
        path, line, text = note_place(note)
        if path:
            lines.append(_command("warning", text, file=relative_path(path, srcroot), line=line,
                                  title="suffrage"))
        else:
            lines.append(_command("warning", note, title="suffrage"))
    counts = report.summary()
    waived = sum(1 for f in report.findings if f.waived)
    lines.append(f"suffrage: {counts['error']} error(s), {counts['warning']} warning(s), {counts['info']} info"
                 + (f", {waived} waived" if waived else ""))
    return "\n".join(lines)


def summary(report: Report, **options: Any) -> str:
    """The Markdown job summary for ``$GITHUB_STEP_SUMMARY``."""
    options.setdefault("limit", SUMMARY_LIMIT)
    return markdown.render(report, **options)
