"""Statute text to a :class:`~compliance.model.Law`.

Reads plain text or Markdown in both numbering traditions (ARCHITECTURE §3):

* CIS style: ``Section I. ...``/``Chapter 2. ...`` containers, ``Article 20-1. Heading``
  (also ``Article 8.1``), paragraphs ``1.``/``1-1.``, subparagraphs ``1)``/``2-1)``,
  and deeper ``a)``/``(a)`` items;
* Commonwealth style: ``PART 1``/``Part I—...``/``Division 2``/``SUBDIVISION A``/
  ``Subpart 1—...``/``Schedule 1``, sections ``3``, ``56.1 (1)``, ``4B``, ``58.``,
  ``Section 4.``, ``§ 4``, subsections ``(2)``/``(3.1)``/``(2AA)``, paragraphs
  ``(a)``/``(a.1)``/``(ba)``, subparagraphs ``(i)``, clauses ``(A)``, subclauses ``(I)``,
  and definitions in interpretation provisions (``def_<term>`` children).

Nesting comes from the *numbering family* of each label, not from
indentation: a label of a family already open closes the deeper levels and
becomes their sibling; a new family opens a level under the deepest open
provision. Indentation, where the text has it, decides only where running
text after a list belongs (the "tail" of a provision). ``(i)`` is read as a
letter or a numeral from the labels around it.

Marginal notes and headings are attached to the provision they label (a
title line directly above a labelled line is its marginal note; one set off
by a blank line is a cross-heading); ``[Repealed, …]`` markers (also ranges
such as ``559 to 572 [Repealed, …]``), New Zealand history notes, ``Compare:``
lines, Australian ``Note:``/``Example:`` lines and Kazakh ``Footnote.`` lines
are recognised and kept as notes, never taken for provisions. Forms in
schedules stay text of their schedule. Instruments appended to a reprint
(New Zealand prints the transitional provisions of amendment Acts after the
schedules, each under its own title and ``Public Act 2009 No 1`` line) become
attachments, so their sections do not collide with the law's own.

Australian ``Penalty:`` paragraphs and provisions quoted inside another stay
words of the provision that holds them, and a few defects of the Australian
compilation (a lost term, a lost section number) are recovered with a note.
``docs/formats.md`` describes all of it, and how it was checked against the
real acts.

Every line of the input ends up in a provision, a heading, a note or the
preamble. Patterns are anchored (or start with a literal) and use bounded,
non-nested quantifiers, so parsing is linear in the size of the text.
"""

from __future__ import annotations

import os
import re
from pathlib import Path
from typing import NamedTuple

from .errors import LawTextError
from .labels import is_roman, label_key, next_label
from .model import Kind, Law, Provision, Tradition
from .naming import EID_PREFIX, format_citation, slug
from .textio import read_text

__all__ = ["parse_law", "read_law"]


def read_law(path: str | os.PathLike[str]) -> Law:
    """Read and parse the law at ``path`` (raises :class:`InputError` or :class:`LawTextError`)."""
    name = os.fspath(path)
    return parse_law(read_text(name, what="law"), path=name)


def parse_law(text: str, *, path: str = "<text>") -> Law:
    """Parse statute text into a :class:`Law`; :class:`LawTextError` when no provisions are found."""
    return _Parser(text, path).parse()


# --------------------------------------------------------------------------
# Line patterns. All are anchored; quantifiers are bounded or not nested, so
# matching is linear in the length of the line.
# --------------------------------------------------------------------------

_NOTE_RE = re.compile(
    r"^(?:(?:Section|Sections|Schedule|Part|Heading|Subpart|Clause|Clauses|Form|Subsection|Paragraph|Rule|"
    r"Division|Subdivision|Definition)\b[^:\n]{0,200}:[ ]{0,5}"
    r"(?:inserted|substituted|replaced|repealed|amended|added|expired|revoked|renumbered|brought into force|"
    r"omitted|relocated|corrected|heading|replaced)\b"
    r"|Compare:|Footnote\.|Note(?: \d{1,3})?:|Notes:|Example(?: \d{1,3})?:|Examples:)"
)
_CONTAINER_RE = re.compile(
    r"^(?P<word>PART|Part|CHAPTER|Chapter|DIVISION|Division|SUBDIVISION|Subdivision|SUBPART|Subpart|"
    r"SCHEDULE|Schedule|SECTION|Section)"
    r"[ ]{1,4}(?P<label>[0-9]{1,3}[A-Z]{0,3}(?:\.[0-9]{1,2}){0,2}|[IVXLC]{1,7}[A-Z]{0,2}|[A-Z]{1,2})"
    r"(?=$|[ .:—–-])(?P<rest>.*)$"
)
_ARTICLE_RE = re.compile(
    r"^(?:Article|ARTICLE|Art\.)[ ]{1,3}(?P<label>[0-9]{1,4}[A-Za-z]{0,2}(?:[-.][0-9]{1,3}[A-Za-z]?){0,3}|"
    r"[IVXLC]{1,6})(?P<rest>.*)$"
)
_SECTION_WORD_RE = re.compile(
    r"^(?:Section|SECTION|Sec\.|§{1,2})[ ]{0,3}(?P<label>[0-9]{1,4}[A-Za-z]{0,3}(?:[-.][0-9]{1,3}[A-Za-z]?){0,2})"
    r"(?P<rest>.*)$"
)
_SECTION_RE = re.compile(
    r"^(?P<label>[0-9]{1,4}[A-Z]{0,4}(?:\.[0-9]{1,3}[A-Z]{0,3}){0,3})(?P<dot>\.?)"
    r"(?:[ ]{1,4}to[ ]{1,4}(?P<to>[0-9]{1,4}[A-Z]{0,4}(?:\.[0-9]{1,3}[A-Z]{0,3}){0,3})\.?)?"
    r"[ ]{1,8}(?P<rest>\S.*)$"
)
_PAREN_RE = re.compile(
    r"^\((?P<label>[0-9]{1,3}[A-Z]{0,4}(?:\.[0-9]{1,3}[A-Za-z]{0,2}){0,2}|[a-z]{1,5}(?:\.[0-9]{1,2}){0,2}|"
    r"[A-Z]{1,5}(?:\.[0-9]{1,2}){0,2})\)(?:[ ]+(?P<rest>.*))?$"
)
_DOT_RE = re.compile(r"^(?P<label>[0-9]{1,3}[A-Z]{0,2}(?:-[0-9]{1,3}){0,3})\.(?:[ ]+(?P<rest>.*))?$")
_NUMPAREN_RE = re.compile(r"^(?P<label>[0-9]{1,3}(?:-[0-9]{1,3}){0,3})\)(?:[ ]+(?P<rest>.*))?$")
_ALPHAPAREN_RE = re.compile(r"^(?P<label>[a-z]{1,2}(?:-[0-9]{1,2})?)\)(?:[ ]+(?P<rest>.*))?$")
_REPEALED_RE = re.compile(r"^\[(?:Repealed|Revoked|Expired|Spent|Deleted|Excluded|Omitted)\b[^\]]{0,300}\]$", re.I)
_FORM_RE = re.compile(r"^(?:FORM|Form)[ ]{1,3}(?:[0-9]{1,3}[A-Z]{0,2}|[A-Z]{1,2})(?:$|[ .:—–-])")
#: The empowering provision printed under a schedule or form heading: "(Section 46)", "s 14", "Sections 183 and 200A".
_SCHEDULE_REF_RE = re.compile(
    r"^\(?(?:ss?|Sections?|Subsections?|Paragraphs?|Clauses?|Rules?|Regulations?|Articles?)[ ]{1,3}[0-9(][^\n]{0,300}$"
)
_PENALTY_RE = re.compile(r"^Penalty(?: for [^:\n]{1,100})?:")
_QUOTES = "\"“‘«„"
_ACT_PREFIXES = ("Public ", "Private ", "Local ", "Provincial ", "Imperial ")
_ACT_NUMBER_RE = re.compile(r"^(?:Public|Private|Local|Provincial|Imperial) Act [0-9]{4} No [0-9]{1,4}$")
#: The lead-in of a list of definitions: "The following definitions apply in this Part.",
#: "In this Act, unless the context otherwise requires,—", "In subsection (1):", "For the purposes of this section,—".
_DEFS_HOLDER_RE = re.compile(
    r"(?:^(?:In|For the purposes of) (?:this|these|that) (?i:Act|Part|Division|Subdivision|Subpart|sections?|"
    r"subsections?|Schedule|Law|Code|Chapter|Article|rule|regulation|paragraph)\b[^\n]{0,200}[:—,–-]$"
    r"|^(?:In|For the purposes of) (?i:sections?|subsections?|paragraphs?|Parts?|Divisions?|Schedules?) "
    r"[0-9(][^\n]{0,200}[:—,–-]$"
    r"|\b[Dd]efinitions in this\b|\b[Ff]ollowing definitions\b|\b[Tt]he following terms\b)"
)
#: The verb that follows a defined term: "elector means", "Organization includes:", "bribery has the meaning".
_DEF_VERB_RE = re.compile(
    r"[ ,](?:means|includes|(?:has|have) the (?:same )?meanings?|has a meaning|does not include|refers to)"
    r"(?=$|[ :,—–-])"
)
#: A term followed by its paragraphs: "adult—", "candidate,—".
_DEF_DASH_RE = re.compile(r"^(?P<term>[^\n]{1,160}?)[ ]?,?[ ]?[—–]$")
_DEF_REPEALED_RE = re.compile(r"^(?P<term>[^\[]{1,160}?)[ ]+\[(?:Repealed|Revoked)\b[^\]]{0,300}\]$")
_DEF_ORPHAN_RE = re.compile(r"^(?:means|includes)\b")
_SENTENCE_STARTERS = frozenset(
    "for in the this a an where if subject each every any no nothing to on at when unless despite notwithstanding "
    "however it such without with by as all".split()
)
_TRAILING_FUNCTION_WORDS = frozenset(
    "that who which of to and or the a an by for in is are if being any following where when as whose with "
    "than from on at be".split()
)
_TITLE_WORDS_RE = re.compile(r"\b(?:Act|Law|Code|Constitution|Statute|Regulations?|Ordinance)\b")

_MD_HEADING_RE = re.compile(r"^([ ]*)#{1,6}[ ]+")
_MD_QUOTE_RE = re.compile(r"^([ ]*)(?:>[ ]?){1,4}")
_MD_BULLET_RE = re.compile(r"^([ ]*)[-*+][ ]+(?=\(?[0-9A-Za-z]{1,6}[.)] )")
_MD_ESCAPE_RE = re.compile(r"\\([\\`*_{}\[\]()#+\-.!>|])")
_MD_LINK_RE = re.compile(r"(?<!!)\[([^\]\n]{1,300})\]\([^)\n]{0,500}\)")
_MD_RULE_RE = re.compile(r"^[ ]{0,3}(?:(?:-[ ]?){3,}|(?:\*[ ]?){3,}|(?:_[ ]?){3,}|```.*|~~~.*|\|?[ :|-]{3,})$")

_CONTAINER_WORDS = {
    "part": Kind.PART,
    "chapter": Kind.CHAPTER,
    "division": Kind.DIVISION,
    "subdivision": Kind.SUBDIVISION,
    "subpart": Kind.SUBPART,
    "schedule": Kind.SCHEDULE,
    "section": Kind.PART,  # "Section I. General Part" in CIS codes: a container above chapters
}
_SCHEDULE_SCOPES = frozenset({Kind.SCHEDULE, Kind.ATTACHMENT})
_RANK = {
    Kind.ATTACHMENT: -1, Kind.SCHEDULE: 0, Kind.PART: 1, Kind.CHAPTER: 2,
    Kind.DIVISION: 3, Kind.SUBPART: 3, Kind.SUBDIVISION: 4,
}

# Numbering families of sub-unit labels.
_PNUM, _PLOW, _PROM, _PUP, _PUROM, _DOT, _NUMP, _ALP, _DEF = (
    "(1)", "(a)", "(i)", "(A)", "(I)", "1.", "1)", "a)", "def",
)
_FAMILY_KIND = {
    _PNUM: Kind.SUBSECTION,
    _DOT: Kind.SUBSECTION,
    _PLOW: Kind.PARAGRAPH,
    _ALP: Kind.PARAGRAPH,
    _NUMP: Kind.PARAGRAPH,
    _PROM: Kind.SUBPARAGRAPH,
    _PUP: Kind.CLAUSE,
    _PUROM: Kind.SUBCLAUSE,
    _DEF: Kind.DEFINITION,
}
#: Kinds of sub-units of an article, by depth: paragraph (1.), subparagraph (1)), then deeper points.
_CIS_DEPTH_KIND = [Kind.PARAGRAPH, Kind.SUBPARAGRAPH, Kind.CLAUSE, Kind.SUBCLAUSE]
#: Families that may not open a level inside a definition (they number the provision holding it).
_OUTER_FAMILIES = frozenset({_PNUM, _DOT})


class _Node:
    """A provision under construction (mutable; frozen into a Provision at the end)."""

    __slots__ = (
        "kind", "label", "marker", "family", "indent", "heading", "crossheading", "text", "tail",
        "children", "line", "end_line", "repealed", "note", "history", "defs_holder", "rank", "word",
        "container",
    )

    def __init__(self, kind: Kind | None, label: str, marker: str, line: int, indent: int = 0,
                 family: str = "") -> None:
        self.kind = kind
        self.label = label
        self.marker = marker
        self.family = family
        self.indent = indent
        self.heading = ""
        self.crossheading = ""
        self.text: list[str] = []
        self.tail: list[str] = []
        self.children: list[_Node] = []
        self.line = line
        self.end_line = line
        self.repealed = False
        self.note = ""
        self.history: list[str] = []
        self.defs_holder = False
        self.rank = 0
        self.word = ""
        self.container = False

    def add_text(self, text: str, line: int, *, tail: bool = False) -> None:
        (self.tail if tail else self.text).append(text)
        self.end_line = max(self.end_line, line)


def _clean(line: str) -> str:
    """Remove Markdown decoration that is not part of the law's words (headings, quotes, bold, bullets)."""
    line = line.rstrip()
    if "\t" in line:
        line = line.expandtabs(4)
    if not line:
        return line
    if "#" in line:
        line = _MD_HEADING_RE.sub(r"\1", line)
    if ">" in line:
        line = _MD_QUOTE_RE.sub(r"\1", line)
    if "**" in line or "__" in line:
        line = line.replace("**", "").replace("__", "")
    if "](" in line:
        line = _MD_LINK_RE.sub(r"\1", line)
    if "\\" in line:
        line = _MD_ESCAPE_RE.sub(r"\1", line)
    first = line.lstrip()[:1]
    if first in ("-", "*", "+", "`", "~", "|", "_"):
        if _MD_RULE_RE.match(line):
            return ""
        line = _MD_BULLET_RE.sub(r"\1", line)
    return line.rstrip()


def _looks_like_title(text: str) -> bool:
    """A heading or marginal note, not a sentence of the law."""
    words = text.split()
    if not words or len(words) > 20:
        return False
    first = text[0]
    if not (first.isupper() or first.isdigit() or first in "“\"‘'"):
        return False
    if text[-1] in ".;:,—–-":
        if text.endswith(" etc."):  # "Power to enter into contracts, etc." is a marginal note
            return True
        return len(words) <= 6 and text[-1] == "." and not text.endswith("..")
    return words[-1].lower() not in _TRAILING_FUNCTION_WORDS


def _strip_sep(rest: str) -> tuple[str, str]:
    """Split the separator after a label (". ", " — ", ": ") from the words that follow it."""
    stripped = rest.lstrip(" .:—–-")
    return rest[: len(rest) - len(stripped)], stripped


def _opens_definitions(text: str) -> bool:
    """Whether ``text`` is the lead-in of a list of definitions."""
    if not text or (text[-1] not in ":—,–-" and "efinitions" not in text and "following terms" not in text):
        return False
    return bool(_DEFS_HOLDER_RE.search(text))


def _definition_term(line: str) -> tuple[str | None, bool]:
    """The term a definition line defines, and whether it is repealed; ``(None, False)`` for other lines."""
    repealed = False
    match = _DEF_VERB_RE.search(line, 0, 400)
    if match is not None:
        term = _unqualified(line[: match.start()])
    elif line[-1] in "—–":
        dash = _DEF_DASH_RE.match(line)
        if dash is None:
            return None, False
        term = _unqualified(dash.group("term"))
    elif line[-1] == "]":
        gone = _DEF_REPEALED_RE.match(line)
        if gone is None:
            return None, False
        term, repealed = gone.group("term"), True
    else:
        return None, False
    term = term.strip().strip("\"“”‘’'").strip()
    words = term.split()
    if not words or len(words) > 25 or len(term) > 160:
        return None, False
    if not (term[0].isalnum() or term[0] in "\"“‘'") or any(c in term for c in "();:[]"):
        return None, False
    if words[0].lower() in _SENTENCE_STARTERS and len(words) > 2:
        return None, False
    if words[-1].lower() in ("it", "they", "this", "that", "which", "he", "she", "who"):
        return None, False
    return term, repealed


def _successor(label: str) -> str | None:
    """The label after ``label`` in its own sequence: ``200C`` -> ``200D``, ``17`` -> ``18``."""
    if not label:
        return None
    last = label[-1]
    if last.isdigit():
        digits = len(label) - len(label.rstrip("0123456789"))
        return label[:-digits] + str(int(label[-digits:]) + 1)
    if last.isalpha() and last.upper() not in "Z":
        return label[:-1] + chr(ord(last) + 1)
    return None


_QUALIFIERS = ("in ", "when ", "for ", "with ", "as ", "other ", "except ", "unless ", "where ", "if ")


def _unqualified(term: str) -> str:
    """The term without its qualifier: "polling day, in relation to an election," -> "polling day".

    A comma that does not open a qualifier belongs to the term ("electoral
    advertisement, handbill, pamphlet or notice").
    """
    comma = term.find(",")
    if comma > 0 and term[comma + 1:].lstrip().startswith(_QUALIFIERS):
        return term[:comma]
    return term.rstrip(", ")


def _base(label: str) -> int:
    """The leading number of a label (``98AA`` -> 98, ``56.1`` -> 56), or -1."""
    digits = 0
    while digits < len(label) and label[digits].isdigit():
        digits += 1
    return int(label[:digits]) if digits else -1


class _Parser:
    """One pass over the lines; state is the open containers, the open unit and its open levels."""

    def __init__(self, text: str, path: str) -> None:
        self.path = path
        if text.startswith("\ufeff"):
            text = text[1:]
        raw = text.replace("\r\n", "\n").replace("\r", "\n").split("\n")
        self.lines = [_clean(line) for line in raw]
        self.root = _Node(None, "", "", 0)
        self.preamble: list[str] = []
        self.containers: list[_Node] = []
        self.unit: _Node | None = None
        self.levels: list[_Node] = []
        self.pending_heading = ""
        self.pending_cross: list[str] = []
        self.pending_notes: list[str] = []
        self.units_seen = 0
        self.attachments = 0
        self.index = 0
        self.in_form = False
        self.quote_indent: int | None = None
        self.penalty: _Node | None = None
        self.penalty_next = ""
        self._reset_scope()
        self.word_sections = False
        self.tradition = self._detect_tradition()
        #: eId prefix of each kind in this law's tradition (CIS subparagraphs are "point").
        self.prefixes = {kind: EID_PREFIX.get((self.tradition, kind)) or EID_PREFIX[(None, kind)] for kind in Kind}
        #: Lines that title an appended Act ("Electoral Amendment Act 2009" above "Public Act 2009 No 1").
        self.act_titles = {i - 1 for i, line in enumerate(self.lines)
                           if i and line.startswith(_ACT_PREFIXES) and _ACT_NUMBER_RE.match(line.strip())}

    def _reset_scope(self) -> None:
        """A schedule or an attachment numbers its sections afresh."""
        self.last_section: str | None = None
        self.section_indent: int | None = None
        self.scope_labels: set[str] = set()
        self._key_cache: tuple[str, tuple] = ("", ())

    # -- tradition ---------------------------------------------------------

    def _detect_tradition(self) -> Tradition:
        """CIS when article lines are at least a quarter as many as bare section lines.

        Also decides whether sections are written ``Section 4.``/``§ 4`` (then a
        bare number at the start of a line is never a section).
        """
        articles = sections = words = 0
        for line in self.lines:
            if not line:
                continue
            if line[0] == " ":
                stripped = line.lstrip()
                if len(line) - len(stripped) > 4:
                    continue  # deeply indented: quoted text, forms
                line = stripped
            first = line[0]
            if first == "A":
                match = _ARTICLE_RE.match(line)
                if match and self._unit_words(match.group("rest")) is not None:
                    articles += 1
            elif first in "S§":
                match = _SECTION_WORD_RE.match(line)
                if match and self._unit_words(match.group("rest")):
                    words += 1
            elif first.isdigit():
                match = _SECTION_RE.match(line)
                if match and not match.group("dot"):  # "1." numbers paragraphs as often as sections
                    sections += 1
        self.word_sections = words > 0 and words * 2 >= sections
        return Tradition.CIS if articles and articles * 4 >= sections else Tradition.COMMONWEALTH

    # -- main loop ---------------------------------------------------------

    def parse(self) -> Law:
        lines = self.lines
        for index, line in enumerate(lines):
            if not line:
                continue
            stripped = line.lstrip()
            if not stripped:
                continue
            number = index + 1
            self.index = index
            indent = len(line) - len(stripped)
            first = stripped[0]
            if first in "SPHCFNEDR" and _NOTE_RE.match(stripped):
                self._note(stripped, number)
                continue
            if self.quote_indent is not None:
                if indent > self.quote_indent or (indent == self.quote_indent and first in _QUOTES):
                    self._verbatim(stripped, number)
                    continue
                self.quote_indent = None
            if self.penalty is not None and self._penalty_line(stripped, number, indent):
                continue
            if index in self.act_titles and self.units_seen and self._try_attachment(stripped, number, index):
                continue
            if first in "PCDSpcds" and self._try_container(stripped, number, index):
                continue
            if self.in_form:
                self._container_text(stripped, number)
                continue
            if self.containers and self.containers[0].kind in _SCHEDULE_SCOPES and self._in_schedule():
                if first in "Ff" and _FORM_RE.match(stripped):
                    # A form: its numbered lines are the form's, not provisions of the schedule.
                    self._close_unit()
                    self.in_form = True
                    self._container_text(stripped, number)
                    continue
                if self.unit is None and first in "(SsPpCcRrA" and _SCHEDULE_REF_RE.match(stripped):
                    self._container_text(stripped, number)
                    continue
            if first in "AS§" and (self._try_article(stripped, number, indent)
                                   or self._try_section_word(stripped, number, indent)):
                continue
            if first.isdigit() and self._try_section(stripped, number, indent):
                continue
            if self.unit is not None and self._try_subunit(stripped, number, indent):
                continue
            if self.unit is not None and self._try_definition(stripped, number, indent):
                continue
            if first == "[" and _REPEALED_RE.match(stripped) and self._mark_repealed(stripped, number):
                continue
            if first == "P" and self.unit is not None and _PENALTY_RE.match(stripped):
                self._penalty_start(stripped, number)
                continue
            if self.unit is not None and self._try_lost_section(stripped, number, index, indent):
                continue
            if self._try_heading(stripped, number, index, indent):
                continue
            self._text(stripped, number, indent)
        return self._build()

    # -- structure ---------------------------------------------------------

    def _deepest(self) -> _Node | None:
        if self.levels:
            return self.levels[-1]
        if self.unit is not None:
            return self.unit
        return self.containers[-1] if self.containers else None

    def _in_schedule(self) -> bool:
        return any(c.kind is Kind.SCHEDULE for c in self.containers)

    def _close_unit(self) -> None:
        self.unit = None
        self.levels = []

    def _attach_top(self, node: _Node) -> None:
        parent = self.containers[-1] if self.containers else self.root
        parent.children.append(node)

    def _take_headings(self, node: _Node) -> None:
        if self.pending_heading:
            node.heading = self.pending_heading
            self.pending_heading = ""
        if self.pending_cross:
            node.crossheading = " — ".join(self.pending_cross)
            self.pending_cross = []
        if self.pending_notes:
            node.history.extend(self.pending_notes)
            self.pending_notes = []

    def _note(self, text: str, number: int) -> None:
        """A history note, ``Compare:`` line, footnote or note: kept with the provision it follows."""
        if (self.pending_cross or self.pending_heading) and text.startswith("Heading"):
            self.pending_notes.append(text)  # belongs to the cross-heading just read
            return
        node = self.unit or self._deepest()
        if node is None:
            self.preamble.append(text)
            return
        node.history.append(text)
        node.end_line = max(node.end_line, number)

    def _peek(self, index: int) -> tuple[int, str, bool]:
        """Index and stripped text of the next line that is not blank or a note; and whether a blank came first."""
        blank = False
        for j in range(index + 1, min(index + 60, len(self.lines))):
            candidate = self.lines[j].strip()
            if not candidate:
                blank = True
                continue
            if candidate[0] in "SPHCFNEDR" and _NOTE_RE.match(candidate):
                blank = True
                continue
            return j, candidate, blank
        return -1, "", blank

    def _container_text(self, stripped: str, number: int) -> None:
        """Text of a container outside any unit (a schedule's forms and lists, a part's introduction)."""
        self._flush_pending(number)
        if self.containers:
            self.containers[-1].add_text(stripped, number)
        else:
            self.preamble.append(stripped)

    def _try_attachment(self, stripped: str, number: int, index: int) -> bool:
        """A title followed by ``Public Act 2009 No 1``: an instrument appended to the law (New Zealand reprints)."""
        j = index + 1
        if len(stripped) > 200 or not _TITLE_WORDS_RE.search(stripped):
            return False
        self._close_unit()
        self.containers = []
        self.attachments += 1
        node = _Node(Kind.ATTACHMENT, str(self.attachments), "", number)
        node.heading = stripped
        node.rank = _RANK[Kind.ATTACHMENT]
        node.container = True
        node.add_text(self.lines[j].strip(), j + 1)
        self.lines[j] = ""
        self.pending_heading = ""
        self.pending_cross = []
        self.pending_notes = []
        self.in_form = False
        self._reset_scope()
        self.root.children.append(node)
        self.containers.append(node)
        return True

    def _try_container(self, stripped: str, number: int, index: int) -> bool:
        match = _CONTAINER_RE.match(stripped)
        if not match:
            return False
        word = match.group("word").lower()
        label = match.group("label")
        sep, rest = _strip_sep(match.group("rest"))
        if rest and (rest[0].islower() or rest[0] in "(,;[") or rest.startswith(("of ", "to ", "and ")):
            return False
        if rest.endswith(".") and len(rest.split()) > 12:
            return False
        if word == "section":
            # "Section I. General Part" is a container only in article-based codes;
            # "Section 4. Votes" is a unit.
            if self.tradition is not Tradition.CIS or not is_roman(label):
                return False
        kind = _CONTAINER_WORDS[word]
        rank = _RANK[kind]
        if kind is Kind.CHAPTER and not any(c.kind is Kind.PART for c in self.containers):
            rank = _RANK[Kind.PART]
        self._flush_pending(number)  # title lines before a container were text of what precedes it
        self._close_unit()
        while self.containers and self.containers[-1].rank >= rank:
            self.containers.pop()
        node = _Node(kind, label, f"{match.group('word')} {label}", number)
        node.rank = rank
        node.container = True
        node.word = match.group("word").title()
        if rest:
            node.heading = rest
        elif sep.strip() in ("", ".", ":"):
            # "Part 1" with "Electoral Commission" on the next line.
            j = index + 1
            following = self.lines[j].strip() if j < len(self.lines) else ""
            if following and _looks_like_title(following) and not self._is_labelled(following) \
                    and not _FORM_RE.match(following) and not _ACT_NUMBER_RE.match(following):
                self.lines[j] = ""
                node.heading = following
                node.end_line = j + 1
        if kind is Kind.SCHEDULE:
            self._reset_scope()
        self.in_form = False
        self._attach_top(node)
        self.containers.append(node)
        return True

    def _is_labelled(self, stripped: str) -> bool:
        """Whether a line starts with a provision label (used to look ahead for marginal notes)."""
        first = stripped[:1]
        if first == "(":
            return bool(_PAREN_RE.match(stripped))
        if first.isdigit():
            return bool(_SECTION_RE.match(stripped) or _DOT_RE.match(stripped) or _NUMPAREN_RE.match(stripped))
        if first in "AS§":
            return bool(_ARTICLE_RE.match(stripped) or _SECTION_WORD_RE.match(stripped))
        if first in "PCDSpcds" and _CONTAINER_RE.match(stripped):
            return True
        return first.islower() and len(stripped) > 2 and bool(_ALPHAPAREN_RE.match(stripped))

    def _open_unit(self, kind: Kind, label: str, marker: str, number: int, indent: int) -> _Node:
        self._close_unit()
        node = _Node(kind, label, marker, number, indent)
        self._take_headings(node)
        self._attach_top(node)
        self.unit = node
        self.units_seen += 1
        self.scope_labels.add(label)
        return node

    def _unit_words(self, rest: str) -> str | None:
        """What follows an ``Article 4``/``Section 4`` label, or ``None`` when the line is a reference to it."""
        if not rest:
            return ""
        if rest[0] not in " .:—–-":
            return None  # "Article 4(3) ...", "Article 4, paragraph 3"
        sep, words = _strip_sep(rest)
        if not words:
            return ""
        if words[0].islower():
            return None  # "Article 28 of this Law", "Section 3 applies"
        if words[0] in ",;":
            return None
        if not sep.strip() and words[0] == "(" and not _PAREN_RE.match(words.split(" ", 1)[0] + " x"):
            return None
        return words

    def _unit_rest(self, node: _Node, rest: str, number: int, indent: int, *, heading_first: bool,
                   decided: bool = False) -> None:
        """What follows the label on a unit's own line: a heading, a repeal marker, a first subsection, or text."""
        rest = rest.strip()
        if not rest:
            return
        if _REPEALED_RE.match(rest):
            node.repealed = True
            node.note = rest
            return
        if rest[0] in "(0123456789abcdefghijklmnopqrstuvwxyz" and self._try_subunit(rest, number, indent):
            return
        if heading_first and not node.heading:
            if decided or _looks_like_title(rest) or (len(rest.split()) <= 12 and not rest.endswith((".", ";", ":"))):
                node.heading = rest.rstrip(".")
                return
        node.add_text(rest, number)
        if _opens_definitions(rest):
            node.defs_holder = True

    def _try_article(self, stripped: str, number: int, indent: int) -> bool:
        if stripped[0] != "A" or self.tradition is not Tradition.CIS:
            return False
        match = _ARTICLE_RE.match(stripped)
        if not match:
            return False
        words = self._unit_words(match.group("rest"))
        if words is None:
            return False
        label = match.group("label")
        node = self._open_unit(Kind.ARTICLE, label, f"Article {label}.", number, indent)
        self._unit_rest(node, words, number, indent, heading_first=True)
        return True

    def _try_section_word(self, stripped: str, number: int, indent: int) -> bool:
        if stripped[0] == "A":
            return False
        match = _SECTION_WORD_RE.match(stripped)
        if not match:
            return False
        rest = match.group("rest")
        words = self._unit_words(rest)
        if words is None:
            return False
        if not rest and self.tradition is Tradition.COMMONWEALTH and not self.word_sections:
            return False  # a bare "Section 152" line is a reference, not a heading
        label = match.group("label")
        mark = "§" if stripped[0] == "§" else "Section"
        node = self._open_unit(Kind.SECTION, label, f"{mark} {label}." if mark == "Section" else f"§ {label}",
                               number, indent)
        self._unit_rest(node, words, number, indent, heading_first=True)
        return True

    def _try_section(self, stripped: str, number: int, indent: int) -> bool:
        """A Commonwealth section line: ``3 Every person …``, ``56.1 (1) …``, ``4 Heading``, ``58. The …``."""
        if self.tradition is Tradition.CIS or self.word_sections:
            return False
        match = _SECTION_RE.match(stripped)
        if not match:
            return False
        if self.section_indent is not None and indent > self.section_indent + 1:
            return False
        if self.section_indent is None and indent > 4:
            return False
        label, to, rest = match.group("label"), match.group("to"), match.group("rest")
        if to and not _REPEALED_RE.match(rest):
            return False
        if not self._plausible_section(label, rest, bool(match.group("dot"))):
            return False
        if self.section_indent is None:
            self.section_indent = indent
        marker = label + match.group("dot")
        if to:
            self._repealed_range(label, to, rest, number, indent)
            return True
        self.last_section = label
        node = self._open_unit(Kind.SECTION, label, marker, number, indent)
        # "3 Short title" (New Zealand, Australia) vs. "3 Every person ..." under a marginal note (Canada).
        after = self.index + 1
        body_below = after >= len(self.lines) or not self.lines[after].strip()
        heading_first = not node.heading and not match.group("dot") and (
            _looks_like_title(rest)
            # New Zealand and Australia print the heading alone on the section line, the body below it:
            # "152C How application under section 152A to be dealt with", "48A to elect 2 members …".
            or ((body_below or rest[0].islower()) and len(rest.split()) <= 30
                and not rest.endswith((".", ";", ":", ",", "—", "–")))
        )
        self._unit_rest(node, rest, number, indent, heading_first=heading_first, decided=heading_first)
        return True

    def _plausible_section(self, label: str, rest: str, dotted: bool) -> bool:
        """Whether a numbered line continues the sequence of sections (and is not a wrapped line or a list)."""
        first = rest[0]
        successor = False
        last = self.last_section
        if last is not None:
            if label in self.scope_labels:
                return False
            base, last_base = _base(label), _base(last)
            if label_key(label) > self._last_key():
                successor = base <= last_base + 1
            elif base != last_base:
                return False  # numbering goes back: not a section of this scope
            else:
                successor = True  # "98" after "98AA", "55A" after "55AA": inserted labels sort either way
        if first.isupper() or first in "[“\"‘'—":
            return True
        if first == "(":
            return bool(_PAREN_RE.match(rest.split(" ", 1)[0] + " x"))
        # A lower-case start is a section only where the source lost a word and the number runs on
        # ("48A to elect 2 members ..."), never for the first section of a scope.
        return successor and not dotted

    def _last_key(self) -> tuple:
        last = self.last_section or ""
        if self._key_cache[0] != last:
            self._key_cache = (last, label_key(last))
        return self._key_cache[1]

    def _repealed_range(self, first: str, last: str, marker: str, number: int, indent: int) -> None:
        """``559 to 572 [Repealed, …]``: one repealed section per number in the range."""
        labels = [first, last]
        if first.isdigit() and last.isdigit() and 0 < int(last) - int(first) <= 500:
            labels = [str(n) for n in range(int(first), int(last) + 1)]
        for label in labels:
            node = self._open_unit(Kind.SECTION, label, label, number, indent)
            node.repealed = True
            node.note = marker
        self.last_section = last
        self._close_unit()

    # -- sub-units -----------------------------------------------------------

    def _classify(self, stripped: str) -> tuple[str, str, str] | None:
        """(family, label, rest) of a labelled sub-unit line, or None."""
        first = stripped[0]
        if first == "(":
            match = _PAREN_RE.match(stripped)
            if not match:
                return None
            label = match.group("label")
            rest = match.group("rest") or ""
            head = label.split(".")[0]
            if head[0].isdigit():
                return _PNUM, label, rest
            if head.islower():
                return self._letter_family(label, head, _PLOW, _PROM), label, rest
            if not head.isupper():
                return None
            return self._letter_family(label, head, _PUP, _PUROM), label, rest
        if first.isdigit():
            for regex, family in ((_DOT_RE, _DOT), (_NUMPAREN_RE, _NUMP)):
                match = regex.match(stripped)
                if match:
                    return family, match.group("label"), match.group("rest") or ""
            return None
        if first.islower():
            match = _ALPHAPAREN_RE.match(stripped)
            if match:
                return _ALP, match.group("label"), match.group("rest") or ""
        return None

    def _letter_family(self, label: str, head: str, alpha: str, roman: str) -> str:
        """Whether ``(i)``, ``(v)``, ``(x)``, ``(ii)`` … is a letter or a roman numeral, from the labels around it."""
        open_alpha = next((n for n in reversed(self.levels) if n.family == alpha), None)
        open_roman = next((n for n in reversed(self.levels) if n.family == roman), None)
        if "." in label:
            # "(a.1)", "(i.1)": the family of the open label it was inserted after.
            for node in reversed(self.levels):
                if node.family in (alpha, roman) and node.label.lower() == head.lower():
                    return node.family
            return roman if open_roman is not None and open_alpha is None else alpha
        if not is_roman(head):
            core = head[:-1]
            if len(head) >= 2 and core and set(core.lower()) <= set("ivx") and is_roman(core) \
                    and (open_roman is not None or open_alpha is None or self._next_is_roman()):
                return roman  # "(iiia)", "(ia)": a numeral with an inserted letter
            return alpha
        as_roman = open_roman is not None and next_label(open_roman.label, roman=True) == head
        as_alpha = open_alpha is not None and next_label(open_alpha.label.split(".")[0]) == head
        if head.lower() == "i" and as_alpha and open_roman is None:
            as_roman = True  # "(h) ... :" then "(i)": a first subparagraph, or the ninth paragraph
        if as_roman and as_alpha:
            return self._letter_by_next(head, alpha, roman)
        if as_roman:
            return roman
        if as_alpha:
            return alpha
        if len(head) > 1:
            # "ii", "iv", "xi" are numerals; doubled inserted letters ("cc", "dd", "ll", "mm") are not.
            if len(set(head.lower())) == 1 and head.lower()[0] not in "ix":
                return alpha
            return roman
        if head.lower() == "i":
            return roman
        if head.lower() in "vx":
            return alpha if open_alpha is not None and open_roman is None else roman
        return alpha  # "(c)", "(d)", "(l)", "(m)" are letters

    def _next_label(self) -> str:
        """The label of the next line that starts with a bracketed label (looking a little way ahead)."""
        for j in range(self.index + 1, min(self.index + 40, len(self.lines))):
            following = self.lines[j].lstrip()
            if not following.startswith("("):
                if following[:1].isdigit() or (following[:1].isupper() and self._is_labelled(following)):
                    return ""
                continue
            close = following.find(")", 1, 10)
            return following[1:close] if close > 1 else ""
        return ""

    def _next_is_roman(self) -> bool:
        label = self._next_label()
        return bool(label) and set(label.lower()) <= set("ivx")

    def _letter_by_next(self, head: str, alpha: str, roman: str) -> str:
        """Decide ``(i)`` after ``(h)`` (or ``(v)`` after ``(u)`` and ``(iv)``) by the next label.

        A subparagraph ``(i)`` is always followed by ``(ii)``; anything else
        means the ninth paragraph.
        """
        following = self._next_label()
        return roman if following and following == next_label(head, roman=True) else alpha

    def _try_subunit(self, stripped: str, number: int, indent: int) -> bool:
        classified = self._classify(stripped)
        if classified is None:
            return False
        family, label, rest = classified
        unit = self.unit
        assert unit is not None
        parent: _Node = unit
        for position in range(len(self.levels) - 1, -1, -1):
            if self.levels[position].family == family:
                parent = self.levels[position - 1] if position > 0 else unit
                del self.levels[position:]
                break
        else:
            if family in _OUTER_FAMILIES:
                # A subsection never belongs to a definition: close the definitions first.
                while self.levels and (self.levels[-1].family == _DEF or self._within_definition()):
                    self.levels.pop()
            if self.levels:
                parent = self.levels[-1]
        if stripped[0] == "(":
            marker = f"({label})"
        else:
            marker = stripped[: len(label) + 1]
        node = _Node(None, label, marker, number, indent, family)
        self._take_headings(node)
        parent.children.append(node)
        parent.end_line = max(parent.end_line, number)
        self.levels.append(node)
        rest = rest.strip()
        if rest:
            if _REPEALED_RE.match(rest):
                node.repealed = True
                node.note = rest
            elif rest[0] == "(" and self._inline_subunit(rest, family):
                self._try_subunit(rest, number, indent)  # "(2) (a) ..." on one line
            else:
                node.add_text(rest, number)
                if _opens_definitions(rest):
                    node.defs_holder = True
        return True

    def _inline_subunit(self, rest: str, family: str) -> bool:
        inner = self._classify(rest)
        return inner is not None and inner[0] != family and bool(inner[2])

    def _within_definition(self) -> bool:
        return any(n.family == _DEF for n in self.levels)

    def _definitions_holder(self) -> _Node | None:
        for node in reversed(self.levels):
            if node.defs_holder:
                return node
        unit = self.unit
        return unit if unit is not None and unit.defs_holder else None

    def _try_definition(self, stripped: str, number: int, indent: int) -> bool:
        holder = self._definitions_holder()
        if holder is None:
            return False
        term, repealed = _definition_term(stripped)
        if term is None:
            if not (_DEF_ORPHAN_RE.match(stripped) and self._within_definition()):
                return False
            # A definition whose term the source lost (" includes: (a) ; and ..."): kept, with a placeholder.
            term = f"(unnamed {sum(1 for c in holder.children if c.label.startswith('(unnamed')) + 1})"
        # Close everything below the holder; the definition is the holder's child.
        while self.levels and self.levels[-1] is not holder:
            self.levels.pop()
        node = _Node(Kind.DEFINITION, term, "", number, indent, _DEF)
        if repealed:
            node.repealed = True
            node.note = stripped[stripped.index("["):]
        node.add_text(stripped, number)
        holder.children.append(node)
        holder.end_line = max(holder.end_line, number)
        self.levels.append(node)
        return True

    def _mark_repealed(self, stripped: str, number: int) -> bool:
        """``[Repealed]`` as the body of the provision just opened (New Zealand prints it on its own line)."""
        node = self._deepest()
        if node is None or node.text or node.children or node.repealed:
            return False
        node.repealed = True
        node.note = stripped
        node.end_line = number
        return True

    def _verbatim(self, stripped: str, number: int) -> None:
        """A line of quoted text (a provision quoted inside another): words of the quoting provision."""
        node = self.levels[-1] if self.levels else self.unit
        if node is None:
            self._container_text(stripped, number)
        else:
            node.add_text(stripped, number, tail=bool(node.children))

    def _penalty_start(self, stripped: str, number: int) -> None:
        """``Penalty: …`` (Australia) belongs to the subsection or section, after its paragraphs."""
        while self.levels and self.levels[-1].family != _PNUM:
            self.levels.pop()
        node = self.levels[-1] if self.levels else self.unit
        assert node is not None
        node.add_text(stripped, number, tail=bool(node.children))
        if stripped.endswith(":"):
            # "Penalty:" then "(a) if the offender is a natural person ..." — the penalty's own paragraphs.
            self.penalty = node
            self.penalty_next = "a"

    def _penalty_line(self, stripped: str, number: int, indent: int) -> bool:
        node = self.penalty
        assert node is not None
        classified = self._classify(stripped) if stripped[0] == "(" else None
        if classified is not None and classified[1] == self.penalty_next:
            self.penalty_next = chr(ord(self.penalty_next) + 1)
        elif classified is not None or indent <= node.indent or self._is_labelled(stripped):
            self.penalty = None
            return False
        node.add_text(stripped, number, tail=bool(node.children))
        return True

    def _try_lost_section(self, stripped: str, number: int, index: int, indent: int) -> bool:
        """A section heading whose number the source lost (Australia: "and time of application").

        Recognised only where the layout leaves no doubt: section headings at the
        section indentation with their bodies indented deeper, and the line is
        followed by a subsection label the current section already has. The
        section gets the label that follows the previous one, and a note says so.
        """
        unit = self.unit
        if unit is None or self.section_indent is None or indent != self.section_indent \
                or self.tradition is not Tradition.COMMONWEALTH or unit.kind is not Kind.SECTION:
            return False
        if not unit.children or unit.children[0].indent <= unit.indent or len(stripped.split()) > 20:
            return False
        j, following, _blank = self._peek(index)
        if j < 0 or not following.startswith("("):
            return False
        classified = self._classify(following)
        if classified is None or classified[0] != _PNUM:
            return False
        if not any(c.label == classified[1] and c.family == _PNUM for c in unit.children):
            return False
        label = _successor(unit.label)
        if label is None or label in self.scope_labels:
            return False
        self._flush_pending(number)
        node = self._open_unit(Kind.SECTION, label, label, number, indent)
        node.heading = stripped
        node.history.append(
            f"[Suffrage: the source omits this section's number; read as {label}, the label after {unit.label}]"
        )
        self.last_section = label
        return True

    # -- headings and text --------------------------------------------------

    def _try_heading(self, stripped: str, number: int, index: int, indent: int) -> bool:
        if not _looks_like_title(stripped) or (stripped.endswith(".") and not stripped.endswith(" etc.")):
            return self._try_marginal_note(stripped, index, indent)
        unit = self.unit
        if unit is not None and unit.kind is Kind.ARTICLE and not self.levels and not unit.heading \
                and not unit.text and not unit.repealed:
            # "Article 4" with its heading on the next line.
            unit.heading = stripped
            return True
        j, following, blank = self._peek(index)
        if j < 0:
            return False
        if following[0] == "[" and _REPEALED_RE.match(following):
            # A repealed cross-heading (New Zealand): "Amendment to Ombudsmen Act 1975" / "[Repealed]".
            k, after, _ = self._peek(j)
            if k >= 0 and self._is_labelled(after):
                self.lines[j] = ""
                self.pending_cross.append(f"{stripped} {following}")
                return True
            return False
        labelled = self._is_labelled(following)
        if labelled and not blank:
            if self.pending_heading:
                # Two title lines: the first is a cross-heading over the marginal note.
                self.pending_cross.append(self.pending_heading)
            self.pending_heading = stripped
            return True
        if labelled or (_looks_like_title(following) and not following.endswith(".")):
            if self.units_seen == 0 and not self.containers:
                self.preamble.append(stripped)
                return True
            self.pending_cross.append(stripped)
            return True
        return False

    def _try_marginal_note(self, stripped: str, index: int, indent: int) -> bool:
        """A short title directly above a labelled line at the same indentation, though it ends like a phrase.

        "How act or omission may be proceeded with", "Amounts to be paid out of
        C.R.F." (Canada): the layout, not the words, makes them marginal notes.
        """
        words = stripped.split()
        if len(words) > 15 or not stripped[0].isupper() or stripped[-1] in ",;:—–-":
            return False
        if stripped.endswith(".") and "." not in words[-1][:-1]:
            return False  # a sentence, unless the last word is an abbreviation ("C.R.F.")
        j = index + 1
        if j >= len(self.lines):
            return False
        following = self.lines[j]
        label_line = following.lstrip()
        if not label_line or len(following) - len(label_line) != indent or not self._is_labelled(label_line):
            return False
        if not any(line[:1] == " " for line in self.lines[max(0, index - 40):index + 40]):
            return False  # only where the text is laid out with indentation
        if self.pending_heading:
            self.pending_cross.append(self.pending_heading)
        self.pending_heading = stripped
        return True

    def _flush_pending(self, number: int) -> None:
        """A heading-looking line followed by running text was running text after all."""
        pending = [*self.pending_cross, *([self.pending_heading] if self.pending_heading else [])]
        notes = self.pending_notes
        self.pending_heading = ""
        self.pending_cross = []
        self.pending_notes = []
        if not pending and not notes:
            return
        node = self.unit or self._deepest()
        if node is None:
            self.preamble.extend(pending)
            self.preamble.extend(notes)
            return
        target = self.levels[-1] if self.levels else node
        for text in pending:
            target.add_text(text, number, tail=bool(target.children))
        node.history.extend(notes)

    def _text(self, stripped: str, number: int, indent: int) -> None:
        if self.pending_heading or self.pending_cross or self.pending_notes:
            self._flush_pending(number)
        if self.unit is None:
            if self.containers:
                container = self.containers[-1]
                if not container.heading and not container.text and len(stripped.split()) <= 15 \
                        and container.kind is not Kind.ATTACHMENT:
                    container.heading = stripped
                else:
                    container.add_text(stripped, number)
            else:
                self.preamble.append(stripped)
            return
        # Lists end where the text comes back out to an outer indentation.
        if self._has_indentation():
            while self.levels and self.levels[-1].indent > indent:
                self.levels.pop()
        node = self.levels[-1] if self.levels else self.unit
        if node.children:
            node.add_text(stripped, number, tail=True)
            if stripped[0] in _QUOTES and self._has_indentation():
                self.quote_indent = indent
            return
        if len(self.levels) >= 2 and node.text and node.text[-1].endswith(".") \
                and stripped[:1].isupper() and not self._has_indentation() and node.family != _DEF:
            # "... 3) the last item." then an unlabelled sentence: it closes the list.
            parent = self.levels[-2]
            parent.add_text(stripped, number, tail=True)
            self.levels.pop()
            return
        node.add_text(stripped, number)
        if not node.children and _opens_definitions(stripped):
            node.defs_holder = True
        if stripped[0] in _QUOTES and self._has_indentation():
            self.quote_indent = indent  # a quoted provision: its deeper lines are quoted text

    def _has_indentation(self) -> bool:
        return any(n.indent for n in self.levels) or bool(self.unit and self.unit.indent)

    # -- building --------------------------------------------------------------

    def _build(self) -> Law:
        if self.units_seen == 0:
            raise LawTextError(
                "no recognisable provisions: expected articles ('Article 4. ...', then '1.' and '1)'), "
                "or sections ('3 Every person ...', '56.1 (1) ...', '74 Heading' then '(1)', '(a)')",
                where=self.path,
            )
        self._flush_pending(len(self.lines))
        used: set[str] = set()
        top = _Context((), "", "", "", "", None, "", False, 0)
        body = tuple(self._freeze(node, top, used) for node in self.root.children)
        return Law(
            title=self._title(),
            tradition=self.tradition,
            body=body,
            path=self.path,
            preamble="\n".join(self.preamble),
            line_count=len(self.lines),
        )

    def _title(self) -> str:
        candidates = [line for line in self.preamble if line.strip()]
        for line in candidates[:15]:
            words = line.split()
            if len(words) <= 20 and _TITLE_WORDS_RE.search(line):
                return line.strip()
        if candidates:
            return candidates[0].strip()[:200]
        return Path(self.path).stem if self.path and not self.path.startswith("<") else "Untitled law"

    def _freeze(self, node: _Node, ctx: _Context, used: set[str]) -> Provision:
        """Turn a node and its descendants into Provisions, naming each (eId and citation) on the way down."""
        kind = node.kind
        if kind is None:
            kind = self._sub_kind(node, ctx)
        label = node.label
        component = (f"def_{slug(label)}" if kind is _DEFINITION_KIND
                     else f"{self.prefixes[kind]}_{label.replace(' ', '')}")
        container = node.container
        unit = kind is _ARTICLE_KIND or kind is _SECTION_KIND
        if container:
            prefix = ctx.container_eid  # "" at the top; "part_16.1" for its divisions
        elif unit:
            prefix = ctx.scope_eid  # "" in the body; "sched_4" or "att_1" in a schedule or attachment
        else:
            prefix = ctx.parent_eid
        eid = f"{prefix}__{component}" if prefix else component
        if eid in used:
            # Last resort for a label the source really repeats in one place; the real acts have none.
            n = 2
            while f"{eid}_{n}" in used:
                n += 1
            eid = f"{eid}_{n}"
        used.add(eid)
        path = (*ctx.path, (kind, label))
        if container:
            attachment = node.heading if kind is _ATTACHMENT_KIND else ctx.attachment
            if kind is _ATTACHMENT_KIND:
                citation = node.heading
            else:
                citation = format_citation(path, self.tradition, word=node.word or None,
                                           attachment=attachment)
            scope = eid if kind is _SCHEDULE_KIND or kind is _ATTACHMENT_KIND else ctx.scope_eid
            child = _Context(path, eid, eid, scope, attachment, None, "", False, 0)
        elif unit:
            citation = format_citation(path, self.tradition, attachment=ctx.attachment)
            child = _Context(path, ctx.container_eid, eid, ctx.scope_eid, ctx.attachment, kind, label, False, 0)
        elif kind is _DEFINITION_KIND or ctx.in_definition or ctx.top is None:
            citation = format_citation(path, self.tradition, attachment=ctx.attachment)
            child = _Context(path, ctx.container_eid, eid, ctx.scope_eid, ctx.attachment, ctx.top,
                             ctx.chain, True, ctx.depth + (kind is not _DEFINITION_KIND),
                             ctx.first_family or (node.family if kind is not _DEFINITION_KIND else ""))
        else:
            # The common case, without the general formatter: "paragraph 93(1)(a)", "Article 4(3)(2)".
            chain = f"{ctx.chain}({label})"
            if ctx.top is _ARTICLE_KIND:
                citation = f"Article {chain}"
            elif self.tradition is Tradition.CIS:
                citation = f"Section {chain}"
            else:
                citation = f"{_CITATION_WORDS[kind]} {chain}"
            if ctx.scope_eid:
                schedule = next((lab for k, lab in reversed(path) if k is _SCHEDULE_KIND), None)
                if schedule is not None:
                    citation += f" of Schedule {schedule}"
                if ctx.attachment:
                    citation += f" of the {ctx.attachment}"
            child = _Context(path, ctx.container_eid, eid, ctx.scope_eid, ctx.attachment, ctx.top, chain,
                             False, ctx.depth + 1, ctx.first_family if ctx.depth else node.family)
        children = tuple([self._freeze(c, child, used) for c in node.children])
        end_line = node.end_line
        for c in children:
            if c.end_line > end_line:
                end_line = c.end_line
        return Provision(
            kind=kind,
            label=label,
            eid=eid,
            citation=citation,
            heading=node.heading,
            text="\n".join(node.text),
            tail="\n".join(node.tail),
            children=children,
            line=node.line,
            end_line=end_line,
            repealed=node.repealed,
            note=node.note,
            history=tuple(node.history),
            crossheading=node.crossheading,
            marker=node.marker,
        )

    def _sub_kind(self, node: _Node, ctx: _Context) -> Kind:
        """The kind of a numbered sub-unit: by numbering family under a section, by depth under an article."""
        if ctx.top is Kind.ARTICLE:
            # Paragraph, subparagraph, then deeper points, by depth under the article; "1)" items
            # directly under an article are subparagraphs, as CIS codes cite them.
            depth = ctx.depth
            if depth == 0 and node.family == _NUMP:
                depth = 1
            elif depth and ctx.first_family == _NUMP:
                depth += 1
            return _CIS_DEPTH_KIND[min(depth, len(_CIS_DEPTH_KIND) - 1)]
        return _FAMILY_KIND[node.family]


class _Context(NamedTuple):
    """What a node's naming depends on, handed from parent to child while freezing."""

    path: tuple[tuple[Kind, str], ...]
    container_eid: str
    parent_eid: str
    scope_eid: str
    attachment: str
    top: Kind | None  # ARTICLE or SECTION once inside one
    chain: str  # "93(1)(a)": the unit label and the bracketed labels below it
    in_definition: bool
    depth: int  # sub-unit levels below the unit (definitions not counted)
    first_family: str = ""


_ARTICLE_KIND, _SECTION_KIND, _DEFINITION_KIND = Kind.ARTICLE, Kind.SECTION, Kind.DEFINITION
_SCHEDULE_KIND, _ATTACHMENT_KIND = Kind.SCHEDULE, Kind.ATTACHMENT

_CITATION_WORDS = {
    Kind.SUBSECTION: "subsection",
    Kind.PARAGRAPH: "paragraph",
    Kind.SUBPARAGRAPH: "subparagraph",
    Kind.CLAUSE: "clause",
    Kind.SUBCLAUSE: "subclause",
}
