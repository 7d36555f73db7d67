"""The facts-c extractors (campaign, administration, observers, appeals, lawmaking, legal certainty) on the
real acts, against walking the same statements without extracting anything.

The baseline is the least any extractor must do: build every provision's statement and look at its own
words once (lower-case them). The ratio is what the facts-c extractors add on top; their share of a full
``suffrage review`` is this job's time minus the baseline.
"""

from __future__ import annotations

from pathlib import Path

from harness import Benchmark, skip

from compliance.facts import build_statements
from compliance.facts import administration, appeals, campaign, certainty, lawmaking, observers
from compliance.lawtext import read_law

CORPUS = Path(__file__).resolve().parent.parent.parent / "shared" / "corpus"
MODULES = (administration, appeals, campaign, certainty, lawmaking, observers)
ACTS = [
    ("Canada Elections Act", "ca-canada-elections-act-en.txt"),
    ("NZ Electoral Act 1993", "nz-electoral-act-1993-en.txt"),
    ("AU Commonwealth Electoral Act 1918", "au-commonwealth-electoral-act-1918-en.txt"),
]


def _extract(statements) -> int:
    found = 0
    extractors = [fn for module in MODULES for fn in module.EXTRACTORS]
    for statement in statements:
        for extractor in extractors:
            for _fact in extractor(statement):
                found += 1
    return found


def _walk(statements) -> int:
    return sum(len(statement.own_text.lower()) for statement in statements)


def benchmarks(quick: bool) -> list[Benchmark]:
    result: list[Benchmark] = []
    for title, name in ACTS[:1] if quick else ACTS:
        path = CORPUS / name
        label = f"facts-c extractors on {title}"
        if not path.is_file():
            result.append(skip(label, f"input missing: {path}"))
            continue
        statements = [statement for _provision, statement in build_statements(read_law(path))]
        result.append(Benchmark(label, lambda s=statements: _extract(s), lambda s=statements: _walk(s),
                                "walk the statements", repeat=3 if quick else 7))
    return result
