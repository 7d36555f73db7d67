"""eIds and citations: how a provision is named, for machines and for readers.

The eId (Akoma Ntoso naming convention, a contract) joins one component per
level with ``__``: ``art_20-1__para_3__point_2``, ``sec_143__subsec_3.1__para_a``.
Chapters, parts and divisions do not appear in the eIds of the articles and
sections they contain, because article and section numbers are unique across
them; schedules do (``sched_4__sec_14``), because each schedule numbers afresh.

Citations follow the law's own tradition: "Article 20-1(3)" in CIS-style
laws, "subsection 143(3.1)" and "paragraph 161(1)(a)" in Commonwealth ones.
"""

from __future__ import annotations

import re

from .model import CONTAINER_KINDS, Kind, Tradition

__all__ = ["EID_PREFIX", "PREFIX_KIND", "eid_component", "slug", "format_citation"]

#: eId prefix of each kind. CIS subparagraphs (``1)``) are Akoma Ntoso points.
EID_PREFIX: dict[tuple[Tradition | None, Kind], str] = {
    (None, Kind.PART): "part",
    (None, Kind.CHAPTER): "chp",
    (None, Kind.DIVISION): "dvs",
    (None, Kind.SUBPART): "subpart",
    (None, Kind.SUBDIVISION): "subdvs",
    (None, Kind.SCHEDULE): "sched",
    (None, Kind.ARTICLE): "art",
    (None, Kind.SECTION): "sec",
    (None, Kind.SUBSECTION): "subsec",
    (None, Kind.PARAGRAPH): "para",
    (None, Kind.SUBPARAGRAPH): "subpara",
    (None, Kind.CLAUSE): "clause",
    (None, Kind.SUBCLAUSE): "subclause",
    (None, Kind.DEFINITION): "def",
    (Tradition.CIS, Kind.SUBPARAGRAPH): "point",
    (Tradition.CIS, Kind.CLAUSE): "point",
    (Tradition.CIS, Kind.SUBCLAUSE): "point",
}

#: eId prefix -> kind, for reading eIds back (CIS ``point`` maps to subparagraph).
PREFIX_KIND: dict[str, Kind] = {prefix: kind for (trad, kind), prefix in EID_PREFIX.items() if trad is None}
PREFIX_KIND["point"] = Kind.SUBPARAGRAPH

_SLUG_RE = re.compile(r"[^0-9a-z]+")


def slug(text: str) -> str:
    """A definition term as an eId-safe slug: ``"Register of Electors"`` -> ``register-of-electors``."""
    return _SLUG_RE.sub("-", text.lower()).strip("-")[:60] or "term"


def eid_component(kind: Kind, label: str, tradition: Tradition) -> str:
    """One ``prefix_label`` component of an eId."""
    prefix = EID_PREFIX.get((tradition, kind)) or EID_PREFIX[(None, kind)]
    value = slug(label) if kind is Kind.DEFINITION else label.replace(" ", "")
    return f"{prefix}_{value}"


_WORDS = {
    Kind.SUBSECTION: "subsection",
    Kind.PARAGRAPH: "paragraph",
    Kind.SUBPARAGRAPH: "subparagraph",
    Kind.CLAUSE: "clause",
    Kind.SUBCLAUSE: "subclause",
}


def format_citation(path: list[tuple[Kind, str]], tradition: Tradition, *, article_word: str = "Article") -> str:
    """The citation of the provision reached by ``path`` (outermost first), in the law's style.

    ``path`` holds (kind, label) pairs from the top: containers that matter for
    naming (schedules), then the article or section, then its sub-units.
    """
    schedule = ""
    containers = [(k, lab) for k, lab in path if k in CONTAINER_KINDS]
    units = [(k, lab) for k, lab in path if k not in CONTAINER_KINDS]
    for kind, label in containers:
        if kind is Kind.SCHEDULE:
            schedule = f"Schedule {label}"
    if not units:
        kind, label = containers[-1]
        return f"{kind.value.title()} {label}"

    definition = None
    if units[-1][0] is Kind.DEFINITION:
        definition = units[-1][1]
        units = units[:-1]
    elif any(k is Kind.DEFINITION for k, _ in units):
        # A paragraph of a definition: cite it inside the definition.
        index = max(i for i, (k, _) in enumerate(units) if k is Kind.DEFINITION)
        inner = "".join(f"({lab})" for _, lab in units[index + 1:])
        holder = format_citation(path[: len(path) - (len(units) - index)], tradition, article_word=article_word)
        word = _WORDS.get(units[-1][0], "paragraph")
        return f"{word} {inner} of {holder}"

    top_kind, top_label = units[0]
    rest = "".join(f"({lab})" for _, lab in units[1:])
    if tradition is Tradition.CIS or top_kind is Kind.ARTICLE:
        word = article_word if top_kind is Kind.ARTICLE else "Section"
        text = f"{word} {top_label}{rest}"
    elif len(units) == 1:
        text = f"section {top_label}"
    else:
        text = f"{_WORDS.get(units[-1][0], 'provision')} {top_label}{rest}"
    if schedule:
        text = f"{text} of {schedule}"
    if definition is not None:
        text = f"the definition “{definition}” in {text}"
    return text
