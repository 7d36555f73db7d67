"""eIds and citations: how a provision is named, for machines and for readers.

The eId (Akoma Ntoso naming convention, a contract) joins one component per
level with ``__``: ``art_20-1__para_3__point_2``, ``sec_143__subsec_3.1__para_a``.
Chapters, parts and divisions do not appear in the eIds of the articles and
sections they contain, because article and section numbers are unique across
them; schedules and attachments do (``sched_4__sec_14``, ``att_1__sec_17``),
because each numbers afresh. A container nested in another carries its
parent's eId (``part_16.1__dvs_1``, ``part_6AA__subpart_1``), because
divisions and subparts restart in every part. A definition is named by its
term (``sec_2__subsec_1__def_polling-day``).

Citations follow the law's own tradition: "Article 20-1(3)" in CIS-style
laws, "subsection 143(3.1)" and "paragraph 161(1)(a)" in Commonwealth ones.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from .model import CONTAINER_KINDS, Kind, Tradition

__all__ = ["EID_PREFIX", "PREFIX_KIND", "eid_component", "slug", "format_citation", "container_word"]

#: eId prefix of each kind. CIS subparagraphs (``1)``) are Akoma Ntoso points.
EID_PREFIX: dict[tuple[Tradition | None, Kind], str] = {
    (None, Kind.PART): "part",
    (None, Kind.CHAPTER): "chp",
    (None, Kind.DIVISION): "dvs",
    (None, Kind.SUBPART): "subpart",
    (None, Kind.SUBDIVISION): "subdvs",
    (None, Kind.SCHEDULE): "sched",
    (None, Kind.ATTACHMENT): "att",
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

_SLUG_RE = re.compile(r"[\W_]+")


def slug(text: str) -> str:
    """A definition term as an eId-safe slug: ``"Register of Electors"`` -> ``register-of-electors``.

    Letters of any script are kept (a Russian term stays readable); everything
    else, ``_`` included (it separates eId components), becomes one ``-``.
    """
    return _SLUG_RE.sub("-", text.lower()).strip("-")[:60].strip("-") or "term"


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

#: Containers that number afresh inside their parent and are cited with it
#: ("Division 1 of Part 16.1"); chapters and parts are cited alone.
_CHAINED = frozenset({Kind.DIVISION, Kind.SUBPART, Kind.SUBDIVISION})


def container_word(kind: Kind) -> str:
    """The word a container is cited by: ``Part``, ``Subdivision``, ``Schedule``."""
    return kind.value.title()


def format_citation(
    path: Sequence[tuple[Kind, str]],
    tradition: Tradition,
    *,
    article_word: str = "Article",
    word: str | None = None,
    attachment: str = "",
) -> str:
    """The citation of the provision reached by ``path`` (outermost first), in the law's style.

    ``path`` holds (kind, label) pairs from the top: containers, then the
    article or section, then its sub-units. Units are cited by their own
    numbering ("Article 20-1(3)", "subsection 56.1(2)", "paragraph 93(1)(a)");
    a unit of a schedule adds "of Schedule 4"; definitions are cited as
    'the definition “polling day” in subsection 2(1)'. A path that ends at a
    container cites the container ("Part 6AA", "Division 1 of Part 16.1");
    ``word`` overrides its word (a CIS "Section I" is a part).
    ``attachment`` is the title of an appended instrument the provision
    belongs to ("section 17 of the Electoral Amendment Act 2009").
    """
    containers = [(k, lab) for k, lab in path if k in CONTAINER_KINDS and k is not Kind.ATTACHMENT]
    units = [(k, lab) for k, lab in path if k not in CONTAINER_KINDS]
    schedule = next((f"Schedule {lab}" for k, lab in reversed(containers) if k is Kind.SCHEDULE), "")
    suffix = f" of the {attachment}" if attachment else ""
    if not units:
        if not containers:
            return attachment or ""
        kind, label = containers[-1]
        text = f"{word or container_word(kind)} {label}"
        if kind in _CHAINED:
            for outer_kind, outer_label in reversed(containers[:-1]):
                text += f" of {container_word(outer_kind)} {outer_label}"
                if outer_kind not in _CHAINED:
                    break
        if kind is not Kind.SCHEDULE and schedule and not text.endswith(schedule):
            text += f" of {schedule}"
        return text + suffix

    if units[-1][0] is Kind.DEFINITION:
        holder = format_citation(path[:-1], tradition, article_word=article_word, attachment=attachment)
        return f"the definition “{units[-1][1]}” in {holder}"
    if any(k is Kind.DEFINITION for k, _ in units):
        # A paragraph of a definition: cited inside the definition.
        index = max(i for i, (k, _) in enumerate(path) if k is Kind.DEFINITION)
        inner = "".join(f"({lab})" for _, lab in path[index + 1:])
        holder = format_citation(path[: index + 1], tradition, article_word=article_word, attachment=attachment)
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
    return text + suffix
