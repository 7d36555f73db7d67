"""Regular expressions compiled on first use, not at import.

Fact extractors hold hundreds of patterns, many of them long alternations;
compiling them all when the package is imported costs more than starting
Python and click together, and a review of a short law needs only a few of
them (extractors are gated on cue words, so most never run). ``lazy`` returns
a stand-in that compiles its pattern the first time it is used and behaves
as the compiled ``re.Pattern`` from then on::

    from .patterns import lazy

    _VOTE_CUES = lazy(r"\\b(?:right\\s+to\\s+vote|elector)", re.I)
    ...
    if _VOTE_CUES.search(text): ...

Every lazy pattern is registered, so the linear-time test (``tests/test_regex_time.py``)
finds and checks all of them, compiled or not. ``compile_all()`` compiles
every registered pattern (the test calls it; it is also a quick way to find a
syntax error in a pattern nobody has used yet).
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from typing import Any

__all__ = ["LazyPattern", "lazy", "registered", "compile_all"]

_REGISTRY: list[LazyPattern] = []


class LazyPattern:
    """A regular expression compiled on first use; the methods of ``re.Pattern``."""

    __slots__ = ("source", "_flags", "_compiled", "owner")

    def __init__(self, source: str, flags: int = 0, owner: str = "") -> None:
        self.source = source
        self._flags = flags
        self._compiled: re.Pattern[str] | None = None
        self.owner = owner

    @property
    def compiled(self) -> re.Pattern[str]:
        """The ``re.Pattern`` (compiled now if it was not yet)."""
        if self._compiled is None:
            self._compiled = re.compile(self.source, self._flags)
        return self._compiled

    # The methods extractors use, spelt out (no __getattr__ indirection on the hot path).
    def search(self, string: str, *args: Any) -> re.Match[str] | None:
        return (self._compiled or self.compiled).search(string, *args)

    def match(self, string: str, *args: Any) -> re.Match[str] | None:
        return (self._compiled or self.compiled).match(string, *args)

    def fullmatch(self, string: str, *args: Any) -> re.Match[str] | None:
        return (self._compiled or self.compiled).fullmatch(string, *args)

    def finditer(self, string: str, *args: Any) -> Iterator[re.Match[str]]:
        return (self._compiled or self.compiled).finditer(string, *args)

    def findall(self, string: str, *args: Any) -> list[Any]:
        return (self._compiled or self.compiled).findall(string, *args)

    def sub(self, repl: Any, string: str, count: int = 0) -> str:
        return (self._compiled or self.compiled).sub(repl, string, count)

    def subn(self, repl: Any, string: str, count: int = 0) -> tuple[str, int]:
        return (self._compiled or self.compiled).subn(repl, string, count)

    def split(self, string: str, maxsplit: int = 0) -> list[str]:
        return (self._compiled or self.compiled).split(string, maxsplit)

    @property
    def pattern(self) -> str:
        return self.source

    @property
    def flags(self) -> int:
        return self.compiled.flags

    @property
    def groups(self) -> int:
        return self.compiled.groups

    @property
    def groupindex(self) -> Any:
        return self.compiled.groupindex

    def __repr__(self) -> str:
        state = "compiled" if self._compiled is not None else "not compiled yet"
        return f"lazy({self.source[:60]!r}{'…' if len(self.source) > 60 else ''}, {self._flags}) [{state}]"


def lazy(source: str, flags: int = 0) -> LazyPattern:
    """A pattern that compiles itself on first use (see the module docstring)."""
    import sys

    owner = sys._getframe(1).f_globals.get("__name__", "") if hasattr(sys, "_getframe") else ""
    pattern = LazyPattern(source, flags, owner)
    _REGISTRY.append(pattern)
    return pattern


def registered() -> tuple[LazyPattern, ...]:
    """Every lazy pattern created so far (by the modules imported so far)."""
    return tuple(_REGISTRY)


def compile_all() -> int:
    """Compile every registered pattern; returns how many there are."""
    for pattern in _REGISTRY:
        pattern.compiled  # noqa: B018 - compiling is the point
    return len(_REGISTRY)
