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

from pathlib import Path

from harness import Benchmark, skip

from compliance.graph import build
from compliance.lawtext import parse_law
from compliance.textio import read_text

ROOT = Path(__file__).resolve().parent.parent
CANADA = ROOT.parent / "shared" / "corpus" / "ca-canada-elections-act-en.txt"
EXAMPLE = ROOT / "examples" / "kz-elections.md"


def _cases(name: str, path: Path, changed: list[str], repeat: int) -> list[Benchmark]:
    text = read_text(path, what="law")
    law = parse_law(text, path=str(path))
    graph = build(law, fresh=True)

    def parse() -> object:
        return parse_law(text, path=str(path))

    return [
        Benchmark(f"graph build: {name}", lambda: build(law, fresh=True), parse, "parse alone", repeat=repeat),
        Benchmark(f"impact query ({', '.join(changed)}): {name}", lambda: graph.impact(changed), parse,
                  "parse alone", repeat=repeat),
    ]


def benchmarks(quick: bool) -> list[Benchmark]:
    repeat = 3 if quick else 5
    cases = _cases("kz-elections example", EXAMPLE, ["art_11"], repeat)
    if CANADA.is_file():
        cases += _cases("Canada Elections Act", CANADA, ["sec_3"], repeat)
    else:
        reason = f"{CANADA} missing (the statute corpus lives in ../shared/corpus)"
        cases += [skip("graph build: Canada Elections Act", reason),
                  skip("impact query (sec_3): Canada Elections Act", reason)]
    return cases
