"""The building blocks every extractor shares: fact declarations, statements, clause helpers.

A :class:`Statement` is the text an extractor reads for one provision:
the headings and lead-in words of the provisions that contain it, the
provision's own words (``own`` is their span), and the closing words of its
parents. Offsets in facts are offsets into ``Statement.text``.

The helpers find the clause around a match, tell whether a match is negated
("shall not", "no person", "is not required") or excepted ("except", "unless"),
and build facts whose evidence is the clause they rest on. All regexes are
linear-time.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator
from itertools import chain
from typing import Any

from attrs import field, frozen

from ..model import Fact, Kind, Law, Provision, Tradition
from .patterns import lazy

__all__ = [
    "FactSpec",
    "Statement",
    "build_statements",
    "clause_bounds",
    "sentence_bounds",
    "make_fact",
    "is_negated",
    "has_exception",
    "near",
    "evidence_window",
    "gated",
    "dispatch",
    "word_heads",
    "own_tokens",
]


@frozen
class FactSpec:
    """A fact an extractor can produce: its name, value type, attributes and meaning.

    Rule conditions may use ``value`` and the declared ``attrs`` by name; the
    rule loader refuses conditions that name anything else.
    """

    name: str
    type: str
    doc: str
    attrs: tuple[str, ...] = ()


@frozen
class Statement:
    """The words an extractor reads for one provision (see module docstring)."""

    text: str
    own: tuple[int, int]
    eid: str = ""
    citation: str = ""
    headings: str = ""
    kind: Kind | None = None
    tradition: Tradition | None = None
    law_title: str = ""
    scope: str = ""
    lower: str = field(init=False)

    def __attrs_post_init__(self) -> None:
        object.__setattr__(self, "lower", self.text.lower())

    @classmethod
    def bare(cls, text: str) -> Statement:
        return cls(text=text, own=(0, len(text)))

    @property
    def own_text(self) -> str:
        return self.text[self.own[0]: self.own[1]]

    @property
    def scope_text(self) -> str:
        """The whole article or section the provision belongs to (its siblings included), or the text."""
        return self.scope or self.text

    @property
    def context(self) -> str:
        """Headings and surrounding words, lower-cased: what the provision is about."""
        return (self.headings + "\n" + self.law_title).lower()


def build_statements(law: Law) -> Iterator[tuple[Provision, Statement]]:
    """One statement per provision that carries text (containers and repealed provisions excluded).

    Walks the tree with an explicit stack, parents before children, in document order: a generator per
    level (``yield from`` down five or six levels) cost more than building the statements themselves.
    """
    tradition, title = law.tradition, law.title
    # (provision, headings above it, lead-in words of its parents, their closing words, its unit's text)
    stack: list[tuple[Provision, tuple[str, ...], tuple[str, ...], tuple[str, ...], str]] = [
        (top, (), (), (), "") for top in reversed(law.body)]
    while stack:
        provision, headings, leads, tails, scope = stack.pop()
        if provision.crossheading or provision.heading:
            headings = (*headings, *(h for h in (provision.crossheading, provision.heading) if h))
        if provision.is_container:
            stack.extend((child, headings, leads, tails, "") for child in reversed(provision.children))
            continue
        if not scope:
            scope = "\n".join([*headings[len(headings) - _own_headings(provision):], provision.full_text()])
        if provision.repealed:
            continue
        text_part, tail_part = provision.text, provision.tail
        body = f"{text_part}\n{tail_part}" if text_part and tail_part else (text_part or tail_part)
        if body:
            heading_text = "\n".join(headings)
            before = "\n".join((*headings, *leads)) if leads else heading_text
            prefix = f"{before}\n" if before else ""
            after = "\n".join(reversed(tails))
            start = len(prefix)
            yield provision, Statement(
                text=f"{prefix}{body}\n{after}" if after else f"{prefix}{body}",
                own=(start, start + len(body)),
                eid=provision.eid,
                citation=provision.citation,
                headings=heading_text,
                kind=provision.kind,
                tradition=tradition,
                law_title=title,
                scope=scope,
            )
        if provision.children:
            child_leads = (*leads, text_part) if text_part else leads
            child_tails = (*tails, tail_part) if tail_part else tails
            stack.extend((child, headings, child_leads, child_tails, scope)
                         for child in reversed(provision.children))


def _own_headings(provision: Provision) -> int:
    """How many heading lines the provision itself has (its crossheading and heading)."""
    return bool(provision.crossheading) + bool(provision.heading)


_CLAUSE_BREAK = lazy(r"\n|[.;:](?:\s|$)|—")
_SENTENCE_BREAK = lazy(r"\n|[.;](?:\s|$)")


def _bounds(text: str, start: int, end: int, breaker: re.Pattern[str], limit: int) -> tuple[int, int]:
    lo = max(0, start - limit)
    left = lo
    for match in breaker.finditer(text, lo, start):
        left = match.end()
    right_match = breaker.search(text, end, min(len(text), end + limit))
    right = right_match.start() + (1 if right_match and text[right_match.start()] == "." else 0) \
        if right_match else min(len(text), end + limit)
    return left, max(right, end)


def clause_bounds(text: str, start: int, end: int, limit: int = 300) -> tuple[int, int]:
    """The clause around ``text[start:end]``: bounded by ``.``, ``;``, ``:``, a new line or a dash."""
    return _bounds(text, start, end, _CLAUSE_BREAK, limit)


def sentence_bounds(text: str, start: int, end: int, limit: int = 500) -> tuple[int, int]:
    """The sentence (or list item) around ``text[start:end]``."""
    return _bounds(text, start, end, _SENTENCE_BREAK, limit)


def evidence_window(text: str, start: int, end: int, lo: int, hi: int, *, limit: int = 240) -> tuple[int, int]:
    """The span ``lo:hi`` (a sentence, say) if it is short enough to quote, else a window of about
    ``limit`` characters inside it around ``text[start:end]``, cut at word boundaries."""
    if hi - lo <= limit:
        return lo, hi
    room = max(0, limit - (end - start)) // 2
    left = max(lo, start - room)
    right = min(hi, end + room)
    while left > lo and not text[left - 1].isspace():
        left += 1
        if left >= start:
            left = start
            break
    while right < hi and not text[right].isspace():
        right -= 1
        if right <= end:
            right = end
            break
    return left, right


def make_fact(name: str, value: Any, statement: Statement, start: int, end: int, *,
              evidence: tuple[int, int] | None = None, **attrs: Any) -> Fact:
    """A fact whose evidence is the clause around the match (or the given ``evidence`` span)."""
    lo, hi = evidence if evidence is not None else clause_bounds(statement.text, start, end)
    words = " ".join(statement.text[lo:hi].split()).strip(" ,;:—")
    if len(words) > 240:
        words = " ".join(statement.text[start:end].split())
    return Fact(name=name, value=value, evidence=words, span=(start, end), attrs=attrs)


_NEGATION_RE = lazy(
    r"\b(?:not|no|never|nor|neither|cannot|may\s+not|shall\s+not|must\s+not|is\s+not|are\s+not|without)\b|n't\b",
    re.I,
)
_EXCEPTION_RE = lazy(
    r"\b(?:except|unless|other\s+than|save\s+(?:as|where|for)|with\s+the\s+exception\s+of|excluding|exempt)\b",
    re.I,
)


def is_negated(text: str, start: int, *, window: int = 60) -> bool:
    """True when a negation word stands in the same clause shortly before ``start``."""
    lo, _ = clause_bounds(text, start, start)
    lo = max(lo, start - window)
    return bool(_NEGATION_RE.search(text, lo, start))


def has_exception(text: str, start: int, end: int) -> bool:
    """True when the clause around the match carries an exception ("except", "unless", "other than")."""
    lo, hi = sentence_bounds(text, start, end)
    return bool(_EXCEPTION_RE.search(text, lo, hi))


def near(text: str, start: int, end: int, pattern: re.Pattern[str], *, before: int = 150,
         after: int = 150, same_sentence: bool = True) -> re.Match[str] | None:
    """The first match of ``pattern`` near ``text[start:end]`` (within the sentence if asked)."""
    lo, hi = max(0, start - before), min(len(text), end + after)
    if same_sentence:
        s_lo, s_hi = sentence_bounds(text, start, end)
        lo, hi = max(lo, s_lo), min(hi, s_hi)
    return pattern.search(text, lo, hi)


_LETTERS = bytes(c if 97 <= c <= 122 else 32 for c in range(256))

_MOST_WORDS = 200_000  # beyond this (garbage fed in?) the word tables start again


class _Stems(dict):
    """word -> its first five letters, filled as words are met (a law has a few thousand distinct words)."""

    def __missing__(self, word: bytes) -> bytes:
        if len(self) > _MOST_WORDS:
            self.clear()
        self[word] = stem = word[:5]
        return stem


class _Heads(dict):
    """word -> those of its heads (first four letters, and first six if it has six or more) that some gate's
    cues have (:data:`_CUE_HEADS`), filled as words are met: most words have none, and a statement's heads
    are then a small set, quick to build and to compare."""

    def __missing__(self, word: bytes) -> tuple[bytes, ...]:
        if len(self) > _MOST_WORDS:
            self.clear()
        heads = (word[:4], word[:6]) if len(word) >= 6 else (word[:4],)
        self[word] = heads = tuple(head for head in heads if head in _CUE_HEADS)
        return heads


#: The heads of every cue of every gate built so far (:func:`gated`, :func:`dispatch`).
_CUE_HEADS: set[bytes] = set()


def _cue_heads(heads: Iterable[bytes]) -> None:
    """Add a gate's cue heads; the word table forgets what it knew when a new head appears."""
    new = set(heads) - _CUE_HEADS
    if new:
        _CUE_HEADS.update(new)
        _HEADS_OF.clear()
        _LAST_TOKENS[0] = None


# Looking the prefixes up in C (map over a dict) is several times cheaper than slicing every word in Python.
_STEM_OF, _HEADS_OF = _Stems(), _Heads()
_LAST_TOKENS: list = [None, (frozenset(), frozenset(), frozenset())]


def own_tokens(statement: Statement) -> tuple[frozenset[bytes], frozenset[bytes], frozenset[bytes]]:
    """The words of a statement's own text (lower-cased ASCII letters; anything else separates words), as
    bytes: the words themselves, their first five letters, and their *heads* — the first four letters of
    every word and the first six of every word that has six or more — as far as some gate's cues have them.

    Every keyword gate of the extractors reads these (:func:`gated`, :func:`dispatch` and the suffrage
    group's ``Gate``): a few C-level passes (encode, translate, split) tokenise the provision once for all
    of them, and they are remembered for the statement last asked about, since the extractors of one
    statement run one after another.
    """
    if _LAST_TOKENS[0] is statement:
        return _LAST_TOKENS[1]
    lo, hi = statement.own
    words = frozenset(statement.lower[lo:hi].encode("ascii", "replace").translate(_LETTERS).split())
    tokens = (words, frozenset(map(_STEM_OF.__getitem__, words)),
              frozenset(chain.from_iterable(map(_HEADS_OF.__getitem__, words))))
    _LAST_TOKENS[0] = statement
    _LAST_TOKENS[1] = tokens
    return tokens


def word_heads(statement: Statement) -> frozenset[bytes]:
    """The heads of the words of a statement's own text that some gate asks about (see :func:`own_tokens`)."""
    return own_tokens(statement)[2]


def _head(cue: str) -> str:
    """The word head a cue must find among a statement's: the first six letters of its first word when it has
    six or more, else the first four."""
    match = re.search(r"[a-z]+", cue.lower())
    if not match:
        return ""
    word = match.group(0)
    return word[:6] if len(word) >= 6 else word[:4]


def _head_bytes(cue: str) -> bytes:
    return _head(cue).encode("ascii")


def gated(cue: re.Pattern[str] | tuple[str, ...], *extractors):
    """One extractor that runs ``extractors`` only on statements whose own words (lower-cased) contain one of
    the ``cue`` word beginnings ("discredit", "rall", "not be published"), or match the ``cue`` pattern.

    A module whose extractors all need one of a few keywords tests them once per statement instead of once
    per extractor, and cheaply: a tuple of cues is first compared, as a set, with the four-letter beginnings
    of the statement's words (tokenised once for all gated modules), and only then searched for as
    substrings. Cues therefore match at the beginning of a word.
    """
    if isinstance(cue, tuple):
        words = cue
        heads = frozenset(_head_bytes(word) for word in words)
        _cue_heads(heads)

        def run(statement: Statement):
            if heads.isdisjoint(word_heads(statement)):
                return
            lo, hi = statement.own
            own = statement.lower[lo:hi]
            for word in words:
                if word in own:
                    break
            else:
                return
            for extractor in extractors:
                yield from extractor(statement)
    else:
        def run(statement: Statement):
            lo, hi = statement.own
            if cue.search(statement.lower, lo, hi) is None:
                return
            for extractor in extractors:
                yield from extractor(statement)

    run.__name__ = "gated_" + "_".join(fn.__name__.strip("_") for fn in extractors)
    shown = cue if isinstance(cue, tuple) else cue.pattern[:60]
    run.__doc__ = f"Runs {', '.join(fn.__name__ for fn in extractors)} on statements matching {shown!r}."
    return run


def dispatch(*routes: tuple[tuple[str, ...], object]):
    """One extractor for a module: each route is ``(cues, extractor)``; an extractor runs on a statement only
    when one of its cues (word beginnings, as for :func:`gated`) is in the statement's own words.

    The statement is tokenised once (:func:`own_tokens`), its word heads meet the cue heads of all routes in
    one set operation, and an index from head to routes says which routes to try, so a module can give each
    extractor its own narrow cues without paying for a test per route, extractor and statement.
    """
    table = []
    index: dict[bytes, list[int]] = {}  # head -> the routes that have a cue with that head
    for number, (cues, extractor) in enumerate(routes):
        by_head: dict[bytes, list[str]] = {}
        for cue in cues:
            by_head.setdefault(_head_bytes(cue), []).append(cue)
        for head in by_head:
            index.setdefault(head, []).append(number)
        table.append((frozenset(by_head), {head: tuple(found) for head, found in by_head.items()}, extractor))
    every = frozenset(index)
    _cue_heads(every)
    single = {head: numbers[0] for head, numbers in index.items() if len(numbers) == 1}

    def run(statement: Statement):
        hits = every.intersection(own_tokens(statement)[2])
        if not hits:
            return
        if len(hits) == 1:
            (head,) = hits
            numbers = index[head]
        else:
            chosen = {single[head] for head in hits if head in single}
            chosen.update(number for head in hits if head not in single for number in index[head])
            numbers = sorted(chosen)
        lo, hi = statement.own
        own = statement.lower[lo:hi]
        for number in numbers:
            heads, by_head, extractor = table[number]
            for head in heads.intersection(hits):
                if any(cue in own for cue in by_head[head]):
                    yield from extractor(statement)
                    break

    run.__name__ = "dispatch_" + "_".join(fn.__name__.strip("_") for _c, fn in routes)
    run.__doc__ = "Runs " + ", ".join(fn.__name__ for _c, fn in routes) + " on statements carrying their cues."
    return run
