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

from compliance.ledger import Ledger, parse_store

#: Crash test parameters: rounds of PROCESSES concurrent proposals. In each round the first is killed
#: (SIGKILL) at a random moment between 0.05 s and KILL_SPAN times the duration of one proposal (measured
#: first on the same machine; about 0.5 s on an idle 2-core machine) after its start, unless it finished by
#: then — so it dies at every stage: importing, reading, deciding, inside the transaction, committing. The
#: others run to the end beside it: a crash must neither lose nor block a concurrent writer.
#: SUFFRAGE_CRASH_ROUNDS overrides the number of rounds (a longer campaign), SUFFRAGE_CRASH_SEED the seed.
ROUNDS = {"sqlite": 10, "postgresql": 5}
PROCESSES = 2
KILL_SPAN = 2.5


def _bill(path: Path, *ids: str) -> Path:
    """A TOML draft with one amendment per id (``None``: let the ledger number it)."""
    parts = ['[draft]\ntitle = "Process test"\n']
    for amendment_id in ids:
        key = f'id = "{amendment_id}"\n' if amendment_id else ""
        parts.append(f'[[amendment]]\n{key}target = "art_7__para_1"\nop = "replace-words"\n'
                     f'words = "seven years"\nreplacement = "five years"\n')
    path.write_text("\n".join(parts), encoding="utf-8")
    return path


def _one_proposal_takes(suffrage: list[str], store: str, draft: str, tmp_path: Path) -> float:
    """Seconds one ``draft propose`` takes here, start to exit (also warms the disk cache)."""
    started = time.monotonic()
    bill = _bill(tmp_path / "calibrate.toml", "calibrate")
    subprocess.run([*suffrage, "draft", "propose", draft[:8], str(bill), "--store", store], check=True,
                   capture_output=True, timeout=120)
    return time.monotonic() - started


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
    span = (0.05, KILL_SPAN * _one_proposal_takes(suffrage, store_spec, draft_id, tmp_path))
    succeeded: list[tuple[str, str]] = []
    killed: list[tuple[str, str]] = []
    for round_no in range(int(os.environ.get("SUFFRAGE_CRASH_ROUNDS", ROUNDS[kind]))):
        batch = []
        for k in range(PROCESSES):
            pair = (f"r{round_no}p{k}x", f"r{round_no}p{k}y")
            bill = _bill(tmp_path / f"{pair[0]}.toml", *pair)
            child = subprocess.Popen([*suffrage, "draft", "propose", draft_id[:8], str(bill), "--store", store_spec],
                                     stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
            batch.append((pair, child))
        deadlines = [time.monotonic() + rng.uniform(*span)] + [float("inf")] * (len(batch) - 1)
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
    print(f"crash test ({kind}): seed {seed}, kill window {span[0]:.2f}-{span[1]:.2f} s, "
          f"{len(succeeded)} commands succeeded, {len(killed)} killed")
    assert succeeded and killed, f"seed {seed}, span {span}: the random delays killed all or none of the processes"
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


def _wait_until_queued(store: str, children: list[subprocess.Popen[str]], single: float) -> None:
    """Give the writers time to read, decide and queue for the write lock.

    On PostgreSQL the queue is visible: wait until every process waits for the table lock. SQLite's busy
    wait cannot be seen from outside; wait three times as long as one proposal takes here.
    """
    if not store.startswith("postgresql://"):
        time.sleep(3 * single)
        return
    import psycopg

    dbname = store.rsplit("/", 1)[1]
    deadline = time.monotonic() + 60
    with psycopg.connect(store.rsplit("/", 1)[0] + "/postgres", autocommit=True) as admin:
        while time.monotonic() < deadline:
            waiting = admin.execute("SELECT count(*) FROM pg_stat_activity WHERE datname = %s "
                                    "AND wait_event_type = 'Lock'", (dbname,)).fetchone()[0]
            if waiting >= len(children) or any(child.poll() is not None for child in children):
                return
            time.sleep(0.05)


def test_concurrent_proposals_to_one_draft_are_each_recorded_once(
    store_spec: str, ledger: Ledger, draft_id: str, tmp_path: Path, suffrage: list[str]
) -> None:
    """Six processes read the same state, then race for the same next version.

    Four propose amendments of their own (one with its own id, one numbered by the ledger): all succeed and
    each amendment is recorded once, numbered a1-a4 in commit order. Two propose the same id: one wins; the
    other re-validates on the new state and is refused with exit 2, writing nothing.
    """
    ledger.close()
    single = _one_proposal_takes(suffrage, store_spec, draft_id, tmp_path)
    lock = _hold_write_lock(store_spec)
    bills = [_bill(tmp_path / f"p{i}.toml", f"p{i}", None) for i in range(4)]
    bills += [_bill(tmp_path / f"same{i}.toml", "same") for i in range(2)]
    children = [_start(suffrage, store_spec, draft_id, bill) for bill in bills]
    _wait_until_queued(store_spec, children, single)
    lock.rollback() if store_spec.startswith("postgresql://") else lock.execute("ROLLBACK")
    lock.close()
    results = [child.communicate(timeout=120) + (child.returncode,) for child in children]
    assert [0, 0, 0, 0] == [code for _out, _err, code in results[:4]], results
    assert [0, 2] == sorted(code for _out, _err, code in results[4:]), results
    refused = next(err for _out, err, code in results[4:] if code == 2)
    assert "already has an amendment 'same'" in refused
    counts = _proposals(store_spec, draft_id)
    expected = {"calibrate": 1, "same": 1} | {f"p{i}": 1 for i in range(4)} | {f"a{i}": 1 for i in range(1, 5)}
    assert expected == dict(counts)
