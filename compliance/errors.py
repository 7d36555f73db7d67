"""Errors a user can cause, and how they are reported.

Every exception a user can trigger by what they give Suffrage (a law file, a
bill, a rule pack, a citation, a ledger id) derives from :class:`SuffrageError`.
Its string form is one line that names the file, the line (or article) and
what was expected, so the command line can print it as is and exit with
status 2. Anything else escaping the engine is a bug in Suffrage.
"""

from __future__ import annotations

__all__ = [
    "SuffrageError",
    "InputError",
    "LawTextError",
    "CitationError",
    "BillError",
    "RulePackError",
    "LedgerError",
]


class SuffrageError(Exception):
    """A problem with what the user gave us; reported in one line, exit status 2.

    ``where`` is the file (or other source) the problem is in, ``line`` the
    1-based line when known. ``str(error)`` is ``"where:line: message"``.
    """

    def __init__(self, message: str, *, where: str | None = None, line: int | None = None):
        super().__init__(message)
        self.message = message
        self.where = where
        self.line = line

    def __str__(self) -> str:
        prefix = ""
        if self.where:
            prefix = f"{self.where}:"
            if self.line is not None:
                prefix += f"{self.line}:"
            prefix += " "
        return prefix + self.message


class InputError(SuffrageError):
    """A file that cannot be read as text: missing, a directory, binary, not UTF-8, too large."""


class LawTextError(SuffrageError):
    """Statute text in which no provisions can be recognised."""


class CitationError(SuffrageError):
    """A citation that cannot be parsed, or names no provision of the law."""


class BillError(SuffrageError):
    """A bill or TOML draft that cannot be read (malformed TOML, unknown keys, strict-mode failures)."""


class RulePackError(SuffrageError):
    """A rule pack that fails validation: unknown keys, topics or citations, duplicate ids, bad expressions."""


class LedgerError(SuffrageError):
    """A ledger command that cannot be carried out: no ledger, unknown or ambiguous id, conflict."""
