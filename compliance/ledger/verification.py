"""Snapshots checked against the events they summarise, for ``suffrage verify``.

A snapshot is a cache: the state of an aggregate at one version, so that
loading it does not replay every event. The hash chain protects the events;
this module makes sure no snapshot says anything else than its events do —
an edited snapshot would otherwise change what a draft or a law looks like
without touching the history.
"""

from __future__ import annotations

import json
from collections.abc import Iterator
from typing import Any
from uuid import UUID

from ..errors import LedgerError

__all__ = ["verify_snapshots", "normalise"]


def verify_snapshots(ledger: Any, aggregate_id: UUID) -> Iterator[str]:
    assert ledger.app.snapshots is not None
    with ledger._reading():
        rows = ledger.app.snapshots.recorder.select_events(aggregate_id)
    if not rows:
        return
    expected: dict[int, Any] = {}
    for row in rows:
        try:
            expected[row.originator_version] = ledger.app.mapper.to_domain_event(row)
        except Exception as exc:  # noqa: BLE001 - a tampered snapshot may fail in any way
            yield f"snapshot {aggregate_id.hex} v{row.originator_version} is unreadable: {exc}"
    aggregate: Any = None
    try:
        with ledger._reading():
            for event in ledger.app.events.get(aggregate_id):
                aggregate = event.mutate(aggregate)  # type: ignore[attr-defined]
                snapshot = expected.pop(aggregate.version, None)
                if snapshot is not None:
                    taken = type(snapshot).take(aggregate)
                    if normalise(taken.state) != normalise(snapshot.state):
                        yield (
                            f"snapshot {aggregate_id.hex} v{snapshot.originator_version} does not match the "
                            "events it summarises (modified?)"
                        )
    except LedgerError:
        raise
    except Exception as exc:  # noqa: BLE001 - tampered events may fail to decode or apply
        yield f"events of {aggregate_id.hex} cannot be replayed: {exc}"
        return
    for version in sorted(expected):
        yield f"snapshot {aggregate_id.hex} v{version} has no events up to its version (inserted?)"


def normalise(value: Any) -> Any:
    """JSON round trip, so that a state taken now compares equal to one read back from the store."""
    return json.loads(json.dumps(value, default=str, sort_keys=True))
