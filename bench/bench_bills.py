"""Bills: parsing and applying a real amending act, against parsing the law it amends.

The job is what ``suffrage diff`` does after the law is read: parse the
Elections Modernization Act (S.C. 2018, c. 31; 757 sections) into operations
and apply them to the Canada Elections Act. The baseline is parsing the
Canada Elections Act itself (964 KB), the unavoidable first step of any
command on that law. A ratio near or below 1 means a bill costs no more than
reading the law it amends. The example CIS bill against the example law is
timed the same way, and the parse of the 2018 act alone is listed with its own
baseline (reading the act and one regex pass over it).
"""

from __future__ import annotations

import re
from pathlib import Path

from harness import Benchmark, skip

from compliance.amend import apply
from compliance.bill import parse_bill
from compliance.lawtext import parse_law

ROOT = Path(__file__).resolve().parent.parent
CORPUS = ROOT.parent / "shared" / "corpus"
CANADA = CORPUS / "ca-canada-elections-act-en.txt"
ACT_2018 = CORPUS / "ca-amending-act-2018-c31-en.txt"
EXAMPLE_LAW = ROOT / "examples" / "kz-elections.md"
EXAMPLE_BILL = ROOT / "examples" / "bills" / "worsen-compliance.md"
INSTRUCTION = re.compile(r"\b(?:is|are) (?:replaced|repealed|amended|renumbered)\b")


def benchmarks(quick: bool) -> list[Benchmark]:
    result: list[Benchmark] = []
    law_text = EXAMPLE_LAW.read_text(encoding="utf-8")
    bill_text = EXAMPLE_BILL.read_text(encoding="utf-8")
    example = parse_law(law_text, path=str(EXAMPLE_LAW))
    result.append(Benchmark(
        "bills: parse + apply example CIS bill",
        lambda: apply(example, parse_bill(bill_text, path=str(EXAMPLE_BILL))),
        lambda: parse_law(law_text, path=str(EXAMPLE_LAW)),
        "parse the example law",
        repeat=20 if not quick else 5,
    ))
    name = "bills: parse + apply 2018 c. 31 to Canada Elections Act"
    missing = [p for p in (CANADA, ACT_2018) if not p.is_file()]
    if missing:
        return [*result, skip(name, f"input missing: {missing[0]}")]
    canada_text = CANADA.read_text(encoding="utf-8")
    act_text = ACT_2018.read_text(encoding="utf-8")
    canada = parse_law(canada_text, path=str(CANADA))

    def parse_and_apply() -> object:
        draft = parse_bill(act_text, path=ACT_2018.name, act=canada.title)
        return apply(canada, draft)

    result.append(Benchmark(
        name,
        parse_and_apply,
        lambda: parse_law(canada_text, path=str(CANADA)),
        "parse the Canada Elections Act",
        repeat=3 if quick else 5,
    ))
    result.append(Benchmark(
        "bills: parse 2018 c. 31 (499 KB) into operations",
        lambda: parse_bill(act_text, path=ACT_2018.name, act=canada.title),
        lambda: len(INSTRUCTION.findall(ACT_2018.read_bytes().decode("utf-8"))),
        "read + one regex pass",
        repeat=3 if quick else 5,
    ))
    return result
