"""JSON-native forms of the engine's values, as the ledger stores them.

Events hold plain dicts, lists, strings and numbers — never attrs objects,
tuples or dates — so that what is read back from events and from snapshots is
the same. These functions convert :class:`~compliance.model.Operation`,
:class:`~compliance.model.Change` and dates to and from that form.
"""

from __future__ import annotations

from datetime import date
from typing import Any

import attrs

from ..errors import LedgerError
from ..model import Change, Operation

__all__ = ["operation_dict", "operation_from_dict", "change_dict", "iso", "parse_date", "describe_operation"]

_OPERATION_FIELDS = {f.name: f for f in attrs.fields(Operation)}


def operation_dict(operation: Operation) -> dict[str, Any]:
    """An operation as a dict of its non-default fields (``action`` and ``target`` always)."""
    data: dict[str, Any] = {}
    for name, spec in _OPERATION_FIELDS.items():
        value = getattr(operation, name)
        if name in ("action", "target") or value != spec.default:
            data[name] = list(value) if isinstance(value, tuple) else value
    return data


def operation_from_dict(data: dict[str, Any]) -> Operation:
    """The operation back from :func:`operation_dict` (fields unknown to this version are ignored)."""
    return Operation(**{k: v for k, v in data.items() if k in _OPERATION_FIELDS})


def change_dict(change: Change) -> dict[str, Any]:
    """What an adoption did to one provision (the unified diff is left out: it follows from before/after)."""
    data: dict[str, Any] = {
        "eid": change.eid,
        "citation": change.citation,
        "action": change.action,
        "before": change.before,
        "after": change.after,
        "operations": list(change.operations),
    }
    if change.new_eid:
        data["new_eid"] = change.new_eid
    return data


def iso(value: date | None) -> str | None:
    return value.isoformat() if value is not None else None


def parse_date(text: str | date | None, *, what: str = "date") -> date | None:
    """An ISO date (``YYYY-MM-DD``) or ``None``; anything else is a :class:`LedgerError`."""
    if text is None or isinstance(text, date):
        return text
    try:
        return date.fromisoformat(text.strip())
    except ValueError:
        raise LedgerError(f"{what} {text!r} is not a date in the form YYYY-MM-DD") from None


def describe_operation(data: dict[str, Any]) -> str:
    """A short human description of a stored operation: ``replace Article 4(1)``."""
    action = data.get("action", "?")
    target = data.get("target", "?")
    words = data.get("words")
    if words and action.endswith("-words"):
        return f"{action} {target} ({_clip(words)!r})"
    return f"{action} {target}"


def _clip(text: str, limit: int = 40) -> str:
    return text if len(text) <= limit else text[: limit - 1] + "…"
