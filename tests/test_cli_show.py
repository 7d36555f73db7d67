"""`suffrage show` prints a law's outline or one provision; bad input exits 2 in one line."""

from __future__ import annotations

import json
from pathlib import Path

from click.testing import CliRunner

from cli import main


def run(*args: str):
    return CliRunner().invoke(main, list(args))


def test_show_prints_one_cis_provision_by_citation(example_law_path: Path) -> None:
    result = run("show", str(example_law_path), "Article 12(3)")
    assert result.exit_code == 0, result.output
    assert "Article 12(3)" in result.output
    assert "final and shall not be subject to appeal" in result.output


def test_show_resolves_inserted_article_numbers(example_law_path: Path) -> None:
    result = run("show", str(example_law_path), "Article 20-1", "--format", "json")
    assert result.exit_code == 0, result.output
    data = json.loads(result.output)
    assert data["eid"] == "art_20-1"
    assert [c["eid"] for c in data["children"]] == ["art_20-1__para_1", "art_20-1__para_2"]


def test_unknown_citation_is_an_input_error(example_law_path: Path) -> None:
    result = run("show", str(example_law_path), "Article 999")
    assert result.exit_code == 2
    assert "no provision 'Article 999'" in result.output


def test_missing_file_is_an_input_error_without_traceback(tmp_path: Path) -> None:
    result = run("show", str(tmp_path / "nope.md"))
    assert result.exit_code == 2
    assert "no such law" in result.output
    assert "Traceback" not in result.output
