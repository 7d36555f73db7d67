"""The facts-a rules on the three real acts: exactly the findings an expert would defend, nothing else.

Canada (prisoners vote by special ballot since Sauvé (No. 2); no residence period; permanent register) must stay
silent. New Zealand's 2010 blanket ban on sentenced prisoners (declared inconsistent with the Bill of Rights in
Taylor, 2018) is an error; its exclusion of long-term compulsory mental-health patients and its counterfoils
carrying the elector's roll page and line are warnings. Australia's three-year prisoner rule, its lifelong ban for
treason and its "unsound mind" test without a court are warnings.
"""

from __future__ import annotations

import pytest

from compliance.lawtext import read_law
from compliance.review import review
from compliance.rules import load_catalogue

from conftest import corpus_file

OURS = ("suffrage", "equality", "ballot")
CATALOGUE = load_catalogue().select(OURS)

EXPECTED = {
    "ca-canada-elections-act-en.txt": set(),
    "nz-electoral-act-1993-en.txt": {
        ("ICCPR003", "warning", "paragraph 80(1)(c)"),
        ("ICCPR001", "error", "paragraph 80(1)(d)"),
        ("VC021", "warning", "subparagraph 167(3)(c)(ii)"),
    },
    "au-commonwealth-electoral-act-1918-en.txt": {
        ("ICCPR003", "warning", "paragraph 93(8)(a)"),
        ("VC006", "warning", "paragraph 93(8)(b)"),
        ("VC006", "warning", "subsection 93(8AA)"),
    },
}


@pytest.mark.parametrize("name", sorted(EXPECTED))
def test_real_act_raises_only_the_defensible_findings(name: str) -> None:
    report = review(read_law(corpus_file(name)), catalogue=CATALOGUE)
    found = {(f.rule, f.severity.value, f.location.label) for f in report.findings if f.severity.value != "info"}
    assert EXPECTED[name] == found
