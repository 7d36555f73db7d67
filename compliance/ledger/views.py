"""Plain views of a stored draft for ``suffrage draft show`` and ``suffrage draft list``.

Pure functions from a :class:`~compliance.ledger.domain.Draft` aggregate to
JSON-native dicts or text; no I/O.
"""

from __future__ import annotations

from typing import Any

from .codec import describe_operation

__all__ = ["draft_summary", "draft_dict", "render_draft"]


def _when(value: Any) -> str:
    return value.isoformat() if hasattr(value, "isoformat") else str(value)


def draft_summary(draft: Any) -> dict[str, Any]:
    """One row of ``draft list``."""
    return {
        "id": draft.id.hex,
        "title": draft.title,
        "law": draft.law_name,
        "status": draft.status,
        "amendments": len(draft.active_amendments()),
        "last_check": dict(draft.last_check["summary"]) if draft.last_check else None,
        "checked_since_change": draft.checked_since_change,
    }


def draft_dict(draft: Any) -> dict[str, Any]:
    """Everything ``draft show --format json`` prints."""
    return {
        "id": draft.id.hex,
        "short_id": draft.short_id,
        "title": draft.title,
        "law": draft.law_name,
        "status": draft.status,
        "election": draft.election,
        "effective": draft.effective,
        "reason": draft.outcome_reason,
        "opened_by": draft.opened_by,
        "opened_on": _when(draft.created_on),
        "version": draft.version,
        "amendments": [{"id": aid, **amendment} for aid, amendment in draft.amendments.items()],
        "last_check": draft.last_check,
        "checked_since_change": draft.checked_since_change,
        "waivers": [{"fingerprint": fp, **waiver} for fp, waiver in draft.waivers.items()],
    }


def render_draft(draft: Any) -> str:
    """``draft show`` as text."""
    lines = [f"Draft {draft.id.hex} {draft.title!r}"]
    facts = [f"law {draft.law_name}", f"status {draft.status}"]
    if draft.effective:
        facts.append(f"effective {draft.effective}")
    if draft.election:
        facts.append(f"next election {draft.election}")
    lines.append(", ".join(facts) + f"; opened by {draft.opened_by} on {_when(draft.created_on)[:10]}")
    if draft.outcome_reason:
        lines.append(f"Reason: {draft.outcome_reason}")
    lines.append("")
    lines.append("Amendments:" if draft.amendments else "No amendments yet.")
    for aid, amendment in draft.amendments.items():
        ops = "; ".join(describe_operation(op) for op in amendment["operations"])
        revision = f", revision {amendment['revision']}" if amendment["revision"] > 1 else ""
        lines.append(f"  {aid:<6} {amendment['status']:<9} {ops}  (from {amendment['source']}{revision})")
        if amendment["reason"]:
            lines.append(f"         withdrawn: {amendment['reason']}")
    lines.append("")
    check = draft.last_check
    if check is None:
        lines.append("Not checked yet.")
    else:
        s = check["summary"]
        fresh = "current" if draft.checked_since_change else "outdated: the draft changed since"
        packs = ", ".join(f"{r['id']} {r['version']}" for r in check["rulesets"])
        lines.append(f"Latest check ({fresh}): {s['error']} error(s), {s['warning']} warning(s), {s['info']} info"
                     + (f" — {packs}" if packs else ""))
        for finding in check["findings"]:
            waived = " [waived]" if finding["fingerprint"] in draft.waivers else ""
            status = f" {finding['status']}" if finding.get("status") else ""
            lines.append(
                f"  {finding['severity']:<7} {finding['rule']:<7} {finding['location']['label']:<22}"
                f" {finding['fingerprint'][:12]}{status}{waived}  {finding['message']}"
            )
    if draft.waivers:
        lines.append("")
        lines.append("Waivers:")
        for fingerprint, waiver in draft.waivers.items():
            until = f" until {waiver['expires']}" if waiver["expires"] else ""
            lines.append(f"  {fingerprint[:12]}{until} by {waiver['author']}: {waiver['reason']}")
    return "\n".join(lines)
