"""`--store` / SUFFRAGE_STORE: SQLite by default, PostgreSQL by URL, clear errors otherwise."""

from __future__ import annotations

from pathlib import Path

import pytest

from compliance.errors import LedgerError
from compliance.ledger import Ledger, parse_store


def test_the_default_store_is_a_sqlite_file_under_the_working_directory(tmp_path: Path) -> None:
    store = parse_store(None, cwd=tmp_path)
    assert ("sqlite", str(tmp_path / ".suffrage" / "ledger.sqlite"), True) == (store.kind, store.location,
                                                                              store.default)


def test_a_relative_sqlite_path_is_taken_from_the_working_directory(tmp_path: Path) -> None:
    assert str(tmp_path / "office.sqlite") == parse_store("office.sqlite", cwd=tmp_path).location
    assert str(tmp_path / "x.db") == parse_store("sqlite://x.db", cwd=tmp_path).location


def test_a_postgresql_url_configures_eventsourcing_postgres() -> None:
    store = parse_store("postgresql://drafter:s3cret@db.example:6543/laws?connect_timeout=2")
    assert "postgresql://drafter@db.example:6543/laws" == store.location  # no password in messages
    assert {
        "PERSISTENCE_MODULE": "eventsourcing.postgres",
        "POSTGRES_DBNAME": "laws",
        "POSTGRES_HOST": "db.example",
        "POSTGRES_PORT": "6543",
        "POSTGRES_USER": "drafter",
        "POSTGRES_PASSWORD": "s3cret",
        "POSTGRES_CONNECT_TIMEOUT": "2",
    }.items() <= store.env.items()


@pytest.mark.parametrize(
    "spec, message",
    [
        ("mysql://root@localhost/laws", "unsupported store mysql://"),
        ("postgresql://postgres@localhost", "needs a host and a database"),
        ("postgresql://postgres@localhost/db?sslmode=require", "unsupported parameter(s) sslmode"),
        ("postgresql://postgres@localhost:99999/db", "invalid port"),
    ],
)
def test_a_bad_store_is_a_ledger_error(spec: str, message: str) -> None:
    with pytest.raises(LedgerError, match=message.replace("(", r"\(").replace(")", r"\)")):
        parse_store(spec)


def test_commands_outside_an_initialised_directory_say_how_to_start(tmp_path: Path) -> None:
    with pytest.raises(LedgerError, match=r"no ledger in this directory .* run `suffrage init`"):
        Ledger(parse_store(None, cwd=tmp_path))
    assert not (tmp_path / ".suffrage").exists()


def test_a_sqlite_file_that_is_not_a_ledger_is_refused(tmp_path: Path) -> None:
    import sqlite3

    other = tmp_path / "other.sqlite"
    sqlite3.connect(other).execute("CREATE TABLE t (x)").connection.commit()
    with pytest.raises(LedgerError, match=f"no ledger at {other}; run `suffrage init --store {other}`"):
        Ledger(parse_store(str(other)))


@pytest.mark.postgres
def test_an_uninitialised_postgresql_database_says_how_to_start(postgres_url: str) -> None:
    with pytest.raises(LedgerError, match="no Suffrage ledger in postgresql://.*; run `suffrage init --store"):
        Ledger(parse_store(postgres_url))


def test_an_unreachable_postgresql_server_is_a_clear_error() -> None:
    with pytest.raises(LedgerError, match=r"cannot open the ledger at postgresql://postgres@127.0.0.1:1/none"):
        Ledger(parse_store("postgresql://postgres@127.0.0.1:1/none?connect_timeout=1"))
