"""Parsing the real acts: ``read_law`` against reading the file and one regex pass over it.

The baseline is the least any parser must do: read and decode the file and
scan every line once (here: find the numbered section lines). The ratio is
how much the statute model costs on top. Also: resolving every provision's
citation of the Canada Elections Act, and a synthetic act ten times its size
(sections renumbered so that they follow each other) to show that parsing
time grows linearly.
"""

from __future__ import annotations

import re
import tempfile
from pathlib import Path

from harness import Benchmark, skip

from compliance.citations import resolve
from compliance.lawtext import parse_law, read_law

CORPUS = Path(__file__).resolve().parent.parent.parent / "shared" / "corpus"
SECTION_LINE = re.compile(r"^\d+(?:\.\d+)*[A-Z]* ", re.MULTILINE)

ACTS = [
    ("Canada Elections Act", "ca-canada-elections-act-en.txt"),
    ("NZ Electoral Act 1993", "nz-electoral-act-1993-en.txt"),
    ("AU Commonwealth Electoral Act 1918", "au-commonwealth-electoral-act-1918-en.txt"),
]


def read_and_scan(path: Path) -> int:
    """The baseline: read, decode, one regex pass."""
    return len(SECTION_LINE.findall(path.read_bytes().decode("utf-8")))


def renumbered(text: str, copies: int) -> str:
    """``copies`` copies of an act, each copy's section numbers moved up by 1,000 so the sequence continues."""
    parts = [text]
    for copy in range(1, copies):
        shift = 1000 * copy
        parts.append(re.sub(r"^(\d+)(?=[ .])", lambda m, shift=shift: str(int(m.group(1)) + shift), text,
                            flags=re.MULTILINE))
    return "\n".join(parts)


def benchmarks(quick: bool) -> list[Benchmark]:
    result: list[Benchmark] = []
    acts = ACTS[:1] if quick else ACTS
    for title, name in acts:
        path = CORPUS / name
        size = f"{path.stat().st_size // 1000} KB" if path.is_file() else "missing"
        label = f"parse {title} ({size})"
        if not path.is_file():
            result.append(skip(label, f"input missing: {path}"))
            continue
        result.append(Benchmark(label, lambda path=path: read_law(path), lambda path=path: read_and_scan(path),
                                "read + one regex pass", repeat=7))

    path = CORPUS / ACTS[0][1]
    if not path.is_file():
        return [*result, skip("resolve every citation of the Canada Elections Act", f"input missing: {path}")]
    law = read_law(path)
    citations = [p.citation for p in law.walk()]
    eids = [p.eid for p in law.walk()]
    result.append(Benchmark(
        f"resolve {len(citations):,} citations (Canada Elections Act)",
        lambda: [resolve(law, c) for c in citations],
        lambda: [law.get(e) for e in eids],
        "law.get(eId) for each provision",
        repeat=3,
    ))

    copies = 3 if quick else 10
    big = renumbered(path.read_text(encoding="utf-8"), copies)
    scratch = Path(tempfile.mkdtemp(prefix="suffrage-bench-")) / f"ca-x{copies}.txt"
    scratch.write_text(big, encoding="utf-8")
    result.append(Benchmark(
        f"parse synthetic act {copies}x Canada ({len(big.encode()) // 1_000_000} MB)",
        lambda: parse_law(scratch.read_text(encoding="utf-8"), path=str(scratch)),
        lambda: read_and_scan(scratch),
        "read + one regex pass",
        repeat=3,
    ))
    return result
