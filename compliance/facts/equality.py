"""Equal suffrage: one voter one vote, equal districts reviewed in time, a neutral State.

Reads:

- ``votes.extra``: plural or weighted votes for some voters — a second
  registration where one occupies business premises, electors nominated by a
  company "for each ten pounds" of rateable value, additional votes for
  graduates or heads of family, two votes for a class of voters ("voters
  who are veterans shall have two votes"), a vote "also in that constituency"
  where a voter owns land. Each voter having the *same* number of votes
  ("each voter has two votes") is equal suffrage and is not read.
- ``districts.deviation``: the permitted departure of a district's size from
  the quota, average or norm, in percent ("within twenty-five per cent more or
  twenty-five per cent less of the electoral quota", "not exceeding 5%",
  "less than 96.5% or more than 103.5% of the average" is 3.5), and whether it
  is confined to special circumstances (sparsely populated, remote areas,
  concentrated minorities).
- ``districts.unequal_basis``: districts fixed by administrative boundaries
  "irrespective of the number of voters".
- ``districts.review_years``: how often boundaries or the distribution of seats
  are reviewed ("after each decennial census", "a period of 7 years"), and
  ``districts.no_review``: that they "shall not be subject to periodic review"
  (rules read it only where the law provides no periodic review at all).
- ``opportunity.state_bias``: the State not neutral between contestants —
  coverage of office-holders' official duties "shall not constitute
  campaigning", priority coverage of state bodies in state media, incumbents'
  use of official resources (also "the premises, vehicles and communications of
  the state body in which he or she works", unless offered on equal terms),
  public funds whose amount and recipients the Government decides ("parties
  selected by the Government").

Deliberately not read: equal upper-chamber representation of federal units
(two senators per region), seats reserved for national minorities, the
proportional allocation of free airtime or public funding by a formula, and
bans on changing boundaries shortly before an election (a stability rule).
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from ..model import Fact
from ._voting import Gate, Test, evidence_span, gated, negated, own_words
from .base import FactSpec, Statement, make_fact, sentence_bounds
from .quantities import find_durations, find_percents
from .patterns import lazy

__all__ = ["FACTS", "EXTRACTORS"]

FACTS = (
    FactSpec("votes.extra", "str", "Some voters get more votes than others (plural, weighted or corporate votes); "
             "value is the kind.", ()),
    FactSpec("districts.deviation", "float",
             "Permitted departure of a district's size from the quota or average, in percent.", ("special",)),
    FactSpec("districts.unequal_basis", "str",
             "Districts follow administrative units irrespective of the number of voters.", ("explicit",)),
    FactSpec("districts.review_years", "int", "Years between reviews of boundaries or of the distribution of seats.", ()),
    FactSpec("districts.no_review", "str", "Boundaries or the distribution of seats are never to be reviewed.", ()),
    FactSpec("opportunity.state_bias", "str", "State authorities not neutral between contestants; value is the kind "
             "(official-coverage, state-media-priority, public-resources, incumbent-advantage, discretionary-funding).", ()),
)

# --------------------------------------------------------------------------
# Plural and weighted votes
# --------------------------------------------------------------------------

_EXTRA_VOTES = (
    ("plural", lazy(
        r"\b(?:additional|extra|plural|supplementary|further)\s+votes?\b", re.I)),
    ("plural-registration", lazy(
        r"\b(?:also|additionally)\s+(?:be\s+)?entitled\s+to\s+(?:be\s+registered|vote|enrol)\w*\b[^.;]{0,80}?\b(?:in|for)\s+"
        r"(?:any|each|every)\s+other\s+(?:electoral\s+area|constituenc\w+|district|ward|division|area)"
        r"|\b(?:registered|vote)\s+in\s+(?:any|each|every)\s+other\s+(?:electoral\s+area|constituenc\w+|district|ward|division)"
        r"\b[^.;]{0,80}?\b(?:business|premises|property|occup\w+)"
        r"|\b(?:also\s+(?:be\s+)?entitled\s+to|(?:may|shall)\s+also)\s+(?:vote|be\s+registered|enrol)\w*\s+(?:in|for)\s+(?:that|"
        r"such|the\s+other|another|each\s+such)\s+(?:electoral\s+area|constituenc\w+|district|ward|division|area)\b"
        r"|\b(?:entitled\s+to|may|shall)\s+(?:also\s+)?(?:vote|be\s+registered|enrol)\w*\s+(?:also|as\s+well|additionally|"
        r"in\s+addition)\s+(?:in|for)\s+(?:that|such|the\s+other|another|each\s+such)\s+(?:electoral\s+area|constituenc\w+|"
        r"district|ward|division|area)\b", re.I)),
    ("corporate", lazy(
        r"\b(?:limited\s+compan\w+|compan(?:y|ies)|corporations?|bod(?:y|ies)\s+corporate|firms?|legal\s+(?:entit\w+|persons?))\b"
        r"[^.;]{0,160}?\b(?:nominate|appoint|designate|register)\w*\b[^.;]{0,80}?\b(?:electors?|voters?)\b"
        r"|\b(?:compan(?:y|ies)|corporations?|bod(?:y|ies)\s+corporate|legal\s+entit\w+)\s+(?:shall\s+have|has|have|may\s+cast|"
        r"(?:is|are)\s+entitled\s+to)\s+(?:\w+\s+){0,3}?votes?\b", re.I)),
    ("weighted", lazy(
        r"\b(?:one|an?)\s+(?:additional\s+)?(?:vote|elector|person|nominee|voter)\s+for\s+(?:each|every)\s+(?:\w+\s+){0,4}?"
        r"(?:pounds?|dollars?|euros?|value|acres?|hectares?|shares?|employees|workers|members)\b"
        r"|\bvotes?\b[^.;]{0,60}?\bweighted\b|\bweighted\s+by\s+a\s+(?:factor|coefficient)|\bweight\s+of\s+(?:each|the|his|her|a)\s+vote",
        re.I)),
    ("plural", lazy(
        r"\b(?:two|three|four|five|six|\d)\s+votes\b(?=[^.]{0,120}?\b(?:(?:other|remaining|all\s+other)\s+(?:voters|electors)|"
        r"(?:every|each|any)\s+other\s+(?:voter|elector))\s+(?:shall\s+)?(?:have|has|cast)\s+(?:only\s+)?one\s+vote)", re.I)),
    ("plural", lazy(  # a class of voters, named by a relative clause, holds more than one vote
        r"\b(?:voters?|electors?|citizens?|persons?)\s+who\s+(?:are|is|have|has|hold|holds|own|owns)\b[^.;]{0,80}?\b(?:shall|"
        r"may|will)\s+(?:have|cast|be\s+entitled\s+to)\s+(?:two|three|four|five|\d|a\s+second|an\s+additional|double)\s+"
        r"votes?\b"
        r"|\b(?:heads?\s+of\s+(?:a\s+|the\s+)?(?:famil(?:y|ies)|households?)|veterans|graduates|landowners|(?:land|property)\s+"
        r"owners|taxpayers|ratepayers|officers|civil\s+servants|mothers|fathers|parents)\b[^.;]{0,60}?\b(?:shall|may|will)\s+"
        r"(?:have|cast|be\s+entitled\s+to)\s+(?:two|three|four|five|\d|a\s+second|an\s+additional|double)\s+votes?\b", re.I)),
    ("university", lazy(r"\buniversity\s+(?:constituenc\w+|seats?|franchise|electors?)\b|\bgraduates?\b[^.;]{0,80}?\b"
                              r"(?:additional|extra|second|further)\s+votes?\b", re.I)),
)
_EQUAL_NUMBER = lazy(r"\b(?:each|every|all)\s+(?:voters?|electors?)\s+(?:shall\s+)?(?:ha(?:s|ve)|may\s+cast|is\s+entitled"
                           r"\s+to)\b|\bsame\s+number\s+of\s+votes\b|\bone\s+vote\b(?!\s+for\s+each)", re.I)


_EXTRA_STEMS = Gate(words="extra firm firms", stems="additional plural supplementary further company "
                   "companies corporation corporate weight weighted university graduates")
_EXTRA_GATE = Test(lambda words, stems: _EXTRA_STEMS.test(words, stems)
                   or (b"other" in words and not {b"also", b"busin", b"premi", b"votes"}.isdisjoint(stems))
                   or (b"each" in words and not {b"pound", b"value", b"share", b"acre", b"hecta"}.isdisjoint(stems))
                   or (b"also" in words and not {b"distr", b"const", b"ward", b"divis", b"area"}.isdisjoint(stems))
                   or (b"votes" in words and not {b"who", b"heads", b"head", b"veterans", b"graduates", b"landowners",
                                                    b"owners", b"taxpayers", b"ratepayers", b"officers", b"servants",
                                                    b"mothers", b"fathers", b"parents"}.isdisjoint(words))
                   or (b"for" in words and not {b"each", b"every"}.isdisjoint(words)
                       and not {b"vote", b"votes", b"elector", b"electors"}.isdisjoint(words)))


def _extra_votes(statement: Statement) -> Iterator[Fact]:
    lower = statement.lower
    if "vot" not in lower and "elector" not in lower:
        return
    text = statement.text
    own_lo, own_hi = statement.own
    for kind, pattern in _EXTRA_VOTES:
        for match in pattern.finditer(text, own_lo, own_hi):
            s_lo, s_hi = sentence_bounds(text, match.start(), match.end())
            sentence = text[s_lo:s_hi]
            if negated(text, match.start(), window=80) or re.search(
                    r"\b(?:no|not|never)\b[^.;]{0,40}\b(?:more\s+than\s+once|more\s+than\s+one)\b|\bprohibit\w*|\boffen[cs]e",
                    sentence, re.I):
                continue
            if kind == "plural" and (_EQUAL_NUMBER.search(sentence) and not re.search(r"\b(?:who|which|that)\b", sentence)
                                     or re.search(r"\b(?:round|ballot|count|recount|repeat\w*|run-?off|preferences?|"
                                                  r"transfer\w*|surplus)\b", sentence, re.I)):
                continue
            if kind == "weighted" and not re.search(r"\b(?:vot|elector|regist)", sentence, re.I):
                continue
            yield make_fact("votes.extra", kind, statement, match.start(), match.end(),
                            evidence=evidence_span(text, match.start(), match.end()))
            return


# --------------------------------------------------------------------------
# District size and review
# --------------------------------------------------------------------------

_DISTRICT_WORDS = lazy(r"\b(?:districts?|constituenc\w+|divisions?|electoral\s+areas?|wards?|ridings?|"
                             r"precincts?|seats?|mandates?|electorates?)\b", re.I)
_NORM_WORDS = lazy(r"\b(?:quota|average|norm|mean|equal|per\s+(?:seat|mandate|deputy|member|representative)|"
                         r"representation\s+norm|between\s+(?:\w+\s+){0,2}?(?:constituencies|districts|divisions)|"
                         r"(?:largest|smallest)\s+(?:constituency|district))\b", re.I)
_DEVIATION_WORDS = lazy(r"\b(?:deviat\w*|depart\w*|differ\w*|var(?:y|ies|iation|iance)\w*|allowance|tolerance|"
                              r"more\s+or\s+less|above\s+or\s+below|exceed\w*|within|margin|plus\s+or\s+minus|"
                              r"greater\s+than|less\s+than|more\s+than)\b", re.I)
_SPECIAL = lazy(r"\b(?:sparsely|remote|hard-to-reach|hard\s+to\s+reach|isolated|mountain\w*|islands?|"
                      r"minorit\w+|inaccessible|distant|northern|low\s+population\s+density)\b", re.I)


_DEVIATION_GATE = Gate(words="norm mean", stems="quota average equal deviation deviate differ variation between")


def _deviation(statement: Statement) -> Iterator[Fact]:
    lower = statement.lower
    if not any(w in lower for w in ("%", "per cent", "percent", "tenth", "fifth", "quarter", "third")):
        return
    text = statement.text
    own_lo, own_hi = statement.own
    best = None
    for share in find_percents(text[own_lo:own_hi]):
        start, end = own_lo + share.start, own_lo + share.end
        s_lo, s_hi = sentence_bounds(text, start, end)
        sentence = text[s_lo:s_hi]
        if not (_DISTRICT_WORDS.search(sentence) or _DISTRICT_WORDS.search(statement.context)):
            continue
        if not (_NORM_WORDS.search(sentence) and _DEVIATION_WORDS.search(sentence)):
            continue
        if re.search(r"\b(?:votes?\s+cast|valid\s+votes|threshold|signatures?|turnout|deposit|members\s+of\s+the\s+house|"
                     r"majority|resolution)\b", sentence, re.I):
            continue
        value = float(share.value)
        if 50 <= value <= 200 and re.search(r"\bof\s+(?:the\s+)?(?:\w+\s+){0,3}?(?:average|quota|norm)", text[end:end + 60], re.I):
            value = round(abs(value - 100), 2)
        if value <= 0 or value >= 100:
            continue
        before = text[max(s_lo, start - 120): start]
        special = bool(_SPECIAL.search(before) or _SPECIAL.search(text[end:min(s_hi, end + 40)]))
        if special and re.search(r"\b(?:except|unless|save)\s+(?:in\s+)?(?:\w+\s+){0,3}?(?:circumstances|cases)\b", before, re.I):
            special = False
        if best is None or value > best[0]:
            best = (value, start, end, special)
    if best is not None:
        value, start, end, special = best
        yield make_fact("districts.deviation", value, statement, start, end,
                        evidence=evidence_span(text, start, end), special=special)


_IRRESPECTIVE = lazy(
    r"\b(?:irrespective|regardless|independently)\s+of\s+(?:the\s+)?(?:number|size|count)\s+of\s+(?:(?:registered|resident)\s+)?"
    r"(?:voters|electors|inhabitants|population|residents|people)\b|\b(?:irrespective|regardless)\s+of\s+(?:its|their)\s+"
    r"(?:population|size|number\s+of\s+(?:voters|electors))",
    re.I,
)
_UNIT_IS_DISTRICT = lazy(
    r"\b(?:each|every)\s+(?:municipalit\w+|region|oblast|province|county|district\s+of\s+the\s+city|rayon|canton|"
    r"administrative[- ]territorial\s+unit|island)\b[^.;]{0,120}?\b(?:shall\s+)?(?:constitute|form|be|comprise)s?\s+"
    r"(?:one|a\s+single|a\s+separate|an?)\s+(?:single-(?:member|mandate)\s+|majoritarian\s+)?(?:electoral\s+)?"
    r"(?:district|constituency)",
    re.I,
)


_UNEQUAL_GATE = Gate(words="each every", stems="irrespective regardless independently")


def _unequal_basis(statement: Statement) -> Iterator[Fact]:
    lower = statement.lower
    if not any(w in lower for w in ("district", "constituenc", "deput", "seat", "mandate", "member")):
        return
    text = statement.text
    own_lo, own_hi = statement.own
    match = _IRRESPECTIVE.search(text, own_lo, own_hi)
    explicit = match is not None
    if match is None:
        match = _UNIT_IS_DISTRICT.search(text, own_lo, own_hi)
    if match is None:
        return
    s_lo, s_hi = sentence_bounds(text, match.start(), match.end())
    sentence = text[s_lo:s_hi] + "\n" + statement.context
    if not re.search(r"\b(?:district|constituenc|deput|seats?\b|mandates?\b|members\s+of)", sentence, re.I):
        return
    if re.search(r"\b(?:senat\w*|upper\s+(?:house|chamber)|council\s+of\s+the\s+(?:federation|republic)|house\s+of\s+"
                 r"(?:lords|nationalities|peoples)|bundesrat)\b", sentence, re.I):
        return
    if re.search(r"\b(?:minorit\w+|reserved)\b", sentence, re.I):
        return
    yield make_fact("districts.unequal_basis", "administrative-boundaries", statement, match.start(), match.end(),
                    evidence=evidence_span(text, match.start(), match.end()), explicit=explicit)


_REVIEW_WORD = lazy(
    r"\b(?:review\w*|reports?\s+on\s+the\s+(?:constituencies|districts|boundaries)|boundary\s+commission\w*|revis\w+|readjust\w*|re-?distribut\w+|redistrict\w*|redraw\w*|re-?delimit\w*|reapportion\w*|"
    r"apportion\w*|distribution\s+of\s+seats|re-?division|redivision|distributed\s+into|"
    r"(?:reports?|proposals?|recommendations?)\s+(?:\w+\s+){0,6}?(?:constituencies|districts|boundaries|divisions))\b",
    re.I,
)
_NEVER_REVIEW = lazy(
    r"\b(?:shall|may|will|must)\s+not\s+be\s+(?:subject\s+to\s+(?:any\s+)?(?:periodic(?:al)?\s+)?(?:review|revision|change|"
    r"alteration|redistribution|readjustment)|(?:periodically\s+)?(?:reviewed|revised|altered|changed|redrawn|redistributed|"
    r"readjusted|amended|modified))\b"
    r"|\bno\s+(?:periodic(?:al)?\s+)?(?:review|revision|redistribution|readjustment|redistricting)\b"
    r"|\b(?:are|is|shall\s+be|remain|shall\s+remain)\s+(?:fixed\s+)?(?:permanent(?:ly)?(?:\s+fixed)?|unchangeable|unchanged|"
    r"fixed\s+for\s+all\s+time|immutable|frozen)\b"
    r"|\b(?:shall\s+)?remain\s+(?:in\s+force|valid|in\s+effect|unchanged)\s+until\s+(?:it\s+is\s+|they\s+are\s+)?"
    r"(?:amended|changed|altered|repealed|modified|replaced)\s+by\s+(?:an?\s+|the\s+)?(?:law|statute|act|parliament)\b",
    re.I,
)
_NOT_NEVER = lazy(
    r"^[^.;]{0,60}?\b(?:less\s+than|within|during|after\s+the\s+(?:calling|call|announcement|issue)|before\s+(?:the\s+|an\s+)?"
    r"(?:election|polling|voting)|in\s+the\s+(?:year|period|\w+\s+months?)|except|unless|otherwise\s+than|save)\b",
    re.I,
)
_REVIEW_SUBJECT = lazy(r"\b(?:boundar\w+|districts?|constituenc\w+|divisions?|electoral\s+areas?|seats?|wards?|"
                             r"representation\s+order)\b", re.I)
_INTERVAL_BEFORE = lazy(
    r"(?:every|each|once\s+in|once\s+every|intervals?\s+of|periods?\s+of|at\s+least\s+(?:once\s+)?every|"
    r"not\s+(?:less|more)\s+(?:often\s+)?than\s+(?:once\s+)?(?:every|in)|after\s+(?:each|every))\s+"
    r"(?:not\s+(?:less|more)\s+than\s+\w+\s+(?:and|or|nor)\s+)?(?:not\s+(?:more|longer)\s+than\s+|not\s+exceeding\s+|"
    r"up\s+to\s+|at\s+most\s+|\w+\s+)?$",
    re.I,
)
#: An interval counted from the previous review ("not less than ten or more than fifteen years from the date of ...
#: their last report"), after the number of years.
_INTERVAL_AFTER = lazy(
    r"\W{0,4}(?:after|from|since|following|of)\s+(?:the\s+)?(?:date\s+of\s+)?(?:the\s+)?(?:submission\s+of\s+|publication\s+of\s+|"
    r"adoption\s+of\s+|completion\s+of\s+)?(?:the\s+|their\s+|its\s+)?(?:last|previous|preceding|prior|most\s+recent)\s+"
    r"(?:general\s+)?(?:reports?|reviews?|redistributions?|delimitations?|determinations?|readjustments?|apportionments?|"
    r"distributions?|division|orders?)\b",
    re.I,
)
_CENSUS = lazy(r"\b(?:after|following|on\s+the\s+basis\s+of)\s+(?:each|every|the)\s+(?P<kind>decennial|quinquennial|"
                     r"five-yearly|ten-yearly)\s+census\b", re.I)


_REVIEW_GATE = Gate(words="fixed intervals remain", stems="report review revised revision readjust readjustment redistribution redistributed "
                    "redistricting redraw redrawn delimitation apportion reapportion boundary boundaries census "
                    "permanent permanently unchangeable unchanged immutable frozen distributed redivision")


def _review(statement: Statement) -> Iterator[Fact]:
    lower = statement.lower
    if not any(w in lower for w in ("district", "constituenc", "division", "boundar", "seat", "ward", "electoral area")):
        return
    text = statement.text
    own_lo, own_hi = statement.own
    for match in _NEVER_REVIEW.finditer(text, own_lo, own_hi):
        s_lo, s_hi = sentence_bounds(text, match.start(), match.end())
        before = text[s_lo:match.start()]
        if not (_REVIEW_SUBJECT.search(before) and re.search(r"\b(?:boundar\w+|districts?|constituenc\w+|distribution\s+of\s+"
                                                              r"seats|seats|divisions?|wards?|electorates?)\b", before, re.I)):
            continue
        if _NOT_NEVER.search(text[match.end():s_hi]):
            continue
        if re.search(r"\b(?:candidates?|lists?|ballot|commission\s+members?|members\s+of\s+the\s+commission)\b", before, re.I) \
                and not re.search(r"\bboundar", before, re.I):
            continue
        yield make_fact("districts.no_review", "never", statement, match.start(), match.end(),
                        evidence=evidence_span(text, match.start(), match.end()))
        return
    if (census := _CENSUS.search(text, own_lo, own_hi)) is not None:
        years = 10 if census.group("kind").lower() in ("decennial", "ten-yearly") else 5
        s_lo, s_hi = sentence_bounds(text, census.start(), census.end())
        if _REVIEW_WORD.search(text, s_lo, s_hi) or _REVIEW_SUBJECT.search(text, s_lo, s_hi):
            yield make_fact("districts.review_years", years, statement, census.start(), census.end(),
                            evidence=evidence_span(text, census.start(), census.end()))
            return
    for word in _REVIEW_WORD.finditer(text, own_lo, own_hi):
        s_lo, s_hi = sentence_bounds(text, word.start(), word.end())
        if not _REVIEW_SUBJECT.search(text, s_lo, s_hi):
            continue
        window_lo, window_hi = max(s_lo, word.start() - 160), min(s_hi, word.end() + 200)
        for duration in find_durations(text[window_lo:window_hi]):
            if duration.unit != "year":
                continue
            start, end = window_lo + duration.start, window_lo + duration.end
            if not (_INTERVAL_BEFORE.search(text[max(s_lo, start - 80):start])
                    or _INTERVAL_AFTER.match(text, end, min(s_hi, end + 120))):
                continue
            yield make_fact("districts.review_years", int(duration.value), statement, start, end,
                            evidence=evidence_span(text, start, end))
            return


# --------------------------------------------------------------------------
# Neutrality of the State
# --------------------------------------------------------------------------

_OFFICE = (r"(?:(?:public|official|state|government)\s+(?:office|post|position|duties|functions|capacity)|(?:exercise|"
           r"performance|discharge)\s+of\s+(?:that|the|this|his|her|their)\s+(?:office|post|position)|official\s+"
           r"(?:duties|capacity|activities|functions|business)|office-?holders?|incumbents?|holds?\s+(?:a\s+)?(?:public|state)\s+"
           r"(?:office|post|position)|(?:exercise|performance|discharge)\s+of\s+(?:his|her|their|his\s+or\s+her)\s+"
           r"(?:official\s+)?(?:duties|functions|powers))")
_STATE_BIAS = (
    ("official-coverage", lazy(
        r"\b(?:coverage|reporting|reports?|information|publications?|appearances?|activities|trips?|visits?|meetings?|"
        r"events?|speeches|statements)\b[^.;]{0,200}?\b" + _OFFICE +
        r"\b[^.;]{0,200}?\b(?:shall|does|do|will)\s+not\s+(?:constitute|be\s+(?:considered|deemed|regarded\s+as|treated\s+as))\s+"
        r"(?:\w+\s+){0,2}?(?:campaign\w*|agitation|electioneering)"
        r"|\b(?:shall|does|do|will)\s+not\s+(?:constitute|be\s+(?:considered|deemed|regarded\s+as))\s+(?:\w+\s+){0,2}?"
        r"(?:campaign\w*|agitation)\b[^.;]{0,120}?\b(?:coverage|reporting|activities)\b[^.;]{0,120}?\b" + _OFFICE, re.I)),
    ("state-media-priority", lazy(
        r"\b(?:state|state-owned|state-controlled|public|publicly\s+owned|government|national)\s+(?:\w+\s+)?(?:media|"
        r"broadcasters?|television|radio|newspapers?|mass\s+media|outlets?)\b[^.;]{0,160}?\b(?:priority|preferential|"
        r"prominent|privileged|additional|special|first)\s+(?:\w+\s+)?(?:coverage|airtime|air\s+time|time|space|attention|"
        r"place)\b[^.;]{0,160}?\b(?:president|government|state\s+bod\w+|officials?|ministers?|incumbents?|ruling|"
        r"authorities|head\s+of\s+state|akims?|governors?)"
        r"|\b(?:state|state-owned|state-controlled|public|publicly\s+owned|government)\s+(?:\w+\s+)?(?:media|broadcasters?|television|"
        r"radio|newspapers?|mass\s+media|outlets?)\b[^.;]{0,60}?\b(?:devote|give|reserve|allocate|dedicate)\w*\b[^.;]{0,100}?"
        r"\b(?:coverage|airtime|air\s+time|time|space)\b[^.;]{0,100}?\bto\s+(?:the\s+)?(?:activities\s+of\s+(?:the\s+)?)?"
        r"(?:president|government|state\s+bod\w+|officials?|ministers?|incumbents?|ruling|authorities|head\s+of\s+state)"
        r"|\b(?:state|state-owned|state-controlled|public|publicly\s+owned|government|national)\s+(?:\w+\s+)?(?:media|"
        r"broadcasters?|television|radio|newspapers?|mass\s+media|outlets?)\b[^.;]{0,100}?\b(?:give|gives|accord|accords|grant|"
        r"grants|afford|affords)\s+(?:\w+\s+)?(?:priority|precedence|preference|prominence)\b[^.;]{0,60}?\bto\s+(?:\w+\s+){0,6}?(?:president|government|state\s+bod\w+|officials?|ministers?|incumbents?|ruling|"
        r"authorities|head\s+of\s+state|akims?|governors?)",
        re.I)),
    ("public-resources", lazy(
        r"\b(?:candidates?|officials?|office-?holders?|incumbents?|ministers?|president|akims?|governors?|mayors?)\b[^.;]{0,160}?"
        r"\b(?:may|shall\s+be\s+entitled\s+to|(?:is|are)\s+entitled\s+to|may\s+continue\s+to)\s+(?:use|make\s+use\s+of|"
        r"retain\s+the\s+use\s+of)\b[^.;]{0,100}?\b(?:official|public|state|government|service|budget)\s+(?:vehicles?|"
        r"transport|premises|resources|staff|equipment|facilities|means|communications?|funds)"
        r"|\b(?:candidates?|officials?|office-?holders?|incumbents?|ministers?|president|akims?|governors?|mayors?)\b[^.;]{0,160}?"
        r"\b(?:may|shall\s+be\s+entitled\s+to|(?:is|are)\s+entitled\s+to|may\s+continue\s+to)\s+(?:use|make\s+use\s+of|"
        r"retain\s+the\s+use\s+of)\s+(?:the\s+)?(?:\w+\s+)?(?:vehicles?|transport|premises|resources|staff|equipment|"
        r"facilities|communications?|funds)\b[^.;]{0,60}?\bof\s+(?:the\s+)?(?:state|public|government|official|municipal)\s+"
        r"(?:bod(?:y|ies)|authorit(?:y|ies)|agenc(?:y|ies)|institutions?|offices?|administrations?|organs?)\b", re.I)),
    ("incumbent-advantage", lazy(
        r"\b(?:candidates?\s+who\s+holds?|incumbents?|office-?holders?|(?:the\s+)?(?:president|prime\s+minister|ministers?|"
        r"head\s+of\s+state|akims?|governors?|mayors?))\b[^.;]{0,120}?\b(?:shall\s+|may\s+)?(?:receive|be\s+(?:entitled\s+to|given|"
        r"granted|allocated)|get|obtain)\w*\s+(?:\w+\s+){0,2}?(?:additional|extra|more|priority|preferential|unlimited)\s+"
        r"(?:\w+\s+)?(?:airtime|air\s+time|time|coverage|space|funding|funds|broadcasts?)", re.I)),
    ("discretionary-funding", lazy(
        r"\b(?:amount|amounts|recipients?|allocation|distribution|beneficiar\w+)\b[^.;]{0,80}?\b(?:shall\s+be|are|is)\s+"
        r"(?:determined|decided|fixed|established|set|approved)\s+(?:\w+\s+){0,2}?by\s+(?:\w+\s+){0,3}?(?:government|president|"
        r"minister\w*|cabinet|executive|prime\s+minister)"
        r"|\b(?:at\s+(?:its|their|his\s+or\s+her|his|her|the)\s+(?:own\s+)?(?:discretion|choosing))\b"
        r"|\b(?:funds?|funding|subsid\w+|financing|grants?)\b[^.;]{0,80}?\bto\s+(?:the\s+)?(?:ruling|governing|pro-government|"
        r"parties\s+(?:represented|participating)\s+in\s+the\s+(?:government|cabinet|ruling\s+coalition))"
        r"|\b(?:part(?:y|ies)|candidates?|recipients?|beneficiar\w+)\s+(?:\w+\s+){0,2}?(?:selected|chosen|designated|picked)\s+by\s+"
        r"(?:the\s+)?(?:government|president|minister\w*|cabinet|executive|prime\s+minister)\b", re.I)),
)
#: Premises or means offered to every contestant alike are equal treatment, not an incumbent's advantage.
_EQUAL_TERMS = lazy(r"\b(?:on\s+(?:an?\s+)?(?:equal|the\s+same)\s+(?:terms|basis|footing|conditions)|equally|on\s+equal\s+terms)\b",
                    re.I)
_FUNDING = lazy(r"\b(?:funds?|funding|financing|subsid\w+|grants?|budget|money|allocations?)\b", re.I)
_NEUTRAL = lazy(r"\b(?:equal(?:ly)?|proportion\w*|formula|on\s+the\s+basis\s+of\s+(?:the\s+)?(?:votes|seats|number))\b",
                      re.I)


_BIAS_GATE = Gate(words="media funds extra", stems="campaigning agitation coverage funding budget discretion resources "
                  "vehicles premises airtime additional television broadcasts preferential priority precedence selected chosen")


def _stems(*words: str) -> frozenset[bytes]:
    return frozenset(word[:5].encode() for word in words)


_BIAS_KINDS = {  # every group must be present among the provision's word beginnings
    "official-coverage": (_stems("campaigning", "agitation", "electioneering"),
                          _stems("office", "official", "duties", "position", "incumbent", "holds", "exercise", "post")),
    "state-media-priority": (_stems("media", "broadcasters", "television", "radio", "newspapers", "outlets"),
                             _stems("priority", "preferential", "prominent", "privileged", "additional", "special",
                                    "first", "devote", "give", "reserve", "allocate", "dedicate", "precedence",
                                    "preference", "prominence")),
    "public-resources": (_stems("use", "retain"),
                         _stems("vehicles", "transport", "premises", "resources", "staff", "equipment", "facilities",
                                "means", "communications", "funds")),
    "incumbent-advantage": (_stems("receive", "entitled", "given", "granted", "allocated", "obtain", "get"),
                            _stems("additional", "extra", "more", "priority", "preferential", "unlimited")),
    "discretionary-funding": (_stems("discretion", "choosing", "determined", "decided", "fixed", "established", "set",
                                     "approved", "ruling", "governing", "government", "represented", "selected", "chosen",
                                     "designated", "picked"),
                              _stems("funds", "fund", "funding", "financing", "subsidies", "subsidy", "grants", "grant",
                                     "budget", "money", "allocation", "allocations")),
}


def _state_bias(statement: Statement) -> Iterator[Fact]:
    text = statement.text
    own_lo, own_hi = statement.own
    words, stems = own_words(statement)
    for kind, pattern in _STATE_BIAS:
        if not all(not group.isdisjoint(stems) for group in _BIAS_KINDS[kind]):
            continue
        for match in pattern.finditer(text, own_lo, own_hi):
            s_lo, s_hi = sentence_bounds(text, match.start(), match.end())
            sentence = text[s_lo:s_hi]
            if kind == "public-resources":
                verb = re.search(r"\b(?:use|make\s+use\s+of|retain)\b", match.group(0), re.I)
                at = match.start() + (verb.start() if verb else 0)
                if negated(text, at, window=30) or re.search(r"\b(?:prohibit\w*|forbidden|except)\b", sentence, re.I) \
                        or _EQUAL_TERMS.search(sentence):
                    continue
            if kind == "discretionary-funding":
                # The decision is about public money for parties or candidates (this sentence or the one before).
                around = text[max(own_lo, s_lo - 250): s_hi]
                if not (_FUNDING.search(around) and re.search(r"\b(?:part(?:y|ies)|candidates?|campaign\w*|contestants?)\b",
                                                             around, re.I)):
                    continue
                if _NEUTRAL.search(sentence):
                    continue
            yield make_fact("opportunity.state_bias", kind, statement, match.start(), match.end(),
                            evidence=evidence_span(text, match.start(), match.end()))
            break


EXTRACTORS = (gated(
    "_equality",
    (_EXTRA_GATE, _extra_votes),
    (_DEVIATION_GATE, _deviation),
    (_UNEQUAL_GATE, _unequal_basis),
    (_REVIEW_GATE, _review),
    (_BIAS_GATE, _state_bias),
),)
