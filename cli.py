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
@click.option("--draft", "draft_path", type=click.Path(dir_okay=True, path_type=str), default=None,
              help="Show the law as amended by this draft (bill text or TOML).")
@click.option("--strict", is_flag=True, help="With --draft: bill lines that are not understood are errors (exit 2).")
def show(law: str, citation: str | None, fmt: str, draft_path: str | None, strict: bool) -> None:
    """Show a law's outline, or one provision with its text and children."""
    from compliance.citations import resolve
    from compliance.lawtext import read_law
    from compliance.outline import law_outline_dict, provision_dict, render_outline, render_provision

    if draft_path is not None:
        _show_amended(law, citation, fmt, draft_path, strict)
        return
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


# ---- Bills ----


def _load_amended(draft_path: str, law_path: str | None, *, strict: bool) -> tuple[Any, Any, Any]:
    """Read a draft and its law, report unparsed bill lines, and apply the draft: (draft, law, amended)."""
    from compliance.amend import apply
    from compliance.bill import read_draft
    from compliance.lawtext import read_law

    if draft_path.lower().endswith(".toml") or not law_path:
        draft = read_draft(draft_path)
        law = read_law(_law_path(draft, draft_path, law_path))
    else:
        # Bill text: knowing the law first tells a bill that amends several acts which one is meant.
        law = read_law(law_path)
        draft = read_draft(draft_path, act=law.title)
    _report_unparsed(draft, strict=strict)
    return draft, law, apply(law, draft)


def _law_path(draft: Any, draft_path: str, law_path: str | None) -> str:
    """--law, else the law the TOML draft names (relative to the working directory, then to the draft)."""
    import os

    if law_path:
        return law_path
    if not draft.law:
        raise InputProblem(f"{draft_path}: the draft names no law; give one with --law LAW")
    if os.path.isabs(draft.law) or os.path.exists(draft.law):
        return str(draft.law)
    beside = os.path.join(os.path.dirname(draft_path), draft.law)
    if os.path.exists(beside):
        return beside
    raise InputProblem(f"{draft_path}: the law {draft.law!r} named by the draft does not exist "
                       "(relative to the working directory or to the draft); give one with --law LAW")


def _report_unparsed(draft: Any, *, strict: bool) -> None:
    """Unparsed bill lines: warnings on stderr, or (with --strict) an input error, exit 2."""
    for item in draft.unparsed:
        where = f"{draft.path}:{item.line}"
        if strict:
            raise InputProblem(f"{where}: instruction not understood ({item.reason}): {_short(item.text)}"
                               + (f" (and {len(draft.unparsed) - 1} more)" if len(draft.unparsed) > 1 else ""))
        click.echo(f"suffrage: warning: {where}: instruction not understood ({item.reason}): {_short(item.text)}",
                   err=True)
    for item in draft.conditional:
        click.echo(f"suffrage: note: {draft.path}:{item.line}: not applied ({item.reason}): {_short(item.text)}",
                   err=True)


def _short(text: str, limit: int = 100) -> str:
    text = " ".join(text.split())
    return text if len(text) <= limit else text[: limit - 1] + "…"


def _show_amended(law_path: str, citation: str | None, fmt: str, draft_path: str, strict: bool) -> None:
    from compliance.citations import parse_citation, resolve
    from compliance.errors import CitationError
    from compliance.outline import law_outline_dict, provision_dict, render_outline, render_provision

    _draft, _law, amended = _load_amended(draft_path, law_path, strict=strict)
    law = amended.law
    if citation is None:
        _emit(json.dumps(law_outline_dict(law), ensure_ascii=False, indent=2) if fmt == "json"
              else render_outline(law))
        return
    try:
        provision = resolve(law, citation)
    except CitationError:
        holder = _repealed_ancestor(law, parse_citation(citation))
        if holder is None:
            raise
        message = f"{citation} is repealed: {holder.citation} is repealed by the draft ({holder.note})"
        if fmt == "json":
            _emit(json.dumps({"citation": citation, "repealed": True, "repealed_with": holder.eid,
                              "note": holder.note}, ensure_ascii=False, indent=2))
        else:
            _emit(message)
        return
    change = next((c for c in amended.changes if provision.eid in (c.eid, c.new_eid)), None)
    if fmt == "json":
        data = provision_dict(provision)
        data["amended"] = change.action if change else None
        _emit(json.dumps(data, ensure_ascii=False, indent=2))
        return
    text = render_provision(provision).replace(", line 0]", "]", 1)
    if provision.repealed:
        text = f"{provision.citation} is repealed by the draft.\n{text}"
    elif change is not None:
        text = f"{text}\n[{change.action} by the draft]"
    _emit(text)


def _repealed_ancestor(law: Any, path: Any) -> Any:
    """For a citation that no longer resolves: the repealed provision that contained it, if any."""
    from compliance.citations import CitationPath, find

    steps = list(path.steps)
    while len(steps) > 1:
        steps.pop()
        found = find(law, CitationPath(steps=tuple(steps), schedule=path.schedule))
        if found is not None:
            return found if found.repealed else None
    return None


@main.command()
@click.argument("draft", type=click.Path(dir_okay=True, path_type=str))
@click.option("--law", "law_path", type=click.Path(dir_okay=True, path_type=str), default=None,
              help="The law the draft amends (optional when a TOML draft names it).")
@click.option("--format", "fmt", type=click.Choice(["text", "json", "markdown"]), default="text", show_default=True,
              help="Output format.")
@click.option("--output", "-o", type=click.Path(dir_okay=False, path_type=str), default=None,
              help="Write to this file instead of standard output.")
@click.option("--strict", is_flag=True, help="Bill lines that are not understood are errors (exit 2).")
@click.option("--color/--no-color", "color", default=None,
              help="Colour the diff (default: only when writing to a terminal).")
def diff(draft: str, law_path: str | None, fmt: str, output: str | None, strict: bool, color: bool | None) -> None:
    """Show the provisions a draft amends, before and after, as unified diffs."""
    from compliance.diffview import render_diff

    parsed, law, amended = _load_amended(draft, law_path, strict=strict)
    text = render_diff(parsed, law, amended, fmt)
    if fmt == "text" and output is None:
        _echo_coloured(text, color)
    else:
        _emit(text, output)


def _echo_coloured(text: str, color: bool | None) -> None:
    """Echo a diff; click strips the colours when standard output is not a terminal (unless --color)."""
    styles = {"+": "green", "-": "red", "@": "cyan"}
    for line in text.split("\n"):
        head = line[:1]
        if line.startswith(("+++", "---")):
            click.echo(click.style(line, bold=True), color=color)
        elif head in styles and not line.startswith(("++", "--")):
            click.echo(click.style(line, fg=styles[head]), color=color)
        elif line.startswith("==") or line.startswith("Problems") or line.startswith("Not applied"):
            click.echo(click.style(line, bold=True), color=color)
        else:
            click.echo(line, color=color)


# --------------------------------------------------------------------------
# ---- Standards: review, check, rules ----
# --------------------------------------------------------------------------

_FAIL_LEVELS = {"error": 3, "warning": 2, "info": 1, "never": 99}


def _report_options(function):
    """Options shared by every command that produces a findings report."""
    options = [
        click.option("--format", "fmt", default="text", show_default=True,
                     type=click.Choice(["text", "json"]), help="Output format."),
        click.option("--output", "-o", type=click.Path(dir_okay=False, writable=True),
                     help="Write the report to FILE instead of standard output."),
        click.option("--fail-on", type=click.Choice(list(_FAIL_LEVELS)), default="error", show_default=True,
                     help="Exit 1 when a finding at or above this severity remains."),
        click.option("--select", multiple=True, metavar="ID|TOPIC",
                     help="Run only these rules (rule ids or topic prefixes); repeatable."),
        click.option("--ignore", multiple=True, metavar="ID|TOPIC",
                     help="Skip these rules (rule ids or topic prefixes); repeatable."),
        click.option("--rules", "rule_dirs", multiple=True, type=click.Path(file_okay=False),
                     help="Also load the rule packs (*.toml) in DIR; repeatable."),
    ]
    for option in reversed(options):
        function = option(function)
    return function


def _load_catalogue(rule_dirs: tuple[str, ...]):
    from compliance.rules import load_catalogue

    return load_catalogue(rule_dirs)


def _finish(report, fmt: str, output: str | None, fail_on: str) -> None:
    """Render a report, write it, and exit 1 when a gating finding is at or above ``--fail-on``."""
    from compliance.report import render

    color = fmt == "text" and output is None and sys.stdout.isatty() and "NO_COLOR" not in __import__("os").environ
    _emit(render(report, fmt, color=color), output)
    threshold = _FAIL_LEVELS[fail_on]
    if any(f.severity.rank >= threshold for f in report.gating()):
        raise SystemExit(1)


@main.command()
@click.argument("law", type=click.Path(path_type=str))
@_report_options
def review(law: str, fmt: str, output: str | None, fail_on: str, select, ignore, rule_dirs) -> None:
    """Check a law as it stands against the international standards."""
    from compliance.lawtext import read_law
    from compliance.review import review as run_review

    catalogue = _load_catalogue(rule_dirs)
    report = run_review(read_law(law), catalogue=catalogue, select=select, ignore=ignore)
    _finish(report, fmt, output, fail_on)


@main.command()
@click.argument("draft", type=click.Path(path_type=str))
@click.option("--law", "law_path", type=click.Path(path_type=str),
              help="The law the draft amends (optional when a TOML draft names it).")
@click.option("--effective-date", type=click.DateTime(formats=["%Y-%m-%d"]),
              help="When the amendments take effect (overrides the draft).")
@click.option("--election-date", type=click.DateTime(formats=["%Y-%m-%d"]),
              help="Date of the next election (overrides the draft).")
@_report_options
def check(draft: str, law_path: str | None, effective_date, election_date, fmt: str, output: str | None,
          fail_on: str, select, ignore, rule_dirs) -> None:
    """Apply a draft to a law; report what it introduces, keeps and resolves."""
    from compliance.bill import read_draft
    from compliance.lawtext import read_law
    from compliance.review import check as run_check

    parsed = read_draft(draft)
    law_file = law_path or parsed.law
    if not law_file:
        raise InputProblem(f"{draft}: no law given; pass --law LAW or set law = \"...\" in the draft's [draft] table")
    catalogue = _load_catalogue(rule_dirs)
    report = run_check(
        read_law(law_file), parsed, catalogue=catalogue, select=select, ignore=ignore,
        effective=effective_date.date() if effective_date else None,
        election=election_date.date() if election_date else None,
    )
    _finish(report, fmt, output, fail_on)


@main.group()
def rules() -> None:
    """The rule catalogue: list the encoded standards, explain one rule."""


@rules.command("list")
@click.option("--format", "fmt", type=click.Choice(["text", "json", "markdown"]), default="text",
              show_default=True, help="Output format (markdown generates docs/rules.md).")
@click.option("--rules", "rule_dirs", multiple=True, type=click.Path(file_okay=False),
              help="Also load the rule packs in DIR.")
def rules_list(fmt: str, rule_dirs) -> None:
    """List every rule with its severity, topic and title."""
    from compliance.report.catalogue import render_list

    _emit(render_list(_load_catalogue(rule_dirs), fmt))


@rules.command("explain")
@click.argument("rule_id")
@click.option("--format", "fmt", type=click.Choice(["text", "json"]), default="text", show_default=True)
@click.option("--rules", "rule_dirs", multiple=True, type=click.Path(file_okay=False),
              help="Also load the rule packs in DIR.")
def rules_explain(rule_id: str, fmt: str, rule_dirs) -> None:
    """Show one rule: what it checks, the texts it cites, its examples."""
    from compliance.report.catalogue import render_explain

    catalogue = _load_catalogue(rule_dirs)
    _emit(render_explain(catalogue.rule(rule_id), catalogue, fmt))


# --------------------------------------------------------------------------
# ---- Specs ----
# --------------------------------------------------------------------------


@main.command()
@click.argument("paths", nargs=-1, required=True, type=click.Path(exists=True, path_type=str))
@click.option("--junitxml", type=click.Path(dir_okay=False), help="Also write a JUnit XML report to FILE.")
@click.option("--cucumberjson", type=click.Path(dir_okay=False), help="Also write a Cucumber JSON report to FILE.")
def spec(paths: tuple[str, ...], junitxml: str | None, cucumberjson: str | None) -> None:
    """Run Gherkin compliance specs (.feature files) with the shipped step library."""
    import difflib
    import os

    import pytest

    from compliance.bdd.plugin import SpecSession
    from compliance.bdd.steps import STEP_PHRASES

    session = SpecSession()
    root = os.path.commonpath([os.path.abspath(p) if os.path.isdir(p) else os.path.dirname(os.path.abspath(p))
                               for p in paths])
    args = [*paths, "--suffrage-specs", "-p", "no:cacheprovider", "--rootdir", root, "-c", os.devnull,
            "-q", "-rN", "--tb=no", "--no-header", "-W", "ignore::pytest.PytestUnknownMarkWarning",
            "-W", "ignore::pytest.PytestAssertRewriteWarning", "-p", "no:randomly"]
    if junitxml:
        args += ["--junitxml", junitxml]
    if cucumberjson:
        args += ["--cucumberjson", cucumberjson]
    code = pytest.main(args, plugins=[session])
    if session.unknown_steps:
        phrases = [phrase.split(" ", 1)[1] for phrase in STEP_PHRASES]
        for filename, line, text in session.unknown_steps:
            words = text.split(" ", 1)[-1]
            near = difflib.get_close_matches(words, phrases, n=1, cutoff=0.3)
            hint = f"; did you mean: {near[0]}" if near else ""
            click.echo(f"suffrage: error: {filename}:{line}: unknown step: {text}{hint}", err=True)
        raise SystemExit(2)
    for filename, scenario_line, scenario, step, step_line, message in session.failures:
        click.echo(f"\nFAILED {filename}:{scenario_line}  Scenario: {scenario}")
        click.echo(f"  {step}   (line {step_line})")
        for line in message.splitlines():
            click.echo(f"  {line}")
    total = session.passed + session.failed
    if code == pytest.ExitCode.NO_TESTS_COLLECTED or total == 0:
        raise InputProblem(f"no scenarios found in {', '.join(paths)} (expected .feature files)")
    click.echo(f"\n{total} scenario(s): {session.passed} passed, {session.failed} failed")
    if code == pytest.ExitCode.OK:
        return
    if code == pytest.ExitCode.TESTS_FAILED:
        raise SystemExit(1)
    raise SystemExit(2)


if __name__ == "__main__":  # pragma: no cover
    main()
