"""A rule pack is data a stranger may write: whatever its conditions and messages try, it cannot run code.

The expression compiler is tested on its own in ``test_conditions.py``; here
whole pack files go through ``load_catalogue([dir])`` and through
``suffrage review --rules DIR``, and every attempt is refused when the pack is
loaded, with one line naming the file, the line, the rule and the problem
(exit status 2, no traceback). A condition that passes the checks but fails
when evaluated (a division by zero) stops the run with the same kind of
message instead of a crash.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from click.testing import CliRunner

from cli import main
from compliance.errors import RulePackError
from compliance.rules import load_catalogue

PACK = """\
[pack]
id = "HOSTILE"
title = "A pack written by someone else"
version = "1"

[provisions."HOSTILE:1"]
text = "Any text."

[[rule]]
id = "HOS001"
name = "hostile-rule"
title = "A rule that tries something"
topic = "suffrage.age"
severity = "error"
cites = ["HOSTILE:1"]
fact = "voting.min_age"
when = {when}
message = {message}
  [[rule.example]]
  expect = "fail"
  text = "Article 1.\\n1. Citizens who have reached twenty-one years of age shall have the right to elect."
  [[rule.example]]
  expect = "pass"
  text = "Article 1.\\n1. Citizens who have reached eighteen years of age shall have the right to elect."
"""

LAW = "Article 1. Right to vote\n1. Citizens who have reached twenty-one years of age shall have the right to elect.\n"


def toml_string(text: str) -> str:
    return "'''" + text + "'''" if "'" not in text else '"' + text.replace("\\", "\\\\").replace('"', '\\"') + '"'


def write_pack(directory: Path, *, when: str = "value > 18", message: str = "Voting age {value}.") -> Path:
    directory.mkdir(parents=True, exist_ok=True)
    path = directory / "hostile.toml"
    path.write_text(PACK.format(when=toml_string(when), message=toml_string(message)), encoding="utf-8")
    return path


HOSTILE_CONDITIONS = [
    ("dunder attribute", "value.__class__.__mro__", "attribute access"),
    ("dunder through a call", "len.__self__", "attribute access"),
    ("import", "__import__('os').system('touch /tmp/pwned') == 0", "is not allowed"),
    ("bare import call", "__import__('os') == 1", "call to __import__ is not allowed"),
    ("open", "open('/etc/passwd') == 1", "call to open is not allowed"),
    ("eval", "eval('1') == 1", "call to eval is not allowed"),
    ("exec", "exec('x = 1') == 1", "call to exec is not allowed"),
    ("getattr", "getattr(value, 'real') > 1", "call to getattr is not allowed"),
    ("type", "type(value) == int", "call to type is not allowed"),
    ("huge exponent", "value ** 999999999 > 1", "exponentiation"),
    ("exponent of constants", "10 ** 10 > value", "exponentiation"),
    ("list comprehension", "[x for x in range(10 ** 6)] == value", "not allowed"),
    ("generator", "sum(x for x in [1]) > value", "not allowed"),
    ("lambda", "(lambda: 1)() == value", "not allowed"),
    ("subscript", "value[0] == 1", "not allowed"),
    ("walrus", "(x := value) > 1", "not allowed"),
    ("f-string", "f'{value}' == '1'", "not allowed"),
    ("huge constant", "value > 99999999999999999999", "too large"),
    ("huge string", "value == '" + "x" * 400 + "'", "too long"),
    ("unknown name", "secret > 1", "unknown name 'secret'"),
    ("private name", "_value > 1", "unknown name '_value'"),
    ("keyword arguments", "round(value, ndigits=2) > 1", "keyword arguments"),
    ("statement", "import os", "not a valid expression"),
    ("too long", "value > 1 and " * 80 + "value > 1", "longer than 1000 characters"),
]

HOSTILE_MESSAGES = [
    ("attribute in template", "Age {value.__class__}.", "must be a plain name"),
    ("index in template", "Age {value[0]}.", "must be a plain name"),
    ("conversion in template", "Age {value!r}.", "may not use a conversion"),
    ("huge width in template", "Age {value:>999999999}.", "format"),
    ("unknown placeholder", "Age {secret}.", "is not one of"),
]


@pytest.mark.parametrize(("case", "when", "problem"), HOSTILE_CONDITIONS, ids=[c[0] for c in HOSTILE_CONDITIONS])
def test_a_pack_with_a_hostile_condition_is_refused_at_load(tmp_path: Path, case: str, when: str,
                                                           problem: str) -> None:
    path = write_pack(tmp_path / "packs", when=when)
    with pytest.raises(RulePackError) as raised:
        load_catalogue([tmp_path / "packs"])
    message = str(raised.value)
    assert message.startswith(f"{path}:"), message
    assert "rule HOS001" in message
    assert problem in message


@pytest.mark.parametrize(("case", "template", "problem"), HOSTILE_MESSAGES, ids=[c[0] for c in HOSTILE_MESSAGES])
def test_a_pack_with_a_hostile_message_template_is_refused_at_load(tmp_path: Path, case: str, template: str,
                                                                  problem: str) -> None:
    path = write_pack(tmp_path / "packs", message=template)
    with pytest.raises(RulePackError) as raised:
        load_catalogue([tmp_path / "packs"])
    message = str(raised.value)
    assert message.startswith(f"{path}:"), message
    assert "rule HOS001" in message and problem in message


@pytest.mark.parametrize(("case", "when", "problem"),
                         [HOSTILE_CONDITIONS[0], HOSTILE_CONDITIONS[2], HOSTILE_CONDITIONS[9], HOSTILE_CONDITIONS[11]],
                         ids=["dunder", "import", "exponent", "comprehension"])
def test_the_command_line_refuses_a_hostile_pack_with_exit_status_2(tmp_path: Path, case: str, when: str,
                                                                   problem: str) -> None:
    path = write_pack(tmp_path / "packs", when=when)
    law = tmp_path / "law.txt"
    law.write_text(LAW, encoding="utf-8")
    result = CliRunner().invoke(main, ["review", str(law), "--rules", str(tmp_path / "packs")])
    assert 2 == result.exit_code, result.output
    assert 1 == len(result.output.strip().splitlines()), result.output
    assert result.output.startswith(f"suffrage: error: {path}:")
    assert "rule HOS001" in result.output and problem in result.output
    assert "Traceback" not in result.output
    assert not Path("/tmp/pwned").exists()


@pytest.mark.parametrize(("when", "problem"), [
    ("value / 0 > 1", "ZeroDivisionError"),
    ("value % 0 > 1", "ZeroDivisionError"),
    ("'x' * 999999999999 == 'x'", "IterableTooLong"),
])
def test_a_condition_failing_at_run_time_stops_the_review_with_a_clear_error(tmp_path: Path, when: str,
                                                                            problem: str) -> None:
    write_pack(tmp_path / "packs", when=when)
    law = tmp_path / "law.txt"
    law.write_text(LAW, encoding="utf-8")
    result = CliRunner().invoke(main, ["review", str(law), "--rules", str(tmp_path / "packs")])
    assert 2 == result.exit_code, result.output
    assert "rule HOS001 (pack HOSTILE)" in result.output and problem in result.output
    assert "Traceback" not in result.output


def test_a_well_behaved_user_pack_loads_and_runs(tmp_path: Path) -> None:
    write_pack(tmp_path / "packs", when="value > 18 and max(value, 0) < 100", message="Voting age {value:d}.")
    law = tmp_path / "law.txt"
    law.write_text(LAW, encoding="utf-8")
    result = CliRunner().invoke(main, ["review", str(law), "--rules", str(tmp_path / "packs"), "--select", "HOS001"])
    assert 1 == result.exit_code, result.output
    assert "HOS001" in result.output and "Voting age 21." in result.output
