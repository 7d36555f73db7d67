"""Apply a draft's operations to a law: the amended law, what changed, and what could not be done.

:func:`apply` takes the operations in the order the draft gives them and
returns an :class:`Amended`: a new, immutable :class:`~compliance.model.Law`;
for every provision touched, its text before and after and a unified diff
(:class:`~compliance.model.Change`); and :class:`~compliance.model.Problem`
records — never exceptions — for what could not be applied cleanly:

* a target that does not exist (``missing-target``, reported under
  ``integrity.dangling-reference``), or words that are not in it
  (``words-not-found``, same topic);
* operations of the draft that collide: a unit replaced twice, an amendment
  of what an earlier operation repealed, an inserted unit whose number is
  already taken (``conflict`` / ``repealed-target``, ``integrity.conflict``).

eIds are a contract: untouched and replaced provisions keep theirs; inserted
units get the eId their label gives them at their place (``art_19__para_2-1``,
``sec_8__subsec_2.1``); renumbered units get a new eId, listed in
``Amended.renamed`` (old -> new). A repealed provision stays in the tree with
``repealed=True`` and a note, without its text or sub-units, so that a reader
(and ``suffrage show``) can say it is repealed.

The work is done on a mutable copy of the parts of the tree that change;
untouched subtrees are shared with the original law.
"""

from __future__ import annotations

import difflib
import re
from collections.abc import Callable, Iterator, Mapping
from types import MappingProxyType

from attrs import frozen

from .citations import parse_citation
from .errors import CitationError
from .fragments import parse_fragment, plain_text
from .labels import is_roman, label_key
from .model import CONTAINER_KINDS, Change, Draft, Kind, Law, Operation, Problem, Provision, Tradition
from .naming import eid_component, format_citation

__all__ = ["Amended", "apply", "locate", "resolver", "render_text", "TOPIC_MISSING", "TOPIC_CONFLICT"]

TOPIC_MISSING = "integrity.dangling-reference"
TOPIC_CONFLICT = "integrity.conflict"


@frozen
class Amended:
    """The outcome of applying a draft: the amended law, the changes, the problems, the renamed eIds."""

    law: Law
    changes: tuple[Change, ...]
    problems: tuple[Problem, ...]
    renamed: Mapping[str, str]
    skipped: tuple[int, ...] = ()


def apply(law: Law, draft: Draft) -> Amended:
    """Apply ``draft``'s operations to ``law``, in order (see the module docstring)."""
    return _Applier(law, draft).run()


def locate(law: Law, target: str) -> Provision | None:
    """The provision an operation's ``target`` names in ``law`` (eId, citation, or definition form), or ``None``.

    ``"the law"`` (an instruction about the whole act) names no single provision: ``None``.
    """
    return resolver(law)(target)


def resolver(law: Law) -> Callable[[str], Provision | None]:
    """:func:`locate` for many targets in one law: the lookup tables are built once."""
    work = _Applier(law, Draft(title=""))

    def find(target: str) -> Provision | None:
        node = work.resolve(target)
        if node is None or node.parent is None or node.orig is None:
            return None
        return node.orig

    return find


# ----------------------------------------------------------------------------
# The working tree
# ----------------------------------------------------------------------------


class _W:
    """A provision being amended (mutable)."""

    __slots__ = ("kind", "label", "eid", "citation", "heading", "text", "tail", "children", "line", "end_line",
                 "repealed", "note", "history", "crossheading", "marker", "orig", "parent", "dirty", "expanded")

    def __init__(self, provision: Provision | None, parent: _W | None) -> None:
        self.parent = parent
        self.orig = provision
        self.dirty = False
        self.expanded = False
        self.children: list[_W] = []
        if provision is None:
            self.kind = None
            self.label = self.eid = self.citation = self.heading = self.text = self.tail = ""
            self.note = self.crossheading = self.marker = ""
            self.line = self.end_line = 0
            self.repealed = False
            self.history: tuple[str, ...] = ()
            return
        self.kind = provision.kind
        self.label = provision.label
        self.eid = provision.eid
        self.citation = provision.citation
        self.heading = provision.heading
        self.text = provision.text
        self.tail = provision.tail
        self.line = provision.line
        self.end_line = provision.end_line
        self.repealed = provision.repealed
        self.note = provision.note
        self.history = provision.history
        self.crossheading = provision.crossheading
        self.marker = provision.marker

    def expand(self) -> None:
        if not self.expanded:
            self.expanded = True
            if self.orig is not None:
                self.children = [_W(child, self) for child in self.orig.children]

    @property
    def is_container(self) -> bool:
        return self.kind in CONTAINER_KINDS

    def walk(self) -> Iterator[_W]:
        self.expand()
        yield self
        for child in self.children:
            yield from child.walk()

    def touch(self) -> None:
        node: _W | None = self
        while node is not None and not node.dirty:
            node.dirty = True
            node = node.parent


def _norm_term(text: str) -> str:
    return re.sub(r"[^0-9a-zà-ÿ]+", " ", text.lower().strip("“”\"‘’' ")).strip()


def _def_key(label: str) -> tuple:
    return (1, 0, _norm_term(label))


def _sibling_key(node: _W | Provision) -> tuple | None:
    if not node.label:
        return None
    if node.kind is Kind.DEFINITION:
        return _def_key(node.label)
    try:
        return label_key(node.label, roman=node.kind in (Kind.SUBPARAGRAPH,) and is_roman(node.label.split(".")[0]))
    except (TypeError, ValueError):
        return None


def _comparable(a: tuple | None, b: tuple | None) -> bool:
    if a is None or b is None:
        return False
    try:
        _ = a < b
        return True
    except TypeError:
        return False


# ----------------------------------------------------------------------------
# Rendering (for the diff)
# ----------------------------------------------------------------------------


def render_text(node: Provision | _W, *, depth: int = 0) -> str:
    """A provision as a reader sees it: heading, label and text, sub-units indented by level."""
    lines: list[str] = []
    _render(node, depth, lines, top=True)
    return "\n".join(lines)


def _children(node: Provision | _W) -> list:
    if isinstance(node, _W):
        node.expand()
        return node.children
    return list(node.children)


def _render(node: Provision | _W, depth: int, lines: list[str], *, top: bool = False) -> None:
    pad = "  " * depth
    kind = node.kind
    if node.crossheading and top:
        lines.append(f"{pad}{node.crossheading}")
    if kind in CONTAINER_KINDS:
        lines.append(f"{pad}{node.marker} {node.heading}".rstrip())
        for child in _children(node):
            _render(child, depth, lines, top=True)
        return
    marker = node.marker or (node.label if kind is not Kind.DEFINITION else "")
    if node.heading and kind is Kind.ARTICLE:
        head = f"{marker} {node.heading}".strip()
        first_lines = node.text.split("\n") if node.text else []
        lines.append(f"{pad}{head}")
        if node.repealed:
            lines.append(f"{pad}{node.note or '[Repealed]'}")
            return
        lines.extend(f"{pad}{line}" for line in first_lines)
    else:
        if node.heading:
            lines.append(f"{pad}{node.heading}")
        if node.repealed:
            lines.append(f"{pad}{marker} {node.note or '[Repealed]'}".rstrip())
            return
        text_lines = node.text.split("\n") if node.text else [""]
        lines.append(f"{pad}{marker} {text_lines[0]}".rstrip() if marker else f"{pad}{text_lines[0]}")
        lines.extend(f"{pad}{line}" for line in text_lines[1:])
    for child in _children(node):
        if child.crossheading:
            lines.append(f"{pad}  {child.crossheading}")
        _render(child, depth + 1, lines)
    if node.tail:
        lines.extend(f"{pad}{line}" for line in node.tail.split("\n"))


# ----------------------------------------------------------------------------
# Applying
# ----------------------------------------------------------------------------


class _Record:
    __slots__ = ("node", "before", "ops", "actions", "old_eid")

    def __init__(self, node: _W, before: str, old_eid: str) -> None:
        self.node = node
        self.before = before
        self.ops: list[int] = []
        self.actions: list[str] = []
        self.old_eid = old_eid


class _Skip(Exception):
    """An operation that cannot be applied (its problem has been recorded)."""


_WORD_QUOTES = str.maketrans({"’": "'", "‘": "'", "“": '"', "”": '"', "«": '"', "»": '"'})


class _Applier:
    def __init__(self, law: Law, draft: Draft) -> None:
        self.law = law
        self.draft = draft
        self.tradition = law.tradition
        self.root = _W(None, None)
        self.root.expanded = True
        self.root.children = [_W(p, self.root) for p in law.body]
        self.problems: list[Problem] = []
        self.records: dict[int, _Record] = {}
        self.renamed: dict[str, str] = {}
        self.repealed_by: dict[int, int] = {}
        self.reached: _W | None = None
        self.replaced_by: dict[int, int] = {}
        self.eids: set[str] = {p.eid for p in law.walk()}
        self._tops: dict[tuple[str | None, str], _W] | None = None
        self._eid_index: dict[str, _W] | None = None
        self.index = -1
        self.op: Operation | None = None
        self.skipped: list[int] = []

    # -- lookup ------------------------------------------------------------------

    def tops(self) -> dict[tuple[str | None, str], _W]:
        """Articles/sections by (schedule, label), and containers by (kind, label)."""
        if self._tops is None:
            tops: dict[tuple[str | None, str], _W] = {}

            def visit(nodes: list[_W], schedule: str | None) -> None:
                for node in nodes:
                    if node.kind is Kind.SCHEDULE:
                        tops.setdefault((f"@{node.kind.value}", node.label), node)
                        node.expand()
                        visit(node.children, node.label)
                    elif node.is_container:
                        tops.setdefault((f"@{node.kind.value}", node.label), node)
                        node.expand()
                        visit(node.children, schedule)
                    elif node.kind in (Kind.ARTICLE, Kind.SECTION):
                        tops.setdefault((schedule, node.label), node)

            visit(self.root.children, None)
            self._tops = tops
        return self._tops

    def by_eid(self, eid: str) -> _W | None:
        if self._eid_index is None:
            self._eid_index = {node.eid: node for node in self.root.walk() if node is not self.root}
        node = self._eid_index.get(eid)
        if node is not None and node.eid == eid and self._attached(node):
            return node
        self._eid_index = {node.eid: node for node in self.root.walk() if node is not self.root}
        return self._eid_index.get(eid)

    def _attached(self, node: _W) -> bool:
        current = node
        while current.parent is not None:
            if current not in current.parent.children:
                return False
            current = current.parent
        return current is self.root

    def resolve(self, target: str) -> _W | None:
        target = target.strip()
        if not target:
            return None
        if target.lower() in ("the law", "the act", "law", "act"):
            return self.root
        definition = re.match(r"^(?:(?P<inner>.+?)\s{1,20}of\s{1,20})?the definition\s{1,20}[“\"](?P<term>.+?)[”\"]\s{1,20}in\s{1,20}"
                              r"(?P<holder>.+)$", target)
        if definition:
            holder = self.resolve(definition.group("holder"))
            if holder is None:
                return None
            term = _norm_term(definition.group("term"))
            found = None
            for node in holder.walk():
                if node.kind is Kind.DEFINITION and _norm_term(node.label) == term:
                    found = node
                    break
            if found is None or not definition.group("inner"):
                return found
            try:
                inner = parse_citation(definition.group("inner"))
            except CitationError:
                return None
            current = found
            for step in inner.steps:
                current = self._child(current, step.label)  # type: ignore[assignment]
                if current is None:
                    return None
            return current
        try:
            path = parse_citation(target)
        except CitationError:
            return None
        if path.eid is not None:
            return self.by_eid(path.eid)
        steps = list(path.steps)
        if not steps:
            if path.schedule is not None:
                return self.tops().get(("@schedule", path.schedule))
            return None
        first = steps[0]
        tops = self.tops()
        if first.kind in CONTAINER_KINDS:
            current = tops.get((f"@{first.kind.value}", first.label))
        else:
            current = tops.get((path.schedule, first.label))
            if current is None:
                lowered = first.label.lower()
                current = next((n for (s, lab), n in tops.items() if s == path.schedule and lab.lower() == lowered),
                               None)
        if current is None:
            return None
        for step in steps[1:]:
            nxt = self._child(current, step.label)
            if nxt is None and current.is_container:
                nxt = next((n for n in current.walk() if n.label == step.label and n is not current), None)
            if nxt is None:
                self.reached = current
                return None
            current = nxt
        return current

    @staticmethod
    def _child(node: _W, label: str) -> _W | None:
        node.expand()
        for child in node.children:
            if child.label == label:
                return child
        lowered = label.lower()
        for child in node.children:
            if child.label.lower() == lowered:
                return child
        return None

    # -- records and problems ----------------------------------------------------------

    def problem(self, kind: str, message: str, target: str = "", *, node: _W | None = None) -> None:
        """Record a problem; ``target`` is the eId of the provision concerned when there is one."""
        topic = TOPIC_MISSING if kind in ("missing-target", "words-not-found") else TOPIC_CONFLICT
        op = self.op
        if node is not None and node is not self.root and node.eid:
            target = node.eid
        self.problems.append(Problem(kind=kind, topic=topic, message=message, operation=self.index,
                                     target=target or (op.target if op else ""), line=op.line if op else None))

    def record(self, node: _W, action: str) -> None:
        key = id(node)
        rec = self.records.get(key)
        if rec is None:
            before = render_text(node.orig) if node.orig is not None else ""
            rec = _Record(node, before, node.eid if node.orig is not None else "")
            self.records[key] = rec
        if self.index not in rec.ops:
            rec.ops.append(self.index)
        rec.actions.append(action)
        node.touch()

    def need(self, target: str, what: str = "target") -> _W:
        self.reached = None
        node = self.resolve(target)
        if node is None:
            if self.reached is not None:
                # Inside a provision an earlier operation of this draft repealed: a conflict, not a typo.
                self.check_alive(self.reached)
            self.problem("missing-target", f"{what} {target!r} does not exist in {self._law_name()}", target)
            raise _Skip
        return node

    def _law_name(self) -> str:
        return "the law"

    def check_alive(self, node: _W) -> None:
        current: _W | None = node
        while current is not None:
            earlier = self.repealed_by.get(id(current))
            if earlier is not None:
                self.problem("repealed-target",
                             f"{self._cite(node)} was repealed by operation #{earlier + 1}"
                             f"{self._at(earlier)}; it cannot be amended again", node=node)
                raise _Skip
            current = current.parent

    def _at(self, index: int) -> str:
        op = self.draft.operations[index]
        return f" (line {op.line})" if op.line else ""

    def _cite(self, node: _W) -> str:
        return node.citation or node.eid or "the law"

    # -- run ------------------------------------------------------------------

    def run(self) -> Amended:
        for index, op in enumerate(self.draft.operations):
            self.index = index
            self.op = op
            if op.act:
                self.skipped.append(index)
                continue
            try:
                getattr(self, "_op_" + op.action.replace("-", "_"))(op)
            except _Skip:
                pass
        law = self._freeze()
        changes = self._changes()
        return Amended(law=law, changes=changes, problems=tuple(self.problems),
                       renamed=MappingProxyType(dict(self.renamed)), skipped=tuple(self.skipped))

    # -- unit operations -----------------------------------------------------------------

    def _range(self, first: _W, through: str | None) -> list[_W]:
        if through is None:
            return [first]
        last = self.need(through, "end of range")
        parent = first.parent
        if parent is None or last.parent is not parent:
            self.problem("missing-target", f"range {self.op.target!r} to {through!r} does not run between siblings")
            raise _Skip
        siblings = parent.children
        a, b = siblings.index(first), siblings.index(last)
        if a > b:
            self.problem("missing-target", f"range {self.op.target!r} to {through!r} runs backwards")
            raise _Skip
        return siblings[a: b + 1]

    def _op_replace(self, op: Operation) -> None:
        target = self.need(op.target)
        self.check_alive(target)
        if target is self.root:
            self.problem("conflict", "replacing the whole law is not supported")
            raise _Skip
        units = self._range(target, op.through)
        portion = op.portion or ""
        if portion == "with-crossheading":
            # The heading before the unit goes too; the new text brings its own (or none).
            self.record(target, "replaced")
            target.crossheading = ""
        elif portion:
            self._replace_portion(target, portion, op)
            return
        for unit in units:
            earlier = self.replaced_by.get(id(unit))
            if earlier is not None:
                self.problem("conflict", f"{self._cite(unit)} is replaced twice: by operation #{earlier + 1}"
                                         f"{self._at(earlier)} and by this one", node=unit)
        nodes = parse_fragment(op.text or "", self.tradition)
        if not nodes:
            self.problem("conflict", "the replacement text is empty")
            raise _Skip
        if len(nodes) == 1 and not nodes[0].label:
            # Plain words: the provision keeps its number and gets the new wording.
            unit = units[0]
            self.record(unit, "replaced")
            unit.expand()
            unit.text, unit.children, unit.tail = nodes[0].text, [], ""
            unit.repealed, unit.note = False, ""
            for other in units[1:]:
                self._repeal_node(other)
            self.replaced_by[id(unit)] = self.index
            return
        nodes = self._align(nodes, units[0])
        parent = units[0].parent
        assert parent is not None
        by_label = {self._norm_label(u.label): u for u in units}
        unmatched: list[Provision] = []
        matched: set[int] = set()
        for node in nodes:
            key = self._norm_label(node.label)
            unit = by_label.get(key)
            if unit is None and len(nodes) == 1 and len(units) == 1:
                unit = units[0]
            if unit is None or id(unit) in matched:
                unmatched.append(node)
                continue
            matched.add(id(unit))
            self._fill(unit, node, relabel=unit.label != node.label and bool(node.label))
            self.replaced_by[id(unit)] = self.index
        for unit in units:
            if id(unit) not in matched:
                self._repeal_node(unit)
        for node in unmatched:
            if not node.label:
                self.problem("conflict", "part of the replacement text has no number and was not placed")
                continue
            self._insert(parent, node, anchor=units[-1], after=True)

    def _align(self, nodes: list[Provision], unit: _W) -> list[Provision]:
        """Descend into a block that restates the enclosing units ("45 (1) …" for subsection 45(1))."""
        ancestors = {self._norm_label(a.label) for a in self._ancestors(unit) if not a.is_container}
        own = self._norm_label(unit.label)
        while len(nodes) == 1 and nodes[0].label and nodes[0].children:
            key = self._norm_label(nodes[0].label)
            if key == own or key not in ancestors:
                break
            nodes = list(nodes[0].children)
        return nodes

    def _norm_label(self, label: str) -> str:
        return label.strip("()").rstrip(".)").lower()

    def _fill(self, unit: _W, node: Provision, *, relabel: bool = False) -> None:
        """Give ``unit`` the content of the parsed ``node`` (keeping its place and, unless relabelled, its eId)."""
        self.record(unit, "replaced")
        unit.expand()
        if relabel and node.label:
            sibling = self._child(unit.parent, node.label) if unit.parent else None
            if sibling is not None and sibling is not unit:
                self.problem("conflict", f"the replacement is numbered {node.label}, which "
                                         f"{self._cite(sibling)} already has")
            else:
                self._relabel(unit, node.label)
        unit.text = node.text
        unit.tail = node.tail
        if node.heading:
            unit.heading = node.heading
        if node.crossheading:
            unit.crossheading = node.crossheading
        unit.repealed = node.repealed
        unit.note = node.note
        unit.marker = node.marker or unit.marker
        unit.children = []
        for child in node.children:
            self._adopt(child, unit)

    def _replace_portion(self, target: _W, portion: str, op: Operation) -> None:
        text = plain_text(op.text or "")
        if portion == "heading":
            self.record(target, "amended")
            heading = re.sub(r"^(?:Article|Section|Chapter|Part)\s{1,20}\S+\s{0,20}[.:]?\s{0,20}", "", text.split("\n")[0])
            target.heading = heading.strip()
            return
        if portion == "crossheading":
            self.record(target, "amended")
            target.crossheading = text.split("\n")[0].strip()
            return
        match = re.match(r"^(before|after)\s{1,20}(?:definition\s{1,20})?\(?([^()]+?)\)?$", portion)
        if match:
            which, label = match.groups()
            target.expand()
            child = self._child(target, label) or next(
                (c for c in target.children if c.kind is Kind.DEFINITION and _norm_term(c.label) == _norm_term(label)),
                None)
            if child is None:
                self.problem("missing-target", f"{self._cite(target)} has no {label!r} to find the portion by")
                raise _Skip
            nodes = parse_fragment(op.text or "", self.tradition)
            self.record(target, "amended")
            if which == "before":
                lead = self._lead_text(nodes, target)
                position = target.children.index(child)
                target.text = lead
                if nodes and nodes[0].heading and nodes[0].label:
                    target.heading = nodes[0].heading
                del target.children[:position]
            else:
                position = target.children.index(child)
                del target.children[position + 1:]
                target.tail = "\n".join(n.text for n in nodes if n.text) if nodes else text
            return
        match = _PART_RE.match(portion)
        if match:
            self._edit_part(target, match.group(1), int(match.group(2)), text)
            return
        self.problem("conflict", f"unknown portion {portion!r}")
        raise _Skip

    def _lead_text(self, nodes: list[Provision], target: _W) -> str:
        for node in nodes:
            current = node
            while not current.text and current.children:
                current = current.children[0]
            if current.text:
                return current.text
        return ""

    def _edit_part(self, target: _W, unit: str, number: int, text: str | None) -> None:
        """Replace or remove the n-th unnumbered part (line) or sentence of a provision's text."""
        spans = _segments(target.text, unit)
        index = number - 1 if number > 0 else len(spans) - 1
        if not 0 <= index < len(spans):
            self.problem("missing-target", f"{self._cite(target)} has no {unit} {number}", node=target)
            raise _Skip
        self.record(target, "amended")
        start, end = spans[index]
        new = text if text is not None else ""
        target.text = _spaces(target.text[:start] + new + target.text[end:]).strip()

    def _op_insert_after(self, op: Operation) -> None:
        self._insert_op(op, after=True)

    def _op_insert_before(self, op: Operation) -> None:
        self._insert_op(op, after=False)

    def _insert_op(self, op: Operation, *, after: bool) -> None:
        anchor = self.need(op.target, "anchor")
        self.check_alive(anchor)
        parent = anchor.parent
        if parent is None:
            self.problem("conflict", "cannot insert next to the whole law")
            raise _Skip
        nodes = self._new_nodes(op)
        ordered = nodes if after else nodes
        previous = anchor
        for node in ordered:
            if not node.label:
                self._append_words(anchor if after else anchor, node.text, op)
                continue
            placed = self._insert(parent, node, anchor=previous, after=after)
            if placed is not None and after:
                previous = placed

    def _op_append(self, op: Operation) -> None:
        parent = self.need(op.target)
        self.check_alive(parent)
        nodes = self._new_nodes(op)
        for node in nodes:
            if not node.label:
                self._append_words(parent, node.text, op)
                continue
            if parent is self.root:
                self._insert_top(node)
            else:
                self._insert(parent, node, anchor=None, after=True)

    def _new_nodes(self, op: Operation) -> list[Provision]:
        nodes = parse_fragment(op.text or "", self.tradition)
        if not nodes:
            self.problem("conflict", "the text to insert is empty")
            raise _Skip
        if op.new_label:
            label = op.new_label.strip().strip("()").rstrip(".)")
            if len(nodes) == 1 and not nodes[0].label:
                node = nodes[0]
                marker = self._marker_like(label, None)
                nodes = [Provision(kind=node.kind, label=label, eid="", citation="", text=node.text, marker=marker)]
        return nodes

    def _marker_like(self, label: str, sibling: _W | None, kind: Kind | None = None) -> str:
        if sibling is not None and sibling.marker:
            core = sibling.label
            if core and core in sibling.marker:
                return sibling.marker.replace(core, label, 1)
        if self.tradition is Tradition.CIS:
            if kind is Kind.ARTICLE:
                return f"Article {label}."
            if kind in (Kind.SUBPARAGRAPH, Kind.CLAUSE):
                return f"{label})"
            return f"{label}."
        if kind is Kind.SECTION:
            return label
        return f"({label})"

    def _append_words(self, node: _W, text: str, op: Operation) -> None:
        """Unnumbered text added to a unit: a new part (paragraph of text) at its end."""
        self.record(node, "amended")
        node.expand()
        if node.children:
            node.tail = f"{node.tail}\n{text}".strip("\n") if node.tail else text
        else:
            node.text = f"{node.text}\n{text}".strip("\n") if node.text else text

    def _insert_top(self, node: Provision) -> _W | None:
        """A new article or section added to the law: placed after the one it follows in number."""
        key = _sibling_key(node)
        best: _W | None = None
        for (schedule, _label), candidate in self.tops().items():
            if schedule is not None or candidate.is_container:
                continue
            ck = _sibling_key(candidate)
            if _comparable(ck, key) and ck < key and (best is None or ck > _sibling_key(best)):  # type: ignore[operator]
                best = candidate
        if best is None or best.parent is None:
            return self._insert(self.root, node, anchor=None, after=True)
        return self._insert(best.parent, node, anchor=best, after=True)

    def _insert(self, parent: _W, node: Provision, *, anchor: _W | None, after: bool) -> _W | None:
        parent.expand()
        existing = self._child(parent, node.label) if node.label else None
        if existing is not None:
            if existing.repealed and id(existing) not in self.repealed_by and existing.orig is not None:
                # A repealed place-holder in the law is enacted afresh.
                self._fill(existing, node)
                return existing
            self.problem("conflict", f"{self._cite(parent) if parent is not self.root else 'the law'} already has "
                                     f"{self._kind_word(node)} {node.label}; the inserted one was not added",
                         node=existing)
            return None
        new = _W(None, parent)
        new.expanded = True
        new.kind = self._kind_for(node, parent)
        new.label = node.label
        new.heading = node.heading
        new.crossheading = node.crossheading
        new.text, new.tail = node.text, node.tail
        new.repealed, new.note = node.repealed, node.note
        new.history = ()
        sibling = next((c for c in parent.children if c.kind is new.kind and c.marker), None)
        if new.kind is Kind.DEFINITION:
            new.marker = ""
        elif node.marker and (node.kind is new.kind or sibling is None or _style(node.marker) == _style(sibling.marker)):
            new.marker = node.marker
        else:
            new.marker = self._marker_like(node.label, sibling, new.kind)
        position = self._position(parent, new, anchor, after)
        parent.children.insert(position, new)
        self._name(new)
        for child in node.children:
            self._adopt(child, new)
        if parent is self.root or new.kind in (Kind.ARTICLE, Kind.SECTION) or new.is_container:
            self._tops = None
        self.record(new, "inserted")
        return new

    def _kind_word(self, node: Provision) -> str:
        return node.kind.value if node.kind else "a unit numbered"

    def _position(self, parent: _W, new: _W, anchor: _W | None, after: bool) -> int:
        siblings = parent.children
        key = _sibling_key(new)
        if anchor is not None and anchor in siblings:
            index = siblings.index(anchor) + (1 if after else 0)
        else:
            index = len(siblings)
        if key is None:
            return index
        # Keep siblings in label order: move right past smaller labels, left past larger ones.
        while index < len(siblings) and _comparable(_sibling_key(siblings[index]), key) \
                and _sibling_key(siblings[index]) < key:  # type: ignore[operator]
            index += 1
        while index > 0 and _comparable(_sibling_key(siblings[index - 1]), key) \
                and _sibling_key(siblings[index - 1]) > key:  # type: ignore[operator]
            index -= 1
        return index

    def _kind_for(self, node: Provision, parent: _W) -> Kind:
        kind = node.kind
        if kind in CONTAINER_KINDS or kind is Kind.DEFINITION:
            return kind
        if self.tradition is Tradition.CIS:
            if parent is self.root or parent.is_container:
                return Kind.ARTICLE if kind in (Kind.ARTICLE, Kind.SECTION) else kind
            depth = 0
            current: _W | None = parent
            while current is not None and current.kind not in (Kind.ARTICLE, Kind.SECTION) and current is not self.root:
                if current.kind is not Kind.DEFINITION:
                    depth += 1
                current = current.parent
            order = [Kind.PARAGRAPH, Kind.SUBPARAGRAPH, Kind.CLAUSE, Kind.SUBCLAUSE]
            return order[min(depth, len(order) - 1)]
        if parent is self.root or parent.is_container:
            return Kind.SECTION if kind not in CONTAINER_KINDS else kind
        siblings = {c.kind for c in parent.children if c.kind is not None and c.kind is not Kind.DEFINITION}
        if len(siblings) == 1:
            # A unit put among siblings is of their kind ("(c)" read alone looks like a roman numeral).
            return next(iter(siblings))
        if kind in (Kind.ARTICLE, Kind.SECTION):
            return Kind.SUBSECTION
        return kind

    def _adopt(self, node: Provision, parent: _W) -> _W:
        """Put a parsed provision (and its sub-units) under ``parent`` with the right kind, eId and citation."""
        new = _W(None, parent)
        new.expanded = True
        new.kind = self._kind_for(node, parent)
        new.label = node.label
        new.heading, new.crossheading = node.heading, node.crossheading
        new.text, new.tail = node.text, node.tail
        new.repealed, new.note = node.repealed, node.note
        new.marker = node.marker
        parent.children.append(new)
        self._name(new)
        for child in node.children:
            self._adopt(child, new)
        return new

    def _name(self, node: _W) -> None:
        """Give ``node`` its eId and citation from its place (naming contract)."""
        parent = node.parent
        assert parent is not None and node.kind is not None
        component = eid_component(node.kind, node.label or "x", self.tradition)
        if node.kind in (Kind.ARTICLE, Kind.SECTION):
            schedule = next((a for a in self._ancestors(node) if a.kind is Kind.SCHEDULE), None)
            prefix = schedule.eid if schedule is not None else ""
        elif node.kind in (Kind.PART, Kind.CHAPTER, Kind.SCHEDULE):
            prefix = ""
        else:
            prefix = parent.eid if parent is not self.root else ""
        eid = f"{prefix}__{component}" if prefix else component
        if eid in self.eids and eid != node.eid:
            n = 2
            while f"{eid}_{n}" in self.eids:
                n += 1
            eid = f"{eid}_{n}"
        if node.eid and node.eid != eid:
            self.eids.discard(node.eid)
        node.eid = eid
        self.eids.add(eid)
        if self._eid_index is not None:
            self._eid_index[eid] = node
        path = [(a.kind, a.label) for a in reversed(self._ancestors(node)) if a.kind is not None]
        path.append((node.kind, node.label))
        containerish = set(CONTAINER_KINDS)
        cited = path if node.kind in containerish else [(k, lab) for k, lab in path
                                                        if k is Kind.SCHEDULE or k not in containerish]
        node.citation = format_citation(cited, self.tradition)

    def _ancestors(self, node: _W) -> list[_W]:
        chain = []
        current = node.parent
        while current is not None and current is not self.root:
            chain.append(current)
            current = current.parent
        return chain

    def _op_repeal(self, op: Operation) -> None:
        target = self.need(op.target)
        self.check_alive(target)
        if target is self.root:
            self.problem("conflict", "repealing the whole law is not supported")
            raise _Skip
        portion = op.portion or ""
        if portion in ("heading", "crossheading"):
            self.record(target, "amended")
            if portion == "heading":
                target.heading = ""
            else:
                target.crossheading = ""
            return
        match = _PART_RE.match(portion)
        if match:
            self._edit_part(target, match.group(1), int(match.group(2)), None)
            return
        for unit in self._range(target, op.through):
            if unit.repealed and id(unit) not in self.repealed_by:
                self.problem("repealed-target", f"{self._cite(unit)} is already repealed in the law", node=unit)
                continue
            self._repeal_node(unit)
            if portion == "with-crossheading":
                unit.crossheading = ""

    def _repeal_node(self, unit: _W) -> None:
        self.record(unit, "repealed")
        unit.expand()
        unit.repealed = True
        title = self.draft.title
        unit.note = f"[Repealed by the draft “{title}”]" if self.draft.title else "[Repealed by the draft]"
        unit.text = unit.tail = ""
        unit.children = []
        self.repealed_by[id(unit)] = self.index

    def _op_renumber(self, op: Operation) -> None:
        target = self.need(op.target)
        self.check_alive(target)
        new = (op.new_label or "").strip()
        if not new:
            self.problem("conflict", "renumbering without a new number")
            raise _Skip
        deeper = self._demotion(target, new)
        if deeper is not None:
            self._demote(target, deeper)
            return
        label = re.sub(r"^.*\(([^()]+)\)$", r"\1", new) if "(" in new else new
        label = re.sub(r"^(?:Article|article|section|Section|paragraph|subparagraph|subsection|item|sub-item|point)\s{1,20}",
                       "", label).strip("()").rstrip(".)")
        if not label or label == target.label:
            return
        parent = target.parent
        assert parent is not None
        clash = self._child(parent, label)
        if clash is not None and clash is not target:
            self.problem("conflict", f"{self._cite(target)} cannot become {label}: {self._cite(clash)} exists",
                         node=target)
            raise _Skip
        self.record(target, "renumbered")
        self._relabel(target, label)
        parent.children.remove(target)
        parent.children.insert(self._position(parent, target, None, True), target)

    def _relabel(self, node: _W, label: str) -> None:
        old_label = node.label
        if node.marker and old_label and old_label in node.marker:
            node.marker = node.marker.replace(old_label, label, 1)
        node.label = label
        self._rename_subtree(node)
        self._tops = None

    def _rename_subtree(self, node: _W) -> None:
        old = node.eid
        node.expand()
        node.touch()
        self._name(node)
        if old and old != node.eid:
            self.renamed[old] = node.eid
        node.expand()
        for child in node.children:
            self._rename_subtree(child)

    def _demotion(self, target: _W, new: str) -> str | None:
        """"Section 384 is renumbered as subsection 384(1)": the label of the new inner level, else None."""
        try:
            path = parse_citation(new)
        except CitationError:
            return None
        steps = [s.label for s in path.steps]
        own = [a.label for a in reversed(self._ancestors(target)) if not a.is_container] + [target.label]
        if len(steps) == len(own) + 1 and steps[:-1] == own:
            return steps[-1]
        return None

    def _demote(self, target: _W, label: str) -> None:
        target.expand()
        if self._child(target, label) is not None:
            self.problem("conflict", f"{self._cite(target)} already has a subdivision {label}; it cannot be "
                                     f"renumbered as one", node=target)
            raise _Skip
        self.record(target, "renumbered")
        inner = _W(None, target)
        inner.expanded = True
        inner.kind = self._kind_for(Provision(kind=_deeper(target.kind, self.tradition), label=label, eid="",
                                              citation=""), target)
        inner.label = label
        inner.text, inner.tail = target.text, target.tail
        inner.children = target.children
        for child in inner.children:
            child.parent = inner
        inner.marker = self._marker_like(label, None, inner.kind)
        target.text, target.tail = "", ""
        target.children = [inner]
        self._name(inner)
        for child in inner.children:
            self._rename_subtree(child)

    # -- word operations ------------------------------------------------------------------

    def _slots(self, target: _W, portion: str | None) -> list[tuple[_W, str]]:
        if portion == "heading":
            return [(target, "heading")]
        slots: list[tuple[_W, str]] = []

        def visit(node: _W) -> None:
            node.expand()
            if node.repealed:
                return
            slots.append((node, "text"))
            for child in node.children:
                visit(child)
            slots.append((node, "tail"))

        visit(target)
        return slots

    def _pattern(self, words: str) -> re.Pattern[str]:
        tokens = plain_text(words).translate(_WORD_QUOTES).split()
        if not tokens:
            self.problem("words-not-found", "no words given")
            raise _Skip
        parts = []
        for token in tokens:
            escaped = re.escape(token)
            escaped = escaped.replace("'", "['’‘]").replace('"', '["“”«»]')
            parts.append(escaped)
        body = r"\s{1,20}".join(parts)
        if tokens[0][0].isalnum():
            body = r"(?<![\w])" + body
        if tokens[-1][-1].isalnum():
            body = body + r"(?![\w])"
        return re.compile(body)

    def _matches(self, slots: list[tuple[_W, str]], pattern: re.Pattern[str], occurrence: str,
                 part: tuple[str, int] | None = None) -> list[tuple[_W, str, int, int]]:
        found: list[tuple[_W, str, int, int]] = []
        for node, field in slots:
            value = getattr(node, field)
            if not value:
                continue
            if part is not None and field == "text":
                found.extend(self._part_matches(node, value, pattern, part))
                continue
            if part is not None:
                continue
            for match in pattern.finditer(value):
                found.append((node, field, match.start(), match.end()))
        if not found:
            return []
        if occurrence == "all":
            return found
        if occurrence == "last":
            return [found[-1]]
        if occurrence == "first":
            return [found[0]]
        try:
            number = int(occurrence)
        except ValueError:
            return [found[0]]
        return [found[number - 1]] if 0 < number <= len(found) else []

    def _part_matches(self, node: _W, value: str, pattern: re.Pattern[str], part: tuple[str, int]):
        spans = _segments(value, part[0])
        index = part[1] - 1 if part[1] > 0 else len(spans) - 1
        if not 0 <= index < len(spans):
            return []
        start, end = spans[index]
        return [(node, "text", m.start(), m.end()) for m in pattern.finditer(value, start, end)]

    def _word_target(self, op: Operation) -> tuple[_W, list[tuple[_W, str]], tuple[str, int] | None]:
        target = self.need(op.target)
        self.check_alive(target)
        if target is self.root:
            self.problem("conflict", "word amendments need a provision to look in")
            raise _Skip
        part = None
        match = _PART_RE.match(op.portion or "")
        if match:
            part = (match.group(1), int(match.group(2)))
            return target, [(target, "text")], part
        return target, self._slots(target, op.portion), part

    def _op_replace_words(self, op: Operation) -> None:
        self._edit_words(op, op.replacement or "")

    def _op_repeal_words(self, op: Operation) -> None:
        self._edit_words(op, None)

    def _edit_words(self, op: Operation, replacement: str | None) -> None:
        target, slots, part = self._word_target(op)
        pattern = self._pattern(op.words or "")
        occurrence = op.occurrence or "first"
        hits = self._matches(slots, pattern, occurrence if not op.until else "first", part)
        if not hits:
            self.problem("words-not-found", f"the words {op.words!r} are not in {self._cite(target)}", node=target)
            raise _Skip
        if op.until:
            node, field, start, _end = hits[0]
            value = getattr(node, field)
            if op.until == "end":
                end = len(value) if part is None else _line_end(value, start)
            else:
                until = self._pattern(op.until).search(value, start)
                if until is None:
                    self.problem("words-not-found", f"the words {op.until!r} (end of the span) are not in "
                                                    f"{self._cite(target)} after {op.words!r}")
                    raise _Skip
                end = until.end()
            hits = [(node, field, start, end)]
        self.record(target, "amended")
        # Edit from the last hit backwards so that earlier offsets stay valid.
        for node, field, start, end in reversed(hits):
            value = getattr(node, field)
            new = replacement if replacement is not None else ""
            edited = value[:start] + new + value[end:]
            if replacement is None or not new:
                edited = _tidy(edited, start)
            setattr(node, field, edited)
            node.touch()

    def _op_insert_words(self, op: Operation) -> None:
        target, slots, part = self._word_target(op)
        words = plain_text(op.words or "")
        position = op.position or ("after" if op.anchor else "end")
        if position in ("before", "after"):
            pattern = self._pattern(op.anchor or "")
            hits = self._matches(slots, pattern, op.occurrence or "first", part)
            if not hits:
                self.problem("words-not-found", f"the words {op.anchor!r} are not in {self._cite(target)}",
                             node=target)
                raise _Skip
            self.record(target, "amended")
            for node, field, start, end in reversed(hits):
                value = getattr(node, field)
                if position == "after":
                    glue = "" if words[:1] in ",.;:)" else " "
                    edited = value[:end] + glue + words + value[end:]
                else:
                    glue = "" if value[start - 1: start] in ("(", "") or words[-1:] in "(" else " "
                    edited = value[:start] + words + (" " if words[-1:] not in "(" else "") + value[start:]
                    del glue
                setattr(node, field, _spaces(edited))
                node.touch()
            return
        live = [(n, f) for n, f in slots if getattr(n, f) and f != "heading"] or [(target, "text")]
        self.record(target, "amended")
        if position == "start":
            node, field = live[0]
            value = getattr(node, field)
            setattr(node, field, f"{words} {value}".strip() if value else words)
        else:
            node, field = live[-1]
            value = getattr(node, field)
            if part is not None:
                spans = _segments(value, part[0])
                index = part[1] - 1 if part[1] > 0 else len(spans) - 1
                if 0 <= index < len(spans):
                    start, end = spans[index]
                    segment = value[start:end]
                    stripped = segment.rstrip()
                    setattr(node, field, value[:start] + _join_words(stripped, words) + segment[len(stripped):]
                            + value[end:])
                    node.touch()
                    return
            setattr(node, field, _join_words(value, words))
        node.touch()

    # -- output ------------------------------------------------------------------------

    def _freeze(self) -> Law:
        body = tuple(self._freeze_node(node) for node in self.root.children)
        return Law(title=self.law.title, tradition=self.law.tradition, body=body, path=self.law.path,
                   preamble=self.law.preamble, line_count=self.law.line_count)

    def _freeze_node(self, node: _W) -> Provision:
        if not node.dirty and node.orig is not None:
            return node.orig
        node.expand()
        children = tuple(self._freeze_node(child) for child in node.children)
        assert node.kind is not None
        end_line = max([node.end_line, *(c.end_line for c in children)]) if children else node.end_line
        return Provision(kind=node.kind, label=node.label, eid=node.eid, citation=node.citation, heading=node.heading,
                         text=node.text, tail=node.tail, children=children, line=node.line, end_line=end_line,
                         repealed=node.repealed, note=node.note, history=tuple(node.history),
                         crossheading=node.crossheading, marker=node.marker)

    def _changes(self) -> tuple[Change, ...]:
        records = list(self.records.values())
        touched = {id(r.node): r for r in records}
        kept: list[_Record] = []
        for rec in records:
            ancestor = rec.node.parent
            absorbed = False
            while ancestor is not None:
                owner = touched.get(id(ancestor))
                if owner is not None:
                    for index in rec.ops:
                        if index not in owner.ops:
                            owner.ops.append(index)
                    absorbed = True
                    break
                ancestor = ancestor.parent
            if not absorbed:
                kept.append(rec)
        order = {id(node): i for i, node in enumerate(self.root.walk())}
        detached = len(order)
        kept.sort(key=lambda r: (order.get(id(r.node), detached), r.ops[0] if r.ops else 0))
        changes = []
        for rec in kept:
            node = rec.node
            attached = id(node) in order
            after = render_text(node) if attached else ""
            action = _action(rec)
            old_eid = rec.old_eid or node.eid
            new_eid = node.eid if node.eid != old_eid else None
            label = node.citation or old_eid
            diff = "".join(difflib.unified_diff(
                _lines(rec.before), _lines(after), fromfile=f"a/{old_eid}", tofile=f"b/{node.eid}", n=2))
            changes.append(Change(eid=old_eid, citation=label, action=action, before=rec.before, after=after,
                                  diff=diff, operations=tuple(sorted(rec.ops)), new_eid=new_eid))
        return tuple(changes)


def _action(rec: _Record) -> str:
    actions = rec.actions
    if rec.node.orig is None:
        return "inserted"
    if rec.node.repealed and "repealed" in actions:
        return "repealed"
    if "replaced" in actions and all(a in ("replaced", "amended") for a in actions) and actions[0] == "replaced":
        return "replaced"
    if all(a == "renumbered" for a in actions):
        return "renumbered"
    return "amended"


def _lines(text: str) -> list[str]:
    return [line + "\n" for line in text.split("\n")] if text else []


def _style(marker: str) -> str:
    """The numbering style of a printed label: ``(1)`` and ``(a)`` -> ``()``, ``1.`` -> ``.``, ``2)`` -> ``)``."""
    marker = marker.strip()
    if marker.startswith("("):
        return "()"
    return marker[-1:] if marker[-1:] in ".)" else ""


def _deeper(kind: Kind | None, tradition: Tradition) -> Kind:
    if tradition is Tradition.CIS:
        return {Kind.ARTICLE: Kind.PARAGRAPH, Kind.PARAGRAPH: Kind.SUBPARAGRAPH}.get(kind, Kind.CLAUSE)  # type: ignore[arg-type]
    return {Kind.SECTION: Kind.SUBSECTION, Kind.SUBSECTION: Kind.PARAGRAPH, Kind.PARAGRAPH: Kind.SUBPARAGRAPH,
            Kind.SUBPARAGRAPH: Kind.CLAUSE}.get(kind, Kind.SUBCLAUSE)  # type: ignore[arg-type]


_PART_RE = re.compile(r"^(part|sentence)\s{1,20}(-?\d{1,3})$")
_SENTENCE_END_RE = re.compile(r"(?<=[.!?])\s{1,20}(?=[A-Z“\"«(])")


def _segments(text: str, unit: str) -> list[tuple[int, int]]:
    """Offsets of the unnumbered parts (lines) or the sentences of a text."""
    spans = []
    if unit == "part":
        start = 0
        for line in text.split("\n"):
            spans.append((start, start + len(line)))
            start += len(line) + 1
        return [s for s in spans if text[s[0]:s[1]].strip()]
    start = 0
    for match in _SENTENCE_END_RE.finditer(text):
        spans.append((start, match.start()))
        start = match.end()
    if start < len(text):
        spans.append((start, len(text)))
    return spans


def _line_end(value: str, start: int) -> int:
    end = value.find("\n", start)
    return len(value) if end == -1 else end


_SPACE_RE = re.compile(r"[ \t]{2,}")
_SPACE_PUNCT_RE = re.compile(r"(?<![ \t])[ \t]+([,.;:)])")
_OPEN_SPACE_RE = re.compile(r"\([ \t]+")


def _spaces(text: str) -> str:
    text = _SPACE_RE.sub(" ", text)
    text = _SPACE_PUNCT_RE.sub(r"\1", text)
    text = _OPEN_SPACE_RE.sub("(", text)
    return "\n".join(line.strip() for line in text.split("\n"))


def _tidy(text: str, at: int) -> str:
    """Clean the spaces left where words were removed."""
    text = _spaces(text)
    text = re.sub(r",\s{0,20},", ",", text)
    text = re.sub(r"^[,;]\s{0,20}", "", text)
    return text


def _join_words(value: str, words: str) -> str:
    """Words added at the end of a text.

    A continuation (", including …", "and of the capital") goes before a
    closing full stop; a conjunction after a semicolon stays after it
    ("…; and", the Canadian way); a new sentence follows the full stop.
    """
    if not value:
        return words
    value = value.rstrip()
    if words[:1] in ",;:)":
        if value[-1:] in ".;,":
            return value[:-1] + words + value[-1]
        return value + words
    if words in ("and", "or", "and/or"):
        return value + " " + words
    if value.endswith(".") and not words[:1].isupper() and not value.endswith(".."):
        return value[:-1] + " " + words + "."
    return value + " " + words
