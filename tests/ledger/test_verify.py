"""`suffrage verify`: the hash chain catches every direct edit of the stored history, on both stores.

Each test builds a small real history through the ledger, then edits the
database behind its back — a SQLite file with ``sqlite3``, a PostgreSQL table
with ``psycopg`` — and expects ``verify`` to name the damaged record.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Iterator
from typing import Any

import pytest
from click.testing import CliRunner

from cli import main
from compliance.ledger import Ledger, parse_store
from compliance.ledger.domain import CHAIN_ID
from compliance.model import Operation


class RawStore:
    """Direct SQL access to the events table, bypassing the ledger (what a tamperer would do)."""

    def __init__(self, spec: str) -> None:
        self.sqlite = not spec.startswith("postgresql://")
        if self.sqlite:
            self.conn: Any = sqlite3.connect(spec)
            self.events, self.snapshots, self.position = "stored_events", "stored_snapshots", "rowid"
        else:
            import psycopg

            self.conn = psycopg.connect(spec, autocommit=True)
            self.events, self.snapshots, self.position = "suffrage_events", "suffrage_snapshots", "notification_id"

    def sql(self, statement: str, *params: Any) -> list[Any]:
        if not self.sqlite:
            statement = statement.replace("?", "%s")
        cursor = self.conn.execute(statement, params)
        rows = cursor.fetchall() if cursor.description else []
        if self.sqlite:
            self.conn.commit()
        return rows

    def oid(self, hex_id: str) -> Any:
        import uuid

        return hex_id if self.sqlite else uuid.UUID(hex_id)

    def position_of(self, hex_id: str, version: int) -> int:
        return self.sql(f"SELECT {self.position} FROM {self.events} WHERE originator_id = ? AND originator_version = ?",
                        self.oid(hex_id), version)[0][0]

    def state(self, hex_id: str, version: int, table: str | None = None) -> bytes:
        rows = self.sql(f"SELECT state FROM {table or self.events} WHERE originator_id = ? AND originator_version = ?",
                        self.oid(hex_id), version)
        return bytes(rows[0][0])

    def set_state(self, hex_id: str, version: int, state: bytes, table: str | None = None) -> None:
        self.sql(f"UPDATE {table or self.events} SET state = ? WHERE originator_id = ? AND originator_version = ?",
                 state, self.oid(hex_id), version)

    def delete(self, hex_id: str, version: int) -> None:
        self.sql(f"DELETE FROM {self.events} WHERE originator_id = ? AND originator_version = ?",
                 self.oid(hex_id), version)

    def copy_as(self, hex_id: str, version: int, new_version: int) -> None:
        self.sql(f"INSERT INTO {self.events} (originator_id, originator_version, topic, state) "
                 f"SELECT originator_id, ?, topic, state FROM {self.events} "
                 "WHERE originator_id = ? AND originator_version = ?", new_version, self.oid(hex_id), version)

    def swap_positions(self, a: int, b: int) -> None:
        for old, new in ((a, -1), (b, a), (-1, b)):
            self.sql(f"UPDATE {self.events} SET {self.position} = ? WHERE {self.position} = ?", new, old)

    def close(self) -> None:
        self.conn.close()


@pytest.fixture
def history(store_spec: str, ledger: Ledger, draft_id: str) -> Iterator[tuple[Ledger, str, RawStore]]:
    """law import, draft open, proposals a1 and (a2, a3), a withdrawal: 5 commands, 6 events + 5 chain links."""
    ledger.propose(draft_id, [Operation(action="replace", target="art_4__para_1", text="Sixteen years.")],
                   source="age.toml", author="bob")
    ledger.propose(draft_id, [Operation(action="repeal", target="art_4__para_3"),
                              Operation(action="repeal", target="art_12__para_3")], source="repeals.toml",
                   author="bob")
    ledger.withdraw(draft_id, "a3", reason="Keep finality of CEC decisions for now.", author="carol")
    raw = RawStore(store_spec)
    yield ledger, draft_id, raw
    raw.close()


def _verify(spec: str, *heads: str) -> Any:
    with Ledger(parse_store(spec)) as fresh:
        return fresh.verify(heads=heads)


def test_an_untouched_ledger_verifies(store_spec: str, history: Any) -> None:
    result = _verify(store_spec)
    assert () == result.problems
    assert (11, 5) == (result.records, result.links)


def test_editing_one_stored_event_is_reported_with_the_record(store_spec: str, history: Any) -> None:
    _ledger, draft_id, raw = history
    state = raw.state(draft_id, 2)
    raw.set_state(draft_id, 2, state.replace(b"Sixteen", b"Sixty"))
    position = raw.position_of(draft_id, 2)
    result = _verify(store_spec)
    assert [f"record {draft_id} v2 (notification {position}) was modified: it does not match what chain link 3 "
            "sealed"] == list(result.problems)


def test_deleting_a_drafts_last_event_is_reported(store_spec: str, history: Any) -> None:
    """The withdrawal is the draft's last event; the chain link that sealed it still lists it."""
    _ledger, draft_id, raw = history
    raw.delete(draft_id, 5)
    result = _verify(store_spec)
    assert [f"record {draft_id} v5, sealed by chain link 5, is missing (deleted or moved?)"] == list(result.problems)


def test_an_inserted_event_is_reported(store_spec: str, history: Any) -> None:
    _ledger, draft_id, raw = history
    raw.copy_as(draft_id, 4, 6)
    result = _verify(store_spec)
    assert len(result.problems) == 1
    assert result.problems[0].startswith(f"record {draft_id} v6 (notification ")
    assert "is not sealed by any chain link" in result.problems[0]


def test_reordered_records_are_reported(store_spec: str, history: Any) -> None:
    _ledger, draft_id, raw = history
    raw.swap_positions(raw.position_of(draft_id, 3), raw.position_of(draft_id, 4))
    problems = _verify(store_spec).problems
    assert any(f"record {draft_id} v3" in p and "out of order" in p for p in problems), problems


def test_moving_a_record_to_another_command_is_reported(store_spec: str, history: Any) -> None:
    _ledger, draft_id, raw = history
    raw.swap_positions(raw.position_of(draft_id, 2), raw.position_of(draft_id, 5))
    problems = _verify(store_spec).problems
    assert any(f"record {draft_id} v5" in p and "not sealed by chain link 3" in p for p in problems), problems
    assert any(f"record {draft_id} v2, sealed by chain link 3, is missing" in p for p in problems), problems


def test_editing_a_chain_link_is_reported(store_spec: str, history: Any) -> None:
    _ledger, _draft_id, raw = history
    chain = CHAIN_ID.hex
    raw.set_state(chain, 3, raw.state(chain, 3).replace(b'"author":"bob"', b'"author":"mallory"'))
    problems = _verify(store_spec).problems
    assert any(p.startswith(f"chain link {chain} v3") and "seal does not match" in p for p in problems), problems


def test_deleting_a_command_from_the_middle_is_reported(store_spec: str, history: Any) -> None:
    _ledger, draft_id, raw = history
    raw.delete(draft_id, 2)
    raw.delete(CHAIN_ID.hex, 3)
    problems = _verify(store_spec).problems
    assert any("chain link 3 missing before chain link" in p for p in problems), problems
    assert any("does not follow the link before it" in p for p in problems), problems


def test_removing_the_newest_command_whole_is_caught_by_a_published_head(store_spec: str, history: Any) -> None:
    """Without an outside reference the newest commands can vanish whole; ``--head`` catches that."""
    _ledger, draft_id, raw = history
    published = _verify(store_spec).head
    raw.delete(draft_id, 5)
    raw.delete(CHAIN_ID.hex, 5)
    assert () == _verify(store_spec).problems
    assert (f"the chain does not contain head {published[:16]} (commands were removed or rewritten)",) == (
        _verify(store_spec, published[:16]).problems
    )


def test_a_tampered_snapshot_is_reported(store_spec: str, ledger: Ledger, draft_id: str) -> None:
    ledger.propose(draft_id, [Operation(action="repeal", target=f"art_{i}") for i in range(1, 60)],
                   source="many.toml", author="bob")
    raw = RawStore(store_spec)
    try:
        state = raw.state(draft_id, 60, table=raw.snapshots)
        raw.set_state(draft_id, 60, state.replace(b'"status":"active"', b'"status":"withdrawn"', 1),
                      table=raw.snapshots)
    finally:
        raw.close()
    assert (f"snapshot {draft_id} v60 does not match the events it summarises (modified?)",) == (
        _verify(store_spec).problems
    )


def test_verify_command_exits_1_naming_the_record_and_0_when_intact(store_spec: str, history: Any) -> None:
    _ledger, draft_id, raw = history
    runner = CliRunner()
    ok = runner.invoke(main, ["verify", "--store", store_spec])
    assert 0 == ok.exit_code, ok.output
    assert "is intact: 11 records in 5 commands; head " in ok.output
    raw.set_state(draft_id, 3, raw.state(draft_id, 3).replace(b"art_4__para_3", b"art_4__para_4"))
    bad = runner.invoke(main, ["verify", "--store", store_spec])
    assert 1 == bad.exit_code
    assert f"record {draft_id} v3 (notification " in bad.output
    assert "FAILED verification: 1 problem(s)" in bad.output
