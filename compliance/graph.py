"""The cross-reference graph of a law (networkx): impact, dangling references, cycles.

:func:`build` turns a :class:`~compliance.model.Law` and its references
(:mod:`compliance.references`) into a :class:`LawGraph`: a networkx
``DiGraph`` whose nodes are provisions (by eId) and the other statutes the law
cites (``act:<name>``), with two kinds of edge, which may coincide:

* containment, parent → child (``contains=True``);
* reference, citing → cited (``refers=True``), carrying the citing words
  (``text``), their ``span`` in the citing provision's own words, and
  ``count`` when the same provision cites the same target more than once.

A reference from a provision to itself ("this subsection" in that subsection)
is kept in :attr:`LawGraph.references` but not drawn (no self-loops).

Queries: :meth:`LawGraph.referrers` (direct or transitive),
:meth:`LawGraph.impact` (what a change reaches, with the chain),
:meth:`LawGraph.dangling` (references to nothing or to repealed provisions),
:meth:`LawGraph.cycles`, :meth:`LawGraph.most_referenced`. :func:`export`
writes DOT, GraphML, JSON or Mermaid.

For a draft, :func:`draft_dangling` compares the law before and after
:func:`compliance.amend.apply` (following ``Amended.renamed``) and
:func:`integrity_findings` returns the ``integrity.*`` items the engine turns
into findings. This is the only engine module that imports networkx.
"""

from __future__ import annotations

import io
import json
from collections import deque
from collections.abc import Iterable, Mapping, Sequence
from typing import Any

import networkx as nx
from attrs import frozen

from .model import Change, ImpactEntry, Law, Problem, Provision, Severity
from .references import Reference, Resolver

__all__ = [
    "FORMATS",
    "LawGraph",
    "Dangling",
    "Relied",
    "IntegrityItem",
    "build",
    "impact",
    "export",
    "summary",
    "render_impact",
    "draft_dangling",
    "draft_graph",
    "draft_impact",
    "integrity_findings",
    "integrity_located",
    "affected_by_reference",
]

#: Export formats of :func:`export`.
FORMATS = ("dot", "graphml", "json", "mermaid")


@frozen
class Dangling:
    """A reference that points at nothing (``reason="missing"``) or at a repealed provision (``"repealed"``).

    For a draft, ``reason`` may also be ``"renumbered"``: the cited provision
    moved, and the words still name its old number.
    """

    reference: Reference
    reason: str
    detail: str = ""


@frozen
class Relied:
    """A provision and the number of distinct provisions that cite it."""

    eid: str
    label: str
    referrers: int


@frozen
class IntegrityItem:
    """An ``integrity.*`` result of a draft, for the engine to turn into a :class:`~compliance.model.Finding`.

    ``eid``/``label``/``line`` locate it (the citing provision for a dangling
    reference, the affected provision for impact, the target for a conflict);
    ``evidence`` is the words it rests on; ``via`` the chain of eIds, from the
    located provision to the changed one, when there is one.
    """

    topic: str
    severity: Severity
    eid: str
    label: str
    message: str
    evidence: str
    line: int = 0
    via: tuple[str, ...] = ()
    target: str = ""


class LawGraph:
    """A law, its references and their networkx graph, with the queries the engine and the CLI need."""

    def __init__(self, law: Law, references: Sequence[Reference], graph: nx.DiGraph) -> None:
        self.law = law
        self.references = tuple(references)
        self.graph = graph
        #: For the graph of an amended law (:func:`draft_graph`): the dangling references the draft introduced.
        self.introduced: tuple[Dangling, ...] | None = None
        self._order = {p.eid: i for i, p in enumerate(law.walk())}
        self._parents = {child.eid: p.eid for p in law.walk() for child in p.children}
        self._ancestors: dict[str, tuple[str, ...]] = {}

    # -- structure ---------------------------------------------------------------

    def ancestors(self, eid: str) -> tuple[str, ...]:
        """Containing provisions, innermost first."""
        known = self._ancestors.get(eid)
        if known is None:
            parent = self._parents.get(eid)
            known = () if parent is None else (parent, *self.ancestors(parent))
            self._ancestors[eid] = known
        return known

    def subtree(self, eids: Iterable[str]) -> set[str]:
        """The given provisions and every provision inside them."""
        inside: set[str] = set()
        for eid in eids:
            provision = self.law.get(eid)
            if provision is None:
                inside.add(eid)
            else:
                inside.update(p.eid for p in provision.walk())
        return inside

    def descendants(self, eid: str) -> list[str]:
        provision = self.law.get(eid)
        return [p.eid for p in provision.walk()][1:] if provision is not None else []

    def is_within(self, eid: str, container: str) -> bool:
        """True when ``eid`` is ``container`` or inside it."""
        return eid == container or container in self.ancestors(eid)

    def label(self, eid: str) -> str:
        provision = self.law.get(eid)
        if provision is not None:
            return provision.citation
        return str(self.graph.nodes[eid].get("label", eid)) if eid in self.graph else eid

    # -- references ------------------------------------------------------------------

    def reference_edges(self) -> Iterable[tuple[str, str, dict[str, Any]]]:
        return ((u, v, d) for u, v, d in self.graph.edges(data=True) if d.get("refers"))

    def referrers(self, eid: str, *, transitive: bool = False) -> list[str]:
        """Provisions that cite ``eid`` (directly, or through a chain of citations), in document order."""
        seen: set[str] = set()
        queue = deque([eid])
        while queue:
            node = queue.popleft()
            for source in self._citing(node):
                if source not in seen and source != eid:
                    seen.add(source)
                    if transitive:
                        queue.append(source)
        return sorted(seen, key=self._position)

    def _citing(self, eid: str) -> list[str]:
        if eid not in self.graph:
            return []
        return [u for u, _, d in self.graph.in_edges(eid, data=True) if d.get("refers")]

    def _position(self, eid: str) -> tuple[int, str]:
        return (self._order.get(eid, 10**9), eid)

    def impact(self, changed: Iterable[str]) -> list[ImpactEntry]:
        """Every provision whose meaning a change to ``changed`` reaches through cross-references.

        A provision is reached when it cites a changed provision, a provision
        containing it ("section 8" when 8(2) changes: the whole section is
        cited), or a provision inside it ("subsection 8(2)" when section 8 is
        replaced); and, transitively, when it cites a provision so reached (or
        one containing it). References from inside a provision to that same
        provision ("this Part", "this section") do not carry a change of one of
        its parts to another. Provisions inside a changed one are changed, not
        reached.

        ``path`` runs from the reached provision to the changed one; each
        consecutive pair is a citation (cited provision next) or a containment
        step (container and contained, either way round).
        """
        seeds = [eid for eid in dict.fromkeys(changed) if eid in self.graph]
        if not seeds:
            return []
        paths: dict[str, tuple[str, ...]] = {}
        queue: deque[tuple[str, tuple[str, ...], bool]] = deque((eid, (eid,), True) for eid in seeds)

        changed_subtree = self.subtree(seeds)

        while queue:
            node, path, is_seed = queue.popleft()
            forms: list[tuple[str, tuple[str, ...]]] = [(node, path)]
            forms += [(a, (a, *path)) for a in self.ancestors(node)]
            if is_seed:
                forms += [(d, (d, *path)) for d in self.descendants(node)]
            for cited, cited_path in forms:
                for source in self._citing(cited):
                    if source in paths or source in changed_subtree or self.is_within(source, cited):
                        continue
                    chain = (source, *cited_path)
                    paths[source] = chain
                    queue.append((source, chain, False))
        entries = [ImpactEntry(eid, self.label(eid), path) for eid, path in paths.items()]
        return sorted(entries, key=lambda e: (len(e.path), self._position(e.eid)))

    def dangling(self) -> list[Dangling]:
        """References to nothing, or to a repealed provision (or one inside a repealed provision)."""
        found: list[Dangling] = []
        for ref in self.references:
            if ref.scope != "internal":
                continue
            if ref.target is None:
                found.append(Dangling(ref, "missing", f"no {ref.cited} in this law"))
                continue
            repealed = None if ref.within_range else self._repealed(ref.target)
            if repealed is not None:
                note = repealed.note or "[Repealed]"
                found.append(Dangling(ref, "repealed", f"{repealed.citation} is repealed {note}".rstrip()))
        return found

    def _repealed(self, eid: str) -> Provision | None:
        for candidate in (eid, *self.ancestors(eid)):
            provision = self.law.get(candidate)
            if provision is not None and provision.repealed:
                return provision
        return None

    def cycles(self, *, length_bound: int = 8, limit: int = 1000) -> list[list[str]]:
        """Chains of citations that come back to where they started (``A`` cites ``B`` cites ``A``).

        Only citations between provisions that do not contain each other count.
        ``length_bound`` and ``limit`` keep the search finite on dense laws.
        """
        refs = nx.DiGraph()
        for u, v, _ in self.reference_edges():
            if not (self.is_within(u, v) or self.is_within(v, u)):
                refs.add_edge(u, v)
        found: list[list[str]] = []
        for cycle in nx.simple_cycles(refs, length_bound=length_bound):
            start = min(range(len(cycle)), key=lambda i: self._position(cycle[i]))
            found.append(cycle[start:] + cycle[:start])
            if len(found) >= limit:
                break
        return sorted(found, key=lambda c: (len(c), [self._position(e) for e in c]))

    def most_referenced(self, n: int = 10) -> list[Relied]:
        """The provisions cited by the most distinct provisions (outside themselves)."""
        counts: dict[str, int] = {}
        for u, v, _ in self.reference_edges():
            if v.startswith("act:") or self.is_within(u, v):
                continue
            counts[v] = counts.get(v, 0) + 1
        ranked = sorted(counts.items(), key=lambda kv: (-kv[1], self._position(kv[0])))
        return [Relied(eid, self.label(eid), count) for eid, count in ranked[:n]]


#: The last few graphs built, by law identity: a check builds the same two laws' graphs for integrity
#: facts, impact and re-evaluation. Graphs handed out from here must not be modified.
_RECENT: deque[tuple[Law, LawGraph]] = deque(maxlen=4)


def build(law: Law, references: Sequence[Reference] | None = None, *, fresh: bool = False) -> LawGraph:
    """The reference graph of ``law`` (references are extracted when not given).

    The same law object gets the same graph back unless ``fresh`` (a graph the caller will modify).
    """
    if references is None and not fresh:
        for known, graph in _RECENT:
            if known is law:
                return graph
        graph = build(law, fresh=True)
        _RECENT.append((law, graph))
        return graph
    if references is None:
        resolver = Resolver(law)
        references = [ref for provision in law.walk() for ref in resolver.references(provision)]
    graph = nx.DiGraph(title=law.title, path=law.path, tradition=law.tradition.value)
    for provision in law.walk():
        graph.add_node(provision.eid, kind=provision.kind.value, label=provision.citation,
                       heading=provision.heading, repealed=provision.repealed, line=provision.line)
    for provision in law.walk():
        for child in provision.children:
            graph.add_edge(provision.eid, child.eid, contains=True, refers=False)
    for ref in references:
        if ref.scope == "external":
            target = f"act:{ref.external}"
            if target not in graph:
                graph.add_node(target, kind="act", label=ref.external, heading="", repealed=False, line=0)
        elif ref.scope == "internal" and ref.target is not None:
            target = ref.target
        else:
            continue
        if target == ref.source:
            continue
        data = graph.get_edge_data(ref.source, target)
        if data is None:
            graph.add_edge(ref.source, target, contains=False, refers=True, text=ref.text, span=ref.span, count=1)
        elif not data.get("refers"):
            data.update(refers=True, text=ref.text, span=ref.span, count=1)
        elif data.get("span") != ref.span:
            data["count"] += 1
    return LawGraph(law, references, graph)


def impact(law: Law, eids: Iterable[str]) -> list[ImpactEntry]:
    """The provisions a change to ``eids`` reaches through cross-references (see :meth:`LawGraph.impact`)."""
    return build(law).impact(eids)


# --------------------------------------------------------------------------
# Exports
# --------------------------------------------------------------------------


def export(graph: LawGraph, fmt: str) -> str:
    """The graph as ``dot``, ``graphml``, ``json`` or ``mermaid`` text."""
    if fmt == "json":
        return json.dumps(_json(graph), ensure_ascii=False, indent=2)
    if fmt == "graphml":
        return _graphml(graph)
    if fmt == "dot":
        return _dot(graph)
    if fmt == "mermaid":
        return _mermaid(graph)
    raise ValueError(f"unknown graph format {fmt!r}; expected one of {', '.join(FORMATS)}")


def _edge_types(data: Mapping[str, Any]) -> list[str]:
    return [kind for kind in ("contains", "refers") if data.get(kind)]


def _json(graph: LawGraph) -> dict[str, Any]:
    g = graph.graph
    nodes = [{"id": n, **{k: d.get(k) for k in ("kind", "label", "heading", "repealed", "line")},
              **({"changed": d["changed"]} if d.get("changed") else {})}
             for n, d in g.nodes(data=True)]
    edges: list[dict[str, Any]] = []
    for u, v, d in g.edges(data=True):
        if d.get("contains"):
            edges.append({"source": u, "target": v, "type": "contains"})
        if d.get("refers"):
            edges.append({"source": u, "target": v, "type": "refers", "text": d.get("text", ""),
                          "span": list(d.get("span", (0, 0))), "count": d.get("count", 1)})
    data = {
        "law": {"title": graph.law.title, "path": graph.law.path, "tradition": graph.law.tradition.value},
        "nodes": nodes,
        "edges": edges,
        "dangling": [_dangling_json(item) for item in graph.dangling()],
    }
    if graph.introduced is not None:
        data["introduced"] = [_dangling_json(item) for item in graph.introduced]
    return data


def _dangling_json(item: Dangling) -> dict[str, Any]:
    ref = item.reference
    return {"source": ref.source, "target": ref.target, "text": ref.text, "cited": ref.cited,
            "reason": item.reason, "detail": item.detail}


def _graphml(graph: LawGraph) -> str:
    plain = nx.DiGraph()
    for key in ("title", "path", "tradition"):
        plain.graph[key] = str(graph.graph.graph.get(key, ""))
    for n, d in graph.graph.nodes(data=True):
        plain.add_node(n, kind=str(d.get("kind", "")), label=str(d.get("label", "")),
                       heading=str(d.get("heading", "")), repealed=bool(d.get("repealed")), line=int(d.get("line", 0)),
                       changed=str(d.get("changed", "")))
    for u, v, d in graph.graph.edges(data=True):
        span = d.get("span", (0, 0))
        plain.add_edge(u, v, type=" ".join(_edge_types(d)), text=str(d.get("text", "")),
                       span=f"{span[0]}-{span[1]}" if d.get("refers") else "", count=int(d.get("count", 0)))
    buffer = io.BytesIO()
    nx.write_graphml(plain, buffer, encoding="utf-8")
    return buffer.getvalue().decode("utf-8")


def _dot_quote(text: str) -> str:
    return '"' + text.replace("\\", "\\\\").replace('"', '\\"').replace("\n", " ") + '"'


def _dot(graph: LawGraph) -> str:
    g = graph.graph
    lines = [f"digraph {_dot_quote(graph.law.title or 'law')} {{", "  rankdir=LR;", "  node [shape=box];"]
    for n, d in g.nodes(data=True):
        attrs = [f"label={_dot_quote(str(d.get('label') or n))}"]
        if d.get("kind") == "act":
            attrs.append("shape=ellipse")
        if d.get("repealed"):
            attrs.append("style=dashed")
        if d.get("changed"):
            attrs.append(f"color=red, changed={_dot_quote(str(d['changed']))}")
        lines.append(f"  {_dot_quote(n)} [{', '.join(attrs)}];")
    for u, v, d in g.edges(data=True):
        if d.get("contains"):
            lines.append(f"  {_dot_quote(u)} -> {_dot_quote(v)} [type=contains, style=dotted, color=gray];")
        if d.get("refers"):
            lines.append(f"  {_dot_quote(u)} -> {_dot_quote(v)} [type=refers, label={_dot_quote(d.get('text', ''))}];")
    lines.append("}")
    return "\n".join(lines)


def _mermaid_label(text: str) -> str:
    return text.replace('"', "#quot;").replace("\n", " ")


def _mermaid(graph: LawGraph) -> str:
    g = graph.graph
    ids = {n: f"n{i}" for i, n in enumerate(g.nodes)}
    lines = ["graph LR"]
    for n, d in g.nodes(data=True):
        label = _mermaid_label(str(d.get("label") or n))
        shape = f'(["{label}"])' if d.get("kind") == "act" else f'["{label}"]'
        lines.append(f"  {ids[n]}{shape}")
    for u, v, d in g.edges(data=True):
        if d.get("contains"):
            lines.append(f"  {ids[u]} -.- {ids[v]}")
        if d.get("refers"):
            lines.append(f"  {ids[u]} --> {ids[v]}")
    return "\n".join(lines)


def summary(graph: LawGraph, *, top: int = 10) -> str:
    """A readable account of a law's references: counts, dangling references, cycles, most cited."""
    refs = graph.references
    internal = [r for r in refs if r.scope == "internal"]
    resolved = [r for r in internal if r.target is not None]
    external = sorted({r.external for r in refs if r.scope == "external"})
    share = f"{100 * len(resolved) / len(internal):.1f}%" if internal else "n/a"
    lines = [
        f"{graph.law.title} ({graph.law.path})" if graph.law.path else graph.law.title,
        f"{len(internal)} internal references, {len(resolved)} resolved ({share}); "
        f"{sum(1 for r in refs if r.scope == 'external')} to {len(external)} other statutes",
    ]
    if graph.introduced is not None:
        changed = {n: d["changed"] for n, d in graph.graph.nodes(data=True) if d.get("changed")}
        lines.append("")
        lines.append(f"Changed by the draft: {len(changed)} provisions; "
                     f"dangling references it introduces: {len(graph.introduced)}")
        for item in graph.introduced:
            ref = item.reference
            lines.append(f"  {graph.label(ref.source)} [{ref.source}]: “{ref.text}” — {item.detail}")
    dangling = graph.dangling()
    lines.append("")
    lines.append(f"Dangling references: {len(dangling)}")
    for item in dangling:
        ref = item.reference
        lines.append(f"  {graph.label(ref.source)} [{ref.source}]: “{ref.text}” — {item.detail}")
    cycles = graph.cycles()
    lines.append("")
    lines.append(f"Reference cycles: {len(cycles)}")
    for cycle in cycles[:top]:
        lines.append("  " + " → ".join(graph.label(e) for e in [*cycle, cycle[0]]))
    lines.append("")
    lines.append("Most relied upon:")
    for relied in graph.most_referenced(top):
        lines.append(f"  {relied.label} [{relied.eid}]: cited by {relied.referrers}")
    if external:
        lines.append("")
        lines.append("Other statutes cited: " + "; ".join(external))
    return "\n".join(lines)


def render_impact(law: Law, targets: Sequence[Provision], entries: Sequence[ImpactEntry]) -> str:
    """The text of ``suffrage impact``: each reached provision and the chain that reaches it."""
    names = ", ".join(f"{t.citation} [{t.eid}]" for t in targets) or "the provisions the draft changes"
    if not entries:
        return f"No provision refers to {names}, directly or through other provisions."
    noun = "provision" if len(entries) == 1 else "provisions"
    subject = f"A change to {names}" if targets else "The draft's changes"
    lines = [f"{subject} reach{'es' if targets else ''} {len(entries)} {noun}:"]
    for entry in entries:
        lines.append(f"  {entry.label} [{entry.eid}]")
        chain = [law.get(e).citation if law.get(e) is not None else e for e in entry.path]
        lines.append("    " + " → ".join(chain))
    return "\n".join(lines)


# --------------------------------------------------------------------------
# Drafts: what applying one does to the references
# --------------------------------------------------------------------------


def _changed_eids(changes: Iterable[Change]) -> list[str]:
    return [c.eid for c in changes if c.eid]


def draft_dangling(before: Law, after: Law, renamed: Mapping[str, str] | None = None, *,
                   before_graph: LawGraph | None = None, after_graph: LawGraph | None = None) -> list[Dangling]:
    """References left dangling or misdirected by a draft (those the law already had are not repeated).

    * a provision the draft repeals or removes is still cited (``repealed`` / ``missing``);
    * a provision the draft renumbers is still cited by its old number, so the
      words now name nothing or another provision (``renumbered``);
    * a provision the draft inserts or rewrites cites nothing (``missing``) or a repealed one.

    ``renamed`` maps eIds before the draft to eIds after it (``Amended.renamed``).
    """
    renamed = dict(renamed or {})
    old = before_graph or build(before)
    new = after_graph or build(after)
    old_by_key: dict[tuple[str, str, str], list[Reference]] = {}
    for ref in old.references:
        if ref.scope == "internal":
            key = (renamed.get(ref.source, ref.source), ref.text, ref.cited)
            old_by_key.setdefault(key, []).append(ref)
    previously_dangling = {(renamed.get(d.reference.source, d.reference.source), d.reference.text, d.reference.cited)
                           for d in old.dangling()}
    found: list[Dangling] = []
    for ref in new.references:
        if ref.scope != "internal":
            continue
        key = (ref.source, ref.text, ref.cited)
        problem = _problem_after(new, ref)
        earlier = old_by_key.get(key, [])
        if earlier:
            expected = renamed.get(earlier[0].target, earlier[0].target) if earlier[0].target else None
            if expected is not None and ref.target != expected and earlier[0].target in renamed:
                found.append(Dangling(ref, "renumbered",
                                      f"the draft renumbers {old.label(earlier[0].target)} "
                                      f"({_moved_to(old, new, earlier[0].target, renamed)}), but "
                                      f"{new.label(ref.source)} still cites {ref.cited}"))
                continue
            if problem is None or key in previously_dangling:
                continue
            reason, detail = problem
            if earlier[0].target is not None:
                gone = _repealed_by_draft(old, new, earlier[0].target, renamed)
                if gone is not None:
                    reason, detail = "repealed", f"the draft repeals {gone}"
            found.append(Dangling(ref, reason, detail + " after the draft" if reason == "missing" else detail))
            continue
        if problem is not None:
            reason, detail = problem
            found.append(Dangling(ref, reason, detail))
    return found


def _moved_to(old: LawGraph, new: LawGraph, target: str, renamed: Mapping[str, str]) -> str:
    """Where a renumbered provision went, in the amended law's citations ("now Article 11-1")."""
    for eid in (target, *old.ancestors(target)):
        moved = renamed.get(eid)
        if moved is not None and new.law.get(moved) is not None:
            where = new.law.get(moved).citation
            return f"now {where}" if eid == target else f"now part of {where}"
    return f"now {renamed.get(target, target)}"


def _repealed_by_draft(old: LawGraph, new: LawGraph, target: str, renamed: Mapping[str, str]) -> str | None:
    """The citation of the provision the draft repealed that took ``target`` with it, if any."""
    for eid in (target, *old.ancestors(target)):
        after = new.law.get(renamed.get(eid, eid))
        if after is not None and after.repealed:
            return after.citation
    return None


def _problem_after(graph: LawGraph, ref: Reference) -> tuple[str, str] | None:
    if ref.target is None:
        return "missing", f"no {ref.cited} in the law"
    if ref.within_range:
        return None
    repealed = graph._repealed(ref.target)
    if repealed is not None:
        return "repealed", f"{repealed.citation} is repealed"
    return None


def _after_eid(change: Change) -> str:
    return change.new_eid or change.eid


def draft_graph(before: Law, amended: Any) -> LawGraph:
    """The graph of the law as ``amended`` leaves it: changed provisions carry ``changed`` (the action),
    and :attr:`LawGraph.introduced` lists the dangling references the draft introduced."""
    old, new = build(before), build(amended.law, fresh=True)
    for change in amended.changes:
        eid = _after_eid(change)
        if eid in new.graph:
            new.graph.nodes[eid]["changed"] = change.action
    new.introduced = tuple(draft_dangling(before, amended.law, amended.renamed, before_graph=old, after_graph=new))
    return new


def draft_impact(before: Law, amended: Any) -> list[ImpactEntry]:
    """What the draft's changes reach through references, as :class:`ImpactEntry` (paths end at a changed eId)."""
    after = amended.law
    chains = affected_by_reference(before, after, _changed_eids(amended.changes), renamed=amended.renamed)
    order = {p.eid: i for i, p in enumerate(after.walk())}
    entries = [ImpactEntry(eid, after.get(eid).citation if after.get(eid) else eid, chain)
               for eid, chain in chains.items()]
    return sorted(entries, key=lambda e: (len(e.path), order.get(e.eid, 10**9)))


def integrity_findings(before: Law, amended: Any) -> list[IntegrityItem]:
    """The ``integrity.*`` items of a draft applied to ``before`` (``amended`` is :class:`compliance.amend.Amended`).

    ``integrity.dangling-reference`` (error) for each reference the draft
    leaves pointing at nothing, at a repealed provision, or at an old number;
    ``integrity.conflict`` (error) for each colliding operation in
    ``amended.problems``; ``integrity.impact`` (info) for each provision the
    changes reach through references, with the chain. The engine turns these
    into findings (see also :func:`integrity_located`).
    """
    after: Law = amended.law
    before_graph, after_graph = build(before), build(after)
    items = _dangling_items(before, amended, before_graph, after_graph)
    items += _conflict_items(before, amended.problems)
    items += _impact_items(before, amended, before_graph, after_graph)
    return items


def _dangling_items(before: Law, amended: Any, before_graph: LawGraph, after_graph: LawGraph) -> list[IntegrityItem]:
    items = []
    for item in draft_dangling(before, amended.law, amended.renamed, before_graph=before_graph,
                               after_graph=after_graph):
        ref = item.reference
        source = amended.law.get(ref.source)
        label = source.citation if source is not None else ref.source
        items.append(IntegrityItem(
            "integrity.dangling-reference", Severity.ERROR, ref.source, label,
            f"{label} refers to {ref.cited}: {item.detail}", ref.text,
            source.line if source is not None else 0, target=ref.target or "",
        ))
    return items


def _conflict_items(before: Law, problems: Iterable[Problem]) -> list[IntegrityItem]:
    items = []
    for problem in problems:
        if problem.kind != "conflict" and problem.topic != "integrity.conflict":
            continue
        target = before.get(problem.target) if problem.target else None
        eid = target.eid if target is not None else (problem.target or "draft")
        label = target.citation if target is not None else (problem.target or "draft")
        items.append(IntegrityItem("integrity.conflict", Severity.ERROR, eid, label, problem.message,
                                   problem.message, problem.line or (target.line if target else 0),
                                   target=problem.target))
    return items


def _impact_items(before: Law, amended: Any, before_graph: LawGraph, after_graph: LawGraph) -> list[IntegrityItem]:
    items = []
    for eid, chain in affected_by_reference(before, amended.law, _changed_eids(amended.changes),
                                            renamed=amended.renamed, before_graph=before_graph,
                                            after_graph=after_graph).items():
        provision = amended.law.get(eid)
        label = provision.citation if provision is not None else eid
        via = " → ".join(after_graph.label(e) if e in after_graph.graph else before_graph.label(e) for e in chain)
        changed = chain[-1]
        changed_label = after_graph.label(changed) if changed in after_graph.graph else before_graph.label(changed)
        items.append(IntegrityItem(
            "integrity.impact", Severity.INFO, eid, label,
            f"{label} relies on {changed_label}, which the draft changes ({via})",
            f"{label} → {changed_label}", provision.line if provision is not None else 0, via=chain,
            target=changed,
        ))
    return items


def affected_by_reference(before: Law, after: Law, changed_eids: Iterable[str], *,
                          renamed: Mapping[str, str] | None = None, before_graph: LawGraph | None = None,
                          after_graph: LawGraph | None = None) -> dict[str, tuple[str, ...]]:
    """Provisions of ``after`` whose meaning changes through references to ``changed_eids``, with the chain.

    ``changed_eids`` are the eIds a draft touched (before-eIds, or new eIds for
    insertions). A changed provision still in the amended law is followed in
    the amended law's graph; one the draft removed is followed in the law
    before it and the results renamed with ``renamed``. Provisions the draft
    changed themselves are left out. The chain runs from the affected
    provision to the changed one, as in :meth:`LawGraph.impact`.
    """
    renamed = dict(renamed or {})
    new = after_graph or build(after)
    old = before_graph or build(before)
    changed = list(dict.fromkeys(changed_eids))
    in_after = [renamed.get(e, e) for e in changed if renamed.get(e, e) in new.graph]
    in_before = [e for e in changed if e in old.graph]
    touched = set(in_after) | set(changed)
    found: dict[str, tuple[str, ...]] = {}
    # The law as amended: who relies on what the draft wrote (new words, inserted units)...
    for entry in new.impact(in_after):
        found[entry.eid] = entry.path
    # ...and the law before it: who relied on what the draft replaced, repealed or removed.
    for entry in old.impact(in_before):
        eid = renamed.get(entry.eid, entry.eid)
        chain = tuple(renamed.get(e, e) for e in entry.path[:-1]) + (entry.path[-1],)
        if eid in new.graph and (eid not in found or len(chain) < len(found[eid])):
            found[eid] = chain
    order = {eid: i for i, eid in enumerate(p.eid for p in after.walk())}
    inside = new.subtree(t for t in touched if t in new.graph)
    return {eid: found[eid] for eid in sorted(found, key=lambda e: (len(found[e]), order.get(e, 10**9)))
            if eid not in touched and eid not in inside}


def integrity_located(law: Law, amended: Any) -> list:
    """:func:`integrity_findings` as located facts for the rule engine (``compliance.facts.integrity``).

    Dangling references become ``integrity.dangling`` facts (value: the
    reference as written; attrs ``target``, ``message``) at the citing
    provision; impact becomes one ``integrity.impact`` fact per reached
    provision (value: the length of the chain; attrs ``provisions``,
    ``message``, ``via``). Conflicts are left to the engine, which reads
    ``amended.problems`` itself.
    """
    from .facts import Located
    from .model import Fact

    located = []
    for item in integrity_findings(law, amended):
        if item.topic == "integrity.dangling-reference":
            fact = Fact("integrity.dangling", item.evidence, item.evidence, (0, len(item.evidence)),
                        {"target": item.target, "message": item.message})
        elif item.topic == "integrity.impact":
            fact = Fact("integrity.impact", len(item.via) - 1, item.evidence, (0, len(item.evidence)),
                        {"provisions": list(item.via), "message": item.message, "via": item.via})
        else:
            continue
        located.append(Located(fact, item.eid, item.label, item.line))
    return located
