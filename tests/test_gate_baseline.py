"""The gate's exit-code matrix, and baselines that accept today's findings and fail on new ones."""

from __future__ import annotations

import json

import attrs
import pytest
from report_samples import check_report, review_report

from compliance.baseline import apply_baseline, baseline_of, dump_baseline, parse_baseline
from compliance.errors import InputError
from compliance.gate import exit_code, failing, fails, prepare
from compliance.model import Severity, Waiver


def one(severity: str, **changes):
    report = review_report()
    finding = attrs.evolve(report.findings[0], severity=Severity(severity), **changes)
    return attrs.evolve(report, findings=(finding,))


@pytest.mark.parametrize(("severity", "fail_on", "expected"), [
    ("error", "error", 1), ("error", "warning", 1), ("error", "info", 1), ("error", "never", 0),
    ("warning", "error", 0), ("warning", "warning", 1), ("warning", "info", 1), ("warning", "never", 0),
    ("info", "error", 0), ("info", "warning", 0), ("info", "info", 1), ("info", "never", 0),
])
def test_exit_code_matrix_by_severity_and_fail_on(severity: str, fail_on: str, expected: int) -> None:
    assert expected == exit_code(one(severity), fail_on)


@pytest.mark.parametrize("changes", [
    {"waiver": Waiver(reason="accepted")},
    {"baselined": True},
    {"status": "resolved"},
])
def test_waived_baselined_and_resolved_findings_never_fail(changes) -> None:
    report = one("error", **changes)
    assert 0 == exit_code(report, "info")
    assert [] == failing(report, "info")


def test_introduced_and_persisting_findings_fail() -> None:
    assert 1 == exit_code(one("error", status="introduced"), "error")
    assert 1 == exit_code(one("error", status="persisting"), "error")


def test_an_unknown_fail_on_level_is_refused() -> None:
    with pytest.raises(ValueError, match="fail-on must be one of info, warning, error, never"):
        fails(review_report().findings[0], "fatal")


def test_a_baseline_records_fingerprints_rules_and_eids_in_stable_order() -> None:
    report = check_report()
    data = json.loads(dump_baseline(report))
    assert 1 == data["suffrage-baseline"]
    recorded = [(f["rule"], f["eid"]) for f in data["findings"]]
    assert [("GC25-14", "art_4__para_3"), ("ICCPR-25-AGE", "art_4__para_1")] == sorted(recorded)
    assert recorded == sorted(recorded, key=lambda r: (r[1], r[0]))
    assert dump_baseline(report) == dump_baseline(attrs.evolve(report, findings=report.findings[::-1]))


def test_a_baseline_accepts_todays_findings_and_fails_on_new_ones() -> None:
    report = review_report()
    baseline = parse_baseline(dump_baseline(report), path="suffrage-baseline.json")
    assert 0 == exit_code(apply_baseline(report, baseline), "info")
    new = attrs.evolve(report.findings[0], evidence="not less than three per cent", fingerprint="feedfacefeedface")
    later = attrs.evolve(report, findings=(*report.findings, new))
    applied = apply_baseline(later, baseline)
    assert ["feedfacefeedface"] == [f.fingerprint for f in failing(applied, "error")]
    assert "suffrage-baseline.json" == applied.baseline
    assert [True, True, True, False] == [f.baselined for f in applied.findings]


def test_baseline_entries_no_longer_found_are_noted() -> None:
    report = review_report()
    baseline = baseline_of(report, path="b.json")
    fixed = apply_baseline(attrs.evolve(report, findings=report.findings[:1]), baseline)
    assert ("b.json: 2 baseline finding(s) are no longer reported; refresh the baseline with --write-baseline",) \
        == fixed.notes


def test_waivers_apply_before_the_baseline() -> None:
    report = review_report()
    baseline = baseline_of(attrs.evolve(report, findings=report.findings[1:2]), path="b.json")
    out = prepare(report, waivers=[Waiver(reason="r", fingerprint=report.findings[0].fingerprint)],
                  baseline=baseline)
    assert [(True, False), (False, True), (False, False)] == [(f.waived, f.baselined) for f in out.findings]
    assert 0 == exit_code(out, "warning") and 1 == exit_code(out, "info")


@pytest.mark.parametrize(("text", "message", "line"), [
    ("{not json", "invalid JSON", 1),
    ('{"findings": []}', "not a baseline file", None),
    ('{"suffrage-baseline": 9, "findings": []}', "format 9 is not supported", None),
    ('{"suffrage-baseline": 1, "findings": [{"rule": "VC001"}]}', "finding #1 has no fingerprint", None),
])
def test_a_malformed_baseline_is_an_input_error(text: str, message: str, line: int | None) -> None:
    with pytest.raises(InputError, match=message) as caught:
        parse_baseline(text, path="b.json")
    assert ("b.json", line) == (caught.value.where, caught.value.line)
