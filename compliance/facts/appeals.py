"""Electoral appeals: time-limits, finality of administrative decisions, and who may appeal.

Reads three things the Venice Code (II.3.3) quantifies or states outright:

- **time-limits** to lodge and to decide a complaint or appeal: "may be appealed to
  the higher commission within one day of their adoption", "shall decide on the
  complaint within twenty-four hours", "an application ... may be filed within
  three months", "an election petition shall be presented within 28 days". A
  duration counts only when it is a time-limit ("within", "not later than", "a
  period of") in a sentence about appeals or complaints (or under such a
  heading); whether it is a limit to *lodge* or to *decide* is read from the
  nearest verb before it ("filed", "lodged", "appealed" / "decide",
  "consider", "examine"). Periods counted back from election day and
  complaints lodged on election day itself are left alone;
- **finality** of decisions of an election commission or officer ("are final
  and shall not be subject to appeal", "the decision of the precinct
  commission shall be final", "may be appealed only to the Central Election
  Commission"). Decisions of courts being final is normal and is read as such;
  a clause that keeps a court route ("subject to the Constitution and to
  section 39B of the Judiciary Act", "but may be questioned on an election
  petition") is an exception;
- **standing**: a list of who may complain that names candidates, parties or
  observers but no voter; "only in respect of ... his or her own electoral
  rights"; "an application by a voter challenging the results shall be
  returned". An appeal against a decision addressed to one person (a refusal to
  register *a* candidate, lodged by that candidate) is not a standing limit.

Deliberately not read: how appeal bodies are organised, annulment powers,
court fees, and deadlines of other procedures (nominations, recounts
ordered by officials).
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from ..model import Fact
from .base import FactSpec, Statement, dispatch, make_fact, sentence_bounds
from .quantities import find_durations, to_days
from .patterns import lazy

__all__ = ["FACTS", "EXTRACTORS"]

_KW0 = lazy("|".join(map(re.escape, ("appeal", "complain", "petition", "challeng", "contest", "court",
                                    "application"))))
_KW1 = lazy("|".join(map(re.escape, ("appeal", "complain", "petition", "challeng", "contest"))))

FACTS = (
    FactSpec("appeal.lodge_days", "float",
             "Time-limit to lodge a complaint or appeal, in days (hours as fractions of a day); subject is register, "
             "results or decisions.",
             ("instance", "unit", "amount", "subject")),
    FactSpec("appeal.decide_days", "float",
             "Time-limit for the complaint or appeal body to decide, in days (hours as fractions of a day).",
             ("instance", "unit", "amount", "subject")),
    FactSpec("appeal.final", "str",
             "Decisions of a body are declared final / not open to appeal; value is the kind of body "
             "('commission' for election administration, 'court' for courts).", ("body",)),
    FactSpec("appeal.standing", "str",
             "Who may lodge complaints or appeals, when the law limits it; value is 'no-voters' (a list of "
             "complainants without voters), 'own-rights' (only violations of the complainant's own rights) or "
             "'voters-barred' (voters' applications rejected).", ("who",)),
)

_APPEAL_CUE = lazy(
    r"\b(?:appeal(?:s|ed|able)?|complaints?|petitions?|challeng(?:e|es|ed|ing)|contest(?:ed|ing)?\s+"
    r"(?:the\s+|an?\s+)?(?:election|result|decision|return)|(?:application|apply|applies|applied)\s+to\s+"
    r"(?:a|the)\s+(?:\w{1,40}\s+){0,2}?(?:court|judge|tribunal))",
    re.I,
)
_PREFIX = lazy(
    r"(?:within|(?:no|not)\s+later\s+than|(?:no|not)\s+more\s+than|period\s+of|time[\s-]limit\s+of|up\s+to|"
    r"in\s+the\s+course\s+of|before\s+the\s+expiry\s+of|shall\s+be|is)"
    r"(?:\s+(?:a\s+period\s+of|the\s+(?:following|next|first)|a|the))?\s*(?:\(|\s)?$",
    re.I,
)
_LODGE_VERB = lazy(
    r"\b(?:lodg(?:e|ed|es|ing)|fil(?:e|ed|es|ing)|submit(?:ted|s|ting)?|submission|brought|bring(?:ing)?|"
    r"present(?:ed|s|ing)?|presentation|appeal(?:ed|s)?|challeng(?:e|ed|es|ing)|contest(?:ed|s|ing)?|"
    r"appl(?:y|ied|ies)|institut(?:e|ed))\b",
    re.I,
)
_DECIDE_VERB = lazy(
    r"\b(?:decid(?:e|ed|es|ing)|decision|consider(?:ed|s|ing)?|consideration|examin(?:e|ed|es|ing|ation)|"
    r"review(?:ed|s|ing)?|resolv(?:e|ed|es|ing)|determin(?:e|ed|es|ing|ation)|heard|hear(?:ing)?|"
    r"rul(?:e|ed|es|ing)|dispos(?:e|ed)|settled?|dealt|adjudicat(?:e|ed)|judgment|judgement)\b",
    re.I,
)
_COUNTED_BACK = lazy(r"\W{0,3}(?:before|preceding|prior\s+to|ahead\s+of)\b", re.I)
_ELECTION_DAY = lazy(
    r"\b(?:on|during)\s+(?:the\s+)?(?:election|polling|voting)\s+day|\bon\s+the\s+day\s+of\s+(?:the\s+)?"
    r"(?:election|voting|poll)", re.I)
_COURT = lazy(r"\b(?:court|courts|judge|judges|tribunal|judiciary|judicial)\b", re.I)
# Commonwealth "petitions" (disputed returns) are how the result of an election is challenged.
_RESULTS = lazy(r"\bresults?\b|\breturns?\b|\bvalidity\s+of\s+(?:the\s+)?election|\b(?:election\s+)?petitions?\b", re.I)


_REGISTER = lazy(r"\b(?:voter\s+lists?|lists?\s+of\s+(?:voters|electors)|voters['’]?\s+lists?|(?:electoral|voters['’]?)\s+"
                       r"(?:register|roll)s?|register\s+of\s+(?:voters|electors)|electoral\s+roll)\b", re.I)


def _subject(sentence: str) -> str:
    """What the time-limit is about: the voter register (corrections are decided quickly by design), the
    results, or other decisions."""
    if _REGISTER.search(sentence):
        return "register"
    return "results" if _RESULTS.search(sentence) else "decisions"


_CASE = lazy(r"\b(?:applications?|claims?|cases?|suits?|actions?)\b", re.I)


def _is_appeal_sentence(text: str, lo: int, hi: int) -> bool:
    """An appeal or complaint is spoken of, or a court is seized of an application."""
    return bool(_APPEAL_CUE.search(text, lo, hi) or (_COURT.search(text, lo, hi) and _CASE.search(text, lo, hi)))


def _prefilter(lower: str) -> bool:
    return any(word in lower for word in ("appeal", "complain", "petition", "challeng", "contest", "court"))


_DAY_AFTER = lazy(
    r"\b(?:not\s+later\s+than|no\s+later\s+than|by|until|before\s+the\s+end\s+of)\s+(?:\d{1,2}[:.]\d{2}\s*(?:hours\s+|a\.m\.\s+|"
    r"p\.m\.\s+)?)?(?:on\s+)?(?:the\s+end\s+of\s+)?the\s+(?:day|date)\s+(?:following|after|next\s+to)\b", re.I)
_MODAL_VERB = lazy(
    r"\b(?:shall|must|may|can|will|is\s+to|are\s+to)\s+(?:not\s+)?(?:also\s+)?(?:be\s+)?(?P<verb>[a-z]+)", re.I)


def _kind_of_limit(text: str, lo: int, hi: int) -> str | None:
    """'lodge' or 'decide', from the main verb governing the time-limit (the last modal verb phrase,
    or else the nearest known verb before it)."""
    kind = None
    for match in _MODAL_VERB.finditer(text, lo, hi):
        verb = match.group("verb")
        if verb.lower() in ("give", "make", "deliver", "take", "render", "issue"):
            if _DECISION_NOUN.match(text, match.end(), match.end() + 40) or re.match(
                    r"\s+(?:its|a|the|their|his|her)\s+(?:\w{1,40}\s+)?(?:decision|judg(?:e)?ment|ruling|order|determination)",
                    text[match.end(): match.end() + 60], re.I):
                kind = "decide"
        elif _DECIDE_VERB.fullmatch(verb):
            kind = "decide"
        elif _LODGE_VERB.fullmatch(verb):
            kind = "lodge"
    if kind is not None:
        return kind
    last_lodge = last_decide = -1
    for match in _LODGE_VERB.finditer(text, lo, hi):
        last_lodge = match.start()
    for match in _DECIDE_VERB.finditer(text, lo, hi):
        last_decide = match.start()
    if last_lodge < 0 and last_decide < 0:
        return None
    return "decide" if last_decide > last_lodge else "lodge"


def _deadlines(statement: Statement) -> Iterator[Fact]:
    text = statement.text
    own_lo, own_hi = statement.own
    own_lower = statement.lower[own_lo:own_hi]
    if "within" not in own_lower and "later than" not in own_lower and "period" not in own_lower \
            and " after" not in own_lower and "following" not in own_lower:
        return
    heading_cue = bool(_APPEAL_CUE.search(statement.headings))
    if not heading_cue and not _prefilter(own_lower):
        return
    for duration in find_durations(text[own_lo:own_hi]):
        start, end = duration.start + own_lo, duration.end + own_lo
        if duration.unit == "year" or not _PREFIX.search(text, max(0, start - 40), start):
            continue
        if _COUNTED_BACK.match(text, end, end + 20):
            continue
        s_lo, s_hi = sentence_bounds(text, start, end)
        if not (heading_cue or _is_appeal_sentence(text, s_lo, s_hi)):
            continue
        kind = _kind_of_limit(text, max(s_lo, start - 200), start)
        if kind is None:
            continue
        if kind == "decide" and _ELECTION_DAY.search(text, max(s_lo, start - 120), end + 60):
            continue
        sentence = text[s_lo:s_hi]
        days = round(to_days(duration.value, duration.unit), 3)
        yield make_fact(f"appeal.{kind}_days", days, statement, start, end, evidence=(s_lo, s_hi),
                        instance="court" if _COURT.search(sentence) else "commission", unit=duration.unit,
                        amount=duration.as_int, subject=_subject(sentence))
    for match in _DAY_AFTER.finditer(text, own_lo, own_hi):
        s_lo, s_hi = sentence_bounds(text, match.start(), match.end())
        if not (heading_cue or _is_appeal_sentence(text, s_lo, s_hi)):
            continue
        kind = _kind_of_limit(text, max(s_lo, match.start() - 200), match.start())
        if kind is None:
            continue
        sentence = text[s_lo:s_hi]
        yield make_fact(f"appeal.{kind}_days", 1.0, statement, match.start(), match.end(), evidence=(s_lo, s_hi),
                        instance="court" if _COURT.search(sentence) else "commission", unit="day", amount=1,
                        subject=_subject(sentence))


_FINAL = lazy(
    r"\b(?:(?:is|are|shall\s+be|be|being)\s+final\b"
    r"|(?:shall|may|can)\s*not\s+be\s+(?:the\s+)?(?:subject\s+(?:of|to)\s+(?:an?\s+|any\s+)?(?:further\s+)?(?:appeal|(?:judicial\s+)?review|"
    r"challenge)|appealed|challenged|contested|questioned|reviewed)"
    r"|(?:is|are)\s+not\s+(?:subject\s+to\s+(?:an?\s+|any\s+)?(?:appeal|(?:judicial\s+)?review)|appealable|open\s+to\s+"
    r"(?:appeal|challenge))"
    r"|no\s+appeal\s+(?:shall\s+)?(?:lies?|is\s+allowed|may\s+be\s+(?:made|lodged|brought))"
    r"|may\s+be\s+appealed\s+only\s+to\s+(?:the\s+|a\s+)?(?:higher|superior|central)\b"
    r"|(?:is|shall\s+be|acts?\s+as)\s+the\s+(?:final|last|highest|ultimate)\s+(?:instance|authority|arbiter)\b"
    r"|(?:shall|may|can)\s*not\s+be\s+called\s+in\s+question"
    r"|(?P<nobody>\bno\s+(?:\w{1,40}\s+){0,14}?(?:shall|may|can)\s+be\s+(?:called\s+in\s+question|questioned|challenged|"
    r"appealed(?:\s+against)?|reviewed))"
    r"|(?P<nocourt>\bcourts?\s+(?:shall|may|can)\s*not\s+(?:examine|consider|review|hear|entertain|accept)|\bno\s+court\s+"
    r"(?:shall|may)\s+(?:have\s+jurisdiction\s+to\s+)?(?:review|entertain|hear|question|inquire|examine)))",
    re.I,
)
_BODY = (
    r"(?:(?:supreme|high|constitutional|district|regional|administrative|appeal|superior)\s+)?"
    r"(?:court|tribunal|judge|constitutional\s+council|commission|committee|board|council|commissioner|"
    r"chief\s+electoral\s+officer|returning\s+officer|electoral\s+officer|registrar|administrator|arbitrator|"
    r"cec|parliament|president)s?"
)
_DECISION_OF = lazy(
    r"\bdecisions?\s+(?:\w{1,40}\s+){0,6}?(?:of|by)\s+(?:the\s+|a\s+|an\s+|any\s+)?(?:[\w\-]+\s+){0,4}?(?P<body>"
    + _BODY + r")\b", re.I)
_BODY_DECISION = lazy(r"\b(?P<body>" + _BODY + r")(?:'s|’s|,\s+whose)\s+decisions?\b", re.I)
_ANY_BODY = lazy(r"\b(?P<body>" + _BODY + r")\b", re.I)
_ADMIN_BODY = lazy(
    r"commission|committee|board|council|commissioner|electoral\s+officer|returning\s+officer|cec", re.I)
_COURT_BODY = lazy(r"court|tribunal|judge|constitutional\s+council", re.I)
_DECISION_NOUN = lazy(
    r"\b(?:decisions?|rulings?|determinations?|resolutions?|findings?|orders?|verdicts?)\b", re.I)
_KEEPS_COURT = lazy(
    r"\b(?:subject\s+to\s+(?:the\s+)?(?:constitution|(?:\w{1,40}\s+){0,4}(?:court|judicial|review|petition|appeal)|"
    r"section|article|paragraph|subsection)"
    r"|except\b|save\s+(?:as|where|that)|but\s+(?:\w{1,40}\s+){0,8}?(?:may|shall|can)\s+be\s+(?:questioned|reviewed|"
    r"appealed|challenged)|without\s+prejudice\s+to)", re.I)
_COURT_ROUTE = lazy(
    r"\b(?:appeal(?:ed)?|challenged?|complaint|review(?:ed)?|application|apply)\s+(?:\w{1,40}\s+){0,8}?"
    r"(?:to|in|before|with)\s+(?:a|the|any)\s+(?:\w{1,40}\s+){0,3}?(?:court|judge|tribunal)\b", re.I)


_NEGATED_BEFORE = lazy(r"\b(?:not|no|never)\s+(?:be\s+)?(?:subject\s+to\s+(?:an?\s+|any\s+)?|open\s+to\s+(?:an?\s+|any\s+)?)?$",
                       re.I)


def _open_court_route(text: str) -> bool:
    """Whether the text offers a route to a court that is not itself negated: "may be appealed to a court" keeps
    the courts open, "is not subject to appeal to a court" shuts them."""
    for match in _COURT_ROUTE.finditer(text):
        if not _NEGATED_BEFORE.search(text[max(0, match.start() - 40): match.start()]):
            return True
    return False


def _keeps_court(text: str, lo: int, hi: int) -> bool:
    for match in _KEEPS_COURT.finditer(text, lo, hi):
        if not re.search(r"\bnot\s+(?:be\s+)?$", text[max(lo, match.start() - 8): match.start()]):
            return True
    return False


def _finality(statement: Statement) -> Iterator[Fact]:
    own_lo, own_hi = statement.own
    lower = statement.lower[own_lo:own_hi]
    if "final" not in lower and "not be" not in lower and "appeal" not in lower and "not subject" not in lower \
            and "court" not in lower:
        return
    text = statement.text
    for match in _FINAL.finditer(text, own_lo, own_hi):
        s_lo, s_hi = sentence_bounds(text, match.start(), match.end())
        phrase = match.group(0).lower()
        if match.group("nocourt"):
            after = _DECISION_OF.search(text, match.end(), s_hi) or _ANY_BODY.search(text, match.end(), s_hi)
            if after and _ADMIN_BODY.search(after.group("body")) and not _keeps_court(text, s_lo, s_hi):
                yield make_fact("appeal.final", "commission", statement, match.start(), match.end(),
                                evidence=(s_lo, s_hi), body=" ".join(after.group("body").split()))
            continue
        if match.group("nobody") and (not _DECISION_NOUN.search(match.group(0))
                                      or _COURT_BODY.search(match.group(0))):
            continue  # "no person shall be questioned", "no judgment of the Court shall be reviewed"
        in_court = re.match(r"\s+(?:in|before|by)\s+(?:a\s+|any\s+|the\s+)?(?:court|judicial)", text[match.end(): s_hi], re.I)
        if in_court and not _COURT_BODY.search(text[s_lo: match.start()]) and not _keeps_court(text, s_lo, s_hi):
            yield make_fact("appeal.final", "commission", statement, match.start(), match.end(), evidence=(s_lo, s_hi),
                            body="election administration")
            continue
        if "only" not in phrase and "instance" not in phrase and "authority" not in phrase and "arbiter" not in phrase \
                and not _DECISION_NOUN.search(text, max(s_lo, match.start() - 250), match.start()):
            continue
        if _keeps_court(text, s_lo, s_hi):
            continue
        if re.search(r"\b(?:is|are)\s+valid\b(?!\s+or\s+invalid)|\baccept\w*", text[s_lo:s_hi], re.I):
            continue  # a decision accepting a nomination or a ballot restricts nobody's rights
        if "only" in phrase:
            body = "commission"
            label = match.group(0)
        else:
            found = None
            for pattern in (_DECISION_OF, _BODY_DECISION):
                found = pattern.search(text, s_lo, match.start())
                if found:
                    break
            if found is None:
                bodies = list(_ANY_BODY.finditer(text, s_lo, match.start()))
                if not bodies and re.search(r"\b(?:its|their)\s+(?:\w{1,40}\s+)?decisions?\b", text[s_lo: match.start()], re.I):
                    # "The Commission is the highest body ...; its decisions cannot be appealed."
                    bodies = list(_ANY_BODY.finditer(text, max(own_lo, s_lo - 250), s_lo))
                found = bodies[-1] if bodies else None
            if found is None:
                continue
            label = found.group("body")
            if _COURT_BODY.search(label):
                body = "court"
            elif _ADMIN_BODY.search(label):
                body = "commission"
            else:
                body = "other"
        if body == "commission" and _open_court_route(statement.own_text):
            continue
        yield make_fact("appeal.final", body, statement, match.start(), match.end(), evidence=(s_lo, s_hi),
                        body=" ".join(label.split()))


_ACTORS = lazy(
    r"\b(?:candidates?|(?:political\s+)?part(?:y|ies)|observers?|proxies|agents?|representatives?|"
    r"(?:electoral\s+)?blocs?|initiative\s+groups?|(?:election\s+)?commissions?|members?\s+of\s+(?:the\s+)?"
    r"commissions?|nominating\s+(?:bodies|organi[sz]ations)|public\s+associations?|"
    r"(?:non-governmental|non-commercial)\s+organi[sz]ations?)\b", re.I)
_VOTERS = lazy(
    r"\b(?:voters?|electors?|citizens?|any(?:\s+interested)?\s+person|every(?:one|\s+person)|persons?\s+"
    r"(?:qualified|entitled)\s+to\s+vote|any(?:one|body)|interested\s+persons?|natural\s+persons?)\b", re.I)
_BY_LIST = lazy(
    r"\b(?:right|standing)\s+to\s+(?:lodge|file|submit|bring|appeal|challenge|contest|complain)\s+(?:\w{1,40}\s+){0,10}?"
    r"(?:belongs?|is\s+(?:granted|given|vested|reserved)|shall\s+(?:belong|be\s+granted|be\s+vested|be\s+reserved))\s+"
    r"(?:only\s+|exclusively\s+)?to\b"
    r"|\b(?:may|shall|can)\s+be\s+(?:lodged|filed|submitted|brought|presented|made|appealed|challenged|contested)"
    r"\s+(?:\w{1,40}\s+){0,8}?by\b|\b(?:right|entitled)\s+to\s+(?:lodge|file|submit|appeal|challenge|contest|complain)"
    r"|\bmay\s+(?:lodge|file|submit|bring|present)\s+(?:an?\s+)?(?:complaint|appeal|application|petition)"
    r"|\bmay\s+(?:appeal|complain|challenge|contest)\b"
    r"|\b(?:have|has)\s+(?:the\s+)?standing\s+to\s+(?:appeal|challenge|contest|complain|lodge|file|bring|petition)\b", re.I)
_OWN_RIGHTS = lazy(
    r"\bonly\s+(?:\w{1,40}\s+){0,12}?(?:his|her|their|its|his\s+or\s+her)\s+own\s+(?:\w{1,40}\s+){0,2}?(?:rights?|interests?)"
    r"|\b(?:his|her|their|its|his\s+or\s+her)\s+own\s+(?:electoral\s+)?rights?\s+(?:\w{1,40}\s+){0,4}?only\b"
    r"|\bonly\s+(?:\w{1,40}\s+){0,6}?(?:whose|where\s+(?:his|her|their))\s+(?:own\s+)?(?:\w{1,40}\s+){0,2}?rights?\s+"
    r"(?:have\s+been|are|were)\s+(?:directly\s+|personally\s+)?(?:violated|infringed|breached)"
    r"|\b(?:voters?|electors?|citizens?)\s+may\s+(?:\w{1,40}\s+){0,3}?only\s+(?:\w{1,40}\s+){0,4}?(?:their|his|her|his\s+or\s+her)\s+"
    r"(?:own\s+)?(?:inclusion|registration|entry|name)", re.I)
_VOTERS_BARRED = lazy(
    r"\b(?:application|complaint|appeal|petition)s?\s+(?:\w{1,40}\s+){0,3}?by\s+(?:an?\s+)?(?:voter|elector|citizen)s?"
    r"\s+(?:\w{1,40}\s+){0,10}?(?:shall|will|must)\s+(?:be\s+returned|not\s+be\s+(?:considered|accepted|admitted|"
    r"examined)|be\s+(?:rejected|dismissed|inadmissible))"
    r"|\b(?:voters?|electors?|citizens?)\s+(?:shall|may|can)\s*not\s+(?:\w{1,40}\s+){0,2}?(?:appeal|challenge|contest|"
    r"complain|lodge|file)", re.I)
_PERSONAL_DECISION = lazy(
    r"\b(?:refus\w+|cancel\w+|revoc\w+|revok\w+|den(?:y|ial)\w*|rejection)\b|registration\s+of\s+(?:the|a|that)\s+"
    r"candidate|(?:his|her|its|their)\s+(?:registration|nomination|accreditation)", re.I)


def _actor(word: str) -> str:
    word = " ".join(word.lower().split())
    for key in ("candidate", "part", "observer", "prox", "agent", "representative", "bloc", "initiative",
                "commission", "nominating", "association", "organi"):
        if key in word:
            return {"part": "parties", "prox": "proxies", "organi": "organisations", "commission": "commissions"}.get(
                key, key + "s")
    return word


def _standing(statement: Statement) -> Iterator[Fact]:
    own_lo, own_hi = statement.own
    lower = statement.lower[own_lo:own_hi]
    if not _KW0.search(lower):
        return
    text = statement.text
    own_words = "only" in lower and any(w in lower for w in (" own ", "directly", "personally", "whose", "their", "his",
                                                            "her"))
    for match in (_OWN_RIGHTS.finditer(text, own_lo, own_hi) if own_words else ()):
        s_lo, s_hi = sentence_bounds(text, match.start(), match.end())
        if _APPEAL_CUE.search(text, s_lo, s_hi) or _COURT.search(text, s_lo, s_hi):
            yield make_fact("appeal.standing", "own-rights", statement, match.start(), match.end(),
                            evidence=(s_lo, s_hi), who="")
    voters = "voter" in lower or "elector" in lower or "citizen" in lower
    for match in (_VOTERS_BARRED.finditer(text, own_lo, own_hi) if voters else ()):
        s_lo, s_hi = sentence_bounds(text, match.start(), match.end())
        yield make_fact("appeal.standing", "voters-barred", statement, match.start(), match.end(),
                        evidence=(s_lo, s_hi), who="")
    if not _KW1.search(lower):
        return
    for match in _BY_LIST.finditer(text, own_lo, own_hi):
        s_lo, s_hi = sentence_bounds(text, match.start(), match.end())
        sentence = text[s_lo:s_hi]
        if not (_is_appeal_sentence(text, s_lo, s_hi) or re.search(r"\bcontested\b", sentence, re.I)):
            continue
        if _PERSONAL_DECISION.search(sentence):
            continue
        # Who: the words after "by" (passive), or before "may" (active), plus a list below a lead-in.
        if match.group(0).lower().rstrip().endswith(("by", " to")):
            who_lo, who_hi = match.end(), s_hi
        else:
            who_lo, who_hi = s_lo, match.start()
        who = text[who_lo:who_hi]
        if who.rstrip().endswith(":") or sentence.rstrip().endswith(":"):
            scope = statement.scope_text
            at = scope.find(sentence.strip()[:60])
            if at >= 0:
                who += "\n" + scope[at + len(sentence.strip()): at + len(sentence.strip()) + 600]
        actors = {_actor(m.group(0)) for m in _ACTORS.finditer(who)}
        only = re.search(r"\bonly\b", sentence, re.I) is not None
        if _VOTERS.search(who) or not actors:
            continue
        if len(actors) < 2 and not only:
            continue
        yield make_fact("appeal.standing", "no-voters", statement, match.start(), match.end(),
                        evidence=(s_lo, s_hi), who=", ".join(sorted(actors)))


EXTRACTORS = (dispatch(
    (("within", "later than", "period", "day after", "day following", "date following"), _deadlines),
    (("final", "in question", "not be subject", "not subject", "no appeal", "without appeal", "questioned", "no court",
      "courts shall not", "court shall not", "courts may not", "appealed only", "not be appealed", "cannot be appealed", "final instance", "last instance",
      "highest authority", "final authority", "not be contested",
      "not be challenged", "cannot be challenged", "not be reviewed", "not be contested", "not appealable"), _finality),
    (("appeal", "complain", "petition", "challeng", "contest", "apply to", "application to", "applications to",
      "application by", "applications by", "standing"), _standing),
),)
