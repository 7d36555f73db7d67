"""Locators: the part of an amending instruction that says *which* provisions it acts on.

Drafters name targets in many shapes, in both numbering traditions::

    paragraph 1 of Article 4                 subparagraph 2) of paragraph 1 of Article 9
    Article 4, paragraph 3, subparagraph 2)  paragraphs 2 and 3 of Article 42
    Articles 30-33                           Subsections 57(3) to (5)
    Paragraphs 161(1)(a) and (b)             subsections 2(1) and 280(1), section 281
    paragraph (b)   (relative to the unit an instruction is about)

:func:`parse_locator` turns such a phrase into :class:`Target` values (one
per listed unit; a range is one target with an end). :meth:`Target.citation`
renders a target as a canonical citation string that
:func:`compliance.citations.parse_citation` reads back ("Article 9(1)(2)",
"subsection 57(3)", "paragraph 18(d) of Schedule 4"), which is what an
:class:`~compliance.model.Operation` stores. Definitions are rendered as
``the definition “term” in subsection 2(1)``, which
:func:`compliance.amend.locate` understands.

The tokenizer is one linear regex; the grammar is a small hand-written
state machine over the tokens.
"""

from __future__ import annotations

import re

from attrs import evolve, frozen

from .citations import UNIT_WORDS
from .model import CONTAINER_KINDS, Kind

__all__ = ["Target", "Locator", "LocatorError", "parse_locator", "ORDINALS", "kind_word", "DEPTH"]

#: Ordinal words used for unnumbered parts ("part two", "the second paragraph").
ORDINALS = {
    "first": 1, "second": 2, "third": 3, "fourth": 4, "fifth": 5, "sixth": 6, "seventh": 7, "eighth": 8,
    "ninth": 9, "tenth": 10, "eleventh": 11, "twelfth": 12, "last": -1,
    "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8, "nine": 9,
    "ten": 10, "eleven": 11, "twelve": 12,
}

_EXTRA_WORDS: dict[str, Kind] = {
    "sub-clause": Kind.SUBCLAUSE, "sub-clauses": Kind.SUBCLAUSE,
    "sub-subparagraph": Kind.CLAUSE, "sub-subparagraphs": Kind.CLAUSE,
    "subpoint": Kind.SUBPARAGRAPH, "subpoints": Kind.SUBPARAGRAPH, "sub-point": Kind.SUBPARAGRAPH,
    "sub-points": Kind.SUBPARAGRAPH, "sections": Kind.SECTION, "rule": Kind.SECTION, "rules": Kind.SECTION,
    "subaragraph": Kind.SUBPARAGRAPH,  # sic: S.C. 2018, c. 31, s. 46
}
_WORDS = {**UNIT_WORDS, **_EXTRA_WORDS}
_ABZATS_WORDS = {"part", "parts", "indent", "indents", "paragraph", "paragraphs", "sentence", "sentences"}

#: Nesting depth of each kind, outermost first.
DEPTH = {
    Kind.SCHEDULE: 0, Kind.PART: 1, Kind.CHAPTER: 1, Kind.DIVISION: 2, Kind.SUBPART: 2, Kind.SUBDIVISION: 3,
    Kind.ARTICLE: 4, Kind.SECTION: 4, Kind.SUBSECTION: 5, Kind.PARAGRAPH: 6, Kind.SUBPARAGRAPH: 7,
    Kind.CLAUSE: 8, Kind.SUBCLAUSE: 9, Kind.DEFINITION: 6,
}
_TOP = {Kind.ARTICLE, Kind.SECTION} | set(CONTAINER_KINDS)
_CW_DEPTH_KIND = [Kind.SECTION, Kind.SUBSECTION, Kind.PARAGRAPH, Kind.SUBPARAGRAPH, Kind.CLAUSE, Kind.SUBCLAUSE]

_LABEL_CORE = r"[0-9]{1,4}[A-Za-z]{0,4}(?:[.\-][0-9]{1,3}[A-Za-z]{0,3}){0,3}"
_PAREN = r"\((?:[0-9]{1,4}[A-Za-z]{0,4}(?:\.[0-9]{1,3}[A-Za-z]{0,3}){0,2}|[A-Za-z]{1,6}(?:\.[0-9]{1,3}){0,2})\)"
_TOKEN_RE = re.compile(
    r"\s{0,20}(?:"
    r"(?P<label>(?:" + _LABEL_CORE + r")\)?(?:" + _PAREN + r"){0,6}|(?:" + _PAREN + r"){1,6}"
    r"|[a-z]{1,2}(?:-[0-9]{1,2})?\)(?![A-Za-z])|[IVXLC]{1,7}[A-Z]{0,2}(?![A-Za-z]))"
    r"|(?P<word>[A-Za-z][A-Za-z\-]{0,30})"
    r"|(?P<punct>[,;–—]|-(?=\s)))"
)


class LocatorError(ValueError):
    """A phrase that is not a locator (the caller reports the instruction as unparsed)."""


@frozen
class Target:
    """One provision an instruction names.

    ``path`` holds (kind, label) pairs, outermost first; a kind is ``None`` when
    the text did not say it. ``definition`` is a defined term (then ``path``
    is the provision holding the definitions and ``inner`` the levels inside
    the definition). ``whole`` means the amended act itself.
    """

    path: tuple[tuple[Kind | None, str], ...] = ()
    schedule: str | None = None
    definition: str | None = None
    inner: tuple[tuple[Kind | None, str], ...] = ()
    whole: bool = False
    cis: bool = False

    @property
    def kind(self) -> Kind | None:
        if self.inner:
            return self.inner[-1][0]
        if self.definition is not None:
            return Kind.DEFINITION
        return self.path[-1][0] if self.path else None

    @property
    def top_kind(self) -> Kind | None:
        return self.path[0][0] if self.path else None

    def citation(self) -> str:
        """A canonical citation string (what an Operation stores as ``target``)."""
        if self.whole and not self.path:
            return "the law"
        base = _render_path(self.path, self.cis)
        if self.schedule is not None:
            base = f"{base} of Schedule {self.schedule}" if base else f"Schedule {self.schedule}"
        if self.definition is not None:
            text = f"the definition “{self.definition}” in {base}"
            if self.inner:
                word = _kind_name(self.inner[-1][0]) or "paragraph"
                text = f"{word} {''.join(f'({lab})' for _, lab in self.inner)} of {text}"
            return text
        return base

    def child(self, kind: Kind | None, label: str) -> Target:
        """This target with one more level (inside the definition if it is one)."""
        if self.definition is not None:
            return evolve(self, inner=(*self.inner, (kind, label)))
        return evolve(self, path=(*self.path, (kind, label)))

    def with_last(self, label: str) -> Target:
        """The sibling of this target with another label."""
        if self.inner:
            return evolve(self, inner=(*self.inner[:-1], (self.inner[-1][0], label)))
        if self.definition is not None:
            return evolve(self, definition=label)
        return evolve(self, path=(*self.path[:-1], (self.path[-1][0], label)))

    def parent(self) -> Target | None:
        if self.inner:
            return evolve(self, inner=self.inner[:-1])
        if self.definition is not None:
            return evolve(self, definition=None)
        if len(self.path) <= 1:
            return None
        return evolve(self, path=self.path[:-1])


def _kind_name(kind: Kind | None) -> str:
    return kind.value if kind is not None else ""


def _render_path(path: tuple[tuple[Kind | None, str], ...], cis: bool) -> str:
    if not path:
        return ""
    containers = [(k, lab) for k, lab in path if k in CONTAINER_KINDS]
    units = [(k, lab) for k, lab in path if k not in CONTAINER_KINDS]
    container_text = " of ".join(f"{k.value.title()} {lab}" for k, lab in reversed(containers) if k is not None)
    if not units:
        return container_text
    top_kind, top = units[0]
    rest = "".join(f"({lab})" for _, lab in units[1:])
    if cis or top_kind is Kind.ARTICLE:
        text = f"Article {top}{rest}"
    elif len(units) == 1:
        text = f"section {top}"
    else:
        last = units[-1][0] or _CW_DEPTH_KIND[min(len(units) - 1, len(_CW_DEPTH_KIND) - 1)]
        text = f"{last.value} {top}{rest}"
    return text


def kind_word(word: str) -> Kind | None:
    """The kind a unit word names ("sub-items" -> subparagraph), or ``None``."""
    return _WORDS.get(word.lower().rstrip("."))


@frozen
class Locator:
    """What a locator phrase names: ``targets`` (a list), or one target with a range end ``through``.

    ``portion`` is an unnumbered part ("part 2") when the phrase named one.
    """

    targets: tuple[Target, ...]
    through: Target | None = None
    portion: str | None = None


class _Ref:
    __slots__ = ("kind", "word", "labels", "range", "ordinal")

    def __init__(self, kind: Kind | None, word: str) -> None:
        self.kind = kind
        self.word = word
        self.labels: list[str] = []
        self.range = False
        self.ordinal: int | None = None


def _split_label(label: str) -> list[str]:
    """``161(1)(a)`` -> ``["161", "1", "a"]``; ``(b)`` -> ``["b"]``; ``2)`` -> ``["2"]``."""
    label = label.strip()
    if label.endswith(")") and "(" not in label:
        return [label[:-1]]
    head = label.split("(", 1)[0]
    parts = re.findall(r"\(([^()]{1,14})\)", label)
    return ([head] if head else []) + parts


def _tokens(text: str) -> list[tuple[str, str]]:
    tokens: list[tuple[str, str]] = []
    pos = 0
    n = len(text)
    while pos < n:
        match = _TOKEN_RE.match(text, pos)
        if not match or match.end() == pos:
            if text[pos:].strip() == "":
                break
            raise LocatorError(f"unexpected {text[pos:pos + 20]!r}")
        pos = match.end()
        for group in ("label", "word", "punct"):
            value = match.group(group)
            if value is not None:
                tokens.append((group, value))
                break
    return tokens


_THIS_RE = re.compile(
    r"(?<!\s)\s{0,3}\b(?:of|in) this (?:Article|article|section|subsection|paragraph|item|subparagraph|sub-item|point|part|"
    r"Part|Chapter|chapter|rule|clause)\b")
_SKIP_WORDS = {"the", "this", "respectively", "its", "new", "a", "an", "said", "above", "cited", "present"}


def parse_locator(text: str, *, context: Target | None = None, cis: bool | None = None) -> Locator:
    """Parse a locator phrase; :class:`LocatorError` when it is not one.

    ``context`` is the provision the surrounding instruction is about: a
    relative locator ("paragraph (b)", "paragraph 3" inside "in Article 12:")
    is resolved inside it. ``cis`` forces the numbering style of the output.
    """
    if len(text) > 600:
        raise LocatorError("too long to be a locator")
    text = _THIS_RE.sub("", " ".join(text.split())).strip(" ,")
    if not text:
        if context is not None:
            return Locator((context,))
        raise LocatorError("empty locator")
    tokens = _tokens(text)
    items: list[list[_Ref]] = []
    current: _Ref | None = None
    link = ""  # the connector before the next ref: "of", "list", "range"
    abzats_item = any(t == "word" and v.lower() in ("item", "items", "sub-item", "sub-items", "subitem", "subitems")
                      for t, v in tokens)
    i = 0
    while i < len(tokens):
        kind, value = tokens[i]
        low = value.lower()
        nxt = tokens[i + 1] if i + 1 < len(tokens) else ("", "")
        ref: _Ref | None = None
        if kind == "word" and low in ORDINALS and nxt[0] == "word" and nxt[1].lower() in _ABZATS_WORDS:
            # "the second part", "the first paragraph", "the first sentence"
            ref = _Ref(None, "sentence" if nxt[1].lower().startswith("sentence") else "part")
            ref.ordinal = ORDINALS[low]
            i += 2
        elif kind == "word" and (low in _WORDS or low in ("indent", "indents", "sentence", "sentences")):
            is_abzats = (
                (low in ("part", "parts", "indent", "indents", "sentence", "sentences")
                 and (nxt[0] == "word" and nxt[1].lower() in ORDINALS or value[0].islower() and nxt[0] == "label"
                      and nxt[1].isdigit() and cis is not False and (
                          context is not None or link == "of" or low not in ("part", "parts")
                          or bool(items) and items[-1][-1].kind in (Kind.ARTICLE, Kind.PARAGRAPH,
                                                                     Kind.SUBPARAGRAPH))))
                or (low in ("paragraph", "paragraphs") and (nxt[0] == "word" and nxt[1].lower() in ORDINALS
                                                             or abzats_item and nxt[0] == "label"))
            )
            if is_abzats:
                ref = _Ref(None, "sentence" if low.startswith("sentence") else "part")
                if nxt[0] == "word":
                    ref.ordinal = ORDINALS[nxt[1].lower()]
                else:
                    ref.ordinal = int(nxt[1]) if nxt[1].isdigit() else None
                i += 2
            else:
                ref = _Ref(_WORDS.get(low), low)
                i += 1
        elif kind == "label" and (current is None or link == "of"):
            ref = _Ref(None, "")
        if ref is not None:
            if link == "of" and items:
                items[-1].append(ref)
            else:
                items.append([ref])
            current = ref
            link = ""
            continue
        if kind == "label":
            assert current is not None
            if current.labels and link not in ("list", "range"):
                raise LocatorError(f"two labels in a row near {value!r}")
            if link == "range":
                current.range = True
            plural = current.word.endswith("s") and current.word not in ("s",)
            span = re.match(r"^(\d{1,4})-(\d{1,4})$", value)
            if plural and span and not current.labels and int(span.group(2)) > int(span.group(1)) \
                    and nxt[1].lower() not in ("and", ","):
                # "Articles 30-33" is a range; "Article 20-1" a label.
                current.labels.extend([span.group(1), span.group(2)])
                current.range = True
            else:
                current.labels.append(value)
            link = ""
            i += 1
            continue
        if kind == "punct":
            link = "range" if value in ("–", "—", "-") else "list"
        elif low in ("and", "or"):
            link = "list"
        elif low in ("to", "through", "until"):
            link = "range" if current is not None and current.labels else "of"
        elif low in ("of", "in", "under"):
            link = "of"
        elif low in ("inclusive", "inclusively") or low in _SKIP_WORDS:
            pass
        else:
            raise LocatorError(f"unexpected word {value!r}")
        i += 1
    if not items:
        raise LocatorError(f"no provision named in {text!r}")
    return _compose(_nest_forward(items), context, cis)


def _nest_forward(items: list[list[_Ref]]) -> list[list[_Ref]]:
    """"Article 4, paragraph 3, subparagraph 2)": single units growing deeper after commas nest forward."""
    merged: list[list[_Ref]] = []
    for chain in items:
        if merged and len(chain) == 1 and _can_nest(merged[-1], chain[0]):
            merged[-1] = [*merged[-1], chain[0]]
        else:
            merged.append(chain)
    return merged


def _can_nest(previous: list[_Ref], ref: _Ref) -> bool:
    if ref.kind is None or not ref.labels:
        return ref.kind is None and ref.word in ("part", "sentence") and len(previous) >= 1 \
            and previous[-1].kind is not None
    label = ref.labels[0]
    if "(" in label and not label.startswith("("):
        return False  # "subsections 342(1)": a full citation of its own
    if len(previous) > 1 and _depth(previous[0]) > _depth(previous[-1]):
        return False  # the previous item was written inside-out ("paragraph 2 of Article 53")
    last = previous[-1]
    if last.kind is None or len(last.labels) != 1 or last.range:
        return False
    return DEPTH.get(ref.kind, 5) > DEPTH.get(last.kind, 5)


def _depth(ref: _Ref) -> int:
    if ref.ordinal is not None or ref.word in ("part", "sentence") and ref.kind is None:
        return 20
    if ref.kind is None:
        return 4
    return DEPTH.get(ref.kind, 5)


def _compose(items: list[list[_Ref]], context: Target | None, cis: bool | None) -> Locator:
    targets: list[Target] = []
    through: Target | None = None
    portion: str | None = None
    previous: Target | None = None
    for chain in items:
        refs = list(chain)
        if len(refs) > 1 and _depth(refs[0]) > _depth(refs[-1]):
            refs.reverse()
        # Unnumbered parts are portions of the unit, not levels of the path.
        parts = [r for r in refs if r.kind is None and r.word in ("part", "sentence")]
        refs = [r for r in refs if not (r.kind is None and r.word in ("part", "sentence"))]
        if parts:
            ordinal = parts[-1].ordinal
            portion = f"{parts[-1].word} {ordinal}" if ordinal is not None else parts[-1].word
        if not refs:
            if context is None:
                raise LocatorError("an unnumbered part needs the unit it belongs to")
            targets.append(context)
            continue
        base = _base_for(refs[0], context, previous, cis)
        expanded = [base]
        range_end: list[Target] = []
        for index, ref in enumerate(refs):
            if not ref.labels:
                if ref.kind is Kind.DEFINITION:
                    raise LocatorError("definitions are named by their term")
                raise LocatorError(f"{ref.word!r} without a number")
            new: list[Target] = []
            for stem in expanded:
                first_levels = _levels(ref, ref.labels[0], stem, index == 0, cis)
                first = _extend(stem, first_levels)
                if ref.range and len(ref.labels) == 2:
                    end_levels = _relative(first_levels, ref.labels[1], ref, stem, index == 0, cis)
                    range_end.append(_extend(stem, end_levels))
                    new.append(first)
                    continue
                new.append(first)
                levels = first_levels
                for label in ref.labels[1:]:
                    levels = _relative(levels, label, ref, stem, index == 0, cis)
                    new.append(_extend(stem, levels))
            expanded = new
        if range_end:
            if len(expanded) != 1 or len(range_end) != 1 or len(items) != 1:
                raise LocatorError("a range combined with a list")
            through = range_end[0]
        targets.extend(expanded)
        previous = expanded[-1]
    cis_flag = cis if cis is not None else any(t.top_kind is Kind.ARTICLE for t in targets)
    if cis_flag:
        targets = [evolve(t, cis=True) for t in targets]
        through = evolve(through, cis=True) if through is not None else None
    return Locator(tuple(targets), through, portion)


def _base_for(first: _Ref, context: Target | None, previous: Target | None, cis: bool | None) -> Target:
    """The target a chain starting with ``first`` is relative to (empty for an absolute citation)."""
    kind = first.kind
    label = first.labels[0] if first.labels else ""
    absolute = kind in _TOP or kind is Kind.SCHEDULE
    if kind is None and label and not label.startswith("(") and not label.endswith(")") and cis is not True:
        absolute = True  # "56.1(2)" with no unit word
    if kind is not None and not absolute and label and not label.startswith("(") and not label.endswith(")") \
            and "(" in label and cis is not True:
        absolute = True  # "paragraph 161(1)(a)": compact, from the section down
    if kind in (Kind.SUBSECTION, Kind.PARAGRAPH, Kind.SUBPARAGRAPH, Kind.CLAUSE) and label and label[0].isdigit() \
            and "(" in label:
        absolute = True
    if absolute:
        return Target(whole=False)
    anchor = context if context is not None else previous
    if anchor is None:
        raise LocatorError(f"{first.word} {label} is relative, but no article or section is in scope")
    return _pop_to(anchor, kind)


def _pop_to(anchor: Target, kind: Kind | None) -> Target:
    """Drop the levels of ``anchor`` at or below the depth of ``kind`` ("paragraph 5" inside "paragraph 4")."""
    if kind is None:
        return anchor
    depth = DEPTH.get(kind, 5)
    target = anchor
    while True:
        levels = target.inner if target.inner else (() if target.definition is not None else target.path)
        if not levels:
            return target
        last_kind = levels[-1][0]
        if last_kind is not None and DEPTH.get(last_kind, 5) >= depth and not (
                target.definition is None and len(target.path) == 1):
            parent = target.parent()
            if parent is None:
                return target
            target = parent
            continue
        return target


def _levels(ref: _Ref, label: str, stem: Target, is_first: bool, cis: bool | None) -> list[tuple[Kind | None, str]]:
    parts = _split_label(label)
    if not parts:
        raise LocatorError(f"bad label {label!r}")
    kind = ref.kind
    n = len(parts)
    if n == 1:
        return [(kind, parts[0])]
    # Compact: "161(1)(a)" — the first is the section, the word names the last.
    levels: list[tuple[Kind | None, str]] = []
    for index, part in enumerate(parts):
        if index == 0:
            k: Kind | None = Kind.ARTICLE if kind is Kind.ARTICLE or cis else (
                kind if kind in _TOP else Kind.SECTION)
            if kind in (Kind.ARTICLE, Kind.SECTION) or kind in CONTAINER_KINDS:
                k = kind
        elif index == n - 1 and kind not in (Kind.ARTICLE, Kind.SECTION) and kind is not None:
            k = kind
        else:
            k = None
        levels.append((k, part))
    return levels


def _relative(previous: list[tuple[Kind | None, str]], label: str, ref: _Ref, stem: Target, is_first: bool,
              cis: bool | None) -> list[tuple[Kind | None, str]]:
    """The levels of a list or range element: ``(b)`` after ``161(1)(a)`` is ``161(1)(b)``."""
    parts = _split_label(label)
    if label.startswith("(") and len(previous) > len(parts):
        kept = previous[: len(previous) - len(parts)]
        tail_kinds = [k for k, _ in previous[len(previous) - len(parts):]]
        return kept + [(tail_kinds[i], p) for i, p in enumerate(parts)]
    return _levels(ref, label, stem, is_first, cis)


def _extend(stem: Target, levels: list[tuple[Kind | None, str]]) -> Target:
    target = stem
    for kind, label in levels:
        if kind is Kind.SCHEDULE:
            target = evolve(target, schedule=label)
            continue
        target = target.child(kind, label)
    return target
