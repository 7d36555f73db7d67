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
import pkgutil
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
    for info in sorted(pkgutil.iter_modules(__path__), key=lambda i: i.name):
        if info.name.startswith("_") or info.name in _NOT_SUBJECTS:
            continue
        modules.append(importlib.import_module(f"{__name__}.{info.name}"))
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


def extract(law: Law, *, progress: Progress | None = None) -> list[Located]:
    """All facts in ``law``, located at the provisions whose words they rest on.

    ``progress(done, total)`` is called after each provision (see :mod:`compliance.progress`).
    """
    found: list[Located] = []
    run = extractors()
    total = max(1, law.provision_count)
    for done, (provision, statement) in enumerate(build_statements(law), start=1):
        found.extend(_extract_statement(provision, statement, run))
        if progress is not None:
            progress(min(done, total), total)
    if progress is not None:
        progress(total, total)
    return found


def _extract_statement(provision: Provision, statement: Statement, run) -> list[Located]:
    own_start, own_end = statement.own
    seen: set[tuple] = set()
    result: list[Located] = []
    for extractor in run:
        for fact in extractor(statement):
            start, end = fact.span
            if end <= own_start or start >= own_end:
                continue
            key = (fact.name, repr(fact.value), start, end)
            if key in seen:
                continue
            seen.add(key)
            result.append(Located(fact, provision.eid, provision.citation, _line_of(statement, provision, start)))
    return result


def extract_text(text: str) -> list[Fact]:
    """Facts in a bare piece of text (no law around it): for tests and exploration."""
    statement = Statement.bare(text)
    result = []
    for extractor in extractors():
        result.extend(extractor(statement))
    return result
