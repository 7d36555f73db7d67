"""The drafting ledger: one object per store, one method per command.

:class:`Ledger` opens a store (:mod:`compliance.ledger.store`) through an
eventsourcing :class:`~eventsourcing.application.Application` and carries out
the commands of the command line. Each command is **one atomic save**: the
command's events, for every aggregate it touches, plus one link of the global
hash chain (:mod:`compliance.ledger.chain`), go to the store in a single
``insert_events`` call — a single transaction on SQLite and PostgreSQL alike.

Concurrency is optimistic. A command reads the state it needs, decides, and
writes events at the next versions; if another process wrote first, the
store's unique key on (aggregate, version) refuses the whole transaction with
:class:`~eventsourcing.persistence.IntegrityError`. Because every command also
appends to the one chain, *any* two overlapping commands conflict. The loser
reloads, re-validates and re-applies (its ``decide`` function runs again on
fresh state), so a proposal is never lost and never recorded twice; a command
that is no longer valid on the new state (say, the draft was adopted
meanwhile) is refused with :class:`~compliance.errors.LedgerError` and writes
nothing.

When a write fails without a conflict (disk full, connection dropped), the
ledger looks for its own chain link to tell the user whether the command was
recorded, and says so.
"""

from __future__ import annotations

import dataclasses
import json
import random
import re
import sqlite3
import string
import time
from collections.abc import Callable, Collection, Iterator, Sequence
from contextlib import contextmanager
from datetime import date
from pathlib import Path
from typing import Any, TypeVar
from uuid import UUID, uuid4

import attrs
from eventsourcing.application import AggregateNotFoundError, Application
from eventsourcing.domain import Aggregate
from eventsourcing.persistence import (
    IntegrityError,
    PersistenceError,
    StoredEvent,
)
from eventsourcing.utils import Environment, EnvType, get_topic

from ..errors import LedgerError
from ..model import Operation, Report
from .chain import GENESIS, StoredRecord, Verification, as_bytes, originator_hex, record_digest, seal, verify_records
from .codec import iso, operation_dict
from .consolidate import rehearse
from .domain import CHAIN_ID, CommandRecorded, Draft, Law, law_id
from .failures import postgres_reason, reason, transient
from .store import APP_NAME, Store
from .verification import verify_snapshots

__all__ = ["Ledger", "LedgerApp", "SNAPSHOT_INTERVAL", "TOPICS", "LINK_TOPIC"]

T = TypeVar("T")

#: A snapshot is written whenever an aggregate's version passes a multiple of this.
SNAPSHOT_INTERVAL = 50
#: How often a command is retried when other writers keep winning the race.
MAX_ATTEMPTS = 40
#: How often a command is tried again after its connection dropped (the store answers, the command is absent).
MAX_DROPS = 3
#: Page size when reading the whole notification log.
PAGE = 500

LINK_TOPIC = get_topic(CommandRecorded)
TOPICS = {
    "law_imported": get_topic(Law.Imported),  # type: ignore[attr-defined]
    "draft_opened": get_topic(Draft.Opened),  # type: ignore[attr-defined]
}
#: What a store can raise when it cannot be read or written. eventsourcing wraps most driver errors in
#: PersistenceError, but not all (sqlite3 raises raw while opening a connection, e.g. on a full disk).
STORAGE_ERRORS: tuple[type[BaseException], ...] = (PersistenceError, OSError, sqlite3.Error)
_NAME_RE = re.compile(r"^[A-Za-z0-9][A-Za-z0-9._-]{0,63}$")


class LedgerApp(Application[UUID]):
    """The eventsourcing application behind a ledger (tables ``suffrage_events``/``_snapshots`` on PostgreSQL)."""

    name = APP_NAME
    is_snapshotting_enabled = True
    log_section_size = PAGE

    def construct_env(self, name: str, env: EnvType | None = None) -> Environment:
        """Only the settings :mod:`compliance.ledger.store` chose: never the process environment.

        eventsourcing would otherwise read ``PERSISTENCE_MODULE``, ``COMPRESSOR_TOPIC`` and friends from
        ``os.environ``, and a stray variable could change how the history is stored.
        """
        settings = {"IS_SNAPSHOTTING_ENABLED": "y"}
        settings.update(env or {})
        return Environment(name, settings)


class Ledger:
    """A drafting ledger in one store. Use as a context manager, or call :meth:`close`."""

    def __init__(self, store: Store, *, create: bool = False) -> None:
        self.store = store
        self.errors = STORAGE_ERRORS
        if not store.is_sqlite:
            import psycopg

            self.errors = (*STORAGE_ERRORS, psycopg.Error)
        if store.is_sqlite:
            path = Path(store.location)
            if create:
                try:
                    path.parent.mkdir(parents=True, exist_ok=True)
                except OSError as exc:
                    raise LedgerError(f"cannot create {path.parent}: {exc.strerror or exc}") from None
            elif not path.is_file():
                raise LedgerError(self._not_initialised())
        env = dict(store.env)
        env["CREATE_TABLE"] = "y" if create else "n"
        # Aggregates stay cached between the commands of one process, consistent with the chain head
        # cached in self._head: any write by another process moves the head, which makes our next insert
        # conflict (every command appends to the chain) and evicts the cache (see execute and _sync).
        # Commands mutate cached objects in place (no deep copy); anything that fails evicts them.
        env["AGGREGATE_CACHE_MAXSIZE"] = "64"
        env["AGGREGATE_CACHE_FASTFORWARD"] = "n"
        env["DEEPCOPY_FROM_AGGREGATE_CACHE"] = "n"
        self._head: tuple[int, str] | None = None
        self._deciding = False
        self._known_drafts: set[UUID] = set()
        try:
            self.app = LedgerApp(env=env)
        except self.errors as exc:
            why = reason(exc) if store.is_sqlite else postgres_reason(store, exc)
            raise LedgerError(f"cannot open the ledger at {store.location}: {why}") from None
        if not create:
            try:
                self.app.recorder.select_events(CHAIN_ID, limit=1)
                assert self.app.snapshots is not None
                self.app.snapshots.recorder.select_events(CHAIN_ID, limit=1)
            except self.errors as exc:
                text = str(exc).lower()
                if "no such table" in text or "does not exist" in text:
                    raise LedgerError(self._not_initialised()) from None
                raise LedgerError(f"cannot read the ledger at {store.location}: {reason(exc)}") from None

    def _not_initialised(self) -> str:
        if self.store.is_sqlite and self.store.default:
            return "no ledger in this directory (.suffrage/ledger.sqlite); run `suffrage init` to start one"
        if self.store.is_sqlite:
            return f"no ledger at {self.store.location}; run `suffrage init --store {self.store.location}`"
        return f"no Suffrage ledger in {self.store.location}; run `suffrage init --store {self.store.location}`"

    def close(self) -> None:
        self.app.close()

    def __enter__(self) -> Ledger:
        return self

    def __exit__(self, *_exc: object) -> None:
        self.close()

    # ------------------------------------------------------------------
    # Reading
    # ------------------------------------------------------------------

    @contextmanager
    def _reading(self) -> Iterator[None]:
        try:
            yield
        except self.errors as exc:
            raise LedgerError(f"cannot read the ledger at {self.store.location}: {reason(exc)}") from None

    def head(self) -> tuple[int, str]:
        """The chain's last link: its version and hash (``0`` and the genesis hash for an empty ledger)."""
        with self._reading():
            rows = self.app.recorder.select_events(CHAIN_ID, desc=True, limit=1)
        if not rows:
            return 0, GENESIS
        try:
            contents = json.loads(as_bytes(rows[0].state))
            return rows[0].originator_version, str(contents["hash"])
        except (ValueError, KeyError, TypeError):
            raise LedgerError("the ledger's last chain link is unreadable; run `suffrage verify`") from None

    def _sync(self) -> None:
        """Before a read outside a command: drop cached aggregates if anyone wrote since they were cached."""
        if self._deciding:
            return
        current = self.head()
        if current != self._head:
            self._forget()
            self._head = current

    def _select(self, topics: Sequence[str] = ()) -> Iterator[Any]:
        """Every stored notification (optionally only of ``topics``), in commit order."""
        start = 1
        while True:
            with self._reading():
                page = self.app.recorder.select_notifications(start=start, limit=PAGE, topics=topics)
            yield from page
            if len(page) < PAGE:
                return
            start = page[-1].id + 1

    def law_ids(self) -> dict[str, str]:
        """Every law in the ledger: id (hex) -> name."""
        names = {}
        for notification in self._select([TOPICS["law_imported"]]):
            try:
                state = json.loads(as_bytes(notification.state))
                names[originator_hex(notification.originator_id)] = str(state["name"])
            except (ValueError, KeyError):
                continue
        return names

    def law_names(self) -> list[str]:
        return sorted(self.law_ids().values())

    def subjects(self, ref: str) -> set[UUID]:
        """The aggregates ``suffrage log REF`` covers: a law (by name) with its drafts, or one draft (by id)."""
        if ref in self.law_names():
            law = self.law(ref)
            return {law.id, *(d.id for d in self.drafts() if d.law_id == law.id.hex)}
        return {self.resolve_draft(ref)}

    def law(self, name: str) -> Law:
        """The law called ``name``."""
        self._sync()
        try:
            with self._reading():
                return self.app.repository.get(law_id(name))
        except AggregateNotFoundError:
            known = ", ".join(self.law_names()) or "none yet"
            raise LedgerError(
                f"no law {name!r} in the ledger (laws: {known}); import one with `suffrage law import FILE --name NAME`"
            ) from None

    def _law_by_id(self, hex_id: str) -> Law:
        with self._reading():
            return self.app.repository.get(UUID(hex_id))

    def draft_ids(self) -> list[UUID]:
        return [UUID(str(n.originator_id)) if not isinstance(n.originator_id, UUID) else n.originator_id
                for n in self._select([TOPICS["draft_opened"]])]

    def resolve_draft(self, ref: str) -> UUID:
        """The draft whose id starts with ``ref`` (dashes ignored, any case); unknown or ambiguous is an error."""
        text = ref.strip().lower().replace("-", "")
        if not text or any(c not in string.hexdigits for c in text):
            raise LedgerError(f"{ref!r} is not a draft id (draft ids are hexadecimal; see `suffrage draft list`)")
        if len(text) == 32:
            if UUID(text) in self._known_drafts:
                return UUID(text)
            with self._reading():
                found = self.app.recorder.select_events(UUID(text), limit=1)
            if found and found[0].topic == TOPICS["draft_opened"]:
                self._known_drafts.add(UUID(text))
                return UUID(text)
        matches = [i for i in self.draft_ids() if i.hex.startswith(text)]
        if not matches:
            raise LedgerError(f"no draft {ref!r} in the ledger; `suffrage draft list` shows the drafts")
        if len(matches) > 1:
            shown = ", ".join(sorted(m.hex[:12] for m in matches))
            raise LedgerError(
                f"draft id {ref!r} is ambiguous: it starts {len(matches)} drafts ({shown}); give more characters"
            )
        return matches[0]

    def draft(self, ref: str | UUID) -> Draft:
        draft_id = ref if isinstance(ref, UUID) else self.resolve_draft(ref)
        self._sync()
        with self._reading():
            return self.app.repository.get(draft_id)

    def drafts(self) -> list[Draft]:
        return [self.draft(i) for i in self.draft_ids()]

    def events(self, originator_ids: set[UUID] | None = None) -> Iterator[Any]:
        """Domain events in commit order (chain links left out), optionally only of some aggregates."""
        for notification in self._select():
            oid = notification.originator_id
            if oid == CHAIN_ID or (originator_ids is not None and oid not in originator_ids):
                continue
            with self._reading():
                yield self.app.mapper.to_domain_event(notification)

    def links(self) -> Iterator[CommandRecorded]:
        with self._reading():
            yield from self.app.events.get(CHAIN_ID)  # type: ignore[misc]

    # ------------------------------------------------------------------
    # Writing: one command = one atomic save
    # ------------------------------------------------------------------

    def execute(self, name: str, author: str, decide: Callable[[], tuple[Sequence[Aggregate], T]]) -> T:
        """Run one command: ``decide`` loads state, validates and triggers events; all of it is stored at once.

        ``decide`` runs again on fresh state after a conflict, so it must load everything it relies on.
        """
        command = uuid4().hex
        aggregates: Sequence[Aggregate] = ()
        dropped = 0
        for attempt in range(1, MAX_ATTEMPTS + 1):
            try:
                if self._head is None:
                    self._sync()
                assert self._head is not None
                version, previous = self._head
                self._deciding = True
                try:
                    aggregates, result = decide()
                finally:
                    self._deciding = False
                before = {a.id: a.version - len(a.pending_events) for a in aggregates}
                stored = self._seal(aggregates, command=command, name=name, author=author, version=version + 1,
                                    previous=previous)
            except BaseException:
                self._forget()
                raise
            try:
                self._once("insert_events", stored)
            except IntegrityError:
                self._forget()
                if self._recorded(command, version + 1):
                    break
                time.sleep(random.uniform(0, min(0.25, 0.005 * 2**attempt)))
                continue
            except self.errors as exc:
                self._forget()
                recorded = self._recorded(command, version + 1)
                if recorded:
                    break
                if recorded is False and transient(exc) and dropped < MAX_DROPS:
                    dropped += 1  # e.g. the connection was dropped: the store answers, our command is not there
                    time.sleep(0.1 * dropped)
                    continue
                raise LedgerError(self._write_failed(exc, recorded)) from None
            except BaseException:
                self._forget()
                raise
            self._head = (version + 1, json.loads(stored[-1].state)["hash"])
            break
        else:
            raise LedgerError(
                f"the ledger at {self.store.location} is busy: other writers won {MAX_ATTEMPTS} times in a row; "
                "nothing was recorded, try again"
            )
        self._snapshot(aggregates, before)
        return result

    def _once(self, method: str, *args: Any, **kwargs: Any) -> Any:
        """Call a recorder method once, without eventsourcing's own retries (PostgreSQL retries 10 times, each
        waiting up to the connect timeout): :meth:`execute` decides itself whether a retry is safe."""
        recorder = self.app.recorder
        bound = getattr(recorder, method)
        unwrapped = getattr(bound, "__wrapped__", None)
        return unwrapped(recorder, *args, **kwargs) if unwrapped is not None else bound(*args, **kwargs)

    def _forget(self) -> None:
        """Drop cached aggregates: a failed command may have changed them without storing the change."""
        self._head = None
        cache = self.app.repository.cache
        if cache is None:
            return
        for key in list(cache.cache):
            try:
                cache.get(key, evict=True)
            except KeyError:
                pass

    def _seal(
        self, aggregates: Sequence[Aggregate], *, command: str, name: str, author: str, version: int, previous: str
    ) -> list[StoredEvent]:
        stored: list[StoredEvent] = []
        for aggregate in aggregates:
            stored.extend(self.app.mapper.to_stored_event(e) for e in aggregate.collect_events())
        records = []
        for s in stored:
            oid = originator_hex(s.originator_id)
            digest = record_digest(oid, s.originator_version, s.topic, s.state)
            records.append([oid, s.originator_version, s.topic, digest])
        link = CommandRecorded(  # type: ignore[call-arg]
            originator_id=CHAIN_ID,
            originator_version=version,
            timestamp=CommandRecorded.create_timestamp(),
            command=command,
            name=name,
            author=author,
            records=records,
            previous=previous,
            hash="",
        )
        contents = json.loads(self.app.mapper.to_stored_event(link).state)
        link = dataclasses.replace(link, hash=seal(version, LINK_TOPIC, contents))
        stored.append(self.app.mapper.to_stored_event(link))
        return stored

    def _recorded(self, command: str, version: int) -> bool | None:
        """Whether chain link ``version`` is this command's (``None``: the store cannot be read to tell)."""
        try:
            rows = self._once("select_events", CHAIN_ID, gt=version - 1, lte=version)
        except self.errors:
            return None
        if not rows:
            return False
        try:
            return json.loads(as_bytes(rows[0].state)).get("command") == command
        except ValueError:
            return False

    def _write_failed(self, exc: BaseException, recorded: bool | None) -> str:
        where = f"cannot write to the ledger at {self.store.location}: {reason(exc)}"
        if recorded is None:
            return f"{where}; could not confirm whether the command was recorded: run `suffrage log` to see"
        return f"{where}; nothing was recorded"

    def _snapshot(self, aggregates: Sequence[Aggregate], before: dict[UUID, int]) -> None:
        """Snapshot aggregates that passed a multiple of :data:`SNAPSHOT_INTERVAL` (a cache: failures are ignored).

        The snapshot is taken from the aggregate in memory, which is exactly the state just stored (state is
        JSON-native, so it reads back equal; ``suffrage verify`` checks every snapshot against its events).
        """
        assert self.app.snapshots is not None
        for aggregate in aggregates:
            if isinstance(aggregate, Draft):
                self._known_drafts.add(aggregate.id)
            if aggregate.version // SNAPSHOT_INTERVAL > before.get(aggregate.id, 0) // SNAPSHOT_INTERVAL:
                try:
                    self.app.snapshots.put([type(aggregate).Snapshot.take(aggregate)])
                except self.errors:
                    pass

    # ------------------------------------------------------------------
    # Commands
    # ------------------------------------------------------------------

    def import_law(self, *, name: str, text: str, source: str, as_of: date, author: str) -> Law:
        if not _NAME_RE.match(name):
            raise LedgerError(f"law name {name!r} must be letters, digits, '.', '_' or '-' (up to 64)")

        def decide() -> tuple[list[Aggregate], Law]:
            with self._reading():
                exists = self.app.recorder.select_events(law_id(name), limit=1)
            if exists:
                raise LedgerError(f"law {name!r} is already in the ledger")
            law = Law(name=name, text=text, source=source, as_of=as_of.isoformat(), author=author)  # type: ignore[call-arg]
            return [law], law

        return self.execute("law import", author, decide)

    def open_draft(self, *, title: str, law: str, election: date | None, author: str) -> Draft:
        title = " ".join(title.split())
        if not title:
            raise LedgerError("a draft needs a title")

        def decide() -> tuple[list[Aggregate], Draft]:
            target = self.law(law)
            draft = Draft(  # type: ignore[call-arg]
                title=title, law_id=target.id.hex, law_name=target.name, election=iso(election), author=author
            )
            return [draft], draft

        return self.execute("draft open", author, decide)

    def propose(
        self, ref: str, operations: Sequence[Operation], *, source: str, author: str,
        explicit_ids: Collection[str] = (),
    ) -> list[str]:
        """Propose each operation as an amendment; returns their ids.

        An operation whose ``id`` is in ``explicit_ids`` (ids the file itself gives) keeps it, and is refused
        if the draft already has it; the others are numbered ``a<n>`` after the draft's amendments.
        """
        payloads = [operation_dict(op) for op in operations]
        if not payloads:
            raise LedgerError(f"{source}: no amending operations found")

        def decide() -> tuple[list[Aggregate], list[str]]:
            draft = self.draft(ref)
            ids = [
                draft.propose(op.id if op.id and op.id in explicit_ids else None, [payload], source, author)
                for op, payload in zip(operations, payloads, strict=True)
            ]
            return [draft], ids

        return self.execute("draft propose", author, decide)

    def revise(self, ref: str, amendment: str, operations: Sequence[Operation], *, source: str, author: str) -> None:
        payloads = [operation_dict(op) for op in operations]

        def decide() -> tuple[list[Aggregate], None]:
            draft = self.draft(ref)
            draft.revise(amendment, payloads, source, author)
            return [draft], None

        self.execute("draft revise", author, decide)

    def withdraw(self, ref: str, amendment: str, *, reason: str | None, author: str) -> None:
        def decide() -> tuple[list[Aggregate], None]:
            draft = self.draft(ref)
            draft.withdraw(amendment, reason, author)
            return [draft], None

        self.execute("draft withdraw", author, decide)

    def record_check(
        self,
        ref: str,
        *,
        author: str,
        run: Callable[[Draft, Law], Report],
    ) -> Report:
        """Check a draft with ``run(draft, law) -> Report`` and record the result.

        ``run`` is called again only if the draft or the law changed before the result could be stored.
        """
        memo: dict[tuple[int, int], Report] = {}

        def decide() -> tuple[list[Aggregate], Report]:
            draft = self.draft(ref)
            draft.check_open()
            law = self._law_by_id(draft.law_id)
            key = (draft.version, law.version)
            if key not in memo:
                memo.clear()
                memo[key] = run(draft, law)
            report = memo[key]
            from ..report.json import finding_dict

            draft.record_check(
                rulesets=[{"id": r.id, "version": r.version} for r in report.rulesets],
                findings=[finding_dict(f, with_status=True) for f in report.findings],
                summary=report.summary(),
                amendments=[aid for aid, _ in draft.active_amendments()],
                author=author,
            )
            return [draft], report

        return self.execute("draft check", author, decide)

    def waive(
        self, ref: str, fingerprint: str, *, reason: str | None, expires: date | None, today: date, author: str
    ) -> str:
        def decide() -> tuple[list[Aggregate], str]:
            draft = self.draft(ref)
            full = draft.waive(fingerprint, reason, iso(expires), today.isoformat(), author)
            return [draft], full

        return self.execute("draft waive", author, decide)

    def adopt(self, ref: str, *, effective: date, author: str) -> list[dict[str, Any]]:
        """Adopt a checked draft into its law, effective on ``effective``; returns the changes it makes."""
        when = effective.isoformat()

        def decide() -> tuple[list[Aggregate], list[dict[str, Any]]]:
            draft = self.draft(ref)
            draft.check_adoptable()
            law = self._law_by_id(draft.law_id)
            law.check_effective(when)
            operations = [op for _aid, a in draft.active_amendments() for op in a["operations"]]
            changes = rehearse(law, draft, operations, when)
            draft.adopt(when, author)
            law.adopt(draft_id=draft.id.hex, title=draft.title, effective=when, operations=operations,
                      changes=changes, author=author)
            return [draft, law], changes

        return self.execute("draft adopt", author, decide)

    def abandon(self, ref: str, *, reason: str | None, author: str) -> None:
        def decide() -> tuple[list[Aggregate], None]:
            draft = self.draft(ref)
            draft.abandon(reason, author)
            return [draft], None

        self.execute("draft abandon", author, decide)

    # ------------------------------------------------------------------
    # Verification
    # ------------------------------------------------------------------

    def stored_records(self) -> Iterator[StoredRecord]:
        for n in self._select():
            yield StoredRecord(
                notification_id=int(n.id),
                originator_id=originator_hex(n.originator_id),
                version=int(n.originator_version),
                topic=str(n.topic),
                state=as_bytes(n.state),
            )

    def verify(self, *, heads: Sequence[str] = ()) -> Verification:
        """Walk the chain over every stored record, then check each snapshot against the events it stands for."""
        seen: set[str] = set()

        def tracked() -> Iterator[StoredRecord]:
            for record in self.stored_records():
                seen.add(record.originator_id)
                yield record

        result = verify_records(tracked(), chain_id=CHAIN_ID.hex, link_topic=LINK_TOPIC, expect_heads=heads)
        # Snapshots of aggregates whose events already failed would only repeat the news.
        tainted = {oid for oid in seen if any(oid in problem for problem in result.problems)}
        snapshot_problems = [
            p for oid in sorted(seen - tainted - {CHAIN_ID.hex}) for p in verify_snapshots(self, UUID(oid))
        ]
        if snapshot_problems:
            result = attrs.evolve(result, problems=result.problems + tuple(snapshot_problems))
        return result

