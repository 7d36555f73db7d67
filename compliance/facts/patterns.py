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

A pattern that the regex engine cannot scan quickly on its own — one that starts with ``\\b`` or a
lookbehind, or an alternation matched without regard to case, where ``re`` tries the whole pattern at
every position of the text — is compiled with a lookahead of the characters a match can start with
(``(?=[cpsi])(?:\\b(?:court|prison|sentence|...))``, see :func:`first_chars`): the same matches, but most
positions are rejected by one character test. In a review of a long act the extractors spend most of
their time in such scans, and this halves them.

Every lazy pattern is registered, so the linear-time test (``tests/test_regex_time.py``)
finds and checks all of them, compiled or not. ``compile_all()`` compiles
every registered pattern (the test calls it; it is also a quick way to find a
syntax error in a pattern nobody has used yet).
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from typing import Any

__all__ = ["LazyPattern", "lazy", "registered", "compile_all", "first_chars", "accelerated"]

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
            self._compiled = re.compile(accelerated(self.source, self._flags), self._flags)
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


_GLOBAL_FLAGS = re.compile(r"\(\?[aiLmsux]+\)")
#: Above this many characters (case variants counted once) a first-character test rejects too little to pay.
_MOST_FIRST_CHARS = 24


def accelerated(source: str, flags: int = 0) -> str:
    """``source`` with a lookahead of its possible first characters in front, when that makes scanning faster.

    Matches are unchanged: a match must start with one of those characters, so the lookahead only rejects
    positions where the pattern would fail anyway. Only patterns matched without regard to case are
    changed (``re`` compares such a pattern's letters one alternative at a time). Left as it is: a pattern ``re`` already scans quickly
    (a literal prefix or a first-character set of its own), one that may match the empty string or start
    with any character, one whose first characters are too many to help, and anything not understood.
    """
    try:
        from re import _compiler, _parser  # the parser that re itself uses; private, hence the fallback

        parsed = _parser.parse(source, flags)
        all_flags = flags | parsed.state.flags
        if all_flags & (re.LOCALE | re.VERBOSE) or not all_flags & re.IGNORECASE:
            return source  # without IGNORECASE, re skips to candidate positions well enough on its own
        prefix, _skip, _got_all = _compiler._get_literal_prefix(parsed, all_flags)
        if prefix or _compiler._get_charset_prefix(parsed, all_flags):
            return source
        chars = first_chars(parsed.data)
    except Exception:  # noqa: BLE001 - an optimisation only: any doubt leaves the pattern alone
        return source
    if not chars:
        return source
    # The class is read with the pattern's own flags, so without regard to case when the pattern is.
    distinct = {chr(c).lower() for c in chars} if all_flags & re.IGNORECASE else chars
    if len(distinct) > _MOST_FIRST_CHARS:
        return source
    lookahead = "(?=[" + "".join(f"\\U{c:08x}" for c in sorted(chars)) + "])"
    lead = _GLOBAL_FLAGS.match(source)
    at = lead.end() if lead else 0
    return f"{source[:at]}{lookahead}(?:{source[at:]})"


def first_chars(items: list) -> set[int] | None:
    """The code points a match of the parsed pattern ``items`` can begin with, or None if any (or none known).

    Zero-width items (``\\b``, lookarounds) are passed over; an item that may match nothing (``x?``, ``(?:a|)``)
    adds its first characters and lets the next item add its own. None for a pattern that can match the empty
    string, starts with a class of characters (``\\w``, ``[^x]``, ``.``) or uses anything else.
    """
    found, nullable = _first(items)
    return None if found is None or nullable else found


def _first(items: list) -> tuple[set[int] | None, bool]:
    from re import _constants as c

    found: set[int] = set()
    for op, av in items:
        if op is c.LITERAL:
            return found | {av}, False
        if op is c.IN:
            for kind, value in av:
                if kind is c.LITERAL:
                    found.add(value)
                elif kind is c.RANGE and value[1] - value[0] < 64:
                    found.update(range(value[0], value[1] + 1))
                else:
                    return None, False
            return found, False
        if op is c.AT or op is c.ASSERT or op is c.ASSERT_NOT:
            continue
        if op is c.SUBPATTERN:
            _group, add_flags, del_flags, sub = av
            if add_flags or del_flags:
                return None, False
            inner, nullable = _first(sub.data)
        elif op is c.ATOMIC_GROUP:
            inner, nullable = _first(av.data)
        elif op is c.BRANCH:
            inner, nullable = set(), False
            for alternative in av[1]:
                more, empty = _first(alternative.data)
                if more is None:
                    return None, False
                inner |= more
                nullable = nullable or empty
        elif op in (c.MAX_REPEAT, c.MIN_REPEAT, c.POSSESSIVE_REPEAT):
            low, _high, sub = av
            inner, nullable = _first(sub.data)
            nullable = nullable or low == 0
        else:
            return None, False
        if inner is None:
            return None, False
        found |= inner
        if not nullable:
            return found, False
    return found, True


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
