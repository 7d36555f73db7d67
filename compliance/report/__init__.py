"""Renderers: pure functions from one :class:`~compliance.model.Report` to text.

Every output format (``text``, ``json``, ``sarif``, ``junit``, ``github``,
``markdown``, ``html``) is a module of this package exposing
``render(report, **options) -> str``. Renderers never print, never read the
environment and never decide exit codes: the command line does that.
Modules are imported on demand so that a run pays only for its format.
"""

from __future__ import annotations

import importlib
from typing import Any

from ..model import Report

__all__ = ["FORMATS", "render"]

#: Format name -> module of this package that renders it.
FORMATS: dict[str, str] = {
    "text": "text",
    "json": "json",
    "sarif": "sarif",
    "junit": "junit",
    "github": "github",
    "markdown": "markdown",
    "html": "html",
}


def render(report: Report, fmt: str, **options: Any) -> str:
    """Render ``report`` in format ``fmt``; ``options`` are format-specific (e.g. ``color=True``)."""
    try:
        module_name = FORMATS[fmt]
    except KeyError:
        raise ValueError(f"unknown format {fmt!r}; expected one of {', '.join(FORMATS)}") from None
    module = importlib.import_module(f"{__name__}.{module_name}")
    return module.render(report, **options)
