"""Who may stand: the qualifications a law sets for candidates.

Reads, in clauses about standing for election (``eligible``, ``may be
elected``, ``the right to be elected``, ``qualified to be a candidate``,
``may not be registered as a candidate``, or a list under such a lead-in):

- the minimum age to stand, with the office (``candidacy.min_age``): "every
  citizen over the age of thirty is eligible to be a deputy", "not younger than
  forty years of age ... may be elected President", "persons who have not
  reached 25 may not be nominated". Upper limits ("persons over 65 may not be
  elected") are not minimum ages and are left alone;
- a length of residence (``candidacy.residence``): "has permanently resided in
  the Republic for the last fifteen years", "habitual residence in the region
  for at least six months", with the place (country or a locality);
- language (``candidacy.language``): "fluent in the state language", "speaks
  the state language", and tests: "a certificate attesting proficiency",
  "established by a linguistic commission", "the Language Inspection may examine";
- education (``candidacy.education``): "higher education", "persons who have
  not completed primary education shall not be elected", "literate";
- experience (``candidacy.experience``): "five years of work experience in the
  civil service", "at the time of nomination, works in a state body";
- descent (``candidacy.descent``): "citizen by birth", "born in Turkmenistan",
  "whose parents are citizens", "has never held another citizenship", "citizen
  for the last ten years", and bans on dual citizenship;
- criminal-record bans (``candidacy.criminal_ban``): any or unexpunged record,
  "irrespective of the nature of the offence", "even if pardoned", lifelong
  bans, with whether the offence is serious and whether the ban is limited in time.

Deliberately not read: ages and residence to *vote* (``voting.*``, another
module), incompatibilities (a candidate who is a civil servant must take
leave), disclosure duties ("a statement on his or her education"), and the
ineligibility of persons currently imprisoned, which standards accept for
candidacy. Whether a requirement is acceptable is for the rules, not here.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator

from attrs import evolve

from ..model import Fact
from ._standing import (APPOINTED_RE, STAND_RE, VOTE_RE, any_in, evidence_span, is_barred, lead_text, office_of,
                        own_lower, span_text, stand_context, statement_might_stand, strict_stand_context)
from .base import FactSpec, Statement, is_negated, make_fact
from .patterns import lazy
from .quantities import Quantity, find_ages, find_durations, to_days

__all__ = ["FACTS", "EXTRACTORS"]

FACTS = (
    FactSpec("candidacy.min_age", "int",
             "The minimum age to stand for election, in years, with the office it applies to "
             "(head of state, upper house, lower house, local council, local executive, unknown).", ("office",)),
    FactSpec("candidacy.residence", "int",
             "A length of residence required to stand, in days; ``period`` is the words as written, ``place`` "
             "is country or locality, ``scope`` national or local (from the office), ``office`` as for ages.",
             ("period", "place", "scope", "office")),
    FactSpec("candidacy.language", "str",
             "A language requirement to stand: ``proficiency`` (fluent, speaks, knows) or ``test`` "
             "(certificate, examination, language commission or inspection).", ("office",)),
    FactSpec("candidacy.education", "str",
             "An education requirement to stand: higher, secondary, primary or literacy.", ("office",)),
    FactSpec("candidacy.experience", "int",
             "A professional, public-service or employment requirement to stand; value is the years "
             "required (0 when none stated); ``kind`` is experience or employment.", ("kind", "office")),
    FactSpec("candidacy.descent", "str",
             "A citizenship-by-birth or descent requirement to stand: by-birth, born-in-country, parents, "
             "never-other-citizenship, citizenship-length, or other-citizenship (a ban on dual citizens); ``what`` "
             "says it in words.", ("office", "what")),
    FactSpec("candidacy.criminal_ban", "str",
             "A criminal-record bar on candidacy: pardoned (even after pardon), any (irrespective of the "
             "offence), unexpunged, lifelong or record; ``serious`` when limited to serious offences, "
             "``limited`` when limited in time (while serving, for N years); ``what`` says it in words.",
             ("serious", "limited", "office", "what")),
)


def _shifted(quantities: Iterable[Quantity], offset: int) -> Iterator[Quantity]:
    """Quantities found in a slice of the text, with their offsets moved back into the whole text."""
    for quantity in quantities:
        yield evolve(quantity, start=quantity.start + offset, end=quantity.end + offset)


def _office(statement: Statement, clause: str, sentence: str) -> str:
    """The office a requirement applies to; ``appointed`` when the words are about an appointed post (a member of
    the election commission, a judge, an agent), whose qualifications are no candidacy requirement."""
    office = office_of(clause, sentence)
    if office == "unknown" and (APPOINTED_RE.search(sentence) or APPOINTED_RE.search(statement.headings)):
        return "appointed"
    if office == "unknown":
        office = office_of(statement.headings, lead_text(statement)[-300:], statement.law_title)
    return office


# --------------------------------------------------------------------------
# Minimum age to stand
# --------------------------------------------------------------------------

_AGE_WORD = lazy(r"\b(?:age|aged|old)\b", re.I)
#: Words before an age that make it a ceiling ("under 25", "has not reached 25") ...
_NOT_LOWER = lazy(r"(?:not\s+(?:yet\s+)?(?:reached|attained|attain|reach)|\bunder\b|\bbelow\b|"
                        r"(?<!not\s)younger\s+than|(?<!not\s)less\s+than)", re.I)
#: ... and words that make it a floor ("has reached 25", "not younger than 40", "over the age of thirty").
_LOWER = lazy(r"(?:not\s+younger\s+than|not\s+less\s+than|not\s+under|at\s+least|\breached|\battained|"
                    r"\battain|\breach|\bover\b|\babove\b|older\s+than|exceeded|minimum\s+age|\baged\b|"
                    r"of\s+or\s+above)", re.I)
_AFTER_LOWER = lazy(r"^\W{0,3}(?:years?\s+)?(?:of\s+age\s+)?(?:or|and)\s+(?:older|over|more|above|upwards)", re.I)
_AFTER_UPPER = lazy(r"^\W{0,3}(?:years?\s+)?(?:of\s+age\s+)?(?:or|and)\s+(?:younger|under|less|below)", re.I)


def _bound(text: str, start: int, end: int) -> str | None:
    """``lower`` if the age is a floor the person must reach, ``upper`` if a ceiling, ``None`` if not an age."""
    before = text[max(0, start - 45): start]
    after = text[end: end + 30]
    match = text[start:end]
    uppers = [m.span() for m in _NOT_LOWER.finditer(before)]
    lowers = [m.span() for m in _LOWER.finditer(before)
              if not any(u_lo <= m.start() < u_hi or m.start() <= u_lo < m.end() for u_lo, u_hi in uppers)]
    if uppers and (not lowers or uppers[-1][0] >= lowers[-1][0]):
        return "upper"
    if lowers:
        return "lower"
    if _AFTER_UPPER.search(after):
        return "upper"
    if _AFTER_LOWER.search(after) or _AGE_WORD.search(match) or _LOWER.match(match):
        return "lower"
    return None


def _min_age(statement: Statement) -> Iterator[Fact]:
    if not statement_might_stand(statement):
        return
    own = own_lower(statement)
    if not any_in(own, (" age ", " age,", " age.", "age of", " aged ", "years old", "year-old", "years of age",
                        "full years", "complete years", "completed years")):
        return
    text = statement.text
    start, end = statement.own
    for age in _shifted(find_ages(text[start:end]), start):
        bound = _bound(text, age.start, age.end)
        if bound is None:
            continue
        s_lo, s_hi, sentence = span_text(statement, age.start, age.end)
        # The words nearest the age decide whether it is about voting or standing.
        seg_lo = max(s_lo, age.start - 160)
        seg_hi = min(s_hi, age.end + 200)
        segment = text[seg_lo:seg_hi]
        stand = STAND_RE.search(segment)
        vote = VOTE_RE.search(segment)
        if vote and (not stand or abs(vote.start() - (age.start - seg_lo)) < abs(stand.start() - (age.start - seg_lo))):
            continue
        if not stand and not stand_context(statement, sentence):
            continue
        if re.search(r"\belected\s+by\s+(?:\w+\s+){0,3}electors?\b", segment, re.I) and not stand:
            continue
        barred = is_barred(statement, segment)
        if (bound == "lower") == barred:
            continue  # an upper age limit ("persons over 65 may not be elected")
        office = _office(statement, segment, sentence)
        yield make_fact("candidacy.min_age", age.as_int, statement, age.start, age.end,
                        evidence=evidence_span(statement, age.start, age.end), office=office)


# --------------------------------------------------------------------------
# Residence
# --------------------------------------------------------------------------

_RESIDE = lazy(
    r"\b(?:resid(?:ed|es|ing|ent|ence|ency)|lived|living|lives|domicil(?:ed|e|iary)|inhabitant|habitual(?:ly)?|"
    r"settled)\b", re.I)
_LOCAL_PLACE = lazy(
    r"\b(?:region|municipality|constituency|electoral\s+district|district|city|town|village|commune|locality|"
    r"province|oblast|county|ward|territory\s+of\s+the\s+respective|respective\s+(?:\w+\s+)?(?:territory|unit)|"
    r"maslikhat|local)\b", re.I)
_NO_REQUIREMENT = lazy(r"\b(?:no\s+(?:period|length|minimum\s+period)\s+of\s+residence|"
                             r"not\s+(?:be\s+)?required)\b",
                             re.I)


def _residence(statement: Statement) -> Iterator[Fact]:
    if not statement_might_stand(statement):
        return
    own = own_lower(statement)
    if not any_in(own, ("resid", "lived", "living", "domicil", "habitual", "inhabit", "settled")):
        return
    if not any_in(own, ("year", "month", "week", "day")):
        return
    text = statement.text
    start, end = statement.own
    seen: set[int] = set()
    for duration in _shifted(find_durations(text[start:end]), start):
        if duration.unit not in ("year", "month", "week", "day"):
            continue
        s_lo, s_hi, sentence = span_text(statement, duration.start, duration.end)
        if s_lo in seen:
            continue
        window_lo = max(s_lo, duration.start - 140)
        reside = None
        for match in _RESIDE.finditer(text, window_lo, duration.start):
            reside = match
        if reside is None:
            after = _RESIDE.search(text, duration.end, min(s_hi, duration.end + 25))
            if after is None:
                continue
            reside = after
        if not stand_context(statement, sentence):
            continue
        if VOTE_RE.search(sentence) and not STAND_RE.search(sentence):
            continue
        if _NO_REQUIREMENT.search(sentence) or is_negated(text, reside.start(), window=40):
            continue
        seen.add(s_lo)
        lo, hi = sorted((reside.start(), duration.end))
        between = text[lo:hi]
        place = "locality" if _LOCAL_PLACE.search(between) else "country"
        office = _office(statement, text[max(s_lo, reside.start() - 200): duration.end], sentence)
        if office in ("local council", "local executive"):
            scope = "local"
        elif office in ("head of state", "upper house", "lower house"):
            scope = "national"
        else:
            scope = "local" if place == "locality" else "national"
        days = int(round(to_days(duration.value, duration.unit)))
        yield make_fact("candidacy.residence", days, statement, lo, hi, evidence=evidence_span(statement, lo, hi),
                        period=" ".join(duration.text.split()), place=place, scope=scope, office=office)


# --------------------------------------------------------------------------
# Language
# --------------------------------------------------------------------------

_LANGUAGE_NAMES = (r"(?:latvian|lettish|kazakh|turkmen|estonian|lithuanian|georgian|armenian|azerbaijani|uzbek|tajik|"
                   r"kyrgyz|russian|ukrainian|belarusian|moldovan|romanian|english|french|turkish|kiswahili|swahili|"
                   r"malay|mandarin|tamil|arabic|portuguese|spanish|mongolian|amharic|chichewa|sesotho|setswana)")
_LANGUAGE = lazy(
    r"\b(?:(?:state|official|national)\s+languages?|language\s+of\s+the\s+state|" + _LANGUAGE_NAMES + r"\s+language|"
    r"(?:fluen(?:t|cy)|proficien(?:t|cy)|command|knowledge|mastery|conversant)\s+(?:in|of|with)\s+(?:the\s+)?"
    + _LANGUAGE_NAMES + r"\b|(?:speak|read|write|understand)\s+(?:\w+\s+){0,3}?(?:in\s+)?(?:the\s+)?"
    + _LANGUAGE_NAMES + r"\b)", re.I)
_PROFICIENCY = lazy(
    r"\b(?:fluen(?:t|tly|cy)|speaks?|speaking|command\s+of|proficien(?:t|cy)|knowledge\s+of|knows?|mastery|"
    r"masters?\b|able\s+to\s+(?:read|speak|write|understand)|ability\s+to\s+(?:read|speak|write)|literate|conversant|"
    r"can\s+(?:read|speak|write|understand)|read\s+and\s+write|"
    r"level\s+of)\b", re.I)
_LANGUAGE_TEST = lazy(
    r"\b(?:certificate|certified|test(?:ed|ing|s)?|exam(?:ination|ined|ine|s)?|linguistic\s+commission|"
    r"language\s+(?:commission|inspection|board)|inspection)\b", re.I)


def _language(statement: Statement) -> Iterator[Fact]:
    if not statement_might_stand(statement):
        return
    own = own_lower(statement)
    if not any_in(own, ("language", "fluen", "proficien", "command of", "knowledge of", "mastery", "conversant",
                        "speak", "read", "write")):
        return
    text = statement.text
    start, end = statement.own
    seen: set[int] = set()
    for match in _LANGUAGE.finditer(text, start, end):
        s_lo, s_hi, sentence = span_text(statement, match.start(), match.end())
        if s_lo in seen:
            continue
        if not _PROFICIENCY.search(sentence) and not _LANGUAGE_TEST.search(sentence):
            continue
        if not stand_context(statement, sentence) and "candidate" not in statement.context:
            continue
        if _NO_REQUIREMENT.search(sentence):
            continue
        if VOTE_RE.search(sentence) and not STAND_RE.search(sentence):
            continue
        seen.add(s_lo)
        kind = "test" if _LANGUAGE_TEST.search(sentence) else "proficiency"
        yield make_fact("candidacy.language", kind, statement, match.start(), match.end(),
                        evidence=evidence_span(statement, match.start(), match.end()),
                        office=_office(statement, sentence, sentence))


# --------------------------------------------------------------------------
# Education
# --------------------------------------------------------------------------

_EDUCATION = lazy(
    r"\b(?:(?P<level>higher|secondary|primary|university|tertiary|post-?secondary|elementary|basic|"
    r"high[\s-]school)\s+(?:\w+\s+){0,3}?(?:education|degree|diploma|schooling|school)|(?P<degree>university|"
    r"academic|bachelor'?s?|master'?s?|college|law)\s+degree|degree\s+from\s+a\s+(?:\w+\s+)?university|"
    r"(?P<lit>literate|literacy|able\s+to\s+read\s+and\s+write|ability\s+to\s+read\s+and\s+write)|"
    r"educational\s+(?:qualification|requirement|level|attainment)s?|completed\s+(?:\w+\s+)?education|"
    r"(?:minimum\s+)?academic\s+qualifications?|grade\s+(?:\w+|\d{1,2})\s+(?:school\s+)?certificate|"
    r"(?:school[\s-]leaving|secondary\s+school|high\s+school|matriculation)\s+certificate|"
    r"(?:advanced|ordinary)\s+level|(?:a|at\s+least\s+a|be\s+a)\s+(?:university\s+)?graduate)\b",
    re.I)
_EDU_NOT = lazy(r"^\s*(?:institutions?|establishments?|facilit|organisations?|organizations?|"
                      r"(?:\w+\s+)?(?:in|of)\s+the\s+(?:state|official|national)\s+language)", re.I)
_REQUIRE = lazy(r"\b(?:ha(?:s|ve|ving)|hold(?:s|ing)?|with|must|shall|required?|requirement|possess(?:es|ing)?|"
                      r"completed|who\s+(?:is|are)|minimum)\b", re.I)


def _education(statement: Statement) -> Iterator[Fact]:
    if not statement_might_stand(statement):
        return
    if not any_in(own_lower(statement), ("educat", "degree", "literat", "read and write", "diploma", "school",
                                         "academic", "certificate", "graduate", " level")):
        return
    text = statement.text
    start, end = statement.own
    seen: set[int] = set()
    for match in _EDUCATION.finditer(text, start, end):
        if _EDU_NOT.search(text, match.end(), min(len(text), match.end() + 40)):
            continue
        s_lo, s_hi, sentence = span_text(statement, match.start(), match.end())
        if s_lo in seen:
            continue
        if not stand_context(statement, sentence):
            continue
        if VOTE_RE.search(sentence) and not STAND_RE.search(sentence):
            continue
        if _NO_REQUIREMENT.search(sentence) or is_negated(text, match.start(), window=25) and not is_barred(
                statement, sentence):
            continue
        if not _REQUIRE.search(text, max(s_lo, match.start() - 80), match.start()) and not is_barred(
                statement, sentence):
            continue
        seen.add(s_lo)
        level = _education_level(match)
        if level == "unspecified":  # "a minimum academic qualification, a grade twelve certificate": the specific one
            for other in _EDUCATION.finditer(text, match.end(), s_hi):
                if _education_level(other) != "unspecified":
                    level = _education_level(other)
                    break
        yield make_fact("candidacy.education", level, statement, match.start(), match.end(),
                        evidence=evidence_span(statement, match.start(), match.end()),
                        office=_office(statement, sentence, sentence))


def _education_level(match: re.Match) -> str:
    """The level of education an ``_EDUCATION`` match names: literacy, higher, secondary, primary or unspecified."""
    word = match.group(0).lower()
    if match.group("lit"):
        return "literacy"
    if re.search(r"higher|university|tertiary|degree|post|graduate", word):
        return "higher"
    if re.search(r"secondary|high|grade|leaving|matricul|ordinary|advanced", word):
        return "secondary"
    if re.search(r"primary|elementary|basic", word):
        return "primary"
    return "unspecified"


# --------------------------------------------------------------------------
# Experience and employment
# --------------------------------------------------------------------------

_EXPERIENCE = lazy(
    r"\b(?:(?:work|working|professional|managerial|service|practical|judicial|legal|public[\s-]service|"
    r"civil[\s-]service|administrative|leadership)\s+experience|experience\s+(?:in|of|as|at)\s+(?:the\s+|"
    r"a\s+)?(?:civil|public|state|government|elected|management|administration|leading|senior|professional)|(?:has|"
    r"have|having)\s+(?:previously\s+)?(?:served|worked)\s+(?:for\s+(?:not\s+less\s+than\s+|"
    r"at\s+least\s+)?[\w\-]+\s+years\s+)?(?:in|as|for|at|with)\s+(?:the\s+|a\s+)?(?:civil|public|state|government|"
    r"elected)|length\s+of\s+service|years?\s+of\s+(?:public\s+|civil\s+|state\s+)?(?:service|work|experience)|"
    r"(?:has|have|having)\s+(?:previously\s+)?held\s+(?:an?\s+)?(?:senior\s+|leading\s+|managerial\s+|executive\s+|"
    r"high\s+)?(?:position|post|office)s?\s+(?:in|of|at|within)\s+(?:the\s+)?(?:state|civil|public|government)|"
    r"(?:has|have|having)\s+(?:previously\s+)?held\s+(?:an?\s+)?(?:elected\s+)?public\s+office)\b",
    re.I)
_EMPLOYED = lazy(
    r"\b(?:works?|working|employed|holds?\s+a\s+(?:post|position))\s+(?:in|at|for|by|with)\s+(?:a\s+|"
    r"the\s+)?(?:state\s+(?:body|organ|service|institution|enterprise)|public\s+(?:association|body|service)|"
    r"enterprise|institution|organi[sz]ation|government)", re.I)
_INCOMPATIBLE = lazy(r"\b(?:leave|released?|suspend|relieved|incompatib|resign|at\s+the\s+same\s+time|"
                           r"may\s+not\s+(?:use|hold|combine)|shall\s+not\s+(?:use|hold|combine))", re.I)
_POSITIVE = lazy(r"\b(?:may\s+be\s+(?:elected|nominated|registered)|eligible|shall\s+(?:also\s+)?have|must\s+have|"
                       r"required|is\s+elected|be\s+elected|qualified|requirements?|provided\s+that)\b", re.I)


def _experience(statement: Statement) -> Iterator[Fact]:
    if not statement_might_stand(statement):
        return
    own = own_lower(statement)
    if not any_in(own, ("experience", "served ", "worked ", "works ", "working ", "employed ", "years of service", " held ",
                        "length of service", "years of work", "holds a post", "holds a position")):
        return
    text = statement.text
    start, end = statement.own
    seen: set[int] = set()
    found = [(m, "experience") for m in _EXPERIENCE.finditer(text, start, end)] + [
        (m, "employment") for m in _EMPLOYED.finditer(text, start, end)]
    for match, kind in sorted(found, key=lambda item: item[0].start()):
        s_lo, s_hi, sentence = span_text(statement, match.start(), match.end())
        if s_lo in seen:
            continue
        if not stand_context(statement, sentence):
            continue
        if _INCOMPATIBLE.search(sentence) or not _POSITIVE.search(sentence):
            continue
        if is_negated(text, match.start(), window=30):
            continue
        seen.add(s_lo)
        years = 0
        if kind == "experience":
            lo = max(s_lo, match.start() - 45)
            for duration in find_durations(text[lo: min(s_hi, match.end() + 40)]):
                if duration.unit == "year" and not _RESIDE.search(text, max(lo, lo + duration.start - 40),
                                                                  lo + duration.start):
                    years = duration.as_int
                    break
        yield make_fact("candidacy.experience", years, statement, match.start(), match.end(),
                        evidence=evidence_span(statement, match.start(), match.end()),
                        kind=kind, office=_office(statement, sentence, sentence))


# --------------------------------------------------------------------------
# Descent and citizenship
# --------------------------------------------------------------------------

_DESCENT = lazy(
    r"\b(?:(?P<birth>citizens?\s+(?:of\s+(?:the\s+)?(?:[\w\-]+\s+){1,3})?by\s+(?:birth|origin|descent)|"
    r"natural[\s-]born|native[\s-]born|citizenship\s+by\s+(?:birth|origin)|indigenous\s+citizens?|"
    r"citizens?\s+of\s+(?:\w+\s+)?(?:origin|descent)\b)|(?P<born>born\s+(?:in|within|"
    r"on\s+the\s+territory\s+of)\s+(?:the\s+)?(?:territory\s+of\s+(?:the\s+)?)?(?:republic|country|state|"
    r"(?-i:[A-Z][a-z]{2,})))|(?P<parents>(?:whose|both\s+of\s+whose|his\s+or\s+her|his|her|both)\s+parents?\s+(?:are|"
    r"were|is|was)\s+(?:also\s+|both\s+)?(?:citizens?|nationals?))|(?P<never>(?:(?:never|not\s+previously|"
    r"not\s+at\s+any\s+time)\s+(?:held|had|acquired|possessed|been\s+a\s+citizen)|(?:has|have|had|"
    r"having)\s+not\s+(?:held|had|acquired|possessed))\s+(?:(?:the\s+|a\s+)?(?:citizenship|"
    r"nationality)\s+of\s+(?:another|a\s+foreign|any\s+other|other)|(?:any\s+)?(?:other|another|foreign|"
    r"a\s+foreign)\s+(?:citizenship|nationality))|(?:never|not\s+at\s+any\s+time)\s+(?:been|was|were)\s+(?:a\s+)?"
    r"(?:citizens?|nationals?|subjects?)\s+of\s+(?:a\s+foreign|another|any\s+other|other)\s+(?:state|country|power)s?)|"
    r"(?P<other>(?:citizenship|nationality)\s+of\s+(?:another|"
    r"a\s+foreign|any\s+other)\s+(?:state|country|power)|(?:dual|double|multiple)\s+(?:citizenship|nationality)|"
    r"foreign\s+(?:citizenship|nationality))|"
    r"(?P<natur>naturali[sz]ed\s+(?:citizens?|persons?|nationals?)|(?:citizens?|citizenship|nationality)\s+(?:acquired\s+)?"
    r"by\s+naturali[sz]ation)|"
    r"(?P<length>(?:citizens?|(?:held|had|possessed|having)\s+(?:the\s+)?citizenship)\s+(?:only\s+)?(?:of\s+(?:the\s+)?"
    r"(?:[\w\-]+\s+){1,3})?for\s+(?:at\s+least\s+|not\s+less\s+than\s+)?(?:the\s+(?:last|past|preceding)\s+)?"
    r"[\w\-]+\s+years))",
    re.I)
_DESCENT_WHAT = {
    "by-birth": "citizenship by birth", "born-in-country": "birth in the country", "parents": "citizen parents",
    "never-other-citizenship": "never having held another citizenship",
    "other-citizenship": "holding no other citizenship", "citizenship-length": "a minimum period of citizenship",
    "naturalised-barred": "not being a naturalised citizen",
}
_PERMITS = lazy(r"\b(?:permissible|permitted|may\s+(?:hold|have|retain)|does\s+not\s+(?:prevent|affect)|"
                      r"equal\s+(?:rights?|footing|terms)|equally|no\s+distinction|"
                      r"shall\s+not\s+(?:prevent|affect)|regardless\s+of|irrespective\s+of|not\s+by\s+reason\s+only)\b",
                      re.I)


def _descent(statement: Statement) -> Iterator[Fact]:
    if not statement_might_stand(statement):
        return
    own = own_lower(statement)
    if not any_in(own, ("by birth", "born", "parent", "citizenship", "nationality", "by origin", "by descent",
                        "citizen for", "citizens for", "citizen of", "citizen only",
                        "citizens only", "foreign", "indigenous", "origin", "naturali")):
        return
    text = statement.text
    start, end = statement.own
    seen: set[int] = set()
    for match in _DESCENT.finditer(text, start, end):
        s_lo, s_hi, sentence = span_text(statement, match.start(), match.end())
        if s_lo in seen:
            continue
        if not stand_context(statement, sentence):
            continue
        if VOTE_RE.search(sentence) and not STAND_RE.search(sentence):
            continue
        if _PERMITS.search(sentence):
            continue
        kind = next(name for name in ("birth", "born", "parents", "never", "other", "natur", "length")
                    if match.group(name))
        if kind == "natur" and not is_barred(statement, sentence):
            continue  # naturalised citizens mentioned, not excluded
        if kind == "other" and not is_barred(statement, sentence) and not re.search(
                r"\b(?:not|no)\s+(?:have|hold|possess|having|holding)\b|\bwithout\b", sentence, re.I):
            continue
        if kind == "length" and not re.search(r"\byears\b", match.group(0), re.I):
            continue
        seen.add(s_lo)
        value = {"birth": "by-birth", "born": "born-in-country", "parents": "parents",
                 "never": "never-other-citizenship", "other": "other-citizenship",
                 "natur": "naturalised-barred", "length": "citizenship-length"}[kind]
        yield make_fact("candidacy.descent", value, statement, match.start(), match.end(),
                        evidence=evidence_span(statement, match.start(), match.end()),
                        office=_office(statement, sentence, sentence), what=_DESCENT_WHAT[value])


# --------------------------------------------------------------------------
# Criminal record
# --------------------------------------------------------------------------

_CRIME = lazy(
    r"\b(?:convict(?:ed|ion|ions)|criminal\s+records?|sentenced|previous\s+convictions?|criminal\s+(?:offence|"
    r"offense)|crimes?|offences?|offenses?|previous(?:ly)?\s+convicted|criminal\s+(?:case|proceedings|"
    r"prosecution|charges?))\b", re.I)
_PARDON = lazy(
    r"\b(?:even\s+(?:if|though|where|after)\s+(?:(?:they|he\s+or\s+she|he|she|the\s+person)\s+(?:have|has|"
    r"had)\s+)?(?:been\s+)?(?:pardon(?:ed)?|amnest(?:ied|y))|(?:notwithstanding|irrespective\s+of|regardless\s+of|"
    r"despite)\s+(?:a\s+|any\s+)?(?:pardon|amnesty)|pardon\s+(?:or\s+amnesty\s+)?(?:shall\s+not|does\s+not))", re.I)
_ANY = lazy(
    r"\b(?:(?:irrespective|regardless)\s+of\s+(?:the\s+)?(?:nature|gravity|severity|seriousness|type|kind|category)|"
    r"any\s+(?:[a-z]+\s+)?(?:criminal\s+)?(?:offence|offense|crime|conviction)|(?:of|for)\s+(?:a|"
    r"any)\s+(?:criminal\s+)?(?:offence|offense|crime)(?!\s+(?:punishable|of\s+(?:a\s+)?(?:grave|serious)|(?:which|"
    r"that)\s+is\s+(?:grave|serious))))", re.I)
_UNEXPUNGED = lazy(
    r"\b(?:unexpunged|unspent|not\s+(?:yet\s+)?(?:been\s+)?(?:expunged|removed|cancell?ed|spent|extinguished|lifted)|"
    r"outstanding\s+(?:conviction|criminal\s+record))", re.I)
_LIFELONG = lazy(
    r"\b(?:for\s+life|(?:has|have)\s+ever\s+been\s+convicted|at\s+any\s+time\s+(?:been\s+)?convicted|lifetime|"
    r"life-?long|permanently|previously\s+(?:been\s+)?convicted|prior\s+convictions?|previous\s+convictions?|"
    r"ever\s+(?:been\s+)?sentenced)\b",
    re.I)
_SERIOUS = lazy(
    r"\b(?:grave|serious|especially\s+grave|particularly\s+grave|severe|terroris[mt]|"
    r"corrupt\s+(?:or\s+illegal\s+)?practices?|illegal\s+practices?|electoral\s+(?:offences?|fraud)|treason|"
    r"punishable\s+by\s+(?:imprisonment\s+(?:for\s+)?)?life)\b", re.I)
_LIMITED = lazy(
    r"\b(?:for\s+(?:a\s+period\s+of\s+)?[\w\-]+\s+years\s+(?:after|from|following|beginning)|"
    r"within\s+(?:the\s+)?[\w\-]+\s+years|until\s+(?:the\s+)?(?:expiry|expiration|end|completion)|while\s+|"
    r"during\s+(?:the\s+)?(?:term|period)|serving\s+(?:a\s+|the\s+)?sentence|imprisoned|in\s+custody|"
    r"deprivation\s+of\s+liberty|so\s+disentitled)\b", re.I)
_CLEAN = lazy(r"\b(?:without\s+(?:a\s+)?(?:criminal\s+record|convictions?)|(?:has|have|having)\s+no\s+"
                    r"(?:criminal\s+record|convictions?)|not\s+(?:have|having)\s+(?:a\s+)?(?:criminal\s+record|"
                    r"convictions?))\b", re.I)
_RECORD = lazy(r"\b(?:criminal\s+records?|convicted|convictions?)\b", re.I)
#: Bars on persons only charged or prosecuted (not convicted): contrary to the presumption of innocence.
_CHARGED = lazy(
    r"\b(?:(?:charged|indicted)\s+with|accused\s+of|suspected\s+of|(?:criminal\s+)?(?:proceedings|case|"
    r"prosecution)\s+(?:\w+\s+){0,3}?(?:has|have)\s+been\s+(?:instituted|initiated|opened|brought|commenced)|"
    r"under\s+(?:criminal\s+)?investigation|(?:trial|proceedings?)\s+(?:\w+\s+){0,2}?(?:has|have)\s+not\s+"
    r"(?:yet\s+)?been\s+(?:concluded|completed|terminated))", re.I)
_BAN_WHAT = {
    "pardoned": "even after a pardon", "any": "for any offence", "unexpunged": "for any record not yet expunged",
    "lifelong": "for life", "record": "for any criminal record",
    "charged": "when only charged or prosecuted, without a conviction",
}
_IMPRISONMENT_YEARS = lazy(r"\bimprisonment\b", re.I)


def _criminal_ban(statement: Statement) -> Iterator[Fact]:
    if not statement_might_stand(statement):
        return
    own = own_lower(statement)
    if not any_in(own, ("convict", "criminal", "sentenced", "crime", "offence", "offense", "charged", "accused")):
        return
    text = statement.text
    start, end = statement.own
    seen: set[int] = set()
    for match in _CRIME.finditer(text, start, end):
        s_lo, s_hi, sentence = span_text(statement, match.start(), match.end())
        if s_lo in seen:
            continue
        if not strict_stand_context(statement, sentence):
            continue
        if not (is_barred(statement, sentence) or _CLEAN.search(sentence)):
            continue
        seen.add(s_lo)
        limited = bool(_LIMITED.search(sentence))
        serious = bool(_SERIOUS.search(sentence))
        if not serious and _IMPRISONMENT_YEARS.search(sentence):
            for duration in find_durations(sentence):
                if duration.unit == "year" and duration.value >= 2:
                    serious = True
                    break
        kind, cue = None, None
        for name, pattern in (("pardoned", _PARDON), ("any", _ANY), ("unexpunged", _UNEXPUNGED),
                              ("lifelong", _LIFELONG), ("record", _RECORD), ("charged", _CHARGED)):
            cue = pattern.search(text, s_lo, s_hi)
            if cue is not None:
                kind = name
                break
        if kind is None:
            continue
        lo, hi = (cue.start(), cue.end()) if start <= cue.start() < end else (match.start(), match.end())
        yield make_fact("candidacy.criminal_ban", kind, statement, lo, hi, evidence=evidence_span(statement, lo, hi),
                        serious=serious, limited=limited, office=_office(statement, sentence, sentence),
                        what=_BAN_WHAT[kind])


_PARTS = (_min_age, _residence, _language, _education, _experience, _descent, _criminal_ban)


def _candidacy(statement: Statement) -> Iterator[Fact]:
    """Every candidacy fact of a statement about standing; qualifications of appointed posts are dropped."""
    if not statement_might_stand(statement):
        return
    for part in _PARTS:
        for fact in part(statement):
            if fact.attrs.get("office") != "appointed":
                yield fact


EXTRACTORS = (_candidacy,)
