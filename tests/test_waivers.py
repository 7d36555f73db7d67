"""Waivers: a reason is mandatory, waived findings stay visible, unused and expired waivers are noted."""

from __future__ import annotations

from datetime import date

import attrs
import pytest
from report_samples import LAW_PATH, check_report, example_law, review_report

from compliance.citations import resolve
from compliance.errors import InputError
from compliance.gate import exit_code
from compliance.lawtext import parse_law
from compliance.model import Draft, Operation, Waiver
from compliance.waivers import apply_waivers, draft_inline_waivers, law_inline_waivers, parse_waivers, scan_inline

TODAY = date(2026, 6, 1)


# -- the waivers file ------------------------------------------------------------------------------


def test_a_waivers_file_reads_fingerprint_and_rule_provision_waivers() -> None:
    text = '''# accepted findings
[[waiver]]
fingerprint = "1f33baab7755781e"
reason = "Agreed with the needs assessment mission."
expires = 2026-12-31
author = "A. Drafter"

[[waiver]]
rule = "GC25-14"
provision = "Article 4(3)"
reason = "Court review pending."
'''
    first, second = parse_waivers(text, path="w.toml")
    assert Waiver(reason="Agreed with the needs assessment mission.", fingerprint="1f33baab7755781e",
                  expires=date(2026, 12, 31), author="A. Drafter", source="w.toml", line=2) == first
    assert ("GC25-14", "Article 4(3)", 8) == (second.rule, second.eid, second.line)


@pytest.mark.parametrize(("text", "message", "line"), [
    ('[[waiver]]\nfingerprint = "1f33baab7755781e"\n', "waiver without a reason", 1),
    ('[[waiver]]\nrule = "VC013"\nprovision = "art_56"\nreason = "  "\n', "waiver without a reason", 1),
    ('[[waiver]]\nrule = "VC013"\nreason = "r"\n', "by fingerprint, or by rule and provision", 1),
    ('\n[[waiver]]\nfingerprint = "1f33"\nreason = "r"\n', "too short", 2),
    ('[[waiver]]\nfingerprint = "1f33baab7755781e"\nreason = "r"\nexpiry = 2026-01-01\n',
     "unknown key 'expiry'", 1),
    ('[[waiver]]\nfingerprint = "1f33baab7755781e"\nreason = "r"\nexpires = "soon"\n', "expires must be a date", 1),
    ('[[waiver]\nreason = "r"\n', "not valid TOML", 1),
    ('[waivers]\nreason = "r"\n', "unknown key 'waivers'", None),
])
def test_a_bad_waiver_is_an_input_error_naming_file_and_line(text: str, message: str, line: int | None) -> None:
    with pytest.raises(InputError, match=message) as caught:
        parse_waivers(text, path="suffrage-waivers.toml")
    assert ("suffrage-waivers.toml", line) == (caught.value.where, caught.value.line)


# -- inline waivers ---------------------------------------------------------------------------------


def test_inline_marks_are_read_from_comments_of_any_style() -> None:
    text = ("<!-- suffrage: waive VC013 -- agreed with the mission -->\n"
            "1. Text. # suffrage: waive VC001, VC002 -- transitional until 2027\n"
            "// suffrage: waive GC25-14 -- see the opinion */\n")
    marks = scan_inline(text, path="law.md")
    assert [(1, ("VC013",), "agreed with the mission", True),
            (2, ("VC001", "VC002"), "transitional until 2027", False),
            (3, ("GC25-14",), "see the opinion", True)] == [(m.line, m.rules, m.reason, m.standalone) for m in marks]


@pytest.mark.parametrize("line", ["<!-- suffrage: waive VC013 -->", "suffrage: waive VC013 --",
                                  "suffrage: waive VC013"])
def test_an_inline_waiver_without_a_reason_is_an_input_error(line: str) -> None:
    with pytest.raises(InputError, match="without a reason") as caught:
        scan_inline(f"1. Text.\n{line}\n", path="law.md")
    assert ("law.md", 2) == (caught.value.where, caught.value.line)


def test_an_inline_waiver_without_a_rule_is_an_input_error() -> None:
    with pytest.raises(InputError, match="expected 'suffrage: waive RULE -- reason'"):
        scan_inline("<!-- suffrage: waive -- because -->\n", path="law.md")


def test_an_inline_waiver_applies_to_the_next_provision_or_the_one_it_sits_in() -> None:
    text = ("# Law On Elections\n\n"
            "### Article 1. Voting age <!-- suffrage: waive VC100 -- whole article -->\n\n"
            "<!-- suffrage: waive VC001 -- transitional -->\n"
            "<!-- suffrage: waive VC002 -- stacked -->\n"
            "1. Citizens who have reached twenty-one years of age shall have the right to elect.\n"
            "2. Citizens may be elected. <!-- suffrage: waive VC003 -- trailing -->\n"
            "<!-- suffrage: waive VC004 -- before article 2 -->\n\n"
            "### Article 2. Secret ballot\n\n1. Voting is secret.\n")
    law = parse_law(text, path="law.md")
    waivers = law_inline_waivers(text, law, path="law.md")
    assert [("VC100", "art_1", 3), ("VC001", "art_1__para_1", 5), ("VC002", "art_1__para_1", 6),
            ("VC003", "art_1__para_2", 8), ("VC004", "art_2", 9)] == [(w.rule, w.eid, w.line) for w in waivers]
    assert all(w.inline and w.source == "law.md" for w in waivers)


def test_a_bill_waiver_applies_to_the_provision_its_instruction_amends() -> None:
    text = ("1. Paragraph 1 of Article 4 is replaced by the following:\n"
            "   <!-- suffrage: waive VC001 -- transitional until 2027 -->\n"
            "   “1. Citizens who have reached twenty-one years of age shall have the right to elect.”\n"
            "<!-- suffrage: waive VC013 -- agreed with the mission -->\n"
            "<!-- suffrage: waive VC014 -- and this one too -->\n"
            "2. In paragraph 1 of Article 56, the words “two per cent” are replaced by “one per cent”.\n"
            "3. Article 59 is repealed. <!-- suffrage: waive VC015 -- trailing -->\n")
    draft = Draft(title="Bill", path="bill.md", operations=(
        Operation("replace", "Article 4(1)", text="1. Citizens ...", line=1),
        Operation("replace-words", "Article 56(1)", words="two per cent", replacement="one per cent", line=6),
        Operation("repeal", "Article 59", line=7),
    ))
    report = check_report()
    law = example_law()
    waivers = draft_inline_waivers(text, draft, path="bill.md", changes=report.changes[:1],
                                   resolve=lambda t: resolve(law, t).eid)
    assert [("VC001", "art_4__para_1"), ("VC013", "art_56__para_1"), ("VC014", "art_56__para_1"),
            ("VC015", "art_59")] == [(w.rule, w.eid) for w in waivers]


def test_a_toml_draft_comment_applies_to_the_amendment_table_it_sits_in() -> None:
    text = ('[draft]\ntitle = "t"\n\n[[amendment]]\ntarget = "art_4__para_1"\n'
            '# suffrage: waive VC001 -- transitional\nop = "replace"\ntext = "..."\n')
    draft = Draft(title="t", path="d.toml", operations=(Operation("replace", "art_4__para_1", text="...", line=4),))
    (waiver,) = draft_inline_waivers(text, draft, path="d.toml")
    assert ("VC001", "art_4__para_1") == (waiver.rule, waiver.eid)


# -- applying waivers -------------------------------------------------------------------------------


def test_a_waiver_with_a_reason_turns_the_gate_green_and_the_finding_stays() -> None:
    report = review_report()
    signatures = report.findings[0]
    assert 1 == exit_code(report, "error")
    waived = apply_waivers(report, [Waiver(reason="Agreed.", fingerprint=signatures.fingerprint[:10],
                                           source="w.toml", line=1)], today=TODAY)
    assert 0 == exit_code(waived, "error")
    assert len(report.findings) == len(waived.findings)
    assert "Agreed." == waived.findings[0].waiver.reason
    assert {"error": 0, "warning": 1, "info": 1} == waived.summary()
    assert () == waived.notes


def test_a_rule_and_provision_waiver_covers_nested_provisions_and_citations_resolve() -> None:
    report = review_report()
    law = example_law()
    by_eid = apply_waivers(report, [Waiver(reason="r", rule="VC013", eid="art_56", source="w", line=1)], today=TODAY)
    by_citation = apply_waivers(report, [Waiver(reason="r", rule="candidacy-signatures", eid="Article 56(1)",
                                                source="w", line=1)],
                                today=TODAY, resolve=lambda t: resolve(law, t).eid)
    by_label = apply_waivers(report, [Waiver(reason="r", rule="VC013", eid="article  56(1)", source="w", line=1)],
                             today=TODAY)
    for waived in (by_eid, by_citation, by_label):
        assert [True, False, False] == [f.waived for f in waived.findings]


def test_a_waiver_for_another_rule_or_provision_waives_nothing_and_is_noted_unused() -> None:
    report = review_report()
    out = apply_waivers(report, [Waiver(reason="r", rule="VC013", eid="art_5", source="w.toml", line=4),
                                 Waiver(reason="r", rule="VC001", eid="art_56__para_1", source="w.toml", line=9)],
                        today=TODAY)
    assert not any(f.waived for f in out.findings)
    assert ("w.toml:4: unused waiver (VC013 at art_5): no finding matches it",
            "w.toml:9: unused waiver (VC001 at art_56__para_1): no finding matches it") == out.notes


def test_an_expired_waiver_waives_nothing_and_says_the_finding_counts_again() -> None:
    report = review_report()
    out = apply_waivers(report, [Waiver(reason="r", fingerprint=report.findings[0].fingerprint,
                                        expires=date(2026, 5, 31), source="w.toml", line=2)], today=TODAY)
    assert not out.findings[0].waived
    assert 1 == exit_code(out, "error")
    assert (f"w.toml:2: waiver (fingerprint {report.findings[0].fingerprint}) expired on 2026-05-31; "
            "1 finding(s) it covered count again",) == out.notes
    still = apply_waivers(report, [Waiver(reason="r", fingerprint=report.findings[0].fingerprint,
                                          expires=TODAY, source="w.toml", line=2)], today=TODAY)
    assert still.findings[0].waived  # valid through its expiry date


def test_a_fingerprint_waiver_wins_over_an_inline_one_and_both_count_as_used() -> None:
    report = review_report()
    fingerprint = report.findings[0].fingerprint
    inline = Waiver(reason="inline", rule="VC013", eid="art_56__para_1", source=LAW_PATH, line=112, inline=True)
    by_fp = Waiver(reason="file", fingerprint=fingerprint, source="w.toml", line=1)
    out = apply_waivers(report, [inline, by_fp], today=TODAY)
    assert "file" == out.findings[0].waiver.reason
    assert () == out.notes


def test_a_waived_finding_keeps_its_status_in_a_check() -> None:
    report = check_report()
    out = apply_waivers(report, [Waiver(reason="r", rule="ICCPR-25-AGE", eid="art_4", source="w", line=1)],
                        today=TODAY)
    assert ("introduced", True) == (out.findings[0].status, out.findings[0].waived)
    assert attrs.evolve(report.findings[1]) == out.findings[1]
