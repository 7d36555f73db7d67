"""Shared extractor helpers added by facts-c: quotable evidence windows and keyword gates."""

from __future__ import annotations

import re

from compliance.facts.base import Statement, evidence_window, gated


def test_a_short_sentence_is_quoted_whole() -> None:
    text = "A short sentence."
    assert (0, len(text)) == evidence_window(text, 2, 7, 0, len(text))


def test_a_long_sentence_is_quoted_around_the_match_at_word_boundaries() -> None:
    text = " ".join(f"w{i}" for i in range(200))
    start = text.index("w100")
    lo, hi = evidence_window(text, start, start + 4, 0, len(text), limit=60)
    quoted = text[lo:hi]
    assert "w100" in quoted and len(quoted) <= 60
    assert not quoted.startswith(" ") and text[lo - 1] == " " and text[hi] == " "


def _echo(statement: Statement):
    yield statement.own_text


def test_a_gate_runs_its_extractors_only_when_a_cue_is_in_the_own_words() -> None:
    run = gated(("observ",), _echo)
    assert ["Observers may attend."] == list(run(Statement.bare("Observers may attend.")))
    assert [] == list(run(Statement.bare("Voters may vote.")))


def test_a_cue_in_the_context_alone_does_not_open_the_gate() -> None:
    text = "Observers\nVoters may vote."
    statement = Statement(text=text, own=(10, len(text)))
    assert [] == list(gated(("observ",), _echo)(statement))
    assert [] == list(gated(re.compile("observ"), _echo)(statement))


def test_a_dispatcher_runs_each_extractor_only_on_its_own_cues() -> None:
    from compliance.facts.base import dispatch

    def first(statement):
        yield "first"

    def second(statement):
        yield "second"

    run = dispatch((("observ",), first), (("appeal", "complain"), second))
    assert ["first"] == list(run(Statement.bare("Observers may attend.")))
    assert ["first", "second"] == list(run(Statement.bare("Observers may lodge complaints.")))
    assert [] == list(run(Statement.bare("Voters may vote.")))


def test_cues_match_at_the_beginning_of_words() -> None:
    run = gated(("publi",), _echo)
    assert [] == list(run(Statement.bare("The Republic.")))
    assert ["Results are published."] == list(run(Statement.bare("Results are published.")))


def test_a_cue_of_several_words_is_found_by_its_first_word() -> None:
    run = gated(("not be published",), _echo)
    assert ["Results shall not be published."] == list(run(Statement.bare("Results shall not be published.")))
    assert [] == list(run(Statement.bare("Results shall not be kept.")))
