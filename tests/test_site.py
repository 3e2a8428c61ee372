"""``hrlesson site``: the lessons as static HTML pages.

The first tests render constructed notebooks (written here) and check the pages' HTML:
links between lessons, alt text, navigation, the glossary, and the output folder rules.
The browser test renders the kit's own lessons and opens every page in headless
Chromium: it fails on a broken link, a missing image or a page with a traceback.
"""

from __future__ import annotations

import base64
import json
import os
import re
import struct
import subprocess
import sys
import zlib
from pathlib import Path

import nbformat
import pytest

from hrlesson import InputError
from hrlesson.cli import main
from hrlesson.site import SITE_MANIFEST, build_site

#: Debian's Chromium (HRLESSON_CHROMIUM overrides), with the flags of tests/e2e/conftest.py.
CHROMIUM = os.environ.get("HRLESSON_CHROMIUM", "/usr/bin/chromium")
CHROMIUM_ARGS = [
    "--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
    "--disable-background-networking", "--disable-component-update", "--disable-sync",
]  # fmt: skip


def _png() -> str:
    """A 1x1 PNG, base64 (a stand-in for a matplotlib figure)."""

    def chunk(kind: bytes, data: bytes) -> bytes:
        body = kind + data
        return struct.pack(">I", len(data)) + body + struct.pack(">I", zlib.crc32(body))

    raw = b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", struct.pack(">IIBBBBB", 1, 1, 8, 0, 0, 0, 0))
    raw += chunk(b"IDAT", zlib.compress(b"\x00\x00")) + chunk(b"IEND", b"")
    return base64.b64encode(raw).decode()


def _figure_cell() -> nbformat.NotebookNode:
    cell = nbformat.v4.new_code_cell("plot()")
    cell.outputs = [nbformat.v4.new_output("display_data", data={"image/png": _png()})]
    return cell


@pytest.fixture
def lessons(tmp_path: Path) -> Path:
    """Two constructed lessons: a link to the next one, a figure with its alt text."""
    folder = tmp_path / "lessons"
    folder.mkdir()
    first = nbformat.v4.new_notebook()
    first.cells = [
        nbformat.v4.new_markdown_cell("# Lesson 0: *Start*\n\nNext: [Lesson 1](01-next.ipynb#top)"),
        _figure_cell(),
        nbformat.v4.new_markdown_cell("**Figure 1.** Words.\n\nAlt text: One bar per paragraph."),
        _figure_cell(),  # no caption: a generic alt text
    ]
    second = nbformat.v4.new_notebook()
    second.cells = [
        nbformat.v4.new_markdown_cell(
            "# Lesson 1\n\nBack to [the start](../exercises/00-start.ipynb); "
            "see the [glossary](../docs/glossary.md#hedge)."
        )
    ]
    nbformat.write(first, folder / "00-start.ipynb")
    nbformat.write(second, folder / "01-next.ipynb")
    return folder


def test_pages_links_and_navigation(lessons: Path, tmp_path: Path) -> None:
    pages = build_site(tmp_path / "site", lessons=lessons)
    assert sorted(p.name for p in pages) == ["00-start.html", "01-next.html", "index.html"]
    start = (tmp_path / "site" / "00-start.html").read_text()
    nxt = (tmp_path / "site" / "01-next.html").read_text()
    assert 'href="01-next.html#top"' in start
    assert 'href="00-start.html"' in nxt  # a link to the other version's copy of a lesson
    assert 'rel="next"' in start
    assert 'rel="prev"' in nxt
    assert "<script src=" not in start  # nothing loaded from the internet
    index = (tmp_path / "site" / "index.html").read_text()
    assert '<a href="00-start.html">Lesson 0: Start</a>' in index
    assert "Glossary" not in index


def test_images_carry_their_alt_text(lessons: Path, tmp_path: Path) -> None:
    build_site(tmp_path / "site", lessons=lessons)
    start = (tmp_path / "site" / "00-start.html").read_text()
    alts = re.findall(r'<img alt="([^"]*)"', start)
    assert alts == ["One bar per paragraph.", "Figure 2 of Lesson 0: Start"]


def test_glossary_page_when_the_kit_has_one(lessons: Path, tmp_path: Path) -> None:
    (tmp_path / "docs").mkdir()
    (tmp_path / "docs" / "glossary.md").write_text("# Glossary\n\n## hedge\n\nA softener.\n")
    build_site(tmp_path / "site", lessons=lessons)
    glossary = (tmp_path / "site" / "glossary.html").read_text()
    assert "A softener." in glossary
    assert '<a href="glossary.html">Glossary</a>' in (tmp_path / "site" / "index.html").read_text()
    assert 'href="glossary.html#hedge"' in (tmp_path / "site" / "01-next.html").read_text()


def test_a_folder_with_other_files_is_refused(lessons: Path, tmp_path: Path) -> None:
    (tmp_path / "mine").mkdir()
    (tmp_path / "mine" / "thesis.docx").write_text("x")
    with pytest.raises(InputError, match="did not write"):
        build_site(tmp_path / "mine", lessons=lessons)
    assert (tmp_path / "mine" / "thesis.docx").read_text() == "x"


def test_rebuilding_replaces_only_its_own_pages(lessons: Path, tmp_path: Path) -> None:
    build_site(tmp_path / "site", lessons=lessons)
    (lessons / "01-next.ipynb").unlink()
    build_site(tmp_path / "site", lessons=lessons)
    assert not (tmp_path / "site" / "01-next.html").exists()
    manifest = json.loads((tmp_path / "site" / SITE_MANIFEST).read_text())
    assert manifest["files"] == ["00-start.html", "index.html"]


def test_command_line_error_is_one_line(tmp_path: Path, capsys) -> None:
    (tmp_path / "f").write_text("x")
    assert main(["site", "--out", str(tmp_path / "f")]) == 2
    assert (
        capsys.readouterr().err.strip()
        == f"hrlesson: error: {tmp_path / 'f'}: exists and is not a folder"
    )


# --------------------------------------------------------------------------- in Chromium

# Run in a separate Python: the browser tests of tests/e2e/ keep a Playwright session (and its
# event loop) open for the whole pytest session, and Playwright allows one per process.
_CHECK_IN_CHROMIUM = r"""
import json, sys
from urllib.parse import unquote, urlparse
from pathlib import Path
from playwright.sync_api import sync_playwright

site, chromium, args = Path(sys.argv[1]), sys.argv[2], json.loads(sys.argv[3])
REPORT = '''() => ({
  links: [...document.querySelectorAll('a[href]')].map(a => a.href),
  images: [...document.querySelectorAll('img')].map(i => ({
    ok: i.complete && i.naturalWidth > 0, alt: i.getAttribute('alt') || '', src: i.src.slice(0, 40)
  })),
  ids: [...document.querySelectorAll('[id]')].map(e => e.id),
  errors: document.querySelectorAll('[data-mime-type="application/vnd.jupyter.error"]').length,
  text: document.body.innerText,
})'''
problems, targets, ids = [], [], {}
with sync_playwright() as manager:
    browser = manager.chromium.launch(executable_path=chromium, args=args)
    page = browser.new_page()
    for html_file in sorted(site.glob("*.html")):
        page.goto(html_file.as_uri(), wait_until="load")
        report = page.evaluate(REPORT)
        ids[html_file.name] = set(report["ids"])
        for image in report["images"]:
            if not image["ok"]:
                problems.append(f"{html_file.name}: image does not load: {image['src']}")
            if not image["alt"].strip() or image["alt"].startswith("No description"):
                problems.append(f"{html_file.name}: image without alt text")
        if report["errors"] or "Traceback (most recent call last)" in report["text"]:
            problems.append(f"{html_file.name}: shows an error or a traceback")
        targets += [(html_file.name, link) for link in report["links"]]
    browser.close()
for source, link in targets:
    url = urlparse(link)
    if url.scheme != "file":
        continue  # links to the web are not checked offline
    target = Path(unquote(url.path))
    if not target.is_file():
        problems.append(f"{source}: broken link to {target.name}")
    elif url.fragment and url.fragment not in ids.get(target.name, set()):
        problems.append(f"{source}: link to a missing anchor {target.name}#{url.fragment}")
print(json.dumps({"pages": len(ids), "problems": problems}))
"""


def _check_site_in_chromium(site: Path) -> dict:
    """Open every page in headless Chromium; the pages seen and the problems found."""
    args = [str(site), CHROMIUM, json.dumps(CHROMIUM_ARGS)]
    proc = subprocess.run(
        [sys.executable, "-c", _CHECK_IN_CHROMIUM, *args],
        capture_output=True, text=True, timeout=600, check=False,
    )  # fmt: skip
    assert proc.returncode == 0, proc.stderr[-3000:]
    return json.loads(proc.stdout.strip().splitlines()[-1])


@pytest.mark.e2e
@pytest.mark.parametrize("student", [False, True], ids=["complete", "student"])
def test_built_site_has_no_broken_link_image_or_traceback(tmp_path: Path, student: bool) -> None:
    site = tmp_path / "site"
    build_site(site, student=student)
    report = _check_site_in_chromium(site)
    assert report["pages"] == len(list(site.glob("*.html"))) >= 9
    assert report["problems"] == []
