"""Facts about the draft itself rather than the law: problems met while applying it.

Applying a draft never raises: an operation whose target does not exist, or
that collides with another operation, becomes a :class:`~compliance.model.Problem`.
This module turns those problems (and, from the reference graph, dangling
references and indirect impact) into located facts, so that they are
reported by rules like every other finding, with stable ids and fingerprints.
"""

from __future__ import annotations

from typing import Any

from ..model import Draft, Fact, Law
from .base import FactSpec

__all__ = ["FACTS", "EXTRACTORS", "integrity_facts"]

FACTS = (
    FactSpec("integrity.problem", "str", "An amending operation could not be applied cleanly; value is the problem "
             "kind (missing-target, conflict, repealed-target, words-not-found).",
             ("topic", "target", "operation", "message")),
    FactSpec("integrity.dangling", "str", "After the draft, a provision refers to a provision that does not exist "
             "or is repealed; value is the reference as written.", ("target", "message")),
    FactSpec("integrity.impact", "int", "A provision whose own words are unchanged relies, through "
             "cross-references, on a provision the draft changes; value is the number of references in the chain, "
             "provisions the chain of eIds from this provision to the changed one.", ("provisions", "message")),
)

EXTRACTORS: tuple = ()


def integrity_facts(law: Law, amended: Any, draft: Draft) -> list:
    """Located facts for the problems of applying ``draft`` (and what the reference graph adds)."""
    from . import Located

    located: list[Located] = []
    for problem in amended.problems:
        target = law.get(problem.target) if problem.target else None
        eid = target.eid if target is not None else (problem.target or "draft")
        label = target.citation if target is not None else (problem.target or draft.title)
        line = problem.line if problem.line is not None else (target.line if target is not None else 0)
        evidence = problem.message
        located.append(Located(
            Fact("integrity.problem", problem.kind, evidence, (0, len(evidence)),
                 {"topic": problem.topic, "target": problem.target, "operation": problem.operation,
                  "message": problem.message}),
            eid, label, line,
        ))
    try:
        from ..graph import integrity_located  # provided by the reference graph
    except ImportError:
        return located
    located.extend(integrity_located(law, amended))
    return located
