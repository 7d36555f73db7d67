"""Election observers: who may observe, on what terms foreigners are admitted, and what observers may see.

Reads the observer articles of CIS-style codes and their look-alikes:

- **domestic observers restricted**: "an observer may be appointed ... by a political
  party ... and by a registered candidate" with "public associations ... shall not be
  entitled to appoint observers"; "only parties and candidates may appoint
  observers"; "non-commercial organisations whose charter provides for the
  observation of elections and which have been registered for at least one year";
  organisations receiving foreign funding barred. Value: ``parties-only``,
  ``ngos-barred``, ``charter``, ``registered-years``, ``foreign-funding``;
- **international observers** admitted "upon invitation of" state bodies, in a
  number the commission may fix, at its discretion, or not at all. "Accredited upon
  their application, without the need for an invitation" is the compliant form;
- **access**: bans on photographs and audio or video recording *by observers*
  (a ban on recording by party agents or on photographing a marked ballot is a
  secrecy measure, not read here), a minimum distance from the counting table,
  removal of observers at the chairperson's opinion or discretion (a reasoned
  decision of the commission, after a warning, open to appeal, is compliant),
  exclusion from stages (sessions, the count, tabulation, storage of ballot boxes)
  or documents, and places where observers may not go left to the commission.

Deliberately not read: accreditation deadlines, observers' duties not to
interfere, the Commonwealth scrutineers' and candidates' representatives'
ordinary rules (who may be present at a polling station), which the standards
do not object to.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from ..model import Fact
from .base import FactSpec, Statement, dispatch, evidence_window, make_fact, sentence_bounds
from .patterns import lazy

__all__ = ["FACTS", "EXTRACTORS"]

FACTS = (
    FactSpec("observers.domestic_restricted", "str",
             "Citizen (domestic, non-partisan) observation barred or limited; value is the form: parties-only, "
             "ngos-barred, charter, registered-years, foreign-funding, accreditation-discretion, state-approved.",
             ("who",)),
    FactSpec("observers.international_restricted", "str",
             "International observers barred or admitted on terms the authorities control; value is the form: "
             "barred, invitation, number, discretion.", ("by",)),
    FactSpec("observers.access_limit", "str",
             "Observers kept from seeing or recording the process; value is the form: no-recording, distance, "
             "removal-discretion, stage-excluded, documents, places-discretion, not-required.",
             ("what", "metres")),
)

def _ev(text: str, start: int, end: int) -> tuple[int, int]:
    """Evidence: the sentence around the match, or a quotable window of it."""
    return evidence_window(text, start, end, *sentence_bounds(text, start, end))


_OBSERVER = lazy(r"\bobserv(?:er|ers|ation)\b", re.I)
#: An observer, or observing the elections named as a verb: "citizens may observe the elections only if ...".
_OBSERVING = lazy(r"\bobserv(?:er|ers|ation)\b|\bobserv(?:e|es|ing)\s+(?:\w{1,40}\s+){0,3}?(?:elections?|voting|polls?|"
                  r"count(?:ing)?|conduct|proceedings|electoral)\b", re.I)
#: Accreditation left to the authority's judgement: "in its absolute discretion", "need not state reasons".
_ACCREDIT_DISCRETION = lazy(
    r"\b(?:(?:at|in)\s+(?:its|his|her|their)\s+(?:own\s+|absolute\s+|sole\s+|full\s+|unfettered\s+)?discretion|"
    r"(?:as|if)\s+(?:it|he|she|they|he\s+or\s+she)\s+(?:thinks?|deems?|considers?|sees?)\s+(?:it\s+)?fit|without\s+"
    r"(?:giving|stating|assigning)\s+(?:any\s+)?reasons?|need\s+not\s+(?:state|give|assign)\s+(?:any\s+)?reasons?)", re.I)
_PARTY_SIDE = lazy(
    r"\b(?:(?:political\s+)?part(?:y|ies)|candidates?|electoral\s+blocs?|blocs?|nominating\s+(?:bodies|organi[sz]ations)|"
    r"initiative\s+groups?)\b", re.I)
_CIVIL_SIDE = lazy(
    r"\b(?:public\s+associations?|(?:non-governmental|non-commercial|non-profit|nongovernmental|civil\s+society|"
    r"public|voluntary)\s+organi[sz]ations?|ngos?|associations?|citizens?|voters?|electors?|civic\s+groups?|"
    r"domestic\s+observ\w*|citizen\s+observ\w*)\b", re.I)
_APPOINT = lazy(
    r"\b(?:appoint(?:ed|s)?|send|sent|nominat(?:e|ed|es)|delegat(?:e|ed)|designat(?:e|ed)|deploy(?:ed)?|"
    r"accredit(?:ed)?)\b", re.I)
_CHARTER = lazy(
    r"\b(?:charters?|statutes?|articles\s+of\s+association|founding\s+documents?|statutory\s+(?:aims?|purposes?|goals?|"
    r"objectives?|tasks?))\b(?:\s+\w+){0,6}?\s+(?:provides?|provided|includes?|included|envisages?|envisaged|"
    r"stipulates?|contains?|covers?)\b", re.I)
_REG_YEARS = lazy(
    r"\bregistered\s+(?:\w{1,40}\s+){0,3}?(?:for\s+)?(?:at\s+least|not\s+less\s+than|no\s+less\s+than|more\s+than|"
    r"a\s+minimum\s+of)\s+(?:\w+(?:[\s-]\w+)?)\s+(?:years?|months?)", re.I)
_PARTY_NOMINEES = lazy(
    r"\b(?:citizens?|voters?|electors?)\s+(?:\w{1,40}\s+){0,2}?(?:nominated|appointed|proposed|put\s+forward|delegated|designated)\s+"
    r"(?:only\s+|exclusively\s+)?by\s+(?:the\s+)?(?:\w{1,40}\s+){0,3}?(?:(?:political\s+)?part(?:y|ies)|candidates?|blocs?)\b", re.I)
_FOREIGN_FUNDS = lazy(
    r"\b(?:foreign\s+(?:funding|funds|sources|financing|grants|donors|assistance)|funded\s+(?:\w{1,40}\s+){0,3}?from\s+"
    r"(?:abroad|foreign))", re.I)
_BARRED = lazy(
    r"\b(?:shall|may|can|must)\s*not\b|\bare\s+not\s+(?:entitled|allowed|permitted)\b|\bis\s+not\s+(?:entitled|"
    r"allowed|permitted)\b|\bnot\s+(?:be\s+)?entitled\b|\bprohibited\b|\bnot\s+(?:be\s+)?admitted\b", re.I)
_ONLY = lazy(r"\bonly\b|\bexclusively\b", re.I)


def _item_texts(statement: Statement, sentence: str) -> str:
    """For a lead-in ending with a colon, the list items that follow it in the article."""
    if not sentence.rstrip().endswith(":"):
        return ""
    scope = statement.scope_text
    key = sentence.strip()[:60]
    at = scope.find(key)
    if at < 0:
        return ""
    start = at + len(sentence.strip())
    return scope[start: start + 800]


def _domestic(statement: Statement) -> Iterator[Fact]:
    own_lo, own_hi = statement.own
    lower = statement.lower[own_lo:own_hi]
    if "observ" not in lower:
        return
    text = statement.text
    seen: set[int] = set()
    for match in _OBSERVING.finditer(text, own_lo, own_hi):
        s_lo, s_hi = sentence_bounds(text, match.start(), match.end())
        if s_lo in seen:
            continue
        seen.add(s_lo)
        sentence = text[s_lo:s_hi]
        if re.search(r"\b(?:international|foreign)\s+observ", sentence, re.I) and not _CIVIL_SIDE.search(
                re.sub(r"(?i)\b(?:international|foreign)\s+\w+", "", sentence)):
            continue
        membership = re.search(r"\bobservers?\b[^.;]{0,60}?\bonly\s+(?:if|where|when)\s+(?:\w{1,40}\s+){0,4}?(?:a\s+)?member\s+of\s+"
                               r"(?:a\s+|the\s+)?(?:political\s+)?part(?:y|ies)", sentence, re.I)
        if membership:
            yield make_fact("observers.domestic_restricted", "parties-only", statement, s_lo + membership.start(),
                            s_lo + membership.end(), evidence=_ev(text, s_lo + membership.start(), s_lo + membership.end()),
                            who="party members")
            continue
        refusal = re.search(r"\b(?:refuse|deny|withdraw|revoke)\w*\s+(?:\w{1,40}\s+){0,3}?accreditation\s+(?:\w{1,40}\s+){0,6}?"
                            r"(?:without\s+(?:giving|stating)\s+(?:any\s+)?reasons?|at\s+(?:its|his|her)\s+(?:own\s+)?discretion)|"
                            r"\baccredit\w*\s+(?:\w{1,40}\s+){0,6}?at\s+(?:its|his|her)\s+(?:own\s+)?discretion", sentence, re.I)
        if refusal is None and re.search(r"\baccredit", sentence, re.I):
            refusal = _ACCREDIT_DISCRETION.search(sentence)
        if refusal and not re.search(r"\b(?:international|foreign)\b", sentence, re.I):
            yield make_fact("observers.domestic_restricted", "accreditation-discretion", statement,
                            s_lo + refusal.start(), s_lo + refusal.end(),
                            evidence=_ev(text, s_lo + refusal.start(), s_lo + refusal.end()), who="accreditation")
            continue
        if not _APPOINT.search(sentence):
            continue
        start, end = s_lo, s_hi
        charter = _CHARTER.search(sentence)
        years = _REG_YEARS.search(sentence)
        foreign = _FOREIGN_FUNDS.search(sentence)
        if charter and _CIVIL_SIDE.search(sentence):
            yield make_fact("observers.domestic_restricted", "charter", statement, s_lo + charter.start(),
                            s_lo + charter.end(), evidence=_ev(text, s_lo + charter.start(), s_lo + charter.end()), who="organisations with observation in "
                            "their charter")
        if years and _CIVIL_SIDE.search(sentence):
            yield make_fact("observers.domestic_restricted", "registered-years", statement, s_lo + years.start(),
                            s_lo + years.end(), evidence=_ev(text, s_lo + years.start(), s_lo + years.end()), who=years.group(0))
        if foreign and _BARRED.search(sentence):
            yield make_fact("observers.domestic_restricted", "foreign-funding", statement, s_lo + foreign.start(),
                            s_lo + foreign.end(), evidence=_ev(text, s_lo + foreign.start(), s_lo + foreign.end()), who="organisations with foreign funding")
        state_accredited = re.search(
            r"\b(?:organi[sz]ations?|associations?|ngos?)\s+(?:that|which)\s+(?:have\s+been|are|were)\s+(?:\w{1,40}\s+)?"
            r"(?:accredited|approved|licensed|authori[sz]ed|certified)\s+(?:\w{1,40}\s+){0,2}?by\s+(?:the\s+)?(?:Ministry|Minister|"
            r"Government|Cabinet|President|executive|State\s+Agency)", sentence, re.I)
        if state_accredited and _CIVIL_SIDE.search(sentence):
            yield make_fact("observers.domestic_restricted", "state-approved", statement, s_lo + state_accredited.start(),
                            s_lo + state_accredited.end(),
                            evidence=_ev(text, s_lo + state_accredited.start(), s_lo + state_accredited.end()),
                            who="organisations approved by the executive")
            continue
        if charter or years or foreign:
            continue

        civil = _CIVIL_SIDE.search(sentence)
        barred = _BARRED.search(sentence)
        if civil and barred and barred.start() > civil.start() and re.search(
                r"\b(?:public\s+associations?|organi[sz]ations?|ngos?|citizens?|associations?|domestic|citizen)\b",
                civil.group(0), re.I) and not _PARTY_SIDE.search(sentence[: civil.start()]):
            yield make_fact("observers.domestic_restricted", "ngos-barred", statement, s_lo + civil.start(),
                            s_lo + barred.end(), evidence=_ev(text, s_lo + civil.start(), s_lo + barred.end()),
                            who=civil.group(0))
            continue
        who = sentence + "\n" + _item_texts(statement, sentence)
        parties = _PARTY_SIDE.search(who)
        # "citizens nominated by parties" are the parties' observers, not citizen observers.
        civil_who = _PARTY_NOMINEES.sub(" ", who)
        if not parties or _CIVIL_SIDE.search(civil_who) or barred:
            continue
        if re.search(r"\b(?:nominated|appointed|proposed|designated|delegated|put\s+forward)\s+(?:only\s+|exclusively\s+)?by\b|"
                     r"\bmay\s+(?:also\s+)?be\s+(?:appointed|sent|nominated)\s+(?:only\s+|exclusively\s+)?by\b|\b(?:may|shall\s+have\s+the\s+right\s+to)"
                     r"\s+(?:appoint|send|nominate|designate)\s+(?:\w{1,40}\s+){0,3}?observers?|\bright\s+to\s+"
                     r"(?:appoint|send|nominate)\s+observers?", sentence, re.I) is None:
            continue
        if _ONLY.search(sentence) or _scope_bars_civil(statement) or sentence.rstrip().endswith(":"):
            yield make_fact("observers.domestic_restricted", "parties-only", statement, start, end,
                            evidence=_ev(text, start, min(end, start + 200)), who=parties.group(0))


def _accreditation(statement: Statement) -> Iterator[Fact]:
    """Accreditation at the authority's discretion in a provision that does not itself say "observer" but sits
    under an observers heading: "(2) The Commission may, in its absolute discretion, refuse to accredit any local
    organisation"."""
    own_lo, own_hi = statement.own
    if "observ" in statement.lower[own_lo:own_hi] or not _OBSERVER.search(statement.headings):
        return  # with the word in its own text, _domestic and _international read it
    text = statement.text
    foreign_heading = re.search(r"\b(?:international|foreign)\b", statement.headings, re.I)
    for match in _ACCREDIT_DISCRETION.finditer(text, own_lo, own_hi):
        s_lo, s_hi = sentence_bounds(text, match.start(), match.end())
        sentence = text[s_lo:s_hi]
        if not re.search(r"\baccredit", sentence, re.I):
            continue
        if foreign_heading or re.search(r"\b(?:international|foreign)\b", sentence, re.I):
            yield make_fact("observers.international_restricted", "discretion", statement, match.start(), match.end(),
                            evidence=_ev(text, match.start(), match.end()), by="")
        else:
            yield make_fact("observers.domestic_restricted", "accreditation-discretion", statement, match.start(),
                            match.end(), evidence=_ev(text, match.start(), match.end()), who="accreditation")
        return


def _scope_bars_civil(statement: Statement) -> bool:
    """The article lists who may observe and names no civil-society organisation anywhere."""
    scope = statement.scope_text
    return not _CIVIL_SIDE.search(re.sub(r"(?i)\b(?:international|foreign)\s+observ\w*", "", scope))


_FOREIGN_OBS = lazy(
    r"\b(?:international|foreign)\s+(?:\w{1,40}\s+){0,2}?observ(?:er|ers|ation|ing)\b|\bobservers?\s+(?:from|of)\s+"
    r"(?:foreign\s+states|other\s+states|international\s+organi[sz]ations)"
    r"|\b(?:representatives?|delegations?|missions?|citizens|nationals)\s+of\s+(?:foreign\s+states|other\s+states|"
    r"international\s+organi[sz]ations|foreign\s+countries)[^.;]{0,80}?\bobserv|\bforeign\s+(?:citizens|nationals|"
    r"persons)\b[^.;]{0,60}?\bobserv"
    r"|\b(?:persons?|individuals?)\s+who\s+(?:is|are)\s+not\s+(?:a\s+)?(?:citizens?|nationals?)\b[^.;]{0,80}?\bobserv"
    r"|\bnon-(?:citizens?|nationals?)\b[^.;]{0,60}?\bobserv", re.I)
_INVITATION = lazy(
    r"\b(?:(?:upon|on|at|by|following)\s+(?:the\s+|an?\s+)?invitations?|invited\s+by|who\s+(?:have\s+been|are|were)\s+"
    r"invited|on\s+the\s+basis\s+of\s+(?:the\s+|an?\s+)?invitations?)\b", re.I)
_NO_INVITATION = lazy(r"\b(?:without\s+(?:the\s+need\s+for\s+)?(?:an?\s+)?invitation|"
                            r"regardless\s+of\s+(?:any\s+)?invitation|no\s+invitation)", re.I)
_NUMBER = lazy(
    r"\b(?:determine|limit|set|fix|establish|restrict)s?\s+(?:the\s+)?(?:maximum\s+)?(?:number|quota)\s+of\s+"
    r"(?:\w{1,40}\s+){0,2}?observers", re.I)
_DISCRETION = lazy(
    r"\bat\s+(?:its|his|her|their)\s+(?:own\s+)?discretion\b|\bwithout\s+(?:giving|stating)\s+(?:any\s+)?reasons?\b|"
    r"\b(?:agreed|coordinated|cleared|approved)\s+(?:\w{1,40}\s+){0,2}?(?:with|by)\s+(?:the\s+)?(?:Ministry|Minister|Government|"
    r"President|Cabinet|State\s+Security|security\s+services)\w*|"
    r"\b(?:upon|with|subject\s+to|after|on)\s+(?:the\s+)?(?:prior\s+)?(?:approval|consent|permission|agreement|authori[sz]ation|"
    r"proposal|recommendation|nomination|request)\s+"
    r"of\s+(?:the\s+)?(?:Ministry|Minister|Government|President|Cabinet|State\s+Security|security\s+services)\w*|"
    r"\bif\s+it\s+(?:considers|deems)\s+(?:it\s+)?(?:appropriate|expedient|necessary)|"
    r"\b(?:if|as)\s+(?:he|she|it|they|he\s+or\s+she)\s+(?:thinks?|deems?|considers?|sees?)\s+(?:it\s+)?fit\b|"
    r"\bin\s+(?:its|his|her|their)\s+(?:absolute|sole|unfettered)\s+discretion\b", re.I)


def _international(statement: Statement) -> Iterator[Fact]:
    own_lo, own_hi = statement.own
    lower = statement.lower[own_lo:own_hi]
    if "observ" not in lower or ("foreign" not in lower and "international" not in lower and "citizen" not in lower
                                 and "national" not in lower):
        return
    text = statement.text
    seen: set[int] = set()
    for match in _FOREIGN_OBS.finditer(text, own_lo, own_hi):
        s_lo, s_hi = sentence_bounds(text, match.start(), match.end())
        if s_lo in seen:
            continue
        seen.add(s_lo)
        sentence = text[s_lo:s_hi]
        invitation = _INVITATION.search(sentence)
        if invitation and re.search(r"\bor\s+(?:on\s+(?:the\s+basis\s+of\s+)?|upon\s+)?(?:their\s+|an?\s+|its\s+)?"
                                    r"(?:own\s+)?(?:applications?|requests?)\b", sentence, re.I):
            invitation = None
        if invitation and not _NO_INVITATION.search(sentence) and re.search(
                r"\b(?:admitted|accredit\w*|allowed|permitted|entitled|may\s+(?:observe|be\s+present|attend)|registered)\b",
                sentence, re.I):
            by = re.search(r"invitations?\s+(?:\w{1,40}\s+){0,2}?(?:of|from)\s+(?P<by>[^.;]{3,120})|invited\s+by\s+"
                           r"(?P<by2>[^.;]{3,120})", sentence, re.I)
            who = (by.group("by") or by.group("by2")) if by else ""
            yield make_fact("observers.international_restricted", "invitation", statement, s_lo + invitation.start(),
                            s_lo + invitation.end(), evidence=_ev(text, s_lo + invitation.start(), s_lo + invitation.end()),
                            by=" ".join(who.split())[:120])
            continue
        number = _NUMBER.search(sentence)
        if number:
            yield make_fact("observers.international_restricted", "number", statement, s_lo + number.start(),
                            s_lo + number.end(), evidence=_ev(text, s_lo + number.start(), s_lo + number.end()), by="")
            continue
        discretion = _DISCRETION.search(sentence)
        if discretion and re.search(r"\baccredit|admi|refus|observe|present|approval|consent|permission", sentence, re.I):
            yield make_fact("observers.international_restricted", "discretion", statement, s_lo + discretion.start(),
                            s_lo + discretion.end(), evidence=_ev(text, s_lo + discretion.start(),
                                                                  s_lo + discretion.end()), by="")
            continue
        barred = re.search(
            r"\b(?:shall|may|can)\s*not\s+(?:be\s+)?(?:admitted|accredited|allowed|permitted|observe|act\s+as)|"
            r"\b(?:is|are)\s+not\s+(?:allowed|permitted|admitted)|\bprohibited\b", sentence, re.I)
        if barred and not re.search(r"\binterfere|\bintervene|\bcampaign|\bwithout\s+accreditation\b", sentence, re.I):
            yield make_fact("observers.international_restricted", "barred", statement, s_lo + barred.start(),
                            s_lo + barred.end(), evidence=_ev(text, s_lo + barred.start(), s_lo + barred.end()), by="")


_RECORDING = lazy(
    r"\b(?:photograph\w*|photo(?:s|graphs)?|film\w*|video\w*|audio|record(?:ing|ings)?|camera\w*|take\s+pictures)\b",
    re.I)
_MARKED_BALLOT = lazy(r"\b(?:marked|completed|filled[\s-]in)\s+ballot|\bballot\s+paper\s+(?:that\s+has\s+been|"
                            r"after\s+it\s+has\s+been)\s+marked|\bvoting\s+booth|\bsecrecy", re.I)
_DISTANCE = lazy(
    r"\b(?:distance\s+of\s+)?(?:not\s+less\s+than|no\s+less\s+than|at\s+least|not\s+closer\s+than|no\s+closer\s+than|"
    r"a\s+minimum\s+of)\s+(?P<n>\d{1,2}(?:\.\d)?|one|two|three|four|five|six|seven|eight|nine|ten|fifteen|twenty)"
    r"\s*(?:metres|meters|metre|meter|m)\b", re.I)
_TOO_FAR = lazy(
    r"\bat\s+a\s+distance\s+(?:\w{1,40}\s+){0,3}?(?:allowing|enabling|permitting|from\s+which|that\s+allows?)\s+(?:\w{1,40}\s+){0,4}?"
    r"(?:to\s+)?(?:see|read|observe|check)", re.I)
_WORD_NUM = {"one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8, "nine": 9,
             "ten": 10, "fifteen": 15, "twenty": 20}
_REMOVE = lazy(
    r"\b(?:remov\w+|expel\w*|exclu\w+|require\s+(?:\w{1,40}\s+){0,3}?to\s+leave|order\s+(?:\w{1,40}\s+){0,3}?to\s+leave|"
    r"deprive\w*\s+(?:\w{1,40}\s+){0,4}?of\s+(?:\w{1,40}\s+)?accreditation|revoke\w*\s+(?:\w{1,40}\s+){0,2}?accreditation|"
    r"withdraw\w*\s+(?:\w{1,40}\s+){0,2}?accreditation|cancel\w*\s+(?:\w{1,40}\s+){0,2}?accreditation)", re.I)
_OPINION = lazy(
    r"\bin\s+(?:his|her|its|their|his\s+or\s+her)\s+(?:own\s+)?opinion\b|\bin\s+the\s+opinion\s+of\b|"
    r"\bin\s+the\s+\w{1,40}['’]s?\s+(?:own\s+)?(?:opinion|view|judg(?:e)?ment)\b|"
    r"\bat\s+(?:his|her|its|their|his\s+or\s+her)\s+(?:own\s+)?discretion\b|\bif\s+(?:he|she|it|they|he\s+or\s+she)\s+"
    r"(?:considers|deems|believes|finds|thinks)\b|\bwithout\s+(?:giving|stating)\s+(?:any\s+)?reasons?\b|"
    r"\bas\s+(?:he|she|it|he\s+or\s+she)\s+(?:considers|deems)\b|\bat\s+any\s+time\b", re.I)
_STAGES = (
    r"(?:count(?:ing)?(?:\s+of\s+(?:the\s+)?(?:votes|ballots))?|ballot\s+box\w*|(?:counting\s+)?tables?|tabulation|sessions?|meetings?|storage|transport\w*|"
    r"printing|premises|sorting|packing|sealing|voting\s+premises|polling\s+stations?|early\s+voting|mobile\s+"
    r"(?:ballot\s+)?box\w*|voting\s+(?:outside|at\s+home|at\s+the\s+place))"
)
_STAGE_EXCLUDED = lazy(
    r"\b(?:shall|may|can)\s*not\s+(?:be\s+(?:present|admitted)|attend|have\s+access|observe|enter|accompany|approach|"
    r"be\s+allowed|be\s+permitted)\b(?:\s+\w+){0,6}?\s+(?:at|to|during|in|on|the)\s+(?:\w{1,40}\s+){0,3}?" + _STAGES
    + r"|\b(?:presence|attendance)\s+of\s+observers\s+(?:\w{1,40}\s+){0,8}?(?:is|shall\s+be)\s+not\s+(?:required|"
    r"necessary|allowed|permitted)"
    r"|\bobservers?\s+may\s+(?:be\s+present|attend|observe)\s+(?:(?:in|at)\s+(?:\w{1,40}\s+){1,4}?)?only\s+(?:during|on|at|in|from|between|until)\b"
    r"|\bobservers?\s+may\s+only\s+(?:be\s+present|attend|observe|watch)\s+(?:\w{1,40}\s+){0,3}?(?:during|on|at|in)\b", re.I)
_DOCUMENTS = lazy(
    r"\b(?:(?:shall|may|can)\s*not|(?:is|are)\s+not\s+(?:allowed|permitted|entitled)\s+to|(?:shall|may)\s+not\s+be\s+"
    r"(?:allowed|permitted)\s+to)\s+(?:have\s+access\s+to|inspect|examine|see|consult|read|copy|make\s+(?:copies|extracts)"
    r"(?:\s+of)?(?:\s+or\s+(?:copies|extracts)\s+(?:of|from))?)\s+(?:\w{1,40}\s+){0,3}?"
    r"(?:voter\s+lists?|lists?\s+of\s+voters|documents?|ballot\s+papers?|protocols?|records?|minutes)\b", re.I)
_POSITION = lazy(
    r"\bfrom\s+(?:a|the)\s+(?:place|position|spot|location|area)s?\s+(?:\w{1,40}\s+){0,2}?(?:designated|determined|indicated|"
    r"specified|chosen|fixed)\s+by\s+(?:the\s+)?(?:chair\w*|presiding\s+officer|commission)", re.I)
_PLACES = lazy(
    r"\b(?:places?|premises|areas?|rooms?)\s+(?:\w{1,40}\s+){0,4}?(?:where|in\s+which|to\s+which)\s+observers\s+(?:\w{1,40}\s+){0,3}?"
    r"(?:may|shall|can)\s*not\s+(?:\w{1,40}\s+){0,6}?(?:determined|established|decided|set|specified)\s+by\s+"
    r"(?:the\s+)?(?:\w{1,40}\s+){0,3}?(?:commission|chair\w*|officer|president)", re.I)


_MEMBERS_ONLY = lazy(
    r"\b(?:only\s+(?:the\s+)?members\s+of\s+the\s+(?:\w{1,40}\s+){0,3}?commission|no\s+(?:person|one|other\s+person)\s+other\s+"
    r"than\s+(?:the\s+)?members\s+of\s+the\s+(?:\w{1,40}\s+){0,3}?commission)\s+(?:\w{1,40}\s+){0,3}?(?:may|shall|can)\s+"
    r"(?:be\s+present|remain|stay)\s+(?:\w{1,40}\s+){0,3}?(?:during|at|in)\s+(?:the\s+)?(?:\w{1,40}\s+){0,2}?"
    r"(?:count\w*|tabulation|sorting|premises|room|polling\s+station)", re.I)


def _members_only(statement: Statement) -> Iterator[Fact]:
    """Observers shut out of the count without being named: "only members of the commission may be present
    during the counting of votes"."""
    own_lo, own_hi = statement.own
    text = statement.text
    for match in _MEMBERS_ONLY.finditer(text, own_lo, own_hi):
        s_lo, s_hi = sentence_bounds(text, match.start(), match.end())
        if not re.search(r"count|tabulat|sorting|close\s+of\s+(?:the\s+)?(?:voting|poll)|after\s+(?:the\s+)?(?:voting|poll)",
                         text[s_lo:s_hi], re.I):
            continue
        if _OBSERVER.search(text, s_lo, s_hi):
            continue  # "only members may handle the ballots; observers may be present" names observers' own place
        yield make_fact("observers.access_limit", "stage-excluded", statement, match.start(), match.end(),
                        evidence=_ev(text, match.start(), match.end()), what="the count", metres=None)
        return


def _access(statement: Statement) -> Iterator[Fact]:
    own_lo, own_hi = statement.own
    lower = statement.lower[own_lo:own_hi]
    if "observ" not in lower and "observ" not in statement.context:
        return
    text = statement.text
    own = text[own_lo:own_hi]
    observer_here = "observ" in lower

    def fact(value: str, match_lo: int, match_hi: int, what: str, metres: float | None = None) -> Fact:
        return make_fact("observers.access_limit", value, statement, match_lo, match_hi,
                         evidence=_ev(text, match_lo, match_hi),
                         what=what, metres=metres)

    for match in _RECORDING.finditer(text, own_lo, own_hi):
        s_lo, s_hi = sentence_bounds(text, match.start(), match.end())
        sentence = text[s_lo:s_hi]
        if not _OBSERVER.search(sentence) and not (
                _OBSERVER.search(statement.headings) and not re.search(r"\b(?:agents?|representatives?|scrutineers?)\b",
                                                                       sentence, re.I)):
            continue
        if re.search(r"\b(?:candidates?['’]?\s+representatives?|scrutineers?|agents?)\b", sentence, re.I) and not \
                _OBSERVER.search(sentence):
            continue
        banned = re.search(r"\b(?:shall|may|must|can)\s*not\b(?:\s+[\w,]+){0,6}?\s+(?:take|make|use|carry|film|"
                           r"record|photograph)|\bprohibited\b|\bnot\s+(?:be\s+)?(?:allowed|permitted)\b|"
                           r"\bonly\s+with\s+(?:the\s+)?(?:\w{1,40}\s+){0,2}?(?:consent|permission|authori[sz]ation|approval)"
                           r"\s+of\s+(?:the\s+)?(?:chair\w*|commission|presiding|officer)", sentence, re.I)
        if not banned or _MARKED_BALLOT.search(sentence):
            continue
        if re.search(r"\bmay\s+(?:take|make)\s+(?:photographs|photos|video|audio|recordings?)", sentence, re.I):
            continue
        yield fact("no-recording", s_lo + banned.start(), max(s_lo + banned.end(), match.end()),
                   "photographs and audio or video recording")
        break
    if not observer_here:
        return
    for match in _TOO_FAR.finditer(own):
        s_lo, s_hi = sentence_bounds(text, own_lo + match.start(), own_lo + match.end())
        if _OBSERVER.search(text, s_lo, s_hi) and re.search(r"\b(?:shall|may|can)\s*not\b|\bno\s+right\b", text[s_lo:s_hi], re.I):
            yield fact("distance", own_lo + match.start(), own_lo + match.end(), "the count", None)
            break
    for match in _DISTANCE.finditer(own):
        s_lo, s_hi = sentence_bounds(text, own_lo + match.start(), own_lo + match.end())
        if not _OBSERVER.search(text, s_lo, s_hi):
            continue
        raw = match.group("n").lower()
        metres = float(_WORD_NUM.get(raw, 0) or raw)
        yield fact("distance", own_lo + match.start(), own_lo + match.end(), "the count", metres)
    for match in _REMOVE.finditer(own):
        s_lo, s_hi = sentence_bounds(text, own_lo + match.start(), own_lo + match.end())
        sentence = text[s_lo:s_hi]
        if not _OBSERVER.search(sentence):
            continue
        if re.search(r"\breasoned\s+decision|\bby\s+(?:a\s+)?(?:decision\s+of\s+the\s+commission\s+adopted\s+by\s+)?"
                     r"(?:a\s+)?majority|\bcourt\b|\bmay\s+be\s+appealed|\bafter\s+(?:a|one)\s+warning", sentence, re.I):
            continue
        opinion = _OPINION.search(sentence)
        by_chair_alone = re.search(r"\b(?:chair\w*|presiding\s+officer|head\s+of\s+the\s+commission)\s+(?:\w{1,40}\s+){0,2}?"
                                   r"(?:may|can|shall)\b", sentence, re.I) and not re.search(
            r"\b(?:if|where|when|who|in\s+case|for\s+(?:a\s+)?(?:violation|breach|interfer)|on\s+(?:the\s+)?grounds?)\b",
            sentence, re.I)
        if opinion or by_chair_alone:
            yield fact("removal-discretion", own_lo + match.start(), own_lo + match.end(), "removal of observers")
            break
    for match in _POSITION.finditer(own):
        s_lo, s_hi = sentence_bounds(text, own_lo + match.start(), own_lo + match.end())
        if _OBSERVER.search(text, s_lo, s_hi):
            yield fact("removal-discretion", own_lo + match.start(), own_lo + match.end(),
                       "where observers stand, left to the chairperson")
            break
    for pattern, value, what in ((_STAGE_EXCLUDED, "stage-excluded", "stages of the process"),
                                 (_DOCUMENTS, "documents", "documents"),
                                 (_PLACES, "places-discretion", "places left to the authorities")):
        for match in pattern.finditer(own):
            s_lo, s_hi = sentence_bounds(text, own_lo + match.start(), own_lo + match.end())
            if not _OBSERVER.search(text, s_lo, s_hi):
                continue
            kind = value
            if value == "stage-excluded" and re.search(r"not\s+(?:required|necessary)", match.group(0), re.I):
                kind = "not-required"
            yield fact(kind, own_lo + match.start(), own_lo + match.end(), what)


EXTRACTORS = (dispatch(
    (("observ",), _domestic),
    (("observ",), _international),
    (("accredit",), _accreditation),
    (("observ",), _access),
    (("only members", "only the members", "other than members", "other than the members"), _members_only),
),)
