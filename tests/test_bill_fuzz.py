"""Whatever text a bill holds, parsing and applying it never raises: unreadable lines are reported."""

from __future__ import annotations

from pathlib import Path

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from compliance.amend import apply
from compliance.bill import parse_bill
from compliance.lawtext import read_law

LAW = read_law(Path(__file__).resolve().parent.parent / "examples" / "kz-elections.md")

PIECES = [
    "Article 1.", "Article 12", "Article 12:", "1)", "2.", "a)", "- ", "(1)", "3 ", "in ", "of ", "paragraph 2",
    "subparagraph 3)", "Articles 5 to 7", "Subsections 57(3) to (5)", "the words", '"one day"', "“x”", "«y»", "‘z’",
    "shall be worded as follows:", "shall be excluded;", "shall be replaced by the words", "shall be supplemented by",
    "paragraph 1-1 of the following content:", "is replaced by the following:", "is amended by striking out",
    "and by adding the following after paragraph (b):", "Omit", "substitute", "Insert:", "Add:", "Repeal the section.",
    "The definition", "in subsection 2(1)", "of the Act", "The portion of", "before paragraph (a)",
    "This Law shall enter into force on 1 June 2027.", "If", "Coordinating Amendments", "CANADA ELECTIONS ACT",
    "Schedule 1—Main amendments", "5 Subsection 17(2A)", "the heading before section 46", ";", ":", ".", "\n",
    "\n        ", "\n  ", '"', "“", "(", ")", "respectively", "renumbered as", "after the words", "to the end",
]


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.lists(st.sampled_from(PIECES) | st.text(max_size=12), max_size=40))
def test_any_bill_text_is_parsed_and_applied_without_an_exception(pieces: list[str]) -> None:
    text = " ".join(pieces)
    draft = parse_bill(text)
    for item in (*draft.unparsed, *draft.conditional):
        assert 1 <= item.line <= text.replace("\r\n", "\n").replace("\r", "\n").count("\n") + 1
    apply(LAW, draft)


TOML_PIECES = ["[draft]", "[[amendment]]", 'title = "t"', "effective = 2026-01-01", 'effective = "x"', 'op = "repeal"',
               'op = "x"', 'target = "Article 4"', 'target = ""', "id = 3", 'text = "1. a"', "law = 1", "[extra]",
               'occurrence = "all"', 'position = "after"', "=", '"', "\n"]


@settings(max_examples=200, deadline=None)
@given(st.lists(st.sampled_from(TOML_PIECES), max_size=20))
def test_any_toml_draft_loads_or_fails_with_a_bill_error(pieces: list[str]) -> None:
    from compliance.bill import parse_toml_draft
    from compliance.errors import BillError

    try:
        draft = parse_toml_draft("\n".join(pieces), path="d.toml")
    except BillError as error:
        assert str(error).startswith("d.toml")
    else:
        apply(LAW, draft)


@settings(max_examples=300, deadline=None)
@given(st.lists(st.sampled_from(["paragraph", "Article", "of", "and", "to", ",", "1", "2)", "(a)", "20-1", "57(3)",
                                 "the", "second", "part", "Schedule", "4", "sub-item", "Sections", "-", "(5)"]),
                max_size=12))
def test_any_phrase_is_a_locator_or_a_locator_error(words: list[str]) -> None:
    from compliance.locators import LocatorError, parse_locator

    try:
        locator = parse_locator(" ".join(words))
    except LocatorError:
        return
    assert locator.targets
    for target in locator.targets:
        assert isinstance(target.citation(), str)
