"""How the ledger words storage failures: the first line of the error, and a hint when the disk is full."""

from __future__ import annotations

import errno

from eventsourcing.persistence import InterfaceError, OperationalError

from .store import Store

__all__ = ["reason", "transient", "postgres_reason", "looks_full"]


def reason(exc: BaseException) -> str:
    """The first line of a storage error, with a hint when it looks like a full disk."""
    text = str(exc).strip() or type(exc).__name__
    hint = " (is the disk full?)" if looks_full(exc) else ""
    return text.splitlines()[0] + hint


def transient(exc: BaseException) -> bool:
    """A dropped or refused connection, worth one more try; not a full disk or a broken database."""
    return isinstance(exc, (InterfaceError, OperationalError)) and not looks_full(exc)


def postgres_reason(store: Store, exc: BaseException) -> str:
    """Why PostgreSQL refused: the pool only says it timed out, so ask the server directly once."""
    import psycopg

    env = store.env
    try:
        psycopg.connect(
            dbname=env["POSTGRES_DBNAME"], host=env["POSTGRES_HOST"], port=env["POSTGRES_PORT"],
            user=env["POSTGRES_USER"], password=env["POSTGRES_PASSWORD"],
            connect_timeout=int(env["POSTGRES_CONNECT_TIMEOUT"]),
        ).close()
    except psycopg.Error as direct:
        return reason(direct)
    return reason(exc)


def looks_full(exc: BaseException) -> bool:
    """Whether a storage error (or its cause) says the disk or file-size limit is full."""
    chain: BaseException | None = exc
    while chain is not None:
        if isinstance(chain, OSError) and chain.errno in (errno.ENOSPC, errno.EFBIG, errno.EDQUOT):
            return True
        text = str(chain).lower()
        if "full" in text or "no space" in text or "disk i/o" in text:
            return True
        chain = chain.__cause__ or chain.__context__
    return False
