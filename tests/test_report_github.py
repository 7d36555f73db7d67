"""GitHub workflow commands: one annotation per counting finding, escaped so no message can break out."""

from __future__ import annotations

import re
from datetime import date
from pathlib import Path

import attrs
from click.testing import CliRunner
from report_samples import LAW_PATH, ROOT, check_report, review_report

from cli import main
from compliance.model import Waiver
from compliance.report import render
from compliance.report.github import escape_data, escape_property, summary
from compliance.waivers import apply_waivers

COMMAND_RE = re.compile(r"^::(error|warning|notice)(?: ([^:]*))?::(.*)$")


def commands(text: str) -> list[tuple[str, dict[str, str], str]]:
    """Parse workflow commands back the way the runner does (properties split on ',' then '=')."""
    parsed = []
    for line in text.splitlines():
        match = COMMAND_RE.match(line)
        if match:
            props = dict(p.split("=", 1) for p in match.group(2).split(",")) if match.group(2) else {}
            parsed.append((match.group(1), props, match.group(3)))
    return parsed


def unescape(text: str) -> str:
    return (text.replace("%2C", ",").replace("%3A", ":").replace("%0A", "\n").replace("%0D", "\r")
            .replace("%25", "%"))


def test_escaping_follows_the_actions_toolkit() -> None:
    assert "100%25 of 5%25%0Anext%0D%0Aline" == escape_data("100% of 5%\nnext\r\nline")
    assert "Article 4(1)%2C para%3A 2%25" == escape_property("Article 4(1), para: 2%")
    assert "%250A" == escape_data("%0A")  # an escape sequence in the text is not decoded by the runner


def test_one_annotation_per_counting_finding_errors_first() -> None:
    out = render(review_report(), "github", srcroot=str(ROOT))
    kinds = [(kind, props["title"].split()[0]) for kind, props, _ in commands(out)]
    assert [("error", "VC013"), ("warning", "GC25-14"), ("notice", "VC099")] == kinds
    _, props, message = commands(out)[0]
    assert LAW_PATH == props["file"]
    assert props["line"].isdigit()
    assert unescape(message).startswith("Requires support signatures of 2% of voters")


def test_awkward_messages_stay_on_one_line_and_round_trip() -> None:
    report = review_report()
    awkward = attrs.evolve(
        report.findings[0],
        message="100% wrong:\nline two, with commas\r\n::error::injected",
        location=attrs.evolve(report.findings[0].location, label="Article 4(1), para: 2%", path="laws/a,b:c.md"),
    )
    out = render(attrs.evolve(report, findings=(awkward,)), "github")
    lines = out.splitlines()
    assert 2 == len(lines)  # one command and the tally, no injected line
    _, props, message = commands(out)[0]
    assert "laws/a,b:c.md" == unescape(props["file"])
    assert "VC013 candidacy-signatures (Article 4(1), para: 2%)" == unescape(props["title"])
    assert unescape(message).startswith("100% wrong:\nline two, with commas\r\n::error::injected")


def test_waived_resolved_and_baselined_findings_are_not_annotated() -> None:
    report = check_report()
    age = report.findings[0]
    report = apply_waivers(report, [Waiver(reason="r", fingerprint=age.fingerprint, source="w.toml", line=1)],
                           today=date(2026, 1, 1))
    assert ["warning"] == [kind for kind, _, _ in commands(render(report, "github"))]


def test_notes_with_a_place_become_warnings_on_that_file_and_line() -> None:
    report = attrs.evolve(review_report(), notes=("waivers.toml:7: unused waiver (VC001 at art_1): no finding",
                                                  "a note about the run"))
    notes = commands(render(report, "github"))[-2:]
    assert ("warning", {"file": "waivers.toml", "line": "7", "title": "suffrage"}) == notes[0][:2]
    assert ("warning", {"title": "suffrage"}, "a note about the run") == notes[1]


def test_the_job_summary_is_markdown_with_every_finding() -> None:
    text = summary(check_report(), fail_on="error")
    assert text.startswith("## Suffrage check:")
    assert "**Gate: failed**" in text
    assert "resolved by this draft" in text


def test_cli_appends_the_job_summary_to_github_step_summary(tmp_path: Path, monkeypatch) -> None:
    law = tmp_path / "law.md"
    law.write_text("# Law On Elections\n\n### Article 1. Voting age\n\n"
                   "1. Citizens who have reached twenty-one years of age shall have the right to elect.\n",
                   encoding="utf-8")
    step_summary = tmp_path / "summary.md"
    step_summary.write_text("earlier step\n", encoding="utf-8")
    monkeypatch.setenv("GITHUB_STEP_SUMMARY", str(step_summary))
    result = CliRunner().invoke(main, ["review", str(law), "--format", "github"])
    assert 1 == result.exit_code, result.output
    assert 1 == sum(1 for line in result.output.splitlines() if line.startswith("::error "))
    written = step_summary.read_text(encoding="utf-8")
    assert written.startswith("earlier step\n## Suffrage review:")
    assert "VC001" in written
