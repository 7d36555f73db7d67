"""Steps for the drafting ledger: a draft's history and the law as it stood on a date.

A scenario that says ``Given a drafting ledger holding that law`` gets a real
SQLite ledger (:mod:`compliance.ledger`, the same application layer as
``suffrage draft ...``) in a temporary directory, with the scenario's law
imported into it. The *When* steps carry out ledger commands — propose, check,
waive, adopt — and the *Then* steps read back what the ledger recorded: the
draft's events, named in the drafter's words (``Draft.AmendmentProposed`` is
"amendment proposed"), and the text of a provision on a date.

The ledger stamps every event with the moment it is recorded, so the steps
take no date for proposing or checking; dates are the ledger's own: the date
the law's text is as of, and a draft's effective date.
"""

from __future__ import annotations

import re
from datetime import date
from pathlib import Path
from typing import Any

import pytest
from pytest_bdd import given, parsers, then, when

from .steps import SpecContext, apply_scenario_waivers, describe_findings, expect, findings_on

__all__ = ["EARLIEST", "SPEC_AUTHOR", "event_words", "quoted_list", "says"]

#: The as-of date of a law imported without one: any effective date and any date after it can be asked about.
EARLIEST = date(1, 1, 1)
#: The author of the ledger commands a scenario does not attribute to anyone (import, check, waive, adopt).
SPEC_AUTHOR = "suffrage spec"

_DAY = r"(?P<day>\d{4}-\d{2}-\d{2})"
_QUOTED_LIST = r'(?P<events>"[^"]+"(?:(?:,\s+and|,|\s+and)\s+"[^"]+")*)'
_SAFE_NAME = re.compile(r"[^A-Za-z0-9._-]+")


def event_words(event_name: str) -> str:
    """A stored event's name in a drafter's words: ``Draft.AmendmentProposed`` -> ``amendment proposed``."""
    name = event_name.rsplit(".", 1)[-1]
    return re.sub(r"(?<=[a-z0-9])(?=[A-Z])", " ", name).lower()


def quoted_list(text: str) -> list[str]:
    """The quoted items of ``"a", "b" and "c"``, in order."""
    return re.findall(r'"([^"]+)"', text)


def says(provision_text: str, words: str) -> bool:
    """Whether a provision's text contains ``words``, ignoring case and how the lines are broken."""
    return _flat(words) in _flat(provision_text)


def _flat(text: str) -> str:
    return " ".join(text.split()).casefold()


def _ledger(spec: SpecContext) -> Any:
    if spec.ledger is None:
        raise AssertionError("no drafting ledger: add 'Given a drafting ledger holding that law' "
                             "after the law is given")
    return spec.ledger


def _draft_id(spec: SpecContext) -> Any:
    if spec.ledger_draft is None:
        raise AssertionError("no draft in the ledger: add 'When the draft is proposed by \"<author>\"' first")
    return spec.ledger_draft


# ---- Given ---------------------------------------------------------------


@given(parsers.re(r"a drafting ledger holding that law(?: as of " + _DAY + r")?"))
def given_ledger(suffrage_spec: SpecContext, tmp_path: Path, request: pytest.FixtureRequest,
                 day: str | None = None) -> None:
    """A new SQLite ledger in a temporary directory, holding the scenario's law (as of ``day``, if given)."""
    from ..ledger import open_ledger
    from ..textio import read_text

    spec = suffrage_spec
    if spec.law_path is not None:
        text, source = read_text(str(spec.law_path), what="law"), str(spec.law_path)
        name = _SAFE_NAME.sub("-", spec.law_path.stem).strip("-._")[:64] or "law"
    elif spec.law_text is not None:
        text, source, name = spec.law_text, "<law in the scenario>", "law"
    else:
        raise AssertionError("no election law given: start with 'Given the election law \"<path>\"' "
                             "or 'Given an election law that says:'")
    ledger = open_ledger(str(tmp_path / "suffrage-ledger.sqlite"), create=True)
    request.addfinalizer(ledger.close)
    as_of = date.fromisoformat(day) if day else EARLIEST
    ledger.import_law(name=name, text=text, source=source, as_of=as_of, author=SPEC_AUTHOR)
    spec.ledger, spec.ledger_law, spec.ledger_draft = ledger, name, None


# ---- When ----------------------------------------------------------------


@when(parsers.parse('the draft is proposed by "{author}"'))
def when_proposed(suffrage_spec: SpecContext, author: str) -> None:
    """Open a draft in the ledger (unless this draft is already open there) and propose its amendments."""
    spec = suffrage_spec
    ledger = _ledger(spec)
    draft = spec.draft()
    if not draft.operations:
        raise AssertionError("the draft has no amending instruction Suffrage understands, so nothing can be "
                             f"proposed; lines not understood: {len(draft.unparsed)}")
    if spec.ledger_draft is None:
        title = draft.title or "The draft in the scenario"
        opened = ledger.open_draft(title=title, law=spec.ledger_law, election=spec.election, author=author)
        spec.ledger_draft = opened.id
    source = str(spec.draft_path) if spec.draft_path is not None else "<draft in the scenario>"
    ledger.propose(spec.ledger_draft.hex, draft.operations, source=source, author=author)


@when("the draft is checked in the ledger")
def when_checked_in_ledger(suffrage_spec: SpecContext) -> None:
    """``suffrage draft check``: check against the law with every adopted draft, and record the result."""
    from ..ledger.engine import check_runner

    spec = suffrage_spec
    ledger = _ledger(spec)
    report = ledger.record_check(_draft_id(spec).hex, author=SPEC_AUTHOR, run=check_runner(today=date.today()))
    spec.report = apply_scenario_waivers(report, spec.waivers)


@when(parsers.parse('the finding on "{topic}" is waived in the ledger because "{reason}"'))
def when_waived_in_ledger(suffrage_spec: SpecContext, topic: str, reason: str) -> None:
    """``suffrage draft waive`` for every finding on ``topic`` the latest check reported (resolved ones aside)."""
    spec = suffrage_spec
    ledger = _ledger(spec)
    report = spec.require_report()
    wanted = [f for f in findings_on(report.findings, topic) if f.status != "resolved"]
    expect(wanted, f'expected the latest check to report a finding on "{topic}" to waive, but it reported:\n'
           + describe_findings(report.findings))
    for finding in wanted:
        ledger.waive(_draft_id(spec).hex, finding.fingerprint, reason=reason, expires=None, today=date.today(),
                     author=SPEC_AUTHOR)


@when(parsers.re(r"the draft is adopted with effect from " + _DAY))
def when_adopted(suffrage_spec: SpecContext, day: str) -> None:
    """``suffrage draft adopt --effective DAY``: the law is amended from that day on."""
    spec = suffrage_spec
    _ledger(spec).adopt(_draft_id(spec).hex, effective=date.fromisoformat(day), author=SPEC_AUTHOR)


# ---- Then ----------------------------------------------------------------


def _history(spec: SpecContext) -> list[tuple[str, Any]]:
    """The draft's events in the order they were recorded, each with its name in words and its log entry."""
    from ..ledger.history import entries

    ledger = _ledger(spec)
    return [(event_words(entry.event), entry)
            for entry in entries(ledger.events({_draft_id(spec)}), law_names=ledger.law_ids())]


def _describe_history(history: list[tuple[str, Any]]) -> str:
    if not history:
        return "  (no events)"
    return "\n".join(f'  "{words}" by {entry.author}: {entry.what}' for words, entry in history)


@then(parsers.re(r"the draft's history lists " + _QUOTED_LIST))
def then_history_lists(suffrage_spec: SpecContext, events: str) -> None:
    history = _history(suffrage_spec)
    expected = [_flat(e) for e in quoted_list(events)]
    actual = [words for words, _entry in history]
    expect(actual == expected,
           "expected the draft's history to list, in this order: " + ", ".join(f'"{e}"' for e in expected)
           + "\nbut it lists:\n" + _describe_history(history))


@then(parsers.parse('the draft\'s history records "{event}" by "{author}"'))
def then_history_records(suffrage_spec: SpecContext, event: str, author: str) -> None:
    history = _history(suffrage_spec)
    found = [e for words, e in history if words == _flat(event) and e.author == author]
    expect(found, f'expected the draft\'s history to record "{_flat(event)}" by "{author}", but it lists:\n'
           + _describe_history(history))


def _provision_on(spec: SpecContext, day: str, citation: str) -> tuple[str, str]:
    """The printed text of ``citation`` in the ledger's law as it stood on ``day``, and the drafts in force."""
    from ..citations import resolve
    from ..errors import SuffrageError
    from ..ledger.consolidate import law_as_of

    ledger = _ledger(spec)
    try:
        current, applied = law_as_of(ledger.law(spec.ledger_law), date.fromisoformat(day))
        provision = resolve(current, citation)
    except SuffrageError as exc:
        raise AssertionError(f"cannot read {citation} as it stood on {day}: {exc}") from None
    in_force = ", ".join(f"{a['title']!r} (effective {a['effective']})" for a in applied) or "none"
    return provision.printed(), in_force


@then(parsers.re(r'the law as it stood on ' + _DAY + r' says "(?P<words>[^"]+)" in "(?P<citation>[^"]+)"'))
def then_law_says(suffrage_spec: SpecContext, day: str, words: str, citation: str) -> None:
    text, in_force = _provision_on(suffrage_spec, day, citation)
    expect(says(text, words), f'expected {citation} as it stood on {day} to say "{words}"; '
           f"adopted drafts in force: {in_force}; it says:\n  {text}")


@then(parsers.re(r'the law as it stood on ' + _DAY + r' does not say "(?P<words>[^"]+)" in "(?P<citation>[^"]+)"'))
def then_law_does_not_say(suffrage_spec: SpecContext, day: str, words: str, citation: str) -> None:
    text, in_force = _provision_on(suffrage_spec, day, citation)
    expect(not says(text, words), f'expected {citation} as it stood on {day} not to say "{words}"; '
           f"adopted drafts in force: {in_force}; it says:\n  {text}")
