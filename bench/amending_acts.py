#!/usr/bin/env python3
"""How well Suffrage reads real amending acts: instructions found, parsed, and resolved.

For every amending act in the statute corpus (``../shared/corpus`` by default),
this script parses the act with :func:`compliance.bill.parse_bill` and
resolves each operation's target in the consolidated act it amends: the
Canadian amending acts against the current Canada Elections Act, the
Australian 2006 act against the Commonwealth Electoral Act 1918 (2014
compilation). It prints one table row per act and then, per act, the misses
by kind.

* **found** — amending instructions addressed to that act (sentences such as
  "Section 58 of the Act is replaced by the following:" or Australian items);
  instructions that amend *other* acts are recognised as such and counted
  apart, as are conditional and coordinating amendments (recognised, not
  applied);
* **parsed** — instructions turned into at least one operation;
* **resolved** — operations whose target (and range end) names a provision of
  the consolidated act. The consolidations are current, so a provision an act
  amended may have moved or gone since; the misses say which.

Usage::

    python bench/amending_acts.py [--corpus DIR] [--act SUBSTRING] [--show-misses N]
"""

from __future__ import annotations

import argparse
import re
import sys
import time
from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from compliance.amend import resolver  # noqa: E402
from compliance.bill import parse_bill  # noqa: E402
from compliance.citations import parse_citation  # noqa: E402
from compliance.errors import CitationError  # noqa: E402
from compliance.lawtext import read_law  # noqa: E402
from compliance.model import Law, Operation, Provision  # noqa: E402
from compliance.textio import read_text  # noqa: E402

DEFAULT_CORPUS = ROOT.parent / "shared" / "corpus"
CANADA = "ca-canada-elections-act-en.txt"
AUSTRALIA = "au-commonwealth-electoral-act-1918-en.txt"


@dataclass
class ActResult:
    """Counts for one amending act against the act it amends."""

    name: str
    amends: str
    found: int = 0
    parsed: int = 0
    operations: int = 0
    resolved: int = 0
    other_acts: int = 0
    conditional: int = 0
    seconds: float = 0.0
    misses: Counter = field(default_factory=Counter)
    examples: dict = field(default_factory=dict)

    @property
    def parsed_pct(self) -> float:
        return 100.0 * self.parsed / self.found if self.found else 0.0

    @property
    def resolved_pct(self) -> float:
        return 100.0 * self.resolved / self.operations if self.operations else 0.0


def pairs(corpus: Path) -> list[tuple[Path, Path]]:
    """(amending act, consolidated act it amends) for every amending act in the corpus."""
    found = []
    for path in sorted(corpus.glob("ca-amending-act-*.txt")):
        found.append((path, corpus / CANADA))
    for path in sorted(corpus.glob("au-amending-act-*.txt")):
        found.append((path, corpus / AUSTRALIA))
    return [(act, law) for act, law in found if law.is_file()]


def measure(act_path: Path, law: Law, find: Callable[[str], Provision | None]) -> ActResult:
    """Parse one amending act and resolve its operations in ``law``."""
    started = time.perf_counter()
    draft = parse_bill(read_text(act_path), path=act_path.name, act=law.title)
    result = ActResult(act_path.name, law.title)
    ours = [op for op in draft.operations if not op.act]
    result.other_acts = len({op.line for op in draft.operations if op.act}) + sum(
        1 for u in draft.unparsed if u.act)
    result.conditional = len(draft.conditional)
    instruction_lines = {op.line for op in ours}
    result.parsed = len(instruction_lines)
    unparsed = [u for u in draft.unparsed if not u.act]
    result.found = result.parsed + len(unparsed)
    for item in unparsed:
        _miss(result, f"not parsed: {_reason(item.reason)}", f"line {item.line}: {item.text[:110]}")
    result.operations = len(ours)
    for op in ours:
        kind = _resolve(op, law, find)
        if kind is None:
            result.resolved += 1
        else:
            _miss(result, f"not resolved: {kind}", f"line {op.line}: {op.action} {op.target}"
                  + (f" to {op.through}" if op.through else ""))
    result.seconds = time.perf_counter() - started
    return result


def _miss(result: ActResult, kind: str, example: str) -> None:
    result.misses[kind] += 1
    result.examples.setdefault(kind, []).append(example)


def _reason(reason: str) -> str:
    """Group parse failures by their kind, not by the words of each instruction."""
    reason = re.sub(r"'[^']*'", "…", reason)
    reason = re.sub(r"\([^)]*\)$", "", reason).strip()
    return reason[:90]


def _resolve(op: Operation, law: Law, find: Callable[[str], Provision | None]) -> str | None:
    """``None`` when the operation's target resolves, else the kind of miss."""
    if op.target == "the law":
        return None
    found = find(op.target)
    if found is not None and (op.through is None or find(op.through) is not None):
        return None
    target = op.through if found is not None else op.target
    return classify(target, law, find)


def classify(target: str, law: Law, find: Callable[[str], Provision | None]) -> str:
    """Why a target does not resolve in the consolidation."""
    definition = re.match(r"^(?:.+? of )?the definition “(.+?)” in (.+)$", target)
    if definition:
        holder = find(definition.group(2))
        if holder is None:
            return "definition's holder not in the current act"
        return "definition repealed or renamed since"
    try:
        path = parse_citation(target)
    except CitationError:
        return "target not readable as a citation"
    if path.schedule is not None:
        return "schedule (not parsed as provisions in the consolidation)"
    if not path.steps:
        return "no provision named"
    top = find(_top_citation(path))
    if top is None:
        first = path.steps[0]
        if first.kind is not None and first.kind.value in ("part", "division", "chapter", "subdivision"):
            return f"{first.kind.value} no longer in the act"
        if first.label in _printed_labels(law):
            return "section in the text, but not recognised by the statute parser"
        return "section or article no longer in the act (renumbered or repealed without a marker)"
    if top.repealed:
        return "section repealed since"
    return "subdivision renumbered or removed since"


_PRINTED: dict[str, set[str]] = {}


def _printed_labels(law: Law) -> set[str]:
    """Section numbers printed at the start of a line of the consolidation's text."""
    if law.path not in _PRINTED:
        text = read_text(law.path)
        _PRINTED[law.path] = set(re.findall(r"(?m)^(\d{1,4}[A-Z]{0,4}(?:\.\d{1,3})*) [A-Z(]", text))
    return _PRINTED[law.path]


def _top_citation(path) -> str:
    first = path.steps[0]
    if first.kind is not None and first.kind.value in ("part", "division", "chapter", "subdivision"):
        return f"{first.kind.value.title()} {first.label}"
    return f"section {first.label}"


def run(corpus: Path, only: str = "") -> list[ActResult]:
    results = []
    laws: dict[Path, tuple[Law, Callable[[str], Provision | None]]] = {}
    for act_path, law_path in pairs(corpus):
        if only and only not in act_path.name:
            continue
        if law_path not in laws:
            law = read_law(law_path)
            laws[law_path] = (law, resolver(law))
        law, find = laws[law_path]
        results.append(measure(act_path, law, find))
    return results


def render(results: list[ActResult], show: int = 3) -> str:
    lines = [
        f"{'amending act':<52} {'amends':<32} {'found':>5} {'parsed':>7} {'%':>6} {'ops':>5} {'resolved':>8} "
        f"{'%':>6} {'other':>5} {'cond':>4} {'sec':>5}",
    ]
    for r in results:
        lines.append(
            f"{r.name:<52} {r.amends[:32]:<32} {r.found:>5} {r.parsed:>7} {r.parsed_pct:>5.1f}% {r.operations:>5} "
            f"{r.resolved:>8} {r.resolved_pct:>5.1f}% {r.other_acts:>5} {r.conditional:>4} {r.seconds:>5.2f}")
    lines.append("")
    lines.append("found: instructions amending that act; parsed: turned into operations; ops: operations;")
    lines.append("resolved: operations whose target exists in the current consolidation; other: instructions")
    lines.append("amending other acts (or the French version); cond: conditional/coordinating, not applied.")
    for r in results:
        if not r.misses:
            continue
        lines.append("")
        lines.append(f"{r.name}: misses by kind")
        for kind, count in r.misses.most_common():
            lines.append(f"  {count:>4}  {kind}")
            for example in r.examples[kind][:show]:
                lines.append(f"          e.g. {example}")
    return "\n".join(lines)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--corpus", type=Path, default=DEFAULT_CORPUS, help="folder with the statute corpus")
    parser.add_argument("--act", default="", help="only acts whose file name contains this")
    parser.add_argument("--show-misses", type=int, default=3, help="examples per kind of miss")
    args = parser.parse_args(argv)
    if not args.corpus.is_dir():
        print(f"corpus not found: {args.corpus} (skipped)", file=sys.stderr)
        return 0
    results = run(args.corpus, args.act)
    if not results:
        print("no amending acts found in the corpus", file=sys.stderr)
        return 0
    print(render(results, args.show_misses))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
