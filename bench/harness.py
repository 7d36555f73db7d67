"""The benchmark harness: time a job against a baseline measured in the same run, report the ratio.

Absolute times depend on the machine; a ratio to a simple baseline timed in
the same process, interleaved with the job, says how much work Suffrage adds
on top of what cannot be avoided (reading the file, starting Python). Each
``bench/bench_<area>.py`` module defines::

    def benchmarks(quick: bool) -> list[Benchmark]: ...

and ``python bench/run.py`` runs them all. ``quick`` asks for small inputs
and few repetitions (a smoke run, e.g. in CI).
"""

from __future__ import annotations

import statistics
import time
from collections.abc import Callable
from dataclasses import dataclass, field

__all__ = ["Benchmark", "Result", "skip", "measure", "format_row", "format_table"]


@dataclass(frozen=True)
class Benchmark:
    """One job and its baseline.

    ``run`` and ``baseline`` are zero-argument callables; each is timed
    ``repeat`` times, alternately, after one untimed warm-up call of each.
    ``setup``, when given, is called (untimed) before every timed call of
    either, to restore a starting state (an empty store, a fresh copy).
    ``skipped`` holds the reason when the benchmark cannot run here (a
    missing corpus file); use :func:`skip` to make one.
    """

    name: str
    run: Callable[[], object]
    baseline: Callable[[], object]
    baseline_name: str
    repeat: int = 5
    setup: Callable[[], object] | None = None
    skipped: str = ""


@dataclass(frozen=True)
class Result:
    """Median seconds of the job and of its baseline, and their ratio; or why it was skipped."""

    name: str
    baseline_name: str
    seconds: float = 0.0
    baseline_seconds: float = 0.0
    runs: tuple[float, ...] = field(default=())
    baseline_runs: tuple[float, ...] = field(default=())
    skipped: str = ""
    error: str = ""

    @property
    def ratio(self) -> float:
        return self.seconds / self.baseline_seconds if self.baseline_seconds > 0 else float("inf")


def _nothing() -> None:
    return None


def skip(name: str, reason: str) -> Benchmark:
    """A benchmark that cannot run here, reported with ``reason`` instead of figures."""
    return Benchmark(name, _nothing, _nothing, "-", repeat=0, skipped=reason)


def _timed(function: Callable[[], object], setup: Callable[[], object] | None) -> float:
    if setup is not None:
        setup()
    start = time.perf_counter()
    function()
    return time.perf_counter() - start


def measure(benchmark: Benchmark, *, quick: bool = False) -> Result:
    """Time ``benchmark``: a warm-up call of each side, then alternate timed calls; medians and ratio."""
    if benchmark.skipped:
        return Result(benchmark.name, benchmark.baseline_name, skipped=benchmark.skipped)
    repeat = max(1, min(benchmark.repeat, 3) if quick else benchmark.repeat)
    runs: list[float] = []
    bases: list[float] = []
    try:
        _timed(benchmark.run, benchmark.setup)
        _timed(benchmark.baseline, benchmark.setup)
        for _ in range(repeat):
            runs.append(_timed(benchmark.run, benchmark.setup))
            bases.append(_timed(benchmark.baseline, benchmark.setup))
    except Exception as error:  # noqa: BLE001 - a failing benchmark is reported, the others still run
        return Result(benchmark.name, benchmark.baseline_name, error=f"{type(error).__name__}: {error}")
    return Result(
        benchmark.name,
        benchmark.baseline_name,
        seconds=statistics.median(runs),
        baseline_seconds=statistics.median(bases),
        runs=tuple(runs),
        baseline_runs=tuple(bases),
    )


def _seconds(value: float) -> str:
    if value >= 1:
        return f"{value:.2f} s"
    if value >= 0.001:
        return f"{value * 1000:.1f} ms"
    return f"{value * 1_000_000:.0f} µs"


def format_row(result: Result) -> str:
    """One line: name, median of the job, baseline and its median, ratio (or the skip reason / error)."""
    if result.skipped:
        return f"{result.name:<48} skipped: {result.skipped}"
    if result.error:
        return f"{result.name:<48} FAILED: {result.error}"
    return (f"{result.name:<48} {_seconds(result.seconds):>10}   vs {result.baseline_name:<36} "
            f"{_seconds(result.baseline_seconds):>10}   ratio {result.ratio:7.1f}x")


def format_table(results: list[Result]) -> str:
    header = f"{'benchmark':<48} {'median':>10}   vs {'baseline (same run)':<36} {'median':>10}   ratio"
    return "\n".join([header, "-" * len(header), *(format_row(r) for r in results)])
