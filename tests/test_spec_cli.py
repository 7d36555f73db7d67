"""`suffrage spec` runs a drafter's own feature files, from any directory, with no test module."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

SUFFRAGE = Path(sys.executable).with_name("suffrage")

PASSING = '''Feature: Our draft keeps the voting age
  A drafter's own spec for an amendment.

  Scenario: Eighteen stays the voting age
    Given an election law that says:
      """
      Article 4. Universal suffrage
      1. Citizens who have reached eighteen years of age shall have the right to elect.
      """
    When the law is reviewed
    Then the law is compliant
'''

FAILING = '''Feature: A spec that expects a finding the law does not have

  Scenario: Expects a voting-age finding
    Given the election law "law.txt"
    When the law is reviewed
    Then a finding on "suffrage.age" is reported
'''

UNKNOWN = '''Feature: A spec with a misspelt step

  Scenario: Misspelt
    Given the electoral law "law.txt"
    When the law is reviewed
'''


def run_spec(directory: Path, *args: str) -> subprocess.CompletedProcess[str]:
    if not SUFFRAGE.exists():
        pytest.skip(f"the suffrage command is not installed next to {sys.executable}")
    return subprocess.run([str(SUFFRAGE), "spec", *args], cwd=directory, capture_output=True, text=True,
                          timeout=120)


@pytest.fixture
def spec_dir(tmp_path: Path) -> Path:
    folder = tmp_path / "my-specs"
    folder.mkdir()
    (folder / "law.txt").write_text(
        "Article 4. Universal suffrage\n1. Citizens who have reached eighteen years of age shall have the right "
        "to elect.\n", encoding="utf-8")
    return folder


def test_a_passing_spec_exits_zero_from_another_directory(spec_dir: Path, tmp_path: Path) -> None:
    (spec_dir / "keeps_age.feature").write_text(PASSING, encoding="utf-8")
    result = run_spec(tmp_path, str(spec_dir / "keeps_age.feature"))
    assert result.returncode == 0, result.stdout + result.stderr
    assert "1 passed, 0 failed" in result.stdout


def test_a_spec_expecting_a_missing_finding_fails_with_expected_and_actual(spec_dir: Path) -> None:
    (spec_dir / "expects.feature").write_text(FAILING, encoding="utf-8")
    result = run_spec(spec_dir, "expects.feature")
    assert result.returncode == 1, result.stdout + result.stderr
    assert 'Then a finding on "suffrage.age" is reported' in result.stdout
    assert "(no findings)" in result.stdout


def test_an_unknown_step_exits_two_and_suggests_the_nearest(spec_dir: Path) -> None:
    (spec_dir / "typo.feature").write_text(UNKNOWN, encoding="utf-8")
    result = run_spec(spec_dir, "typo.feature")
    assert result.returncode == 2, result.stdout + result.stderr
    assert 'did you mean: the election law "<path>"' in result.stderr


def test_junit_and_cucumber_reports_are_written(spec_dir: Path) -> None:
    (spec_dir / "keeps_age.feature").write_text(PASSING, encoding="utf-8")
    result = run_spec(spec_dir, ".", "--junitxml", "out.xml", "--cucumberjson", "out.json")
    assert result.returncode == 0, result.stdout + result.stderr
    assert (spec_dir / "out.xml").read_text().startswith("<?xml")
    assert '"elements"' in (spec_dir / "out.json").read_text()
