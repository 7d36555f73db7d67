"""SARIF output validates against the official 2.1.0 schema and carries what code scanning needs."""

from __future__ import annotations

import json
from datetime import date
from pathlib import Path

import attrs
import pytest
from click.testing import CliRunner
from report_samples import LAW_PATH, ROOT, SampleCatalogue, check_report, review_report

from cli import main
from compliance.baseline import apply_baseline, baseline_of
from compliance.model import Waiver
from compliance.report import render
from compliance.report._common import artifact_uri
from compliance.rules import load_catalogue
from compliance.waivers import apply_waivers

SCHEMA = ROOT.parent / "shared" / "schemas" / "sarif-schema-2.1.0.json"


@pytest.fixture(scope="module")
def validator():
    jsonschema = pytest.importorskip("jsonschema")
    if not SCHEMA.is_file():
        pytest.skip(f"SARIF schema not available ({SCHEMA} missing); it lives in ../shared/schemas")
    schema = json.loads(SCHEMA.read_text(encoding="utf-8"))
    return jsonschema.Draft4Validator(schema)


def sarif(report, **options):
    return json.loads(render(report, "sarif", **options))


def assert_valid(validator, log) -> None:
    errors = sorted(validator.iter_errors(log), key=lambda e: list(e.path))
    assert [] == [f"{list(e.path)}: {e.message}" for e in errors]


def waived_review():
    report = review_report()
    signatures, prisoners, _ = report.findings
    waivers = (
        Waiver(reason="Agreed with the needs assessment mission.", fingerprint=signatures.fingerprint,
               source="suffrage-waivers.toml", line=3, author="A. Drafter", expires=date(2099, 1, 1)),
        Waiver(reason="Court review pending.", rule="GC25-14", eid=prisoners.location.eid, source=LAW_PATH, line=30,
               inline=True),
    )
    return apply_waivers(report, waivers, today=date(2026, 1, 1))


def test_review_report_validates_against_the_sarif_schema(validator) -> None:
    assert_valid(validator, sarif(review_report(), catalogue=SampleCatalogue(), srcroot=str(ROOT)))


def test_check_report_with_waivers_baseline_and_notes_validates(validator) -> None:
    report = apply_waivers(check_report(), [Waiver(reason="r", fingerprint="0123456789abcdef", source="w.toml",
                                                   line=1)])
    report = apply_baseline(report, baseline_of(report, path="baseline.json"))
    log = sarif(report, catalogue=SampleCatalogue(), srcroot=str(ROOT))
    assert_valid(validator, log)
    assert log["runs"][0]["invocations"][0]["toolExecutionNotifications"]


def test_every_catalogue_rule_is_listed_even_without_findings() -> None:
    catalogue = load_catalogue()
    log = sarif(review_report(), catalogue=catalogue)
    listed = [r["id"] for r in log["runs"][0]["tool"]["driver"]["rules"]]
    assert [r.id for r in catalogue.rules] == listed[: len(catalogue.rules)]
    assert {"VC013", "GC25-14", "VC099"} <= set(listed)  # the sample findings' rules are appended


def test_rules_carry_descriptions_from_the_cited_texts_and_a_default_level() -> None:
    log = sarif(review_report(), catalogue=SampleCatalogue())
    rule = log["runs"][0]["tool"]["driver"]["rules"][0]
    assert "VC013" == rule["id"]
    assert "candidacy-signatures" == rule["name"]
    assert "Support signatures above 1% of voters" == rule["shortDescription"]["text"]
    assert "more than 1% of voters in the constituency concerned" in rule["fullDescription"]["text"]
    assert "VC-CGP:I.1.3.ii" in rule["help"]["text"]
    assert "error" == rule["defaultConfiguration"]["level"]
    info_rule = next(r for r in log["runs"][0]["tool"]["driver"]["rules"] if r["id"] == "VC099")
    assert "note" == info_rule["defaultConfiguration"]["level"]


def test_a_result_points_at_the_law_line_and_the_provision_eid() -> None:
    report = review_report()
    log = sarif(report, catalogue=SampleCatalogue(), srcroot=str(ROOT))
    run = log["runs"][0]
    result = run["results"][0]
    finding = next(f for f in report.findings if f.rule == result["ruleId"])
    assert run["tool"]["driver"]["rules"][result["ruleIndex"]]["id"] == result["ruleId"]
    physical = result["locations"][0]["physicalLocation"]
    assert {"uri": "examples/kz-elections.md", "uriBaseId": "%SRCROOT%"} == physical["artifactLocation"]
    assert finding.location.line == physical["region"]["startLine"]
    logical = result["locations"][0]["logicalLocations"][0]
    assert {"name": finding.location.eid, "fullyQualifiedName": finding.location.label, "kind": "element"} == logical
    assert {"suffrage/v1": finding.fingerprint} == result["partialFingerprints"]
    assert run["originalUriBaseIds"]["%SRCROOT%"]["uri"].endswith("/")


def test_waived_findings_are_suppressed_with_their_justification() -> None:
    log = sarif(waived_review())
    by_rule = {r["ruleId"]: r for r in log["runs"][0]["results"]}
    external = by_rule["VC013"]["suppressions"]
    assert [("external", "accepted", "Agreed with the needs assessment mission.")] == [
        (s["kind"], s["status"], s["justification"]) for s in external]
    assert {"expires": "2099-01-01", "author": "A. Drafter"} == external[0]["properties"]
    assert "inSource" == by_rule["GC25-14"]["suppressions"][0]["kind"]
    assert "suppressions" not in by_rule["VC099"]


def test_resolved_findings_are_not_results_but_are_listed_in_run_properties() -> None:
    report = check_report()
    log = sarif(report)
    run = log["runs"][0]
    assert ["ICCPR-25-AGE", "GC25-14"] == [r["ruleId"] for r in run["results"]]
    assert ["VC013"] == [r["ruleId"] for r in run["properties"]["resolved"]]
    assert ["new", "unchanged"] == [r["baselineState"] for r in run["results"]]


def test_baselined_findings_are_unchanged_and_suppressed_new_ones_are_new() -> None:
    report = review_report()
    baseline = baseline_of(attrs.evolve(report, findings=report.findings[:1]), path="suffrage-baseline.json")
    log = sarif(apply_baseline(report, baseline))
    states = [(r["ruleId"], r["baselineState"], bool(r.get("suppressions"))) for r in log["runs"][0]["results"]]
    assert [("GC25-14", "new", False), ("VC099", "new", False), ("VC013", "unchanged", True)] == sorted(
        states, key=lambda s: (s[1], s[0]))
    assert "suffrage-baseline.json" == log["runs"][0]["properties"]["baseline"]


def test_relative_paths_stay_relative_and_outside_paths_become_file_uris(tmp_path: Path) -> None:
    outside = tmp_path / "elsewhere" / "law file.md"
    assert "examples/kz-elections.md" == artifact_uri("examples/kz-elections.md", str(tmp_path / "repo"))
    assert "drafts/bill%2012.txt" == artifact_uri(str(tmp_path / "repo" / "drafts" / "bill 12.txt"),
                                                  str(tmp_path / "repo"))
    uri = artifact_uri(str(outside), str(tmp_path / "repo"))
    assert uri.startswith("file:///") and uri.endswith("/elsewhere/law%20file.md")


def test_cli_review_writes_valid_sarif_with_the_real_catalogue(validator, tmp_path: Path) -> None:
    law = tmp_path / "law.md"
    law.write_text("# Law On Elections\n\n### Article 1. Voting age\n\n"
                   "1. Citizens who have reached twenty-one years of age shall have the right to elect.\n",
                   encoding="utf-8")
    out = tmp_path / "out.sarif"
    result = CliRunner().invoke(main, ["review", str(law), "--format", "sarif", "--output", str(out)])
    assert 1 == result.exit_code, result.output
    log = json.loads(out.read_text(encoding="utf-8"))
    assert_valid(validator, log)
    assert ["VC001"] == [r["ruleId"] for r in log["runs"][0]["results"]]
    assert len(log["runs"][0]["tool"]["driver"]["rules"]) == len(load_catalogue().rules)


def test_the_schema_check_rejects_a_result_without_a_message(validator) -> None:
    log = sarif(review_report())
    del log["runs"][0]["results"][0]["message"]
    assert any("message" in e.message for e in validator.iter_errors(log))
