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

import json
import re
import textwrap
from typing import Any

import nbformat
from nbformat import NotebookNode

__all__ = [
    "ANSWER_BOX",
    "answer_box",
    "caption",
    "check",
    "code",
    "figure_cells",
    "load_exercise",
    "markdown_prose",
    "md",
    "parameters",
    "prose_text",
    "readability_grade",
    "solution",
    "written",
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


def solution(source: str, question: str, *, tags: list[str] | None = None) -> NotebookNode:
    """The answer cell of an exercise: code with a ``### BEGIN/END SOLUTION`` region.

    ``question`` is the question id (``l<lesson>-<short-name>``, see
    docs/authoring-exercises.md); the cell's nbgrader ``grade_id`` is ``<question>-answer``.
    Follow it with :func:`check`.
    """
    text = _clean(source)
    if "### BEGIN SOLUTION" not in text or "### END SOLUTION" not in text:
        raise ValueError(f"solution cell {question!r} needs ### BEGIN/END SOLUTION lines")
    _check_question_id(question)
    return code(
        text,
        tags=tags,
        nbgrader={
            "grade": False,
            "grade_id": f"{question}-answer",
            "locked": False,
            "schema_version": 3,
            "solution": True,
            "task": False,
        },
    )


#: Longest line of a check cell: the editor of a narrow window shows it whole.
CHECK_LINE = 72


def check(question: str, name: str, *, hint: str | None = None) -> NotebookNode:
    """The self-check cell that follows an answer: ``hrlesson.check("<question>", name)``.

    A call that would be longer than :data:`CHECK_LINE` characters is written one
    argument per line, and a long hint is split into short strings, so that nothing
    runs past the right edge of the editor.

    >>> hint = "Count the rows of the table whose kind is heading, not the words of the text."
    >>> print(check("l1-x", "n", hint=hint).source)
    hrlesson.check(
        "l1-x",
        n,
        hint="Count the rows of the table whose kind is heading, not "
        "the words of the text.",
    )
    """
    _check_question_id(question)
    call = f"hrlesson.check({json.dumps(question)}, {name}"
    if hint:
        call += f", hint={json.dumps(hint, ensure_ascii=False)}"
    call += ")"
    if len(call) > CHECK_LINE:
        lines = ["hrlesson.check(", f"    {json.dumps(question)},", f"    {name},"]
        if hint:
            quoted = [json.dumps(piece, ensure_ascii=False) for piece in _pieces(hint)]
            lines.append(f"    hint={quoted[0]}")
            lines += [f"    {piece}" for piece in quoted[1:]]
            lines[-1] += ","
        lines.append(")")
        call = "\n".join(lines)
    return code(
        call,
        nbgrader={
            "grade": True,
            "grade_id": question,
            "locked": True,
            "points": 1,
            "schema_version": 3,
            "solution": False,
            "task": False,
        },
    )


def _pieces(text: str, width: int = CHECK_LINE - 16) -> list[str]:
    """``text`` cut between words into pieces of at most ``width`` characters; each piece
    but the last keeps the space that follows it, so the pieces join back to ``text``."""
    pieces = [""]
    for word in text.split(" "):
        if pieces[-1] and len(pieces[-1]) + len(word) > width:
            pieces.append("")
        pieces[-1] += word + " "
    pieces[-1] = pieces[-1][:-1]
    return pieces


def written(source: str) -> NotebookNode:
    """A model answer to a written question: a markdown cell tagged ``solution``.

    Students see ``hrlesson.exercises.TEXT_STUB`` instead; the build numbers the nbgrader ids.
    """
    cell = md(source)
    cell.metadata["tags"] = ["solution"]
    return cell


_QUESTION_ID = re.compile(r"^l\d+-[a-z0-9]+(?:-[a-z0-9]+)*$")


def _check_question_id(question: str) -> None:
    if not _QUESTION_ID.match(question):
        raise ValueError(
            f"question id {question!r}: use l<lesson>-<short-name>, e.g. l2-most-quoted"
        )


def parameters() -> NotebookNode:
    """The one cell tagged ``parameters``: exercise article, its date, and the variant seed.

    ``hrlesson exercises build`` rewrites the right-hand sides; follow it with
    :func:`load_exercise`.
    """
    return code(
        """
        EXERCISE_ARTICLE = None  # None = the practice article (constructed); or a .txt file beside this notebook
        EXERCISE_DATE = None  # "YYYY-MM-DD" when the article has no dated dateline
        SEED = 0  # exercise variant, set by `hrlesson exercises build --seed`
        """,
        tags=["parameters"],
    )


def load_exercise() -> NotebookNode:
    """The cell after :func:`parameters`: loads the exercise article as ``exercise``.

    By default (``EXERCISE_ARTICLE = None``) that is the constructed practice article, a
    text the worked examples do not analyse, so the lesson's prose cannot give the
    answers away.
    """
    return code(
        """
        if EXERCISE_ARTICLE is None:
            exercise = hrlesson.load_practice_article()
            print("Exercise article: the practice article. It is CONSTRUCTED for practice:")
            print("its country, people, quotes and numbers are invented.")
        else:
            exercise = hrlesson.load_article(EXERCISE_ARTICLE, date=EXERCISE_DATE)
            print("Exercise article:", EXERCISE_ARTICLE)
        """
    )


def caption(number: int, text: str, alt: str | None = None) -> NotebookNode:
    """The markdown cell that follows a figure: the numbered caption.

    The figure's image carries its own ``alt`` text (written by :mod:`hrlesson.plots`,
    or made from the chart by :func:`hrlesson.lesson_display`). ``alt`` adds a longer
    description in words, folded away under "Figure N in words" so that sighted
    readers do not read it twice and it gives nothing away unasked.
    """
    cell = f"**Figure {number}.** {_clean(text)}"
    if alt:
        cell += (
            f"\n\n<details><summary>Figure {number} in words</summary>\n\n"
            f"{_clean(alt)}\n\n</details>"
        )
    return md(cell)


#: The labelled box above an answer cell (kept by JupyterLab's HTML sanitiser: inline styles).
ANSWER_BOX = (
    '<div style="border:2px solid #0072B2;border-radius:6px;padding:0.4em 0.8em;'
    'background-color:#EAF3FA">'
    "<strong>✍ Your answer</strong> goes in the cell below. "
    "Click it, press <kbd>Enter</kbd>, type, then press <kbd>Shift</kbd> + <kbd>Enter</kbd>."
    "</div>"
)


def answer_box() -> NotebookNode:
    """The labelled box with a one-line instruction, above a cell where students write.

    ``tools/build_lessons.py`` puts one above every :func:`written` answer.
    """
    cell = md(ANSWER_BOX)
    cell.metadata["tags"] = ["answer-box"]
    return cell


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
