"""The value objects that flow through Suffrage.

Everything here is an immutable attrs class with no behaviour beyond what its
own data implies: a :class:`Law` is a tree of :class:`Provision` objects, a
:class:`Draft` an ordered list of :class:`Operation` objects, a
:class:`Finding` what a rule found where, and a :class:`Report` the one object
every output format renders. Parsing, amending, checking and rendering live in
their own modules and only exchange these values.

Naming follows Akoma Ntoso: every provision has an ``eid`` such as
``art_20-1__para_3__point_2`` or ``sec_143__subsec_3.1__para_a``
(the *contract* used by reports, waivers and the ledger), and a ``citation``
in the law's own style ("Article 20-1(3)", "subsection 143(3.1)").
"""

from __future__ import annotations

import enum
from collections.abc import Iterator, Mapping
from datetime import date
from functools import cached_property
from typing import Any

import attrs
from attrs import field, frozen

__all__ = [
    "Tradition",
    "Kind",
    "CONTAINER_KINDS",
    "Provision",
    "Law",
    "OP_KINDS",
    "Operation",
    "Draft",
    "UnparsedLine",
    "Problem",
    "Change",
    "Fact",
    "Severity",
    "SEVERITIES",
    "CitedText",
    "Location",
    "Waiver",
    "Finding",
    "RulesetRef",
    "ImpactEntry",
    "Report",
]


class Tradition(str, enum.Enum):
    """The numbering tradition of a law (ARCHITECTURE §3)."""

    CIS = "cis"  # Article 20-1. / 1. / 1-1. / 1)
    COMMONWEALTH = "commonwealth"  # 56.1 (1) (a) (i) (A)

    def __str__(self) -> str:  # pragma: no cover - trivial
        return self.value


class Kind(str, enum.Enum):
    """What a provision is. Containers group units; units carry the law's text."""

    PART = "part"
    CHAPTER = "chapter"
    DIVISION = "division"
    SUBPART = "subpart"
    SUBDIVISION = "subdivision"
    SCHEDULE = "schedule"
    #: An instrument printed after the law proper, e.g. the transitional provisions of
    #: amendment Acts appended to a New Zealand reprint (eId prefix ``att``).
    ATTACHMENT = "attachment"
    ARTICLE = "article"
    SECTION = "section"
    SUBSECTION = "subsection"
    PARAGRAPH = "paragraph"
    SUBPARAGRAPH = "subparagraph"
    CLAUSE = "clause"
    SUBCLAUSE = "subclause"
    DEFINITION = "definition"

    def __str__(self) -> str:  # pragma: no cover - trivial
        return self.value


CONTAINER_KINDS = frozenset(
    {Kind.PART, Kind.CHAPTER, Kind.DIVISION, Kind.SUBPART, Kind.SUBDIVISION, Kind.SCHEDULE, Kind.ATTACHMENT}
)


@frozen
class Provision:
    """One provision of a law, with its children.

    ``text`` is the provision's own words before its children (the lead-in, or
    the whole text of a leaf); ``tail`` the words after its children ("shall
    be entitled to enrolment."). ``heading`` is a heading, title or marginal
    note; ``crossheading`` the group heading printed above it, if any.
    ``line``/``end_line`` are 1-based line numbers in the source file.
    A repealed provision keeps its place with ``repealed=True`` and the
    printed marker (``[Repealed, 2018, c. 31, s. 3]``) in ``note``.
    ``marker`` is the label as printed (``Article 20-1.``, ``1.``, ``2)``,
    ``(3.1)``, ``56.1``); ``history`` holds editorial notes such as New
    Zealand history notes and Kazakh "Footnote." lines.
    """

    kind: Kind
    label: str
    eid: str
    citation: str
    heading: str = ""
    text: str = ""
    tail: str = ""
    children: tuple[Provision, ...] = ()
    line: int = 0
    end_line: int = 0
    repealed: bool = False
    note: str = ""
    history: tuple[str, ...] = ()
    crossheading: str = ""
    marker: str = ""

    @property
    def is_container(self) -> bool:
        return self.kind in CONTAINER_KINDS

    def walk(self) -> Iterator[Provision]:
        """This provision and all its descendants, in document order."""
        yield self
        for child in self.children:
            yield from child.walk()

    def full_text(self) -> str:
        """Text, children and tail as one string, the way a reader sees the provision."""
        parts = [self.text] if self.text else []
        parts.extend(child.printed() for child in self.children)
        if self.tail:
            parts.append(self.tail)
        return "\n".join(p for p in parts if p)

    def printed(self) -> str:
        """The provision as printed: label, then its full text (headings excluded)."""
        mark = self.printed_label()
        body = self.note if self.repealed and self.note else self.full_text()
        return f"{mark} {body}".strip() if mark else body

    def printed_label(self) -> str:
        """The label in its printed numbering style: ``Article 4.``, ``(3.1)``, ``1.``, ``2)``, ``56.1``."""
        return self.marker


@frozen
class Law:
    """A statute as a tree of provisions.

    ``body`` holds the top-level provisions (containers or articles/sections).
    ``path`` is where the text was read from, ``preamble`` the words before
    the first provision (title block, enacting formula, footnotes).
    """

    title: str
    tradition: Tradition
    body: tuple[Provision, ...]
    path: str = ""
    preamble: str = ""
    line_count: int = 0

    def walk(self) -> Iterator[Provision]:
        """Every provision, containers included, in document order."""
        for top in self.body:
            yield from top.walk()

    @cached_property
    def _index(self) -> Mapping[str, Provision]:
        return {p.eid: p for p in self.walk()}

    @cached_property
    def _parents(self) -> Mapping[str, str]:
        parents: dict[str, str] = {}
        for provision in self.walk():
            for child in provision.children:
                parents[child.eid] = provision.eid
        return parents

    def get(self, eid: str) -> Provision | None:
        """The provision with this eId, or ``None``."""
        return self._index.get(eid)

    def parent(self, eid: str) -> Provision | None:
        """The provision (or container) that contains ``eid``, or ``None`` at top level."""
        parent = self._parents.get(eid)
        return self._index[parent] if parent else None

    def ancestors(self, eid: str) -> list[Provision]:
        """The chain of containing provisions, innermost first."""
        chain = []
        current = self.parent(eid)
        while current is not None:
            chain.append(current)
            current = self.parent(current.eid)
        return chain

    @property
    def units(self) -> list[Provision]:
        """Provisions that carry the law's text (containers excluded)."""
        return [p for p in self.walk() if not p.is_container]

    @property
    def provision_count(self) -> int:
        return len(self.units)


OP_KINDS = (
    "replace",
    "insert-after",
    "insert-before",
    "append",
    "repeal",
    "replace-words",
    "insert-words",
    "repeal-words",
    "renumber",
)


@frozen
class Operation:
    """One amending operation of a draft, in the order the draft gives it.

    ``target`` is the provision acted on, as an eId or as the citation the
    bill wrote ("Article 4(1)"); it is resolved against the law when the
    draft is applied. Unit operations carry the new unit in ``text`` (the
    printed text, label included where the bill gives one). Word operations
    carry the affected ``words``; ``replacement`` the new words;
    ``occurrence`` is ``"first"``, ``"all"`` or an ordinal like ``"2"``;
    ``until`` closes a span ("the words from A to B"; ``"end"`` for "to the end");
    ``position`` is ``"before"``/``"after"``/``"end"`` for insert-words, with
    ``anchor`` the words it is placed against. ``new_label`` is the label a
    renumbered or inserted unit receives. ``line`` and ``source`` point back to
    the instruction in the bill.

    ``through`` closes a range of units ("Subsections 57(3) to (5)": target
    ``subsection 57(3)``, through ``subsection 57(5)``). ``act`` names the act
    amended when a bill amends several and this operation is not about the
    draft's own law (``""``: the draft's law); such operations are recognised
    but not applied. ``occurrence`` may also be ``"last"`` ("striking out
    “and” at the end of paragraph (a)"). ``portion`` narrows a unit operation:
    ``"heading"``, ``"crossheading"`` (the heading before it),
    ``"with-crossheading"``, ``"before (a)"``/``"after (b)"`` (the words
    before or after a sub-unit), ``"part 2"`` (the second unnumbered part).
    """

    action: str = field(validator=attrs.validators.in_(OP_KINDS))
    target: str
    text: str | None = None
    words: str | None = None
    replacement: str | None = None
    occurrence: str = "first"
    until: str | None = None
    position: str | None = None
    anchor: str | None = None
    new_label: str | None = None
    portion: str | None = None
    id: str = ""
    rationale: str = ""
    line: int | None = None
    source: str = ""
    through: str | None = None
    act: str = ""


@frozen
class UnparsedLine:
    """A line of a bill that looks like an instruction but was not understood.

    ``act`` names the act the line amends when that is not the draft's own law.
    """

    line: int
    text: str
    reason: str
    act: str = ""


@frozen
class Draft:
    """An ordered list of amending operations on one law, with its dates.

    ``effective`` is when the amendments take effect; ``election`` the date
    of the next election (for the Venice Code's one-year rule).
    ``unparsed`` lists bill lines that were not understood (warnings, or
    errors with ``--strict``); ``conditional`` lists coordinating or
    conditional amendments recognised and deliberately not applied.
    """

    title: str
    operations: tuple[Operation, ...] = ()
    law: str | None = None
    effective: date | None = None
    election: date | None = None
    path: str = ""
    unparsed: tuple[UnparsedLine, ...] = ()
    conditional: tuple[UnparsedLine, ...] = ()


@frozen
class Problem:
    """Why an operation could not be applied cleanly (never an exception).

    ``kind`` is ``"missing-target"``, ``"conflict"``, ``"repealed-target"``,
    ``"words-not-found"`` or ``"conditional"``; ``topic`` the integrity topic
    it is reported under.
    """

    kind: str
    topic: str
    message: str
    operation: int
    target: str = ""
    line: int | None = None


@frozen
class Change:
    """What applying a draft did to one provision: before/after text and a unified diff."""

    eid: str
    citation: str
    action: str  # replaced | inserted | repealed | amended | renumbered
    before: str
    after: str
    diff: str
    operations: tuple[int, ...] = ()
    new_eid: str | None = None


@frozen
class Fact:
    """Something a provision says, in a language-neutral shape, with its evidence.

    ``name`` is a dotted fact name (``voting.min_age``), ``value`` a JSON-native
    value, ``evidence`` the words it was read from and ``span`` their offsets in
    the text given to the extractor. ``attrs`` carries qualifiers such as the
    office a candidacy age applies to, or whether a court decides.
    """

    name: str
    value: Any
    evidence: str
    span: tuple[int, int] = (0, 0)
    attrs: Mapping[str, Any] = field(factory=dict, hash=False)


class Severity(str, enum.Enum):
    ERROR = "error"
    WARNING = "warning"
    INFO = "info"

    @property
    def rank(self) -> int:
        return {"error": 3, "warning": 2, "info": 1}[self.value]

    def __str__(self) -> str:  # pragma: no cover - trivial
        return self.value


SEVERITIES = tuple(s.value for s in Severity)


@frozen
class CitedText:
    """A provision of an international standard: identifier, text and source."""

    id: str
    text: str
    source: str = ""
    verified: bool = True


@frozen
class Location:
    """Where in the law a finding is: eId, citation in the law's style, line."""

    eid: str
    label: str
    line: int | None = None
    path: str = ""


@frozen
class Waiver:
    """A justified suppression of one finding (by fingerprint, or rule + provision).

    ``source`` and ``line`` say where the waiver was written: a waivers file,
    or (``inline=True``) a ``suffrage: waive RULE -- reason`` line in the law
    or the bill itself.
    """

    reason: str
    fingerprint: str | None = None
    rule: str | None = None
    eid: str | None = None
    expires: date | None = None
    author: str = ""
    source: str = ""
    line: int | None = None
    inline: bool = False


@frozen
class Finding:
    """What one rule found at one provision.

    ``fingerprint`` identifies the finding across runs (rule + eId + evidence),
    so that a check can say whether a draft ``introduced``, kept
    (``persisting``) or ``resolved`` it. ``via`` is the chain of references
    when the provision was re-evaluated because something it refers to changed.
    ``baselined`` marks a finding recorded in the ``--baseline`` file: it is
    reported but does not count against the gate.
    """

    rule: str
    name: str
    topic: str
    severity: Severity
    message: str
    location: Location
    evidence: str
    citations: tuple[CitedText, ...]
    fingerprint: str
    status: str | None = None
    waiver: Waiver | None = None
    via: tuple[str, ...] = ()
    baselined: bool = False

    @property
    def waived(self) -> bool:
        return self.waiver is not None


@frozen
class RulesetRef:
    id: str
    version: str
    title: str = ""


@frozen
class ImpactEntry:
    """A provision reached by a change through cross-references; ``path`` runs from it to the changed one."""

    eid: str
    label: str
    path: tuple[str, ...]


@frozen
class Report:
    """The outcome of one ``review`` or ``check`` run: what every output format renders.

    ``command`` is ``"review"`` or ``"check"``. For a check, ``findings``
    carry a ``status`` and ``changes``/``impact`` describe the draft.
    ``notes`` are warnings about the run itself (unparsed bill lines, unused
    or expired waivers); a note that concerns one place of one file starts
    with ``path:line: ``. ``baseline`` is the baseline file applied, if any.
    """

    command: str
    law_title: str
    law_path: str
    provisions: int
    rulesets: tuple[RulesetRef, ...]
    findings: tuple[Finding, ...]
    tool_version: str = "0.1.0"
    draft_title: str | None = None
    draft_path: str | None = None
    effective: date | None = None
    election: date | None = None
    changes: tuple[Change, ...] = ()
    impact: tuple[ImpactEntry, ...] = ()
    notes: tuple[str, ...] = ()
    baseline: str | None = None

    def gating(self) -> list[Finding]:
        """Findings that count against the CI gate: not waived, not resolved, not in the baseline."""
        return [f for f in self.findings if not f.waived and f.status != "resolved" and not f.baselined]

    def summary(self) -> dict[str, int]:
        counts = {s: 0 for s in SEVERITIES}
        for finding in self.gating():
            counts[finding.severity.value] += 1
        return counts
