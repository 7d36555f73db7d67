"""Voter registers: permanence, publicity, correction under judicial control, the homeless.

Reads what the Venice Code (I.1.2) and General Comment 25 (para. 11) ask of
voter registration:

- ``register.per_election``: voter lists compiled anew for each election
  ("compiled by each precinct election commission separately for each
  election"); ``register.permanent``: the law keeps a permanent register
  ("each registration officer shall maintain a register of electors", "the
  National Register of Electors", "annual canvass"), which makes lists drawn
  from it per election harmless.
- ``register.not_public``: the lists are withheld ("copies of voter lists shall
  not be issued", "the voter list shall not be published", "the register is not
  open to public inspection").
- ``register.final_decision``: a decision on an omission or error in the list
  is final and escapes judicial control.
- ``register.homeless_excluded``: persons without a registered address are
  left out of the list.
- ``register.election_day_additions``: the polling station adds voters on
  election day (context: reported as information only).

Deliberately not read: privacy limits on the *use* of registers (no sale, no
commercial use, unpublished addresses of persons at risk), deletion at the
elector's request, and lists of voters who actually voted (a secrecy question,
read by the ballot extractors).
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from ..model import Fact
from ._voting import Test, evidence_span, gated, own_words
from .base import FactSpec, Statement, make_fact, sentence_bounds
from .patterns import lazy

__all__ = ["FACTS", "EXTRACTORS"]

FACTS = (
    FactSpec("register.per_election", "str", "Voter lists are compiled anew for each election.", ()),
    FactSpec("register.permanent", "bool", "The law keeps a permanent, continuously maintained voter register.", ()),
    FactSpec("register.not_public", "str", "Voter lists are withheld from the public, parties or candidates "
             "(value: no-copies or not-public).", ()),
    FactSpec("register.final_decision", "str",
             "A decision on the inclusion, omission or correction of a voter in the list is final (no court).", ()),
    FactSpec("register.homeless_excluded", "str",
             "Persons without a registered or fixed address are not entered in the voter list.", ()),
    FactSpec("register.election_day_additions", "str",
             "The polling station adds voters to the list on election day.", ()),
)

_LIST = r"(?:(?:voter|voters'?|electoral|electors'?|election)\s+(?:lists?|registers?|rolls?)|lists?\s+of\s+(?:voters|electors)|registers?\s+of\s+(?:\w+\s+)?(?:voters|electors)|rolls?\s+of\s+electors)"
_LIST_RE = lazy(r"\b" + _LIST, re.I)

_PER_ELECTION = lazy(
    r"\b" + _LIST + r"\s+(?:shall\s+be|are|is|must\s+be)\s+(?:\w+\s+){0,2}?(?:compiled|drawn\s+up|prepared|made\s+up|established|"
    r"formed|produced)\b[^.;]{0,160}?\b(?:(?:separately\s+)?(?:for|before)\s+(?:each|every)\s+(?:\w+\s+){0,2}?(?:elections?|"
    r"electoral\s+campaigns?|votes?|ballots?|polls?)|anew)"
    r"|\b(?:for|before)\s+(?:each|every)\s+(?:\w+\s+){0,2}?elections?\b[^.;]{0,120}?\b(?:compile|draw\s+up|prepare|make\s+up)s?\b"
    r"[^.;]{0,60}?\b(?:lists?\s+of\s+(?:\w+\s+){0,3}?(?:voters|electors|citizens)|(?:voter|electoral)\s+lists?)",
    re.I,
)
_PERMANENT = lazy(
    r"\b(?:permanent\s+(?:\w+\s+)?(?:register|roll|list)s?|(?:registers?|rolls?|lists?)\s+(?:\w+\s+){0,3}?(?:shall\s+be\s+)?"
    r"(?:permanent|continuous(?:ly)?\s+(?:updated|maintained|kept))|(?:national|state|central|unified|single|"
    r"centralised|centralized)\s+register\s+of\s+(?:electors|voters)|register\s+of\s+electors\b|"
    r"(?:maintain|keep)s?\s+(?:an?\s+|the\s+)?(?:\w+\s+){0,3}?(?:registers?|rolls?)\b|rolling\s+register|annual\s+canvass|"
    r"(?:registers?|rolls?)\s+(?:shall\s+be\s+)?(?:kept|maintained|updated)\s+(?:\w+\s+){0,3}?(?:continuously|"
    r"(?:at\s+least\s+)?(?:once\s+)?(?:a|each|every)\s+year|annually|regularly))",
    re.I,
)
_NOT_PUBLIC = lazy(
    r"\bcop(?:y|ies)\s+of\s+(?:the\s+)?" + _LIST + r"\s+(?:shall|may|must|will)\s+not\s+be\s+(?:issued|given|provided|made|"
    r"supplied|handed|distributed|released)"
    r"|\b" + _LIST + r"\b[^.;]{0,100}?\b(?:(?:shall|may|must|will)\s+not\s+be|(?:is|are)\s+not)\s+(?:published|displayed|shown|exhibited|posted|"
    r"made\s+public|open\s+to\s+(?:public\s+)?inspection|"
    r"(?:made\s+)?available\s+(?:to|for)\s+(?:the\s+public|inspection|public|voters|parties)|disclosed|copied|issued)"
    r"|\b" + _LIST + r"\b[^.;]{0,60}?\bfor\s+(?:the\s+)?use\s+(?:of|by)\s+(?:the\s+)?(?:election\s+)?commissions?\s+only\b"
    r"|\b" + _LIST + r"\s+(?:is|are)\s+(?:confidential|secret|not\s+public)",
    re.I,
)
_PRIVACY = lazy(r"\b(?:commercial|sale|sell|sold|safety|at\s+risk|unpublished|except\s+(?:for|to)|other\s+than|"
                      r"personal\s+(?:data|information)|date\s+of\s+birth|purpose)\b", re.I)
_FINAL = lazy(
    r"\b(?:decision|ruling|determination)s?\b[^.;]{0,120}?\b(?:shall\s+be|is|are)\s+final\b"
    r"|\b(?:shall\s+not|may\s+not|cannot)\s+be\s+(?:appealed|challenged|contested|reviewed)\b"
    r"|\bnot\s+(?:be\s+)?subject\s+to\s+(?:any\s+)?(?:appeal|review|challenge)\b|\bno\s+appeal\s+(?:shall\s+)?lies?\b",
    re.I,
)
_LIST_DISPUTE = lazy(
    r"\b(?:error|omission|omitted|inaccura\w+|incorrect|inclusion|exclusion|entry|entries|not\s+(?:been\s+)?included|correction|"
    r"amend\w*|objection|claim)s?\b",
    re.I,
)
_NO_ADDRESS = lazy(
    r"\b(?:persons?|citizens?|voters?|individuals?|those|people)\s+(?:who\s+(?:have|has)\s+no|who\s+do(?:es)?\s+not\s+have"
    r"(?:\s+an?|\s+any)?|without(?:\s+an?|\s+any)?|having\s+no|lacking(?:\s+an?|\s+any)?|with\s+no)\s+(?:\w+\s+){0,2}?"
    r"(?:place\s+of\s+(?:residence|abode|stay)|address|abode|domicile|dwelling|residence\s+registration)"
    r"|\bhomeless\b|\bno\s+(?:fixed|permanent|registered)\s+(?:place\s+of\s+)?(?:abode|address|residence|domicile)\b",
    re.I,
)
_NOT_ENTERED = lazy(
    r"\b(?:shall|may|must|will|can)\s+not\s+be\s+(?:entered|included|registered|enrolled|placed)|\bcannot\s+be\s+"
    r"(?:entered|included|registered)|\b(?:is|are)\s+not\s+(?:entered|included|eligible|entitled)|\bexcluded\s+from\b",
    re.I,
)
#: The register named by its article alone, as a list item or a claim refers to it ("omitted from the register").
_THE_LIST = lazy(r"\b(?:omitted|removed|struck\s+off|deleted|excluded|entered|included)\s+(?:from|in|on)\s+the\s+(?:register|roll|list)\b",
                 re.I)
_ADDITIONS = lazy(
    r"\bon\s+(?:election|polling|voting)\s+day\b[^.;]{0,120}?\b(?:add|include|enter|register)\w*\b[^.;]{0,80}?\b(?:list|register|roll)"
    r"|\b(?:add|include|enter)\w*\s+(?:\w+\s+){0,8}?(?:to|in|on)\s+the\s+(?:voter\s+|electoral\s+)?(?:list|register|roll)\b"
    r"[^.;]{0,80}?\bon\s+(?:election|polling|voting)\s+day",
    re.I,
)


_ADDRESS_GATE = frozenset((b"homel", b"addre", b"abode", b"domic", b"resid", b"dwell"))
_LIST_WORDS = frozenset((b"list", b"lists", b"roll", b"rolls", b"register", b"registers", b"canvass", b"homeless"))
_GATE = Test(lambda words, stems: not (_LIST_WORDS.isdisjoint(words) and _ADDRESS_GATE.isdisjoint(stems)))
_PER_ELECTION_GATE = frozenset((b"each", b"every", b"anew"))
_PERMANENT_GATE = frozenset((b"perma", b"maint", b"keep", b"keeps", b"kept", b"canva", b"conti", b"natio", b"centr",
                             b"rolli", b"unifi", b"singl", b"updat", b"elect", b"voter"))
_FINAL_GATE = frozenset((b"final", b"appea", b"revie", b"chall", b"conte"))


def _registers(statement: Statement) -> Iterator[Fact]:
    words, stems = own_words(statement)
    text = statement.text
    own_lo, own_hi = statement.own

    def fact(name: str, value, match: re.Match[str]) -> Fact:
        return make_fact(name, value, statement, match.start(), match.end(),
                         evidence=evidence_span(text, match.start(), match.end()))

    if not _PER_ELECTION_GATE.isdisjoint(words) and (match := _PER_ELECTION.search(text, own_lo, own_hi)) is not None:
        yield fact("register.per_election", "per-election", match)
    if not _PERMANENT_GATE.isdisjoint(stems) and (match := _PERMANENT.search(text, own_lo, own_hi)) is not None:
        s_lo, s_hi = sentence_bounds(text, match.start(), match.end())
        if not re.search(r"\b(?:shall|may)\s+not\s+(?:maintain|keep)\b|\bno\s+permanent\b|\bpart(?:y|ies)\b|\bagents?\b|"
                         r"\bpostal\b", text[s_lo:s_hi], re.I):
            yield fact("register.permanent", True, match)
    if b"not" in words and (match := _NOT_PUBLIC.search(text, own_lo, own_hi)) is not None:
        s_lo, s_hi = sentence_bounds(text, match.start(), match.end())
        if not _PRIVACY.search(text, s_lo, s_hi):
            yield fact("register.not_public", "no-copies" if "cop" in match.group(0).lower() else "not-public", match)
    for match in (_FINAL.finditer(text, own_lo, own_hi) if not _FINAL_GATE.isdisjoint(stems) else ()):
        s_lo, s_hi = sentence_bounds(text, match.start(), match.end())
        # The dispute is about the list when the sentence, or the one before it, speaks of the list.
        window = text[max(0, s_lo - 300): s_hi]
        if (_LIST_RE.search(window) or _THE_LIST.search(window)) and _LIST_DISPUTE.search(window) and not re.search(
                r"\b(?:court|judge|judicial)\b", text[s_lo:s_hi], re.I):
            yield fact("register.final_decision", "final", match)
            break
    for match in (_NO_ADDRESS.finditer(text, own_lo, own_hi) if not _ADDRESS_GATE.isdisjoint(stems) else ()):
        s_lo, s_hi = sentence_bounds(text, match.start(), match.end())
        sentence = text[s_lo:s_hi]
        if _NOT_ENTERED.search(sentence) and (_LIST_RE.search(sentence + " " + statement.context) or re.search(
                r"\b(?:registered|enrolled|entered)\s+as\s+(?:an?\s+)?(?:\w+\s+){0,2}?(?:electors?|voters?)|\benrol", sentence, re.I)):
            yield fact("register.homeless_excluded", "no-address", match)
            break
    if b"day" in words and (match := _ADDITIONS.search(text, own_lo, own_hi)) is not None:
        yield fact("register.election_day_additions", "polling-station", match)


EXTRACTORS = (gated(
    "_registration",
    (_GATE, _registers),
),)
