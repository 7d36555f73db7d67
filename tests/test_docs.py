"""The documentation stays true: the generated rule catalogue matches the packs, README commands exist."""

from __future__ import annotations

import re
import subprocess
import sys
from pathlib import Path

import pytest
from click.testing import CliRunner

from cli import main

ROOT = Path(__file__).resolve().parent.parent


def test_rule_catalogue_in_docs_is_generated_from_the_packs() -> None:
    """docs/rules.md is `suffrage rules list --format markdown`; regenerate it when a pack changes."""
    result = CliRunner().invoke(main, ["rules", "list", "--format", "markdown"])
    assert result.exit_code == 0, result.output
    assert (ROOT / "docs" / "rules.md").read_text(encoding="utf-8") == result.output, (
        "docs/rules.md is stale: run `suffrage rules list --format markdown > docs/rules.md`")


def test_every_command_in_the_readme_reference_exists() -> None:
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    section = readme.split("## Command line", 1)[1].split("\n## ", 1)[0]
    commands = set(re.findall(r"^\| `suffrage ([a-z]+(?: [a-z]+)?)", section, re.M))
    assert commands
    for command in sorted(commands):
        result = CliRunner().invoke(main, [*command.split(), "--help"])
        assert result.exit_code == 0, f"README lists `suffrage {command}`, which does not exist"


def specs_guide_files() -> dict[str, str]:
    """The worked example of docs/specs.md: every block introduced by a line ``File `path`:``."""
    guide = (ROOT / "docs" / "specs.md").read_text(encoding="utf-8")
    blocks = re.findall(r"^File `([^`]+)`:\n\n```[a-z]*\n(.*?)^```", guide, re.M | re.S)
    return dict(blocks)


def run_in(directory: Path, *command: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(list(command), cwd=directory, capture_output=True, text=True, timeout=180)


def test_the_worked_example_of_the_specs_guide_runs_as_shown(tmp_path: Path) -> None:
    """docs/specs.md: the law, bill and spec it shows pass with `suffrage spec` and under pytest."""
    suffrage = Path(sys.executable).with_name("suffrage")
    if not suffrage.exists():
        pytest.skip(f"the suffrage command is not installed next to {sys.executable}")
    files = specs_guide_files()
    assert set(files) == {"my-project/law.md", "my-project/bill.md", "my-project/specs/reform-bill.feature"}
    for name, text in files.items():
        (tmp_path / name).parent.mkdir(parents=True, exist_ok=True)
        (tmp_path / name).write_text(text, encoding="utf-8")

    shown = run_in(tmp_path, str(suffrage), "spec", "my-project/specs", "--junitxml", "specs.xml",
                   "--cucumberjson", "specs.json")
    assert shown.returncode == 0, shown.stdout + shown.stderr
    assert "4 scenario(s): 4 passed, 0 failed" in shown.stdout
    assert (tmp_path / "specs.xml").is_file() and (tmp_path / "specs.json").is_file()

    under_pytest = run_in(tmp_path / "my-project", sys.executable, "-m", "pytest", "--suffrage-specs", "specs",
                          "-q", "-p", "no:cacheprovider")
    assert under_pytest.returncode == 0, under_pytest.stdout + under_pytest.stderr
    assert "4 passed" in under_pytest.stdout

    bill = tmp_path / "my-project" / "bill.md"
    bill.write_text(bill.read_text(encoding="utf-8").replace("within five days", "within two days"), encoding="utf-8")
    failing = run_in(tmp_path, str(suffrage), "spec", "my-project/specs")
    assert failing.returncode == 1, failing.stdout + failing.stderr
    assert 'expected the draft to resolve a finding on "appeals.deadlines", but found:' in failing.stdout
    assert "[persisting]" in failing.stdout and "Allows 2 day(s)" in failing.stdout
    assert "4 scenario(s): 2 passed, 2 failed" in failing.stdout
