"""Balanced-quote scanning and locator grammar: the two layers every instruction is read with."""

from __future__ import annotations

import pytest

from compliance.locators import LocatorError, parse_locator
from compliance.quotes import mask, quoted, strip_quotes


@pytest.mark.parametrize(("text", "expected"), [
    ('the words "the Law "On Elections"" shall be replaced', ['the Law "On Elections"']),
    ('Omit "305(1), 305A(1) or 309(4)", substitute "305A(1) or (1A)".', ["305(1), 305A(1) or 309(4)",
                                                                       "305A(1) or (1A)"]),
    ("omit “* State the relationship of the companion to the voter.”",
     ["* State the relationship of the companion to the voter."]),
    ("by striking out “and” at the end of the officer’s paragraph (a)", ["and"]),
    ("‘ “polling centre” means a place [see rule 4];’ and «слова «в» заменить»", [" “polling centre” means a place [see rule 4];",
                                                                              "слова «в» заменить"]),
    ("„2. One per cent.“;", ["2. One per cent."]),
    ("the person's right 'x' stays", ["x"]),
])
def test_quoted_strings_keep_brackets_commas_asterisks_and_nested_quotes(text: str, expected: list[str]) -> None:
    assert expected == quoted(text)


def test_an_unterminated_quote_does_not_swallow_the_instruction() -> None:
    masked, strings = mask('paragraph 3 shall be excluded; see "unfinished')
    assert strings == [] and masked.startswith("paragraph 3 shall be excluded")


def test_a_wholly_quoted_text_loses_its_quotes() -> None:
    assert "a, b" == strip_quotes("«a, b»")
    assert "«a» and «b»" == strip_quotes("«a» and «b»")


@pytest.mark.parametrize(("text", "targets", "through", "portion"), [
    ("paragraph 1 of Article 4", ["Article 4(1)"], None, None),
    ("subparagraph 2) of paragraph 1 of Article 9", ["Article 9(1)(2)"], None, None),
    ("sub-item 2) of item 1 of Article 9", ["Article 9(1)(2)"], None, None),
    ("Article 4, paragraph 3, subparagraph 2)", ["Article 4(3)(2)"], None, None),
    ("paragraphs 2 and 3 of Article 42", ["Article 42(2)", "Article 42(3)"], None, None),
    ("Articles 30-33", ["Article 30"], "Article 33", None),
    ("Articles 30 to 33", ["Article 30"], "Article 33", None),
    ("Articles 20-1 and 20-2", ["Article 20-1", "Article 20-2"], None, None),
    ("Subsections 57(3) to (5)", ["subsection 57(3)"], "subsection 57(5)", None),
    ("Sections 393 to 399", ["section 393"], "section 399", None),
    ("Paragraphs 161(1)(a) and (b)", ["paragraph 161(1)(a)", "paragraph 161(1)(b)"], None, None),
    ("subsections 2(1) and 280(1), section 281 and subsections 342(1) and (4)",
     ["subsection 2(1)", "subsection 280(1)", "section 281", "subsection 342(1)", "subsection 342(4)"], None, None),
    ("Subsections 305A(1), (2) and (3)", ["subsection 305A(1)", "subsection 305A(2)", "subsection 305A(3)"], None,
     None),
    ("paragraph 18(d) of Schedule 4", ["paragraph 18(d) of Schedule 4"], None, None),
    ("Division 5 of Part 6", ["Division 5 of Part 6"], None, None),
    ("subparagraph 1) of paragraph 1 of Article 9, Article 52, paragraph 2 of Article 53",
     ["Article 9(1)(1)", "Article 52", "Article 53(2)"], None, None),
    ("paragraph 4 of sub-item 2) of item 1 of Article 9", ["Article 9(1)(2)"], None, "part 4"),
    ("the second part of paragraph 1 of Article 9", ["Article 9(1)"], None, "part 2"),
    ("the first sentence of paragraph 1 of Article 7", ["Article 7(1)"], None, "sentence 1"),
])
def test_locators_become_canonical_citations(text: str, targets: list[str], through: str | None,
                                             portion: str | None) -> None:
    locator = parse_locator(text)
    assert targets == [t.citation() for t in locator.targets]
    assert through == (locator.through.citation() if locator.through else None)
    assert portion == locator.portion


def test_relative_locators_resolve_inside_the_unit_in_scope() -> None:
    article = parse_locator("Article 12").targets[0]
    paragraph = parse_locator("paragraph 4 of Article 12").targets[0]
    subsection = parse_locator("subsection 2(1)").targets[0]
    assert "Article 12(3)" == parse_locator("paragraph 3", context=article).targets[0].citation()
    assert "Article 12(4)(2)" == parse_locator("subparagraph 2)", context=paragraph).targets[0].citation()
    assert "Article 12(5)" == parse_locator("paragraph 5", context=paragraph).targets[0].citation()
    assert "Article 12(2)" == parse_locator("paragraph 2 of this Article", context=article).targets[0].citation()
    assert "paragraph 2(1)(b)" == parse_locator("paragraph (b)", context=subsection).targets[0].citation()
    assert "subparagraph 2(1)(e)(iii)" == parse_locator("subparagraph (e)(iii)",
                                                         context=subsection).targets[0].citation()


def test_a_phrase_that_is_not_a_locator_is_refused() -> None:
    with pytest.raises(LocatorError):
        parse_locator("the Chief Electoral Officer")
    with pytest.raises(LocatorError):
        parse_locator("paragraph (b)")  # relative, with nothing in scope
