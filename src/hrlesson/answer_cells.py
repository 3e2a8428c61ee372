"""What happened to a student's answer cell, read from IPython's execution history.

``check()`` receives only a value. When the answer cell above it stopped with an error
(``answer = Thursday`` raises NameError, ``answer = (`` is a SyntaxError), the variable still
holds the value of an earlier run, and judging it would be judging a stale answer. When the
student typed a bare value (``22``) instead of ``answer = 22``, the variable still holds the
stub's ``...``. This module reads IPython's history to tell these cases apart:

* the answer's variable name comes from the check cell's own source
  (``hrlesson.check("l5-vague", n_vague)`` → ``n_vague``);
* the answer cell is the latest cell run before the check that assigns that name;
* a cell failed when IPython stored an exception for its execution count (IPython 9 keeps
  them all; with an older IPython only the last cell's result is known).

Outside IPython (a plain Python script, the test suite) nothing is known and
:func:`answer_cell_state` returns None.
"""

from __future__ import annotations

import ast
import re
import sys
from dataclasses import dataclass
from typing import Any

__all__ = ["CellState", "answer_cell_state"]

#: Longest bare value quoted back to the student.
_MAX_SHOWN = 60


@dataclass(frozen=True)
class CellState:
    """What the cells run before a check say about its answer.

    Attributes
    ----------
    name : the variable the check cell passes as the answer (None: not a plain name).
    failed : "NameError: ..." when the answer cell (or the cell run just before the check,
        run after the answer cell) stopped with an error; None otherwise.
    failed_cell : which cell stopped: "answer" (the latest cell that assigns ``name``) or
        "previous" (the cell run just before the check, which does not assign it).
    bare : the source of a bare literal value (``22``, ``"Thursday"``) that the cell run just
        before the check showed without storing it; None otherwise.
    """

    name: str | None
    failed: str | None
    bare: str | None
    failed_cell: str = ""


def _shell() -> Any:
    if "IPython" not in sys.modules:  # never import IPython just to find there is no shell
        return None
    from IPython import get_ipython

    return get_ipython()


def answer_cell_state(question: str) -> CellState | None:
    """The state of the answer cell of ``question``, when ``check()`` runs inside IPython.

    Returns None outside IPython, or when the running cell is not in IPython's history or
    does not mention ``question``.
    """
    shell = _shell()
    history = getattr(shell, "history_manager", None)
    if history is None:
        return None
    raw = list(history.input_hist_raw)
    parsed = list(history.input_hist_parsed)
    current = shell.execution_count - 1
    if not (0 < current < len(raw)) or question not in raw[current]:
        return None
    code = parsed[current] if current < len(parsed) else raw[current]
    name = _answer_name(code, question)
    if name and _assigns(raw[current], code, name):
        return CellState(name, None, None)  # the check sits in the answer cell itself
    assigned = _last_assignment(raw, parsed, current, name) if name else None
    failures = _stored_failures(history)
    previous = current - 1

    def failure(count: int) -> str | None:
        if failures is not None:
            info = failures.get(count)
            return f"{info.get('ename')}: {info.get('evalue')}" if info else None
        if count == previous and not shell.last_execution_succeeded:
            result = shell.last_execution_result
            error = result and (result.error_before_exec or result.error_in_exec)
            return f"{type(error).__name__}: {error}" if error else "an error"
        return None

    if assigned is not None and (message := failure(assigned)):
        return CellState(name, message, None, "answer")
    after_answer = previous >= 1 and (assigned is None or previous > assigned)
    if after_answer and (message := failure(previous)):
        return CellState(name, message, None, "previous")
    bare = _bare_literal(raw[previous]) if after_answer else None
    return CellState(name, None, bare)


def _stored_failures(history: Any) -> dict[int, dict[str, Any]] | None:
    """Execution count -> exception of every failed cell (IPython 9), or None (older)."""
    failures = getattr(history, "exceptions", None)
    return failures if isinstance(failures, dict) else None


def _is_check_call(node: ast.AST) -> bool:
    if not isinstance(node, ast.Call):
        return False
    func = node.func
    return (isinstance(func, ast.Name) and func.id == "check") or (
        isinstance(func, ast.Attribute) and func.attr == "check"
    )


def _answer_name(source: str, question: str) -> str | None:
    """The variable passed as the answer in ``check(question, <name>, ...)``."""
    try:
        tree = ast.parse(source)
    except SyntaxError:
        return None
    for node in ast.walk(tree):
        if not _is_check_call(node):
            continue
        args = list(node.args)
        keywords = {k.arg: k.value for k in node.keywords}
        first = args[0] if args else keywords.get("question")
        answer = args[1] if len(args) > 1 else keywords.get("answer")
        if isinstance(first, ast.Constant) and first.value == question:
            return answer.id if isinstance(answer, ast.Name) else None
    return None


def _assigns(raw: str, parsed: str, name: str) -> bool:
    try:
        tree = ast.parse(parsed)
    except SyntaxError:
        # A cell that does not parse still "assigns" the name if it tried to.
        pattern = rf"^[ \t]*{re.escape(name)}[ \t]*(?::[^=\n]*)?=(?!=)"
        return re.search(pattern, raw, re.MULTILINE) is not None
    return any(
        isinstance(node, ast.Name) and node.id == name and isinstance(node.ctx, ast.Store)
        for node in ast.walk(tree)
    )


def _last_assignment(raw: list[str], parsed: list[str], current: int, name: str) -> int | None:
    for count in range(current - 1, 0, -1):
        code = parsed[count] if count < len(parsed) else raw[count]
        if _assigns(raw[count], code, name):
            return count
    return None


def _bare_literal(source: str) -> str | None:
    """The source of a cell that is one literal value (``22``, ``"Thursday"``, ``[1, 2]``)."""
    try:
        tree = ast.parse(source)
    except SyntaxError:
        return None
    if len(tree.body) != 1 or not isinstance(tree.body[0], ast.Expr):
        return None
    try:
        value = ast.literal_eval(tree.body[0].value)
    except (ValueError, TypeError, SyntaxError, MemoryError, RecursionError):
        return None
    if value is ... or value is None:
        return None
    text = ast.get_source_segment(source, tree.body[0].value) or ""
    return text if 0 < len(text) <= _MAX_SHOWN and "\n" not in text else None
