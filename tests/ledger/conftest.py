"""Ledger fixtures: a store on SQLite (always) and on PostgreSQL (when reachable).

PostgreSQL tests use the server named by ``SUFFRAGE_TEST_POSTGRES`` (CI:
``postgresql://postgres@127.0.0.1:5432/postgres``). Each test gets a throwaway
database, created before and dropped after. Without the variable, or when the
server does not answer, those tests are skipped with the reason.
"""

from __future__ import annotations

import os
import sys
from collections.abc import Iterator
from datetime import date
from pathlib import Path
from urllib.parse import urlsplit, urlunsplit
from uuid import uuid4

import pytest

from compliance.ledger import Ledger, parse_store

ROOT = Path(__file__).resolve().parents[2]
EXAMPLE_LAW = ROOT / "examples" / "kz-elections.md"
PG_ENV = "SUFFRAGE_TEST_POSTGRES"


def postgres_admin_url() -> str:
    """The maintenance URL from ``SUFFRAGE_TEST_POSTGRES``, or skip with the reason."""
    url = os.environ.get(PG_ENV, "").strip()
    if not url:
        pytest.skip(f"PostgreSQL tests need {PG_ENV}, e.g. postgresql://postgres@127.0.0.1:5432/postgres")
    import psycopg

    try:
        psycopg.connect(url, connect_timeout=3, autocommit=True).close()
    except psycopg.Error as exc:
        reason = str(exc).strip().splitlines()[0] if str(exc).strip() else type(exc).__name__
        pytest.skip(f"PostgreSQL not reachable at {url} ({reason}); set {PG_ENV}")
    return url


def with_database(url: str, dbname: str) -> str:
    parts = urlsplit(url)
    return urlunsplit((parts.scheme, parts.netloc, "/" + dbname, parts.query, parts.fragment))


@pytest.fixture(scope="session")
def postgres_database() -> Iterator[str]:
    """One throwaway PostgreSQL database for the session, dropped at the end."""
    import psycopg

    admin = postgres_admin_url()
    name = f"suffrage_test_{uuid4().hex[:12]}"
    with psycopg.connect(admin, autocommit=True) as conn:
        conn.execute(f'CREATE DATABASE "{name}"')
    try:
        yield with_database(admin, name)
    finally:
        with psycopg.connect(admin, autocommit=True) as conn:
            conn.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')


@pytest.fixture
def postgres_url(postgres_database: str) -> str:
    """An empty PostgreSQL database with no ledger in it (the session's database, its ledger tables dropped)."""
    import psycopg

    with psycopg.connect(postgres_database, autocommit=True) as conn:
        conn.execute("DROP TABLE IF EXISTS suffrage_events, suffrage_snapshots")
    return postgres_database


@pytest.fixture(params=["sqlite", pytest.param("postgresql", marks=pytest.mark.postgres)])
def store_spec(request: pytest.FixtureRequest, tmp_path: Path) -> str:
    """A ``--store`` value for an empty store: a SQLite file, or a throwaway PostgreSQL database."""
    if request.param == "sqlite":
        return str(tmp_path / "ledger.sqlite")
    return request.getfixturevalue("postgres_url")


@pytest.fixture
def ledger(store_spec: str) -> Iterator[Ledger]:
    with Ledger(parse_store(store_spec), create=True) as opened:
        yield opened


@pytest.fixture
def law_text() -> str:
    return EXAMPLE_LAW.read_text(encoding="utf-8")


@pytest.fixture
def draft_id(ledger: Ledger, law_text: str) -> str:
    """A ledger with law ``kz`` imported (as of 2025-01-01) and one open draft; the draft's full id."""
    ledger.import_law(name="kz", text=law_text, source="examples/kz-elections.md", as_of=date(2025, 1, 1),
                      author="alice")
    draft = ledger.open_draft(title="Lower the voting age", law="kz", election=date(2026, 9, 20), author="alice")
    return draft.id.hex


@pytest.fixture(scope="session")
def suffrage() -> list[str]:
    """How to run the installed ``suffrage`` in a subprocess."""
    script = Path(sys.executable).with_name("suffrage")
    if script.is_file():
        return [str(script)]
    return [sys.executable, "-c", "import sys; from cli import main; sys.exit(main())"]
