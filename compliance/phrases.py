"""Amending-instruction sentences -> :class:`~compliance.model.Operation` values.

One function, :func:`parse_instruction`, reads one instruction sentence
(with its payload block, if the sentence ends in a colon) in any of the
drafting traditions Suffrage knows, in this order:

* **CIS-style English** (Kazakh and other post-Soviet laws in translation):
  "paragraph 1 of Article 4 shall be worded as follows: …", "should be read
  as follows", "shall be set out in the following wording", "shall be
  supplemented by paragraph 1-1 of the following content", "shall be
  excluded", "the words "…" shall be replaced by the words "…"";
* **Canadian** acts: "Subsection 2(1) of the Act is replaced by the
  following:", "… is amended by striking out “and” at the end of paragraph (a)
  and by adding the following after paragraph (b):", "… is renumbered as …";
* **Australian** schedule items: a heading ("5 Subsection 17(2A)") and a
  body ("Omit "…", substitute "…".", "Repeal the section, substitute:",
  "Insert:", "Add "…"."), given here as one sentence ``heading / body``;
* **United Kingdom** inline forms: "In section 5, for “X” substitute “Y”",
  "omit “…”", "after subsection (2) insert—".

The grammar never looks inside quotes: quoted strings are masked first
(:mod:`compliance.quotes`) and the masked sentence is matched with anchored,
linear-time regular expressions. Locators are read by
:mod:`compliance.locators`. A sentence that cannot be read raises
:class:`PhraseError` with the reason, which the bill parser reports as an
unparsed line.
"""

from __future__ import annotations

import re

from attrs import define, field

from .locators import Locator, LocatorError, Target, parse_locator
from .model import Operation
from .quotes import QCLOSE, QOPEN, mask

__all__ = ["PhraseError", "OtherText", "Context", "parse_instruction", "parse_au_item", "looks_like_instruction",
           "WORD_VERBS", "split_payload", "act_of", "norm_act", "same_act"]


class PhraseError(ValueError):
    """An instruction sentence that was not understood; ``str()`` is the reason."""


class OtherText(ValueError):
    """An instruction that amends something other than the law (this act itself, a French version, …)."""

    def __init__(self, reason: str, *, conditional: bool = False) -> None:
        super().__init__(reason)
        self.conditional = conditional


@define
class Context:
    """What surrounds an instruction: the unit a group header put in scope, the act amended, the tradition."""

    scope: Target | None = None
    act: str = ""
    primary: str = ""
    cis: bool | None = None
    line: int | None = None
    source: str = ""
    default_occurrence: str = "all"
    ops: list[Operation] = field(factory=list)


# ----------------------------------------------------------------------------
# Vocabulary. Everything is matched on masked text (quotes are \ue000N\ue001).
# ----------------------------------------------------------------------------

_Q = QOPEN + r"(\d{1,4})" + QCLOSE
_QRE = re.compile(_Q)
_MODAL = r"(?:(?:shall|should|must|is to|are to|will|to)\s{1,20}be|is|are)"
_WORDS_NOUN = (r"(?:the\s{1,20})?(?:words?|figures?|numbers?|numerals?|digits?|symbols?|signs?|letters?|text|phrases?|"
               r"sentences?|expressions?|abbreviations?|references?|punctuation marks?|term)")
_FOLLOWING = (r"(?:as follows|in the following (?:wording|edition|version|form|reading|text|words|manner)|"
              r"in (?:a|the) new (?:wording|edition|version)|to read as follows|of the following (?:content|wording|text)|"
              r"with the following (?:content|wording|text)|reading as follows|worded as follows|"
              r"(?:by|with) the following(?: (?:content|wording|text))?|the following)")
_REPLACE_UNIT_RE = re.compile(
    r"\b(?:" + _MODAL + r"\s{1,20}(?:re-?worded|worded|read|set out|stated|restated|laid down|presented|formulated|"
    r"amended(?: and read)?|drafted|expressed|given|replaced|re-?stated|amended to read)\s{1,20}" + _FOLLOWING
    + r"|(?:shall|should|must|will)\s{1,20}read\s{1,20}(?:as follows|in the following (?:wording|edition|version))"
    r"|(?:is|are)\s{1,20}(?:hereby\s{1,20})?amended\s{1,20}to\s{1,20}read\s{1,20}as\s{1,20}follows)"
    r"(?=\s{0,20}:?\s{0,20}(?:" + _Q + r")?\s{0,20}[;.,]?\s{0,20}(?:and)?\s{0,20}$)", re.I)
_REPLACE_UNIT_INF_RE = re.compile(
    r"^(?:to\s{1,20})?(?:state|set out|word|read|restate|lay down|present|reword|formulate)\s{1,20}(?P<loc>.{1,300}?)\s{1,20}"
    + _FOLLOWING + r"\s{0,20}:?\s{0,20}(?:" + _Q + r")?\s{0,20}[;.,]?\s{0,20}$", re.I)
_REPEAL_RE = re.compile(
    r"\b(?=[A-Za-z])(?:" + _MODAL + r"\s{1,20}(?:excluded|deleted|repealed|removed|omitted|abolished|struck out|stricken|revoked|"
    r"invalidated|annulled|(?:recogni[sz]ed|declared|considered|deemed)\s{1,20}(?:as\s{1,20})?(?:invalid|void|null and void|"
    r"(?:as\s{1,20}|to\s{1,20})?(?:having\s{1,20})?(?:lost|lose)\s{1,20}(?:its\s{1,20}|their\s{1,20})?(?:legal\s{1,20})?force|no longer in force|"
    r"to have lost (?:legal )?force|having lost (?:legal )?force))"
    r"|(?:shall|should|will)\s{1,20}(?:lose|cease to have)\s{1,20}(?:its\s{1,20}|their\s{1,20})?(?:legal\s{1,20})?(?:force|effect)"
    r"|(?:shall|should|will)\s{1,20}become\s{1,20}invalid)\s{0,20}[;.,]?\s{0,20}(?:and)?\s{0,20}$", re.I)
_REPEAL_INF_RE = re.compile(r"^(?:to\s{1,20})?(?:exclude|delete|repeal|remove|omit|strike out)\s{1,20}(?P<loc>.{1,400}?)\s{0,20}[;.,]?\s{0,20}$",
                            re.I)
_SUPPLEMENT_RE = re.compile(
    r"\b(?:" + _MODAL + r"\s{1,20}(?:supplemented|complemented|added|amended and supplemented|extended)\s{1,20}(?:by|with)"
    r"|(?:shall|should)\s{1,20}be\s{1,20}supplemented)\b", re.I)
_SUPPLEMENT_INF_RE = re.compile(r"^(?:to\s{1,20})?(?:supplement|complement|add to)\s{1,20}", re.I)
_RENUMBER_RE = re.compile(
    r"\b(?:" + _MODAL + r"\s{1,20}(?:considered|deemed|regarded|renumbered|re-numbered|numbered|read)(?:\s{1,20}(?:as|to be))?"
    r"|(?:shall|should|will)\s{1,20}become|(?:shall|should)\s{1,20}be\s{1,20}(?:considered|deemed)\s{1,20}respectively)"
    r"\s{1,20}(?:respectively\s{1,20})?(?:as\s{1,20})?", re.I)
_REPLACED_BY_WORDS_RE = re.compile(
    r"^\s{0,20},?\s{0,20}(?:" + _MODAL + r"\s{1,20})?(?:replaced|substituted|changed)\s{1,20}(?:by|with|for)\s{1,20}" + _WORDS_NOUN + r"?\s{0,20}"
    + _Q, re.I)
_WORDS_THEN_Q_RE = re.compile(r"\b" + _WORDS_NOUN + r"\s{1,20}" + _Q + r"(?:\s{0,20}(?:,|and|,\s{0,20}and)\s{0,20}" + _Q + r"){0,20}", re.I)
_FROM_TO_RE = re.compile(
    r"\b" + _WORDS_NOUN + r"\s{1,20}(?:starting\s{1,20})?from\s{1,20}(?:and including\s{1,20})?" + _Q + r"\s{1,20}(?:to|until|up to)\s{1,20}"
    r"(?:and including\s{1,20})?(?:(?:the\s{1,20})?" + _WORDS_NOUN + r"\s{1,20})?(?:" + _Q + r"|the end(?: of the (?:sentence|"
    r"paragraph|subparagraph|part|text|item|sub-item|provision))?)", re.I)
_OCCURRENCE_RE = re.compile(
    r"(?:,?\s{0,20}\(?(?:wherever (?:it |they )?(?:occurs?|occurring|appears?|appearing|found)|in all cases|throughout"
    r"(?: the(?: whole)? text)?(?: of (?:the|this) (?:Article|Constitutional Law|Law|Act|Code|paragraph|section))?"
    r"|everywhere|in the whole text|in each (?:case|place)|in all places|in both places|each time (?:it|they) occurs?)"
    r"\)?)", re.I)
_FIRST_RE = re.compile(r"\(?(?P<which>first|second|third|fourth|fifth|last)(?: occurring| time| occurrence)\)?", re.I)
_ORD = {"first": "1", "second": "2", "third": "3", "fourth": "4", "fifth": "5", "last": "last"}

WORD_VERBS = re.compile(
    r"\b(?=[A-Za-z])(?:worded|read as follows|set out|stated|excluded|deleted|repealed|replaced|supplemented|substitute[d]?|"
    r"renumbered|amended|omit(?:ted)?|insert(?:ed)?|struck out|striking out|added|adding|considered as|"
    r"lose force|lost force|invalid|the following content|following wording|following edition|"
    r"(?:to\s{1,20})?(?:exclude|delete|supplement|repeal|state|replace|word|omit|insert|add)\s{1,20}(?:the\s{1,20})?(?:words?|"
    r"articles?|paragraphs?|subparagraphs?|items?|sub-items?|points?|parts?|chapters?|sections?|subsections?)\b)\b",
    re.I)
_UNIT_WORD = (r"(?:new\s{1,20})?(?:articles?|paragraphs?|items?|points?|subparagraphs?|sub-paragraphs?|sub-items?|subitems?|"
              r"subpoints?|parts?|chapters?|sections?|subsections?|indents?|clauses?|sub-clauses?|definitions?|"
              r"sentences?|notes?)")
_LABELS = r"(?:[0-9][0-9A-Za-z.\-]{0,12}\)?|\([0-9A-Za-z.]{1,8}\)|[a-z]{1,2}\)|[IVXLC]{1,6})"
_LABEL_LIST = _LABELS + r"(?:\s{0,20}(?:,|and|to|-|–)\s{0,20}" + _LABELS + r"){0,20}"
_NEW_UNITS_RE = re.compile(
    r"^(?:(?:a|an|the)\s{1,20})?(?:new\s{1,20})?(?P<word>" + _UNIT_WORD + r")(?:\s{1,20}(?P<labels>" + _LABEL_LIST + r"))?"
    r"(?:\s{1,20}(?P<ord>one|two|three|four|five|six|seven|eight|nine|ten|first|second|third|fourth|fifth))?"
    r"(?P<rest>.*)$", re.I)
_POSITION_RE = re.compile(r"^\s{0,20},?\s{0,20}(?P<pos>after|before|following)\s{1,20}(?P<anchor>.+?)\s{0,20},?\s{0,20}$", re.I)


def looks_like_instruction(text: str) -> bool:
    """Heuristic used to decide whether an unreadable line must be reported (never silently dropped)."""
    return bool(WORD_VERBS.search(text))


# ----------------------------------------------------------------------------
# Entry point
# ----------------------------------------------------------------------------


def parse_instruction(text: str, payload: str | None, ctx: Context) -> list[Operation]:
    """Operations of one instruction sentence; :class:`PhraseError` if it is not understood."""
    masked, strings = mask(text)
    masked = " ".join(masked.split())
    body = masked.rstrip().rstrip(";,").rstrip()
    if body.endswith("."):
        body = body[:-1].rstrip()
    body = re.sub(r"\s{1,20}and$", "", body)
    grammars = (_cis, _canadian, _uk)
    if _CA_PRED_RE.search(body):
        grammars = (_canadian, _cis, _uk)
    first_error: PhraseError | None = None
    for grammar in grammars:
        try:
            ops = grammar(body, strings, payload, ctx)
        except PhraseError as error:
            first_error = first_error or error
            continue
        if ops is not None:
            return ops
    raise first_error or PhraseError("not a recognised amending instruction")


def _q(strings: list[str], match: re.Match[str] | str) -> str:
    index = match if isinstance(match, str) else match.group(0)
    found = _QRE.search(index)
    if not found:
        raise PhraseError("expected quoted words")
    return strings[int(found.group(1))]


def _op(ctx: Context, action: str, target: Target | str, **kwargs: object) -> Operation:
    citation = target if isinstance(target, str) else target.citation()
    return Operation(action=action, target=citation, line=ctx.line, source=ctx.source, act=ctx.act,
                     **kwargs)  # type: ignore[arg-type]


def _locate(text: str, ctx: Context, *, relative_to: Target | None = None) -> Locator:
    text = text.strip().strip(",:;").strip()
    text = re.sub(r"^(?:in|to|of|at)\s{1,20}", "", text, flags=re.I)
    try:
        return parse_locator(text, context=relative_to if relative_to is not None else ctx.scope, cis=ctx.cis)
    except LocatorError as error:
        raise PhraseError(f"cannot read the provision {text!r}: {error}") from None


def _strip_law(text: str) -> tuple[str, bool]:
    """Remove "of this Constitutional Law"/"of the Law"; True when the words name the whole law."""
    law = (r"(?:the\s{1,20}|this\s{1,20}|said\s{1,20})?(?:(?:Constitutional|Organic|Federal)\s{1,20})?(?:Law|Act|Code|Constitutional Law)"
           r"(?:\s{1,20}of the Republic of [A-Z][a-z]+)?")
    whole = re.match(r"^\s{0,20}" + law + r"\s{0,20}(?:" + _Q + r")?\s{0,20}$", text, re.I)
    if whole:
        return "", True
    cleaned = re.sub(r"\s{1,20}(?:of|in|to)\s{1,20}" + law + r"(?:\s{1,20}" + _Q + r")?(?=\s|$|,)", "", text, flags=re.I)
    return cleaned, False


# ----------------------------------------------------------------------------
# CIS-style English
# ----------------------------------------------------------------------------


def _cis(body: str, strings: list[str], payload: str | None, ctx: Context) -> list[Operation] | None:
    supplement = _SUPPLEMENT_RE.search(body)
    if supplement:
        return _cis_supplement(body[: supplement.start()], body[supplement.end():], strings, payload, ctx)
    words = _cis_words(body, strings, ctx)
    if words is not None:
        return words
    match = _REPLACE_UNIT_RE.search(body)
    if match:
        loc_text, whole = _strip_law(body[: match.start()])
        new_text = _inline_payload(body[match.end():], strings, payload)
        portion, loc_text = _heading_portion(loc_text)
        if whole and not loc_text:
            raise PhraseError("replacing the whole law is not supported")
        locator = _locate(loc_text, ctx)
        return _replace_ops(locator, new_text, ctx, portion=portion)
    match = _REPLACE_UNIT_INF_RE.match(body)
    if match:
        new_text = _trailing_payload(body, strings, payload)
        loc_text, _ = _strip_law(match.group("loc"))
        portion, loc_text = _heading_portion(loc_text)
        return _replace_ops(_locate(loc_text, ctx), new_text, ctx, portion=portion)
    match = _SUPPLEMENT_INF_RE.match(body)
    if match:
        rest = body[match.end():]
        split = re.search(r"\s{1,20}(?:with|by)\s{1,20}", rest)
        if not split:
            raise PhraseError("'supplement' without what to supplement with")
        return _cis_supplement(rest[: split.start()], rest[split.end():], strings, payload, ctx)
    match = _REPEAL_RE.search(body)
    if match:
        loc_text, whole = _strip_law(body[: match.start()])
        portion, loc_text = _heading_portion(loc_text)
        if whole and not loc_text:
            raise PhraseError("repealing the whole law is not supported")
        return _repeal_ops(_locate(loc_text, ctx), ctx, portion=portion)
    match = _REPEAL_INF_RE.match(body)
    if match and not _QRE.search(match.group("loc")):
        loc_text, _ = _strip_law(match.group("loc"))
        portion, loc_text = _heading_portion(loc_text)
        return _repeal_ops(_locate(loc_text, ctx), ctx, portion=portion)
    match = _RENUMBER_RE.search(body)
    if match and not _QRE.search(body):
        old = _locate(_strip_law(body[: match.start()])[0], ctx)
        new_text = re.sub(r",?\s{0,20}respectively$", "", body[match.end():].strip(), flags=re.I)
        new = _locate(new_text, ctx, relative_to=old.targets[0])
        return _renumber_ops(old, new, ctx)
    return None


def _heading_portion(loc_text: str) -> tuple[str | None, str]:
    match = re.match(r"^\s{0,20}(?:the\s{1,20})?(?:heading|title|name)(?:\s{1,20}(?:of|to))?\s{0,20}(?P<rest>.*)$", loc_text, re.I)
    if match:
        return "heading", match.group("rest")
    return None, loc_text


def _inline_payload(after: str, strings: list[str], payload: str | None) -> str:
    found = _QRE.search(after)
    if found:
        return strings[int(found.group(1))]
    if payload is not None:
        return payload
    raise PhraseError("the new wording is missing (expected a quoted text or a block after the colon)")


def _trailing_payload(body: str, strings: list[str], payload: str | None) -> str:
    found = list(_QRE.finditer(body))
    if found:
        return strings[int(found[-1].group(1))]
    if payload is not None:
        return payload
    raise PhraseError("the new wording is missing (expected a quoted text or a block after the colon)")


def _replace_ops(locator: Locator, new_text: str, ctx: Context, *, portion: str | None = None) -> list[Operation]:
    portion = portion or locator.portion
    if locator.through is not None:
        return [_op(ctx, "replace", locator.targets[0], text=new_text, through=locator.through.citation(),
                    portion=portion)]
    if len(locator.targets) == 1:
        return [_op(ctx, "replace", locator.targets[0], text=new_text, portion=portion)]
    return _list_replace(list(locator.targets), new_text, ctx)


def _list_replace(targets: list[Target], new_text: str, ctx: Context) -> list[Operation]:
    """Several listed units replaced by one block: match the block's units to the targets by label."""
    labels = [t.definition if t.definition is not None and not t.inner else (t.inner or t.path)[-1][1]
              for t in targets]
    pieces = split_payload(new_text, labels, definitions=targets[0].definition is not None and not targets[0].inner)
    ops: list[Operation] = []
    last: Target | None = None
    for target, label in zip(targets, labels, strict=True):
        piece = pieces.pop(label, None)
        if piece is None:
            ops.append(_op(ctx, "repeal", target))
        else:
            ops.append(_op(ctx, "replace", target, text=piece))
            last = target
    extra = pieces.pop("", None)
    if extra and extra.strip():
        anchor = last or targets[-1]
        ops.append(_op(ctx, "insert-after", anchor, text=extra))
    return ops


def split_payload(text: str, labels: list[str], *, definitions: bool = False) -> dict[str, str]:
    """Split a block into the parts that begin with each of ``labels`` (headings go with the next unit).

    Returns ``{label: text}`` for the labels found, and ``""`` for any units
    the block has beyond them.
    """
    lines = text.split("\n")
    indents = [len(line) - len(line.lstrip()) for line in lines if line.strip()]
    base = min(indents) if indents else 0
    starts: list[tuple[int, str]] = []
    wanted = {label.lower(): label for label in labels}
    for index, line in enumerate(lines):
        if not line.strip():
            continue
        indent = len(line) - len(line.lstrip())
        stripped = line.strip()
        found = _line_label(stripped, definitions, wanted)
        if found is None or indent > base + 4:
            continue
        starts.append((index, found))
    result: dict[str, str] = {}
    if not starts:
        return result
    bounds = []
    for position, (index, label) in enumerate(starts):
        begin = index
        # Headings (unlabelled lines directly above) belong to the unit.
        while begin > 0 and lines[begin - 1].strip() and _line_label(lines[begin - 1].strip(), definitions, wanted) \
                is None and (position == 0 or begin - 1 > starts[position - 1][0]) \
                and len(lines[begin - 1]) - len(lines[begin - 1].lstrip()) <= base + 2 \
                and not lines[begin - 1].rstrip().endswith((";", ".", ":", ",")):
            begin -= 1
        bounds.append((begin, label))
    for position, (begin, label) in enumerate(bounds):
        end = bounds[position + 1][0] if position + 1 < len(bounds) else len(lines)
        chunk = "\n".join(lines[begin:end]).strip("\n")
        key = label if label in wanted.values() else ""
        if key in result:
            result[key] = result[key] + "\n" + chunk
        else:
            result[key] = chunk
    return result


_LINE_LABEL_RE = re.compile(
    r"^(?:(?:Article|Section)\s{1,20})?(?P<label>\([0-9A-Za-z.]{1,10}\)|[0-9]{1,4}[A-Z]{0,3}(?:[.\-][0-9]{1,3}[A-Z]{0,2}){0,3}"
    r"(?=[.)]?\s)|[a-z]{1,2}\))[.)]?(?:\s|$)")


def _line_label(stripped: str, definitions: bool, wanted: dict[str, str]) -> str | None:
    if definitions:
        lower = stripped.lower()
        for key, label in wanted.items():
            if lower.startswith(key) and lower[len(key): len(key) + 1] in (" ", ",", ""):
                return label
        if re.match(r"^[A-Za-z][^()]{0,80}?\s{1,20}(?:means|includes|has the)\b", stripped):
            return "\0"
        return None
    match = _LINE_LABEL_RE.match(stripped)
    if not match:
        return None
    core = match.group("label").strip("()").rstrip(").")
    return wanted.get(core.lower(), "\0")


def _repeal_ops(locator: Locator, ctx: Context, *, portion: str | None = None) -> list[Operation]:
    portion = portion or locator.portion
    if locator.through is not None:
        return [_op(ctx, "repeal", locator.targets[0], through=locator.through.citation(), portion=portion)]
    return [_op(ctx, "repeal", target, portion=portion) for target in locator.targets]


def _renumber_ops(old: Locator, new: Locator, ctx: Context) -> list[Operation]:
    if len(old.targets) != len(new.targets) or old.through is not None:
        raise PhraseError("renumbering: the old and new numbers do not pair up")
    pairs = list(zip(old.targets, new.targets, strict=True))
    # Renumber from the last so that "3 -> 4, 4 -> 5" never collides midway.
    pairs.reverse()
    ops = []
    for before, after in pairs:
        label = (after.inner or after.path)[-1][1] if (after.inner or after.path) else ""
        if before.parent() != after.parent() and after.parent() is not None and after.parent() != before:
            new_label = after.citation()
        else:
            new_label = label
        if after.parent() == before:
            new_label = after.citation()
        ops.append(_op(ctx, "renumber", before, new_label=new_label))
    return ops


def _cis_supplement(loc_part: str, rest: str, strings: list[str], payload: str | None,
                    ctx: Context) -> list[Operation]:
    """"X shall be supplemented by paragraph 3 as follows" / "by the words "…"" / "after the words …"."""
    loc_text, _whole = _strip_law(loc_part)
    position = None
    anchor_words: str | None = None
    pos = re.search(r"(?:^|,?\s{1,20})(?P<pos>after|before)\s{1,20}" + _WORDS_NOUN + r"\s{1,20}" + _Q + r"\s{0,20},?\s{0,20}$", loc_text, re.I)
    if pos:
        position = pos.group("pos").lower()
        anchor_words = _q(strings, pos.group(0))
        loc_text = loc_text[: pos.start()]
    rest = rest.strip()
    # Words: "by the words "…"", "with a sentence "…"", "with the following sentence: "…""
    words_match = re.match(
        r"^(?:the\s{1,20}following\s{1,20})?(?:(?:a|the|new)\s{1,20})?(?:words?|figures?|sentences?|phrases?|text|symbols?)"
        r"(?:\s{1,20}" + _FOLLOWING + r")?\s{0,20}:?\s{0,20}" + _Q + r"(?P<tail>.*)$", rest, re.I)
    if words_match:
        new_words = strings[int(words_match.group(1))]
        tail = words_match.group("tail")
        pos2 = re.search(r"(?P<pos>after|before)\s{1,20}" + _WORDS_NOUN + r"\s{1,20}" + _Q, tail, re.I)
        if pos2:
            position = pos2.group("pos").lower()
            anchor_words = _q(strings, pos2.group(0))
        elif re.search(r"\bat the (?:end|beginning)\b", tail, re.I):
            position = "end" if "end" in tail.lower() else "start"
        locator = _locate(_in_prefix(loc_text), ctx) if loc_text.strip() else _scope_locator(ctx)
        occurrence = "first"
        if _OCCURRENCE_RE.search(tail):
            occurrence = "all"
        ops = []
        for target in locator.targets:
            if position in ("after", "before"):
                ops.append(_op(ctx, "insert-words", target, words=new_words, position=position, anchor=anchor_words,
                               occurrence=occurrence, portion=locator.portion))
            else:
                ops.append(_op(ctx, "insert-words", target, words=new_words, position=position or "end",
                               portion=locator.portion))
        return ops
    # Units: "by paragraph 3 (after paragraph 2) as follows: …"
    unit = _NEW_UNITS_RE.match(rest)
    following_only = re.match(r"^(?:the\s{1,20}following|" + _FOLLOWING + r")\s{0,20}:?\s{0,20}(?:" + _Q + r")?\s{0,20}$", rest, re.I)
    if not unit and not following_only:
        raise PhraseError("cannot tell what the provision is supplemented with")
    new_label = None
    anchor_loc: str | None = None
    anchor_pos: str | None = None
    if unit and not following_only:
        labels = unit.group("labels")
        tail = unit.group("rest")
        tail = re.sub(r"\s{0,20}(?:" + _FOLLOWING + r")\s{0,20}:?\s{0,20}(?:" + _Q + r")?\s{0,20}$", "", tail, flags=re.I)
        tail = re.sub(r"\s{0,20}:?\s{0,20}" + _Q + r"\s{0,20}$", "", tail)
        tail = re.sub(r"\s{0,20}:\s{0,20}$", "", tail)
        positioned = _POSITION_RE.match(tail) if tail.strip() else None
        if tail.strip() and not positioned:
            raise PhraseError(f"unexpected words after the new unit: {tail.strip()!r}")
        if positioned:
            anchor_pos = "before" if positioned.group("pos").lower() == "before" else "after"
            anchor_loc = positioned.group("anchor")
        if labels:
            first_label = re.split(r"\s{0,20}(?:,|\band\b|\bto\b)\s{0,20}|\s{1,20}[-–]\s{1,20}", labels.strip())[0]
            new_label = first_label.strip("()").rstrip(").")
        elif unit.group("ord"):
            new_label = None
    # "Article 2 after paragraph 1 shall be supplemented …" / "after paragraph 2, Article 19 shall be …".
    inner = re.match(r"^(?P<loc>.+?)\s{0,20},?\s{1,20}(?P<pos>after|before)\s{1,20}(?P<anchor>(?:sub-?)?(?:paragraph|item|point|"
                     r"subparagraph|sub-item|part|article|section|subsection|clause)s?\s{1,20}.+?)\s{0,20},?$", loc_text, re.I)
    if inner and anchor_loc is None:
        anchor_pos = inner.group("pos").lower()
        anchor_loc = inner.group("anchor")
        loc_text = inner.group("loc")
    lead = re.match(r"^\s{0,20}(?P<pos>after|before)\s{1,20}(?P<anchor>.+?),\s{0,20}(?P<loc>.+)$", loc_text, re.I)
    if lead and anchor_loc is None:
        anchor_pos = lead.group("pos").lower()
        anchor_loc = lead.group("anchor")
        loc_text = lead.group("loc")
    elif anchor_loc is None:
        lead2 = re.match(r"^\s{0,20}(?P<pos>after|before)\s{1,20}(?P<anchor>.+)$", loc_text, re.I)
        if lead2:
            anchor_pos = lead2.group("pos").lower()
            anchor_loc = lead2.group("anchor")
            loc_text = ""
    new_text = _trailing_payload(rest, strings, payload)
    loc_text = _in_prefix(loc_text)
    if loc_text.strip():
        parent = _locate(loc_text, ctx)
    elif ctx.scope is not None:
        parent = Locator((ctx.scope,))
    else:
        parent = Locator((Target(whole=True),))
    if len(parent.targets) != 1:
        raise PhraseError("supplementing several provisions at once")
    if anchor_loc is not None:
        anchor_scope = parent.targets[0] if not parent.targets[0].whole else None
        anchor = _locate(anchor_loc, ctx, relative_to=anchor_scope)
        action = "insert-before" if anchor_pos == "before" else "insert-after"
        return [_op(ctx, action, anchor.targets[-1], text=new_text, new_label=new_label)]
    return [_op(ctx, "append", parent.targets[0], text=new_text, new_label=new_label, portion=parent.portion)]


def _in_prefix(text: str) -> str:
    return re.sub(r"^\s{0,20}(?:in|to)\s{1,20}", "", text, flags=re.I).strip(" ,")


def _scope_locator(ctx: Context) -> Locator:
    if ctx.scope is None:
        raise PhraseError("no provision named and none in scope")
    return Locator((ctx.scope,))


def _cis_words(body: str, strings: list[str], ctx: Context) -> list[Operation] | None:
    """Word operations: replace, exclude or insert quoted words inside a unit."""
    span = _FROM_TO_RE.search(body)
    first = _WORDS_THEN_Q_RE.search(body)
    if span is None and first is None:
        return None
    start = span.start() if span is not None and (first is None or span.start() <= first.start()) else first.start()
    # Infinitive lead: "to replace the words …", "replace the words"
    prefix = body[:start]
    verb_first = re.search(r"(?:^|\s)(?:to\s{1,20})?(?P<verb>replace|exclude|delete|remove|omit)\s{0,20}$", prefix, re.I)
    if verb_first:
        prefix = prefix[: verb_first.start()]
    loc_text, _whole = _strip_law(_in_prefix(prefix).rstrip(" ,:"))
    portion, loc_text = _heading_portion(loc_text)
    locator = _locate(loc_text, ctx) if loc_text.strip() else _scope_locator(ctx)
    portion = portion or locator.portion
    rest_start = span.end() if span is not None and start == span.start() else first.end()  # type: ignore[union-attr]
    words = until = None
    more_words: list[str] = []
    if span is not None and start == span.start():
        quoted_ids = _QRE.findall(span.group(0))
        words = strings[int(quoted_ids[0])]
        until = strings[int(quoted_ids[1])] if len(quoted_ids) > 1 else "end"
    else:
        listed = [strings[int(i)] for i in _QRE.findall(first.group(0))]  # type: ignore[union-attr]
        words = listed[0]
        more_words = listed[1:]
    rest = body[rest_start:]
    occurrence = ctx.default_occurrence
    occ = _OCCURRENCE_RE.match(rest)
    if occ and occ.group(0).strip():
        occurrence = "all"
        rest = rest[occ.end():]
    which = re.match(r"^\s{0,20},?\s{0,20}" + _FIRST_RE.pattern, rest, re.I)
    if which:
        occurrence = _ORD[which.group("which").lower()]
        rest = rest[which.end():]
    ops: list[Operation] = []
    if verb_first:
        verb = verb_first.group("verb").lower()
        if verb == "replace":
            by = re.match(r"^\s{0,20},?\s{0,20}(?:by|with)\s{1,20}" + _WORDS_NOUN + r"?\s{0,20}" + _Q + r"(?P<tail>.*)$", rest, re.I)
            if not by:
                raise PhraseError("'replace the words …' without the new words")
            replacement = strings[int(by.group(1))]
            if _OCCURRENCE_RE.search(by.group("tail")):
                occurrence = "all"
            for target in locator.targets:
                ops.append(_op(ctx, "replace-words", target, words=words, replacement=replacement, until=until,
                               occurrence=occurrence, portion=portion))
            return ops
        for target in locator.targets:
            ops.append(_op(ctx, "repeal-words", target, words=words, until=until, occurrence=occurrence,
                           portion=portion))
        return ops
    replaced = _REPLACED_BY_WORDS_RE.match(rest)
    if replaced:
        replacement = strings[int(replaced.group(1))]
        tail = rest[replaced.end():]
        if _OCCURRENCE_RE.search(tail):
            occurrence = "all"
        pairs = [(words, replacement, until)]
        # "…, and the words "X" by the words "Y"" — further pairs in the same sentence.
        for more in re.finditer(r"(?:,|;)?\s{0,20}(?:and\s{1,20})?" + _WORDS_NOUN + r"\s{1,20}" + _Q + r"\s{0,20}(?:-|–|—|by|with)\s{0,20}"
                                + _WORDS_NOUN + r"?\s{0,20}" + _Q, tail, re.I):
            ids = _QRE.findall(more.group(0))
            pairs.append((strings[int(ids[0])], strings[int(ids[1])], None))
        for target in locator.targets:
            for old, new, end in pairs:
                ops.append(_op(ctx, "replace-words", target, words=old, replacement=new, until=end,
                               occurrence=occurrence, portion=portion))
        return ops
    excluded = re.match(r"^\s{0,20},?\s{0,20}(?:" + _MODAL + r"\s{1,20})?(?:excluded|deleted|removed|omitted|struck out|repealed)\b",
                        rest, re.I)
    if excluded:
        tail = rest[excluded.end():]
        if _OCCURRENCE_RE.search(tail):
            occurrence = "all"
        for target in locator.targets:
            for each in [words, *more_words]:
                ops.append(_op(ctx, "repeal-words", target, words=each, until=until, occurrence=occurrence,
                               portion=portion))
        return ops
    # "after the words "X" shall be supplemented by the words "Y"" is handled by _cis_supplement.
    return None


# ----------------------------------------------------------------------------
# Canadian acts
# ----------------------------------------------------------------------------

_CA_ACT_RE = re.compile(
    r"(?<!\s)\s{1,20}(?:of|to|in)\s{1,20}(?:the\s{1,20}|this\s{1,20})?(?:(?P<ver>English|French)\s{1,20}version\s{1,20}of\s{1,20}(?:the\s{1,20}|this\s{1,20})?)?"
    r"(?P<act>Act|Regulations|[A-Z][A-Za-z’'(),.\-]{0,40}(?:\s{1,20}[A-Za-z’'(),.\-]{1,40}){0,12}?\s{1,20}Act(?:,\s{1,20}\d{4}|\s{1,20}\d{4})?"
    r"|Special Voting Rules)(?=\s|$|,)")
_CA_PRED_RE = re.compile(r"(?<!\s)\s{1,20}(?:is|are)\s{1,20}(?=(?:replaced|replacing|repealed|amended|renumbered)\b)")
_CA_WHOLE_RE = re.compile(
    r"^(?:The|the)\s{1,20}(?:(?P<ver>English|French)\s{1,20}version\s{1,20}of\s{1,20}the\s{1,20})?(?P<act>Act|Special Voting Rules|Regulations|"
    r"[A-Z][A-Za-z’'(),.\-]{0,40}(?:\s{1,20}[A-Za-z’'(),.\-]{1,40}){0,12}?\s{1,20}Act(?:,\s{1,20}\d{4}|\s{1,20}\d{4})?)$")


def _canadian(body: str, strings: list[str], payload: str | None, ctx: Context) -> list[Operation] | None:
    pred_match = _CA_PRED_RE.search(body)
    if not pred_match:
        return None
    subject = body[: pred_match.start()].strip()
    pred = body[pred_match.end():].strip()
    # "Paragraphs 465(2)(a) and (b) of the Act, as amended by subsections (1) and (2), are replaced …"
    subject = re.sub(r",\s{0,20}as\s{1,20}(?:amended|enacted|replaced|renumbered)\s{1,20}by\s{1,20}[^,]{1,200},?$", "",
                     subject).strip()
    if re.match(r"^(?:if|on the first day|despite|when|where)\b", subject, re.I):
        raise OtherText("conditional amendment", conditional=True)
    # Which act, and which language version?
    act = ctx.act
    version = ""
    whole = _CA_WHOLE_RE.match(subject)
    if whole:
        version = (whole.group("ver") or "").lower()
        act = act_of(whole.group("act"), ctx)
        subject = ""
    else:
        found = None
        for candidate in _CA_ACT_RE.finditer(subject):
            found = candidate
        if found is not None:
            version = (found.group("ver") or "").lower()
            if re.match(r"^\s{1,20}(?:of|to|in)\s{1,20}this\b", found.group(0)):
                raise OtherText("amends this amending act itself (coordinating amendment)", conditional=True)
            act = act_of(found.group("act"), ctx)
            subject = (subject[: found.start()] + subject[found.end():]).strip()
    if version == "french":
        act = f"{act or ctx.primary or 'the Act'} (French version)"
    sub_ctx = Context(scope=None, act=act, primary=ctx.primary, cis=False, line=ctx.line, source=ctx.source,
                      default_occurrence="all")
    return _ca_predicate(subject, pred, strings, payload, sub_ctx)


def act_of(mention: str, ctx: Context) -> str:
    """The act an instruction names: ``""`` for the draft's own law, else the act's name."""
    mention = " ".join(mention.split())
    if mention in ("Act", "Regulations"):
        return ctx.act
    if ctx.primary and same_act(mention, ctx.primary):
        return ""
    return mention


def same_act(a: str, b: str) -> bool:
    """Do two names denote the same act ("CANADA ELECTIONS ACT" and "Canada Elections Act (consolidated)")?"""
    x, y = norm_act(a), norm_act(b)
    if not x or not y:
        return False
    return x == y or (min(len(x), len(y)) >= 8 and (x in y or y in x))


def norm_act(name: str) -> str:
    """An act's name reduced for comparison ("CANADA ELECTIONS ACT" == "Canada Elections Act")."""
    return re.sub(r"[^a-z0-9]", "", name.lower().replace("the ", ""))


_DEFS_RE = re.compile(r"^(?:The\s{1,20}|the\s{1,20})?definitions?\s{1,20}(?P<terms>.+?)\s{1,20}in\s{1,20}(?P<loc>(?:sub)?sections?\s{1,20}.+)$", re.I)
_DEF_INNER_RE = re.compile(
    r"^(?P<inner>(?:Sub)?(?:sub)?paragraphs?\s{1,20}.+?|Clauses?\s{1,20}.+?)\s{1,20}of\s{1,20}the\s{1,20}definition\s{1,20}(?P<term>.+?)\s{1,20}in\s{1,20}"
    r"(?P<loc>(?:sub)?sections?\s{1,20}.+)$", re.I)
_PORTION_RE = re.compile(
    r"^(?:The|the)\s{1,20}portion\s{1,20}of\s{1,20}(?P<loc>.+?)\s{1,20}(?P<which>before|after)\s{1,20}(?P<word>(?:sub)?paragraph|subsection|"
    r"clause|subclause|the definition)\s{1,20}(?P<label>\([0-9A-Za-z.]{1,10}\)|.+?)$")
_HEADING_BEFORE_RE = re.compile(r"^(?:The|the)\s{1,20}headings?\s{1,20}(?:" + _Q + r"\s{1,20})?before\s{1,20}(?P<loc>.+?)"
                                r"(?:\s{1,20}and\s{1,20}(?P<more>.+))?$")
_HEADING_OF_RE = re.compile(r"^(?:The|the)\s{1,20}(?:heading|title)\s{1,20}(?:of|to)\s{1,20}(?P<loc>.+)$")
_AND_HEADING_RE = re.compile(r"^(?P<loc>.+?)\s{1,20}and\s{1,20}the\s{1,20}headings?\s{1,20}(?:" + _Q + r"\s{1,20})?before\s{1,20}(?:it|them)$")
_REFERENCE_RE = re.compile(r"^(?:The|the)\s{1,20}references?\s{1,20}to\s{1,20}(?P<old>.+?)\s{1,20}in\s{1,20}(?P<loc>.+)$")


def _ca_subject(subject: str, ctx: Context, strings: list[str]) -> tuple[Locator, str | None]:
    """The targets a Canadian subject names, and a portion (``heading``, ``crossheading``, ``before (a)``)."""
    match = _DEF_INNER_RE.match(subject)
    if match:
        holder = _locate(match.group("loc"), ctx).targets[0]
        term = _term(match.group("term"), strings)
        defn = Target(path=holder.path, schedule=holder.schedule, definition=term)
        return _locate(match.group("inner"), ctx, relative_to=defn), None
    match = _DEFS_RE.match(subject)
    if match:
        holder = _locate(match.group("loc"), ctx).targets[0]
        terms = _split_terms(match.group("terms"), strings)
        return Locator(tuple(Target(path=holder.path, schedule=holder.schedule, definition=t) for t in terms)), None
    match = _PORTION_RE.match(subject)
    if match:
        loc = _locate(match.group("loc"), ctx)
        label = match.group("label")
        if match.group("word").lower() == "the definition":
            return loc, f"{match.group('which')} definition {_term(label, strings)}"
        return loc, f"{match.group('which')} {label.strip()}"
    match = _HEADING_BEFORE_RE.match(subject)
    if match:
        loc = _locate(match.group("loc"), ctx)
        if match.group("more"):
            more = _locate(match.group("more"), ctx)
            return Locator(loc.targets + more.targets, more.through), "crossheading+"
        return loc, "crossheading"
    match = _AND_HEADING_RE.match(subject)
    if match:
        return _locate(match.group("loc"), ctx), "with-crossheading"
    match = _HEADING_OF_RE.match(subject)
    if match:
        return _locate(match.group("loc"), ctx), "heading"
    return _locate(subject, ctx), None


def _term(text: str, strings: list[str]) -> str:
    text = text.strip()
    found = _QRE.fullmatch(text)
    if found:
        return strings[int(found.group(1))]
    return text


def _split_terms(text: str, strings: list[str]) -> list[str]:
    """"capital asset, election officer, polling day and Register of Electors" -> four terms."""
    pieces = [p.strip() for p in text.split(",") if p.strip()]
    if pieces:
        last = pieces.pop()
        if " and " in last:
            head, tail = last.rsplit(" and ", 1)
            pieces.extend([head.strip(), tail.strip()])
        else:
            pieces.append(last)
    return [_term(re.sub(r"^and\s{1,20}", "", p), strings) for p in pieces if p]


def _ca_predicate(subject: str, pred: str, strings: list[str], payload: str | None,
                  ctx: Context) -> list[Operation]:
    if not subject:
        # "The Act is amended by …": the whole act.
        locator = Locator((Target(whole=True),))
        portion = None
    else:
        ref = _REFERENCE_RE.match(subject)
        if ref and pred.lower().startswith("replaced with a reference to"):
            loc = _locate(ref.group("loc"), ctx)
            new = pred[len("replaced with a reference to"):].strip()
            return [_op(ctx, "replace-words", t, words=ref.group("old"), replacement=new, occurrence="all")
                    for t in loc.targets]
        locator, portion = _ca_subject(subject, ctx, strings)
    low = pred.lower()
    if re.match(r"^(?:replaced|replacing) by the following\s{0,20}:?$", low):
        if payload is None:
            raise PhraseError("'replaced by the following:' without the new text")
        return _ca_replace(locator, portion, payload, ctx)
    if re.match(r"^replaced by (?:the\s{1,20})?(?:schedules?|forms?)\b.*\bset out in\b", low):
        raise PhraseError("the new text is set out in a schedule of the amending act (not supported)")
    if re.match(r"^repealed$", low):
        if portion == "crossheading+":
            heading_ops = [_op(ctx, "repeal", locator.targets[0], portion="crossheading")]
            rest = Locator(locator.targets[1:], locator.through)
            return heading_ops + _repeal_ops(rest, ctx)
        if portion == "with-crossheading":
            return [_op(ctx, "repeal", t, portion="with-crossheading") for t in locator.targets]
        return _repeal_ops(locator, ctx, portion=portion)
    renumbered = re.match(r"^renumbered as (?P<new>.+?)(?:,\s{0,20}respectively)?(?:,?\s{1,20}and\s{1,20}(?:is|are)\s{1,20}"
                          r"(?P<after>amended by .+|repositioned.*))?$", pred, re.I)
    if renumbered:
        new = _locate(renumbered.group("new"), ctx, relative_to=locator.targets[0])
        ops = _renumber_ops(locator, new, ctx)
        after = renumbered.group("after")
        if after and after.lower().startswith("amended by"):
            ops.extend(_ca_clauses(locator, after[len("amended by"):].strip(), strings, payload, ctx))
        return ops
    amended = re.match(r"^amended by\s{1,20}(?P<clauses>.+)$", pred, re.I)
    if amended:
        if len(locator.targets) != 1 and not re.match(r"^(?:adding|striking out|replacing)\s{1,20}" + _Q, amended.group(
                "clauses")):
            raise PhraseError("amending several provisions with one set of clauses")
        if portion:
            raise PhraseError(f"amending a portion ({portion}) is not supported")
        ops: list[Operation] = []
        for target in locator.targets:
            ops.extend(_ca_clauses(Locator((target,)), amended.group("clauses"), strings, payload, ctx))
        return ops
    if re.match(r"^amended as follows", low):
        return []
    if re.match(r"^amended to read as follows\s{0,20}:?", low):
        return None  # type: ignore[return-value]  # CIS wording: let the CIS grammar read it
    raise PhraseError(f"unknown predicate {pred[:60]!r}")


def _ca_replace(locator: Locator, portion: str | None, payload: str, ctx: Context) -> list[Operation]:
    if portion == "with-crossheading" and len(locator.targets) == 1:
        return [_op(ctx, "replace", locator.targets[0], text=payload, portion=portion,
                    through=locator.through.citation() if locator.through else None)]
    if portion in ("heading", "crossheading", "with-crossheading") or (
            portion and portion.startswith(("before", "after"))):
        if len(locator.targets) != 1 or locator.through is not None:
            raise PhraseError("a portion of several provisions")
        return [_op(ctx, "replace", locator.targets[0], text=payload, portion=portion)]
    if portion == "crossheading+":
        # "The heading before section 32 and sections 32 to 39 are replaced by the following:"
        rest = Locator(locator.targets[1:], locator.through) if len(locator.targets) > 1 else locator
        ops = _replace_ops(rest, payload, ctx)
        first = ops[0]
        return [Operation(**{**_fields(first), "portion": "with-crossheading"}), *ops[1:]]
    return _replace_ops(locator, payload, ctx)


def _fields(op: Operation) -> dict[str, object]:
    import attrs

    return attrs.asdict(op, recurse=False)


def _ca_clauses(locator: Locator, clauses: str, strings: list[str], payload: str | None,
                ctx: Context) -> list[Operation]:
    target = locator.targets[0]
    parts = [p.strip() for p in _split_clauses(clauses) if p.strip()]
    ops: list[Operation] = []
    previous: Target | None = None
    need_payload = [p for p in parts if p.rstrip().endswith(":")]
    if len(need_payload) > 1:
        raise PhraseError("two clauses both need the following text")
    for part in parts:
        part = re.sub(r"^by\s{1,20}", "", part.strip(), flags=re.I)
        ops_part, previous = _ca_clause(target, part, strings, payload, ctx, previous)
        ops.extend(ops_part)
    return ops


def _split_clauses(text: str) -> list[str]:
    pieces = re.split(r",\s{1,20}by\s{1,20}|,?\s{1,20}and\s{1,20}by\s{1,20}", text)
    return pieces


def _ca_clause(target: Target, part: str, strings: list[str], payload: str | None, ctx: Context,
               previous: Target | None) -> tuple[list[Operation], Target | None]:
    part = part.rstrip(" .;")
    needs = part.endswith(":")
    part = part.rstrip(":").strip()
    low = part.lower()

    def rel(text: str) -> Target:
        if re.match(r"^that\s{1,20}(?:sub)?(?:paragraph|subsection|section|clause|definition)$", text, re.I):
            if previous is None:
                raise PhraseError("'that paragraph' with nothing before it")
            return previous
        loc = _locate(text, ctx, relative_to=target)
        return loc.targets[-1]

    def rel_all(text: str) -> Locator:
        return _locate(text, ctx, relative_to=target)

    match = re.match(r"^(?:striking out|deleting|removing)\s{1,20}(?:the\s{1,20}words?\s{1,20})?" + _Q
                     + r"(?:\s{1,20}(?P<pos>at the end of|after|before|in)\s{1,20}"
                     r"(?P<loc>.+))?$", part, re.I)
    if match:
        words = strings[int(match.group(1))]
        if match.group("loc"):
            where = rel(match.group("loc"))
            occ = "last" if match.group("pos").lower() in ("at the end of", "after") else "all"
            return [_op(ctx, "repeal-words", where, words=words, occurrence=occ)], where
        return [_op(ctx, "repeal-words", target, words=words, occurrence="all")], previous
    if re.match(r"^striking out the following$", low) and needs:
        if payload is None:
            raise PhraseError("'striking out the following:' without the text")
        return [_op(ctx, "repeal-words", target, words=" ".join(payload.split()), occurrence="first")], previous
    match = re.match(r"^adding\s{1,20}(?:the\s{1,20}words?\s{1,20})?" + _Q + r"\s{1,20}(?P<pos>at the end of|after|before)\s{1,20}(?P<loc>.+)$", part,
                     re.I)
    if match:
        words = strings[int(match.group(1))]
        where = rel(match.group("loc"))
        position = "start" if match.group("pos").lower() == "before" else "end"
        return [_op(ctx, "insert-words", where, words=words, position=position)], where
    match = re.match(r"^adding,?\s{1,20}the following,?\s{1,20}(?P<pos>after|before)\s{1,20}(?P<loc>.+)$", part, re.I)
    if match and needs:
        if payload is None:
            raise PhraseError("'adding the following' without the text")
        loc_text = match.group("loc")
        heading = re.match(r"^the heading\s{1,20}(?:" + _Q + r"\s{1,20})?before\s{1,20}(?P<loc>.+)$", loc_text, re.I)
        if heading:
            where = rel(heading.group("loc"))
            action = "insert-before"
        else:
            after_heading = re.match(r"^the heading\s{1,20}before\s{1,20}(?P<loc>.+)$", loc_text, re.I)
            where = rel(after_heading.group("loc") if after_heading else loc_text)
            action = "insert-before" if match.group("pos").lower() == "before" or after_heading else "insert-after"
        if target.whole:
            where = _locate(heading.group("loc") if heading else loc_text, ctx).targets[-1] if not heading else where
        return [_op(ctx, action, where, text=payload)], where
    match = re.match(r"^adding,?\s{1,20}after\s{1,20}(?P<loc>.+?),\s{1,20}the\s{1,20}.+\bset out in\b", part, re.I)
    if match:
        raise PhraseError("the new text is set out in a schedule of the amending act (not supported)")
    if re.match(r"^adding the following(?: in alphabetical order)?$", low) and needs:
        if payload is None:
            raise PhraseError("'adding the following' without the text")
        return [_op(ctx, "append", target, text=payload)], previous
    match = re.match(r"^replacing\s{1,20}" + _Q + r"(?:\s{0,20},\s{0,20}(?:under|in)\s{1,20}(?:the\s{1,20}heading\s{1,20})?" + _Q + r"\s{0,20},)?\s{1,20}with\s{1,20}"
                     + _Q + r"(?P<tail>.*)$", part, re.I)
    if match:
        ids = _QRE.findall(part)
        old, new = strings[int(ids[0])], strings[int(ids[-1])]
        return [_op(ctx, "replace-words", target, words=old, replacement=new, occurrence="all")], previous
    match = re.match(r"^replacing\s{1,20}(?P<loc>.+?)\s{1,20}with\s{1,20}the\s{1,20}following$", part, re.I)
    if match and needs:
        if payload is None:
            raise PhraseError("'replacing … with the following' without the text")
        loc_text = match.group("loc")
        portion_match = re.match(r"^the portion of\s{1,20}(?P<loc>.+?)\s{1,20}(?P<which>before|after)\s{1,20}(?:sub)?(?:paragraph|clause|"
                                 r"subsection)\s{1,20}(?P<label>\(\S+\))$", loc_text, re.I)
        if portion_match:
            where = rel(portion_match.group("loc"))
            return [_op(ctx, "replace", where, text=payload,
                        portion=f"{portion_match.group('which')} {portion_match.group('label')}")], where
        loc = rel_all(loc_text)
        return _replace_ops(loc, payload, ctx), loc.targets[-1]
    match = re.match(r"^repealing\s{1,20}(?P<loc>.+)$", part, re.I)
    if match:
        loc = rel_all(match.group("loc"))
        return _repeal_ops(loc, ctx), loc.targets[-1]
    raise PhraseError(f"unknown clause {part[:60]!r}")


# ----------------------------------------------------------------------------
# United Kingdom (inline forms) and Australian items
# ----------------------------------------------------------------------------

def _uk(body: str, strings: list[str], payload: str | None, ctx: Context) -> list[Operation] | None:
    scope = ctx.scope
    rest = body
    while True:
        match = re.match(r"^\s{0,20}in\s{1,20}(?P<loc>[^,—]{1,200}?)(?:\s{1,20}\([^()]{0,200}\s[^()]{0,200}\))?\s{0,20}[,—]\s{0,20}", rest,
                         re.I)
        if not match:
            break
        scope = _locate(match.group("loc"), ctx, relative_to=scope).targets[0]
        rest = rest[match.end():]
    sub = Context(scope=scope, act=ctx.act, primary=ctx.primary, cis=ctx.cis, line=ctx.line, source=ctx.source,
                  default_occurrence="first")
    match = re.match(r"^for\s{1,20}" + _Q + r"\s{1,20}substitute\s{1,20}" + _Q + r"$", rest, re.I)
    if match:
        ids = _QRE.findall(rest)
        return [_op(sub, "replace-words", _need(scope), words=strings[int(ids[0])], replacement=strings[int(ids[1])],
                    occurrence="first")]
    match = re.match(r"^omit\s{1,20}the\s{1,20}words\s{1,20}from\s{1,20}" + _Q + r"\s{1,20}to\s{1,20}(?:" + _Q + r"|the end)$", rest, re.I)
    if match:
        ids = _QRE.findall(rest)
        until = strings[int(ids[1])] if len(ids) > 1 else "end"
        return [_op(sub, "repeal-words", _need(scope), words=strings[int(ids[0])], until=until)]
    match = re.match(r"^omit\s{1,20}" + _Q + r"(?:\s{1,20}at the end of\s{1,20}(?P<loc>.+))?$", rest, re.I)
    if match:
        where = _locate(match.group("loc"), sub, relative_to=scope).targets[0] if match.group("loc") else _need(scope)
        occ = "last" if match.group("loc") else "first"
        return [_op(sub, "repeal-words", where, words=strings[int(match.group(1))], occurrence=occ)]
    match = re.match(r"^(?P<pos>after|before)\s{1,20}" + _Q + r"\s{1,20}insert\s{1,20}" + _Q + r"$", rest, re.I)
    if match:
        ids = _QRE.findall(rest)
        return [_op(sub, "insert-words", _need(scope), words=strings[int(ids[1])], position=match.group("pos").lower(),
                    anchor=strings[int(ids[0])])]
    match = re.match(r"^(?:at the end\s{1,20}insert\s{1,20}" + _Q + r"|insert\s{1,20}" + _Q + r"\s{1,20}at the end(?:\s{1,20}of\s{1,20}(?P<loc>.+))?)$",
                     rest, re.I)
    if match:
        ids = _QRE.findall(rest)
        where = _locate(match.group("loc"), sub, relative_to=scope).targets[0] if match.group("loc") else _need(scope)
        return [_op(sub, "insert-words", where, words=strings[int(ids[0])], position="end")]
    match = re.match(r"^omit\s{1,20}(?P<loc>(?:sub-?)?(?:paragraphs?|sections?|subsections?|rules?|articles?|clauses?)\s{1,20}.+)$",
                     rest, re.I)
    if match:
        return _repeal_ops(_locate(match.group("loc"), sub, relative_to=scope), sub)
    match = re.match(r"^(?P<pos>after|before)\s{1,20}(?P<loc>.+?)\s{1,20}insert\s{0,20}[—–:-]?\s{0,20}(?:" + _Q + r")?$", rest, re.I)
    if match:
        text = _trailing_payload(rest, strings, payload)
        where = _locate(match.group("loc"), sub, relative_to=scope).targets[-1]
        action = "insert-after" if match.group("pos").lower() == "after" else "insert-before"
        return [_op(sub, action, where, text=text)]
    match = re.match(r"^for\s{1,20}(?P<loc>.+?)\s{1,20}substitute\s{0,20}[—–:-]?\s{0,20}(?:" + _Q + r")?$", rest, re.I)
    if match:
        text = _trailing_payload(rest, strings, payload)
        return _replace_ops(_locate(match.group("loc"), sub, relative_to=scope), text, sub)
    return None


def _need(scope: Target | None) -> Target:
    if scope is None:
        raise PhraseError("no provision in scope for these words")
    return scope


_AU_HEAD_RE = re.compile(
    r"^(?P<where>After|Before|At the end of|At the beginning of)?\s{0,20}(?P<loc>.+?)"
    r"(?:\s{1,20}\((?P<paren>(?:[^()]|\([^()]{0,12}\)){0,200}\s(?:[^()]|\([^()]{0,12}\)){0,200}"
    r"|heading|note|notes|example|examples|penalty)\))?$")


def parse_au_item(heading: str, body: str, payload: str | None, ctx: Context) -> list[Operation]:
    """An Australian schedule item: ``heading`` ("5 Subsection 17(2A)" without the number) and its body."""
    head = _AU_HEAD_RE.match(" ".join(heading.split()))
    if not head:
        raise PhraseError("unreadable item heading")
    where = (head.group("where") or "").lower()
    paren = head.group("paren") or ""
    sub = Context(scope=None, act=ctx.act, primary=ctx.primary, cis=False, line=ctx.line, source=ctx.source,
                  default_occurrence="first")
    loc_text = head.group("loc")
    locator = _locate(loc_text, sub)
    portion = None
    if paren:
        pl = paren.lower()
        definition = re.match(r"^(?:(?P<inner>(?:sub)?paragraph\s{1,20}\S+)\s{1,20}of\s{1,20})?(?:the\s{1,20})?definition\s{1,20}of\s{1,20}"
                              r"(?P<term>.+)$", paren, re.I)
        if definition:
            holder = locator.targets[0]
            defn = Target(path=holder.path, schedule=holder.schedule, definition=definition.group("term").strip())
            locator = _locate(definition.group("inner"), sub, relative_to=defn) if definition.group("inner") \
                else Locator((defn,))
        elif pl == "heading":
            portion = "heading"
        elif pl in ("note", "notes", "example") or "table" in pl or "note" in pl:
            raise PhraseError(f"items about a {paren} are not supported")
        elif pl in ("first occurring", "wherever occurring"):
            pass
        else:
            raise PhraseError(f"unknown qualifier ({paren})")
    masked, strings = mask(body)
    text = " ".join(masked.split()).rstrip(".;").strip()
    occurrence = "first"
    occ = re.search(r"\((?P<occ>first|second|third|last|wherever)\s{1,20}occurring\)", text, re.I)
    if occ:
        occurrence = {"wherever": "all", "first": "first", "last": "last"}.get(occ.group("occ").lower(),
                                                                              _ORD.get(occ.group("occ").lower(), "first"))
        text = (text[: occ.start()] + text[occ.end():]).replace("  ", " ").replace(" ,", ",")
    targets = locator.targets
    ops: list[Operation] = []
    match = re.match(r"^Omit\s{1,20}" + _Q + r"(?:,\s{1,20}substitute\s{1,20}" + _Q + r")?$", text, re.I)
    if match:
        ids = _QRE.findall(text)
        for t in targets:
            if len(ids) == 2:
                ops.append(_op(sub, "replace-words", t, words=strings[int(ids[0])], replacement=strings[int(ids[1])],
                               occurrence=occurrence, portion=portion))
            else:
                ops.append(_op(sub, "repeal-words", t, words=strings[int(ids[0])], occurrence=occurrence,
                               portion=portion))
        return ops
    match = re.match(r"^Omit all the words (?P<how>from and including|after)\s{1,20}" + _Q + r"(?:,\s{1,20}substitute\s{1,20}" + _Q
                     + r")?$", text, re.I)
    if match:
        ids = _QRE.findall(text)
        words = strings[int(ids[0])]
        if match.group("how").lower() == "after":
            # Keep the anchor: delete what follows it.
            return [_op(sub, "replace-words", t, words=words,
                        replacement=words + (" " + strings[int(ids[1])] if len(ids) > 1 else ""), until="end")
                    for t in targets]
        return [_op(sub, "replace-words" if len(ids) > 1 else "repeal-words", t, words=words,
                    replacement=strings[int(ids[1])] if len(ids) > 1 else None, until="end") for t in targets]
    match = re.match(r"^(?P<pos>After|Before)\s{1,20}" + _Q + r",\s{1,20}insert\s{1,20}" + _Q + r"$", text, re.I)
    if match:
        ids = _QRE.findall(text)
        return [_op(sub, "insert-words", t, words=strings[int(ids[1])], position=match.group("pos").lower(),
                    anchor=strings[int(ids[0])], occurrence=occurrence) for t in targets]
    match = re.match(r"^Add\s{1,20}" + _Q + r"$", text, re.I)
    if match:
        return [_op(sub, "insert-words", t, words=strings[int(match.group(1))], position="end") for t in targets]
    match = re.match(r"^Repeal the (?P<what>[a-z ]+?)(?:,\s{1,20}substitute:?)?$", text, re.I)
    if match:
        substitute = "substitute" in text.lower()
        what = match.group("what").lower()
        if what in ("heading", "headings"):
            portion = "heading"
        if substitute:
            if payload is None:
                raise PhraseError("'substitute:' without the new text")
            return _replace_ops(locator, payload, sub, portion=portion)
        return _repeal_ops(locator, sub, portion=portion)
    match = re.match(r"^(?P<verb>Insert|Add):?$", text, re.I)
    if match:
        if payload is None:
            raise PhraseError(f"'{match.group('verb')}:' without the new text")
        if where == "after":
            return [_op(sub, "insert-after", targets[-1], text=payload)]
        if where == "before":
            return [_op(sub, "insert-before", targets[0], text=payload)]
        return [_op(sub, "append", t, text=payload) for t in targets]
    raise PhraseError(f"unknown item instruction {text[:60]!r}")
