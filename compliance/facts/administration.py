"""Election administration: who appoints and dismisses commissions, and how open their results are.

Reads, for **independence** (GC25 20, Venice Code II.3.1):

- commissions or their members appointed, nominated or formed by the executive: "the
  Chairperson ... shall be appointed by the President of the Republic ... on the
  proposal of the Government", "territorial and precinct election commissions shall be
  formed by the local executive and administrative bodies", "the akim shall appoint";
  a proposal by parliament, the parties or a judicial body takes the case out. The
  Governor-General and Governor in Council (a formal head of state acting on advice, in
  a long tradition of independent administration the Code accepts) are not read as the
  executive;
- dismissal at will: "the President may release any member of the Central Election
  Commission from office before the expiry of his or her term", members "recalled at
  any time by the party that nominated them", members serving at the pleasure of the
  appointing body. A dismissal limited to listed grounds ("only", "for misbehaviour or
  incapacity", "who fails to discharge", "by a court") is compliant;
- executive dominance: "employees of the local executive bodies may make up the
  majority of a commission", commissions "subordinate" or "accountable" to the local
  executive, commissions chaired by the head of the local administration.

And, for **transparency** (Copenhagen 7.4, Venice Code I.3.2):

- results for polling stations (precincts) not published;
- copies of the results protocol given to observers or agents only "by decision of the
  chairperson" (or not at all), or observers allowed only to "acquaint themselves" with it.

Deliberately not read: the internal organisation of commissions, quorum and voting
rules, staff appointed by an independent commission or chief electoral officer
(returning officers appointed by the Chief Electoral Officer are the commission's own
staff), and counting centres as such.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from ..model import Fact
from .base import FactSpec, Statement, dispatch, evidence_window, make_fact, sentence_bounds
from .patterns import lazy

__all__ = ["FACTS", "EXTRACTORS"]

_KW0 = lazy("|".join(map(re.escape, ("appoint", "formed", "form ", "nominat", "designat", "establish", "composed",
                                    "approved", "set up", "constitut"))))
_KW1 = lazy("|".join(map(re.escape, ("president", "government", "cabinet", "minist", "executive", "administration",
                                    "akim", "hokim", "governor", "mayor", "head of state"))))
_KW2 = lazy("|".join(map(re.escape, ("release", "dismiss", "remov", "recall", "reliev", "discharg", "terminat", "suspend",
                                    "pleasure"))))
_KW3 = lazy("|".join(map(re.escape, ("majority", "subordinate", "accountable", "answerable", "chaired", "headed",
                                    "presided", "as chair", "the chair", "more than half", "more than one half"))))
_KW4 = lazy("|".join(map(re.escape, ("decision of", "discretion", "permission", "consent",
                                                             "approval", "if the chair"))))
_KW5 = lazy("|".join(map(re.escape, ("result", "protocol", "record", "cop", "acquaint", "familiar", "statement of"))))

FACTS = (
    FactSpec("commission.appointed_by_executive", "str",
             "Election commissions or their members appointed or formed by the executive; value is the "
             "appointing body.", ("who",)),
    FactSpec("commission.dismissal_at_will", "str",
             "Commission members may be dismissed or recalled without grounds; value is the dismissing body.",
             ("who",)),
    FactSpec("commission.executive_dominance", "str",
             "Commissions dominated by or subordinate to the executive or the ruling party; value is the form: "
             "majority, subordinate, chaired, unbalanced.", ("who",)),
    FactSpec("results.not_transparent", "str",
             "Results or protocols withheld from the public, observers or agents; value is the form: "
             "no-station-results, protocol-copy-discretionary, protocol-copy-denied, view-only.", ("who",)),
)

_EXEC = (
    r"(?:President(?:\s+of\s+the\s+(?:Republic|State|Country))?(?!\s+of\s+the\s+(?:\w{1,40}\s+)?(?:Court|Commission|Senate|"
    r"Chamber|Assembly|Parliament|Council|Tribunal|Bar|Association))|Government|Cabinet(?:\s+of\s+Ministers)?|"
    r"Council\s+of\s+Ministers|Prime\s+Minister|Minist(?:er|ry)(?:\s+of\s+(?:the\s+)?[A-Z]\w+(?:\s+(?:and\s+)?[A-Z]\w+){0,3})?|"
    r"(?:local\s+)?executive(?:\s+and\s+administrative)?\s+(?:bodies|body|authorities|authority|committees?|organs?)|"
    r"Heads?\s+of\s+(?:the\s+)?State|(?:local\s+)?(?:state\s+)?administrations?|akims?|akimats?|hokims?|khokims?|heads?\s+of\s+(?:the\s+)?(?:local\s+|"
    r"district\s+|regional\s+|city\s+|municipal\s+|provincial\s+)?(?:state\s+)?(?:administration|executive|self-government)|(?:regional\s+)?governors?(?![\s-]*(?:General|in\s+Council))|mayors?)"
)
_EXEC_RE = lazy(_EXEC, re.I)
_COMMISSION = lazy(
    r"\b(?:(?:central|territorial|district|precinct|constituency|regional|local|polling\s+station|divisional)\s+)?"
    r"(?:election|electoral)\s+(?:commissions?|committees?|boards?|councils?)\b|\bCEC\b|\bcommission\s+members?\b|"
    r"\bmembers?\s+of\s+(?:the\s+|a\s+)?(?:central|territorial|precinct|district|constituency|regional|local|polling|"
    r"election|electoral|divisional)\s+(?:\w{1,40}\s+){0,2}?commissions?\b|"
    r"\b(?:returning|electoral|election|presiding)\s+officers?\b", re.I)
_APPOINTED_BY = lazy(
    r"\b(?:shall\s+be|are|is|be|being|were|was)\s+(?:\w{1,40}\s+)?(?:appointed|nominated|designated|formed|established|"
    r"composed|approved|selected|set\s+up|constituted)\s+(?:\w{1,40}\s+){0,3}?by\s+(?:the\s+)?(?P<body>" + _EXEC + r")", re.I)
_FORMED_WITH_OTHERS = lazy(
    r"\b(?:shall\s+be|are|is)\s+(?:formed|appointed|established|composed|constituted)\s+by\s+(?:the\s+)?[^.;:]{3,100}?\s+"
    r"(?:and|or)\s+(?:by\s+)?(?:the\s+)?(?P<body>" + _EXEC + r")", re.I)
_MEMBERS_APPOINTED = lazy(
    r"\b(?:members?|chair\w*|secretary|commissioners?)\s+(?:\w{1,40}\s+){0,2}?(?:appointed|nominated|designated|selected)\s+"
    r"(?:\w{1,40}\s+){0,2}?by\s+(?:the\s+)?(?P<body>" + _EXEC + r")", re.I)
_APPOINTS = lazy(
    r"\b(?:the\s+)?(?P<body>" + _EXEC + r")\s+(?:shall|may|will)\s+(?:\w{1,40}\s+)?(?:appoint|form|establish|designate|"
    r"nominate|set\s+up|constitute)\b", re.I)
_INDEPENDENT_SOURCE = (r"(?:parliament\w*|part(?:y|ies)|opposition|senate|mazhilis|majlis|house\s+of|assembly|chambers?|"
                       r"judicial\s+council|(?:supreme\s+)?court|judges?|bar\s+association|civil\s+society)")
_OTHER_SOURCE = lazy(
    r"\b(?:proposals?|nominations?|recommendations?|submissions?|consent|approval|nominees?|candidates?\s+put\s+forward)\s+"
    r"(?:of|from|by)\s+(?:the\s+)?(?:\w{1,40}\s+){0,4}?" + _INDEPENDENT_SOURCE
    + r"|\b(?:nominated|proposed|put\s+forward|recommended|elected|approved|confirmed)\s+by\s+(?:the\s+)?(?:\w{1,40}\s+){0,3}?"
    + _INDEPENDENT_SOURCE, re.I)
_NOT_EXEC_CONTEXT = lazy(r"\bGovernor[\s-]*General\b|\bGovernor\s+in\s+Council\b|\bLieutenant\s+Governor\b", re.I)


def _ev(text: str, start: int, end: int) -> tuple[int, int]:
    return evidence_window(text, start, end, *sentence_bounds(text, start, end))


def _appointment(statement: Statement) -> Iterator[Fact]:
    own_lo, own_hi = statement.own
    lower = statement.lower[own_lo:own_hi]
    if not _KW0.search(lower):
        return
    if not _KW1.search(lower):
        return
    if "commission" not in statement.lower and "committee" not in statement.lower and "board" not in statement.lower:
        return
    text = statement.text
    seen: set[int] = set()
    for pattern in (_APPOINTED_BY, _FORMED_WITH_OTHERS, _MEMBERS_APPOINTED, _APPOINTS):
        for match in pattern.finditer(text, own_lo, own_hi):
            body = match.group("body")
            s_lo, s_hi = sentence_bounds(text, match.start(), match.end())
            if s_lo in seen:
                continue
            if re.match(r"\s*(?:\w{1,40}\s+){0,2}?(?:an?\s+|the\s+)?(?:deput(?:y|ies)|staff|employees?|officials?|"
                        r"secretariat)\b", text[match.end(): match.end() + 40], re.I):
                continue
            sentence = text[s_lo:s_hi]
            if _NOT_EXEC_CONTEXT.search(sentence):
                continue
            if not (_COMMISSION.search(sentence) or (_COMMISSION.search(statement.headings) and re.search(
                    r"\b(?:chair\w*|members?|secretary|commissions?)\b", sentence, re.I))):
                continue
            rest = text[match.end(): s_hi]
            clause_end = re.search(r"[;,]\s+(?:and|while|whereas|but)\b|;", rest)
            if _OTHER_SOURCE.search(rest[: clause_end.start() if clause_end else 160][:160]):
                continue
            if re.search(r"\b(?:observers?|staff|employees?|secretariat|apparatus|premises|transport|equipment)\b",
                         text[max(s_lo, match.start() - 80): match.start()], re.I):
                continue
            seen.add(s_lo)
            yield make_fact("commission.appointed_by_executive", " ".join(body.split()), statement, match.start(),
                            match.end(), evidence=_ev(text, match.start(), match.end()),
                            who=" ".join(body.split()))


_DISMISS = lazy(
    r"\b(?:may|can|shall\s+have\s+the\s+right\s+to|is\s+entitled\s+to)\s+(?:at\s+any\s+time\s+)?(?:release|dismiss|"
    r"remove|recall|relieve|discharge|suspend|terminate\s+the\s+(?:powers|appointment|mandate|membership)\s+of|"
    r"early\s+terminate)\s+(?:\w{1,40}\s+){0,3}?(?:members?|chair\w*|secretary|commissioners?)\b"
    r"|\b(?:members?|commissioners?|chair\w*)\s+(?:\w{1,40}\s+){0,8}?may\s+be\s+(?:recalled|dismissed|removed|released|"
    r"relieved|suspended|terminated)\b"
    r"|\b(?:members?|commissioners?|chair\w*)\s+(?:\w{1,40}\s+){0,8}?(?:hold\s+office|serve)\s+(?:at|during)\s+the\s+"
    r"pleasure\s+of", re.I)
_GROUNDS = lazy(
    r"\bonly\b|\bif\b|\bwhere\b|\bwho\s+(?:is|has|fails|becomes|ceases|was|does)|\bon\s+(?:the\s+)?(?:following\s+)?"
    r"grounds?|\bfor\s+(?:cause|misconduct|misbehaviou?r|incapacity|breach|violation|gross|serious|reasons?\s+set)|"
    r"\bin\s+(?:the\s+)?(?:case|event)s?\s+of|\bby\s+reason\s+of|\bupon\s+conviction|\bcourt|\bprovided\s+(?:for\s+)?"
    r"(?:in|by)\s+(?:this|law)|\blisted|\bset\s+out\s+in|\bspecified\s+in|\bon\s+(?:an\s+)?address|\bunless\b|"
    r"\bfollowing\s+(?:a|his|her)\b|\bon\s+(?:his|her|their)\s+own\s+(?:request|application)|\bresign", re.I)


def _dismissal(statement: Statement) -> Iterator[Fact]:
    own_lo, own_hi = statement.own
    lower = statement.lower[own_lo:own_hi]
    if not _KW2.search(lower):
        return
    if "member" not in lower and "chair" not in lower and "commissioner" not in lower:
        return
    text = statement.text
    for match in _DISMISS.finditer(text, own_lo, own_hi):
        s_lo, s_hi = sentence_bounds(text, match.start(), match.end())
        sentence = text[s_lo:s_hi]
        if not (_COMMISSION.search(sentence) or _COMMISSION.search(statement.headings)):
            continue
        if _GROUNDS.search(sentence):
            continue
        if re.search(r"\bdeput(?:y|ies)\b", text[max(s_lo, match.start() - 60): match.end()], re.I):
            continue
        body = _EXEC_RE.search(sentence)
        by = re.search(r"\bby\s+(?:the\s+)?(?P<who>(?:\w{1,40}\s+){0,4}?(?:party|parties|body|bodies|authority|organ|"
                       r"President|Government|Parliament|council))", sentence, re.I)
        who = body.group(0) if body else (by.group("who") if by else "the appointing body")
        yield make_fact("commission.dismissal_at_will", " ".join(who.split()), statement, match.start(), match.end(),
                        evidence=_ev(text, match.start(), match.end()), who=" ".join(who.split()))


_MAJORITY = lazy(
    r"\b(?:employees|officials|civil\s+servants|public\s+servants|representatives|staff|officers)\s+of\s+(?:the\s+)?"
    r"(?:local\s+)?(?:state\s+)?(?:executive|administrative|government|state|akimats?|hokimiyats?|khokimiyats?|"
    r"municipalit(?:y|ies)|ministr(?:y|ies)|administrations?)\s+(?:\w{1,40}\s+){0,4}?(?:may|shall|can)\s+"
    r"(?:\w{1,40}\s+)?(?:make\s+up|constitute|form|comprise|account\s+for)\s+(?:the\s+|a\s+)?(?:majority|more\s+than\s+"
    r"(?:one\s+)?half)", re.I)
_COMPOSED_OF_OFFICIALS = lazy(
    r"\b(?:composed|made\s+up|consist\w*|formed)\s+(?:exclusively\s+|entirely\s+|mainly\s+|solely\s+)?(?:of|from)\s+"
    r"(?:the\s+)?(?:employees|officials|civil\s+servants|public\s+servants|staff|officers)\s+of\s+(?:the\s+)?(?P<body>"
    + _EXEC + r"|(?:local\s+)?(?:state\s+)?(?:bodies|authorities))", re.I)
_SUBORDINATE = lazy(
    r"\b(?:shall\s+be|are|is)\s+(?:\w{1,40}\s+)?(?:subordinate|accountable|answerable|subject\s+to\s+the\s+(?:instructions|"
    r"directions|orders)\s+of)\s+(?:to\s+)?(?:the\s+)?(?P<body>" + _EXEC + r")", re.I)
_DIRECTED = lazy(
    r"\b(?:subject\s+to\s+the\s+(?:\w{1,40}\s+){0,2}?(?:direction|directions|control|instructions|orders|supervision)\s+"
    r"(?:and\s+(?:control|supervision|direction)\s+)?of|act\s+in\s+accordance\s+with\s+(?:any\s+)?(?:general\s+|special\s+|such\s+)?"
    r"(?:directions?|instructions?|orders)\s+(?:\w{1,40}\s+){0,2}?(?:given|issued|made)\s+by|comply\s+with\s+(?:any\s+)?"
    r"(?:general\s+|special\s+)?(?:directions?|instructions?|orders)\s+(?:\w{1,40}\s+){0,2}?(?:given|issued|made)\s+by)\s+"
    r"(?:the\s+)?(?P<body>" + _EXEC + r")", re.I)
_TITLE_AFTER = lazy(r"\s(?!Of\b|And\b|Or\b|Minist|Cabinet|Council|Decree|Resolution)[A-Z][a-z]{2,40}\b")
_UNBALANCED = lazy(
    r"\b(?:ruling|governing|presidential|majority|largest)\s+part(?:y|ies)\b[^.;]{0,80}?\b(?:majority|more\s+than\s+(?:one\s+)?"
    r"half|two[\s-]thirds)\s+of\s+(?:the\s+)?(?:seats|members|votes)"
    r"|\bchair\w*\s+(?:\w{1,40}\s+){0,6}?(?:nominated|appointed|proposed)\s+by\s+the\s+(?:ruling|governing|largest|majority)\s+"
    r"part(?:y|ies)", re.I)
_CHAIRED = lazy(
    r"\b(?:chaired|headed|presided\s+over)\s+by\s+(?:the\s+)?(?P<body>" + _EXEC + r")"
    r"|\b(?P<body2>" + _EXEC + r")\s+shall\s+(?:be|act\s+as|serve\s+as)\s+(?:the\s+)?chair\w*", re.I)


def _dominance(statement: Statement) -> Iterator[Fact]:
    own_lo, own_hi = statement.own
    lower = statement.lower[own_lo:own_hi]
    if not _KW3.search(lower) and not any(w in lower for w in ("employees", "officials", "servants", "instructions",
                                                                 "directions", "direction", "control", "two-thirds", "two thirds")):
        return
    text = statement.text
    for pattern, value in ((_MAJORITY, "majority"), (_COMPOSED_OF_OFFICIALS, "majority"), (_SUBORDINATE, "subordinate"),
                           (_DIRECTED, "subordinate"), (_CHAIRED, "chaired"), (_UNBALANCED, "unbalanced")):
        for match in pattern.finditer(text, own_lo, own_hi):
            s_lo, s_hi = sentence_bounds(text, match.start(), match.end())
            sentence = text[s_lo:s_hi]
            if not (_COMMISSION.search(sentence) or _COMMISSION.search(statement.headings)
                    or re.search(r"\bcommissions?\b", sentence, re.I)):
                continue
            if _NOT_EXEC_CONTEXT.search(sentence) or re.search(r"\b(?:shall|may|can)\s*not\b", sentence, re.I):
                continue
            body = match.groupdict().get("body") or match.groupdict().get("body2") or "executive"
            # "the Government Statistician", "the State Auditor": an official's title, not the executive itself.
            if body.lower() in ("government", "state") and _TITLE_AFTER.match(text, match.end()):
                continue
            yield make_fact("commission.executive_dominance", value, statement, match.start(), match.end(),
                            evidence=_ev(text, match.start(), match.end()), who=" ".join(body.split()))


_STATION = (r"(?:individual\s+|each\s+|separate\s+|the\s+|every\s+)?(?:polling\s+stations?|precincts?|polling\s+"
            r"(?:divisions?|districts?|places?)|voting\s+(?:districts?|stations?)|precinct\s+(?:election\s+)?"
            r"commissions?)")
_NO_STATION_RESULTS = lazy(
    r"\b(?:results?|protocols?|returns?|figures|data)\s+(?:\w{1,40}\s+){0,4}?(?:for|of|by|at|from)\s+" + _STATION
    + r"\s+(?:\w{1,40}\s+){0,10}?(?:shall|will|may|must)\s*not\s+be\s+(?:published|made\s+public|disclosed|posted|released|"
    r"made\s+available\s+to\s+(?:the\s+)?public|subject\s+to\s+(?:publication|disclosure))"
    r"|\b(?:results?|protocols?)\s+(?:\w{1,40}\s+){0,4}?(?:for|of|by|at|from)\s+" + _STATION + r"\s+(?:\w{1,40}\s+){0,3}?"
    r"(?:are|is)\s+not\s+(?:subject\s+to\s+publication|published|public|made\s+public|disclosed|released)", re.I)
_RESTRICTED_RESULTS = lazy(
    r"\b(?:results?|protocols?)\s+(?:\w{1,40}\s+){0,4}?(?:for|of|by|at|from)\s+" + _STATION + r"\s+(?:\w{1,40}\s+){0,3}?(?:shall|will|"
    r"may)\s+be\s+(?:made\s+available|provided|communicated|disclosed|given)\s+only\s+(?:to|on|upon)"
    r"|\bpublish\w*\s+only\s+(?:the\s+)?(?:overall|aggregate|aggregated|total|national|general|summary)\s+results"
    r"|\bresults?\s+(?:\w{1,40}\s+){0,4}?(?:shall\s+be\s+|are\s+)?(?:published|announced|made\s+public)\s+only\s+(?:at|for)\s+"
    r"(?:the\s+)?(?:national|republic|country|constituency|regional|district|state)(?:-wide)?\s+level"
    r"|\bresults?\s+(?:\w{1,40}\s+){0,4}?(?:shall\s+be\s+|are\s+|is\s+)?(?:published|announced|made\s+public|released)\s+only\s+"
    r"(?:as|in\s+the\s+form\s+of)\s+(?:\w{1,40}\s+){0,2}?(?:totals?|aggregates?|summar(?:y|ies)|overall\s+figures)", re.I)
_COPY = (r"cop(?:y|ies)\s+of\s+(?:the\s+)?(?:protocols?|records?|statements?\s+of\s+(?:the\s+)?(?:votes?|poll|results?)|"
         r"results?\s+(?:sheets?|forms?)|tally\s+sheets?|minutes)")
_COPY_DISCRETION = lazy(
    r"\b" + _COPY + r"\s+(?:\w{1,40}\s+){0,8}?(?:may|can)\s+(?:\w{1,40}\s+)?be\s+(?:issued|given|provided|handed|delivered|"
    r"made\s+available|supplied)\s+(?:[\w'’]{1,40}\s+){0,6}?(?:by\s+(?:a\s+)?decision\s+of|at\s+the\s+discretion\s+of|with\s+the\s+"
    r"(?:permission|consent|approval)\s+of|if\s+the\s+chair\w*|upon\s+(?:the\s+)?(?:approval|decision)\s+of)", re.I)
_COPY_DENIED = lazy(
    r"\b" + _COPY + r"\s+(?:\w{1,40}\s+){0,8}?(?:shall|may|will|must)\s*not\s+be\s+(?:issued|given|provided|handed|"
    r"delivered|made\s+available|supplied)", re.I)
_NO_COPIES_FOR = lazy(
    r"\b(?:observers?|agents?|proxies|representatives?|members?\s+of\s+the\s+commission)\b[^.;]{0,60}?\b(?:shall|may|will)\s*not\s+"
    r"(?:receive|obtain|be\s+(?:given|issued|provided\s+with))\s+(?:any\s+|an?\s+)?(?:certified\s+)?(?:copies|copy)"
    r"(?:\s+of\s+(?:the\s+)?(?:protocols?|records?|statements?|results))?", re.I)
_VIEW_ONLY = lazy(
    r"\b(?:acquaint|familiari[sz]e)\s+(?:himself|herself|themselves|himself\s+or\s+herself|oneself|itself)\s+with\s+"
    r"(?:the\s+)?(?:protocols?|records?|results?)", re.I)


def _transparency(statement: Statement) -> Iterator[Fact]:
    own_lo, own_hi = statement.own
    lower = statement.lower[own_lo:own_hi]
    negated = " not " in lower
    discretion = "cop" in lower and _KW4.search(lower)
    view = "acquaint" in lower or "familiar" in lower
    only = "only" in lower
    if not (negated or discretion or view or only):
        return
    if not _KW5.search(lower):
        return
    text = statement.text
    for match in (_NO_STATION_RESULTS.finditer(text, own_lo, own_hi) if negated else ()):
        yield make_fact("results.not_transparent", "no-station-results", statement, match.start(), match.end(),
                        evidence=_ev(text, match.start(), match.end()), who="the public")
    for match in (_RESTRICTED_RESULTS.finditer(text, own_lo, own_hi) if only else ()):
        yield make_fact("results.not_transparent", "no-station-results", statement, match.start(), match.end(),
                        evidence=_ev(text, match.start(), match.end()), who="the public")
    for pattern, value, cue in ((_COPY_DISCRETION, "protocol-copy-discretionary", discretion),
                                (_COPY_DENIED, "protocol-copy-denied", negated)):
        if not cue or "cop" not in lower:
            continue
        for match in pattern.finditer(text, own_lo, own_hi):
            s_lo, s_hi = sentence_bounds(text, match.start(), match.end())
            who = re.search(r"\b(?:observers?|agents?|representatives?|proxies|candidates?|members?)\b",
                            text[s_lo:s_hi], re.I)
            if value == "protocol-copy-denied" and not who:
                continue
            yield make_fact("results.not_transparent", value, statement, match.start(), match.end(),
                            evidence=_ev(text, match.start(), match.end()), who=who.group(0) if who else "")
    for match in (_NO_COPIES_FOR.finditer(text, own_lo, own_hi) if negated and "cop" in lower else ()):
        s_lo, s_hi = sentence_bounds(text, match.start(), match.end())
        if not re.search(r"protocol|record|result|statement\s+of", text[s_lo:s_hi], re.I):
            continue
        who = re.match(r"\w+", match.group(0))
        yield make_fact("results.not_transparent", "protocol-copy-denied", statement, match.start(), match.end(),
                        evidence=_ev(text, match.start(), match.end()), who=who.group(0) if who else "")
    for match in (_VIEW_ONLY.finditer(text, own_lo, own_hi) if "acquaint" in lower or "familiar" in lower else ()):
        s_lo, s_hi = sentence_bounds(text, match.start(), match.end())
        if not re.search(r"\b(?:observers?|agents?|representatives?|proxies)\b", text[s_lo:s_hi] + statement.headings,
                         re.I):
            continue
        if re.search(r"\bcop(?:y|ies)\b", statement.scope_text, re.I):
            continue
        yield make_fact("results.not_transparent", "view-only", statement, match.start(), match.end(),
                        evidence=_ev(text, match.start(), match.end()), who="observers")


EXTRACTORS = (dispatch(
    (("president", "government", "cabinet", "minist", "executive", "administration", "akim", "hokim", "governor",
      "mayor", "self-government", "local", "head of state"), _appointment),
    (("release", "dismiss", "remov", "recall", "reliev", "discharg", "terminat", "pleasure", "suspend"), _dismissal),
    (("majority", "subordinate", "accountable", "answerable", "chaired", "headed", "presided", "chair", "employees",
      "officials", "servants", "more than half", "more than one half", "instructions", "directions", "direction",
      "control", "orders", "two-thirds",
      "two thirds"),
     _dominance),
    (("not be published", "not published", "not subject to publication", "not be subject to publication",
      "not be subject to disclosure", "not be issued", "not be given",
      "not be provided", "not be made", "not be disclosed", "not receive", "not be posted", "not made", "not public",
      "not disclosed", "not released", "copies", "copy",
      "acquaint", "familiari", "only to", "only on", "only upon", "publish only", "published only"), _transparency),
),)
