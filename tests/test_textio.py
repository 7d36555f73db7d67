"""Every way a law file can be unreadable gives one InputError that names the file and the problem."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from compliance.errors import InputError
from compliance.lawtext import read_law
from compliance.textio import DEFAULT_MAX_BYTES, decode_text, max_bytes, read_text

LAW = "Article 1. Scope\n1. This Law governs elections.\n"


def write(tmp_path: Path, name: str, data: bytes) -> Path:
    path = tmp_path / name
    path.write_bytes(data)
    return path


def refusal(path: Path) -> str:
    with pytest.raises(InputError) as caught:
        read_text(path, what="law")
    assert str(path) == caught.value.where
    return str(caught.value)


def test_missing_file(tmp_path: Path) -> None:
    assert refusal(tmp_path / "nope.md").endswith("nope.md: no such law (file not found)")


def test_directory(tmp_path: Path) -> None:
    assert "is a directory, expected a law file" in refusal(tmp_path)


@pytest.mark.parametrize("data", [b"", b"   \n\n\t\n", b"\xef\xbb\xbf\n"])
def test_empty_or_blank_file(tmp_path: Path, data: bytes) -> None:
    assert "is empty, expected a law" in refusal(write(tmp_path, "empty.txt", data))


def test_random_bytes_are_binary(tmp_path: Path) -> None:
    data = bytes(range(256)) * 8
    assert "looks like binary data" in refusal(write(tmp_path, "random.bin", data))


def test_invalid_utf8_gives_byte_offset_and_line(tmp_path: Path) -> None:
    path = write(tmp_path, "latin1.txt", "Article 1. Test\n1. Café électoral.\n".encode("latin-1"))
    message = refusal(path)
    assert "is not valid UTF-8: byte 0xe9 at offset 22 (line 2)" in message
    assert "Windows-1252 or Latin-1" in message


def test_windows_1251_is_recognised_and_the_fix_is_named(tmp_path: Path) -> None:
    path = write(tmp_path, "cp1251.txt", "Статья 1. Выборы\n1. Граждане имеют право.\n".encode("cp1251"))
    assert "it looks like Windows-1251 (Cyrillic): convert with iconv -f CP1251 -t UTF-8" in refusal(path)


@pytest.mark.parametrize("encoding", ["utf-16", "utf-16-le"])
def test_utf16_is_refused_with_the_conversion(tmp_path: Path, encoding: str) -> None:
    path = write(tmp_path, "utf16.txt", LAW.encode(encoding))
    assert "is UTF-16 encoded; save the law as UTF-8" in refusal(path)


@pytest.mark.parametrize(
    ("data", "words"),
    [(b"%PDF-1.7\n...", "is a PDF document"), (b"PK\x03\x04....", "is a ZIP archive (a .docx or .odt document?)"),
     (b"{\\rtf1\\ansi ...}", "is an RTF document")],
)
def test_documents_that_are_not_text_are_named(tmp_path: Path, data: bytes, words: str) -> None:
    assert words in refusal(write(tmp_path, "law.doc", data))


def test_size_limit_is_configurable(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    path = write(tmp_path, "law.txt", LAW.encode())
    monkeypatch.setenv("SUFFRAGE_MAX_BYTES", "10")
    assert 10 == max_bytes()
    assert f"is {len(LAW):,} bytes, over the limit of 10 bytes (set SUFFRAGE_MAX_BYTES to raise it)" in refusal(path)
    assert LAW == read_text(path, limit=1000)
    monkeypatch.setenv("SUFFRAGE_MAX_BYTES", "lots")
    with pytest.raises(InputError, match="SUFFRAGE_MAX_BYTES must be a whole number of bytes, not 'lots'"):
        max_bytes()
    monkeypatch.delenv("SUFFRAGE_MAX_BYTES")
    assert DEFAULT_MAX_BYTES == max_bytes()


def test_bom_and_mixed_line_endings_are_read_as_plain_newlines(tmp_path: Path) -> None:
    path = write(tmp_path, "windows.txt", b"\xef\xbb\xbfArticle 1. Scope\r\n1. One.\r2. Two.\n3. Three.\r\n")
    assert "Article 1. Scope\n1. One.\n2. Two.\n3. Three.\n" == read_text(path)
    law = read_law(path)
    assert ["art_1", "art_1__para_1", "art_1__para_2", "art_1__para_3"] == [p.eid for p in law.walk()]
    assert 3 == law.get("art_1__para_2").line


@pytest.mark.skipif(os.name != "posix" or os.geteuid() == 0, reason="needs a non-root POSIX user")
def test_unreadable_file(tmp_path: Path) -> None:
    path = write(tmp_path, "secret.txt", LAW.encode())
    path.chmod(0)
    assert "cannot read law: permission denied" in refusal(path)


def test_decode_text_names_its_source() -> None:
    with pytest.raises(InputError, match="^<stdin>: is empty, expected a bill$"):
        decode_text(b"", where="<stdin>", what="bill")
