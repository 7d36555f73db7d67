"""Properties of applying drafts: random sequences of operations never crash, eIds stay unique, labels ordered."""

from __future__ import annotations

from pathlib import Path

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from compliance.amend import apply
from compliance.labels import label_key
from compliance.lawtext import read_law
from compliance.model import Draft, Kind, Law, Operation, Provision

LAW = read_law(Path(__file__).resolve().parent.parent / "examples" / "kz-elections.md")
UNITS = [p for p in LAW.walk() if not p.is_container]
ARTICLES = [p for p in UNITS if p.kind is Kind.ARTICLE]
WORDS = sorted({w.strip(".,;") for p in UNITS for w in p.text.split() if len(w.strip(".,;")) > 3})
SUFFIXES = st.sampled_from(["-1", "-2", "-3", "-1-1"])


@st.composite
def operations(draw: st.DrawFn) -> Operation:
    unit: Provision = draw(st.sampled_from(UNITS))
    target = draw(st.sampled_from([unit.eid, unit.citation]))
    action = draw(st.sampled_from(["replace", "repeal", "replace-words", "repeal-words", "insert-words",
                                   "insert-after", "insert-before", "append", "renumber"]))
    word = draw(st.sampled_from(WORDS))
    text = draw(st.text(alphabet="abcdefghij ,.;", min_size=1, max_size=30)).strip() or "text"
    if action == "replace":
        return Operation(action, target, text=f"{unit.marker} {text}".strip())
    if action in ("replace-words", "repeal-words"):
        return Operation(action, target, words=word, replacement=text if action == "replace-words" else None,
                         occurrence=draw(st.sampled_from(["first", "all", "last", "2"])))
    if action == "insert-words":
        position = draw(st.sampled_from(["end", "start", "after", "before"]))
        return Operation(action, target, words=text, position=position,
                         anchor=word if position in ("after", "before") else None)
    if action in ("insert-after", "insert-before"):
        label = unit.label + draw(SUFFIXES)
        marker = unit.marker.replace(unit.label, label, 1) if unit.marker else label + "."
        return Operation(action, target, text=f"{marker} {text}")
    if action == "append":
        parent: Provision = draw(st.sampled_from(ARTICLES))
        label = str(draw(st.integers(min_value=1, max_value=9))) + draw(SUFFIXES)
        return Operation(action, draw(st.sampled_from([parent.eid, parent.citation])), text=f"{label}. {text}")
    if action == "renumber":
        return Operation(action, target, new_label=unit.label + draw(SUFFIXES))
    return Operation(action, target)


def check_tree(law: Law) -> None:
    eids = [p.eid for p in law.walk()]
    assert len(eids) == len(set(eids)), "duplicate eIds"
    for provision in [*law.walk()]:
        labelled = [c for c in provision.children if c.label and c.kind is not Kind.DEFINITION
                    and not c.is_container]
        keys = [label_key(c.label) for c in labelled]
        assert keys == sorted(keys), f"children of {provision.eid} out of order: {[c.label for c in labelled]}"
    articles = [label_key(p.label) for p in law.walk() if p.kind is Kind.ARTICLE]
    assert articles == sorted(articles), "articles out of order"


def test_the_example_law_itself_satisfies_the_invariants() -> None:
    check_tree(LAW)


@settings(max_examples=200, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.lists(operations(), min_size=1, max_size=8))
def test_random_operation_sequences_never_crash_and_keep_the_tree_sound(ops: list[Operation]) -> None:
    result = apply(LAW, Draft(title="random", operations=tuple(ops)))
    check_tree(result.law)
    for problem in result.problems:
        assert problem.topic in ("integrity.dangling-reference", "integrity.conflict")
        assert 0 <= problem.operation < len(ops)
    for change in result.changes:
        assert result.law.get(change.new_eid or change.eid) is not None or change.action == "repealed"
    for new in result.renamed.values():
        assert result.law.get(new) is not None or any(new.startswith(c.eid) for c in result.changes)
