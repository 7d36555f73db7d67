"""The CI gate: which findings fail a run, and the exit code that says so.

A run fails when a finding that counts against the gate (not waived, not
resolved by the draft, not recorded in the baseline — see
:meth:`~compliance.model.Report.gating`) is at or above the ``--fail-on``
severity. ``never`` turns the gate off. The exit codes are a contract
(ARCHITECTURE §6): ``0`` passes, ``1`` fails; ``2`` (an input error) is the
command line's business, not this module's.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from datetime import date

from .baseline import Baseline, apply_baseline
from .model import Finding, Report, Severity, Waiver
from .waivers import apply_waivers

__all__ = ["FAIL_ON", "DEFAULT_FAIL_ON", "EXIT_OK", "EXIT_FINDINGS", "EXIT_INPUT",
           "check_fail_on", "fails", "failing", "exit_code", "prepare"]

#: The values of ``--fail-on``, strictest first.
FAIL_ON = ("info", "warning", "error", "never")
DEFAULT_FAIL_ON = "error"

EXIT_OK = 0
EXIT_FINDINGS = 1
EXIT_INPUT = 2


def check_fail_on(value: str) -> str:
    """``value`` if it is a ``--fail-on`` level, else :class:`ValueError` naming the choices."""
    if value not in FAIL_ON:
        raise ValueError(f"fail-on must be one of {', '.join(FAIL_ON)}, not {value!r}")
    return value


def fails(finding: Finding, fail_on: str = DEFAULT_FAIL_ON) -> bool:
    """Whether this finding, on its own, fails the gate at ``fail_on``."""
    if check_fail_on(fail_on) == "never":
        return False
    if finding.waived or finding.baselined or finding.status == "resolved":
        return False
    return finding.severity.rank >= Severity(fail_on).rank


def failing(report: Report, fail_on: str = DEFAULT_FAIL_ON) -> list[Finding]:
    """The findings of ``report`` that fail the gate, in report order."""
    return [f for f in report.findings if fails(f, fail_on)]


def exit_code(report: Report, fail_on: str = DEFAULT_FAIL_ON) -> int:
    """``1`` when any finding fails the gate at ``fail_on``, else ``0``."""
    return EXIT_FINDINGS if failing(report, fail_on) else EXIT_OK


def prepare(
    report: Report,
    *,
    waivers: Iterable[Waiver] = (),
    baseline: Baseline | None = None,
    today: date | None = None,
    resolve: Callable[[str], str | None] | None = None,
) -> Report:
    """Apply waivers, then a baseline, to a fresh report: the pure half of finishing a run.

    ``resolve`` maps a citation written in a waiver ("Article 4(3)") to an
    eId (see :func:`compliance.waivers.apply_waivers`). Returns a new report;
    the one given is not changed.
    """
    out = apply_waivers(report, tuple(waivers), today=today, resolve=resolve)
    if baseline is not None:
        out = apply_baseline(out, baseline)
    return out
