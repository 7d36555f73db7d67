"""The ``suffrage`` command line.

Click commands only: parse options, call :mod:`compliance`, render, set the
exit code. Exit codes are a contract (ARCHITECTURE §6): ``0`` no finding at or
above ``--fail-on``; ``1`` findings at or above it; ``2`` usage or input error,
reported in one line that names the file and what was expected, with no
traceback. Heavy modules are imported inside the commands that need them, so
``suffrage --help`` and a small review start fast.
"""

from __future__ import annotations

import json
import sys
from typing import Any

import click

from compliance import __version__
from compliance.errors import SuffrageError

__all__ = ["main"]


class InputProblem(click.ClickException):
    """A user mistake (bad file, unknown citation, malformed draft): one line on stderr, exit 2."""

    exit_code = 2

    def show(self, file: Any = None) -> None:
        click.echo(f"suffrage: error: {self.format_message()}", err=True)


class SuffrageGroup(click.Group):
    """A click group that turns every :class:`SuffrageError` into exit status 2 without a traceback."""

    def invoke(self, ctx: click.Context) -> Any:
        try:
            return super().invoke(ctx)
        except SuffrageError as error:
            raise InputProblem(str(error)) from None
        except BrokenPipeError:  # pragma: no cover - `suffrage show … | head`
            sys.stderr.close()
            raise SystemExit(0) from None


@click.group(cls=SuffrageGroup, context_settings={"help_option_names": ["-h", "--help"], "max_content_width": 100})
@click.version_option(__version__, prog_name="suffrage", message="%(prog)s %(version)s")
def main() -> None:
    """Check amendments to election laws against international electoral standards.

    Suffrage reads a law (plain text or Markdown, CIS or Commonwealth
    numbering), applies a draft's amending instructions, and reports which
    provisions of the UDHR, ICCPR (with General Comment 25), the CIS Convention,
    the Copenhagen Document and the Venice Commission's Code of Good Practice
    they offend, with exact citations.
    """


def _emit(text: str, output: str | None = None) -> None:
    if output:
        try:
            with open(output, "w", encoding="utf-8") as handle:
                handle.write(text if text.endswith("\n") else text + "\n")
        except OSError as exc:
            raise InputProblem(f"{output}: cannot write output: {exc.strerror or exc}") from None
    else:
        click.echo(text)


# --------------------------------------------------------------------------
# Reading laws
# --------------------------------------------------------------------------


@main.command()
@click.argument("law", type=click.Path(dir_okay=True, path_type=str))
@click.argument("citation", required=False)
@click.option("--format", "fmt", type=click.Choice(["text", "json"]), default="text", show_default=True,
              help="Output format.")
def show(law: str, citation: str | None, fmt: str) -> None:
    """Show a law's outline, or one provision with its text and children."""
    from compliance.citations import resolve
    from compliance.lawtext import read_law
    from compliance.outline import law_outline_dict, provision_dict, render_outline, render_provision

    parsed = read_law(law)
    if citation is None:
        if fmt == "json":
            _emit(json.dumps(law_outline_dict(parsed), ensure_ascii=False, indent=2))
        else:
            _emit(render_outline(parsed))
        return
    provision = resolve(parsed, citation)
    if fmt == "json":
        _emit(json.dumps(provision_dict(provision), ensure_ascii=False, indent=2))
    else:
        _emit(render_provision(provision))


if __name__ == "__main__":  # pragma: no cover
    main()
