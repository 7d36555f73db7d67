"""How candidates get on the ballot: who may nominate, support signatures, deposits, refusal of registration.

Reads:

- bars on independent candidacy (``candidacy.independents_barred``):
  "self-nomination of candidates shall not be allowed", "candidates shall be
  nominated only by political parties", "a citizen who is not a member of a
  political party may not be nominated", "only persons who have been members of
  that party for not less than one year";
- support signatures as a share of the electorate (``signatures.percent``):
  "signatures ... not less than three per cent of the total number of voters
  registered in the constituency", and a count with the electorate when both
  are stated ("where the constituency has fewer than 100,000 voters, not less
  than 3,000 signatures"); who must collect them (independents, parties, all);
- unequal signature rules (``signatures.unequal``): "candidates nominated by
  political parties shall be registered without signature lists", with the
  basis of the exemption (all parties, or only parties already in parliament);
- verification by sample (``signatures.sample_check``) and refusal at an
  invalid-signature tolerance (``signatures.invalid_tolerance``);
- deposits (``deposit.refund``): not refundable, refunded only to winners,
  to run-off candidates or to parties that win seats, or above a vote share;
  and amounts in multiples of the minimum wage (``deposit.wage_multiple``);
- grounds to refuse or cancel a candidate's registration
  (``candidacy.deregistration_ground``): "contrary to the interests of the
  State", "in the opinion of the Commission", "any violation of this Law",
  written warnings followed by cancellation, and inaccuracies in declarations
  "irrespective of the amount".

Deliberately not read: a count of signatures without the electorate (100
electors, 100,000 citizens: the share cannot be known from the text), deposits
that are security for the costs of a court case or recount, party-list
nomination rules that leave single-member candidacy open, and refusal grounds
that are objective ("the documents have not been submitted in full").
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from ..model import Fact
from ._standing import (GROUND_WORDS, REFUSAL_GROUNDS, any_in, evidence_span, lead_text, own_lower, span_text,
                        statement_might_stand)
from .base import FactSpec, Statement, make_fact
from .patterns import lazy
from .quantities import NUMBER, find_percents, parse_number

__all__ = ["FACTS", "EXTRACTORS"]

FACTS = (
    FactSpec("candidacy.independents_barred", "str",
             "Candidacy reserved to party nominees: self-nomination-barred, party-only (only parties nominate "
             "candidates) or membership-required (a party may nominate only its members; ``years`` of membership "
             "when stated); ``what`` says it in words.", ("years", "what")),
    FactSpec("signatures.percent", "float",
             "Support signatures required, as a percentage of the voters of the constituency; ``who`` must collect "
             "them (independents, parties, all); ``computed`` when derived from a count and a stated electorate.",
             ("who", "computed")),
    FactSpec("signatures.unequal", "str",
             "Candidates of some nominators are exempt from collecting signatures; value is the basis of the "
             "exemption: parties (every party nominee) or parliamentary-parties (parties already represented).", ()),
    FactSpec("signatures.sample_check", "float",
             "Signatures are verified by sample; value is the sample share in percent (0 when not stated).", ()),
    FactSpec("signatures.discretionary_check", "str",
             "Signatures may be declared invalid at the commission's discretion (doubts, its opinion, other grounds).",
             ()),
    FactSpec("signatures.invalid_tolerance", "float",
             "Registration is refused when invalid signatures reach this percentage of those checked.", ()),
    FactSpec("deposit.refund", "str",
             "When an election deposit is refunded: none (never), winners (only if elected), runoff (only to "
             "those elected or in the run-off), seats (only to parties that win seats), share (above a vote "
             "share, ``share`` in percent); ``terms`` says it in words.", ("share", "terms")),
    FactSpec("deposit.wage_multiple", "float",
             "An election deposit set as a multiple of the minimum (monthly) wage or a similar index.", ("unit",)),
    FactSpec("candidacy.deregistration_ground", "str",
             "A ground to refuse or cancel a candidate's registration that leaves it to discretion or is "
             "disproportionate: vague (interests of the State, public morality, discrediting officials), discretion "
             "(in the opinion of the commission), any-violation, warnings (cancellation after warnings), "
             "inaccuracy (any inaccuracy in declarations, irrespective of its significance); ``ground`` in words.",
             ("ground",)),
)


# --------------------------------------------------------------------------
# Independent candidates
# --------------------------------------------------------------------------

_SELF = lazy(
    r"\b(?:self[\s-]?nominat(?:ion|ions|ed|ing)|independent\s+candida(?:tes?|cy|ture)|nominate\s+themselves|"
    r"nominated\s+by\s+(?:groups?\s+of\s+)?(?:voters|electors|citizens)|non-partisan\s+candidates?)", re.I)
_PROHIBITED = lazy(
    r"\b(?:(?:shall|may|is|are|will|can)\s+not\s+(?:be\s+)?(?:allowed|permitted|admitted|admissible|accepted|"
    r"possible|registered|stand|nominate)|not\s+(?:be\s+)?(?:allowed|permitted)|prohibited|inadmissible|forbidden|"
    r"excluded|no\s+(?:self[\s-]?nomination|independent\s+candidat))", re.I)
_PARTY_ONLY = lazy(
    r"\b(?:(?:nominated|put\s+forward|proposed|presented)\s+(?:exclusively|solely|only)\s+by\s+(?:a\s+|"
    r"the\s+)?(?:registered\s+)?(?:political\s+)?part(?:y|ies)|(?:only|exclusively|"
    r"solely)\s+(?:an?\s+|the\s+)?(?:registered\s+)?(?:political\s+)?part(?:y|ies)\s+(?:\w+\s+){0,6}?(?:may|shall|can|"
    r"are\s+entitled\s+to)\s+(?:\w+\s+){0,4}?nominat|right\s+(?:to\s+nominate|"
    r"of\s+nomination)\s+(?:\w+\s+){0,10}?(?:belongs?|is\s+reserved|shall\s+belong)\s+(?:exclusively\s+|only\s+|"
    r"solely\s+)?to\s+(?:registered\s+)?(?:political\s+)?part(?:y|ies)|may\s+be\s+nominated\s+only\s+by\s+(?:a\s+|"
    r"the\s+)?(?:registered\s+)?(?:political\s+)?part(?:y|ies)|unless\s+(?:he\s+or\s+she|he|she|the\s+person|"
    r"that\s+person)\s+is\s+(?:nominated|sponsored|endorsed)\s+by\s+(?:a|"
    r"the)\s+(?:registered\s+)?(?:political\s+)?party)", re.I)
_MEMBERSHIP = lazy(
    r"\b(?:(?:only|exclusively)\s+(?:\w+\s+){0,2}?members\s+of\s+(?:a\s+|the\s+)?(?:registered\s+)?(?:political\s+)?"
    r"part(?:y|ies)\s+(?:\w+\s+){0,3}?(?:may|shall|can)\s+(?:\w+\s+){0,2}?(?:nominated|registered|stand|elected)"
    r"|(?:only|exclusively)\s+(?:persons|citizens|those|candidates)\s+who\s+(?:have\s+been|are)\s+(?:its|their)\s+"
    r"members\b"
    r"|(?:only|exclusively)\s+(?:\w+\s+){0,2}?(?:persons|citizens|candidates|those)\s+(?:who\s+(?:have\s+been|"
    r"are)\s+)?members\s+of\s+(?:that|the|a|its)\s+(?:political\s+)?party|members\s+of\s+(?:that|the|its|"
    r"the\s+nominating)\s+(?:political\s+)?party\s+for\s+(?:not\s+less\s+than|at\s+least|a\s+period\s+of|the\s+last|"
    r"more\s+than)|not\s+(?:a\s+)?members?\s+of\s+(?:a|any|the)\s+(?:political\s+)?part(?:y|ies)\s+(?:may|shall|"
    r"can)\s+not\s+be\s+(?:nominated|registered|elected|included)|must\s+be\s+(?:a\s+)?members?\s+of\s+(?:a|the|that|"
    r"its)\s+(?:political\s+)?party|(?:is|be|"
    r"being)\s+a\s+member\s+of\s+a\s+(?:registered\s+)?political\s+party\s+and\s+(?:is\s+)?(?:sponsored|nominated|"
    r"endorsed)|unless\s+(?:he\s+or\s+she|he|she|the\s+person|"
    r"that\s+person)\s+is\s+a\s+member\s+of\s+a\s+(?:registered\s+)?political\s+party|membership\s+(?:in|of)\s+(?:a|"
    r"the|that)\s+(?:political\s+)?party\s+(?:is|shall\s+be)\s+(?:required|mandatory|a\s+(?:condition|requirement)))",
    re.I)


#: "is a member of, or is sponsored by, a political party" in a list of qualifications: no candidate without a party.
_MEMBER_OR_SPONSORED = lazy(
    r"\b(?:is|be|being)\s+a\s+member\s+of,?\s+(?:and|or)\s+(?:is\s+)?(?:a\s+candidate\s+)?(?:sponsored|nominated|"
    r"proposed|endorsed|put\s+forward)\s+by,?\s+(?:a|the)\s+(?:registered\s+)?political\s+party", re.I)
_QUALIFICATION = lazy(r"\b(?:qualif\w*|eligib\w*|unless|requirements?)\b", re.I)

_INDEPENDENTS_WHAT = {
    "self-nomination-barred": "self-nomination is barred", "party-only": "only parties may nominate candidates",
    "membership-required": "a party may nominate only its own members",
}


def _independents(statement: Statement) -> Iterator[Fact]:
    own = own_lower(statement)
    # every pattern names a party, or self-nomination and independents
    if "part" not in own and not any_in(own, ("self", "independent", "themselves", "non-partisan", "nominated by")):
        return
    if not any_in(own, ("self", "independent", "only", "exclusively", "solely", "member", "themselves",
                        "non-partisan", "nominated by", "unless")):
        return
    cues = ("nominat", "candidat", "elected", "election", "stand", "list")
    if not any_in(own, cues) and not any_in(lead_text(statement)[-400:].lower(), cues):
        return
    text = statement.text
    start, end = statement.own
    own = text[start:end]
    seen: set[int] = set()
    for pattern, kind in ((_SELF, "self-nomination-barred"), (_PARTY_ONLY, "party-only"),
                          (_MEMBERSHIP, "membership-required"), (_MEMBER_OR_SPONSORED, "party-only")):
        for match in pattern.finditer(text, start, end):
            s_lo, s_hi, sentence = span_text(statement, match.start(), match.end())
            if s_lo in seen:
                continue
            if kind == "self-nomination-barred":
                window = text[max(s_lo, match.start() - 60): min(s_hi, match.end() + 80)]
                if not _PROHIBITED.search(window):
                    continue
            if pattern is _MEMBER_OR_SPONSORED and not _QUALIFICATION.search(
                    lead_text(statement)[-400:] + "\n" + sentence):
                continue  # a party member or nominee is mentioned, not required
            if kind == "party-only" and re.search(r"\blists?\b", text[s_lo:min(s_hi, match.end() + 30)], re.I) and \
                    not re.search(r"\bcandidates?\s+(?:for|shall|may)", text[s_lo:match.start()], re.I):
                continue  # only parties submit lists: a list system, not a bar on candidates
            seen.add(s_lo)
            years = None
            if kind == "membership-required":
                number = re.search(r"(?P<n>" + NUMBER + r")\s+years?", own, re.I)
                years = parse_number(number.group("n")) if number else None
            yield make_fact("candidacy.independents_barred", kind, statement, match.start(), match.end(),
                            evidence=evidence_span(statement, match.start(), match.end()),
                            years=int(years) if years is not None else None, what=_INDEPENDENTS_WHAT[kind])


# --------------------------------------------------------------------------
# Signatures
# --------------------------------------------------------------------------

_SIGNATURE = lazy(r"\b(?:signatures?|supporters|subscribed|signed\s+by|supported\s+by|support\s+lists?|"
                        r"signature\s+lists?)\b",
                        re.I)
_OF_VOTERS = lazy(r"^[^.;]{0,90}?\b(?:voters|electors|electorate|registered\s+(?:in|voters)|"
                        r"citizens\s+having\s+the\s+right\s+to\s+vote)\b", re.I)
_OF_SIGNATURES = lazy(r"^\s*(?:or\s+more\s+)?(?:of\s+(?:the\s+)?)?(?:\w+\s+){0,2}?signatures", re.I)
_NOT_CANDIDACY = lazy(
    r"\b(?:recall|referendum|initiative\s+(?:of|to)|petition|legislative\s+initiative|(?:registration|found(?:ing|"
    r"ation))\s+of\s+(?:a|the)\s+(?:political\s+)?(?:party|association))\b", re.I)
_INDEPENDENT = lazy(r"\b(?:self[\s-]?nominated|independent|nominated\s+by\s+(?:voters|citizens)|"
                          r"initiative\s+group)\b",
                          re.I)
_PARTY = lazy(r"\b(?:part(?:y|ies)|blocs?|coalitions?)\b", re.I)
_ELECTORATE = lazy(r"(?P<n>" + NUMBER + r")\s+(?:registered\s+)?(?:voters|electors)\b", re.I)
_COUNT = lazy(r"(?P<n>" + NUMBER + r")\s+(?:valid\s+)?signatures\b", re.I)
#: A count of nominators: "signed by not fewer than 1,500 electors", "the signatures of at least 1,000 voters".
_NOMINATORS = lazy(
    r"\b(?:signed|subscribed|supported|nominated|signatures)\s+(?:by|of)\s+(?:not\s+(?:fewer|less)\s+than\s+|"
    r"no\s+(?:fewer|less)\s+than\s+|at\s+least\s+|a\s+minimum\s+of\s+)?(?P<n>" + NUMBER + r")\s+(?:registered\s+)?"
    r"(?:voters|electors)\b", re.I)
#: The size of a constituency stated elsewhere in the section: "each of which contains not fewer than 40,000 ...
#: registered electors", "each constituency shall contain approximately 150,000 voters".
_SIZE = lazy(
    r"\b(?:contains?|containing|comprises?|comprising|consists?\s+of|consisting\s+of|ha(?:s|ve)|having|"
    r"with)\s+(?:not\s+(?:fewer|less)\s+than\s+|"
    r"no\s+(?:fewer|less)\s+than\s+|at\s+least\s+|about\s+|approximately\s+|some\s+|between\s+)?(?P<n>"
    + NUMBER + r")\s+(?:(?:and|to)\s+(?:not\s+more\s+than\s+)?(?:" + NUMBER + r")\s+)?(?:registered\s+)?"
    r"(?:voters|electors)\b", re.I)


def _who(sentence: str) -> str:
    if _INDEPENDENT.search(sentence):
        return "independents"
    if _PARTY.search(sentence):
        return "parties"
    return "all"


def _signature_percent(statement: Statement) -> Iterator[Fact]:
    own = own_lower(statement)
    if not any_in(own, ("signat", "supporters", "subscribed", "signed by", "supported by", "support list")):
        return
    if not any_in(own, ("%", "per cent", "percent", "per centum", "voters", "electors")):
        return
    text = statement.text
    start, end = statement.own
    seen: set[int] = set()
    for match in _SIGNATURE.finditer(text, start, end):
        s_lo, s_hi, sentence = span_text(statement, match.start(), match.end())
        if s_lo in seen:
            continue
        seen.add(s_lo)
        if _NOT_CANDIDACY.search(sentence):
            continue
        best = None
        for share in find_percents(sentence):
            tail = sentence[share.end:]
            if _OF_SIGNATURES.search(tail) or not _OF_VOTERS.search(tail):
                continue
            if best is None or share.value > best[0]:
                best = (share.value, share.start, share.end, False)
        electorate = [m for m in _ELECTORATE.finditer(sentence)
                      if re.search(r"(?:fewer|less|more)\s+than\s+$|up\s+to\s+$|of\s+$|with\s+$",
                                   sentence[max(0, m.start() - 12): m.start()])]
        counts = list(_COUNT.finditer(sentence))
        if electorate and counts:
            voters = parse_number(electorate[0].group("n"))
            needed = parse_number(counts[0].group("n"))
            if voters and needed and needed < voters:
                share = round(100 * needed / voters, 2)
                if best is None or share > best[0]:
                    best = (share, counts[0].start(), counts[0].end(), True)
        if best is None:
            best = _share_of_stated_electorate(statement, sentence)
        if best is None:
            continue
        value, lo, hi, computed = best
        lo, hi = s_lo + lo, s_lo + hi
        yield make_fact("signatures.percent", value, statement, lo, hi, evidence=evidence_span(statement, lo, hi),
                        who=_who(sentence), computed=computed)


def _share_of_stated_electorate(statement: Statement, sentence: str) -> tuple[float, int, int, bool] | None:
    """A count of nominators as a share of the constituency's electorate, when the section states how many voters
    a constituency has (the smallest stated size: the share the law demands where it is hardest to reach)."""
    count = _NOMINATORS.search(sentence) or _COUNT.search(sentence)
    if count is None:
        return None
    needed = parse_number(count.group("n"))
    scope = statement.scope_text
    sizes = [parse_number(m.group("n")) for m in _SIZE.finditer(scope)]
    sizes = [size for size in sizes if size and needed and size > needed]
    if not needed or not sizes:
        return None
    return round(100 * needed / min(sizes), 2), count.start("n"), count.end(), True


_EXEMPT = lazy(
    r"\b(?:exempt(?:ed)?\s+from\s+(?:the\s+)?(?:collect(?:ing|ion\s+of)|submit(?:ting|ssion\s+of)|"
    r"gathering)\s+(?:\w+\s+)?signatures|without\s+(?:collecting\s+|submitting\s+|"
    r"presenting\s+)?(?:signature\s+lists|signatures|supporting\s+signatures|support\s+lists|"
    r"lists\s+of\s+supporters)|(?:shall|need|does|do|is|are)\s+not\s+(?:be\s+)?(?:required\s+to\s+)?(?:collect|"
    r"submit|present|gather)\s+(?:\w+\s+)?signatures|no\s+signatures\s+(?:shall\s+be|are|is)\s+required|"
    r"only\s+(?:independent|self-nominated)\s+candidates\s+(?:shall|must)\s+(?:collect|submit)|(?:by|for|"
    r"from)\s+(?:independent|self-nominated)\s+candidates\s+only|only\s+(?:by|for|from)\s+(?:independent|"
    r"self-nominated)\s+candidates|(?:shall|does|do)\s+not\s+apply\s+to\s+(?:\w+\s+){0,3}?(?:candidates|"
    r"lists)\s+(?:nominated|put\s+forward|presented)\s+by\s+(?:\w+\s+)?(?:political\s+)?part)", re.I)
_PARLIAMENTARY = lazy(
    r"\b(?:represented\s+in|(?:received|won|obtained|gained)\s+(?:\w+\s+){0,2}?(?:seats|mandates)|"
    r"parliamentary\s+part(?:y|ies)|factions?\s+in|(?:previous|outgoing|current)\s+(?:parliament|state\s+duma|duma|"
    r"assembly|convocation))", re.I)


def _signature_unequal(statement: Statement) -> Iterator[Fact]:
    own = own_lower(statement)
    if "signat" not in own and "support" not in own:
        return
    if not any_in(own, ("exempt", "without", "not", "no signatures", "only")):
        return
    text = statement.text
    start, end = statement.own
    for match in _EXEMPT.finditer(text, start, end):
        s_lo, s_hi, sentence = span_text(statement, match.start(), match.end())
        if not _PARTY.search(sentence) and not re.search(r"\b(?:independent|self-nominated)\b", sentence, re.I):
            continue
        basis = "parliamentary-parties" if _PARLIAMENTARY.search(sentence) else "parties"
        yield make_fact("signatures.unequal", basis, statement, match.start(), match.end(),
                        evidence=evidence_span(statement, match.start(), match.end()))
        return


_CHECK_DISCRETION = lazy(
    r"\b(?:in\s+the\s+opinion\s+of\s+the\s+\w+|at\s+(?:its|the\s+\w+'s)\s+(?:own\s+)?discretion|if\s+(?:it|"
    r"the\s+\w+)\s+(?:has|have)\s+(?:any\s+)?doubts?|(?:raise|raises|raising)\s+doubts?|"
    r"on\s+(?:any\s+)?other\s+grounds|(?:considers|deems)\s+(?:them\s+|it\s+)?(?:unreliable|doubtful|invalid))", re.I)
_SAMPLE = lazy(r"\b(?:random\s+sample|sample|sampling|selective(?:ly)?\s+(?:check|verif))", re.I)
_INVALID = lazy(r"\b(?:invalid|unreliable|forged|false|defective|inaccurate|void|doubtful)\b", re.I)
_REFUSE = lazy(r"\b(?:refuse|refusal|reject|shall\s+not\s+(?:be\s+)?register|denied|deny)", re.I)


def _signature_checks(statement: Statement) -> Iterator[Fact]:
    lower = own_lower(statement)
    if "signat" not in lower:
        return
    if "signat" not in lower or not any_in(lower, ("sample", "selective", "invalid", "unreliable", "forged", "false",
                                                   "defective", "inaccurate", "void", "doubt")):
        return
    text = statement.text
    start, end = statement.own
    own = text[start:end]
    if _SAMPLE.search(own) and re.search(r"\b(?:verif|check|examin|inspect)", own, re.I):
        match = _SAMPLE.search(text, start, end)
        s_lo, s_hi, sentence = span_text(statement, match.start(), match.end())
        if "signat" in sentence.lower() or "signat" in lead_text(statement).lower()[-300:]:
            shares = [q for q in find_percents(sentence)]
            yield make_fact("signatures.sample_check", shares[0].value if shares else 0, statement,
                            match.start(), match.end(), evidence=evidence_span(statement, match.start(), match.end()))
    match = _CHECK_DISCRETION.search(text, start, end)
    if match is not None:
        s_lo, s_hi, sentence = span_text(statement, match.start(), match.end())
        if "signat" in sentence.lower() and _INVALID.search(sentence):
            yield make_fact("signatures.discretionary_check", "discretion", statement, match.start(), match.end(),
                            evidence=evidence_span(statement, match.start(), match.end()))
    for match in _INVALID.finditer(text, start, end):
        s_lo, s_hi, sentence = span_text(statement, match.start(), match.end())
        if "signat" not in sentence.lower() or not _REFUSE.search(sentence):
            continue
        for share in find_percents(sentence):
            tail = sentence[share.end: share.end + 60]
            if _OF_VOTERS.search(tail) and not re.search(r"signatures", tail, re.I):
                continue
            lo, hi = s_lo + share.start, s_lo + share.end
            yield make_fact("signatures.invalid_tolerance", share.value, statement, lo, hi,
                            evidence=evidence_span(statement, lo, hi))
            return


# --------------------------------------------------------------------------
# Deposits
# --------------------------------------------------------------------------

_DEPOSIT_WORD = lazy(r"\b(?:deposits?|pledges?|(?:registration|nomination|candidacy|candidate's|"
                           r"filing)\s+fees?)\b",
                           re.I)
_DEPOSIT_NOT = lazy(
    r"\b(?:security\s+for\s+(?:the\s+)?costs|recounts?|petitions?|appeals?|application\s+to\s+(?:the\s+)?court|"
    r"ballot\s*box(?:es)?|deposit\s+slips?|deposited\s+(?:in|into|to|with)\s+(?:the\s+|an?\s+)?(?:\w+\s+)?(?:account|"
    r"ballot|office|clerk)|deposits?\s+into|maps?)\b", re.I)
_DEPOSIT_CONTEXT = lazy(r"\b(?:elect(?:ion|oral)\s+deposits?|candidates?|nominat\w*|lists?\s+of\s+candidates|"
                              r"part(?:y|ies)|registration|elected|votes?)\b", re.I)
_REFUND = lazy(r"\b(?:return(?:ed|able)?|refund(?:ed|able)?|repa(?:id|yable)|reimbursed|forfeit(?:ed)?|retained|"
                     r"transferred\s+to\s+the\s+(?:state\s+)?budget|paid\s+into)\b", re.I)
_RUNOFF = lazy(r"\b(?:repeat\s+vot\w*|second\s+round|run-?off|re-?run)\b", re.I)
_SEATS = lazy(
    r"\bonly\s+(?:\w+\s+){0,5}?(?:admitted\s+to\s+the\s+(?:allocation|distribution)|(?:that|which|who)\s+(?:win|won|"
    r"obtain(?:ed)?|receive[ds]?|gain(?:ed)?)\s+(?:\w+\s+)?(?:seats|mandates)|passed?\s+the\s+threshold|"
    r"represented\s+in)", re.I)
_WINNERS = lazy(
    r"\bonly\s+(?:if|where|when|to)\s+(?:\w+\s+){0,6}?(?:is|are|was|were|has\s+been|have\s+been)\s+elected|"
    r"\b(?:returned|refunded|repaid)\s+(?:\w+\s+){0,4}?(?:if|where|when|to)\s+(?:\w+\s+){0,6}?(?:is|are|was|were|"
    r"has\s+been|have\s+been)\s+elected\W+(?:\w+\s+){0,3}?(?:otherwise|in\s+all\s+other\s+cases|"
    r"in\s+any\s+other\s+case)",
    re.I)
_NONE = lazy(r"\b(?:non-?refundable|not\s+(?:be\s+)?(?:returned|refunded|repaid|refundable|reimbursed)|"
                   r"no\s+(?:refund|reimbursement)|no\s+part\s+of\s+(?:the|a|any|an)\s+(?:\w+\s+)?(?:deposit|pledge|fee)\s+"
                   r"(?:shall|may|will)\s+be\s+(?:returned|refunded|repaid|reimbursed)|in\s+no\s+(?:case|"
                   r"circumstances)\s+be\s+(?:returned|refunded|repaid))\b", re.I)
_WAGES = lazy(
    r"(?P<n>" + NUMBER + r")[\s-]+(?:(?:times|fold)\s+(?:the\s+)?(?:amount\s+of\s+the\s+)?(?:\w+\s+){0,2}?)?"
    r"(?P<unit>minimum\s+(?:monthly\s+)?(?:wages?|salar(?:y|ies)|calculation\s+index)|monthly\s+calculation\s+index|"
    r"average\s+(?:monthly\s+)?(?:wages?|salar(?:y|ies)))", re.I)


_REFUND_TERMS = {
    "none": "never", "winners": "only to elected candidates",
    "runoff": "only to the winner and the candidates in the run-off", "seats": "only to lists that win seats",
}


def _display(number: float) -> str:
    return str(int(number)) if float(number).is_integer() else str(number)


def _deposit(statement: Statement) -> Iterator[Fact]:
    lower = statement.lower
    if "deposit" not in lower and "pledge" not in lower and " fee" not in lower:
        return
    text = statement.text
    start, end = statement.own
    own = text[start:end]
    context = text[max(0, start - 400): end]
    if _DEPOSIT_NOT.search(own) or not _DEPOSIT_CONTEXT.search(context + "\n" + statement.scope_text[:2000]):
        return
    if not _DEPOSIT_WORD.search(context):
        return
    for match in _WAGES.finditer(text, start, end):
        value = parse_number(match.group("n"))
        if value:
            yield make_fact("deposit.wage_multiple", value, statement, match.start(), match.end(),
                            evidence=evidence_span(statement, match.start(), match.end()),
                            unit=" ".join(match.group("unit").lower().split()))
    lead = lead_text(statement)[-400:]
    matches = list(_REFUND.finditer(text, start, end))
    if not matches and _REFUND.search(lead) and _DEPOSIT_WORD.search(lead):
        matches = [_Span(start, min(end, start + 1))]
    for match in matches:
        s_lo, s_hi, sentence = span_text(statement, match.start(), match.end())
        if _DEPOSIT_NOT.search(sentence):
            continue
        before = text[max(0, s_lo - 300): s_lo]
        if not re.search(r"\b(?:it|which|deposits?|pledges?|fees?)\b", sentence, re.I) and \
                not _DEPOSIT_WORD.search(before):
            continue
        kind, share = None, None
        shares = [q for q in find_percents(sentence) if re.search(r"\bvot", sentence[q.end: q.end + 80], re.I)]
        if shares:
            kind, share = "share", shares[0].value
        elif _RUNOFF.search(sentence) and re.search(r"\bonly\b", sentence, re.I):
            kind = "runoff"
        elif _SEATS.search(sentence):
            kind = "seats"
        elif _WINNERS.search(sentence):
            kind = "winners"
        elif _NONE.search(sentence) and not re.search(r"\b(?:if|unless|where|except|who)\b", sentence, re.I):
            kind = "none"
        if kind is None:
            continue
        terms = f"only above {_display(share)}% of the votes" if kind == "share" else _REFUND_TERMS[kind]
        yield make_fact("deposit.refund", kind, statement, match.start(), match.end(),
                        evidence=evidence_span(statement, match.start(), match.end()), share=share, terms=terms)
        return


class _Span:
    """A match-like span (for facts whose cue is in the lead-in rather than the provision's own words)."""

    def __init__(self, start: int, end: int) -> None:
        self._span = (start, end)

    def start(self) -> int:
        return self._span[0]

    def end(self) -> int:
        return self._span[1]


# --------------------------------------------------------------------------
# Refusal and cancellation of registration
# --------------------------------------------------------------------------

_REFUSAL = lazy(
    r"\b(?:(?:refus(?:e|es|ed|al)|reject(?:s|ed|ion)?(?:\s+of)?)\s+(?:\w+\s+){0,3}?(?:regist\w*|nomination)|cancel(?:l?ation|l?ed|"
    r"s)?\s+(?:of\s+)?(?:the\s+|his\s+or\s+her\s+|a\s+)?(?:registration|candidacy|nomination)|"
    r"registration\s+(?:\w+\s+){0,8}?(?:may|shall)\s+be\s+(?:cancell?ed|annulled|revoked|withdrawn)|deregist\w*|"
    r"struck\s+off|strike\s+(?:\w+\s+){0,3}?off|revo(?:ke|cation\s+of)\s+(?:the\s+)?registration|"
    r"annul(?:ment\s+of)?\s+(?:the\s+)?registration|removed?\s+from\s+the\s+(?:list|ballot)|"
    r"grounds\s+for\s+(?:refusal|cancell?ation))", re.I)
_CANDIDATE = lazy(r"\b(?:candidates?|candidacy|nominees?|lists?\s+of\s+candidates|nomination)\b", re.I)
_PARTY_REGISTRATION = lazy(r"\b(?:registration\s+of\s+(?:a|the)\s+(?:political\s+)?party|"
                                 r"registration\s+authority|(?:aims|activities|charter)\s+of\s+the\s+party)\b", re.I)




def _deregistration(statement: Statement) -> Iterator[Fact]:
    if not statement_might_stand(statement):
        return
    lower = statement.lower
    if not any_in(lower, ("refus", "cancel", "deregist", "struck off", "strike", "revok", "annul", "removed",
                          "reject")):
        return
    if not any_in(own_lower(statement), (
            "interest", "moral", "harmony", "accord", "concord", "discredit", "dignity", "opinion", "discretion",
            "sees fit", "deems fit", "thinks fit", "considers it", "deems it", "warn", "violat", "breach", "contraven",
            "infringement", "inaccura", "irrespective", "regardless", "minor", "any error", "discrepanc", "incorrect",
            "any particular", "any detail", "any respect")):
        return
    text = statement.text
    start, end = statement.own
    context = text[max(0, start - 600): end]
    if not _REFUSAL.search(context) or not _CANDIDATE.search(context + "\n" + statement.headings):
        return
    if _PARTY_REGISTRATION.search(context) and not re.search(r"\bcandidat", context, re.I):
        return
    for kind, pattern in REFUSAL_GROUNDS:
        match = pattern.search(text, start, end)
        if match is None:
            continue
        yield make_fact("candidacy.deregistration_ground", kind, statement, match.start(), match.end(),
                        evidence=evidence_span(statement, match.start(), match.end()), ground=GROUND_WORDS[kind])
        return


EXTRACTORS = (_independents, _signature_percent, _signature_unequal, _signature_checks, _deposit, _deregistration)
