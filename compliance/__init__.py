"""Suffrage: check amendments to election laws against international electoral standards.

The package is the engine (parse a law, parse and apply a draft, extract
facts, run rule packs, build the reference graph, render reports) and the
application layer around it (the event-sourced drafting ledger). The engine
is pure: it needs no store and no network.

Import cost matters for a command-line tool, so this module stays light:
import the submodule you need (``compliance.lawtext``, ``compliance.review``).
"""

from __future__ import annotations

__all__ = ["__version__"]

__version__ = "0.1.0"
