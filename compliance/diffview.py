"""What ``suffrage diff`` prints: a draft's changes to a law as text, JSON or Markdown.

Pure functions of a :class:`~compliance.model.Draft`, the law it amends and
the :class:`~compliance.amend.Amended` result; no colour and no I/O (the
command line colours the text form on a terminal).
"""

from __future__ import annotations

import json
from typing import Any

from .amend import Amended
from .model import Change, Draft, Law

__all__ = ["diff_dict", "render_diff"]


def diff_dict(draft: Draft, law: Law, amended: Amended) -> dict[str, Any]:
    """The diff as JSON-native data."""
    operations = draft.operations
    return {
        "draft": {
            "title": draft.title,
            "path": draft.path,
            "effective": draft.effective.isoformat() if draft.effective else None,
            "election": draft.election.isoformat() if draft.election else None,
            "operations": len(operations),
        },
        "law": {"title": law.title, "path": law.path},
        "changes": [_change_dict(change, draft) for change in amended.changes],
        "problems": [
            {"kind": p.kind, "topic": p.topic, "message": p.message, "operation": p.operation + 1,
             "target": p.target, "line": p.line}
            for p in amended.problems
        ],
        "renamed": dict(amended.renamed),
        "unparsed": [{"line": u.line, "text": u.text, "reason": u.reason} for u in draft.unparsed],
        "conditional": [{"line": u.line, "text": u.text, "reason": u.reason} for u in draft.conditional],
        "other_acts": [
            {"act": operations[i].act, "action": operations[i].action, "target": operations[i].target,
             "line": operations[i].line}
            for i in amended.skipped
        ],
    }


def _change_dict(change: Change, draft: Draft) -> dict[str, Any]:
    return {
        "eid": change.eid,
        "new_eid": change.new_eid,
        "citation": change.citation,
        "action": change.action,
        "before": change.before,
        "after": change.after,
        "diff": change.diff,
        "operations": [i + 1 for i in change.operations],
        "lines": sorted({draft.operations[i].line for i in change.operations if draft.operations[i].line}),
    }


def render_diff(draft: Draft, law: Law, amended: Amended, fmt: str = "text") -> str:
    """Render the diff in ``fmt``: ``text``, ``json`` or ``markdown``."""
    if fmt == "json":
        return json.dumps(diff_dict(draft, law, amended), ensure_ascii=False, indent=2)
    if fmt == "markdown":
        return _markdown(draft, law, amended)
    return _text(draft, law, amended)


def _where(change: Change, draft: Draft) -> str:
    lines = sorted({draft.operations[i].line for i in change.operations if draft.operations[i].line})
    ids = [draft.operations[i].id for i in change.operations if draft.operations[i].id]
    if ids:
        return ("amendment " if len(ids) == 1 else "amendments ") + ", ".join(ids) + (
            f" (line {', '.join(str(n) for n in lines)})" if lines else "")
    if not lines:
        return ""
    return ("bill line " if len(lines) == 1 else "bill lines ") + ", ".join(str(n) for n in lines)


def _summary(draft: Draft, amended: Amended) -> str:
    counts: dict[str, int] = {}
    for change in amended.changes:
        counts[change.action] = counts.get(change.action, 0) + 1
    parts = ", ".join(f"{n} {action}" for action, n in sorted(counts.items()))
    text = f"{len(amended.changes)} provision(s) changed" + (f" ({parts})" if parts else "")
    text += f"; {len(amended.problems)} problem(s)"
    if draft.unparsed:
        text += f"; {len(draft.unparsed)} bill line(s) not understood"
    if draft.conditional:
        text += f"; {len(draft.conditional)} conditional amendment(s) not applied"
    if amended.skipped:
        text += f"; {len(amended.skipped)} operation(s) on other acts not applied"
    return text


def _text(draft: Draft, law: Law, amended: Amended) -> str:
    out = [f"Draft: {draft.title}" + (f" ({draft.path})" if draft.path else ""),
           f"Law:   {law.title}" + (f" ({law.path})" if law.path else "")]
    if draft.effective:
        out.append(f"Effective: {draft.effective.isoformat()}")
    if draft.election:
        out.append(f"Election:  {draft.election.isoformat()}")
    for change in amended.changes:
        where = _where(change, draft)
        eid = change.eid + (f" -> {change.new_eid}" if change.new_eid else "")
        out.append("")
        out.append(f"== {change.citation} — {change.action} [{eid}]" + (f" ({where})" if where else ""))
        out.append(change.diff.rstrip("\n"))
    if amended.problems:
        out.append("")
        out.append("Problems:")
        for problem in amended.problems:
            at = f"line {problem.line}: " if problem.line else f"operation {problem.operation + 1}: "
            out.append(f"  {at}{problem.topic} ({problem.kind}): {problem.message}")
    if draft.conditional or draft.unparsed or amended.skipped:
        out.append("")
        out.append("Not applied:")
        for item in draft.unparsed:
            out.append(f"  line {item.line}: not understood ({item.reason}): {_short(item.text)}")
        for item in draft.conditional:
            out.append(f"  line {item.line}: {item.reason}: {_short(item.text)}")
        for index in amended.skipped:
            op = draft.operations[index]
            out.append(f"  line {op.line}: amends {op.act}: {op.action} {op.target}")
    out.append("")
    out.append(_summary(draft, amended))
    return "\n".join(out)


def _markdown(draft: Draft, law: Law, amended: Amended) -> str:
    out = [f"# {draft.title}", "", f"Amends *{law.title}*" + (f" (`{law.path}`)" if law.path else "") + "."]
    if draft.effective:
        out.append(f"Takes effect on {draft.effective.isoformat()}.")
    for change in amended.changes:
        where = _where(change, draft)
        out += ["", f"## {change.citation} — {change.action}", "",
                f"`{change.eid}`" + (f" → `{change.new_eid}`" if change.new_eid else "") + (f", {where}" if where else ""),
                "", "```diff", change.diff.rstrip("\n"), "```"]
    if amended.problems:
        out += ["", "## Problems", ""]
        for problem in amended.problems:
            at = f"line {problem.line}" if problem.line else f"operation {problem.operation + 1}"
            out.append(f"- **{problem.topic}** ({at}): {problem.message}")
    if draft.unparsed or draft.conditional or amended.skipped:
        out += ["", "## Not applied", ""]
        for item in draft.unparsed:
            out.append(f"- line {item.line}: not understood ({item.reason}): {_short(item.text)}")
        for item in draft.conditional:
            out.append(f"- line {item.line}: {item.reason}: {_short(item.text)}")
        for index in amended.skipped:
            op = draft.operations[index]
            out.append(f"- line {op.line}: amends {op.act}: {op.action} {op.target}")
    out += ["", _summary(draft, amended)]
    return "\n".join(out)


def _short(text: str, limit: int = 100) -> str:
    text = " ".join(text.split())
    return text if len(text) <= limit else text[: limit - 1] + "…"
