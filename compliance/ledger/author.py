"""Who is making a change: ``--author``, else ``SUFFRAGE_AUTHOR``, else git ``user.name``, else the OS user."""

from __future__ import annotations

import getpass
import os
import subprocess

__all__ = ["resolve_author"]


def resolve_author(explicit: str | None = None) -> str:
    """The author recorded on every event a command writes."""
    for candidate in (explicit, os.environ.get("SUFFRAGE_AUTHOR")):
        if candidate and candidate.strip():
            return candidate.strip()
    name = _git_user_name()
    if name:
        return name
    try:
        return getpass.getuser()
    except (KeyError, OSError):  # no passwd entry, no USER/LOGNAME
        return "unknown"


def _git_user_name() -> str:
    try:
        completed = subprocess.run(
            ["git", "config", "user.name"], capture_output=True, text=True, timeout=5, check=False
        )
    except (OSError, subprocess.SubprocessError):
        return ""
    return completed.stdout.strip() if completed.returncode == 0 else ""
