"""Numbers, ages, durations and shares as legislatures write them.

Drafting English spells quantities in many ways: ``21``, ``twenty-one``,
``twenty one``, ``one hundred thousand``, ``50,000``, ``1 000``; shares as
``5%``, ``five per cent``, ``one percent``, ``0.5 percent``, ``one half of
one percent``, ``one-twentieth``, ``two thirds``; durations as ``one year``,
``the last ten years``, ``six months``, ``twenty-four hours``, ``3 days``.
This module turns them into numbers, with the span of text they came from,
so every extractor reads quantities the same way.

Every regex here is anchored on word boundaries with bounded repetition, so
matching is linear in the length of the text.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from attrs import frozen

from .patterns import lazy

__all__ = [
    "Quantity",
    "NUMBER",
    "parse_number",
    "find_numbers",
    "find_percents",
    "find_durations",
    "find_ages",
    "find_ordinal_days",
    "to_days",
]

_UNITS = {
    "zero": 0, "nil": 0, "one": 1, "a": 1, "an": 1, "single": 1, "two": 2, "three": 3, "four": 4, "five": 5,
    "six": 6, "seven": 7, "eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13,
    "fourteen": 14, "fifteen": 15, "sixteen": 16, "seventeen": 17, "eighteen": 18, "nineteen": 19,
}
_TENS = {"twenty": 20, "thirty": 30, "forty": 40, "fourty": 40, "fifty": 50, "sixty": 60, "seventy": 70,
         "eighty": 80, "ninety": 90}
_SCALES = {"hundred": 100, "thousand": 1_000, "million": 1_000_000, "billion": 1_000_000_000}
_ORDINAL_FRACTIONS = {
    "half": 2, "halves": 2, "third": 3, "thirds": 3, "quarter": 4, "quarters": 4, "fourth": 4, "fourths": 4,
    "fifth": 5, "fifths": 5, "sixth": 6, "sixths": 6, "seventh": 7, "eighth": 8, "ninth": 9, "tenth": 10,
    "tenths": 10, "twentieth": 20, "twentieths": 20, "fiftieth": 50, "hundredth": 100, "hundredths": 100,
    "thousandth": 1000,
}

_WORD = r"(?:" + "|".join(sorted([w for w in (*_UNITS, *_TENS, *_SCALES) if w not in ("a", "an", "single")],
                                    key=len, reverse=True)) + r")"
#: A number in digits (with thousands separators or decimals) or in words.
NUMBER = (
    r"(?:\d{1,3}(?:[,\u00a0 ]\d{3}){1,4}(?!\d)|\d{1,12}(?:\.\d{1,4})?"
    r"|" + _WORD + r"(?:[\s\-]+(?:and[\s\-]+)?" + _WORD + r"){0,6}+)"
)
_NUMBER_RE = lazy(r"(?<![\w.])(?P<n>" + NUMBER + r")(?![\w])", re.I)
_FRACTION_WORD = r"(?:" + "|".join(sorted(_ORDINAL_FRACTIONS, key=len, reverse=True)) + r")"

#: The number repeated in words in brackets after digits, as translations write it: "7 (seven) per cent".
_WORD_IN_BRACKETS = r"(?:" + _WORD + r"(?:[\s\-]+(?:and[\s\-]+)?" + _WORD + r"){0,4})"

_PERCENT_RE = lazy(
    r"(?<![\w.])(?P<n>" + NUMBER + r")(?:\s*\(\s*\d{1,3}(?:\.\d{1,3})?\s*\)|\s*\((?=[a-z])" + _WORD_IN_BRACKETS + r"\)|)"
    r"\s*(?:%|per\s?cent(?:um)?\b|percent(?:age points?)?\b)",
    re.I,
)
_HALF_OF_PERCENT_RE = lazy(
    r"\b(?P<num>one|a)\s+(?P<den>half|third|quarter|tenth)\s+of\s+(?:one|a|1)\s+(?:per\s?cent|percent|%)",
    re.I,
)
_FRACTION_RE = lazy(
    r"(?<![\w])(?P<num>one|two|three|four|five|a|\d{1,2})[\s\-]+(?P<den>" + _FRACTION_WORD + r")\b"
    r"|(?<![\w.])(?P<a>\d{1,3})\s*/\s*(?P<b>\d{1,4})(?![\w/])",
    re.I,
)
_DURATION_RE = lazy(
    r"(?<![\w.])(?P<n>" + NUMBER + r"|an?|single)(?:\s*\(\s*\d{1,4}\s*\)|\s*\((?=[a-z])" + _WORD_IN_BRACKETS + r"\))?[\s\-]+"
    r"(?P<unit>calendar\s+days?|working\s+days?|business\s+days?|clear\s+days?|days?|hours?|weeks?|months?|years?)\b",
    re.I,
)
_AGE_RE = lazy(
    r"(?:"
    r"(?:age|aged)\s+(?:of\s+)?(?:at\s+least\s+|not\s+less\s+than\s+)?(?P<a>" + NUMBER + r")(?:\s+years?)?"
    r"|\b(?:attained|reached|turned)\s+(?P<c>" + NUMBER + r")\s+(?:full|complete|completed)\s+years?"
    r"|(?<![\w.])(?P<b>" + NUMBER + r")(?:\s*\(\s*\d{1,3}\s*\))?[\s\-]+years?(?:[\s\-]+of[\s\-]+age|[\s\-]+old|[\s\-]+of\s+age\b)?"
    r")",
    re.I,
)


@frozen
class Quantity:
    """A number read from text, with its unit and span."""

    value: float
    unit: str
    start: int
    end: int
    text: str

    @property
    def as_int(self) -> int | float:
        return int(self.value) if float(self.value).is_integer() else self.value


def parse_number(text: str) -> float | None:
    """``"twenty-five"`` -> 25, ``"50,000"`` -> 50000, ``"one hundred thousand"`` -> 100000, else ``None``."""
    raw = text.strip().lower().replace("\u00a0", " ")
    if not raw:
        return None
    digits = raw.replace(",", "").replace(" ", "")
    if re.fullmatch(r"\d{1,15}(?:\.\d{1,6})?", digits):
        return float(digits)
    total = 0
    current = 0
    seen = False
    for token in re.split(r"[\s\-]+", raw):
        if not token or token == "and":
            continue
        if token in _UNITS:
            current += _UNITS[token]
        elif token in _TENS:
            current += _TENS[token]
        elif token == "hundred":
            current = max(current, 1) * 100
        elif token in _SCALES:
            total += max(current, 1) * _SCALES[token]
            current = 0
        else:
            return None
        seen = True
    return float(total + current) if seen else None


def find_numbers(text: str) -> Iterator[Quantity]:
    """Every number in ``text``, in digits or words ("a" and "an" excluded)."""
    for match in _NUMBER_RE.finditer(text):
        word = match.group("n")
        if word.lower() in ("a", "an", "single"):
            continue
        value = parse_number(word)
        if value is not None:
            yield Quantity(value, "", match.start(), match.end(), word)


def find_percents(text: str) -> Iterator[Quantity]:
    """Shares of a whole, as percentages: ``5%``, ``five per cent``, ``one half of one percent`` (0.5),
    ``one-twentieth`` (5), ``two thirds`` (66.67), ``1/3`` (33.33). Unit is ``"%"``."""
    taken: list[tuple[int, int]] = []
    for match in _HALF_OF_PERCENT_RE.finditer(text):
        den = _ORDINAL_FRACTIONS[match.group("den").lower()]
        taken.append((match.start(), match.end()))
        yield Quantity(round(1 / den, 4), "%", match.start(), match.end(), match.group(0))
    for match in _PERCENT_RE.finditer(text):
        if any(s <= match.start() < e for s, e in taken):
            continue
        value = parse_number(match.group("n"))
        if value is not None:
            yield Quantity(value, "%", match.start(), match.end(), match.group(0))
    for match in _FRACTION_RE.finditer(text):
        if match.group("a"):
            num, den = float(match.group("a")), float(match.group("b"))
            if den == 0 or num >= den:
                continue
        else:
            num_text = match.group("num").lower()
            num = 1.0 if num_text == "a" else parse_number(num_text) or 0.0
            den = float(_ORDINAL_FRACTIONS[match.group("den").lower()])
        if any(s <= match.start() < e for s, e in taken):
            continue
        yield Quantity(round(100 * num / den, 2), "%", match.start(), match.end(), match.group(0))


_DAYS_PER = {"day": 1, "hour": 1 / 24, "week": 7, "month": 30, "year": 365}


def to_days(value: float, unit: str) -> float:
    """A duration in days (months as 30 days, years as 365)."""
    base = unit.lower().split()[-1].rstrip("s")
    return value * _DAYS_PER.get(base, 1)


def find_durations(text: str) -> Iterator[Quantity]:
    """Durations: ``one year``, ``ten (10) days``, ``twenty-four hours``, ``6 months``.

    ``unit`` is the normalised unit (``day``, ``hour``, ``week``, ``month``, ``year``; working days are ``day``).
    """
    for match in _DURATION_RE.finditer(text):
        value = parse_number(match.group("n"))
        if value is None:
            continue
        unit = match.group("unit").lower().split()[-1].rstrip("s")
        yield Quantity(value, unit, match.start(), match.end(), match.group(0))


def find_ages(text: str) -> Iterator[Quantity]:
    """Ages in years: ``eighteen years of age``, ``the age of 21``, ``aged 25``, ``forty years old``."""
    for match in _AGE_RE.finditer(text):
        raw = match.group("a") or match.group("b") or match.group("c")
        value = parse_number(raw)
        if value is None or not 10 <= value <= 100:
            continue
        yield Quantity(value, "year", match.start(), match.end(), match.group(0))


_ORDINAL_UNITS = {
    "first": 1, "second": 2, "third": 3, "fourth": 4, "fifth": 5, "sixth": 6, "seventh": 7, "eighth": 8, "ninth": 9,
    "tenth": 10, "eleventh": 11, "twelfth": 12, "thirteenth": 13, "fourteenth": 14, "fifteenth": 15,
    "sixteenth": 16, "seventeenth": 17, "eighteenth": 18, "nineteenth": 19,
}
_ORDINAL_TENS = {"twentieth": 20, "thirtieth": 30, "fortieth": 40, "fiftieth": 50, "sixtieth": 60,
                 "seventieth": 70, "eightieth": 80, "ninetieth": 90}
_ORDINAL_WORD = (
    r"(?:(?:" + "|".join(_TENS) + r")[\s\-]+(?:" + "|".join(sorted(_ORDINAL_UNITS, key=len, reverse=True)) + r")"
    r"|" + "|".join(sorted((*_ORDINAL_UNITS, *_ORDINAL_TENS), key=len, reverse=True)) + r")"
)
_ORDINAL_DAY_RE = lazy(
    r"(?<![\w.])(?P<n>\d{1,3}(?:st|nd|rd|th)|" + _ORDINAL_WORD + r")(?:\s*\(\s*\d{1,3}(?:st|nd|rd|th)?\s*\))?"
    r"\s+(?P<unit>calendar\s+days?|days?)\b",
    re.I,
)


def _parse_ordinal(word: str) -> int | None:
    raw = word.strip().lower()
    digits = re.fullmatch(r"(\d{1,3})(?:st|nd|rd|th)", raw)
    if digits:
        return int(digits.group(1))
    total = 0
    for token in re.split(r"[\s\-]+", raw):
        if token in _TENS:
            total += _TENS[token]
        elif token in _ORDINAL_UNITS:
            total += _ORDINAL_UNITS[token]
        elif token in _ORDINAL_TENS:
            total += _ORDINAL_TENS[token]
        else:
            return None
    return total or None


def find_ordinal_days(text: str) -> Iterator[Quantity]:
    """Days counted as ordinals: ``the fifteenth day``, ``the 8th day``, ``the twenty-fifth calendar day``.

    "The campaign shall begin on the fifteenth day before polling day" fixes the same span as "fifteen days
    before polling day"; the value is the ordinal (15) and ``unit`` is ``day``.
    """
    for match in _ORDINAL_DAY_RE.finditer(text):
        value = _parse_ordinal(match.group("n"))
        if value is None:
            continue
        yield Quantity(float(value), "day", match.start(), match.end(), match.group(0))
