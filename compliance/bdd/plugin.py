"""pytest plugin: the step library everywhere, and ``.feature`` files as tests on request.

Loaded through the ``pytest11`` entry point, it makes the shipped steps
available to every pytest run in an environment where Suffrage is installed
(so a project's own ``scenarios("features")`` can use them). It collects
``*.feature`` files by itself only when ``--suffrage-specs`` is given — which
``suffrage spec`` does — so it never doubles a project's own collection.
"""

from __future__ import annotations

import types
from pathlib import Path

import pytest

__all__ = ["FeatureModule", "SpecSession"]

pytest_plugins = ["compliance.bdd.steps", "compliance.bdd.ledger_steps"]


def pytest_addoption(parser: pytest.Parser) -> None:
    group = parser.getgroup("suffrage", "Suffrage compliance specs")
    group.addoption("--suffrage-specs", action="store_true", default=False,
                    help="collect *.feature files as compliance specs run with the Suffrage step library")


class FeatureModule(pytest.Module):
    """A ``.feature`` file collected as if a test module had called ``scenarios()`` on it."""

    def _getobj(self):
        module = types.ModuleType(f"suffrage_spec_{self.path.stem}")
        module.__file__ = str(self.path)
        namespace = module.__dict__
        namespace["_feature_path"] = str(self.path)
        # scenarios() injects the test functions into its caller's namespace.
        exec("from pytest_bdd import scenarios as _scenarios\n_scenarios(_feature_path)", namespace)
        return module


def pytest_collect_file(file_path: Path, parent: pytest.Collector):
    if file_path.suffix == ".feature" and parent.config.getoption("suffrage_specs", default=False):
        return FeatureModule.from_parent(parent, path=file_path)
    return None


def pytest_bdd_before_scenario(request, feature, scenario) -> None:
    """Relative law paths in a spec are relative to the feature file."""
    request.getfixturevalue("suffrage_spec").base_dir = Path(feature.filename).parent


class SpecSession:
    """What ``suffrage spec`` reports after the run: failed steps with their message, unknown steps, counts."""

    def __init__(self) -> None:
        self.unknown_steps: list[tuple[str, int, str]] = []
        self.failures: list[tuple[str, int, str, str, int, str]] = []
        self.passed = 0
        self.failed = 0

    def pytest_bdd_step_func_lookup_error(self, request, feature, scenario, step, exception) -> None:
        self.unknown_steps.append((feature.filename, step.line_number, f"{step.keyword} {step.name}".strip()))

    def pytest_bdd_step_error(self, request, feature, scenario, step, step_func, step_func_args, exception) -> None:
        message = str(exception) or type(exception).__name__
        self.failures.append((feature.filename, scenario.line_number, scenario.name,
                              f"{step.keyword} {step.name}".strip(), step.line_number, message))

    def pytest_runtest_logreport(self, report) -> None:
        if report.when == "call":
            if report.passed:
                self.passed += 1
            elif report.failed:
                self.failed += 1
        elif report.when == "setup" and report.failed:
            self.failed += 1
