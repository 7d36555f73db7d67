"""Plain renderings of a law or a provision, for ``suffrage show``.

Pure functions from :class:`~compliance.model.Law` / :class:`~compliance.model.Provision`
to text or JSON-native dictionaries. No I/O, no colour: the command line
decides where the output goes.
"""

from __future__ import annotations

from typing import Any

from .model import Law, Provision

__all__ = ["provision_dict", "law_outline_dict", "render_provision", "render_outline"]


def provision_dict(provision: Provision, *, children: bool = True) -> dict[str, Any]:
    """A provision as JSON-native data (the ``show --format json`` contract)."""
    data: dict[str, Any] = {
        "eid": provision.eid,
        "kind": provision.kind.value,
        "label": provision.label,
        "marker": provision.marker,
        "citation": provision.citation,
        "heading": provision.heading,
        "crossheading": provision.crossheading,
        "text": provision.text,
        "tail": provision.tail,
        "repealed": provision.repealed,
        "note": provision.note,
        "line": provision.line,
        "end_line": provision.end_line,
    }
    if provision.history:
        data["history"] = list(provision.history)
    if children:
        data["children"] = [provision_dict(child) for child in provision.children]
    return data


def law_outline_dict(law: Law) -> dict[str, Any]:
    """The whole law as JSON-native data: title, tradition, counts and the provision tree."""
    return {
        "title": law.title,
        "path": law.path,
        "tradition": law.tradition.value,
        "provisions": law.provision_count,
        "body": [provision_dict(p) for p in law.body],
    }


def render_provision(provision: Provision, *, indent: str = "") -> str:
    """One provision with its text and children, indented by level, as a reader would see it."""
    lines: list[str] = []
    if indent == "":
        if provision.crossheading:
            lines.append(provision.crossheading)
        title = provision.citation
        if provision.heading and provision.heading != provision.citation:
            title += f" — {provision.heading}"
        span = f"lines {provision.line}–{provision.end_line}" if provision.end_line > provision.line \
            else f"line {provision.line}"
        lines.append(f"{title}  [{provision.eid}, {span}]")
    _render_body(provision, indent, lines)
    if indent == "" and provision.history:
        lines.extend(f"  ↳ {note}" for note in provision.history)
    return "\n".join(lines)


def _render_body(provision: Provision, indent: str, lines: list[str]) -> None:
    marker = provision.printed_label()
    if provision.repealed:
        lines.append(f"{indent}{marker} {provision.note or '[Repealed]'}".rstrip())
        return
    if indent and provision.heading and provision.kind.value not in ("definition",):
        lines.append(f"{indent}{provision.heading}")
    text_lines = provision.text.split("\n") if provision.text else []
    first = text_lines[0] if text_lines else ""
    if indent or not provision.is_container:
        head = f"{marker} {first}".strip() if indent else first
        if head:
            lines.append(f"{indent}{head}")
        lines.extend(f"{indent}{line}" for line in text_lines[1:])
    for child in provision.children:
        _render_body(child, indent + "  ", lines)
    if provision.tail:
        lines.extend(f"{indent}{line}" for line in provision.tail.split("\n"))


def render_outline(law: Law) -> str:
    """The outline of a law: containers and articles/sections with their headings and eIds."""
    lines = [law.title, f"{law.provision_count} provisions ({law.tradition.value} numbering), {law.path}", ""]

    def visit(provisions: tuple[Provision, ...], depth: int) -> None:
        for provision in provisions:
            pad = "  " * depth
            if provision.is_container:
                title = " ".join(part for part in (provision.marker, provision.heading) if part)
                lines.append(f"{pad}{title}  [{provision.eid}]")
                visit(provision.children, depth + 1)
            else:
                heading = provision.heading or (provision.note if provision.repealed else "")
                if not heading:
                    heading = provision.text.split("\n", 1)[0][:70]
                lines.append(f"{pad}{provision.citation}  {heading}  [{provision.eid}]")

    visit(law.body, 0)
    return "\n".join(lines)
