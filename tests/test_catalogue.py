"""The rule catalogue is well formed: stable ids, known topics, resolvable citations, renderable messages."""

from __future__ import annotations

import tomllib
from pathlib import Path

import pytest

from compliance.facts import fact_specs
from compliance.rules import RULE_ID_RE, load_catalogue, topics

from conftest import SHARED

CATALOGUE = load_catalogue()


def test_rule_ids_are_unique_and_well_formed() -> None:
    ids = [rule.id for rule in CATALOGUE.rules]
    assert len(ids) == len(set(ids))
    assert all(RULE_ID_RE.match(rule_id) for rule_id in ids)


def test_rule_names_are_unique() -> None:
    names = [rule.name for rule in CATALOGUE.rules]
    assert len(names) == len(set(names))


def test_every_rule_has_a_known_topic_and_fact() -> None:
    known = topics()
    specs = fact_specs()
    for rule in CATALOGUE.rules:
        assert rule.topic in known, rule.id
        assert rule.fact in specs, rule.id


def test_every_citation_resolves_to_a_provision_text() -> None:
    citations = CATALOGUE.citations()
    for rule in CATALOGUE.rules:
        for cited in rule.cites:
            assert citations[cited].text, f"{rule.id} cites {cited} without text"


def test_every_rule_has_pass_and_fail_examples() -> None:
    for rule in CATALOGUE.rules:
        kinds = {example.expect for example in rule.examples}
        assert kinds == {"pass", "fail"}, rule.id


def test_messages_render_with_the_declared_attributes() -> None:
    specs = fact_specs()
    for rule in CATALOGUE.rules:
        env = {"value": 1, **{name: "x" for name in specs[rule.fact].attrs}}
        message = rule.render_message(env)
        assert "{" not in message and "?" not in message.replace("?)", ""), (rule.id, message)


def test_packed_topics_are_the_shared_contract() -> None:
    """compliance/topics.toml is a copy of ../shared/spec/topics.toml: a topic is never renamed."""
    shared = SHARED / "spec" / "topics.toml"
    if not shared.is_file():
        pytest.skip("../shared/spec/topics.toml not available")
    ours = Path(__file__).resolve().parent.parent / "compliance" / "topics.toml"
    assert tomllib.loads(ours.read_text()) == tomllib.loads(shared.read_text())
