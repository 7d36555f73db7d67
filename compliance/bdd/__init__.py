"""Gherkin compliance specs: the shipped step library and the pytest plugin that runs users' features.

``compliance.bdd.steps`` holds the step definitions (a contract: see
``STEP_PHRASES``), ``compliance.bdd.ledger_steps`` those for the drafting
ledger; ``compliance.bdd.plugin`` is registered as a pytest plugin
(entry point ``pytest11``), so the steps are available to any pytest run,
and collects ``*.feature`` files directly when asked (``--suffrage-specs``,
which ``suffrage spec`` passes) — no test module or conftest needed.
"""

from __future__ import annotations

__all__: list[str] = []
