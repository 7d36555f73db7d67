"""Shared fixtures: paths to the bundled examples and, when present, the real statute corpus; a timeout for regex tests."""

from __future__ import annotations

import os
import signal
import sys
import tempfile
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
EXAMPLES = ROOT / "examples"
SHARED = ROOT.parent / "shared"
CORPUS = SHARED / "corpus"
CASES = SHARED / "cases"


def pytest_configure(config: pytest.Config) -> None:
    """Keep the rule catalogue cache of this test session in a scratch directory, not in ~/.cache.

    Set in the environment, so that the installed ``suffrage`` run by subprocess tests uses it too.
    """
    if "SUFFRAGE_CACHE_DIR" not in os.environ:
        os.environ["SUFFRAGE_CACHE_DIR"] = tempfile.mkdtemp(prefix="suffrage-test-cache-")


@pytest.fixture(scope="session")
def example_law_path() -> Path:
    return EXAMPLES / "kz-elections.md"


def corpus_file(name: str) -> Path:
    """A file of ../shared/corpus, or skip the test with a reason when the corpus is absent."""
    path = CORPUS / name
    if not path.is_file():
        pytest.skip(f"real statute corpus not available ({path} missing); it lives in ../shared/corpus")
    return path


def cases_file(name: str = "dev.toml") -> Path:
    """A file of ../shared/cases (labelled fragments), or skip the test with a reason when it is absent."""
    path = CASES / name
    if not path.is_file():
        pytest.skip(f"labelled fragments not available ({path} missing); they live in ../shared/cases")
    return path


@contextmanager
def timeout(seconds: int) -> Iterator[None]:
    """Raise TimeoutError, rather than hang, if the block runs longer than ``seconds`` (no-op without SIGALRM)."""
    if sys.platform == "win32":  # pragma: no cover - no SIGALRM
        yield
        return

    def hung(signum: int, frame: object) -> None:
        raise TimeoutError("a pattern backtracks catastrophically")

    previous = signal.signal(signal.SIGALRM, hung)
    signal.alarm(seconds)
    try:
        yield
    finally:
        signal.alarm(0)
        signal.signal(signal.SIGALRM, previous)


@pytest.fixture
def alarm() -> Iterator[None]:
    """Fail, rather than hang, a test whose regular expression backtracks catastrophically (60 s)."""
    with timeout(60):
        yield
