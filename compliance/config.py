"""Project configuration: ``suffrage.toml`` or ``[tool.suffrage]`` in ``pyproject.toml``.

So that a CI job needs only ``suffrage check DRAFT``, the options a project
always passes can live in a file next to its laws::

    # suffrage.toml (top level), or [tool.suffrage] in pyproject.toml
    law = "laws/elections.md"
    rules = ["rules/national"]          # extra rule pack directories
    select = ["VC", "suffrage."]        # rule ids or topic prefixes
    ignore = ["VC021"]
    fail-on = "warning"                 # error | warning | info | never
    waivers = "suffrage-waivers.toml"
    baseline = "suffrage-baseline.json"
    format = "text"
    output = ""                         # a file, or empty for standard output

The file is looked for in the working directory, then in each parent: in
each directory ``suffrage.toml`` wins over ``pyproject.toml``, and a
``pyproject.toml`` without a ``[tool.suffrage]`` table is passed over.
Relative paths are relative to the directory of the file that names them.
Options given on the command line win over the file. Keys may be written
``fail-on`` or ``fail_on``; unknown keys are an input error (a typo must not
silently turn a gate off).
"""

from __future__ import annotations

import os
import re
import tomllib
from pathlib import Path

from attrs import frozen

from .errors import InputError
from .report import FORMATS
from .textio import read_text

__all__ = ["CONFIG_NAMES", "Config", "find_config", "load_config", "parse_config", "discover"]

CONFIG_NAMES = ("suffrage.toml", "pyproject.toml")
_FAIL_ON = ("error", "warning", "info", "never")
_PATH_KEYS = ("law", "waivers", "baseline", "output")
_LIST_KEYS = ("rules", "select", "ignore")
_KEYS = frozenset({*_PATH_KEYS, *_LIST_KEYS, "fail-on", "format"})
_TOML_LINE_RE = re.compile(r"at line (\d{1,9})")


@frozen
class Config:
    """Options read from a configuration file; ``None``/empty where the file says nothing.

    ``path`` is the file they came from (``""`` when there was none).
    """

    path: str = ""
    law: str | None = None
    rules: tuple[str, ...] = ()
    select: tuple[str, ...] = ()
    ignore: tuple[str, ...] = ()
    fail_on: str | None = None
    waivers: str | None = None
    baseline: str | None = None
    format: str | None = None
    output: str | None = None


def find_config(start: str | os.PathLike[str] | None = None) -> Path | None:
    """The configuration file that applies in ``start`` (default: the working directory), or ``None``."""
    here = Path(start if start is not None else os.getcwd()).resolve()
    for directory in (here, *here.parents):
        candidate = directory / "suffrage.toml"
        if candidate.is_file():
            return candidate
        pyproject = directory / "pyproject.toml"
        if pyproject.is_file() and _has_tool_table(pyproject):
            return pyproject
    return None


def _has_tool_table(pyproject: Path) -> bool:
    try:
        text = pyproject.read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError):
        return False
    if "suffrage" not in text:
        return False
    try:
        data = tomllib.loads(text)
    except tomllib.TOMLDecodeError:
        return True  # let load_config report the error with its line
    tool = data.get("tool")
    return isinstance(tool, dict) and "suffrage" in tool


def discover(start: str | os.PathLike[str] | None = None) -> Config:
    """The configuration that applies in ``start``: read from the file found, or empty."""
    path = find_config(start)
    return load_config(path, cwd=start) if path is not None else Config()


def load_config(path: str | os.PathLike[str], *, cwd: str | os.PathLike[str] | None = None) -> Config:
    """Read a ``suffrage.toml`` or the ``[tool.suffrage]`` table of a ``pyproject.toml``."""
    name = os.fspath(path)
    return parse_config(read_text(name, what="configuration file"), path=name, cwd=cwd)


def parse_config(text: str, *, path: str, cwd: str | os.PathLike[str] | None = None) -> Config:
    """Parse configuration text; paths are made relative to ``cwd`` (default: the working directory)."""
    try:
        data = tomllib.loads(text)
    except tomllib.TOMLDecodeError as error:
        match = _TOML_LINE_RE.search(str(error))
        raise InputError(f"not valid TOML: {error}", where=path,
                         line=int(match.group(1)) if match else None) from None
    where = path
    if Path(path).name == "pyproject.toml":
        tool = data.get("tool", {})
        data = tool.get("suffrage", {}) if isinstance(tool, dict) else {}
        where = f"{path} [tool.suffrage]"
    if not isinstance(data, dict):
        raise InputError("[tool.suffrage] must be a table", where=where)
    values: dict[str, object] = {}
    for key, value in data.items():
        canonical = key.replace("_", "-")
        if canonical not in _KEYS:
            raise InputError(f"unknown configuration key {key!r}; expected one of {', '.join(sorted(_KEYS))}",
                             where=where)
        values[canonical] = value

    base = Path(path).resolve().parent
    here = Path(cwd if cwd is not None else os.getcwd()).resolve()

    def as_path(key: str, value: object) -> str | None:
        if not isinstance(value, str):
            raise InputError(f"{key} must be a string (a path)", where=where)
        if not value:
            return None
        return _relative(base / value, here)

    def as_list(key: str, value: object) -> tuple[str, ...]:
        if isinstance(value, str):
            value = [value]
        if not isinstance(value, list) or not all(isinstance(v, str) and v for v in value):
            raise InputError(f"{key} must be a list of strings", where=where)
        return tuple(value)

    fail_on = values.get("fail-on")
    if fail_on is not None and fail_on not in _FAIL_ON:
        raise InputError(f"fail-on must be one of {', '.join(_FAIL_ON)}, not {fail_on!r}", where=where)
    fmt = values.get("format")
    if fmt is not None and fmt not in FORMATS:
        raise InputError(f"format must be one of {', '.join(FORMATS)}, not {fmt!r}", where=where)
    return Config(
        path=path,
        law=as_path("law", values["law"]) if "law" in values else None,
        rules=tuple(_relative(base / d, here) for d in as_list("rules", values["rules"])) if "rules" in values else (),
        select=as_list("select", values["select"]) if "select" in values else (),
        ignore=as_list("ignore", values["ignore"]) if "ignore" in values else (),
        fail_on=fail_on,  # type: ignore[arg-type]
        waivers=as_path("waivers", values["waivers"]) if "waivers" in values else None,
        baseline=as_path("baseline", values["baseline"]) if "baseline" in values else None,
        format=fmt,  # type: ignore[arg-type]
        output=as_path("output", values["output"]) if "output" in values else None,
    )


def _relative(target: Path, here: Path) -> str:
    """``target`` relative to ``here`` when it lies below it, else absolute (stable in messages)."""
    resolved = Path(os.path.normpath(target))
    try:
        return resolved.relative_to(here).as_posix()
    except ValueError:
        return str(resolved)
