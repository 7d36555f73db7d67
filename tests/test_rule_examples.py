"""Every rule's own examples run: a fail example yields that rule's finding, a pass example does not."""

from __future__ import annotations

import pytest

from compliance.rules import load_catalogue
from compliance.selftest import run_example

CATALOGUE = load_catalogue()
CASES = [
    pytest.param(rule, example, id=f"{rule.id}:{example.expect}:{example.name or index}")
    for rule in CATALOGUE.rules
    for index, example in enumerate(rule.examples, start=1)
]


@pytest.mark.parametrize(("rule", "example"), CASES)
def test_rule_example(rule, example) -> None:
    outcome = run_example(rule, example, CATALOGUE)
    if example.expect == "fail":
        assert outcome.findings, f"{rule.id} should flag this example:\n{example.text or example.draft}"
    else:
        found = "\n".join(f"{f.location.label}: {f.message} [{f.evidence}]" for f in outcome.findings)
        assert not outcome.findings, f"{rule.id} should not flag this example, but found:\n{found}"
