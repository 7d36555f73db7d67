"""The law as it stood on a date, and every version of one provision.

A :class:`~compliance.ledger.domain.Law` aggregate holds the text as imported
and the amendments adopted into it, each with an effective date. The law on
date *D* is the imported text with every amendment effective on or before *D*
applied, in effective-date order (ties in the order of adoption). Applying
uses the same :func:`compliance.amend.apply` as ``suffrage check``, so the
ledger and the checker agree on what an amending instruction does.
"""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date
from typing import Any

from attrs import frozen

from ..errors import LedgerError, SuffrageError
from ..model import Draft as DraftValue
from ..model import Law as LawValue
from ..model import Provision
from .codec import change_dict, operation_from_dict

__all__ = ["Step", "base_law", "steps", "law_as_of", "ProvisionVersion", "provision_history", "rehearse"]


@frozen
class Step:
    """One adopted amendment applied to the law: the adoption record and the law after it."""

    adoption: dict[str, Any]
    law: LawValue
    changes: tuple[Any, ...]
    problems: tuple[Any, ...]
    renamed: dict[str, str]


def base_law(law: Any) -> LawValue:
    """The law's text as imported, parsed. Its path is ``<ledger:NAME>``: the text comes from the ledger, not
    from the file it was once imported from (which may have changed since)."""
    from ..lawtext import parse_law

    return parse_law(law.text, path=f"<ledger:{law.name}>")


def adoption_draft(adoption: dict[str, Any], law_name: str) -> DraftValue:
    return DraftValue(
        title=adoption["title"],
        operations=tuple(operation_from_dict(op) for op in adoption["operations"]),
        law=law_name,
        effective=date.fromisoformat(adoption["effective"]),
    )


def steps(law: Any, adoptions: list[dict[str, Any]], *, start: LawValue | None = None) -> Iterator[Step]:
    """Apply ``adoptions`` in the given order to the imported text, yielding the law after each."""
    current = start if start is not None else base_law(law)
    for adoption in adoptions:
        from ..amend import apply

        amended = apply(current, adoption_draft(adoption, law.name))
        current = amended.law
        yield Step(
            adoption=adoption,
            law=current,
            changes=tuple(amended.changes),
            problems=tuple(amended.problems),
            renamed=dict(getattr(amended, "renamed", {}) or {}),
        )


def law_as_of(law: Any, when: date | None) -> tuple[LawValue, list[dict[str, Any]]]:
    """The law on ``when`` (``None``: with every adopted amendment) and the adoptions applied to it."""
    if when is not None and when.isoformat() < law.as_of:
        raise LedgerError(
            f"the ledger has no text of law {law.name!r} before {law.as_of} (the date it was imported as of)"
        )
    applied = law.adoptions_until(when.isoformat() if when is not None else None)
    current = base_law(law)
    for step in steps(law, applied, start=current):
        current = step.law
    return current, applied


@frozen
class ProvisionVersion:
    """One version of a provision: from when, by which adopted draft (``None`` for the imported text)."""

    since: str
    eid: str
    citation: str
    text: str | None  # None: the provision does not exist (repealed, removed or not yet inserted)
    draft_id: str | None = None
    draft_title: str | None = None
    action: str | None = None


def _printed(provision: Provision | None) -> str | None:
    return provision.printed() if provision is not None else None


def provision_history(law: Any, eid: str) -> list[ProvisionVersion]:
    """Every version of provision ``eid``: the imported text, then each adopted amendment that changed it.

    Renumbering is followed: if an amendment renames ``eid``, later versions are looked up under the new eId.
    """
    current = base_law(law)
    provision = current.get(eid)
    versions = [
        ProvisionVersion(
            since=law.as_of,
            eid=eid,
            citation=provision.citation if provision else eid,
            text=_printed(provision),
        )
    ]
    tracked = eid
    for step in steps(law, law.adoptions_until(None), start=current):
        renamed = _renamed(step, tracked)
        before = _printed(current.get(tracked))
        after_provision = step.law.get(renamed)
        after = _printed(after_provision)
        touched = [c for c in step.changes if tracked in (c.eid, c.new_eid) or renamed in (c.eid, c.new_eid)]
        if after != before or renamed != tracked:
            versions.append(
                ProvisionVersion(
                    since=step.adoption["effective"],
                    eid=renamed,
                    citation=after_provision.citation if after_provision else renamed,
                    text=after,
                    draft_id=step.adoption["draft_id"],
                    draft_title=step.adoption["title"],
                    action=touched[0].action if touched else "amended",
                )
            )
        tracked = renamed
        current = step.law
    return versions


def _renamed(step: Step, eid: str) -> str:
    if eid in step.renamed:
        return step.renamed[eid]
    for change in step.changes:
        if change.eid == eid and change.new_eid:
            return change.new_eid
    return eid


def rehearse(law: Any, draft: Any, operations: list[dict[str, Any]], when: str) -> list[dict[str, Any]]:
    """Apply every adopted amendment plus this one in effective-date order; refuse if any no longer applies."""
    candidate = {
        "draft_id": draft.id.hex,
        "title": draft.title,
        "effective": when,
        "operations": operations,
        "changes": [],
        "author": "",
        "sequence": len(law.adoptions) + 1,
    }
    ordered = sorted([*law.adoptions, candidate], key=lambda a: (a["effective"], a["sequence"]))
    position = ordered.index(candidate)
    changes: list[dict[str, Any]] = []
    try:
        for index, step in enumerate(steps(law, ordered)):
            problems = [p for p in step.problems if getattr(p, "kind", "") != "conditional"]
            if index >= position and problems:
                earlier = step.adoption["draft_id"][:8]
                who = "it" if step.adoption is candidate else f"draft {earlier} (adopted earlier)"
                listed = "; ".join(p.message for p in problems[:3])
                more = f" and {len(problems) - 3} more" if len(problems) > 3 else ""
                raise LedgerError(
                    f"draft {draft.short_id} cannot be adopted effective {when}: {who} does not apply cleanly: "
                    f"{listed}{more}"
                )
            if step.adoption is candidate:
                changes = [change_dict(c) for c in step.changes]
    except LedgerError:
        raise
    except SuffrageError as exc:
        raise LedgerError(f"draft {draft.short_id} cannot be adopted: {exc}") from None
    return changes
