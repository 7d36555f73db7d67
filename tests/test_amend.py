"""Applying a draft: a new law, per-provision changes, and problems instead of exceptions."""

from __future__ import annotations

from pathlib import Path

import pytest

from compliance.amend import apply, locate
from compliance.lawtext import read_law
from compliance.model import Draft, Law, Operation

EXAMPLES = Path(__file__).resolve().parent.parent / "examples"


@pytest.fixture(scope="module")
def law() -> Law:
    return read_law(EXAMPLES / "kz-elections.md")


def draft(*operations: Operation, title: str = "Test draft") -> Draft:
    return Draft(title=title, operations=operations)


def test_the_original_law_is_not_modified(law: Law) -> None:
    before = law.get("art_4__para_1").text
    apply(law, draft(Operation("replace", "art_4__para_1", text="1. New text.")))
    assert before == law.get("art_4__para_1").text


def test_a_change_has_before_after_and_a_unified_diff(law: Law) -> None:
    result = apply(law, draft(Operation("replace-words", "Article 7(1)", words="seven", replacement="five")))
    (change,) = result.changes
    assert ("art_7__para_1", "Article 7(1)", "amended", (0,)) == (change.eid, change.citation, change.action,
                                                                  change.operations)
    assert "1. The President of the Republic is elected for a term of seven years." == change.before
    assert "1. The President of the Republic is elected for a term of five years." == change.after
    assert change.diff.splitlines()[:2] == ["--- a/art_7__para_1", "+++ b/art_7__para_1"]
    assert "-1. The President of the Republic is elected for a term of seven years." in change.diff


def test_a_missing_target_is_a_dangling_reference_problem(law: Law) -> None:
    result = apply(law, draft(Operation("repeal", "Article 99(1)", line=7)))
    (problem,) = result.problems
    assert ("missing-target", "integrity.dangling-reference", 0, 7) == (problem.kind, problem.topic,
                                                                         problem.operation, problem.line)
    assert "'Article 99(1)' does not exist" in problem.message
    assert result.changes == ()


def test_words_that_are_not_there_are_reported(law: Law) -> None:
    result = apply(law, draft(Operation("replace-words", "art_7__para_1", words="six years", replacement="x")))
    assert [("words-not-found", "integrity.dangling-reference", "art_7__para_1")] == [
        (p.kind, p.topic, p.target) for p in result.problems]


def test_two_replacements_of_one_unit_conflict(law: Law) -> None:
    result = apply(law, draft(Operation("replace", "art_7__para_1", text="1. Five years.", line=3),
                              Operation("replace", "Article 7(1)", text="1. Six years.", line=9)))
    assert [("conflict", "integrity.conflict", 1)] == [(p.kind, p.topic, p.operation) for p in result.problems]
    assert "replaced twice: by operation #1 (line 3)" in result.problems[0].message


def test_amending_what_an_earlier_operation_repealed_conflicts(law: Law) -> None:
    result = apply(law, draft(Operation("repeal", "Article 12", line=2),
                              Operation("replace-words", "Article 12(2)", words="one day", replacement="two days",
                                        line=5)))
    assert [("repealed-target", 1, "integrity.conflict")] == [(p.kind, p.operation, p.topic)
                                                              for p in result.problems]
    result = apply(law, draft(Operation("repeal", "Article 12", line=2),
                              Operation("repeal", "Article 12", line=5)))
    assert [("repealed-target", "integrity.conflict")] == [(p.kind, p.topic) for p in result.problems]
    assert "repealed by operation #1 (line 2)" in result.problems[0].message


def test_inserting_a_label_that_exists_conflicts(law: Law) -> None:
    result = apply(law, draft(Operation("insert-after", "Article 86(1)", text="1-1. Another text.")))
    assert ["conflict"] == [p.kind for p in result.problems]
    assert law.get("art_86__para_1-1").text == result.law.get("art_86__para_1-1").text


def test_a_repealed_provision_keeps_its_place_with_a_note(law: Law) -> None:
    result = apply(law, draft(Operation("repeal", "Article 55"), title="Law No. 12"))
    article = result.law.get("art_55")
    assert (True, "[Repealed by the draft “Law No. 12”]", (), "") == (article.repealed, article.note,
                                                                       article.children, article.text)
    assert ["54", "55", "56", "59"] == [p.label for p in result.law.get("chp_5").children]
    assert result.law.get("art_55__para_1") is None


def test_inserted_units_get_contract_eids_and_citations(law: Law) -> None:
    result = apply(law, draft(Operation("append", "Article 12", text="2-1. Complaints are free of charge."),
                              Operation("append", "Article 10(4)", text="5) death.")))
    assert "Article 12(2-1)" == result.law.get("art_12__para_2-1").citation
    assert ["1", "2", "2-1", "3", "4"] == [c.label for c in result.law.get("art_12").children]
    point = result.law.get("art_10__para_4__point_5")
    assert ("subparagraph", "5)", "Article 10(4)(5)") == (point.kind.value, point.marker, point.citation)


def test_renumbering_records_old_and_new_eids(law: Law) -> None:
    result = apply(law, draft(Operation("renumber", "Article 89(2)", new_label="3")))
    assert {"art_89__para_2": "art_89__para_3"} == dict(result.renamed)
    (change,) = result.changes
    assert ("renumbered", "art_89__para_2", "art_89__para_3") == (change.action, change.eid, change.new_eid)
    assert result.law.get("art_89__para_3").marker == "3."


def test_renumbering_onto_an_existing_label_conflicts(law: Law) -> None:
    result = apply(law, draft(Operation("renumber", "Article 89(1)", new_label="2")))
    assert ["conflict"] == [p.kind for p in result.problems]


def test_changes_inside_a_changed_provision_are_reported_once(law: Law) -> None:
    result = apply(law, draft(Operation("replace-words", "Article 12", words="three days", replacement="five days"),
                              Operation("repeal", "Article 12(4)")))
    assert [("art_12", (0, 1))] == [(c.eid, c.operations) for c in result.changes]


def test_operations_on_another_act_are_skipped(law: Law) -> None:
    result = apply(law, draft(Operation("repeal", "section 31", act="Parliament of Canada Act")))
    assert ((0,), (), ()) == (result.skipped, result.changes, result.problems)


def test_occurrences_first_last_all_and_numbered(law: Law) -> None:
    def amended(occurrence: str) -> str:
        result = apply(law, draft(Operation("replace-words", "Article 12(2)", words="within", replacement="in",
                                            occurrence=occurrence)))
        return result.law.get("art_12__para_2").text

    assert amended("first").startswith("A complaint shall be submitted in one day")
    assert amended("first").endswith("considered within three days.")
    assert amended("last").endswith("considered in three days.") and "submitted within" in amended("last")
    assert amended("2") == amended("last")
    assert "submitted in one day" in amended("all") and "considered in three days" in amended("all")
    result = apply(law, draft(Operation("replace-words", "Article 12(2)", words="within", replacement="in",
                                        occurrence="3")))
    assert ["words-not-found"] == [p.kind for p in result.problems]


def test_words_from_one_phrase_to_the_end(law: Law) -> None:
    result = apply(law, draft(Operation("repeal-words", "Article 11(2)", words=", and the Central Election Commission",
                                        until="end")))
    assert ("Precinct election commissions shall post a copy of the protocol on the results of voting at the polling "
            "station for general review immediately after it is signed") == result.law.get("art_11__para_2").text


def test_locate_reads_eids_citations_and_definitions(law: Law) -> None:
    assert "art_20-1__para_2" == locate(law, "Article 20-1(2)").eid
    assert "art_10__para_4__point_3" == locate(law, "art_10__para_4__point_3").eid
    assert locate(law, "Article 20-1(9)") is None
    assert locate(law, "the law") is None
