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
from .base import FactSpec, Statement, make_fact

__all__ = ["FACTS", "EXTRACTORS", "fundamental_elements", "late_change_facts", "find_dates"]

FACTS = (
    FactSpec(
        "lawmaking.late_change", "int",
        "Fundamental elements of electoral law (electoral system, commission membership, constituency "
        "boundaries) changed; value is the number of days between the change taking effect and the election.",
        ("element", "effective", "election", "assumed"),
    ),
)

_ELEMENTS = (
    ("electoral system", re.compile(
        r"\b(?:electoral\s+system|proportional\s+(?:representation|system)|majoritarian|mixed\s+(?:electoral\s+)?system|"
        r"party\s+lists?|single-member|single-mandate|multi-member|threshold|allocation\s+of\s+(?:seats|mandates)|"
        r"(?:seats|mandates)\s+(?:are|shall\s+be)\s+(?:allocated|distributed)|electoral\s+quota|d'hondt|sainte-lagu)",
        re.I)),
    ("election commissions", re.compile(
        r"\b(?:(?:election|electoral)\s+commissions?|commission\s+members?|members?\s+of\s+(?:the\s+)?"
        r"(?:central\s+|territorial\s+|precinct\s+|district\s+)?(?:election|electoral)\s+commission|"
        r"electoral\s+(?:board|council)|returning\s+officers?)", re.I)),
    ("constituency boundaries", re.compile(
        r"\b(?:boundar(?:y|ies)\s+of\s+(?:the\s+)?(?:\w+\s+){0,3}(?:constituenc|district|electoral)|"
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
_DATE_RE = re.compile(
    r"\b(?P<d>\d{1,2})(?:st|nd|rd|th)?\s+(?P<m>January|February|March|April|May|June|July|August|September|"
    r"October|November|December)\s+(?P<y>\d{4})\b"
    r"|\b(?P<m2>January|February|March|April|May|June|July|August|September|October|November|December)\s+"
    r"(?P<d2>\d{1,2}),?\s+(?P<y2>\d{4})\b"
    r"|\b(?P<iso>\d{4}-\d{2}-\d{2})\b",
    re.I,
)
_ADOPTED_RE = re.compile(
    r"\b(?:adopted|enacted|signed|passed|promulgated|enter(?:s|ed)?\s+into\s+force|come(?:s)?\s+into\s+force|"
    r"take(?:s)?\s+effect)\b", re.I)
_APPLIES_TO_ELECTION_RE = re.compile(
    r"\bappl(?:y|ies)\s+(?:to|for|at)\s+(?:the\s+)?(?:\w+\s+){0,8}?elections?\b[^.;]{0,120}?\b(?:held|to\s+be\s+held|"
    r"scheduled)\s+(?:on|in)\b", re.I)


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


def _late_change_in_text(statement: Statement) -> Iterator[Fact]:
    lower = statement.lower
    if "election" not in lower or not any(m in lower for m in _MONTHS):
        return
    text = statement.text
    for match in _APPLIES_TO_ELECTION_RE.finditer(text):
        after = [d for d in find_dates(text[match.end(): match.end() + 60])]
        if not after:
            continue
        election = after[0][0]
        elements = fundamental_elements(text[max(0, match.start() - 400): match.end()])
        if not elements:
            continue
        scope = statement.scope_text
        adopted = [d for d, s, _e in find_dates(scope) if d < election and _ADOPTED_RE.search(
            scope, max(0, s - 120), s + 40)]
        if not adopted:
            continue
        days = (election - max(adopted)).days
        yield make_fact("lawmaking.late_change", days, statement, match.start(), match.end(),
                        element=", ".join(sorted(elements)), effective=max(adopted).isoformat(),
                        election=election.isoformat(), assumed=False)


EXTRACTORS = (_late_change_in_text,)
