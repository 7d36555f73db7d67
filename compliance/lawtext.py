"""Statute text to a :class:`~compliance.model.Law`.

Reads plain text or Markdown in both numbering traditions (ARCHITECTURE §3):

* CIS style: ``Chapter 2. ...``, ``Article 20-1. Heading``, paragraphs ``1.``/``1-1.``,
  subparagraphs ``1)``/``2-1)``, and deeper ``a)``/``(a)`` items;
* Commonwealth style: ``PART 1``/``Part I—...``/``Division 2``/``Subpart 1``/``Schedule 1``,
  sections ``3``, ``56.1 (1)``, ``4B``, subsections ``(2)``/``(3.1)``/``(2AA)``,
  paragraphs ``(a)``/``(a.1)``/``(ba)``, subparagraphs ``(i)``, clauses ``(A)``,
  subclauses ``(I)``, and definitions in interpretation provisions.

Nesting comes from the *numbering family* of each label, not from
indentation alone: a label of a family already open closes the deeper levels
and becomes their sibling; a new family opens a level under the deepest open
provision. Indentation, where the text has it, decides only where running
text after a list belongs (the "tail" of a provision) and breaks the
``(i)``-is-a-letter-or-a-numeral tie together with the sibling sequence.

Marginal notes and headings are attached to the provision they label;
``[Repealed, …]`` markers, New Zealand history notes, ``Compare:`` lines and
Kazakh ``Footnote.`` lines are recognised and kept as notes, never taken for
provisions. Every line of the input ends up in a provision, a heading, a note
or the preamble.
"""

from __future__ import annotations

import os
import re
from collections.abc import Iterable
from pathlib import Path

from .errors import LawTextError
from .labels import is_roman, label_key, next_label
from .model import Kind, Law, Provision, Tradition
from .naming import eid_component, format_citation
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
# Line patterns. Every pattern is anchored and uses bounded, non-nested
# quantifiers so that matching is linear in the line length.
# --------------------------------------------------------------------------

_HISTORY_RE = re.compile(
    r"^(?:(?:Section|Sections|Schedule|Part|Heading|Subpart|Clause|Clauses|Form|Subsection|Paragraph)\b[^:\n]{0,160}:\s*"
    r"(?:inserted|substituted|replaced|repealed|amended|added|expired|revoked|renumbered|brought into force|omitted|"
    r"relocated|heading|amended|corrected)\b"
    r"|Compare:|Footnote\.|Note:)"
)
_CONTAINER_RE = re.compile(
    r"^(?P<word>PART|Part|CHAPTER|Chapter|DIVISION|Division|SUBDIVISION|Subdivision|SUBPART|Subpart|"
    r"SCHEDULE|Schedule|SECTION|Section)"
    r"\s+(?P<label>[0-9]{1,3}[A-Z]{0,3}(?:\.[0-9]{1,2})?|[IVXLC]{1,7}[A-Z]{0,2})"
    r"(?P<sep>\s*[.:]\s*|\s*[—–]\s*|\s+-\s+|\s+|$)(?P<rest>.*)$"
)
_ARTICLE_RE = re.compile(
    r"^(?:Article|ARTICLE|Art\.)\s+(?P<label>\d{1,4}[A-Za-z]{0,2}(?:-\d{1,3}[A-Za-z]?){0,3})"
    r"(?P<sep>\s*[.:]\s*|\s*[—–]\s*|\s+-\s+|\s+|$)(?P<rest>.*)$"
)
_SECTION_WORD_RE = re.compile(
    r"^(?:Section|SECTION|§)\s*(?P<label>\d{1,4}[A-Za-z]{0,2}(?:\.\d{1,3}){0,2})(?P<sep>\.\s*|:\s*|\s*[—–]\s*|\s+|$)(?P<rest>.*)$"
)
_SECTION_RE = re.compile(
    r"^(?P<label>\d{1,4}[A-Z]{0,4}(?:\.\d{1,3}[A-Z]{0,3}){0,3})"
    r"(?:\s+to\s+(?P<to>\d{1,4}[A-Z]{0,4}(?:\.\d{1,3}[A-Z]{0,3}){0,3}))?"
    r"\s+(?P<rest>\S.*)$"
)
_PAREN_RE = re.compile(
    r"^\((?P<label>[0-9]{1,3}[A-Za-z]{0,4}(?:\.[0-9]{1,3}[A-Za-z]{0,2}){0,2}|[a-z]{1,5}(?:\.[0-9]{1,2}){0,2}|"
    r"[A-Z]{1,5}(?:\.[0-9]{1,2}){0,2})\)(?:\s+(?P<rest>.*))?$"
)
_DOT_RE = re.compile(r"^(?P<label>\d{1,3}(?:-\d{1,3}){0,3})\.(?:\s+(?P<rest>.*))?$")
_NUMPAREN_RE = re.compile(r"^(?P<label>\d{1,3}(?:-\d{1,3}){0,3})\)(?:\s+(?P<rest>.*))?$")
_ALPHAPAREN_RE = re.compile(r"^(?P<label>[a-z]{1,2}(?:-\d{1,2})?)\)(?:\s+(?P<rest>.*))?$")
_REPEALED_RE = re.compile(r"^\[(?:Repealed|Revoked|Expired|Spent|Deleted|Excluded)\b[^\]]{0,300}\]\s*$", re.I)
_DEFS_HOLDER_RE = re.compile(
    r"(?:\bIn this (?:Act|Part|Division|Subpart|section|subsection|Schedule|Law|Code|Chapter|Article)\b[^\n]{0,200}[:—,-]\s*$"
    r"|\bdefinitions in this\b|\bfollowing definitions\b|\bthe following terms\b)",
    re.I,
)
_DEF_START_RE = re.compile(
    r"^(?P<term>[A-Za-z\"“‘'][^()\n]{0,90}?)"
    r"(?:,?\s+(?:in relation to|in respect of|with respect to|when used)\b[^\n]{0,200}?,?\s+(?:means|includes)\b"
    r"|\s+(?:means|includes|has the (?:same )?meanings?|does not include|refers to)\b"
    r"|\s*,?\s*—\s*$|\s*,—\s*$)"
)
_SENTENCE_STARTERS = frozenset(
    "for in the this a an where if subject each every any no nothing to on at when unless despite notwithstanding "
    "however it such".split()
)
_TRAILING_FUNCTION_WORDS = frozenset(
    "that who which of to and or the a an by for in is are if being any following where when as whose with "
    "than from on at be".split()
)
_MD_HEADING_RE = re.compile(r"^(\s*)#{1,6}\s+")
_MD_QUOTE_RE = re.compile(r"^(\s*)>\s?")
_MD_BULLET_RE = re.compile(r"^(\s*)[-*+]\s+(?=\(?[0-9A-Za-z]{1,6}[.)]\s)")
_MD_ESCAPE_RE = re.compile(r"\\([()\[\].*_#+\-])")

_CONTAINER_WORDS = {
    "part": Kind.PART,
    "chapter": Kind.CHAPTER,
    "division": Kind.DIVISION,
    "subdivision": Kind.SUBDIVISION,
    "subpart": Kind.SUBPART,
    "schedule": Kind.SCHEDULE,
    "section": Kind.PART,  # "Section I. General Part" in CIS codes: a container above chapters
}
_RANK = {Kind.SCHEDULE: 0, Kind.PART: 1, Kind.CHAPTER: 2, Kind.DIVISION: 3, Kind.SUBPART: 3, Kind.SUBDIVISION: 4}

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
_CIS_DEPTH_KIND = [Kind.PARAGRAPH, Kind.SUBPARAGRAPH, Kind.CLAUSE, Kind.SUBCLAUSE]


class _Node:
    """A provision under construction (mutable; frozen into a Provision at the end)."""

    __slots__ = (
        "kind", "label", "marker", "family", "indent", "heading", "crossheading", "text", "tail",
        "children", "line", "end_line", "repealed", "note", "history", "defs_holder", "schedule",
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
        self.schedule = ""

    def add_text(self, text: str, line: int, *, tail: bool = False) -> None:
        (self.tail if tail else self.text).append(text)
        self.end_line = max(self.end_line, line)

    def last_text(self) -> str:
        if self.tail:
            return self.tail[-1]
        if self.children:
            return self.children[-1].last_text()
        return self.text[-1] if self.text else ""


def _clean(line: str) -> str:
    """Remove Markdown decoration that is not part of the law's words."""
    line = line.rstrip().expandtabs(4)
    if "#" in line:
        line = _MD_HEADING_RE.sub(r"\1", line)
    if ">" in line:
        line = _MD_QUOTE_RE.sub(r"\1", line)
    if "**" in line or "__" in line:
        line = line.replace("**", "").replace("__", "")
    if line.lstrip()[:1] in "-*+":
        line = _MD_BULLET_RE.sub(r"\1", line)
    if "\\" in line:
        line = _MD_ESCAPE_RE.sub(r"\1", line)
    return line


def _looks_like_title(rest: str) -> bool:
    """A heading or marginal note, not a sentence of the law."""
    words = rest.split()
    if not words or len(words) > 20:
        return False
    first = rest[0]
    if not (first.isupper() or first.isdigit() or first in "“\"‘'"):
        return False
    if rest[-1] in ".;:,—–-":
        return len(words) <= 6 and rest[-1] == "." and not rest.endswith("..")
    return words[-1].lower() not in _TRAILING_FUNCTION_WORDS


class _Parser:
    def __init__(self, text: str, path: str) -> None:
        self.path = path
        if text.startswith("\ufeff"):
            text = text[1:]
        self.raw_lines = text.replace("\r\n", "\n").replace("\r", "\n").split("\n")
        self.lines = [_clean(line) for line in self.raw_lines]
        self.root = _Node(None, "", "", 0)
        self.preamble: list[str] = []
        self.containers: list[_Node] = []
        self.unit: _Node | None = None
        self.levels: list[_Node] = []
        self.pending_heading = ""
        self.pending_cross = ""
        self.last_section_key: tuple | None = None
        self.section_indent: int | None = None
        self.units_seen = 0
        self.tradition = self._detect_tradition()

    # -- tradition ---------------------------------------------------------

    def _detect_tradition(self) -> Tradition:
        articles = sections = 0
        for line in self.lines:
            stripped = line.strip()
            if not stripped:
                continue
            match = _ARTICLE_RE.match(stripped)
            if match and not match.group("rest")[:1].islower():
                articles += 1
            elif _SECTION_RE.match(line) and not line[:1].isspace():
                sections += 1
        return Tradition.CIS if articles and articles * 4 >= sections else Tradition.COMMONWEALTH

    # -- main loop ---------------------------------------------------------

    def parse(self) -> Law:
        lines = self.lines
        for index, line in enumerate(lines):
            number = index + 1
            stripped = line.strip()
            if not stripped:
                continue
            indent = len(line) - len(line.lstrip())
            if _HISTORY_RE.match(stripped):
                self._note(stripped, number)
                continue
            if self._try_container(stripped, number, index):
                continue
            if self._try_article(stripped, number, indent):
                continue
            if self._try_section(stripped, number, indent):
                continue
            if self.unit is not None and self._try_subunit(stripped, number, indent):
                continue
            if self.unit is not None and self._try_definition(stripped, number, indent):
                continue
            if _REPEALED_RE.match(stripped) and self._deepest() is not None:
                node = self._deepest()
                if not node.text and not node.children:
                    node.repealed = True
                    node.note = stripped
                    node.end_line = number
                    continue
            if self._try_heading(stripped, number, index, indent):
                continue
            self._text(stripped, number, indent)
        return self._build()

    # -- structure --------------------------------------------------------

    def _deepest(self) -> _Node | None:
        if self.levels:
            return self.levels[-1]
        if self.unit is not None:
            return self.unit
        return self.containers[-1] if self.containers else None

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
            node.crossheading = self.pending_cross
            self.pending_cross = ""

    def _note(self, text: str, number: int) -> None:
        node = self._deepest()
        if node is None:
            self.preamble.append(text)
            return
        target = self.unit or node
        target.history.append(text)
        target.end_line = max(target.end_line, number)

    def _next_nonblank(self, index: int) -> tuple[int, str, bool]:
        """Index and stripped text of the next non-blank line, and whether a blank line came first."""
        blank = False
        for j in range(index + 1, min(index + 40, len(self.lines))):
            candidate = self.lines[j].strip()
            if candidate:
                return j, candidate, blank
            blank = True
        return -1, "", blank

    def _try_container(self, stripped: str, number: int, index: int) -> bool:
        match = _CONTAINER_RE.match(stripped)
        if not match:
            return False
        word = match.group("word").lower()
        label = match.group("label")
        rest = match.group("rest").strip()
        if rest[:1].islower() or rest[:1] in "(,;":
            return False
        if word == "section":
            # "Section I. General Part" is a container only in article-based codes;
            # "Section 4. Votes" is a unit, handled by _try_section_word.
            if self.tradition is not Tradition.CIS or not is_roman(label):
                return False
        kind = _CONTAINER_WORDS[word]
        if kind is Kind.CHAPTER and not any(c.kind is Kind.PART for c in self.containers):
            rank = 1
        else:
            rank = _RANK[kind]
        sep = match.group("sep")
        if rest.endswith(".") and len(rest.split()) > 12:
            return False
        self._close_unit()
        while self.containers and _RANK_OF(self.containers[-1]) >= rank:
            self.containers.pop()
        node = _Node(kind, label, f"{match.group('word')} {label}", number)
        node.indent = rank  # containers keep their rank in indent
        if rest:
            node.heading = rest.lstrip("—–-:. ").strip()
        elif sep.strip() in ("", ".", ":"):
            # "Part 1" / "Electoral Commission" on the next line.
            j, following, _blank = self._next_nonblank(index)
            if following and _looks_like_title(following) and not self._is_labelled(following):
                self.lines[j] = ""
                node.heading = following
                node.end_line = j + 1
        if kind is Kind.SCHEDULE:
            self.last_section_key = None
        self.pending_heading = ""
        if self.pending_cross:
            node.crossheading, self.pending_cross = self.pending_cross, ""
        self._attach_top(node)
        self.containers.append(node)
        return True

    def _is_labelled(self, stripped: str) -> bool:
        return bool(
            _ARTICLE_RE.match(stripped) or _SECTION_RE.match(stripped) or _PAREN_RE.match(stripped)
            or _DOT_RE.match(stripped) or _NUMPAREN_RE.match(stripped) or _CONTAINER_RE.match(stripped)
        )

    def _open_unit(self, kind: Kind, label: str, marker: str, number: int, indent: int) -> _Node:
        self._close_unit()
        node = _Node(kind, label, marker, number, indent)
        self._take_headings(node)
        schedule = next((c for c in reversed(self.containers) if c.kind is Kind.SCHEDULE), None)
        if schedule is not None:
            node.schedule = schedule.label
        self._attach_top(node)
        self.unit = node
        self.units_seen += 1
        return node

    def _unit_rest(self, node: _Node, rest: str, number: int, indent: int) -> None:
        """What follows the label on a unit's own line: a heading, a repeal marker, a first subsection, or text."""
        rest = rest.strip()
        if not rest:
            return
        if _REPEALED_RE.match(rest):
            node.repealed = True
            node.note = rest
            return
        if self._try_subunit(rest, number, indent, inline=True):
            return
        if node.kind is Kind.ARTICLE or node.kind is Kind.SECTION and node.marker.startswith(("Section", "§")):
            if _looks_like_title(rest) or (len(rest.split()) <= 12 and not rest.endswith((".", ";", ":"))):
                node.heading = rest.rstrip(".")
                return
        elif _looks_like_title(rest) and not rest.endswith("."):
            node.heading = rest
            return
        node.add_text(rest, number)

    def _try_article(self, stripped: str, number: int, indent: int) -> bool:
        match = _ARTICLE_RE.match(stripped)
        if not match or self.tradition is not Tradition.CIS:
            return False
        rest = match.group("rest")
        if rest[:1].islower() or rest[:1] in "(,;" and not rest.startswith("("):
            return False
        if match.group("sep").strip() == "" and rest and rest.split()[0].lower() in ("of", "and", "or", "to"):
            return False
        label = match.group("label")
        node = self._open_unit(Kind.ARTICLE, label, f"Article {label}.", number, indent)
        self._unit_rest(node, rest, number, indent)
        return True

    def _try_section(self, stripped: str, number: int, indent: int) -> bool:
        word = _SECTION_WORD_RE.match(stripped)
        if word and (word.group("sep").strip() in (".", ":") or not word.group("rest")
                     or word.group("rest")[:1].isupper()):
            label = word.group("label")
            node = self._open_unit(Kind.SECTION, label, f"Section {label}.", number, indent)
            self._unit_rest(node, word.group("rest"), number, indent)
            return True
        if self.tradition is Tradition.CIS:
            return False
        match = _SECTION_RE.match(stripped)
        if not match:
            return False
        if self.section_indent is not None and indent > self.section_indent + 1:
            return False
        if self.section_indent is None and indent > 4:
            return False
        rest = match.group("rest")
        first = rest[0]
        if not (first.isupper() or first in "([“\"‘'—"):
            return False
        if first == "(" and not _PAREN_RE.match(rest.split(" ", 1)[0] + " x"):
            return False
        label, to = match.group("label"), match.group("to")
        key = label_key(label)
        if self.last_section_key is not None and key <= self.last_section_key:
            return False
        if to and not _REPEALED_RE.match(rest):
            return False
        if self.section_indent is None:
            self.section_indent = indent
        if to:
            self._repealed_range(label, to, rest, number, indent)
            return True
        self.last_section_key = key
        node = self._open_unit(Kind.SECTION, label, label, number, indent)
        self._unit_rest(node, rest, number, indent)
        return True

    def _repealed_range(self, first: str, last: str, marker: str, number: int, indent: int) -> None:
        """``559 to 572 [Repealed, …]``: one repealed section per number in the range."""
        labels = [first, last]
        if first.isdigit() and last.isdigit() and 0 < int(last) - int(first) <= 500:
            labels = [str(n) for n in range(int(first), int(last) + 1)]
        for label in labels:
            node = self._open_unit(Kind.SECTION, label, label, number, indent)
            node.repealed = True
            node.note = marker
        self.last_section_key = label_key(last)

    # -- sub-units -----------------------------------------------------------

    def _classify(self, stripped: str) -> tuple[str, str, str] | None:
        """(family, label, rest) of a labelled sub-unit line, or None."""
        match = _PAREN_RE.match(stripped)
        if match:
            label = match.group("label")
            rest = match.group("rest") or ""
            head = label.split(".")[0]
            if head[0].isdigit():
                return _PNUM, label, rest
            if head.islower():
                return self._letter_family(label, head, _PLOW, _PROM), label, rest
            return self._letter_family(label, head, _PUP, _PUROM), label, rest
        for regex, family in ((_DOT_RE, _DOT), (_NUMPAREN_RE, _NUMP), (_ALPHAPAREN_RE, _ALP)):
            match = regex.match(stripped)
            if match:
                return family, match.group("label"), match.group("rest") or ""
        return None

    def _letter_family(self, label: str, head: str, alpha: str, roman: str) -> str:
        if "." in label or not is_roman(head):
            return alpha
        if len(head) > 1:
            # "ii", "iv", "ix" are numerals; "aa"-style doubled letters are never roman except "ii"/"iii".
            return roman
        open_alpha = next((n for n in reversed(self.levels) if n.family == alpha), None)
        open_roman = next((n for n in reversed(self.levels) if n.family == roman), None)
        if open_roman is not None and next_label(open_roman.label, roman=True) == head:
            return roman
        if open_alpha is not None and next_label(open_alpha.label) == head:
            return alpha
        if head.lower() == "i":
            return roman
        return alpha if open_alpha is not None else roman

    def _try_subunit(self, stripped: str, number: int, indent: int, *, inline: bool = False) -> bool:
        classified = self._classify(stripped)
        if classified is None:
            return False
        family, label, rest = classified
        if family in (_DOT, _NUMP) and self.tradition is Tradition.COMMONWEALTH and self.unit is not None \
                and not self.unit.marker.startswith(("Section", "§")) and not self.levels:
            # "1." in a Commonwealth act is usually a list inside running text; accept only as a first level.
            pass
        unit = self.unit
        assert unit is not None
        parent: _Node = unit
        for position in range(len(self.levels) - 1, -1, -1):
            if self.levels[position].family == family:
                parent = self.levels[position - 1] if position > 0 else unit
                del self.levels[position:]
                break
        else:
            if self.levels:
                parent = self.levels[-1]
        if any(child.label == label for child in parent.children) and parent is not unit:
            # A repeated label under the same parent: a new list at the outer level.
            pass
        node = _Node(None, label, f"({label})" if stripped.startswith("(") else f"{label}{stripped[len(label)]}",
                     number, indent, family)
        self._take_headings(node)
        parent.children.append(node)
        parent.end_line = max(parent.end_line, number)
        self.levels.append(node)
        rest = rest.strip()
        if rest:
            if _REPEALED_RE.match(rest):
                node.repealed = True
                node.note = rest
            else:
                node.add_text(rest, number)
        if self._opens_definitions(node):
            node.defs_holder = True
        return True

    def _opens_definitions(self, node: _Node) -> bool:
        text = " ".join(node.text)
        return bool(text) and bool(_DEFS_HOLDER_RE.search(text))

    def _definitions_holder(self) -> _Node | None:
        for node in reversed([self.unit, *self.levels] if self.unit else []):
            if node is not None and node.defs_holder:
                return node
        return None

    def _try_definition(self, stripped: str, number: int, indent: int) -> bool:
        holder = self._definitions_holder()
        if holder is None:
            return False
        match = _DEF_START_RE.match(stripped)
        if not match:
            return False
        term = match.group("term").strip().strip("\"“”‘’'").rstrip(",").strip()
        words = term.split()
        if not words or len(words) > 8 or words[0].lower() in _SENTENCE_STARTERS and len(words) > 2:
            return False
        if words[-1].lower() in ("it", "they", "this", "that", "which"):
            return False
        # Close everything below the holder; the definition is the holder's child.
        while self.levels and self.levels[-1] is not holder:
            self.levels.pop()
        node = _Node(None, term, "", number, indent, _DEF)
        node.kind = Kind.DEFINITION
        node.add_text(stripped, number)
        holder.children.append(node)
        holder.end_line = max(holder.end_line, number)
        self.levels.append(node)
        return True

    # -- headings and text --------------------------------------------------

    def _try_heading(self, stripped: str, number: int, index: int, indent: int) -> bool:
        if not _looks_like_title(stripped) or stripped.endswith("."):
            return False
        j, following, blank = self._next_nonblank(index)
        if j < 0:
            return False
        labelled = self._is_labelled(following) or bool(_SECTION_WORD_RE.match(following))
        if labelled and not blank:
            # A marginal note, or a heading line under an article that has none yet.
            if self.unit is not None and not self.levels and not self.unit.heading and not self.unit.text \
                    and self.unit.kind is Kind.ARTICLE and self.tradition is Tradition.CIS:
                self.unit.heading = stripped
                return True
            self.pending_heading = stripped
            return True
        if labelled or (_looks_like_title(following) and not following.endswith(".")):
            if self.units_seen == 0 and not self.containers:
                self.preamble.append(stripped)
                return True
            self.pending_cross = stripped
            if not labelled:
                return True
            return True
        return False

    def _text(self, stripped: str, number: int, indent: int) -> None:
        if self.pending_heading or self.pending_cross:
            # A heading-looking line followed by running text was running text after all.
            for pending in (self.pending_cross, self.pending_heading):
                if pending:
                    self._append_text(pending, number, indent)
            self.pending_heading = self.pending_cross = ""
        self._append_text(stripped, number, indent)

    def _append_text(self, stripped: str, number: int, indent: int) -> None:
        if self.unit is None:
            if self.containers:
                container = self.containers[-1]
                if not container.heading and len(stripped.split()) <= 15:
                    container.heading = stripped
                else:
                    container.add_text(stripped, number)
            else:
                self.preamble.append(stripped)
            return
        # Lists end where the text comes back out to an outer indentation.
        while self.levels and self.levels[-1].indent > indent and self._has_indentation():
            self.levels.pop()
        node = self.levels[-1] if self.levels else self.unit
        if node.children:
            node.add_text(stripped, number, tail=True)
            return
        if len(self.levels) >= 2 and node.text and node.text[-1].rstrip().endswith(".") \
                and stripped[:1].isupper() and not self._has_indentation() and node.family != _DEF:
            parent = self.levels[-2]
            parent.add_text(stripped, number, tail=True)
            self.levels.pop()
            return
        node.add_text(stripped, number)

    def _has_indentation(self) -> bool:
        return any(n.indent for n in self.levels)

    # -- building --------------------------------------------------------------

    def _build(self) -> Law:
        if self.units_seen == 0:
            raise LawTextError(
                "no recognisable provisions: expected articles ('Article 4. ...', then '1.' and '1)'), "
                "or sections ('3 Every person ...', '56.1 (1) ...', '74 Heading' then '(1)', '(a)')",
                where=self.path,
            )
        used: set[str] = set()
        body = tuple(self._freeze(node, [], "", used) for node in self.root.children)
        title = self._title()
        return Law(
            title=title,
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
            if len(words) <= 20 and re.search(r"\b(Act|Law|Code|Constitution|Statute|Regulations?)\b", line):
                return line.strip()
        if candidates:
            return candidates[0].strip()[:200]
        return Path(self.path).stem if self.path and not self.path.startswith("<") else "Untitled law"

    def _freeze(self, node: _Node, path: list[tuple[Kind, str]], parent_eid: str, used: set[str]) -> Provision:
        kind = self._kind_of(node, path)
        node_path = [*path, (kind, node.label)]
        component = eid_component(kind, node.label, self.tradition)
        if kind in (Kind.ARTICLE, Kind.SECTION):
            prefix = parent_eid if node.schedule else ""
        elif kind in (Kind.PART, Kind.CHAPTER, Kind.SCHEDULE):
            prefix = ""
        else:
            prefix = parent_eid
        eid = f"{prefix}__{component}" if prefix else component
        if eid in used:
            n = 2
            while f"{eid}_{n}" in used:
                n += 1
            eid = f"{eid}_{n}"
        used.add(eid)
        children_path = node_path
        children = tuple(self._freeze(child, children_path, eid, used) for child in node.children)
        end_line = max([node.end_line, *(c.end_line for c in children)])
        citation = format_citation(
            [(k, lab) for k, lab in node_path if k in (Kind.SCHEDULE,) or k not in _CONTAINERISH]
            if kind not in _CONTAINERISH else node_path,
            self.tradition,
        )
        return Provision(
            kind=kind,
            label=node.label,
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

    def _kind_of(self, node: _Node, path: list[tuple[Kind, str]]) -> Kind:
        if node.kind is not None:
            return node.kind
        units = [k for k, _ in path if k not in _CONTAINERISH]
        top = units[0] if units else Kind.SECTION
        if top is Kind.ARTICLE:
            depth = sum(1 for k in units[1:] if k is not Kind.DEFINITION)
            return _CIS_DEPTH_KIND[min(depth, len(_CIS_DEPTH_KIND) - 1)]
        kind = _FAMILY_KIND[node.family]
        return kind


_CONTAINERISH = frozenset({Kind.PART, Kind.CHAPTER, Kind.DIVISION, Kind.SUBPART, Kind.SUBDIVISION, Kind.SCHEDULE})


def _RANK_OF(node: _Node) -> int:  # noqa: N802 - reads like a table lookup
    return node.indent


def iter_lines(law: Law) -> Iterable[tuple[int, Provision]]:
    """(line, provision) for every provision: a helper for tools that map lines back to provisions."""
    for provision in law.walk():
        yield provision.line, provision
