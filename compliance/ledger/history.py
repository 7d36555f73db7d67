"""The story ``suffrage log`` tells: when, who, what — one line per stored event.

:func:`entries` turns the ledger's domain events (in the order they were
committed) into :class:`Entry` values with a plain-English description, e.g.
``proposed amendment a1: replace Article 4(1) (from bill.toml)``.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from datetime import UTC, datetime
from typing import Any

from attrs import frozen

from .codec import describe_operation

__all__ = ["Entry", "entries"]


@frozen
class Entry:
    """One event of the history."""

    when: datetime
    author: str
    subject: str  # "law kz" or "draft 3f2a1b0c"
    what: str
    event: str  # the event's class name, e.g. "Draft.AmendmentProposed"
    aggregate: str  # aggregate id (hex)
    version: int

    def as_dict(self) -> dict[str, Any]:
        return {
            "when": self.when.astimezone(UTC).isoformat(),
            "author": self.author,
            "subject": self.subject,
            "what": self.what,
            "event": self.event,
            "aggregate": self.aggregate,
            "version": self.version,
        }

    def line(self) -> str:
        stamp = self.when.astimezone(UTC).strftime("%Y-%m-%d %H:%M:%SZ")
        return f"{stamp}  {self.author}  {self.subject}  {self.what}"


def entries(events: Iterable[Any], *, law_names: dict[str, str] | None = None) -> Iterator[Entry]:
    """Describe ``events`` (domain events in commit order). ``law_names`` maps law ids to names when the
    ``Imported`` events are not among ``events``."""
    names = dict(law_names or {})
    last_findings: dict[str, dict[str, dict[str, Any]]] = {}
    for event in events:
        kind = type(event).__qualname__
        oid = event.originator_id.hex
        if kind == "Law.Imported":
            names[oid] = event.name
        if kind.startswith("Law."):
            subject = f"law {names.get(oid, oid[:8])}"
        else:
            subject = f"draft {oid[:8]}"
        what = _describe(kind, event, last_findings.setdefault(oid, {}))
        yield Entry(
            when=event.timestamp,
            author=getattr(event, "author", ""),
            subject=subject,
            what=what,
            event=kind,
            aggregate=oid,
            version=event.originator_version,
        )


def _amendment(event: Any) -> str:
    ops = "; ".join(describe_operation(op) for op in event.operations)
    return f"amendment {event.amendment_id}: {ops} (from {event.source})"


def _describe(kind: str, event: Any, findings: dict[str, dict[str, Any]]) -> str:
    if kind == "Law.Imported":
        return f"imported law {event.name!r} from {event.source} (text as of {event.as_of})"
    if kind == "Law.AmendmentAdopted":
        touched = ", ".join(sorted({c.get("citation") or c["eid"] for c in event.changes})) or "no provision"
        return (
            f"adopted draft {event.draft_id[:8]} {event.title!r}, effective {event.effective}: "
            f"{len(event.changes)} change(s) ({touched})"
        )
    if kind == "Draft.Opened":
        election = f", next election {event.election}" if event.election else ""
        return f"opened draft {event.title!r} on law {event.law_name}{election}"
    if kind == "Draft.AmendmentProposed":
        return f"proposed {_amendment(event)}"
    if kind == "Draft.AmendmentRevised":
        return f"revised {_amendment(event)}"
    if kind == "Draft.AmendmentWithdrawn":
        return f"withdrew amendment {event.amendment_id}: {event.reason}"
    if kind == "Draft.Checked":
        findings.clear()
        findings.update({f["fingerprint"]: f for f in event.findings})
        s = event.summary
        packs = ", ".join(f"{r['id']} {r['version']}" for r in event.rulesets) or "no rule packs"
        checked = ", ".join(event.amendments) or "no amendments"
        introduced = sum(1 for f in event.findings if f.get("status") == "introduced")
        return (
            f"checked {checked}: {s.get('error', 0)} error(s), {s.get('warning', 0)} warning(s), "
            f"{s.get('info', 0)} info; {introduced} introduced ({packs})"
        )
    if kind == "Draft.FindingWaived":
        finding = findings.get(event.fingerprint)
        about = f"{finding['rule']} at {finding['location']['label']} " if finding else ""
        until = f" until {event.expires}" if event.expires else ""
        return f"waived {about}[{event.fingerprint[:12]}]{until}: {event.reason}"
    if kind == "Draft.Adopted":
        return f"adopted, effective {event.effective}"
    if kind == "Draft.Abandoned":
        return f"abandoned: {event.reason}"
    return kind  # pragma: no cover - every stored topic is handled above
