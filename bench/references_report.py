"""Cross-reference figures on a real statute (default: the Canada Elections Act in ../shared/corpus).

    python bench/references_report.py [LAW]

Prints how many internal references the law makes, the share that resolves to
a provision, the kinds of citation that do not resolve (with each instance),
the references that point at repealed provisions, the other statutes cited,
the reference cycles and the most relied-upon provisions.
"""

from __future__ import annotations

import re
import sys
import time
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from compliance.graph import build  # noqa: E402
from compliance.lawtext import read_law  # noqa: E402

DEFAULT = ROOT.parent / "shared" / "corpus" / "ca-canada-elections-act-en.txt"


def kind_of(cited: str) -> str:
    """The shape of a citation: "subparagraph 66(1)(a)(i.1)" -> "subparagraph N(N)(x)(x.N)"."""
    shape = re.sub(r"\d+", "N", cited)
    shape = re.sub(r"\((?:[a-z]{1,4})(\.N)?\)", lambda m: "(x" + (m.group(1) or "") + ")", shape)
    return re.sub(r"\(N(?:\.N)?\)", "(N)", shape)


def main(argv: list[str]) -> int:
    path = Path(argv[1]) if len(argv) > 1 else DEFAULT
    if not path.is_file():
        print(f"skipped: {path} not found (the statute corpus lives in ../shared/corpus)")
        return 0
    started = time.perf_counter()
    law = read_law(path)
    parsed = time.perf_counter()
    graph = build(law)
    built = time.perf_counter()

    refs = graph.references
    internal = [r for r in refs if r.scope == "internal"]
    resolved = [r for r in internal if r.target is not None]
    unresolved = [r for r in internal if r.target is None]
    expressions = {(r.source, r.span) for r in internal}
    expressions_ok = {(r.source, r.span) for r in resolved}
    external = [r for r in refs if r.scope == "external"]
    print(f"{law.title} — {path.name}")
    print(f"parse {parsed - started:.2f} s, graph build {built - parsed:.2f} s; "
          f"{graph.graph.number_of_nodes()} nodes, {graph.graph.number_of_edges()} edges")
    print()
    print(f"internal references (one per cited provision): {len(internal)}")
    print(f"  resolved: {len(resolved)} ({100 * len(resolved) / max(1, len(internal)):.1f}%)")
    print(f"  citing expressions: {len(expressions)}, with at least one provision resolved: {len(expressions_ok)}")
    print(f"references to the whole law (\"this Act\"): {sum(1 for r in refs if r.scope == 'law')}")
    print(f"external references: {len(external)} to {len({r.external for r in external})} other statutes")
    print()
    print(f"unresolved ({len(unresolved)}), by kind:")
    for kind, count in Counter(kind_of(r.cited) for r in unresolved).most_common():
        print(f"  {count:4}  {kind}")
    for ref in unresolved:
        print(f"    {graph.label(ref.source)} [{ref.source}]: “{ref.text}” -> {ref.cited}")
    print()
    repealed = [d for d in graph.dangling() if d.reason == "repealed"]
    print(f"references to repealed provisions: {len(repealed)}")
    for item in repealed:
        ref = item.reference
        print(f"  {graph.label(ref.source)} [{ref.source}]: “{ref.text}” — {item.detail}")
    print()
    cycles = graph.cycles()
    print(f"reference cycles (length ≤ 8): {len(cycles)}")
    print("most relied upon:")
    for relied in graph.most_referenced(10):
        print(f"  {relied.referrers:4}  {relied.label} [{relied.eid}]")
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv))
