"""Real processes against one ledger: killed at random moments, or writing to one draft at once.

Every process is the installed ``suffrage draft propose``. The crash test
kills a stream of them with SIGKILL at random moments (importing, reading,
inside the transaction, committing); the concurrency test makes several of
them decide on the same state and race for the same next version. Afterwards
the history must verify, every command that reported success must be in it
exactly once, and a killed command must be there whole or not at all.
"""

from __future__ import annotations

import os
import random
import signal
import sqlite3
import subprocess
import time
from collections import Counter
from pathlib import Path
from typing import Any

import pytest

from compliance.ledger import Ledger, parse_store

pytest.importorskip("compliance.bill", reason="needs the bill reader (compliance.bill) from the Bills branch")

#: Crash test parameters: rounds of PROCESSES concurrent proposals, each killed (SIGKILL) at a random moment
#: in KILL_AFTER seconds after its start unless it has finished by then. A proposal takes about 0.5 s alone
#: and 0.6-1.2 s two at a time on a 2-core machine, so some finish, and the others die at every stage.
ROUNDS = {"sqlite": 12, "postgresql": 6}
PROCESSES = 2
KILL_AFTER = (0.05, 1.2)


def _bill(path: Path, *ids: str) -> Path:
    """A TOML draft with one amendment per id (``None``: let the ledger number it)."""
    parts = ['[draft]\ntitle = "Process test"\n']
    for amendment_id in ids:
        key = f'id = "{amendment_id}"\n' if amendment_id else ""
        parts.append(f'[[amendment]]\n{key}target = "art_7__para_1"\nop = "replace-words"\n'
                     f'words = "seven years"\nreplacement = "five years"\n')
    path.write_text("\n".join(parts), encoding="utf-8")
    return path


def _proposals(store: str, draft: str) -> Counter[str]:
    """How often each amendment id was proposed, from the stored events."""
    with Ledger(parse_store(store)) as ledger:
        assert ledger.verify().ok, ledger.verify().problems
        return Counter(e.amendment_id for e in ledger.events({ledger.resolve_draft(draft)})
                       if type(e).__qualname__ == "Draft.AmendmentProposed")


def test_proposals_killed_at_random_moments_leave_a_whole_verifiable_history(
    store_spec: str, ledger: Ledger, draft_id: str, tmp_path: Path, suffrage: list[str]
) -> None:
    kind = "sqlite" if not store_spec.startswith("postgresql://") else "postgresql"
    seed = int(os.environ.get("SUFFRAGE_CRASH_SEED", random.randrange(1 << 30)))
    rng = random.Random(seed)
    ledger.close()
    succeeded: list[tuple[str, str]] = []
    killed: list[tuple[str, str]] = []
    for round_no in range(ROUNDS[kind]):
        batch = []
        for k in range(PROCESSES):
            pair = (f"r{round_no}p{k}x", f"r{round_no}p{k}y")
            bill = _bill(tmp_path / f"{pair[0]}.toml", *pair)
            child = subprocess.Popen([*suffrage, "draft", "propose", draft_id[:8], str(bill), "--store", store_spec],
                                     stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
            batch.append((pair, child))
        deadlines = [time.monotonic() + rng.uniform(*KILL_AFTER) for _ in batch]
        while any(child.poll() is None for _pair, child in batch):
            now = time.monotonic()
            for (_pair, child), deadline in zip(batch, deadlines, strict=True):
                if now >= deadline and child.poll() is None:
                    child.send_signal(signal.SIGKILL)
            time.sleep(0.005)
        for pair, child in batch:
            out, err = child.communicate(timeout=60)
            if child.returncode == 0:
                assert f"Proposed {pair[0]}, {pair[1]} to draft" in out
                succeeded.append(pair)
            else:
                assert -signal.SIGKILL == child.returncode, (seed, child.returncode, err)
                killed.append(pair)
    assert succeeded and killed, f"seed {seed}: the random delays killed all or none of the processes"
    counts = _proposals(store_spec, draft_id)
    assert {n for n in counts.values()} <= {1}, f"seed {seed}: an amendment was recorded twice: {counts}"
    for x, y in succeeded:
        assert (1, 1) == (counts[x], counts[y]), f"seed {seed}: a reported success is missing"
    for x, y in killed:
        assert counts[x] == counts[y], f"seed {seed}: a killed command was half-written: {x} {y}"


def _hold_write_lock(store: str) -> Any:
    """Take the store's write lock from outside, so that writers decide first and then queue up."""
    if store.startswith("postgresql://"):
        import psycopg

        conn = psycopg.connect(store)
        conn.execute("LOCK TABLE suffrage_events IN EXCLUSIVE MODE")
        return conn
    conn = sqlite3.connect(store, isolation_level=None)
    conn.execute("BEGIN IMMEDIATE")
    return conn


def _start(suffrage: list[str], store: str, draft: str, bill: Path) -> subprocess.Popen[str]:
    return subprocess.Popen([*suffrage, "draft", "propose", draft[:8], str(bill), "--store", store],
                            stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)


def test_concurrent_proposals_to_one_draft_are_each_recorded_once(
    store_spec: str, ledger: Ledger, draft_id: str, tmp_path: Path, suffrage: list[str]
) -> None:
    """Six processes read the same state, then race for the same next version: all succeed, once each."""
    ledger.close()
    lock = _hold_write_lock(store_spec)
    children = [_start(suffrage, store_spec, draft_id, _bill(tmp_path / f"p{i}.toml", f"p{i}", None))
                for i in range(6)]
    time.sleep(1.5)  # long enough for the processes to read, decide and queue for the lock
    lock.rollback() if store_spec.startswith("postgresql://") else lock.execute("ROLLBACK")
    lock.close()
    results = [child.communicate(timeout=120) + (child.returncode,) for child in children]
    assert [0] * 6 == [code for _out, _err, code in results], results
    counts = _proposals(store_spec, draft_id)
    assert {f"p{i}": 1 for i in range(6)} | {f"a{i}": 1 for i in range(1, 7)} == dict(counts)


def test_two_processes_proposing_the_same_amendment_id_record_it_once(
    store_spec: str, ledger: Ledger, draft_id: str, tmp_path: Path, suffrage: list[str]
) -> None:
    ledger.close()
    lock = _hold_write_lock(store_spec)
    children = [_start(suffrage, store_spec, draft_id, _bill(tmp_path / f"same{i}.toml", "same")) for i in range(2)]
    time.sleep(1.5)
    lock.rollback() if store_spec.startswith("postgresql://") else lock.execute("ROLLBACK")
    lock.close()
    results = sorted((child.communicate(timeout=120), child.returncode) for child in children)
    codes = sorted(code for _streams, code in results)
    assert [0, 2] == codes, results
    refused = next(streams for streams, code in results if code == 2)
    assert "already has an amendment 'same'" in refused[1]
    assert {"same": 1} == dict(_proposals(store_spec, draft_id))
