"""Ledger faults: a full disk and a PostgreSQL connection dropped mid-command lose and half-write nothing.

These run the installed ``suffrage`` in subprocesses, because the faults are
process-level: a file-size limit set on the child (the kernel then refuses
writes past it, as on a full disk), and a server that terminates the child's
connection while its transaction waits for the table lock.
"""

from __future__ import annotations

import subprocess
import sys
import time
from datetime import date
from pathlib import Path

import pytest

from compliance.ledger import Ledger, parse_store

EXAMPLE_LAW = Path(__file__).resolve().parents[2] / "examples" / "kz-elections.md"


def _big_law(path: Path, articles: int = 400) -> Path:
    """A syntactically ordinary law of about half a megabyte."""
    body = "\n\n".join(
        f"### Article {n}. Provision {n}\n\n1. " + f"The rule number {n} applies to every election. " * 25
        for n in range(1, articles + 1)
    )
    path.write_text(f"# Law on large things\n\n{body}\n", encoding="utf-8")
    return path


def _limit_file_size(limit: int):  # noqa: ANN202 - preexec function factory
    def apply() -> None:
        import resource
        import signal

        signal.signal(signal.SIGXFSZ, signal.SIG_IGN)  # the write fails with EFBIG instead of killing us
        resource.setrlimit(resource.RLIMIT_FSIZE, (limit, limit))

    return apply


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="file-size limits (RLIMIT_FSIZE): Linux only here")
def test_a_full_disk_refuses_the_command_clearly_and_records_nothing(tmp_path: Path, suffrage: list[str]) -> None:
    store = str(tmp_path / "ledger.sqlite")
    with Ledger(parse_store(store), create=True) as ledger:
        ledger.import_law(name="kz", text=EXAMPLE_LAW.read_text(encoding="utf-8"), source="kz.md",
                          as_of=date(2025, 1, 1), author="alice")
    big = _big_law(tmp_path / "big.md")
    completed = subprocess.run(
        [*suffrage, "law", "import", str(big), "--name", "big", "--store", store, "--author", "alice"],
        capture_output=True, text=True, timeout=60, preexec_fn=_limit_file_size(64 * 1024), check=False,
    )
    assert 2 == completed.returncode, completed.stderr
    assert f"suffrage: error: cannot write to the ledger at {store}: " in completed.stderr
    assert "(is the disk full?); nothing was recorded" in completed.stderr
    assert "Traceback" not in completed.stderr
    with Ledger(parse_store(store)) as ledger:
        assert ["kz"] == ledger.law_names()
        assert ledger.verify().ok
        ledger.import_law(name="big", text=big.read_text(encoding="utf-8"), source="big.md",
                          as_of=date(2025, 1, 1), author="alice")  # room again: the same command now succeeds
        assert ["big", "kz"] == ledger.law_names()
        assert ledger.verify().ok


def _wait_for_lock_waiter(admin: object, dbname: str, timeout: float = 20.0) -> int:
    """The backend of ``dbname`` that waits for a lock (``admin`` must be in autocommit mode)."""
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        rows = admin.execute(  # type: ignore[attr-defined]
            "SELECT pid FROM pg_stat_activity WHERE datname = %s AND wait_event_type = 'Lock'", (dbname,)
        ).fetchall()
        if rows:
            return int(rows[0][0])
        time.sleep(0.05)
    raise AssertionError("the command never waited for the table lock")


@pytest.mark.postgres
def test_a_connection_dropped_mid_command_is_retried_without_loss(postgres_url: str, suffrage: list[str]) -> None:
    """The server terminates the command's connection inside its transaction; the command retries once, whole."""
    import psycopg

    with Ledger(parse_store(postgres_url), create=True) as ledger:
        ledger.import_law(name="kz", text=EXAMPLE_LAW.read_text(encoding="utf-8"), source="kz.md",
                          as_of=date(2025, 1, 1), author="alice")
        draft = ledger.open_draft(title="Observers", law="kz", election=None, author="alice").id.hex
    with psycopg.connect(postgres_url) as holder, psycopg.connect(postgres_url, autocommit=True) as admin:
        holder.execute("LOCK TABLE suffrage_events IN EXCLUSIVE MODE")  # the command's insert will wait here
        child = subprocess.Popen(
            [*suffrage, "draft", "abandon", draft[:8], "--reason", "Merged.", "--store", postgres_url,
             "--author", "bob"],
            stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True,
        )
        try:
            pid = _wait_for_lock_waiter(admin, postgres_url.rsplit("/", 1)[1])
            assert admin.execute("SELECT pg_terminate_backend(%s)", (pid,)).fetchone()[0]
            holder.rollback()
            out, err = child.communicate(timeout=60)
        finally:
            child.kill()
    assert 0 == child.returncode, err
    assert f"Abandoned draft {draft[:8]}." in out
    with Ledger(parse_store(postgres_url)) as ledger:
        kinds = [type(e).__qualname__ for e in ledger.events({ledger.resolve_draft(draft)})]
        assert ["Draft.Opened", "Draft.Abandoned"] == kinds
        assert ledger.verify().ok



@pytest.mark.postgres
def test_a_server_lost_mid_command_is_a_clear_error_and_nothing_is_half_written(postgres_url: str,
                                                                                suffrage: list[str]) -> None:
    """Every connection of the command is cut while its transaction waits, and no new one is allowed in."""
    import psycopg

    dbname = postgres_url.rsplit("/", 1)[1]
    with Ledger(parse_store(postgres_url), create=True) as ledger:
        ledger.import_law(name="kz", text=EXAMPLE_LAW.read_text(encoding="utf-8"), source="kz.md",
                          as_of=date(2025, 1, 1), author="alice")
        draft = ledger.open_draft(title="Observers", law="kz", election=None, author="alice").id.hex
    admin_url = postgres_url.rsplit("/", 1)[0] + "/postgres"
    with psycopg.connect(postgres_url) as holder, psycopg.connect(admin_url, autocommit=True) as admin:
        holder.execute("LOCK TABLE suffrage_events IN EXCLUSIVE MODE")
        child = subprocess.Popen(
            [*suffrage, "draft", "abandon", draft[:8], "--reason", "Merged.", "--store",
             postgres_url + "?connect_timeout=1"],
            stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True,
        )
        try:
            _wait_for_lock_waiter(admin, dbname)
            admin.execute(f'ALTER DATABASE "{dbname}" ALLOW_CONNECTIONS false')
            admin.execute("SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE datname = %s AND pid <> %s",
                          (dbname, holder.info.backend_pid))
            holder.rollback()
            out, err = child.communicate(timeout=60)
        finally:
            child.kill()
            admin.execute(f'ALTER DATABASE "{dbname}" ALLOW_CONNECTIONS true')
    assert 2 == child.returncode, (out, err)
    assert err.startswith(f"suffrage: error: cannot write to the ledger at {postgres_url}: ")
    assert "could not confirm whether the command was recorded: run `suffrage log` to see" in err
    assert "Traceback" not in err
    with Ledger(parse_store(postgres_url)) as ledger:
        assert "open" == ledger.draft(draft).status  # the transaction died with its connection: nothing of it
        assert ledger.verify().ok
