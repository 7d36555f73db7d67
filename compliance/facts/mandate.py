"""The free mandate: whether an elected representative can lose the seat to a party or be recalled.

Reads, in provisions on the termination of a mandate ("the powers of a deputy
shall terminate early in the event of:", "the seat of a member shall become
vacant", "loses his or her mandate"):

- loss of the mandate tied to a party (``mandate.party_loss``): leaving or
  expulsion from the party on whose list the deputy was elected
  (``leaving-party``, ``expulsion``), leaving or failing to join its faction
  (``faction``), the dissolution of the party (``party-dissolved``), or a
  decision of a party body (``party-decision``);
- recall of representatives by voters or by the party (``mandate.recall``),
  with who recalls and the office.

Deliberately not read: termination for reasons the standards accept
(resignation, death, incompatible office, conviction by a court, absence),
recall or dismissal of election officials and commission members, and
negated clauses ("a deputy shall not be bound by any mandate", "may not be
recalled").
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from ..model import Fact
from ._standing import any_in, evidence_span, lead_text, office_of, own_lower, span_text
from .base import FactSpec, Statement, is_negated, make_fact
from .patterns import lazy

__all__ = ["FACTS", "EXTRACTORS"]

FACTS = (
    FactSpec("mandate.party_loss", "str",
             "An elected representative loses the mandate because of the party: leaving-party, expulsion, faction "
             "(leaving or not joining the party's faction), party-dissolved, party-decision; ``what`` in words.",
             ("office", "what")),
    FactSpec("mandate.party_instructions", "str",
             "Elected representatives are bound to vote or act as their party or faction decides.", ("office",)),
    FactSpec("mandate.recall", "str",
             "Elected representatives may be recalled; value is who recalls: voters, party or other.", ("office",)),
)

_TERMINATION = lazy(
    r"\b(?:(?:powers?|mandates?|seats?|membership|term\s+of\s+office)\s+(?:\w+\s+){0,30}?(?:terminat\w*|ceas\w*|"
    r"end(?:s|ed)?\b|vacant|expir\w*|lost|forfeit\w*|revoked|withdrawn|extinguish\w*)|early\s+termination|"
    r"terminat\w*\s+of\s+(?:the\s+)?(?:\w+\s+){0,3}?(?:powers|mandates?)|(?:lose|loses|losing|forfeits?|"
    r"deprived\s+of|stripped\s+of)\s+(?:his\s+or\s+her\s+|their\s+|the\s+|its\s+)?(?:mandates?|seats?)|"
    r"vacat\w*\s+(?:(?:his\s+or\s+her|the|their|its|his|her|that\s+\w+'s|the\s+\w+'s)\s+)?seats?|"
    r"(?:withdraw\w*|revok\w*|strip\w*)\s+(?:the\s+|his\s+or\s+her\s+|their\s+)?mandates?|"
    r"ceas\w*\s+to\s+(?:be\s+(?:a\s+)?(?:member|deputy)\s+of\s+(?:the\s+)?(?:\w+\s+){0,2}?(?:house|assembly|"
    r"parliament|council|senate|chamber|legislature|mazhilis|duma|rada)\b|hold\s+(?:his\s+or\s+her\s+|the\s+|"
    r"their\s+|a\s+)?seat)|recall\w*)", re.I)
_LOSS = (
    ("faction", lazy(
        r"\b(?:(?:leav(?:es|ing)|withdraw(?:s|al|ing)?\s+from|exit\w*\s+from|resign\w*\s+from|expul\w+\s+from|"
        r"expelled\s+from|(?:failure|fails?|refus\w+)\s+(?:\w+\s+){0,10}?to\s+(?:join|"
        r"become\s+a\s+member\s+of))\s+(?:\w+\s+){0,4}?(?:parliamentary\s+)?(?:faction|fraction|"
        r"parliamentary\s+group|caucus)|(?:leav\w*|left)\s+(?:that|the|his\s+or\s+her)\s+faction)", re.I)),
    ("expulsion", lazy(
        r"\b(?:expul\w+|expelled|exclu(?:sion|"
        r"ded))\s+(?:\w+\s+){0,3}?from\s+(?:\w+\s+){0,3}?(?:political\s+)?part(?:y|ies)",
        re.I)),
    ("leaving-party", lazy(
        r"\b(?:(?:leav(?:es|ing|e)|left|withdraw(?:s|al|ing)?\s+from|resign(?:s|ation|ing)?\s+from|renounc\w+|"
        r"termination\s+of\s+(?:his\s+or\s+her\s+)?membership\s+(?:in|of)|(?:given|gives|"
        r"giving)\s+up\s+(?:his\s+or\s+her\s+|his\s+|her\s+|their\s+)?membership\s+of|ceas(?:es|"
        r"ing)\s+to\s+be\s+(?:a\s+)?(?:parliamentary\s+)?member\s+of|join(?:s|ing)?\s+(?:another|a\s+different)|"
        r"switch\w*\s+to\s+another)\s+(?:\w+\s+){0,3}?(?:political\s+)?part(?:y|ies)|chang(?:es|ing|"
        r"e)\s+(?:his\s+or\s+her\s+|his\s+|her\s+|their\s+)?(?:party|political)\s+(?:affiliation|membership))",
        re.I)),
    ("party-dissolved", lazy(
        r"\b(?:termination\s+of\s+the\s+activit(?:y|ies)|dissolution|liquidation|ban(?:ning)?)\s+of\s+(?:that|the|"
        r"his\s+or\s+her)\s+(?:political\s+)?party", re.I)),
    ("party-decision", lazy(
        r"\b(?:(?:decision|resolution|request|proposal)\s+of\s+(?:the\s+)?(?:\w+\s+){0,4}?(?:body|organ|congress|"
        r"leadership|leader|council|bureau)\s+of\s+(?:the|that|his\s+or\s+her)\s+(?:political\s+)?party|(?:party|"
        r"faction)\s+(?:\w+\s+){0,4}?(?:may|shall),?\s+(?:[\w,]+\s+){0,8}?(?:recall|revoke|withdraw|"
        r"replace)\s+(?:\w+\s+){0,3}?(?:deputy|member|representative|mandate))", re.I)),
)
_LOSS_WHAT = {
    "faction": "leaving, or not joining, the party's faction", "expulsion": "expulsion from the party",
    "leaving-party": "leaving the party", "party-dissolved": "the dissolution of the party",
    "party-decision": "a decision of a party body",
}
_LOSS_WORDS = ("leav", "left", "chang", "expel", "expul", "exclu", "ceas", "withdraw", "resign", "renounc", "join",
               "given up",
               "switch", "dissol", "liquidat", "ban", "activit", "decision", "resolution", "request", "proposal",
               "recall", "revoke", "replace")
_RECALL = lazy(r"\brecall(?:ed|ing|s)?\b", re.I)
_REPRESENTATIVE = lazy(r"\b(?:deput(?:y|ies)|members?\s+of\s+(?:parliament|the\s+(?!part(?:y|ies)\b|faction\b|fraction\b)\w+)|representatives?|"
                             r"councillors?|mps?|mayors?|akims?|elected\s+(?:officials?|persons?))\b", re.I)
_RECALL_NOT = lazy(r"\b(?:commission|officer|official\s+observer|ambassador|returning|electoral\s+officer|"
                         r"judge|ballot)\b", re.I)
_BY_VOTERS = lazy(r"\b(?:voters|electors|citizens|constituents|residents)\b", re.I)
_FREE_MANDATE = lazy(r"\b(?:not\s+be\s+bound|free\s+mandate|imperative\s+mandate\s+(?:is|shall\s+be)\s+"
                           r"(?:prohibited|null|void))\b", re.I)


def _party_loss(statement: Statement) -> Iterator[Fact]:
    own = own_lower(statement)
    if "part" not in own and "faction" not in own and "fraction" not in own and "caucus" not in own \
            and "group" not in own:
        return
    if not any_in(own, ("party", "parties", "faction", "fraction", "parliamentary group", "caucus")):
        return
    if not any_in(own, _LOSS_WORDS):
        return
    lower = statement.lower
    if not any(w in lower for w in ("terminat", "ceas", "vacant", "lose", "lost", "forfeit", "deprived", "vacat",
                                    "expir", "revoked", "end")):
        return
    text = statement.text
    start, end = statement.own
    if "[expired]" in lower or "[repealed]" in lower:
        return
    context = lead_text(statement)[-500:] + statement.own_text
    if not _TERMINATION.search(context) and not _TERMINATION.search(statement.headings):
        return
    for kind, pattern in _LOSS:
        match = pattern.search(text, start, end)
        if match is None:
            continue
        s_lo, s_hi, sentence = span_text(statement, match.start(), match.end())
        if not _TERMINATION.search(sentence) and not (statement.own[0] > 0 and _TERMINATION.search(
                lead_text(statement)[-400:])) and not _TERMINATION.search(statement.headings):
            continue
        if _FREE_MANDATE.search(sentence) or is_negated(text, match.start(), window=40) and not re.search(
                r"\bfail\w*|\brefus", text[max(s_lo, match.start() - 60): match.end()], re.I):
            continue
        if re.search(r"\b(?:not\s+(?:\w+\s+){0,3}?(?:terminat|lose|vacat|affect)|shall\s+not\s+(?:\w+\s+){0,2}?"
                     r"(?:terminat|lose|result))", sentence, re.I):
            continue
        office = office_of(sentence, context, statement.headings, statement.law_title)
        yield make_fact("mandate.party_loss", kind, statement, match.start(), match.end(),
                        evidence=evidence_span(statement, match.start(), match.end()), office=office,
                        what=_LOSS_WHAT[kind])
        return


def _recall(statement: Statement) -> Iterator[Fact]:
    if "recall" not in own_lower(statement):
        return
    text = statement.text
    start, end = statement.own
    for match in _RECALL.finditer(text, start, end):
        s_lo, s_hi, sentence = span_text(statement, match.start(), match.end())
        context = lead_text(statement)[-400:] + "\n" + sentence
        if not _REPRESENTATIVE.search(context) or _RECALL_NOT.search(sentence):
            continue
        if is_negated(text, match.start(), window=30):
            continue
        if re.search(r"\brecall\w*\s+(?:that|the\s+(?:fact|provision)|to\s+mind)", sentence, re.I):
            continue
        who = "party" if re.search(r"\bparty\b", sentence, re.I) and not _BY_VOTERS.search(sentence) else (
            "voters" if _BY_VOTERS.search(context) else "other")
        office = office_of(sentence, context, statement.headings, statement.law_title)
        yield make_fact("mandate.recall", who, statement, match.start(), match.end(),
                        evidence=evidence_span(statement, match.start(), match.end()), office=office)
        return


_BOUND = lazy(
    r"\b(?:(?:shall|must|is\s+obliged\s+to|are\s+obliged\s+to|are\s+required\s+to|"
    r"is\s+required\s+to)\s+(?:\w+\s+){0,3}?(?:vote|"
    r"act)\s+(?:\w+\s+){0,3}?in\s+accordance\s+with\s+(?:the\s+)?(?:decisions?|instructions?|positions?|"
    r"resolutions?)\s+of\s+(?:the|his\s+or\s+her|his|her|their|its)\s+(?:\w+\s+){0,2}?(?:(?:body|organ|bureau|"
    r"leadership|council|congress)\s+of\s+(?:the|his\s+or\s+her|his|her|their|its)\s+(?:\w+\s+)?)?(?:party|faction|"
    r"fraction|parliamentary\s+group)|(?:shall\s+be|are|is)\s+bound\s+by\s+(?:the\s+)?(?:decisions?|"
    r"instructions?)\s+of\s+(?:the|his\s+or\s+her|his|her|their|its)\s+(?:\w+\s+){0,2}?(?:party|faction|fraction)"
    # "shall vote ... as decided by the parliamentary group", "shall comply with the instructions of the party"
    r"|(?:shall|must)\s+(?:\w+\s+){0,3}?(?:vote|act)\s+(?:\w+\s+){0,4}?as\s+(?:decided|directed|instructed)\s+by\s+"
    r"(?:the|his\s+or\s+her|his|her|their|its)\s+(?:\w+\s+){0,5}?(?:party|faction|fraction|parliamentary\s+group)"
    r"|(?:shall|must)\s+(?:comply\s+with|follow|obey|carry\s+out)\s+(?:the\s+)?(?:decisions?|instructions?|directions?)\s+"
    r"of\s+(?:the|his\s+or\s+her|his|her|their|its)\s+(?:\w+\s+){0,2}?(?:party|faction|fraction|parliamentary\s+group))",
    re.I)


def _party_instructions(statement: Statement) -> Iterator[Fact]:
    own = own_lower(statement)
    if not any_in(own, ("in accordance with", "bound by", "as decided by", "as directed by", "as instructed by",
                        "comply with", "follow", "obey", "carry out")) or not any_in(own, ("party", "faction", "fraction",
                                                                               "parliamentary group")):
        return
    text = statement.text
    start, end = statement.own
    match = _BOUND.search(text, start, end)
    if match is None or is_negated(text, match.start(), window=20):
        return
    s_lo, s_hi, sentence = span_text(statement, match.start(), match.end())
    if not _REPRESENTATIVE.search(sentence + "\n" + statement.headings):
        return
    yield make_fact("mandate.party_instructions", "bound", statement, match.start(), match.end(),
                    evidence=evidence_span(statement, match.start(), match.end()),
                    office=office_of(sentence, statement.headings, statement.law_title))


EXTRACTORS = (_party_loss, _party_instructions, _recall)
