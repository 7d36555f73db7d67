"""TOML drafts are validated strictly: every mistake names the key and the line it is on."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

from compliance.bill import parse_toml_draft, read_draft
from compliance.errors import BillError

GOOD = '''[draft]
title = "On amendments"
law = "examples/kz-elections.md"
effective = 2026-03-01
election = "2026-09-20"

[[amendment]]
id = "a1"
target = "art_4__para_1"
op = "replace"
text = "1. Citizens who have reached sixteen years of age shall have the right to elect."
rationale = "Lower the voting age."

[[amendment]]
target = "Article 12(2)"
op = "replace-words"
words = "within one day"
replacement = "within three days"
occurrence = "all"
'''


def error(text: str) -> BillError:
    with pytest.raises(BillError) as caught:
        parse_toml_draft(text, path="d.toml")
    return caught.value


def test_a_valid_draft_becomes_operations_in_order() -> None:
    draft = parse_toml_draft(GOOD, path="d.toml")
    assert "On amendments" == draft.title
    assert (date(2026, 3, 1), date(2026, 9, 20)) == (draft.effective, draft.election)
    assert [("a1", "replace", "art_4__para_1"), ("a2", "replace-words", "Article 12(2)")] == [
        (op.id, op.action, op.target) for op in draft.operations]
    assert "Lower the voting age." == draft.operations[0].rationale
    assert (7, 14) == (draft.operations[0].line, draft.operations[1].line)
    assert "all" == draft.operations[1].occurrence


def test_read_draft_picks_toml_by_extension(tmp_path: Path) -> None:
    path = tmp_path / "d.toml"
    path.write_text(GOOD, encoding="utf-8")
    assert 2 == len(read_draft(path).operations)


def test_unknown_key_in_an_amendment_names_the_key_and_line() -> None:
    problem = error(GOOD.replace('rationale = "Lower', 'reason = "Lower'))
    assert (problem.where, problem.line) == ("d.toml", 12)
    assert "unknown key 'reason' in amendment #1" in problem.message


def test_unknown_key_in_draft_table() -> None:
    problem = error(GOOD.replace('law = ', 'statute = '))
    assert 3 == problem.line and "unknown key 'statute' in [draft]" in problem.message


def test_unknown_table() -> None:
    problem = error(GOOD + "\n[extras]\nx = 1\n")
    assert 21 == problem.line and "unknown table or key 'extras'" in problem.message


def test_bad_op_is_named_with_the_choices() -> None:
    problem = error(GOOD.replace('op = "replace-words"', 'op = "substitute"'))
    assert 16 == problem.line
    assert "unknown op 'substitute' in amendment #2; expected one of replace | insert-after" in problem.message


@pytest.mark.parametrize("value", ['"2026-13-01"', '"next spring"', "2026-03-01T10:00:00", "20260301"])
def test_bad_dates_are_rejected(value: str) -> None:
    problem = error(GOOD.replace("effective = 2026-03-01", f"effective = {value}"))
    assert 4 == problem.line and "'effective' must be a date like 2026-03-01" in problem.message


def test_impossible_toml_date_is_a_malformed_toml_error_with_its_line() -> None:
    problem = error(GOOD.replace("effective = 2026-03-01", "effective = 2026-02-30"))
    assert 4 == problem.line and problem.message.startswith("malformed TOML")


def test_missing_fields_are_named() -> None:
    assert "needs 'replacement'" in error(GOOD.replace('replacement = "within three days"\n', "")).message
    assert "has no 'target'" in error(GOOD.replace('target = "Article 12(2)"\n', "")).message
    assert "has no 'op'" in error(GOOD.replace('op = "replace-words"\n', "")).message
    assert "needs a title" in error(GOOD.replace('title = "On amendments"\n', "")).message
    assert "missing [draft]" in error("[[amendment]]\ntarget='x'\nop='repeal'\n").message


def test_wrong_value_type_is_named() -> None:
    problem = error(GOOD.replace('occurrence = "all"', "occurrence = 2"))
    assert 19 == problem.line and "'occurrence' in amendment #2 must be a string, not int" in problem.message


def test_duplicate_ids_are_rejected() -> None:
    problem = error(GOOD.replace('[[amendment]]\ntarget = "Article 12(2)"', '[[amendment]]\nid = "a1"\ntarget = '
                                 '"Article 12(2)"'))
    assert "duplicate id 'a1'" in problem.message and 15 == problem.line


def test_insert_words_needs_an_anchor_before_or_after() -> None:
    text = '[draft]\ntitle = "t"\n[[amendment]]\ntarget = "Article 4(1)"\nop = "insert-words"\nwords = "x"\n' \
           'position = "after"\n'
    problem = error(text)
    assert "needs 'anchor'" in problem.message and 7 == problem.line


def test_malformed_toml_names_the_line() -> None:
    problem = error('[draft]\ntitle = "t"\n[[amendment]\n')
    assert 3 == problem.line and problem.message.startswith("malformed TOML")
