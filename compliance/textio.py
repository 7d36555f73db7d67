"""Reading user files as text, with one clear error for every way that fails.

Laws, bills and drafts arrive as files a drafter pasted together. Before any
parser sees them we make sure they are what we think: an existing regular
file, not too large, not binary, valid UTF-8. A byte-order mark is accepted
and dropped; Windows (CRLF), old Mac (CR) and mixed line endings become
``\\n``. Each refusal is an :class:`~compliance.errors.InputError` that names
the file and the problem: for bad UTF-8 the byte offset and line, with a hint
when the bytes look like Windows-1251 (Cyrillic) or Windows-1252, and for
UTF-16, PDF, Word or other binary files what they are and how to convert them.
"""

from __future__ import annotations

import os
from pathlib import Path

from .errors import InputError

__all__ = ["DEFAULT_MAX_BYTES", "max_bytes", "read_text", "decode_text"]

#: Default limit on input size. Generous: the largest real election code we know
#: of is a few megabytes; the limit only stops accidents (a disk image, a video).
#: ``SUFFRAGE_MAX_BYTES`` overrides it.
DEFAULT_MAX_BYTES = 64 * 1024 * 1024

#: Signatures of file types people mistake for text, with what to tell them.
_MAGIC: tuple[tuple[bytes, str], ...] = (
    (b"%PDF", "is a PDF document; export the {what} as plain text or Markdown (e.g. pdftotext -layout)"),
    (b"PK\x03\x04", "is a ZIP archive (a .docx or .odt document?); save the {what} as plain text or Markdown"),
    (b"\xd0\xcf\x11\xe0", "is an old Word/Office document; save the {what} as plain text or Markdown"),
    (b"{\\rtf", "is an RTF document; save the {what} as plain text or Markdown"),
    (b"\x1f\x8b", "is gzip-compressed; decompress it first"),
    (b"\x89PNG", "is a PNG image, not a {what}"),
    (b"\xff\xd8\xff", "is a JPEG image, not a {what}"),
    (b"\x7fELF", "is a program (ELF binary), not a {what}"),
    (b"SQLite format 3\x00", "is an SQLite database, not a {what}"),
)


def max_bytes() -> int:
    """The size limit in bytes: ``SUFFRAGE_MAX_BYTES`` if set, else :data:`DEFAULT_MAX_BYTES`."""
    raw = os.environ.get("SUFFRAGE_MAX_BYTES", "").strip()
    if not raw:
        return DEFAULT_MAX_BYTES
    try:
        value = int(raw.replace("_", ""))
    except ValueError:
        raise InputError(f"SUFFRAGE_MAX_BYTES must be a whole number of bytes, not {raw!r}") from None
    if value <= 0:
        raise InputError(f"SUFFRAGE_MAX_BYTES must be positive, not {value}")
    return value


def read_text(path: str | os.PathLike[str], *, what: str = "file", limit: int | None = None) -> str:
    """Read ``path`` as UTF-8 text with ``\\n`` newlines, or raise :class:`InputError`.

    ``what`` names the kind of file in messages ("law", "bill"); ``limit``
    overrides the size limit of :func:`max_bytes`.
    """
    name = os.fspath(path)
    target = Path(name)
    try:
        exists = target.exists()
        is_dir = exists and target.is_dir()
        is_file = exists and target.is_file()
    except OSError as exc:  # e.g. a name too long for the file system
        raise InputError(f"cannot open {what}: {exc.strerror or exc}", where=name) from None
    if not exists:
        raise InputError(f"no such {what} (file not found)", where=name)
    if is_dir:
        raise InputError(f"is a directory, expected a {what} file", where=name)
    if not is_file:
        raise InputError(f"is not a regular file, expected a {what} file", where=name)
    cap = max_bytes() if limit is None else limit
    try:
        size = target.stat().st_size
        if size > cap:
            raise InputError(
                f"is {size:,} bytes, over the limit of {cap:,} bytes (set SUFFRAGE_MAX_BYTES to raise it)",
                where=name,
            )
        with target.open("rb") as handle:
            data = handle.read(cap + 1)
    except PermissionError:
        raise InputError(f"cannot read {what}: permission denied", where=name) from None
    except OSError as exc:
        raise InputError(f"cannot read {what}: {exc.strerror or exc}", where=name) from None
    if len(data) > cap:  # the file grew while we looked at it
        raise InputError(f"is over the limit of {cap:,} bytes (set SUFFRAGE_MAX_BYTES to raise it)", where=name)
    return decode_text(data, where=name, what=what)


def decode_text(data: bytes, *, where: str = "<input>", what: str = "file") -> str:
    """Decode the bytes of a text file: UTF-8 (BOM optional), newlines normalised to ``\\n``."""
    if not data.strip():
        raise InputError(f"is empty, expected a {what}", where=where)
    for magic, message in _MAGIC:
        if data.startswith(magic):
            raise InputError(message.format(what=what), where=where)
    if data.startswith((b"\xff\xfe", b"\xfe\xff")) or _looks_utf16(data[:4096]):
        raise InputError(
            f"is UTF-16 encoded; save the {what} as UTF-8 (e.g. iconv -f UTF-16 -t UTF-8)", where=where
        )
    if data.startswith(b"\xef\xbb\xbf"):
        data = data[3:]
    sample = data[:8192]
    if b"\x00" in sample or _looks_binary(sample):
        raise InputError(f"looks like binary data, expected a {what} in plain text or Markdown", where=where)
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError as exc:
        line = data.count(b"\n", 0, exc.start) + 1
        raise InputError(
            f"is not valid UTF-8: byte 0x{data[exc.start]:02x} at offset {exc.start} (line {line})"
            f"{_encoding_hint(data)}",
            where=where,
        ) from None
    if "\r" in text:
        text = text.replace("\r\n", "\n").replace("\r", "\n")
    if not text.strip():
        raise InputError(f"is empty, expected a {what}", where=where)
    return text


def _looks_binary(sample: bytes) -> bool:
    """Many control characters (other than tab, newline, form feed, carriage return) mean the file is not text."""
    if not sample:
        return False
    controls = sum(1 for b in sample if b < 32 and b not in (9, 10, 12, 13))
    return controls / len(sample) > 0.05


def _looks_utf16(sample: bytes) -> bool:
    """UTF-16 text without a byte-order mark: every other byte is NUL."""
    if len(sample) < 8:
        return False
    for zeros, chars in ((sample[1::2], sample[0::2]), (sample[0::2], sample[1::2])):
        if zeros.count(0) > len(zeros) * 0.7 and chars.count(0) < len(chars) * 0.1:
            printable = sum(1 for b in chars if 32 <= b < 127 or b in (9, 10, 13))
            if printable > len(chars) * 0.7:
                return True
    return False


def _encoding_hint(data: bytes) -> str:
    """Name the likely 8-bit encoding of text that is not UTF-8, with the command that converts it."""
    high = [b for b in data[:65536] if b >= 0x80]
    if not high:
        return ""
    cyrillic = sum(1 for b in high if b >= 0xC0 or b in (0xA8, 0xB8))  # А-я, Ё, ё in Windows-1251
    if cyrillic >= len(high) * 0.8 and len(high) >= 4:
        return "; it looks like Windows-1251 (Cyrillic): convert with iconv -f CP1251 -t UTF-8"
    return "; it may be Windows-1252 or Latin-1: convert with iconv -f CP1252 -t UTF-8"
