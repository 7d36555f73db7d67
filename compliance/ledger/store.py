"""Where the ledger lives: SQLite by default, PostgreSQL on request.

``--store`` (or ``SUFFRAGE_STORE``) is either a PostgreSQL URL,
``postgresql://user[:password]@host[:port]/dbname[?connect_timeout=S]``, or the
path of a SQLite file. Without it the ledger is ``.suffrage/ledger.sqlite``
under the working directory, created by ``suffrage init``.

:func:`parse_store` turns the spec into a :class:`Store` holding the
eventsourcing environment for that backend. Nothing here opens a connection.
"""

from __future__ import annotations

import os
from pathlib import Path
from urllib.parse import parse_qs, unquote, urlsplit

from attrs import frozen

from ..errors import LedgerError

__all__ = ["Store", "parse_store", "DEFAULT_DIR", "DEFAULT_FILE"]

DEFAULT_DIR = ".suffrage"
DEFAULT_FILE = "ledger.sqlite"

#: The application name; PostgreSQL tables are ``suffrage_events`` and ``suffrage_snapshots``.
APP_NAME = "Suffrage"


@frozen
class Store:
    """A parsed ``--store``: ``kind`` is ``"sqlite"`` or ``"postgresql"``."""

    kind: str
    location: str  # SQLite file path, or the PostgreSQL URL without its password
    env: dict[str, str]
    default: bool = False

    @property
    def is_sqlite(self) -> bool:
        return self.kind == "sqlite"

    def describe(self) -> str:
        return self.location


def parse_store(spec: str | None, *, cwd: str | os.PathLike[str] | None = None) -> Store:
    """The store named by ``spec`` (``None``: the default SQLite file under ``cwd``)."""
    base = Path(cwd) if cwd is not None else Path.cwd()
    if spec is None or not spec.strip():
        return _sqlite(base / DEFAULT_DIR / DEFAULT_FILE, default=True)
    spec = spec.strip()
    if spec.startswith(("postgresql://", "postgres://")):
        return _postgres(spec)
    if "://" in spec and not spec.startswith("sqlite://"):
        scheme = spec.split("://", 1)[0]
        raise LedgerError(
            f"unsupported store {scheme}://; use postgresql://user@host:port/dbname or the path of a SQLite file"
        )
    if spec.startswith("sqlite://"):
        spec = spec[len("sqlite://"):]
    path = Path(spec)
    if not path.is_absolute():
        path = base / path
    return _sqlite(path)


def _sqlite(path: Path, *, default: bool = False) -> Store:
    env = {
        "PERSISTENCE_MODULE": "eventsourcing.sqlite",
        "SQLITE_DBNAME": str(path),
        "SQLITE_LOCK_TIMEOUT": "30",
    }
    return Store(kind="sqlite", location=str(path), env=env, default=default)


def _postgres(url: str) -> Store:
    parts = urlsplit(url)
    dbname = unquote(parts.path.lstrip("/"))
    if not parts.hostname or not dbname:
        raise LedgerError(f"PostgreSQL store {url!r} needs a host and a database: postgresql://user@host:port/dbname")
    try:
        port = parts.port or 5432
    except ValueError:
        raise LedgerError(f"PostgreSQL store {url!r} has an invalid port") from None
    query = parse_qs(parts.query)
    unknown = sorted(set(query) - {"connect_timeout"})
    if unknown:
        raise LedgerError(f"PostgreSQL store {url!r}: unsupported parameter(s) {', '.join(unknown)}")
    timeout = query.get("connect_timeout", ["5"])[-1]
    if not timeout.isdigit() or int(timeout) < 1:
        raise LedgerError(f"PostgreSQL store {url!r}: connect_timeout must be a whole number of seconds")
    user = unquote(parts.username) if parts.username else os.environ.get("PGUSER", "postgres")
    password = unquote(parts.password) if parts.password else os.environ.get("PGPASSWORD", "")
    env = {
        "PERSISTENCE_MODULE": "eventsourcing.postgres",
        "POSTGRES_DBNAME": dbname,
        "POSTGRES_HOST": parts.hostname,
        "POSTGRES_PORT": str(port),
        "POSTGRES_USER": user,
        "POSTGRES_PASSWORD": password,
        "POSTGRES_CONNECT_TIMEOUT": timeout,
        "POSTGRES_POOL_SIZE": "1",
        "POSTGRES_MAX_OVERFLOW": "1",
        "POSTGRES_LOCK_TIMEOUT": "30",
        "POSTGRES_IDLE_IN_TRANSACTION_SESSION_TIMEOUT": "30",
    }
    shown = f"postgresql://{user}@{parts.hostname}:{port}/{dbname}"
    return Store(kind="postgresql", location=shown, env=env)
