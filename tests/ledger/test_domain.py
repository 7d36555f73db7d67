"""The ledger's aggregates: stored topics are pinned, payloads JSON-native, invariants guarded."""

from __future__ import annotations

import json
from datetime import date
from typing import Any

import pytest
from eventsourcing.domain import Aggregate, Snapshot
from eventsourcing.utils import get_topic

from compliance.errors import LedgerError
from compliance.ledger import Ledger, parse_store
from compliance.ledger.domain import CommandRecorded, Draft, Law
from compliance.model import Operation

#: Every topic the ledger stores. Renaming or moving a class orphans stored history: never change one
#: without registering the old topic (eventsourcing.utils.register_topic) and adding it here.
PINNED_TOPICS = {
    "compliance.ledger.domain:Law",
    "compliance.ledger.domain:Law.Imported",
    "compliance.ledger.domain:Law.AmendmentAdopted",
    "compliance.ledger.domain:Draft",
    "compliance.ledger.domain:Draft.Opened",
    "compliance.ledger.domain:Draft.AmendmentProposed",
    "compliance.ledger.domain:Draft.AmendmentRevised",
    "compliance.ledger.domain:Draft.AmendmentWithdrawn",
    "compliance.ledger.domain:Draft.Checked",
    "compliance.ledger.domain:Draft.FindingWaived",
    "compliance.ledger.domain:Draft.Adopted",
    "compliance.ledger.domain:Draft.Abandoned",
    "compliance.ledger.domain:CommandRecorded",
    "eventsourcing.domain:Snapshot",
}


def _event_classes(aggregate: type[Aggregate]) -> list[type]:
    return [
        value for name, value in vars(aggregate).items()
        if isinstance(value, type) and issubclass(value, aggregate.Event) and name not in ("Event", "Created")
    ]  # "Event" and "Created" are eventsourcing's base classes, never stored themselves


def test_every_event_class_has_a_pinned_topic() -> None:
    topics = {get_topic(cls) for agg in (Law, Draft) for cls in _event_classes(agg)}
    topics |= {get_topic(Law), get_topic(Draft), get_topic(CommandRecorded), get_topic(Snapshot)}
    assert PINNED_TOPICS == topics


def test_events_are_named_in_the_past_tense() -> None:
    names = sorted(cls.__name__ for agg in (Law, Draft) for cls in _event_classes(agg))
    assert [
        "Abandoned", "Adopted", "AmendmentAdopted", "AmendmentProposed", "AmendmentRevised",
        "AmendmentWithdrawn", "Checked", "FindingWaived", "Imported", "Opened",
    ] == names


def _stored_rows(ledger: Ledger) -> list[Any]:
    return list(ledger.stored_records())


def test_stored_topics_and_payloads_are_json_native(ledger: Ledger, draft_id: str) -> None:
    """Apart from eventsourcing's own timestamp, no payload needs a custom transcoding (no tuples, no dates)."""
    ledger.propose(draft_id, [Operation(action="replace", target="art_4__para_1", text="Sixteen.")],
                   source="bill.toml", author="bob")
    ledger.withdraw(draft_id, "a1", reason="Too early.", author="bob")
    ledger.abandon(draft_id, reason="Superseded.", author="carol")
    topics = set()
    for record in _stored_rows(ledger):
        topics.add(record.topic)
        payload = json.loads(record.state)
        payload.pop("timestamp")
        assert "_type_" not in json.dumps(payload), record.topic
        if record.topic != get_topic(CommandRecorded):
            assert payload["author"] in {"alice", "bob", "carol"}
    assert topics <= PINNED_TOPICS


def test_state_rebuilt_from_a_snapshot_equals_state_rebuilt_from_events(store_spec: str, ledger: Ledger,
                                                                         draft_id: str) -> None:
    operations = [Operation(action="replace", target=f"art_{i}", text=f"Text {i}.") for i in range(1, 121)]
    ledger.propose(draft_id, operations, source="many.toml", author="bob")
    ledger.withdraw(draft_id, "a7", reason="Duplicate.", author="bob")
    with Ledger(parse_store(store_spec)) as fresh:
        snapshots = list(fresh.app.snapshots.get(fresh.resolve_draft(draft_id), desc=True, limit=1))
        from_snapshot = fresh.draft(draft_id)
        replayed = None
        for event in fresh.app.events.get(from_snapshot.id):
            replayed = event.mutate(replayed)
    assert [121] == [s.originator_version for s in snapshots]
    assert 122 == from_snapshot.version
    assert vars(replayed) == vars(from_snapshot)


def _draft() -> Draft:
    return Draft(title="T", law_id="0" * 32, law_name="kz", election=None, author="alice")  # type: ignore[call-arg]


def _op(target: str = "art_4") -> list[dict[str, Any]]:
    return [{"action": "repeal", "target": target}]


def test_waiving_requires_a_reason() -> None:
    draft = _draft()
    draft.record_check(rulesets=[], findings=[{"fingerprint": "abc123", "rule": "VC001"}], summary={},
                       amendments=[], author="alice")
    with pytest.raises(LedgerError, match="needs a reason"):
        draft.waive("abc", "  ", None, "2026-01-01", "alice")


def test_waiving_a_fingerprint_the_latest_check_did_not_report_is_refused() -> None:
    draft = _draft()
    draft.record_check(rulesets=[], findings=[{"fingerprint": "abc123", "rule": "VC001"}], summary={},
                       amendments=[], author="alice")
    with pytest.raises(LedgerError, match="no finding with fingerprint 'ffff'"):
        draft.waive("ffff", "ok", None, "2026-01-01", "alice")


def test_a_waiver_cannot_expire_in_the_past() -> None:
    draft = _draft()
    draft.record_check(rulesets=[], findings=[{"fingerprint": "abc123", "rule": "VC001"}], summary={},
                       amendments=[], author="alice")
    with pytest.raises(LedgerError, match="not in the future"):
        draft.waive("abc", "ok", "2025-12-31", "2026-01-01", "alice")


def test_no_proposals_after_adoption() -> None:
    draft = _draft()
    draft.propose(None, _op(), "b.toml", "alice")
    draft.record_check(rulesets=[], findings=[], summary={}, amendments=["a1"], author="alice")
    draft.adopt("2026-03-01", "alice")
    with pytest.raises(LedgerError, match="was adopted"):
        draft.propose(None, _op("art_5"), "b.toml", "alice")


def test_nothing_changes_an_abandoned_draft() -> None:
    draft = _draft()
    draft.abandon("No majority.", "alice")
    with pytest.raises(LedgerError, match="abandoned"):
        draft.propose(None, _op(), "b.toml", "alice")
    with pytest.raises(LedgerError, match="abandoned"):
        draft.abandon("Again.", "alice")


def test_adoption_requires_a_check_of_the_current_amendments() -> None:
    draft = _draft()
    draft.propose(None, _op(), "b.toml", "alice")
    draft.record_check(rulesets=[], findings=[], summary={}, amendments=["a1"], author="alice")
    draft.propose(None, _op("art_5"), "b.toml", "alice")
    with pytest.raises(LedgerError, match="changed since it was last checked"):
        draft.adopt("2026-03-01", "alice")


def test_a_draft_without_active_amendments_cannot_be_adopted() -> None:
    draft = _draft()
    draft.propose(None, _op(), "b.toml", "alice")
    draft.withdraw("a1", "Wrong article.", "alice")
    draft.record_check(rulesets=[], findings=[], summary={}, amendments=[], author="alice")
    with pytest.raises(LedgerError, match="no active amendments"):
        draft.adopt("2026-03-01", "alice")


def test_withdrawal_needs_a_reason_and_an_active_amendment() -> None:
    draft = _draft()
    draft.propose(None, _op(), "b.toml", "alice")
    with pytest.raises(LedgerError, match="needs a reason"):
        draft.withdraw("a1", "", "alice")
    draft.withdraw("a1", "Wrong article.", "alice")
    with pytest.raises(LedgerError, match="was withdrawn"):
        draft.withdraw("a1", "Again.", "alice")
    with pytest.raises(LedgerError, match="no amendment 'a9'"):
        draft.revise("a9", _op(), "b.toml", "alice")


def test_explicit_amendment_ids_are_unique_and_automatic_ids_skip_them() -> None:
    draft = _draft()
    assert "a2" == draft.propose("a2", _op(), "b.toml", "alice")
    assert "a3" == draft.propose(None, _op(), "b.toml", "alice")
    with pytest.raises(LedgerError, match="already has an amendment 'a2'"):
        draft.propose("a2", _op(), "b.toml", "alice")


def test_an_amendment_cannot_take_effect_before_the_imported_text() -> None:
    law = Law(name="kz", text="x", source="kz.md", as_of="2025-01-01", author="alice")  # type: ignore[call-arg]
    with pytest.raises(LedgerError, match="before the date law 'kz' was imported as of"):
        law.check_effective(date(2024, 12, 31).isoformat())
