"""Start-up, review, scaling and check: what a user waits for, against what cannot be avoided.

* **startup** — the installed ``suffrage review`` on a one-article law (a
  fresh process each time, with the rule catalogue cache warm, as on a
  drafter's machine after the first run), against ``python -c "import click"``:
  the least any click command line costs. Goal: ratio ≤ 3. Also listed: the
  same with the catalogue cache turned off (the first run after installing or
  editing a pack).
* **review** — reading and reviewing the Canada Elections Act (964 KB) with
  every built-in pack, against reading (parsing) it alone. Goals: ratio ≤ 3
  and ≤ 2 s.
* **scaling** — a synthetic act ten times the Canada Elections Act (copies
  with sections renumbered so that they follow each other) reviewed, against
  the original reviewed. Goal: ≤ 12×. The note gives the peak resident memory
  of a separate process doing each review.
* **check** — reading the act, parsing the Elections Modernization Act (S.C.
  2018, c. 31), applying it and checking before against after, against
  parsing the act alone. Goal: ≤ 5 s. Listed once ``compliance.bill`` exists.

A start-up measurement needs compiled bytecode, as an installed package has:
the child processes run without ``PYTHONDONTWRITEBYTECODE`` so that the
warm-up run writes it.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

from bench_parse import renumbered
from harness import Benchmark, skip

from compliance.lawtext import read_law
from compliance.review import review
from compliance.rules import load_catalogue

ROOT = Path(__file__).resolve().parent.parent
CORPUS = ROOT.parent / "shared" / "corpus"
CANADA = CORPUS / "ca-canada-elections-act-en.txt"
ACT_2018 = CORPUS / "ca-amending-act-2018-c31-en.txt"

#: One article that breaks one rule (a voting age above 18): the whole path runs, finding included.
ONE_ARTICLE = ("Article 1. Right to vote\n"
               "1. Citizens who have reached twenty-one years of age shall have the right to elect.\n")


def _scratch() -> Path:
    return Path(tempfile.mkdtemp(prefix="suffrage-bench-"))


def _console_script() -> str | None:
    """The ``suffrage`` command installed with the Python running the benchmarks."""
    here = Path(sys.executable).parent / ("suffrage.exe" if os.name == "nt" else "suffrage")
    return str(here) if here.is_file() else shutil.which("suffrage")


def _child_env(**changes: str) -> dict[str, str]:
    env = {key: value for key, value in os.environ.items() if key != "PYTHONDONTWRITEBYTECODE"}
    env.update(changes)
    return env


def _run(command: list[str], env: dict[str, str], ok: tuple[int, ...] = (0,), cwd: Path | None = None) -> None:
    done = subprocess.run(command, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, env=env, cwd=cwd,
                          check=False)
    if done.returncode not in ok:
        error = done.stderr.decode(errors="replace")[-300:]
        raise RuntimeError(f"{' '.join(command)} exited {done.returncode}: {error}")


def _startup(quick: bool) -> list[Benchmark]:
    script = _console_script()
    if script is None:
        return [skip("startup: suffrage review, one article", "the suffrage command is not installed")]
    scratch = _scratch()
    law = scratch / "one-article.txt"
    law.write_text(ONE_ARTICLE, encoding="utf-8")
    warm = _child_env(SUFFRAGE_CACHE_DIR=str(scratch / "cache"))
    cold = _child_env(SUFFRAGE_CACHE_DIR="")
    baseline_env = _child_env()
    command = [script, "review", str(law)]

    def import_click() -> None:
        _run([sys.executable, "-c", "import click"], baseline_env)

    # Run in the law's folder, as a drafter would: from the repository, the configuration lookup would
    # find and parse Suffrage's own pyproject.toml (it names "suffrage"), which a user's project does not.
    return [
        Benchmark("startup: review 1 article (goal ≤3)",
                  lambda: _run(command, warm, ok=(1,), cwd=scratch), import_click, 'python -c "import click"',
                  repeat=21, quick_repeat=11),
        Benchmark("startup, catalogue cache off",
                  lambda: _run(command, cold, ok=(1,), cwd=scratch), import_click, 'python -c "import click"',
                  repeat=7, quick_repeat=5),
    ]


_MEASURE = """\
import resource, sys
from compliance.lawtext import read_law
from compliance.review import review
review(read_law(sys.argv[1]))
try:  # Linux: the high-water mark of this process's own memory (ru_maxrss also counts the parent's at fork)
    with open("/proc/self/status", encoding="ascii") as status:
        print(next(int(line.split()[1]) for line in status if line.startswith("VmHWM:")))
except OSError:
    usage = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    print(usage // 1024 if sys.platform == "darwin" else usage)
"""


def _peak_memory(path: Path) -> str:
    """Peak resident memory of a fresh process that reads and reviews ``path``."""
    done = subprocess.run([sys.executable, "-c", _MEASURE, str(path)], cwd=str(ROOT), env=_child_env(),
                          capture_output=True, text=True, check=False)
    if done.returncode != 0:
        return "? MB (the review process failed)"
    return f"{int(done.stdout.split()[-1]) / 1024:.0f} MB"


def benchmarks(quick: bool) -> list[Benchmark]:
    result = _startup(quick)
    if not CANADA.is_file():
        reason = f"input missing: {CANADA}"
        return [*result, skip("review Canada act", reason),
                skip("scaling: review 10x Canada", reason), skip("check 2018 c. 31 on Canada", reason)]
    catalogue = load_catalogue()

    def review_file(path: Path) -> object:
        return review(read_law(path), catalogue=catalogue)

    result.append(Benchmark(
        "review Canada act (goal ≤3, ≤2 s)",
        lambda: review_file(CANADA), lambda: read_law(CANADA), "parse it alone",
        repeat=5, quick_repeat=3,
    ))

    copies = 3 if quick else 10
    big = _scratch() / f"ca-x{copies}.txt"
    big.write_text(renumbered(CANADA.read_text(encoding="utf-8"), copies), encoding="utf-8")
    result.append(Benchmark(
        f"scaling: review {copies}x Canada (goal ≤{1.2 * copies:g})",
        lambda: review_file(big), lambda: review_file(CANADA), "review the act itself",
        repeat=3, quick_repeat=1,
        note=lambda: f"peak memory {_peak_memory(big)} ({copies}x) vs {_peak_memory(CANADA)} (1x)",
    ))

    name = "check 2018 c. 31 on Canada (goal ≤5 s)"
    try:
        from compliance.bill import parse_bill
        from compliance.review import check
    except ImportError:
        return [*result, skip(name, "compliance.bill is not on this branch yet")]
    if not ACT_2018.is_file():
        return [*result, skip(name, f"input missing: {ACT_2018}")]
    bill_text = ACT_2018.read_text(encoding="utf-8")

    def parse_apply_check() -> object:
        law = read_law(CANADA)
        draft = parse_bill(bill_text, path=ACT_2018.name, act=law.title)
        return check(law, draft, catalogue=catalogue)

    result.append(Benchmark(name, parse_apply_check, lambda: read_law(CANADA), "parse the act alone",
                            repeat=3, quick_repeat=1))
    return result
