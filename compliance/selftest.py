"""Run a rule's own examples: the executable half of every encoded standard.

Each rule carries pass and fail examples. A *fail* example must make the rule
report at least one finding; a *pass* example must not. Examples are reviewed
exactly as a user's law would be (parsed, facts extracted, every rule run),
so they test the extractors and the condition together. An example given as a
law plus a draft is checked, and only findings the draft introduces count.
"""

from __future__ import annotations

from attrs import frozen

from .errors import LawTextError
from .lawtext import parse_law
from .model import Finding, Law
from .rules import Catalogue, Example, Rule

__all__ = ["ExampleOutcome", "run_example", "example_law"]


@frozen
class ExampleOutcome:
    rule: Rule
    example: Example
    findings: tuple[Finding, ...]

    @property
    def passed(self) -> bool:
        if self.example.expect == "fail":
            return bool(self.findings)
        return not self.findings


def example_law(text: str, *, name: str = "<example>") -> Law:
    """Parse an example fragment; a bare sentence is wrapped in an article so it can be parsed."""
    text = text.strip("\n")
    try:
        return parse_law(text, path=name)
    except LawTextError:
        return parse_law(f"Article 1. Example\n1. {text}", path=name)


def run_example(rule: Rule, example: Example, catalogue: Catalogue) -> ExampleOutcome:
    """Review (or check) one example and keep the findings of ``rule``."""
    from .review import check, review

    name = f"<{rule.id} example>"
    only = catalogue.select([rule.id])
    if example.text is not None:
        report = review(example_law(example.text, name=name), catalogue=only)
        found = tuple(f for f in report.findings if f.rule == rule.id)
    else:
        from .bill import parse_bill, parse_toml_draft

        law = example_law(example.law or "", name=name)
        draft_text = example.draft or ""
        is_toml = draft_text.lstrip().startswith("[")
        draft = (parse_toml_draft if is_toml else parse_bill)(draft_text, path=f"{name} draft")
        report = check(law, draft, catalogue=only, effective=example.effective, election=example.election)
        found = tuple(f for f in report.findings if f.rule == rule.id and f.status == "introduced")
    return ExampleOutcome(rule, example, found)
