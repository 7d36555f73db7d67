"""The impact graph of a check, as nodes, edges and a simple layered layout.

``Report.impact`` lists provisions a draft reaches through cross-references;
each :class:`~compliance.model.ImpactEntry` has a ``path`` from the reached
provision to the changed one. Edges here point the way an amendment
travels: from the changed provision to the provision that refers to it (and
on, transitively). The layout is a plain layered one — changed provisions in
layer 0, then by distance — with two barycentre sweeps to reduce crossings:
no graph library, because renderers stay pure and light.
"""

from __future__ import annotations

from collections import OrderedDict, deque

from attrs import frozen

from ..model import Report
from ._common import eid_labels

__all__ = ["ImpactGraph", "impact_graph", "Layout", "layout"]


@frozen
class ImpactGraph:
    """``nodes`` eId -> label (ordered); ``changed`` eIds the draft touched; ``edges`` (from, to)."""

    nodes: tuple[tuple[str, str], ...]
    changed: frozenset[str]
    edges: tuple[tuple[str, str], ...]
    omitted: int = 0

    def label(self, eid: str) -> str:
        return dict(self.nodes).get(eid, eid)


def impact_graph(report: Report, *, max_nodes: int = 150) -> ImpactGraph:
    """The graph of ``report.impact``, at most ``max_nodes`` nodes (changed ones first)."""
    labels = eid_labels(report)
    nodes: OrderedDict[str, str] = OrderedDict()
    changed: set[str] = set()
    edges: OrderedDict[tuple[str, str], None] = OrderedDict()
    for entry in report.impact:
        path = entry.path if entry.path else (entry.eid,)
        if path[-1]:
            changed.add(path[-1])
    for eid in sorted(changed):
        nodes[eid] = labels.get(eid, eid)
    omitted_nodes: set[str] = set()
    for entry in report.impact:
        path = list(entry.path) if entry.path else [entry.eid]
        if path[0] != entry.eid:
            path.insert(0, entry.eid)
        for eid in path:
            if eid not in nodes:
                if len(nodes) >= max_nodes:
                    omitted_nodes.add(eid)
                    continue
                nodes[eid] = labels.get(eid, eid)
        for near, far in zip(path[1:], path[:-1], strict=True):
            if near in nodes and far in nodes and near != far:
                edges[(near, far)] = None
    return ImpactGraph(nodes=tuple(nodes.items()), changed=frozenset(changed), edges=tuple(edges),
                       omitted=len(omitted_nodes))


@frozen
class Layout:
    """Positions of a layered layout: ``layers`` lists eIds per layer, in drawing order."""

    layers: tuple[tuple[str, ...], ...]

    def position(self) -> dict[str, tuple[int, int]]:
        """eId -> (layer, index in layer)."""
        return {eid: (depth, index) for depth, layer in enumerate(self.layers) for index, eid in enumerate(layer)}


def layout(graph: ImpactGraph) -> Layout:
    """Layer by shortest distance from a changed provision; order layers by barycentre."""
    out: dict[str, list[str]] = {eid: [] for eid, _ in graph.nodes}
    into: dict[str, list[str]] = {eid: [] for eid, _ in graph.nodes}
    for source, target in graph.edges:
        out[source].append(target)
        into[target].append(source)
    depth: dict[str, int] = {}
    queue: deque[str] = deque()
    for eid, _ in graph.nodes:
        if eid in graph.changed:
            depth[eid] = 0
            queue.append(eid)
    while queue:
        current = queue.popleft()
        for nxt in out[current]:
            if nxt not in depth:
                depth[nxt] = depth[current] + 1
                queue.append(nxt)
    deepest = max(depth.values(), default=-1)
    for eid, _ in graph.nodes:  # unreachable from a changed provision: a last layer of its own
        depth.setdefault(eid, deepest + 1)
    count = max(depth.values(), default=-1) + 1
    layers: list[list[str]] = [[] for _ in range(count)]
    for eid, _ in graph.nodes:
        layers[depth[eid]].append(eid)

    def sweep(neighbours: dict[str, list[str]], order: range) -> None:
        for i in order:
            reference = {eid: n for layer in layers for n, eid in enumerate(layer)}
            def key(eid: str, i: int = i, reference: dict[str, int] = reference) -> tuple[float, int]:
                near = [reference[n] for n in neighbours[eid] if n in reference and depth[n] != i]
                return (sum(near) / len(near) if near else reference[eid], reference[eid])
            layers[i].sort(key=key)

    sweep(into, range(1, count))
    sweep(out, range(count - 2, -1, -1))
    sweep(into, range(1, count))
    return Layout(layers=tuple(tuple(layer) for layer in layers))
