"""Between the ledger and the engine: a stored draft as a :class:`~compliance.model.Draft`, checked.

``suffrage draft check`` runs the same :func:`compliance.review.check` as
``suffrage check``, on the draft's active amendments (in the order they were
proposed) against the law with every adopted amendment applied; waivers the
ledger recorded for the draft are attached to the findings they name.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from datetime import date
from typing import Any

import attrs

from ..model import Draft as DraftValue
from ..model import Report, Waiver
from .codec import operation_from_dict, parse_date

__all__ = ["draft_value", "apply_waivers", "check_runner"]


def draft_value(draft: Any) -> DraftValue:
    """The draft's active amendments as one engine :class:`~compliance.model.Draft`."""
    operations = []
    for amendment_id, amendment in draft.active_amendments():
        for data in amendment["operations"]:
            op = operation_from_dict(data)
            operations.append(attrs.evolve(op, id=op.id or amendment_id))
    return DraftValue(
        title=draft.title,
        operations=tuple(operations),
        law=draft.law_name,
        effective=parse_date(draft.effective),
        election=parse_date(draft.election),
        path=f"ledger:{draft.short_id}",
    )


def apply_waivers(report: Report, waivers: dict[str, dict[str, Any]], *, today: date, source: str) -> Report:
    """Attach the ledger's waivers to the findings they name; expired ones become notes instead."""
    notes = list(report.notes)
    findings = []
    for finding in report.findings:
        waiver = waivers.get(finding.fingerprint)
        if waiver is not None:
            expires = parse_date(waiver.get("expires"))
            if expires is not None and expires < today:
                notes.append(f"waiver of {finding.fingerprint[:12]} ({finding.rule}) expired on {expires.isoformat()}")
            else:
                finding = attrs.evolve(
                    finding,
                    waiver=Waiver(
                        reason=waiver["reason"],
                        fingerprint=finding.fingerprint,
                        expires=expires,
                        author=waiver.get("author", ""),
                        source=source,
                    ),
                )
        findings.append(finding)
    return attrs.evolve(report, findings=tuple(findings), notes=tuple(notes))


def check_runner(
    *, catalogue: Any = None, select: Sequence[str] = (), ignore: Sequence[str] = (), today: date
) -> Callable[[Any, Any], Report]:
    """A ``run(draft, law) -> Report`` for :meth:`compliance.ledger.Ledger.record_check`."""

    def run(draft: Any, law: Any) -> Report:
        from ..review import check
        from .consolidate import law_as_of

        current, _applied = law_as_of(law, None)
        value = draft_value(draft)
        report = check(
            current,
            value,
            catalogue=catalogue,
            select=tuple(select),
            ignore=tuple(ignore),
            effective=value.effective,
            election=value.election,
        )
        return apply_waivers(report, draft.waivers, today=today, source=f"ledger draft {draft.short_id}")

    return run
