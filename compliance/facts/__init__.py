"""Fact extraction: what each provision of a law says, in a language-neutral shape.

A rule never reads statute text; it reads *facts* (``voting.min_age = 21``,
``prisoners.excluded = "all-sentenced"``), each with the words it rests on.
Extractors live in one module per subject in this package. Each module
declares the facts it can produce in ``FACTS`` (a tuple of
:class:`~compliance.facts.base.FactSpec`) and its extractor functions in
``EXTRACTORS``; an extractor takes a :class:`~compliance.facts.base.Statement`
and yields :class:`~compliance.model.Fact` objects. Modules are discovered
automatically, so adding a subject is adding a file.

:func:`extract` builds one statement per provision — the provision's own words
plus the headings, lead-in and closing words of the provisions that contain it,
because "The following persons shall not vote:" belongs to every item of the
list below it — runs every extractor, and keeps the facts whose evidence
touches the provision's own words (facts wholly inside the context belong to
the provision that owns that context).
"""

from __future__ import annotations

import importlib
import os
from collections.abc import Callable, Iterable
from functools import cache
from types import ModuleType

from attrs import frozen

from ..model import Fact, Law, Provision
from ..progress import Progress
from .base import FactSpec, Statement, build_statements

__all__ = ["Located", "FactSpec", "Statement", "extract", "extract_text", "fact_specs", "extractors",
           "subject_modules"]

_NOT_SUBJECTS = frozenset({"base", "quantities", "patterns"})


@frozen
class Located:
    """A fact found at a provision: the fact, and where (eId, citation, line)."""

    fact: Fact
    eid: str
    citation: str
    line: int


@cache
def subject_modules() -> tuple[ModuleType, ...]:
    """Every extractor module of this package, in name order."""
    modules = []
    # The package directory listed directly: pkgutil (and importlib.util with it) costs more to import
    # than the listing. Source files only; the package is never zipped (rules.builtin_pack_dir reads files).
    names = sorted({entry.name[:-3] for directory in __path__ for entry in os.scandir(directory)
                    if entry.name.endswith(".py") and entry.is_file()})
    for name in names:
        if name.startswith("_") or name in _NOT_SUBJECTS:
            continue
        modules.append(importlib.import_module(f"{__name__}.{name}"))
    return tuple(modules)


@cache
def fact_specs() -> dict[str, FactSpec]:
    """Every fact name an extractor can produce, with its declared attributes."""
    specs: dict[str, FactSpec] = {}
    for module in subject_modules():
        for spec in getattr(module, "FACTS", ()):
            if spec.name in specs:
                raise RuntimeError(f"fact {spec.name!r} declared twice ({module.__name__})")
            specs[spec.name] = spec
    return specs


@cache
def extractors() -> tuple[Callable[[Statement], Iterable[Fact]], ...]:
    return tuple(fn for module in subject_modules() for fn in getattr(module, "EXTRACTORS", ()))


def _line_of(statement: Statement, provision: Provision, start: int) -> int:
    own_start = statement.own[0]
    if start <= own_start:
        return provision.line
    return provision.line + statement.text.count("\n", own_start, start)


def extract(law: Law, *, progress: Progress | None = None,
            memo: dict[Statement, list[Fact]] | None = None) -> list[Located]:
    """All facts in ``law``, located at the provisions whose words they rest on.

    ``progress(done, total)`` is called after each provision (see :mod:`compliance.progress`).
    ``memo``, when given, maps statements to the facts found in them and is filled as statements are
    read: :func:`compliance.review.check` passes one dict for the law before and after a draft, so the
    provisions a draft leaves alone (same words, same headings, same surroundings) are read once.
    """
    found: list[Located] = []
    run = extractors()
    total = max(1, law.provision_count)
    for done, (provision, statement) in enumerate(build_statements(law), start=1):
        if memo is None:
            facts = _statement_facts(statement, run)
        else:
            facts = memo.get(statement)
            if facts is None:
                facts = memo[statement] = _statement_facts(statement, run)
        found.extend(Located(fact, provision.eid, provision.citation, _line_of(statement, provision, fact.span[0]))
                     for fact in facts)
        if progress is not None:
            progress(min(done, total), total)
    if progress is not None:
        progress(total, total)
    return found


def _statement_facts(statement: Statement, run) -> list[Fact]:
    """The facts of every extractor that touch the statement's own words, each once."""
    own_start, own_end = statement.own
    seen: set[tuple] = set()
    result: list[Fact] = []
    for extractor in run:
        for fact in extractor(statement):
            start, end = fact.span
            if end <= own_start or start >= own_end:
                continue
            key = (fact.name, repr(fact.value), start, end)
            if key in seen:
                continue
            seen.add(key)
            result.append(fact)
    return result


def _extract_statement(provision: Provision, statement: Statement, run) -> list[Located]:
    """The located facts of one provision's statement (kept for callers of the earlier name)."""
    return [Located(fact, provision.eid, provision.citation, _line_of(statement, provision, fact.span[0]))
            for fact in _statement_facts(statement, run)]


def extract_text(text: str) -> list[Fact]:
    """Facts in a bare piece of text (no law around it): for tests and exploration."""
    statement = Statement.bare(text)
    result = []
    for extractor in extractors():
        result.extend(extractor(statement))
    return result
