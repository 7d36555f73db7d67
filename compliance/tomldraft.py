"""TOML drafts: amendments as structured data (ARCHITECTURE §4).

::

    [draft]
    title = "On amendments to the Constitutional Law On Elections"
    law = "examples/kz-elections.md"        # optional when given on the command line
    effective = 2026-03-01                   # optional
    election = 2026-09-20                    # optional
    [[amendment]]
    id = "a1"
    target = "art_4__para_1"                 # or "Article 4(1)"
    op = "replace"
    text = "1. Citizens who have reached sixteen years of age shall have the right to elect."
    rationale = "Lower the voting age."

Validation is strict, because a draft that silently loses an amendment is
worse than one that does not load: unknown tables or keys, an unknown
``op``, a value of the wrong type, a bad date, or a field the operation needs
but does not have are each a :class:`~compliance.errors.BillError` that names
the key and the line it is on.
"""

from __future__ import annotations

import re
import tomllib
from datetime import date, datetime
from typing import Any

from .errors import BillError
from .model import OP_KINDS, Draft, Operation

__all__ = ["parse_toml_draft", "DRAFT_KEYS", "AMENDMENT_KEYS"]

DRAFT_KEYS = ("title", "law", "effective", "election", "description")
AMENDMENT_KEYS = ("id", "target", "op", "text", "words", "replacement", "occurrence", "until", "position", "anchor",
                  "new_label", "portion", "through", "rationale")
_OCCURRENCES = re.compile(r"^(?:first|all|last|[1-9][0-9]{0,2})$")
_POSITIONS = ("before", "after", "end", "start")

#: What each operation needs besides ``target``.
_REQUIRED = {
    "replace": ("text",),
    "insert-after": ("text",),
    "insert-before": ("text",),
    "append": ("text",),
    "repeal": (),
    "replace-words": ("words", "replacement"),
    "insert-words": ("words",),
    "repeal-words": ("words",),
    "renumber": ("new_label",),
}


class _Lines:
    """Line numbers of tables and keys in the TOML source, for error messages."""

    def __init__(self, text: str) -> None:
        self.lines = text.split("\n")
        self.tables: list[tuple[str, int]] = []
        for number, line in enumerate(self.lines, 1):
            match = re.match(r"^\s{0,20}(\[\[?)\s{0,20}([A-Za-z0-9_.\-\"' ]{1,80}?)\s{0,20}\]\]?", line)
            if match:
                self.tables.append((match.group(2).strip(), number))

    def table(self, name: str, index: int = 0) -> int | None:
        found = [number for table, number in self.tables if table == name]
        return found[index] if index < len(found) else None

    def key(self, table: str, index: int, key: str) -> int | None:
        start = self.table(table, index)
        if start is None:
            return None
        following = [number for _, number in self.tables if number > start]
        stop = following[0] if following else len(self.lines) + 1
        pattern = re.compile(r"^\s{0,20}[\"']?" + re.escape(key) + r"[\"']?\s{0,20}=")
        for number in range(start + 1, stop):
            if pattern.match(self.lines[number - 1]):
                return number
        return start


def parse_toml_draft(text: str, *, path: str = "<draft>") -> Draft:
    """Parse and validate a TOML draft; :class:`BillError` naming the key and line on any problem."""
    try:
        data = tomllib.loads(text)
    except tomllib.TOMLDecodeError as error:
        message = str(error)
        match = re.search(r"\(at line (\d+), column \d+\)", message)
        line = int(match.group(1)) if match else None
        reason = re.sub(r"\s{0,20}\(at line \d+, column \d+\)$", "", message)
        raise BillError(f"malformed TOML: {reason}", where=path, line=line) from None
    lines = _Lines(text)
    for key in data:
        if key not in ("draft", "amendment"):
            raise BillError(f"unknown table or key {key!r}; expected [draft] and [[amendment]]", where=path,
                            line=lines.table(key) or _top_key_line(lines, key))
    head = data.get("draft")
    if head is None:
        raise BillError("missing [draft] table (with at least a title)", where=path, line=1)
    if not isinstance(head, dict):
        raise BillError("'draft' must be a table: [draft]", where=path, line=_top_key_line(lines, "draft"))
    for key in head:
        if key not in DRAFT_KEYS:
            raise BillError(f"unknown key {key!r} in [draft]; expected one of {', '.join(DRAFT_KEYS)}", where=path,
                            line=lines.key("draft", 0, key))
    title = head.get("title")
    if not isinstance(title, str) or not title.strip():
        raise BillError("[draft] needs a title (a non-empty string)", where=path,
                        line=lines.key("draft", 0, "title") if "title" in head else lines.table("draft"))
    law = head.get("law")
    if law is not None and (not isinstance(law, str) or not law.strip()):
        raise BillError("'law' in [draft] must be the path of the law file (a string)", where=path,
                        line=lines.key("draft", 0, "law"))
    effective = _date(head, "effective", path, lines)
    election = _date(head, "election", path, lines)
    amendments = data.get("amendment", [])
    if not isinstance(amendments, list):
        raise BillError("amendments must be an array of tables: [[amendment]]", where=path,
                        line=_top_key_line(lines, "amendment"))
    operations = []
    seen_ids: dict[str, int] = {}
    for index, item in enumerate(amendments):
        operations.append(_operation(item, index, path, lines, seen_ids))
    return Draft(title=title.strip(), operations=tuple(operations), law=law, effective=effective, election=election,
                 path=path)


def _top_key_line(lines: _Lines, key: str) -> int | None:
    pattern = re.compile(r"^\s{0,20}" + re.escape(key) + r"\s{0,20}=")
    for number, line in enumerate(lines.lines, 1):
        if pattern.match(line):
            return number
    return None


def _date(table: dict[str, Any], key: str, path: str, lines: _Lines) -> date | None:
    value = table.get(key)
    if value is None:
        return None
    line = lines.key("draft", 0, key)
    if isinstance(value, datetime):
        raise BillError(f"'{key}' must be a date like 2026-03-01, not a date and time", where=path, line=line)
    if isinstance(value, date):
        return value
    if isinstance(value, str):
        try:
            return date.fromisoformat(value.strip())
        except ValueError:
            pass
    raise BillError(f"'{key}' must be a date like 2026-03-01, not {value!r}", where=path, line=line)


def _operation(item: Any, index: int, path: str, lines: _Lines, seen_ids: dict[str, int]) -> Operation:
    where = f"amendment #{index + 1}"
    table_line = lines.table("amendment", index)
    if not isinstance(item, dict):
        raise BillError(f"{where} must be a table", where=path, line=table_line)

    def line_of(key: str) -> int | None:
        return lines.key("amendment", index, key)

    for key in item:
        if key not in AMENDMENT_KEYS:
            raise BillError(f"unknown key {key!r} in {where}; expected one of {', '.join(AMENDMENT_KEYS)}",
                            where=path, line=line_of(key))
    for key, value in item.items():
        if not isinstance(value, str):
            raise BillError(f"'{key}' in {where} must be a string, not {type(value).__name__}", where=path,
                            line=line_of(key))
    op = item.get("op")
    if op is None:
        raise BillError(f"{where} has no 'op'; expected one of {' | '.join(OP_KINDS)}", where=path, line=table_line)
    if op not in OP_KINDS:
        raise BillError(f"unknown op {op!r} in {where}; expected one of {' | '.join(OP_KINDS)}", where=path,
                        line=line_of("op"))
    target = item.get("target", "").strip()
    if not target:
        raise BillError(f"{where} ({op}) has no 'target' (an eId like art_4__para_1 or a citation like "
                        "'Article 4(1)')", where=path, line=table_line)
    for key in _REQUIRED[op]:
        if not item.get(key, "").strip() and not (op == "insert-words" and key == "words" and item.get(key)):
            raise BillError(f"{where} ({op}) needs '{key}'", where=path, line=table_line)
    occurrence = item.get("occurrence", "first").strip()
    if not _OCCURRENCES.match(occurrence):
        raise BillError(f"'occurrence' in {where} must be first, all, last or a number, not {occurrence!r}",
                        where=path, line=line_of("occurrence"))
    position = item.get("position")
    if op == "insert-words":
        position = position or ("after" if item.get("anchor") else "end")
        if position not in _POSITIONS:
            raise BillError(f"'position' in {where} must be one of {', '.join(_POSITIONS)}, not {position!r}",
                            where=path, line=line_of("position"))
        if position in ("before", "after") and not item.get("anchor"):
            raise BillError(f"{where} inserts words {position} an anchor: it needs 'anchor'", where=path,
                            line=line_of("position"))
    identifier = item.get("id", "").strip() or f"a{index + 1}"
    if identifier in seen_ids:
        raise BillError(f"duplicate id {identifier!r} (also amendment #{seen_ids[identifier] + 1})", where=path,
                        line=line_of("id"))
    seen_ids[identifier] = index
    return Operation(
        action=op,
        target=target,
        text=item.get("text"),
        words=item.get("words"),
        replacement=item.get("replacement"),
        occurrence=occurrence,
        until=item.get("until"),
        position=position,
        anchor=item.get("anchor"),
        new_label=item.get("new_label"),
        portion=item.get("portion"),
        through=item.get("through"),
        id=identifier,
        rationale=item.get("rationale", ""),
        line=table_line,
        source=f"[[amendment]] {identifier}",
    )
