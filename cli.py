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
import os
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
# ---- Report options ----
# Shared by every command that produces a findings report (`review`, `check`,
# the ledger's `draft check`): decorate with @report_options, take `run`,
# compute the report, end with finish_report(run, report, ...). Precedence:
# command line, then suffrage.toml / [tool.suffrage], then the defaults.
# --------------------------------------------------------------------------

#: Output formats; the same names as compliance.report.FORMATS (a test keeps them equal).
FORMAT_CHOICES = ("text", "json", "sarif", "junit", "github", "markdown", "html")
FAIL_ON_CHOICES = ("error", "warning", "info", "never")
_PROGRESS_MIN = 100  # provisions: below this a run is too quick for a bar


class RunOptions:
    """The report options of one run, after merging the command line with the configuration file."""

    def __init__(self, *, fmt: str, output: str | None, fail_on: str, select: tuple[str, ...],
                 ignore: tuple[str, ...], rule_dirs: tuple[str, ...], waivers: str | None, baseline: str | None,
                 write_baseline: str | None, law: str | None, config_path: str) -> None:
        self.fmt = fmt
        self.output = output
        self.fail_on = fail_on
        self.select = select
        self.ignore = ignore
        self.rule_dirs = rule_dirs
        self.waivers = waivers
        self.baseline = baseline
        self.write_baseline = write_baseline
        self.law = law
        self.config_path = config_path
        self.catalogue: Any = None

    def load_catalogue(self) -> Any:
        """The rule catalogue with the --rules packs (loaded once; SARIF and JUnit list its rules)."""
        if self.catalogue is None:
            self.catalogue = _load_catalogue(self.rule_dirs)
        return self.catalogue

    def progress(self, label: str, size: int) -> Any:
        """A ``progress(done, total)`` hook for the engine, or ``None`` off a terminal (see progress_hook)."""
        return progress_hook(label, size)


def _split(values: tuple[str, ...]) -> tuple[str, ...]:
    """``--select A,B --select C`` -> (A, B, C)."""
    return tuple(part.strip() for value in values for part in value.split(",") if part.strip())


def report_options(function: Any) -> Any:
    """Add the report options to a command and pass them, merged with the configuration, as ``run``."""
    import functools

    @functools.wraps(function)
    def wrapper(*args: Any, **kwargs: Any) -> Any:
        from compliance.config import discover, load_config

        config_file = kwargs.pop("config_file")
        config = load_config(config_file) if config_file else discover()
        fmt = kwargs.pop("fmt")
        fail_on = kwargs.pop("fail_on")
        select = _split(kwargs.pop("select"))
        ignore = _split(kwargs.pop("ignore"))
        rule_dirs = tuple(kwargs.pop("rule_dirs"))
        kwargs["run"] = RunOptions(
            fmt=fmt or config.format or "text",
            output=kwargs.pop("output") or config.output,
            fail_on=fail_on or config.fail_on or "error",
            select=select or config.select,
            ignore=ignore or config.ignore,
            rule_dirs=rule_dirs or config.rules,
            waivers=kwargs.pop("waivers") or config.waivers,
            baseline=kwargs.pop("baseline") or config.baseline,
            write_baseline=kwargs.pop("write_baseline"),
            law=config.law,
            config_path=config.path,
        )
        return function(*args, **kwargs)

    options = [
        click.option("--format", "fmt", type=click.Choice(FORMAT_CHOICES), default=None,
                     help="Output format  [default: text]."),
        click.option("--output", "-o", type=click.Path(dir_okay=False), default=None,
                     help="Write the report to FILE instead of standard output."),
        click.option("--fail-on", type=click.Choice(FAIL_ON_CHOICES), default=None,
                     help="Exit 1 when a finding at or above this severity counts  [default: error]."),
        click.option("--select", multiple=True, metavar="ID|TOPIC",
                     help="Run only these rules (rule ids or topic prefixes); repeatable or comma-separated."),
        click.option("--ignore", multiple=True, metavar="ID|TOPIC",
                     help="Skip these rules (rule ids or topic prefixes); repeatable or comma-separated."),
        click.option("--rules", "rule_dirs", multiple=True, type=click.Path(file_okay=False),
                     help="Also load the rule packs (*.toml) in DIR; repeatable."),
        click.option("--waivers", type=click.Path(dir_okay=False), default=None,
                     help="TOML file of [[waiver]] entries: findings accepted, each with a reason."),
        click.option("--baseline", type=click.Path(dir_okay=False), default=None,
                     help="Fail only on findings not recorded in this baseline file."),
        click.option("--write-baseline", type=click.Path(dir_okay=False), default=None,
                     help="Record today's findings in FILE (accepting them), then report."),
        click.option("--config", "config_file", type=click.Path(dir_okay=False), default=None,
                     help="Read options from FILE instead of the suffrage.toml or pyproject.toml found "
                          "in the working directory or its parents."),
    ]
    for option in reversed(options):
        wrapper = option(wrapper)
    return wrapper


def progress_hook(label: str, size: int) -> Any:
    """A click progress bar on stderr as a ``progress(done, total)`` hook — or ``None``.

    ``None`` (no bar) unless stderr is a terminal, the ``CI`` variable is unset
    and the run is big enough (``size`` provisions) to be worth watching.
    """
    import os

    if size < _PROGRESS_MIN or os.environ.get("CI") or not sys.stderr.isatty():
        return None
    return _TerminalProgress(label)


class _TerminalProgress:
    """Draws a click progress bar lazily, on the first call, and closes it when the work is done."""

    def __init__(self, label: str) -> None:
        self.label = label
        self.bar: Any = None
        self.done = 0

    def __call__(self, done: int, total: int) -> None:
        if self.bar is None:
            self.bar = click.progressbar(length=total, label=self.label, file=sys.stderr)
            self.bar.__enter__()
        if done > self.done:
            self.bar.update(done - self.done)
            self.done = done
        if done >= total:
            self.close()

    def close(self) -> None:
        if self.bar is not None:
            self.bar.__exit__(None, None, None)
            self.bar = None


def _repository_root() -> str:
    """The directory artifact paths are relative to: the git work tree around the working directory."""
    import os
    from pathlib import Path

    here = Path.cwd()
    for directory in (here, *here.parents):
        if (directory / ".git").exists():
            return str(directory)
    return os.fspath(here)


def _citation_resolver(laws: list[Any]) -> Any:
    def resolve_citation(text: str) -> str | None:
        from compliance.citations import resolve

        for law in laws:
            try:
                return resolve(law, text).eid
            except SuffrageError:
                continue
        return None

    return resolve_citation


def gather_waivers(run: RunOptions, report: Any, *, law: Any = None, draft: Any = None) -> list[Any]:
    """The waivers of a run: the waivers file, then inline waivers in the law and the draft."""
    from compliance.textio import read_text
    from compliance.waivers import draft_inline_waivers, law_inline_waivers, load_waivers

    waivers = list(load_waivers(run.waivers)) if run.waivers else []
    law_path = getattr(law, "path", "") or report.law_path
    if law_path and not law_path.startswith("<"):
        text = read_text(law_path, what="law")
        if "suffrage:" in text:
            if law is None:
                from compliance.lawtext import parse_law

                law = parse_law(text, path=law_path)
            waivers.extend(law_inline_waivers(text, law, path=law_path))
    draft_path = getattr(draft, "path", "") or report.draft_path
    if draft is not None and draft_path and not draft_path.startswith("<"):
        text = read_text(draft_path, what="draft")
        if "suffrage:" in text:
            resolve = _citation_resolver([law] if law is not None else [])
            waivers.extend(draft_inline_waivers(text, draft, path=draft_path, changes=report.changes,
                                                resolve=resolve))
    return waivers


def finish_report(run: RunOptions, report: Any, *, law: Any = None, draft: Any = None) -> None:
    """Finish a run: apply waivers and the baseline, render, write, and exit with the gate's code.

    ``law`` (the parsed law) and ``draft`` (the parsed draft) are where inline
    waivers are looked for and citations in waivers are resolved. Exits 0 or 1
    (``--fail-on``); input errors raise and exit 2 through the group.
    """
    import os

    from compliance import gate
    from compliance.baseline import baseline_of, dump_baseline, read_baseline
    from compliance.report import render

    waivers = gather_waivers(run, report, law=law, draft=draft)
    baseline = read_baseline(run.baseline) if run.baseline else None
    resolve = _citation_resolver([law]) if law is not None else None
    report = gate.prepare(report, waivers=waivers, baseline=baseline, resolve=resolve)
    if run.write_baseline:
        recorded = baseline_of(report, path=run.write_baseline)
        _emit(dump_baseline(report), run.write_baseline)
        click.echo(f"suffrage: recorded {len(recorded.entries)} finding(s) in {run.write_baseline}", err=True)
        report = gate.prepare(report, baseline=recorded)

    color = run.fmt == "text" and run.output is None and sys.stdout.isatty() and "NO_COLOR" not in os.environ
    options = {"color": color, "fail_on": run.fail_on, "catalogue": run.catalogue, "srcroot": _repository_root()}
    _emit(render(report, run.fmt, **options), run.output)
    summary_file = os.environ.get("GITHUB_STEP_SUMMARY")
    if run.fmt == "github" and summary_file:
        from compliance.report.github import summary

        try:
            with open(summary_file, "a", encoding="utf-8") as handle:
                handle.write(summary(report, fail_on=run.fail_on) + "\n")
        except OSError as exc:
            raise InputProblem(f"{summary_file}: cannot write the job summary: {exc.strerror or exc}") from None
    click.get_current_context().exit(gate.exit_code(report, run.fail_on))


# --------------------------------------------------------------------------
# ---- Parser: reading laws ----
# --------------------------------------------------------------------------


@main.command()
@click.argument("law", type=click.Path(dir_okay=True, path_type=str))
@click.argument("citation", required=False)
@click.option("--format", "fmt", type=click.Choice(["text", "json"]), default="text", show_default=True,
              help="Output format.")
@click.option("-o", "--output", type=click.Path(dir_okay=False, writable=True, path_type=str),
              help="Write to FILE instead of standard output.")
@click.option("--draft", "draft_path", type=click.Path(dir_okay=True, path_type=str), default=None,
              help="Show the law as amended by this draft (bill text or TOML).")
@click.option("--strict", is_flag=True, help="With --draft: bill lines that are not understood are errors (exit 2).")
def show(law: str, citation: str | None, fmt: str, output: str | None, draft_path: str | None, strict: bool) -> None:
    """Show a law's outline, or one provision (by citation or eId) with its text and children.

    CITATION is written the way the law writes it — "Article 20-1(3)",
    "paragraph 3 of Article 4", "56.1(2)", "74(1)(a)(ii)", "Part 6AA",
    "section 14 of Schedule 4", 'the definition "polling day" in subsection
    2(1)' — or as an eId such as art_4__para_3. With --draft, the provision
    is shown as the draft amends it (a repealed provision says so).
    """
    from compliance.citations import resolve
    from compliance.lawtext import read_law
    from compliance.outline import law_outline_dict, provision_dict, render_outline, render_provision

    if draft_path is not None:
        _show_amended(law, citation, fmt, draft_path, strict, output)
        return
    parsed = read_law(law)
    if citation is None:
        if fmt == "json":
            _emit(json.dumps(law_outline_dict(parsed), ensure_ascii=False, indent=2), output)
        else:
            _emit(render_outline(parsed), output)
        return
    provision = resolve(parsed, citation)
    if fmt == "json":
        _emit(json.dumps(provision_dict(provision), ensure_ascii=False, indent=2), output)
    else:
        _emit(render_provision(provision), output)


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


def _show_amended(law_path: str, citation: str | None, fmt: str, draft_path: str, strict: bool,
                  output: str | None = None) -> None:
    from compliance.citations import parse_citation, resolve
    from compliance.errors import CitationError
    from compliance.outline import law_outline_dict, provision_dict, render_outline, render_provision

    _draft, _law, amended = _load_amended(draft_path, law_path, strict=strict)
    law = amended.law
    if citation is None:
        _emit(json.dumps(law_outline_dict(law), ensure_ascii=False, indent=2) if fmt == "json"
              else render_outline(law), output)
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
                              "note": holder.note}, ensure_ascii=False, indent=2), output)
        else:
            _emit(message, output)
        return
    change = next((c for c in amended.changes if provision.eid in (c.eid, c.new_eid)), None)
    if fmt == "json":
        data = provision_dict(provision)
        data["amended"] = change.action if change else None
        _emit(json.dumps(data, ensure_ascii=False, indent=2), output)
        return
    text = render_provision(provision).replace(", line 0]", "]", 1)
    if provision.repealed:
        text = f"{provision.citation} is repealed by the draft.\n{text}"
    elif change is not None:
        text = f"{text}\n[{change.action} by the draft]"
    _emit(text, output)


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

def _load_catalogue(rule_dirs: tuple[str, ...]):
    from compliance.rules import load_catalogue

    return load_catalogue(rule_dirs)


@main.command()
@click.argument("law", type=click.Path(path_type=str), required=False)
@report_options
def review(law: str | None, run: RunOptions) -> None:
    """Check a law as it stands against the international standards.

    LAW may be left out when the configuration file names it (law = "...").
    """
    from compliance.lawtext import read_law
    from compliance.review import review as run_review

    law_file = law or run.law
    if not law_file:
        raise InputProblem("no law given: pass LAW, or set law = \"...\" in suffrage.toml or [tool.suffrage]")
    catalogue = run.load_catalogue()
    parsed = read_law(law_file)
    report = run_review(parsed, catalogue=catalogue, select=run.select, ignore=run.ignore,
                        progress=run.progress("Reviewing", parsed.provision_count))
    finish_report(run, report, law=parsed)


@main.command()
@click.argument("draft", type=click.Path(path_type=str))
@click.option("--law", "law_path", type=click.Path(path_type=str),
              help="The law the draft amends (optional when the draft or the configuration names it).")
@click.option("--effective-date", type=click.DateTime(formats=["%Y-%m-%d"]),
              help="When the amendments take effect (overrides the draft).")
@click.option("--election-date", type=click.DateTime(formats=["%Y-%m-%d"]),
              help="Date of the next election (overrides the draft).")
@report_options
def check(draft: str, law_path: str | None, effective_date, election_date, run: RunOptions) -> None:
    """Apply a draft to a law; report what it introduces, keeps and resolves."""
    from compliance.bill import read_draft
    from compliance.lawtext import read_law
    from compliance.review import check as run_check

    parsed = read_draft(draft)
    law_file = law_path or parsed.law or run.law
    if not law_file:
        raise InputProblem(f"{draft}: no law given; pass --law LAW, set law = \"...\" in the draft's [draft] "
                           "table, or in suffrage.toml")
    catalogue = run.load_catalogue()
    law = read_law(law_file)
    report = run_check(
        law, parsed, catalogue=catalogue, select=run.select, ignore=run.ignore,
        effective=effective_date.date() if effective_date else None,
        election=election_date.date() if election_date else None,
        progress=run.progress("Checking", law.provision_count),
    )
    finish_report(run, report, law=law, draft=parsed)


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
# ---- Graph ----
# --------------------------------------------------------------------------


def _amended(law, draft_path: str):
    """The law as a draft leaves it (``compliance.amend.Amended``)."""
    try:
        from compliance.amend import apply
        from compliance.bill import read_draft
    except ImportError:  # pragma: no cover - only before the bills modules are part of the build
        raise InputProblem("--draft needs compliance.bill and compliance.amend, which this build lacks") from None

    return apply(law, read_draft(draft_path))


@main.command()
@click.argument("law", type=click.Path(path_type=str))
@click.option("--draft", "draft_path", type=click.Path(path_type=str),
              help="Apply this draft (bill text or TOML) first: the graph of the law as amended, with the "
                   "changed provisions marked and the dangling references the draft introduces.")
@click.option("--format", "fmt", type=click.Choice(["dot", "graphml", "json", "mermaid", "summary"]), default="dot",
              show_default=True, help="Graph format, or a readable summary (references, dangling, cycles, most cited).")
@click.option("--output", "-o", type=click.Path(dir_okay=False, path_type=str), help="Write to FILE instead of stdout.")
def graph(law: str, draft_path: str | None, fmt: str, output: str | None) -> None:
    """The cross-reference graph of LAW: provisions, containment and citations between them."""
    from compliance.graph import build, draft_graph, export, summary
    from compliance.lawtext import read_law

    parsed = read_law(law)
    law_graph = draft_graph(parsed, _amended(parsed, draft_path)) if draft_path else build(parsed)
    _emit(summary(law_graph) if fmt == "summary" else export(law_graph, fmt), output)


@main.command()
@click.argument("law", type=click.Path(path_type=str))
@click.argument("citations", nargs=-1)
@click.option("--draft", "draft_path", type=click.Path(path_type=str),
              help="Apply this draft first. Without CITATION: what the draft's changes reach; with CITATION: "
                   "what a change to it reaches in the law as amended.")
@click.option("--format", "fmt", type=click.Choice(["text", "json"]), default="text", show_default=True)
@click.option("--output", "-o", type=click.Path(dir_okay=False, path_type=str), help="Write to FILE instead of stdout.")
def impact(law: str, citations: tuple[str, ...], draft_path: str | None, fmt: str, output: str | None) -> None:
    """What a change to CITATION... reaches: every provision that refers to it, directly or through a chain.

    CITATION is written as the law writes it ("Article 12", "subsection 56.1(2)") or as an eId.
    """
    from compliance.citations import resolve
    from compliance.graph import build, draft_impact, render_impact
    from compliance.lawtext import read_law

    parsed = read_law(law)
    if not citations and not draft_path:
        raise click.UsageError("give at least one CITATION, or --draft DRAFT")
    if draft_path and not citations:
        amended = _amended(parsed, draft_path)
        targets, entries, shown = [], draft_impact(parsed, amended), amended.law
    else:
        shown = _amended(parsed, draft_path).law if draft_path else parsed
        targets = [resolve(shown, citation) for citation in citations]
        entries = build(shown).impact([t.eid for t in targets])
    if fmt == "json":
        data = {"provisions": [{"eid": e.eid, "label": e.label, "path": list(e.path)} for e in entries]}
        _emit(json.dumps(data, ensure_ascii=False, indent=2), output)
    else:
        _emit(render_impact(shown, targets, entries), output)


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


# --------------------------------------------------------------------------
# ---- Ledger ----
# The event-sourced drafting ledger (docs/ledger.md): init, law ..., draft ..., log, verify.
# Every writing command is one atomic save; user mistakes raise LedgerError (exit 2).

def _store_option(func: Any) -> Any:
    return click.option(
        "--store", envvar="SUFFRAGE_STORE", metavar="URL|PATH",
        help="Ledger store: postgresql://user@host:port/dbname or a SQLite file "
             "[default: .suffrage/ledger.sqlite; env SUFFRAGE_STORE].",
    )(func)


def _author_option(func: Any) -> Any:
    return click.option(
        "--author", metavar="NAME",
        help="Who makes the change [default: $SUFFRAGE_AUTHOR, git user.name, or the OS user].",
    )(func)


def _ledger(store: str | None, *, create: bool = False) -> Any:
    from compliance.ledger import Ledger, parse_store

    return Ledger(parse_store(store), create=create)


def _date(value: str | None, what: str) -> Any:
    from compliance.ledger.codec import parse_date

    return parse_date(value, what=what)


def _today() -> Any:
    from datetime import date

    return date.today()


def _author(explicit: str | None) -> str:
    from compliance.ledger import resolve_author

    return resolve_author(explicit)


def _read_amendments(path: str) -> Any:
    """Read a bill or TOML draft for the ledger; unparsed lines are reported on stderr."""
    from compliance.bill import read_draft
    from compliance.errors import BillError

    parsed = read_draft(path)
    for line in parsed.unparsed:
        click.echo(f"suffrage: warning: {path}:{line.line}: not understood ({line.reason}): {line.text}", err=True)
    for line in parsed.conditional:
        click.echo(f"suffrage: warning: {path}:{line.line}: conditional amendment not recorded: {line.text}",
                   err=True)
    if not parsed.operations:
        raise BillError("no amending operations found", where=path)
    return parsed


def _explicit_ids(path: str) -> set[str]:
    """Amendment ids a TOML draft writes itself (the reader numbers the others a1, a2, ...; the ledger
    numbers those after the draft's existing amendments instead)."""
    if not path.lower().endswith(".toml"):
        return set()
    import tomllib

    try:
        with open(path, "rb") as handle:
            data = tomllib.load(handle)
    except (OSError, tomllib.TOMLDecodeError):
        return set()  # read_draft has already accepted the file; be lenient here
    amendments = data.get("amendment", [])
    return {str(a["id"]).strip() for a in amendments if isinstance(a, dict) and str(a.get("id", "")).strip()}


@main.command("init")
@_store_option
def ledger_init(store: str | None) -> None:
    """Create a drafting ledger (default: .suffrage/ledger.sqlite in this directory)."""
    from compliance.ledger import Ledger, parse_store

    spec = parse_store(store)
    existed = spec.is_sqlite and os.path.exists(spec.location)
    with Ledger(spec, create=True) as ledger:
        commands, _head = ledger.head()
    if existed or commands:
        click.echo(f"The ledger at {spec.location} already exists ({commands} commands recorded).")
    else:
        click.echo(f"Initialised an empty ledger at {spec.location}.")


@main.group("law")
def law_group() -> None:
    """Laws in the ledger: import a text, show it as of a date, trace a provision's versions."""


@law_group.command("import")
@click.argument("file", type=click.Path(dir_okay=True, path_type=str))
@click.option("--name", required=True, help="The name the law is known by in the ledger, e.g. kz-elections.")
@click.option("--as-of", "as_of", metavar="DATE", help="The date the text is current as of [default: today].")
@_store_option
@_author_option
def law_import(file: str, name: str, as_of: str | None, store: str | None, author: str | None) -> None:
    """Import a law's text into the ledger under NAME."""
    from compliance.lawtext import parse_law
    from compliance.textio import read_text

    text = read_text(file, what="law")
    parsed = parse_law(text, path=file)
    when = _date(as_of, "--as-of") or _today()
    with _ledger(store) as ledger:
        ledger.import_law(name=name, text=text, source=file, as_of=when, author=_author(author))
    click.echo(f"Imported {file} as law {name!r}: {parsed.provision_count} provisions, text as of {when}.")


@law_group.command("show")
@click.argument("name")
@click.argument("citation", required=False)
@click.option("--as-of", "as_of", metavar="DATE", help="Show the law as it stood on DATE [default: today].")
@click.option("--format", "fmt", type=click.Choice(["text", "json"]), default="text", show_default=True)
@_store_option
def law_show(name: str, citation: str | None, as_of: str | None, fmt: str, store: str | None) -> None:
    """Show a law (or one provision) as amended by the drafts in force on a date."""
    from compliance.citations import resolve
    from compliance.ledger.consolidate import law_as_of
    from compliance.outline import law_outline_dict, provision_dict, render_outline, render_provision

    when = _date(as_of, "--as-of") or _today()
    with _ledger(store) as ledger:
        law = ledger.law(name)
        current, applied = law_as_of(law, when)
    in_force = [{"draft": a["draft_id"][:8], "title": a["title"], "effective": a["effective"]} for a in applied]
    if citation is None:
        body: Any = law_outline_dict(current) if fmt == "json" else render_outline(current)
    else:
        provision = resolve(current, citation)
        body = provision_dict(provision) if fmt == "json" else render_provision(provision)
    if fmt == "json":
        _emit(json.dumps({"law": name, "as_of": when.isoformat(), "amendments": in_force, "text": body},
                         ensure_ascii=False, indent=2))
        return
    drafts = ", ".join(f"{a['draft']} (effective {a['effective']})" for a in in_force) or "none"
    _emit(f"Law {name!r} as of {when}; adopted drafts in force: {drafts}\n\n{body}")


@law_group.command("history")
@click.argument("name")
@click.argument("citation")
@click.option("--format", "fmt", type=click.Choice(["text", "json"]), default="text", show_default=True)
@_store_option
def law_history(name: str, citation: str, fmt: str, store: str | None) -> None:
    """Every version of one provision: its dates and the draft that changed it."""
    from compliance.citations import resolve
    from compliance.errors import CitationError
    from compliance.ledger.consolidate import base_law, law_as_of, provision_history

    with _ledger(store) as ledger:
        law = ledger.law(name)
        try:
            eid = resolve(base_law(law), citation).eid
        except CitationError:
            eid = resolve(law_as_of(law, None)[0], citation).eid
        versions = provision_history(law, eid)
    if fmt == "json":
        _emit(json.dumps([
            {"since": v.since, "eid": v.eid, "citation": v.citation, "text": v.text, "draft": v.draft_id,
             "title": v.draft_title, "action": v.action} for v in versions
        ], ensure_ascii=False, indent=2))
        return
    lines = []
    for v in versions:
        how = f"{v.action} by draft {v.draft_id[:8]} {v.draft_title!r}" if v.draft_id else "as imported"
        lines.append(f"since {v.since}: {v.citation} [{v.eid}] — {how}")
        text = v.text if v.text is not None else "(no such provision)"
        lines.extend(f"    {line}" for line in text.split("\n"))
    _emit("\n".join(lines))


@main.group("draft")
def draft_group() -> None:
    """Drafts in the ledger: open, propose, revise, withdraw, check, waive, adopt, abandon."""


@draft_group.command("open")
@click.argument("title")
@click.option("--law", "law_name", required=True, metavar="NAME", help="The ledger law the draft amends.")
@click.option("--election-date", metavar="DATE", help="Date of the next election (Venice Code one-year rule).")
@_store_option
@_author_option
def draft_open(title: str, law_name: str, election_date: str | None, store: str | None, author: str | None) -> None:
    """Open a draft; prints its short id alone on the last line."""
    election = _date(election_date, "--election-date")
    with _ledger(store) as ledger:
        draft = ledger.open_draft(title=title, law=law_name, election=election, author=_author(author))
    click.echo(f"Opened draft {draft.title!r} on law {draft.law_name}.")
    click.echo(draft.short_id)


@draft_group.command("propose")
@click.argument("draft_id", metavar="ID")
@click.argument("file", metavar="BILL_OR_TOML", type=click.Path(dir_okay=True, path_type=str))
@_store_option
@_author_option
def draft_propose(draft_id: str, file: str, store: str | None, author: str | None) -> None:
    """Propose the amendments of a bill or TOML draft (one amendment per operation)."""
    parsed = _read_amendments(file)
    with _ledger(store) as ledger:
        ids = ledger.propose(draft_id, parsed.operations, source=file, author=_author(author),
                             explicit_ids=_explicit_ids(file))
    click.echo(f"Proposed {', '.join(ids)} to draft {draft_id}.")


@draft_group.command("revise")
@click.argument("draft_id", metavar="ID")
@click.argument("amendment")
@click.argument("file", type=click.Path(dir_okay=True, path_type=str))
@_store_option
@_author_option
def draft_revise(draft_id: str, amendment: str, file: str, store: str | None, author: str | None) -> None:
    """Replace an amendment's operations with those of FILE."""
    parsed = _read_amendments(file)
    with _ledger(store) as ledger:
        ledger.revise(draft_id, amendment, parsed.operations, source=file, author=_author(author))
    click.echo(f"Revised {amendment} of draft {draft_id}.")


@draft_group.command("withdraw")
@click.argument("draft_id", metavar="ID")
@click.argument("amendment")
@click.option("--reason", required=True, help="Why the amendment is withdrawn.")
@_store_option
@_author_option
def draft_withdraw(draft_id: str, amendment: str, reason: str, store: str | None, author: str | None) -> None:
    """Withdraw an amendment (the reason is recorded)."""
    with _ledger(store) as ledger:
        ledger.withdraw(draft_id, amendment, reason=reason, author=_author(author))
    click.echo(f"Withdrew {amendment} of draft {draft_id}.")


@draft_group.command("check")
@click.argument("draft_id", metavar="ID")
@report_options
@_store_option
@_author_option
def draft_check(draft_id: str, run: RunOptions, store: str | None, author: str | None) -> None:
    """Check a draft against its law, record the result, and report it like `suffrage check`.

    The draft's active amendments are applied to the law with every adopted draft; waivers recorded with
    `suffrage draft waive` apply, and so do --waivers files and --baseline, as for `suffrage check`.
    """
    from compliance.ledger.engine import check_runner

    runner = check_runner(catalogue=run.load_catalogue(), select=run.select, ignore=run.ignore, today=_today())
    with _ledger(store) as ledger:
        report = ledger.record_check(draft_id, author=_author(author), run=runner)
    summary = report.summary()
    click.echo(f"suffrage: recorded the check of draft {draft_id}: {summary['error']} error(s), "
               f"{summary['warning']} warning(s), {summary['info']} info", err=True)
    finish_report(run, report)


@draft_group.command("waive")
@click.argument("draft_id", metavar="ID")
@click.argument("fingerprint")
@click.option("--reason", required=True, help="Why the finding is acceptable (mandatory).")
@click.option("--expires", metavar="DATE", help="The waiver lapses after this date.")
@_store_option
@_author_option
def draft_waive(draft_id: str, fingerprint: str, reason: str, expires: str | None, store: str | None,
                author: str | None) -> None:
    """Waive one finding of the latest check, by fingerprint (a unique prefix is enough)."""
    until = _date(expires, "--expires")
    with _ledger(store) as ledger:
        full = ledger.waive(draft_id, fingerprint, reason=reason, expires=until, today=_today(),
                            author=_author(author))
    click.echo(f"Waived finding {full} of draft {draft_id}" + (f" until {until}." if until else "."))


@draft_group.command("adopt")
@click.argument("draft_id", metavar="ID")
@click.option("--effective", required=True, metavar="DATE", help="The date the amendments take effect.")
@_store_option
@_author_option
def draft_adopt(draft_id: str, effective: str, store: str | None, author: str | None) -> None:
    """Adopt a checked draft into its law, effective on DATE."""
    when = _date(effective, "--effective")
    with _ledger(store) as ledger:
        changes = ledger.adopt(draft_id, effective=when, author=_author(author))
    touched = ", ".join(c.get("citation") or c["eid"] for c in changes) or "no provision"
    click.echo(f"Adopted draft {draft_id}, effective {when}: {len(changes)} change(s) ({touched}).")


@draft_group.command("abandon")
@click.argument("draft_id", metavar="ID")
@click.option("--reason", required=True, help="Why the draft is abandoned.")
@_store_option
@_author_option
def draft_abandon(draft_id: str, reason: str, store: str | None, author: str | None) -> None:
    """Abandon a draft (the reason is recorded)."""
    with _ledger(store) as ledger:
        ledger.abandon(draft_id, reason=reason, author=_author(author))
    click.echo(f"Abandoned draft {draft_id}.")


@draft_group.command("list")
@click.option("--format", "fmt", type=click.Choice(["text", "json"]), default="text", show_default=True)
@_store_option
def draft_list(fmt: str, store: str | None) -> None:
    """The drafts in the ledger, with their status and latest check."""
    from compliance.ledger.views import draft_summary

    with _ledger(store) as ledger:
        rows = [draft_summary(d) for d in ledger.drafts()]
    if fmt == "json":
        _emit(json.dumps(rows, ensure_ascii=False, indent=2))
        return
    if not rows:
        _emit("No drafts yet; open one with `suffrage draft open TITLE --law NAME`.")
        return
    lines = []
    for row in rows:
        check = row["last_check"]
        checked = (f"{check['error']}E {check['warning']}W {check['info']}I" if check else "not checked")
        lines.append(f"{row['id'][:8]}  {row['status']:<9}  {row['law']:<12}  {row['amendments']:>3} amend.  "
                     f"{checked:<12}  {row['title']}")
    _emit("\n".join(lines))


@draft_group.command("show")
@click.argument("draft_id", metavar="ID")
@click.option("--format", "fmt", type=click.Choice(["text", "json"]), default="text", show_default=True)
@_store_option
def draft_show(draft_id: str, fmt: str, store: str | None) -> None:
    """One draft: its amendments, latest check, waivers and outcome."""
    from compliance.ledger.views import draft_dict, render_draft

    with _ledger(store) as ledger:
        draft = ledger.draft(draft_id)
    _emit(json.dumps(draft_dict(draft), ensure_ascii=False, indent=2) if fmt == "json" else render_draft(draft))


@main.command("log")
@click.argument("ref", metavar="[ID|LAW]", required=False)
@click.option("--format", "fmt", type=click.Choice(["text", "json"]), default="text", show_default=True)
@_store_option
def ledger_log(ref: str | None, fmt: str, store: str | None) -> None:
    """The history: when, who, what — of everything, of one draft, or of one law."""
    from compliance.ledger.history import entries

    with _ledger(store) as ledger:
        rows = list(entries(ledger.events(ledger.subjects(ref) if ref else None), law_names=ledger.law_ids()))
    if fmt == "json":
        _emit("\n".join(json.dumps(row.as_dict(), ensure_ascii=False) for row in rows) or "")
        return
    _emit("\n".join(row.line() for row in rows) or "The ledger is empty.")


@main.command("verify")
@click.option("--head", "heads", multiple=True, metavar="HASH",
              help="A head hash printed earlier; the chain must still contain it (repeatable).")
@_store_option
def ledger_verify(heads: tuple[str, ...], store: str | None) -> None:
    """Prove the stored history was not edited: exit 0 if intact, 1 naming each broken record."""
    with _ledger(store) as ledger:
        result = ledger.verify(heads=heads)
    if not result.ok:
        for problem in result.problems:
            click.echo(f"suffrage: verify: {problem}", err=True)
        click.echo(f"The ledger at {ledger.store.location} FAILED verification: {len(result.problems)} problem(s) "
                   f"in {result.records} records.")
        raise SystemExit(1)
    click.echo(f"The ledger at {ledger.store.location} is intact: {result.records} records in {result.links} "
               f"commands; head {result.head}")


if __name__ == "__main__":  # pragma: no cover
    main()
