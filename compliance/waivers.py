"""Waivers: justified suppressions of findings, from a TOML file or from the text itself.

A waiver never hides a finding. The finding stays in every report, marked
with the waiver's reason, and only stops counting against the CI gate. A
waiver must say why; one without a reason is an input error.

**Waivers file** (``--waivers FILE`` or ``waivers = "..."`` in the
configuration)::

    [[waiver]]
    fingerprint = "9f2c41d07a3be815"      # one finding, as printed by every report
    reason = "Signature threshold agreed with the OSCE/ODIHR needs assessment mission."
    expires = 2026-12-31                  # optional: after this date the finding counts again
    author = "A. Drafter"                 # optional

    [[waiver]]
    rule = "VC013"                        # a rule id (or its kebab-case name) ...
    provision = "Article 56(1)"           # ... at a provision: an eId or a citation
    reason = "..."

A rule + provision waiver covers the provision and every provision nested in
it (``art_56`` covers ``art_56__para_1``). A fingerprint may be shortened to
its first 8 or more characters, as with git commits.

**Inline waivers** sit in the law or the bill, usually in a comment::

    <!-- suffrage: waive VC013 -- reason -->
    3. Citizens recognised by a court as legally incapable ...

On a line of its own, just before a provision (the next non-blank line
starts it), a waiver applies to that provision; anywhere else — at the end
of a line of text, or on its own line inside a provision — to the innermost
provision whose lines include it. In a bill the same holds for amending
instructions: just before an instruction, or inside it (its quoted
payload), and the waiver applies to the provision the instruction amends. In a TOML
draft, a ``# suffrage: waive ...`` comment applies to the ``[[amendment]]``
table it is written in. Several rules may be named: ``waive VC013, VC014 --``.

:func:`apply_waivers` marks the findings and adds a note for every waiver
that matched nothing (unused) or has expired; those notes start with the
waiver's ``file:line`` so that annotations can point at it.
"""

from __future__ import annotations

import re
import tomllib
from collections.abc import Callable, Iterable, Sequence
from datetime import date

import attrs

from .errors import InputError
from .model import Change, Draft, Finding, Law, Operation, Report, Waiver
from .textio import read_text

__all__ = [
    "load_waivers",
    "parse_waivers",
    "InlineMark",
    "scan_inline",
    "law_inline_waivers",
    "draft_inline_waivers",
    "apply_waivers",
    "describe",
    "where",
]

_KEYS = frozenset({"fingerprint", "rule", "provision", "reason", "expires", "author"})
_HEADER_RE = re.compile(r"^[ \t]{0,40}\[\[[ \t]{0,8}waiver[ \t]{0,8}\]\]")
_TOML_LINE_RE = re.compile(r"at line (\d{1,9})")
_EID_RE = re.compile(r"^[a-z]{2,9}_[^\s_]{1,40}(?:__[a-z]{2,9}_[^\s_]{1,60}){0,12}$")
_RULE_RE = re.compile(r"^[A-Za-z][A-Za-z0-9_.\-]{0,63}$")
_MARK_RE = re.compile(r"suffrage:[ \t]{0,8}waive\b")
_OPENERS = ("<!--", "/*", "//", "#", ">", "*", ";", "%", "--")
_MIN_FINGERPRINT = 8


# --------------------------------------------------------------------------
# The waivers file
# --------------------------------------------------------------------------


def load_waivers(path: str) -> tuple[Waiver, ...]:
    """Read a waivers file; every mistake is an :class:`InputError` naming the file and line."""
    return parse_waivers(read_text(path, what="waivers file"), path=path)


def parse_waivers(text: str, *, path: str = "<waivers>") -> tuple[Waiver, ...]:
    """Parse the TOML text of a waivers file (see the module docstring)."""
    try:
        data = tomllib.loads(text)
    except tomllib.TOMLDecodeError as error:
        match = _TOML_LINE_RE.search(str(error))
        raise InputError(f"not valid TOML: {error}", where=path,
                         line=int(match.group(1)) if match else None) from None
    unknown = sorted(set(data) - {"waiver"})
    if unknown:
        raise InputError(f"unknown key {unknown[0]!r}: a waivers file holds only [[waiver]] tables", where=path)
    entries = data.get("waiver", [])
    if not isinstance(entries, list) or not all(isinstance(e, dict) for e in entries):
        raise InputError("'waiver' must be an array of tables, written [[waiver]]", where=path)
    headers = [n for n, line in enumerate(text.splitlines(), start=1) if _HEADER_RE.match(line)]
    lines: list[int | None] = list(headers) if len(headers) == len(entries) else [None] * len(entries)
    return tuple(_waiver(entry, path, line) for entry, line in zip(entries, lines, strict=True))


def _waiver(entry: dict, path: str, line: int | None) -> Waiver:
    def fail(message: str) -> InputError:
        return InputError(message, where=path, line=line)

    unknown = sorted(set(entry) - _KEYS)
    if unknown:
        raise fail(f"unknown key {unknown[0]!r} in [[waiver]]; expected {', '.join(sorted(_KEYS))}")
    for key in ("fingerprint", "rule", "provision", "reason", "author"):
        if key in entry and not isinstance(entry[key], str):
            raise fail(f"{key} must be a string")
    reason = entry.get("reason", "").strip()
    if not reason:
        raise fail("waiver without a reason: every waiver must say why (reason = \"...\")")
    fingerprint = entry.get("fingerprint", "").strip() or None
    rule = entry.get("rule", "").strip() or None
    provision = entry.get("provision", "").strip() or None
    if fingerprint is None and (rule is None or provision is None):
        raise fail("a waiver names a finding by fingerprint, or by rule and provision")
    if fingerprint is not None and len(fingerprint) < _MIN_FINGERPRINT:
        raise fail(f"fingerprint {fingerprint!r} is too short: give at least {_MIN_FINGERPRINT} characters")
    if rule is not None and not _RULE_RE.match(rule):
        raise fail(f"rule {rule!r} is not a rule id such as 'VC013'")
    expires = entry.get("expires")
    if isinstance(expires, str):
        try:
            expires = date.fromisoformat(expires)
        except ValueError:
            raise fail(f"expires must be a date like 2026-12-31, not {expires!r}") from None
    elif expires is not None and (not isinstance(expires, date) or hasattr(expires, "hour")):
        raise fail("expires must be a date like 2026-12-31")
    return Waiver(reason=reason, fingerprint=fingerprint, rule=rule, eid=provision, expires=expires,
                  author=entry.get("author", "").strip(), source=path, line=line)


# --------------------------------------------------------------------------
# Inline waivers
# --------------------------------------------------------------------------


@attrs.frozen
class InlineMark:
    """One ``suffrage: waive RULE -- reason`` line. ``standalone`` when nothing else is on the line."""

    line: int
    rules: tuple[str, ...]
    reason: str
    standalone: bool
    next_line: int | None = None  # the next non-blank line that is not itself a waiver


def scan_inline(text: str, *, path: str) -> list[InlineMark]:
    """Every inline waiver in ``text``; a waiver without rule or reason is an :class:`InputError`."""
    marks: list[InlineMark] = []
    if "suffrage:" not in text:
        return marks
    lines = text.splitlines()
    for number, line in enumerate(lines, start=1):
        if "suffrage:" not in line:
            continue
        match = _MARK_RE.search(line)
        if match is None:
            continue
        rest = line[match.end():].rstrip()
        for closer in ("-->", "*/"):
            if rest.endswith(closer):
                rest = rest[: -len(closer)].rstrip()
        rules_part, dashes, reason = rest.partition("--")
        rules = tuple(rules_part.replace(",", " ").split())
        if not rules or not all(_RULE_RE.match(r) for r in rules):
            raise InputError("expected 'suffrage: waive RULE -- reason' (a rule id such as VC013)",
                             where=path, line=number)
        reason = reason.strip()
        if not dashes or not reason:
            raise InputError(f"waiver of {', '.join(rules)} without a reason: write "
                             f"'suffrage: waive {rules[0]} -- why it is acceptable'", where=path, line=number)
        before = line[: match.start()].strip()
        for opener in _OPENERS:
            before = before.removeprefix(opener).strip()
        marks.append(InlineMark(line=number, rules=rules, reason=reason, standalone=not before))
    standalone = {m.line for m in marks if m.standalone}
    for index, mark in enumerate(marks):
        following = next((n for n in range(mark.line + 1, len(lines) + 1)
                          if lines[n - 1].strip() and n not in standalone), None)
        marks[index] = attrs.evolve(mark, next_line=following)
    return marks


def law_inline_waivers(text: str, law: Law, *, path: str) -> tuple[Waiver, ...]:
    """Inline waivers of a law text, each tied to the provision it applies to."""
    marks = scan_inline(text, path=path)
    if not marks:
        return ()
    spans = sorted(((p.line, -p.end_line, p.eid, p.end_line) for p in law.walk() if p.line),
                   key=lambda s: (s[0], s[1]))
    starts: dict[int, str] = {}
    for start, _neg_end, eid, _end in spans:
        starts.setdefault(start, eid)  # the outermost provision starting on a line
    waivers = []
    for mark in marks:
        eid = starts.get(mark.next_line or 0) if mark.standalone else None
        if eid is None:
            eid = _containing_provision(spans, mark.line)
        if eid is None:
            eid = _next_provision(spans, mark.line)
        waivers.extend(Waiver(reason=mark.reason, rule=rule, eid=eid or "", source=path, line=mark.line,
                              inline=True) for rule in mark.rules)
    return tuple(waivers)


def _next_provision(spans: Sequence[tuple[int, int, str, int]], line: int) -> str | None:
    """The outermost provision starting after ``line``."""
    for start, _neg_end, eid, _end in spans:
        if start > line:
            return eid
    return None


def _containing_provision(spans: Sequence[tuple[int, int, str, int]], line: int) -> str | None:
    """The innermost provision whose lines include ``line``."""
    best = None
    for start, _neg_end, eid, end in spans:
        if start > line:
            break
        if end >= line:
            best = eid
    return best


def draft_inline_waivers(
    text: str,
    draft: Draft,
    *,
    path: str,
    changes: Sequence[Change] = (),
    resolve: Callable[[str], str | None] | None = None,
) -> tuple[Waiver, ...]:
    """Inline waivers of a bill or TOML draft, each tied to the provision its instruction amends.

    The provision is the one a change made by that instruction reached
    (``Change.operations`` holds 0-based operation indexes), else the
    instruction's target resolved with ``resolve``, else the target as written.
    """
    marks = scan_inline(text, path=path)
    if not marks:
        return ()
    numbered = [(op.line, index, op) for index, op in enumerate(draft.operations) if op.line]
    is_toml = path.lower().endswith(".toml")
    waivers = []
    for mark in marks:
        found = None
        if mark.standalone and not is_toml:
            found = next(((i, op) for ln, i, op in numbered if ln == mark.next_line), None)
        if found is None:
            before = [(i, op) for ln, i, op in numbered if ln <= mark.line]
            found = before[-1] if before else next(((i, op) for ln, i, op in numbered), None)
        eid = _operation_eid(found, changes, resolve) if found else ""
        waivers.extend(Waiver(reason=mark.reason, rule=rule, eid=eid, source=path, line=mark.line, inline=True)
                       for rule in mark.rules)
    return tuple(waivers)


def _operation_eid(found: tuple[int, Operation], changes: Sequence[Change],
                   resolve: Callable[[str], str | None] | None) -> str:
    index, op = found
    for change in changes:
        if index in change.operations:
            return change.new_eid or change.eid
    if resolve is not None:
        eid = resolve(op.target)
        if eid:
            return eid
    return op.target


# --------------------------------------------------------------------------
# Applying waivers to a report
# --------------------------------------------------------------------------


def where(waiver: Waiver) -> str:
    """``file:line`` (or ``file``) of a waiver, for messages."""
    if waiver.source and waiver.line:
        return f"{waiver.source}:{waiver.line}"
    return waiver.source or "<waiver>"


def describe(waiver: Waiver) -> str:
    """A short human name for a waiver: its fingerprint, or rule and provision."""
    if waiver.fingerprint:
        return f"fingerprint {waiver.fingerprint}" + (f" ({waiver.rule})" if waiver.rule else "")
    return f"{waiver.rule} at {waiver.eid or 'no provision'}"


def _norm(text: str) -> str:
    return " ".join(text.split()).casefold()


def _target(waiver: Waiver, resolve: Callable[[str], str | None] | None) -> tuple[str | None, str | None]:
    """(eId, citation) that a rule + provision waiver names."""
    written = waiver.eid or ""
    if not written:
        return None, None
    if _EID_RE.match(written):
        return written, None
    eid = resolve(written) if resolve is not None else None
    return eid, _norm(written)


def _matches(waiver: Waiver, finding: Finding, target: tuple[str | None, str | None]) -> bool:
    if waiver.fingerprint:
        if not (finding.fingerprint == waiver.fingerprint or (
                len(waiver.fingerprint) >= _MIN_FINGERPRINT and finding.fingerprint.startswith(waiver.fingerprint))):
            return False
        return waiver.rule is None or waiver.rule in (finding.rule, finding.name)
    if waiver.rule not in (finding.rule, finding.name):
        return False
    if not waiver.eid:
        return True  # a rule-wide waiver (feature files); waiver files always name a provision
    eid, citation = target
    here = finding.location.eid
    if eid is not None and (here == eid or here.startswith(eid + "__")):
        return True
    return citation is not None and _norm(finding.location.label) == citation


def apply_waivers(
    report: Report,
    waivers: Iterable[Waiver],
    *,
    today: date | None = None,
    resolve: Callable[[str], str | None] | None = None,
) -> Report:
    """Mark the findings that ``waivers`` cover; note unused and expired waivers.

    Fingerprint waivers are tried first, then inline ones, then rule +
    provision ones from files; the first that matches a finding is recorded
    on it. An expired waiver (``expires`` before ``today``) waives nothing
    and is noted. ``resolve`` turns a citation written in a waiver into an
    eId (the command line resolves against the law, and for a check against
    the amended law as well).
    """
    ordered = sorted(enumerate(waivers), key=lambda iw: (0 if iw[1].fingerprint else 1 if iw[1].inline else 2, iw[0]))
    if not ordered:
        return report
    today = today or date.today()
    targets = {i: _target(w, resolve) for i, w in ordered}
    used: set[int] = set()
    expired_hits: dict[int, int] = {}
    findings = []
    for finding in report.findings:
        if finding.waiver is None:
            for i, waiver in ordered:
                if not _matches(waiver, finding, targets[i]):
                    continue
                if waiver.expires is not None and waiver.expires < today:
                    expired_hits[i] = expired_hits.get(i, 0) + 1
                    continue
                if finding.waiver is None:
                    finding = attrs.evolve(finding, waiver=waiver)
                used.add(i)
        findings.append(finding)
    notes = []
    for i, waiver in sorted(ordered):
        if waiver.expires is not None and waiver.expires < today:
            hits = expired_hits.get(i, 0)
            consequence = (f"{hits} finding(s) it covered count again" if hits
                           else "it matches no finding either; remove it")
            notes.append(f"{where(waiver)}: waiver ({describe(waiver)}) expired on "
                         f"{waiver.expires.isoformat()}; {consequence}")
        elif i not in used:
            notes.append(f"{where(waiver)}: unused waiver ({describe(waiver)}): no finding matches it")
    return attrs.evolve(report, findings=tuple(findings), notes=(*report.notes, *notes))
