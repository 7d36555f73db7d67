"""Who loses the vote: prisoners, persons detained without conviction, persons found incapable.

Reads clauses that withhold the vote ("shall not take part in elections",
"is not entitled to vote", "disqualified for registration as electors",
"legally incapable of voting", "except persons serving ...") from a group of
people, and says which group and on whose decision:

- ``prisoners.excluded``: ``"all-sentenced"`` (everyone serving a prison
  sentence, "held in places of deprivation of liberty under a court
  sentence"), ``"all-convicted"`` (any conviction, even after release),
  ``"serious-automatic"`` (only grave offences or long sentences, but by
  operation of law), ``"court-decision"`` (a court withdraws the vote in the
  individual case, "may be excluded from the right to vote by the court") or
  ``"electoral-offence"`` (corrupt and illegal practices, a link the case law
  accepts).
- ``detainees.excluded``: persons held on remand, in pre-trial or
  administrative detention, "in respect of whom the preventive measure of
  detention in custody has been applied".
- ``incapacity.excluded``: ``"status"`` (unsound mind, mental illness,
  disability, with no decision at all), ``"medical"`` (a medical commission or
  doctor decides), ``"court-general"`` (declared legally incapable or placed
  under guardianship by a court — a court, but not on the vote), ``"functional"``
  (incapable of understanding the nature of voting, with no court named) or
  ``"court-voting"`` (a court decides on the capacity to vote itself).

Deliberately not read: exclusions from *standing* for election ("shall not be
elected", "not eligible to be a candidate" — the candidacy extractors' job),
provisions that keep or facilitate the vote ("retain the right to vote",
"may vote by special ballot", "shall not be deprived of"), assistance for
voters with disabilities, and deletion from a register at the voter's own
request.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from ..model import Fact
from ._voting import (COURT_WORD, REFERENCE_ONLY, STAND_CUE, Gate, about_standing, conjunct_bounds, cue_text,
                      evidence_span, following_text, gated, stance)
from .base import FactSpec, Statement, make_fact, sentence_bounds
from .patterns import lazy

__all__ = ["FACTS", "EXTRACTORS"]

FACTS = (
    FactSpec("prisoners.excluded", "str",
             "Convicted persons lose the vote: all-sentenced, all-convicted, serious-automatic, court-decision or "
             "electoral-offence.", ("serious", "court", "lifelong")),
    FactSpec("detainees.excluded", "str",
             "Persons deprived of liberty but not convicted lose the vote; value is the kind of detention "
             "(pre-trial, administrative, custody).", ()),
    FactSpec("incapacity.excluded", "str",
             "Persons lose the vote for mental incapacity or disability; value says on whose decision: status, "
             "medical, court-general, functional or court-voting.", ("ground",)),
)

_GATE = Gate(
    words="correctional gaol gaols jail jails deaf blind felon felons felony trial isolation",
    stems="prisoner prison imprison sentence convict custody detained detention remand arrest incapable incapacity "
          "unsound interdiction interdicted incompetent incompetence dementia alzheimer cognitive mental guardian tutelage capacity psychiatric lunatic insane insanity disabled disability liberty "
          "penal penitentiary incarcerated idiot physically",
)

_PRISON = lazy(
    r"\b(?:prisoners?|imprison(?:ed|ment)|incarcerat\w*|penal\s+(?:institution|colon\w+|establishment)s?|penitentiar\w*|"
    r"correctional\s+(?:institution|facilit|centre|center)\w*|places?\s+of\s+(?:deprivation\s+of\s+liberty|confinement|imprisonment)|"
    r"serving\s+(?:a\s+|their\s+|his\s+or\s+her\s+|any\s+)?(?:\w+\s+){0,2}?sentences?|sentenced|convicted|convictions?|convicts?|felon(?:y|ies|s)?|"
    r"(?:under|by|pursuant\s+to)\s+(?:a\s+|the\s+)?(?:court\s+|judicial\s+)?(?:sentence|verdict)|(?:in|into)\s+(?:a\s+)?prison|gaol|jail|"
    r"deprived\s+of\s+(?:their\s+|his\s+or\s+her\s+)?liberty(?=[^.;]{0,60}\b(?:sentence|verdict|conviction)))\b",
    re.I,
)
_DETAIN = lazy(
    r"\b(?:remand(?:ed)?|pre-?\s?trial\s+detention|(?:detained|detention|custody)\s+pending\s+trial|pending\s+trial|awaiting\s+trial|"
    r"preventive\s+measure|measure\s+of\s+restraint|detention\s+in\s+custody|(?:held|kept|placed|remanded)\s+in\s+custody|"
    r"(?:held|kept|placed|remanded|detained)\s+in\s+(?:police|pre-?trial|temporary|investigative)\s+custody|"
    r"(?:lawful\s+)?custody\s+of\s+the\s+police|police\s+(?:custody|detention)|"
    r"administrative\s+(?:detention|arrest)|under\s+arrest|arrested|detainees?\b|(?:suspected|accused)\s+(?:persons?|of)|"
    r"persons?\s+(?:suspected|accused)|suspects?\b|investigat\w+\s+(?:isolat\w+|detention|custody)|"
    r"(?:deprived\s+of\s+(?:their\s+)?liberty|in\s+detention|detained)(?![^.;]{0,60}\b(?:sentence|verdict|convict|mental|hospital|psychiatr)))",
    re.I,
)
_PRETRIAL_HINT = lazy(
    r"\b(?:police|remand|pre-?\s?trial|pending\s+trial|awaiting\s+trial|preventive\s+measure|measure\s+of\s+restraint|investigat\w+|"
    r"suspect\w*|accused|administrative|detainees?\b|not\s+(?:yet\s+)?(?:been\s+)?convicted|before\s+(?:a\s+)?(?:conviction|judgment|trial))",
    re.I,
)
_INCAP = lazy(
    r"\b(?:(?:legally\s+)?incapable(?!\s+of\s+(?:voting|being\s+used|acting|satisfactorily))|(?:legal\s+|mental\s+)?incapacity|"
    r"incapacitated|interdict\w*|incompeten(?:t|ce|cy)|dementia|alzheimer\w*|cognitive\s+impairment|(?:psychosocial|mental)\s+condition|lack(?:s|ing)?\s+(?:legal\s+)?capacity|(?:deprived\s+of|without|limited\s+in)\s+(?:(?:his|her|their)\s+)?"
    r"(?:legal\s+|active\s+)?capacity|unsound\s+mind|mental(?:ly)?\s+(?:ill\w*|disorder\w*|disab\w+|deficien\w+|impair\w*|"
    r"defective|retard\w*|incompeten\w*|infirm\w*)|insan(?:e|ity)|lunatics?|idiots?|guardianship|under\s+(?:a\s+)?guardian\w*|"
    r"tutelage|tutorship|curatorship|psychiatric|intellectual(?:ly)?\s+disab\w+|(?:persons?|people|voters?|citizens?)\s+with\s+"
    r"(?:a\s+)?(?:disabilit\w+|mental\s+\w+)|disabled\s+persons?|blind|deaf(?:\s*-?\s*mute)?|physical(?:ly)?\s+(?:disab|handicap)\w*|"
    r"(?:mental|lunatic)\s+(?:hospitals?|institutions?|asylums?|health\s+(?:facilit\w+|institutions?)))",
    re.I,
)
_MEDICAL = lazy(
    r"\b(?:medical\s+(?:commission|board|certificate|practitioner|examination|opinion|report|panel|expert)|doctors?|physicians?|"
    r"psychiatrists?|(?:decision|conclusion|opinion|certificate)\s+of\s+(?:a\s+|the\s+)?(?:psychiatric|medical|forensic|health)|"
    r"health\s+(?:authority|authorities|commission))",
    re.I,
)
_ORDER = lazy(r"\b(?:court-ordered|orders?\s+(?:made|under)|(?:treatment|care|detention|protection)\s+orders?|"
                    r"found\s+by\s+a\s+(?:court|judge))\b", re.I)
_VOTE_SPECIFIC = lazy(
    r"\b(?:(?:capacity|ability|fitness|competence)\s+to\s+vote|right\s+to\s+vote|electoral\s+rights?|franchise|voting\s+rights?|"
    r"to\s+exercise\s+(?:the|their|his|her)\s+(?:right|vote))",
    re.I,
)
_FUNCTIONAL = lazy(
    r"\bincapable\s+of\s+understanding\s+(?:\w+\s+){0,4}?(?:nature|significance|meaning)\s+(?:\w+\s+){0,6}?(?:vot|enrol|elect)",
    re.I,
)
_GUARDIAN = lazy(r"\b(?:guardianship|guardian\w*|tutelage|tutorship|curatorship)\b", re.I)
_SERIOUS = lazy(
    r"\b(?:grave|serious|especially\s+grave|particularly\s+grave|heinous|terroris\w+|treason|treachery|felon(?:y|ies)|"
    r"(?:offences?|crimes?)\s+against\s+(?:the\s+state|democratic|humanity)|intentional(?:ly)?\s+committed)\b"
    r"|\b(?:term|sentence)s?\s+(?:of\s+imprisonment\s+)?of\s+(?:more\s+than|not\s+less\s+than|at\s+least|over)\s+\w+"
    r"|\b(?:\w+|\d+)\s+years?\s+or\s+(?:more|longer)\b"
    r"|\bexcept\s+(?:for\s+)?(?:\w+\s+){0,4}?(?:minor|petty|negligen\w+|small|less\s+grave|misdemeanou?r)",
    re.I,
)
_ELECTORAL_OFFENCE = lazy(
    r"\b(?:corrupt\s+(?:or\s+illegal\s+)?practices?|illegal\s+practices?|electoral\s+(?:offences?|crimes?|fraud)|"
    r"corrupt\s+practices\s+list|offences?\s+against\s+(?:the\s+)?(?:electoral|election)\w*)\b",
    re.I,
)
_COURT_DEPRIVES = lazy(
    r"\b(?:court|judge|tribunal)\s+(?:may|shall|can|has|have|is\s+entitled\s+to)\b(?!\s+(?:be|been)\b)[^.;]{0,120}?\b(?:depriv\w+|exclud\w+|withdraw\w*|"
    r"suspend\w*|disqualif\w+|disenfranchis\w+|forfeit\w*|removes?\b|removed|ban\w*)\b[^.;]{0,40}?\b(?:right\s+to\s+vote|vote|voting|"
    r"electoral\s+rights?|political\s+rights?|franchise|suffrage|public\s+affairs|public\s+life)"
    r"|\b(?:depriv\w+|exclud\w+|withdrawn|suspended|disqualified)\s+(?:\w+\s+){0,3}?(?:from|of)\s+(?:the\s+)?(?:right\s+to\s+vote|"
    r"voting|electoral\s+rights?|political\s+rights?|franchise)\s+(?:\w+\s+){0,3}?by\s+(?:an?\s+|the\s+)?(?:\w+\s+)?"
    r"(?:court|judge|judgment|tribunal|judicial)"
    r"|\b(?:by|in)\s+(?:an?\s+|the\s+)?(?:express|separate|specific|individual|reasoned)\s+(?:\w+\s+)?(?:decision|judgment|order|ruling)"
    r"|\bhaving\s+regard\s+to\s+the\s+(?:circumstances|gravity|nature|seriousness)\b"
    r"|\b(?:court|judge)\b[^.;]{0,80}?\b(?:may|shall)\b[^.;]{0,60}?\border\w*\s+that\b"
    r"|\b(?:as\s+an?\s+)?(?:additional|supplementary|accessory)\s+(?:penalty|punishment|sanction)"
    r"|\b(?:where|if)\s+the\s+(?:court|judge)\s+so\s+(?:orders|decides|rules)"
    r"|\bdeprivation\s+of\s+(?:the\s+right\s+to\s+vote|electoral\s+rights|political\s+rights)\s+(?:\w+\s+){0,4}?(?:imposed|ordered|decided)"
    r"\s+by",
    re.I,
)
_LIFELONG = lazy(r"\b(?:for\s+life|lifelong|permanently|in\s+perpetuity|not\s+been\s+pardoned|(?:has|have)\s+not\s+been\s+"
                       r"(?:pardoned|rehabilitated)|irrespective\s+of\s+(?:whether|the\s+expiry))\b", re.I)
_EXCEPT_BEFORE = lazy(r"\b(?:except|excepting|excluding|other\s+than|save|with\s+the\s+exception\s+of|but\s+not)\b", re.I)
_NOT_EXCLUSION = lazy(
    r"\b(?:assist\w*|help\w*|companion|interpreter|accessible|accessibility|braille|tactile|vote\s+by\s+(?:special|postal|mobile)|"
    r"special\s+ballot|requests?\s+in\s+writing|at\s+(?:his|her|their|his\s+or\s+her)\s+(?:own\s+)?request|on\s+(?:the\s+)?"
    r"(?:request|application)\s+of\s+(?:the\s+)?(?:person|elector|voter|representative|guardian|parent))",
    re.I,
)


def _excluding(statement: Statement, start: int, end: int) -> tuple[bool, tuple[int, int]]:
    """Whether the words around the match withhold the vote, and the evidence span (the sentence)."""
    text = statement.text
    s_lo, s_hi = sentence_bounds(text, start, end)
    sentence = text[s_lo:s_hi]
    words = cue_text(statement, start, end)
    how = stance(words)
    if how == "grant":
        lo = max(s_lo, start - 80)
        if not _EXCEPT_BEFORE.search(text, lo, start):
            return False, (s_lo, s_hi)
        how = "exclude"
    if how != "exclude":
        return False, (s_lo, s_hi)
    # An exclusion from standing only ("shall not be elected deputies") is not about the vote.
    if STAND_CUE.search(sentence) and not re.search(
            r"\b(?:vote|voting|elect\b|elect\s+and|electors?\b(?!\s+who)|voters?|take\s+part|participate|enrol|regist)",
            re.sub(r"\b(?:be\s+elected|eligible|candidates?)\b", " ", sentence, flags=re.I), re.I):
        return False, (s_lo, s_hi)
    if _NOT_EXCLUSION.search(sentence) or about_standing(sentence):
        return False, (s_lo, s_hi)
    c_lo, c_hi = conjunct_bounds(text, start, end)
    if REFERENCE_ONLY.search(text, c_lo, c_hi):
        return False, (s_lo, s_hi)
    return True, evidence_span(text, start, end)


def _decision_words(statement: Statement, lo: int, hi: int) -> str:
    return statement.text[lo:hi] + "\n" + following_text(statement)


def _exclusions(statement: Statement) -> Iterator[Fact]:
    lower = statement.lower
    if not any(word in lower for word in ("vot", "elect", "enrol", "regist", "roll", "franchis", "suffrage", "list")):
        return
    text = statement.text
    own_lo, own_hi = statement.own
    done: set[str] = set()
    # A ground already stated in the lead-in is reported once, at the lead-in, not again at each item below it.
    lead_lo = len(statement.headings) if statement.headings and text.startswith(statement.headings) else 0
    for name, pattern in (("detainees", _DETAIN), ("prisoners", _PRISON), ("incapacity", _INCAP)):
        if lead_lo < own_lo and pattern.search(text, lead_lo, own_lo):
            done.add(name)

    detained_spans: list[tuple[int, int]] = []
    for match in _DETAIN.finditer(text, own_lo, own_hi):
        c_lo, c_hi = conjunct_bounds(text, match.start(), match.end())
        conjunct = text[c_lo:c_hi]
        if _PRISON.search(conjunct) and not _PRETRIAL_HINT.search(conjunct):
            continue  # "detained ... pursuant to a sentence": a prisoner
        if _INCAP.search(conjunct) or re.search(r"\b(?:hospital|mental|psychiatr)", conjunct, re.I):
            continue
        excluded, (s_lo, s_hi) = _excluding(statement, match.start(), match.end())
        if not excluded:
            continue
        detained_spans.append((match.start(), match.end()))
        if "detainees" in done:
            continue
        done.add("detainees")
        kind = "administrative" if re.search(r"administrative", conjunct, re.I) else (
            "pre-trial" if _PRETRIAL_HINT.search(conjunct) else "custody")
        yield make_fact("detainees.excluded", kind, statement, match.start(), match.end(), evidence=(s_lo, s_hi))

    for match in _PRISON.finditer(text, own_lo, own_hi):
        if "prisoners" in done:
            break
        if any(lo <= match.start() < hi for lo, hi in detained_spans):
            continue
        c_lo, c_hi = conjunct_bounds(text, match.start(), match.end())
        conjunct = text[c_lo:c_hi]
        if _INCAP.search(conjunct) and re.search(r"\b(?:mental|insan|unfit\s+to\s+stand)", conjunct, re.I) \
                and not re.search(r"\bimprison", conjunct, re.I):
            continue  # a finding of insanity on conviction is an incapacity ground
        excluded, (s_lo, s_hi) = _excluding(statement, match.start(), match.end())
        if not excluded:
            continue
        sentence = text.__getitem__(slice(*sentence_bounds(text, match.start(), match.end())))
        done.add("prisoners")
        court = bool(_COURT_DEPRIVES.search(sentence) or _COURT_DEPRIVES.search(following_text(statement)))
        serious = bool(_SERIOUS.search(conjunct) or _SERIOUS.search(sentence))
        lifelong = bool(_LIFELONG.search(sentence))
        if court:
            value = "court-decision"
        elif _ELECTORAL_OFFENCE.search(conjunct):
            value = "electoral-offence"
        elif serious:
            value = "serious-automatic"
        elif re.search(r"\b(?:imprison|prison|incarcerat|penal|penitentiar|correctional|deprivation\s+of\s+liberty|"
                       r"places?\s+of|serving|gaol|jail|custod|detain)", conjunct, re.I):
            value = "all-sentenced"
        else:
            value = "all-convicted"
        yield make_fact("prisoners.excluded", value, statement, match.start(), match.end(), evidence=(s_lo, s_hi),
                        serious=serious, court=court, lifelong=lifelong)

    for match in _INCAP.finditer(text, own_lo, own_hi):
        if "incapacity" in done:
            break
        excluded, (s_lo, s_hi) = _excluding(statement, match.start(), match.end())
        if not excluded:
            continue
        c_lo, c_hi = conjunct_bounds(text, match.start(), match.end())
        words = _decision_words(statement, c_lo, c_hi)
        done.add("incapacity")
        ground = "physical" if re.search(r"\b(?:blind|deaf|physical)", match.group(0), re.I) else "mental"
        if COURT_WORD.search(words) and _VOTE_SPECIFIC.search(words) and re.search(
                r"\b(?:capacity|ability|fitness|competence)\s+to\s+vote|(?:court|judge)\b[^.;]{0,80}?\b(?:depriv|exclud|withdr|"
                r"decid|order|rul|find|found|determin)\w*[^.;]{0,60}?\b(?:right\s+to\s+vote|vote|voting|electoral|franchise)"
                r"|\b(?:depriv|exclud|withdr)\w*\s+(?:\w+\s+){0,3}?(?:of|from)\s+(?:the\s+)?(?:right\s+to\s+vote|vot|electoral)\w*"
                r"[^.;]{0,40}?\bby\s+(?:an?\s+|the\s+)?(?:\w+\s+)?(?:court|judge|judicial)", words, re.I):
            value = "court-voting"
        elif COURT_WORD.search(words) or _ORDER.search(words):
            value = "court-general"
        elif _MEDICAL.search(words):
            value = "medical"
        elif _GUARDIAN.search(words):
            value = "court-general"
        elif _FUNCTIONAL.search(words):
            value = "functional"
        else:
            value = "status"
        yield make_fact("incapacity.excluded", value, statement, match.start(), match.end(), evidence=(s_lo, s_hi),
                        ground=ground)


EXTRACTORS = (gated(
    "_exclusions",
    (_GATE, _exclusions),
),)
