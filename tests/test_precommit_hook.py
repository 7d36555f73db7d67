"""The shipped pre-commit hooks install from this repository and gate a commit (`pre-commit try-repo`)."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
LAW = ("# Law On Elections\n\n### Article 1. Voting age\n\n{comment}"
       "1. Citizens who have reached twenty-one years of age shall have the right to elect.\n")
_OFFLINE = ("No matching distribution found", "Could not find a version", "Failed to establish a new connection")


def test_the_hooks_file_declares_review_and_check() -> None:
    text = (ROOT / ".pre-commit-hooks.yaml").read_text(encoding="utf-8")
    assert ["suffrage-review", "suffrage-check"] == [line.split(":", 1)[1].strip() for line in text.splitlines()
                                                     if line.startswith("- id:")]
    assert text.count("entry: suffrage ") == 2


@pytest.mark.slow
def test_pre_commit_try_repo_runs_the_review_hook(tmp_path: Path) -> None:
    if shutil.which("git") is None:
        pytest.skip("git is not installed")
    try:
        import pre_commit  # noqa: F401
    except ImportError:
        pytest.skip("pre-commit is not installed (it is in the [test] extra)")
    if not (ROOT / ".git").exists():
        pytest.skip(f"{ROOT} is not a git checkout; pre-commit try-repo needs one")
    repo = tmp_path / "laws"
    repo.mkdir()
    (repo / "law.md").write_text(LAW.format(comment=""), encoding="utf-8")
    (repo / "suffrage.toml").write_text('law = "law.md"\n', encoding="utf-8")
    env = {**os.environ, "PRE_COMMIT_HOME": str(tmp_path / "cache"), "GIT_AUTHOR_NAME": "t",
           "GIT_AUTHOR_EMAIL": "t@example.org", "GIT_COMMITTER_NAME": "t", "GIT_COMMITTER_EMAIL": "t@example.org"}
    env.pop("CI", None)
    for args in (["init", "-q"], ["add", "."], ["commit", "-qm", "law"]):
        subprocess.run(["git", *args], cwd=repo, env=env, check=True, capture_output=True)

    def try_repo() -> subprocess.CompletedProcess[str]:
        return subprocess.run([sys.executable, "-m", "pre_commit", "try-repo", str(ROOT), "suffrage-review",
                               "--all-files"], cwd=repo, env=env, capture_output=True, text=True, timeout=900)

    failing = try_repo()
    if failing.returncode != 0 and any(m in failing.stdout + failing.stderr for m in _OFFLINE):
        pytest.skip("pre-commit could not install the hook's dependencies (no package index reachable)")
    assert 1 == failing.returncode, failing.stdout[-3000:] + failing.stderr[-3000:]
    assert "ERROR VC001 voting-age-above-majority" in failing.stdout

    (repo / "law.md").write_text(LAW.format(comment="<!-- suffrage: waive VC001 -- Transitional until 2027. -->\n"),
                                 encoding="utf-8")
    passing = try_repo()
    assert 0 == passing.returncode, passing.stdout[-3000:] + passing.stderr[-3000:]
    assert "waived: Transitional until 2027." not in passing.stdout  # pre-commit hides a passing hook's output
    assert "Passed" in passing.stdout
