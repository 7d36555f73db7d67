"""The candidacy, nomination, party and mandate extractors on the real acts, against building the statements.

The baseline is what every extractor needs before it reads a word: one
statement per provision (its own words with headings and lead-in). The run
builds the statements and runs this group's extractors (``candidacy``,
``nomination``, ``parties``, ``mandate``) over each; the ratio is their cost.
"""

from __future__ import annotations

from pathlib import Path

from harness import Benchmark, skip

from compliance.facts import candidacy, mandate, nomination, parties
from compliance.facts.base import build_statements
from compliance.lawtext import read_law

CORPUS = Path(__file__).resolve().parent.parent.parent / "shared" / "corpus"
ACTS = [
    ("Canada Elections Act", "ca-canada-elections-act-en.txt"),
    ("NZ Electoral Act 1993", "nz-electoral-act-1993-en.txt"),
    ("AU Commonwealth Electoral Act 1918", "au-commonwealth-electoral-act-1918-en.txt"),
]
EXTRACTORS = tuple(fn for module in (candidacy, nomination, parties, mandate) for fn in module.EXTRACTORS)


def statements(law) -> int:
    return sum(1 for _ in build_statements(law))


def extract(law) -> int:
    count = 0
    for _provision, statement in build_statements(law):
        for extractor in EXTRACTORS:
            count += sum(1 for _ in extractor(statement))
    return count


def benchmarks(quick: bool) -> list[Benchmark]:
    result: list[Benchmark] = []
    for title, name in ACTS[:1] if quick else ACTS:
        path = CORPUS / name
        label = f"candidacy/party/mandate facts of the {title}"
        if not path.is_file():
            result.append(skip(label, f"input missing: {path}"))
            continue
        law = read_law(path)
        result.append(Benchmark(label, lambda law=law: extract(law), lambda law=law: statements(law),
                                "build the statements", repeat=3 if quick else 5))
    return result
