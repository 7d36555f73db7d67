"""Shared fixtures: paths to the bundled examples and, when present, the real statute corpus."""

from __future__ import annotations

from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
EXAMPLES = ROOT / "examples"
SHARED = ROOT.parent / "shared"
CORPUS = SHARED / "corpus"
CASES = SHARED / "cases"


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
