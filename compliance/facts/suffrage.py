"""Who may vote: age, length of residence, literacy/education/property/language, distinctions by group.

Reads the conditions a law sets on the right to vote:

- ``voting.min_age``: "citizens who have reached eighteen years of age shall
  have the right to elect", "every person who ... is 18 years of age or older
  is qualified as an elector", "electors who have reached twenty-five years of
  age" (an upper chamber elected by older voters), and in list items whose
  lead-in or closing words carry the vote ("all persons: (a) who have attained
  18 years of age ... shall be entitled to enrolment").
- ``voting.residence_months``: a length of residence to vote or to be entered
  in the voter list ("has permanently resided in the territory of the Republic
  for not less than one year", "habitual residence in the municipality for at
  least six months"), in months, with the kind of election (``national``,
  ``local`` or ``unknown``) and whether the period protects national minorities.
- ``voting.qualification``: literacy, education, property/ratepayer and
  language conditions on voting ("illiterates may not enrol", "the occupier ...
  of premises of a rateable value of not less than ten pounds").
- ``voting.distinction``: electoral rights that depend on sex, religion,
  ethnicity ("constituent peoples") or origin ("all male citizens", "one Serb"),
  including a grant of the right to those who meet the condition ("who
  professes the Christian faith shall be entitled to be registered", "the
  right to vote belongs to citizens of X nationality") and women voting
  "through the head of their household".

Deliberately not read: ages, residence, language or education required to
*stand* for election (the candidacy extractors read those); ages used for
other purposes (postal voting for the elderly, exemptions from compulsory
voting, election officials); residence periods of foreigners or of citizens
abroad ("has not been in New Zealand within the last 3 years"), placement
rules that only decide *where* an elector is registered ("has resided in the
district for one month"); non-discrimination clauses ("irrespective of sex,
race, language"), gender quotas and seats reserved for national minorities
(positive measures the standards allow); assistance for voters who cannot read.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from ..model import Fact
from ._voting import (EXCLUDE_CUE, GRANT_CUE, STAND_CUE, VOTE_CUE, Gate, about_standing, conjunct_bounds, cue_text,
                      evidence_span, gated, stance)
from .base import FactSpec, Statement, clause_bounds, make_fact, sentence_bounds
from .quantities import find_ages, find_durations
from .patterns import lazy

__all__ = ["FACTS", "EXTRACTORS"]

FACTS = (
    FactSpec("voting.min_age", "int", "The minimum age to vote, in years.", ("scope",)),
    FactSpec("voting.residence_months", "float",
             "A length of residence required to vote or to be entered in the voter list, in months.",
             ("scope", "minority")),
    FactSpec("voting.qualification", "str",
             "A literacy, education, property (ratepayer, taxpayer) or language condition on the right to vote.",
             ()),
    FactSpec("voting.distinction", "str",
             "Electoral rights that depend on a prohibited ground: sex, religion, ethnicity or origin.", ("right",)),
)

# --------------------------------------------------------------------------
# Voting age
# --------------------------------------------------------------------------

_VOTE_CUES = lazy(
    r"\b(?:right\s+to\s+(?:vote|elect)|entitled\s+to\s+(?:vote|be\s+registered|enrol)|qualified\s+(?:as\s+an?\s+|to\s+be\s+registered\s+as\s+an?\s+)?electors?|"
    r"may\s+vote|shall\s+vote|eligible\s+to\s+vote|enrol(?:l?ment)?\s+as\s+(?:an?\s+)?electors?|electors?\b|voters?\b|"
    r"active\s+electoral\s+right|suffrage|elected\s+by|take\s+part\s+in\s+(?:the\s+)?(?:voting|elections?)|voting\b)",
    re.I,
)
_VOTE_GRANT = lazy(
    r"\b(?:right\s+to\s+(?:vote|elect)\b|(?:may|shall)\s+vote\b|entitled\s+to\s+vote|qualified\s+as\s+an?\s+elector|"
    r"active\s+electoral\s+right|(?:are|is|shall\s+be)\s+electors?\b|elected\s+by)",
    re.I,
)
_STAND_CUES = lazy(
    r"\b(?:eligible(?!\s+to\s+vote)|right\s+to\s+be\s+elected|(?:may|shall|can)\s+be\s+elected|be\s+elected\s+(?:as|to|a)\b|"
    r"stand(?:ing)?\s+(?:for|as)|candidates?\b|candidacy|passive\s+electoral\s+right|be\s+nominated|"
    r"be\s+registered\s+as\s+a\s+candidate)",
    re.I,
)
_AGE_THRESHOLD_BEFORE = lazy(
    r"(?:reached|attained|attain|attains|reach|reaches|turned|turns|over|under|above|below|younger\s+than|less\s+than|"
    r"at\s+least|aged|of\s+or\s+over|age\s+of|full\s+age|passed|past|completed|exceeded|exceeding)\W*(?:the\s+)?"
    r"(?:age\s+of\s+)?$"
    r"|\b(?:minimum|voting|qualifying|electoral)\s+age\b[^.;]{0,60}?\b(?:is|shall\s+be|be|of|at)\W*$",
    re.I,
)
_AGE_THRESHOLD_AFTER = lazy(
    r"^\W*(?:(?:years?\s+)?(?:of\s+age\s+)?(?:or|and)\s+(?:older|over|above|more|upwards)|on\s+or\s+before|by\s+(?:polling|election)\s+day|"
    r"on\s+(?:polling|election)\s+day|before\s+(?:polling|election)\s+day)",
    re.I,
)
_AGE_OTHER_PURPOSE = lazy(
    r"\b(?:postal|by\s+post|mobile|home\s+vot\w*|absent\w*|early\s+vot\w*|special\s+(?:ballot|vote)|proxy|assist\w*|exempt\w*|"
    r"optional|voluntary|compulsory|obligatory|fine|penalt\w+|officials|(?:an?|the)\s+official|officers?|"
    r"members?\s+of\s+(?:the\s+)?(?:\w+\s+)?commissions?|observers?|agents?|scrutineers?|clerks?|staff|employees|employed|"
    r"appointed)\b",
    re.I,
)


_AGE_GATE = Gate(words="age aged old younger older")


def _voting_age(statement: Statement) -> Iterator[Fact]:
    lower = statement.lower
    if not any(word in lower for word in ("vot", "elect", "enrol", "suffrage", "roll")):
        return
    text = statement.text
    own_lo, own_hi = statement.own
    for age in find_ages(text[own_lo:own_hi]):
        start, end = own_lo + age.start, own_lo + age.end
        before = text[max(0, start - 90): start]
        after = text[end: end + 40]
        if not (_AGE_THRESHOLD_BEFORE.search(before) or _AGE_THRESHOLD_AFTER.search(after)
                or re.match(r"(?:age|aged)\b", age.text, re.I)):
            continue
        lo, hi = clause_bounds(text, start, end)
        s_lo, s_hi = sentence_bounds(text, start, end)
        sentence = text[s_lo:s_hi]
        words = cue_text(statement, start, end)
        if _AGE_OTHER_PURPOSE.search(sentence):
            continue
        standing = _STAND_CUES.search(sentence) and not _VOTE_GRANT.search(sentence)
        if standing or about_standing(sentence):
            continue
        if not (_VOTE_CUES.search(text, lo, hi) or _VOTE_CUES.search(sentence) or _VOTE_CUES.search(words)):
            continue
        if _STAND_CUES.search(words) and not (_VOTE_CUES.search(sentence) or _VOTE_GRANT.search(words)):
            continue
        scope = "local" if re.search(r"\b(?:local|municipal|maslikhat|council)\b", sentence, re.I) else "general"
        yield make_fact("voting.min_age", age.as_int, statement, start, end,
                        evidence=evidence_span(text, start, end), scope=scope)


# --------------------------------------------------------------------------
# Length of residence
# --------------------------------------------------------------------------

_RESIDE = lazy(
    r"\b(?:resid(?:ed|es|ing|ence|ent|ency)|lived|living|domiciled?|settled|habitually\s+(?:stay\w*|lived)|"
    r"permanently\s+(?:lived|living|stay\w*))\b",
    re.I,
)
_RESIDE_AFTER = lazy(r"^\W{0,3}(?:'s\s+|\s*of\s+)?(?:continuous\s+|permanent\s+|habitual\s+|uninterrupted\s+)?"
                           r"(?:residence|residency|domicile)\b", re.I)
_NOT_RESIDENCE_PERIOD = lazy(
    r"\b(?:absen\w+|outside|abroad|overseas|cease[sd]?\s+to\s+reside|resume\w*|left|leav\w+|departure|"
    r"at\s+(?:some|any)\s+time|since\s+birth|intend\w*|expir\w+|within\s+\w+\s+(?:days?|months?)\s+(?:of|after|before)|"
    r"applica\w+|apply|notif\w+|prisons?|sentence)\b",
    re.I,
)
#: The moment a residence period is counted back from ("immediately preceding the date of application for
#: registration"): an anchor of the period, not an application deadline.
_RESIDENCE_ANCHOR = lazy(
    r"\b(?:immediately\s+)?(?:preceding|before|prior\s+to)\s+(?:the\s+)?(?:date\s+of\s+(?:the\s+|his\s+|her\s+|their\s+|"
    r"his\s+or\s+her\s+)?)?(?:applica\w+|claim|registration|enrolment)(?:\s+for\s+(?:registration|enrolment|inclusion))?",
    re.I,
)


def _blank(match: re.Match[str]) -> str:
    return " " * len(match.group(0))


_FOREIGNERS = lazy(
    r"\b(?:foreign\w*|non-?citizens?|aliens?|stateless|permanent\s+residents?|citizens?\s+of\s+other\s+(?:member\s+)?states|"
    r"commonwealth\s+citizens?|nationals?\s+of\s+(?:other|another|a\s+member)|(?:eu|european\s+union)\s+citizens?|"
    r"who\s+(?:is|are)\s+not\s+(?:a\s+)?citizens?)\b",
    re.I,
)
_MINORITY = lazy(r"\bminorit(?:y|ies)\b|\bnational\s+communit", re.I)
_NATIONAL_BODY = (r"(?:parliament\w*|president\w*|majlis|mazhilis|duma|sejm|saeima|seimas|rada|kenesh|khural|"
                  r"national\s+assembly|house\s+of\s+(?:representatives|commons)|chamber\s+of\s+deputies|senate|"
                  r"congress|legislature|head\s+of\s+state|referend\w+|national\s+council|federal\s+assembly)")
_LOCAL_BODY = (r"(?:(?:municipal|local|city|town|village|district|regional|county|provincial|communal|rural|oblast)\s+"
               r"(?:councils?|assembl\w+|self-government|authorit\w+)|maslikhats?|mayors?|akims?|municipalit\w+|"
               r"local\s+(?:self-)?government|communes?|councils?)")
_NATIONAL_ELECTION = lazy(
    r"\b(?:parliamentary|presidential|national|general|federal|state)\s+elections?\b|\belect\w*\s+(?:\w+\s+){0,6}?"
    + _NATIONAL_BODY + r"|\b(?:elections?|vote|voting)\s+(?:\w+\s+){0,6}?" + _NATIONAL_BODY + r"\b",
    re.I,
)
_LOCAL_ELECTION = lazy(
    r"\b(?:local|municipal|regional|communal|provincial|cantonal|council)\s+elections?\b|\belect\w*\s+(?:\w+\s+){0,6}?"
    + _LOCAL_BODY + r"|\b(?:elections?|vote|voting)\s+(?:\w+\s+){0,6}?" + _LOCAL_BODY + r"\b",
    re.I,
)
_NATIONAL_PLACE = lazy(
    r"\b(?:territory\s+of\s+(?:the\s+)?(?:republic|state|country|federation|kingdom)|in\s+the\s+(?:republic|country|state|"
    r"federation|kingdom)|(?:republic|country|state|kingdom)\s+for)\b",
    re.I,
)
_LOCAL_PLACE = lazy(
    r"\b(?:municipalit\w+|commune|village|city|town|locality|county|region|oblast|province|canton|community|ward|borough|"
    r"parish|settlement)\b",
    re.I,
)


def _election_scope(statement: Statement, sentence: str, near: str) -> str:
    if _NATIONAL_ELECTION.search(sentence):
        return "national"
    if _LOCAL_ELECTION.search(sentence):
        return "local"
    if _NATIONAL_PLACE.search(near):
        return "national"
    if _LOCAL_PLACE.search(near):
        return "local"
    context = statement.context + "\n" + statement.scope_text
    local = _LOCAL_ELECTION.search(context)
    national = _NATIONAL_ELECTION.search(context)
    if national and not local:
        return "national"
    if local and not national:
        return "local"
    return "unknown"


def _months(value: float, unit: str) -> float:
    factor = {"year": 12.0, "month": 1.0, "week": 12 / 52, "day": 12 / 365}.get(unit)
    return round(value * factor, 2) if factor is not None else 0.0


_RESIDENCE_GATE = Gate(words="lived", stems="reside residing residence living domicile")


def _residence(statement: Statement) -> Iterator[Fact]:
    lower = statement.lower
    if not any(word in lower for word in ("vot", "elect", "enrol", "suffrage", "roll", "list", "regist")):
        return
    text = statement.text
    own_lo, own_hi = statement.own
    for duration in find_durations(text[own_lo:own_hi]):
        if duration.unit not in ("year", "month", "week", "day"):
            continue
        start, end = own_lo + duration.start, own_lo + duration.end
        months = _months(duration.value, duration.unit)
        if months < 0.9:
            continue
        c_lo, c_hi = clause_bounds(text, start, end)
        before = text[max(c_lo, start - 140): start]
        after = text[end: min(c_hi, end + 40)]
        if not (_RESIDE.search(before) or _RESIDE_AFTER.search(after)):
            continue
        n_lo, n_hi = conjunct_bounds(text, start, end)
        near = text[max(n_lo, start - 160): min(n_hi, end + 60)]
        if _NOT_RESIDENCE_PERIOD.search(_RESIDENCE_ANCHOR.sub(_blank, near)):
            continue
        s_lo, s_hi = sentence_bounds(text, start, end)
        sentence = text[s_lo:s_hi]
        if _FOREIGNERS.search(sentence):
            continue
        words = cue_text(statement, start, end)
        how = stance(words)
        about_list = re.search(r"\b(?:voter|electoral|electors?)\s+(?:lists?|registers?|rolls?)|\blists?\s+of\s+(?:voters|electors)"
                               r"|\bregist\w+\s+as\s+"
                               r"(?:an?\s+)?(?:\w+\s+){0,3}(?:voter|elector)", words, re.I)
        if how not in ("grant", "exclude") and not about_list:
            continue
        if STAND_CUE.search(sentence) and not (_VOTE_GRANT.search(sentence) or about_list
                                               or re.search(r"\b(?:vote|voting|voters?)\b", sentence, re.I)):
            continue
        if about_standing(sentence):
            continue
        scope = _election_scope(statement, sentence, near)
        minority = bool(_MINORITY.search(sentence))
        yield make_fact("voting.residence_months", months, statement, start, end,
                        evidence=evidence_span(text, start, end), scope=scope, minority=minority)


# --------------------------------------------------------------------------
# Literacy, education, property, language
# --------------------------------------------------------------------------

_QUALIFICATIONS = (
    ("literacy", lazy(
        r"\billiterat\w*|\b(?:able|unable|ability)\s+to\s+(?:read|write)\b|\bread\s+(?:\w+\s+)?(?:and|or)\s+write\b|"
        r"\bliteracy\b|\bliterate\b",
        re.I)),
    ("language", lazy(
        r"\b(?:speak|speaks|speaking|knowledge\s+of|proficien\w+\s+in|command\s+of|fluen\w+\s+in|mastery\s+of|"
        r"express\s+(?:themselves|himself|herself|himself\s+or\s+herself|oneself)\s+in|know|knows)\s+(?:the\s+)?"
        r"(?:\w+\s+){0,2}?language\b|\blanguage\s+(?:test|examination|proficiency|requirement|certificate|qualification)",
        re.I)),
    ("education", lazy(
        r"\b(?:completed|complete|has|have|holds?|possess\w*|with)\s+(?:an?\s+)?(?:\w+\s+){0,2}?"
        r"(?:primary|secondary|higher|elementary|basic|university|school)\s+(?:education|school\w*|degree|diploma|certificate)"
        r"|\beducation(?:al)?\s+(?:qualification|requirement|certificate|level|attainment)",
        re.I)),
    ("property", lazy(
        r"\b(?:rateable\s+value|ratepayers?|(?:pay|pays|paid|paying)\s+(?:\w+\s+){0,3}?(?:tax|taxes|rates)\b|taxpayers?|property\s+qualification|"
        r"householders?|freeholders?|(?:own(?:s|er|ers|ing)?|proprietors?)\s+(?:of\s+)?(?:\w+\s+){0,2}?(?:land|property|real\s+estate|"
        r"immovable|house|premises)|occupiers?\s+(?:\w+\s+){0,4}?(?:land|premises|property)|"
        r"(?:land|property|real\s+estate|premises)\s+(?:\w+\s+){0,5}?(?:value|worth|valued)|"
        r"income\s+of\s+(?:not\s+less\s+than|at\s+least)|census\s+(?:qualification|tax))",
        re.I)),
)
_ELECTOR_CONDITION = lazy(
    r"\b(?:electors?|voters?)\s+(?:must|shall|should)\s+(?:\w+\s+){0,2}?(?:be|have|possess|pass|know|speak|hold|own|pay|read)\b",
    re.I,
)
_ASSISTANCE = lazy(
    r"\b(?:assist\w*|help\w*|interpret\w*|translat\w+|companion|braille|in\s+the\s+language|languages?\s+of\s+(?:the\s+)?"
    r"(?:ballot|instructions|materials)|ballot\s+papers?\s+(?:shall|must)\s+be\s+printed|information)\b",
    re.I,
)
_EXTRA_VOTE = lazy(r"\b(?:additional|extra|plural|second|further|supplementary)\s+votes?\b|\bvotes?\s+for\s+each\b"
                         r"|\bother\s+electoral\s+areas?\b|\bnominate\b|\b(?:another|any\s+other)\s+(?:electoral\s+area|"
                         r"constituency|district|ward|division)\b|\b(?:electoral\s+area|constituency|district|ward|division)\s+"
                         r"other\s+than\b", re.I)


_QUALIFICATION_GATE = Gate(
    words="read write tax taxes rates land",
    stems="illiterate literacy literate language education school degree diploma rateable ratepayer taxpayer property "
          "owner occupier householder freehold income premises proficiency fluent",
)


def _qualifications(statement: Statement) -> Iterator[Fact]:
    lower = statement.lower
    if not any(word in lower for word in ("vot", "elect", "enrol", "suffrage", "roll", "franchise", "regist")):
        return
    text = statement.text
    own_lo, own_hi = statement.own
    seen: set[str] = set()
    for kind, pattern in _QUALIFICATIONS:
        for match in pattern.finditer(text, own_lo, own_hi):
            if kind in seen:
                break
            s_lo, s_hi = sentence_bounds(text, match.start(), match.end())
            sentence = text[s_lo:s_hi]
            if _ASSISTANCE.search(sentence):
                continue
            if kind == "property" and _EXTRA_VOTE.search(sentence) and not re.search(
                    r"\bentitled\s+to\s+be\s+registered\s+as\s+an?\s+(?:\w+\s+){0,3}elector\b[^.;]{0,40}?\bif\b", sentence, re.I):
                continue  # extra votes for property are a vote-weight question
            words = cue_text(statement, match.start(), match.end())
            how = stance(words)
            if how not in ("grant", "exclude") and not _ELECTOR_CONDITION.search(sentence):
                continue
            if not (VOTE_CUE.search(words) or VOTE_CUE.search(statement.headings)
                    or re.search(r"\bregist\w*", words, re.I) and re.search(r"\belector|\bvoter", statement.headings, re.I)):
                continue
            if STAND_CUE.search(sentence) and not (_VOTE_GRANT.search(sentence) or EXCLUDE_CUE.search(sentence)
                                                   or GRANT_CUE.search(words)):
                continue
            if about_standing(sentence):
                continue
            seen.add(kind)
            yield make_fact("voting.qualification", kind, statement, match.start(), match.end(),
                            evidence=evidence_span(text, match.start(), match.end()))


# --------------------------------------------------------------------------
# Distinctions on prohibited grounds
# --------------------------------------------------------------------------

_GROUNDS = (
    ("sex", lazy(
        r"\b(?:male|men)\s+(?:citizens?|persons?|inhabitants?|residents?|electors?|voters?|subjects?|householders?|"
        r"heads?\s+of|members?)\b|\ball\s+(?:adult\s+)?(?:men|males)\b|\bwomen\s+(?:shall|may|are|do|cannot)\s+not\b|"
        r"\bwomen\s+(?:cannot|are\s+excluded|have\s+no)\b|\b(?:only|exclusively)\s+(?:men|males)\b|\bmen\s+only\b"
        r"|\b(?:wom[ae]n|females?)\s+(?:\w+\s+){0,6}?(?:only|not|no)\b"
        r"|\b(?:wom[ae]n|wives|females?)\s+(?:shall|may|must)\s+(?:\w+\s+){0,5}?(?:through|by|via)\s+(?:the\s+)?"
        r"(?:\w+\s+){0,3}?(?:heads?|husbands?|fathers?|guardians?|male\s+relatives?)\b",
        re.I)),
    ("religion", lazy(
        r"\b(?:profess\w*|adherents?\s+of|members?\s+of|belong\w*\s+to|believers?\s+in|follow\w*)\s+(?:the\s+|a\s+)?"
        r"(?:\w+\s+){0,3}?(?:religion|faith|church|confession|denomination)\b|\bof\s+(?:the\s+)?\w+\s+(?:faith|religion|confession|"
        r"denomination)\b|\b(?:muslims?|christians?|catholics?|"
        r"protestants?|jews|hindus?|buddhists?)\b(?!\s+(?:or\s+\w+\s+)?names?)|\b(?:ministers?\s+of\s+(?:any\s+)?religion|"
        r"clergy(?:men)?|priests?|monks?|nuns?|members?\s+of\s+(?:a\s+|any\s+)?religious\s+(?:orders?|communit\w+))\b",
        re.I)),
    ("ethnicity", lazy(
        r"\bconstituent\s+peoples?\b|\b(?:bosniaks?|croats?|serbs?)\b|\bethnic(?:ally)?\s+\w+\s+by\s+(?:origin|descent|birth)\b|"
        r"\b(?:ethnic|racial|tribal)\s+(?:origin|group|"
        r"community|affiliation|belonging|background)|\bof\s+(?:\w+\s+)?(?:ethnic|national)\s+origin|"
        r"\b(?:white|black|coloured|colored|european|native|asian|african)\s+race\b|"
        r"\b(?:white|black|coloured|colored|european|native|aboriginal)\s+(?:persons?|citizens?|voters?|electors?|people|"
        r"inhabitants?|residents?)\b|\bnationality\s+(?:\w+\s+){0,2}?(?:declared|belong\w*)|\bof\s+[A-Z]\w+\s+(?:descent|"
        r"extraction|race|ethnicity|ethnic\s+origin|origin|nationality)\b|\bcommunal\s+rolls?\b|\bseparate\s+polling\s+stations\b",
        re.I)),
    ("origin", lazy(
        r"\b(?:citizens?|persons?)\s+by\s+birth\b|\bnaturali[sz]ed\s+(?:citizens?|persons?)|\bnative-born\b|"
        r"\b(?:citizens?|persons?)\s+by\s+naturali[sz]ation\b|\b(?:acquired|obtained|granted|received)\s+(?:the\s+)?"
        r"(?:\w+\s+)?citizenship\s+(?:\w+\s+){0,2}?by\s+naturali[sz]ation\b|"
        r"\bborn\s+(?:in|within)\s+(?:the\s+)?(?:territory|republic|country|state)\b|\bindigenes?\b|"
        r"\bby\s+(?:birth|descent)\s+or\s+(?:descent|birth)\b",
        re.I)),
)
_RESTRICTION = lazy(
    r"\b(?:only|exclusively|solely|may\s+not|shall\s+not|cannot|can\s+not|must\s+(?:be|belong|profess|declare)|"
    r"reserved\s+(?:for|to)|no\s+person\s+who|not\s+be\s+eligible|(?:is|are)\s+not\s+entitled|who\s+does\s+not|"
    r"who\s+do\s+not|\w+\s+(?:bosniaks?|croats?|serbs?)\b|assembly\s+of\s+all|consist\w*\s+of\s+all|excluded|"
    r"disqualified|not\s+exercise|exercise\s+(?:\w+\s+){0,4}?through|until\s+(?:\w+\s+){1,3}?(?:years?|months?)\s+(?:have|has)\s+(?:passed|elapsed)|"
    r"(?:years?|months?)\s+after\s+(?:the\s+)?(?:date\s+of\s+)?(?:naturali[sz]ation|acquir\w+))\b",
    re.I,
)
#: A ground stated as a condition of the right ("professes the Christian faith", "belonging to one of the constituent
#: peoples"): a grant of the right to those who meet it excludes the others. Clergy and religious orders are not read
#: this way (a grant to them includes, it does not exclude).
_CONDITION = lazy(
    r"\b(?:profess\w*|adherents?|belong\w*|believers?|follow\w*|constituent|ethnic\w*|racial|tribal|descent|extraction|"
    r"white|black|coloured|colored|european|native|aboriginal|muslims?|christians?|catholics?|protestants?|jews|hindus?|"
    r"buddhists?|faith|confession|denomination|nationality|members?\s+of)\b",
    re.I,
)
_NOT_A_CONDITION = lazy(r"\b(?:any|all|every|each|whatever|clergy|priests?|monks?|nuns?|ministers?|orders?)\b", re.I)
#: The right "belongs to" or "is vested in" a class of citizens (a grant in other words).
_VESTED = lazy(r"\bright\s+to\s+(?:vote|elect)\w*\s+(?:\w+\s+){0,3}?(?:belongs|shall\s+belong|is\s+vested|shall\s+be\s+vested)"
               r"\s+(?:to|in)\b", re.I)
_EQUALITY = lazy(
    r"\b(?:irrespective(?:ly)?|regardless|without\s+(?:any\s+)?(?:distinction|discrimination|regard)|no\s+one\s+may\s+be|"
    r"prohibit\w*|equal(?:ly)?|both\s+sexes|men\s+and\s+women|women\s+and\s+men|male\s+and\s+female|female\s+and\s+male|"
    r"each\s+sex|either\s+sex|each\s+gender|minorit\w+|national\s+communit\w+|maori|indigenous|quota|"
    r"not\s+(?:be\s+)?(?:obliged|required)\s+to\s+(?:reveal|declare|disclose)|penalt\w+|offen[cs]es?|discriminat\w+|"
    r"hatred|discord|enmity|incit\w+|propaganda|intoleran\w+)\b",
    re.I,
)


_DISTINCTION_GATE = Gate(
    words="male males men women woman wife wives husband constituent bosniak bosniaks croat croats serb serbs race racial tribal white black "
          "coloured colored native born birth nationality jews jewish hindu hindus muslim muslims christian christians "
          "catholic catholics protestant protestants orthodox faith church descent extraction communal origin separate clergy "
          "priests monks nuns indigene indigenes",
    stems="religion religious confession denomination ethnic naturalised naturalized aboriginal buddhist",
)


def _distinctions(statement: Statement) -> Iterator[Fact]:
    scope = statement.scope_text.lower()
    if not any(word in scope for word in ("vot", "elect", "suffrage", "franchise", "enrol", "ballot", "landsgemeinde",
                                          "delegates", "deputies", "seats", "presidency", "presidium", "parliament", "house of",
                                          "candidat")):
        return
    text = statement.text
    own_lo, own_hi = statement.own
    for ground, pattern in _GROUNDS:
        for match in pattern.finditer(text, own_lo, own_hi):
            s_lo, s_hi = sentence_bounds(text, match.start(), match.end())
            sentence = text[s_lo:s_hi]
            if _EQUALITY.search(sentence):
                continue
            conditional = (_CONDITION.search(match.group(0))
                           and not _NOT_A_CONDITION.search(match.group(0)))
            if not _RESTRICTION.search(sentence) and not ((ground == "sex" or conditional)
                                                          and (GRANT_CUE.search(sentence) or _VESTED.search(sentence))):
                continue
            standing = bool(STAND_CUE.search(sentence)) and not VOTE_CUE.search(
                re.sub(r"\b(?:be\s+elected|eligible|candidates?|stand\w*)\b", " ", sentence, flags=re.I))
            if ground == "origin" and standing:
                continue  # citizenship by birth to stand: candidacy.descent
            right = "stand" if standing else "vote"
            yield make_fact("voting.distinction", ground, statement, match.start(), match.end(),
                            evidence=evidence_span(text, match.start(), match.end()), right=right)
            break


EXTRACTORS = (gated(
    "_suffrage",
    (_AGE_GATE, _voting_age),
    (_RESIDENCE_GATE, _residence),
    (_QUALIFICATION_GATE, _qualifications),
    (_DISTINCTION_GATE, _distinctions),
),)
