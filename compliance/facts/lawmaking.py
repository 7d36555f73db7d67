"""How the electoral law itself is made: stability before elections, delegation, legal certainty.

The Venice Code (II.2.b) asks that the *fundamental elements* of electoral
law — the electoral system proper, the membership of electoral commissions and
the drawing of constituency boundaries — not be open to amendment less than
one year before an election. :func:`fundamental_elements` recognises those
subjects in a provision's words; :func:`late_change_facts` turns the changes
of a draft into ``lawmaking.late_change`` facts when it takes effect within a
year of the next election; and the extractor finds the same pattern written
into a law's own transitional provisions ("the amendments ... shall apply to
the elections to be held on 19 March 2023", adopted on 5 November 2022).
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator
from datetime import date

from ..model import Change, Fact
from .base import FactSpec, Statement, dispatch, evidence_window, make_fact, sentence_bounds
from .quantities import find_durations, to_days
from .patterns import lazy

__all__ = ["FACTS", "EXTRACTORS", "fundamental_elements", "late_change_facts", "find_dates"]

FACTS = (
    FactSpec(
        "lawmaking.late_change", "int",
        "Fundamental elements of electoral law (electoral system, commission membership, constituency "
        "boundaries) changed; value is the number of days between the change taking effect and the election.",
        ("element", "effective", "election", "assumed"),
    ),
    FactSpec(
        "lawmaking.late_change_allowed", "int",
        "The law lets a fundamental element (constituency boundaries, the electoral system, commission membership) "
        "be set or changed up to a number of days before election day; value is that number of days (0 when the law "
        "sets no limit).",
        ("element", "when"),
    ),
    FactSpec(
        "lawmaking.delegated", "str",
        "A fundamental electoral rule left to the executive or the election administration instead of statute; "
        "value is the subject (threshold, seat allocation, counting, signature verification, voting methods, "
        "boundaries, election date, candidate eligibility).", ("to", "kind")),
)

_ELEMENTS = (
    ("electoral system", lazy(
        r"\b(?:electoral\s+system|voting\s+system|proportional\s+(?:representation|system)|majoritarian|mixed\s+(?:electoral\s+)?"
        r"system|(?:closed|open|national|single|federal)\s+(?:party\s+)?lists?|party[\s-]list\s+(?:system|seats|vote|"
        r"component)|(?:elected|chosen)\s+(?:by|from|on)\s+party\s+lists?|single-member|single-mandate|multi-member|"
        r"(?:electoral|legal|minimum|parliamentary|representation|vote|voting)\s+threshold|threshold\s+of\s+(?:\w{1,40}\s+){0,3}?"
        r"(?:per\s*cent|percent|%|votes)|(?:per\s*cent|percent|%)\s+threshold|allocation\s+of\s+(?:seats|mandates)|"
        r"(?:seats|mandates)\s+(?:are|shall\s+be)\s+(?:allocated|distributed)|electoral\s+quota|d'hondt|sainte-lagu)",
        re.I)),
    ("election commissions", lazy(
        r"\b(?:(?:composition|membership|members?|chair\w*)\s+of\s+(?:the\s+|a\s+|each\s+)?(?:\w{1,40}\s+){0,2}?"
        r"(?:election|electoral)\s+(?:commissions?|boards?|councils?)|(?:election|electoral)\s+commissions?\s+(?:shall\s+)?"
        r"(?:consist|be\s+composed|be\s+formed|comprise|be\s+appointed)|commission\s+members?)", re.I)),
    ("constituency boundaries", lazy(
        r"\b(?:boundar(?:y|ies)\s+of\s+(?:the\s+)?(?:[\w-]{1,40}\s+){0,3}(?:constituenc|district|electoral)|"
        r"constituency\s+boundar|district\s+boundar|redistribution|redistricting|delimitation|"
        r"(?:constituencies|electoral\s+districts)\s+(?:shall\s+be|are)\s+(?:established|formed|drawn))", re.I)),
)


def fundamental_elements(text: str) -> set[str]:
    """Which fundamental elements of electoral law ``text`` deals with."""
    return {name for name, pattern in _ELEMENTS if pattern.search(text)}


def late_change_facts(changes: Iterable[Change], effective: date, election: date | None, *,
                      assumed: bool = False) -> list:
    """``lawmaking.late_change`` facts for changes to fundamental elements within a year of the election."""
    from . import Located

    if election is None:
        return []
    days = (election - effective).days
    if days < 0:
        return []
    located = []
    for change in changes:
        elements = fundamental_elements(change.before) | fundamental_elements(change.after)
        if not elements:
            continue
        element = ", ".join(sorted(elements))
        words = " ".join((change.after or change.before).split())[:200]
        located.append(Located(
            Fact("lawmaking.late_change", days, words, (0, len(words)),
                 {"element": element, "effective": effective.isoformat(), "election": election.isoformat(),
                  "assumed": assumed}),
            change.new_eid or change.eid, change.citation, 0,
        ))
    return located


_MONTHS = {m: i for i, m in enumerate(
    "january february march april may june july august september october november december".split(), start=1)}
_DATE_RE = lazy(
    r"\b(?P<d>\d{1,2})(?:st|nd|rd|th)?\s+(?P<m>January|February|March|April|May|June|July|August|September|"
    r"October|November|December)\s+(?P<y>\d{4})\b"
    r"|\b(?P<m2>January|February|March|April|May|June|July|August|September|October|November|December)\s+"
    r"(?P<d2>\d{1,2}),?\s+(?P<y2>\d{4})\b"
    r"|\b(?P<iso>\d{4}-\d{2}-\d{2})\b",
    re.I,
)
_ADOPTED_RE = lazy(
    r"\b(?:adopted|enacted|signed|passed|promulgated|enter(?:s|ed)?\s+into\s+force|come(?:s)?\s+into\s+force|"
    r"take(?:s)?\s+effect|assented\s+to|royal\s+assent|commences?|commencement)\b", re.I)
_MONTH_YEAR_RE = lazy(
    r"\b(?:in\s+|of\s+)?(?P<m>January|February|March|April|May|June|July|August|September|October|November|December)"
    r"\s+(?P<y>(?:19|20)\d\d)\b", re.I)
_ELECTION_DATE_CUE = lazy(
    r"\b(?:elections?|polls?|polling\s+day|election\s+day|voting\s+day|day\s+of\s+(?:the\s+)?(?:elections?|voting|poll))\b"
    r"[^.;]{0,80}?$", re.I)
_APPLIES_RE = lazy(
    r"\b(?:appl(?:y|ies|ied)|govern(?:s|ed)?|held|hold|conducted|organi[sz]ed|take\s+place|takes\s+place|taking\s+place|"
    r"scheduled|called|effect)\b", re.I)


def find_dates(text: str) -> Iterator[tuple[date, int, int]]:
    """Calendar dates written out ("19 March 2023", "March 19, 2023", "2023-03-19")."""
    for match in _DATE_RE.finditer(text):
        try:
            if match.group("iso"):
                yield date.fromisoformat(match.group("iso")), match.start(), match.end()
            elif match.group("d"):
                yield (date(int(match.group("y")), _MONTHS[match.group("m").lower()], int(match.group("d"))),
                       match.start(), match.end())
            else:
                yield (date(int(match.group("y2")), _MONTHS[match.group("m2").lower()], int(match.group("d2"))),
                       match.start(), match.end())
        except ValueError:
            continue


def _dates_with_month_years(text: str) -> list[tuple[date, int, int]]:
    found = list(find_dates(text))
    taken = [(a, b) for _d, a, b in found]
    for match in _MONTH_YEAR_RE.finditer(text):
        if any(a <= match.start() < b or a < match.end() <= b for a, b in taken):
            continue
        found.append((date(int(match.group("y")), _MONTHS[match.group("m").lower()], 1), match.start(), match.end()))
    return sorted(found, key=lambda item: item[1])


_YEAR_RE = lazy(r"\b(?:19|20)\d\d\b")


def _late_change_in_text(statement: Statement) -> Iterator[Fact]:
    own_lo, own_hi = statement.own
    lower = statement.lower
    if lower.find("election", own_lo, own_hi) < 0 and lower.find("poll", own_lo, own_hi) < 0:
        return
    if not _YEAR_RE.search(statement.text, own_lo, own_hi):
        return
    text = statement.text
    for when, start, end in _dates_with_month_years(text[own_lo:own_hi]):
        start, end = start + own_lo, end + own_lo
        s_lo, s_hi = sentence_bounds(text, start, end)
        if not _ELECTION_DATE_CUE.search(text, max(s_lo, start - 100), start):
            continue
        if not _APPLIES_RE.search(text, s_lo, s_hi):
            continue
        elements = fundamental_elements(text[max(0, s_lo - 400): s_hi])
        if not elements:
            continue
        scope = statement.scope_text + "\n" + statement.law_title
        adopted = [d for d, a, _b in _dates_with_month_years(scope) if d < when and _ADOPTED_RE.search(
            scope, max(0, a - 120), a + 40)]
        if not adopted:
            continue
        days = (when - max(adopted)).days
        yield make_fact("lawmaking.late_change", days, statement, start, end,
                        evidence=evidence_window(text, start, end, s_lo, s_hi),
                        element=", ".join(sorted(elements)), effective=max(adopted).isoformat(),
                        election=when.isoformat(), assumed=False)


_COMMENCEMENT = (
    r"(?:that\s+date|(?:(?:the\s+)?(?:date|day)\s+of\s+)?(?:the\s+|its\s+|this\s+)?(?:entry\s+into\s+force|coming\s+into\s+"
    r"(?:force|operation)|(?:official\s+)?publication|commencement|adoption|promulgation|enactment)(?:\s+of\s+this\s+"
    r"(?:Law|Act|Code))?)\b")
_AFTER_COMMENCEMENT = lazy(r"\s{1,4}(?:after|from|following|of)\s{1,4}" + _COMMENCEMENT, re.I)
_COMMENCEMENT_NAMED = lazy(r"\b(?:after|from|following|of)\s+" + _COMMENCEMENT, re.I)
_WITHIN_BEFORE = lazy(r"\b(?:within|in|less\s+than|no\s+more\s+than|not\s+more\s+than)\s+(?:the\s+)?(?:next\s+)?$", re.I)
_NOT_APPLIED = lazy(r"\b(?:shall|does|do|will|may)\s+not\s+(?:\w{1,40}\s+)?(?:apply|be\s+applied|govern|affect)\b|"
                    r"\bnot\s+earlier\s+than\b|\bno\s+earlier\s+than\b|\bat\s+the\s+earliest\b", re.I)
_ELECTION_HELD = lazy(r"\b(?:elections?|polls?)\b", re.I)


def _late_change_relative(statement: Statement) -> Iterator[Fact]:
    """A transitional clause applying a fundamental change to an election a few months after the law takes effect,
    counted from its entry into force rather than dated: "shall apply to the parliamentary elections to be held
    three months after the entry into force of this Law", "the general election due to be held within four
    months after that date"."""
    own_lo, own_hi = statement.own
    lower = statement.lower
    if lower.find("election", own_lo, own_hi) < 0 and lower.find("poll", own_lo, own_hi) < 0:
        return
    text = statement.text
    for duration in find_durations(text[own_lo:own_hi]):
        start, end = own_lo + duration.start, own_lo + duration.end
        if duration.unit not in ("day", "week", "month", "year"):
            continue
        days = int(round(to_days(duration.value, duration.unit)))
        if days >= 365 or days < 1:
            continue
        s_lo, s_hi = sentence_bounds(text, start, end)
        sentence = text[s_lo:s_hi]
        after = _AFTER_COMMENCEMENT.match(text, end)
        if after is None:
            if not (_WITHIN_BEFORE.search(text, max(s_lo, start - 30), start)
                    and _COMMENCEMENT_NAMED.search(text, end, min(s_hi, end + 60))):
                continue
        if not _ELECTION_HELD.search(text, s_lo, start) or not _APPLIES_RE.search(sentence):
            continue
        if _NOT_APPLIED.search(sentence):
            continue
        elements = fundamental_elements(text[max(own_lo - 400, 0): s_hi])
        if not elements:
            continue
        yield make_fact("lawmaking.late_change", days, statement, start, end,
                        evidence=evidence_window(text, start, end, s_lo, s_hi),
                        element=", ".join(sorted(elements)), effective="entry into force",
                        election=f"{' '.join(duration.text.split())} after entry into force", assumed=True)
        return


_BOUNDARY_OBJECT = lazy(
    r"\b(?:boundar(?:y|ies)|constituenc(?:y|ies)|electoral\s+districts?|(?:majoritarian|single-member|single-mandate|"
    r"multi-member|territorial)\s+(?:electoral\s+)?(?:districts?|constituenc(?:y|ies))|scheme\s+of\s+(?:\w{1,40}\s+)?"
    r"(?:constituencies|districts))\b", re.I)
_SUBUNIT = lazy(r"\b(?:polling\s+(?:stations?|divisions?|districts?|places?|precincts?)|precincts?|voting\s+"
                      r"(?:stations?|districts?|precincts?)|wards?)\b", re.I)
_SET_OR_CHANGE = lazy(
    r"\b(?:amend\w*|chang\w*|alter\w*|modif\w*|establish\w*|form(?:ed|s)?|determin\w*|drawn|draw|approv\w*|redraw\w*|"
    r"revis\w*|adjust\w*|readjust\w*|defin\w*|set|fix\w*|creat\w*|abolish\w*|merg\w*|divid\w*)\b", re.I)
_MEMBERSHIP = lazy(r"\b(?:composition|membership|number\s+of\s+members)\s+of\s+(?:the\s+)?(?:\w{1,40}\s+){0,2}?"
                         r"(?:election|electoral)\s+commissions?", re.I)
_BEFORE_ELECTION_DAY = lazy(
    r"\W{0,3}(?:before|prior\s+to|preceding|ahead\s+of)\s+(?:the\s+)?(?:day\s+of\s+(?:the\s+)?(?:elections?|voting|"
    r"poll)|(?:election|polling|voting)\s+day|elections?\b|(?:date\s+of\s+(?:the\s+)?)?(?:election|poll|voting))",
    re.I)
_DEADLINE_PREFIX = lazy(r"(?:not\s+later\s+than|no\s+later\s+than|up\s+to|until|at\s+the\s+latest|by|"
                              r"(?:at\s+least|not\s+less\s+than|no\s+less\s+than))\s*$", re.I)


_ANY_TIME = lazy(r"\bat\s+any\s+time\b", re.I)


def _late_change_allowed(statement: Statement) -> Iterator[Fact]:
    own_lo, own_hi = statement.own
    lower = statement.lower
    if lower.find("before", own_lo, own_hi) < 0 and lower.find("prior to", own_lo, own_hi) < 0 \
            and lower.find("any time", own_lo, own_hi) < 0:
        return
    text = statement.text
    own = text[own_lo:own_hi]
    if not (_BOUNDARY_OBJECT.search(own) or _MEMBERSHIP.search(own)):
        return
    for duration in find_durations(own):
        start, end = own_lo + duration.start, own_lo + duration.end
        if duration.unit not in ("day", "week", "month") or not _BEFORE_ELECTION_DAY.match(text, end):
            continue
        if not _DEADLINE_PREFIX.search(text, max(0, start - 30), start):
            continue
        s_lo, s_hi = sentence_bounds(text, start, end)
        sentence = text[s_lo:s_hi]
        boundary = _BOUNDARY_OBJECT.search(sentence)
        membership = _MEMBERSHIP.search(sentence)
        if boundary and _SUBUNIT.search(sentence) and not re.search(
                r"\bconstituenc|electoral\s+districts?\b(?!\s+(?:polling|precinct))|majoritarian|single-m", sentence, re.I):
            boundary = None
        if not (boundary or membership) or not _SET_OR_CHANGE.search(sentence):
            continue
        days = int(round(to_days(duration.value, duration.unit)))
        element = "constituency boundaries" if boundary else "election commissions"
        yield make_fact("lawmaking.late_change_allowed", days, statement, start, end,
                        evidence=evidence_window(text, start, end, s_lo, s_hi), element=element,
                        when=f"up to {days} days before election day")
        return
    # No lower bound at all: "may change the boundaries of electoral districts at any time before the elections are
    # called".
    for match in _ANY_TIME.finditer(text, own_lo, own_hi):
        s_lo, s_hi = sentence_bounds(text, match.start(), match.end())
        sentence = text[s_lo:s_hi]
        if not (_BOUNDARY_OBJECT.search(sentence) or _MEMBERSHIP.search(sentence)) or _SUBUNIT.search(sentence) \
                and not re.search(r"\bconstituenc|electoral\s+districts?\b|majoritarian|single-m", sentence, re.I):
            continue
        if not re.search(r"\b(?:amend\w*|chang\w*|alter\w*|modif\w*|redraw\w*|revis\w*|adjust\w*)\b", sentence, re.I):
            continue
        element = "constituency boundaries" if _BOUNDARY_OBJECT.search(sentence) else "election commissions"
        yield make_fact("lawmaking.late_change_allowed", 0, statement, match.start(), match.end(),
                        evidence=evidence_window(text, match.start(), match.end(), s_lo, s_hi), element=element,
                        when="at any time")
        return


_DELEGATE_BODY = (
    r"(?P<body>President(?:\s+of\s+the\s+(?:Republic|State))?(?!\s+of\s+the\s+(?:\w{1,40}\s+)?(?:Court|Senate|Chamber|"
    r"Assembly|Parliament|Commission))|Government|Cabinet(?:\s+of\s+Ministers)?|Council\s+of\s+Ministers|Prime\s+"
    r"Minister|Minist(?:er|ry)(?:\s+of\s+[A-Z]\w+)?|(?:Central\s+)?(?:Election|Electoral)\s+Commission|CEC|the\s+"
    r"Commission|executive|government\s+decree)"
)
_DELEGATED_TO = lazy(
    r"\b(?:shall\s+be|are|is|be)\s+(?:\w{1,40}\s+)?(?:established|determined|set|fixed|approved|laid\s+down|regulated|defined|"
    r"specified|decided|adopted)\s+(?:\w{1,40}\s+){0,2}?by\s+(?:a\s+|the\s+)?(?:(?:decree|order|resolution|decision|"
    r"regulations?|instructions?|ordinance)\s+of\s+(?:the\s+)?)?" + _DELEGATE_BODY
    + r"|\bby\s+(?:a\s+)?(?P<instrument>decree|order|ordinance|resolution|regulations?|instructions?)\s+of\s+(?:the\s+)?"
    + _DELEGATE_BODY.replace("?P<body>", "?P<body2>")
    + r"|\bin\s+accordance\s+with\s+(?:the\s+)?(?:procedure|rules|regulations?|methodology)\s+(?:\w{1,40}\s+){0,2}?"
    r"(?:established|determined|set|approved|laid\s+down|adopted)\s+by\s+(?:the\s+)?"
    + _DELEGATE_BODY.replace("?P<body>", "?P<body3>")
    + r"|\b(?:the\s+)?" + _DELEGATE_BODY.replace("?P<body>", "?P<body4>")
    + r"\s+(?:shall|may)(?:\s*,\s*|\s+)(?:\w{1,40}\s+)?(?:by\s+(?:Order|decree|resolution|regulations?|notice|instrument)\s*,?\s+)?"
    r"(?:establish|determine|set|fix|approve|lay\s+down|regulate|define|postpone|defer|change|alter|prescribe|make\s+"
    r"regulations\s+(?:prescribing|for|on|governing))\b",
    re.I,
)
_FUNDAMENTAL_SUBJECTS = (
    ("threshold", lazy(
        r"\bthreshold\b|\bminimum\s+(?:share|percentage|proportion|number|per\s*cent\w*)\s+of\s+(?:the\s+)?"
        r"(?:valid\s+)?votes|\bbarrier\b", re.I)),
    ("seat allocation", lazy(
        r"\b(?:method|formula|procedure|rules?|manner)\s+(?:of|for|on|governing)\s+(?:the\s+)?(?:allocat\w+|distribut\w+|"
        r"apportion\w+)\s+(?:of\s+)?(?:the\s+)?(?:seats|mandates)|\b(?:seats|mandates)\s+shall\s+be\s+(?:allocated|distributed)"
        r"\s+(?:\w{1,40}\s+){0,3}?in\s+accordance\s+with\s+(?:the\s+)?(?:procedure|method)|\bnumber\s+of\s+(?:seats|mandates|deputies|members)\s+(?:\w{1,40}\s+){0,4}?(?:in|for|per)\s+"
        r"(?:each\s+)?(?:[\w-]{1,40}\s+)?(?:constituency|district)|\b(?:method|formula|rules?|procedure)\s+(?:for|of)\s+"
        r"(?:converting|conversion\s+of|translating|transforming)\s+votes\s+into\s+(?:seats|mandates)", re.I)),
    ("electoral system", lazy(r"\b(?:electoral|voting)\s+system\b", re.I)),
    ("counting and results", lazy(
        r"\bprocedure\s+for\s+(?:the\s+)?(?:counting|count|tabulat\w+|establishing|determin\w+)\s+(?:of\s+)?"
        r"(?:the\s+)?(?:votes|ballots|results)|\bestablishing\s+the\s+results", re.I)),
    ("signature verification", lazy(
        r"\b(?:procedure\s+for\s+)?verif\w+\s+(?:of\s+)?(?:the\s+)?signatures|\bsignatures?\s+(?:\w{1,40}\s+){0,3}?"
        r"(?:shall\s+be\s+)?(?:verified|checked)\s+(?:\w{1,40}\s+){0,3}?in\s+accordance\s+with", re.I)),
    ("voting methods", lazy(
        r"\b(?:methods?\s+of\s+voting|voting\s+methods?|procedure\s+for\s+(?:the\s+)?(?:electronic|remote|internet|"
        r"postal)\s+voting|(?:electronic|remote|internet)\s+voting)\b", re.I)),
    ("election date", lazy(
        r"\bpostpone\w*\s+(?:the\s+)?(?:\w{1,40}\s+)?elections?|\bdate\s+of\s+(?:the\s+|their\s+)?(?:\w{1,40}\s+)?elections?\b"
        r"[^.;]{0,80}\b(?:after|following|upon)\s+(?:the\s+)?(?:completion|end|conclusion)", re.I)),
    ("candidate eligibility", lazy(
        r"\blist\s+of\s+(?:diseases|illnesses|medical\s+conditions|conditions)\b|\bgrounds\s+for\s+(?:the\s+)?"
        r"(?:refusal|disqualification|ineligibility|cancellation)|\brequirements?\s+for\s+(?:the\s+)?candidates?", re.I)),
    ("constituency boundaries", lazy(
        r"\b(?:boundaries|number|scheme|list)\s+of\s+(?:the\s+)?(?:[\w-]{1,40}\s+)?(?:constituencies|electoral\s+districts)", re.I)),
    ("qualifications of voters", lazy(
        r"\bqualifications?\s+(?:of|for)\s+(?:\w{1,40}\s+){0,2}?(?:electors|voters)\b|\bwho\s+(?:may|is\s+entitled\s+to|shall\s+be\s+"
        r"entitled\s+to)\s+vote\b", re.I)),
)
_AMEND_STATUTE = lazy(
    r"\b(?:regulations?|orders?|decrees?|rules|instruments?)\s+(?:\w{1,40}\s+){0,6}?(?:may|shall|can)\s+(?:\w{1,40}\s+)?"
    r"(?:amend|repeal|modify|replace|vary|suspend|override)\s+(?:or\s+(?:amend|repeal|modify|replace|vary|suspend)\s+)?"
    r"(?P<object>(?:any\s+(?:of\s+)?|all\s+(?:of\s+)?)?(?:the\s+)?(?:provisions?|Schedules?|Parts?|sections?|articles?)\s+"
    r"(?:of|to)\s+this\s+(?:Act|Law|Code)|this\s+(?:Act|Law|Code))"
    r"|\b" + _DELEGATE_BODY.replace("?P<body>", "?P<body5>") + r"\s+may\s*,?\s+(?:by\s+(?:order|regulations?|decree|notice|"
    r"resolution)\s*,?\s+)?(?:amend|repeal|modify|replace|vary|suspend)\s+(?P<object2>(?:any\s+(?:of\s+)?)?(?:the\s+)?"
    r"(?:provisions?|Schedules?|Parts?|sections?|articles?)\s+(?:of|to)\s+this\s+(?:Act|Law|Code)|this\s+(?:Act|Law|Code))",
    re.I)
_EXECUTIVE_NAMED = lazy(r"\b(?:Minister|Ministry|Government|Cabinet|President|Prime\s+Minister|Governor)\b")


def _amend_by_regulation(statement: Statement) -> Iterator[Fact]:
    """A power to amend the statute itself by regulation or order (a "Henry VIII" clause): "Regulations made under
    this section may amend or replace any of the Schedules to this Act, including the Schedule setting out the
    electoral system". A Schedule of forms amended by notice is technical detail; a Schedule is read only when the
    sentence names a fundamental element or subject."""
    own_lo, own_hi = statement.own
    text = statement.text
    for match in _AMEND_STATUTE.finditer(text, own_lo, own_hi):
        s_lo, s_hi = sentence_bounds(text, match.start(), match.end())
        sentence = text[s_lo:s_hi]
        target = match.group("object") or match.group("object2") or ""
        if re.search(r"schedule|part|section|article", target, re.I):
            if not (fundamental_elements(sentence) or any(p.search(sentence) for _n, p in _FUNDAMENTAL_SUBJECTS)):
                continue
        if _NOT_APPLIED.search(sentence) or re.search(r"\b(?:shall|may)\s+not\s+(?:\w{1,40}\s+)?(?:amend|repeal|modify|"
                                                      r"replace|vary|suspend)", sentence, re.I):
            continue
        body = match.group("body5") or ""
        if not body:
            named = _EXECUTIVE_NAMED.search(statement.scope_text)
            body = named.group(0) if named else "executive"
        commission = re.search(r"commission|cec", body, re.I) is not None
        yield make_fact("lawmaking.delegated", "power to amend the statute", statement, match.start(), match.end(),
                        evidence=evidence_window(text, match.start(), match.end(), s_lo, s_hi),
                        to=" ".join(body.split()), kind="commission" if commission else "executive")
        return


def _delegation(statement: Statement) -> Iterator[Fact]:
    own_lo, own_hi = statement.own
    text = statement.text
    for match in _DELEGATED_TO.finditer(text, own_lo, own_hi):
        s_lo, s_hi = sentence_bounds(text, match.start(), match.end())
        sentence = text[s_lo:s_hi]
        body = next((match.group(g) for g in ("body", "body2", "body3", "body4") if match.group(g)), "")
        commission = re.search(r"commission|cec", body, re.I) is not None
        for subject, pattern in _FUNDAMENTAL_SUBJECTS:
            found = pattern.search(sentence)
            if not found:
                continue
            if subject == "constituency boundaries" and commission:
                continue
            if subject == "election date" and (commission or re.search(
                    r"\b(?:not|no)\s+(?:more|longer)\s+than|\bnot\s+exceeding|\buntil\s+the\s+end\s+of|\bwithin\s+\w+\s+"
                    r"(?:days|months)|\bat\s+the\s+latest\b", sentence, re.I)):
                continue
            if subject == "threshold" and re.search(r"\b(?:signatures?|deposit|turnout|quorum)\b", sentence, re.I):
                continue
            if subject == "seat allocation" and re.search(
                    r"\bon\s+the\s+basis\s+of\s+(?:the\s+)?(?:number\s+of\s+)?(?:voters|electors|population|inhabitants|"
                    r"residents|census)|\b(?:after|following)\s+(?:each|every)\s+(?:\w{1,40}\s+)?census|\bin\s+proportion\s+to\s+"
                    r"(?:the\s+)?(?:number\s+of\s+)?(?:voters|electors|population|inhabitants)", sentence, re.I):
                continue  # a statutory criterion applied by the commission, not a rule it makes
            kind = "executive" if not commission else "commission"
            yield make_fact("lawmaking.delegated", subject, statement, match.start(), match.end(),
                            evidence=evidence_window(text, min(found.start() + s_lo, match.start()),
                                                     max(found.end() + s_lo, match.end()), s_lo, s_hi),
                            to=" ".join(body.split()), kind=kind)
            break


EXTRACTORS = (dispatch(
    (("january", "february", "march", "april", "may 1", "may 2", "may 3", "may 4", "may 5", "may 6", "may 7", "may 8",
      "may 9", "june", "july", "august", "september", "october", "november", "december"), _late_change_in_text),
    (("before", "prior to", "preceding", "any time"), _late_change_allowed),
    (("after the", "after its", "after that", "after this", "from the date", "from the day", "of its entry",
      "of the entry"), _late_change_relative),
    (("established by", "determined by", "set by", "fixed by", "approved by", "laid down by", "regulated by",
      "defined by", "specified by", "decided by", "adopted by", "decree", "by order", "by resolution",
      "procedure established", "procedure determined", "procedure approved", "procedure set", "shall establish",
      "shall determine", "shall set", "shall fix", "shall approve", "shall define", "shall regulate",
      "may establish", "may determine", "may set", "postpone", "defer", "prescribe the", "by regulation",
      "make regulations", "by order"), _delegation),
    (("amend", "repeal", "modify", "replace", "vary", "suspend", "override"), _amend_by_regulation),
),)
