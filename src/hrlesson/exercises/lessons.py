"""Reading instructor lessons and turning them into student and key notebooks."""

from __future__ import annotations

import ast
import copy
import hashlib
import io
import json
import re
import textwrap
import tokenize
import warnings
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from ..errors import ExerciseError, InputError

#: The expected answers in plain text, written only into the keys folder.
KEY_ANSWERS_FILE = "key-answers.json"
#: Cell tags the builder reads.
SOLUTION_TAG = "solution"
PARAMETERS_TAG = "parameters"
#: The names the builder sets in a lesson's parameters cell.
PARAMETER_NAMES = ("EXERCISE_ARTICLE", "EXERCISE_DATE", "SEED")
CODE_STUB = "# YOUR CODE HERE"
#: What a student sees in a written-answer cell (nbgrader's own stub says "YOUR ANSWER HERE";
#: set ``c.ClearSolutions.text_stub`` to this text to release the same words).
TEXT_STUB = "Write your answer here, in your own words."
#: Seconds a single cell of an answer key may run.
CELL_TIMEOUT = 300

_MARKER_TEXT = re.compile(r"(BEGIN|END) SOLUTION")
_BEGIN = re.compile(r"^(\s*)#+\s*BEGIN SOLUTION\s*$")
_END = re.compile(r"^\s*#+\s*END SOLUTION\s*$")
_CHECK_CALL = re.compile(r"""\bcheck\(\s*(?:question\s*=\s*)?(['"])([^'"\n]*)\1""")
_QUESTION_ID = re.compile(r"^[a-z0-9][a-z0-9_.-]{0,79}$")
_REPO_PATH = re.compile(r"""(?<![\w'"])[rRbBuUfF]{0,2}(['"])(\.\./|/(?:[\w.-]+/)+)""")
KERNELSPEC = {"display_name": "Python 3 (ipykernel)", "language": "python", "name": "python3"}
#: The ``language_info`` a Python 3 kernel (ipykernel) reports, but its ``version``: JupyterLab
#: writes the kernel's into a notebook when it opens, and a notebook whose stored one differs
#: shows as unsaved at once. The patch-level version differs between machines, so the
#: generated files leave it out (the same bytes everywhere); `hrlesson lessons` and Binder's
#: postBuild add this Python's (:func:`hrlesson.launch.with_this_python`).
LANGUAGE_INFO = {
    "codemirror_mode": {"name": "ipython", "version": 3},
    "file_extension": ".py",
    "mimetype": "text/x-python",
    "name": "python",
    "nbconvert_exporter": "python",
    "pygments_lexer": "ipython3",
}
_NBGRADER_SCHEMA = 3


# --------------------------------------------------------------------------- reading lessons


@dataclass
class Lesson:
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


def _read_lesson(path: Path) -> Lesson:
    nb, raw = _read_notebook(path)
    lesson = Lesson(path.name, path, nb, raw)
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
        _check_parameters_cell(path, nb, parameters)
    seen: set[str] = set()
    for qid in lesson.questions:
        if qid in seen:
            raise ExerciseError(f"{path}: question id {qid!r} is checked twice")
        seen.add(qid)
    return lesson


def _check_parameters_cell(path: Path, nb: Any, parameters: list[int]) -> None:
    """A lesson with exercises has one parameters cell, setting every parameter."""
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


def read_lessons(source: Path) -> list[Lesson]:
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


def apply_nbgrader(nb: Any, name: str) -> None:
    for cell, meta in zip(nb.cells, nbgrader_metadata(nb, name), strict=True):
        if meta is not None:
            cell.metadata["nbgrader"] = meta


def base_notebook(lesson: Lesson, values: dict[str, Any]) -> Any:
    """A copy of the lesson with parameters set, outputs cleared, nbgrader metadata added."""
    nb = copy.deepcopy(lesson.nb)
    apply_nbgrader(nb, lesson.name)
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
    nb.metadata["kernelspec"] = dict(KERNELSPEC)
    nb.metadata["language_info"] = copy.deepcopy(LANGUAGE_INFO)
    return nb


def student_notebook(lesson: Lesson, values: dict[str, Any]) -> Any:
    nb = base_notebook(lesson, values)
    used = names_outside_solutions(nb)
    for index, cell in enumerate(nb.cells):
        solution = student_source(cell, _where(lesson.path, index), used)
        if solution != cell.source:
            cell.source = solution
            cell.pop("attachments", None)
    return nb


def notebook_bytes(nb: Any) -> bytes:
    import nbformat

    text = nbformat.writes(nb, version=4)
    return (text if text.endswith("\n") else text + "\n").encode("utf-8")
