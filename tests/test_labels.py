"""Labels are identifiers with a defined order, not numbers."""

from __future__ import annotations

import pytest

from compliance.labels import core_label, label_key, next_label


@pytest.mark.parametrize(
    ("before", "after"),
    [
        ("20", "20-1"),
        ("20-1", "20-2"),
        ("20-2", "20-10"),
        ("20-10", "21"),
        ("384", "384.1"),
        ("477.5", "477.51"),
        ("477.55", "477.551"),
        ("477.59", "477.6"),
        ("348.01", "348.1"),
        ("a", "a.1"),
        ("a.1", "b"),
        ("2A", "2AA"),
        ("2AA", "2B"),
        ("2", "2A"),
        ("b", "ba"),
        ("ba", "c"),
        ("za", "a"),
        ("1A", "2"),
    ],
)
def test_inserted_labels_sort_after_their_base(before: str, after: str) -> None:
    assert label_key(before) < label_key(after)


def test_roman_subparagraphs_sort_by_value() -> None:
    labels = ["ix", "iv", "x", "i", "v", "ii"]
    assert sorted(labels, key=lambda lab: label_key(lab, roman=True)) == ["i", "ii", "iv", "v", "ix", "x"]


def test_printed_labels_reduce_to_their_core() -> None:
    assert [core_label(x) for x in ["(3.1)", "20-1.", "2)", "(a.1)", "56.1"]] == ["3.1", "20-1", "2", "a.1", "56.1"]


def test_next_label_follows_the_sequence_of_each_style() -> None:
    assert next_label("h") == "i"
    assert next_label("iv", roman=True) == "v"
    assert next_label("3") == "4"
    assert next_label("20-1") is None


def test_roman_numerals_are_recognised_in_either_case() -> None:
    from compliance.labels import is_roman, roman_value

    assert [1, 4, 9, 14, 40, 90] == [roman_value(r) for r in ["i", "IV", "ix", "xiv", "XL", "xc"]]
    assert not any(is_roman(text) for text in ["", "iiii", "ic", "abc", "vv"])
    with pytest.raises(ValueError):
        roman_value("ab")


def test_inserted_letter_and_decimal_labels_follow_their_base() -> None:
    assert ["1", "1A", "1B", "2", "2.1", "3"] == sorted(["3", "2.1", "1B", "1", "2", "1A"], key=label_key)
    assert ["a", "a.1", "a.2", "b"] == sorted(["b", "a.2", "a", "a.1"], key=label_key)
