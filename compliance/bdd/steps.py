"""The shipped step library for compliance specs written in Gherkin.

These step phrasings are a contract: drafters' and standards experts' own
``.feature`` files rely on them. The vocabulary is small and generic — a law,
a draft, dates, a waiver; review or check; what must or must not be
reported — so that a spec reads as a statement about the law, never as a
script of clicks. Each step records what it is given in one
:class:`SpecContext` per scenario; the *When* steps run the engine exactly as
``suffrage review`` and ``suffrage check`` do; the *Then* steps fail with the
expected and the actual findings side by side.
"""

from __future__ import annotations

from datetime import date
from pathlib import Path
from typing import Any

import pytest
from attrs import define, field
from pytest_bdd import given, parsers, then, when

from ..model import Draft, Finding, Report

__all__ = ["SpecContext", "STEP_PHRASES", "apply_scenario_waivers", "describe_findings", "expect", "findings_on"]

#: Every step phrase of the library, as a drafter writes it (for suggestions on unknown steps).
STEP_PHRASES = (
    'Given the election law "<path>"',
    "Given an election law that says:",
    "Given a draft that says:",
    'Given the draft "<path>"',
    "Given the amendments take effect on <YYYY-MM-DD>",
    "Given the next election is on <YYYY-MM-DD>",
    'Given a waiver for "<rule id or fingerprint>" because "<reason>"',
    "When the law is reviewed",
    "When the draft is checked",
    "Then the law is compliant",
    "Then the draft is compliant",
    'Then a finding on "<topic>" is reported',
    'Then a finding on "<topic>" is reported against "<citation>"',
    'Then no finding on "<topic>" is reported',
    'Then the finding on "<topic>" cites "<provision id>"',
    'Then the draft introduces a finding on "<topic>"',
    'Then the draft resolves the finding on "<topic>"',
    'Then the draft keeps the finding on "<topic>"',
    'Then the finding on "<topic>" is reported as waived',
    "Then the CI gate fails",
    "Then the CI gate passes",
    # The drafting ledger (compliance.bdd.ledger_steps).
    "Given a drafting ledger holding that law",
    "Given a drafting ledger holding that law as of <YYYY-MM-DD>",
    'When the draft is proposed by "<author>"',
    "When the draft is checked in the ledger",
    'When the finding on "<topic>" is waived in the ledger because "<reason>"',
    "When the draft is adopted with effect from <YYYY-MM-DD>",
    'Then the draft\'s history lists "<event>", "<event>" and "<event>"',
    'Then the draft\'s history records "<event>" by "<author>"',
    'Then the law as it stood on <YYYY-MM-DD> says "<words>" in "<citation>"',
    'Then the law as it stood on <YYYY-MM-DD> does not say "<words>" in "<citation>"',
)


@define
class SpecContext:
    """What one scenario has been given, and the report it produced."""

    base_dir: Path = field(factory=Path.cwd)
    law_text: str | None = None
    law_path: Path | None = None
    draft_text: str | None = None
    draft_path: Path | None = None
    effective: date | None = None
    election: date | None = None
    waivers: list[tuple[str, str]] = field(factory=list)
    report: Report | None = None
    #: The drafting ledger of the scenario (compliance.bdd.ledger_steps), its law's name and the open draft's id.
    ledger: Any = None
    ledger_law: str | None = None
    ledger_draft: Any = None

    def law(self):
        from ..lawtext import parse_law, read_law

        if self.law_path is not None:
            return read_law(self.law_path)
        if self.law_text is None:
            raise AssertionError("no election law given: start with 'Given the election law \"<path>\"' "
                                 "or 'Given an election law that says:'")
        return parse_law(self.law_text, path="<law in the scenario>")

    def draft(self) -> Draft:
        """The scenario's draft, parsed: a TOML draft when it starts with a table, bill text otherwise."""
        from ..bill import parse_bill, parse_toml_draft

        if self.draft_text is None:
            raise AssertionError("no draft given: add 'Given a draft that says:' with the bill or TOML draft, "
                                 "or 'Given the draft \"<path>\"'")
        where = str(self.draft_path) if self.draft_path is not None else "<draft in the scenario>"
        toml = (self.draft_path.suffix.lower() == ".toml" if self.draft_path is not None
                else self.draft_text.lstrip().startswith("["))
        parse = parse_toml_draft if toml else parse_bill
        return parse(self.draft_text, path=where)

    def require_report(self) -> Report:
        if self.report is None:
            raise AssertionError("nothing was reviewed or checked: add 'When the law is reviewed' or "
                                 "'When the draft is checked' before the Then steps")
        return self.report


@pytest.fixture
def suffrage_spec() -> SpecContext:
    """The state of one compliance-spec scenario."""
    return SpecContext()


def expect(condition: object, message: str) -> None:
    """Fail the step with ``message`` (what was expected, and what was found) unless ``condition`` holds.

    A plain ``AssertionError`` rather than an ``assert`` statement, so that the drafter reads our message and
    not pytest's introspection of the expression.
    """
    if not condition:
        raise AssertionError(message)


def describe_findings(findings: list[Finding] | tuple[Finding, ...]) -> str:
    """One line per finding — what a failed Then step shows as the actual findings (with the fingerprint a
    drafter can waive)."""
    if not findings:
        return "  (no findings)"
    return "\n".join(
        f"  {f.severity.value} {f.topic} ({f.rule}) at {f.location.label}"
        + (f" [{f.status}]" if f.status else "") + (" [waived]" if f.waived else "")
        + f" #{f.fingerprint[:12]}: {f.message}"
        for f in findings
    )


def _scored(report: Report) -> list[Finding]:
    """Findings a drafter must act on: error or warning, not waived, not resolved."""
    return [f for f in report.findings if f.severity.value in ("error", "warning") and not f.waived
            and f.status != "resolved"]


def findings_on(findings, topic: str) -> list[Finding]:
    """The findings on ``topic`` or on a narrower topic under it (``suffrage`` covers ``suffrage.age``)."""
    return [f for f in findings if f.topic == topic or f.topic.startswith(topic + ".")]


# ---- Given ---------------------------------------------------------------


@given(parsers.parse('the election law "{path}"'))
def given_law_file(suffrage_spec: SpecContext, path: str) -> None:
    suffrage_spec.law_path = (suffrage_spec.base_dir / path).resolve()
    suffrage_spec.law_text = None


@given("an election law that says:")
def given_law_text(suffrage_spec: SpecContext, docstring: str) -> None:
    suffrage_spec.law_text = docstring
    suffrage_spec.law_path = None


@given("a draft that says:")
def given_draft_text(suffrage_spec: SpecContext, docstring: str) -> None:
    suffrage_spec.draft_text = docstring
    suffrage_spec.draft_path = None
    suffrage_spec.ledger_draft = None


@given(parsers.parse('the draft "{path}"'))
def given_draft_file(suffrage_spec: SpecContext, path: str) -> None:
    from ..textio import read_text

    where = (suffrage_spec.base_dir / path).resolve()
    suffrage_spec.draft_text = read_text(str(where), what="draft" if where.suffix.lower() == ".toml" else "bill")
    suffrage_spec.draft_path = where
    suffrage_spec.ledger_draft = None


@given(parsers.re(r"the amendments take effect on (?P<day>\d{4}-\d{2}-\d{2})"))
def given_effective(suffrage_spec: SpecContext, day: str) -> None:
    suffrage_spec.effective = date.fromisoformat(day)


@given(parsers.re(r"the next election is on (?P<day>\d{4}-\d{2}-\d{2})"))
def given_election(suffrage_spec: SpecContext, day: str) -> None:
    suffrage_spec.election = date.fromisoformat(day)


@given(parsers.parse('a waiver for "{target}" because "{reason}"'))
def given_waiver(suffrage_spec: SpecContext, target: str, reason: str) -> None:
    suffrage_spec.waivers.append((target, reason))


# ---- When ----------------------------------------------------------------


@when("the law is reviewed")
def when_reviewed(suffrage_spec: SpecContext) -> None:
    from ..review import review

    report = review(suffrage_spec.law())
    suffrage_spec.report = apply_scenario_waivers(report, suffrage_spec.waivers)


@when("the draft is checked")
def when_checked(suffrage_spec: SpecContext) -> None:
    from ..review import check

    draft = suffrage_spec.draft()
    report = check(suffrage_spec.law(), draft, effective=suffrage_spec.effective, election=suffrage_spec.election)
    suffrage_spec.report = apply_scenario_waivers(report, suffrage_spec.waivers)


def apply_scenario_waivers(report: Report, waivers: list[tuple[str, str]]) -> Report:
    if not waivers:
        return report
    from ..model import Waiver
    from ..rules import RULE_ID_RE
    from ..waivers import apply_waivers

    made = []
    for target, reason in waivers:
        if RULE_ID_RE.match(target):
            made.append(Waiver(reason=reason, rule=target, source="feature file"))
        else:
            made.append(Waiver(reason=reason, fingerprint=target, source="feature file"))
    return apply_waivers(report, made)


# ---- Then ----------------------------------------------------------------


@then("the law is compliant")
@then("the draft is compliant")
def then_compliant(suffrage_spec: SpecContext) -> None:
    scored = _scored(suffrage_spec.require_report())
    expect(not scored, "expected no error or warning finding, but found:\n" + describe_findings(scored))


@then(parsers.parse('a finding on "{topic}" is reported against "{citation}"'))
def then_reported_against(suffrage_spec: SpecContext, topic: str, citation: str) -> None:
    report = suffrage_spec.require_report()
    on_topic = findings_on(_scored(report), topic)
    wanted = _normalise(citation)
    matching = [f for f in on_topic if _normalise(f.location.label) == wanted or f.location.eid == citation
                or _normalise(f.location.label).startswith(wanted + "(")]
    expect(matching, f'expected a finding on "{topic}" against "{citation}", but found:\n'
           + describe_findings(_scored(report)))


@then(parsers.parse('a finding on "{topic}" is reported'))
def then_reported(suffrage_spec: SpecContext, topic: str) -> None:
    report = suffrage_spec.require_report()
    expect(findings_on(_scored(report), topic),
           f'expected a finding on "{topic}", but found:\n' + describe_findings(_scored(report)))


@then(parsers.parse('no finding on "{topic}" is reported'))
def then_not_reported(suffrage_spec: SpecContext, topic: str) -> None:
    found = findings_on(_scored(suffrage_spec.require_report()), topic)
    expect(not found, f'expected no finding on "{topic}", but found:\n' + describe_findings(found))


@then(parsers.parse('the finding on "{topic}" cites "{provision}"'))
def then_cites(suffrage_spec: SpecContext, topic: str, provision: str) -> None:
    report = suffrage_spec.require_report()
    on_topic = findings_on(report.findings, topic)
    expect(on_topic, f'expected a finding on "{topic}", but found:\n' + describe_findings(report.findings))
    cited = sorted({c.id for f in on_topic for c in f.citations})
    expect(provision in cited,
           f'expected the finding on "{topic}" to cite "{provision}"; it cites: {", ".join(cited)}')


def _expect_status(suffrage_spec: SpecContext, topic: str, status: str, wanted: str) -> None:
    report = suffrage_spec.require_report()
    found = [f for f in findings_on(report.findings, topic) if f.status == status]
    expect(found, f"expected the draft to {wanted}, but found:\n" + describe_findings(report.findings))


@then(parsers.parse('the draft introduces a finding on "{topic}"'))
def then_introduces(suffrage_spec: SpecContext, topic: str) -> None:
    _expect_status(suffrage_spec, topic, "introduced", f'introduce a finding on "{topic}"')


@then(parsers.parse('the draft resolves the finding on "{topic}"'))
def then_resolves(suffrage_spec: SpecContext, topic: str) -> None:
    _expect_status(suffrage_spec, topic, "resolved", f'resolve a finding on "{topic}"')


@then(parsers.parse('the draft keeps the finding on "{topic}"'))
def then_keeps(suffrage_spec: SpecContext, topic: str) -> None:
    _expect_status(suffrage_spec, topic, "persisting", f'keep a finding on "{topic}" that the law already had')


@then(parsers.parse('the finding on "{topic}" is reported as waived'))
def then_waived(suffrage_spec: SpecContext, topic: str) -> None:
    report = suffrage_spec.require_report()
    found = [f for f in findings_on(report.findings, topic) if f.waived]
    expect(found, f'expected a waived finding on "{topic}", but found:\n' + describe_findings(report.findings))


@then("the CI gate fails")
def then_gate_fails(suffrage_spec: SpecContext) -> None:
    report = suffrage_spec.require_report()
    failing = [f for f in report.gating() if f.severity.value == "error"]
    expect(failing, "expected the CI gate (--fail-on error) to fail, but nothing gates:\n"
           + describe_findings(report.findings))


@then("the CI gate passes")
def then_gate_passes(suffrage_spec: SpecContext) -> None:
    report = suffrage_spec.require_report()
    failing = [f for f in report.gating() if f.severity.value == "error"]
    expect(not failing, "expected the CI gate (--fail-on error) to pass, but these fail it:\n"
           + describe_findings(failing))


def _normalise(citation: str) -> str:
    return "".join(citation.lower().split())
