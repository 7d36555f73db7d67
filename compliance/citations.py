"""Citations of provisions, in either tradition, parsed and resolved against a law.

A drafter names provisions the way the law does: "Article 20-1(3)",
"Article 4, paragraph 3, subparagraph 2)", "subparagraph 2) of paragraph 1 of
Article 9", "subsection 143(3.1)", "56.1(2)", "74(1)(a)(ii)", "Part 6AA",
"Schedule 1" — or by eId (``art_4__para_3``). :func:`parse_citation` turns
any of these into a :class:`CitationPath`; :func:`resolve` finds the
provision it names in a :class:`~compliance.model.Law`.

The bill parser and the cross-reference extractor build on the same two
functions, so a citation means the same thing everywhere.
"""

from __future__ import annotations

import re

from attrs import frozen

from .errors import CitationError
from .labels import label_key
from .model import CONTAINER_KINDS, Kind, Law, Provision
from .naming import PREFIX_KIND

__all__ = ["Step", "CitationPath", "parse_citation", "resolve", "find", "UNIT_WORDS"]

#: Words that name a kind of provision in citations (singular and plural, both traditions).
UNIT_WORDS: dict[str, Kind] = {
    "article": Kind.ARTICLE, "articles": Kind.ARTICLE, "art": Kind.ARTICLE, "arts": Kind.ARTICLE,
    "section": Kind.SECTION, "sections": Kind.SECTION, "s": Kind.SECTION, "ss": Kind.SECTION,
    "subsection": Kind.SUBSECTION, "subsections": Kind.SUBSECTION,
    "paragraph": Kind.PARAGRAPH, "paragraphs": Kind.PARAGRAPH, "para": Kind.PARAGRAPH, "paras": Kind.PARAGRAPH,
    "item": Kind.PARAGRAPH, "items": Kind.PARAGRAPH, "point": Kind.PARAGRAPH, "points": Kind.PARAGRAPH,
    "subparagraph": Kind.SUBPARAGRAPH, "subparagraphs": Kind.SUBPARAGRAPH,
    "sub-paragraph": Kind.SUBPARAGRAPH, "sub-paragraphs": Kind.SUBPARAGRAPH,
    "sub-item": Kind.SUBPARAGRAPH, "sub-items": Kind.SUBPARAGRAPH, "subitem": Kind.SUBPARAGRAPH,
    "subitems": Kind.SUBPARAGRAPH,
    "clause": Kind.CLAUSE, "clauses": Kind.CLAUSE, "subclause": Kind.SUBCLAUSE, "subclauses": Kind.SUBCLAUSE,
    "part": Kind.PART, "parts": Kind.PART, "chapter": Kind.CHAPTER, "chapters": Kind.CHAPTER,
    "division": Kind.DIVISION, "divisions": Kind.DIVISION, "subpart": Kind.SUBPART,
    "subdivision": Kind.SUBDIVISION, "schedule": Kind.SCHEDULE, "schedules": Kind.SCHEDULE,
}

_LABEL = r"[0-9]{1,4}[A-Za-z]{0,4}(?:[.\-][0-9]{1,3}[A-Za-z]{0,3}){0,3}|[IVXLC]{1,7}|[a-z]{1,4}(?:\.[0-9]{1,2})?|[A-Z]{1,3}"
_EID_RE = re.compile(r"^[a-z]{2,9}_[^\s_]+(?:__[a-z]{2,9}_[^\s_]+)*$")
_WORD_RE = re.compile(
    r"(?P<word>[A-Za-z][A-Za-z\-]{0,15})\.?\s+(?P<label>\(?(?:" + _LABEL + r")\)?(?:\((?:" + _LABEL + r")\))*\)?)",
)
_COMPACT_RE = re.compile(r"^(?P<head>" + _LABEL + r")(?P<rest>(?:\((?:" + _LABEL + r")\))*)$")
_PARENS_RE = re.compile(r"\(([^()]{1,12})\)")


@frozen
class Step:
    """One level of a citation: an optional kind word and a label (core form)."""

    label: str
    kind: Kind | None = None


@frozen
class CitationPath:
    """A parsed citation: levels from the outermost, plus an optional enclosing schedule.

    ``eid`` is set instead when the citation was an eId.
    """

    steps: tuple[Step, ...] = ()
    schedule: str | None = None
    eid: str | None = None
    text: str = ""


def _core(label: str) -> str:
    label = label.strip()
    if label.startswith("(") and label.endswith(")"):
        label = label[1:-1]
    return label.rstrip(").").strip()


def _expand(label: str, kind: Kind | None) -> list[Step]:
    """``74(1)(a)`` -> steps 74, 1, a (the kind word applies to the last level)."""
    label = label.strip().rstrip(".")
    if label.endswith(")") and not label.startswith("(") and "(" not in label:
        label = label[:-1]  # "2)" as a CIS subparagraph label
    head = label
    parens: list[str] = []
    if "(" in label and not label.startswith("("):
        head = label[: label.index("(")]
        parens = _PARENS_RE.findall(label[label.index("("):])
    elif label.startswith("("):
        head = ""
        parens = _PARENS_RE.findall(label)
    labels = ([head] if head else []) + parens
    if not labels:
        return []
    steps = [Step(_core(lab)) for lab in labels]
    if kind is not None:
        if len(steps) == 1 or kind in (Kind.ARTICLE, Kind.SECTION) or kind in CONTAINER_KINDS:
            steps[0] = Step(steps[0].label, kind)
        else:
            steps[-1] = Step(steps[-1].label, kind)
    return steps


def parse_citation(text: str) -> CitationPath:
    """Parse a citation in either tradition, or an eId; :class:`CitationError` if it is not one."""
    original = text
    text = " ".join(text.replace("\u00a0", " ").split()).strip().rstrip(".;,")
    if not text:
        raise CitationError("empty citation; expected e.g. 'Article 4(3)', '56.1(2)' or an eId like art_4__para_3")
    if _EID_RE.match(text) and text.split("_", 1)[0] in PREFIX_KIND:
        return CitationPath(eid=text, text=original)
    schedule = None
    match = re.search(r"\b(?:of|in|to)\s+(?:the\s+)?Schedule\s+(" + _LABEL + r")\b", text, re.I)
    if match:
        schedule = match.group(1)
        text = (text[: match.start()] + text[match.end():]).strip(" ,")
    text = re.sub(r"\s+of\s+(?:this|the)\s+(?:Constitutional\s+)?(?:Act|Law|Code)\b.*$", "", text, flags=re.I)
    compact = _COMPACT_RE.match(text.replace(" ", ""))
    if compact and not re.match(r"^[A-Za-z]{3,}", text):
        return CitationPath(steps=tuple(_expand(text.replace(" ", ""), None)), schedule=schedule, text=original)
    # Reverse-nested "subparagraph 2) of paragraph 1 of Article 9": outermost last.
    pieces = [p.strip(" ,") for p in re.split(r"\s+of\s+|\s*,\s*", text) if p.strip(" ,")]
    groups: list[list[Step]] = []
    for piece in pieces:
        found = list(_WORD_RE.finditer(piece))
        if not found:
            bare = _COMPACT_RE.match(piece.replace(" ", ""))
            if bare:
                groups.append(_expand(piece.replace(" ", ""), None))
                continue
            raise CitationError(f"cannot read {original!r} as a citation; expected e.g. 'Article 4(3)', "
                                "'subsection 56.1(2)', 'paragraph 3 of Article 4' or an eId")
        for item in found:
            word = item.group("word").lower().rstrip(".")
            kind = UNIT_WORDS.get(word)
            if kind is None:
                raise CitationError(f"unknown unit word {item.group('word')!r} in citation {original!r}")
            groups.append(_expand(item.group("label"), kind))
    if not groups:
        raise CitationError(f"cannot read {original!r} as a citation")
    order = _outer_first(groups)
    steps: list[Step] = [step for group in order for step in group]
    for index, step in enumerate(steps):
        if step.kind is Kind.SCHEDULE:
            schedule = step.label
            steps = steps[index + 1:]
            break
    return CitationPath(steps=tuple(steps), schedule=schedule, text=original)


_DEPTH = {
    Kind.SCHEDULE: 0, Kind.PART: 1, Kind.CHAPTER: 1, Kind.DIVISION: 2, Kind.SUBPART: 2, Kind.SUBDIVISION: 3,
    Kind.ARTICLE: 4, Kind.SECTION: 4, Kind.SUBSECTION: 5, Kind.PARAGRAPH: 6, Kind.SUBPARAGRAPH: 7,
    Kind.CLAUSE: 8, Kind.SUBCLAUSE: 9, Kind.DEFINITION: 6,
}


def _outer_first(groups: list[list[Step]]) -> list[list[Step]]:
    """Order groups from the outermost level: "paragraph 3 of Article 4" lists inner first."""
    if len(groups) < 2:
        return groups

    def depth(group: list[Step]) -> int:
        kind = group[0].kind
        return _DEPTH.get(kind, 5) if kind is not None else 4

    if depth(groups[0]) > depth(groups[-1]):
        return list(reversed(groups))
    return groups


def _children_by_label(provision: Provision, label: str) -> Provision | None:
    for child in provision.children:
        if child.label == label:
            return child
    lowered = label.lower()
    for child in provision.children:
        if child.label.lower() == lowered:
            return child
    return None


def _top_units(law: Law, schedule: str | None) -> list[Provision]:
    """Articles/sections (and containers) at the level a citation starts from."""
    result: list[Provision] = []

    def visit(provisions: tuple[Provision, ...], in_schedule: str | None) -> None:
        for provision in provisions:
            if provision.kind is Kind.SCHEDULE:
                visit(provision.children, provision.label)
            elif provision.is_container:
                result.append(provision)
                visit(provision.children, in_schedule)
            elif in_schedule == schedule:
                result.append(provision)

    visit(law.body, None)
    return result


def find(law: Law, citation: CitationPath) -> Provision | None:
    """The provision a parsed citation names, or ``None``."""
    if citation.eid is not None:
        return law.get(citation.eid)
    steps = list(citation.steps)
    if not steps:
        if citation.schedule is not None:
            return next((p for p in law.walk() if p.kind is Kind.SCHEDULE and p.label == citation.schedule), None)
        return None
    first = steps[0]
    candidates = _top_units(law, citation.schedule)
    if first.kind in CONTAINER_KINDS:
        pool = [p for p in candidates if p.kind is first.kind]
    elif first.kind in (Kind.ARTICLE, Kind.SECTION):
        pool = [p for p in candidates if p.kind in (Kind.ARTICLE, Kind.SECTION)]
    else:
        pool = [p for p in candidates if not p.is_container]
    current = next((p for p in pool if p.label == first.label), None)
    if current is None:
        current = next((p for p in pool if p.label.lower() == first.label.lower()), None)
    if current is None:
        return None
    for step in steps[1:]:
        nxt = _children_by_label(current, step.label)
        if nxt is None and current.is_container:
            nxt = next((p for p in current.walk() if p.label == step.label and not p.is_container), None)
        if nxt is None:
            return None
        current = nxt
    return current


def resolve(law: Law, text: str) -> Provision:
    """The provision named by ``text`` in ``law``; :class:`CitationError` naming the law if there is none."""
    citation = parse_citation(text)
    found = find(law, citation)
    if found is None:
        raise CitationError(f"no provision {text!r} in this law{_suggest(law, citation)}", where=law.path or None)
    return found


def _suggest(law: Law, citation: CitationPath) -> str:
    if citation.eid is not None or not citation.steps:
        return ""
    first = citation.steps[0].label
    units = [p.label for p in _top_units(law, citation.schedule) if not p.is_container]
    if not units:
        return ""
    if first not in units:
        try:
            key = label_key(first)
            near = sorted(units, key=lambda lab: abs(_first_number(lab) - _first_number(first)))[:3]
            if key:
                return f" (nearest: {', '.join(sorted(near, key=label_key))})"
        except (TypeError, ValueError):
            return ""
    return " (the article or section exists, but not that subdivision of it)"


def _first_number(label: str) -> int:
    match = re.match(r"\d+", label)
    return int(match.group()) if match else 0
