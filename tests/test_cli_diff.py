"""`suffrage diff` and `suffrage show --draft`: the amended provisions, before and after, on the command line."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

from click.testing import CliRunner

from cli import main

ROOT = Path(__file__).resolve().parent.parent
LAW = str(ROOT / "examples" / "kz-elections.md")
WORSEN = str(ROOT / "examples" / "bills" / "worsen-compliance.md")
BREAK = str(ROOT / "examples" / "bills" / "break-reference.md")
DRAFT = str(ROOT / "examples" / "drafts" / "lower-voting-age.toml")
DATA = Path(__file__).resolve().parent / "data"


def run(*args: str):
    return CliRunner().invoke(main, list(args))


def test_diff_prints_each_changed_provision_with_a_unified_diff() -> None:
    result = run("diff", WORSEN, "--law", LAW)
    assert result.exit_code == 0, result.output
    assert "== Article 4(1) — replaced [art_4__para_1] (bill line 10)" in result.stdout
    assert "-1. Citizens of the Republic who have reached eighteen years of age" in result.stdout
    assert "+1. Citizens of the Republic who have reached twenty-one years of age" in result.stdout
    assert "== Article 86(1-2) — inserted [art_86__para_1-2]" in result.stdout
    assert "Effective: 2027-06-01" in result.stdout
    assert "7 provision(s) changed" in result.stdout
    assert "\x1b[" not in result.stdout  # no colour when not on a terminal


def test_diff_colours_only_when_asked_or_on_a_terminal() -> None:
    result = CliRunner().invoke(main, ["diff", WORSEN, "--law", LAW, "--color"])
    assert "\x1b[32m+1. Citizens" in result.stdout
    assert "\x1b[31m-1. Citizens" in result.stdout


def test_diff_json_lists_changes_problems_and_unparsed_lines() -> None:
    result = run("diff", BREAK, "--law", LAW, "--format", "json")
    assert result.exit_code == 0, result.output
    data = json.loads(result.stdout)
    assert ["art_10__para_4", "art_11", "art_56", "art_59__para_1"] == [c["eid"] for c in data["changes"]]
    assert ["repealed", "repealed", "repealed", "amended"] == [c["action"] for c in data["changes"]]
    assert data["draft"]["effective"] == "2027-01-01"
    assert data["problems"] == [] and data["unparsed"] == []
    assert data["changes"][1]["lines"] == [10]


def test_diff_markdown_has_a_diff_block_per_provision() -> None:
    result = run("diff", WORSEN, "--law", LAW, "--format", "markdown")
    assert result.exit_code == 0, result.output
    assert "## Article 12(2) — amended" in result.stdout
    assert result.stdout.count("```diff") == 7


def test_diff_takes_the_law_from_a_toml_draft() -> None:
    cwd = os.getcwd()
    try:
        os.chdir(ROOT)
        result = run("diff", DRAFT)
    finally:
        os.chdir(cwd)
    assert result.exit_code == 0, result.output
    assert "== Article 27(2-1) — inserted [art_27__para_2-1]" in result.stdout


def test_diff_without_a_law_for_bill_text_is_an_input_error() -> None:
    result = run("diff", WORSEN)
    assert result.exit_code == 2
    assert "names no law" in result.output and "--law" in result.output


def test_unparsed_bill_lines_are_warnings_with_line_numbers(tmp_path: Path) -> None:
    bill = tmp_path / "bill.txt"
    bill.write_text("1) paragraph 2 of Article 12 shall be excluded;\n"
                    "2) Article 12 shall be reworked somehow and supplemented mysteriously;\n", encoding="utf-8")
    result = run("diff", str(bill), "--law", LAW)
    assert result.exit_code == 0, result.output
    assert f"suffrage: warning: {bill}:2: instruction not understood" in result.stderr
    assert "== Article 12(2) — repealed" in result.stdout


def test_strict_makes_unparsed_lines_an_error(tmp_path: Path) -> None:
    bill = tmp_path / "bill.txt"
    bill.write_text("1) paragraph 2 of Article 12 shall be excluded;\n"
                    "2) Article 12 shall be reworked somehow and supplemented mysteriously;\n", encoding="utf-8")
    result = run("diff", str(bill), "--law", LAW, "--strict")
    assert result.exit_code == 2
    assert f"{bill}:2: instruction not understood" in result.stderr
    assert "Traceback" not in result.output


def test_show_with_draft_prints_the_new_wording_of_a_replaced_paragraph() -> None:
    result = run("show", LAW, "Article 4(1)", "--draft", WORSEN)
    assert result.exit_code == 0, result.output
    assert "twenty-one years of age" in result.stdout
    assert "eighteen" not in result.stdout
    assert "[replaced by the draft]" in result.stdout


def test_show_with_draft_prints_replaced_words() -> None:
    result = run("show", LAW, "Article 12(2)", "--draft", WORSEN)
    assert "within twelve hours of the adoption" in result.stdout


def test_show_with_draft_finds_inserted_paragraphs_under_their_new_labels() -> None:
    result = run("show", LAW, "Article 86(1-2)", "--draft", WORSEN)
    assert result.exit_code == 0, result.output
    assert "certificate of fluency in the state language" in result.stdout


def test_show_with_draft_reports_a_repealed_article_as_repealed() -> None:
    result = run("show", LAW, "Article 11", "--draft", BREAK)
    assert result.exit_code == 0, result.output
    assert result.stdout.startswith("Article 11 is repealed by the draft.")


def test_show_with_draft_reports_a_paragraph_of_a_repealed_article_as_repealed() -> None:
    result = run("show", LAW, "Article 11(2)", "--draft", BREAK, "--format", "json")
    assert result.exit_code == 0, result.output
    data = json.loads(result.stdout)
    assert data["repealed"] is True and data["repealed_with"] == "art_11"


def test_show_with_draft_still_rejects_a_provision_that_never_existed() -> None:
    result = run("show", LAW, "Article 99", "--draft", BREAK)
    assert result.exit_code == 2
    assert "no provision 'Article 99'" in result.output


def test_show_with_an_unseen_law_and_bill(tmp_path: Path) -> None:
    law = str(DATA / "local-councils-law.md")
    bill = str(DATA / "local-councils-bill.txt")
    assert "sixteen years of age" in run("show", law, "Article 2(1)", "--draft", bill).stdout
    assert "deprived of legal capacity" in run("show", law, "Article 2(2)", "--draft", bill).stdout
    assert "Citizens of other states" in run("show", law, "Article 2(1-1)", "--draft", bill).stdout
    assert "Article 6 is repealed by the draft." in run("show", law, "Article 6", "--draft", bill).stdout


def test_malformed_toml_draft_exits_2_naming_the_line(tmp_path: Path) -> None:
    draft = tmp_path / "d.toml"
    draft.write_text('[draft]\ntitle = "x"\n[[amendment]]\ntarget = "Article 4(1)"\nop = "rewrite"\n', encoding="utf-8")
    result = run("diff", str(draft), "--law", LAW)
    assert result.exit_code == 2
    assert f"{draft}:5: unknown op 'rewrite'" in result.stderr


def test_installed_command_prints_plain_text_in_a_pipe() -> None:
    exe = Path(sys.executable).parent / "suffrage"
    command = [str(exe)] if exe.exists() else [sys.executable, "-m", "cli"]
    completed = subprocess.run([*command, "diff", WORSEN, "--law", LAW], capture_output=True, text=True, check=False,
                               cwd=ROOT)
    assert completed.returncode == 0, completed.stderr
    assert "== Article 4(1) — replaced" in completed.stdout
    assert "\x1b[" not in completed.stdout


def test_diff_writes_to_a_file_and_names_toml_amendments(tmp_path: Path) -> None:
    out = tmp_path / "diff.md"
    result = run("diff", DRAFT, "--law", LAW, "--format", "markdown", "--output", str(out))
    assert result.exit_code == 0, result.output
    text = out.read_text(encoding="utf-8")
    assert "## Article 27(2-1) — inserted" in text
    assert "amendment a3 (line 23)" in text
