"""One self-contained HTML file: open it from a CI artifact, mail it, print it.

No network access, ever: the styles are inline, there is no script, no web
font and no image but the inline SVG, and a Content-Security-Policy of
``default-src 'none'`` makes the browser refuse anything else. The page has
the verdict and a summary table, a table of contents by provision, every
finding with its evidence, cited texts and waiver, the draft's changes as a
coloured diff, the impact graph drawn as SVG (a layered layout computed in
:mod:`._graph`), and the run's notes. Stable ids (``summary``, ``findings``,
``impact-graph``, ``f-<fingerprint>``, ``p-<eid>``) let tests and people link
into it. Colours follow the reader's light or dark preference.
"""

from __future__ import annotations

import html as _html
from typing import Any

from ..gate import DEFAULT_FAIL_ON, check_fail_on
from ..model import Change, Finding, Report
from ._common import by_provision, clean_text, gate_counts, status_counts
from ._graph import ImpactGraph, impact_graph, layout

__all__ = ["render", "impact_svg"]

_STATUS_TEXT = {"introduced": "introduced by this draft", "persisting": "persisting",
                "resolved": "resolved by this draft"}

_CSS = """
:root{--fg:#1b1b1f;--muted:#5f6368;--bg:#fff;--panel:#f6f7f9;--line:#d9dce1;--error:#b3261e;--warning:#9a6700;
--info:#0b57d0;--ok:#146c2e;--ins:#e6f4ea;--del:#fce8e6;--changed:#fde2e1;--node:#eef2fb}
@media (prefers-color-scheme:dark){:root{--fg:#e6e6e6;--muted:#a0a4aa;--bg:#16181c;--panel:#1f2228;--line:#3a3f47;
--error:#f2b8b5;--warning:#f5c451;--info:#a8c7fa;--ok:#6dd58c;--ins:#17351f;--del:#3d1a18;--changed:#4a1f1c;--node:#23304a}}
*{box-sizing:border-box}
body{margin:0 auto;max-width:72rem;padding:1.5rem;font:15px/1.5 system-ui,-apple-system,"Segoe UI",Roboto,sans-serif;
color:var(--fg);background:var(--bg)}
h1{font-size:1.5rem;margin:0 0 .25rem}h2{font-size:1.2rem;border-bottom:1px solid var(--line);padding-bottom:.25rem;
margin-top:2rem}h3{font-size:1.05rem;margin:1.25rem 0 .5rem}
code{font:13px/1.4 ui-monospace,SFMono-Regular,Menlo,Consolas,monospace}
.meta{color:var(--muted);margin:.1rem 0}
.verdict{font-weight:600;padding:.5rem .75rem;border-radius:6px;background:var(--panel);border-left:4px solid var(--ok)}
.verdict.fail{border-left-color:var(--error)}
table{border-collapse:collapse}
table.summary td,table.summary th{padding:.3rem .8rem;border-bottom:1px solid var(--line);text-align:right}
table.summary th:first-child,table.summary td:first-child{text-align:left}
nav ul{columns:2 18rem;padding-left:1.2rem}
.badge{display:inline-block;min-width:4.5rem;text-align:center;border-radius:4px;padding:0 .4rem;font-size:12px;
font-weight:700;text-transform:uppercase;color:var(--bg)}
.badge.error{background:var(--error)}.badge.warning{background:var(--warning)}.badge.info{background:var(--info)}
.finding{border:1px solid var(--line);border-radius:8px;padding:.6rem .9rem;margin:.6rem 0;background:var(--panel)}
.finding.error{border-left:4px solid var(--error)}.finding.warning{border-left:4px solid var(--warning)}
.finding.info{border-left:4px solid var(--info)}.finding.waived,.finding.baselined,.finding.resolved{opacity:.8}
.finding .tag{font-size:12px;color:var(--muted);margin-left:.4rem}
.message{margin:.4rem 0}
blockquote{margin:.4rem 0;padding:.2rem .8rem;border-left:3px solid var(--line);color:var(--fg);font-style:italic}
dl.citations{margin:.4rem 0}dl.citations dt{font-weight:600}dl.citations dd{margin:0 0 .4rem 1rem}
cite{color:var(--muted);font-style:normal;font-size:13px}
.waiver{padding:.3rem .6rem;border-radius:4px;background:var(--bg);border:1px dashed var(--line)}
.fingerprint{color:var(--muted);font-size:12px;margin:.3rem 0 0}
table.diff{width:100%;font:13px/1.4 ui-monospace,SFMono-Regular,Menlo,Consolas,monospace}
table.diff td{padding:0 .5rem;white-space:pre-wrap;word-break:break-word;vertical-align:top}
table.diff td.sign{width:1.5rem;color:var(--muted);user-select:none}
tr.ins{background:var(--ins)}tr.del{background:var(--del)}tr.hunk td{color:var(--muted)}
.beforeafter{display:grid;grid-template-columns:1fr 1fr;gap:1rem}
.beforeafter div{background:var(--panel);padding:.5rem;border-radius:6px;white-space:pre-wrap}
svg.graph{max-width:100%;height:auto;background:var(--panel);border-radius:8px}
svg.graph rect{fill:var(--node);stroke:var(--line)}svg.graph g.changed rect{fill:var(--changed);stroke:var(--error)}
svg.graph text{fill:var(--fg);font:12px system-ui,sans-serif}svg.graph path{stroke:var(--muted);fill:none}
svg.graph marker path{fill:var(--muted);stroke:none}
footer{margin-top:2rem;color:var(--muted);font-size:13px}
@media print{.finding{break-inside:avoid}}
"""


def _e(text: object) -> str:
    return _html.escape(clean_text(str(text)), quote=True)


def _head(report: Report, fail_on: str) -> list[str]:
    if report.command == "check":
        title = f"Suffrage check: {report.draft_title or report.draft_path or 'draft'}"
    else:
        title = f"Suffrage review: {report.law_title}"
    out = [
        "<!DOCTYPE html>",
        '<html lang="en">',
        "<head>",
        '<meta charset="utf-8">',
        '<meta name="viewport" content="width=device-width, initial-scale=1">',
        "<meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none'; style-src 'unsafe-inline'; "
        "img-src data:\">",
        '<meta name="generator" content="suffrage ' + _e(report.tool_version) + '">',
        f"<title>{_e(title)}</title>",
        f"<style>{_CSS}</style>",
        "</head>",
        "<body>",
        "<header>",
        f"<h1>{_e(title)}</h1>",
        f'<p class="meta">{_e(report.law_title)} (<code>{_e(report.law_path)}</code>), '
        f"{report.provisions} provisions; rule packs: "
        + (_e(", ".join(f"{r.id} {r.version}" for r in report.rulesets)) or "none") + "</p>",
    ]
    if report.command == "check":
        facts = [f"Draft <code>{_e(report.draft_path)}</code>" if report.draft_path else "Draft"]
        if report.effective:
            facts.append(f"takes effect {report.effective.isoformat()}")
        if report.election:
            facts.append(f"next election {report.election.isoformat()}")
        facts.append(f"{len(report.changes)} provision(s) changed")
        out.append(f'<p class="meta">{"; ".join(facts)}</p>')
    out.append("</header>")
    return out


def _summary(report: Report, fail_on: str) -> list[str]:
    failed, counting = gate_counts(report, fail_on)
    if fail_on == "never":
        verdict, css = f"Gate off (--fail-on never); {counting} finding(s) count.", "verdict"
    elif failed:
        verdict, css = f"Gate failed: {failed} finding(s) at or above {fail_on}.", "verdict fail"
    else:
        verdict, css = f"Gate passed: no finding at or above {fail_on}.", "verdict"
    table = status_counts(report)
    gating = report.summary()
    check = report.command == "check"
    head = ["Severity", *(["Introduced", "Persisting", "Resolved"] if check else ["Findings"]),
            "Counting", "Waived", "Baselined"]
    out = ['<section id="summary">', "<h2>Summary</h2>", f'<p class="{css}">{_e(verdict)}</p>',
           '<table class="summary">', "<thead><tr>" + "".join(f"<th>{h}</th>" for h in head) + "</tr></thead><tbody>"]
    for severity, row in table.items():
        cells = [f'<span class="badge {severity}">{severity}</span>']
        cells += [str(row[k]) for k in (("introduced", "persisting", "resolved") if check else ("total",))]
        cells += [str(gating[severity]), str(row["waived"]), str(row["baselined"])]
        out.append(f'<tr data-severity="{severity}">' + "".join(f"<td>{c}</td>" for c in cells) + "</tr>")
    out.append("</tbody></table>")
    out.append('<p class="meta">Counting: findings that count against the gate '
               "(not waived, not resolved, not baselined).</p>")
    out.append("</section>")
    return out


def _finding(finding: Finding, report: Report) -> list[str]:
    severity = finding.severity.value
    classes = ["finding", severity]
    if finding.status:
        classes.append(finding.status)
    if finding.waived:
        classes.append("waived")
    if finding.baselined:
        classes.append("baselined")
    tags = []
    if finding.status:
        tags.append(_STATUS_TEXT.get(finding.status, finding.status))
    if finding.waived:
        tags.append("waived")
    if finding.baselined:
        tags.append("baselined")
    out = [
        f'<article class="{" ".join(classes)}" id="f-{_e(finding.fingerprint)}" data-rule="{_e(finding.rule)}" '
        f'data-severity="{severity}" data-eid="{_e(finding.location.eid)}">',
        f'<div><span class="badge {severity}">{severity}</span> <code class="rule">{_e(finding.rule)}</code> '
        f'<span class="name">{_e(finding.name)}</span>'
        + "".join(f'<span class="tag">{_e(t)}</span>' for t in tags) + "</div>",
        f'<p class="message">{_e(finding.message)}</p>',
    ]
    if finding.evidence:
        out.append(f'<blockquote class="evidence">{_e(finding.evidence)}</blockquote>')
    if finding.via:
        out.append('<p class="meta">Through references: '
                   + " → ".join(f"<code>{_e(v)}</code>" for v in finding.via) + "</p>")
    if finding.citations:
        out.append('<dl class="citations">')
        for citation in finding.citations:
            source = f" <cite>{_e(citation.source)}</cite>" if citation.source else ""
            out.append(f"<dt>{_e(citation.id)}</dt><dd>{_e(citation.text)}{source}</dd>")
        out.append("</dl>")
    if finding.waiver is not None:
        waiver = finding.waiver
        extra = []
        if waiver.author:
            extra.append(f"by {_e(waiver.author)}")
        if waiver.expires:
            extra.append(f"until {waiver.expires.isoformat()}")
        if waiver.source:
            extra.append(f"in <code>{_e(waiver.source)}{':' + str(waiver.line) if waiver.line else ''}</code>")
        out.append(f'<p class="waiver"><strong>Waived:</strong> {_e(waiver.reason)}'
                   + (f" ({', '.join(extra)})" if extra else "") + "</p>")
    if finding.baselined:
        out.append(f'<p class="waiver">Recorded in the baseline <code>{_e(report.baseline)}</code>.</p>')
    out.append(f'<p class="fingerprint">fingerprint <code>{_e(finding.fingerprint)}</code></p>')
    out.append("</article>")
    return out


def _findings(report: Report) -> list[str]:
    groups = by_provision(report.findings)
    out = ['<section id="findings">', "<h2>Findings</h2>"]
    if not groups:
        out.append("<p>No findings.</p>")
    else:
        out.append('<nav id="toc"><ul>')
        for eid, found in groups.items():
            out.append(f'<li><a href="#p-{_e(eid)}">{_e(found[0].location.label or eid)}</a> '
                       f'<span class="meta">({len(found)})</span></li>')
        out.append("</ul></nav>")
    for eid, found in groups.items():
        first = found[0].location
        line = f' <span class="meta">line {first.line}</span>' if first.line else ""
        out.append(f'<section class="provision" id="p-{_e(eid)}">')
        out.append(f"<h3>{_e(first.label or eid)} <code>{_e(eid)}</code>{line}</h3>")
        for finding in found:
            out.extend(_finding(finding, report))
        out.append("</section>")
    out.append("</section>")
    return out


def _diff_rows(diff: str) -> list[str]:
    rows = []
    for line in diff.splitlines():
        if line.startswith(("---", "+++")):
            continue
        if line.startswith("@@"):
            rows.append(f'<tr class="hunk"><td class="sign"></td><td>{_e(line)}</td></tr>')
        elif line.startswith("+"):
            rows.append(f'<tr class="ins"><td class="sign">+</td><td>{_e(line[1:])}</td></tr>')
        elif line.startswith("-"):
            rows.append(f'<tr class="del"><td class="sign">−</td><td>{_e(line[1:])}</td></tr>')
        else:
            text = line[1:] if line[:1] == " " else line
            rows.append(f'<tr class="ctx"><td class="sign"></td><td>{_e(text)}</td></tr>')
    return rows


def _change(change: Change) -> list[str]:
    eid = change.eid if not change.new_eid or change.new_eid == change.eid else f"{change.eid} → {change.new_eid}"
    out = [f'<section class="change" id="c-{_e(change.new_eid or change.eid)}" data-action="{_e(change.action)}">',
           f"<h3>{_e(change.citation or change.eid)} <code>{_e(eid)}</code> "
           f'<span class="meta">{_e(change.action)}</span></h3>']
    if change.diff.strip():
        out.append('<table class="diff">' + "".join(_diff_rows(change.diff)) + "</table>")
    else:
        out.append('<div class="beforeafter">'
                   f'<div class="before"><strong>Before</strong>\n{_e(change.before)}</div>'
                   f'<div class="after"><strong>After</strong>\n{_e(change.after)}</div></div>')
    out.append("</section>")
    return out


_NODE_H, _GAP_Y, _GAP_X, _PAD, _CHAR_W, _MAX_CHARS = 28, 14, 64, 16, 7, 30


def _short(label: str) -> str:
    label = " ".join(label.split())
    return label if len(label) <= _MAX_CHARS else label[: _MAX_CHARS - 1] + "…"


def impact_svg(graph: ImpactGraph) -> str:
    """The impact graph as an inline SVG element (``id="impact-graph"``)."""
    placed = layout(graph)
    labels = dict(graph.nodes)
    widths = {eid: max(60, _CHAR_W * len(_short(labels[eid])) + 20) for eid in labels}
    column_w = [max((widths[e] for e in layer), default=60) for layer in placed.layers]
    tallest = max((len(layer) for layer in placed.layers), default=1)
    height = _PAD * 2 + tallest * _NODE_H + (tallest - 1) * _GAP_Y
    width = _PAD * 2 + sum(column_w) + _GAP_X * max(0, len(column_w) - 1)
    centre: dict[str, tuple[float, float]] = {}
    boxes: dict[str, tuple[float, float, float]] = {}
    x = float(_PAD)
    for depth, layer in enumerate(placed.layers):
        span = len(layer) * _NODE_H + (len(layer) - 1) * _GAP_Y
        y = (height - span) / 2
        for eid in layer:
            w = widths[eid]
            left = x + (column_w[depth] - w) / 2
            boxes[eid] = (left, y, w)
            centre[eid] = (left + w / 2, y + _NODE_H / 2)
            y += _NODE_H + _GAP_Y
        x += column_w[depth] + _GAP_X
    out = [f'<svg id="impact-graph" class="graph" xmlns="http://www.w3.org/2000/svg" role="img" '
           f'viewBox="0 0 {width:.0f} {height:.0f}" width="{width:.0f}" height="{height:.0f}" '
           f'aria-label="Impact of the draft: {len(graph.nodes)} provisions, {len(graph.edges)} references">',
           '<defs><marker id="arrow" viewBox="0 0 10 10" refX="10" refY="5" markerWidth="7" markerHeight="7" '
           'orient="auto-start-reverse"><path d="M0,0 L10,5 L0,10 z"/></marker></defs>']
    for source, target in graph.edges:
        (sl, sy, sw), (tl, ty, tw) = boxes[source], boxes[target]
        y1, y2 = sy + _NODE_H / 2, ty + _NODE_H / 2
        if tl > sl:
            x1, x2 = sl + sw, tl
            bend = (x2 - x1) / 2
            d = f"M{x1:.1f},{y1:.1f} C{x1 + bend:.1f},{y1:.1f} {x2 - bend:.1f},{y2:.1f} {x2:.1f},{y2:.1f}"
        else:  # same layer or backwards: loop out to the right
            x1, x2 = sl + sw, tl + tw
            reach = max(x1, x2) + _GAP_X / 2
            d = f"M{x1:.1f},{y1:.1f} C{reach:.1f},{y1:.1f} {reach:.1f},{y2:.1f} {x2:.1f},{y2:.1f}"
        out.append(f'<path class="edge" data-from="{_e(source)}" data-to="{_e(target)}" d="{d}" '
                   'marker-end="url(#arrow)"/>')
    for eid, label in graph.nodes:
        left, top, w = boxes[eid]
        css = "node changed" if eid in graph.changed else "node"
        out.append(f'<g class="{css}" data-eid="{_e(eid)}"><title>{_e(label)} ({_e(eid)})</title>'
                   f'<rect x="{left:.1f}" y="{top:.1f}" width="{w:.0f}" height="{_NODE_H}" rx="6"/>'
                   f'<text x="{left + w / 2:.1f}" y="{top + _NODE_H / 2 + 4:.1f}" text-anchor="middle">'
                   f"{_e(_short(label))}</text></g>")
    out.append("</svg>")
    return "".join(out)


def _impact(report: Report) -> list[str]:
    graph = impact_graph(report)
    if not graph.nodes:
        return []
    out = ['<section id="impact">', "<h2>Impact</h2>",
           f"<p>{len(report.impact)} provision(s) refer, directly or through other provisions, to what the draft "
           "changes. Arrows run from a changed provision (outlined in red) to the provisions that refer to it.</p>",
           impact_svg(graph)]
    if graph.omitted:
        out.append(f'<p class="meta">{graph.omitted} more provision(s) not drawn.</p>')
    out.append("<ul>")
    for entry in report.impact:
        out.append(f"<li>{_e(entry.label or entry.eid)} <code>{_e(entry.eid)}</code>: "
                   + " → ".join(f"<code>{_e(p)}</code>" for p in entry.path) + "</li>")
    out.append("</ul></section>")
    return out


def render(report: Report, *, fail_on: str = DEFAULT_FAIL_ON, **_options: Any) -> str:
    """The HTML page as text; ``fail_on`` for the verdict."""
    check_fail_on(fail_on)
    out = _head(report, fail_on) + _summary(report, fail_on) + _findings(report)
    if report.changes:
        out.append('<section id="changes"><h2>Changes</h2>')
        for change in report.changes:
            out.extend(_change(change))
        out.append("</section>")
    out.extend(_impact(report))
    if report.notes:
        out.append('<section id="notes"><h2>Notes</h2><ul>')
        out.extend(f"<li>{_e(note)}</li>" for note in report.notes)
        out.append("</ul></section>")
    packs = ", ".join(f"{r.id} {r.version}" for r in report.rulesets)
    out.append(f"<footer>Suffrage {_e(report.tool_version)}" + (f" · {_e(packs)}" if packs else "")
               + " · generated offline; this file loads nothing from the network.</footer>")
    out.append("</body></html>")
    return "\n".join(out)
