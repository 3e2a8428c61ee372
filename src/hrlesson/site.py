"""``hrlesson site``: the lessons as a static HTML site, readable without a kernel.

Each lesson becomes one page, rendered by nbconvert (Jupyter's own converter, installed
with JupyterLab; its "lab" template makes the pages look like JupyterLab), with the
stored outputs of the complete lessons, or the student versions with ``--student``.
The site has a table of contents (``index.html``), a navigation bar on every page, links
between lessons that work (``.ipynb`` links become ``.html``), every figure with its alt
text, and the glossary when the kit has one. Pages load nothing from the internet.

The output folder holds only what this command wrote (listed in ``.hrlesson-site.json``):
a folder with other files in it is refused, never emptied.
"""

from __future__ import annotations

import argparse
import html
import json
import os
import re
import sys
from dataclasses import dataclass
from importlib import resources
from pathlib import Path
from typing import Any

from .errors import InputError

__all__ = ["SITE_MANIFEST", "SitePage", "add_cli", "build_site", "image_alt_texts"]

#: The list of files ``hrlesson site`` wrote into the output folder.
SITE_MANIFEST = ".hrlesson-site.json"
_IMAGE_TYPES = ("image/png", "image/jpeg", "image/svg+xml")
_LESSON_LINK = re.compile(r'href="(?![a-z][a-z0-9+.-]*:|#)([^"#]*?)([^"/#]+)\.ipynb(#[^"]*)?"')
_GLOSSARY_LINK = re.compile(r'href="(?![a-z][a-z0-9+.-]*:|#)[^"#]*glossary\.md(#[^"]*)?"')
# nbconvert's lab template writes output images without alt text; nbconvert then puts this
# placeholder on them (attributes sorted: alt, class, src).
_PLACEHOLDER_ALT = re.compile(
    r'<img alt="No description has been provided for this image"(?=[^>]*? src="data:image/)'
)


@dataclass
class SitePage:
    """One page of the site: its file name and its title."""

    file: str
    title: str


def _title(nb: Any, fallback: str) -> str:
    for cell in nb.cells:
        if cell.cell_type == "markdown":
            found = re.search(r"^#\s+(.+)$", cell.source, flags=re.MULTILINE)
            if found:
                return re.sub(r"[*_`]", "", found.group(1)).strip()
    return fallback


def _caption_alt(text: str) -> str | None:
    """The alt text a lesson gives under a figure ("Alt text: ..."), or its caption."""
    found = re.search(r"Alt text:\s*(.+?)(?:\n\s*\n|$)", text, flags=re.DOTALL)
    if found:
        return " ".join(found.group(1).split())
    found = re.search(r"\*\*Figure \d+\.\*\*\s*(.+?)(?:\n\s*\n|$)", text, flags=re.DOTALL)
    return " ".join(found.group(1).split()) if found else None


def image_alt_texts(nb: Any, title: str) -> list[str]:
    """Alt text of every image output, in order.

    In order of preference: the output's own ``alt`` metadata, the cell's ``alt``
    metadata, the "Alt text:" (or the caption) in the markdown cell below the figure,
    and last "Figure N of <title>".
    """
    texts = []
    for index, cell in enumerate(nb.cells):
        for output in cell.get("outputs", []):
            kinds = [k for k in _IMAGE_TYPES if k in output.get("data", {})]
            if not kinds:
                continue
            meta = output.get("metadata", {}).get(kinds[0], {})
            below = nb.cells[index + 1] if index + 1 < len(nb.cells) else None
            caption = (
                _caption_alt(below.source) if below and below.cell_type == "markdown" else None
            )
            alt = meta.get("alt") or cell.get("metadata", {}).get("alt") or caption
            texts.append(alt or f"Figure {len(texts) + 1} of {title}")
    return texts


def _with_alt_texts(page: str, alts: list[str]) -> str:
    """Give the output images, in order, their alt text (nbconvert's lab template has none)."""
    remaining = iter(alts)

    def add(match: re.Match[str]) -> str:
        alt = next(remaining, None)
        return match.group(0) if alt is None else f'<img alt="{html.escape(alt)}"'

    return _PLACEHOLDER_ALT.sub(add, page)


def _with_site_links(page: str, stems: set[str], glossary: str | None) -> str:
    """``.ipynb`` links to a lesson of the site -> its page; glossary.md -> the glossary page."""

    def lesson(match: re.Match[str]) -> str:
        stem, fragment = match.group(2), match.group(3) or ""
        return f'href="{stem}.html{fragment}"' if stem in stems else match.group(0)

    page = _LESSON_LINK.sub(lesson, page)
    if glossary:
        page = _GLOSSARY_LINK.sub(lambda m: f'href="{glossary}{m.group(1) or ""}"', page)
    return page


def _nav(pages: list[SitePage], current: int | None) -> str:
    links = ['<a href="index.html">Contents</a>']
    if current is not None and current > 0:
        links.append(f'<a href="{pages[current - 1].file}" rel="prev">← Previous</a>')
    if current is not None and current + 1 < len(pages):
        links.append(f'<a href="{pages[current + 1].file}" rel="next">Next →</a>')
    return " ".join(links)


def _exporter() -> Any:
    from nbconvert import HTMLExporter

    template_dir = str(resources.files("hrlesson").joinpath("data", "site"))
    exporter = HTMLExporter(template_name="lab", extra_template_paths=[template_dir])
    exporter.template_file = "hrlesson_site.html.j2"
    exporter.exclude_input_prompt = True
    exporter.exclude_output_prompt = True
    return exporter


def _glossary_source(lessons: Path) -> Path | None:
    for candidate in (lessons.parent / "docs" / "glossary.md", lessons / "glossary.md"):
        if candidate.is_file():
            return candidate
    return None


def _page_html(title: str, body: str, nav: str) -> str:
    return (
        '<!DOCTYPE html>\n<html lang="en">\n<head>\n<meta charset="utf-8">\n'
        '<meta name="viewport" content="width=device-width, initial-scale=1.0">\n'
        f"<title>{html.escape(title)}</title>\n"
        "<style>body { font-family: system-ui, sans-serif; max-width: 50em; margin: auto;"
        " padding: 1em; line-height: 1.5; }</style>\n</head>\n<body>\n"
        f'<nav aria-label="lessons">{nav}</nav>\n<main>\n{body}\n</main>\n</body>\n</html>\n'
    )


def _index_html(pages: list[SitePage], glossary: SitePage | None, variant: str) -> str:
    from . import __version__

    items = "\n".join(f'<li><a href="{p.file}">{html.escape(p.title)}</a></li>' for p in pages)
    extra = f'<p><a href="{glossary.file}">Glossary</a></p>\n' if glossary else ""
    what = (
        "the student versions (solutions removed)"
        if variant == "student"
        else "the complete lessons, with their outputs and model answers"
    )
    body = (
        "<h1>hrlesson: discourse analysis of UN human-rights news</h1>\n"
        f"<p>These pages show {what}. To run the code, open the lessons in JupyterLab "
        "(<code>pip install hrlesson</code>, then <code>hrlesson lessons</code>).</p>\n"
        f'<h2>Lessons</h2>\n<ol start="0">\n{items}\n</ol>\n{extra}'
        f"<p><small>Made by hrlesson {html.escape(__version__)}.</small></p>"
    )
    return _page_html("hrlesson lessons", body, "")


def _prepare_out(out: Path) -> list[str]:
    """Check that ``out`` is new, empty or an earlier site; return the files it wrote then."""
    if out.exists() and not out.is_dir():
        raise InputError(f"{out}: exists and is not a folder")
    if not out.exists() or not any(out.iterdir()):
        return []
    try:
        return list(json.loads((out / SITE_MANIFEST).read_text(encoding="utf-8"))["files"])
    except (OSError, ValueError, KeyError, TypeError):
        raise InputError(
            f"{out}: the folder holds files that hrlesson site did not write; "
            "choose a new or empty folder"
        ) from None


def _write(path: Path, text: str) -> None:
    tmp = path.with_name(f".{path.name}.tmp")
    tmp.write_text(text, encoding="utf-8")
    os.replace(tmp, path)


def build_site(
    out: str | os.PathLike[str],
    *,
    student: bool = False,
    lessons: str | os.PathLike[str] | None = None,
) -> list[Path]:
    """Render the lessons as a static HTML site in ``out``; return the pages written.

    Parameters
    ----------
    out : the site's folder (new, empty, or a site this function wrote before).
    student : the student versions instead of the complete lessons.
    lessons : a folder of notebooks to render instead of the kit's own lessons.
    """
    import nbformat

    from .launch import lessons_source

    variant = "student" if student else "complete"
    source = Path(lessons) if lessons is not None else lessons_source(variant)
    notebooks = sorted(source.glob("*.ipynb"))
    if not notebooks:
        raise InputError(f"{source}: no notebooks to render")
    out_dir = Path(out)
    previous = _prepare_out(out_dir)
    out_dir.mkdir(parents=True, exist_ok=True)  # fails now, not after rendering, if it cannot
    read = [(path, nbformat.read(path, as_version=4)) for path in notebooks]
    pages = [SitePage(f"{path.stem}.html", _title(nb, path.stem)) for path, nb in read]
    glossary_md = _glossary_source(source)
    glossary = SitePage("glossary.html", "Glossary") if glossary_md else None
    stems = {path.stem for path in notebooks}
    exporter = _exporter()
    rendered: dict[str, str] = {}
    for number, ((_, nb), page) in enumerate(zip(read, pages, strict=True)):
        body, _ = exporter.from_notebook_node(
            nb, resources={"metadata": {"name": page.title}, "hrlesson_nav": _nav(pages, number)}
        )
        body = _with_alt_texts(body, image_alt_texts(nb, page.title))
        rendered[page.file] = _with_site_links(body, stems, glossary and glossary.file)
    if glossary_md is not None and glossary is not None:
        from nbconvert.filters import markdown2html

        text = markdown2html(glossary_md.read_text(encoding="utf-8"))
        body = _with_site_links(text, stems, glossary.file)
        rendered[glossary.file] = _page_html("Glossary", body, _nav(pages, None))
    rendered["index.html"] = _index_html(pages, glossary, variant)
    for name, text in rendered.items():
        _write(out_dir / name, text)
    for stale in set(previous) - set(rendered):
        (out_dir / stale).unlink(missing_ok=True)
    manifest = {"format": "hrlesson-site/1", "variant": variant, "files": sorted(rendered)}
    _write(out_dir / SITE_MANIFEST, json.dumps(manifest, indent=1) + "\n")
    return [out_dir / name for name in rendered]


def add_cli(sub: argparse._SubParsersAction) -> None:
    """Register ``hrlesson site``."""
    p = sub.add_parser(
        "site",
        help="render the lessons as a static HTML site",
        description="Render the lessons (complete versions with their outputs, or the student "
        "versions with --student) as HTML pages with a table of contents, for reading without "
        "a kernel or publishing (e.g. on GitHub Pages).",
    )
    p.add_argument("--out", required=True, metavar="DIR", help="folder for the site (new or empty)")
    p.add_argument("--student", action="store_true", help="the student versions")
    p.set_defaults(func=_cmd_site)


def _cmd_site(args: argparse.Namespace) -> int:
    try:
        pages = build_site(args.out, student=args.student)
    except OSError as exc:
        raise InputError(f"{args.out}: cannot write the site there ({exc.strerror})") from None
    print(f"wrote {len(pages)} pages to {args.out} (open {Path(args.out) / 'index.html'})",
          file=sys.stderr)  # fmt: skip
    return 0
