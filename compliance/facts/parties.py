"""Political parties: registration requirements, electoral thresholds, electoral blocs.

Reads:

- membership required to found or register a party (``parties.min_members``):
  "have not fewer than fifty thousand members", "at least forty thousand
  members", "250 electors ... members of the party", "500 current financial
  members" (the rules judge the number);
- territorial requirements (``parties.regional_requirement``): "regional
  branches in more than half of the subjects", "members in each region",
  "a founding congress representing two thirds of the regions";
- open-ended grounds to refuse a party's registration
  (``parties.refusal_ground``): "contrary to the interests of the State",
  "capable of undermining public harmony", "in other cases where it finds";
- seat thresholds (``parties.threshold``): "lists which have received seven per
  cent or more of the votes shall be admitted to the allocation of mandates",
  "the minimum representation threshold ... six per cent", with whom it applies
  to (parties, blocs, independents), whether it is counted on registered
  voters rather than votes cast, and whether national minorities are exempt
  or a list may qualify by winning constituency seats instead;
- regional thresholds (``parties.regional_threshold``): "not less than 0.5
  percent ... in each region";
- bans on electoral blocs (``parties.blocs_banned``): "the formation of
  electoral blocs shall not be permitted", "may not form electoral blocs",
  "may not nominate a list jointly with another party".

Deliberately not read: vote shares that decide public funding, deposit
refunds, broadcasting time or recall (they are not seat thresholds), party
deregistration for not standing candidates, and the membership of bodies
other than parties.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from ..model import Fact
from ._standing import GROUND_WORDS, REFUSAL_GROUNDS, any_in, evidence_span, lead_text, own_lower, span_text
from .base import FactSpec, Statement, make_fact
from .patterns import lazy
from .quantities import NUMBER, find_percents, parse_number

__all__ = ["FACTS", "EXTRACTORS"]

FACTS = (
    FactSpec("parties.min_members", "int",
             "The number of members (or founders, or supporting citizens) a party needs to be founded or registered.",
             ("regional",)),
    FactSpec("parties.regional_requirement", "str",
             "A party must be present across the territory to be registered: branches (branches in most or all "
             "regions) or members (a minimum number in each region).", ()),
    FactSpec("parties.refusal_ground", "str",
             "An open-ended ground to refuse or dissolve a party: vague (interests of the State, public harmony), "
             "discretion, any-violation; ``ground`` in words.", ("ground",)),
    FactSpec("parties.threshold", "float",
             "The share of votes a list needs to take part in the allocation of seats, in percent; ``applies_to`` "
             "parties, blocs or independents; ``base`` votes (cast) or registered (all registered voters); "
             "``minority_exempt`` when minority parties are exempt; ``alternative`` when winning constituency seats "
             "also qualifies.", ("applies_to", "base", "minority_exempt", "alternative")),
    FactSpec("parties.regional_threshold", "float",
             "A share of votes a list must reach in each region (or in several regions) to win seats, in percent.",
             ()),
    FactSpec("parties.blocs_banned", "bool", "Electoral blocs or coalitions of parties are prohibited.", ()),
)

_PARTY = lazy(r"\b(?:political\s+part(?:y|ies)|part(?:y|ies)|political\s+(?:association|organi[sz]ation)s?)\b",
                    re.I)
_PARTY_SETUP = lazy(
    r"\b(?:regist\w*|found(?:ed|ing|ers?)|establish\w*|creat\w*|(?:shall|must)[\s:]{1,4}(?:\d\)\s*)?have|"
    r"requirements?|liquidat\w*|membership|dissol\w*|recogni[sz]\w*|eligible\s+(?:political\s+)?party)\b", re.I)
_MEMBER_COUNT = lazy(
    r"(?<![\w.])(?P<n>" + NUMBER + r")\s+(?:\w+\s+){0,3}?(?P<what>members|citizens|founders|persons|electors|"
    r"voters|signatures|supporters)\b", re.I)
_REGIONAL_AFTER = lazy(
    r"^\W{0,3}(?:\w+\s+){0,6}?(?:in\s+each|each\s+of|in\s+every|per\s+(?:region|province|oblast)|"
    r"in\s+(?:at\s+least\s+|more\s+than\s+)?(?:half|two[\s-]thirds|all|a\s+majority))\b", re.I)
_REGIONAL = lazy(
    r"\b(?:(?:regional\s+|territorial\s+|local\s+)?(?:branches|divisions|organi[sz]ations|"
    r"offices)\s+in\s+(?:more\s+than\s+|at\s+least\s+|not\s+less\s+than\s+)?(?:one\s+)?(?:half|two[\s-]thirds|"
    r"a\s+majority|all|each|every|\w+\s+per\s?cent)|in\s+(?:each|every|all)\s+(?:of\s+)?(?:\w+\s+){0,4}?(?:regions?|"
    r"provinces|oblasts|subjects|districts|counties|administrative|territorial)|representing\s+(?:\w+\s+){0,3}?(?:regions|"
    r"provinces|oblasts|subjects|districts|counties)|(?:half|two[\s-]thirds|majority)\s+of\s+(?:the\s+|its\s+)?(?:regions|"
    r"provinces|oblasts|subjects|districts|counties|states|municipalities|(?:its\s+)?regional\s+branches))", re.I)


_FOUNDING = lazy(
    r"\b(?:(?:regist\w*|found\w*|establish\w*|creat\w*|formation)\s+(?:of\s+)?(?:a\s+|the\s+|new\s+)*(?:political\s+)?"
    r"part(?:y|ies)\b|part(?:y|ies)\s+(?:\w+\s+){0,3}?(?:be\s+)?(?:registered|founded|established|created)\b)", re.I)
_LIST_SUPPORT = lazy(r"\b(?:lists?|candidates?|nominat\w*|in\s+support\s+of\s+(?:its|the)\s+(?:\w+\s+)?list)\b", re.I)


def _party_setup_statement(statement: Statement) -> bool:
    lower = statement.lower
    if "part" not in lower:
        return False
    context = lead_text(statement)[-400:] + statement.own_text
    return bool(_PARTY.search(context) and _PARTY_SETUP.search(statement.scope_text + "\n" + statement.headings))


def _registration(statement: Statement) -> Iterator[Fact]:
    if "part" not in statement.lower:
        return
    own = own_lower(statement)
    if not any_in(own, ("members", "branch", "region", "founder", "province", "oblast", "subjects", "district",
                        "count", "citizens", "signatures", "supporters", "electors", "voters")):
        return
    if not any_in(lead_text(statement)[-400:].lower() + own, ("party", "parties", "political association",
                                                               "political organi")):
        return
    text = statement.text
    start, end = statement.own
    count_or_region = _MEMBER_COUNT.search(text, start, end) or _REGIONAL.search(text, start, end)
    if count_or_region is None or not _party_setup_statement(statement):
        return
    own = text[start:end]
    if re.search(r"\b(?:candidates?|commission|lists?\s+of\s+candidates|deputies|observers?)\b", own, re.I) and not \
            re.search(r"\b(?:regist\w*|found\w*|establish\w*)\s+(?:of\s+)?(?:a\s+|the\s+)?(?:political\s+)?party", own,
                      re.I):
        return
    best = None
    for match in _MEMBER_COUNT.finditer(text, start, end):
        value = parse_number(match.group("n"))
        if value is None or value < 50:
            continue
        if match.group("what").lower() in ("signatures", "supporters", "electors", "voters", "citizens"):
            # supporters count only where they found or register the party itself, not where they back its list
            sentence = span_text(statement, match.start(), match.end())[2]
            if not _FOUNDING.search(sentence) or _LIST_SUPPORT.search(sentence):
                continue
        regional = bool(_REGIONAL_AFTER.search(text, match.end(), min(end, match.end() + 80)))
        if regional:
            continue
        if best is None or value > best[0]:
            best = (value, match.start(), match.end())
    if best is not None:
        value, lo, hi = best
        yield make_fact("parties.min_members", int(value), statement, lo, hi, evidence=evidence_span(statement, lo, hi),
                        regional=False)
    match = _REGIONAL.search(text, start, end)
    if match is not None:
        kind = "members" if re.search(r"\bmembers\b", own, re.I) and not re.search(r"\bbranches\b", match.group(0),
                                                                                       re.I) else "branches"
        yield make_fact("parties.regional_requirement", kind, statement, match.start(), match.end(),
                        evidence=evidence_span(statement, match.start(), match.end()))


_REFUSAL_GROUND_WORDS = ("interest", "moral", "harmony", "accord", "concord", "discredit", "dignity", "opinion",
                         "discretion", "sees fit", "deems fit", "considers it", "violation", "breach", "infringement",
                         "other cases", "other grounds", "unity")
_PARTY_REFUSAL = lazy(r"\b(?:refus\w*|den(?:y|ied)|reject\w*|dissol\w*|liquidat\w*|suspend\w*|ban(?:ned)?)\b",
                            re.I)
_PARTY_REG_CONTEXT = lazy(
    r"\b(?:(?:regist\w*|dissol\w*|liquidat\w*|suspen\w*|ban(?:ned|ning)?|"
    r"prohibit\w*)\s+(?:of\s+)?(?:\w+\s+){0,3}?(?:political\s+)?part(?:y|ies)\b|part(?:y|"
    r"ies)\s+(?:\w+\s+){0,4}?(?:regist\w*|dissolved|liquidated|suspended|banned|prohibited)|registration\s+authority|"
    r"registry\s+of\s+(?:political\s+)?parties)", re.I)
_OTHER_CASES = lazy(r"\bin\s+other\s+cases\b|\bon\s+other\s+grounds\b", re.I)


def _party_refusal(statement: Statement) -> Iterator[Fact]:
    own = own_lower(statement)
    if "part" not in own:
        return
    if not any_in(own, _REFUSAL_GROUND_WORDS):
        return
    lower = statement.lower
    if not any(w in lower for w in ("refus", "deny", "denied", "reject", "dissol", "liquidat", "suspend", "ban")):
        return
    text = statement.text
    start, end = statement.own
    own = text[start:end]
    context = lead_text(statement)[-400:] + own
    if not _PARTY.search(own) or not _PARTY_REFUSAL.search(context) or re.search(r"\bcandidat", context, re.I):
        return
    if not _PARTY_REG_CONTEXT.search(context + "\n" + statement.headings):
        return
    for kind, pattern in REFUSAL_GROUNDS:
        if kind in ("warnings", "inaccuracy"):
            continue
        match = pattern.search(text, start, end)
        if match is not None:
            yield make_fact("parties.refusal_ground", kind, statement, match.start(), match.end(),
                            evidence=evidence_span(statement, match.start(), match.end()), ground=GROUND_WORDS[kind])
            return
    match = _OTHER_CASES.search(text, start, end)
    if match is not None and re.search(r"\b(?:finds?|considers?|deems?|opinion)\b", own, re.I):
        yield make_fact("parties.refusal_ground", "discretion", statement, match.start(), match.end(),
                        evidence=evidence_span(statement, match.start(), match.end()),
                        ground=GROUND_WORDS["discretion"])


# --------------------------------------------------------------------------
# Thresholds
# --------------------------------------------------------------------------

_SEAT_CUE = lazy(
    r"\b(?:(?:allocation|distribution|apportionment)\s+of\s+(?:(?:deputy|parliamentary)\s+)?(?:seats|mandates)|"
    r"(?:admitted|entitled|qualif(?:y|ied)|eligible)\s+(?:to|for)\s+(?:the\s+|any\s+)?(?:allocation|distribution|"
    r"seats|mandates)|(?:take|took|taking)\s+part\s+in\s+the\s+(?:allocation|distribution)|"
    r"participat\w+\s+in\s+the\s+(?:allocation|distribution)|(?:electoral|representation|minimum|legal|"
    r"parliamentary)\s+threshold|threshold\s+of|taken\s+into\s+account|(?:seats|mandates)\s+(?:shall\s+be|are|"
    r"will\s+be)\s+(?:allocated|distributed|apportioned)|disregard\w*\s+(?:\w+\s+){0,4}?(?:totals?|votes|lists?|"
    r"part(?:y|ies))|(?:obtain|win|receive)\w*\s+(?:any\s+)?(?:seats|mandates)|allocated\s+(?:any\s+)?(?:seats|"
    r"mandates)|entitled\s+to\s+(?:any\s+)?(?:list\s+|parliamentary\s+|deputy\s+|compensatory\s+)?(?:seats|mandates)|"
    r"threshold)\b", re.I)
_THRESHOLD_NOT = lazy(
    r"\b(?:deposit|refund\w*|reimburs\w*|payments?|fund(?:ing|s)|subsid\w*|returned|forfeit\w*|recall\w*|turnout|"
    r"quorum|broadcasting|airtime|signatures?|deviat\w*|quota|allowance|population|differ\w*)\b", re.I)
_COMMISSION_SEATS = lazy(
    r"\b(?:appoint|nominat|delegat|propos)\w*\s+(?:\w+\s+){0,5}?(?:members?|representatives?)\s+(?:of|to|"
    r"in)\s+(?:the\s+)?(?:\w+\s+){0,3}?(?:commissions?|boards?|committees?)", re.I)
_OF_VOTES = lazy(r"^[^.;]{0,120}?\b(?:votes?|voters|ballots|electors)\b", re.I)
_REGISTERED_BASE = lazy(r"^[^.;]{0,120}?\b(?:(?:total\s+number\s+of\s+)?(?:voters|electors)\s+(?:included|"
                              r"registered|entered|on\s+the)|registered\s+(?:voters|electors)|electorate)\b", re.I)
_CAST_BASE = lazy(r"^[^.;]{0,120}?\b(?:votes\s+cast|valid\s+votes|voters\s+who\s+(?:took\s+part|participated|"
                        r"voted)|(?:party|second|list)\s+votes)\b", re.I)
_IN_EACH = lazy(
    r"^[^.;]{0,160}?\b(?:in\s+(?:each|every|all)\s+(?:of\s+(?:the\s+)?)?(?:\w+\s+)?(?:regions?|provinces?|oblasts?|"
    r"districts?|constituenc\w+|units?|subjects?|cities)|in\s+(?:at\s+least\s+)?(?:half|two[\s-]thirds|"
    r"\w+)\s+of\s+the\s+(?:regions|provinces|oblasts|districts|constituencies))", re.I)
_BLOC = lazy(r"\b(?:blocs?|coalitions?|alliances?)\b", re.I)
_INDEPENDENT = lazy(r"\bindependent\s+candidates?\b", re.I)
_MINORITY_EXEMPT = lazy(
    r"\b(?:national\s+)?minorit(?:y|ies)\b[^.;]{0,120}?(?:shall\s+not\s+apply|not\s+(?:be\s+)?(?:applied|required|"
    r"subject)|exempt\w*)|(?:shall\s+not\s+apply|exempt\w*)[^.;]{0,120}?\bminorit(?:y|ies)\b", re.I)
_ALTERNATIVE = lazy(r"\bor\s+(?:have\s+|has\s+)?(?:won|wins|obtained|obtains|receive[ds]?)\s+(?:a\s+seat|seats|"
                          r"(?:at\s+least\s+)?(?:\w+\s+)?(?:constituency|electorate|district)\s+seats?|"
                          r"(?:a\s+)?seats?\s+in\s+(?:at\s+least\s+)?\w+\s+(?:constituenc|electorate|district))",
                          re.I)


def _threshold(statement: Statement) -> Iterator[Fact]:
    own = own_lower(statement)
    if not any_in(own, ("%", "cent", "third", "half", "quarter", "twentieth", "tenth")):
        return
    lower = statement.lower
    if not any(w in lower for w in ("seat", "mandate", "threshold", "allocation", "distribution", "taken into account",
                                    "disregard")):
        return
    text = statement.text
    start, end = statement.own
    seen_regional = False
    accepted_end = -1
    for share in find_percents(text[start:end]):
        lo, hi = start + share.start, start + share.end
        s_lo, s_hi, sentence = span_text(statement, lo, hi)
        tail = text[hi: s_hi]
        context = lead_text(statement)[-300:] + "\n" + statement.own_text
        if not _SEAT_CUE.search(context):
            continue
        if _THRESHOLD_NOT.search(sentence) or _COMMISSION_SEATS.search(sentence):
            continue
        follows = s_lo <= accepted_end <= lo < accepted_end + 80 and not re.search(r"[.;]", text[accepted_end:lo])
        if not follows and not _OF_VOTES.search(tail) and not re.search(r"\bthreshold\b", text[max(s_lo, lo - 60): lo],
                                                                         re.I):
            continue
        if share.value <= 0 or share.value >= 50:
            continue
        if _IN_EACH.search(tail) or re.search(r"\bin\s+each\b|\bin\s+every\b", text[max(s_lo, lo - 80): lo], re.I):
            if not seen_regional:
                seen_regional = True
                yield make_fact("parties.regional_threshold", share.value, statement, lo, hi,
                                evidence=evidence_span(statement, lo, hi))
            continue
        after = re.match(r"\s*(?:of\s+the\s+(?:valid\s+)?votes(?:\s+cast)?\s+)?for\s+(?:an?\s+|the\s+)?(?:\w+\s+){0,2}?"
                         r"(?P<who>blocs?|coalitions?|alliances?|independent|part(?:y|ies))",
                         text[hi: min(s_hi, hi + 60)],
                         re.I)
        near = after.group("who") if after else text[max(s_lo, lo - 90): lo]
        if _BLOC.search(near):
            applies_to = "blocs"
        elif re.search(r"\bindependent", near, re.I):
            applies_to = "independents"
        else:
            applies_to = "parties"
        base = "registered" if _REGISTERED_BASE.search(tail) and not _CAST_BASE.search(tail) else "votes"
        scope = statement.scope_text
        accepted_end = hi
        yield make_fact("parties.threshold", share.value, statement, lo, hi, evidence=evidence_span(statement, lo, hi),
                        applies_to=applies_to, base=base,
                        minority_exempt=bool(_MINORITY_EXEMPT.search(scope)),
                        alternative=bool(_ALTERNATIVE.search(sentence)))


# --------------------------------------------------------------------------
# Blocs
# --------------------------------------------------------------------------

_BLOCS_BANNED = lazy(
    r"\b(?:(?:formation|creation|establishment|registration|nomination|"
    r"participation)\s+of\s+(?:electoral\s+|pre-?election\s+)?(?:blocs?|coalitions?|alliances?)\b[^.;]{0,120}?\b(?:shall|"
    r"is|are|will)\s+not\s+(?:be\s+)?(?:permitted|allowed|admitted|possible)|(?:electoral|pre-?election)\s+"
    r"(?:unions?|associations)\s+of\s+(?:political\s+)?parties\s+(?:shall|may|can|will)\s+not\s+be\s+(?:formed|"
    r"registered|created|permitted|allowed)|joint\s+(?:party\s+)?lists?\s+(?:of\s+(?:two\s+or\s+more\s+|several\s+)?"
    r"(?:political\s+)?parties\s+)?(?:shall|may|are|is|will)\s+not\s+(?:be\s+)?(?:allowed|permitted|admitted|"
    r"registered|accepted)|nominated\s+jointly\s+by\s+(?:two|several|more\s+than\s+one)\s+(?:or\s+"
    r"more\s+)?(?:political\s+)?parties|(?:may|shall|can|"
    r"must)\s+not\s+(?:\w+\s+){0,2}?(?:form|create|establish|join|enter\s+into|"
    r"constitute)\s+(?:electoral\s+)?(?:blocs?|coalitions?|alliances?)|(?:shall|may|do|does|"
    r"will)\s+not\s+have\s+the\s+right\s+to\s+(?:form|create|establish|join)\s+(?:electoral\s+)?(?:blocs?|"
    r"coalitions?|alliances?)|(?:electoral\s+)?(?:blocs?|coalitions?|alliances?)\s+(?:\w+\s+){0,4}?(?:shall|may|"
    r"can)\s+not\s+(?:(?:take\s+part|participate)\s+in\s+(?:the\s+)?(?:\w+\s+){0,2}?elections?|be\s+(?:formed|"
    r"registered|created))|(?:electoral\s+)?(?:blocs?|coalitions?)\s+(?:of\s+(?:political\s+)?parties\s+)?(?:are|is|"
    r"shall\s+be)\s+(?:prohibited|forbidden|not\s+(?:permitted|allowed|admitted))|(?:may|shall|"
    r"can)\s+not\s+(?:\w+\s+){0,5}?jointly\s+with\s+(?:an)?other|no\s+(?:electoral\s+)?(?:blocs?|"
    r"coalitions?)\s+(?:may|shall)\s+be\s+(?:formed|registered|nominated))", re.I)


def _blocs(statement: Statement) -> Iterator[Fact]:
    own = own_lower(statement)
    if not any_in(own, ("bloc", "coalition", "alliance", "joint", "union")):
        return
    text = statement.text
    start, end = statement.own
    match = _BLOCS_BANNED.search(text, start, end)
    if match is None:
        return
    yield make_fact("parties.blocs_banned", True, statement, match.start(), match.end(),
                    evidence=evidence_span(statement, match.start(), match.end()))


EXTRACTORS = (_registration, _party_refusal, _threshold, _blocs)
