"""Rule conditions are a safe expression language: a pack cannot run code."""

from __future__ import annotations

import pytest

from compliance.rules import compile_condition


@pytest.mark.parametrize(
    "expression",
    [
        "value.__class__",
        "__import__('os').system('true')",
        "open('/etc/passwd')",
        "value ** 999999999",
        "[x for x in range(10)]",
        "lambda: 1",
        "value[0]",
        "unknown_name > 1",
        "eval('1')",
        "10 ** 10",
        "99999999999999999999 > value",
    ],
)
def test_unsafe_conditions_are_refused_at_load(expression: str) -> None:
    with pytest.raises(ValueError):
        compile_condition(expression, ["value", "office"])


def test_conditions_read_the_value_and_declared_attributes() -> None:
    condition = compile_condition("value > 25 and office not in ['president', 'senate']", ["value", "office"])
    assert condition({"value": 30, "office": "deputy"}, {})
    assert not condition({"value": 30, "office": "president"}, {})


def test_a_comparison_with_a_missing_attribute_is_not_met() -> None:
    condition = compile_condition("office > 3", ["value", "office"])
    assert not condition({"value": 1, "office": None}, {})


def test_has_and_law_has_are_bound_per_evaluation() -> None:
    condition = compile_condition("has('x') and not law_has('y')", ["value"])
    assert condition({"value": 1}, {"has": lambda n: n == "x", "law_has": lambda n: False})
