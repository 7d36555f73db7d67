"""Who may vote: the minimum voting age.

Reads "Citizens who have reached eighteen years of age shall have the right
to elect", "every person who ... is 18 years of age or older is qualified as
an elector", "electors who have reached twenty-five years of age" (an upper
chamber elected by older voters). An age in a clause about standing for
election ("eligible", "the right to be elected", "candidate") is a candidacy
age, not a voting age.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from ..model import Fact
from .base import FactSpec, Statement, clause_bounds, make_fact, sentence_bounds
from .quantities import find_ages

__all__ = ["FACTS", "EXTRACTORS"]

FACTS = (
    FactSpec("voting.min_age", "int", "The minimum age to vote, in years.", ("scope",)),
)

_VOTE_CUES = re.compile(
    r"\b(?:right\s+to\s+(?:vote|elect)|entitled\s+to\s+(?:vote|be\s+registered|enrol)|qualified\s+(?:as\s+an?\s+|to\s+be\s+registered\s+as\s+an?\s+)?electors?|"
    r"may\s+vote|shall\s+vote|eligible\s+to\s+vote|enrol(?:l?ment)?\s+as\s+(?:an?\s+)?electors?|electors?\b|voters?\b|"
    r"active\s+electoral\s+right|suffrage|elected\s+by)",
    re.I,
)
_STAND_CUES = re.compile(
    r"\b(?:eligible(?!\s+to\s+vote)|right\s+to\s+be\s+elected|(?:may|shall|can)\s+be\s+elected|be\s+elected\s+(?:as|to|a)\b|"
    r"stand(?:ing)?\s+(?:for|as)|candidates?\b|candidacy|passive\s+electoral\s+right|be\s+nominated|"
    r"be\s+registered\s+as\s+a\s+candidate)",
    re.I,
)


def _voting_age(statement: Statement) -> Iterator[Fact]:
    lower = statement.lower
    if "age" not in lower and "year" not in lower:
        return
    text = statement.text
    for age in find_ages(text):
        lo, hi = clause_bounds(text, age.start, age.end)
        s_lo, s_hi = sentence_bounds(text, age.start, age.end)
        clause = text[lo:hi]
        sentence = text[s_lo:s_hi]
        if _STAND_CUES.search(sentence) and not re.search(r"\belected\s+by\b", sentence, re.I):
            continue
        if not (_VOTE_CUES.search(clause) or _VOTE_CUES.search(sentence)):
            continue
        scope = "local" if re.search(r"\b(?:local|municipal|maslikhat|council)\b", sentence, re.I) else "general"
        yield make_fact("voting.min_age", age.as_int, statement, age.start, age.end,
                        evidence=(s_lo, s_hi), scope=scope)


EXTRACTORS = (_voting_age,)
