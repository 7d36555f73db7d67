"""Shared reading of *who may vote*: the cues that a clause grants, withholds or protects the vote.

Several extractors of the suffrage group (age, residence, qualifications,
prisoners, detainees, incapacity, registration) ask the same question about
the words around a match: does this sentence give the right to vote on a
condition ("shall have the right to elect", "is qualified as an elector",
"entitled to be registered ... if"), take it away ("shall not take part in
voting", "is not entitled to vote", "disqualified for registration as
electors", "legally incapable of voting"), or protect it ("retain the right to
vote", "shall not be deprived of")? And is it about voting at all, or about
standing for election ("may be elected", "eligible to be a candidate")?

The answer depends on the sentence *and* on the words a list item inherits:
"The following persons shall not take part in voting:" belongs to each item
below it, and "... is not entitled to vote" may close a list. :func:`cue_text`
returns those words — the sentence of the match, the lead-in of its parents and
their closing words — and never the headings (a heading such as "Persons not
entitled to vote" describes the section, not each of its sentences).

This module is private to the suffrage extractors (it declares no facts).
Every regex is linear-time: alternations of literals with bounded gaps.
"""

from __future__ import annotations

import re

from .base import Statement, clause_bounds, is_negated, own_tokens, sentence_bounds
from .patterns import lazy

__all__ = [
    "VOTE_CUE",
    "GRANT_CUE",
    "EXCLUDE_CUE",
    "PROTECT_CUE",
    "STAND_CUE",
    "COURT_WORD",
    "cue_text",
    "stance",
    "conjunct_bounds",
    "following_text",
    "mentions_voting",
    "evidence_span",
    "REFERENCE_ONLY",
    "negated",
    "Gate",
    "gated",
    "Test",
    "about_standing",
]

#: Words that show a clause is about voting (not only standing).
VOTE_CUE = lazy(
    r"\b(?:vote[sd]?|voting|voters?|electors?|elect\b|electoral\s+(?:rights?|roll|register|list)|"
    r"suffrage|franchise|enrol\w*|(?:voter|electoral|electors)\s+(?:lists?|registers?|rolls?)|polling|"
    r"the\s+roll\b|a\s+roll\b|any\s+roll\b|the\s+rolls\b|take\s+part\s+in\s+(?:the\s+)?(?:elections?|voting|referend\w+)|"
    r"participate\s+in\s+(?:the\s+)?(?:elections?|voting))",
    re.I,
)

#: The vote given on conditions.
GRANT_CUE = lazy(
    r"\b(?:(?:shall\s+)?(?:have|has)\s+the\s+right\s+to\s+(?:vote|elect)|(?:is|are|shall\s+be)\s+entitled\s+to\s+"
    r"(?:vote|be\s+(?:registered|enrolled|included|entered)|enrolment|registration|have\s+(?:their|his|her|his\s+or\s+her)\s+names?)|"
    r"(?:is|are|shall\s+be)\s+qualified\s+(?:as\s+an?\s+|to\s+be\s+registered\s+as\s+an?\s+|to\s+vote)|"
    r"qualified\s+as\s+an?\s+elector|qualification\s+of\s+electors|"
    r"(?:may|shall|can)\s+vote\b|(?:may|shall)\s+(?:enrol|be\s+enrolled|be\s+registered\s+as\s+(?:an?\s+)?(?:\w+\s+){0,3}?(?:electors?|voters?))|"
    r"(?:are|is|shall\s+be)\s+(?:an?\s+)?(?:electors?|voters?)\b|electors?\s+are\b|active\s+electoral\s+right|"
    r"(?:shall\s+be\s+)?elected\s+by\s+(?:universal|direct|all|the\s+(?:citizens|voters|electors|people))|"
    r"right\s+to\s+(?:vote|elect)\b|entitled\s+to\s+vote|"
    r"right\s+to\s+(?:take\s+part|participate)\s+in\s+(?:the\s+)?(?:voting|elections?\b(?!\s+as\s+(?:a\s+)?candidates?))|"
    r"(?:shall|may)\s+be\s+(?:included|entered|registered|enrolled)\s+(?:in|on)\s+(?:the\s+|a\s+)?(?:(?:voter|electoral)\s+"
    r"(?:lists?|registers?|rolls?)|(?:lists?|registers?|rolls?)\s+of\s+(?:voters|electors)))",
    re.I,
)

#: The vote withheld.
EXCLUDE_CUE = lazy(
    r"\b(?:"
    r"(?:shall|may|must|do|does|will|can|are|is)\s+not\s+(?:be\s+(?:entitled|allowed|permitted|qualified)\s+to\s+)?"
    r"(?:vote\b|take\s+part\s+in\s+(?:the\s+)?(?:voting|elections?|referend\w+)|participate\s+in\s+(?:the\s+)?(?:voting|elections?)|"
    r"elect\b|enrol\b|be\s+enrolled|be\s+registered(?!\s+as\s+(?:a\s+)?candidates?)|be\s+(?:entered|included|placed)\s+(?:in|on)\s+"
    r"(?:the\s+|any\s+|a\s+)?(?:voter|electoral|electors|roll|register|list)|have\s+(?:the\s+)?right\s+to\s+(?:vote|elect))"
    r"|cannot\s+(?:vote|elect|be\s+registered\s+as\s+(?:an?\s+)?(?:elector|voter))"
    r"|(?:is|are|shall\s+be)\s+not\s+(?:entitled|qualified|eligible|allowed|permitted)\s+(?:to\s+(?:vote|be\s+(?:registered|enrolled)|"
    r"enrolment|registration|have\s+(?:his|her|their|his\s+or\s+her)\s+names?)|for\s+(?:registration|enrolment))"
    r"|not\s+entitled\s+to\s+(?:vote|enrolment|be\s+enrolled|be\s+registered|have\s+(?:his|her|their|his\s+or\s+her)\s+names?)"
    r"|(?:legally\s+)?incapable\s+of\s+voting"
    r"|disqualified\s+(?:from|for)\s+(?:voting|registration|registering|being\s+registered|enrolment)"
    r"|(?:deprived|stripped|deprive[sd]?)\s+(?:\w+\s+){0,3}?of\s+(?:the\s+|their\s+|his\s+or\s+her\s+|his\s+|her\s+)?"
    r"(?:right\s+to\s+vote|electoral\s+rights?|active\s+electoral|franchise|suffrage|voting\s+rights?|right\s+to\s+elect)"
    r"|(?:have|has)\s+no\s+right\s+to\s+(?:vote|elect)"
    r"|(?<!name\s)(?<!names\s)(?:are|is)\s+not\s+(?:entered|included|placed|registered)\s+(?:in|on)\s+(?:the\s+|any\s+|a\s+)?(?:voter|electoral|"
    r"electors|roll|register|list)"
    r"|(?:right\s+(?:of\s+(?:\w+\s+){1,3}?)?to\s+(?:vote|elect)|electoral\s+rights?|franchise|voting\s+rights?)\s+(?:\w+\s+){0,3}?"
    r"(?:shall\s+be|is|are|will\s+be)\s+(?:suspended|withdrawn|forfeited|lost|terminated)"
    r"|(?:shall|may|must|can|do|does)\s+not\s+exercise\s+(?:the\s+|their\s+|his\s+or\s+her\s+|his\s+|her\s+)?"
    r"(?:right\s+to\s+(?:vote|elect)|electoral\s+rights?|active\s+electoral\s+right|vote|franchise)"
    r"|(?:lose|loses|forfeits?)\s+(?:the\s+|their\s+|his\s+or\s+her\s+)?(?:right\s+to\s+vote|franchise|electoral\s+rights?)"
    r"|excluded\s+from\s+(?:the\s+)?(?:right\s+to\s+vote|voting|franchise|electoral\s+rights|(?:voter|electoral)\s+(?:lists?|registers?|rolls?))"
    r"|no\s+(?:person|one|citizen|prisoner)\b[^.;:]{0,100}?\b(?:shall|may|is)\s+(?:be\s+)?(?:entitled\s+to\s+|qualified\s+to\s+)?"
    r"(?:vote|be\s+registered|be\s+enrolled|registration|enrolment)"
    r"|dis(?:en)?franchis\w*"
    r"|refuse\w*\s+(?:to\s+)?(?:registration|register|enrol\w*|inclu\w+)"
    r"|\b(?:remove|removes|delete|deletes|strike|strikes)\s+(?:\w+\s+){0,3}?from\s+the\s+(?:voter\s+|electoral\s+)?"
    r"(?:lists?|registers?|rolls?)\b"
    r"|(?<!not\sbe\s)(?<!not\s)(?<!never\sbe\s)(?:removed|struck\s+off|deleted|erased|excluded)\s+from\s+(?:the\s+|any\s+)?(?:voter|voters'?|electoral|electors'?)?\s*"
    r"(?:lists?|registers?|rolls?)\b"
    r"|shall\s+not\s+(?:be\s+)?(?:eligible|qualified)\s+to\s+vote"
    r"|(?:are|is)\s+not\s+electors"
    r")",
    re.I,
)

#: The vote protected: exclusion words turned round ("shall not be deprived of the right to vote").
PROTECT_CUE = lazy(
    r"\b(?:retain(?:s|ed)?\s+(?:the|their|his|her|his\s+or\s+her)\s+(?:right\s+to\s+vote|electoral\s+rights?|franchise|vote)|"
    r"(?:shall|may|must)\s+not\s+be\s+(?:deprived|excluded|disqualified|disenfranchised|prevented\s+from\s+voting)|"
    r"(?:is|are)\s+not\s+(?:deprived|excluded|disqualified)\s+(?:of|from|for)|"
    r"(?:may|shall\s+be\s+entitled\s+to|are\s+entitled\s+to|is\s+entitled\s+to)\s+vote\s+by\s+(?:special|postal|absentee|mobile)|"
    r"nothing\s+in\s+this\s+\w+\s+(?:shall\s+)?(?:prevents?|deprives?|affects?)|keep\s+the\s+right\s+to\s+vote|"
    r"does\s+not\s+(?:include|apply\s+to)|"
    r"(?:no\s+(?:person|one|citizen|voter|elector)|nobody)\s+(?:shall|may|can|will)\s+(?:lose|forfeit|be\s+deprived\s+of|"
    r"be\s+excluded\s+from|be\s+disenfranchised)|(?:shall|may|must)\s+not\s+(?:lose|forfeit)\s+(?:the|their|his|her|"
    r"his\s+or\s+her)\s+(?:right\s+to\s+vote|electoral\s+rights?|franchise|vote))",
    re.I,
)

#: Words about standing for election rather than voting.
STAND_CUE = lazy(
    r"\b(?:be\s+elected|eligible(?!\s+to\s+vote)|ineligible|candidates?|candidacy|stand(?:ing)?\s+(?:for|as)|"
    r"right\s+to\s+be\s+elected|passive\s+electoral\s+right|be\s+nominated|nominat\w+|deputies\b|deputy\b)",
    re.I,
)

#: A court or judge (a decision-maker with judicial guarantees).
COURT_WORD = lazy(r"\b(?:court|courts|judge|judges|judicial|judgment|judgement|tribunal)\b", re.I)

_CONJUNCT = lazy(
    r",\s+(?:and\s+|or\s+)?(?=(?:persons?|citizens?|those|people|individuals|a\s+person|any\s+person|voters?|electors?)\b)"
    r"|\s(?:and|or)\s+(?=(?:persons?|citizens?|those|people|individuals|a\s+person|any\s+person)\b)"
    r"|;\s|\n",
    re.I,
)


def _heading_end(statement: Statement) -> int:
    if statement.headings and statement.text.startswith(statement.headings):
        return len(statement.headings)
    return 0


def cue_text(statement: Statement, start: int, end: int) -> str:
    """The sentence around ``start:end`` plus the lead-in and closing words it inherits (not the headings)."""
    text = statement.text
    s_lo, s_hi = sentence_bounds(text, start, end)
    own_lo, own_hi = statement.own
    parts = [text[s_lo:s_hi]]
    head = _heading_end(statement)
    if head < own_lo:
        parts.insert(0, text[head:own_lo])
    if own_hi < len(text):
        parts.append(text[own_hi:])
    return "\n".join(parts)


def stance(words: str) -> str | None:
    """``"protect"``, ``"exclude"``, ``"grant"`` or ``None``: what ``words`` do with the vote."""
    if PROTECT_CUE.search(words):
        return "protect"
    if EXCLUDE_CUE.search(words):
        return "exclude"
    if GRANT_CUE.search(words):
        return "grant"
    return None


def mentions_voting(words: str) -> bool:
    return bool(VOTE_CUE.search(words))


def conjunct_bounds(text: str, start: int, end: int) -> tuple[int, int]:
    """The conjunct of a clause that holds ``start:end``: "persons A, and persons B, shall not vote" splits in two."""
    lo, hi = clause_bounds(text, start, end)
    left = lo
    for match in _CONJUNCT.finditer(text, lo, start):
        left = match.end()
    right_match = _CONJUNCT.search(text, end, hi)
    right = right_match.start() if right_match else hi
    return left, right


def following_text(statement: Statement, limit: int = 1500) -> str:
    """When the provision's own words end with ":" (a list follows), the words of the list that follows."""
    own = statement.own_text.rstrip()
    if not own.endswith((":", "—", ":-")):
        return ""
    scope = statement.scope_text
    tail = own[-80:]
    at = scope.find(tail)
    if at < 0:
        return ""
    begin = at + len(tail)
    return scope[begin: begin + limit]


#: A list item that only points at another provision ("a person covered by subsection 93(8AA)").
REFERENCE_ONLY = lazy(
    r"\b(?:covered\s+by|referred\s+to\s+in|mentioned\s+in|described\s+in|specified\s+in|listed\s+in|by|under)\s+"
    r"(?:sub)?(?:section|paragraph|article|clause|rule|item|point)s?\s+\d",
    re.I,
)


def evidence_span(text: str, start: int, end: int, limit: int = 240) -> tuple[int, int]:
    """The words to quote for a match: its sentence, or its conjunct or clause when the sentence is long."""
    lo, hi = sentence_bounds(text, start, end)
    if hi - lo <= limit:
        return lo, hi
    lo, hi = conjunct_bounds(text, start, end)
    if hi - lo <= limit:
        return lo, hi
    side = max(0, (limit - (end - start)) // 2 - 2)
    lo, hi = max(lo, start - side), min(hi, end + side)
    while lo > 0 and lo < start and not text[lo - 1].isspace():
        lo += 1
    while hi < len(text) and hi > end and not text[hi].isspace():
        hi -= 1
    return lo, hi


_NOT_A_NEGATION = lazy(
    r"\b(?:not|no)\s+(?:later|earlier|sooner|less|more|fewer|greater|longer|shorter)\s+than\b|\bnot\s+exceeding\b|"
    r"\bnot\s+only\b|\bwhether\s+or\s+not\b",
    re.I,
)


def negated(text: str, start: int, *, window: int = 60) -> bool:
    """Like :func:`~compliance.facts.base.is_negated`, but "not later than", "not less than" and "not exceeding"
    are limits, not negations."""
    lo = max(0, start - window)
    chunk = _NOT_A_NEGATION.sub(lambda m: "_" * len(m.group(0)), text[lo:start])
    return is_negated(text[:lo] + chunk, start, window=window)


# --------------------------------------------------------------------------
# Cheap prefilters
# --------------------------------------------------------------------------

def own_words(statement: Statement) -> tuple[frozenset[bytes], frozenset[bytes]]:
    """The words of the provision's own text, and their first five letters (see
    :func:`~compliance.facts.base.own_tokens`: tokenised once per statement for every gate)."""
    tokens = own_tokens(statement)
    return tokens[0], tokens[1]


class Gate:
    """A keyword prefilter on a provision's own words: whole ``words``, or word beginnings (``stems``, cut to
    five letters). ``gate(statement)`` is true when any of them occurs."""

    __slots__ = ("words", "stems")

    def __init__(self, words: str = "", stems: str = "") -> None:
        self.words = frozenset(word.encode() for word in words.split())
        self.stems = frozenset(stem[:5].encode() for stem in stems.split())

    def __call__(self, statement: Statement) -> bool:
        found, beginnings = own_words(statement)
        return self.test(found, beginnings)

    def test(self, found: frozenset[bytes], beginnings: frozenset[bytes]) -> bool:
        return not (self.words.isdisjoint(found) and self.stems.isdisjoint(beginnings))


class Test(Gate):
    """A gate given as a function of the provision's words and five-letter stems (for "both A and B" tests)."""

    __slots__ = ("function",)

    def __init__(self, function) -> None:
        super().__init__()
        self.function = function

    def test(self, found: frozenset[bytes], beginnings: frozenset[bytes]) -> bool:
        return bool(self.function(found, beginnings))


def gated(name: str, *pairs):
    """One extractor that runs each ``(gate, extractor)`` pair whose gate passes.

    A module registers this single function instead of one per subject: the framework then calls one
    function per provision, and the gates share one computation of the provision's words.
    """

    # An index from word and stem to the gates that name it: a statement's words meet every gate's at once,
    # and only the pairs whose gates pass (plus the function tests) are looked at, in their order.
    by_word: dict[bytes, list[int]] = {}
    by_stem: dict[bytes, list[int]] = {}
    tests: list[int] = []
    for number, (gate, _extractor) in enumerate(pairs):
        if type(gate) is not Gate:  # a Test (or any other test of its own): asked each time
            tests.append(number)
            continue
        for word in gate.words:
            by_word.setdefault(word, []).append(number)
        for stem in gate.stems:
            by_stem.setdefault(stem, []).append(number)
    all_words, all_stems, asked = frozenset(by_word), frozenset(by_stem), frozenset(tests)

    def extract(statement: Statement):
        found, beginnings = own_words(statement)
        chosen = set(tests)
        for word in all_words.intersection(found):
            chosen.update(by_word[word])
        for stem in all_stems.intersection(beginnings):
            chosen.update(by_stem[stem])
        for number in sorted(chosen):
            gate, extractor = pairs[number]
            if number in asked and not gate.test(found, beginnings):
                continue
            yield from extractor(statement)

    extract.__name__ = extract.__qualname__ = name
    extract.__doc__ = "Runs " + ", ".join(fn.__name__ for _gate, fn in pairs) + " behind their keyword gates."
    return extract


_STAND_STRONG = lazy(
    r"\b(?:(?:may|can|shall)\s+(?:\w+\s+)?be\s+elected|(?:is|are)\s+eligible\s+(?:to\s+be\s+elected|for\s+election|as|to|for)|"
    r"right\s+to\s+be\s+elected|passive\s+electoral\s+right|may\s+(?:stand|be\s+nominated|be\s+registered\s+as\s+(?:a\s+)?"
    r"candidate)|candidates?\s+for\s+(?:the\s+)?(?:office|post|president|deputy)|shall\s+not\s+be\s+(?:elected|registered\s+as\s+"
    r"(?:a\s+)?candidate)|(?<![\w-])to\s+be\s+elected(?!\s+by\b))",
    re.I,
)
_VOTE_AS_QUALIFICATION = lazy(
    r"\b(?:who\s+)?(?:has|have|having|with|enjoying|possessing|holds?)\s+(?:the\s+)?(?:right\s+to\s+vote|active\s+electoral\s+right|"
    r"electoral\s+rights?)|\bregistered\s+(?:as\s+)?(?:a\s+)?(?:voters?|electors?)\b|\bqualified\s+(?:as\s+)?(?:an?\s+)?electors?\b",
    re.I,
)


def about_standing(sentence: str) -> bool:
    """True when a sentence sets conditions to *stand* for election, even if "having the right to vote" is one of
    them ("Any citizen having the right to vote, who has attained the age of 35 ..., may be elected President")."""
    if not _STAND_STRONG.search(sentence):
        return False
    rest = _VOTE_AS_QUALIFICATION.sub(" ", _STAND_STRONG.sub(" ", sentence))
    return not VOTE_CUE.search(rest)
