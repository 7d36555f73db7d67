"""The facts-a extractors (who votes, equal votes, how votes are cast) on the real acts.

``run`` extracts the facts of every provision with the facts-a extractors
(``compliance.facts`` modules ``suffrage``, ``exclusions``, ``registration``,
``equality``, ``ballot``); the baseline builds the same statements and runs no
extractor, so the ratio is what these extractors add to a review. The act is
parsed once, outside the timing.
"""

from __future__ import annotations

from pathlib import Path

from harness import Benchmark, skip

from compliance.facts import _extract_statement, extractors
from compliance.facts.base import build_statements
from compliance.lawtext import read_law

CORPUS = Path(__file__).resolve().parent.parent.parent / "shared" / "corpus"
ACTS = [
    ("Canada Elections Act", "ca-canada-elections-act-en.txt"),
    ("NZ Electoral Act 1993", "nz-electoral-act-1993-en.txt"),
    ("AU Commonwealth Electoral Act 1918", "au-commonwealth-electoral-act-1918-en.txt"),
]
OURS = ("_suffrage", "_exclusions", "_registration", "_equality", "_ballot")


def _ours() -> tuple:
    return tuple(fn for fn in extractors() if fn.__name__ in OURS)


def benchmarks(quick: bool) -> list[Benchmark]:
    result: list[Benchmark] = []
    for title, name in ACTS[:1] if quick else ACTS:
        path = CORPUS / name
        label = f"facts-a extractors on {title}"
        if not path.is_file():
            result.append(skip(label, f"input missing: {path}"))
            continue
        pairs = list(build_statements(read_law(path)))
        ours = _ours()

        def run(pairs=pairs, ours=ours) -> int:
            return sum(len(_extract_statement(provision, statement, ours)) for provision, statement in pairs)

        def baseline(pairs=pairs) -> int:
            return sum(len(_extract_statement(provision, statement, ())) for provision, statement in pairs)

        result.append(Benchmark(label, run, baseline, "statements, no extractor", repeat=5))
    return result
