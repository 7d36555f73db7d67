"""The campaign: what may be said, where people may gather, media access, money, and how long it lasts.

Reads:

- **speech restrictions beyond ICCPR 19(3)**: bans on information that "discredits the
  honour and dignity" of candidates or officials, on "insulting" them; defamation or
  insult punished under the Criminal Code or by imprisonment; campaign materials
  submitted "for approval" to a commission or official before distribution (prior
  censorship); bans on calls to boycott the election. Narrow offences that the
  standards accept are left alone: knowingly false statements of fact about a
  candidate, incitement to hatred or violence, campaign silence on the eve of the
  vote, the imprint ("authorised by") on campaign material;
- **assemblies**: campaign meetings held "with the permission of" (authorisation, consent,
  agreement of) the local executive or police, or only in places the authorities
  designate. A notification regime ("shall notify ... in advance") is compliant;
- **media access**: campaign appearances "only on a paid basis" or at the expense of the
  election fund, media outlets free to refuse campaign material without reasons, and
  coverage of office-holders' official activities not counted as campaigning. Paid time
  "made available for purchase" alongside free time (the Canadian model) is not read;
- **finance**: reports "not subject to publication", public funding whose amount and
  recipients the Government decides, reports verified by the commission "at its
  discretion". Spending limits (GC25 19 permits them) are not read;
- **the campaign period**: "campaigning shall begin ... twelve days before election
  day", "the campaign shall last fifteen days". Durations counted to the end of
  campaigning (silence periods) are not a campaign length.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from ..model import Fact
from .base import FactSpec, Statement, dispatch, evidence_window, make_fact, sentence_bounds
from .quantities import find_durations, find_ordinal_days, to_days
from .patterns import lazy

__all__ = ["FACTS", "EXTRACTORS"]

_KW0 = lazy("|".join(map(re.escape, ("approv", "clearance", "review", "vetting", "vetted", "cleared", "endorse", "examined",
                                             "authoris", "authoriz", "agreed", "checked", "verified", "examined"))))
_KW1 = lazy("|".join(map(re.escape, ("material", "matter", "poster", "leaflet", "advertis", "campaign", "publication"))))
_KW2 = lazy("|".join(map(re.escape, ("meeting", "rall", "assembl", "demonstration", "procession", "march", "picket",
                                    "gathering", "event"))))
_KW3 = lazy("|".join(map(re.escape, ("permission", "permit", "authori", "approv", "consent", "sanction", "agree",
                                    "licen", "coordinat", "designated", "determined", "specified", "allocated"))))
_KW4 = lazy("|".join(map(re.escape, ("media", "broadcast", " air", "airtime", "television", "radio", "newspaper",
                                    "periodical", "outlet", "coverage"))))
_KW5 = lazy("|".join(map(re.escape, ("only", "exclusively", "solely", "commercial", "free", "without", "official",
                                    "in full", "payment", "fee", "paid"))))
_KW6 = lazy("|".join(map(re.escape, ("government", "president", "cabinet", "minist"))))
_SPEECH_CUES = lazy("discredit|defam|slander|libel|insult|offends|offended|offending|humiliat|denigrat|disparag|honour|honor|"
                          "dignity|reputation|disrespect|contempt|ridicul|mock|deris")

FACTS = (
    FactSpec("campaign.speech_restriction", "str",
             "A restriction on campaign speech beyond ICCPR 19(3); value is the form: discrediting, insult, "
             "criminal-defamation, prior-approval, boycott-ban, media-content, public-alarm.", ("target",)),
    FactSpec("campaign.assembly_permission", "str",
             "Campaign assemblies need the authorities' permission, or are confined to designated places; value is "
             "the form: permission, designated-places.", ("by",)),
    FactSpec("campaign.media_access", "str",
             "An obstacle to non-discriminatory media access for contestants; value is the form: paid-only, "
             "no-free-time, discriminatory, refusal-without-reasons, official-coverage-exempt.", ()),
    FactSpec("campaign.finance_opacity", "str",
             "Campaign finance not transparent or not independently supervised, or public funding discretionary; "
             "value is the form: reports-unpublished, funding-discretionary, funding-unequal, "
             "verification-discretionary.", ()),
    FactSpec("campaign.period_days", "int",
             "The length of the campaign period in days (from its start to election day).", ("basis",)),
)


def _ev(text: str, start: int, end: int) -> tuple[int, int]:
    return evidence_window(text, start, end, *sentence_bounds(text, start, end))


_DISCREDIT = lazy(
    r"\b(?:discredit\w*|defam\w*|slander\w*|libel\w*|insult\w*|offend(?:s|ed|ing)?(?!\s+against)|humiliat\w*|denigrat\w*|disparag\w*|"
    r"(?:harm(?:s|ed|ing)?|damag(?:e|es|ed|ing)|injur\w*|impugn\w*|degrad\w*|belittl\w*|detriment\w*)\s+(?:to\s+)?(?:the\s+)?(?:honour|honor|dignity|"
    r"business\s+reputation|reputation|authority)|(?:honour|honor)\s+and\s+dignity|disrespect\w*|"
    r"(?:bring\w*|held|holding)\s+(?:\w{1,40}\s+){0,4}?(?:into\s+)?(?:hatred\s+or\s+)?contempt|ridicul\w*|mock\w*|deris\w*)\b", re.I)
_NO_CRITICISM = lazy(
    r"\b(?:refrain\s+from|(?:shall|may|must)\s*not|prohibited\s+(?:to|from)|forbidden\s+to|not\s+(?:be\s+)?(?:allowed|permitted)\s+to)\s+"
    r"(?:\w{1,40}\s+){0,2}?critici[sz]\w*\s+(?:\w{1,40}\s+){0,4}?(?:Government|President|authorities|State|officials?|"
    r"state\s+(?:bodies|organs|policy))\b", re.I)
_TARGETS = lazy(
    r"\b(?:candidates?|officials?|President|head\s+of\s+state|state\s+bodies|state\s+organs|authorities|public\s+"
    r"(?:officials?|servants?)|members?\s+of\s+(?:the\s+)?(?:commission|government|parliament)|part(?:y|ies)|the\s+state|"
    r"government|deputies|representatives?\s+of\s+(?:the\s+)?(?:state|authorities))\b", re.I)
_RESTRICTIVE = lazy(
    r"\b(?:prohibit\w*|ban(?:ned|s)?|forbid\w*|not\s+(?:be\s+)?(?:allowed|permitted)|inadmissible|(?:shall|may|must)\s*not|"
    r"cancel\w*|refus\w*|deregist\w*|revok\w*|liab\w*|punish\w*|offen[cs]e|sanction\w*|warning|fine[ds]?|imprison\w*|"
    r"criminal|penalt\w*)\b", re.I)
_CRIMINAL = lazy(
    r"\b(?:criminal\s+(?:code|liability|responsibility|offen[cs]e|law|proceedings)|imprisonment|deprivation\s+of\s+"
    r"liberty|penal\s+code|(?:shall|is)\s+(?:be\s+)?(?:an\s+)?(?:indictable\s+)?offen[cs]e\s+punishable\s+by\s+"
    r"imprisonment|correctional\s+labour)\b", re.I)
_HATE_SPEECH = lazy(
    r"\b(?:(?:incit\w*|propaganda|advocacy|stir\w*\s+up)\s+(?:of|to)?\s*(?:\w{1,40}\s+){0,3}?(?:hatred|violence|war|"
    r"discrimination|hostility|enmity|discord)|hate\s+speech|national\s+dignity)\b", re.I)
_FALSE_FACTS = lazy(r"\b(?:knowingly\s+false|false\s+(?:statements?|information|facts?)|untrue|fabricated)\b", re.I)
_PRIOR_APPROVAL = lazy(
    r"\b(?:submitted|presented|sent)\s+(?:\w{1,40}\s+){0,6}?(?:for\s+(?:approval|review|clearance|verification|"
    r"examination|endorsement|registration|authori[sz]ation|vetting)|to\s+(?:the\s+)?(?:\w{1,40}\s+){0,3}?(?:commission|"
    r"committee|authority|body|officer|council)\s+for\s+(?:approval|review|clearance|verification|examination|"
    r"endorsement|vetting))"
    r"|\b(?:shall|may|must)\s*not\s+be\s+(?:distributed|published|disseminated|broadcast|displayed|posted)\s+"
    r"(?:\w{1,40}\s+){0,4}?(?:without|unless|until|before)\s+(?:\w{1,40}\s+){0,3}?(?:approv\w*|consent|permission|"
    r"authori[sz]ation|clearance)\s+(?:\w{1,40}\s+){0,2}?(?:of|from|by)\s+(?:the\s+)?(?:\w{1,40}\s+){0,3}?(?:commission|"
    r"committee|authorit\w*|body|officer|council|ministry|executive)"
    r"|\b(?:shall|must)\s+(?:first\s+)?be\s+(?:reviewed|approved|vetted|cleared|checked|verified|agreed|examined|"
    r"endorsed|authori[sz]ed)\s+(?:\w{1,40}\s+){0,2}?(?:by|with)\s+(?:the\s+)?(?:\w{1,40}\s+){0,4}?(?:commission|committee|"
    r"council|authorit\w*|body|officer|ministry|board|agency)\s+(?:\w{1,40}\s+){0,3}?(?:before|prior\s+to)\s+(?:it\s+is\s+|"
    r"they\s+are\s+|their\s+|its\s+)?(?:broadcast|publi\w+|distribut\w+|disseminat\w+|print\w*|air\w*|display\w*)"
    r"|\bonly\s+after\s+(?:they|it)\s+(?:have|has)\s+been\s+(?:examined|approved|reviewed|checked|verified|vetted|cleared)\s+"
    r"(?:\w{1,40}\s+){0,2}?by\b"
    r"|\bunless\s+(?:it|they|the\s+\w{1,40})\s+(?:has|have)\s+(?:first\s+)?been\s+(?:approved|cleared|authori[sz]ed|vetted|"
    r"endorsed)\s+by\s+(?:the\s+)?(?:\w{1,40}\s+){0,3}?(?:commission|committee|council|authorit\w*|board|officer|ministry)"
    r"|\b(?:distribution|publication|dissemination)\s+of\s+(?:\w{1,40}\s+){0,4}?materials?\s+(?:\w{1,40}\s+){0,3}?(?:that|which)"
    r"\s+(?:have|has)\s+not\s+been\s+approved", re.I)
_MATERIALS = lazy(r"\b(?:campaign|election|electoral|printed|audiovisual|pre-election|political)\s+(?:\w{1,40}\s+)?"
                        r"(?:materials?|matter|posters?|leaflets?|advertis\w*|messages?|texts?|programmes?|broadcasts?)\b|"
                        r"\b(?:election|electoral|campaign|political)\s+advertis\w*|"
                        r"\bmaterials?\b", re.I)
_MEDIA_CONTENT = lazy(
    r"\b(?:journalists?|mass\s+media|media\s+outlets?|editors?|information\s+materials?|broadcasters?|news\s+(?:programmes?|"
    r"reports?))\b[^.;]{0,80}?\b(?:shall|may|must)\s*not\s+(?:\w{1,40}\s+){0,2}?(?:comment\w*|express\s+(?:their|its|any)\s+"
    r"(?:own\s+)?(?:opinions?|views?|assessments?)|give\s+(?:preference|priority)|assess\w*|evaluat\w*|criticis\w*|"
    r"contain\s+(?:comments?|commentary|assessments?|opinions?))"
    r"|\bnegative\s+(?:campaigning|campaign\s+materials?|advertising|propaganda)\s+(?:\w{1,40}\s+){0,8}?(?:is|are|shall\s+be)\s+"
    r"(?:prohibited|banned|forbidden|not\s+(?:allowed|permitted))", re.I)
_ALARM_OFFENCE = lazy(
    r"\b(?:statements?|rumou?rs?|reports?|news|information|allegations?)\s+(?:\w{1,40}\s+){0,4}?(?:likely|calculated|intended|"
    r"capable|liable)\s+(?:\w{1,40}\s+)?to\s+(?:cause|create|spread|provoke|incite|raise)\s+(?:\w{1,40}\s+){0,2}?(?:fear|alarm|"
    r"panic|despondency|disaffection|anxiety|unrest)\b"
    r"|\b(?:statements?|rumou?rs?|reports?|news|information|allegations?)\s+(?:\w{1,40}\s+){0,4}?(?:likely|calculated|intended|"
    r"capable|liable)\s+(?:\w{1,40}\s+)?to\s+(?:disturb|undermine|endanger)\s+(?:the\s+)?public\s+(?:peace|tranquill?ity|calm)\b"
    r"|\bfalse\s+news\b", re.I)
_BOYCOTT = lazy(r"\b(?:calls?|appeals?|urging|incit\w*|agitation|campaign\w*)\s+(?:\w{1,40}\s+){0,3}?(?:to\s+|for\s+(?:a\s+)?)?"
                      r"(?:boycott\w*|abstain\w*|abstention|non-participation|not\s+(?:to\s+)?(?:vote|take\s+part))", re.I)


def _speech(statement: Statement) -> Iterator[Fact]:
    own_lo, own_hi = statement.own
    lower = statement.lower[own_lo:own_hi]
    text = statement.text
    if _SPEECH_CUES.search(lower):
        seen: set[int] = set()
        for match in _DISCREDIT.finditer(text, own_lo, own_hi):
            s_lo, s_hi = sentence_bounds(text, match.start(), match.end())
            if s_lo in seen:
                continue
            context = text[max(0, s_lo - 300): s_hi]
            sentence = text[s_lo:s_hi]
            criminal = _CRIMINAL.search(context)
            if _HATE_SPEECH.search(sentence) or (_FALSE_FACTS.search(sentence) and not criminal) \
                    or not _RESTRICTIVE.search(context):
                continue
            if re.search(r"\b(?:protect\w*|respect\w*)\s+(?:\w{1,40}\s+){0,3}?(?:honour|honor|dignity)", sentence, re.I) \
                    and not re.search(r"\bprohibit|\bliab|\bpunish|\bcriminal", sentence, re.I):
                continue
            target = _TARGETS.search(sentence)
            if not target and not re.search(r"campaign|election|candidate", statement.lower):
                continue
            seen.add(s_lo)
            value = "criminal-defamation" if criminal else (
                "insult" if re.match(r"insult|offend|humiliat|disrespect|ridicul|mock|deris|bring|held|holding",
                                     match.group(0), re.I) else "discrediting")
            yield make_fact("campaign.speech_restriction", value, statement, match.start(), match.end(),
                            evidence=_ev(text, match.start(), match.end()),
                            target=" ".join(target.group(0).split()) if target else "")
    if "critici" in lower:
        for match in _NO_CRITICISM.finditer(text, own_lo, own_hi):
            if not re.search(r"campaign|election|candidate|part(?:y|ies)", text[max(0, match.start() - 300): match.end()]
                             + statement.context, re.I):
                continue
            target = _TARGETS.search(match.group(0))
            yield make_fact("campaign.speech_restriction", "discrediting", statement, match.start(), match.end(),
                            evidence=_ev(text, match.start(), match.end()),
                            target=" ".join(target.group(0).split()) if target else "the authorities")
            break
    if _KW0.search(lower) and \
            _KW1.search(lower):
        for match in _PRIOR_APPROVAL.finditer(text, own_lo, own_hi):
            s_lo, s_hi = sentence_bounds(text, match.start(), match.end())
            if not _MATERIALS.search(text, s_lo, s_hi) and not re.search(r"campaign", statement.context):
                continue
            if re.search(r"\b(?:on|at|in|to)\s+(?:the\s+)?(?:\w{1,40}\s+)?(?:buildings?|premises|walls?|property|land|places?|"
                         r"vehicles?|transport|structures?|monuments?|fences?|trees?|poles?|billboards?)\b", text[s_lo:s_hi],
                         re.I):
                continue  # where posters may go is not what they may say
            if re.search(r"\bfor\s+(?:information|registration\s+purposes)|\bcop(?:y|ies)\b(?!.{0,40}approv)",
                         text[s_lo:s_hi], re.I) and not re.search(r"approv|clearance|vetting", match.group(0), re.I):
                continue
            yield make_fact("campaign.speech_restriction", "prior-approval", statement, match.start(), match.end(),
                            evidence=_ev(text, match.start(), match.end()), target="campaign materials")
            break
    if "not" in lower or "negative" in lower:
        for match in _MEDIA_CONTENT.finditer(text, own_lo, own_hi):
            s_lo, s_hi = sentence_bounds(text, match.start(), match.end())
            if not re.search(r"candidat|part(?:y|ies)|campaign|election", text[s_lo:s_hi] + statement.context, re.I):
                continue
            yield make_fact("campaign.speech_restriction", "media-content", statement, match.start(), match.end(),
                            evidence=_ev(text, match.start(), match.end()), target="media reporting on contestants")
            break
    if "alarm" in lower or "fear" in lower or "panic" in lower or "despondency" in lower or "disaffection" in lower \
            or "public peace" in lower or "tranquil" in lower or "false news" in lower or "unrest" in lower:
        # Offences of spreading statements "likely to cause fear or alarm" or "false news": whether speech is
        # punishable turns on how the authorities judge its likely effect, not on a falsehood proven to harm a person.
        for match in _ALARM_OFFENCE.finditer(text, own_lo, own_hi):
            s_lo, s_hi = sentence_bounds(text, match.start(), match.end())
            context = text[max(0, s_lo - 300): min(len(text), s_hi + 300)]
            if not _RESTRICTIVE.search(text, max(0, s_lo - 200), s_hi) and not _CRIMINAL.search(context):
                continue
            if not re.search(r"campaign|election|candidate|electoral|poll", text[s_lo:s_hi] + statement.context, re.I):
                continue
            if _HATE_SPEECH.search(text, s_lo, s_hi):
                continue
            yield make_fact("campaign.speech_restriction", "public-alarm", statement, match.start(), match.end(),
                            evidence=_ev(text, match.start(), match.end()), target="statements judged alarming")
            break
    if "boycott" in lower or "abstain" in lower or "abstention" in lower or "non-participation" in lower \
            or "not to vote" in lower or "not to take part" in lower:
        for match in _BOYCOTT.finditer(text, own_lo, own_hi):
            s_lo, s_hi = sentence_bounds(text, match.start(), match.end())
            if not _RESTRICTIVE.search(text, max(0, s_lo - 200), s_hi):
                continue
            yield make_fact("campaign.speech_restriction", "boycott-ban", statement, match.start(), match.end(),
                            evidence=_ev(text, match.start(), match.end()), target="calls to boycott")
            break


_ASSEMBLY = lazy(
    r"\b(?:meetings?|rallies|rally|assembl(?:y|ies)|demonstrations?|processions?|marches|pickets?|gatherings?|"
    r"(?:public|mass|street|outdoor)\s+(?:\w{1,40}\s+)?events?|(?:campaign|pre-election|election)\s+events?)\b", re.I)
_PERMISSION = lazy(
    r"\b(?:with|upon|after\s+obtaining|subject\s+to|require\w*|on\s+the\s+basis\s+of|need\w*|obtain\w*)\s+(?:the\s+|a\s+|an\s+)?"
    r"(?:prior\s+|written\s+|preliminary\s+)?(?:permission|permit|authori[sz]ation|approval|consent|sanction|agreement|"
    r"licen[cs]e)\b"
    r"|\b(?:shall|must)\s+be\s+(?:authori[sz]ed|approved|sanctioned|permitted|agreed|coordinated)\s+(?:in\s+advance\s+)?"
    r"(?:by|with)\b"
    r"|\b(?:may|can)\s+(?:only\s+)?be\s+held\s+only\s+(?:after|with|upon)\b"
    r"|\bwithout\s+(?:a\s+|the\s+|prior\s+|written\s+)*(?:permit|permission|authori[sz]ation|licen[cs]e|approval|consent)\b"
    r"|\b(?:decide|decides|decision)\s+(?:\w{1,40}\s+){0,2}?(?:whether\s+to\s+|on\s+whether\s+to\s+)?(?:authori[sz]e|permit|allow|"
    r"approve)\b"
    r"|\bapplications?\s+for\s+(?:the\s+)?(?:holding|permission|a\s+permit|authori[sz]ation)\b"
    r"|\bappl(?:y|ies)\s+(?:\w{1,40}\s+){0,5}?for\s+(?:a\s+|the\s+|an\s+)?(?:permit|permission|licen[cs]e|authori[sz]ation)\b"
    r"|\b(?:may|can|shall\s+have\s+the\s+right\s+to)\s+(?:refuse|decline|prohibit|ban|deny)\s+(?:to\s+(?:allow|permit|authori[sz]e)\s+)?"
    r"(?:permission\s+for\s+)?(?:the\s+holding\s+of\s+)?(?:a|the|any)\s+(?:\w{1,40}\s+)?(?:rally|meeting|event|demonstration|"
    r"march|procession|assembly|picket)"
    r"|\bunless\s+(?:a\s+|the\s+)?(?:prior\s+|written\s+)?(?:permit|permission|authori[sz]ation|licen[cs]e|approval|consent)\s+"
    r"(?:\w{1,40}\s+){0,3}?(?:has\s+been|is|was)\s+(?:issued|granted|given|obtained)",
    re.I)
_DESIGNATED = lazy(
    r"\bonly\s+(?:in|at)\s+(?:the\s+)?(?:places?|venues?|locations?|premises|sites?)\s+(?:\w{1,40}\s+){0,3}?(?:designated|"
    r"determined|specified|established|allocated|approved|set)\s+(?:\w{1,40}\s+){0,2}?by\b", re.I)
_AUTHORITY = lazy(
    r"\b(?:local\s+)?(?:executive|administrative|state|municipal|city|district)\s+(?:\w{1,40}\s+){0,2}?(?:bodies|body|"
    r"authorit(?:y|ies)|administration|organs?|committees?)|\bakim\w*|\bhokim\w*|\bpolice\b|\bmayor\b|\bgovernor\b|\bmunicipality\b|"
    r"\bauthorities\b|\bcommission(?:er)?\b|\bministry\b|\bcouncil\b|\bprefect\w*|\bdistrict\s+officer\b|\bgovernor\b", re.I)


def _assembly(statement: Statement) -> Iterator[Fact]:
    own_lo, own_hi = statement.own
    lower = statement.lower[own_lo:own_hi]
    if not _KW2.search(lower):
        return
    if not _KW3.search(lower) and "licen" not in lower and "authoris" not in lower and "authoriz" not in lower \
            and "application for" not in lower and "refuse" not in lower and "prohibit" not in lower \
            and "ban " not in lower and "decline" not in lower and "deny" not in lower:
        return
    text = statement.text
    for match in _ASSEMBLY.finditer(text, own_lo, own_hi):
        s_lo, s_hi = sentence_bounds(text, match.start(), match.end())
        sentence = text[s_lo:s_hi]
        political = re.match(r"rall|demonstrat|picket", match.group(0), re.I)  # political assemblies by their nature
        if not political and not re.search(r"campaign|election|candidate|part(?:y|ies)|electoral",
                                           sentence + statement.context, re.I):
            continue
        if re.search(r"\b(?:commission|committee)\s+meetings?|meetings?\s+of\s+(?:the\s+)?(?:\w{1,40}\s+)?(?:commission|"
                     r"committee|board|council)|\bpremises\b[^.]{0,80}\b(?:provided|made\s+available)", sentence, re.I):
            continue
        permission = _PERMISSION.search(sentence)
        if permission and re.search(r"\b(?:court|judge|tribunal)\b|\b(?:may|shall|can)\s*not\s+(?:refuse|prohibit|ban|deny|"
                                    r"decline)", sentence, re.I):
            permission = None
        if permission and _AUTHORITY.search(sentence) and not re.search(r"\bnotif\w+", sentence[: permission.start()],
                                                                          re.I):
            if re.search(r"\bowner|\blandlord|\bproprietor|\bin\s+control\s+of", sentence, re.I):
                continue
            by = _AUTHORITY.search(sentence, permission.start()) or _AUTHORITY.search(sentence)
            yield make_fact("campaign.assembly_permission", "permission", statement, s_lo + permission.start(),
                            s_lo + permission.end(), evidence=_ev(text, s_lo + permission.start(), s_lo + permission.end()),
                            by=" ".join(by.group(0).split()) if by else "")
            return
        designated = _DESIGNATED.search(sentence)
        if designated:
            yield make_fact("campaign.assembly_permission", "designated-places", statement, s_lo + designated.start(),
                            s_lo + designated.end(), evidence=_ev(text, s_lo + designated.start(),
                                                                  s_lo + designated.end()), by="")
            return


_MEDIA = lazy(r"\b(?:mass\s+media|media|broadcast\w*|air\s*time|television|radio|newspapers?|periodicals?|"
                    r"print\s+media|airtime|outlets?)\b", re.I)
_PAID_ONLY = lazy(
    r"\b(?:only|exclusively|solely)\s+(?:\w{1,40}\s+){0,2}?(?:on\s+(?:a\s+)?(?:paid|commercial|fee)\s+basis|for\s+(?:a\s+)?(?:payment|fee)|"
    r"(?:at|from)\s+the\s+expense\s+of|(?:from|out\s+of)\s+(?:the\s+)?(?:funds?|resources)\s+of\s+(?:the\s+)?"
    r"(?:\w{1,40}\s+){0,2}?election\s+funds?)"
    r"|\b(?:only|exclusively|solely)\s+(?:on|upon|after)\s+(?:the\s+)?payment\b"
    r"|\b(?:state|public|state-owned|publicly\s+owned|public\s+service)\s+(?:\w{1,40}\s+){0,3}?(?:television|radio|broadcasters?|"
    r"media|channels?|newspapers?)\b[^.;]{0,120}?\b(?:against|for|upon|on)\s+(?:the\s+)?(?:payment|a\s+fee|a\s+paid\s+basis)\b"
    r"|\b(?:on\s+(?:a\s+)?(?:paid|commercial|fee|contractual)\s+basis|for\s+(?:a\s+)?(?:payment|fee)|at\s+the\s+expense\s+of\s+"
    r"(?:the\s+)?(?:\w{1,40}\s+)?election\s+funds?)\s+only\b"
    r"|\b(?:shall|must)\s+be\s+paid\s+(?:for\s+)?(?:from|out\s+of)\s+(?:the\s+)?(?:\w{1,40}\s+){0,2}?election\s+funds?\s+"
    r"(?:\w{1,40}\s+){0,3}?in\s+full\b", re.I)
_NO_FREE = lazy(
    r"\b(?:free(?:\s+of\s+charge)?\s+(?:air\s*time|airtime|broadcast\w*\s+time|time|print\s+space|space)\s+(?:\w{1,40}\s+){0,6}?"
    r"(?:shall|will|may)\s*not\s+be\s+(?:provided|allocated|granted|made\s+available)"
    r"|no\s+free\s+(?:air\s*time|airtime|broadcast\w*\s+time|time|space)\s+(?:\w{1,40}\s+){0,3}?(?:(?:shall|will|may)\s+be|"
    r"(?:is|are)\s+(?:provided|allocated|granted|given|made\s+available))"
    r"|\b(?:receive|get|be\s+entitled\s+to)\s+no\s+(?:free\s+)?(?:air\s*time|airtime|broadcast\w*\s+time|print\s+space)"
    r"|(?:shall|will|may)\s*not\s+(?:be\s+entitled\s+to|receive)\s+(?:any\s+)?free\s+(?:air\s*time|airtime|broadcast\w*\s+"
    r"time|print\s+space)"
    r"|(?:shall|will|may)\s*not\s+(?:provide|allocate|grant|give)\s+(?:any\s+)?(?:free\s+(?:of\s+charge\s+)?)?"
    r"(?:air\s*time|airtime|broadcast\w*\s+time|print\s+space)\s+(?:\w{1,40}\s+){0,2}?(?:to|for)\s+(?:\w{1,40}\s+){0,2}?"
    r"(?:candidates?|part(?:y|ies)|contestants?))",
    re.I)
_DISCRIMINATORY = lazy(
    r"\b(?:free(?:\s+of\s+charge)?\s+)?(?:air\s*time|airtime|broadcast\w*\s+time|print\s+space|space|time)\s+(?:\w{1,40}\s+){0,8}?"
    r"only\s+(?:to|for)\s+(?:the\s+)?(?:candidates?\s+(?:\w{1,40}\s+){0,2}?(?:of|nominated\s+by|from)\s+)?(?:\w{1,40}\s+){0,2}?"
    r"(?:parties\s+represented\s+in|parliamentary\s+part(?:y|ies)|part(?:y|ies)\s+(?:\w{1,40}\s+){0,3}?(?:parliament|"
    r"majority|government)|ruling\s+part(?:y|ies)|incumbent)", re.I)
_PRIVILEGED_FREE = lazy(
    r"\bfree\s+(?:of\s+charge\s+)?(?:broadcast\w*\s+|air\s*|television\s+|radio\s+|print\s+)?(?:time|airtime|space|slots?)\s+"
    r"(?:\w{1,40}\s+){0,6}?to\s+(?:the\s+)?(?:\w{1,40}\s+){0,3}?(?:part(?:y|ies)|candidates?)\s+(?:\w{1,40}\s+){0,4}?"
    r"(?:forming|in|of|represented\s+in|holding\s+seats\s+in|with\s+seats\s+in)\s+(?:the\s+)?(?:Government|official\s+"
    r"Opposition|Opposition|parliamentary\s+majority|ruling\s+coalition|Parliament|National\s+Assembly|legislature)\b", re.I)
_OTHERS_PAY = lazy(
    r"\b(?:any|all)\s+other\s+(?:\w{1,40}\s+){0,3}?(?:part(?:y|ies)|candidates?|contestants?)\b[^.;]{0,120}?\b(?:purchase|buy|"
    r"pay\s+for|at\s+(?:commercial|market|the\s+usual)\s+rates|on\s+(?:a\s+)?(?:paid|commercial)\s+basis|(?:shall|will|may)\s*not\s+"
    r"(?:be\s+entitled\s+to|receive)\s+(?:any\s+)?free)", re.I)
_FREE_FOR_ALL = lazy(
    r"\b(?:all|every|each|other)\s+(?:\w{1,40}\s+){0,3}?(?:part(?:y|ies)|candidates?|contestants?)\b[^.;]{0,80}?\b(?:receive|"
    r"get|(?:be\s+)?(?:entitled|allocated|granted|given|provided)\s+(?:to|with)?)\s+(?:\w{1,40}\s+){0,3}?free\b"
    r"|\bfree\s+(?:\w{1,40}\s+){0,6}?(?:to|for)\s+(?:all|every|each)\s+(?:\w{1,40}\s+){0,2}?(?:part(?:y|ies)|candidates?|"
    r"contestants?)\b", re.I)
_FREE_MENTION = lazy(r"\bfree\s+(?:of\s+charge|air\s*time|airtime|time|broadcast\w*)", re.I)
_NEWS_SENTENCE = lazy(r"\b(?:news|journalistic|reporting|coverage\s+of\s+(?:the\s+)?(?:\w{1,40}\s+)?activit\w+)\b", re.I)


def _free_time_offered(scope: str) -> bool:
    """Free time for contestants somewhere in the article: paid time beside it is not paid-only access. Free
    *news coverage* of contestants (journalists reporting on them) is not free campaign time."""
    for match in _FREE_MENTION.finditer(scope):
        s_lo, s_hi = sentence_bounds(scope, match.start(), match.end())
        if re.search(r"\b(?:no|not|nor|without)\s+(?:\w{1,40}\s+){0,2}?$", scope[max(s_lo, match.start() - 40): match.start()],
                     re.I):
            continue  # "no free airtime is provided"
        if not _NEWS_SENTENCE.search(scope, s_lo, s_hi):
            return True
    return False


_REFUSE_NO_REASON = lazy(
    r"\b(?:may|can|is\s+entitled\s+to|has\s+the\s+right\s+to)\s+refuse\s+(?:\w{1,40}\s+){0,8}?without\s+(?:giving|stating|"
    r"providing|any)\s+(?:\w{1,40}\s+)?reasons?\b", re.I)
_OFFICIAL_COVERAGE = lazy(
    r"\b(?:coverage|reporting|information|publication)\s+(?:[\w,]{1,40}\s+){0,30}?(?:official\s+(?:duties|activities|"
    r"capacity|functions)|exercise\s+of\s+(?:his|her|their|his\s+or\s+her)\s+(?:official\s+)?(?:duties|powers|functions))"
    r"[^.;]{0,120}?\b(?:shall\s+not|does\s+not|is\s+not|are\s+not)\s+(?:constitute|be\s+(?:considered|deemed|regarded)"
    r"(?:\s+as)?|count\s+as)\s+(?:\w{1,40}\s+)?(?:campaign\w*|election\s+advertising|propaganda)", re.I)


def _media(statement: Statement) -> Iterator[Fact]:
    own_lo, own_hi = statement.own
    lower = statement.lower[own_lo:own_hi]
    if not _KW4.search(lower):
        return
    if not _KW5.search(lower):
        return
    text = statement.text
    context = statement.context + " " + lower
    campaignish = re.search(r"campaign|election|candidate|part(?:y|ies)|contestant|propaganda|agitation", context)
    if not campaignish:
        return
    for pattern, value in ((_PAID_ONLY, "paid-only"), (_NO_FREE, "no-free-time"), (_DISCRIMINATORY, "discriminatory"),
                           (_REFUSE_NO_REASON, "refusal-without-reasons"), (_OFFICIAL_COVERAGE,
                                                                            "official-coverage-exempt")):
        for match in pattern.finditer(text, own_lo, own_hi):
            s_lo, s_hi = sentence_bounds(text, match.start(), match.end())
            sentence = text[s_lo:s_hi]
            if value != "official-coverage-exempt" and not _MEDIA.search(sentence):
                continue
            if value == "paid-only" and _free_time_offered(statement.scope_text):
                continue
            yield make_fact("campaign.media_access", value, statement, match.start(), match.end(),
                            evidence=_ev(text, match.start(), match.end()))
            break
    # Free time reserved to the governing party and the official Opposition, everyone else buying theirs.
    if "free" in lower:
        for match in _PRIVILEGED_FREE.finditer(text, own_lo, own_hi):
            if _OTHERS_PAY.search(statement.scope_text) and not _FREE_FOR_ALL.search(statement.scope_text):
                yield make_fact("campaign.media_access", "discriminatory", statement, match.start(), match.end(),
                                evidence=_ev(text, match.start(), match.end()))
                break


_UNPUBLISHED = lazy(
    r"\b(?:(?:are|is|shall\s+be)\s+(?:\w{1,40}\s+)?(?:for\s+official\s+use\s+only|for\s+internal\s+use(?:\s+only)?|classified|"
    r"of\s+restricted\s+access)|(?:shall|will|may)\s*not\s+be\s+open\s+to\s+(?:public\s+)?inspection|(?:are|is|shall\s+be)\s+not\s+open\s+to\s+"
    r"(?:public\s+)?inspection|(?:are|is|shall\s+be)\s+not\s+(?:subject\s+to\s+publication|(?:to\s+be\s+)?published|made\s+public|public|"
    r"disclosed)|(?:shall|will|may)\s*not\s+be\s+(?:published|made\s+public|disclosed|made\s+available\s+to\s+the\s+public)|"
    r"(?:are|is|shall\s+be|remain)\s+(?:kept\s+|treated\s+as\s+)?confidential)", re.I)
_NOT_DISCLOSE = lazy(
    r"\b(?:shall|may|will)\s*not\s+(?:disclose|publish|make\s+public|release)\s+(?:any\s+)?(?:information|data|details|"
    r"reports?|returns?|the\s+(?:reports?|returns?|names))\s+(?:\w{1,40}\s+){0,2}?(?:on|about|of|concerning|regarding)\s+"
    r"(?:the\s+)?(?:\w{1,40}\s+){0,2}?(?:donations?|contributions?|donors?|income|expenditures?|spending|funds?|financ\w+)"
    r"|\b(?:shall|may|will)\s*not\s+(?:disclose|publish|make\s+public|release)\s+(?:the\s+|any\s+)?(?:financial|finance|"
    r"campaign\s+finance|expenditure|donation)\s+(?:reports?|returns?|statements?|accounts?|declarations?)"
    r"|\b(?:(?:is|are|shall\s+be)\s+not\s+(?:required|obliged|bound)\s+to|need\s+not)\s+(?:disclose|publish|report|declare|"
    r"reveal|make\s+public)\s+(?:\w{1,40}\s+){0,6}?(?:donations?|contributions?|donors?|income|expenditures?|spending|"
    r"funds?|financ\w+|sources)\b"
    r"|\b(?:(?:is|are|shall\s+be)\s+not\s+(?:required|obliged|bound)\s+to|need\s+not)\s+(?:submit|file|present|keep|lodge)\s+"
    r"(?:any\s+)?(?:\w{1,40}\s+)?(?:reports?|returns?|accounts?|statements?|declarations?)\b"
    r"|\b(?:donations?|contributions?|expenditures?|expenses|income)\s+(?:\w{1,40}\s+){0,3}?(?:need\s+not|(?:is|are|shall\s+be)\s+"
    r"not\s+(?:required\s+to\s+)?)\s*be\s+(?:reported|disclosed|declared|published)\b",
    re.I)
_REPORT_NOUN = lazy(r"\b(?:reports?|returns?|statements?|declarations?|accounts?|information)\b", re.I)
_FUNDING_DISCRETION = lazy(
    r"\b(?:part(?:y|ies)|candidates?|recipients?|associations?)\s+(?:\w{1,40}\s+){0,2}?(?:selected|chosen|designated|picked|"
    r"approved)\s+by\s+(?:the\s+)?(?:Government|President|Cabinet|Minist\w+|executive)|"
    r"\b(?:amount|size|recipients?|distribution|allocation|procedure\s+for\s+(?:the\s+)?allocation)\s+(?:\w{1,40}\s+){0,8}?"
    r"(?:shall\s+be|are|is)\s+(?:determined|decided|set|established|fixed)\s+(?:\w{1,40}\s+){0,2}?by\s+(?:a\s+)?"
    r"(?:decision|decree|resolution|order)?\s*(?:of\s+)?(?:the\s+)?(?:Government|President|Cabinet|Minist\w+|"
    r"executive)"
    r"|\b(?:Government|President|Cabinet|Minist\w+)\s+(?:\w{1,40}\s+){0,2}?(?:may|shall),?\s+(?:at\s+(?:its|his|her)\s+"
    r"discretion,?\s+)?(?:allocate|grant|provide|distribute)\s+(?:\w{1,40}\s+){0,6}?(?:funds?|funding|money|subsid\w+)"
    r"[^.;]{0,160}?\bat\s+(?:its|his|her)\s+discretion"
    r"|\b(?:Government|President|Cabinet(?:\s+of\s+Ministers)?|Minist\w+(?:\s+of\s+\w+)?)\s+(?:shall|may)\s+(?:decide|determine)"
    r"\s+(?:on\s+)?(?:the\s+)?(?:allocation|amount|distribution|recipients?|granting)\s+of\s+(?:\w{1,40}\s+){0,2}?"
    r"(?:funds?|funding|subsid\w+|grants?|money)"
    r"|\b(?:funds?|funding|subsid\w+|grants?)\s+(?:\w{1,40}\s+){0,8}?(?:distributed|allocated|granted)\s+(?:\w{1,40}\s+){0,4}?by\s+"
    r"(?:the\s+)?(?:Government|President|Cabinet(?:\s+of\s+Ministers)?|Minist\w+(?:\s+of\s+\w+)?)\s+at\s+(?:its|his|her)\s+"
    r"discretion", re.I)
_FUNDING_UNEQUAL = lazy(
    r"\b(?:public|state|budget)\s+(?:funding|funds|financing|subsid\w+)\s+(?:\w{1,40}\s+){0,8}?only\s+(?:to|for)\s+(?:the\s+)?"
    r"(?:(?:ruling|governing|majority)\s+part(?:y|ies)|part(?:y|ies)\s+(?:holding|having|with|that\s+holds?|which\s+holds?)\s+"
    r"(?:the\s+|an?\s+)?(?:absolute\s+)?majority\b|part(?:y|ies)\s+(?:\w{1,40}\s+){0,3}?(?:parliamentary\s+majority|"
    r"government|ruling\s+coalition)|part(?:y|ies)\s+(?:that|which)\s+(?:\w{1,40}\s+){0,3}?(?:obtained|received|won)\s+"
    r"(?:at\s+least|more\s+than|not\s+less\s+than)\s+(?:[5-9]|1\d)(?:\s*%|\s+per\s*cent|\s+percent))"
    r"|\bno\s+other\s+(?:political\s+)?part(?:y|ies)\s+(?:\w{1,40}\s+){0,2}?(?:shall\s+be|is|are)\s+entitled\s+to\s+"
    r"(?:\w{1,40}\s+){0,2}?(?:public|state|budget)\s+(?:funds?|funding|financing|money|subsid\w+)"
    r"|\b(?:grant|subsid\w+|funds?|funding|allocation)\s+(?:\w{1,40}\s+){0,3}?to\s+the\s+(?:political\s+)?party\s+"
    r"(?:which|that|with)\s+(?:\w{1,40}\s+){0,2}?(?:the\s+)?(?:largest|greatest|highest)\s+number\s+of\s+(?:seats|votes)", re.I)
_VERIFY_DISCRETION = lazy(
    r"\b(?:may|can)\s*,?\s+(?:at\s+(?:its|his|her|their)\s+(?:own\s+)?discretion|selectively|if\s+it\s+(?:considers|deems)"
    r"\s+(?:it\s+)?(?:necessary|appropriate)),?\s+(?:verify|audit|check|examine|inspect|review)\s+(?:\w{1,40}\s+){0,6}?"
    r"(?:reports?|returns?|accounts?|statements?)"
    r"|\b(?:may|can)\s+(?:\w{1,40}\s+){0,2}?(?:verify|audit|check|examine|inspect|review|carry\s+out\s+(?:\w{1,40}\s+)?(?:checks|audits|"
    r"verification))\s+(?:of\s+)?(?:\w{1,40}\s+){0,6}?(?:reports?|returns?|accounts?|statements?)\s+(?:\w{1,40}\s+){0,4}?"
    r"(?:selectively|at\s+(?:its|his|her)\s+(?:own\s+)?discretion)", re.I)
_FINANCE = lazy(r"\b(?:financ\w*|funds?|funding|expenditure|expenses|donations?|contributions?|income|"
                      r"receipts?|spending|budget)\b", re.I)


def _finance(statement: Statement) -> Iterator[Fact]:
    own_lo, own_hi = statement.own
    lower = statement.lower[own_lo:own_hi]
    text = statement.text
    unpublished = ("not" in lower and ("publi" in lower or "disclos" in lower or "inspection" in lower or "report" in lower
                                       or "declar" in lower or "return" in lower or "account" in lower)) \
        or "confidential" in lower or "official use" in lower or "internal use" in lower or "classified" in lower \
        or "restricted access" in lower
    funding = _KW6.search(lower)
    verify = "discretion" in lower or "selective" in lower or "deems" in lower or "considers" in lower
    funding = funding or ("fund" in lower and "discretion" in lower)
    unequal = "only" in lower or "no other" in lower or "largest" in lower or "greatest" in lower \
        or "highest number" in lower
    if not (unpublished or funding or verify or unequal):
        return
    financial = _FINANCE.search(lower) or _FINANCE.search(statement.context)
    if not financial:
        return
    if unpublished:
        for match in _UNPUBLISHED.finditer(text, own_lo, own_hi):
            s_lo, s_hi = sentence_bounds(text, match.start(), match.end())
            if not _REPORT_NOUN.search(text, max(s_lo, match.start() - 120), match.start()):
                continue
            if re.search(r"\b(?:below|less\s+than|not\s+exceeding|under|up\s+to|smaller\s+than)\s+(?:\w{1,40}\s+){0,2}?"
                         r"(?:[$£€]\s*)?\d", text[s_lo:s_hi], re.I):
                continue  # small donations below a disclosure threshold
            if not (_FINANCE.search(text, max(own_lo, s_lo - 300), s_hi) or _FINANCE.search(statement.headings)):
                continue
            if re.search(r"\b(?:donors?|contributors?)['’]?\s+(?:\w{1,40}\s+){0,3}?(?:addresses?|identity|personal)|"
                         r"\baddress(?:es)?\s+of\b", text[s_lo:s_hi], re.I):
                continue
            yield make_fact("campaign.finance_opacity", "reports-unpublished", statement, match.start(), match.end(),
                            evidence=_ev(text, match.start(), match.end()))
            break
        for match in _NOT_DISCLOSE.finditer(text, own_lo, own_hi):
            s_lo, s_hi = sentence_bounds(text, match.start(), match.end())
            if re.search(r"\b(?:below|less\s+than|not\s+exceeding|under|up\s+to|smaller\s+than)\s+(?:\w{1,40}\s+){0,2}?"
                         r"(?:[$£€]\s*)?\d", text[s_lo:s_hi], re.I):
                continue  # small donations below a disclosure threshold
            yield make_fact("campaign.finance_opacity", "reports-unpublished", statement, match.start(), match.end(),
                            evidence=_ev(text, match.start(), match.end()))
            break
    if funding:
        for match in _FUNDING_DISCRETION.finditer(text, own_lo, own_hi):
            s_lo, s_hi = sentence_bounds(text, match.start(), match.end())
            context = text[max(0, s_lo - 300): s_hi]
            if not re.search(r"\b(?:funds?|funding|budget|subsid\w+|money|financ\w+)\b", context, re.I):
                continue
            if not re.search(r"\bpart(?:y|ies)|candidates?|campaign", context, re.I):
                continue
            yield make_fact("campaign.finance_opacity", "funding-discretionary", statement, match.start(), match.end(),
                            evidence=_ev(text, match.start(), match.end()))
            break
    if unequal:
        for match in _FUNDING_UNEQUAL.finditer(text, own_lo, own_hi):
            yield make_fact("campaign.finance_opacity", "funding-unequal", statement, match.start(), match.end(),
                            evidence=_ev(text, match.start(), match.end()))
            break
    if verify:
        for match in _VERIFY_DISCRETION.finditer(text, own_lo, own_hi):
            yield make_fact("campaign.finance_opacity", "verification-discretionary", statement, match.start(),
                            match.end(), evidence=_ev(text, match.start(), match.end()))
            break


_CAMPAIGN = lazy(r"\b(?:campaign\w*|agitation|canvass\w*|election\s+(?:propaganda|period))\b", re.I)
_BEGIN = lazy(r"\b(?:begin\w*|began|start\w*|commenc\w*|open\w*|(?:may|shall)\s+be\s+(?:conducted|carried\s+out|held)|"
                    r"(?:is|are)\s+(?:permitted|allowed)|may\s+campaign|lasts?|shall\s+last|duration|period\s+of)\b", re.I)
_END = lazy(r"\b(?:end\w*|ceas\w*|stop\w*|terminat\w*|prohibit\w*|silence|not\s+(?:be\s+)?(?:allowed|permitted)|"
                  r"shall\s+not|may\s+not|closes?|closing|concludes?)\b", re.I)
_BEFORE_DAY = lazy(r"\s{0,3}(?:\w{1,30}\s{1,3}){0,2}?(?:before|preceding|prior\s+to|ahead\s+of)\s+(?:the\s+)?(?:day\s+of\s+"
                         r"(?:the\s+)?(?:election|voting|poll)|(?:election|polling|voting)\s+day|elections?\b|"
                         r"(?:the\s+)?(?:date\s+of\s+the\s+)?(?:election|poll))", re.I)


_PERIOD_BETWEEN = lazy(
    r"\bperiod\s+(?:between|from)\s+[^.;]{3,80}?\s+(?:and|to|until)\s+(?:the\s+)?(?:polling|election|voting)\s+day\s+"
    r"(?:shall\s+be|is)\s+(?:not\s+less\s+than\s+|at\s+least\s+|no\s+less\s+than\s+)?(?P<d>[\w\-]{1,20}(?:\s+[\w\-]{1,20})?\s+"
    r"(?:calendar\s+|clear\s+)?days?)", re.I)
_TIED_TO_REGISTRATION = lazy(
    r"\b(?:conduct|carry\s+out|engage\s+in)\s+(?:campaign\w*|agitation)\s+(?:\w{1,40}\s+){0,3}?(?:after|following|from|upon)\s+"
    r"(?:the\s+)?(?:\w{1,40}\s+){0,4}?registration"
    r"|\b(?:campaign\w*|agitation)\s+(?:\w{1,40}\s+){0,6}?(?:begin|begins|start|starts|commence|commences|may\s+be\s+conducted|"
    r"shall\s+be\s+conducted)\s+(?:\w{1,40}\s+){0,6}?(?:after|following|upon|from|on\s+the\s+day\s+of)\s+(?:the\s+)?"
    r"(?:\w{1,40}\s+){0,4}?registration", re.I)
_REGISTRATION_DEADLINE = lazy(
    r"\bregistration\s+of\s+(?:\w{1,40}\s+){0,3}?candidates?\s+(?:\w{1,40}\s+){0,4}?(?:shall\s+)?(?:end|ends|be\s+completed|"
    r"take\s+place|close|closes|be\s+concluded)\s+(?:\w{1,40}\s+){0,3}?(?:not\s+later\s+than\s+|no\s+later\s+than\s+)?"
    r"(?P<d>[\w\-]+(?:\s+[\w\-]+)?\s+(?:calendar\s+)?days?)\s+(?:before|prior\s+to|preceding)\s+(?:the\s+)?"
    r"(?:election|polling|voting)\s+day"
    r"|\bcandidates?\s+shall\s+be\s+registered\s+(?:not\s+later\s+than|no\s+later\s+than|by)\s+"
    r"(?P<d2>[\w\-]+(?:\s+[\w\-]+)?\s+(?:calendar\s+)?days?)\s+(?:before|prior\s+to|preceding)\s+(?:the\s+)?"
    r"(?:election|polling|voting)\s+day", re.I)


def _period(statement: Statement) -> Iterator[Fact]:
    own_lo, own_hi = statement.own
    lower = statement.lower[own_lo:own_hi]
    if "campaign" not in lower and "agitation" not in lower and "canvass" not in lower:
        return
    if "day" not in lower and "week" not in lower and "month" not in lower:
        return
    text = statement.text
    own_text = text[own_lo:own_hi]
    # "fifteen days before election day" and "from the fifteenth day before election day" fix the same start.
    quantities = sorted((*find_durations(own_text), *find_ordinal_days(own_text)), key=lambda q: q.start)
    for duration in quantities:
        start, end = own_lo + duration.start, own_lo + duration.end
        if duration.unit not in ("day", "week", "month"):
            continue
        s_lo, s_hi = sentence_bounds(text, start, end)
        if not _CAMPAIGN.search(text, s_lo, s_hi):
            continue
        days = to_days(duration.value, duration.unit)
        before = _BEFORE_DAY.match(text, end)
        lasts = re.search(r"\b(?:lasts?|shall\s+last|duration\s+of|period\s+of|(?:during|within|in)\s+the(?:\s+last)?|"
                          r"(?:campaign(?:ing)?|campaign\s+period|period\s+of\s+campaigning)\s+(?:shall\s+be|is)(?:\s+limited\s+to)?)"
                          r"\s*$",
                          text[max(s_lo, start - 30): start], re.I)
        if not (before or lasts):
            continue
        lead = text[s_lo:start]
        begin = list(_BEGIN.finditer(lead))
        end_words = list(_END.finditer(lead))
        if not begin and not lasts:
            continue
        # The nearest governing word decides: "shall begin ... twelve days before" vs "shall end two days before".
        last_begin = begin[-1].start() if begin else -1
        last_end = end_words[-1].start() if end_words else -1
        if last_end > last_begin and not lasts:
            # A start tied to a registration that takes place N days before: "begin on the day following the
            # registration ..., which shall take place not later than N days before".
            if not re.search(r"\bbegin\w*\b[^.;]{0,160}\bregistration", lead, re.I):
                continue
        basis = "registration" if re.search(r"registration", lead, re.I) else "start"
        yield make_fact("campaign.period_days", int(round(days)), statement, start, end,
                        evidence=_ev(text, start, end), basis=basis)
        return
    for match in _PERIOD_BETWEEN.finditer(text, own_lo, own_hi):
        s_lo, s_hi = sentence_bounds(text, match.start(), match.end())
        if not _CAMPAIGN.search(text, s_lo, s_hi):
            continue
        for duration in find_durations(match.group("d")):
            if duration.unit in ("day", "week", "month"):
                yield make_fact("campaign.period_days", int(round(to_days(duration.value, duration.unit))), statement,
                                match.start(), match.end(), evidence=_ev(text, match.start(), match.end()),
                                basis="period before polling day")
                return
    # "Campaigning shall begin on the day following the registration of the candidate", with the registration
    # deadline in another paragraph of the article: "Registration shall end fifteen days before election day".
    tied = _TIED_TO_REGISTRATION.search(text, own_lo, own_hi)
    if tied is None:
        return
    scope = statement.scope_text
    for match in _REGISTRATION_DEADLINE.finditer(scope):
        for duration in find_durations(match.group("d") or match.group("d2")):
            if duration.unit not in ("day", "week", "month"):
                continue
            days = to_days(duration.value, duration.unit)
            yield make_fact("campaign.period_days", int(round(days)), statement, tied.start(), tied.end(),
                            evidence=_ev(text, tied.start(), tied.end()), basis="registration")
            return


EXTRACTORS = (dispatch(
    (("discredit", "defam", "slander", "libel", "abstain", "abstention", "non-participation", "not to vote",
      "not to take part", "insult", "offend", "humiliat", "denigrat", "disparag", "dignity", "honour", "honor",
      "reputation", "disrespect", "contempt", "ridicul", "mock", "deris", "approv", "clearance", "vetting", "vetted",
      "cleared", "review", "agreed", "endorse", "boycott", "examined", "journalist", "media", "editor", "information material",
      "broadcaster", "news", "negative", "alarm", "fear", "panic", "despondency", "disaffection", "public peace",
      "tranquil", "unrest", "critici"), _speech),
    (("meeting", "rall", "assembl", "demonstrat", "procession", "march", "picket", "gathering", "events"), _assembly),
    (("media", "broadcast", "airtime", "air time", "television", "radio", "newspaper", "periodical", "outlet",
      "coverage"), _media),
    (("confidential", "disclos", "publication", "published", "publish", "public", "inspection", "discretion", "selectiv",
      "official use", "internal use", "classified", "restricted access",
      "subsid",
      "budget", "funding", "funds", "allocat", "financing", "grant", "no other part", "not required to", "not obliged to", "need not", "confidential"), _finance),
    (("campaign", "agitation", "canvass"), _period),
),)
