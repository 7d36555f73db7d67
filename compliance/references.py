"""Cross-references in a law's text, found and resolved against the law.

Election codes lean on themselves: "the signatures referred to in Article 11",
"subject to subsection 56.1(2)", "sections 393 to 399", "paragraph 2 of this
Article". :func:`extract` reads every provision's own words and returns one
:class:`Reference` per provision cited, with the citing provision's eId, the
cited provision's eId (``None`` when the law has no such provision), the
words matched and their span.

Both numbering traditions are read:

* CIS style: "Article 28", "Articles 30-33", "Articles 54 to 56",
  "paragraph 2 of this Article", "subparagraph 3) of paragraph 1 of Article 14",
  "this Constitutional Law", "the present Article";
* Commonwealth style: "section 56.1", "subsection (4)", "paragraph (b)",
  "paragraph 161(1)(a)", "sections 477.59 to 477.72 and 477.8 to 477.84",
  "subsections 57(3) to (5)", "paragraphs (a) to (c)", "this Part", "Part 11",
  "Division 2 of Part 18", "Schedule 1", "the definition polling day in subsection 2(1)".

Relative citations resolve against the citing provision the way drafters
mean them: a bare "subsection (4)" is a subsection of the same section, a
bare "paragraph (b)" the nearest paragraph (b) going up from the citing
provision (its own, a sibling, or an uncle), never outside the citing article
or section; "Division 3" is a Division of the citing Part. Citations of other
statutes ("section 51 of the Constitution Act, 1867", "subsection 2(1) of the
Broadcasting Act", "the Income Tax Act", "section 7 of the Crown Entities Act
2004") are ``external`` references, never dangling ones; "this Act" and the
law's own title are references to the whole law (scope ``law``).

Spans index into :func:`own_text` of the citing provision: its text, then (after
a newline) its tail. Every pattern is anchored or bounded, so scanning is
linear in the length of the text.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator

from attrs import define, field, frozen

from .citations import CitationPath, Step, find
from .labels import label_key
from .model import CONTAINER_KINDS, Kind, Law, Provision, Tradition
from .naming import slug

__all__ = ["Reference", "SCOPES", "own_text", "extract", "references_in", "Resolver"]

#: ``internal``: a provision of this law (``target`` is ``None`` when there is none);
#: ``external``: another statute; ``law``: this law as a whole ("this Act").
SCOPES = ("internal", "external", "law")


@frozen
class Reference:
    """One provision citing another (or another statute, or the law as a whole).

    ``source`` is the eId of the provision whose own words hold the citation,
    ``target`` the eId it resolves to (``None`` when it names nothing in this
    law, or is external or to the whole law). ``text`` is the whole citing
    expression ("sections 393 to 399", "paragraph 2 of this Article") and
    ``span`` its offsets in :func:`own_text` of the source; a range or list
    yields one reference per provision, all with the same text and span.
    ``cited`` is the single citation looked for ("subsection 57(4)"),
    ``external`` the other statute's name, ``relative`` whether the citation
    was resolved from the citing provision ("subsection (4)", "this Part").
    ``within_range`` marks a provision strictly inside a cited range ("section 303"
    for "sections 300 to 309"): a repealed one there leaves the range valid.
    """

    source: str
    target: str | None
    text: str
    span: tuple[int, int]
    scope: str = "internal"
    cited: str = ""
    external: str = ""
    relative: bool = False
    within_range: bool = False

    @property
    def resolved(self) -> bool:
        """True unless this is an internal reference to nothing."""
        return self.scope != "internal" or self.target is not None


def own_text(provision: Provision) -> str:
    """The words of the provision itself (not of its children): text, then tail. Spans index into this."""
    if provision.tail:
        return f"{provision.text}\n{provision.tail}" if provision.text else provision.tail
    return provision.text


def extract(law: Law) -> list[Reference]:
    """Every reference in the law, in document order."""
    resolver = Resolver(law)
    return [ref for provision in law.walk() for ref in resolver.references(provision)]


def references_in(law: Law, provision: Provision) -> list[Reference]:
    """The references in one provision's own words."""
    return Resolver(law).references(provision)


# --------------------------------------------------------------------------
# Patterns. All bounded; the scanner only ever moves forward.
# --------------------------------------------------------------------------

_UNIT_ALT = (
    r"Articles?|articles?|Art\.|[Ss]ections?|[Ss]ubsections?|[Ss]ub-?paragraphs?|[Pp]aragraphs?|"
    r"[Ss]ubclauses?|[Cc]lauses?|[Ss]ub-?items?|[Ii]tems?|[Pp]oints?|"
    r"Parts?|PART|parts?|Subdivisions?|Divisions?|Chapters?|Schedules?|Subparts?"
)
_SELF_ALT = (
    r"Constitutional\s{1,3}Law|Article|article|section|subsection|sub-?paragraph|paragraph|subclause|clause|"
    r"sub-?item|item|Part|Subdivision|Division|Chapter|Schedule|Subpart|Act|Law|Code"
)
_ITEM = (
    r"\d{1,4}[A-Za-z]{0,4}(?:[.\-]\d{1,3}[A-Za-z]{0,3}){0,3}(?:\([0-9A-Za-z.]{1,8}\)){0,6}"
    r"|(?:\([0-9A-Za-z.]{1,8}\)){1,6}"
    r"|[IVXLC]{1,7}[A-Z]{0,2}"
)
#: Another statute's name: "Income Tax Act", "Parliament of Canada Act", "Constitution Act, 1867",
#: "Crown Entities Act 2004", "Criminal Code", "Constitution"; CIS: 'Law "On Political Parties"'.
_ACT = (
    r"(?:[A-Z][\w’'\-]{0,30}+\s{1,3}+(?:(?:of|and|for|on|the|respecting|relating\s{1,3}to|in|to)\s{1,3}){0,3}){0,10}"
    r"(?:Act|Code|Constitution)\b(?:,?\s{1,3}(?:1[5-9]|20)\d\d\b)?"
    r"|(?:Constitutional\s{1,3})?(?:Law|Code)\s{1,3}(?:of\s{1,3}the\s{1,3}Republic(?:\s{1,3}of\s{1,3}[A-Z][\w\-]{1,30})?"
    r"\s{1,3})?[“\"«„][^”\"»“\n]{1,120}[”\"»“]"
)

_TRIGGER_RE = re.compile(
    r"\b(?:(?P<unit>" + _UNIT_ALT + r")\s{1,3}(?=[(0-9IVXLC])"
    r"|(?P<def>the\s{1,3}definitions?\s{1,3})"
    r"|(?P<self>(?:[Tt]his|[Tt]he\s{1,3}present)\s{1,3}(?P<selfword>" + _SELF_ALT + r")\b)"
    r"|(?P<the>the\s{1,3})(?=[A-Z]))"
)
_ITEM_RE = re.compile(r"(?:" + _ITEM + r")(?![A-Za-z0-9])")
_SEP_RE = re.compile(
    r"\s{0,3},\s{1,3}(?P<comma_conj>(?:and|or)\s{1,3})?|\s{1,3}(?P<conj>and/or|and|or)\s{1,3}"
    r"|\s{1,3}(?P<to>to)\s{1,3}|\s{0,2}(?P<dash>[–—])\s{0,2}|\s{1,2}(?P<hyphen>-)\s{1,2}"
)
_WORD_AFTER_RE = re.compile(r"\s{1,3}(?!of\b|to\b|and\b|or\b|in\b)[a-z]")
_OF_UNIT_RE = re.compile(r"\s{1,3}of\s{1,3}(?:the\s{1,3})?(?P<word>" + _UNIT_ALT + r")\s{1,3}(?=[(0-9IVXLC])")
_OF_DEF_RE = re.compile(r"\s{1,3}of\s{1,3}the\s{1,3}definitions?\s{1,3}")
_OF_THIS_RE = re.compile(
    r",?\s{1,3}(?:of|to)\s{1,3}(?:this|the\s{1,3}present)\s{1,3}(?P<word>" + _SELF_ALT + r")\b"
)
_OF_EXT_RE = re.compile(
    r",?\s{1,3}(?:of|to)\s{1,3}(?:(?P<that>that\s{1,3}(?:Act|Code|Law))\b|(?:the\s{1,3})?(?P<name>" + _ACT + r"))"
)
_ACT_RE = re.compile(_ACT)
_DEF_TERMS_RE = re.compile(
    r"(?<!\S)(?:of\s{1,3})?(?P<terms>(?:[^\s.;:()]{1,40}+\s{1,3}+){1,10}?)in\s{1,3}"
    r"(?:(?P<word>(?:sub)?sections?)\s{1,3}|(?:this|the\s{1,3}present)\s{1,3}(?P<this>section|subsection|Article)\b)"
)
_WORD_RUN_RE = re.compile(r"[^\s.,;:()]{1,40}")
_PARENS_RE = re.compile(r"\(([^()]{1,8})\)")
_CIS_RANGE_RE = re.compile(r"^(\d{1,4})-(\d{1,4})$")
_ROMAN_ONLY_RE = re.compile(r"^[IVXLC]{1,7}[A-Z]{0,2}$")

_LAW_WORDS = frozenset({"act", "law", "code", "constitutional law"})
_SUBPARA_WORDS = frozenset({"subparagraph", "subparagraphs", "sub-paragraph", "sub-paragraphs", "sub-item",
                            "sub-items", "subitem", "subitems", "point", "points"})
_CIS_ONLY_WORDS = frozenset({"item", "items", "sub-item", "sub-items", "subitem", "subitems", "point", "points",
                             "part", "parts"})
#: In CIS codes translated from Russian, an article's numbered "parts" (части) are its paragraphs.
_CIS_PART = {"part": Kind.PARAGRAPH, "parts": Kind.PARAGRAPH}
_SELF_KIND = {
    "article": Kind.ARTICLE, "section": Kind.SECTION, "subsection": Kind.SUBSECTION,
    "paragraph": Kind.PARAGRAPH, "subparagraph": Kind.SUBPARAGRAPH, "sub-paragraph": Kind.SUBPARAGRAPH,
    "clause": Kind.CLAUSE, "subclause": Kind.SUBCLAUSE, "item": Kind.PARAGRAPH, "sub-item": Kind.SUBPARAGRAPH,
    "subitem": Kind.SUBPARAGRAPH, "part": Kind.PART, "division": Kind.DIVISION, "subdivision": Kind.SUBDIVISION,
    "chapter": Kind.CHAPTER, "schedule": Kind.SCHEDULE, "subpart": Kind.SUBPART,
}
_WORD_KIND = {
    **_SELF_KIND,
    "art": Kind.ARTICLE, "articles": Kind.ARTICLE, "sections": Kind.SECTION, "subsections": Kind.SUBSECTION, "paragraphs": Kind.PARAGRAPH,
    "subparagraphs": Kind.SUBPARAGRAPH, "sub-paragraphs": Kind.SUBPARAGRAPH, "clauses": Kind.CLAUSE,
    "subclauses": Kind.SUBCLAUSE, "items": Kind.PARAGRAPH, "sub-items": Kind.SUBPARAGRAPH,
    "subitems": Kind.SUBPARAGRAPH, "point": Kind.PARAGRAPH, "points": Kind.PARAGRAPH, "parts": Kind.PART,
    "divisions": Kind.DIVISION, "subdivisions": Kind.SUBDIVISION, "chapters": Kind.CHAPTER,
    "schedules": Kind.SCHEDULE, "subparts": Kind.SUBPART,
}
#: Containers numbered afresh inside a larger container: a bare "Division 3" is one of the citing Part.
_NESTED_CONTAINERS = frozenset({Kind.DIVISION, Kind.SUBDIVISION, Kind.SUBPART})
_UNIT_KINDS = frozenset({Kind.ARTICLE, Kind.SECTION})


# --------------------------------------------------------------------------
# Parsed citing expressions (internal).
# --------------------------------------------------------------------------


@frozen
class _Item:
    """One label of a list, or a range ``start`` to ``end`` (labels outermost first)."""

    start: tuple[str, ...]
    end: tuple[str, ...] | None = None
    raw: str = ""
    compact: bool = False  # begins with an article/section number: "57(3)", "161(1)(a)"

    @property
    def bare(self) -> bool:
        """A label with no brackets: "28", "20-1", "3)" (CIS), "477.551"."""
        return not self.compact and not self.raw.startswith("(")


@define
class _Group:
    """A unit word and its labels: "subsections 57(3) to (5)"."""

    word: str
    kind: Kind
    items: list[_Item] = field(factory=list)

    @property
    def singular(self) -> str:
        word = self.word.rstrip(".")
        if word.lower() == "art":
            return "Article"
        return word[:-1] if word.endswith("s") else word


@define
class _Expression:
    """A whole citing expression, innermost group first (as written)."""

    start: int
    end: int
    groups: list[_Group] = field(factory=list)
    within: str | None = None  # "Article", "section", ... from "of this Article"; "law" for "of this Act"
    external: str | None = None
    definition: _Definition | None = None  # "the definition polling day in subsection 2(1)"


@define
class _Definition:
    """Defined terms cited by name, where the definitions are (``holder`` groups or "in this section"),
    and whether the citation is of a part of the definition ("paragraph (b) of the definition …")."""

    terms: tuple[str, ...]
    holder: list[_Group] = field(factory=list)
    within: str | None = None
    anchor: bool = False


def _split_label(raw: str) -> tuple[str, ...]:
    """``57(3)(a)`` -> ``("57", "3", "a")``; ``(1)(a)`` -> ``("1", "a")``; ``3)`` -> ``("3",)``."""
    raw = raw.strip()
    if "(" not in raw:
        return (raw.rstrip(")"),)
    head = raw[: raw.index("(")]
    parens = tuple(_PARENS_RE.findall(raw[raw.index("("):]))
    return ((head,) if head else ()) + parens


def _is_paren_only(raw: str) -> bool:
    return raw.startswith("(")


class _Scanner:
    """Finds citing expressions in one text; knows nothing of the law but its tradition and title."""

    def __init__(self, tradition: Tradition, terms: frozenset[str] = frozenset()) -> None:
        self.cis = tradition is Tradition.CIS
        self.terms = terms  # slugs of the terms the law defines

    def scan(self, text: str) -> Iterator[_Expression]:
        pos = 0
        last_external = ""
        while True:
            match = _TRIGGER_RE.search(text, pos)
            if match is None:
                return
            expression: _Expression | None = None
            if match.group("unit"):
                expression = self._citation(text, match.start(), match.group("unit"), match.end())
            elif match.group("def"):
                expression = self._definition(text, match.start(), match.end())
            elif match.group("self"):
                word = " ".join(match.group("selfword").split())
                expression = _Expression(match.start(), match.end(), within=word)
            elif match.group("the"):
                name = _ACT_RE.match(text, match.end())
                if name is not None and _is_act_name(name.group()):
                    expression = _Expression(match.start(), name.end(), external=" ".join(name.group().split()))
            if expression is None:
                pos = match.end() if match.group("unit") or match.group("def") else match.start() + 1
                continue
            if expression.external == "that Act":
                expression.external = last_external or "that Act"
            elif expression.external:
                last_external = expression.external
            yield expression
            pos = max(expression.end, match.start() + 1)

    # -- pieces ---------------------------------------------------------------

    def _group(self, text: str, word: str, pos: int) -> tuple[_Group, int] | None:
        """The labels after a unit word at ``pos``: "393 to 399", "57(3) to (5)", "1, 2, 4 and 5"."""
        lower = word.lower().rstrip(".")
        kind = _WORD_KIND.get(lower)
        if word in _CIS_PART:  # lower-case "part 2 of Article 12"
            if not self.cis:
                return None
            kind = _CIS_PART[word]
        elif kind is None or (lower in _CIS_ONLY_WORDS and lower not in _CIS_PART and not self.cis):
            return None
        plural = lower.endswith("s")
        first = self._item(text, pos, kind, lower)
        if first is None:
            return None
        raws, pos = [first[0]], first[1]
        seps: list[str] = []
        for _ in range(60):
            sep = _SEP_RE.match(text, pos)
            if sep is None:
                break
            nxt = self._item(text, sep.end(), kind, lower)
            if nxt is None:
                break
            kind_of_sep = "to" if sep.group("to") or sep.group("dash") or sep.group("hyphen") else (
                "and" if sep.group("conj") or sep.group("comma_conj") else ",")
            seps.append(kind_of_sep)
            raws.append(nxt[0])
            pos = nxt[1]
        if "," in seps and seps[-1] == "," and _WORD_AFTER_RE.match(text, pos):
            # "under section 3, 18 years of age": a bare comma list that never closes with and/or/to,
            # and runs on into words, is not a list ("Articles 12, 13 of this Law" is one).
            cut = seps.index(",")
            raws = raws[: cut + 1]
            seps = seps[:cut]
            pos = self._item_end(text, raws[-1], pos)
        group = _Group(word, kind)
        index = 0
        previous: tuple[str, ...] | None = None
        compact = False
        while index < len(raws):
            raw = raws[index]
            steps = self._inherit(_split_label(raw), raw, previous)
            if previous is None or not _is_paren_only(raw):
                compact = not _is_paren_only(raw) and "(" in raw
            if index < len(seps) and seps[index] == "to":
                end_raw = raws[index + 1]
                end = self._inherit(_split_label(end_raw), end_raw, steps)
                group.items.append(_Item(steps, end, f"{raw} to {end_raw}", compact))
                previous = end
                index += 2
                continue
            cis_range = _CIS_RANGE_RE.match(raw) if plural and self.cis else None
            if cis_range and int(cis_range.group(2)) > int(cis_range.group(1)):
                group.items.append(_Item((cis_range.group(1),), (cis_range.group(2),), raw))
            else:
                group.items.append(_Item(steps, None, raw, compact))
            previous = steps
            index += 1
        return group, pos

    def _item_end(self, text: str, raw: str, limit: int) -> int:
        """End offset of the last occurrence of ``raw`` before ``limit`` (after truncating a list)."""
        at = text.rfind(raw, 0, limit)
        end = at + len(raw)
        if end < len(text) and text[end] == ")" and not raw.endswith(")"):
            end += 1
        return end

    def _item(self, text: str, pos: int, kind: Kind, word: str) -> tuple[str, int] | None:
        match = _ITEM_RE.match(text, pos)
        if match is None:
            return None
        raw = match.group()
        if _ROMAN_ONLY_RE.match(raw) and kind not in CONTAINER_KINDS:
            return None
        end = match.end()
        if self.cis and word in _SUBPARA_WORDS and "(" not in raw and text[end:end + 1] == ")":
            end += 1  # "subparagraph 3)"
        return raw, end

    @staticmethod
    def _inherit(steps: tuple[str, ...], raw: str, previous: tuple[str, ...] | None) -> tuple[str, ...]:
        """A parenthesised item after a compact one replaces its last levels: "57(3) to (5)" -> 57(5)."""
        if previous is not None and _is_paren_only(raw) and len(previous) >= len(steps):
            return previous[: len(previous) - len(steps)] + steps
        return steps

    def _citation(self, text: str, start: int, word: str, pos: int) -> _Expression | None:
        parsed = self._group(text, word, pos)
        if parsed is None:
            return None
        group, pos = parsed
        expression = _Expression(start, pos, [group])
        for _ in range(8):
            of_unit = _OF_UNIT_RE.match(text, pos)
            if of_unit is not None:
                outer = self._group(text, of_unit.group("word"), of_unit.end())
                if outer is not None:
                    expression.groups.append(outer[0])
                    pos = outer[1]
                    continue
            of_def = _OF_DEF_RE.match(text, pos)
            if of_def is not None and len(expression.groups) == 1:
                inner = self._definition(text, start, of_def.end())
                if inner is not None and inner.definition is not None:
                    inner.definition.anchor = True
                    expression.definition = inner.definition
                    expression.external = inner.external
                    pos = inner.end
            break
        expression.end = pos
        return self._qualify(text, expression)

    def _definition(self, text: str, start: int, pos: int) -> _Expression | None:
        """ "the definition(s) TERM(S) in (sub)section N" or "the definition TERM" (looked up by term)."""
        match = _DEF_TERMS_RE.match(text, pos)
        if match is not None and match.group("this"):
            definition = _Definition(_split_terms(match.group("terms")), within=match.group("this"))
            return _Expression(start, match.end(), [], definition=definition)
        if match is not None:
            parsed = self._group(text, match.group("word"), match.end())
            if parsed is not None:
                definition = _Definition(_split_terms(match.group("terms")), [parsed[0]])
                return self._qualify(text, _Expression(start, parsed[1], [], definition=definition))
        words = []
        cursor = pos
        for _ in range(8):
            run = _WORD_RUN_RE.match(text, cursor)
            if run is None:
                break
            words.append((run.group(), run.end()))
            cursor = run.end()
            if cursor >= len(text) or text[cursor] != " ":
                break
            cursor += 1
        if not words:
            return None
        # The longest runs of words that are terms this law defines ("A and B"); none: not a citation
        # of this law's definitions.
        terms: list[str] = []
        end = pos
        index = 0
        while index < len(words):
            for n in range(len(words), index, -1):
                term = " ".join(w for w, _ in words[index:n]).strip("“”\"'‘’,")
                if slug(term) in self.terms:
                    terms.append(term)
                    end = words[n - 1][1]
                    index = n
                    break
            else:
                break
            if index < len(words) and words[index][0] in ("and", "or"):
                index += 1
            else:
                break
        if not terms:
            return None
        return _Expression(start, end, [], definition=_Definition(tuple(terms)))

    def _qualify(self, text: str, expression: _Expression) -> _Expression:
        this = _OF_THIS_RE.match(text, expression.end)
        if this is not None:
            expression.within = " ".join(this.group("word").split())
            expression.end = this.end()
            return expression
        ext = _OF_EXT_RE.match(text, expression.end)
        if ext is not None:
            name = ext.group("that") or ext.group("name")
            if ext.group("that") or _is_act_name(name):
                expression.external = " ".join(name.split()) if not ext.group("that") else "that Act"
                expression.end = ext.end()
        return expression


_JOINER_RE = re.compile(r"\s{0,3}(?:,\s{0,3})?(?:(?:and|or|and/or)\s{1,3})?")


def _shares_qualifier(text: str, earlier: _Expression, later: _Expression) -> bool:
    """True when two citations are items of one list ("…, … and …") and only the later is qualified."""
    if not (later.groups and earlier.groups) or (later.external is None and later.within is None):
        return False
    if earlier.external is not None or earlier.within is not None:
        return False
    gap = _JOINER_RE.fullmatch(text, earlier.end, later.start)
    return gap is not None and bool(text[earlier.end:later.start].strip())


def _split_terms(raw: str) -> tuple[str, ...]:
    text = " ".join(raw.split()).strip(" ,")
    parts = re.split(r",\s|\s(?:and|or)\s", text)
    return tuple(p.strip(" ,“”\"'‘’") for p in parts if p.strip(" ,“”\"'‘’"))


def _is_act_name(name: str) -> bool:
    words = name.split()
    return len(words) >= 2 or words[:1] == ["Constitution"]


_CITED_AS_RE = re.compile(r"\bmay be cited as (?:the )?(" + _ACT + r")")
_YEAR_RE = re.compile(r",?\s{1,3}(?:1[5-9]|20)\d\d$")


def _drop_year(name: str) -> str:
    return _YEAR_RE.sub("", name.strip().rstrip("."))


def _normalise_title(name: str) -> str:
    text = " ".join(name.replace("“", '"').replace("”", '"').replace("«", '"').replace("»", '"').split()).lower()
    return re.sub(r"^the\s", "", text).rstrip(".")


# --------------------------------------------------------------------------
# Resolution against the law.
# --------------------------------------------------------------------------


class Resolver:
    """Resolves citing expressions in a law's provisions to eIds.

    Built once per law (it indexes parents, top-level units and definitions);
    :meth:`references` then reads one provision at a time.
    """

    def __init__(self, law: Law) -> None:
        self.law = law
        self.scanner = _Scanner(law.tradition)  # given the law's defined terms once indexed
        self.title = _normalise_title(law.title)
        quoted = re.search(r"\"([^\"]{1,120})\"", self.title)
        self.quoted_title = quoted.group(1) if quoted else ""
        self.short_titles = {self.title, _normalise_title(_drop_year(law.title))}
        for provision in list(law.walk())[:12]:
            cited_as = _CITED_AS_RE.search(provision.text)
            if cited_as is not None:
                self.short_titles |= {_normalise_title(cited_as.group(1)),
                                      _normalise_title(_drop_year(cited_as.group(1)))}
        self.parents: dict[str, Provision | None] = {}
        self.schedule_of: dict[str, str | None] = {}
        self.units: dict[str | None, list[Provision]] = {}
        self._this_act = False  # the expression being resolved says "of this Act"
        self.unit_by_label: dict[tuple[str | None, str], Provision] = {}
        self.containers: dict[tuple[Kind, str], Provision] = {}
        self.definitions: dict[str, list[Provision]] = {}
        self._index(law.body, None, None)
        self.scanner.terms = frozenset(self.definitions)

    def _index(self, provisions: Iterable[Provision], parent: Provision | None, schedule: str | None) -> None:
        for provision in provisions:
            self.parents[provision.eid] = parent
            # Schedules number afresh (scope: their label); so do instruments appended to a law, such as
            # amendment Acts printed after a New Zealand reprint (scope: their eId).
            inner = provision.label if provision.kind is Kind.SCHEDULE else (
                provision.eid if provision.kind is Kind.ATTACHMENT else schedule)
            self.schedule_of[provision.eid] = inner
            if provision.kind in _UNIT_KINDS:
                self.unit_by_label.setdefault((schedule, provision.label), provision)
                bucket = self.units.setdefault(schedule, [])
                bucket.append(provision)
            if provision.is_container:
                self.containers.setdefault((provision.kind, provision.label), provision)
            if provision.kind is Kind.DEFINITION:
                self.definitions.setdefault(slug(provision.label), []).append(provision)
            self._index(provision.children, provision, inner)

    # -- public ------------------------------------------------------------------

    def references(self, provision: Provision) -> list[Reference]:
        """The references in ``provision``'s own words, resolved."""
        text = own_text(provision)
        if not text:
            return []
        expressions = list(self.scanner.scan(text))
        resolved = [self._resolve(provision, text, e) for e in expressions]
        # "section 508, subsection 510(1) and section 511 of the Canada Elections Act": the last
        # citation's "of the … Act" belongs to the earlier ones of the list when they name nothing here.
        for index in range(len(expressions) - 1, 0, -1):
            later, earlier = expressions[index], expressions[index - 1]
            if not _shares_qualifier(text, earlier, later):
                continue
            if later.external is not None and all(r.target is None for r in resolved[index - 1]):
                earlier.external = later.external
            elif later.within is not None and later.external is None:
                earlier.within = later.within
            else:
                continue
            resolved[index - 1] = self._resolve(provision, text, earlier)
        return [ref for refs in resolved for ref in refs]

    # -- expressions -----------------------------------------------------------

    def _resolve(self, source: Provision, text: str, expression: _Expression) -> list[Reference]:
        self._this_act = (expression.within or "").lower() in _LAW_WORDS
        words = text[expression.start:expression.end]
        span = (expression.start, expression.end)

        def ref(target: Provision | None, cited: str, *, scope: str = "internal", relative: bool = False,
                external: str = "", inside: bool = False) -> Reference:
            return Reference(source.eid, target.eid if target is not None else None, words, span, scope,
                             cited, external, relative, inside)

        if expression.external is not None:
            name = expression.external
            if self._is_own_title(name):
                if not expression.groups:
                    return [ref(None, name, scope="law")]
                expression.external = None
                expression.within = "law"
            else:
                cited = ", ".join(self._cited(g, i) for g in expression.groups[:1] for i in g.items) or name
                return [ref(None, cited, scope="external", external=name)]

        within: Provision | None = None
        relative = False
        if expression.within is not None:
            word = expression.within.lower()
            if word in _LAW_WORDS:
                if not expression.groups and expression.definition is None:
                    return [ref(None, expression.within, scope="law")]
            else:
                kind = _SELF_KIND.get(word)
                within = self._enclosing(source, kind) if kind is not None else None
                relative = True
                if not expression.groups and expression.definition is None:
                    return [ref(within, f"this {expression.within}", relative=True)]
                if within is None:
                    return [ref(None, self._cited(g, i) + f" of this {expression.within}", relative=True)
                            for g in expression.groups[:1] for i in g.items]

        definition = expression.definition
        if definition is not None:
            defined = self._definitions(source, definition)
            if not definition.anchor:
                # "the definitions A and B in section 2": one reference per term.
                return [ref(target, f"the definition {term}") for term, target in defined]
            # "paragraph (b) of the definition pre-election period": inside each definition named.
            results = []
            for term, target in defined:
                if target is None:
                    results.extend(ref(None, f"{self._cited(g, i)} of the definition {term}")
                                   for g in expression.groups[:1] for i in g.items)
                    continue
                # (When the holder does not set the term out as a definition, look in the holder.)
                for found, cited, rel, inside in self._chain(source, expression.groups, target):
                    results.append(ref(found, f"{cited} of the definition {term}", inside=inside))
            return results

        suffix = f" of this {expression.within}" if within is not None else ""
        return [ref(found, cited if found is not None and cited == found.citation else cited + suffix,
                    relative=rel or relative, inside=inside)
                for found, cited, rel, inside in self._chain(source, expression.groups, within)]

    def _chain(self, source: Provision, groups: list[_Group],
               within: Provision | None) -> list[tuple[Provision | None, str, bool, bool]]:
        """Resolve "A of B of C" (innermost first as written): each group inside the results of the next."""
        anchors: list[Provision | None] = [within]
        for group in reversed(groups[1:]):
            next_anchors: list[Provision | None] = []
            for anchor in anchors:
                for item in group.items:
                    for target, _cited, _rel, _inside in self._resolve_item(source, group, item, anchor):
                        next_anchors.append(target)
            anchors = next_anchors or [None]
            if all(a is None for a in anchors):
                break
        head = groups[0]
        outer_text = "".join(f" of {self._cited(g, g.items[0])}" for g in groups[1:] if g.items)
        results: list[tuple[Provision | None, str, bool, bool]] = []
        for anchor in anchors:
            if anchor is None and len(groups) > 1:
                results.extend((None, self._cited(head, item) + outer_text, False, False) for item in head.items)
                continue
            for item in head.items:
                for target, cited, rel, inside in self._resolve_item(source, head, item, anchor):
                    whole = cited if target is not None and cited == target.citation else cited + outer_text
                    results.append((target, whole, rel, inside))
        return results

    def _definitions(self, source: Provision, definition: _Definition) -> list[tuple[str, Provision | None]]:
        """(term, definition provision) per term; the holder when it does not define the term; None if nothing."""
        holders: list[Provision] | None = None
        if definition.holder:
            holders = [t for t, _c, _r, _i in self._chain(source, definition.holder, None) if t is not None]
        elif definition.within is not None:
            kind = _SELF_KIND.get(definition.within.lower())
            enclosing = self._enclosing(source, kind) if kind is not None else None
            holders = [enclosing] if enclosing is not None else []
        found: list[tuple[str, Provision | None]] = []
        for term in definition.terms:
            if holders is None:
                found.append((term, self._definition_anywhere((term,))))
                continue
            target = next((d for d in (self._definition_in(h, (term,)) for h in holders) if d is not None), None)
            found.append((term, target or (holders[0] if holders else None)))
        return found

    def _cited(self, group: _Group, item: _Item) -> str:
        """The single citation an item stands for, with inherited levels: "subsection 495(3)"."""
        if item.end is not None or not item.start:
            return f"{group.singular} {item.raw}"
        steps = item.start
        if item.compact:
            label = steps[0] + "".join(f"({s})" for s in steps[1:])
        elif item.raw.startswith("("):
            label = "".join(f"({s})" for s in steps)
        else:
            label = item.raw
        return f"{group.singular} {label}"

    def _is_own_title(self, name: str) -> bool:
        normal = _normalise_title(name)
        if normal in self.short_titles:
            return True
        quoted = re.search(r"\"([^\"]{1,120})\"", normal)
        return bool(quoted and self.quoted_title and quoted.group(1) == self.quoted_title)

    # -- items -------------------------------------------------------------------

    def _resolve_item(self, source: Provision, group: _Group, item: _Item,
                      anchor: Provision | None) -> list[tuple[Provision | None, str, bool, bool]]:
        """(target, cited, relative, inside a range) for every provision an item names (several for a range)."""
        relative = anchor is None and self._is_relative(group, item)
        if item.end is None:
            target = self._one(source, group.kind, item.start, anchor, item)
            return [(target, self._cited(group, item), relative, False)]
        first = self._one(source, group.kind, item.start, anchor, item)
        last = self._one(source, group.kind, item.end, anchor, item)
        start_raw, _, end_raw = item.raw.partition(" to ")
        start_cited = f"{group.singular} {start_raw or item.raw}"
        end_cited = f"{group.singular} {end_raw or item.raw}"
        if first is None and last is None:
            return [(None, self._cited(group, item), relative, False)]
        members = self._between(first, last, item)
        out = [(p, p.citation, relative, p is not first and p is not last) for p in members]
        if first is None:
            out.insert(0, (None, start_cited, relative, False))
        if last is None:
            out.append((None, end_cited, relative, False))
        return out

    def _is_relative(self, group: _Group, item: _Item) -> bool:
        if group.kind in _UNIT_KINDS or group.kind in CONTAINER_KINDS:
            return group.kind in _NESTED_CONTAINERS
        return not item.compact

    def _one(self, source: Provision, kind: Kind, steps: tuple[str, ...], anchor: Provision | None,
             item: _Item) -> Provision | None:
        if not steps or not steps[0]:
            return None
        kinds: list[Kind | None] = [None] * len(steps)
        if kind in _UNIT_KINDS or kind in CONTAINER_KINDS:
            kinds[0] = kind
        else:
            kinds[-1] = kind
        if anchor is not None:
            return self._descend(anchor, steps, kinds, deep=True)
        if kind in CONTAINER_KINDS:
            return self._container(source, kind, steps)
        schedule = self.schedule_of.get(source.eid)
        bare_number = item.bare and len(steps) == 1 and steps[0][:1].isdigit()
        if kind in _UNIT_KINDS or item.compact or (bare_number and not self.scanner.cis):
            # Inside a schedule its own numbering comes first ("paragraph 1(e)" in Schedule 3);
            # a Commonwealth "subsection 477.551" with no subsection label names the section.
            kinds = kinds if not bare_number or kind in _UNIT_KINDS else [None]
            found = self._absolute(steps, kinds, schedule) if schedule is not None else None
            if found is None and self._this_act and schedule is not None and schedule.startswith("att_"):
                return None  # "section 15 of this Act" in an appended Act is that Act's section 15
            return found or self._absolute(steps, kinds, None)
        return self._relative(source, steps, kinds)

    def _absolute(self, steps: tuple[str, ...], kinds: list[Kind | None], schedule: str | None) -> Provision | None:
        """An article/section-first citation: indexed lookup, then :func:`citations.find` for anything unusual."""
        top = self.unit_by_label.get((schedule, steps[0]))
        if top is not None:
            return self._descend(top, steps[1:], kinds[1:]) if steps[1:] else top
        path = CitationPath(steps=tuple(Step(label, k) for label, k in zip(steps, kinds, strict=True)),
                            schedule=schedule)
        return find(self.law, path)

    def _container(self, source: Provision, kind: Kind, steps: tuple[str, ...]) -> Provision | None:
        label = steps[0]
        if kind in _NESTED_CONTAINERS:
            current = self.parents.get(source.eid)
            while current is not None:
                for child in current.children:
                    if child.kind is kind and child.label == label:
                        return self._descend(child, steps[1:], [None] * (len(steps) - 1)) if steps[1:] else child
                current = self.parents.get(current.eid)
        found = self.containers.get((kind, label))
        if found is not None and steps[1:]:
            return self._descend(found, steps[1:], [None] * (len(steps) - 1))
        return found

    def _relative(self, source: Provision, steps: tuple[str, ...], kinds: list[Kind | None]) -> Provision | None:
        """Nearest match going up from the citing provision, never above its article or section."""
        chain: list[Provision] = []
        current: Provision | None = source
        while current is not None:
            chain.append(current)
            if current.kind in _UNIT_KINDS or current.is_container:
                break
            current = self.parents.get(current.eid)
        for strict in (True, False):
            for node in chain:
                child = self._child(node, steps[0], kinds[0], strict=strict)
                if child is not None:
                    found = self._descend(child, steps[1:], kinds[1:]) if steps[1:] else child
                    if found is not None:
                        return found
        return None

    def _descend(self, node: Provision, steps: tuple[str, ...], kinds: list[Kind | None], *,
                 deep: bool = False) -> Provision | None:
        current = node
        for index, (label, kind) in enumerate(zip(steps, kinds, strict=True)):
            child = self._child(current, label, kind, strict=True) or self._child(current, label, kind, strict=False)
            if child is None and index == 0 and deep:
                child = next((p for p in current.walk() if p is not current and p.label == label
                              and (kind is None or p.kind is kind)), None)
            if child is None:
                return None
            current = child
        return current

    @staticmethod
    def _child(node: Provision, label: str, kind: Kind | None, *, strict: bool) -> Provision | None:
        """The child labelled ``label``: of kind ``kind`` when ``strict``; otherwise of any kind at the
        same level (a sub-unit citation never lands on an article, section or container)."""
        lowered = label.lower()
        sub_unit = kind is None or (kind not in _UNIT_KINDS and kind not in CONTAINER_KINDS)
        for child in node.children:
            if child.label != label and child.label.lower() != lowered:
                continue
            if strict and kind is not None and child.kind is not kind:
                continue
            if not strict and sub_unit and (child.kind in _UNIT_KINDS or child.is_container):
                continue
            return child
        return None

    def _enclosing(self, source: Provision, kind: Kind) -> Provision | None:
        current: Provision | None = source
        while current is not None:
            if current.kind is kind:
                return current
            current = self.parents.get(current.eid)
        return None

    def _between(self, first: Provision | None, last: Provision | None, item: _Item) -> list[Provision]:
        """The provisions from ``first`` to ``last`` in document order (siblings, or articles/sections)."""
        known = first or last
        assert known is not None
        if known.kind in _UNIT_KINDS:
            siblings = self.units.get(self.schedule_of.get(known.eid), [])
        else:
            parent = self.parents.get(known.eid)
            siblings = list(parent.children) if parent is not None else list(self.law.body)
        if first is not None and last is not None:
            try:
                i, j = siblings.index(first), siblings.index(last)
            except ValueError:
                return [first, last]
            return siblings[i:j + 1] if i <= j else [first, last]
        # One end names nothing: keep the siblings whose labels fall inside the range.
        low = label_key(item.start[-1]) if first is None else label_key(first.label)
        high = label_key(item.end[-1]) if last is None and item.end else label_key(last.label if last else "")
        chosen = []
        for sibling in siblings:
            try:
                key = label_key(sibling.label)
                if low <= key <= high:
                    chosen.append(sibling)
            except TypeError:
                continue
        return chosen

    # -- definitions ---------------------------------------------------------------

    def _definition_in(self, holder: Provision, terms: tuple[str, ...]) -> Provision | None:
        for term in terms:
            wanted = slug(term)
            for provision in holder.walk():
                if provision.kind is Kind.DEFINITION and slug(provision.label) == wanted:
                    return provision
        return None

    def _definition_anywhere(self, candidates: tuple[str, ...]) -> Provision | None:
        for term in reversed(candidates):
            found = self.definitions.get(slug(term))
            if found:
                return found[0]
        return None
