"""Bind every Gherkin spec in features/ (standards and capabilities) to the shipped step library."""

from __future__ import annotations

from pytest_bdd import scenarios

scenarios("../features")
