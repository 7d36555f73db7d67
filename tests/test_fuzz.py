"""Fuzzing: on any text, the engine returns a result or a documented input error — never another exception.

Hypothesis writes the texts from the vocabulary of election laws (article and
section labels, ages and shares in words and digits, negations, quotes,
dashes, brackets) mixed with arbitrary characters, so that the parsers and
extractors meet both near-misses of real drafting and garbage. Properties:

* every fact extractor (enumerated, so extractors added later are fuzzed
  too) yields well-formed facts on a bare text and on the statements of a
  parsed law, with evidence spans inside the text;
* ``review`` of any parsed law returns a report whose findings name
  provisions of that law;
* every condition a pack could contain either compiles or is refused with
  ``ValueError`` at load; a compiled condition, evaluated on any value,
  answers ``True``/``False`` or raises :class:`RulePackError` through the rule;
* the bill parser (once ``compliance.bill`` exists) returns a draft or
  raises a :class:`SuffrageError`; applying the draft never raises.

``tests/test_parser_properties.py`` already fuzzes ``parse_law``,
``parse_citation`` and ``resolve``; this file does not repeat them.
"""

from __future__ import annotations

import importlib.util

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from compliance.errors import RulePackError, SuffrageError
from compliance.facts import Statement, build_statements, extractors, fact_specs
from compliance.lawtext import parse_law
from compliance.model import Fact, Law
from compliance.review import review
from compliance.rules import FUNCTIONS, Rule, compile_condition
from compliance.model import Severity

WORDS = [
    "Article", "Article 1.", "Article 20-1.", "Chapter 2.", "PART 1", "Section", "1.", "2.", "1)", "1-1)", "(a)",
    "(a.1)", "(i)", "(A)", "(2AA)", "56.1", "(3.1)", "Citizens", "every person", "who has", "have reached",
    "attained", "the age of", "eighteen", "twenty-one", "twenty five", "one hundred", "thirty", "18", "21", "25",
    "years", "year", "of age", "old", "per cent", "percent", "%", "one-twentieth", "two thirds", "1/3",
    "one half of one percent", "signatures", "voters", "electors", "candidate", "shall", "shall not", "may not",
    "no person", "not", "except", "unless", "other than", "eligible", "right to vote", "right to elect",
    "right to be elected", "deposit", "refundable", "prisoners", "sentenced", "observers", "appeal", "within",
    "days", "hours", "months", "the last ten years", "residing", "election", "commission", "members",
    "boundaries", "constituency", "party", "threshold", "seats", "on 19 March 2023", "2024-01-01", "adopted",
    "applies to the elections to be held on", "[Repealed, 2000, c. 9, s. 1]", "means", "In this Act,",
    "—", "–", "-", ":", ";", ",", ".", "\"", "“", "”", "«", "»", "'", "(", ")", "\n", "\n\n", "  ", "\t", "\r\n",
    "\ufeff", "\u00a0", "§",
]

legal_text = st.lists(
    st.one_of(st.sampled_from(WORDS), st.text(max_size=12)),
    max_size=60,
).map(" ".join)

FUZZ = settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])


def _check_facts(facts: list[Fact], text: str) -> None:
    specs = fact_specs()
    for fact in facts:
        assert isinstance(fact, Fact)
        assert fact.name in specs, f"undeclared fact {fact.name!r}"
        start, end = fact.span
        assert 0 <= start <= end <= len(text), (fact.name, fact.span, len(text))
        assert isinstance(fact.evidence, str)


def _parse_or_none(text: str) -> Law | None:
    try:
        return parse_law(text, path="<fuzz>")
    except SuffrageError:
        return None


@FUZZ
@given(legal_text)
def test_every_extractor_reads_any_bare_text(text: str) -> None:
    statement = Statement.bare(text)
    for extractor in extractors():
        _check_facts(list(extractor(statement)), statement.text)


@FUZZ
@given(legal_text)
def test_every_extractor_reads_the_statements_of_any_parsed_law(text: str) -> None:
    law = _parse_or_none("Article 1. Elections\n1. " + text)
    if law is None:
        return
    for _provision, statement in build_statements(law):
        for extractor in extractors():
            _check_facts(list(extractor(statement)), statement.text)


@FUZZ
@given(legal_text)
def test_review_of_any_parsed_law_returns_a_report(text: str) -> None:
    law = _parse_or_none(text)
    if law is None:
        return
    report = review(law)
    eids = {provision.eid for provision in law.walk()}
    for finding in report.findings:
        assert finding.location.eid in eids
        assert finding.fingerprint


expressions = st.lists(
    st.one_of(
        st.sampled_from(["value", "scope", "office", "True", "False", "None", "1", "0", "18", "1.5", "'x'", "[1, 2]",
                         "(", ")", ",", " and ", " or ", " not ", " in ", " not in ", " is ", " == ", " != ", " < ",
                         " <= ", " > ", " >= ", " + ", " - ", " * ", " / ", " // ", " % ", " ** ", " if ", " else ",
                         ".", "__class__", "[", "]", "lambda", ":", "{", "}", *(f"{name}(" for name in FUNCTIONS)]),
        st.text(max_size=5),
    ),
    max_size=25,
).map("".join)

values = st.one_of(st.none(), st.booleans(), st.integers(), st.floats(allow_nan=True), st.text(max_size=20),
                   st.lists(st.integers(), max_size=5))


@FUZZ
@given(expressions, values, values)
def test_any_condition_compiles_or_is_refused_and_then_evaluates_safely(expression: str, value: object,
                                                                        office: object) -> None:
    try:
        condition = compile_condition(expression, ["value", "scope", "office"])
    except ValueError:
        return
    rule = Rule(id="FUZ001", name="fuzz", title="fuzz", topic="suffrage.age", severity=Severity.ERROR,
                cites=("FUZZ:1",), fact="voting.min_age", when=expression, message="{value}", pack="FUZZ",
                condition=condition)
    env = {"value": value, "scope": None, "office": office}
    try:
        assert rule.matches(env, {"has": lambda name: False, "law_has": lambda name: False}) in (True, False)
    except RulePackError as error:
        assert "FUZ001" in str(error)


@pytest.mark.skipif(importlib.util.find_spec("compliance.bill") is None, reason="compliance.bill is not on this branch")
@FUZZ
@given(legal_text)
def test_the_bill_parser_returns_a_draft_or_a_documented_error_and_applying_it_never_raises(text: str) -> None:
    from compliance.amend import apply
    from compliance.bill import parse_bill

    law = parse_law("Article 1. Elections\n1. Citizens vote.\n2. Candidates stand.\nArticle 2. Commissions\n"
                    "1. Commissions count.\n", path="<law>")
    for bill in (text, "Article 1 of the Law is amended as follows: " + text):
        try:
            draft = parse_bill(bill, path="<fuzz>")
        except SuffrageError:
            continue
        apply(law, draft)
