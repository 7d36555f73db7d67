"""Shared cues of the candidacy, nomination, party and mandate extractors (not an extractor module).

What makes a clause about *standing* for election rather than voting
("eligible", "may be elected", "the right to be elected", "registered as a
candidate", "qualified to be a candidate"), whether the clause *bars* someone
("shall not be elected", "are not eligible", "may not be registered"), and
which office it is about (head of state, upper house, lower house, local
council, a local executive, or unknown). Every regex is bounded and
linear-time.
"""

from __future__ import annotations

import re

from .base import Statement, sentence_bounds
from .patterns import lazy

__all__ = [
    "STAND_RE",
    "STRICT_STAND_RE",
    "BAR_RE",
    "VOTE_RE",
    "office_of",
    "APPOINTED_RE",
    "stand_context",
    "strict_stand_context",
    "lead_text",
    "is_barred",
    "span_text",
    "evidence_span",
    "own_lower",
    "might_stand",
    "statement_might_stand",
    "any_in",
    "REFUSAL_GROUNDS",
    "GROUND_WORDS",
]

_STAND_WORDS = ("candida", "eligib", "elected", "nominat", "stand", "qualif", "passive", "chosen", "senator", "deput",
                "be a member", "be a representative", "members of", "senat")

# The extractors of one statement run one after another (compliance.facts.extract), so the slice of a
# statement's own words, and whether it may be about standing at all, are kept for the next extractor.
# The caches hold the statement itself, so an identity test cannot be fooled by a recycled object.
_LAST_OWN: list = [None, ""]
_LAST_STAND: list = [None, False]


def own_lower(statement: Statement) -> str:
    """The provision's own words, lower-cased (every fact must rest on them: a cheap first filter)."""
    if _LAST_OWN[0] is not statement:
        _LAST_OWN[0] = statement
        _LAST_OWN[1] = statement.lower[statement.own[0]: statement.own[1]]
    return _LAST_OWN[1]


def any_in(text: str, words: tuple[str, ...]) -> bool:
    """True when any of ``words`` occurs in ``text`` (plain substring tests: the cheap prefilter)."""
    for word in words:
        if word in text:
            return True
    return False


def might_stand(lower: str) -> bool:
    """A cheap test that a text may be about standing for election (before any regex runs)."""
    return any_in(lower, _STAND_WORDS)


def statement_might_stand(statement: Statement) -> bool:
    """:func:`might_stand` for a statement, computed once for all the extractors that ask."""
    if _LAST_STAND[0] is not statement:
        _LAST_STAND[0] = statement
        _LAST_STAND[1] = might_stand(statement.lower[max(0, statement.own[0] - 600): statement.own[1]])
    return _LAST_STAND[1]


_STANDING_PARTS = (
    # eligible / ineligible to be elected, for election, as a candidate; or bare at the end of a clause
    r"(?:in)?eligib(?:le|ility)\s+(?:to\s+(?:be\s+(?:a\s+)?(?:elected|chosen|nominated|candidate|deput|member|"
    r"senator|president|registered\s+as)|stand|sit|the\s+(?:senate|house|office|assembly|parliament|council))|"
    r"for\s+(?:election|nomination|membership|office|re-?election|the\s+office|candidacy)|as\s+(?:a\s+|"
    r"an\s+)?(?:candidate|deput|member|senator|president|councillor|mayor))",
    r"(?:is|are|be|shall\s+be|becomes?)\s+(?:in)?eligible(?=\s*[.;,]|\s+(?:if|where|unless|who|while)\b)",
    r"right\s+to\s+be\s+elected",
    r"(?:may|shall|can|cannot|could|will)\s+(?:not\s+)?be\s+(?:elected|chosen|nominated|"
    r"registered\s+as\s+(?:a\s+)?candidates?)",
    r"be\s+elected\s+(?:as|to|a|an|the)\b",
    # "To be elected deputy one must be ...": the infinitive lead of translated qualification clauses
    r"(?<![\w-])to\s+be\s+(?:elected|chosen|nominated)\b",
    r"(?:shall|may|can)\s+(?:not\s+)?be\s+(?:a|an)\s+(?:senator|deputy|representative|member\s+of\s+(?:parliament|"
    r"the\s+(?:house|senate|national\s+assembly|assembly|legislature)))\b",
    r"capable\s+of\s+being\s+(?:elected|chosen|nominated)",
    # "Members of the House shall be at least 30 years of age": a qualification of elected members
    r"(?:members?|deputies|senators|representatives)\s+(?:of\s+(?:the\s+)?(?:\w+\s+){0,4}?)?(?:shall|"
    r"must)\s+be\s+(?:at\s+least|not\s+(?:less|younger)\s+than|over|above|aged)\b",
    r"qualified\s+(?:to\s+be\s+(?:a\s+candidate|elected|chosen|nominated)|for\s+(?:nomination|election|membership))",
    r"qualifications?\s+(?:for|of)\s+(?:nomination|candidates?|members?|election)",
    r"disqualified\s+(?:for|from)\s+(?:membership|being|nomination|election|candidacy)",
    r"(?:be|become|becoming)\s+(?:a\s+)?candidates?\b",
    r"stand(?:ing)?\s+(?:for|as)\b",
    r"candidacy|candidature|passive\s+electoral\s+right",
    r"be\s+nominated|nominated\s+as",
    r"registered\s+as\s+(?:a\s+)?candidates?|registration\s+of\s+(?:a\s+|the\s+)?candidates?",
    r"requirements?\s+for\s+(?:a\s+)?(?:candidates?|deputies|members?|the\s+office)",
)
#: Words that make a clause about the right to stand (the passive electoral right), the word "candidate" included.
STAND_RE = lazy(r"\b(?:" + "|".join((*_STANDING_PARTS, r"candidates?\b")) + r")", re.I)
#: Standing cues that name the act of standing, not merely a candidate (for bars, where "candidate" alone is too broad).
STRICT_STAND_RE = lazy(r"\b(?:" + "|".join(_STANDING_PARTS) + r")", re.I)
#: Words that make a clause about voting.
VOTE_RE = lazy(
    r"\b(?:right\s+to\s+(?:vote|elect)\b|entitled\s+to\s+vote|qualified\s+as\s+an?\s+elector|may\s+vote|shall\s+vote|"
    r"eligible\s+to\s+vote|active\s+electoral\s+right|take\s+part\s+in\s+(?:the\s+)?voting)",
    re.I,
)
#: A clause that bars someone from standing.
BAR_RE = lazy(
    r"\b(?:(?:shall|may|can|must|will|is|are)\s+not\s+(?:be\s+)?(?:eligible|elected|chosen|qualified|"
    r"entitled\s+to\s+(?:be|stand)|capable|registered|nominated|stand|be\s+a\s+candidate|a\s+candidate|become)|"
    r"cannot\s+(?:be|stand|become)|ineligible|disqualified|not\s+eligible|not\s+qualified|no\s+(?:person|citizen|"
    r"one)\b|(?:shall|may)\s+(?:be\s+)?refuse[ds]?|refus(?:e|al\s+of|al\s+to)\s+(?:to\s+)?regist|(?:shall|may|does|"
    r"do|will)\s+not\s+(?:have|enjoy|possess)\s+the\s+right\s+to\s+be\s+elected|"
    r"deprived\s+of\s+the\s+right\s+to\s+be\s+elected|barred|excluded\s+from\s+(?:standing|candidacy|being))",
    re.I,
)

_OFFICES = (
    ("head of state", lazy(
        r"\b(?:president(?:ial)?\s*(?:of\s+the\s+(?:republic|state|country))?|head\s+of\s+(?:the\s+)?state|"
        r"post\s+of\s+president|office\s+of\s+president)\b", re.I)),
    ("upper house", lazy(
        r"\b(?:senat(?:e|or|ors)|upper\s+(?:house|chamber)|council\s+of\s+the\s+(?:federation|republic)|"
        r"house\s+of\s+lords|second\s+chamber|federal\s+council|bundesrat)\b", re.I)),
    ("local executive", lazy(r"\b(?:mayors?|akims?|governors?|"
                                   r"heads?\s+of\s+(?:the\s+)?(?:local\s+)?administration)\b",
                             re.I)),
    ("local council", lazy(
        r"\b(?:local\s+(?:council|government|self-government|representative|authorit|elections?)|municipal(?:ity|"
        r"ities)?|maslikhats?|city\s+council|town\s+council|village\s+council|district\s+council|regional\s+council|"
        r"county\s+council|councillors?|local\s+kenesh|communal|commune|oblast\s+council|rural\s+council)\b", re.I)),
    ("lower house", lazy(
        r"\b(?:deput(?:y|ies)|member\s+of\s+(?:the\s+)?(?:parliament|house\s+of\s+(?:representatives|commons)|"
        r"national\s+assembly|legislature|mazhilis|majlis|saeima|seimas|sejm)|members\s+of\s+parliament|mps?\b|"
        r"mazhilis|majlis|state\s+duma|duma|saeima|seimas|sejm|riigikogu|verkhovna\s+rada|jogorku\s+kenesh|"
        r"house\s+of\s+(?:representatives|commons|assembly)|national\s+assembly|lower\s+(?:house|chamber)|"
        r"chamber\s+of\s+deputies|grand\s+national\s+assembly|parliament)\b", re.I)),
)


#: Appointed posts and functions whose "candidates" are not candidates for election (commission members, judges,
#: officials, agents and observers): qualifications for them are not candidacy requirements.
APPOINTED_RE = lazy(
    r"\b(?:(?:members?|chair\w*|deputy\s+chair\w*|secretar\w*|composition)\s+of\s+(?:the\s+|"
    r"an?\s+)?(?:\w+\s+){0,3}?(?:commissions?|boards?|committees?|courts?|tribunals?)|commission\s+members?|judges?|"
    r"ombudsm[ae]n|auditors?|observers?|prox(?:y|ies)|agents?|scrutineers?|(?:election|returning|polling|"
    r"electoral)\s+officers?|commissioners?|civil\s+servants?\s+of\s+the\s+commission)\b", re.I)


def office_of(*texts: str) -> str:
    """The office a clause is about: ``head of state``, ``upper house``, ``local executive``, ``local council``,
    ``lower house`` or ``unknown``.

    ``texts`` are searched in order (nearest words first: the clause, then the
    sentence, then headings and the law title); the first text that names an
    office decides, and within it the more specific office wins (a "deputy of
    the maslikhat" is local, a "deputy of the Senate" upper house, the mayor
    of a municipality a local executive).
    """
    for text in texts:
        if not text:
            continue
        for name, pattern in _OFFICES:
            if pattern.search(text):
                return name
    return "unknown"


def span_text(statement: Statement, start: int, end: int) -> tuple[int, int, str]:
    """The sentence around ``start:end`` and its text."""
    lo, hi = sentence_bounds(statement.text, start, end)
    return lo, hi, statement.text[lo:hi]


def evidence_span(statement: Statement, start: int, end: int, *, limit: int = 240) -> tuple[int, int]:
    """The sentence around a match or, when the sentence is too long to quote, the comma-bounded clause around it
    (with the clause before it when the clause alone is too short to read)."""
    text = statement.text
    lo, hi = sentence_bounds(text, start, end)
    if hi - lo <= limit:
        return lo, hi
    comma = text.rfind(",", max(lo, start - 120), start)
    left = comma + 1 if comma != -1 else max(lo, start - 120)
    comma = text.find(",", end, min(hi, end + 120))
    right = comma if comma != -1 else min(hi, end + 120)
    if right - left < 50 and left > lo:
        comma = text.rfind(",", max(lo, left - 120), left - 1)
        left = comma + 1 if comma != -1 else max(lo, left - 120)
    while left > lo and not text[left - 1].isspace() and left < start:
        left += 1
    while right < hi and right > end and not text[right].isspace() and text[right] != ",":
        right -= 1
    return left, right


def lead_text(statement: Statement) -> str:
    """The words before the provision's own text: headings and parents' lead-in."""
    return statement.text[: statement.own[0]]


def stand_context(statement: Statement, sentence: str) -> bool:
    """True when ``sentence`` (or, failing that, the lead-in and headings) is about standing for election."""
    if STAND_RE.search(sentence):
        return True
    lead = lead_text(statement)
    return bool(lead and STAND_RE.search(lead[-600:]))


def strict_stand_context(statement: Statement, sentence: str) -> bool:
    """Like :func:`stand_context`, but the bare word "candidate" is not enough: the clause must speak of standing,
    being elected, nominated or registered as a candidate, or eligibility."""
    if STRICT_STAND_RE.search(sentence):
        return True
    lead = lead_text(statement)
    return bool(lead and STRICT_STAND_RE.search(lead[-600:]))


def is_barred(statement: Statement, sentence: str) -> bool:
    """True when the sentence, or the lead-in of a list item, bars persons from standing."""
    if BAR_RE.search(sentence):
        return True
    lead = lead_text(statement)
    return bool(lead and not STAND_RE.search(sentence) and BAR_RE.search(lead[-400:]))


#: Grounds to refuse or cancel a registration that leave it to discretion or are disproportionate, by kind.
REFUSAL_GROUNDS = (
    ("vague", lazy(
        r"\b(?:interests?\s+of\s+(?:the\s+)?(?:state|nation|society|republic|country)|state\s+interests?|"
        r"national\s+(?:interests?|unity)|public\s+morality|(?:public|social|civil|national|interethnic|"
        r"inter-ethnic)\s+(?:harmony|accord|concord)|discredit\w*|honou?r\s+and\s+dignity|"
        r"dignity\s+of\s+(?:the\s+)?(?:state|nation|president))", re.I)),
    ("discretion", lazy(
        r"\b(?:in\s+the\s+opinion\s+of\s+the\s+\w+(?:\s+\w+)?|at\s+(?:its|the\s+\w+'s)\s+(?:own\s+)?discretion|"
        r"as\s+it\s+(?:sees|deems|considers)\s+fit|(?:commission|authority)\s+(?:considers|"
        r"deems)\s+(?:it\s+)?(?:necessary|appropriate))", re.I)),
    ("warnings", lazy(
        r"\b(?:(?:two|three|several|repeated|multiple)\s+(?:written\s+|official\s+)?warnings|"
        r"(?:written\s+)?warn(?:ings?|ed)\s+(?:\w+\s+){0,8}?(?:repeated|further|again|another)|(?:repeated|second|"
        r"further)\s+(?:violation|breach)\w*\s+(?:\w+\s+){0,6}?warning|(?:after|following)\s+(?:a\s+|two\s+|"
        r"one\s+)?(?:written\s+)?warnings?)\b", re.I)),
    ("any-violation", lazy(
        r"\b(?:(?:any|other|repeated)\s+(?:violations?|breach(?:es)?|infringements?)\s+of\s+(?:this|"
        r"the)\s+(?:[\w-]+\s+){0,6}?(?:law|code|act|legislation|rules)\b|(?:violat\w*|breach\w*|contravene\w*|"
        r"infring\w*)\s+any\s+(?:provision|requirement|rule)\s+of\s+(?:this|the)|(?:violat\w+|"
        r"breach\w*)\s+(?:of\s+)?(?:this|the)\s+(?:law|code|act)\s+(?:in\s+any\s+(?:way|form)|irrespective|"
        r"regardless))", re.I)),
    ("inaccuracy", lazy(
        r"\b(?:(?:inaccura\w+|incorrect|incomplete|untrue|false|erroneous)\s+(?:\w+\s+){0,3}?(?:information|data|"
        r"particulars)[^.;]{0,120}?(?:irrespective|regardless)\s+of|(?:irrespective|"
        r"regardless)\s+of\s+(?:the\s+)?(?:amount|significance|extent|materiality|size)|minor\s+(?:inaccurac|errors?|"
        r"irregularit|discrepanc)|any\s+(?:inaccura\w+|errors?|discrepanc\w+|incorrect\s+information)|"
        r"(?:errors?|mistakes?|defects?|omissions?|inaccurac\w+)\s+in\s+any\s+(?:particular|detail|respect))", re.I)),
)

#: The grounds in words, for messages.
GROUND_WORDS = {
    "vague": "an open-ended ground (the interests of the State, public morality or harmony, discrediting officials)",
    "discretion": "the authority's own opinion",
    "any-violation": "any violation of the law",
    "warnings": "further violations after warnings",
    "inaccuracy": "any inaccuracy in declarations, however minor",
}
