"""Hostile and odd law files, end to end: processed, or refused in one clear line (exit 2), never a traceback.

``tests/test_textio.py`` covers the reading checks one by one (empty,
binary, invalid UTF-8, Windows-1251, UTF-16, documents, the size limit, BOM
and mixed line endings, permissions). This file adds what it does not: a
50 MB law read within the default limit and one refused over a lowered
limit, numbering nested or numbered beyond reason, a megabyte on one line,
invisible and control characters, and the same encodings through the
installed ``suffrage review`` command.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest
from click.testing import CliRunner

from cli import main
from compliance.errors import SuffrageError
from compliance.lawtext import parse_law, read_law
from compliance.review import review
from compliance.textio import DEFAULT_MAX_BYTES

PARAGRAPH = ("Citizens who have reached eighteen years of age shall have the right to elect, and every voter "
             "shall be entered in the register of the precinct where the voter resides, except as the law provides.")


def synthetic_law(target_bytes: int) -> str:
    """Articles of 30 paragraphs (the parser reads article numbers of up to four digits: 50 MB needs big articles)."""
    article = "Article {n}. Elections {n}\n" + "".join(f"{i}. {PARAGRAPH}\n" for i in range(1, 31))
    parts, size, n = [], 0, 0
    while size < target_bytes:
        n += 1
        parts.append(article.format(n=n))
        size += len(parts[-1])
    return "".join(parts)


def run_review(path: Path, *args: str, env: dict[str, str] | None = None) -> subprocess.CompletedProcess[str]:
    command = shutil.which("suffrage", path=str(Path(sys.executable).parent)) or "suffrage"
    return subprocess.run([command, "review", str(path), *args], capture_output=True, text=True, env=env,
                          timeout=600, check=False)


def assert_refused(result: subprocess.CompletedProcess[str] | object, *words: str) -> str:
    exit_code = getattr(result, "returncode", None)
    if exit_code is None:
        exit_code = result.exit_code  # type: ignore[attr-defined]
    output = getattr(result, "stderr", None) or result.output  # type: ignore[attr-defined]
    assert 2 == exit_code, output
    assert "Traceback" not in output
    line = output.strip()
    assert 1 == len(line.splitlines()), output
    assert line.startswith("suffrage: error: ")
    for word in words:
        assert word in line
    return line


@pytest.mark.slow
def test_a_50_mb_law_within_the_default_limit_is_read_whole(tmp_path: Path) -> None:
    path = tmp_path / "huge.txt"
    path.write_text(synthetic_law(50_000_000), encoding="utf-8")
    size = path.stat().st_size
    assert 50_000_000 <= size < DEFAULT_MAX_BYTES
    law = read_law(path)
    articles = law.body
    assert len(articles) < 10_000
    assert 31 * len(articles) == law.provision_count
    assert f"art_{len(articles)}__para_30" == list(law.walk())[-1].eid


def test_a_law_over_the_size_limit_is_refused_before_it_is_read(tmp_path: Path) -> None:
    path = tmp_path / "too-big.txt"
    with path.open("wb") as handle:  # sparse: the size check comes before any byte is read
        handle.truncate(DEFAULT_MAX_BYTES + 1)
    line = assert_refused(run_review(path), str(path), "over the limit", "SUFFRAGE_MAX_BYTES")
    assert f"{DEFAULT_MAX_BYTES + 1:,} bytes" in line


def test_a_50_mb_law_over_a_lowered_limit_is_refused_with_the_setting_to_change(tmp_path: Path) -> None:
    path = tmp_path / "huge.txt"
    with path.open("wb") as handle:
        handle.truncate(50_000_000)
    env = {**os.environ, "SUFFRAGE_MAX_BYTES": "10000000"}
    assert_refused(run_review(path, env=env), "50,000,000 bytes, over the limit of 10,000,000 bytes")


PATHOLOGICAL = {
    "deep CIS points": "Article 1. Title\n" + "".join(f"{'1.' * depth} Text at depth {depth}.\n"
                                                      for depth in range(1, 60)),
    "deep Commonwealth labels": "1 Short title\n" + "".join(f"({label}) Words.\n" for label in
                                                           ["a", "i", "A", "I", "1", "aa", "ii", "AA"] * 40),
    "a label of 10,000 digits": "Article " + "9" * 10_000 + ". Title\n1. Text.\n",
    "hyphenated insertions": "Article 1. Title\n" + "".join(f"{'1-' * n}1) Item.\n" for n in range(1, 200)),
    "articles numbered backwards": "".join(f"Article {n}. Title\n1. Text {n}.\n" for n in range(3000, 0, -1)),
    "the same article many times": "Article 1. Title\n1. Text.\n" * 2000,
    "numbers in the billions": "".join(f"Article {n}. Title\n1. Text.\n" for n in (10**9, 10**12, 10**15)),
    "5,000 labels on one line": "Article 1. Title\n1. " + "(a) " * 5000 + "\n",
    "sections 56.1.1.1.1": "".join(f"{'56' + '.1' * n} Text {n}.\n" for n in range(1, 100)),
    "only headings": "PART 1\nDIVISION 1\nChapter 1\n" * 500,
    "one label repeated 8,000 times": "Article 1. Title\n" + "1. Text.\n2. Text.\n" * 4000,
}


@pytest.mark.parametrize("name", list(PATHOLOGICAL))
def test_pathological_numbering_is_parsed_and_reviewed_or_refused_clearly(name: str) -> None:
    text = PATHOLOGICAL[name]
    try:
        law = parse_law(text, path=f"<{name}>")
    except SuffrageError as error:
        assert str(error).startswith(f"<{name}>")
        return
    eids = [provision.eid for provision in law.walk()]
    assert len(eids) == len(set(eids)), "eIds must be unique"
    review(law)


def test_a_megabyte_on_one_line_is_reviewed(tmp_path: Path) -> None:
    """No newline in 1 MB of law-like words: every pattern of the parser and the extractors sees one huge line."""
    path = tmp_path / "one-line.txt"
    path.write_text("Article 1. " + ("Citizens who have reached twenty-one years of age, not less than five per cent "
                                     "of the voters, (a) (i) 1. 2) — “except” ") * 8_000, encoding="utf-8")
    result = run_review(path, "--format", "json")
    assert result.returncode in (0, 1), result.stderr
    assert "Traceback" not in result.stderr


@pytest.mark.parametrize(("name", "data"), [
    ("CR only (classic Mac OS)", b"Article 1. Scope\r1. One.\r2. Two.\r"),
    ("BOM, CRLF and a blank line of spaces", b"\xef\xbb\xbfArticle 1. Scope\r\n   \r\n1. One.\r\n2. Two.\r\n"),
    ("zero-width and direction marks", "Article 1. Scope\n1. One\u200b.\n2. \u200fTwo\u200e.\n".encode()),
    ("form feeds and vertical tabs", b"Article 1. Scope\n\x0c1. One.\n\x0b2. Two.\n"),
    ("a BOM in the middle", "Article 1. Scope\n1. One.\ufeff\n2. Two.\n".encode()),
])
def test_odd_but_valid_text_is_processed(tmp_path: Path, name: str, data: bytes) -> None:
    path = tmp_path / "law.txt"
    path.write_bytes(data)
    result = CliRunner().invoke(main, ["review", str(path), "--format", "json"])
    assert result.exit_code in (0, 1), result.output
    assert "Traceback" not in result.output


CP1251 = "Статья 1. Избирательное право\n1. Граждане, достигшие восемнадцати лет, имеют право избирать.\n"


@pytest.mark.parametrize(("name", "data", "words"), [
    ("Windows-1251 mislabelled as UTF-8", CP1251.encode("cp1251"), ["not valid UTF-8", "1251"]),
    ("KOI8-R", CP1251.encode("koi8_r"), ["not valid UTF-8"]),
    ("Latin-1", "Article 1. Élections\n1. Électeurs âgés de dix-huit ans.\n".encode("latin-1"), ["not valid UTF-8"]),
    ("UTF-16 with a BOM", ("\ufeff" + CP1251).encode("utf-16-le"), ["UTF-16"]),
    ("NUL bytes", b"Article 1. Scope\n1. One.\x00\x00\x00\n", ["binary"]),
    ("empty", b"", ["empty"]),
    ("only a BOM and blanks", b"\xef\xbb\xbf \n\t\n", ["empty"]),
])
def test_the_installed_command_refuses_undecodable_laws_in_one_line(tmp_path: Path, name: str, data: bytes,
                                                                    words: list[str]) -> None:
    path = tmp_path / "law.txt"
    path.write_bytes(data)
    assert_refused(run_review(path), str(path), *words)
