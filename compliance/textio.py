"""Reading user files as text, with one clear error for every way that fails.

Laws, bills and drafts arrive as files a drafter pasted together. Before any
parser sees them we make sure they are what we think: an existing regular
file, not too large, not binary, valid UTF-8 (a byte-order mark is accepted
and dropped). Each refusal is an :class:`~compliance.errors.InputError`
that names the file and the problem, with the byte offset of bad UTF-8 and a
hint when the bytes look like Windows-1251 or UTF-16.
"""

from __future__ import annotations

import os
from pathlib import Path

from .errors import InputError

__all__ = ["DEFAULT_MAX_BYTES", "max_bytes", "read_text", "decode_text"]

#: Default limit on input size. Generous: the largest real election code we know
#: of is a few megabytes; the limit only stops accidents (a disk image, a video).
DEFAULT_MAX_BYTES = 64 * 1024 * 1024


def max_bytes() -> int:
    """The size limit in bytes: ``SUFFRAGE_MAX_BYTES`` if set, else :data:`DEFAULT_MAX_BYTES`."""
    raw = os.environ.get("SUFFRAGE_MAX_BYTES")
    if not raw:
        return DEFAULT_MAX_BYTES
    try:
        value = int(raw)
    except ValueError:
        raise InputError(f"SUFFRAGE_MAX_BYTES must be a whole number of bytes, not {raw!r}") from None
    if value <= 0:
        raise InputError(f"SUFFRAGE_MAX_BYTES must be positive, not {value}")
    return value


def read_text(path: str | os.PathLike[str], *, what: str = "file", limit: int | None = None) -> str:
    """Read ``path`` as UTF-8 text with universal newlines, or raise :class:`InputError`.

    ``what`` names the kind of file in messages ("law", "bill").
    """
    name = os.fspath(path)
    target = Path(name)
    if not target.exists():
        raise InputError(f"no such {what}", where=name)
    if target.is_dir():
        raise InputError(f"is a directory, expected a {what} file", where=name)
    if not target.is_file():
        raise InputError(f"is not a regular file, expected a {what} file", where=name)
    cap = max_bytes() if limit is None else limit
    try:
        size = target.stat().st_size
        if size > cap:
            raise InputError(
                f"is {size:,} bytes, over the limit of {cap:,} bytes (set SUFFRAGE_MAX_BYTES to raise it)",
                where=name,
            )
        data = target.read_bytes()
    except PermissionError:
        raise InputError(f"cannot read {what}: permission denied", where=name) from None
    except OSError as exc:
        raise InputError(f"cannot read {what}: {exc.strerror or exc}", where=name) from None
    return decode_text(data, where=name, what=what)


def decode_text(data: bytes, *, where: str = "<input>", what: str = "file") -> str:
    """Decode bytes of a text file: UTF-8 (BOM optional), newlines normalised to ``\\n``."""
    if not data.strip():
        raise InputError(f"is empty, expected a {what}", where=where)
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):
        raise InputError(
            f"is UTF-16 encoded; save the {what} as UTF-8 (e.g. iconv -f UTF-16 -t UTF-8)", where=where
        )
    if data.startswith(b"\xef\xbb\xbf"):
        data = data[3:]
    if b"\x00" in data[:8192] or _looks_binary(data[:8192]):
        raise InputError(f"looks like binary data, expected a {what} in plain text or Markdown", where=where)
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError as exc:
        hint = ""
        if _looks_cp1251(data):
            hint = "; it looks like Windows-1251 (convert with: iconv -f CP1251 -t UTF-8)"
        raise InputError(
            f"is not valid UTF-8: byte 0x{data[exc.start]:02x} at offset {exc.start}{hint}", where=where
        ) from None
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    if not text.strip():
        raise InputError(f"is empty, expected a {what}", where=where)
    return text


def _looks_binary(sample: bytes) -> bool:
    """Many control characters (other than tab, newline, form feed) mean the file is not text."""
    if not sample:
        return False
    controls = sum(1 for b in sample if b < 32 and b not in (9, 10, 12, 13))
    return controls / len(sample) > 0.05


def _looks_cp1251(data: bytes) -> bool:
    """Bytes in 0xC0-0xFF outside valid UTF-8 sequences, as Cyrillic text in Windows-1251 has."""
    high = sum(1 for b in data[:65536] if b >= 0xC0)
    return high > 8
