"""What a student does by hand in JupyterLab, in headless Chromium, and what they must see.

* writing an answer in a text cell (Enter, type, Shift+Enter; double-click then click
  inside), and undoing a slip with Esc then Edit > Undo, as Lesson 0 teaches;
* a failing answer cell followed by its check: "not quite", then "correct", and no
  verdict on a stale value after an answer cell that stopped with an error;
* a concordance whose words next to the keyword are visible;
* a table whose long text is whole.

Screenshots of each flow go to ``test-artifacts/screenshots/flow-*.png``.
"""

from __future__ import annotations

import re
from pathlib import Path
from typing import TYPE_CHECKING, Any

import pytest
from lab_page import JS_CELLS, JS_EDITOR_FOCUSED, JS_MODE, cell, cell_index, open_notebook, run_all

from hrlesson.exercises import TEXT_STUB

if TYPE_CHECKING:
    from conftest import LabServer

pytestmark = pytest.mark.e2e

LESSON_0 = "exercises/00-start-here.ipynb"
ANSWER = "I read the first paragraph, because it says who did what."


def _wait_for_editor(page: Any) -> None:
    page.wait_for_function(JS_EDITOR_FOCUSED, timeout=10_000, polling=100)


def _after_typing(page: Any, index: int, before: list[dict[str, Any]]) -> dict[str, Any]:
    """The answer cell after Shift+Enter; fails if the notebook's cells changed otherwise."""
    cells = page.evaluate(JS_CELLS)
    assert len(cells) == len(before), "typing added or removed cells"
    changed = [c["index"] for c, b in zip(cells, before, strict=True) if c != b]
    assert changed == [index], f"cells {changed} changed; only cell {index} should"
    assert [c["type"] for c in cells] == [b["type"] for b in before], "a cell changed its kind"
    return cells[index]


# --------------------------------------------------------------------------- written answers


def test_a_written_answer_typed_into_the_answer_cell(
    lab: LabServer, browser_context: Any, screenshots: Path
) -> None:
    """Lesson 0's steps: click the cell below the box, Enter, type, Shift+Enter."""
    page = open_notebook(lab, browser_context, LESSON_0)
    try:
        index = cell_index(page, TEXT_STUB, kind="markdown", exact=True)
        box = page.evaluate(JS_CELLS)[index - 1]
        assert "Your answer" in box["source"], "the answer cell sits under the answer box"
        before = page.evaluate(JS_CELLS)
        node = cell(page, index)
        node.click()
        page.keyboard.press("Enter")
        _wait_for_editor(page)
        page.keyboard.press("Control+a")  # in the editor: the cell's text only
        page.keyboard.type(ANSWER)
        page.keyboard.press("Shift+Enter")
        answer = _after_typing(page, index, before)
        assert answer["type"] == "markdown"
        assert answer["source"] == ANSWER
        assert node.locator(".jp-RenderedMarkdown").inner_text().strip() == ANSWER
        cell(page, index - 1).screenshot(path=str(screenshots / "flow-answer-box.png"))
        node.screenshot(path=str(screenshots / "flow-answer-typed.png"))
    finally:
        page.close()
        lab.shutdown_kernels()


def test_double_click_then_click_inside_then_type(lab: LabServer, browser_context: Any) -> None:
    """A double-click shows the text but leaves command mode: the lesson says click inside."""
    page = open_notebook(lab, browser_context, LESSON_0)
    try:
        index = cell_index(page, TEXT_STUB, kind="markdown", exact=True)
        before = page.evaluate(JS_CELLS)
        node = cell(page, index)
        node.dblclick()
        node.locator(".cm-content").click()
        _wait_for_editor(page)
        assert page.evaluate(JS_MODE) == "edit"
        page.keyboard.press("End")
        page.keyboard.type(" " + ANSWER)
        page.keyboard.press("Shift+Enter")
        answer = _after_typing(page, index, before)
        assert answer["source"] == TEXT_STUB + " " + ANSWER
    finally:
        page.close()
        lab.shutdown_kernels()


def test_esc_then_edit_undo_repairs_a_slip(lab: LabServer, browser_context: Any) -> None:
    """Typing 'r' in command mode turns the answer cell into a Raw cell; Edit > Undo repairs it."""
    page = open_notebook(lab, browser_context, LESSON_0)
    try:
        index = cell_index(page, TEXT_STUB, kind="markdown", exact=True)
        before = page.evaluate(JS_CELLS)
        cell(page, index).click()
        page.keyboard.press("r")  # the slip: no cursor, so the key is a command
        slipped = page.evaluate(JS_CELLS)
        assert slipped[index]["type"] == "raw", "the slip this lesson warns about did not happen"
        page.keyboard.press("Escape")
        page.locator(".lm-MenuBar-itemLabel", has_text=re.compile(r"^Edit$")).click()
        page.locator(".lm-Menu-item:not(.lm-mod-disabled) .lm-Menu-itemLabel").filter(
            has_text=re.compile(r"^Undo Cell Operation")
        ).first.click()
        page.wait_for_function(
            f"() => window.jupyterapp.shell.currentWidget.content.widgets[{index}]"
            ".model.type === 'markdown'",
            timeout=10_000,
        )
        after = page.evaluate(JS_CELLS)
        assert [(c["type"], c["source"]) for c in after] == [
            (c["type"], c["source"]) for c in before
        ]
    finally:
        page.close()
        lab.shutdown_kernels()


# --------------------------------------------------------------------------- a failing answer

JS_ACTIVE = "() => window.jupyterapp.shell.currentWidget.content.activeCellIndex"
JS_OUTPUTS = """
(index) => {
  const cell = window.jupyterapp.shell.currentWidget.content.widgets[index];
  const outputs = [];
  for (let j = 0; j < cell.model.outputs.length; j++) outputs.push(cell.model.outputs.get(j).toJSON());
  return {count: cell.model.executionCount, outputs,
          pending: cell.node.querySelector('.jp-InputArea-prompt').textContent.includes('*')};
}
"""


JS_FEEDBACK_STYLE = """
(index) => {
  const cell = window.jupyterapp.shell.currentWidget.content.widgets[index];
  const el = cell.node.querySelector('.jp-OutputArea-output .hrlesson-feedback');
  if (!el) return null;
  const s = getComputedStyle(el);
  return {font: s.fontFamily, whiteSpace: s.whiteSpace, wordBreak: s.wordBreak};
}
"""


def _wait_until_run(page: Any, index: int, before: int | None) -> None:
    """Wait until cell ``index`` has run again (a new execution count, no ``[*]``)."""
    page.wait_for_function(
        f"(b) => {{ const r = ({JS_OUTPUTS})({index});"
        " return r.count !== null && r.count !== b && !r.pending; }",
        arg=before,
        timeout=60_000,
        polling=200,
    )


def _type_answer_and_run_check(page: Any, answer: int, text: str) -> dict[str, Any]:
    """Click the answer cell, Enter, replace its text, Shift+Enter; then Shift+Enter on the
    check below once the answer cell has run. Returns the check cell's outputs and text,
    and the answer cell's source as typed."""
    counts = [page.evaluate(JS_OUTPUTS, i)["count"] for i in (answer, answer + 1)]
    cell(page, answer).click()
    page.keyboard.press("Enter")
    _wait_for_editor(page)
    page.keyboard.press("Control+a")
    page.keyboard.type(text)
    page.keyboard.press("Shift+Enter")  # runs the answer cell, selects the check below
    _wait_until_run(page, answer, counts[0])
    assert page.evaluate(JS_ACTIVE) == answer + 1, "Shift+Enter did not move to the check"
    page.keyboard.press("Shift+Enter")  # runs the check
    _wait_until_run(page, answer + 1, counts[1])
    done = page.evaluate(JS_OUTPUTS, answer + 1)
    done["source"] = page.evaluate(JS_CELLS)[answer]["source"]
    done["text"] = "".join(
        str(o.get("text", "") or o.get("data", {}).get("text/plain", "")) for o in done["outputs"]
    )
    return done


def test_a_failing_answer_cell_followed_by_its_check(
    lab: LabServer, browser_context: Any, screenshots: Path
) -> None:
    """Lesson 0, exercise 1 in exercises/: a wrong answer, the right one, then a broken one.

    The check says "not quite" (no traceback), then "correct"; after an answer cell that
    stops with a NameError it must not judge the old, correct value (issue 12, point 2).
    """
    page = open_notebook(lab, browser_context, LESSON_0)
    try:
        run_all(page)
        answer = cell_index(page, "place_and_date = ...", kind="code")
        check = page.evaluate(JS_CELLS)[answer + 1]
        assert 'check(\n    "l0-dateline"' in check["source"] or "l0-dateline" in check["source"]

        wrong = _type_answer_and_run_check(page, answer, 'place_and_date = ("Paris", "2024-03-14")')
        assert wrong["source"] == 'place_and_date = ("Paris", "2024-03-14")', "typing went astray"
        assert [o["output_type"] for o in wrong["outputs"]] == ["display_data"], wrong["outputs"]
        assert "text/html" in wrong["outputs"][0]["data"], "feedback shown as monospace text"
        assert wrong["text"].startswith("✘ l0-dateline: not quite"), wrong["text"]
        assert "correct." not in wrong["text"]
        style = page.evaluate(JS_FEEDBACK_STYLE, answer + 1)  # a normal font, wrapped at words
        assert style is not None, "the feedback is not shown as HTML"
        assert "mono" not in style["font"].lower(), style
        assert (style["whiteSpace"], style["wordBreak"]) == ("normal", "normal"), style
        cell(page, answer + 1).screenshot(path=str(screenshots / "flow-check-wrong.png"))

        right = _type_answer_and_run_check(
            page, answer, 'place_and_date = ("Geneva", "2024-03-14")'
        )
        assert right["text"].strip() == "✔ l0-dateline: correct.", right["text"]

        broken = _type_answer_and_run_check(page, answer, 'place_and_date = (Geneva, "2024-03-14")')
        assert [o["output_type"] for o in broken["outputs"]] == ["display_data"], broken["outputs"]
        assert broken["text"].startswith(
            "✘ l0-dateline: your answer cell above stopped with an error (NameError"
        ), broken["text"]
        assert "may still hold an old value" in broken["text"]
        cell(page, answer + 1).screenshot(path=str(screenshots / "flow-check-stale.png"))
    finally:
        page.close()
        lab.shutdown_kernels()


# --------------------------------------------------------------------------- opening


@pytest.mark.parametrize("path", [LESSON_0, "exercises/02-voices.ipynb"])
def test_a_lesson_opens_as_saved(lab: LabServer, browser_context: Any, path: str) -> None:
    """Opened as `hrlesson lessons` and Binder serve it: no unsaved mark before any typing."""
    from hrlesson.launch import with_this_python

    served = lab.root / path
    served.write_bytes(with_this_python(served.name, served.read_bytes()))
    page = open_notebook(lab, browser_context, path)
    try:
        page.wait_for_timeout(1500)  # kernel info has arrived (JS_READY): metadata written
        dirty = page.evaluate(
            "() => { const w = window.jupyterapp.shell.currentWidget;"
            " return [w.context.model.dirty, w.title.className.includes('jp-mod-dirty')]; }"
        )
        assert dirty == [False, False], "the lesson shows as unsaved as soon as it opens"
    finally:
        page.close()
        lab.shutdown_kernels()


# --------------------------------------------------------------------------- tables


def _box(node: Any) -> dict[str, Any]:
    return node.evaluate(
        "el => { const r = el.getBoundingClientRect(); const s = getComputedStyle(el);"
        " return {left: r.left, right: r.right, width: r.width, scroll: el.scrollWidth,"
        " client: el.clientWidth, align: s.textAlign, text: el.innerText}; }"
    )


def test_concordance_shows_the_words_next_to_the_keyword(
    lab: LabServer, browser_context: Any, screenshots: Path
) -> None:
    """Lesson 4: 'unprecedented' with country's " right before it, in the middle column."""
    page = open_notebook(lab, browser_context, "notebooks/04-rhetoric.ipynb")
    try:
        run_all(page)
        index = cell_index(page, 'kwic(article, "unprecedented"', kind="code")
        table = cell(page, index).locator("table.hrlesson-concordance")
        table.wait_for(timeout=10_000)
        left, node, right = (
            _box(table.locator("tbody tr").first.locator("td").nth(i)) for i in range(3)
        )
        assert left["text"].endswith("country's \""), left["text"]
        assert node["text"] == "unprecedented"
        assert right["text"].startswith('" human rights situation'), right["text"]
        assert (left["align"], node["align"], right["align"]) == ("right", "center", "left")
        for box in (left, node, right):
            assert box["scroll"] <= box["client"] + 1, f"text hidden in its cell: {box['text']}"
        assert node["left"] - left["right"] < 5, "the left context touches the keyword column"
        table.screenshot(path=str(screenshots / "flow-concordance.png"))
    finally:
        page.close()
        lab.shutdown_kernels()


def test_a_table_shows_long_text_whole(
    lab: LabServer, browser_context: Any, screenshots: Path
) -> None:
    """Lesson 1's paragraphs table: each text cell holds the whole paragraph, left-aligned."""
    import hrlesson

    article = hrlesson.load_article()
    longest = max(article.paragraphs.text, key=len)
    page = open_notebook(lab, browser_context, "notebooks/01-article-as-data.ipynb")
    try:
        run_all(page)
        index = cell_index(page, 'article.paragraphs[["paragraph_id", "kind"', kind="code")
        table = cell(page, index).locator("table.hrlesson-table")
        table.wait_for(timeout=10_000)
        header = table.locator("thead th").all_inner_texts()
        assert header[0] == "paragraph_id", "no row numbers before the ids"
        texts = [_box(td) for td in table.locator("tbody td").all()]
        whole = [t for t in texts if " ".join(t["text"].split()) == " ".join(longest.split())]
        assert whole, "the longest paragraph is not shown whole"
        assert whole[0]["align"] == "left"
        assert whole[0]["scroll"] <= whole[0]["client"] + 1, "part of the text is hidden"
        assert not any(t["text"].endswith("...") or t["text"].endswith("…") for t in texts)
        table.screenshot(path=str(screenshots / "flow-long-text.png"))
    finally:
        page.close()
        lab.shutdown_kernels()


# --------------------------------------------------------------------------- figures


def test_stored_figures_carry_their_alt_text(lab: LabServer, browser_context: Any) -> None:
    """Opened as saved (untrusted outputs, sanitised HTML): each image keeps its alt text."""
    page = open_notebook(lab, browser_context, "notebooks/03-stance.ipynb")
    try:
        images = page.locator(".jp-OutputArea-output img")
        images.first.wait_for(timeout=10_000)
        found = images.evaluate_all(
            "els => els.map(e => ({alt: e.getAttribute('alt') || '',"
            " loaded: e.complete && e.naturalWidth > 0}))"
        )
        assert found, "no figure in the page"
        for image in found:
            assert len(image["alt"]) > 20, image
        assert any("reporting verbs" in image["alt"] for image in found)
    finally:
        page.close()
        lab.shutdown_kernels()
