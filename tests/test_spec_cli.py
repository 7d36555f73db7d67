"""`suffrage spec` runs a drafter's own feature files, from any directory, with no test module."""

from __future__ import annotations

import re
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


REPO = Path(__file__).resolve().parent.parent

LEDGER_TOO_EARLY = '''Feature: A spec that expects an amendment in force before its effective date

  Scenario: Reads the law the day before the draft takes effect
    Given the election law "../examples/kz-elections.md"
    And a drafting ledger holding that law as of 2026-01-01
    And a draft that says:
      """
      1) in paragraph 2 of Article 12 the words "within one day" shall be replaced by the words "within three days";
      """
    When the draft is proposed by "A. Drafter"
    And the draft is checked in the ledger
    And the draft is adopted with effect from 2026-07-01
    Then the law as it stood on 2026-06-30 says "submitted within three days" in "Article 12(2)"
'''


@pytest.fixture
def ledger_specs(tmp_path: Path) -> Path:
    """The project's ledger feature and the law it reads, copied outside the repository."""
    (tmp_path / "examples").mkdir()
    (tmp_path / "examples" / "kz-elections.md").write_bytes((REPO / "examples" / "kz-elections.md").read_bytes())
    folder = tmp_path / "specs"
    folder.mkdir()
    (folder / "drafting_ledger.feature").write_bytes((REPO / "features" / "drafting_ledger.feature").read_bytes())
    return folder


def test_the_ledger_feature_runs_outside_the_repository(ledger_specs: Path, tmp_path: Path) -> None:
    result = run_spec(tmp_path, str(ledger_specs / "drafting_ledger.feature"))
    assert result.returncode == 0, result.stdout + result.stderr
    assert re.search(r"(\d+) scenario\(s\): \1 passed, 0 failed", result.stdout), result.stdout
    assert not list(ledger_specs.parent.rglob("*.sqlite")), "the spec's ledger belongs in a temporary directory"


def test_a_ledger_spec_expecting_a_change_too_early_fails_with_the_text_it_found(ledger_specs: Path) -> None:
    (ledger_specs / "too_early.feature").write_text(LEDGER_TOO_EARLY, encoding="utf-8")
    result = run_spec(ledger_specs, "too_early.feature")
    assert result.returncode == 1, result.stdout + result.stderr
    assert 'expected Article 12(2) as it stood on 2026-06-30 to say "submitted within three days"' in result.stdout
    assert "within one day of the adoption of the decision" in result.stdout
    assert "adopted drafts in force: none" in result.stdout
