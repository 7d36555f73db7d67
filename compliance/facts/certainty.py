"""Legal certainty: vague, open-ended wording that leaves electoral rights to an authority's discretion.

Reads grounds for adverse decisions (refusing, cancelling, dissolving, postponing,
banning, excluding) written so broadly that the authority decides what they mean:

- aims with no legal contour: "contrary to the interests of the State", "national
  interests", "capable of undermining public harmony", "damaging the image (authority,
  prestige) of the State";
- open lists: "other violations of this Law ... which, in the opinion of the
  Commission, may affect ...", "in other cases where it finds ...", "on other grounds"
  (a closed cross-reference, "in other cases provided for by this Law", is not open);
- open-ended discretion over a right: "for such period as he or she considers
  necessary", "at its discretion", "in exceptional cases".

The wording must sit in a sentence (or the lead-in of a list) that takes an adverse
decision on an electoral right — a candidate, party, list, election, vote or campaign.
Left to other modules: the same wording about observers (``observers.access``), about
the verification of finance reports (``campaign.finance``). Not read: "public
interest", "public order", "national security", "public health or morals" — the
legitimate aims of ICCPR 19(3), 21 and 22 — nor discretion bounded by criteria ("if,
in its opinion, the name so nearly resembles the name of a registered party that it
is likely to be confused").
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from ..model import Fact
from .base import FactSpec, Statement, dispatch, evidence_window, make_fact, sentence_bounds
from .patterns import lazy

__all__ = ["FACTS", "EXTRACTORS"]

FACTS = (
    FactSpec("lawmaking.vague_ground", "str",
             "Vague or open-ended wording that governs an adverse decision on electoral rights; value is the form: "
             "interests-of-the-state, vague-harm, open-list, open-discretion.", ("phrase", "decision")),
)

_VAGUE = lazy(
    r"(?P<state>\b(?:interests?\s+of\s+(?:the\s+)?(?:state|nation|country|republic|society)|state\s+interests?|national\s+"
    r"interests?|interests?\s+of\s+(?:national\s+)?(?:state\s+)?(?:power|authorities))\b)"
    r"|(?P<harm>\b(?:(?:undermin\w*|disrupt\w*|threaten\w*|damag\w*|harm\w*)\s+(?:\w{1,40}\s+){0,2}?(?:public|social|civil|"
    r"inter-?ethnic|national|inter-?confessional)\s+(?:harmony|accord|concord|peace\s+and\s+harmony|consent)|"
    r"(?:discredit\w*|damag\w*|harm\w*|undermin\w*)\s+(?:\w{1,40}\s+){0,2}?(?:image|authority|prestige|reputation)\s+of\s+"
    r"(?:the\s+)?(?:state|country|republic|authorities|government)|(?:undermin\w*|erod\w*|damag\w*)\s+(?:public\s+)?"
    r"(?:trust|confidence)\s+in\s+(?:the\s+)?(?:state|authorities|government|institutions)|(?:harmful|detrimental|dangerous|"
    r"damaging)\s+to\s+(?:the\s+)?(?:society|state|nation|country|public\s+morals?|social\s+order)|(?:contradict\w*|contrary\s+to|"
    r"incompatible\s+with|conflicts?\s+with)\s+(?:the\s+)?(?:national\s+(?:idea|ideology)|state\s+(?:ideology|policy)|policy\s+of\s+"
    r"the\s+state|ideology\s+of\s+the\s+state|official\s+ideology))\b)"
    r"|(?P<open>\b(?:other\s+(?:violations|infringements|breaches|grounds|reasons|circumstances|cases)|"
    r"in\s+other\s+cases|on\s+other\s+grounds|any\s+other\s+(?:violation|ground|reason)s?)\b)"
    r"|(?P<discretion>\b(?:for\s+such\s+(?:period|time|duration)\s+as\s+(?:he|she|it|they|he\s+or\s+she|the\s+\w+)\s+"
    r"(?:considers?|deems?|thinks?|finds?)\s+(?:necessary|fit|appropriate|expedient)|at\s+(?:its|his|her|their)\s+"
    r"(?:own\s+|absolute\s+|sole\s+)?discretion|in\s+exceptional\s+cases|in\s+cases?\s+of\s+(?:extreme\s+)?necessity|"
    r"as\s+(?:it|he|she|the\s+\w+)\s+(?:deems?|considers?|thinks?|sees?)\s+(?:necessary|fit|appropriate)|"
    r"if\s+(?:it|he|she|they|the\s+\w+)\s+(?:deems?|considers?|thinks?|sees?|finds?)\s+(?:it\s+)?(?:necessary|fit|appropriate|"
    r"expedient|desirable))\b)",
    re.I,
)
_CLOSED = lazy(
    r"\W{0,3}(?:\w{1,40}\s+){0,4}?(?:provided\s+(?:for\s+)?(?:in|by)|specified\s+in|set\s+out\s+in|listed\s+in|referred\s+to\s+in|"
    r"established\s+by\s+(?:this\s+)?(?:law|code|act)|stipulated\s+(?:in|by)|prescribed\s+by\s+(?:this\s+)?(?:law|code|act)|"
    r"under\s+(?:this|the)\s+(?:law|code|act|article|section))", re.I)
_ADVERSE = lazy(
    r"\b(?:refus\w*|reject\w*|den(?:y|ied|ial)|cancel\w*|annul\w*|revok\w*|revocation|exclu\w*|deregist\w*|dissol\w*|"
    r"liquidat\w*|suspen\w*|terminat\w*|postpon\w*|prohibit\w*|ban(?:ned)?|restrict\w*|depriv\w*|withdraw\w*|invalid\w*|"
    r"disqualif\w*|remov\w*|not\s+(?:be\s+)?(?:registered|admitted|allowed|permitted)|shall\s+not\s+register|"
    r"inadmissible|ineligib\w*)\b", re.I)
_RIGHTS = lazy(
    r"\b(?:candidat\w*|part(?:y|ies)|lists?|elections?|voters?|vote|voting|electors?|registration|mandates?|deputies|"
    r"campaign\w*|blocs?|nominat\w*|referend\w*|associations?|poll)\b", re.I)
_ELSEWHERE = lazy(r"\b(?:observers?|journalists?|media\s+representatives?|reports?\s+of|financial\s+reports?|"
                        r"accreditation|officers?|employees?|staff|removed\s+from\s+office)\b", re.I)
_DECIDING_OFFICER = lazy(r"\b(?:returning|presiding|registration|electoral|election|nomination|revising)\s+officers?\b",
                         re.I)
_JUDICIAL = lazy(r"\b(?:the|a|that)\s+(?:high\s+|supreme\s+|district\s+|electoral\s+|election\s+)?(?:court|judge|tribunal)"
                 r"\s+(?:may|shall|can)\b", re.I)
_BOUNDED_OPINION = lazy(r"\b(?:likely\s+to\s+be\s+confused|so\s+nearly\s+resembles|is\s+relevant)\b", re.I)


def _vague(statement: Statement) -> Iterator[Fact]:
    own_lo, own_hi = statement.own
    text = statement.text
    seen: set[int] = set()
    for match in _VAGUE.finditer(text, own_lo, own_hi):
        kind = match.lastgroup
        s_lo, s_hi = sentence_bounds(text, match.start(), match.end())
        if s_lo in seen:
            continue
        if kind == "open" and _CLOSED.match(text, match.end(), min(s_hi, match.end() + 80)):
            continue
        sentence = text[s_lo:s_hi]
        # The decision may be in the sentence or in the lead-in of the list the provision belongs to.
        lead = text[max(0, own_lo - 300): own_lo]
        adverse = _ADVERSE.search(sentence) or (lead and _ADVERSE.search(lead))
        if not adverse:
            continue
        if not (_RIGHTS.search(sentence) or (lead and _RIGHTS.search(lead)) or _RIGHTS.search(statement.headings)):
            continue
        # A court weighing "if it thinks fit" exercises judicial discretion, reviewable on appeal; the
        # standards' concern is an administrator's unbounded discretion.
        if kind == "discretion" and _JUDICIAL.search(sentence):
            continue
        # The officer who decides ("the returning officer may reject ...") is not what the sentence is about.
        about = _DECIDING_OFFICER.sub(" ", sentence)
        if _ELSEWHERE.search(about) or _BOUNDED_OPINION.search(sentence):
            continue
        if kind == "open" and not re.search(r"\b(?:opinion|finds?|considers?|deems?|believes?|may\s+affect|"
                                            r"discretion|in\s+other\s+cases|on\s+other\s+grounds|any\s+other)\b",
                                            sentence, re.I):
            continue
        seen.add(s_lo)
        value = {"state": "interests-of-the-state", "harm": "vague-harm", "open": "open-list",
                 "discretion": "open-discretion"}[kind]
        yield make_fact("lawmaking.vague_ground", value, statement, match.start(), match.end(),
                        evidence=evidence_window(text, match.start(), match.end(), s_lo, s_hi),
                        phrase=" ".join(match.group(0).split()), decision=adverse.group(0).lower())


EXTRACTORS = (dispatch(
    (("interest of", "interests of", "state interest", "national interest", "harmony", "public accord",
      "social accord", "civil accord", "national accord", "concord", "image of", "prestige", "authority of the state",
      "other violation", "other infringement", "other breach", "other ground", "other reason", "other circumstance",
      "other case", "any other", "such period", "such time", "such duration", "discretion", "exceptional",
      "necessity", "considers necessary", "deems necessary", "considers it", "deems it", "thinks fit", "deems fit",
      "considers fit", "considers appropriate", "deems appropriate", "thinks necessary", "sees fit", "trust in",
      "confidence in", "harmful to", "detrimental to", "dangerous to", "damaging to", "national idea",
      "ideology", "policy of the state", "state policy"), _vague),
),)
