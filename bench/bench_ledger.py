"""Ledger benchmarks: append, reopen and replay 1,000 proposals plus checks; the law as of a date.

Run with ``python bench/run.py --only ledger`` (``--quick``: 50 commands and 50 amendments).
Every ratio is against a baseline measured in the same run:

* ``ledger append …`` — 1,000 ``draft propose`` + 1,000 ``draft check``
  commands through :class:`compliance.ledger.Ledger` (each one atomic save:
  events plus a chain link, with the reads and checks a command does), against
  raw ``sqlite3`` inserts of exactly the rows the ledger stored, one
  transaction per command, in a WAL-mode file like the ledger's;
* ``ledger reopen …`` — open the store in a fresh process-like state and
  load the draft (snapshot plus the events after it), against a raw
  ``SELECT`` + ``json.loads`` of the draft's rows;
* ``ledger replay …`` — rebuild the draft from all its events, no snapshot,
  against the same raw read of all rows;
* ``ledger law show --as-of`` — the law with 1,000 adopted amendments as of
  a date, against parsing the imported text once.

PostgreSQL runs use ``SUFFRAGE_BENCH_POSTGRES`` or ``SUFFRAGE_TEST_POSTGRES``
(a maintenance URL such as ``postgresql://postgres@127.0.0.1:5432/postgres``);
a throwaway database is created and dropped. Without it, or when the server
does not answer, those lines are skipped with a note.
"""

from __future__ import annotations

import atexit
import importlib.util
import json
import os
import shutil
import sqlite3
import sys
import tempfile
from collections.abc import Callable
from datetime import date
from pathlib import Path
from typing import Any
from uuid import uuid4

ROOT = Path(__file__).resolve().parent.parent
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

try:
    from harness import Benchmark, skip
except ImportError:  # imported as bench.bench_ledger
    from bench.harness import Benchmark, skip

EXAMPLE_LAW = ROOT / "examples" / "kz-elections.md"


def benchmarks(quick: bool) -> list[Benchmark]:
    commands = 50 if quick else 1000
    events = 2 * commands + 1
    result: list[Benchmark] = []
    for kind in ("sqlite", "postgresql"):
        names = [f"ledger append {kind} ({commands} proposals+checks)",
                 f"ledger reopen {kind} (draft of {events} events)",
                 f"ledger replay {kind} ({events} events)"]
        if _Stores.get(kind) is None:
            result += [skip(name, _Stores.postgres_note) for name in names]
            continue
        work = _Workload(kind, commands)
        result.append(Benchmark(names[0], work.append, work.raw_inserts, "raw sqlite3 inserts, same rows",
                                repeat=3, setup=work.prepare))
        if kind == "postgresql":
            result.append(Benchmark(names[0], work.append, work.raw_pg_inserts, "raw psycopg inserts, same rows",
                                    repeat=3, setup=work.prepare))
        read, read_name = (work.raw_read, "raw sqlite3") if kind == "sqlite" else (work.raw_pg_read, "raw psycopg")
        result += [
            Benchmark(names[1], work.reopen, read, f"{read_name} select + json.loads", repeat=5, setup=work.prepare),
            Benchmark(names[2], work.replay, read, f"{read_name} select + json.loads", repeat=5, setup=work.prepare),
        ]
    amendments = 50 if quick else 1000
    name = f"ledger law show --as-of ({amendments} amendments)"
    if importlib.util.find_spec("compliance.amend") is None:
        result.append(skip(name, "needs compliance.amend (the Bills work)"))
    else:
        law = _AmendedLaw(amendments)
        result.append(Benchmark(name, law.show, law.parse_once, "parse the imported text once", repeat=3,
                                setup=law.prepare))
    return result


class _Stores:
    """Fresh stores: a SQLite file in a temporary directory, or a throwaway PostgreSQL database."""

    postgres_note = ""
    _admin: str | None = None

    @classmethod
    def get(cls, kind: str) -> Callable[[], str] | None:
        if kind == "sqlite":
            return cls.sqlite
        if cls.admin() is None:
            return None
        return cls.postgres

    @staticmethod
    def sqlite() -> str:
        directory = tempfile.mkdtemp(prefix="suffrage-bench-")
        atexit.register(shutil.rmtree, directory, True)
        return str(Path(directory) / "ledger.sqlite")

    @classmethod
    def admin(cls) -> str | None:
        if cls._admin is None and not cls.postgres_note:
            url = os.environ.get("SUFFRAGE_BENCH_POSTGRES") or os.environ.get("SUFFRAGE_TEST_POSTGRES")
            if not url:
                cls.postgres_note = "set SUFFRAGE_BENCH_POSTGRES (or SUFFRAGE_TEST_POSTGRES) to a maintenance URL"
                return None
            try:
                import psycopg

                psycopg.connect(url, connect_timeout=3, autocommit=True).close()
            except Exception as exc:  # noqa: BLE001 - any failure means: skip with the reason
                cls.postgres_note = f"PostgreSQL not reachable at {url}: {str(exc).strip().splitlines()[0]}"
                return None
            cls._admin = url
        return cls._admin

    @classmethod
    def postgres(cls) -> str:
        import psycopg

        admin = cls.admin()
        assert admin is not None
        name = f"suffrage_bench_{uuid4().hex[:10]}"
        with psycopg.connect(admin, autocommit=True) as conn:
            conn.execute(f'CREATE DATABASE "{name}"')

        def drop() -> None:
            with psycopg.connect(admin, autocommit=True) as conn:
                conn.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')

        atexit.register(drop)
        return admin.rsplit("/", 1)[0] + "/" + name


def _findings() -> tuple[list[Any], Any]:
    """Realistic check results: the engine's findings on the example law."""
    from compliance.lawtext import read_law
    from compliance.review import review

    report = review(read_law(EXAMPLE_LAW))
    return report.rulesets, report


class _Workload:
    """1,000 proposals, each followed by a check, appended to one draft through the ledger."""

    def __init__(self, kind: str, commands: int) -> None:
        self.kind = kind
        self.commands = commands
        self.built: str | None = None  # a store holding the appended history, for reopen/replay
        self.rows: list[list[tuple[str, int, str, bytes]]] = []  # what the ledger stored, per command
        self.draft_hex = ""
        self.raw_file = ""

    def prepare(self) -> None:
        if self.built is None:
            self.built, self.draft_hex = self._append()
            self._capture(self.built)

    def _append(self) -> tuple[str, str]:
        from attrs import evolve

        from compliance.ledger import Ledger, parse_store
        from compliance.model import Operation

        spec = _Stores.get(self.kind)()  # type: ignore[misc]
        _rulesets, report = _findings()
        persisting = tuple(evolve(f, status="persisting") for f in report.findings)
        checked = evolve(report, command="check", findings=persisting)
        with Ledger(parse_store(spec), create=True) as ledger:
            ledger.import_law(name="kz", text=EXAMPLE_LAW.read_text(encoding="utf-8"), source=str(EXAMPLE_LAW),
                              as_of=date(2025, 1, 1), author="bench")
            draft = ledger.open_draft(title="Benchmark draft", law="kz", election=date(2026, 9, 20), author="bench")
            for i in range(self.commands):
                text = f"Citizens who have reached {16 + i % 5} years of age shall have the right to elect ({i})."
                ledger.propose(draft.id.hex, [Operation(action="replace", target="art_4__para_1", text=text)],
                               source=f"bill-{i}.toml", author="bench")
                ledger.record_check(draft.id.hex, author="bench", run=lambda _d, _l: checked)
        return spec, draft.id.hex

    def append(self) -> None:
        self._append()

    def _capture(self, spec: str) -> None:
        from compliance.ledger import Ledger, parse_store
        from compliance.ledger.domain import CHAIN_ID

        group: list[tuple[str, int, str, bytes]] = []
        with Ledger(parse_store(spec)) as ledger:
            for record in ledger.stored_records():
                group.append((record.originator_id, record.version, record.topic, record.state))
                if record.originator_id == CHAIN_ID.hex:
                    self.rows.append(group)
                    group = []
        self.raw_file = _Stores.sqlite()
        self.raw_inserts_into(self.raw_file)

    def raw_inserts_into(self, path: str) -> None:
        conn = sqlite3.connect(path, isolation_level=None)
        conn.execute("PRAGMA journal_mode=WAL")
        conn.execute("CREATE TABLE stored_events (originator_id TEXT, originator_version INTEGER, topic TEXT, "
                     "state BLOB, PRIMARY KEY (originator_id, originator_version))")
        for group in self.rows:
            conn.execute("BEGIN")
            conn.executemany("INSERT INTO stored_events VALUES (?,?,?,?)", group)
            conn.execute("COMMIT")
        conn.close()

    def raw_inserts(self) -> None:
        self.prepare()
        self.raw_inserts_into(_Stores.sqlite())

    def _raw_pg(self) -> Any:
        import psycopg

        if not hasattr(self, "_pg_url"):
            self._pg_url = _Stores.postgres()
            self._pg_tables = 0
        return psycopg.connect(self._pg_url, autocommit=True)

    def raw_pg_inserts(self) -> None:
        """The same rows into a fresh table of the same shape, one transaction per command."""
        from uuid import UUID

        self.prepare()
        with self._raw_pg() as conn:
            self._pg_tables += 1
            table = f"raw_{self._pg_tables}"
            conn.execute(f"CREATE TABLE {table} (originator_id uuid NOT NULL, originator_version bigint NOT NULL, "
                         "topic text, state bytea, notification_id bigserial, "
                         "PRIMARY KEY (originator_id, originator_version))")
            with conn.cursor() as cursor:
                for group in self.rows:
                    with conn.transaction():
                        cursor.executemany(
                            f"INSERT INTO {table} (originator_id, originator_version, topic, state) "
                            "VALUES (%s, %s, %s, %s)",
                            [(UUID(o), v, t, st) for o, v, t, st in group],
                        )
            self._raw_pg_table = table

    def raw_pg_read(self) -> None:
        from uuid import UUID

        self.prepare()
        if not getattr(self, "_raw_pg_table", ""):
            self.raw_pg_inserts()
        with self._raw_pg() as conn:
            rows = conn.execute(f"SELECT state FROM {self._raw_pg_table} WHERE originator_id = %s "
                                "ORDER BY originator_version", (UUID(self.draft_hex),)).fetchall()
        states = [json.loads(bytes(row[0])) for row in rows]
        assert len(states) == 2 * self.commands + 1

    def reopen(self) -> None:
        from compliance.ledger import Ledger, parse_store

        self.prepare()
        with Ledger(parse_store(self.built)) as ledger:
            draft = ledger.draft(self.draft_hex)
        assert draft.version == 2 * self.commands + 1

    def replay(self) -> None:
        from compliance.ledger import Ledger, parse_store
        from compliance.ledger.domain import Draft

        self.prepare()
        with Ledger(parse_store(self.built)) as ledger:
            aggregate: Draft | None = None
            for event in ledger.app.events.get(ledger.resolve_draft(self.draft_hex)):
                aggregate = event.mutate(aggregate)  # type: ignore[attr-defined]
        assert aggregate is not None and aggregate.version == 2 * self.commands + 1

    def raw_read(self) -> None:
        self.prepare()
        conn = sqlite3.connect(self.raw_file)
        rows = conn.execute("SELECT state FROM stored_events WHERE originator_id = ? ORDER BY originator_version",
                            (self.draft_hex,)).fetchall()
        states = [json.loads(row[0]) for row in rows]
        conn.close()
        assert len(states) == 2 * self.commands + 1


class _AmendedLaw:
    """The example law with N adopted amendments (one replaced paragraph each), shown as of a late date."""

    def __init__(self, amendments: int) -> None:
        self.amendments = amendments
        self.spec: str | None = None

    def prepare(self) -> None:
        if self.spec is not None:
            return
        from compliance.ledger import Ledger, parse_store
        from compliance.ledger.domain import Law

        self.spec = _Stores.sqlite()
        with Ledger(parse_store(self.spec), create=True) as ledger:
            ledger.import_law(name="kz", text=EXAMPLE_LAW.read_text(encoding="utf-8"), source=str(EXAMPLE_LAW),
                              as_of=date(2020, 1, 1), author="bench")

            def decide() -> tuple[list[Law], None]:
                law = ledger.law("kz")
                for i in range(self.amendments):
                    operation = {"action": "replace", "target": "art_5__para_2",
                                 "text": f"2. Constituencies shall not deviate by more than {i % 15 + 1} per cent."}
                    law.adopt(draft_id=uuid4().hex, title=f"Amendment {i}", effective=f"{2021 + i // 365}-01-01",
                              operations=[operation], changes=[], author="bench")
                return [law], None

            ledger.execute("bench adopt", "bench", decide)

    def show(self) -> None:
        from compliance.ledger import Ledger, parse_store
        from compliance.ledger.consolidate import law_as_of

        self.prepare()
        with Ledger(parse_store(self.spec)) as ledger:
            law, applied = law_as_of(ledger.law("kz"), date(2099, 1, 1))
        assert len(applied) == self.amendments and law.get("art_5__para_2") is not None

    def parse_once(self) -> None:
        from compliance.lawtext import read_law

        read_law(EXAMPLE_LAW)
