"""Reports built from the bundled example law, for the renderer, waiver and gate tests.

The findings sit at real provisions of ``examples/kz-elections.md`` (eIds,
citations and line numbers come from parsing it) and cite real standards'
texts (``../shared/standards/README.md``), so that what the renderers
print is what a user would see. The catalogue is the small set of rules
these findings belong to, shaped like ``compliance.rules.Catalogue``.
"""

from __future__ import annotations

import hashlib
from datetime import date
from pathlib import Path

import attrs

from compliance.lawtext import read_law
from compliance.model import Change, CitedText, Finding, ImpactEntry, Law, Location, Report, RulesetRef, Severity

ROOT = Path(__file__).resolve().parent.parent
LAW_PATH = "examples/kz-elections.md"

CITED = {
    "VC-CGP:I.1.3.ii": CitedText(
        "VC-CGP:I.1.3.ii",
        "The law should not require collection of the signatures of more than 1% of voters in the constituency "
        "concerned.",
        "Venice Commission, Code of Good Practice in Electoral Matters, CDL-AD(2002)023rev2-cor, I.1.3.ii",
    ),
    "GC25:14": CitedText(
        "GC25:14",
        "The grounds for such deprivation should be objective and reasonable. If conviction for an offence is a "
        "basis for suspending the right to vote, the period of such suspension should be proportionate to the "
        "offence and the sentence.",
        "UN Human Rights Committee, General Comment No. 25 (1996), para. 14",
    ),
    "ICCPR:25(b)": CitedText(
        "ICCPR:25(b)",
        "To vote and to be elected at genuine periodic elections which shall be by universal and equal suffrage "
        "and shall be held by secret ballot, guaranteeing the free expression of the will of the electors;",
        "International Covenant on Civil and Political Rights (1966), art. 25(b)",
    ),
    "UDHR:21(3)": CitedText(
        "UDHR:21(3)",
        "The will of the people shall be the basis of the authority of government; this will shall be expressed "
        "in periodic and genuine elections which shall be by universal and equal suffrage and shall be held by "
        "secret vote or by equivalent free voting procedures.",
        "Universal Declaration of Human Rights (1948), art. 21(3)",
    ),
}


@attrs.frozen
class SampleRule:
    id: str
    name: str
    topic: str
    severity: Severity
    cites: tuple[str, ...]
    title: str
    description: str
    message: str
    ruleset: str


RULES = (
    SampleRule("VC013", "candidacy-signatures", "candidacy.signatures", Severity.ERROR, ("VC-CGP:I.1.3.ii",),
               "Support signatures above 1% of voters",
               "A candidacy may be made conditional on support signatures, but not of more than 1% of the voters "
               "of the constituency.",
               "Requires support signatures of {percent}% of voters; the Venice Code sets a ceiling of 1%.",
               "VC-CGP"),
    SampleRule("GC25-14", "prisoners-blanket-ban", "suffrage.prisoners", Severity.WARNING,
               ("GC25:14", "ICCPR:25(b)"),
               "Blanket disenfranchisement of sentenced prisoners",
               "Suspending the vote for a conviction must be proportionate to the offence and the sentence.",
               "Excludes every sentenced prisoner from voting, whatever the offence.", "GC25"),
    SampleRule("ICCPR-25-AGE", "voting-age-above-18", "suffrage.age", Severity.ERROR,
               ("ICCPR:25(b)", "UDHR:21(3)"),
               "Voting age above 18",
               "The right to vote belongs to citizens who have reached the age of majority (18).",
               "Sets the voting age at {age}, above the age of majority (18).", "ICCPR"),
    SampleRule("VC099", "appeal-deadline-short", "appeals.deadlines", Severity.INFO, (),
               "Appeal deadlines of one day",
               "Very short appeal deadlines can make remedies ineffective.", "Appeals must be lodged within one day.",
               "VC-CGP"),
)


class SampleCatalogue:
    """The sample rules, with the interface of ``compliance.rules.Catalogue``."""

    rulesets = (RulesetRef("VC-CGP", "2026.1", "Venice Commission Code of Good Practice"),
                RulesetRef("GC25", "2026.1", "General Comment 25"), RulesetRef("ICCPR", "2026.1", "ICCPR"))
    rules = RULES

    def rule(self, ident: str) -> SampleRule:
        return next(r for r in RULES if r.id == ident)

    def citation(self, ident: str) -> CitedText:
        return CITED[ident]


def example_law() -> Law:
    return read_law(ROOT / LAW_PATH)


def fingerprint(rule: str, eid: str, evidence: str) -> str:
    return hashlib.sha256(f"{rule}\x00{eid}\x00{evidence}".encode()).hexdigest()[:16]


def finding(law: Law, rule_id: str, citation_eid: str, evidence: str, *, message: str | None = None,
            status: str | None = None) -> Finding:
    rule = SampleCatalogue().rule(rule_id)
    provision = law.get(citation_eid)
    assert provision is not None, citation_eid
    return Finding(
        rule=rule.id, name=rule.name, topic=rule.topic, severity=rule.severity,
        message=message or rule.message, location=Location(provision.eid, provision.citation, provision.line),
        evidence=evidence, citations=tuple(CITED[c] for c in rule.cites),
        fingerprint=fingerprint(rule.id, provision.eid, evidence), status=status,
    )


def review_report(law: Law | None = None) -> Report:
    """A review of the example law: an error, a warning and an info finding."""
    law = law or example_law()
    findings = (
        finding(law, "VC013", "art_56__para_1", "not less than two per cent of the total number of voters",
                message="Requires support signatures of 2% of voters; the Venice Code sets a ceiling of 1%."),
        finding(law, "GC25-14", "art_4__para_3",
                "persons held in places of deprivation of liberty under a court sentence"),
        finding(law, "VC099", "art_12__para_2", "within one day of the adoption of the decision"),
    )
    return Report(command="review", law_title=law.title, law_path=LAW_PATH, provisions=law.provision_count,
                  rulesets=SampleCatalogue.rulesets, findings=findings)


def check_report(law: Law | None = None) -> Report:
    """A check of a draft raising the voting age to 21 and lowering the signature threshold to 1%."""
    law = law or example_law()
    age = finding(law, "ICCPR-25-AGE", "art_4__para_1", "who have reached twenty-one years of age",
                  message="Sets the voting age at 21, above the age of majority (18).", status="introduced")
    prisoners = finding(law, "GC25-14", "art_4__para_3",
                        "persons held in places of deprivation of liberty under a court sentence",
                        status="persisting")
    signatures = finding(law, "VC013", "art_56__para_1", "not less than two per cent of the total number of voters",
                         message="Requires support signatures of 2% of voters; the Venice Code sets a ceiling of 1%.",
                         status="resolved")
    before4 = law.get("art_4__para_1").text  # type: ignore[union-attr]
    after4 = before4.replace("eighteen", "twenty-one")
    before56 = law.get("art_56__para_1").text  # type: ignore[union-attr]
    after56 = before56.replace("two per cent", "one per cent")
    changes = (
        Change("art_4__para_1", "Article 4(1)", "replaced", before4, after4,
               f"--- Article 4(1)\n+++ Article 4(1)\n@@ -1 +1 @@\n-{before4}\n+{after4}\n", (0,)),
        Change("art_56__para_1", "Article 56(1)", "amended", before56, after56,
               f"--- Article 56(1)\n+++ Article 56(1)\n@@ -1 +1 @@\n-{before56}\n+{after56}\n", (1,)),
    )
    impact = (
        ImpactEntry("art_3__para_2", "Article 3(2)", ("art_3__para_2", "art_4")),
        ImpactEntry("art_56__para_2", "Article 56(2)", ("art_56__para_2", "art_56__para_1")),
        ImpactEntry("art_59__para_1", "Article 59(1)", ("art_59__para_1", "art_56")),
        ImpactEntry("art_59__para_3", "Article 59(3)", ("art_59__para_3", "art_56")),
    )
    return Report(command="check", law_title=law.title, law_path=LAW_PATH, provisions=law.provision_count,
                  rulesets=SampleCatalogue.rulesets, findings=(age, prisoners, signatures),
                  draft_title="On amendments to the Constitutional Law On Elections",
                  draft_path="examples/drafts/voting-age.toml", effective=date(2026, 3, 1),
                  election=date(2026, 9, 20), changes=changes, impact=impact)
