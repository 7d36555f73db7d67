"""Profile a review and say where the time goes: ``python bench/profile.py [LAW] [--extractors] [--startup]``.

* default: a pyinstrument call tree of ``review`` on LAW (default: the Canada
  Elections Act from ``../shared/corpus``), after parsing it and loading the
  catalogue outside the profile;
* ``--extractors``: CPU seconds per fact extractor over every statement of
  LAW, with the facts each found — the table to read before optimising an
  extractor module;
* ``--startup``: the ``-X importtime`` self times (median of five runs) of
  ``suffrage review`` on a one-article law, largest first.

Needs ``pip install -e '.[bench]'`` (pyinstrument) for the call tree; the
other two modes need nothing beyond the package. Bench tooling only: nothing
in ``compliance`` imports it.
"""

from __future__ import annotations

import argparse
import collections
import os
import re
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
DEFAULT_LAW = ROOT.parent / "shared" / "corpus" / "ca-canada-elections-act-en.txt"


def call_tree(law_path: Path) -> None:
    from pyinstrument import Profiler

    from compliance.lawtext import read_law
    from compliance.review import review
    from compliance.rules import load_catalogue

    catalogue = load_catalogue()
    law = read_law(law_path)
    profiler = Profiler(interval=0.0005)
    profiler.start()
    report = review(law, catalogue=catalogue)
    profiler.stop()
    print(f"{law.provision_count} provisions, {len(report.findings)} findings")
    print(profiler.output_text(unicode=True, color=sys.stdout.isatty()))


def per_extractor(law_path: Path) -> None:
    from compliance.facts import build_statements, extractors
    from compliance.lawtext import read_law

    law = read_law(law_path)
    statements = [statement for _provision, statement in build_statements(law)]
    run = extractors()
    for extractor in run:  # compile lazy patterns outside the measurement
        for statement in statements[:100]:
            list(extractor(statement))
    spent: collections.Counter = collections.Counter()
    found: collections.Counter = collections.Counter()
    clock = time.process_time
    for statement in statements:
        for extractor in run:
            start = clock()
            facts = list(extractor(statement))
            spent[extractor] += clock() - start
            found[extractor] += len(facts)
    print(f"{len(statements)} statements, {len(run)} extractors, {sum(spent.values()):.2f} s CPU in all")
    for extractor, seconds in spent.most_common():
        print(f"{seconds:7.3f} s {found[extractor]:6d} facts  {extractor.__module__}.{extractor.__name__}")


def startup(runs: int = 5) -> None:
    law = Path(tempfile.mkdtemp(prefix="suffrage-profile-")) / "one-article.txt"
    law.write_text("Article 1. Right to vote\n1. Citizens who have reached twenty-one years of age shall have "
                   "the right to elect.\n", encoding="utf-8")
    env = {key: value for key, value in os.environ.items() if key != "PYTHONDONTWRITEBYTECODE"}
    script = Path(sys.executable).parent / "suffrage"
    own: dict[str, list[int]] = collections.defaultdict(list)
    for _ in range(runs + 1):  # the first run writes bytecode and the catalogue cache
        done = subprocess.run([sys.executable, "-X", "importtime", str(script), "review", str(law)],
                              capture_output=True, text=True, env=env, check=False)
        for line in done.stderr.splitlines():
            match = re.match(r"import time:\s+(\d+) \|\s+\d+ \|\s*(\S+)", line)
            if match:
                own[match.group(2)].append(int(match.group(1)))
    rows = sorted(((statistics.median(times[1:] or times), name) for name, times in own.items()), reverse=True)
    print(f"{sum(t for t, _ in rows) / 1000:.1f} ms of imports in all (median self times of {runs} runs)")
    for micros, name in rows[:40]:
        print(f"{micros / 1000:7.1f} ms  {name}")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n", 1)[0])
    parser.add_argument("law", nargs="?", type=Path, default=DEFAULT_LAW)
    mode = parser.add_mutually_exclusive_group()
    mode.add_argument("--extractors", action="store_true", help="CPU seconds per fact extractor")
    mode.add_argument("--startup", action="store_true", help="import self times of suffrage review")
    args = parser.parse_args()
    if args.startup:
        startup()
    elif args.extractors:
        per_extractor(args.law)
    else:
        call_tree(args.law)


if __name__ == "__main__":
    main()
