"""Citations of provisions, in either tradition, parsed and resolved against a law.

A drafter names provisions the way the law does: "Article 20-1(3)",
"Article 4, paragraph 3, subparagraph 2)", "subparagraph 2) of paragraph 1 of
Article 9", "subsection 143(3.1)", "56.1(2)", "74(1)(a)(ii)", "Part 6AA",
"Division 1 of Part 16.1", "Schedule 1", "section 14 of Schedule 4",
'the definition "polling day" in subsection 2(1)' — or by eId
(``art_4__para_3``). :func:`parse_citation` turns any of these into a
:class:`CitationPath`; :func:`find` and :func:`resolve` find the provision it
names in a :class:`~compliance.model.Law`. Citations relative to the citing
provision ("paragraph 2 of this Article") parse with ``relative`` set and
resolve when :func:`find` is given the citing provision's eId.

The bill parser and the cross-reference extractor build on the same
functions, so a citation means the same thing everywhere.
"""

from __future__ import annotations

import re
import weakref

from attrs import frozen

from .errors import CitationError
from .labels import label_key
from .model import CONTAINER_KINDS, Kind, Law, Provision
from .naming import PREFIX_KIND, slug

__all__ = ["Step", "CitationPath", "parse_citation", "resolve", "find", "suggestions", "UNIT_WORDS"]

#: Words that name a kind of provision in citations (singular and plural, both traditions).
UNIT_WORDS: dict[str, Kind] = {
    "article": Kind.ARTICLE, "articles": Kind.ARTICLE, "art": Kind.ARTICLE, "arts": Kind.ARTICLE,
    "section": Kind.SECTION, "sections": Kind.SECTION, "s": Kind.SECTION, "ss": Kind.SECTION,
    "sec": Kind.SECTION, "§": Kind.SECTION, "§§": Kind.SECTION,
    "subsection": Kind.SUBSECTION, "subsections": Kind.SUBSECTION, "subs": Kind.SUBSECTION,
    "paragraph": Kind.PARAGRAPH, "paragraphs": Kind.PARAGRAPH, "para": Kind.PARAGRAPH, "paras": Kind.PARAGRAPH,
    "item": Kind.PARAGRAPH, "items": Kind.PARAGRAPH, "point": Kind.PARAGRAPH, "points": Kind.PARAGRAPH,
    "part": Kind.PART, "parts": Kind.PART, "chapter": Kind.CHAPTER, "chapters": Kind.CHAPTER,
    "subparagraph": Kind.SUBPARAGRAPH, "subparagraphs": Kind.SUBPARAGRAPH,
    "sub-paragraph": Kind.SUBPARAGRAPH, "sub-paragraphs": Kind.SUBPARAGRAPH,
    "sub-item": Kind.SUBPARAGRAPH, "sub-items": Kind.SUBPARAGRAPH, "subitem": Kind.SUBPARAGRAPH,
    "subitems": Kind.SUBPARAGRAPH, "sub-point": Kind.SUBPARAGRAPH, "subpoint": Kind.SUBPARAGRAPH,
    "clause": Kind.CLAUSE, "clauses": Kind.CLAUSE, "subclause": Kind.SUBCLAUSE, "subclauses": Kind.SUBCLAUSE,
    "division": Kind.DIVISION, "divisions": Kind.DIVISION, "subpart": Kind.SUBPART, "subparts": Kind.SUBPART,
    "subdivision": Kind.SUBDIVISION, "subdivisions": Kind.SUBDIVISION,
    "schedule": Kind.SCHEDULE, "schedules": Kind.SCHEDULE,
    "definition": Kind.DEFINITION,
}

_LABEL = (
    r"(?:[0-9]{1,4}[A-Za-z]{0,4}(?:[.\-][0-9]{1,3}[A-Za-z]{0,3}){0,3}|[IVXLCivxlc]{1,7}[A-Za-z]?"
    r"|[a-zA-Z]{1,4}(?:\.[0-9]{1,2})?)"
)
_EID_RE = re.compile(r"^[a-z]{2,9}_[^\s_]{1,80}(?:__[a-z]{2,9}_[^\s_]{1,80}){0,12}$")
_COMPACT_RE = re.compile(
    r"^(?:(?P<head>" + _LABEL + r")\)?(?P<rest>(?:\(" + _LABEL + r"\)){0,8})|(?:\(" + _LABEL + r"\)){1,8})$"
)
#: A unit word and its separator: "Article ", "s. ", "para.", "§".
_WORD = r"(?P<word>§§?(?=\s{0,3}\d)|[A-Za-z][A-Za-z\-]{0,15}(?=\.|\s))\.?\s{0,3}"
_PIECE_RE = re.compile(r"^" + _WORD + r"(?P<label>\(?" + _LABEL + r"\)?(?:\(" + _LABEL + r"\)){0,8})$")
_PAIR_RE = re.compile(_WORD + r"(?P<label>\(?" + _LABEL + r"\)?(?:\(" + _LABEL + r"\)){0,8})(?:\s+|$)")
_PARENS_RE = re.compile(r"\(([^()]{1,12})\)")
_DEFINITION_RE = re.compile(
    r"^(?:the\s)?(?:definition\s(?:of\s)?)?[\"“‘'«](?P<term>[^\n]{1,160}?)[\"”’'»],?\s(?:in|of)\s(?P<rest>.{1,300})$",
    re.I,
)
_DEFINITION_BARE_RE = re.compile(
    r"^(?:the\s)?definition\s(?:of\s)?(?P<term>[^\"“”]{1,120}?),?\s(?:in|of)\s(?P<rest>(?:sub)?sections?\s.{1,300})$",
    re.I,
)
_IN_DEFINITION_RE = re.compile(r"^(?P<inner>.{1,80}?)\s(?:of|in)\s(?P<holder>(?:the\s)?definition\s.{1,300})$", re.I)
_SCHEDULE_RE = re.compile(r"(?:^|,?\s(?:of|in|to)\s(?:the\s)?)Schedule\s(?P<label>" + _LABEL + r")(?=$|[\s,])", re.I)
_SCHEDULE_FIRST_RE = re.compile(r"^Schedule\s(?P<label>" + _LABEL + r"),?\s(?P<rest>.{1,300})$", re.I)
_INSTRUMENT_RE = re.compile(
    r",?\s(?:of|in)\s(?:the\s|this\s)(?P<act>(?:[A-Z(][^,]{0,160}\s)?(?:Constitutional\s)?(?:Act|Law|Code|Constitution)"
    r"(?:\s[0-9]{4})?)\s{0,2}$"
)
_RELATIVE_RE = re.compile(
    r",?\s(?:of|in)\s(?:this|the\ssame)\s(?P<word>Article|article|section|subsection|paragraph|subparagraph|Part|"
    r"Chapter|Division|Schedule|item|clause)\s{0,2}$"
)


@frozen
class Step:
    """One level of a citation: an optional kind word and a label (core form, or the term of a definition)."""

    label: str
    kind: Kind | None = None


@frozen
class CitationPath:
    """A parsed citation: levels from the outermost, plus what encloses them.

    ``eid`` is set instead of ``steps`` when the citation was an eId.
    ``schedule`` names the schedule the steps are in ("section 14 of Schedule 4");
    ``instrument`` the Act or Law named after them ("section 17 of the
    Electoral Amendment Act 2009"); ``relative`` the kind the citation is
    relative to ("paragraph 2 of this Article" -> ``Kind.ARTICLE``).
    """

    steps: tuple[Step, ...] = ()
    schedule: str | None = None
    eid: str | None = None
    text: str = ""
    instrument: str | None = None
    relative: Kind | None = None


def _unreadable(original: str) -> CitationError:
    return CitationError(
        f"cannot read {original!r} as a citation; expected e.g. 'Article 4(3)', 'Article 4, paragraph 3', "
        "'paragraph 3 of Article 4', 'subsection 56.1(2)', '74(1)(a)(ii)', 'Part 6AA', 'section 14 of Schedule 4', "
        "'the definition \"polling day\" in subsection 2(1)' or an eId like art_4__para_3"
    )


def _core(label: str) -> str:
    label = label.strip()
    if label.startswith("(") and label.endswith(")"):
        label = label[1:-1]
    return label.rstrip(").").strip()


def _expand(label: str, kind: Kind | None) -> list[Step]:
    """``74(1)(a)`` -> steps 74, 1, a; the kind word names the last level ("paragraph 93(1)(a)")."""
    label = label.strip().rstrip(".")
    if label.endswith(")") and "(" not in label:
        label = label[:-1]  # "2)" as a CIS subparagraph label
    if label.startswith("("):
        labels = _PARENS_RE.findall(label)
    elif "(" in label:
        cut = label.index("(")
        labels = [label[:cut], *_PARENS_RE.findall(label[cut:])]
    else:
        labels = [label]
    steps = [Step(_core(lab)) for lab in labels if _core(lab)]
    if not steps or kind is None:
        return steps
    if len(steps) == 1 or kind in (Kind.ARTICLE, Kind.SECTION) or kind in CONTAINER_KINDS:
        steps[0] = Step(steps[0].label, kind)
    else:
        steps[-1] = Step(steps[-1].label, kind)
    return steps


def parse_citation(text: str) -> CitationPath:
    """Parse a citation in either tradition, or an eId; :class:`CitationError` if it is not one."""
    original = text
    text = " ".join(text.replace("\u00a0", " ").split()).strip().rstrip(".;,:")
    if not text:
        raise CitationError("empty citation; expected e.g. 'Article 4(3)', '56.1(2)' or an eId like art_4__para_3")
    if len(text) > 400:
        raise CitationError(f"citation of {len(text)} characters is too long to be one")
    if _EID_RE.match(text) and text.split("_", 1)[0] in PREFIX_KIND:
        return CitationPath(eid=text, text=original)

    inside = _IN_DEFINITION_RE.match(text)
    if inside and not inside.group("inner").lower().startswith(("the definition", "definition")):
        # "paragraph (a) of the definition “capital asset” in subsection 2(1)"
        holder = parse_citation(inside.group("holder"))
        inner = _parse_steps(inside.group("inner"), original)
        return CitationPath(steps=(*holder.steps, *inner), schedule=holder.schedule, text=original,
                            instrument=holder.instrument, relative=holder.relative)
    definition = _DEFINITION_RE.match(text) or _DEFINITION_BARE_RE.match(text)
    if definition:
        holder = parse_citation(definition.group("rest"))
        term = Step(" ".join(definition.group("term").split()), Kind.DEFINITION)
        return CitationPath(steps=(*holder.steps, term), schedule=holder.schedule, eid=None, text=original,
                            instrument=holder.instrument, relative=holder.relative)

    relative = None
    match = _RELATIVE_RE.search(text)
    if match:
        relative = UNIT_WORDS[match.group("word").lower()]
        text = text[: match.start()].strip(" ,")
    instrument = None
    match = _INSTRUMENT_RE.search(text)
    if match:
        act = match.group("act")
        instrument = None if act.lower().split()[0] in ("act", "law", "code", "constitutional") else act
        text = text[: match.start()].strip(" ,")
    schedule = None
    first = _SCHEDULE_FIRST_RE.match(text)
    if first:
        schedule, text = first.group("label"), first.group("rest")
    else:
        match = _SCHEDULE_RE.search(text)
        if match and match.start() > 0:
            schedule = match.group("label")
            text = (text[: match.start()] + text[match.end():]).strip(" ,")
    if not text:
        raise _unreadable(original)

    steps = _parse_steps(text, original)
    for index, step in enumerate(steps):
        if step.kind is Kind.SCHEDULE:
            schedule = step.label
            steps = steps[index + 1:]
            break
    if not steps and schedule is None:
        raise _unreadable(original)
    return CitationPath(steps=tuple(steps), schedule=schedule, text=original, instrument=instrument,
                        relative=relative)


def _parse_steps(text: str, original: str) -> list[Step]:
    compact = text.replace(" ", "")
    if (text[0].isdigit() or text[0] == "(" or " " not in text) and _COMPACT_RE.match(compact) \
            and not re.match(r"^[A-Za-z]{3,}", text):
        return _expand(compact, None)
    # "subparagraph 2) of paragraph 1 of Article 9" lists the innermost first;
    # "Article 4, paragraph 3, subparagraph 2)" the outermost first.
    pieces = [p.strip(" ,") for p in re.split(r"\s+of\s+|\s*,\s*|\s+in\s+", text) if p.strip(" ,")]
    groups: list[list[Step]] = []
    for piece in pieces:
        piece = re.sub(r"^(?:the|this)\s", "", piece, flags=re.I)
        match = _PIECE_RE.match(piece)
        if match is None:
            bare = piece.replace(" ", "")
            if _COMPACT_RE.match(bare):
                groups.append(_expand(bare, None))
                continue
            pairs = _pairs(piece)
            if not pairs:
                raise _unreadable(original)
            groups.extend(_expand(label, _kind_word(word, original)) for word, label in pairs)
            continue
        kind = _kind_word(match.group("word"), original)
        groups.append(_expand(match.group("label").replace(" ", ""), kind))
    if not groups:
        raise _unreadable(original)
    ordered = _outer_first(groups)
    return [step for group in ordered for step in group]


def _kind_word(word: str, original: str) -> Kind:
    kind = UNIT_WORDS.get(word.lower().rstrip("."))
    if kind is None:
        raise CitationError(f"unknown unit word {word!r} in citation {original!r}; "
                            "expected article, section, subsection, paragraph, Part, Schedule …")
    return kind


def _pairs(piece: str) -> list[tuple[str, str]]:
    """``Article 4 paragraph 3`` -> [("Article", "4"), ("paragraph", "3")], or [] unless the pairs cover the piece."""
    pairs = []
    position = 0
    for match in _PAIR_RE.finditer(piece):
        if match.start() != position:
            return []
        pairs.append((match.group("word"), match.group("label")))
        position = match.end()
    return pairs if position == len(piece) and len(pairs) > 1 else []


_DEPTH = {
    Kind.SCHEDULE: 0, Kind.PART: 1, Kind.CHAPTER: 1, Kind.DIVISION: 2, Kind.SUBPART: 2, Kind.SUBDIVISION: 3,
    Kind.ARTICLE: 4, Kind.SECTION: 4, Kind.SUBSECTION: 5, Kind.PARAGRAPH: 6, Kind.SUBPARAGRAPH: 7,
    Kind.CLAUSE: 8, Kind.SUBCLAUSE: 9, Kind.DEFINITION: 6,
}


def _outer_first(groups: list[list[Step]]) -> list[list[Step]]:
    """Order groups from the outermost level: "paragraph 3 of Article 4" lists the inner one first."""
    if len(groups) < 2:
        return groups

    def depth(group: list[Step]) -> int:
        kinds = [s.kind for s in group if s.kind is not None]
        if group[0].kind is None and len(group) > 1:
            return 4  # "3(1)": starts at the section
        return _DEPTH.get(kinds[0], 5) if kinds else 4

    if depth(groups[0]) > depth(groups[-1]):
        return list(reversed(groups))
    return groups


# --------------------------------------------------------------------------
# Resolution
# --------------------------------------------------------------------------


def _same_label(a: str, b: str) -> bool:
    return a == b or a.lower() == b.lower()


def _child(provision: Provision, step: Step) -> Provision | None:
    if step.kind is Kind.DEFINITION:
        wanted = slug(step.label)
        for candidate in provision.walk():
            if candidate.kind is Kind.DEFINITION and slug(candidate.label) == wanted:
                return candidate
        return None
    exact = next((c for c in provision.children if c.label == step.label and c.kind is not Kind.DEFINITION), None)
    if exact is not None:
        return exact
    return next((c for c in provision.children
                 if _same_label(c.label, step.label) and c.kind is not Kind.DEFINITION), None)


def _scope(law: Law, citation: CitationPath) -> tuple[Provision, ...] | None:
    """The provisions a citation's first step is looked for in: the body, a schedule, or an attachment."""
    body = law.body
    if citation.instrument:
        wanted = citation.instrument.lower()
        attachment = next((p for p in body if p.kind is Kind.ATTACHMENT and p.heading.lower() == wanted), None)
        if attachment is not None:
            body = attachment.children
    if citation.schedule is not None:
        schedule = _find_container(body, Kind.SCHEDULE, citation.schedule)
        return schedule.children if schedule is not None else None
    return body


def _find_container(provisions: tuple[Provision, ...], kind: Kind, label: str) -> Provision | None:
    for top in provisions:
        for candidate in top.walk():
            if not candidate.is_container:
                break
            if candidate.kind is kind and _same_label(candidate.label, label):
                return candidate
    for top in provisions:  # containers below units do not occur; look deeper only as a last resort
        for candidate in top.walk():
            if candidate.is_container and candidate.kind is kind and _same_label(candidate.label, label):
                return candidate
    return None


def _units(provisions: tuple[Provision, ...]) -> list[Provision]:
    """Articles and sections among ``provisions`` and in their containers, schedules and attachments excluded."""
    found: list[Provision] = []
    stack = list(reversed(provisions))
    while stack:
        provision = stack.pop()
        if provision.kind in (Kind.SCHEDULE, Kind.ATTACHMENT):
            continue
        if provision.is_container:
            stack.extend(reversed(provision.children))
        else:
            found.append(provision)
    return found


class _UnitIndex:
    """Articles and sections by label, per scope (the body, each schedule, each attachment), built once per law."""

    def __init__(self) -> None:
        self.scopes: dict[int, dict[str, Provision]] = {}

    def lookup(self, scope: tuple[Provision, ...], label: str) -> Provision | None:
        table = self.scopes.get(id(scope))
        if table is None:
            table = {}
            for unit in _units(scope):
                table.setdefault(unit.label, unit)
                table.setdefault(unit.label.lower(), unit)
            self.scopes[id(scope)] = table
        return table.get(label) or table.get(label.lower())


_INDEXES: dict[int, tuple[weakref.ref[Law], _UnitIndex]] = {}


def _index(law: Law) -> _UnitIndex:
    key = id(law)
    entry = _INDEXES.get(key)
    if entry is not None and entry[0]() is law:
        return entry[1]
    index = _UnitIndex()
    _INDEXES[key] = (weakref.ref(law, lambda _ref, key=key: _INDEXES.pop(key, None)), index)
    return index


def find(law: Law, citation: CitationPath, *, within: str | None = None) -> Provision | None:
    """The provision a parsed citation names, or ``None``.

    ``within`` is the eId of the citing provision; it anchors citations that
    are relative to it ("paragraph 2 of this Article").
    """
    if citation.eid is not None:
        return law.get(citation.eid)
    steps = list(citation.steps)
    if citation.relative is not None:
        anchor = _anchor(law, within, citation.relative)
        if anchor is None:
            return None
        current: Provision | None = anchor
        for step in steps:
            current = _child(current, step) if current is not None else None
        return current
    scope = _scope(law, citation)
    if scope is None:
        return None
    if not steps:
        return _find_container(law.body, Kind.SCHEDULE, citation.schedule) if citation.schedule else None
    first, rest = steps[0], steps[1:]
    current = None
    if first.kind in CONTAINER_KINDS:
        current = _find_container(scope, first.kind, first.label)
        while current is not None and rest and rest[0].kind in CONTAINER_KINDS:
            current = _find_container(current.children, rest[0].kind, rest[0].label)
            rest = rest[1:]
        if current is not None and rest:
            units = _units(current.children)
            current = next((u for u in units if _same_label(u.label, rest[0].label)), None)
            rest = rest[1:]
    else:
        current = _index(law).lookup(scope, first.label)
        if current is None and first.kind in (Kind.SECTION, Kind.PART, None):
            current = _find_container(scope, Kind.PART, first.label) if first.kind is Kind.SECTION else None
    for step in rest:
        if current is None:
            return None
        current = _child(current, step)
    return current


def _anchor(law: Law, within: str | None, kind: Kind) -> Provision | None:
    if within is None:
        return None
    provision = law.get(within)
    if provision is None:
        return None
    for candidate in [provision, *law.ancestors(within)]:
        if candidate.kind is kind or (kind is Kind.ARTICLE and candidate.kind is Kind.SECTION) \
                or (kind is Kind.SECTION and candidate.kind is Kind.ARTICLE):
            return candidate
    return None


def resolve(law: Law, text: str, *, within: str | None = None) -> Provision:
    """The provision named by ``text`` in ``law``; :class:`CitationError` naming the law if there is none."""
    where = law.path or None
    try:
        citation = parse_citation(text)
    except CitationError as error:
        raise CitationError(error.message, where=where) from None
    found = find(law, citation, within=within)
    if found is None:
        hint = suggestions(law, citation)
        raise CitationError(f"no provision {text.strip()!r} in this law{'; ' + hint if hint else ''}", where=where)
    return found


def suggestions(law: Law, citation: CitationPath) -> str:
    """A short hint for a citation that names nothing: the nearest labels that exist."""
    if citation.eid is not None:
        return _eid_hint(law, citation.eid)
    if citation.relative is not None:
        return (f"the citation is relative to the provision that makes it ('this {citation.relative.value}'); "
                "give it in full, e.g. 'paragraph 2 of Article 4'")
    if not citation.steps:
        return ""
    scope = _scope(law, citation)
    if scope is None:
        schedules = [p.label for p in law.walk() if p.kind is Kind.SCHEDULE]
        return f"schedules: {', '.join(schedules)}" if schedules else "the law has no schedules"
    first = citation.steps[0]
    if first.kind in CONTAINER_KINDS:
        labels = [p.label for top in scope for p in top.walk() if p.kind is first.kind]
        word = first.kind.value
        return f"{word}s: {', '.join(labels[:12])}" if labels else f"the law has no {word}s"
    units = _units(scope)
    current = next((u for u in units if _same_label(u.label, first.label)), None)
    if current is None:
        near = _nearest([u.label for u in units], first.label)
        word = "articles" if units and units[0].kind is Kind.ARTICLE else "sections"
        return f"nearest {word}: {', '.join(near)}" if near else ""
    for step in citation.steps[1:]:
        nxt = _child(current, step)
        if nxt is None:
            kids = [c.marker or c.label for c in current.children if c.kind is not Kind.DEFINITION]
            if step.kind is Kind.DEFINITION:
                terms = [p.label for p in current.walk() if p.kind is Kind.DEFINITION]
                return (f"{current.citation} defines {', '.join(terms[:8])}{' …' if len(terms) > 8 else ''}"
                        if terms else f"{current.citation} has no definitions")
            if not kids:
                return f"{current.citation} has no subdivisions"
            shown = ", ".join(kids[:12]) + (" …" if len(kids) > 12 else "")
            return f"{current.citation} has {shown}"
        current = nxt
    return ""


def _eid_hint(law: Law, eid: str) -> str:
    parts = eid.split("__")
    for cut in range(len(parts) - 1, 0, -1):
        parent = law.get("__".join(parts[:cut]))
        if parent is not None:
            kids = [c.eid for c in parent.children][:8]
            return f"{parent.eid} contains {', '.join(kids)}" if kids else f"{parent.eid} has no subdivisions"
    return ""


def _nearest(labels: list[str], wanted: str) -> list[str]:
    """Up to three labels closest to ``wanted`` in the law's own order."""
    if not labels:
        return []
    try:
        key = label_key(wanted)
    except (TypeError, ValueError):  # pragma: no cover - label_key accepts any text
        return labels[:3]
    ordered = sorted(set(labels), key=label_key)
    position = 0
    for position, label in enumerate(ordered):  # noqa: B007 - the position is used after the loop
        if label_key(label) >= key:
            break
    start = max(0, position - 1)
    return ordered[start:start + 3]
