"""Payload blocks of a bill -> provisions, ready to be put into a law.

A bill gives new text as a block: a whole article ("Article 12. Appeals …
1. … 2. …"), some paragraphs ("1-1. …"), a Canadian section with its
marginal note ("Persons qualified as electors / 3 Every person …"), a few
subsections or definitions, or plain words with no number at all. The block
is parsed with the same statute parser as whole laws (:mod:`compliance.lawtext`),
wrapped, when it holds sub-units only, in a placeholder article or section
that is then dropped. The caller (:mod:`compliance.amend`) gives the returned
provisions their kinds, eIds and citations at the place they are put.
"""

from __future__ import annotations

import re

from .errors import LawTextError
from .lawtext import parse_law
from .model import Kind, Provision, Tradition
from .quotes import strip_quotes

__all__ = ["parse_fragment", "plain_text"]

_WRAP = "9999"
_CIS_TOP_RE = re.compile(r"^(?:Article|ARTICLE|Chapter|CHAPTER|Section|SECTION)\s{1,20}[0-9IVXLC]")
_CW_TOP_RE = re.compile(
    r"^(?:\d{1,4}[A-Z]{0,4}(?:\.\d{1,3}[A-Z]{0,3}){0,3}\s{1,20}(?:\(|[A-Z“\"‘]|[a-z]{2,}\b)|(?:PART|Part|DIVISION|Division|"
    r"SCHEDULE|Schedule|Subdivision|SUBDIVISION)\s{1,20}[0-9IVXLC])")
_DEF_RE = re.compile(r"^[A-Za-z“\"‘][^()\n]{0,90}?(?:,?\s{1,20}(?:in relation to|in respect of)\b[^\n]{0,200}?,?)?\s{1,20}"
                     r"(?:means|includes|has the (?:same )?meanings?|does not include)\b")
_OLD_SECTION_DOT_RE = re.compile(r"^(\s{0,20}\d{1,4}[A-Z]{0,4}(?:\.\d{1,3}){0,3})\.(\s{1,20}(?:\(|[A-Z]))", re.M)


def plain_text(text: str) -> str:
    """The block as one string: surrounding quotes removed, common indentation removed."""
    text = strip_quotes(text.strip("\n"))
    lines = text.split("\n")
    indents = [len(line) - len(line.lstrip()) for line in lines if line.strip()]
    cut = min(indents) if indents else 0
    return "\n".join(line[cut:].rstrip() for line in lines).strip()


def parse_fragment(text: str, tradition: Tradition) -> list[Provision]:
    """The top-level provisions of a payload block, with their headings.

    A block without any numbered unit comes back as one provision with an
    empty label: plain words that replace or extend a provision's text.
    """
    body = plain_text(text)
    if not body:
        return []
    if tradition is not Tradition.CIS:
        body = _OLD_SECTION_DOT_RE.sub(r"\1\2", body)
    lines = [line for line in body.split("\n") if line.strip()]
    first_unit = next((line.strip() for line in lines if _labelled(line.strip(), tradition)), "")
    try:
        if tradition is Tradition.CIS:
            if _CIS_TOP_RE.match(first_unit) or _CIS_TOP_RE.match(lines[0].strip()):
                # A placeholder first article keeps a heading above the real first one as its heading.
                law = parse_law(f"Article 0. Placeholder\n\n{body}")
                if law.tradition is Tradition.CIS and len(law.body) > 1:
                    return list(law.body[1:])
            law = parse_law(f"Article {_WRAP}. Wrapper\n{body}")
            holder = law.body[0]
            return _unwrap(holder)
        if _CW_TOP_RE.match(first_unit) and not first_unit.startswith("("):
            law = parse_law(f"0 Placeholder.\n\n{body}")
            if law.tradition is Tradition.COMMONWEALTH and len(law.body) > 1:
                return list(law.body[1:])
        if _DEF_RE.match(lines[0].strip()) or (len(lines) > 1 and _DEF_RE.match(lines[1].strip())
                                               and not lines[0].strip().startswith("(")):
            law = parse_law(f"{_WRAP} (1) The definitions in this subsection apply in this Act.\n{body}")
            holder = law.body[0].children[0] if law.body[0].children else law.body[0]
            if holder.children and all(c.kind is Kind.DEFINITION for c in holder.children):
                return list(holder.children)
        law = parse_law(f"{_WRAP} Wrapper\n{body}")
        return _unwrap(law.body[0])
    except LawTextError:
        return [_plain(body)]


def _labelled(line: str, tradition: Tradition) -> bool:
    if tradition is Tradition.CIS:
        return bool(_CIS_TOP_RE.match(line) or re.match(r"^\d{1,3}(?:-\d{1,3}){0,3}[.)]\s", line))
    return bool(_CW_TOP_RE.match(line) or line.startswith("("))


def _unwrap(holder: Provision) -> list[Provision]:
    if holder.children:
        nodes = list(holder.children)
        if holder.text.strip() and holder.text.strip() != "Wrapper":
            # Words before the first unit: a lead-in the block gives as plain text.
            nodes.insert(0, _plain(holder.text))
        return nodes
    text = holder.text if holder.text.strip() != "Wrapper" else ""
    if holder.heading and holder.heading != "Wrapper":
        text = f"{holder.heading}\n{text}".strip()
    if holder.tail:
        text = f"{text}\n{holder.tail}".strip()
    return [_plain(text)] if text.strip() else []


def _plain(text: str) -> Provision:
    return Provision(kind=Kind.PARAGRAPH, label="", eid="", citation="", text=text.strip())
