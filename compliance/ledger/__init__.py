"""The event-sourced drafting ledger: who proposed what, when, what the checker said, and why.

Every change a drafting office makes — importing a law, opening a draft,
proposing, revising or withdrawing an amendment, recording a check, waiving a
finding, adopting or abandoning a draft — is stored as an event and never
overwritten, so any past state can be rebuilt: the law as it stood on a date,
a provision's versions, a draft's history.

This package is the only code in Suffrage that imports ``eventsourcing``.

* :mod:`.domain` — the aggregates (``Law``, ``Draft``) and the chain link event; all stored topics.
* :mod:`.application` — :class:`Ledger`, one method per command, each one atomic save.
* :mod:`.store` — SQLite (default) or PostgreSQL, from ``--store``/``SUFFRAGE_STORE``.
* :mod:`.chain` — the hash chain behind ``suffrage verify``.
* :mod:`.consolidate` — the law as of a date; a provision's history.
* :mod:`.history` — the story ``suffrage log`` tells.
"""

from __future__ import annotations

from .application import Ledger
from .author import resolve_author
from .store import Store, parse_store

__all__ = ["Ledger", "Store", "parse_store", "resolve_author", "open_ledger"]


def open_ledger(spec: str | None = None, *, create: bool = False) -> Ledger:
    """Open the ledger named by ``spec`` (a PostgreSQL URL or SQLite path; default ``.suffrage/ledger.sqlite``)."""
    return Ledger(parse_store(spec), create=create)
