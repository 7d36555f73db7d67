"""JUnit XML, the test-report format every CI server shows (GitLab, Jenkins, Azure, CircleCI).

One ``<testsuite>`` per report (named after the command and the law), one
``<testcase>`` per finding, named rule + provision (``VC013 Article 56(1)``),
with ``classname`` ``suffrage.<topic>`` so servers group findings by
subject, and ``file``/``line`` pointing at the law. A finding at or above
``fail_on`` (the ``--fail-on`` level) is a ``<failure>`` whose message is the
finding's and whose body gives the provision, the evidence, the cited texts
and the fingerprint. Waived and baselined findings are ``<skipped>`` with the
reason; findings below the gate and findings a draft resolved pass, their
details in ``<system-out>``. When the command line passes the catalogue,
every rule with no finding is a passing test case too, so the report shows
what was checked. Run notes go to the suite's ``<system-err>``.

Layout as in Ruff's ``--output-format junit`` (tooling research §C.3).
"""

from __future__ import annotations

import xml.etree.ElementTree as ET
from typing import Any

from ..gate import DEFAULT_FAIL_ON, check_fail_on, fails
from ..model import Finding, Report
from ._common import clean_text, finding_path, ordered_findings, rule_infos

__all__ = ["render"]


def _details(finding: Finding) -> str:
    loc = finding.location
    lines = [f"{loc.label} [{loc.eid}]" + (f", line {loc.line}" if loc.line else "")]
    lines.append(f"{finding.severity.value} {finding.rule} {finding.name}: {finding.message}")
    if finding.status:
        lines.append(f"status: {finding.status}")
    if finding.evidence:
        lines.append(f"evidence: “{finding.evidence}”")
    if finding.via:
        lines.append("through references: " + " → ".join(finding.via))
    for citation in finding.citations:
        lines.append(f"{citation.id}: {citation.text}".rstrip())
    if finding.waiver is not None:
        lines.append(f"waived: {finding.waiver.reason}")
    lines.append(f"fingerprint: {finding.fingerprint}")
    return "\n".join(lines)


def _sub(parent: ET.Element, tag: str, text: str | None = None, **attributes: str) -> ET.Element:
    element = ET.SubElement(parent, tag, {k: clean_text(v) for k, v in attributes.items()})
    if text is not None:
        element.text = clean_text(text)
    return element


def _properties(parent: ET.Element, pairs: list[tuple[str, str]]) -> None:
    holder = _sub(parent, "properties")
    for name, value in pairs:
        _sub(holder, "property", name=name, value=value)


def render(report: Report, *, fail_on: str = DEFAULT_FAIL_ON, catalogue: Any = None, **_options: Any) -> str:
    """JUnit XML text; ``fail_on`` decides which findings are failures."""
    check_fail_on(fail_on)
    root = ET.Element("testsuites", {"name": "suffrage"})
    suite_name = f"suffrage {report.command} {report.draft_path or report.law_path}".strip()
    suite = _sub(root, "testsuite", name=suite_name)
    pairs = [("law", report.law_path), ("law-title", report.law_title), ("fail-on", fail_on)]
    if report.draft_path:
        pairs.append(("draft", report.draft_path))
    pairs.extend(("ruleset", f"{r.id} {r.version}") for r in report.rulesets)
    if report.baseline:
        pairs.append(("baseline", report.baseline))
    _properties(suite, pairs)

    tests = failures = skipped = 0
    for finding in ordered_findings(report.findings):
        tests += 1
        case = _sub(suite, "testcase",
                    name=f"{finding.rule} {finding.location.label or finding.location.eid}",
                    classname=f"suffrage.{finding.topic}" if finding.topic else "suffrage",
                    file=finding_path(finding, report), line=str(finding.location.line or 1), time="0")
        case_pairs = [("rule", finding.rule), ("name", finding.name), ("severity", finding.severity.value),
                      ("topic", finding.topic), ("eid", finding.location.eid), ("fingerprint", finding.fingerprint)]
        if finding.status:
            case_pairs.append(("status", finding.status))
        _properties(case, case_pairs)
        if fails(finding, fail_on):
            failures += 1
            _sub(case, "failure", _details(finding), message=finding.message, type=finding.severity.value)
        elif finding.waived:
            skipped += 1
            _sub(case, "skipped", message=f"waived: {finding.waiver.reason}")  # type: ignore[union-attr]
            _sub(case, "system-out", _details(finding))
        elif finding.baselined:
            skipped += 1
            _sub(case, "skipped", message=f"recorded in the baseline {report.baseline}")
            _sub(case, "system-out", _details(finding))
        else:
            _sub(case, "system-out", _details(finding))

    if catalogue is not None:
        fired = {f.rule for f in report.findings}
        for info in rule_infos(report, catalogue):
            if info.id in fired:
                continue
            tests += 1
            _sub(suite, "testcase", name=f"{info.id} {info.name}",
                 classname=f"suffrage.{info.topic}" if info.topic else "suffrage", file=report.law_path, time="0")

    if report.notes:
        _sub(suite, "system-err", "\n".join(report.notes))
    for element in (root, suite):
        element.set("tests", str(tests))
        element.set("failures", str(failures))
        element.set("errors", "0")
        element.set("skipped", str(skipped))
        element.set("time", "0")
    ET.indent(root)
    return '<?xml version="1.0" encoding="UTF-8"?>\n' + ET.tostring(root, encoding="unicode")
