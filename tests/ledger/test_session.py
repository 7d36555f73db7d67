"""A drafting session from `suffrage init` to `law show --as-of`, on SQLite and PostgreSQL, told by `log`."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

from click.testing import CliRunner

from cli import main

EXAMPLE_LAW = Path(__file__).resolve().parents[2] / "examples" / "kz-elections.md"

RAISE_AGE = """\
[draft]
title = "Raise the voting age"

[[amendment]]
id = "age"
target = "Article 4(1)"
op = "replace-words"
words = "eighteen years"
replacement = "twenty-one years"
rationale = "Voters should be mature."
"""

TERM = """\
[draft]
title = "Shorter presidential term"

[[amendment]]
target = "art_7__para_1"
op = "replace-words"
words = "seven years"
replacement = "five years"
"""


def run(*args: str, expect: int = 0) -> Any:
    result = CliRunner().invoke(main, list(args), env={"SUFFRAGE_AUTHOR": "alice"})
    assert expect == result.exit_code, (args, result.output)
    assert "Traceback" not in result.output
    return result


def test_a_drafting_session_from_init_to_the_law_as_of_a_date(store_spec: str, tmp_path: Path) -> None:
    store = ["--store", store_spec]
    (tmp_path / "age.toml").write_text(RAISE_AGE, encoding="utf-8")
    (tmp_path / "term.toml").write_text(TERM, encoding="utf-8")
    (tmp_path / "garbage.toml").write_text("[draft\ntitle = ", encoding="utf-8")

    run("init", *store)
    run("law", "import", str(EXAMPLE_LAW), "--name", "kz", "--as-of", "2025-01-01", *store)
    opened = run("draft", "open", "Electoral reform", "--law", "kz", "--election-date", "2027-09-20", *store)
    draft = opened.output.splitlines()[-1]

    assert "Proposed age to draft" in run("draft", "propose", draft, str(tmp_path / "age.toml"), *store).output
    assert "Proposed a1 to draft" in run("draft", "propose", draft, str(tmp_path / "term.toml"), *store,
                                         "--author", "bob").output
    bad = run("draft", "propose", draft, str(tmp_path / "garbage.toml"), *store, expect=2)
    assert "garbage.toml" in bad.output

    # The checker flags the raised voting age; the finding is recorded with the check.
    checked = run("draft", "check", draft, "--format", "json", *store, expect=1)
    report = json.loads(checked.output[checked.output.index("{"):checked.output.rindex("}") + 1])
    age = [f for f in report["findings"] if f["status"] == "introduced" and f["location"]["eid"] == "art_4__para_1"
           and f["severity"] == "error"]
    assert age, report["findings"]
    fingerprint = age[0]["fingerprint"]

    refused = run("draft", "adopt", draft, "--effective", "2024-12-31", *store, expect=2)
    assert "before the date law 'kz' was imported as of (2025-01-01)" in refused.output
    run("draft", "waive", draft, fingerprint[:10], *store, expect=2)  # --reason is mandatory
    run("draft", "waive", draft, fingerprint[:10], "--reason", "The committee accepts the risk.", *store)
    run("draft", "check", draft, *store)  # exit 0: the only error is waived
    run("draft", "adopt", draft, "--effective", "2026-03-01", *store)
    closed = run("draft", "propose", draft, str(tmp_path / "term.toml"), *store, expect=2)
    assert "was adopted (effective 2026-03-01); it cannot change" in closed.output

    before = run("law", "show", "kz", "Article 4(1)", "--as-of", "2026-02-28", *store).output
    after = run("law", "show", "kz", "Article 4(1)", "--as-of", "2026-03-01", *store).output
    assert "reached eighteen years of age" in before and "in force: none" in before
    assert "reached twenty-one years of age" in after and f"in force: {draft} (effective 2026-03-01)" in after
    term = run("law", "show", "kz", "Article 7(1)", "--as-of", "2026-03-01", "--format", "json", *store).output
    assert "five years" in json.loads(term)["text"]["text"]

    history = json.loads(run("law", "history", "kz", "Article 4(1)", "--format", "json", *store).output)
    assert [("2025-01-01", None), ("2026-03-01", json.loads(run("draft", "show", draft, "--format", "json",
                                                                 *store).output)["id"])] == [
        (v["since"], v["draft"]) for v in history
    ]

    story = [json.loads(line) for line in run("log", draft, "--format", "json", *store).output.splitlines()]
    expected = [
        ("alice", "opened draft 'Electoral reform' on law kz, next election 2027-09-20"),
        ("alice", "proposed amendment age: replace-words Article 4(1) ('eighteen years')"),
        ("bob", "proposed amendment a1: replace-words art_7__para_1 ('seven years')"),
        ("alice", "checked age, a1: 1 error(s)"),
        ("alice", "waived "),
        ("alice", "checked age, a1: 0 error(s)"),
        ("alice", "adopted, effective 2026-03-01"),
    ]
    assert expected == [(e["author"], e["what"][: len(what)]) for e, (_, what) in zip(story, expected, strict=False)]
    assert len(expected) == len(story)
    assert "The committee accepts the risk." in story[4]["what"]
    law_story = run("log", "kz", *store).output
    assert f"law kz  adopted draft {draft} 'Electoral reform', effective 2026-03-01: 2 change(s)" in law_story

    assert "is intact" in run("verify", *store).output


def test_revising_and_withdrawing_amendments_from_files(store_spec: str, tmp_path: Path) -> None:
    store = ["--store", store_spec]
    (tmp_path / "age.toml").write_text(RAISE_AGE, encoding="utf-8")
    (tmp_path / "term.toml").write_text(TERM, encoding="utf-8")
    (tmp_path / "prose.md").write_text("The committee met on Tuesday and discussed the budget.\n", encoding="utf-8")
    run("init", *store)
    run("law", "import", str(EXAMPLE_LAW), "--name", "kz", "--as-of", "2025-01-01", *store)
    draft = run("draft", "open", "Reform", "--law", "kz", *store).output.splitlines()[-1]
    run("draft", "propose", draft, str(tmp_path / "age.toml"), *store)
    nothing = run("draft", "propose", draft, str(tmp_path / "prose.md"), *store, expect=2)
    assert "prose.md: no amending operations found" in nothing.output
    run("draft", "revise", draft, "age", str(tmp_path / "term.toml"), *store)
    run("draft", "revise", draft, "nope", str(tmp_path / "term.toml"), *store, expect=2)
    run("draft", "withdraw", draft, "age", *store, expect=2)  # --reason is mandatory
    run("draft", "withdraw", draft, "age", "--reason", "Handled in the constitution.", *store)
    shown = json.loads(run("draft", "show", draft, "--format", "json", *store).output)
    [amendment] = shown["amendments"]
    assert ("age", "withdrawn", 2, "Handled in the constitution.", "art_7__para_1") == (
        amendment["id"], amendment["status"], amendment["revision"], amendment["reason"],
        amendment["operations"][0]["target"],
    )
    story = [line.split("  ", 3)[3] for line in run("log", draft, *store).output.splitlines()]
    assert ["opened draft 'Reform' on law kz", "proposed amendment age: replace-words Article 4(1) ('eighteen years')",
            "revised amendment age: replace-words art_7__para_1 ('seven years')",
            "withdrew amendment age: Handled in the constitution."] == [s.split(" (from ")[0] for s in story]
