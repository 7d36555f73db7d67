"""Run Suffrage's benchmarks: ``python bench/run.py [--quick] [--only SUBSTR] [--json FILE]``.

Every ``bench/bench_*.py`` module defines ``benchmarks(quick) -> list[Benchmark]``
(see ``bench/harness.py``). Each benchmark's job is timed against a baseline
measured in the same run, and one line per benchmark gives both medians and
their ratio. A benchmark whose input is missing (the statute corpus lives
outside the repository, in ``../shared/corpus``) is listed as skipped.
Exit status: 0 when every benchmark ran or was skipped, 1 when one failed.
"""

from __future__ import annotations

import argparse
import importlib.util
import json
import platform
import sys
import time
from pathlib import Path

BENCH = Path(__file__).resolve().parent
ROOT = BENCH.parent
for entry in (str(ROOT), str(BENCH)):
    if entry not in sys.path:
        sys.path.insert(0, entry)

import harness  # noqa: E402 - after the path set-up, so that bench modules can `import harness`

sys.modules.setdefault("bench.harness", harness)


def load_modules() -> list[tuple[str, object]]:
    modules = []
    for path in sorted(BENCH.glob("bench_*.py")):
        spec = importlib.util.spec_from_file_location(path.stem, path)
        assert spec is not None and spec.loader is not None
        module = importlib.util.module_from_spec(spec)
        sys.modules[path.stem] = module
        spec.loader.exec_module(module)
        modules.append((path.stem, module))
    return modules


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description="Run Suffrage's benchmarks and print ratios to same-run baselines.")
    parser.add_argument("--quick", action="store_true", help="small inputs and at most 3 repetitions")
    parser.add_argument("--only", metavar="SUBSTR", help="run only benchmarks whose name or module contains SUBSTR")
    parser.add_argument("--json", metavar="FILE", help="also write the results as JSON to FILE")
    args = parser.parse_args(argv)

    only = args.only.lower() if args.only else None
    print(f"Suffrage benchmarks — Python {platform.python_version()} on {platform.machine()}, "
          f"{'quick' if args.quick else 'full'} run", flush=True)
    results: list[harness.Result] = []
    failed = False
    started = time.perf_counter()
    header_printed = False
    for name, module in load_modules():
        try:
            benchmarks = module.benchmarks(args.quick)
        except Exception as error:  # noqa: BLE001 - report the broken module, run the others
            print(f"{name}: cannot build its benchmarks: {type(error).__name__}: {error}", flush=True)
            failed = True
            continue
        for benchmark in benchmarks:
            if only and only not in benchmark.name.lower() and only not in name.lower():
                continue
            if not header_printed:
                print(harness.format_table([]), flush=True)
                header_printed = True
            result = harness.measure(benchmark, quick=args.quick)
            failed = failed or bool(result.error)
            results.append(result)
            print(harness.format_row(result), flush=True)
    if not results:
        print("no benchmark matched" + (f" {args.only!r}" if args.only else ""))
    print(f"({time.perf_counter() - started:.1f} s in all)")
    if args.json:
        Path(args.json).write_text(json.dumps([
            {"name": r.name, "seconds": r.seconds, "baseline": r.baseline_name, "baseline_seconds": r.baseline_seconds,
             "ratio": None if r.skipped or r.error else r.ratio, "runs": r.runs, "baseline_runs": r.baseline_runs,
             "skipped": r.skipped or None, "error": r.error or None}
            for r in results], indent=2) + "\n", encoding="utf-8")
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
