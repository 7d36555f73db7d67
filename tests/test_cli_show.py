"""`suffrage show` prints a law's outline or one provision; bad input exits 2 in one line."""

from __future__ import annotations

import json
import os
import random
import subprocess
import sys
from pathlib import Path

import pytest
from click.testing import CliRunner

from cli import main


def run(*args: str):
    return CliRunner().invoke(main, list(args))


def test_show_prints_one_cis_provision_by_citation(example_law_path: Path) -> None:
    result = run("show", str(example_law_path), "Article 12(3)")
    assert result.exit_code == 0, result.output
    assert result.output.startswith("Article 12(3)  [art_12__para_3, line 71]\n")
    assert "final and shall not be subject to appeal" in result.output


def test_show_prints_an_article_with_its_numbered_children(example_law_path: Path) -> None:
    result = run("show", str(example_law_path), "Article 10")
    assert 0 == result.exit_code, result.output
    lines = result.output.splitlines()
    assert "Article 10 — System of election commissions  [art_10, lines 51–60]" == lines[0]
    assert lines[4].startswith("  4. The grounds for early dismissal")
    assert "    2) a court judgment of conviction that has entered into force;" == lines[6]


def test_show_resolves_inserted_article_numbers(example_law_path: Path) -> None:
    result = run("show", str(example_law_path), "Article 20-1", "--format", "json")
    assert result.exit_code == 0, result.output
    data = json.loads(result.output)
    assert data["eid"] == "art_20-1"
    assert [c["eid"] for c in data["children"]] == ["art_20-1__para_1", "art_20-1__para_2"]
    assert ("Article 20-1.", "International observers") == (data["marker"], data["heading"])


def test_show_outline_lists_chapters_and_articles(example_law_path: Path) -> None:
    result = run("show", str(example_law_path))
    assert 0 == result.exit_code, result.output
    lines = result.output.splitlines()
    assert 'Constitutional Law of the Republic of Examplestan "On Elections"' == lines[0]
    assert lines[1].startswith("76 provisions (cis numbering), ")
    assert "Chapter 1 General provisions  [chp_1]" == lines[3]
    assert "  Article 20-1  International observers  [art_20-1]" in lines


def test_show_outline_as_json_has_the_whole_tree(example_law_path: Path) -> None:
    data = json.loads(run("show", str(example_law_path), "--format", "json").output)
    assert ("cis", 76) == (data["tradition"], data["provisions"])
    assert ["chp_1", "chp_2", "chp_3", "chp_4", "chp_5", "chp_6", "chp_7"] == [c["eid"] for c in data["body"]]


def test_show_writes_to_an_output_file(example_law_path: Path, tmp_path: Path) -> None:
    target = tmp_path / "article.txt"
    result = run("show", str(example_law_path), "art_4__para_3", "--output", str(target))
    assert ("", 0) == (result.output, result.exit_code)
    assert target.read_text(encoding="utf-8").startswith("Article 4(3)  [art_4__para_3")


def test_unknown_citation_is_an_input_error(example_law_path: Path) -> None:
    result = run("show", str(example_law_path), "Article 999")
    assert result.exit_code == 2
    assert (f"suffrage: error: {example_law_path}: no provision 'Article 999' in this law; "
            "nearest articles: 90, 100\n") == result.output


@pytest.mark.parametrize(
    ("name", "data", "message"),
    [
        ("random.bin", bytes(range(256)) * 4, "looks like binary data, expected a law in plain text or Markdown"),
        ("empty.md", b"", "is empty, expected a law"),
        ("latin1.txt", "Article 1. Café\n".encode("latin-1"), "is not valid UTF-8: byte 0xe9 at offset 14 (line 1)"),
        ("letter.txt", b"Dear voter,\nplease vote.\n", "no recognisable provisions"),
    ],
)
def test_bad_law_files_exit_2_with_one_line_naming_the_file(tmp_path: Path, name: str, data: bytes,
                                                             message: str) -> None:
    path = tmp_path / name
    path.write_bytes(data)
    result = run("show", str(path))
    assert 2 == result.exit_code
    assert 1 == len(result.output.splitlines()), result.output
    assert result.output.startswith(f"suffrage: error: {path}: ")
    assert message in result.output


def test_missing_file_and_directory_exit_2_without_traceback(tmp_path: Path) -> None:
    for target, message in ((tmp_path / "nope.md", "no such law"), (tmp_path, "is a directory")):
        result = run("show", str(target))
        assert 2 == result.exit_code
        assert 1 == len(result.output.splitlines())
        assert message in result.output
        assert "Traceback" not in result.output


def installed_suffrage() -> Path:
    script = Path(sys.executable).parent / ("suffrage.exe" if os.name == "nt" else "suffrage")
    if not script.is_file():
        pytest.skip(f"the suffrage console script is not installed next to {sys.executable}; pip install the package")
    return script


def test_installed_command_shows_a_provision_and_refuses_random_bytes(example_law_path: Path,
                                                                      tmp_path: Path) -> None:
    """A real subprocess run of the installed console script, as a user runs it."""
    script = installed_suffrage()
    shown = subprocess.run([script, "show", example_law_path, "Article 20-1"], capture_output=True, text=True,
                           timeout=60, check=False)
    assert (0, "") == (shown.returncode, shown.stderr)
    assert shown.stdout.startswith("Article 20-1 — International observers  [art_20-1")
    noise = tmp_path / "noise.bin"
    noise.write_bytes(random.Random(2026).randbytes(4096))  # seeded: never starts with a BOM or magic number
    refused = subprocess.run([script, "show", noise], capture_output=True, text=True, timeout=60, check=False)
    assert 2 == refused.returncode
    assert f"suffrage: error: {noise}: looks like binary data, expected a law in plain text or Markdown\n" == (
        refused.stderr)
