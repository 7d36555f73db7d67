"""Balanced-quote scanning for amending instructions.

Bills quote the words they amend and the text they insert: “…”, "…", ‘…’,
«…», „…“. The quoted text itself contains brackets, commas, asterisks,
apostrophes and nested quotes (``the words "the Law "On Elections""``,
``‘ "polling centre" means …’``), so a regex such as ``“[^”]*”`` cuts it in
the wrong place. :func:`scan` walks the text once, keeping a stack of open
quotes, and returns the text split into plain and quoted segments.

Straight quotes open and close with the same character; whether one opens
or closes is decided by its neighbours (an opening quote follows a space,
bracket, dash or the start and precedes a non-space; a closing one precedes
a space, punctuation or the end). A right single quote followed by a letter
is an apostrophe (``returning officer’s``), never a closing quote.

Everything here is linear in the length of the text.
"""

from __future__ import annotations

from attrs import frozen

__all__ = ["Segment", "OPENERS", "Q", "QOPEN", "QCLOSE", "scan", "quoted", "mask", "strip_quotes"]

#: Opening quote -> closing quote.
OPENERS = {"“": "”", "‘": "’", "«": "»", "„": "“", "‚": "‘", '"': '"', "'": "'", "‹": "›"}
_CLOSERS = {"”", "’", "»", "“", "‘", '"', "'", "›"}
_OPEN_BEFORE = set(" \t\n([{—–-:;,/«“‘„‚\"'") | {""}
_CLOSE_AFTER = set(" \t\n)]}.,;:!?—–-»”’“\"'") | {""}


@frozen
class Segment:
    """A run of text: ``quoted`` segments carry the words between the quote marks."""

    text: str
    quoted: bool
    start: int
    end: int
    mark: str = ""


def _prev(text: str, i: int) -> str:
    return text[i - 1] if i > 0 else ""


def _next(text: str, i: int) -> str:
    return text[i + 1] if i + 1 < len(text) else ""


def _can_open(text: str, i: int) -> bool:
    char = text[i]
    if char in ('"', "'"):
        return _prev(text, i) in _OPEN_BEFORE and not _next(text, i).isspace() and _next(text, i) != ""
    if char == "‚":
        return _prev(text, i) in _OPEN_BEFORE
    return True


def _can_close(text: str, i: int, opener: str) -> bool:
    char = text[i]
    if OPENERS.get(opener) != char:
        return False
    after = _next(text, i)
    if char in ("’", "'"):
        # An apostrophe inside a word ("officer’s", "person's") does not close a quote.
        return not after.isalnum()
    if char == '"':
        return after in _CLOSE_AFTER or not after.isalnum()
    return True


def scan(text: str) -> list[Segment]:
    """Split ``text`` into plain and quoted segments, respecting nesting.

    An unterminated quote leaves the rest of the text plain (the opening mark
    included), so that a stray quote never swallows an instruction.
    """
    segments: list[Segment] = []
    stack: list[tuple[str, int]] = []
    plain_start = 0
    i = 0
    n = len(text)
    while i < n:
        char = text[i]
        if stack:
            opener, _start = stack[-1]
            if _can_close(text, i, opener):
                stack.pop()
                if not stack:
                    open_at = _start
                    if open_at > plain_start:
                        segments.append(Segment(text[plain_start:open_at], False, plain_start, open_at))
                    segments.append(Segment(text[open_at + 1:i], True, open_at + 1, i, opener))
                    plain_start = i + 1
            elif char in OPENERS and char not in ("'",) and _can_open(text, i) and _nested_open(text, i, opener):
                stack.append((char, i))
        elif char in OPENERS and _can_open(text, i):
            if char == "'" and not _has_close(text, i):
                pass
            else:
                stack.append((char, i))
        i += 1
    # An unterminated quote leaves plain_start before its opener: the rest stays plain.
    if plain_start < n:
        segments.append(Segment(text[plain_start:], False, plain_start, n))
    return _merge_plain(segments)


def _nested_open(text: str, i: int, outer: str) -> bool:
    """Inside an open quote, does ``text[i]`` open a nested one?"""
    char = text[i]
    if char == outer and char in ('"',):
        # Same straight mark: nested only when it clearly opens (space before, word after).
        return _prev(text, i) in _OPEN_BEFORE and _next(text, i).isalnum() or _next(text, i) in "«“„"
    if char == "“" and outer == "„":
        return False  # „…“ closes with “
    if char == OPENERS.get(outer):
        return False
    return char in ("“", "‘", "«", "„", "‹")


def _has_close(text: str, i: int, limit: int = 2000) -> bool:
    """A straight single quote opens only when a plausible closing one follows soon."""
    end = min(len(text), i + limit)
    j = text.find("'", i + 1, end)
    while j != -1:
        if not _next(text, j).isalnum():
            return True
        j = text.find("'", j + 1, end)
    return False


def _merge_plain(segments: list[Segment]) -> list[Segment]:
    merged: list[Segment] = []
    for segment in segments:
        if merged and not segment.quoted and not merged[-1].quoted:
            last = merged.pop()
            merged.append(Segment(last.text + segment.text, False, last.start, segment.end))
        else:
            merged.append(segment)
    return merged


def quoted(text: str) -> list[str]:
    """The quoted strings of ``text``, outermost only, in order."""
    return [s.text for s in scan(text) if s.quoted]


#: Quoted strings become ``\ue000N\ue001`` in masked text (private-use characters never found in bills).
QOPEN, QCLOSE = "\ue000", "\ue001"
Q = QOPEN + r"(\d{1,4})" + QCLOSE


def mask(text: str) -> tuple[str, list[str]]:
    """Replace each quoted string by a placeholder (see :data:`Q`); return the masked text and the strings.

    Grammar rules then match the masked text without ever looking inside quotes.
    """
    out: list[str] = []
    strings: list[str] = []
    for segment in scan(text):
        if segment.quoted:
            out.append(f"{QOPEN}{len(strings)}{QCLOSE}")
            strings.append(segment.text)
        else:
            out.append(segment.text)
    return "".join(out), strings


def strip_quotes(text: str) -> str:
    """``“words”`` -> ``words`` when the whole text is one quoted string; otherwise ``text`` unchanged."""
    stripped = text.strip()
    if not stripped or stripped[0] not in OPENERS:
        return stripped
    segments = scan(stripped)
    if len(segments) == 1 and segments[0].quoted:
        return segments[0].text
    return stripped
