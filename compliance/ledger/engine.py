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

__all__ = ["draft_value", "ledger_waivers", "apply_waivers", "check_runner"]


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
        path=f"<ledger draft {draft.short_id}>",
    )


def ledger_waivers(waivers: dict[str, dict[str, Any]], *, source: str) -> list[Waiver]:
    """The waivers the ledger recorded for a draft, as engine :class:`~compliance.model.Waiver` values."""
    return [
        Waiver(reason=w["reason"], fingerprint=fingerprint, expires=parse_date(w.get("expires")),
               author=w.get("author", ""), source=source)
        for fingerprint, w in waivers.items()
    ]


def apply_waivers(report: Report, waivers: dict[str, dict[str, Any]], *, today: date, source: str) -> Report:
    """Attach the ledger's waivers to the findings they name (expired or unused ones become notes),
    exactly as ``suffrage check --waivers`` does with a waivers file."""
    from ..waivers import apply_waivers as apply

    return apply(report, ledger_waivers(waivers, source=source), today=today)


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
