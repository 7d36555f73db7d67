"""The documentation stays true: the generated rule catalogue matches the packs, README commands exist."""

from __future__ import annotations

import re
from pathlib import Path

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
