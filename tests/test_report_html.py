"""The HTML report: one self-contained page, checked as text and as rendered by headless Chromium."""

from __future__ import annotations

import os
import re
import shutil
import struct
import subprocess
from html.parser import HTMLParser
from pathlib import Path

import attrs
import pytest
from report_samples import check_report, review_report

from compliance.model import Waiver
from compliance.report import render
from compliance.waivers import apply_waivers

CHROMIUM_FLAGS = ["--headless", "--no-sandbox", "--disable-gpu", "--no-first-run", "--disable-background-networking",
                  "--disable-component-update", "--disable-sync", "--hide-scrollbars"]


class Elements(HTMLParser):
    """Every start tag with its attributes, and the page's text."""

    def __init__(self) -> None:
        super().__init__()
        self.tags: list[tuple[str, dict[str, str]]] = []
        self.text: list[str] = []

    def handle_starttag(self, tag, attrs_):
        self.tags.append((tag, {k: v or "" for k, v in attrs_}))

    def handle_data(self, data):
        self.text.append(data)


def parse(page: str) -> Elements:
    parser = Elements()
    parser.feed(page)
    return parser


def test_the_page_needs_no_network_and_runs_no_script() -> None:
    page = render(check_report(), "html")
    tags = parse(page).tags
    assert not [t for t, _ in tags if t in ("script", "link", "iframe", "img", "object", "embed")]
    references = [a.get(k) for _, a in tags for k in ("src", "href") if a.get(k)]
    assert references and all(r.startswith("#") for r in references)
    assert "@import" not in page and "@font-face" not in page
    assert re.findall(r"url\(([^)]*)\)", page) == ["#arrow"] * len(re.findall(r"url\(", page))
    csp = next(a["content"] for t, a in tags if t == "meta" and a.get("http-equiv") == "Content-Security-Policy")
    assert csp.startswith("default-src 'none'")


def test_findings_show_cited_texts_waivers_and_escaped_law_text() -> None:
    report = review_report()
    evil = attrs.evolve(report.findings[1], evidence='<img src="https://x.test/p.png"> & "quotes"')
    report = attrs.evolve(report, findings=(report.findings[0], evil, report.findings[2]))
    report = apply_waivers(report, [Waiver(reason="Agreed <b>with</b> the mission.",
                                           fingerprint=report.findings[0].fingerprint, source="w.toml", line=2)])
    page = render(report, "html")
    assert "&lt;img src=&quot;https://x.test/p.png&quot;&gt; &amp; &quot;quotes&quot;" in page
    assert "<strong>Waived:</strong> Agreed &lt;b&gt;with&lt;/b&gt; the mission." in page
    assert "The law should not require collection of the signatures of more than 1% of voters" in page
    ids = {a.get("id") for _, a in parse(page).tags if a.get("id")}
    assert {"summary", "findings", f"f-{report.findings[0].fingerprint}", "p-art_56__para_1"} <= ids


def test_a_check_shows_the_diff_and_the_impact_graph_as_svg() -> None:
    page = render(check_report(), "html")
    tags = parse(page).tags
    rows = [a["class"] for t, a in tags if t == "tr" and a.get("class") in ("ins", "del")]
    assert ["del", "ins", "del", "ins"] == rows
    nodes = [a["data-eid"] for t, a in tags if t == "g" and "node" in a.get("class", "")]
    assert {"art_4", "art_56", "art_56__para_1", "art_3__para_2", "art_56__para_2", "art_59__para_1",
            "art_59__para_3"} == set(nodes)
    edges = {(a["data-from"], a["data-to"]) for t, a in tags if t == "path" and a.get("class") == "edge"}
    assert ("art_56", "art_59__para_3") in edges
    changed = [a["data-eid"] for t, a in tags if t == "g" and a.get("class") == "node changed"]
    assert {"art_4", "art_56", "art_56__para_1"} == set(changed)


def test_a_review_without_findings_says_so_and_passes_the_gate() -> None:
    page = render(attrs.evolve(review_report(), findings=()), "html")
    assert "Gate passed: no finding at or above error." in page
    assert "<p>No findings.</p>" in page
    assert "impact-graph" not in page


# -- headless Chromium ----------------------------------------------------------------------------


def chromium() -> str:
    found = shutil.which("chromium") or shutil.which("chromium-browser") or shutil.which("google-chrome")
    if found is None:
        if os.environ.get("CI"):
            pytest.fail("chromium is missing in CI: .ci/run installs the Debian package `chromium`")
        pytest.skip("headless Chromium not installed (Debian package `chromium`; .ci/run installs it)")
    return found


def run_chromium(binary: str, profile: Path, *args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run([binary, *CHROMIUM_FLAGS, f"--user-data-dir={profile}", *args],
                          capture_output=True, text=True, timeout=180, check=False)


def png_size(path: Path) -> tuple[int, int]:
    data = path.read_bytes()
    assert data[:8] == b"\x89PNG\r\n\x1a\n", "not a PNG"
    return struct.unpack(">II", data[16:24])


@pytest.mark.slow
def test_the_html_report_renders_in_headless_chromium(tmp_path: Path) -> None:
    binary = chromium()
    page = tmp_path / "report.html"
    page.write_text(render(check_report(), "html"), encoding="utf-8")
    shot = tmp_path / "report.png"
    result = run_chromium(binary, tmp_path / "profile-1", "--window-size=1280,2400", f"--screenshot={shot}",
                          page.as_uri())
    assert shot.is_file(), result.stderr[-2000:]
    assert (1280, 2400) == png_size(shot)
    assert shot.stat().st_size > 20_000  # a blank page compresses to a few kilobytes

    dom = run_chromium(binary, tmp_path / "profile-2", "--dump-dom", page.as_uri())
    assert 0 == dom.returncode, dom.stderr[-2000:]
    rendered = parse(dom.stdout)
    by_id = {a.get("id"): (t, a) for t, a in rendered.tags if a.get("id")}
    assert "section" == by_id["summary"][0]
    text = " ".join(" ".join(rendered.text).split())
    assert "Gate failed: 1 finding(s) at or above error." in text
    finding = next(a for t, a in rendered.tags if t == "article" and a.get("data-rule") == "ICCPR-25-AGE")
    assert "finding error introduced" == finding["class"]
    assert "svg" == by_id["impact-graph"][0]
    assert 7 == sum(1 for t, a in rendered.tags if t == "g" and "node" in a.get("class", ""))
