"""`suffrage review` as a CI gate: formats, --output, --fail-on, waivers, baselines, configuration, progress."""

from __future__ import annotations

import json
import os
import pty
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest
from click.testing import CliRunner

from cli import FORMAT_CHOICES, main
from compliance.report import FORMATS

VIOLATING = "1. Citizens who have reached twenty-one years of age shall have the right to elect."
SUFFRAGE = Path(sys.executable).with_name("suffrage")


def law_text(*paragraphs: str, heading_comment: str = "") -> str:
    body = "\n".join(paragraphs)
    return (f"# Law On Elections\n\n### Article 1. Voting age{heading_comment}\n\n{body}\n\n"
            "### Article 2. Secret ballot\n\n1. Voting is secret.\n")


@pytest.fixture
def workdir(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """An empty working directory (so no configuration file of the repository applies)."""
    monkeypatch.chdir(tmp_path)
    monkeypatch.delenv("GITHUB_STEP_SUMMARY", raising=False)
    (tmp_path / "law.md").write_text(law_text(VIOLATING), encoding="utf-8")
    return tmp_path


def run(*args: str):
    return CliRunner().invoke(main, list(args))


def test_the_cli_offers_every_registered_format() -> None:
    assert list(FORMATS) == list(FORMAT_CHOICES)


@pytest.mark.parametrize(("fail_on", "code"), [("error", 1), ("warning", 1), ("info", 1), ("never", 0)])
def test_fail_on_sets_the_exit_code(workdir: Path, fail_on: str, code: int) -> None:
    assert code == run("review", "law.md", "--fail-on", fail_on).exit_code


def test_a_clean_law_exits_zero(workdir: Path) -> None:
    (workdir / "clean.md").write_text(law_text("1. Citizens who have reached eighteen years of age shall have "
                                               "the right to elect."), encoding="utf-8")
    result = run("review", "clean.md", "--fail-on", "info")
    assert 0 == result.exit_code, result.output
    assert "No findings." in result.output


@pytest.mark.parametrize("fmt", FORMAT_CHOICES)
def test_every_format_can_be_written_to_a_file(workdir: Path, fmt: str) -> None:
    target = workdir / "reports" / f"out.{fmt}"
    target.parent.mkdir()
    result = run("review", "law.md", "--format", fmt, "--output", str(target))
    assert 1 == result.exit_code, result.output
    assert "" == result.stdout
    written = target.read_text(encoding="utf-8")
    assert "VC001" in written
    if fmt in ("json", "sarif"):
        json.loads(written)
    elif fmt == "junit":
        assert "1" == ET.fromstring(written.encode()).get("failures")


def test_an_unwritable_output_is_an_input_error(workdir: Path) -> None:
    result = run("review", "law.md", "--output", str(workdir / "missing-dir" / "out.txt"))
    assert 2 == result.exit_code
    assert "cannot write output" in result.output


def test_a_waiver_with_a_reason_turns_the_gate_green_and_the_finding_stays(workdir: Path) -> None:
    first = json.loads(run("review", "law.md", "--format", "json").output)
    fingerprint = first["findings"][0]["fingerprint"]
    (workdir / "waivers.toml").write_text(
        f'[[waiver]]\nfingerprint = "{fingerprint}"\nreason = "Transitional until the 2027 reform."\n'
        'author = "Drafting committee"\n', encoding="utf-8")
    result = run("review", "law.md", "--format", "json", "--waivers", "waivers.toml")
    assert 0 == result.exit_code, result.output
    data = json.loads(result.output)
    assert [fingerprint] == [f["fingerprint"] for f in data["findings"]]
    assert "Transitional until the 2027 reform." == data["findings"][0]["waiver"]["reason"]
    assert {"error": 0, "warning": 0, "info": 0} == data["summary"]


def test_a_waiver_without_a_reason_is_refused_with_exit_2(workdir: Path) -> None:
    (workdir / "waivers.toml").write_text('\n[[waiver]]\nrule = "VC001"\nprovision = "Article 1(1)"\n',
                                          encoding="utf-8")
    result = run("review", "law.md", "--waivers", "waivers.toml")
    assert 2 == result.exit_code
    assert ("suffrage: error: waivers.toml:2: waiver without a reason: every waiver must say why "
            '(reason = "...")\n') == result.output
    assert "Traceback" not in result.output


def test_an_inline_waiver_in_the_law_waives_the_next_provision(workdir: Path) -> None:
    (workdir / "law.md").write_text(law_text("<!-- suffrage: waive VC001 -- Transitional until 2027. -->",
                                             VIOLATING), encoding="utf-8")
    result = run("review", "law.md")
    assert 0 == result.exit_code, result.output
    assert "waived: Transitional until 2027." in result.output
    sarif = json.loads(run("review", "law.md", "--format", "sarif").output)
    assert "inSource" == sarif["runs"][0]["results"][0]["suppressions"][0]["kind"]


def test_an_inline_waiver_without_a_reason_is_refused_with_exit_2(workdir: Path) -> None:
    (workdir / "law.md").write_text(law_text(VIOLATING + " <!-- suffrage: waive VC001 -->"), encoding="utf-8")
    result = run("review", "law.md")
    assert 2 == result.exit_code
    assert "law.md:5: waiver of VC001 without a reason" in result.output


def test_unused_and_expired_waivers_are_reported_as_warnings(workdir: Path) -> None:
    (workdir / "waivers.toml").write_text(
        '[[waiver]]\nrule = "VC001"\nprovision = "Article 1(1)"\nreason = "r"\nexpires = 2020-01-01\n\n'
        '[[waiver]]\nrule = "VC002"\nprovision = "art_2"\nreason = "r"\n', encoding="utf-8")
    result = run("review", "law.md", "--waivers", "waivers.toml", "--format", "github")
    assert 1 == result.exit_code
    warnings = [line for line in result.output.splitlines() if line.startswith("::warning file=waivers.toml")]
    assert ["::warning file=waivers.toml,line=1,title=suffrage::waiver (VC001 at Article 1(1)) expired on "
            "2020-01-01; 1 finding(s) it covered count again",
            "::warning file=waivers.toml,line=7,title=suffrage::unused waiver (VC002 at art_2): no finding "
            "matches it"] == warnings


def test_a_baseline_accepts_todays_findings_and_fails_on_new_ones(workdir: Path) -> None:
    written = run("review", "law.md", "--write-baseline", "suffrage-baseline.json")
    assert 0 == written.exit_code, written.output
    assert "recorded 1 finding(s) in suffrage-baseline.json" in written.stderr
    assert 0 == run("review", "law.md", "--baseline", "suffrage-baseline.json").exit_code
    (workdir / "law.md").write_text(
        law_text(VIOLATING, "2. For elections of maslikhats, citizens who have reached twenty years of age shall "
                            "have the right to elect."), encoding="utf-8")
    result = run("review", "law.md", "--baseline", "suffrage-baseline.json", "--format", "json")
    assert 1 == result.exit_code
    data = json.loads(result.output)
    assert [True, False] == [f["location"]["eid"] == "art_1__para_1" for f in data["findings"]]
    assert {"error": 1, "warning": 0, "info": 0} == data["summary"]


def test_a_corrupt_baseline_is_an_input_error(workdir: Path) -> None:
    (workdir / "b.json").write_text("{", encoding="utf-8")
    result = run("review", "law.md", "--baseline", "b.json")
    assert 2 == result.exit_code
    assert "b.json:1: not a baseline file" in result.output


# -- configuration ----------------------------------------------------------------------------------


def test_a_ci_job_needs_only_the_command_when_the_configuration_names_the_rest(workdir: Path) -> None:
    (workdir / "laws").mkdir()
    (workdir / "law.md").rename(workdir / "laws" / "elections.md")
    (workdir / "suffrage.toml").write_text('law = "laws/elections.md"\nformat = "junit"\nfail-on = "never"\n',
                                           encoding="utf-8")
    (workdir / "sub").mkdir()
    os.chdir(workdir / "sub")
    result = run("review")
    assert 0 == result.exit_code, result.output
    root = ET.fromstring(result.output.encode())
    assert "0" == root.get("failures")
    assert "VC001 Article 1(1)" in [case.get("name") for case in root.iter("testcase")]


def test_command_line_options_win_over_the_configuration(workdir: Path) -> None:
    (workdir / "pyproject.toml").write_text('[tool.suffrage]\nfail-on = "never"\nformat = "json"\n'
                                            'ignore = ["VC001"]\n', encoding="utf-8")
    assert 0 == run("review", "law.md").exit_code
    result = run("review", "law.md", "--fail-on", "error", "--format", "text", "--ignore", "VC002")
    assert 1 == result.exit_code
    assert result.output.startswith("Review of Law On Elections")


def test_the_configuration_can_be_named_explicitly(workdir: Path) -> None:
    (workdir / "ci.toml").write_text('fail-on = "never"\n', encoding="utf-8")
    (workdir / "suffrage.toml").write_text('fail-on = "error"\n', encoding="utf-8")
    assert 0 == run("review", "law.md", "--config", "ci.toml").exit_code
    assert 1 == run("review", "law.md").exit_code


def test_a_bad_configuration_exits_2_naming_the_file(workdir: Path) -> None:
    (workdir / "suffrage.toml").write_text('fail_on = "sometimes"\n', encoding="utf-8")
    result = run("review", "law.md")
    assert 2 == result.exit_code
    assert "suffrage.toml: fail-on must be one of error, warning, info, never, not 'sometimes'" in result.output


def test_review_without_a_law_anywhere_is_an_input_error(workdir: Path) -> None:
    result = run("review")
    assert 2 == result.exit_code
    assert "no law given" in result.output


# -- the installed command, progress -------------------------------------------------------------


def big_law(path: Path, articles: int = 120) -> Path:
    parts = ["# Law On Elections", ""]
    for n in range(1, articles + 1):
        parts += [f"### Article {n}. Provision {n}", "", f"1. Citizens who have reached eighteen years of age shall "
                  f"have the right number {n}.", ""]
    path.write_text("\n".join(parts), encoding="utf-8")
    return path


def test_the_installed_command_exits_1_and_prints_no_progress_into_a_pipe(tmp_path: Path) -> None:
    big = big_law(tmp_path / "big.md")
    (tmp_path / "law.md").write_text(law_text(VIOLATING), encoding="utf-8")
    env = {k: v for k, v in os.environ.items() if k != "CI"}
    result = subprocess.run([str(SUFFRAGE), "review", "law.md", "--format", "github"], cwd=tmp_path, env=env,
                            capture_output=True, text=True, timeout=120, check=False)
    assert 1 == result.returncode, result.stderr
    assert result.stdout.startswith("::error file=law.md,line=5,")
    quiet = subprocess.run([str(SUFFRAGE), "review", str(big)], cwd=tmp_path, env=env, capture_output=True,
                           text=True, timeout=120, check=False)
    assert (0, "") == (quiet.returncode, quiet.stderr)


def run_on_terminal(args: list[str], cwd: Path, env: dict[str, str]) -> str:
    """Run with stderr on a pseudo-terminal; return what was drawn there."""
    leader, follower = pty.openpty()
    try:
        process = subprocess.Popen(args, cwd=cwd, env=env, stdout=subprocess.DEVNULL, stderr=follower)
        os.close(follower)
        chunks = []
        while True:
            try:
                data = os.read(leader, 4096)
            except OSError:  # the terminal closed
                break
            if not data:
                break
            chunks.append(data)
        process.wait(timeout=120)
    finally:
        os.close(leader)
    return b"".join(chunks).decode("utf-8", "replace")


@pytest.mark.slow
def test_a_long_run_draws_a_progress_bar_on_a_terminal_but_not_in_ci(tmp_path: Path) -> None:
    big = big_law(tmp_path / "big.md")
    env = {k: v for k, v in os.environ.items() if k != "CI"}
    drawn = run_on_terminal([str(SUFFRAGE), "review", str(big)], tmp_path, env)
    assert "Reviewing" in drawn and "100%" in drawn
    in_ci = run_on_terminal([str(SUFFRAGE), "review", str(big)], tmp_path, {**env, "CI": "true"})
    assert "" == in_ci
