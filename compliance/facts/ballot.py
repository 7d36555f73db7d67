"""How votes are cast and for how long mandates last: secrecy, free will, direct and periodic elections, special voting.

Reads:

- ``secrecy.breach``: open voting by voters ("takes place openly by show of
  hands"), ballot numbers recorded against the elector's number or name (the
  counterfoil that makes a vote traceable), family voting, marking under the
  eyes of officials, and lists of who voted handed to employers or published.
  Also the drafters' variants: voting at village or community assemblies by
  show of hands, family members accompanying the voter into the booth or
  filling in (voting on behalf of) relatives' ballots, the voter signing the
  ballot or writing a name on its back, lists of those who have (not) taken
  part sent to akims or posted, and telling an employer which employees voted.
  Premises, lists and hours that are "open" are not open voting.
- ``freewill.pressure``: employers or heads of organisations made responsible
  for their staff's or students' participation ("responsible for the turnout
  of their employees"), turnout reports on who voted,
  voting of soldiers by command, sanctions beyond a fine for not voting.
- ``legislature.unelected_seats``: appointed or indirectly elected seats, with
  the chamber and whether it is an upper chamber (an indirect upper chamber
  beside a directly elected one is what the Copenhagen Document allows).
- ``term.years``: terms of office of the legislature, of an upper or local
  chamber and of the president, in years ("shall continue for six years",
  "elected for a term of seven years", "not ... longer than five years").
- ``elections.postponed``: elections postponed or mandates extended without a
  fixed limit ("for such period as he or she considers necessary", "extended
  until ... the date of their election shall be set by the President").
- ``special_voting.unsafe``: mobile, early and proxy voting without the
  safeguards the Code asks for (no individual request, requests by anyone by
  telephone, a single official, boxes stored overnight without observers,
  unlimited proxies, proxies certified by employers).

Deliberately not read: voting inside commissions or parliaments (open votes of
members are not elections), assistance to voters who cannot mark the ballot
themselves, serial numbers on counterfoils that are never linked to an
elector, compulsory voting with a fine (accepted practice), employers' duty to
give time off to vote, the continuation of an outgoing body's powers until its
successor meets, special voting with safeguards (written requests, two
officials of different parties, observers).
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from ..model import Fact
from ._voting import Gate, Test, cue_text, evidence_span, gated, negated, own_words
from .base import FactSpec, Statement, make_fact, sentence_bounds
from .quantities import find_durations
from .patterns import lazy

__all__ = ["FACTS", "EXTRACTORS"]

FACTS = (
    FactSpec("secrecy.breach", "str", "The vote is not secret; value is the kind (open-voting, traceable-ballot, signed-ballot, "
             "family-voting, marking-control, who-voted-disclosed).", ()),
    FactSpec("freewill.pressure", "str", "Voters put under pressure; value is the kind (employer-turnout, "
             "turnout-reporting, command-voting, sanction).", ()),
    FactSpec("legislature.unelected_seats", "str", "Seats of a chamber filled by appointment or indirect election; value is "
             "appointed or indirect.", ("chamber", "upper")),
    FactSpec("term.years", "float", "A term of office in years.", ("office",)),
    FactSpec("elections.postponed", "str", "Elections postponed or mandates extended without a fixed limit; value is the "
             "kind (postponement, extension).", ("by",)),
    FactSpec("special_voting.unsafe", "str", "Mobile, early or proxy voting without safeguards; value is the missing "
             "safeguard.", ("mode",)),
)

# --------------------------------------------------------------------------
# Secrecy
# --------------------------------------------------------------------------

_OPEN_VOTING = lazy(
    r"\b(?:open(?:ly)?\s+(?:vot\w+|ballot)|vot\w+\s+(?:\w+\s+){0,6}?(?:shall\s+be\s+|is\s+|are\s+)?(?:conducted\s+|held\s+|"
    r"takes?\s+place\s+|carried\s+out\s+)?open(?:ly)?\b|show\s+of\s+hands|rais(?:ing|ed)\s+(?:of\s+)?(?:the\s+)?hands|"
    r"by\s+acclamation|roll[- ]call|voice\s+vote|viva\s+voce|(?:vote|voting|ballot)\s+(?:shall\s+be\s+|is\s+)?public\b|"
    r"public\s+(?:vote|voting)|vote\s+openly)",
    re.I,
)
_OPEN_THING = lazy(r"\b(?:premises|stations?|places?|booths?|lists?|registers?|rolls?|offices?|cent(?:re|er)s?|rooms?|"
                   r"halls?|hours)\b", re.I)
_OPEN_WHEN = lazy(r"\s{1,3}(?:from|until|till|between|during|daily|(?:to|for)\s+(?:\w+\s+)?(?:inspection|scrutiny|"
                  r"consultation|observers|the\s+public|public))\b", re.I)
_INTERNAL_BODY = lazy(
    r"\b(?:commissions?|committees?|boards?|deputies|members\s+of\s+(?:the\s+)?(?:parliament|council|chamber|senate|"
    r"house|assembly|commission|board)|sessions?|sittings?|mazhilis|majlis|senate|parliament|house\s+of|chamber|"
    r"congress|shareholders|jury|court|council\s+of\s+ministers|cabinet|faction|caucus|party\s+(?:congress|conference)|"
    r"delegates)\b",
    re.I,
)
_POPULAR = lazy(r"\b(?:voters?|electors?|citizens?|landsgemeinde|people|residents|inhabitants|villagers|"
                      r"polling|election\s+day|assembly\s+of\s+all|(?:village|community|communal|local|citizens'?|residents'?)\s+"
                      r"(?:assembl(?:y|ies)|gatherings?|meetings?))\b", re.I)
_BALLOT_NUMBER = lazy(r"\b(?:counterfoils?|stubs?|(?:number|numbers)\s+of\s+(?:the|each|every)\s+ballot\s+papers?|ballot\s+(?:paper\s+)?"
                            r"numbers?|serial\s+numbers?|consecutive\s+numbers?|numbered\s+ballot)\b", re.I)
_ELECTOR_IDENTITY = lazy(
    r"\b(?:(?:number|name)\s+(?:and\s+(?:number|name)\s+)?of\s+the\s+(?:elector|voter)|(?:elector|voter)'?s\s+(?:name|number|"
    r"roll\s+number|electoral\s+number|register\s+number)|(?:electoral|roll|register|elector)\s+number|(?:page|line)\b[^.;]{0,60}?"
    r"\b(?:roll|register|list)\b|number\s+of\s+the\s+(?:page|line))",
    re.I,
)
_RECORD = lazy(r"\b(?:mark\w*|record\w*|writ\w*|wrote|enter\w*|note\w*|call\w*\s+out|inscrib\w*)\b", re.I)
_FAMILY = lazy(
    r"\bfamily\s+vot\w+|\b(?:members?\s+of\s+(?:the\s+same\s+|the\s+|a\s+|one\s+|his\s+or\s+her\s+|their\s+)?(?:family|household)|spouses|"
    r"relatives)\s+(?:may|shall\s+be\s+allowed\s+to|are\s+allowed\s+to|can)\s+(?:\w+\s+){0,3}?(?:vote|enter|mark|fill)\w*\s+"
    r"(?:\w+\s+){0,4}?together\b|\b(?:families|family\s+members|spouses|relatives|members\s+of\s+(?:a|the|one)\s+"
    r"(?:family|household)|(?:voters|electors|persons|citizens)\s+(?:of|from)\s+(?:one|the\s+same|a)\s+(?:family|household))"
    r"\b[^.;]{0,80}?\b(?:vote|enter\s+the\s+(?:\w+\s+)?booth|mark\s+(?:their|the)\s+ballots?)\s+together\b"
    r"|\b(?:husbands\s+and\s+wives|wives\s+and\s+husbands|married\s+couples|couples|spouses)\b[^.;]{0,60}?\b(?:vote|enter|"
    r"mark|fill\s+in)\s+(?:\w+\s+){0,3}?together\b"
    r"|\bvot\w*\s+(?:\w+\s+){0,2}?(?:on\s+behalf\s+of|for)\s+(?:\w+\s+){0,6}?(?:spouses?|husbands?|wi(?:fe|ves)|family|"
    r"relatives?|household)\b"
    r"|\baccompanied\s+(?:\w+\s+){0,2}?(?:into|in|to)\s+(?:the\s+)?(?:\w+\s+)?(?:booths?|compartments?|screens?|cabins?)\s+by\s+"
    r"(?:\w+\s+){0,4}?(?:spouses?|husbands?|wi(?:fe|ves)|famil(?:y|ies)|relatives?|household)\b"
    r"|\b(?:fill|mark|complete)\w*\s+(?:in\s+|out\s+)?(?:the\s+)?ballot(?:\s+papers?)?\s+(?:of|for|on\s+behalf\s+of)\s+"
    r"(?:\w+\s+){0,6}?(?:spouses?|husbands?|wi(?:fe|ves)|family|relatives?|household)\b",
    re.I,
)
_MARKING_CONTROL = lazy(
    r"\b(?:show|present|display|hand|submit)\w*\s+(?:\w+\s+){0,3}?(?:marked|completed|filled[- ]in|filled)\s+ballot"
    r"(?:\s+papers?)?[\s,]+(?:\w+[\s,]+){0,3}?to\s+(?:the\s+|a\s+)?(?:chair\w*|members?|commission|officers?|officials?|observers?)"
    r"|\b(?:mark|fill)\w*\s+(?:in\s+)?(?:the\s+|his\s+or\s+her\s+|their\s+)?ballot(?:\s+papers?)?\s+(?:\w+\s+){0,8}?"
    r"(?:in\s+the\s+presence\s+of|in\s+front\s+of|under\s+the\s+supervision\s+of|in\s+full\s+view\s+of)\s+"
    r"(?:the\s+|its\s+|their\s+|a\s+)?(?:\w+\s+)?(?:chair\w*|commission|members?|officers?|officials?)"
    r"|\b(?:show|present|display|hand)\w*\s+(?:it|them|the\s+ballot(?:\s+papers?)?|his\s+or\s+her\s+ballot(?:\s+papers?)?)\s+"
    r"to\s+(?:the\s+|a\s+)?(?:\w+\s+)?(?:chair\w*|members?|commission|officers?|officials?)\b[^.;]{0,120}?\b(?:verify|check|see|"
    r"ascertain|confirm|inspect|marked|mark)"
    r"|\b(?:polling|voting)\s+(?:booths?|screens?|compartments?)\s+(?:\w+\s+){0,3}?(?:(?:is|are|shall\s+be)\s+not\s+"
    r"(?:required|necessary|mandatory|compulsory)|(?:is|are|shall\s+be)\s+optional)",
    re.I,
)
_SIGNED = lazy(
    r"\b(?:write|writes|sign|signs|inscribe|inscribes|enter|enters|put|puts)\s+(?:\w+\s+){0,3}?(?:his|her|their|his\s+or\s+her|"
    r"own)\s+(?:\w+\s+)?(?:name|signature|surname|number|passport)\b[^.;]{0,80}?\bballot"
    r"|\bballot\s+(?:paper\s+)?(?:shall|must)\s+(?:be\s+)?(?:bear|carry|show|signed\s+by)\s+(?:\w+\s+){0,2}?(?:the\s+)?"
    r"(?:voter|elector)(?:'s|\u2019s)?\b"
    r"|\b(?:voters?|electors?)\s+(?:shall|must|is\s+to|are\s+to|(?:is|are)\s+(?:required|obliged)\s+to)\s+(?:\w+\s+){0,2}?"
    r"(?:sign|initial|endorse)\s+(?:the\s+|his\s+or\s+her\s+|their\s+|each\s+)?(?:\w+\s+)?ballot\b"
    r"|\b(?:write|writes|sign|signs|inscribe|inscribes|enter|enters|put|puts)\s+(?:his|her|their|his\s+or\s+her|own)\s+"
    r"(?:\w+\s+)?(?:name|signature|surname)\s+(?:on|upon)\s+(?:the\s+)?(?:back|reverse|face|front)\s+of\s+(?:it|them)\b",
    re.I,
)
_WHO_VOTED = lazy(
    r"\b(?:lists?|names|information|data|extracts?|records?|copies|cop(?:y|ies)\s+of\s+the\s+register|registers?)\s+"
    r"(?:\w+\s+){0,8}?(?:who\s+(?:(?:have\s+|has\s+|had\s+)?(?:not\s+)?|(?:did|do|does)\s+not\s+|failed\s+to\s+)(?:voted?|"
    r"took\s+part|taken\s+part|take\s+part|participated?|received\s+(?:a\s+|the\s+|their\s+)?ballot)|(?:which|whom)\s+(?:\w+\s+){0,5}?(?:voted|(?:have\s+)?"
    r"received\s+(?:a\s+|the\s+|their\s+)?ballot))"
    r"|\b(?:inform|informs|tell|tells|notify|notifies|advise|advises|communicate|communicates|disclose|discloses|"
    r"reveal|reveals)\s+(?:\w+\s+){0,6}?(?:which|whom|who)\s+(?:of\s+)?"
    r"(?:\w+\s+){0,4}?(?:have\s+|has\s+|had\s+)?(?:not\s+)?(?:voted|taken\s+part|took\s+part|received\s+(?:a\s+|the\s+)?ballot)",
    re.I,
)
_AGGREGATE = lazy(r"\b(?:number|numbers|total|percentage|proportion|share)\s+of\b|\bhow\s+many\b", re.I)
_DISCLOSED_TO = lazy(
    r"\b(?:publish\w*|post(?:ed)?\b|display\w*|made\s+public|public\s+inspection|heads?\s+of|employers?|organi[sz]ations?|"
    r"enterprises?|schools?|universit(?:y|ies)|colleges?|commanders?|local\s+executive|administrations?|akimat|akims?|hokims?|authorit\w+|governors?|mayors?|police|managers?|"
    r"territorial\s+(?:election\s+)?commission)\b",
    re.I,
)


_SECRECY_GATE = Gate(words="open hands roll voice viva voted together booth booths mark fill took show shows sign signs "
                          "initial initials endorse signed did "
                          "write writes", stems="openly signature surname "
                     "acclamation public counterfoil number family household spouse husband wife wives relatives taken akim screens received completed marked filled "
                     "marking presence participated")
_OPEN_GATE = frozenset((b"open", b"openl", b"hands", b"accla", b"voice", b"viva"))
_SIGN_GATE = frozenset((b"sign", b"signs", b"signe", b"initi", b"endor", b"signa", b"write", b"write", b"inscr", b"surna", b"bear", b"bears"))
_WHO_GATE = frozenset((b"voted", b"recei", b"took", b"taken", b"parti", b"did", b"faile"))
_FAMILY_GATE = frozenset((b"toget", b"famil", b"spous", b"husba", b"wife", b"wives", b"relat", b"house"))
_VOTER_GATE = frozenset((b"elect", b"voter", b"roll", b"regis", b"page", b"line"))
_MARKING_GATE = frozenset((b"booth", b"scree", b"compa", b"mark", b"marke", b"marki", b"compl", b"fille", b"fill", b"show",
                           b"shows", b"prese", b"displ"))


def _secrecy(statement: Statement) -> Iterator[Fact]:
    words, stems = own_words(statement)
    text = statement.text
    own_lo, own_hi = statement.own

    def fact(kind: str, match: re.Match[str]) -> Fact:
        return make_fact("secrecy.breach", kind, statement, match.start(), match.end(),
                         evidence=evidence_span(text, match.start(), match.end()))

    open_words = not _OPEN_GATE.isdisjoint(stems) or (b"call" in words and b"roll" in words) or (
        b"public" in words and (b"vote" in words or b"voting" in words))
    for match in (_OPEN_VOTING.finditer(text, own_lo, own_hi) if open_words else ()):
        s_lo, s_hi = sentence_bounds(text, match.start(), match.end())
        sentence = text[s_lo:s_hi]
        if negated(text, match.start()) or re.search(r"\b(?:prohibit\w*|secret\s+ballot|not\s+permitted)\b", sentence, re.I):
            continue
        around = sentence + "\n" + statement.context
        subject = text[s_lo:match.start()]
        if (_INTERNAL_BODY.search(sentence) and not re.search(r"\b(?:voters?|electors?|citizens?)\b", subject, re.I)) \
                or not _POPULAR.search(around + "\n" + statement.scope_text):
            continue
        if _OPEN_THING.search(match.group(0)) or _OPEN_WHEN.match(text, match.end()):
            continue  # premises, lists or hours that are open, not a vote cast in the open
        if re.search(r"\b(?:count\w*|tabulat\w*|announce\w*|sitting|hearing|meeting\s+of\s+the\s+commission|"
                     r"open\s+to\s+(?:the\s+)?public|public\s+(?:place|premises|notice|inspection|holiday|information|"
                     r"interest|order|funds|media))\b", sentence, re.I) and not re.search(r"show\s+of\s+hands|acclamation",
                                                                                      sentence, re.I):
            continue
        yield fact("open-voting", match)
        break
    if b"numbe" in stems and not _VOTER_GATE.isdisjoint(stems):
        inherited = cue_text(statement, own_lo, own_hi)
        for match in _ELECTOR_IDENTITY.finditer(text, own_lo, own_hi):
            s_lo, s_hi = sentence_bounds(text, match.start(), match.end())
            sentence = text[s_lo:s_hi]
            if re.search(r"\bpolling\s+(?:division|district|station|place)\s+number|\bnumber\s+of\s+(?:electors|voters)\b",
                         sentence, re.I):
                continue
            if not (_BALLOT_NUMBER.search(sentence) or _BALLOT_NUMBER.search(inherited)):
                continue
            if not (_RECORD.search(sentence) or _RECORD.search(inherited)):
                continue
            if re.search(r"\b(?:conceal\w*|cover\w*|not\s+(?:be\s+)?(?:record|writ|mark)\w*|shall\s+not|prohibit\w*|"
                         r"destroy\w*)\b", sentence, re.I):
                continue
            yield fact("traceable-ballot", match)
            break
    for match in (_FAMILY.finditer(text, own_lo, own_hi) if not _FAMILY_GATE.isdisjoint(stems) else ()):
        s_lo, s_hi = sentence_bounds(text, match.start(), match.end())
        sentence = text[s_lo:s_hi]
        if negated(text, match.start()) or re.search(r"\bnot\b", match.group(0), re.I) or re.search(
                r"\b(?:prohibit\w*|unable|disab\w+|blind|illiterat\w+|cannot|"
                                                        r"assist\w*|not\s+permitted|forbidden)\b", sentence, re.I):
            continue
        yield fact("family-voting", match)
        break
    for match in (_MARKING_CONTROL.finditer(text, own_lo, own_hi) if not _MARKING_GATE.isdisjoint(stems) else ()):
        s_lo, s_hi = sentence_bounds(text, match.start(), match.end())
        sentence = text[s_lo:s_hi]
        if negated(text, match.start()) or re.search(r"\b(?:prohibit\w*|fold\w*|conceal\w*|spoil\w*|unable|assist\w*|"
                                                        r"forbidden|not\s+permitted|shall\s+not|may\s+not)\b", sentence, re.I):
            continue
        yield fact("marking-control", match)
        break
    for match in (_SIGNED.finditer(text, own_lo, own_hi) if not _SIGN_GATE.isdisjoint(stems) else ()):
        s_lo, s_hi = sentence_bounds(text, match.start(), match.end())
        if negated(text, match.start()) or re.search(r"\b(?:prohibit\w*|invalid|void|shall\s+not|may\s+not|must\s+not|"
                                                     r"counterfoil|envelope|declaration|application)\b", text[s_lo:s_hi], re.I) or not re.search(
                r"\bballot", text[s_lo:s_hi], re.I):
            continue
        yield fact("signed-ballot", match)
        break
    for match in (_WHO_VOTED.finditer(text, own_lo, own_hi) if not _WHO_GATE.isdisjoint(stems) else ()):
        s_lo, s_hi = sentence_bounds(text, match.start(), match.end())
        sentence = text[s_lo:s_hi]
        if not _DISCLOSED_TO.search(sentence):
            continue
        if _AGGREGATE.search(match.group(0)):
            continue  # how many voted (turnout figures), not who
        if re.search(r"\b(?:candidates?|representatives?\s+of\s+(?:the\s+)?candidates?|agents?|scrutineers?)\b", sentence, re.I) \
                and not re.search(r"\b(?:publish\w*|employers?|heads?\s+of)", sentence, re.I):
            continue
        if negated(text, match.start(), window=120) or re.search(r"\b(?:prohibit\w*|shall\s+not\s+be\s+(?:published|"
                                                                     r"disclosed))\b", sentence, re.I):
            continue
        yield fact("who-voted-disclosed", match)
        break


# --------------------------------------------------------------------------
# Free will
# --------------------------------------------------------------------------

_DEPENDANTS = r"(?:employees|staff|workers|students|subordinates|personnel|servicemen|soldiers|pupils|members\s+of\s+staff|conscripts|cadets|residents)"
_DEPENDANTS_ONE = (r"(?:employees?|staff|workers?|students?|subordinates?|personnel|servicem[ae]n|soldiers?|pupils?|"
                   r"conscripts?|cadets?|residents?)")
_PRESSURE = (
    ("employer-turnout", lazy(
        r"\b(?:ensure|secure|guarantee|organi[sz]e|provide\s+for|promote)\w*\s+(?:the\s+)?(?:\w+\s+){0,2}?(?:participation|turnout|"
        r"attendance|voting)\s+(?:\w+\s+){0,2}?of\s+(?:\w+\s+){0,2}?" + _DEPENDANTS + r"\b"
        r"|\b(?:verify|verifies|check|checks|confirm|confirms|ascertain|monitor|monitors|record|records)\s+(?:that\s+)?"
        r"(?:\w+\s+){0,5}?(?:has|have|had)\s+(?:actually\s+)?voted\b"
        r"|\baccompany\s+(?:their|its|the)\s+" + _DEPENDANTS + r"\s+to\s+the\s+polling"
        r"|\b(?:responsib\w+|accountab\w+|answerable)\s+for\s+(?:ensuring\s+)?(?:the\s+)?(?:\w+\s+){0,2}?(?:participation|turnout|"
        r"attendance|voting)\s+(?:\w+\s+){0,2}?of\s+(?:\w+\s+){0,2}?" + _DEPENDANTS + r"\b"
        r"|\b(?:responsib\w+|accountab\w+|answerable)\s+for\s+(?:the\s+)?(?:\w+\s+)?(?:turnout|participation)\s+(?:\w+\s+){0,2}?"
        r"of\s+(?:\w+\s+){0,2}?(?:voters|electors|citizens|population)\b"
        r"|\bensure\w*\s+that\s+(?:every|each|all|their|its|the)\s+(?:\w+\s+)?" + _DEPENDANTS_ONE + r"\s+(?:\w+\s+){0,2}?"
        r"(?:takes?\s+part|votes?|participates?|turns?\s+out)\b"
        r"|\b(?:ensure|secure|guarantee|achieve|attain|deliver)\w*\s+(?:a\s+|the\s+)?(?:high|maximum|full|universal|total|"
        r"\d{2,3}\s*(?:%|per\s*cent)|(?:one\s+)?hundred\s+per\s*cent)\s+(?:\w+\s+)?(?:turnout|participation)"
        r"|\b" + _DEPENDANTS + r"\s+(?:of\s+(?:\w+\s+){1,4}?)?(?:shall|must|are\s+obliged\s+to|are\s+required\s+to)\s+(?:\w+\s+){0,2}?(?:vote|take\s+part\s+in\s+"
        r"(?:the\s+)?voting)\b[^.;]{0,80}?\b(?:organi[sz]ed|under\s+the\s+supervision|together|as\s+a\s+group|in\s+groups|"
        r"at\s+the\s+(?:place|premises))", re.I)),
    ("turnout-reporting", lazy(
        r"\b(?:report|submit|inform|notify|provide|send|forward|transmit)\w*\b[^.;]{0,160}?\b(?:lists?|names|numbers?|information|"
        r"data|extracts?)\b[^.;]{0,100}?\b(?:who\s+(?:have\s+|has\s+)?(?:voted|not\s+voted|took\s+part|failed\s+to\s+vote)|"
        r"(?:which|whom)\s+(?:\w+\s+){0,5}?(?:voted|(?:have\s+)?received\s+a\s+ballot)|turnout\s+of\s+(?:their|its|the)\s+"
        + _DEPENDANTS + r")"
        r"|\b(?:inform|informs|tell|tells|notify|notifies|advise|advises|communicate|communicates|disclose|discloses|"
    r"reveal|reveals)\s+(?:\w+\s+){0,6}?(?:which|whom|who)\s+(?:of\s+)?"
        r"(?:\w+\s+){0,4}?(?:have\s+|has\s+|had\s+)?(?:not\s+)?(?:voted|taken\s+part|took\s+part)\b", re.I)),
    ("command-voting", lazy(
        r"\b(?:military\s+personnel|servicemen|soldiers|conscripts|military\s+units?)\b[^.;]{0,100}?\b(?:in\s+formation|in\s+"
        r"(?:an\s+)?organi[sz]ed\s+(?:manner|groups?)|under\s+(?:the\s+)?(?:command|supervision)\s+of|by\s+order\s+of\s+"
        r"(?:their\s+|the\s+)?command\w*)", re.I)),
    ("proof-of-voting", lazy(
        r"\b(?:certificates?|proof|confirmation|stamps?|coupons?|receipts?)\s+(?:\w+\s+){0,3}?(?:participation|voting|having\s+voted)"
        r"\b[^.;]{0,160}?\b(?:employers?|heads?\s+of|place\s+of\s+(?:work|study)|superiors?|managers?|administration)", re.I)),
    ("sanction", lazy(
        r"\b(?:dismiss\w*|loss\s+of\s+(?:employment|(?:his\s+or\s+her\s+)?job|benefits|pension|social\s+\w+)|deprived\s+of\s+"
        r"(?:\w+\s+){0,2}?(?:benefits|allowances|bonus\w*|services)|bonus\w*|disciplinary\s+(?:action|measures|liability))\b"
        r"[^.;]{0,120}?\b(?:not\s+vot\w+|fail\w*\s+to\s+vote|did\s+not\s+(?:vote|take\s+part)|abstain\w*)"
        r"|\b(?:not\s+vot\w+|fail\w*\s+to\s+vote|did\s+not\s+(?:vote|take\s+part))\b[^.;]{0,120}?\b(?:dismiss\w*|loss\s+of\s+"
        r"(?:employment|job|benefits|pension)|disciplinary\s+(?:action|measures|liability)|deprived\s+of\s+(?:\w+\s+){0,2}?"
        r"(?:benefits|allowances|pensions?|bonus\w*|services|rights|subsidies)|(?:removed|struck\s+off|deleted)\s+from\s+"
        r"(?:the\s+)?(?:register|roll|list)\w*)", re.I)),
)
_EMPLOYER = lazy(r"\b(?:heads?|managers?|directors?|employers?|administrations?|commanders?|rectors?|principals?|"
                       r"organi[sz]ations?|enterprises?|institutions?|chiefs?|superiors?)\b", re.I)


_PRESSURE_GATE = Gate(words="staff voted employer fails", stems="failed failure employees employers workers students subordinates personnel "
                      "servicemen soldiers pupils conscripts turnout dismissal dismissed benefits bonus disciplinary")


_PRESSURE_KINDS = {
    "employer-turnout": frozenset((b"parti", b"turno", b"atten", b"vote", b"votin", b"voted", b"accom", b"verif")),
    "turnout-reporting": frozenset((b"voted", b"turno", b"recei", b"faile", b"abstai")),
    "command-voting": frozenset((b"soldi", b"servi", b"milit", b"consc")),
    "sanction": frozenset((b"dismi", b"benef", b"bonus", b"disci", b"allow", b"remov", b"struc", b"delet")),
    "proof-of-voting": frozenset((b"certi", b"proof", b"confi", b"stamp", b"coupo", b"recei")),
}


def _pressure(statement: Statement) -> Iterator[Fact]:
    words, stems = own_words(statement)
    text = statement.text
    own_lo, own_hi = statement.own
    for kind, pattern in _PRESSURE:
        if _PRESSURE_KINDS[kind].isdisjoint(stems):
            continue
        for match in pattern.finditer(text, own_lo, own_hi):
            s_lo, s_hi = sentence_bounds(text, match.start(), match.end())
            sentence = text[s_lo:s_hi]
            if negated(text, match.start(), window=100) or re.search(
                    r"\b(?:prohibit\w*|forbidden|not\s+permitted|no\s+(?:one|person|employer)|shall\s+not|may\s+not|"
                    r"time\s+off|hours?\s+(?:for|to)\s+vot\w+|leave\s+to\s+vote)\b", sentence, re.I):
                continue
            if kind in ("employer-turnout", "turnout-reporting") and not _EMPLOYER.search(sentence + " " + statement.context):
                continue
            if kind == "employer-turnout" and "voted" in match.group(0).lower() and (
                    not re.search(r"\b" + _DEPENDANTS + r"\b|\beach\s+of\s+them\b", sentence, re.I)
                    or re.search(r"\bmore\s+than\s+once\b", sentence, re.I)):
                continue
            yield make_fact("freewill.pressure", kind, statement, match.start(), match.end(),
                            evidence=evidence_span(text, match.start(), match.end()))
            break


# --------------------------------------------------------------------------
# Direct elections: chambers and their seats
# --------------------------------------------------------------------------

_CHAMBER = lazy(
    r"\b(?:senate|mazhilis|majlis|oliy\s+majlis|house\s+of\s+(?:representatives|commons|lords|assembly|peoples|nationalities|"
    r"deputies|councillors)|chamber\s+of\s+deputies|legislative\s+(?:chamber|assembly|council)|national\s+(?:assembly|council)|"
    r"federal\s+(?:assembly|council)|council\s+of\s+(?:the\s+republic|the\s+federation|states)|federation\s+council|state\s+duma|"
    r"duma|sejm|saeima|seimas|riigikogu|verkhovna\s+rada|rada|jogorku\s+kenesh|kenesh|khural|milli\s+majlis|parliament|"
    r"upper\s+(?:house|chamber)|lower\s+(?:house|chamber)|second\s+chamber|bundesrat|seanad|congress|legislature|"
    r"(?:local|municipal|city|district|regional)\s+councils?|maslikhats?)\b",
    re.I,
)
_UPPER = lazy(r"\b(?:senate|house\s+of\s+(?:lords|peoples|nationalities|councillors)|council\s+of\s+(?:the\s+republic|"
                    r"the\s+federation|states)|federation\s+council|federal\s+council|upper\s+(?:house|chamber)|second\s+"
                    r"chamber|bundesrat|seanad)\b", re.I)
_OTHER_BODY = lazy(r"\b(?:commissions?|committees?|boards?|tribunals?|courts?|authorit(?:y|ies)|council\s+of\s+ministers|"
                         r"cabinet|agenc(?:y|ies)|office\s+of)\b", re.I)
_SEAT_WORD = r"(?:deputies|members|senators|seats|representatives|councillors|mandates)"
_APPOINTED = lazy(
    r"\b" + _SEAT_WORD + r"\b[^.;]{0,120}?\b(?:shall\s+be\s+|are\s+|is\s+)?(?:appointed|nominated|designated)\s+by\s+(?:the\s+)?"
    r"(?:president|king|queen|monarch|governor|head\s+of\s+state|government|prime\s+minister|minister|emir|sultan|crown|"
    r"council\s+of\s+ministers|supreme\s+leader|mayor|secretary\s+of\s+state)"
    r"|\b(?:the\s+)?(?:president|king|monarch|head\s+of\s+state|governor[- ]general)\s+(?:of\s+the\s+\w+\s+)?(?:shall\s+)?"
    r"appoints?\s+(?:\w+\s+){0,4}?" + _SEAT_WORD + r"\b"
    r"|\bex\s+officio\s+(?:members?|senators?|deputies)\b"
    r"|\b" + _SEAT_WORD + r"\b[^.;]{0,160}?\b(?:are|shall\s+be|is)\s+(?:delegated|co-?opted)\s+by\b",
    re.I,
)
_INDIRECT = lazy(
    r"\b(?:consists?|composed|comprises?)\s+of\b[^.;]{0,200}?\b(?:of\s+whom|whereof|and)\b[^.;]{0,160}?\b(?:are\s+|shall\s+be\s+)?"
    r"(?:chosen|selected|elected|designated|delegated)\s+by\s+(?:the\s+)?(?!voters|electors|people|citizens|universal|direct|"
    r"popular|secret|party|parties|lists?)[A-Z]\w*"
    r"|\b(?:elected|chosen|delegated|selected|formed)\s+(?:\w+\s+){0,12}?(?:by|at|from\s+among)\s+(?:a\s+|the\s+)?(?:joint\s+"
    r"(?:session|sitting|meeting)|(?:deputies|members)\s+of\s+(?:the\s+|all\s+)?(?:\w+\s+){0,3}?(?:representative|local|regional|"
    r"municipal|provincial)|(?:local|regional|municipal|provincial)\s+(?:councils?|assembl\w+|representative\s+bodies|"
    r"legislatures?)|maslikhats?|assembly\s+of\s+(?:the\s+)?people|electoral\s+college|(?:the\s+)?(?:legislative|"
    r"representative)\s+bodies|congress\s+of|kurultai|council\s+of\s+elders|legislative\s+and\s+executive)",
    re.I,
)
_CHAMBER_GATE = Gate(words="officio chosen appointed appoints appoint elected delegated nominated formed designated "
                          "selected coopted co")
_CHAMBER_WORDS = frozenset(w.encode() for w in (
    "senate senators mazhilis majlis parliament house chamber assembly duma sejm saeima seimas riigikogu rada kenesh "
    "khural legislature congress council councils maslikhat maslikhats bundesrat seanad deputies").split())
_INDIRECT_WORDS = frozenset(w.encode() for w in (
    "joint session sitting councils maslikhats college assembly bodies kurultai congress legislatures elders "
    "representative deputies chosen council whom").split())
_APPOINT_STEMS = frozenset((b"appoi", b"offic", b"nomin", b"desig", b"deleg", b"co", b"coopt"))


def _chambers(statement: Statement) -> Iterator[Fact]:
    words, stems = own_words(statement)
    if _CHAMBER_WORDS.isdisjoint(words) and not _CHAMBER.search(statement.headings):
        return
    appointed = not _APPOINT_STEMS.isdisjoint(stems)
    indirect = not _INDIRECT_WORDS.isdisjoint(words)
    if not (appointed or indirect):
        return
    text = statement.text
    own_lo, own_hi = statement.own
    own = text[own_lo:own_hi]
    chamber_match = _CHAMBER.search(own) or _CHAMBER.search(statement.headings)
    if chamber_match is None:
        return
    if re.search(r"\b(?:election\s+commission|electoral\s+commission|commission|committee|board|court|tribunal|ombudsman)\b",
                 own, re.I) and not re.search(_SEAT_WORD, own, re.I):
        return
    chamber = " ".join(chamber_match.group(0).split())
    head_end = len(statement.headings) if statement.headings and text.startswith(statement.headings) else 0
    surroundings = text[head_end:own_lo] + "\n" + (statement.headings.splitlines() or [""])[-1]
    if _OTHER_BODY.search(surroundings) and not _CHAMBER.search(surroundings):
        return  # members of a commission or board, whoever nominates them
    unelected = None
    for kind, pattern in ((("appointed", _APPOINTED),) if appointed else ()) + ((("indirect", _INDIRECT),) if indirect else ()):
        for match in pattern.finditer(text, own_lo, own_hi):
            s_lo, s_hi = sentence_bounds(text, match.start(), match.end())
            sentence = text[s_lo:s_hi]
            verb = re.search(r"\b(?:appointed|nominated|designated|appoints?|elected|chosen|delegated|selected|formed)\b",
                             match.group(0), re.I)
            subject = text[s_lo: match.start() + (verb.start() if verb else 0)]
            if re.search(r"\b(?:commissions?|committees?|boards?|courts?|officers?|officials?|staff|secretar\w+|chair\w*|speaker|"
                         r"ombudsman|auditor|judges?|ministers?|government|akim|governor)\b", subject, re.I) \
                    and not re.search(r"\b(?:deputies|senators|seats)\b", sentence, re.I):
                continue
            if negated(text, match.start()):
                continue
            named = [" ".join(m.group(0).split()) for m in _CHAMBER.finditer(subject)] or \
                (["Senate"] if re.search(r"\bsenators?\b", subject, re.I) else []) or \
                [" ".join(m.group(0).split()) for m in _CHAMBER.finditer(sentence)] or [chamber]
            lower_ones = [n for n in named if not _UPPER.search(n)]
            name = lower_ones[-1] if lower_ones else named[-1]
            unelected = (kind, match, name)
            break
        if unelected:
            break
    if unelected:
        kind, match, name = unelected
        upper = bool(_UPPER.search(name))
        yield make_fact("legislature.unelected_seats", kind, statement, match.start(), match.end(),
                        evidence=evidence_span(text, match.start(), match.end()), chamber=name, upper=upper)


# --------------------------------------------------------------------------
# Periodic elections
# --------------------------------------------------------------------------

_TERM_CUE = lazy(
    r"(?:term\s+of\s+(?:office|powers?|(?:the\s+)?mandate|service)|term|mandate|period\s+of\s+office|duration|tenure|"
    r"elected\s+for|appointed\s+for|hold\s+office\s+for|holds?\s+office\s+for|serve\s+for|continue\s+for|last\s+for|lasts|"
    r"shall\s+continue|period\s+(?:longer|more)\s+than|longer\s+(?:period\s+)?than|held\s+every|elected\s+every|"
    r"hold\s+(?:their|his|her|his\s+or\s+her)\s+(?:seats?|offices?|mandates?)\s+for|for\s+a\s+period\s+of|"
    r"every|powers\s+(?:of\s+\w+\s+)?(?:shall\s+)?(?:be|last|expire))\b[^.;]{0,70}$",
    re.I,
)
_TERM_NOT = lazy(r"\b(?:resid\w+|lived|imprison\w*|sentence|age|aged|experience|service\s+in|worked|convict\w*|"
                       r"ineligib\w+|disqualif\w+|citizen\w*|membership|member\s+of\s+(?:a|the)\s+party|ban\w*|"
                       r"preceding|last|previous|past|within|after|before|census|review\w*|redistribut\w+)\b", re.I)
_OTHER_OFFICE = lazy(
    r"\b(?:commission\w*|commissioners?|court|judges?|ombudsman|board|auditor\w*|prosecutor\w*|council\s+of\s+ministers|"
    r"government|governors?|directors?|chair\w*|secretar\w+|officers?|officials?|staff|registrar|council\s+members?\s+of\s+the\s+"
    r"commission)\b",
    re.I,
)
_PRESIDENT = lazy(r"\b(?:president(?!\s+of\s+the\s+(?:\w+\s+)?(?:court|commission|chamber|senate|house|council|assembly))|"
                        r"head\s+of\s+(?:the\s+)?state)\b", re.I)
_LOCAL_BODY = lazy(r"\b(?:local|municipal|city|town|village|district|regional|rural|county|provincial)\s+(?:councils?|"
                         r"assembl\w+|representative\s+bodies)|\bmaslikhats?\b|\bmayors?\b|\bakims?\b|\bcouncillors?\b", re.I)
_LEGISLATURE = lazy(r"\b(?:parliament|house|chamber|assembly|majlis|mazhilis|duma|sejm|saeima|seimas|rada|"
                          r"kenesh|khural|legislature|congress|members\s+of\s+parliament|national\s+council|storting|"
                          r"riigikogu|dail|d\u00e1il|bundestag)\b", re.I)


_OFFICE_KINDS = (("president", _PRESIDENT), ("other", _OTHER_OFFICE), ("upper", _UPPER), ("local", _LOCAL_BODY),
                 ("legislature", _LEGISLATURE))


def _office(words: str) -> str | None:
    """The office a term belongs to: the first office named in ``words`` (the subject comes first)."""
    first: tuple[int, str] | None = None
    for kind, pattern in _OFFICE_KINDS:
        match = pattern.search(words)
        if match is not None and (first is None or match.start() < first[0]):
            first = (match.start(), kind)
    if first is None and re.search(r"\b(?:deputies|deputy|members\s+of\s+parliament|representatives)\b", words, re.I):
        return "legislature"
    return first[1] if first else None


_TERM_GATE = Gate(words="term terms every last lasts", stems="mandate office continue elected powers duration tenure "
                  "period")


def _terms(statement: Statement) -> Iterator[Fact]:
    words, stems = own_words(statement)
    if b"years" not in words and b"year" not in words:
        return
    text = statement.text
    own_lo, own_hi = statement.own
    for duration in find_durations(text[own_lo:own_hi]):
        if duration.unit != "year":
            continue
        start, end = own_lo + duration.start, own_lo + duration.end
        s_lo, s_hi = sentence_bounds(text, start, end)
        before = text[s_lo:start]
        cue = _TERM_CUE.search(before[-160:])
        if cue is None:
            continue
        between = before[-160:][cue.start():]
        if _TERM_NOT.search(between) or re.search(r"\b(?:ineligib\w+|not\s+(?:be\s+)?(?:eligible|elected)\s+for|"
                                                  r"re-?elect\w*\s+(?:\w+\s+){0,3}?after|consecutive)\b", text[s_lo:s_hi], re.I):
            continue
        if re.search(r"^\W*(?:old|of\s+age|of\s+(?:residence|experience|service|imprisonment))", text[end:end + 30], re.I):
            continue
        if re.search(r"\b(?:imprison\w*|sentence\w*|fine|penalt\w+|expir\w+|convict\w*|offen[cs]e|resid\w*|lived|domicil\w*|"
                     r"experience|worked|employ\w*|absen\w+)\b", before, re.I):
            continue
        sentence = text[s_lo:s_hi]
        segment_lo = s_lo
        for split in re.finditer(r";\s|,?\s(?:and|while|whereas)\s+(?=the\s+[A-Z]|[A-Z])", text[s_lo:start]):
            segment_lo = s_lo + split.end()
        office = _office(text[segment_lo:s_hi]) or _office(sentence) or _office(statement.headings) or "other"
        yield make_fact("term.years", duration.value, statement, start, end,
                        evidence=evidence_span(text, start, end), office=office)


_POSTPONE = lazy(r"\b(?:postpone|defer|delay|suspend|adjourn|put\s+off)\w*\s+(?:\w+\s+){0,4}?(?:elections?|polls?|"
                       r"voting|the\s+date\s+of\s+(?:the\s+)?elections?)\b", re.I)
_EXTEND = lazy(r"\b(?:powers|terms?(?:\s+of\s+(?:office|powers))?|mandates?)\b[^.;]{0,120}?\b(?:are|is|shall\s+be|may\s+be)\s+"
                     r"(?:hereby\s+)?(?:extended|prolonged)\b"
                     r"|\b(?:extend|extends|prolong|prolongs)\s+(?:its|their|the|his|her)\s+(?:own\s+)?(?:term|mandate|powers)", re.I)
_OPEN_ENDED = lazy(
    r"\bfor\s+such\s+(?:period|time)\s+as\s+(?:\w+\s+){0,4}?(?:considers?|deems?|thinks?|may\s+(?:consider|deem|determine)|"
    r"determines?)|\bindefinitely\b|\buntil\s+(?:further\s+notice|such\s+time|the\s+(?:end|termination|completion|lifting|"
    r"cessation)\s+of)|\bwithout\s+(?:a\s+)?(?:fixed|specified|set)\s+(?:date|limit|period)|\bat\s+(?:his|her|its|their)\s+"
    r"discretion|\bas\s+(?:he|she|it|they)\s+(?:considers?|thinks?|deems?)\s+(?:fit|necessary|appropriate)|"
    r"\bafter\s+the\s+completion\s+of\b|\buntil\s+(?:the\s+|such\s+)?(?:\w+\s+){0,5}?(?:is|are|has\s+been|have\s+been)\s+"
    r"(?:lifted|ended|terminated|over|completed|restored|revoked|cancelled)\b|\b(?:date|day)\s+of\s+(?:their|the|such)\s+(?:\w+\s+){0,3}?elections?\s+(?:shall\s+be\s+)?"
    r"(?:set|fixed|determined|appointed|decided)\s+by\s+(?:the\s+)?(?:president|government|king|governor|executive)|"
    r"\buntil\s+the\s+(?:entry\s+into\s+force|adoption|completion|conclusion|end|holding)\s+of\b|"
    r"\buntil\s+(?:new\s+|the\s+next\s+|the\s+new\s+|the\s+)?elections?\s+(?:are|is|have\s+been|has\s+been)\s+(?:called|scheduled|"
    r"announced|appointed|set|ordered|held)\b|"
    r"\b(?:to|until|for)\s+(?:a|such|any|another)\s+(?:\w+\s+)?(?:date|day|time|period)\s+(?:as\s+|that\s+|which\s+)?(?:it|he|she|"
    r"they|the\s+\w+)\s+(?:\w+\s+)?(?:considers?|deems?|thinks?|determines?|finds?)",
    re.I,
)
_LIMITED = lazy(r"\b(?:not\s+(?:more|longer)\s+than|not\s+exceeding|no\s+(?:more|longer)\s+than|up\s+to|at\s+most|maximum\s+of)\s+"
                      r"(?:\w+\s+){0,2}?(?:days?|weeks?|months?|years?)\b", re.I)


_POSTPONE_GATE = Gate(words="put", stems="postpone postponed deferred defer delay delayed suspend suspended adjourn "
                      "adjourned extended extend prolonged prolong")


def _postponement(statement: Statement) -> Iterator[Fact]:
    text = statement.text
    own_lo, own_hi = statement.own
    for kind, pattern in (("postponement", _POSTPONE), ("extension", _EXTEND)):
        for match in pattern.finditer(text, own_lo, own_hi):
            s_lo, s_hi = sentence_bounds(text, match.start(), match.end())
            # The limit, or its absence, may be in the next sentence ("The date ... shall be set by the President").
            nxt_lo, nxt_hi = sentence_bounds(text, min(len(text) - 1, s_hi + 2), min(len(text), s_hi + 3))
            window = text[s_lo:max(s_hi, nxt_hi if nxt_lo >= s_hi else s_hi)]
            verb = re.search(r"\b(?:extend|prolong|postpon|defer|delay|suspend|adjourn|put\s+off)\w*", match.group(0), re.I)
            if negated(text, match.start() + (verb.start() if verb else 0), window=25) or _LIMITED.search(window):
                continue
            if kind == "postponement" and re.search(r"\b(?:voting|poll)\s+(?:at\s+(?:a|the)\s+)?(?:polling\s+station|station)\b|"
                                                    r"\b(?:riot|disturbance|adjournment\s+of\s+the\s+poll)", window, re.I):
                continue  # adjourning the poll at one station for a riot is not postponing an election
            if not _OPEN_ENDED.search(window):
                continue
            by = "executive" if re.search(r"\b(?:president|government|king|governor|order|decree|proclamation)\b", window,
                                          re.I) else "other"
            yield make_fact("elections.postponed", kind, statement, match.start(), match.end(),
                            evidence=evidence_span(text, match.start(), match.end()), by=by)
            return


# --------------------------------------------------------------------------
# Special voting
# --------------------------------------------------------------------------

_MODES = lazy(r"\b(?P<mobile>mobile|portable|(?:place|premises)\s+of\s+stay|home\s+vot\w+|outside\s+the\s+(?:polling\s+"
                    r"station|premises))|(?P<early>early\s+vot\w+|vote\s+early|advance\s+vot\w+|pre-?poll)|(?P<proxy>proxy|"
                    r"proxies|power\s+of\s+attorney|powers\s+of\s+attorney|on\s+(?:his\s+or\s+her|their|another's)\s+behalf|"
                    r"on\s+behalf\s+of)|"
                    r"(?P<postal>postal|by\s+post|by\s+mail)", re.I)
_UNSAFE = (
    ("no-individual-request", lazy(
        r"\bwithout\s+(?:submitting\s+|making\s+|filing\s+|lodging\s+)?(?:an?\s+|any\s+)?(?:individual|written|personal|prior|"
        r"separate)?\s*(?:requests?|applications?)\b"
        r"|\b(?:at|on)\s+the\s+request\s+of\s+(?:the\s+)?(?:head|manager|director|administration|employer)s?\s+of\b", re.I)),
    ("request-by-anyone", lazy(
        r"\b(?:by\s+)?any\s+other\s+person\s+on\s+(?:his|her|his\s+or\s+her|their)\s+behalf\b|\bby\s+telephone\b[^.;]{0,120}?"
        r"\b(?:any\s+(?:other\s+)?person|relatives|neighbou?rs|friends|third\s+part(?:y|ies)|other\s+persons)\b|"
        r"\b(?:any\s+(?:other\s+)?person|relatives|neighbou?rs|third\s+part(?:y|ies))\b[^.;]{0,120}?\bby\s+telephone\b", re.I)),
    ("single-official", lazy(
        r"\b(?:conducted|carried\s+out|organi[sz]ed|taken|accompanied|performed)\s+(?:\w+\s+){0,2}?by\s+(?:a\s+)?(?:single|one|"
        r"only\s+one|one\s+single)\s+(?:member|official|officer|person)\b"
        r"|\b(?:carry|carries|take|takes|conduct|conducts|accompany|accompanies|bring|brings)\b[^.;]{0,100}?\balone\b", re.I)),
    ("storage-without-safeguards", lazy(
        r"\b(?:sheet|strip|piece)\s+of\s+paper\b[^.;]{0,200}?\b(?:overnight|night|kept|stored)\b"
        r"|\b(?:presence|attendance)\s+of\s+(?:the\s+|any\s+)?observers\b[^.;]{0,80}?\b(?:(?:is|are|shall\s+be)\s+not|"
        r"(?:is|are|shall|will|need)\s+not\s+be)\s+(?:required|necessary|mandatory|compulsory)"
        r"|\b(?:stored|kept|keep|store|storage)\b[^.;]{0,120}?\bwithout\s+(?:the\s+)?(?:presence\s+of\s+)?(?:any\s+)?"
        r"observers\b", re.I)),
    ("family-proxy", lazy(
        r"\bvote\s+(?:on\s+behalf\s+of|for)\s+(?:\w+\s+){0,2}?(?:members\s+of\s+(?:his\s+or\s+her|his|her|their|the)\s+family|"
        r"family\s+members|relatives|spouses?|(?:his|her|their)\s+(?:family|household))", re.I)),
    ("no-identity-check", lazy(
        r"\bwithout\s+(?:any\s+)?(?:declaration|identification|verification|proof|signature|witness|checks?)\w*"
        r"(?:\s+of\s+(?:identity|the\s+voter(?:'s)?(?:\s+identity)?))?", re.I)),
    ("ballots-at-discretion", lazy(
        r"\bnumber\s+of\s+ballot\s+papers?\b[^.;]{0,100}?\b(?:determined|decided|fixed|set)\s+by\s+(?:the\s+)?chair\w*|"
        r"\bballot\s+papers?\b[^.;]{0,100}?\bat\s+the\s+discretion\s+of\s+the\s+chair\w*", re.I)),
    ("collection-by-candidates", lazy(
        r"\b(?:collect\w*|gather\w*|deliver\w*|handle\w*|transport\w*)\b[^.;]{0,80}?\bby\s+(?:the\s+)?(?:candidates?|parties|"
        r"political\s+parties|party\s+agents?|agents?\s+of|any\s+person|campaign\s+workers?)"
        r"|\b(?:candidates?|parties|political\s+parties|agents?)\s+(?:\w+\s+){0,3}?(?:may|shall)\s+(?:collect|gather|deliver)\w*\s+"
        r"(?:\w+\s+){0,3}?(?:ballots?|ballot\s+papers?|envelopes?|votes?)", re.I)),
    ("unlimited-proxies", lazy(
        r"\bno\s+limit\s+(?:on|to)\s+the\s+number\s+of\s+(?:powers\s+of\s+attorney|proxies|proxy\s+votes|voters|electors)\b|"
        r"\bany\s+number\s+of\s+(?:proxies|powers\s+of\s+attorney|voters|electors|persons)\b|\b(?:unlimited|without\s+limit)\b",
        re.I)),
    ("proxy-certified-by-employer", lazy(
        r"\b(?:certified|attested|authenticated|confirmed)\s+by\s+(?:the\s+)?(?:\w+'s\s+|\w+\u2019s\s+)?(?:head|manager|director|"
        r"administration|employer)s?\b", re.I)),
)


_SPECIAL_GATE = Gate(words="stay home early post mail alone collected collect", stems="mobile portable advance proxy proxies attorney "
                     "behalf postal outside telephone relatives neighbours neighbors observers")


def _stems(*words: str) -> frozenset[bytes]:
    return frozenset(word[:5].encode() for word in words)


_UNSAFE_KINDS = {
    "no-individual-request": _stems("without", "request"),
    "request-by-anyone": _stems("telephone", "behalf"),
    "single-official": _stems("single", "one", "only", "alone"),
    "storage-without-safeguards": _stems("paper", "observers", "stored", "kept", "keep", "store", "storage"),
    "family-proxy": _stems("family", "relatives", "spouse", "spouses", "household"),
    "no-identity-check": _stems("without"),
    "ballots-at-discretion": _stems("number", "discretion"),
    "collection-by-candidates": _stems("collected", "collect", "gathered", "gather", "delivered", "deliver", "handled",
                                       "transported"),
    "unlimited-proxies": _stems("limit", "unlimited", "number"),
    "proxy-certified-by-employer": _stems("certified", "attested", "authenticated", "confirmed"),
}


def _special_voting(statement: Statement) -> Iterator[Fact]:
    text = statement.text
    own_lo, own_hi = statement.own
    scope = statement.scope_text
    words, stems = own_words(statement)
    for kind, pattern in _UNSAFE:
        if _UNSAFE_KINDS[kind].isdisjoint(stems):
            continue
        for match in pattern.finditer(text, own_lo, own_hi):
            s_lo, s_hi = sentence_bounds(text, match.start(), match.end())
            sentence = text[s_lo:s_hi]
            mode_match = _MODES.search(sentence) or _MODES.search(statement.headings) or _MODES.search(scope)
            if mode_match is None:
                continue
            if kind == "request-by-anyone" and not re.search(r"\b(?:request|application|apply|applies)", sentence, re.I):
                continue
            if kind == "unlimited-proxies" and not re.search(r"\bprox|attorney|on\s+\w+\s+behalf", sentence, re.I):
                continue
            if kind == "no-individual-request" and not re.search(r"\bmobile|portable|ballot\s+box|place\s+of\s+stay|home|"
                                                                 r"premises", sentence, re.I):
                continue
            if re.search(r"\b(?:prohibit\w*|shall\s+not\s+be\s+(?:permitted|allowed)|at\s+least\s+two|not\s+fewer\s+than\s+two)\b",
                         sentence, re.I):
                continue
            mode = next(name for name, value in mode_match.groupdict().items() if value)
            yield make_fact("special_voting.unsafe", kind, statement, match.start(), match.end(),
                            evidence=evidence_span(text, match.start(), match.end()), mode=mode)
            break


EXTRACTORS = (gated(
    "_ballot",
    (_SECRECY_GATE, _secrecy),
    (_PRESSURE_GATE, _pressure),
    (_CHAMBER_GATE, _chambers),
    (_TERM_GATE, _terms),
    (_POSTPONE_GATE, _postponement),
    (_SPECIAL_GATE, _special_voting),
),)
