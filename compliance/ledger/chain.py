"""The global hash chain that makes edits to the stored history detectable.

Every command writes, in the same transaction as its events, one
:class:`~compliance.ledger.domain.CommandRecorded` link on a single chain
(originator :data:`~compliance.ledger.domain.CHAIN_ID`). A link lists, for each
event of its command, the stored record's ``originator_id``, ``version``,
``topic`` and the SHA-256 of its stored ``state`` bytes; it names the hash of
the link before it (``previous``); and it is sealed by ``hash``, the SHA-256 of
its own version, topic and contents (everything but ``hash``).

:func:`verify_records` walks the store's notification log — the order in which
records were committed — and checks that every record is sealed by the next
link, byte for byte and in order, that the links are numbered 1, 2, 3, … with
no gap, and that each one names its predecessor. A modified, deleted,
inserted or reordered record is reported by aggregate id, version and
notification id. Because the links form one chain across all aggregates,
deleting the last events of one draft is caught by the link that sealed them.

What a hash chain cannot do on its own: notice that the *newest* commands were
removed whole (chain and all), or that someone recomputed every hash after an
edit. Against that, publish the head hash that ``suffrage verify`` prints and
check later with ``suffrage verify --head HASH``: the chain must still contain it.
"""

from __future__ import annotations

import hashlib
import json
from collections.abc import Iterable, Iterator
from typing import Any
from uuid import UUID

from attrs import frozen

__all__ = ["GENESIS", "StoredRecord", "Verification", "record_digest", "seal", "verify_records"]

#: The ``previous`` of the first link.
GENESIS = "0" * 64


@frozen
class StoredRecord:
    """One row of the events table as stored: notification id, aggregate id, version, topic, state bytes."""

    notification_id: int
    originator_id: str
    version: int
    topic: str
    state: bytes

    @property
    def name(self) -> str:
        return f"{self.originator_id} v{self.version} (notification {self.notification_id})"


def as_bytes(state: bytes | str | memoryview) -> bytes:
    """A stored state as bytes (a hand-edited SQLite row may come back as TEXT)."""
    if isinstance(state, str):
        return state.encode("utf-8")
    return bytes(state)


def originator_hex(originator_id: UUID | str) -> str:
    return originator_id.hex if isinstance(originator_id, UUID) else UUID(str(originator_id)).hex


def record_digest(originator_id: str, version: int, topic: str, state: bytes) -> str:
    """SHA-256 over one stored record: id, version, topic and the state bytes exactly as stored."""
    digest = hashlib.sha256()
    digest.update(f"{originator_id}\x00{version}\x00{topic}\x00".encode())
    digest.update(state)
    return digest.hexdigest()


def seal(version: int, topic: str, contents: dict[str, Any]) -> str:
    """The hash of a link: its version, topic and JSON contents without ``hash``, canonically encoded."""
    body = {k: v for k, v in contents.items() if k != "hash"}
    text = json.dumps([version, topic, body], sort_keys=True, separators=(",", ":"), ensure_ascii=False)
    return hashlib.sha256(text.encode("utf-8")).hexdigest()


@frozen
class Verification:
    """The outcome of walking the chain: problems (empty when the history is intact) and counts."""

    problems: tuple[str, ...]
    records: int
    links: int
    head: str
    found_heads: frozenset[str] = frozenset()

    @property
    def ok(self) -> bool:
        return not self.problems


def verify_records(
    records: Iterable[StoredRecord], *, chain_id: str, link_topic: str, expect_heads: Iterable[str] = ()
) -> Verification:
    """Check ``records`` (in notification order) against the chain; see the module docstring."""
    wanted = {h.lower() for h in expect_heads}
    found: set[str] = set()
    problems: list[str] = []
    pending: list[StoredRecord] = []
    head = GENESIS
    expected = 1
    links = 0
    count = 0
    for record in records:
        count += 1
        if record.originator_id != chain_id:
            pending.append(record)
            continue
        links += 1
        if record.version != expected:
            if record.version > expected:
                gap = f"link {expected}" if record.version == expected + 1 else f"links {expected}-{record.version - 1}"
                problems.append(f"chain {gap} missing before chain link {record.name} (deleted?)")
            else:
                problems.append(f"chain link {record.name} is out of order: link {expected} was expected (reordered?)")
        expected = record.version + 1
        contents = _decode_link(record, link_topic, problems)
        if contents is None:
            problems.extend(_unsealed(pending, f"the unreadable chain link {record.version}"))
            pending = []
            continue
        stored_hash = str(contents.get("hash", ""))
        if seal(record.version, record.topic, contents) != stored_hash:
            problems.append(f"chain link {record.name} was modified: its seal does not match its contents")
        if contents.get("previous") != head:
            problems.append(
                f"chain link {record.name} does not follow the link before it (a record was deleted, "
                "inserted or modified before it)"
            )
        problems.extend(_compare(record, contents.get("records"), pending))
        pending = []
        head = stored_hash
        if any(stored_hash.startswith(h) for h in wanted):
            found.update(h for h in wanted if stored_hash.startswith(h))
    problems.extend(_unsealed(pending, "any chain link"))
    for missing in sorted(wanted - found):
        problems.append(f"the chain does not contain head {missing} (commands were removed or rewritten)")
    return Verification(problems=tuple(problems), records=count, links=links, head=head, found_heads=frozenset(found))


def _decode_link(record: StoredRecord, link_topic: str, problems: list[str]) -> dict[str, Any] | None:
    if record.topic != link_topic:
        problems.append(f"chain link {record.name} was modified: unexpected topic {record.topic!r}")
    try:
        contents = json.loads(record.state.decode("utf-8"))
    except (UnicodeDecodeError, ValueError) as exc:
        problems.append(f"chain link {record.name} was modified: its state is not readable JSON ({exc})")
        return None
    if not isinstance(contents, dict) or not isinstance(contents.get("records"), list):
        problems.append(f"chain link {record.name} was modified: it does not list the records it seals")
        return None
    return contents


def _unsealed(pending: list[StoredRecord], by: str) -> Iterator[str]:
    for record in pending:
        yield f"record {record.name} is not sealed by {by} (inserted or moved?)"


def _compare(link: StoredRecord, listed: Any, actual: list[StoredRecord]) -> Iterator[str]:
    """Records stored before ``link`` must be exactly the ones it lists, same bytes, same order."""
    expected: list[tuple[str, int, str, str]] = []
    for entry in listed:
        if isinstance(entry, list) and len(entry) == 4:
            expected.append((str(entry[0]), int(entry[1]), str(entry[2]), str(entry[3])))
    positions = {(oid, ver): i for i, (oid, ver, _t, _d) in enumerate(expected)}
    seen: set[tuple[str, int]] = set()
    last_position = -1
    for record in actual:
        key = (record.originator_id, record.version)
        position = positions.get(key)
        if position is None:
            yield (f"record {record.name} is not sealed by chain link {link.version} that follows it "
                   "(inserted or moved?)")
            continue
        seen.add(key)
        _oid, _ver, topic, digest = expected[position]
        if topic != record.topic or digest != record_digest(record.originator_id, record.version, record.topic,
                                                              record.state):
            yield f"record {record.name} was modified: it does not match what chain link {link.version} sealed"
        if position < last_position:
            yield f"record {record.name} is out of order within chain link {link.version} (reordered?)"
        last_position = max(last_position, position)
    for oid, ver, _topic, _digest in expected:
        if (oid, ver) not in seen:
            yield f"record {oid} v{ver}, sealed by chain link {link.version}, is missing (deleted or moved?)"
