"""Helpers to write lesson sources as plain Python files, and to read the built notebooks.

A lesson source (``tools/lessons/NN_name.py``) declares its cells in order::

    from _kit import code, md

    CELLS = [
        md(\"\"\"# Voices in the news\"\"\"),
        code(\"\"\"import hrlesson\"\"\"),
    ]

``tools/build_lessons.py`` turns ``CELLS`` into ``notebooks/NN-name.ipynb`` and runs it.

The second half of this module reads notebooks back (markdown prose, readability,
figures); ``tests/test_notebooks.py`` uses it.

>>> cell = md("# Title\\n\\nSome *prose*.")
>>> cell.cell_type, cell.source
('markdown', '# Title\\n\\nSome *prose*.')
>>> prose_text("## Learning objectives\\n\\n- read a table\\n- use `kwic`")
'Learning objectives.\\nread a table.\\nuse.'
"""

from __future__ import annotations

import re
import textwrap
from typing import Any

import nbformat
from nbformat import NotebookNode

__all__ = [
    "caption",
    "code",
    "figure_cells",
    "markdown_prose",
    "md",
    "prose_text",
    "readability_grade",
    "solution",
]

# --------------------------------------------------------------------------- writing cells


def _clean(source: str) -> str:
    """Remove the common indentation and the blank lines at both ends."""
    return textwrap.dedent(source).strip("\n")


def md(source: str) -> NotebookNode:
    """A markdown cell (the text is dedented and stripped of surrounding blank lines)."""
    return nbformat.v4.new_markdown_cell(_clean(source))


def code(
    source: str,
    *,
    tags: list[str] | None = None,
    nbgrader: dict[str, Any] | None = None,
) -> NotebookNode:
    """A code cell.

    Parameters
    ----------
    source : the Python code (dedented, surrounding blank lines removed).
    tags : cell tags, e.g. ``["parameters"]`` or ``["raises-exception"]``.
    nbgrader : nbgrader cell metadata (``grade_id``, ``solution``, ...); see :func:`solution`.
    """
    cell = nbformat.v4.new_code_cell(_clean(source))
    if tags:
        cell.metadata["tags"] = list(tags)
    if nbgrader:
        cell.metadata["nbgrader"] = dict(nbgrader)
    return cell


def solution(source: str, grade_id: str, *, tags: list[str] | None = None) -> NotebookNode:
    """A code cell whose answer sits between ``### BEGIN SOLUTION`` and ``### END SOLUTION``.

    The cell gets nbgrader metadata (``solution: true``), so the exercise tooling can
    replace the marked region with a stub in the student version.
    """
    text = _clean(source)
    if "### BEGIN SOLUTION" not in text or "### END SOLUTION" not in text:
        raise ValueError(f"solution cell {grade_id!r} needs ### BEGIN/END SOLUTION lines")
    return code(
        text,
        tags=tags,
        nbgrader={
            "grade": False,
            "grade_id": grade_id,
            "locked": False,
            "schema_version": 3,
            "solution": True,
            "task": False,
        },
    )


def caption(number: int, text: str, alt: str) -> NotebookNode:
    """The markdown cell that follows a figure: numbered caption, then alt text."""
    return md(f"**Figure {number}.** {_clean(text)}\n\nAlt text: {_clean(alt)}")


# --------------------------------------------------------------------------- reading notebooks

_FENCE = re.compile(r"^(```|~~~).*?^\1[ \t]*$", re.MULTILINE | re.DOTALL)
_INDENTED_CODE = re.compile(r"(?:^(?: {4}|\t).*\n?)+", re.MULTILINE)
_INLINE_CODE = re.compile(r"`+[^`\n]*`+")
_IMAGE = re.compile(r"!\[([^\]]*)\]\([^)]*\)")
_LINK = re.compile(r"\[([^\]]+)\]\([^)]*\)")
_URL = re.compile(r"<?https?://\S+>?")
_HTML = re.compile(r"<[^>\n]+>")
_HEADING = re.compile(r"^\s{0,3}#{1,6}\s+")
_LIST_ITEM = re.compile(r"^\s*(?:[-*+]|\d+[.)])\s+")
_QUOTE = re.compile(r"^\s*>\s?")
_TABLE_RULE = re.compile(r"^\s*\|?\s*:?-{3,}.*$")
_EMPHASIS = re.compile(r"[*_]{1,3}(?=\S)|(?<=\S)[*_]{1,3}")
_SENTENCE_END = re.compile(r"[.!?:;]['\"”’)]*$")


def prose_text(markdown: str) -> str:
    """Plain prose from markdown, ready for a readability formula.

    Code (fenced, indented and inline), images, URLs, HTML tags and markup are
    removed; links keep their words. Each heading, list item and table row becomes
    one line ending in a full stop, so it counts as one sentence.
    """
    text = _FENCE.sub("", markdown)
    text = _INDENTED_CODE.sub("", text)
    text = _INLINE_CODE.sub("", text)
    text = _IMAGE.sub(r"\1", text)
    text = _LINK.sub(r"\1", text)
    text = _URL.sub("", text)
    text = _HTML.sub("", text)
    lines: list[str] = []
    paragraph: list[str] = []

    def flush() -> None:
        if paragraph:
            lines.append(" ".join(paragraph))
            paragraph.clear()

    for raw in text.splitlines():
        if not raw.strip() or _TABLE_RULE.match(raw):
            flush()
            continue
        unit = _HEADING.match(raw) or _LIST_ITEM.match(raw) or raw.lstrip().startswith("|")
        line = _QUOTE.sub("", raw)
        line = _HEADING.sub("", line)
        line = _LIST_ITEM.sub("", line)
        line = line.replace("|", " ")
        line = _EMPHASIS.sub("", line)
        line = re.sub(r"\s+", " ", line).strip()
        if unit:
            flush()
            if line:
                paragraph.append(line)
            flush()
        elif line:
            paragraph.append(line)
    flush()
    out = []
    for line in lines:
        line = re.sub(r"\s+([.,;:!?])", r"\1", line).strip()
        if not re.search(r"\w", line):
            continue
        out.append(line if _SENTENCE_END.search(line) else line + ".")
    return "\n".join(out)


def markdown_prose(nb: NotebookNode) -> str:
    """The prose of all markdown cells of a notebook, joined (see :func:`prose_text`)."""
    parts = [prose_text(c.source) for c in nb.cells if c.cell_type == "markdown"]
    return "\n".join(p for p in parts if p)


def readability_grade(prose: str) -> float:
    """Flesch-Kincaid grade of ``prose`` (textstat; the bundled CMU dictionary, no download)."""
    import textstat

    import hrlesson  # noqa: F401  (puts the bundled CMU dictionary on NLTK's path)

    return float(textstat.flesch_kincaid_grade(prose))


def figure_cells(nb: NotebookNode) -> list[int]:
    """Indices of the code cells whose stored outputs contain an image."""
    found = []
    for i, cell in enumerate(nb.cells):
        if cell.cell_type != "code":
            continue
        for out in cell.get("outputs", []):
            data = out.get("data", {})
            if any(key.startswith("image/") for key in data):
                found.append(i)
                break
    return found
