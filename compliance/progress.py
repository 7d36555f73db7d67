"""Progress reporting for long runs, without the engine knowing about terminals.

A progress hook is a callable ``progress(done, total)``: the engine calls it
as it works through the provisions of a law (or the rule packs, or the
operations of a bill), ``done`` running from 1 to ``total``. The engine's
default is ``None`` — no reporting. :func:`tracked` is the one-line way for a
loop to report::

    for provision in tracked(law.units, progress):
        ...

:func:`phased` splits one hook over several passes (a check reviews the law
before and after the draft), so the bar runs once from 0 to 100%.

The command line passes a click progress bar drawn on stderr when stderr is
a terminal and the ``CI`` environment variable is not set — never in pipes,
files or CI logs (``cli.progress_hook``).
"""

from __future__ import annotations

from collections.abc import Callable, Iterator, Sequence
from typing import TypeVar

__all__ = ["Progress", "tracked", "phased"]

T = TypeVar("T")

#: ``progress(done, total)``.
Progress = Callable[[int, int], None]


def tracked(items: Sequence[T], progress: Progress | None) -> Iterator[T]:
    """Yield ``items``; after each one has been dealt with, report it to ``progress`` (if any)."""
    if progress is None:
        yield from items
        return
    total = len(items)
    for done, item in enumerate(items, start=1):
        yield item
        progress(done, total)


def phased(progress: Progress | None, weights: Sequence[int]) -> list[Progress | None]:
    """One hook per pass, each reporting its share of one overall bar (``weights``: the passes' sizes)."""
    if progress is None:
        return [None for _ in weights]
    grand = max(1, sum(weights))
    hooks: list[Progress | None] = []
    offset = 0
    for weight in weights:
        def hook(done: int, total: int, offset: int = offset, weight: int = weight) -> None:
            share = round(weight * done / total) if total else weight
            progress(min(grand, offset + share), grand)
        hooks.append(hook)
        offset += weight
    return hooks
