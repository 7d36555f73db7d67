"""JUnit XML parses back, with one failure per finding at or above --fail-on."""

from __future__ import annotations

import xml.etree.ElementTree as ET
from datetime import date

import attrs
import pytest
from report_samples import LAW_PATH, SampleCatalogue, check_report, review_report

from compliance.baseline import apply_baseline, baseline_of
from compliance.model import Waiver
from compliance.report import render
from compliance.waivers import apply_waivers


def junit(report, **options) -> ET.Element:
    return ET.fromstring(render(report, "junit", **options).encode("utf-8"))


def cases(root: ET.Element) -> dict[str, ET.Element]:
    return {case.get("name"): case for case in root.iter("testcase")}


def test_one_testcase_per_finding_named_rule_and_provision() -> None:
    root = junit(review_report())
    assert "testsuites" == root.tag
    assert ["VC013 Article 56(1)", "GC25-14 Article 4(3)", "VC099 Article 12(2)"] == sorted(
        cases(root), key=lambda n: ["VC013", "GC25-14", "VC099"].index(n.split()[0]))
    case = cases(root)["VC013 Article 56(1)"]
    assert "suffrage.candidacy.signatures" == case.get("classname")
    assert LAW_PATH == case.get("file")
    assert case.get("line").isdigit()


def test_only_findings_at_or_above_fail_on_are_failures() -> None:
    report = review_report()
    for fail_on, expected in (("error", {"VC013"}), ("warning", {"VC013", "GC25-14"}),
                              ("info", {"VC013", "GC25-14", "VC099"}), ("never", set())):
        root = junit(report, fail_on=fail_on)
        failed = {c.get("name").split()[0] for c in root.iter("testcase") if c.find("failure") is not None}
        assert expected == failed, fail_on
        assert str(len(expected)) == root.get("failures") == root.find("testsuite").get("failures")


def test_a_failure_carries_the_message_the_evidence_and_the_cited_texts() -> None:
    failure = cases(junit(review_report()))["VC013 Article 56(1)"].find("failure")
    expected = "Requires support signatures of 2% of voters; the Venice Code sets a ceiling of 1%."
    assert expected == failure.get("message")
    assert "error" == failure.get("type")
    assert "evidence: “not less than two per cent of the total number of voters”" in failure.text
    assert "VC-CGP:I.1.3.ii: The law should not require collection" in failure.text


def test_waived_and_baselined_findings_are_skipped_with_the_reason() -> None:
    report = review_report()
    signatures = report.findings[0]
    report = apply_waivers(report, [Waiver(reason="Agreed with the mission.", fingerprint=signatures.fingerprint,
                                           source="w.toml", line=1)], today=date(2026, 1, 1))
    report = apply_baseline(report, baseline_of(attrs.evolve(report, findings=report.findings[1:2]), path="b.json"))
    root = junit(report, fail_on="info")
    by_name = cases(root)
    assert "waived: Agreed with the mission." == by_name["VC013 Article 56(1)"].find("skipped").get("message")
    assert "recorded in the baseline b.json" == by_name["GC25-14 Article 4(3)"].find("skipped").get("message")
    assert ("2", "1") == (root.get("skipped"), root.get("failures"))


def test_resolved_findings_pass_and_the_catalogue_lists_clean_rules_as_passing() -> None:
    root = junit(check_report(), catalogue=SampleCatalogue())
    by_name = cases(root)
    resolved = by_name["VC013 Article 56(1)"]
    assert resolved.find("failure") is None and resolved.find("skipped") is None
    assert "status: resolved" in resolved.find("system-out").text
    assert "VC099 appeal-deadline-short" in by_name  # no finding: a passing test case
    assert "4" == root.get("tests") and "1" == root.get("failures")


def test_control_characters_in_law_text_do_not_break_the_xml() -> None:
    report = review_report()
    dirty = attrs.evolve(report.findings[0], evidence="two\x00per\x1bcent\x0c", message="Bad \x07 bell & <tag>")
    root = junit(attrs.evolve(report, findings=(dirty,)))
    failure = root.find("testsuite/testcase/failure")
    assert "Bad \N{REPLACEMENT CHARACTER} bell & <tag>" == failure.get("message")


def test_notes_go_to_system_err_and_an_unknown_fail_on_is_refused() -> None:
    report = attrs.evolve(review_report(), notes=("w.toml:3: unused waiver (VC001 at art_1): no finding matches it",))
    assert "unused waiver" in junit(report).find("testsuite/system-err").text
    with pytest.raises(ValueError, match="fail-on must be one of"):
        render(report, "junit", fail_on="fatal")
