"""Review a law, or check a draft against it: the engine's entry points.

:func:`review` extracts the facts of every provision and runs the rule packs
over them. :func:`check` applies a draft to the law, reviews the law before and
after, and says of each finding whether the draft ``introduced`` it, kept it
(``persisting``, reported only for provisions the draft touches) or
``resolved`` it; it adds the problems met while applying the draft
(``integrity.*``) and the Venice Code's one-year rule for fundamental elements.
Both return a :class:`~compliance.model.Report`; nothing here prints or stores.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable, Sequence
from datetime import date

from . import __version__
from .facts import Located, extract, fact_specs
from .model import CitedText, Draft, Finding, Law, Location, Report
from .progress import Progress, phased
from .rules import Catalogue, fingerprint, load_catalogue

__all__ = ["review", "check", "evaluate", "findings_for"]


def _catalogue(catalogue: Catalogue | None, select: Sequence[str], ignore: Sequence[str]) -> Catalogue:
    return (catalogue or load_catalogue()).select(select, ignore)


def findings_for(located: Iterable[Located], catalogue: Catalogue, *, law_path: str = "") -> list[Finding]:
    """Run every rule on the facts it reads; one finding per (rule, provision, evidence)."""
    located = list(located)
    by_fact = catalogue.by_fact()
    specs = fact_specs()
    citations = catalogue.citations()
    law_names = {item.fact.name for item in located}
    names_at: dict[str, set[str]] = defaultdict(set)
    for item in located:
        names_at[item.eid].add(item.fact.name)
    findings: dict[str, Finding] = {}
    for item in located:
        rules = by_fact.get(item.fact.name)
        if not rules:
            continue
        spec = specs.get(item.fact.name)
        attr_names = spec.attrs if spec is not None else tuple(item.fact.attrs)
        env = {"value": item.fact.value, **{name: item.fact.attrs.get(name) for name in attr_names}}
        here = names_at[item.eid]
        functions = {"has": lambda name, here=here: name in here, "law_has": lambda name: name in law_names}
        for rule in rules:
            if not rule.matches(env, functions):
                continue
            key = fingerprint(rule.id, item.eid, item.fact.evidence)
            if key in findings:
                continue
            findings[key] = Finding(
                rule=rule.id,
                name=rule.name,
                topic=rule.topic,
                severity=rule.severity,
                message=rule.render_message(env),
                location=Location(item.eid, item.citation, item.line, law_path),
                evidence=item.fact.evidence,
                citations=tuple(citations.get(c, CitedText(c, "")) for c in rule.cites),
                fingerprint=key,
                via=tuple(item.fact.attrs.get("via", ()) or ()),
            )
    return sorted(findings.values(), key=_order)


def _order(finding: Finding) -> tuple:
    line = finding.location.line if finding.location.line is not None else 10**9
    return (line, finding.location.eid, -finding.severity.rank, finding.rule)


def evaluate(law: Law, catalogue: Catalogue, *, progress: Progress | None = None) -> list[Finding]:
    """The findings of ``catalogue`` on ``law`` as it stands."""
    return findings_for(extract(law, progress=progress), catalogue, law_path=law.path)


def review(law: Law, *, catalogue: Catalogue | None = None, select: Sequence[str] = (),
           ignore: Sequence[str] = (), progress: Progress | None = None) -> Report:
    """Check a law as it stands against the rule packs; ``progress(done, total)`` per provision."""
    rules = _catalogue(catalogue, select, ignore)
    return Report(
        command="review",
        law_title=law.title,
        law_path=law.path,
        provisions=law.provision_count,
        rulesets=rules.rulesets,
        findings=tuple(evaluate(law, rules, progress=progress)),
        tool_version=__version__,
    )


def check(law: Law, draft: Draft, *, catalogue: Catalogue | None = None, select: Sequence[str] = (),
          ignore: Sequence[str] = (), effective: date | None = None, election: date | None = None,
          today: date | None = None, progress: Progress | None = None) -> Report:
    """Apply ``draft`` to ``law`` and report what it introduces, keeps and resolves.

    ``effective``/``election`` override the draft's own dates. When no
    effective date is known the amendments are taken to apply ``today``.
    """
    from .amend import apply
    from .facts.integrity import integrity_facts
    from .graph import draft_impact
    from .facts.lawmaking import late_change_facts

    rules = _catalogue(catalogue, select, ignore)
    amended = apply(law, draft)
    after_law = amended.law
    effective = effective or draft.effective
    election = election or draft.election

    before_progress, after_progress = phased(progress, (law.provision_count, after_law.provision_count))
    before = findings_for(extract(law, progress=before_progress), rules, law_path=law.path)
    extra = [*integrity_facts(law, amended, draft),
             *late_change_facts(amended.changes, effective or today or date.today(), election,
                                assumed=effective is None)]
    after = findings_for([*extract(after_law, progress=after_progress), *extra], rules, law_path=law.path)

    touched: set[str] = set()
    for change in amended.changes:
        for eid in (change.eid, change.new_eid):
            if eid:
                touched.add(eid)
    renamed = dict(amended.renamed)

    def in_touched(eid: str) -> bool:
        return any(eid == t or eid.startswith(t + "__") or t.startswith(eid + "__") for t in touched)

    # Provisions whose own words are unchanged but whose meaning changes through a reference to a changed
    # one: their findings are reported again, with the chain of references that reaches them.
    impact = draft_impact(law, amended)
    reached = {entry.eid: entry.path for entry in impact}

    before_by_fp = {f.fingerprint: f for f in before}
    before_by_rule_eid: dict[tuple[str, str], list[Finding]] = defaultdict(list)
    for finding in before:
        before_by_rule_eid[(finding.rule, renamed.get(finding.location.eid, finding.location.eid))].append(finding)
    matched: set[str] = set()
    result: list[Finding] = []
    for finding in after:
        previous = before_by_fp.get(finding.fingerprint)
        if previous is None:
            candidates = [f for f in before_by_rule_eid.get((finding.rule, finding.location.eid), [])
                          if f.fingerprint not in matched]
            previous = candidates[0] if candidates else None
        if previous is not None:
            matched.add(previous.fingerprint)
            if in_touched(finding.location.eid):
                result.append(_with_status(finding, "persisting"))
            elif finding.location.eid in reached:
                result.append(_with_status(_via(finding, reached[finding.location.eid]), "persisting"))
        else:
            result.append(_with_status(finding, "introduced"))
    for finding in before:
        if finding.fingerprint not in matched:
            result.append(_with_status(finding, "resolved"))
    where = draft.path or "<draft>"
    notes = [f"{where}:{u.line}: instruction not understood ({u.reason}): {u.text}" for u in draft.unparsed]
    notes += [f"{where}:{c.line}: conditional amendment not applied: {c.text}" for c in draft.conditional]
    return Report(
        command="check",
        law_title=law.title,
        law_path=law.path,
        provisions=after_law.provision_count,
        rulesets=rules.rulesets,
        findings=tuple(sorted(result, key=_order)),
        tool_version=__version__,
        draft_title=draft.title,
        draft_path=draft.path,
        effective=effective,
        election=election,
        changes=amended.changes,
        impact=tuple(impact),
        notes=tuple(notes),
    )


def _via(finding: Finding, chain: tuple[str, ...]) -> Finding:
    from attrs import evolve

    return finding if finding.via else evolve(finding, via=tuple(chain))


def _with_status(finding: Finding, status: str) -> Finding:
    from attrs import evolve

    return evolve(finding, status=status)
