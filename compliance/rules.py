"""Rule packs: standards encoded as data, loaded strictly, evaluated safely.

A pack is one TOML file per instrument (``rules/*.toml``, shipped in the
wheel; users add theirs with ``--rules DIR``)::

    [pack]
    id = "VC-CGP"                 # the instrument's identifier prefix
    title = "Venice Commission, Code of Good Practice in Electoral Matters"
    version = "2026.1"            # bumped whenever the pack's rules change
    instrument = "CDL-AD(2002)023rev2-cor"
    source = "https://www.venice.coe.int/..."

    [provisions."VC-CGP:I.1.3.ii"]   # the cited texts, written once
    text = "The law should not require collection of the signatures of more than 1% of voters ..."
    source = "..."
    verified = false                 # not yet compared with the official document

    [[rule]]
    id = "VC013"                     # stable, never reused
    name = "signatures-above-one-percent"
    title = "Support signatures do not exceed 1% of voters"
    topic = "candidacy.signatures"   # from the topics vocabulary (a contract)
    severity = "error"               # error | warning | info
    cites = ["VC-CGP:I.1.3.ii", "GC25:17"]
    fact = "signatures.percent"      # the fact the rule reads
    when = "value > 1"               # a condition over the fact (safe expression)
    message = "Requires support signatures of {value}% of voters; the Code sets a ceiling of 1%."
    description = "Why it matters, and what the rule deliberately does not cover."
      [[rule.example]]
      expect = "fail"
      text = "Article 56. ...\\n1. ... not less than five per cent of the voters ..."
      [[rule.example]]
      expect = "pass"
      text = "..."

Conditions are expressions over ``value``, the fact's declared attributes and
a few functions (``has``, ``law_has``, ``contains``, ``min``, ``max``, ``abs``,
``len``, ``round``). They are checked against an allow-list of syntax when the
pack is loaded — no attribute access, no exponentiation, no calls to anything
but the listed functions, no names but the declared ones — and evaluated by
``simpleeval`` (a maintained sandboxed evaluator, preferred to hand-written
evaluation), so a pack cannot run code. Loading fails loudly, naming the file,
the rule and the problem: unknown keys, topics, facts or citations, duplicate
ids, bad expressions or message templates, missing examples.
"""

from __future__ import annotations

import ast
import os
import re
import string
import threading
from collections.abc import Callable, Iterable, Mapping, Sequence
from datetime import date
from functools import cache
from pathlib import Path
from typing import Any

from attrs import field, frozen

from .errors import RulePackError
from .model import CitedText, RulesetRef, Severity

__all__ = [
    "Example",
    "Rule",
    "Pack",
    "Catalogue",
    "topics",
    "builtin_pack_dir",
    "load_pack",
    "load_catalogue",
    "compile_condition",
    "ConditionError",
    "fingerprint",
    "FUNCTIONS",
    "cache_dir",
]

RULE_ID_RE = re.compile(r"^[A-Z][A-Z0-9]{1,7}\d{3}$")
NAME_RE = re.compile(r"^[a-z0-9]+(?:-[a-z0-9]+)*$")
PROVISION_ID_RE = re.compile(r"^[A-Z][A-Za-z0-9\-]{1,15}:\S{1,40}$")

_PACK_KEYS = {"id", "title", "version", "instrument", "source", "note"}
_PROVISION_KEYS = {"text", "source", "verified"}
_RULE_KEYS = {"id", "name", "title", "topic", "severity", "cites", "fact", "when", "message", "description",
              "example"}
_EXAMPLE_KEYS = {"expect", "text", "law", "draft", "effective", "election", "name"}
_MAX_CONSTANT = 10**12
_MAX_STRING = 300


@cache
def topics() -> dict[str, str]:
    """The finding topics (id -> title): a public contract, shipped with the package."""
    import tomllib

    # A plain path, not importlib.resources: the packs are found the same way (builtin_pack_dir), and
    # importlib.resources costs more to import than the whole file takes to read.
    data = tomllib.loads((Path(__file__).resolve().parent / "topics.toml").read_text(encoding="utf-8"))
    found: dict[str, str] = {}

    def walk(table: Mapping[str, Any], prefix: str) -> None:
        for key, value in table.items():
            if isinstance(value, dict):
                name = f"{prefix}.{key}" if prefix else key
                if isinstance(value.get("title"), str):
                    found[name] = value["title"]
                walk(value, name)

    walk(data, "")
    return found


def builtin_pack_dir() -> Path:
    """Where the built-in packs are: inside the installed package, or ``rules/`` in a source checkout."""
    packaged = Path(__file__).resolve().parent / "_packs"
    if packaged.is_dir():
        return packaged
    return Path(__file__).resolve().parent.parent / "rules"


# --------------------------------------------------------------------------
# Conditions
# --------------------------------------------------------------------------

#: Functions a condition may call. ``has`` and ``law_has`` are bound per evaluation.
FUNCTIONS: dict[str, Callable[..., Any]] = {
    "min": min,
    "max": max,
    "abs": abs,
    "len": len,
    "round": round,
    "contains": lambda haystack, needle: needle is not None and haystack is not None
    and str(needle).lower() in str(haystack).lower(),
    "has": lambda name: False,
    "law_has": lambda name: False,
}

_ALLOWED_NODES: tuple[type[ast.AST], ...] = (
    ast.Expression, ast.BoolOp, ast.And, ast.Or, ast.UnaryOp, ast.Not, ast.USub, ast.UAdd,
    ast.BinOp, ast.Add, ast.Sub, ast.Mult, ast.Div, ast.Mod, ast.FloorDiv,
    ast.Compare, ast.Eq, ast.NotEq, ast.Lt, ast.LtE, ast.Gt, ast.GtE, ast.In, ast.NotIn, ast.Is, ast.IsNot,
    ast.Name, ast.Load, ast.Constant, ast.Call, ast.List, ast.Tuple, ast.Set, ast.IfExp,
)


class ConditionError(ValueError):
    """A condition that passed the checks at load time failed when evaluated (e.g. division by zero)."""


def compile_condition(expression: str, names: Iterable[str]) -> Callable[[Mapping[str, Any], Mapping[str, Callable]], bool]:
    """Check ``expression`` against the allow-list and return an evaluator.

    Raises ``ValueError`` with a readable reason for anything outside the
    language: attribute access (``value.__class__``), subscripts, lambdas,
    comprehensions, exponentiation, calls to unknown functions, unknown names,
    huge constants.
    """
    allowed_names = set(names) | {"True", "False", "None"}
    if len(expression) > 1000:
        raise ValueError("condition is longer than 1000 characters")
    try:
        tree = ast.parse(expression, mode="eval")
    except SyntaxError as exc:
        raise ValueError(f"condition is not a valid expression: {exc.msg}") from None
    for node in ast.walk(tree):
        if isinstance(node, ast.Attribute):
            raise ValueError(f"attribute access ({ast.unparse(node)}) is not allowed in conditions")
        if isinstance(node, ast.BinOp) and isinstance(node.op, ast.Pow):
            raise ValueError("exponentiation (**) is not allowed in conditions")
        if not isinstance(node, _ALLOWED_NODES):
            raise ValueError(f"{type(node).__name__} is not allowed in conditions ({ast.unparse(node)})")
        if isinstance(node, ast.Call):
            if not isinstance(node.func, ast.Name) or node.func.id not in FUNCTIONS:
                raise ValueError(f"call to {ast.unparse(node.func)} is not allowed; allowed functions: "
                                 + ", ".join(sorted(FUNCTIONS)))
            if node.keywords:
                raise ValueError("keyword arguments are not allowed in conditions")
        elif isinstance(node, ast.Name):
            if node.id.startswith("_") or (node.id not in allowed_names and node.id not in FUNCTIONS):
                raise ValueError(f"unknown name {node.id!r}; a condition may use: "
                                 + ", ".join(sorted(set(names))))
        elif isinstance(node, ast.Constant):
            value = node.value
            if isinstance(value, (int, float)) and not isinstance(value, bool) and abs(value) > _MAX_CONSTANT:
                raise ValueError(f"constant {value!r} is too large")
            if isinstance(value, str) and len(value) > _MAX_STRING:
                raise ValueError("string constant is too long")
            if not isinstance(value, (int, float, str, bool, type(None))):
                raise ValueError(f"constant {value!r} is not allowed")

    return _evaluator(expression, tree)


def _evaluator(expression: str,
               tree: ast.Expression | None = None) -> Callable[[Mapping[str, Any], Mapping[str, Callable]], bool]:
    """Evaluate an expression already checked against the allow-list (see :func:`compile_condition`).

    The expression is parsed once and one ``simpleeval`` evaluator is reused
    (a fresh one when another thread holds it): building an evaluator and
    parsing the text on every call cost ten times the evaluation itself.
    """
    from simpleeval import EvalWithCompoundTypes, InvalidExpression

    parsed = (tree if tree is not None else ast.parse(expression, mode="eval")).body
    shared = EvalWithCompoundTypes(names={}, functions=dict(FUNCTIONS))
    lock = threading.Lock()

    def run(evaluator: Any, env: Mapping[str, Any], functions: Mapping[str, Callable]) -> bool:
        evaluator.names = dict(env)
        evaluator.functions = {**FUNCTIONS, **functions}
        try:
            return bool(evaluator.eval(expression, previously_parsed=parsed))
        except TypeError:
            # A comparison with a missing (None) attribute is simply not met.
            return False
        except (ArithmeticError, ValueError, InvalidExpression, RecursionError) as exc:
            # Division by zero, a string repeated too often (simpleeval's limits): the pack's mistake,
            # reported as such by Rule.matches rather than crashing the run.
            raise ConditionError(f"{type(exc).__name__}: {exc}") from None

    def evaluate(env: Mapping[str, Any], functions: Mapping[str, Callable]) -> bool:
        if not lock.acquire(blocking=False):
            return run(EvalWithCompoundTypes(names={}, functions=dict(FUNCTIONS)), env, functions)
        try:
            return run(shared, env, functions)
        finally:
            lock.release()

    return evaluate


def _template_fields(template: str) -> list[str]:
    fields = []
    for _literal, field_name, spec, conversion in string.Formatter().parse(template):
        if field_name is None:
            continue
        if not re.fullmatch(r"[A-Za-z][A-Za-z0-9_]{0,40}", field_name):
            raise ValueError(f"message placeholder {{{field_name}}} must be a plain name")
        if conversion:
            raise ValueError(f"message placeholder {{{field_name}!{conversion}}} may not use a conversion")
        if spec and not re.fullmatch(r"[<>^=]?[+\- ]?\d{0,3}(?:\.\d{1,2})?[dfgs%]?", spec):
            raise ValueError(f"message placeholder format {spec!r} is not allowed")
        fields.append(field_name)
    return fields


def _display(value: Any) -> Any:
    if isinstance(value, float) and value.is_integer():
        return int(value)
    if isinstance(value, (list, tuple)):
        return ", ".join(str(_display(v)) for v in value)
    return value


class _Defaults(dict):
    def __missing__(self, key: str) -> str:
        return "?"


# --------------------------------------------------------------------------
# Packs, rules, catalogue
# --------------------------------------------------------------------------


@frozen
class Example:
    """A pass or fail example of a rule: a law fragment, or a law plus a draft with dates."""

    expect: str
    text: str | None = None
    law: str | None = None
    draft: str | None = None
    effective: date | None = None
    election: date | None = None
    name: str = ""


@frozen
class Rule:
    """One encoded standard (see the module docstring for the fields)."""

    id: str
    name: str
    title: str
    topic: str
    severity: Severity
    cites: tuple[str, ...]
    fact: str
    when: str
    message: str
    description: str = ""
    examples: tuple[Example, ...] = ()
    pack: str = ""
    condition: Callable[..., bool] | None = field(default=None, eq=False, repr=False)

    def matches(self, env: Mapping[str, Any], functions: Mapping[str, Callable]) -> bool:
        condition = self.condition
        if condition is None:
            # A rule read back from the catalogue cache: its condition was checked when the pack was loaded.
            condition = _evaluator(self.when)
            object.__setattr__(self, "condition", condition)
        try:
            return condition(env, functions)
        except ConditionError as exc:
            raise RulePackError(f"rule {self.id} (pack {self.pack}): condition {self.when!r} failed on "
                                f"value {env.get('value')!r}: {exc}") from None

    def render_message(self, env: Mapping[str, Any]) -> str:
        values = _Defaults({key: _display(value) for key, value in env.items() if value is not None})
        try:
            return self.message.format_map(values)
        except (ValueError, TypeError):
            return self.message


@frozen
class Pack:
    id: str
    title: str
    version: str
    instrument: str
    source: str
    path: str
    provisions: Mapping[str, CitedText]
    rules: tuple[Rule, ...]


@frozen
class Catalogue:
    """The loaded packs: rules by id and by fact, cited texts by identifier."""

    packs: tuple[Pack, ...]

    @property
    def rules(self) -> tuple[Rule, ...]:
        return tuple(rule for pack in self.packs for rule in pack.rules)

    @property
    def rulesets(self) -> tuple[RulesetRef, ...]:
        return tuple(RulesetRef(p.id, p.version, p.title) for p in self.packs)

    def rule(self, rule_id: str) -> Rule:
        for rule in self.rules:
            if rule.id == rule_id:
                return rule
        raise RulePackError(f"no rule {rule_id!r}; see `suffrage rules list`")

    def citation(self, identifier: str) -> CitedText:
        for pack in self.packs:
            if identifier in pack.provisions:
                return pack.provisions[identifier]
        raise RulePackError(f"no cited provision {identifier!r} in the loaded packs")

    def citations(self) -> dict[str, CitedText]:
        return {key: value for pack in self.packs for key, value in pack.provisions.items()}

    def by_fact(self) -> dict[str, list[Rule]]:
        table: dict[str, list[Rule]] = {}
        for rule in self.rules:
            table.setdefault(rule.fact, []).append(rule)
        return table

    def select(self, select: Sequence[str] = (), ignore: Sequence[str] = ()) -> Catalogue:
        """Keep the rules named by ``select`` (rule ids or topic prefixes) minus those named by ``ignore``."""
        if not select and not ignore:
            return self
        for token in [*select, *ignore]:
            if not any(_selects(token, rule) for rule in self.rules):
                raise RulePackError(f"--select/--ignore {token!r} names no rule id or topic of the loaded packs")
        packs = []
        for pack in self.packs:
            kept = tuple(
                rule for rule in pack.rules
                if (not select or any(_selects(t, rule) for t in select))
                and not any(_selects(t, rule) for t in ignore)
            )
            packs.append(Pack(pack.id, pack.title, pack.version, pack.instrument, pack.source, pack.path,
                              pack.provisions, kept))
        return Catalogue(tuple(packs))


def _selects(token: str, rule: Rule) -> bool:
    token = token.strip()
    if token == rule.id or token == rule.name:
        return True
    prefix = token.rstrip(".*")
    return rule.topic == prefix or rule.topic.startswith(prefix + ".")


def fingerprint(rule_id: str, eid: str, evidence: str) -> str:
    """A stable identity for a finding: rule, provision and the words it rests on (whitespace- and case-insensitive)."""
    normal = " ".join(evidence.lower().split())
    return _sha256()(f"{rule_id}|{eid}|{normal}".encode()).hexdigest()[:16]


@cache
def _sha256() -> Callable[[bytes], Any]:
    """SHA-256 from CPython's built-in module when there is one: ``hashlib`` loads OpenSSL first, which
    costs a short ``suffrage review`` more than a tenth of its start-up. Same digests either way."""
    for module in ("_sha2", "_sha256"):  # Python 3.12+, 3.11
        try:
            return __import__(module).sha256
        except (ImportError, AttributeError):
            continue
    import hashlib

    return hashlib.sha256


def _line_of(text: str, pattern: str) -> int | None:
    match = re.search(pattern, text, re.M)
    return text.count("\n", 0, match.start()) + 1 if match else None


def _where(path: str, text: str, rule_id: str | None) -> tuple[str, int | None]:
    if rule_id is None:
        return path, None
    return path, _line_of(text, r'^\s*id\s*=\s*"' + re.escape(rule_id) + r'"')


def load_pack(path: str | Path, *, fact_names: Mapping[str, Sequence[str]] | None = None,
              known_citations: Mapping[str, CitedText] | None = None) -> tuple[Pack, list[tuple[str, Rule]]]:
    """Load one pack file. Citation checks that need other packs are done by :func:`load_catalogue`.

    Returns the pack and (citation, rule) pairs still to resolve.
    """
    import tomllib

    from .facts import fact_specs

    path = Path(path)
    name = str(path)
    try:
        text = path.read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError) as exc:
        raise RulePackError(f"cannot read rule pack: {exc}", where=name) from None
    try:
        data = tomllib.loads(text)
    except tomllib.TOMLDecodeError as exc:
        raise RulePackError(f"invalid TOML: {exc}", where=name) from None
    unknown = set(data) - {"pack", "provisions", "rule"}
    if unknown:
        raise RulePackError(f"unknown top-level keys {sorted(unknown)}; expected [pack], [provisions], [[rule]]",
                            where=name)
    header = data.get("pack")
    if not isinstance(header, dict):
        raise RulePackError("missing [pack] table with id, title and version", where=name)
    bad = set(header) - _PACK_KEYS
    if bad:
        raise RulePackError(f"[pack] has unknown keys {sorted(bad)}; allowed: {sorted(_PACK_KEYS)}",
                            where=name, line=_line_of(text, r"^\[pack\]"))
    for key in ("id", "title", "version"):
        if not isinstance(header.get(key), str) or not header[key].strip():
            raise RulePackError(f"[pack] needs a non-empty string {key!r}", where=name,
                                line=_line_of(text, r"^\[pack\]"))
    pack_id = header["id"]

    provisions: dict[str, CitedText] = {}
    for identifier, entry in (data.get("provisions") or {}).items():
        def line() -> int | None:
            return _line_of(text, r'^\[provisions\."' + re.escape(identifier) + r'"\]')

        if not PROVISION_ID_RE.match(identifier):
            raise RulePackError(f"provision id {identifier!r} should look like 'VC-CGP:I.1.3.ii' or 'ICCPR:25(b)'",
                                where=name, line=line())
        if not isinstance(entry, dict) or set(entry) - _PROVISION_KEYS or not isinstance(entry.get("text"), str):
            raise RulePackError(f"provision {identifier!r} must have a string 'text' (and optional 'source', "
                                "'verified')", where=name, line=line())
        provisions[identifier] = CitedText(identifier, " ".join(entry["text"].split()),
                                           str(entry.get("source", "")), bool(entry.get("verified", True)))

    specs = fact_specs() if fact_names is None else None
    rules: list[Rule] = []
    pending: list[tuple[str, Rule]] = []
    topic_ids = topics()
    for number, raw in enumerate(data.get("rule") or [], start=1):
        rule_id = raw.get("id") if isinstance(raw, dict) else None

        def fail(message: str, rule_id: Any = rule_id, number: int = number) -> RulePackError:
            # The line is looked up only for the error message: a search per rule costs more than the rule.
            where, line = _where(name, text, rule_id if isinstance(rule_id, str) else None)
            label = f"rule {rule_id}" if isinstance(rule_id, str) else f"rule #{number}"
            return RulePackError(f"{label}: {message}", where=where, line=line)

        if not isinstance(raw, dict):
            raise fail("must be a table")
        bad = set(raw) - _RULE_KEYS
        if bad:
            raise fail(f"unknown keys {sorted(bad)}; allowed: {sorted(_RULE_KEYS)}")
        for key in ("id", "name", "title", "topic", "severity", "fact", "when", "message"):
            if not isinstance(raw.get(key), str) or not raw[key].strip():
                raise fail(f"needs a non-empty string {key!r}")
        if not RULE_ID_RE.match(rule_id):
            raise fail("id must look like 'VC013' (letters, then three digits)")
        if not NAME_RE.match(raw["name"]):
            raise fail(f"name {raw['name']!r} must be kebab-case")
        if raw["topic"] not in topic_ids:
            raise fail(f"unknown topic {raw['topic']!r}; topics are listed in compliance/topics.toml")
        if raw["severity"] not in ("error", "warning", "info"):
            raise fail(f"severity must be error, warning or info, not {raw['severity']!r}")
        cites = raw.get("cites")
        if not isinstance(cites, list) or not cites or not all(isinstance(c, str) for c in cites):
            raise fail("cites must be a non-empty list of provision identifiers")
        fact = raw["fact"]
        if fact_names is not None:
            attr_names = fact_names.get(fact)
        else:
            spec = specs.get(fact) if specs is not None else None
            attr_names = spec.attrs if spec is not None else None
        if attr_names is None:
            raise fail(f"unknown fact {fact!r}; facts are declared by the extractor modules in compliance/facts/")
        names = ["value", *attr_names]
        try:
            condition = compile_condition(raw["when"], names)
        except ValueError as exc:
            raise fail(f"bad condition {raw['when']!r}: {exc}") from None
        try:
            for placeholder in _template_fields(raw["message"]):
                if placeholder not in names:
                    raise ValueError(f"message placeholder {{{placeholder}}} is not one of {names}")
        except ValueError as exc:
            raise fail(str(exc)) from None
        examples = _examples(raw.get("example"), fail)
        if not any(e.expect == "fail" for e in examples) or not any(e.expect == "pass" for e in examples):
            raise fail("needs at least one 'fail' and one 'pass' example")
        rule = Rule(
            id=rule_id,
            name=raw["name"],
            title=" ".join(raw["title"].split()),
            topic=raw["topic"],
            severity=Severity(raw["severity"]),
            cites=tuple(cites),
            fact=fact,
            when=raw["when"],
            message=" ".join(raw["message"].split()),
            description=(raw.get("description") or "").strip(),
            examples=examples,
            pack=pack_id,
            condition=condition,
        )
        rules.append(rule)
        pending.extend((c, rule) for c in cites)
    pack = Pack(pack_id, header["title"], header["version"], header.get("instrument", ""),
                header.get("source", ""), name, provisions, tuple(rules))
    return pack, pending


def _examples(raw: Any, fail: Callable[[str], RulePackError]) -> tuple[Example, ...]:
    if raw is None:
        return ()
    if not isinstance(raw, list):
        raise fail("example must be an array of tables ([[rule.example]])")
    examples = []
    for entry in raw:
        if not isinstance(entry, dict):
            raise fail("each example must be a table")
        bad = set(entry) - _EXAMPLE_KEYS
        if bad:
            raise fail(f"example has unknown keys {sorted(bad)}; allowed: {sorted(_EXAMPLE_KEYS)}")
        if entry.get("expect") not in ("pass", "fail"):
            raise fail("example needs expect = \"pass\" or \"fail\"")
        has_text = isinstance(entry.get("text"), str)
        has_draft = isinstance(entry.get("law"), str) and isinstance(entry.get("draft"), str)
        if has_text == has_draft:
            raise fail("example needs either 'text' (a law fragment) or both 'law' and 'draft'")
        for key in ("effective", "election"):
            if key in entry and not isinstance(entry[key], date):
                raise fail(f"example {key} must be a TOML date (YYYY-MM-DD)")
        examples.append(Example(entry["expect"], entry.get("text"), entry.get("law"), entry.get("draft"),
                                entry.get("effective"), entry.get("election"), str(entry.get("name", ""))))
    return tuple(examples)


def _pack_files(directory: Path) -> list[Path]:
    if not directory.is_dir():
        raise RulePackError("rule pack directory does not exist", where=str(directory))
    return sorted(p for p in directory.glob("*.toml") if p.is_file())


@cache
def _builtin() -> Catalogue:
    return _load_cached([builtin_pack_dir()])


def load_catalogue(extra_dirs: Sequence[str | Path] = ()) -> Catalogue:
    """The built-in packs plus every ``*.toml`` pack in ``extra_dirs``, validated together.

    A catalogue that loaded cleanly is remembered in the user's cache directory
    (see :func:`cache_dir`), keyed on the size and modification time of every
    pack file and of the code that validates them, so that the next run of
    ``suffrage`` reads it back instead of parsing and checking the TOML again.
    """
    if not extra_dirs:
        return _builtin()
    return _load_cached([builtin_pack_dir(), *(Path(d) for d in extra_dirs)])


# --------------------------------------------------------------------------
# The catalogue cache
# --------------------------------------------------------------------------
# Parsing ~200 KB of TOML and checking every rule costs several times what
# starting Python and click does; a command-line run should not pay it every
# time. The cache holds plain data (marshal: strings, numbers, tuples — it
# cannot carry code), written atomically, and is only used when the key
# stored in it equals the key of the files on disk now. Any problem reading
# or writing it just means loading the packs the slow way.

_CACHE_FORMAT = 1


def cache_dir() -> Path | None:
    """Where the catalogue cache lives: ``$SUFFRAGE_CACHE_DIR``, else ``$XDG_CACHE_HOME/suffrage``, else
    ``~/.cache/suffrage``. ``SUFFRAGE_CACHE_DIR=""`` (empty) turns the cache off."""
    configured = os.environ.get("SUFFRAGE_CACHE_DIR")
    if configured is not None:
        return Path(configured) if configured.strip() else None
    base = os.environ.get("XDG_CACHE_HOME") or os.path.join(os.path.expanduser("~"), ".cache")
    return Path(base) / "suffrage"


def _stat_key(path: Path) -> tuple[str, int, int]:
    info = path.stat()
    return str(path.resolve()), info.st_size, info.st_mtime_ns


def _cache_key(files: Sequence[Path]) -> tuple:
    """Everything a loaded catalogue depends on: the pack files, the topics, and the code that checks them."""
    import sys

    from . import __version__

    here = Path(__file__).resolve().parent
    code = [here / "rules.py", here / "topics.toml", *sorted((here / "facts").glob("*.py"))]
    return (_CACHE_FORMAT, __version__, sys.version, tuple(_stat_key(p) for p in [*files, *code]))


def _to_data(catalogue: Catalogue) -> tuple:
    def example(e: Example) -> tuple:
        return (e.expect, e.text, e.law, e.draft, e.effective.isoformat() if e.effective else None,
                e.election.isoformat() if e.election else None, e.name)

    def rule(r: Rule) -> tuple:
        return (r.id, r.name, r.title, r.topic, r.severity.value, r.cites, r.fact, r.when, r.message,
                r.description, tuple(example(e) for e in r.examples), r.pack)

    return tuple(
        (p.id, p.title, p.version, p.instrument, p.source, p.path,
         tuple((c.id, c.text, c.source, c.verified) for c in p.provisions.values()),
         tuple(rule(r) for r in p.rules))
        for p in catalogue.packs)


def _from_data(data: tuple) -> Catalogue:
    def day(text: str | None) -> date | None:
        return date.fromisoformat(text) if text else None

    packs = []
    for pack_id, title, version, instrument, source, path, provisions, rules in data:
        packs.append(Pack(
            pack_id, title, version, instrument, source, path,
            {c[0]: CitedText(*c) for c in provisions},
            tuple(Rule(id=r[0], name=r[1], title=r[2], topic=r[3], severity=Severity(r[4]), cites=tuple(r[5]),
                       fact=r[6], when=r[7], message=r[8], description=r[9],
                       examples=tuple(Example(e[0], e[1], e[2], e[3], day(e[4]), day(e[5]), e[6]) for e in r[10]),
                       pack=r[11])
                  for r in rules),
        ))
    return Catalogue(tuple(packs))


def _load_cached(directories: Sequence[Path]) -> Catalogue:
    import marshal
    import zlib

    where = cache_dir()
    if where is None:
        return _load(directories)
    files = [path for directory in directories for path in _pack_files(directory)]
    try:
        key = _cache_key(files)
    except OSError:
        return _load(directories)
    names = "\n".join(str(d.resolve()) for d in directories)
    cache_file = where / f"catalogue-{zlib.crc32(names.encode('utf-8', 'surrogateescape')):08x}.marshal"
    try:
        stored_key, data = marshal.loads(cache_file.read_bytes())
        if stored_key == key:
            return _from_data(data)
    except (OSError, EOFError, ValueError, TypeError, KeyError, IndexError):
        pass
    catalogue = _load(directories)
    try:
        where.mkdir(parents=True, exist_ok=True)
        scratch = cache_file.with_name(f"{cache_file.name}.{os.getpid()}.tmp")
        scratch.write_bytes(marshal.dumps((key, _to_data(catalogue))))
        os.replace(scratch, cache_file)
    except (OSError, ValueError):
        pass
    return catalogue


def _load(directories: Sequence[Path]) -> Catalogue:
    packs: list[Pack] = []
    pending: list[tuple[str, Rule, str]] = []
    for directory in directories:
        for path in _pack_files(directory):
            pack, unresolved = load_pack(path)
            if any(p.id == pack.id for p in packs):
                raise RulePackError(f"pack id {pack.id!r} is loaded twice", where=str(path))
            packs.append(pack)
            pending.extend((c, r, str(path)) for c, r in unresolved)
    seen: dict[str, str] = {}
    for pack in packs:
        for rule in pack.rules:
            if rule.id in seen:
                raise RulePackError(f"rule {rule.id}: duplicate id (also in {seen[rule.id]})", where=pack.path)
            seen[rule.id] = pack.path
    citations = {key for pack in packs for key in pack.provisions}
    for citation, rule, path in pending:
        if citation not in citations:
            raise RulePackError(f"rule {rule.id}: cites {citation!r}, which no loaded pack's [provisions] defines",
                                where=path, line=_where(path, Path(path).read_text(encoding="utf-8"), rule.id)[1])
    return Catalogue(tuple(packs))
