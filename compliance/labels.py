"""Provision labels as identifiers with a defined order.

Legislatures insert provisions between existing ones without renumbering:
Kazakhstan writes ``20-1`` after ``20``, Canada ``384.1`` after ``384`` and
``(a.1)`` after ``(a)``, Australia and New Zealand ``2A``/``2AA`` after ``2``,
the United Kingdom ``(ba)`` after ``(b)`` and ``(za)`` before ``(a)``. A label
is therefore never a number: it keeps its text, and :func:`label_key` gives
the order in which such labels follow each other.

Labels are stored in their *core* form, without brackets or the trailing
``.``/``)`` of the numbering style: ``20-1``, ``3.1``, ``a.1``, ``ba``, ``ii``.

Real Australian and New Zealand texts are not consistent about doubled
letters: the Commonwealth Electoral Act prints ``(2AA)`` before ``(2A)`` and
``98AA`` before ``98``, but also ``(1A)``, ``(1AA)``, ``(1B)``. :func:`label_key`
gives the usual order (``2A`` < ``2AA`` < ``2B``); the parser never relies on
it to nest provisions, only on the document's own order.
"""

from __future__ import annotations

import re

__all__ = ["label_key", "roman_value", "is_roman", "core_label", "next_label"]

_ROMAN = {"i": 1, "v": 5, "x": 10, "l": 50, "c": 100, "d": 500, "m": 1000}
_ROMAN_RE = re.compile(r"^(?=[ivxlcdm]+$)m{0,3}(cm|cd|d?c{0,3})(xc|xl|l?x{0,3})(ix|iv|v?i{0,3})$", re.I)
_SEGMENT_RE = re.compile(r"(\d+)|([A-Za-z]+)")


def is_roman(text: str) -> bool:
    """True when ``text`` is a well-formed roman numeral (either case)."""
    return bool(text) and bool(_ROMAN_RE.match(text))


def roman_value(text: str) -> int:
    """The value of a well-formed roman numeral; ``ValueError`` otherwise."""
    if not is_roman(text):
        raise ValueError(f"not a roman numeral: {text!r}")
    total, previous = 0, 0
    for char in reversed(text.lower()):
        value = _ROMAN[char]
        total += -value if value < previous else value
        previous = max(previous, value)
    return total


def core_label(printed: str) -> str:
    """Strip the numbering style from a printed label: ``(3.1)`` -> ``3.1``, ``20-1.`` -> ``20-1``."""
    text = printed.strip()
    if text.startswith("(") and text.endswith(")"):
        text = text[1:-1]
    return text.rstrip(".)").strip()


def _letters_key(letters: str, roman: bool) -> tuple[int, str]:
    if roman and is_roman(letters):
        return (roman_value(letters), "")
    lower = letters.lower()
    if len(lower) > 1 and lower[0] == "z" and lower[1] != "z":
        # UK practice: (za), (zb) are inserted before (a).
        return (0, lower[1:])
    return (ord(lower[0]) - ord("a") + 1, lower[1:])


def label_key(label: str, *, roman: bool = False) -> tuple:
    """A sort key under which inserted labels follow their base.

    ``roman=True`` reads letter runs as roman numerals (subparagraphs
    ``(i)``, ``(ii)``, ``(iv)``); otherwise letters are ordinal (``(i)`` is the
    ninth paragraph). Segments separated by ``.`` or ``-`` sort after their
    prefix: ``20`` < ``20-1`` < ``20-2`` < ``21``; a letter suffix sorts after
    the bare number: ``2`` < ``2A`` < ``2AA`` < ``2B`` < ``3``. Digits after a
    ``.`` are a decimal fraction, as in Canadian numbering:
    ``477.5`` < ``477.51`` < ``477.59`` < ``477.6``.

    >>> sorted(["21", "20-1", "20"], key=label_key)
    ['20', '20-1', '21']
    >>> sorted(["b", "ba", "a.1", "a", "za"], key=label_key)
    ['za', 'a', 'a.1', 'b', 'ba']
    """
    key: list[tuple] = []
    separator = ""
    for segment in re.split(r"([.\-])", core_label(label)):
        if segment in (".", "-"):
            separator = segment
            continue
        if not segment:
            continue
        parts = _SEGMENT_RE.findall(segment)
        if not parts:
            key.append((2, 0, segment))
            continue
        number, letters = parts[0]
        if number:
            suffix = "".join(n or a for n, a in parts[1:])
            if separator == ".":
                # Canadian decimal numbering: 477.5 < 477.51 < 477.551 < 477.56 < 477.6.
                key.append((0, _decimal(number), suffix.lower()))
            else:
                key.append((0, int(number), suffix.lower()))
        else:
            rank, rest = _letters_key(letters, roman)
            tail = "".join(n or a for n, a in parts[1:])
            key.append((1, rank, (rest + tail).lower()))
    return tuple(key)


def _decimal(digits: str) -> float:
    """Digits after a decimal point as the fraction they denote (``"59"`` -> 0.59)."""
    return float("0." + digits)


def next_label(label: str, *, roman: bool = False) -> str | None:
    """The label that would naturally follow ``label`` (``3`` -> ``4``, ``h`` -> ``i``, ``iv`` -> ``v``).

    Used to tell a ninth paragraph ``(i)`` from a first subparagraph ``(i)``.
    Returns ``None`` for labels with no obvious successor (``20-1``, ``a.1``).
    """
    core = core_label(label)
    if core.isdigit():
        return str(int(core) + 1)
    if roman and is_roman(core):
        return _to_roman(roman_value(core) + 1, upper=core.isupper())
    if len(core) == 1 and core.isalpha() and core.lower() != "z":
        return chr(ord(core) + 1)
    if len(core) == 2 and core[0] == core[1] and core.isalpha() and core.lower() != "zz":
        nxt = chr(ord(core[0]) + 1)
        return nxt * 2
    return None


def _to_roman(value: int, *, upper: bool = False) -> str:
    numerals = [(1000, "m"), (900, "cm"), (500, "d"), (400, "cd"), (100, "c"), (90, "xc"),
                (50, "l"), (40, "xl"), (10, "x"), (9, "ix"), (5, "v"), (4, "iv"), (1, "i")]
    out = []
    for number, numeral in numerals:
        while value >= number:
            out.append(numeral)
            value -= number
    text = "".join(out)
    return text.upper() if upper else text
