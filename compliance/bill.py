"""Bills and drafts -> :class:`~compliance.model.Draft` (an ordered list of operations).

Two input forms (ARCHITECTURE §4):

* **bill text** — the amending instructions as legislatures write them, in
  CIS-style English, Canadian, Australian or UK form. :func:`parse_bill`
  walks the lines once: it recognises the title, framing clauses ("To
  introduce to the Constitutional Law … the following amendments:", "The Act
  is amended as follows"), act headings in bills that amend several acts,
  group headers ("3) in Article 9:") whose sub-instructions inherit the
  article, payload blocks (quoted, or set off by indentation as in Canadian
  acts, or following "Insert:" in Australian items), conditional and
  coordinating amendments (recognised, listed in ``Draft.conditional``, not
  applied) and the entry-into-force article (the draft's ``effective``
  date). Each instruction sentence goes to :mod:`compliance.phrases`. Lines
  that look like instructions but are not understood are listed in
  ``Draft.unparsed`` with their line numbers — never silently dropped.
* **TOML drafts** — structured operations, see :mod:`compliance.tomldraft`.

:func:`read_draft` picks the form by the file's extension.
"""

from __future__ import annotations

import os
import re
from datetime import date

from .errors import BillError
from .locators import LocatorError, Target, parse_locator
from .model import Draft, Operation, UnparsedLine
from .phrases import Context, OtherText, PhraseError, looks_like_instruction, parse_au_item, parse_instruction, \
    same_act
from .quotes import OPENERS, mask, scan
from .textio import read_text
from .tomldraft import parse_toml_draft

__all__ = ["read_draft", "parse_bill", "parse_toml_draft", "BillError", "parse_date"]


def read_draft(path: str | os.PathLike[str], *, act: str | None = None) -> Draft:
    """Read a draft: TOML when the file name ends in ``.toml``, bill text otherwise (see :func:`parse_bill`)."""
    name = os.fspath(path)
    text = read_text(name, what="draft" if name.endswith(".toml") else "bill")
    if name.lower().endswith(".toml"):
        return parse_toml_draft(text, path=name)
    return parse_bill(text, path=name, act=act)


def parse_bill(text: str, *, path: str = "<bill>", act: str | None = None) -> Draft:
    """Parse amending instructions into a :class:`Draft` (unparsed lines are listed, not raised).

    A bill may amend several acts. Operations on the act the draft is about
    have ``act == ""``; the others carry the name of the act they amend and
    are not applied. That act is ``act`` when given (the title of the law the
    draft is applied to), else the act named in the bill's title ("An Act to
    amend the Canada Elections Act …"), else the first act heading.
    """
    return _Scanner(text, path, act).run()


# ----------------------------------------------------------------------------
# Dates
# ----------------------------------------------------------------------------

_MONTHS = {m: i for i, m in enumerate(
    "january february march april may june july august september october november december".split(), 1)}
_DATE_RES = [
    re.compile(r"\b(?P<d>\d{1,2})(?:st|nd|rd|th)?(?:\s{1,20}of)?\s{1,20}(?P<m>[A-Z][a-z]{2,8})\.?,?\s{1,20}(?P<y>\d{4})\b"),
    re.compile(r"\b(?P<m>[A-Z][a-z]{2,8})\.?\s{1,20}(?P<d>\d{1,2})(?:st|nd|rd|th)?,?\s{1,20}(?P<y>\d{4})\b"),
    re.compile(r"\b(?P<y>\d{4})-(?P<mn>\d{2})-(?P<d>\d{2})\b"),
    re.compile(r"\b(?P<d>\d{1,2})\.(?P<mn>\d{1,2})\.(?P<y>\d{4})\b"),
]


def parse_date(text: str) -> date | None:
    """The first calendar date written in ``text`` ("1 June 2027", "June 1, 2027", "2027-06-01", "01.06.2027")."""
    best: tuple[int, date] | None = None
    for regex in _DATE_RES:
        for match in regex.finditer(text):
            groups = match.groupdict()
            month = _MONTHS.get(groups["m"].lower()) if groups.get("m") else int(groups["mn"])
            if month is None:
                continue
            try:
                value = date(int(groups["y"]), month, int(groups["d"]))
            except ValueError:
                continue
            if best is None or match.start() < best[0]:
                best = (match.start(), value)
            break
    return best[1] if best else None


# ----------------------------------------------------------------------------
# Line classes
# ----------------------------------------------------------------------------

_MD_RE = re.compile(r"^\s{0,3}(?:#{1,6}\s{1,20}|>\s?)")
_BULLET_RE = re.compile(r"^(?:[-–—•*]\s{1,20})")
_HISTORY_RE = re.compile(r"^(?:\d{4},\s{0,20}c\.\s{0,20}[0-9A-Z]|R\.S\.(?:C\.)?,?\s|SOR/|\d{4},\s{1,20}No\.|S\.C\.\s{1,20}\d{4})")
_ACT_HEADING_RE = re.compile(
    r"^(?!Amendments?\b|Related\b|Consequential\b|Coordinating\b|This\b|Transitional\b|Coming\b|An Act\b)"
    r"(?P<act>[A-Z][A-Za-z’'(),.\-]{0,40}(?:\s{1,20}[A-Za-z’'(),.\-]{1,40}){0,14}\s{1,20}(?:Act|ACT)(?:,?\s{1,20}\d{4})?"
    r"|Special Voting Rules|SPECIAL VOTING RULES)$")
_SECTION_HEADING_RE = re.compile(
    r"^(?P<h>(?:Coordinating|Co-ordinating|Transitional|Consequential|Related|Conditional)\s{1,20}(?:Amendments?|Provisions?)"
    r"|Coming into Force|Amendments? to (?:the|this) Act|Transitional Provisions?|Repeals?|Short Title|Interpretation|"
    r"Alternative Title|Recommendation|Summary|Preamble|"
    r"Amendments? Not in Force|Application(?: Provisions?)?|Saving(?: Provisions?)?|Consequential and Related "
    r"Amendments?|Related and Consequential Amendments?)$", re.I)
_BILL_ARTICLE_RE = re.compile(r"^(?:Article|Section|Clause)\s{1,20}(?P<n>\d{1,3})(?:\s{0,20}\.\s{0,20}(?P<rest>.*)|\s{0,20})$")
_CA_LEAD_RE = re.compile(r"^(?:\d{1,4}(?:\.\d{1,3})?\.?\s{1,20}(?:\(\d{1,3}(?:\.\d{1,2})?\)\s{1,20})?|\(\d{1,3}(?:\.\d{1,2})?\)\s{1,20})"
                         r"(?=[A-Z])")
_CIS_ITEM_RE = re.compile(r"^(?P<n>\d{1,3}(?:-\d{1,3})?)(?:\)|\.(?=\s{1,20}[a-z]))\s{1,20}")
_SUB_ITEM_RE = re.compile(r"^(?:\((?P<p>[a-z]{1,4}|[ivx]{1,6})\)|(?P<l>[a-z]{1,2})\))\s{1,20}")
_FRAMING_RE = re.compile(
    r"(?:\b(?:to\s{1,20})?(?:introduce|make)\b.{0,400}?\bthe\s{1,20}following\s{1,20}(?:amendments?|changes|additions|"
    r"supplements|alterations)"
    r"|\bto\s{1,20}(?:introduce|make)\b.{0,400}?\b(?:amendments?|changes|additions|supplements|alterations)\b"
    r"|\bthe following\s{1,20}(?:amendments?|changes|additions|supplements|alterations)\b.{0,400}?"
    r"\b(?:shall be|are|is)\s{1,20}(?:introduced|made)\b"
    r"|\b(?:shall be|are|is)\s{1,20}(?:introduced|made)\b.{0,400}?\bthe following\s{1,20}(?:amendments?|changes|"
    r"additions)"
    r"|\b(?:is|are|shall\s{1,20}be|should\s{1,20}be|be)\s{1,20}amended(?:\s{1,20}and\s{1,20}supplemented)?"
    r"\s{1,20}as\s{1,20}follows\b"
    r"|(?:^|\bto\s{1,20})amend\b.{0,400}?\bas\s{1,20}follows\s{0,20}:\s{0,20}$"
    r"|\bis\s{1,20}amended\s{1,20}in\s{1,20}accordance\s{1,20}with\b"
    r"|\bamended\s{1,20}or\s{1,20}repealed\s{1,20}as\s{1,20}set\s{1,20}out\b)", re.I)
_FRAMING_SCOPE_RE = re.compile(
    r"^(?:in\s{1,20}(?P<loc2>[^:]{1,200}?),?\s{1,20}the\s{1,20}following\s{1,20}(?:amendments?|changes|additions)"
    r"[^:]{0,200}|(?P<loc>[^:]{1,200}?)\s{1,20}(?:shall|should|is|are)(?:\s{1,20}be)?\s{1,20}amended"
    r"(?:\s{1,20}and\s{1,20}supplemented)?\s{1,20}as\s{1,20}follows)\s{0,20}[:.]?$", re.I)
_EIF_RE = re.compile(
    r"\b(?:enters?|enter|comes?|come|shall\s{1,20}be\s{1,20}put|is\s{1,20}put|be\s{1,20}put)\s{1,20}into\s{1,20}(?:force|effect)\b"
    r"|\btakes?\s{1,20}effect\b|\bshall\s{1,20}be\s{1,20}enforced\b|\bshall\s{1,20}apply\s{1,20}from\b", re.I)
_CONDITIONAL_LEAD_RE = re.compile(
    r"^(?:if\b|in the event\b|on the first day on which\b|on the later of\b|provided that\b|where\b.*\bcomes? into force"
    r"|subject to the entry into force\b|should\b.*\benter into force)", re.I)
_AU_ITEM_RE = re.compile(
    r"^(?P<n>\d{1,4})[A-Z]{0,2}\s{1,20}(?P<head>(?:After|Before|At the end of|At the beginning of)\s{1,20}.+|"
    r"(?:Section|Sections|Subsection|Subsections|Paragraph|Paragraphs|Subparagraph|Subparagraphs|Part|Parts|"
    r"Division|Subdivision|Schedule|Clause|Clauses|Items?|Note|Rule|Regulation)\s{1,20}.+)$")
_AU_SCHEDULE_RE = re.compile(r"^Schedule\s{1,20}\d{1,3}[A-Z]?\s{0,20}[—–-]")
_AU_BODY_RE = re.compile(r"^(?:Omit|Insert|Add|Repeal the|After\s{1,20}\S|Before\s{1,20}\S|Substitute)", re.I)
_GROUP_RE = re.compile(r"^(?:(?:the\s{1,20}following\s{1,20}(?:amendments|changes|additions)\s{1,20}(?:and\s{1,20}\w+\s{1,20})?(?:shall\s{1,20}be|are)\s{1,20}"
                       r"(?:made|introduced)\s{1,20})?(?:in|to)\s{1,20})?(?P<loc>.+?)\s{0,20}[:—–]$", re.I)
_AS_FOLLOWS_RE = re.compile(r"\b(?:as follows|following (?:content|wording|edition|text|version)|the following)\s{0,20}:?\s{0,20}$",
                            re.I)


#: Longest line read as an instruction sentence (payload lines are not limited).
_LONGEST_INSTRUCTION = 20_000


class _Line:
    __slots__ = ("number", "raw", "indent", "text")

    def __init__(self, number: int, raw: str) -> None:
        self.number = number
        self.raw = raw.expandtabs(4).rstrip()
        self.indent = len(self.raw) - len(self.raw.lstrip())
        text = self.raw.strip()
        if text.startswith(("#", ">")):
            text = _MD_RE.sub("", text)
        if "**" in text or "__" in text:
            text = text.replace("**", "").replace("__", "")
        self.text = text.strip()


class _Scanner:
    def __init__(self, text: str, path: str, act: str | None = None) -> None:
        if text.startswith("\ufeff"):
            text = text[1:]
        self.path = path
        self.hint = act or ""
        self.lines = [_Line(i + 1, raw) for i, raw in enumerate(text.replace("\r\n", "\n").replace("\r", "\n")
                                                               .split("\n"))]
        self.ops: list[Operation] = []
        self.unparsed: list[UnparsedLine] = []
        self.conditional: list[UnparsedLine] = []
        self.title_lines: list[str] = []
        self.effective: date | None = None
        self.started = False
        self.primary = ""
        self.act = ""
        self.mode = "body"
        self.groups: list[Target] = []
        self.au_last = 0
        self.au_other = False
        self.au = self._detect_au()
        self.cis: bool | None = None

    # -- helpers ---------------------------------------------------------------

    def _detect_au(self) -> bool:
        bodies = sum(1 for line in self.lines if _AU_BODY_RE.match(line.text) and line.indent == 0
                     and (line.text.rstrip().endswith(":") or '"' in line.text or "“" in line.text
                          or line.text.startswith("Repeal the")))
        items = sum(1 for line in self.lines if _AU_ITEM_RE.match(line.text) and line.indent == 0)
        return bodies >= 2 and items >= 2

    def _next_nonblank(self, index: int) -> int:
        for j in range(index + 1, len(self.lines)):
            if self.lines[j].text:
                return j
        return -1

    def _unparsed(self, line: _Line, text: str, reason: str) -> None:
        self.unparsed.append(UnparsedLine(line.number, text, reason, act=self.act))

    # -- main loop ---------------------------------------------------------------

    def run(self) -> Draft:
        self.primary = self.hint or self._primary_from_title()
        i = 0
        n = len(self.lines)
        while i < n:
            line = self.lines[i]
            if not line.text:
                i += 1
                continue
            i = self._line(i)
        title = self._title()
        return Draft(
            title=title,
            operations=tuple(self.ops),
            law=None,
            effective=self.effective,
            path=self.path,
            unparsed=tuple(self.unparsed),
            conditional=tuple(self.conditional),
        )

    def _primary_from_title(self) -> str:
        for line in self.lines[:15]:
            match = re.search(r"\bamend(?:ing|ments? to)?\s{1,20}(?:the\s{1,20})?(?P<act>[A-Z][A-Za-z’'()\-]{0,40}"
                              r"(?:\s{1,20}[A-Z][A-Za-z’'()\-]{0,40}){0,10}\s{1,20}Act(?:,?\s{1,20}\d{4})?)", line.text)
            if match:
                return match.group("act")
        return ""

    def _title(self) -> str:
        candidates = [t for t in self.title_lines if t]
        for text in candidates:
            if re.match(r"^(?:On|Concerning|About)\s", text) or re.search(r"\bamend", text, re.I):
                return text
        if candidates:
            return candidates[0]
        return os.path.basename(self.path) if self.path and not self.path.startswith("<") else "Untitled draft"

    def _line(self, i: int) -> int:
        line = self.lines[i]
        text = line.text
        if len(text) > _LONGEST_INSTRUCTION:
            # No real instruction is this long; keep the cost of absurd input linear.
            if looks_like_instruction(text):
                self._unparsed(line, text[:200] + "…", "line too long to be an amending instruction")
            return i + 1
        if self.au and self._au_item(i):
            return self._au_consume(i)
        if _HISTORY_RE.match(text) and line.indent <= 4 and not looks_like_instruction(text):
            return i + 1
        if line.indent == 0 and not self.au and re.match(r"^(?:SCHEDULE|Schedule)(?:\s{1,20}[0-9IVX]{1,5})?$", text) \
                and self.started:
            self.mode = "other"  # the amending act's own schedule
            return i + 1
        if line.indent == 0 and _SECTION_HEADING_RE.match(text):
            heading = text.lower()
            if heading.startswith(("coordinating", "co-ordinating", "conditional")):
                self.mode = "coordinating"
            elif heading.startswith(("transitional", "coming", "application", "saving", "short", "interpretation",
                                     "alternative", "recommendation", "summary", "preamble")):
                self.mode = "other"
            else:
                self.mode = "body"
            self.started = True
            return i + 1
        if line.indent == 0 and self.started and _ACT_HEADING_RE.match(text):
            self._act_heading(_ACT_HEADING_RE.match(text).group("act"))  # type: ignore[union-attr]
            if self.mode == "other":
                self.mode = "body"
            return i + 1
        if self.au and _AU_SCHEDULE_RE.match(text):
            self.au_last = 0
            self.au_other = False
            self.started = True
            return i + 1
        if self.au:
            return self._au_between(i)
        article = _BILL_ARTICLE_RE.match(text)
        if article and not self.au and self._is_bill_article(article):
            self.groups = []
            rest = (article.group("rest") or "").strip()
            if not rest:
                self.started = True
                return i + 1
            text = rest
        return self._statement(i, text)

    def _is_bill_article(self, match: re.Match[str]) -> bool:
        rest = match.group("rest") or ""
        if not rest:
            return True
        return not re.match(r"^(?:shall|should|is|are|to)\b", rest) and not rest[:1].islower()

    def _act_heading(self, name: str) -> None:
        name = " ".join(name.split())
        if name.isupper():
            name = name.title().replace(" Of ", " of ").replace(" And ", " and ").replace(" The ", " the ")
        if not self.primary:
            self.primary = name
        self.act = "" if same_act(name, self.primary) else name
        self.groups = []
        self.started = True

    # -- statements ----------------------------------------------------------------

    def _statement(self, i: int, text: str) -> int:
        level = "cont"
        lead = _CA_LEAD_RE.match(text)
        if lead:
            text = text[lead.end():]
            level = "top"
        else:
            item = _CIS_ITEM_RE.match(text)
            if item:
                text = text[item.end():]
                level = "top"
            else:
                sub = _SUB_ITEM_RE.match(text)
                bullet = _BULLET_RE.match(text)
                if sub:
                    text = text[sub.end():]
                    level = "sub"
                elif bullet:
                    text = text[bullet.end():]
                    level = "sub"
        if level == "top":
            self.groups = []
        text = text.strip()
        if not text:
            return i + 1
        end = i
        # Lines wrapped in the middle of a sentence (Markdown) and quotes running over several lines.
        text, end = self._join(i, text)
        masked, _strings = mask(text)
        if not self.started and level == "cont" and (
                re.match(r"^(?:An Act|A Bill|Bill\b|On\s|Law of|Constitutional Law\b)", text)
                or not looks_like_instruction_strict(masked) and not looks_like_instruction(masked)
                and not _FRAMING_RE.search(masked)):
            self.title_lines.append(text)
            return end + 1
        if _FRAMING_RE.search(masked) and masked.rstrip().endswith((":", ".", "—")) and not re.search(r"\bamended by\b|\bis replaced\b|\bare replaced\b",
                                                        masked) and not self._is_group(masked):
            self.started = True
            self.groups = []
            scope = self._framing_scope(masked)
            if scope is not None:
                # "Article 4 shall be amended as follows:" frames the instructions that follow, like a group header.
                self._push_group(scope, level)
            self._framing_act(text)
            return end + 1
        self.started = True
        if _EIF_RE.search(masked) and not looks_like_instruction_strict(masked):
            if re.match(r"^(?:This|The present|the present|this)\b", masked) or self.effective is None:
                found = parse_date(masked)
                if found is not None and (re.match(r"^(?:This|The present)\b", masked, re.I)
                                          or self.effective is None):
                    self.effective = found
            return end + 1
        conditional = self.mode == "coordinating" or _CONDITIONAL_LEAD_RE.match(masked)
        # Group headers: "3) in Article 9:", "in paragraph 2 of Article 12:", "In section 5 of PPERA—".
        group = self._group(masked, text)
        if group is not None:
            scope, remainder = group
            self._push_group(scope, level)
            if remainder:
                return self._instruction(i, end, remainder, conditional=bool(conditional))
            return end + 1
        return self._instruction(i, end, text, conditional=bool(conditional))

    def _framing_scope(self, masked: str) -> Target | None:
        match = _FRAMING_SCOPE_RE.match(masked.strip())
        if not match:
            return None
        loc = match.group("loc") or match.group("loc2")
        try:
            locator = parse_locator(loc, context=self.groups[-1] if self.groups else None, cis=self.cis)
        except LocatorError:
            return None
        if len(locator.targets) != 1 or locator.through is not None:
            return None
        return locator.targets[0]

    def _framing_act(self, text: str) -> None:
        match = re.search(r"^(?:The\s{1,20})?(?P<act>[A-Z][A-Za-z’'()\-]{0,40}(?:\s{1,20}[A-Za-z’'()\-]{1,40}){0,10}\s{1,20}Act"
                          r"(?:,?\s{1,20}\d{4})?)\s{1,20}is\s{1,20}amended\s{1,20}as\s{1,20}follows", text)
        if match and match.group("act") not in ("The Act", "Act"):
            self._act_heading(match.group("act"))

    def _is_group(self, masked: str) -> bool:
        return bool(_GROUP_RE.match(masked.strip())) and self._group(masked, masked) is not None

    def _group(self, masked: str, text: str) -> tuple[Target, str] | None:
        stripped = masked.strip()
        colon = None
        for sep in (":", "—", "–"):
            at = stripped.find(sep)
            if at != -1 and (colon is None or at < colon):
                colon = at
        if colon is None:
            return None
        head = stripped[:colon]
        rest_masked = stripped[colon + 1:].strip()
        match = _GROUP_RE.match(head + ":")
        if not match:
            return None
        loc = match.group("loc")
        if looks_like_instruction_strict(loc) or looks_like_instruction(loc):
            return None
        loc = re.sub(r"\s{1,20}\([^()]{1,200}\)$", "", loc)  # "In section 5 (reports on elections)—"
        loc = re.sub(r"\s{1,20}of\s{1,20}(?:the|this)\s{1,20}(?:Constitutional\s{1,20})?(?:Law|Act|Code)\b.*$", "", loc)
        if looks_like_instruction_strict(loc):
            return None
        scope = self.groups[-1] if self.groups else None
        try:
            locator = parse_locator(loc, context=scope, cis=self.cis)
        except LocatorError:
            return None
        if len(locator.targets) != 1 or locator.through is not None:
            return None
        remainder = ""
        if rest_masked:
            # Header and first instruction on one line: give back the original text after the colon.
            offset = _offset_after(text, head)
            remainder = text[offset:].lstrip(" :—–")
        return locator.targets[0], remainder

    def _push_group(self, scope: Target, level: str) -> None:
        if scope.top_kind is not None and scope.top_kind.value in ("article", "section") or not self.groups:
            self.groups = [scope]
            return
        # A deeper group inside the current one, or a sibling of an inner group.
        while len(self.groups) > 1 and not _inside(scope, self.groups[-1]):
            self.groups.pop()
        self.groups.append(scope)

    def _join(self, i: int, text: str) -> tuple[str, int]:
        """Join continuation lines: a sentence wrapped before its end (at most 20 lines), a quote left open."""
        end = i
        joined = text
        if not self.au and not _unbalanced(joined):
            while end - i < 20 and not joined.rstrip().endswith((":", ";", ".", "—", ",")):
                j = end + 1
                if j < len(self.lines) and self.lines[j].text and not self.lines[j].text.startswith(("(", "#")) \
                        and (self.lines[j].text[:1].islower() or self.lines[j].text[:1] in OPENERS) \
                        and not _CIS_ITEM_RE.match(self.lines[j].text) and not _SUB_ITEM_RE.match(self.lines[j].text) \
                        and self.lines[j].indent <= self.lines[i].indent + 4:
                    joined = joined + " " + self.lines[j].text
                    end = j
                    continue
                break
        if _unbalanced(joined):
            close = self._closing_line(end, joined, window=400)
            if close is not None:
                joined = "\n".join([joined, *(self.lines[k].raw.strip() for k in range(end + 1, close + 1))])
                end = close
        return joined, end

    def _closing_line(self, index: int, head: str, window: int = 2000) -> int | None:
        """The line that closes the quote ``head`` (line ``index``) leaves open, or ``None`` within ``window`` lines.

        One scan of a bounded window (lines and characters), so that the cost stays linear in the bill's length.
        """
        stop = min(len(self.lines), index + 1 + window)
        parts = [head]
        size = len(head)
        for k in range(index + 1, stop):
            raw = self.lines[k].raw.rstrip()
            size += len(raw) + 1
            if size > 400_000:
                break
            parts.append(raw)
        text = "\n".join(parts)
        limit = len(head)
        best: int | None = None
        for segment in scan(text):
            if segment.start > limit + 1:
                break
            if segment.quoted and segment.start - 1 < limit < segment.end:
                best = segment.end
        if best is None:
            return None
        return index + text.count("\n", 0, best)

    # -- instructions ------------------------------------------------------------

    def _instruction(self, i: int, end: int, text: str, *, conditional: bool) -> int:
        line = self.lines[i]
        masked, _ = mask(text)
        payload = None
        last = end
        wants_block = masked.rstrip().endswith((":", "—", "–")) or (
            _AS_FOLLOWS_RE.search(masked.rstrip(" ;.")) is not None and not _has_payload_quote(masked))
        if wants_block:
            payload, last = self._block(end, line.indent, masked)
        if conditional:
            if looks_like_instruction(masked):
                self.conditional.append(UnparsedLine(line.number, text, "conditional or coordinating amendment",
                                                     act=self.act))
            return last + 1
        ctx = Context(scope=self.groups[-1] if self.groups else None, act=self.act, primary=self.primary, cis=self.cis,
                      line=line.number, source=text)
        try:
            ops = parse_instruction(text, payload, ctx)
        except OtherText as other:
            target = self.conditional if other.conditional else self.unparsed
            target.append(UnparsedLine(line.number, text, str(other), act=self.act))
            return last + 1
        except PhraseError as error:
            if self.mode == "other" and not re.match(
                    r"^(?:(?:Sub)?(?:sub)?(?:sections?|paragraphs?|clauses?)|Parts?|Divisions?|Schedules?|Articles?|"
                    r"The (?:definitions?|portion|heading|Act))\b.*\b(?:is|are)\s{1,20}(?:replaced|repealed|amended|"
                    r"renumbered)\b", masked):
                return last + 1
            if looks_like_instruction(masked) or payload is not None:
                self._unparsed(line, text, str(error))
            elif not self.started:
                self.title_lines.append(text)
            return last + 1
        if self.cis is None and any(op.target.startswith("Article") for op in ops):
            self.cis = True
        self.ops.extend(ops)
        return last + 1

    def _block(self, end: int, indent: int, masked: str) -> tuple[str | None, int]:
        """The payload after an instruction ending in a colon: quoted, indented, or plain lines."""
        j = self._next_nonblank(end)
        if j < 0:
            return None, end
        first = self.lines[j]
        if first.text[:1] in OPENERS:
            head = first.raw.strip()
            close = j if not _unbalanced(head) else self._closing_line(j, head)
            if close is not None:
                joined = "\n".join([head, *(self.lines[k].raw.rstrip() for k in range(j + 1, close + 1))])
                segments = scan(joined)
                if segments and segments[0].quoted:
                    return _dedent(segments[0].text), close
        if first.indent >= indent + 6:
            collected_lines: list[str] = []
            k = j
            last = j
            while k < len(self.lines):
                current = self.lines[k]
                if current.text and current.indent < indent + 6:
                    break
                collected_lines.append(current.raw)
                if current.text:
                    last = k
                k += 1
            block = _dedent("\n".join(collected_lines[: last - j + 1]))
            return block, last
        if _AS_FOLLOWS_RE.search(masked.rstrip(" ;.:—–") + " as follows") or masked.rstrip().endswith(":"):
            # Plain lines up to the next blank line (CIS translations without quotes).
            if j != end + 1:
                return None, end
            collected_lines = []
            k = j
            while k < len(self.lines) and self.lines[k].text:
                candidate = self.lines[k].text
                if k > j and (_CIS_ITEM_RE.match(candidate) and looks_like_instruction_strict(candidate)):
                    break
                collected_lines.append(self.lines[k].raw)
                k += 1
            if collected_lines and not looks_like_instruction_strict(collected_lines[0]):
                return _dedent("\n".join(collected_lines)), k - 1
        return None, end

    # -- Australian items --------------------------------------------------------------

    def _au_between(self, i: int) -> int:
        """A line outside amending items: an act named by a Part heading, a non-amending item, or the act's own text."""
        line = self.lines[i]
        text = line.text
        part = re.match(r"^Part\s{1,20}\d{1,3}[A-Z]?\s{0,20}[—–-].*?\b(?:of|in|to)\s{1,20}(?:the\s{1,20})?(?P<act>[A-Z][A-Za-z()’' ]{2,120}?"
                        r"\s{1,20}Act\s{1,20}\d{4})\s{0,20}$", text)
        if part and line.indent == 0:
            self._act_heading(part.group("act"))
            self.au_other = False
            return i + 1
        item = re.match(r"^(?P<n>\d{1,4})[A-Z]{0,2}\s{1,20}[A-Z]", text)
        if item and line.indent == 0 and 0 < int(item.group("n")) - self.au_last <= 3:
            # A numbered item that is not an amendment ("7 Application of item 6"): its text is not an instruction.
            self.au_last = int(item.group("n"))
            self.au_other = True
            return i + 1
        if not self.started:
            self.title_lines.append(text)
        elif not self.au_other and looks_like_instruction_strict(text) and not re.match(r"^(?:Note|Column)\b", text):
            self._unparsed(line, text, "an amending instruction outside any numbered item")
        return i + 1

    def _au_item(self, i: int) -> bool:
        line = self.lines[i]
        if line.indent > 0:
            return False
        match = _AU_ITEM_RE.match(line.text)
        if not match:
            return False
        number = int(match.group("n"))
        if not (number == self.au_last + 1 or 0 < number - self.au_last <= 3 or number == 1):
            return False
        j = self._next_nonblank(i)
        return j >= 0 and bool(_AU_BODY_RE.match(self.lines[j].text)) or j >= 0 and looks_like_instruction(
            self.lines[j].text)

    def _au_consume(self, i: int) -> int:
        line = self.lines[i]
        match = _AU_ITEM_RE.match(line.text)
        assert match is not None
        self.au_last = int(match.group("n"))
        self.au_other = False
        self.started = True
        j = self._next_nonblank(i)
        body = self.lines[j].text
        k = j
        while not body.rstrip().endswith((".", ":")) and k + 1 < len(self.lines) and self.lines[k + 1].text:
            k += 1
            body += " " + self.lines[k].text
        payload = None
        last = k
        if body.rstrip().endswith(":"):
            collected: list[str] = []
            m = k + 1
            while m < len(self.lines):
                current = self.lines[m]
                if current.text and current.indent == 0 and (
                        self._au_next_item(m) or _AU_SCHEDULE_RE.match(current.text)
                        or (_ACT_HEADING_RE.match(current.text) and not current.text[0].isdigit())):
                    break
                collected.append(current.raw)
                if current.text:
                    last = m
                m += 1
            payload = _dedent("\n".join(collected[: last - k]))
        ctx = Context(act=self.act, primary=self.primary, cis=False, line=line.number,
                      source=f"{line.text} / {body}")
        head = match.group("head")
        try:
            self.ops.extend(parse_au_item(head, body, payload, ctx))
        except PhraseError as error:
            self._unparsed(line, f"{line.text} / {body}", str(error))
        return last + 1

    def _au_next_item(self, m: int) -> bool:
        match = _AU_ITEM_RE.match(self.lines[m].text)
        if not match:
            return bool(re.match(r"^\d{1,4}\s{1,20}[A-Z]", self.lines[m].text)) and int(
                re.match(r"^\d+", self.lines[m].text).group()) == self.au_last + 1  # type: ignore[union-attr]
        number = int(match.group("n"))
        return number == self.au_last + 1 or 0 < number - self.au_last <= 2


def looks_like_instruction_strict(text: str) -> bool:
    """Instruction verbs in the modal form drafters use ("shall be", "is replaced", "Omit")."""
    return bool(re.search(r"\b(?:shall|should|must|is|are)\s{1,20}(?:be\s{1,20})?(?:worded|read|set out|stated|excluded|deleted|"
                          r"repealed|replaced|supplemented|amended|renumbered|considered|deemed|added|inserted)\b"
                          r"|\b(?:omit|insert|substitute)\b", text, re.I))


def _has_payload_quote(masked: str) -> bool:
    return "\ue000" in masked.rsplit(":", 1)[-1] if ":" in masked else False


def _unbalanced(text: str) -> bool:
    """True when ``text`` opens a quote it does not close (so the payload continues on the next lines)."""
    segments = scan(text)
    for segment in segments:
        if segment.quoted:
            continue
        stripped = segment.text
        for index, char in enumerate(stripped):
            if char in ("“", "«", "‘", "„") or (char == '"' and (index == 0 or stripped[index - 1] in " :(\n—–")
                                               and index + 1 < len(stripped) and not stripped[index + 1].isspace()):
                if char == "‘" and index + 1 < len(stripped) and stripped[index + 1] == "s":
                    continue
                return True
    return False


def _dedent(text: str) -> str:
    lines = text.split("\n")
    indents = [len(line) - len(line.lstrip()) for line in lines if line.strip()]
    cut = min(indents) if indents else 0
    return "\n".join(line[cut:] if len(line) >= cut else line.strip() for line in lines).strip("\n")


def _offset_after(text: str, head_masked: str) -> int:
    """Offset in ``text`` just past the group header (the header contains no quotes)."""
    for sep in (":", "—", "–"):
        at = text.find(sep)
        if at != -1:
            return at + 1
    return len(text)


def _inside(inner: Target, outer: Target) -> bool:
    return inner.path[: len(outer.path)] == outer.path and inner != outer
