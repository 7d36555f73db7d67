"""The ledger's command line: init, law, draft, log — messages, ids and exit codes."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest
from click.testing import CliRunner

from cli import main

EXAMPLE_LAW = Path(__file__).resolve().parents[2] / "examples" / "kz-elections.md"


def run(*args: str, env: dict[str, str] | None = None) -> Any:
    return CliRunner().invoke(main, list(args), env=env)


@pytest.fixture
def here(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """An empty working directory (the default store lives in ./.suffrage)."""
    monkeypatch.chdir(tmp_path)
    monkeypatch.delenv("SUFFRAGE_STORE", raising=False)
    monkeypatch.setenv("SUFFRAGE_AUTHOR", "alice")
    return tmp_path


def test_commands_outside_an_initialised_directory_say_how_to_start(here: Path) -> None:
    for args in (["draft", "list"], ["log"], ["verify"], ["law", "show", "kz"]):
        result = run(*args)
        assert 2 == result.exit_code, args
        assert "run `suffrage init`" in result.output
        assert "Traceback" not in result.output
    assert not (here / ".suffrage").exists()


def test_init_creates_the_default_store_once(here: Path) -> None:
    first = run("init")
    assert 0 == first.exit_code, first.output
    assert f"Initialised an empty ledger at {here / '.suffrage' / 'ledger.sqlite'}." in first.output
    again = run("init")
    assert 0 == again.exit_code
    assert "already exists (0 commands recorded)" in again.output


def test_draft_open_prints_the_short_id_alone_on_the_last_line(here: Path) -> None:
    run("init")
    assert 0 == run("law", "import", str(EXAMPLE_LAW), "--name", "kz", "--as-of", "2025-01-01").exit_code
    opened = run("draft", "open", "Lower the voting age", "--law", "kz", "--election-date", "2026-09-20")
    assert 0 == opened.exit_code, opened.output
    short = opened.output.splitlines()[-1]
    assert 8 == len(short) and int(short, 16) >= 0
    listed = run("draft", "list")
    assert short in listed.output and "Lower the voting age" in listed.output
    shown = run("draft", "show", short[:5], "--format", "json")
    data = json.loads(shown.output)
    assert (short, "kz", "open", "2026-09-20", "alice") == (
        data["short_id"], data["law"], data["status"], data["election"], data["opened_by"]
    )


def test_user_mistakes_exit_2_with_one_line_and_write_nothing(here: Path) -> None:
    run("init")
    run("law", "import", str(EXAMPLE_LAW), "--name", "kz", "--as-of", "2025-01-01")
    short = run("draft", "open", "T", "--law", "kz").output.splitlines()[-1]
    cases = [
        (["law", "import", str(EXAMPLE_LAW), "--name", "kz"], "law 'kz' is already in the ledger"),
        (["law", "import", str(here / "missing.md"), "--name", "x"], "no such law"),
        (["draft", "open", "T", "--law", "nope"], "no law 'nope'"),
        (["draft", "open", "T", "--law", "kz", "--election-date", "20 Sept"],
         "--election-date '20 Sept' is not a date"),
        (["draft", "withdraw", short, "a1", "--reason", "x"], "has no amendment 'a1'"),
        (["draft", "abandon", "ffffffffff", "--reason", "x"], "no draft 'ffffffffff'"),
        (["draft", "abandon", short], "Missing option '--reason'"),
        (["draft", "waive", short, "abc", "--reason", "ok"], "has not been checked"),
        (["law", "show", "kz", "--as-of", "2024-12-31"], "no text of law 'kz' before 2025-01-01"),
    ]
    before = run("log", "--format", "json").output
    for args, message in cases:
        result = run(*args)
        assert 2 == result.exit_code, (args, result.output)
        assert message in result.output, (args, result.output)
        assert "Traceback" not in result.output
    assert before == run("log", "--format", "json").output
    assert 0 == run("verify").exit_code


def test_log_tells_who_did_what_to_a_draft(here: Path) -> None:
    run("init")
    run("law", "import", str(EXAMPLE_LAW), "--name", "kz", "--as-of", "2025-01-01")
    short = run("draft", "open", "Observers", "--law", "kz", "--author", "bob").output.splitlines()[-1]
    other = run("draft", "open", "Other", "--law", "kz").output.splitlines()[-1]
    assert 0 == run("draft", "abandon", short, "--reason", "Merged into the observers bill.",
                    env={"SUFFRAGE_AUTHOR": "carol"}).exit_code
    lines = run("log", short).output.splitlines()
    assert 2 == len(lines)
    assert lines[0].endswith(f"  bob  draft {short}  opened draft 'Observers' on law kz")
    assert lines[1].endswith(f"  carol  draft {short}  abandoned: Merged into the observers bill.")
    everything = run("log").output
    assert "alice  law kz  imported law 'kz' from" in everything and other in everything
    by_law = [json.loads(line)["subject"] for line in run("log", "kz", "--format", "json").output.splitlines()]
    assert ["law kz", f"draft {short}", f"draft {other}", f"draft {short}"] == by_law


def test_law_show_without_adopted_amendments_prints_the_imported_text(here: Path) -> None:
    run("init")
    run("law", "import", str(EXAMPLE_LAW), "--name", "kz", "--as-of", "2025-01-01")
    result = run("law", "show", "kz", "Article 4(1)", "--as-of", "2025-06-01")
    assert 0 == result.exit_code, result.output
    assert "Law 'kz' as of 2025-06-01; adopted drafts in force: none" in result.output
    assert "reached eighteen years of age" in result.output


def test_the_store_option_and_variable_select_another_ledger(here: Path) -> None:
    store = str(here / "office" / "ledger.sqlite")
    assert 0 == run("init", "--store", store).exit_code
    assert 0 == run("law", "import", str(EXAMPLE_LAW), "--name", "kz", env={"SUFFRAGE_STORE": store}).exit_code
    assert "imported law 'kz'" in run("log", "--store", store).output
    assert 2 == run("log").exit_code  # the default store was never created
