"""Every provision the rule packs cite has at least one example in its instrument's feature file.

The standards features (``features/standards/<instrument>.feature``) are the specs a standards
expert reads; a provision encoded in a pack but absent from its feature is a spec with a hole.
A provision counts as illustrated when a scenario of its instrument's feature checks that a
finding cites it (``Then the finding on "<topic>" cites "<provision id>"``).
"""

from __future__ import annotations

import re
import tomllib
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
STANDARDS = ROOT / "features" / "standards"

#: The feature file that illustrates each instrument's provisions (by identifier prefix).
FEATURE_OF = {
    "UDHR": "udhr.feature",
    "ICCPR": "iccpr.feature",
    "GC25": "iccpr.feature",
    "CIS02": "cis-2002.feature",
    "CPH90": "copenhagen-1990.feature",
    "VC-CGP": "venice-code.feature",
    "PACE": "pace.feature",
}

_CITES_STEP = re.compile(r'^\s*(?:Then|And|But)\s+the finding on "[^"]+" cites "([^"]+)"\s*$', re.MULTILINE)


def _cited_by_packs() -> set[str]:
    cited: set[str] = set()
    for pack in sorted((ROOT / "rules").glob("*.toml")):
        with pack.open("rb") as handle:
            for rule in tomllib.load(handle).get("rule", []):
                cited.update(rule.get("cites", []))
    return cited


def _illustrated(feature: str) -> set[str]:
    path = STANDARDS / feature
    return set(_CITES_STEP.findall(path.read_text(encoding="utf-8"))) if path.exists() else set()


INSTRUMENT_PROVISIONS = sorted(p for p in _cited_by_packs() if p.split(":", 1)[0] in FEATURE_OF)


def test_every_international_instrument_cited_by_a_pack_has_a_feature_file() -> None:
    prefixes = {p.split(":", 1)[0] for p in _cited_by_packs()} - {"DRAFTING"}
    assert prefixes <= set(FEATURE_OF), f"no feature file assigned to {sorted(prefixes - set(FEATURE_OF))}"


@pytest.mark.parametrize("provision", INSTRUMENT_PROVISIONS)
def test_each_cited_provision_has_an_example_in_its_instruments_feature(provision: str) -> None:
    feature = FEATURE_OF[provision.split(":", 1)[0]]
    assert provision in _illustrated(feature), (
        f"{provision} is cited by a rule pack but no scenario of features/standards/{feature} "
        f'checks it with: Then the finding on "<topic>" cites "{provision}"'
    )
