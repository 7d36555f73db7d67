"""Progress reporting for long runs, without the engine knowing about terminals.

The engine wraps the loop it spends its time in (provisions of a law, rule
packs, operations of a bill) in the ``progress`` callable it was given::

    for provision in progress(law.units, label="Checking provisions"):
        ...

The default, :func:`silent`, returns the items unchanged. The command line
passes a click progress bar on stderr when stderr is a terminal and the
``CI`` environment variable is not set — never in pipes, files or CI logs
(see ``cli.progress_for``). A progress callable must yield every item, in
order, exactly once.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from typing import Protocol, TypeVar

__all__ = ["Progress", "silent"]

T = TypeVar("T")


class Progress(Protocol):
    """``progress(items, label=..., total=...)`` yields ``items`` and shows how far it got."""

    def __call__(self, items: Iterable[T], *, label: str = "", total: int | None = None) -> Iterator[T]: ...


def silent(items: Iterable[T], *, label: str = "", total: int | None = None) -> Iterator[T]:
    """The no-op progress: the items, unchanged."""
    return iter(items)
