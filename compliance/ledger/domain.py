"""The ledger's aggregates and events: every stored topic lives in this module.

Stored events are named by *topic* — ``compliance.ledger.domain:Draft.AmendmentProposed``
— so moving or renaming anything here would orphan the history already
written. ``tests/ledger/test_domain.py`` pins every topic string; change one
only together with an upcaster registered for the old name.

Two aggregates:

* :class:`Law` — a statute's text as imported (with its source and the date
  the text is "as of"), then every amendment adopted into it with its
  effective date. Its id is derived from the law's name, so a name can be
  imported once.
* :class:`Draft` — a drafting file on one law: opened, amendments proposed /
  revised / withdrawn, checked, findings waived, adopted or abandoned.

And one event that belongs to no aggregate: :class:`CommandRecorded`, the
link of the global hash chain written with every command (see
:mod:`compliance.ledger.chain`).

Payloads are JSON-native (strings, numbers, lists, dicts; dates as ISO
strings), because snapshots go through JSON and a tuple would come back as a
list. Every event carries its ``author``. Public command methods check their
invariants first (``check_*`` guards raise :class:`LedgerError`) and only
then trigger the event, whose method body just records the change — that body
runs again on every replay, so it must never refuse.
"""

from __future__ import annotations

from typing import Any
from uuid import NAMESPACE_URL, UUID, uuid5

from eventsourcing.domain import Aggregate, DomainEvent, event

from ..errors import LedgerError

__all__ = ["Law", "Draft", "CommandRecorded", "CHAIN_ID", "law_id", "ACTIVE", "WITHDRAWN"]

#: Originator id of the global hash chain (one :class:`CommandRecorded` per command).
CHAIN_ID = uuid5(NAMESPACE_URL, "https://suffrage.invalid/ledger/chain")

ACTIVE = "active"
WITHDRAWN = "withdrawn"

OPEN = "open"
ADOPTED = "adopted"
ABANDONED = "abandoned"


def law_id(name: str) -> UUID:
    """The aggregate id of the law called ``name`` (names are unique in a ledger)."""
    return uuid5(NAMESPACE_URL, f"https://suffrage.invalid/ledger/law/{name}")


def _check_reason(reason: str | None, what: str) -> str:
    text = (reason or "").strip()
    if not text:
        raise LedgerError(f"{what} needs a reason (--reason)")
    return text


class Law(Aggregate):
    """A statute in the ledger: its imported text and the amendments adopted into it."""

    @staticmethod
    def create_id(name: str) -> UUID:  # type: ignore[override]
        return law_id(name)

    @event("Imported")
    def __init__(self, name: str, text: str, source: str, as_of: str, author: str) -> None:
        self.name = name
        self.text = text
        self.source = source
        self.as_of = as_of
        self.imported_by = author
        self.adoptions: list[dict[str, Any]] = []

    def check_effective(self, effective: str) -> None:
        """An amendment cannot take effect before the imported text's as-of date."""
        if effective < self.as_of:
            raise LedgerError(
                f"effective date {effective} is before the date law {self.name!r} was imported as of ({self.as_of})"
            )

    def adopt(
        self,
        *,
        draft_id: str,
        title: str,
        effective: str,
        operations: list[dict[str, Any]],
        changes: list[dict[str, Any]],
        author: str,
    ) -> None:
        self.check_effective(effective)
        if any(a["draft_id"] == draft_id for a in self.adoptions):
            raise LedgerError(f"draft {draft_id[:8]} is already adopted into law {self.name!r}")
        self._adopted(
            draft_id=draft_id, title=title, effective=effective, operations=operations, changes=changes, author=author
        )

    @event("AmendmentAdopted")
    def _adopted(
        self,
        draft_id: str,
        title: str,
        effective: str,
        operations: list[dict[str, Any]],
        changes: list[dict[str, Any]],
        author: str,
    ) -> None:
        self.adoptions.append(
            {
                "draft_id": draft_id,
                "title": title,
                "effective": effective,
                "operations": operations,
                "changes": changes,
                "author": author,
                "sequence": len(self.adoptions) + 1,
            }
        )

    def adoptions_until(self, when: str | None) -> list[dict[str, Any]]:
        """Adopted amendments in force on ``when`` (ISO date; all if ``None``), in the order they apply:
        by effective date, then in the order they were adopted."""
        chosen = [a for a in self.adoptions if when is None or a["effective"] <= when]
        return sorted(chosen, key=lambda a: (a["effective"], a["sequence"]))


class Draft(Aggregate):
    """A drafting file: amendments to one law, what the checker said, waivers, the outcome."""

    @event("Opened")
    def __init__(self, title: str, law_id: str, law_name: str, election: str | None, author: str) -> None:
        self.title = title
        self.law_id = law_id
        self.law_name = law_name
        self.election = election
        self.opened_by = author
        self.status = OPEN
        self.amendments: dict[str, dict[str, Any]] = {}
        self.counter = 0
        self.last_check: dict[str, Any] | None = None
        self.checked_since_change = False
        self.waivers: dict[str, dict[str, Any]] = {}
        self.effective: str | None = None
        self.outcome_reason: str | None = None

    # -- guards ---------------------------------------------------------------

    @property
    def short_id(self) -> str:
        return self.id.hex[:8]

    def check_open(self) -> None:
        """Nothing changes a draft once it is adopted or abandoned."""
        if self.status == ADOPTED:
            raise LedgerError(f"draft {self.short_id} was adopted (effective {self.effective}); it cannot change")
        if self.status == ABANDONED:
            raise LedgerError(f"draft {self.short_id} was abandoned; it cannot change")

    def check_active(self, amendment_id: str) -> dict[str, Any]:
        amendment = self.amendments.get(amendment_id)
        if amendment is None:
            known = ", ".join(self.amendments) or "none"
            raise LedgerError(f"draft {self.short_id} has no amendment {amendment_id!r} (amendments: {known})")
        if amendment["status"] == WITHDRAWN:
            raise LedgerError(f"amendment {amendment_id} of draft {self.short_id} was withdrawn")
        return amendment

    def check_new_amendment_id(self, amendment_id: str) -> None:
        if amendment_id in self.amendments:
            raise LedgerError(
                f"draft {self.short_id} already has an amendment {amendment_id!r}; "
                f"use `suffrage draft revise {self.short_id} {amendment_id} FILE` to change it"
            )

    def next_amendment_id(self) -> str:
        """The next free automatic id ``a<n>``."""
        n = self.counter
        while True:
            n += 1
            candidate = f"a{n}"
            if candidate not in self.amendments:
                return candidate

    def active_amendments(self) -> list[tuple[str, dict[str, Any]]]:
        return [(aid, a) for aid, a in self.amendments.items() if a["status"] == ACTIVE]

    def find_finding(self, prefix: str) -> dict[str, Any]:
        """The finding of the latest check whose fingerprint starts with ``prefix``."""
        if self.last_check is None:
            raise LedgerError(f"draft {self.short_id} has not been checked; run `suffrage draft check {self.short_id}`")
        wanted = prefix.strip().lower()
        if not wanted:
            raise LedgerError("a finding fingerprint is required")
        findings = self.last_check["findings"]
        matches = {f["fingerprint"]: f for f in findings if f["fingerprint"].lower().startswith(wanted)}
        if not matches:
            raise LedgerError(
                f"the latest check of draft {self.short_id} reported no finding with fingerprint {prefix!r}"
            )
        if len(matches) > 1:
            raise LedgerError(f"fingerprint prefix {prefix!r} is ambiguous: {', '.join(sorted(matches))}")
        return next(iter(matches.values()))

    # -- commands -------------------------------------------------------------

    def propose(self, amendment_id: str | None, operations: list[dict[str, Any]], source: str, author: str) -> str:
        self.check_open()
        if not operations:
            raise LedgerError(f"{source}: no amending operations to propose")
        aid = amendment_id or self.next_amendment_id()
        self.check_new_amendment_id(aid)
        self._proposed(amendment_id=aid, operations=operations, source=source, author=author)
        return aid

    @event("AmendmentProposed")
    def _proposed(self, amendment_id: str, operations: list[dict[str, Any]], source: str, author: str) -> None:
        self.amendments[amendment_id] = {
            "operations": operations,
            "source": source,
            "status": ACTIVE,
            "revision": 1,
            "reason": None,
        }
        if amendment_id.startswith("a") and amendment_id[1:].isdigit():
            self.counter = max(self.counter, int(amendment_id[1:]))
        self.checked_since_change = False

    def revise(self, amendment_id: str, operations: list[dict[str, Any]], source: str, author: str) -> None:
        self.check_open()
        self.check_active(amendment_id)
        if not operations:
            raise LedgerError(f"{source}: no amending operations to revise amendment {amendment_id} with")
        self._revised(amendment_id=amendment_id, operations=operations, source=source, author=author)

    @event("AmendmentRevised")
    def _revised(self, amendment_id: str, operations: list[dict[str, Any]], source: str, author: str) -> None:
        amendment = self.amendments[amendment_id]
        amendment["operations"] = operations
        amendment["source"] = source
        amendment["revision"] += 1
        self.checked_since_change = False

    def withdraw(self, amendment_id: str, reason: str | None, author: str) -> None:
        self.check_open()
        self.check_active(amendment_id)
        text = _check_reason(reason, f"withdrawing amendment {amendment_id}")
        self._withdrawn(amendment_id=amendment_id, reason=text, author=author)

    @event("AmendmentWithdrawn")
    def _withdrawn(self, amendment_id: str, reason: str, author: str) -> None:
        amendment = self.amendments[amendment_id]
        amendment["status"] = WITHDRAWN
        amendment["reason"] = reason
        self.checked_since_change = False

    def record_check(
        self,
        *,
        rulesets: list[dict[str, str]],
        findings: list[dict[str, Any]],
        summary: dict[str, int],
        amendments: list[str],
        author: str,
    ) -> None:
        self.check_open()
        self._checked(rulesets=rulesets, findings=findings, summary=summary, amendments=amendments, author=author)

    @event("Checked")
    def _checked(
        self,
        rulesets: list[dict[str, str]],
        findings: list[dict[str, Any]],
        summary: dict[str, int],
        amendments: list[str],
        author: str,
    ) -> None:
        self.last_check = {
            "rulesets": rulesets,
            "findings": findings,
            "summary": summary,
            "amendments": amendments,
            "version": self.version + 1,
        }
        self.checked_since_change = True

    def waive(self, fingerprint: str, reason: str | None, expires: str | None, today: str, author: str) -> str:
        """Waive a finding of the latest check; returns the full fingerprint."""
        self.check_open()
        text = _check_reason(reason, "waiving a finding")
        finding = self.find_finding(fingerprint)
        if expires is not None and expires <= today:
            raise LedgerError(f"expiry date {expires} is not in the future")
        self._waived(fingerprint=finding["fingerprint"], reason=text, expires=expires, author=author)
        return finding["fingerprint"]

    @event("FindingWaived")
    def _waived(self, fingerprint: str, reason: str, expires: str | None, author: str) -> None:
        self.waivers[fingerprint] = {"reason": reason, "expires": expires, "author": author}

    def check_adoptable(self) -> None:
        self.check_open()
        if not self.active_amendments():
            raise LedgerError(f"draft {self.short_id} has no active amendments to adopt")
        if not self.checked_since_change:
            raise LedgerError(
                f"draft {self.short_id} changed since it was last checked; "
                f"run `suffrage draft check {self.short_id}` before adopting it"
            )

    def adopt(self, effective: str, author: str) -> None:
        self.check_adoptable()
        self._adopted(effective=effective, author=author)

    @event("Adopted")
    def _adopted(self, effective: str, author: str) -> None:
        self.status = ADOPTED
        self.effective = effective

    def abandon(self, reason: str | None, author: str) -> None:
        self.check_open()
        text = _check_reason(reason, "abandoning a draft")
        self._abandoned(reason=text, author=author)

    @event("Abandoned")
    def _abandoned(self, reason: str, author: str) -> None:
        self.status = ABANDONED
        self.outcome_reason = reason


class CommandRecorded(DomainEvent):
    """One link of the global hash chain, written in the same transaction as a command's events.

    ``records`` lists ``[originator_id, version, topic, sha256(state)]`` for every
    event the command stored, in insertion order; ``previous`` is the hash of the
    link before; ``hash`` seals this link (see :mod:`compliance.ledger.chain`).
    """

    command: str
    name: str
    author: str
    records: list[list[Any]]
    previous: str
    hash: str
