"""Ledger commands: one atomic save each, refused input writes nothing, conflicts are retried safely."""

from __future__ import annotations

import errno
from datetime import date
from typing import Any

import pytest
from eventsourcing.persistence import OperationalError

from compliance.errors import LedgerError
from compliance.ledger import Ledger, parse_store
from compliance.model import Operation

AGE = Operation(action="replace", target="art_4__para_1", text="Citizens who have reached sixteen years of age.")


def _count(ledger: Ledger) -> int:
    return sum(1 for _ in ledger.stored_records())


def test_a_command_stores_its_events_and_one_chain_link_together(ledger: Ledger, draft_id: str) -> None:
    before = _count(ledger)
    ids = ledger.propose(draft_id, [AGE, Operation(action="repeal", target="art_4__para_3")], source="b.toml",
                         author="bob")
    assert ["a1", "a2"] == ids
    assert before + 3 == _count(ledger)
    link = list(ledger.links())[-1]
    assert ("draft propose", "bob", 2) == (link.name, link.author, len(link.records))


@pytest.mark.parametrize(
    "command, message",
    [
        (lambda led, d: led.propose("zz", [AGE], source="b.toml", author="bob"), "'zz' is not a draft id"),
        (lambda led, d: led.propose("0123456789abcdef", [AGE], source="b.toml", author="bob"), "no draft"),
        (lambda led, d: led.propose(d, [], source="empty.toml", author="bob"), "empty.toml: no amending operations"),
        (lambda led, d: led.withdraw(d, "a9", reason="x", author="bob"), "has no amendment 'a9'"),
        (lambda led, d: led.abandon(d, reason=" ", author="bob"), "needs a reason"),
        (lambda led, d: led.waive(d, "abc", reason="ok", expires=None, today=date(2026, 1, 1), author="bob"),
         "has not been checked"),
        (lambda led, d: led.adopt(d, effective=date(2026, 3, 1), author="bob"), "no active amendments"),
        (lambda led, d: led.open_draft(title="T", law="nope", election=None, author="bob"), "no law 'nope'"),
        (lambda led, d: led.import_law(name="bad name", text="x", source="x.md", as_of=date(2026, 1, 1), author="bob"),
         "law name 'bad name'"),
    ],
)
def test_refused_input_is_a_ledger_error_and_writes_nothing(ledger: Ledger, draft_id: str, command: Any,
                                                             message: str) -> None:
    before = _count(ledger)
    with pytest.raises(LedgerError, match=message):
        command(ledger, draft_id)
    assert before == _count(ledger)
    assert ledger.verify().ok


def test_unique_prefixes_resolve_and_ambiguous_ones_are_refused(ledger: Ledger, draft_id: str) -> None:
    ids = [draft_id] + [
        ledger.open_draft(title=f"Draft {i}", law="kz", election=None, author="alice").id.hex for i in range(16)
    ]
    first = {i[0] for i in ids}
    shared = next(c for c in first if sum(1 for i in ids if i[0] == c) > 1)  # 17 ids, 16 hex digits
    with pytest.raises(LedgerError, match=f"draft id '{shared}' is ambiguous"):
        ledger.draft(shared)
    for full in ids:
        assert full == ledger.draft(full[:12]).id.hex
        assert full == ledger.draft(full.upper()).id.hex


def test_a_concurrent_write_is_retried_on_fresh_state_and_both_are_recorded_once(store_spec: str, ledger: Ledger,
                                                                                draft_id: str) -> None:
    """Another process proposes between our read and our write: we reload, re-apply and get the next id."""
    with Ledger(parse_store(store_spec)) as other:
        calls = []
        real = ledger.draft

        def interleaved(ref: Any) -> Any:
            draft = real(ref)
            if not calls:
                other.propose(draft_id, [AGE], source="other.toml", author="carol")
            calls.append(ref)
            return draft

        ledger.draft = interleaved  # type: ignore[method-assign]
        ids = ledger.propose(draft_id, [Operation(action="repeal", target="art_4__para_3")], source="mine.toml",
                             author="bob")
    assert 2 == len(calls)
    assert ["a2"] == ids
    with Ledger(parse_store(store_spec)) as fresh:
        draft = fresh.draft(draft_id)
        assert {"a1": "other.toml", "a2": "mine.toml"} == {k: a["source"] for k, a in draft.amendments.items()}
        assert fresh.verify().ok


def test_a_retry_revalidates_and_refuses_what_the_other_writer_made_invalid(store_spec: str, ledger: Ledger,
                                                                          draft_id: str) -> None:
    with Ledger(parse_store(store_spec)) as other:
        real = ledger.draft
        calls = []

        def interleaved(ref: Any) -> Any:
            draft = real(ref)
            if not calls:
                other.abandon(draft_id, reason="Withdrawn by the government.", author="carol")
            calls.append(ref)
            return draft

        ledger.draft = interleaved  # type: ignore[method-assign]
        before = _count(ledger)
        with pytest.raises(LedgerError, match="was abandoned"):
            ledger.propose(draft_id, [AGE], source="late.toml", author="bob")
    assert before + 2 == _count(ledger)  # the other writer's abandonment and its chain link; nothing of ours
    with Ledger(parse_store(store_spec)) as fresh:
        assert ({}, "abandoned") == (fresh.draft(draft_id).amendments, fresh.draft(draft_id).status)


def test_a_failed_write_reports_nothing_recorded(ledger: Ledger, draft_id: str, monkeypatch: Any) -> None:
    """An OSError from the recorder (here: no space left) is a clear error, the store is unchanged."""

    def full(*_args: Any, **_kwargs: Any) -> None:
        raise OSError(errno.ENOSPC, "No space left on device")

    monkeypatch.setattr(ledger.app.recorder, "insert_events", full)
    before = _count(ledger)
    with pytest.raises(LedgerError) as caught:
        ledger.propose(draft_id, [AGE], source="b.toml", author="bob")
    assert "No space left on device (is the disk full?); nothing was recorded" in str(caught.value)
    monkeypatch.undo()
    assert before == _count(ledger)
    assert {} == ledger.draft(draft_id).amendments
    assert ledger.verify().ok


def test_a_write_whose_acknowledgement_was_lost_counts_as_done(ledger: Ledger, draft_id: str,
                                                               monkeypatch: Any) -> None:
    """The connection drops after the commit: the ledger finds its own chain link and does not write twice."""
    real = ledger.app.recorder.insert_events

    def committed_then_dropped(*args: Any, **kwargs: Any) -> None:
        real(*args, **kwargs)
        raise OperationalError("server closed the connection unexpectedly")

    monkeypatch.setattr(ledger.app.recorder, "insert_events", committed_then_dropped)
    assert ["a1"] == ledger.propose(draft_id, [AGE], source="b.toml", author="bob")
    monkeypatch.undo()
    assert ["a1"] == list(ledger.draft(draft_id).amendments)
    assert ledger.verify().ok


def test_a_draft_with_a_thousand_events_loads_from_a_snapshot(store_spec: str, ledger: Ledger,
                                                              draft_id: str) -> None:
    for chunk in range(5):
        ledger.propose(draft_id, [Operation(action="repeal", target=f"art_{i}") for i in range(220)],
                       source=f"chunk{chunk}.toml", author="bob")
    with Ledger(parse_store(store_spec)) as fresh:
        draft = fresh.draft(draft_id)
        latest = list(fresh.app.snapshots.get(draft.id, desc=True, limit=1))
    assert 1101 == draft.version
    assert 1100 == len(draft.amendments)
    assert [1101] == [s.originator_version for s in latest]
