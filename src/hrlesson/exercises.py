"""Build student notebooks and answer keys from the instructor's lessons.

``hrlesson exercises build`` reads every lesson in ``notebooks/`` (complete, with the
solutions marked nbgrader-style), and writes

* ``exercises/``: student notebooks (solutions replaced by stubs, outputs cleared), the
  hashed expected answers ``hrlesson-checks.json`` and a manifest of what was generated;
* ``exercises-keys/``: the answer keys, re-executed on the chosen article and seed.

Conventions for lesson authors are in ``docs/authoring-exercises.md``.

>>> import nbformat
>>> cell = nbformat.v4.new_code_cell(
...     "### BEGIN SOLUTION\\nn = len(exercise.sentences)\\n### END SOLUTION")
>>> print(student_source(cell, "demo.ipynb cell 1"))
# YOUR CODE HERE
n = ...
"""

from __future__ import annotations

import argparse
import ast
import asyncio
import contextlib
import copy
import hashlib
import io
import json
import os
import re
import shutil
import signal
import subprocess
import sys
import tempfile
import textwrap
import threading
import time
import tokenize
import warnings
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from .arguments import whole_number
from .checks import CHECKS_ENV, CHECKS_FILE, RAISE_ENV, RECORD_ENV, checks_json
from .errors import ExerciseError, HrlessonWarning, InputError
from .output_folder import (
    MANIFEST_FILE,
    Replacement,
    check_writable,
    replace_folders,
    staging_folder,
)

__all__ = [
    "KEY_ANSWERS_FILE",
    "MANIFEST_FILE",
    "BuildResult",
    "add_cli",
    "build_exercises",
    "names_outside_solutions",
    "nbgrader_metadata",
    "student_notebooks",
    "student_source",
    "tag_lessons",
]

#: The expected answers in plain text, written only into the keys folder.
KEY_ANSWERS_FILE = "key-answers.json"
#: Cell tags the builder reads.
SOLUTION_TAG = "solution"
PARAMETERS_TAG = "parameters"
#: The names the builder sets in a lesson's parameters cell.
PARAMETER_NAMES = ("EXERCISE_ARTICLE", "EXERCISE_DATE", "SEED")
CODE_STUB = "# YOUR CODE HERE"
TEXT_STUB = "YOUR ANSWER HERE"
#: Seconds a single cell of an answer key may run.
CELL_TIMEOUT = 300

_MARKER_TEXT = re.compile(r"(BEGIN|END) SOLUTION")
_BEGIN = re.compile(r"^(\s*)#+\s*BEGIN SOLUTION\s*$")
_END = re.compile(r"^\s*#+\s*END SOLUTION\s*$")
_CHECK_CALL = re.compile(r"""\bcheck\(\s*(?:question\s*=\s*)?(['"])([^'"\n]*)\1""")
_QUESTION_ID = re.compile(r"^[a-z0-9][a-z0-9_.-]{0,79}$")
_REPO_PATH = re.compile(r"""(?<![\w'"])[rRbBuUfF]{0,2}(['"])(\.\./|/(?:[\w.-]+/)+)""")
_KERNELSPEC = {"display_name": "Python 3 (ipykernel)", "language": "python", "name": "python3"}
_LANGUAGE_KEYS = ("name", "mimetype", "file_extension", "pygments_lexer", "nbconvert_exporter")
_NBGRADER_SCHEMA = 3


# --------------------------------------------------------------------------- reading lessons


@dataclass
class _Lesson:
    """One instructor notebook, read and checked."""

    name: str  # file name, e.g. "02-voices.ipynb"
    path: Path
    nb: Any
    raw: bytes
    questions: list[str] = field(default_factory=list)

    @property
    def stem(self) -> str:
        return self.name.removesuffix(".ipynb")


def _read_notebook(path: Path) -> tuple[Any, bytes]:
    import nbformat

    try:
        raw = path.read_bytes()
    except OSError as exc:
        raise InputError(f"{path}: cannot be read ({exc.strerror or exc})") from None
    try:
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")
            nb = nbformat.reads(raw.decode("utf-8"), as_version=4)
            nbformat.validate(nb)
    except (ValueError, KeyError, TypeError, AttributeError, nbformat.ValidationError) as exc:
        first = str(exc).strip().splitlines()[0] if str(exc).strip() else type(exc).__name__
        raise ExerciseError(f"{path}: not a valid Jupyter notebook ({first[:160]})") from None
    return nb, raw


def _where(path: Path | str, index: int) -> str:
    return f"{path} cell {index + 1}"


def _tags(cell: Any) -> list[str]:
    return list(cell.get("metadata", {}).get("tags", []))


def _is_solution_cell(cell: Any) -> bool:
    grader = cell.get("metadata", {}).get("nbgrader", {})
    return SOLUTION_TAG in _tags(cell) or bool(grader.get("solution"))


def _regions(source: str, where: str) -> list[tuple[int, int]]:
    """Line ranges ``(begin, end)`` of the solution regions (marker lines included)."""
    regions, begin = [], None
    for i, line in enumerate(source.split("\n")):
        if not _MARKER_TEXT.search(line):
            continue
        if _BEGIN.match(line):
            if begin is not None:
                raise ExerciseError(
                    f"{where}: line {i + 1} opens a solution region inside another one "
                    f"(opened on line {begin + 1}); close the first with ### END SOLUTION"
                )
            begin = i
        elif _END.match(line):
            if begin is None:
                raise ExerciseError(
                    f"{where}: line {i + 1} has ### END SOLUTION without a ### BEGIN SOLUTION"
                )
            regions.append((begin, i))
            begin = None
        else:
            raise ExerciseError(
                f"{where}: line {i + 1} mentions a solution marker but is not a marker line; "
                "put ### BEGIN SOLUTION / ### END SOLUTION alone on their own lines"
            )
    if begin is not None:
        raise ExerciseError(
            f"{where}: the solution region opened on line {begin + 1} is never closed; "
            "add a ### END SOLUTION line"
        )
    return regions


def _check_ids(source: str, where: str) -> list[str]:
    ids = []
    for match in _CHECK_CALL.finditer(source):
        qid = match.group(2)
        if not _QUESTION_ID.match(qid):
            raise ExerciseError(
                f"{where}: question id {qid!r} is not valid: use lower-case letters, digits "
                "and '-', e.g. 'l2-most-quoted'"
            )
        ids.append(qid)
    return ids


def _read_lesson(path: Path) -> _Lesson:
    nb, raw = _read_notebook(path)
    lesson = _Lesson(path.name, path, nb, raw)
    parameters = []
    has_exercises = False
    for i, cell in enumerate(nb.cells):
        where = _where(path, i)
        source = cell.source
        if cell.cell_type != "code":
            if _MARKER_TEXT.search(source):
                raise ExerciseError(
                    f"{where}: a solution marker in a {cell.cell_type} cell; markers belong "
                    "in code cells (tag a written answer 'solution' instead)"
                )
            if cell.cell_type == "raw" and _is_solution_cell(cell):
                raise ExerciseError(f"{where}: a raw cell cannot be a solution; use Markdown")
            has_exercises |= _is_solution_cell(cell)
            continue
        regions = _regions(source, where)
        grader = cell.metadata.get("nbgrader", {})
        if regions and grader.get("solution") is False:
            raise ExerciseError(
                f"{where}: has a solution region but its nbgrader metadata says "
                "solution: false; run `hrlesson exercises tag` to fix the metadata"
            )
        has_exercises |= bool(regions) or _is_solution_cell(cell)
        for match in _REPO_PATH.finditer(source):
            raise ExerciseError(
                f"{where}: reads a path outside the notebook's folder "
                f"({match.group(0)}...); load data through hrlesson or from a file beside "
                "the notebook"
            )
        ids = _check_ids(source, where)
        lesson.questions.extend(ids)
        has_exercises |= bool(ids)
        if PARAMETERS_TAG in _tags(cell):
            parameters.append(i)
    if has_exercises or parameters:
        if len(parameters) != 1:
            found = (
                "none"
                if not parameters
                else f"{len(parameters)} (cells " + ", ".join(str(p + 1) for p in parameters) + ")"
            )
            raise ExerciseError(
                f"{path}: needs exactly one code cell tagged 'parameters' that sets "
                f"{', '.join(PARAMETER_NAMES)}; found {found}"
            )
        cell = nb.cells[parameters[0]]
        missing = [n for n in PARAMETER_NAMES if not _parameter_line(cell.source, n)]
        if missing:
            raise ExerciseError(
                f"{_where(path, parameters[0])}: the parameters cell does not set "
                f"{', '.join(missing)} (one `NAME = value` line each)"
            )
    seen: set[str] = set()
    for qid in lesson.questions:
        if qid in seen:
            raise ExerciseError(f"{path}: question id {qid!r} is checked twice")
        seen.add(qid)
    return lesson


def _read_lessons(source: Path) -> list[_Lesson]:
    if not source.exists():
        raise InputError(f"{source}: no such folder (give the lessons with --source)")
    if not source.is_dir():
        raise InputError(f"{source}: is not a folder of notebooks")
    paths = sorted(p for p in source.iterdir() if p.suffix == ".ipynb" and p.is_file())
    if not paths:
        raise InputError(f"{source}: contains no .ipynb lessons")
    lessons = [_read_lesson(p) for p in paths]
    owner: dict[str, str] = {}
    for lesson in lessons:
        for qid in lesson.questions:
            if qid in owner:
                raise ExerciseError(
                    f"question id {qid!r} is used in {owner[qid]} and {lesson.name}; "
                    "question ids must be unique across lessons"
                )
            owner[qid] = lesson.name
    return lessons


# --------------------------------------------------------------------------- transforming cells


def _assigned_names(code: str, used: set[str] | None = None) -> list[str] | None:
    """Stub lines for the names a region assigns at its top level (None: not parseable).

    With ``used``, only names that the rest of the notebook uses get a stub.
    """
    try:
        tree = ast.parse(textwrap.dedent(code))
    except SyntaxError:
        return None
    lines: list[str] = []

    def add_target(target: ast.expr) -> None:
        if isinstance(target, ast.Name):
            if used is None or target.id in used:
                lines.append(f"{target.id} = ...")
        elif isinstance(target, (ast.Tuple, ast.List)):
            for element in target.elts:
                add_target(element)
        elif isinstance(target, ast.Starred):
            add_target(target.value)

    for node in tree.body:
        if isinstance(node, ast.Assign):
            for target in node.targets:
                add_target(target)
        elif isinstance(node, ast.AnnAssign) and node.value is not None:
            add_target(node.target)
        elif isinstance(node, (ast.FunctionDef, ast.AsyncFunctionDef)) and (
            used is None or node.name in used
        ):
            prefix = "async def" if isinstance(node, ast.AsyncFunctionDef) else "def"
            lines.append(f"{prefix} {node.name}({ast.unparse(node.args)}):\n    ...")
    return list(dict.fromkeys(lines))


def _stub(code: str, indent: str, used: set[str] | None) -> list[str]:
    names = _assigned_names(code, used) or ["..."]
    out = [indent + CODE_STUB]
    for line in names:
        out.extend(indent + part for part in line.split("\n"))
    return out


def student_source(cell: Any, where: str = "cell", used: set[str] | None = None) -> str:
    """The student version of one cell's source (solutions replaced by stubs).

    A stub assigns ``...`` to the names the solution assigns, so that later cells
    (the check) still run.

    Parameters
    ----------
    cell : a notebook cell (nbformat).
    where : names the cell in error messages, e.g. ``"02-voices.ipynb cell 7"``.
    used : the names used outside the solutions (see :func:`names_outside_solutions`);
        only those get a stub. None stubs every assigned name.
    """
    source = cell.source
    if cell.cell_type == "markdown":
        return TEXT_STUB if _is_solution_cell(cell) else source
    if cell.cell_type != "code":
        return source
    lines = source.split("\n")
    regions = _regions(source, where)
    if not regions:
        return "\n".join(_stub(source, "", used)) if _is_solution_cell(cell) else source
    out: list[str] = []
    previous = 0
    for begin, end in regions:
        out.extend(lines[previous:begin])
        indent = _BEGIN.match(lines[begin]).group(1)  # type: ignore[union-attr]
        out.extend(_stub("\n".join(lines[begin + 1 : end]), indent, used))
        previous = end + 1
    out.extend(lines[previous:])
    return "\n".join(out)


def names_outside_solutions(nb: Any) -> set[str]:
    """The identifiers that code outside the solutions uses (solution code removed)."""
    names: set[str] = set()
    for cell in nb.cells:
        if cell.cell_type != "code" or (
            _is_solution_cell(cell) and not _MARKER_TEXT.search(cell.source)
        ):
            continue
        lines, inside = [], False
        for line in cell.source.split("\n"):
            if _BEGIN.match(line):
                inside = True
            elif _END.match(line):
                inside = False
            elif not inside:
                lines.append(line)
        names.update(_identifiers("\n".join(lines)))
    return names


def _string_prefix(literal: str) -> str:
    return re.match(r"[A-Za-z]*", literal).group().lower()  # type: ignore[union-attr]


def _identifiers(code: str) -> set[str]:
    """The names a piece of code uses: not words inside strings (hints) or comments."""
    names: set[str] = set()
    try:
        for token in tokenize.generate_tokens(io.StringIO(code).readline):
            if token.type == tokenize.NAME:
                names.add(token.string)
            elif token.type == tokenize.STRING and "f" in _string_prefix(token.string):
                # an f-string before Python 3.12 is one token: its {fields} use names
                fields = ast.walk(ast.parse(token.string, mode="eval"))
                names.update(n.id for n in fields if isinstance(n, ast.Name))
    except (tokenize.TokenError, SyntaxError):
        return set(re.findall(r"[A-Za-z_]\w*", code))
    return names


def _parameter_line(source: str, name: str) -> re.Match[str] | None:
    return re.search(rf"^[ \t]*{name}[ \t]*=[^\n]*$", source, re.MULTILINE)


def _with_parameters(source: str, values: dict[str, Any]) -> str:
    """Set the right-hand sides of the parameter lines, keeping their comments."""
    for name, value in values.items():
        match = _parameter_line(source, name)
        if match is None:
            continue
        line = match.group(0)
        comment = _comment(line)
        indent = line[: len(line) - len(line.lstrip())]
        text = json.dumps(value, ensure_ascii=False) if isinstance(value, str) else repr(value)
        new = f"{indent}{name} = {text}" + (f"  {comment}" if comment else "")
        source = source[: match.start()] + new + source[match.end() :]
    return source


def _comment(line: str) -> str:
    try:
        for token in tokenize.generate_tokens(io.StringIO(line).readline):
            if token.type == tokenize.COMMENT:
                return token.string
    except (tokenize.TokenError, SyntaxError):
        return ""
    return ""


def nbgrader_metadata(nb: Any, name: str) -> list[dict[str, Any] | None]:
    """nbgrader cell metadata for each cell of a lesson (None: a cell nbgrader ignores).

    Solution cells get ``solution: true``; written answers (Markdown solution cells) are
    graded by hand; cells that call ``hrlesson.check`` become locked, graded test cells
    whose ``grade_id`` is the question id. A ``grade_id`` or ``points`` already set is kept.
    """
    stem = name.removesuffix(".ipynb")
    result: list[dict[str, Any] | None] = []
    n_code = n_written = 0
    for cell in nb.cells:
        old = dict(cell.get("metadata", {}).get("nbgrader", {}))
        meta: dict[str, Any] | None = None
        solution = _is_solution_cell(cell) or (
            cell.cell_type == "code" and bool(_MARKER_TEXT.search(cell.source))
        )
        if solution and cell.cell_type == "markdown":
            n_written += 1
            meta = {
                "grade": True,
                "grade_id": old.get("grade_id") or f"{stem}-written-{n_written}",
                "locked": False,
                "points": old.get("points", 1),
                "solution": True,
            }
        elif solution and cell.cell_type == "code":
            n_code += 1
            meta = {
                "grade": False,
                "grade_id": old.get("grade_id") or f"{stem}-answer-{n_code}",
                "locked": False,
                "solution": True,
            }
        elif cell.cell_type == "code" and _CHECK_CALL.search(cell.source):
            ids = [m.group(2) for m in _CHECK_CALL.finditer(cell.source)]
            meta = {
                "grade": True,
                "grade_id": old.get("grade_id") or ids[0],
                "locked": True,
                "points": old.get("points", len(ids)),
                "solution": False,
            }
        if meta is not None:
            meta["schema_version"] = _NBGRADER_SCHEMA
            meta["task"] = False
            meta = {**old, **meta}
        elif old:
            meta = old
        result.append(meta)
    ids = [m["grade_id"] for m in result if m and m.get("grade_id")]
    duplicates = sorted({g for g in ids if ids.count(g) > 1})
    if duplicates:
        raise ExerciseError(
            f"{name}: nbgrader grade_id {duplicates[0]!r} is used by more than one cell"
        )
    return result


def _apply_nbgrader(nb: Any, name: str) -> None:
    for cell, meta in zip(nb.cells, nbgrader_metadata(nb, name), strict=True):
        if meta is not None:
            cell.metadata["nbgrader"] = meta


def _base_notebook(lesson: _Lesson, values: dict[str, Any]) -> Any:
    """A copy of the lesson with parameters set, outputs cleared, nbgrader metadata added."""
    nb = copy.deepcopy(lesson.nb)
    _apply_nbgrader(nb, lesson.name)
    for index, cell in enumerate(nb.cells):
        cell.metadata.pop("execution", None)
        if "id" not in cell:
            digest = hashlib.sha256(f"{lesson.name}\x00{index}".encode()).hexdigest()
            cell["id"] = digest[:12]
        if cell.cell_type == "code":
            cell.outputs = []
            cell.execution_count = None
            if PARAMETERS_TAG in _tags(cell):
                cell.source = _with_parameters(cell.source, values)
    nb.metadata["kernelspec"] = dict(_KERNELSPEC)
    info = nb.metadata.get("language_info", {})
    nb.metadata["language_info"] = {k: info[k] for k in _LANGUAGE_KEYS if k in info} or {
        "name": "python"
    }
    return nb


def _student_notebook(lesson: _Lesson, values: dict[str, Any]) -> Any:
    nb = _base_notebook(lesson, values)
    used = names_outside_solutions(nb)
    for index, cell in enumerate(nb.cells):
        solution = student_source(cell, _where(lesson.path, index), used)
        if solution != cell.source:
            cell.source = solution
            cell.pop("attachments", None)
    return nb


def _notebook_bytes(nb: Any) -> bytes:
    import nbformat

    text = nbformat.writes(nb, version=4)
    return (text if text.endswith("\n") else text + "\n").encode("utf-8")


# --------------------------------------------------------------------------- running keys


def _kernel_manager() -> Any:
    """A kernel manager whose ``python3`` kernel runs this interpreter (same hrlesson)."""
    from ipykernel.kernelspec import RESOURCES
    from jupyter_client.kernelspec import KernelSpec, KernelSpecManager
    from jupyter_client.manager import AsyncKernelManager

    class _ThisPython(KernelSpecManager):
        def get_kernel_spec(self, kernel_name: str) -> KernelSpec:
            return KernelSpec(
                argv=[sys.executable, "-m", "ipykernel_launcher", "-f", "{connection_file}"],
                display_name=_KERNELSPEC["display_name"],
                language="python",
                resource_dir=RESOURCES,
            )

    return AsyncKernelManager(kernel_name="python3", kernel_spec_manager=_ThisPython())


def execute_notebook(nb: Any, folder: Path, label: str, env: dict[str, str] | None = None) -> Any:
    """Run a notebook top to bottom in a fresh ``python3`` kernel (cwd ``folder``).

    Raises
    ------
    ExerciseError : a cell raised; the message names ``label`` and the cell.
    """
    from nbclient import NotebookClient
    from nbclient.exceptions import CellControlSignal, DeadKernelError

    client = NotebookClient(
        nb,
        km=_kernel_manager(),
        timeout=CELL_TIMEOUT,
        record_timing=False,
        allow_errors=False,
        resources={"metadata": {"path": str(folder)}},
    )
    try:
        with warnings.catch_warnings(), _signal_handlers_kept():
            warnings.simplefilter("ignore")
            client.execute(
                env=env if env is not None else dict(os.environ),
                stderr=subprocess.DEVNULL,
                cleanup_kc=True,  # stop the client's sockets and the kernel
            )
    except BaseException as exc:
        if _was_interrupted(client, exc):
            raise KeyboardInterrupt from None
        if not isinstance(
            exc, (CellControlSignal, DeadKernelError, RuntimeError, OSError, KeyError)
        ):
            raise
        for index, cell in enumerate(nb.cells):
            for output in cell.get("outputs", []):
                if output.get("output_type") == "error":
                    raise ExerciseError(
                        f"{label} cell {index + 1} failed: {output.get('ename')}: "
                        f"{str(output.get('evalue'))[:300]}"
                    ) from None
        raise ExerciseError(f"{label}: could not be run ({type(exc).__name__}: {exc})") from None
    for cell in nb.cells:
        cell.metadata.pop("execution", None)
        _merge_streams(cell)
    info = nb.metadata.get("language_info", {})
    nb.metadata["language_info"] = {k: info[k] for k in _LANGUAGE_KEYS if k in info}
    return nb


def _was_interrupted(client: Any, exc: BaseException) -> bool:
    """True when Ctrl+C (or SIGTERM) stopped the kernel rather than a failing cell.

    nbclient handles those signals itself: it shuts the kernel down, and the run then
    ends in ``CancelledError``, "kernel died" or an ``AssertionError`` in its cleanup.
    """
    if getattr(client, "_async_cleanup_kernel_future", None) is not None:  # nbclient's mark
        return True
    seen: BaseException | None = exc
    while seen is not None:
        if isinstance(seen, (KeyboardInterrupt, asyncio.CancelledError)):
            return True
        seen = seen.__context__
    return False


@contextlib.contextmanager
def _signal_handlers_kept():
    """Restore the SIGINT/SIGTERM handlers that nbclient resets to the defaults."""
    if threading.current_thread() is not threading.main_thread():
        yield
        return
    previous = {s: signal.getsignal(s) for s in (signal.SIGINT, signal.SIGTERM)}
    try:
        yield
    finally:
        for signum, handler in previous.items():
            if handler is not None:
                signal.signal(signum, handler)


def _merge_streams(cell: Any) -> None:
    """Join consecutive stdout (or stderr) outputs: how the kernel happened to split printed
    text between messages must not change the saved notebook."""
    merged: list[Any] = []
    for output in cell.get("outputs", []):
        last = merged[-1] if merged else None
        if (
            output.get("output_type") == "stream"
            and last is not None
            and last.get("output_type") == "stream"
            and last.get("name") == output.get("name")
        ):
            last["text"] = last["text"] + output["text"]
        else:
            merged.append(output)
    if "outputs" in cell:
        cell["outputs"] = merged


def _refuse_edits_before_running_keys(
    lessons: list[_Lesson], values: dict[str, Any], out: Path, keys: Path, force: bool
) -> None:
    """Refuse now, not after a minute of running keys, to overwrite an edited generated file."""
    student = {ls.name: _notebook_bytes(_student_notebook(ls, values)) for ls in lessons}
    _plan_folder(out, student, force, "student notebooks")
    _plan_folder(keys, {}, force, "answer keys")


def _key_env(record: Path) -> dict[str, str]:
    env = {k: v for k, v in os.environ.items() if k not in (CHECKS_ENV, RAISE_ENV)}
    env[RECORD_ENV] = str(record)
    return env


def _read_records(path: Path, lesson: _Lesson) -> dict[str, dict[str, Any]]:
    found: dict[str, dict[str, Any]] = {}
    if path.exists():
        for line in path.read_text(encoding="utf-8").splitlines():
            item = json.loads(line)
            qid = item["id"]
            if qid in found and [found[qid]["kind"], found[qid]["value"]] != [
                item["kind"],
                item["value"],
            ]:
                raise ExerciseError(
                    f"{lesson.path}: question {qid!r} is checked twice with different answers"
                )
            found[qid] = item
    missing = [q for q in lesson.questions if q not in found]
    if missing:
        raise ExerciseError(
            f"{lesson.path}: the answer key never called check({missing[0]!r}, ...); "
            "is the check inside an if or a function?"
        )
    return found


# --------------------------------------------------------------------------- writing folders


def _sha(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest()


@dataclass
class _Plan:
    folder: Path
    files: dict[str, bytes]
    delete: list[str]
    changed: bool


def _plan_folder(folder: Path, files: dict[str, bytes], force: bool, what: str) -> _Plan:
    """Decide what to write; refuse to overwrite files edited since they were generated."""
    if folder.exists() and not folder.is_dir():
        raise InputError(f"{folder}: exists and is not a folder")
    old: dict[str, str] = {}
    manifest = folder / MANIFEST_FILE
    if manifest.exists():
        try:
            old = dict(json.loads(manifest.read_text(encoding="utf-8"))["files"])
        except (ValueError, KeyError, TypeError, OSError):
            if not force:
                raise ExerciseError(
                    f"{manifest}: is damaged, so hrlesson cannot tell which files it generated; "
                    "rerun with --force to overwrite the folder's generated files"
                ) from None
    conflicts = []
    for name, digest in old.items():
        path = folder / name
        if path.is_file() and _sha(path.read_bytes()) != digest:
            conflicts.append((name, "was edited since it was generated"))
    for name, data in files.items():
        path = folder / name
        if (
            name not in old
            and name != MANIFEST_FILE
            and path.exists()
            and (not path.is_file() or path.read_bytes() != data)
        ):
            conflicts.append((name, "was not generated by hrlesson"))
    if conflicts and not force:
        name, why = min(conflicts)
        more = f" (and {len(conflicts) - 1} more)" if len(conflicts) > 1 else ""
        raise ExerciseError(
            f"{folder / name}: {why}{more}; refusing to overwrite {what}. Save your "
            "changes under another name or folder, or rerun with --force to overwrite"
        )
    delete = sorted(n for n in old if n not in files and (folder / n).is_file())
    changed = bool(delete) or any(
        not (folder / n).is_file() or (folder / n).read_bytes() != data for n, data in files.items()
    )
    return _Plan(folder, files, delete, changed)


def _write_plans(plans: list[_Plan]) -> list[Replacement]:
    """Write the changed folders together, or none of them (see :mod:`hrlesson.output_folder`).

    Files not generated by hrlesson are copied into the new folder; what a build with
    ``force`` replaces is kept in a ``<folder>.backup-<time>`` folder beside it.
    """
    changed = [plan for plan in plans if plan.changed]
    if not changed:
        return []
    with contextlib.ExitStack() as stack:
        pairs = []
        for plan in changed:
            tmp = stack.enter_context(staging_folder(plan.folder))
            _fill_staging(plan, tmp)
            pairs.append((tmp, plan.folder))
        return replace_folders(pairs)


def _fill_staging(plan: _Plan, tmp: Path) -> None:
    replaced = set(plan.files) | set(plan.delete)
    if plan.folder.is_dir():
        for item in sorted(plan.folder.iterdir()):
            if item.name in replaced:
                continue
            if item.is_dir() and not item.is_symlink():
                shutil.copytree(item, tmp / item.name, symlinks=True)
            else:
                shutil.copy2(item, tmp / item.name, follow_symlinks=False)
    for name, data in plan.files.items():
        target = tmp / name
        target.parent.mkdir(parents=True, exist_ok=True)
        target.write_bytes(data)


def _write_file_atomically(path: Path, data: bytes) -> None:
    if path.is_file() and path.read_bytes() == data:
        return
    fd, tmp = tempfile.mkstemp(prefix=f".{path.name}.", dir=path.parent)
    try:
        with os.fdopen(fd, "wb") as fh:
            fh.write(data)
        os.chmod(tmp, 0o644)
        os.replace(tmp, path)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise


def _manifest(files: dict[str, bytes], info: dict[str, Any]) -> bytes:
    doc = {
        "format": "hrlesson-manifest/1",
        "about": "Files generated by `hrlesson exercises build`; an edited file is not "
        "overwritten without --force.",
        **info,
        "files": {name: _sha(data) for name, data in sorted(files.items())},
    }
    return (json.dumps(doc, indent=1, ensure_ascii=False) + "\n").encode("utf-8")


# --------------------------------------------------------------------------- reusing keys


def _package_fingerprint() -> str:
    """A hash of hrlesson's code and data (not the CMU dictionary): answers depend on it."""
    root = Path(__file__).resolve().parent
    digest = hashlib.sha256()
    for path in sorted(root.rglob("*")):
        rel = path.relative_to(root).as_posix()
        if path.is_file() and "nltk_data" not in rel and "__pycache__" not in rel:
            digest.update(rel.encode() + b"\x00" + path.read_bytes() + b"\x00")
    return digest.hexdigest()


def _previous_keys(keys_dir: Path) -> dict[str, tuple[str, bytes, dict[str, dict[str, Any]]]]:
    """Keys of an earlier build that can be reused: name -> (inputs hash, bytes, records).

    A key is reused only when its inputs (lesson, parameters, article, hrlesson's code)
    are unchanged and the key file still matches the manifest.
    """
    try:
        manifest = json.loads((keys_dir / MANIFEST_FILE).read_text(encoding="utf-8"))
        answers = json.loads((keys_dir / KEY_ANSWERS_FILE).read_text(encoding="utf-8"))
        files, inputs = dict(manifest["files"]), dict(manifest["inputs"])
        questions = dict(answers["questions"])
    except (OSError, ValueError, KeyError, TypeError):
        return {}
    if _sha((keys_dir / KEY_ANSWERS_FILE).read_bytes()) != files.get(KEY_ANSWERS_FILE):
        return {}
    found = {}
    for name, digest in inputs.items():
        path = keys_dir / name
        if not path.is_file():
            continue
        data = path.read_bytes()
        if _sha(data) != files.get(name):
            continue
        stem = name.removesuffix(".ipynb")
        records = {
            qid: {"kind": q["kind"], "value": q["normalised"], "shown": q["answer"]}
            for qid, q in questions.items()
            if q.get("notebook") == stem
        }
        found[name] = (digest, data, records)
    return found


# --------------------------------------------------------------------------- the build


@dataclass
class BuildResult:
    """What a build wrote, and how long it took."""

    out: Path
    keys: Path
    lessons: list[str]
    questions: list[str]
    changed: bool
    seconds_total: float
    seconds_execute: float
    backups: list[Replacement] = field(default_factory=list)  # what --force replaced, kept


def _article_setup(article: str | os.PathLike[str] | None, date: str | None) -> Any:
    from .article import load_article, parse_date_argument
    from .practice import load_practice_article

    if date is not None:
        parse_date_argument(date)
    if article is not None and not Path(article).is_file():
        raise InputError(f"{article}: no such article file")
    with warnings.catch_warnings():
        warnings.simplefilter("ignore", HrlessonWarning)
        if article is None:  # default: the constructed practice article
            loaded = load_practice_article()
        else:
            loaded = load_article(article, date=date)
    if loaded.date is None:
        raise ExerciseError(
            f"{article}: the article has no dated dateline; give its date with --date YYYY-MM-DD"
        )
    return loaded


def _with_article_advice(exc: ExerciseError, article: Any, loaded: Any) -> ExerciseError:
    """A failing key on the instructor's own article: say what the article lacks."""
    if article is None:
        return exc
    from .quotes import quotes

    n_sentences = int((loaded.sentences.kind == "body").sum())
    n_quotes = len(quotes(loaded))
    return ExerciseError(
        f"{exc}. The lessons could not run on {article} ({n_sentences} body sentence(s), "
        f"{n_quotes} quote(s)): choose a longer article with several paragraphs and quoted "
        f"speakers (check what hrlesson finds in it with `hrlesson extract {article} --out "
        "tables/`), or write the exercises for this article by hand"
    )


def _check_folders(source: Path, out: Path, keys: Path) -> None:
    paths = {"--source": source.resolve(), "--out": out.resolve(), "--keys": keys.resolve()}
    names = list(paths)
    for i, a in enumerate(names):
        for b in names[i + 1 :]:
            pa, pb = paths[a], paths[b]
            if pa == pb or pa in pb.parents or pb in pa.parents:
                raise ExerciseError(
                    f"{a} ({pa}) and {b} ({pb}) must be separate folders, neither inside the other"
                )


def student_notebooks(
    source: str | os.PathLike[str] = "notebooks",
    *,
    article: str | os.PathLike[str] | None = None,
    date: str | None = None,
    seed: int = 0,
) -> dict[str, bytes]:
    """The student notebooks a build would write (file name -> bytes), without running keys.

    Used to check that a committed ``exercises/`` folder is up to date.
    """
    lessons = _read_lessons(Path(source))
    values = _parameter_values(article, date, seed)
    return {ls.name: _notebook_bytes(_student_notebook(ls, values)) for ls in lessons}


def _parameter_values(article: Any, date: str | None, seed: int) -> dict[str, Any]:
    return {
        "EXERCISE_ARTICLE": Path(article).name if article is not None else None,
        "EXERCISE_DATE": date,
        "SEED": seed,
    }


def build_exercises(
    source: str | os.PathLike[str] = "notebooks",
    *,
    article: str | os.PathLike[str] | None = None,
    date: str | None = None,
    seed: int = 0,
    out: str | os.PathLike[str] = "exercises",
    keys: str | os.PathLike[str] | None = None,
    force: bool = False,
    log: Any = None,
) -> BuildResult:
    """Build student notebooks and re-executed answer keys from the lessons in ``source``.

    Parameters
    ----------
    source : folder of instructor notebooks (complete, solutions marked).
    article : the exercise article (a text file); None = the constructed practice article.
    date : the exercise article's date, when it has no dated dateline.
    seed : exercise variant (``SEED`` in the notebooks).
    out : folder for the student notebooks.
    keys : folder for the answer keys (default: ``<out>-keys`` beside ``out``).
    force : overwrite generated files even if they were edited since.
    log : a callable for progress lines (e.g. ``print``), or None.

    Returns
    -------
    BuildResult

    Raises
    ------
    InputError, ExerciseError : bad lessons, article or folders. Nothing is written then.
    """
    started = time.perf_counter()
    if isinstance(seed, bool) or not isinstance(seed, int) or seed < 0:
        raise ExerciseError(f"seed must be a whole number >= 0, not {seed!r}")
    source_dir, out_dir = Path(source), Path(out)
    keys_dir = Path(keys) if keys is not None else out_dir.with_name(out_dir.name + "-keys")
    lessons = _read_lessons(source_dir)
    _check_folders(source_dir, out_dir, keys_dir)
    for folder in (out_dir, keys_dir):
        check_writable(folder)
    loaded = _article_setup(article, date)
    salt = _sha(
        f"hrlesson-checks\x00{loaded.meta['sha256']}\x00{loaded.meta['date']}\x00{seed}".encode()
    )[:32]
    values = _parameter_values(article, date, seed)
    article_name = values["EXERCISE_ARTICLE"]
    reserved = {ls.name for ls in lessons} | {CHECKS_FILE, MANIFEST_FILE, KEY_ANSWERS_FILE}
    if article_name in reserved:
        raise ExerciseError(f"{article}: rename the article; {article_name!r} is a generated file")
    article_bytes = Path(article).read_bytes() if article is not None else None
    _refuse_edits_before_running_keys(lessons, values, out_dir, keys_dir, force)

    student: dict[str, bytes] = {}
    keyed: dict[str, bytes] = {}
    answers: dict[str, tuple[str, Any]] = {}
    shown: dict[str, Any] = {}
    owner: dict[str, str] = {}
    seconds_execute = 0.0
    fingerprint = _package_fingerprint()
    previous = _previous_keys(keys_dir)
    inputs: dict[str, str] = {}
    with tempfile.TemporaryDirectory(prefix="hrlesson-keys-") as work:
        workdir = Path(work)
        if article_bytes is not None:
            (workdir / article_name).write_bytes(article_bytes)
        for lesson in lessons:
            student[lesson.name] = _notebook_bytes(_student_notebook(lesson, values))
            inputs[lesson.name] = _sha(
                json.dumps(
                    [fingerprint, _sha(lesson.raw), values, salt, loaded.meta["date"]]
                ).encode()
            )
            cached = previous.get(lesson.name)
            if cached is not None and cached[0] == inputs[lesson.name]:
                keyed[lesson.name], records = cached[1], cached[2]
                if log:
                    log(f"{lesson.name}: key unchanged (not rerun)")
            else:
                key = _base_notebook(lesson, values)
                record = workdir / f".record-{lesson.stem}.jsonl"
                t0 = time.perf_counter()
                try:
                    execute_notebook(key, workdir, f"{lesson.path} (answer key)", _key_env(record))
                except ExerciseError as exc:
                    raise _with_article_advice(exc, article, loaded) from None
                seconds_execute += time.perf_counter() - t0
                if log:
                    log(f"{lesson.name}: key ran in {time.perf_counter() - t0:.1f} s")
                records = _read_records(record, lesson)
                keyed[lesson.name] = _notebook_bytes(key)
            for qid, item in records.items():
                if qid in owner and owner[qid] != lesson.stem:
                    raise ExerciseError(
                        f"question id {qid!r} is checked in {owner[qid]} and {lesson.stem}"
                    )
                owner[qid] = lesson.stem
                answers[qid] = (item["kind"], item["value"])
                shown[qid] = {
                    "notebook": lesson.stem,
                    "kind": item["kind"],
                    "answer": item["shown"],
                    "normalised": item["value"],
                }

    checks = checks_json(answers, salt=salt, notebooks=owner, canonical=True).encode("utf-8")
    info = {
        "article": {
            "name": loaded.name,
            "file": article_name,
            "date": loaded.meta["date"],
            "sha256": loaded.meta["sha256"],
        },
        "seed": seed,
        "sources": {ls.name: _sha(ls.raw) for ls in lessons},
    }
    key_info = {**info, "inputs": inputs}
    student[CHECKS_FILE] = checks
    keyed[CHECKS_FILE] = checks
    keyed[KEY_ANSWERS_FILE] = (
        json.dumps(
            {
                "about": "The expected answers in plain text. For instructors only: "
                "never hand this folder to students.",
                **info,
                "questions": shown,
            },
            indent=1,
            ensure_ascii=False,
            default=str,
        )
        + "\n"
    ).encode("utf-8")
    if article_bytes is not None:
        student[article_name] = article_bytes
        keyed[article_name] = article_bytes
    student[MANIFEST_FILE] = _manifest(student, info)
    keyed[MANIFEST_FILE] = _manifest(keyed, key_info)

    plans = [
        _plan_folder(out_dir, student, force, "student notebooks"),
        _plan_folder(keys_dir, keyed, force, "answer keys"),
    ]
    replaced = _write_plans(plans)
    if article is None and date is None and seed == 0:
        source_checks = checks_json(
            answers, salt=salt, notebooks=owner, scope="source", canonical=True
        )
        _write_file_atomically(source_dir / CHECKS_FILE, source_checks.encode("utf-8"))
    return BuildResult(
        out=out_dir,
        keys=keys_dir,
        lessons=[ls.name for ls in lessons],
        questions=list(answers),
        changed=any(p.changed for p in plans),
        seconds_total=time.perf_counter() - started,
        seconds_execute=seconds_execute,
        backups=[r for r in replaced if r.backup is not None],
    )


def tag_lessons(source: str | os.PathLike[str] = "notebooks", *, check: bool = False) -> list[Path]:
    """Add nbgrader cell metadata to the lessons in ``source`` (in place).

    Parameters
    ----------
    source : folder of instructor notebooks.
    check : only report the notebooks that need tagging; change nothing.

    Returns
    -------
    list of Path : the notebooks that were (or, with ``check``, would be) changed.
    """
    changed = []
    for lesson in _read_lessons(Path(source)):
        nb = copy.deepcopy(lesson.nb)
        _apply_nbgrader(nb, lesson.name)
        if nb != lesson.nb:
            changed.append(lesson.path)
            if not check:
                _write_file_atomically(lesson.path, _notebook_bytes(nb))
    return changed


# --------------------------------------------------------------------------- command line


def add_cli(sub: argparse._SubParsersAction) -> None:
    """Add ``hrlesson exercises build`` and ``hrlesson exercises tag`` to the command line."""
    parser = sub.add_parser(
        "exercises",
        help="build student notebooks and answer keys from the lessons",
        description="Turn the instructor lessons (with solutions) into student notebooks "
        "with self-checks, and answer keys.",
    )
    parser.set_defaults(func=lambda args: parser.print_help() or 0)
    commands = parser.add_subparsers(title="commands", metavar="COMMAND")

    p = commands.add_parser(
        "build",
        help="write student notebooks and answer keys",
        description="Write student notebooks (solutions replaced by stubs, outputs cleared, "
        "hashed answers for hrlesson.check) and re-executed answer keys.",
    )
    p.add_argument(
        "--source", default="notebooks", metavar="DIR", help="lessons (default notebooks)"
    )
    p.add_argument(
        "--article", metavar="PATH", help="exercise article (default: the practice article)"
    )
    p.add_argument("--date", metavar="YYYY-MM-DD", help="date of an article without a dateline")
    p.add_argument(
        "--seed", type=whole_number(0), default=0, metavar="N", help="exercise variant (default 0)"
    )
    p.add_argument(
        "--out", default="exercises", metavar="DIR", help="student notebooks (default exercises)"
    )
    p.add_argument("--keys", metavar="DIR", help="answer keys (default: <out>-keys)")
    p.add_argument(
        "--force",
        action="store_true",
        help="overwrite generated files edited since (the old versions are kept in a "
        "<folder>.backup-<time> folder)",
    )
    p.set_defaults(func=_cmd_build)

    p = commands.add_parser(
        "tag",
        help="add nbgrader cell metadata to the lessons",
        description="Add or fix nbgrader metadata on solution and check cells, in place.",
    )
    p.add_argument(
        "--source", default="notebooks", metavar="DIR", help="lessons (default notebooks)"
    )
    p.add_argument(
        "--check", action="store_true", help="change nothing; exit 1 if tagging is needed"
    )
    p.set_defaults(func=_cmd_tag)


def _cmd_build(args: argparse.Namespace) -> int:
    def log(line: str) -> None:
        print(line, file=sys.stderr, flush=True)

    result = build_exercises(
        args.source,
        article=args.article,
        date=args.date,
        seed=args.seed,
        out=args.out,
        keys=args.keys,
        force=args.force,
        log=log,
    )
    for replaced in result.backups:
        shown = ", ".join(replaced.kept[:5]) + (" ..." if len(replaced.kept) > 5 else "")
        log(f"kept {len(replaced.kept)} replaced file(s) in {replaced.backup}: {shown}")
    state = "wrote" if result.changed else "unchanged:"
    log(
        f"{state} {len(result.lessons)} student notebooks in {result.out} and answer keys in "
        f"{result.keys} ({len(result.questions)} checked questions, {result.seconds_total:.1f} s)"
    )
    return 0


def _cmd_tag(args: argparse.Namespace) -> int:
    changed = tag_lessons(args.source, check=args.check)
    for path in changed:
        print(f"{'needs tagging' if args.check else 'tagged'}: {path}", file=sys.stderr)
    if args.check and changed:
        return 1
    if not changed:
        print("nbgrader metadata is up to date", file=sys.stderr)
    return 0
