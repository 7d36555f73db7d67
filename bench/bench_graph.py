"""Benchmarks of the reference graph, each against parsing the same law alone.

* graph build (reference extraction + networkx graph) for the Canada Elections
  Act, baseline: parsing the Act;
* an impact query on the built graph (a change to section 3, the definition of
  an elector, which reaches some 200 provisions), baseline: parsing the Act;
* the same two on the bundled CIS-style example law (always available);
* the integrity items (dangling references, impact) of the Elections
  Modernization Act (2018, c. 31) applied to the Act, baseline: parsing the Act.

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
EMA = ROOT.parent / "shared" / "corpus" / "ca-amending-act-2018-c31-en.txt"
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


def _draft_case(repeat: int) -> Benchmark:
    """Integrity of a large real draft: dangling references and impact of the Elections Modernization Act."""
    from compliance import graph as graph_module
    from compliance.amend import apply
    from compliance.bill import read_draft
    from compliance.graph import integrity_findings

    text = read_text(CANADA, what="law")
    law = parse_law(text, path=str(CANADA))
    amended = apply(law, read_draft(EMA))

    def parse() -> object:
        return parse_law(text, path=str(CANADA))

    return Benchmark("draft integrity (2018, c. 31): Canada Elections Act", lambda: integrity_findings(law, amended),
                     parse, "parse alone", repeat=repeat, setup=graph_module._RECENT.clear)


def benchmarks(quick: bool) -> list[Benchmark]:
    repeat = 3 if quick else 5
    cases = _cases("kz-elections example", EXAMPLE, ["art_11"], repeat)
    if CANADA.is_file():
        cases += _cases("Canada Elections Act", CANADA, ["sec_3"], repeat)
    else:
        reason = f"{CANADA} missing (the statute corpus lives in ../shared/corpus)"
        cases += [skip("graph build: Canada Elections Act", reason),
                  skip("impact query (sec_3): Canada Elections Act", reason)]
    if CANADA.is_file() and EMA.is_file() and not quick:
        cases.append(_draft_case(3))
    else:
        cases.append(skip("draft integrity (2018, c. 31): Canada Elections Act",
                          "quick run, or the corpus is missing"))
    return cases
