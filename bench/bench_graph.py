"""Benchmarks of the reference graph, each against parsing the same law alone.

* graph build (reference extraction + networkx graph) for the Canada Elections
  Act, baseline: parsing the Act;
* an impact query on the built graph (a change to section 3, the definition of
  an elector, which reaches some 200 provisions), baseline: parsing the Act;
* the same two on the bundled CIS-style example law (always available).

Inputs from ../shared/corpus are optional: without them the Canada benchmarks
are skipped with a note.
"""

from __future__ import annotations

import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

from harness import Benchmark  # noqa: E402  (bench/ is on sys.path when run by bench/run.py)

CANADA = ROOT.parent / "shared" / "corpus" / "ca-canada-elections-act-en.txt"
EXAMPLE = ROOT / "examples" / "kz-elections.md"


def _cases(name: str, path: Path, changed: list[str], repeat: int) -> list[Benchmark]:
    from compliance.graph import build
    from compliance.lawtext import parse_law
    from compliance.textio import read_text

    text = read_text(path, what="law")
    law = parse_law(text, path=str(path))
    graph = build(law)

    def parse() -> object:
        return parse_law(text, path=str(path))

    return [
        Benchmark(f"graph build: {name}", lambda: build(law), parse, "parse alone", repeat=repeat),
        Benchmark(f"impact query ({', '.join(changed)}): {name}", lambda: graph.impact(changed), parse,
                  "parse alone", repeat=repeat),
    ]


def benchmarks(quick: bool) -> list[Benchmark]:
    repeat = 3 if quick else 5
    cases = _cases("kz-elections example", EXAMPLE, ["art_11"], repeat)
    if CANADA.is_file():
        cases += _cases("Canada Elections Act", CANADA, ["sec_3"], repeat)
    else:
        print(f"note: skipped Canada Elections Act graph benchmarks ({CANADA} missing)", file=sys.stderr)
    return cases
