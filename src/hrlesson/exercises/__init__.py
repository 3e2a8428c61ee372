"""Build student notebooks and answer keys from the instructor's lessons.

``hrlesson exercises build`` reads every lesson in ``notebooks/`` (complete, with the
solutions marked nbgrader-style), and writes

* ``exercises/``: student notebooks (solutions replaced by stubs, outputs cleared), the
  hashed expected answers ``.hrlesson-checks.json`` and a manifest of what was generated;
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
import copy
import hashlib
import json
import os
import sys
import tempfile
import time
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from ..arguments import whole_number
from ..checks import CHECKS_FILE, LEGACY_CHECKS_FILE, checks_json
from ..errors import ExerciseError
from ..output_folder import (
    MANIFEST_FILE,
    Replacement,
)
from .lessons import (
    KERNELSPEC,
    KEY_ANSWERS_FILE,
    LANGUAGE_INFO,
    TEXT_STUB,
    Lesson,
    apply_nbgrader,
    base_notebook,
    names_outside_solutions,
    nbgrader_metadata,
    notebook_bytes,
    read_lessons,
    student_notebook,
    student_source,
)
from .preparing import BuildSetup, parameter_values, prepare_build, with_article_advice
from .running import execute_notebook, key_env, merge_streams, read_records
from .writing import (
    manifest_bytes,
    plan_folder,
    previous_keys,
    sha256_hex,
    write_file_atomically,
    write_plans,
)

__all__ = [
    "KERNELSPEC",
    "KEY_ANSWERS_FILE",
    "LANGUAGE_INFO",
    "MANIFEST_FILE",
    "TEXT_STUB",
    "BuildResult",
    "add_cli",
    "build_exercises",
    "merge_streams",
    "names_outside_solutions",
    "nbgrader_metadata",
    "student_notebooks",
    "student_source",
    "tag_lessons",
]


# --------------------------------------------------------------------------- reusing keys


def _package_fingerprint() -> str:
    """A hash of hrlesson's code and data (not the CMU dictionary): answers depend on it."""
    root = Path(__file__).resolve().parent.parent
    digest = hashlib.sha256()
    for path in sorted(root.rglob("*")):
        rel = path.relative_to(root).as_posix()
        if path.is_file() and "nltk_data" not in rel and "__pycache__" not in rel:
            digest.update(rel.encode() + b"\x00" + path.read_bytes() + b"\x00")
    return digest.hexdigest()


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
    lessons = read_lessons(Path(source))
    values = parameter_values(article, date, seed)
    return {ls.name: notebook_bytes(student_notebook(ls, values)) for ls in lessons}


@dataclass
class _KeyRun:
    """The files and answers gathered while the keys run."""

    student: dict[str, bytes] = field(default_factory=dict)
    keyed: dict[str, bytes] = field(default_factory=dict)
    answers: dict[str, tuple[str, Any]] = field(default_factory=dict)
    shown: dict[str, Any] = field(default_factory=dict)
    owner: dict[str, str] = field(default_factory=dict)
    inputs: dict[str, str] = field(default_factory=dict)
    seconds_execute: float = 0.0


def _run_keys(setup: BuildSetup, article: Any, log: Any) -> _KeyRun:
    """Student notebooks and executed keys (reused when their inputs are unchanged)."""
    run = _KeyRun()
    fingerprint = _package_fingerprint()
    previous = previous_keys(setup.keys_dir)
    with tempfile.TemporaryDirectory(prefix="hrlesson-keys-") as work:
        workdir = Path(work)
        if setup.article_bytes is not None:
            (workdir / setup.values["EXERCISE_ARTICLE"]).write_bytes(setup.article_bytes)
        for lesson in setup.lessons:
            run.student[lesson.name] = notebook_bytes(student_notebook(lesson, setup.values))
            run.inputs[lesson.name] = sha256_hex(
                json.dumps(
                    [
                        fingerprint,
                        sha256_hex(lesson.raw),
                        setup.values,
                        setup.salt,
                        setup.loaded.meta["date"],
                    ]
                ).encode()
            )
            cached = previous.get(lesson.name)
            if cached is not None and cached[0] == run.inputs[lesson.name]:
                run.keyed[lesson.name], records = cached[1], cached[2]
                if log:
                    log(f"{lesson.name}: key unchanged (not rerun)")
            else:
                records = _execute_key(lesson, setup, workdir, article, log, run)
            _add_records(run, lesson, records)
    return run


def _execute_key(
    lesson: Lesson, setup: BuildSetup, workdir: Path, article: Any, log: Any, run: _KeyRun
) -> dict[str, dict[str, Any]]:
    """Run one lesson's answer key in ``workdir``; the answers its checks recorded."""
    key = base_notebook(lesson, setup.values)
    record = workdir / f".record-{lesson.stem}.jsonl"
    t0 = time.perf_counter()
    try:
        execute_notebook(key, workdir, f"{lesson.path} (answer key)", key_env(record))
    except ExerciseError as exc:
        raise with_article_advice(exc, article, setup.loaded) from None
    run.seconds_execute += time.perf_counter() - t0
    if log:
        log(f"{lesson.name}: key ran in {time.perf_counter() - t0:.1f} s")
    records = read_records(record, lesson)
    run.keyed[lesson.name] = notebook_bytes(key)
    return records


def _add_records(run: _KeyRun, lesson: Lesson, records: dict[str, dict[str, Any]]) -> None:
    for qid, item in records.items():
        if qid in run.owner and run.owner[qid] != lesson.stem:
            raise ExerciseError(
                f"question id {qid!r} is checked in {run.owner[qid]} and {lesson.stem}"
            )
        run.owner[qid] = lesson.stem
        run.answers[qid] = (item["kind"], item["value"])
        run.shown[qid] = {
            "notebook": lesson.stem,
            "kind": item["kind"],
            "answer": item["shown"],
            "normalised": item["value"],
        }


def _add_generated_files(setup: BuildSetup, run: _KeyRun, seed: int) -> None:
    """Add the hashed checks, plain-text answers, article and manifests to both folders."""
    loaded = setup.loaded
    article_name = setup.values["EXERCISE_ARTICLE"]
    checks = checks_json(run.answers, salt=setup.salt, notebooks=run.owner, canonical=True).encode(
        "utf-8"
    )
    info = {
        "article": {
            "name": loaded.name,
            "file": article_name,
            "date": loaded.meta["date"],
            "sha256": loaded.meta["sha256"],
        },
        "seed": seed,
        "sources": {ls.name: sha256_hex(ls.raw) for ls in setup.lessons},
    }
    key_info = {**info, "inputs": run.inputs}
    run.student[CHECKS_FILE] = checks
    run.keyed[CHECKS_FILE] = checks
    run.keyed[KEY_ANSWERS_FILE] = (
        json.dumps(
            {
                "about": "The expected answers in plain text. For instructors only: "
                "never hand this folder to students.",
                **info,
                "questions": run.shown,
            },
            indent=1,
            ensure_ascii=False,
            default=str,
        )
        + "\n"
    ).encode("utf-8")
    if setup.article_bytes is not None:
        run.student[article_name] = setup.article_bytes
        run.keyed[article_name] = setup.article_bytes
    run.student[MANIFEST_FILE] = manifest_bytes(run.student, info)
    run.keyed[MANIFEST_FILE] = manifest_bytes(run.keyed, key_info)


def _drop_legacy_checks(folder: Path) -> None:
    """Delete ``hrlesson-checks.json`` (its name before it was hidden) when it is hrlesson's."""
    legacy = folder / LEGACY_CHECKS_FILE
    try:
        doc = json.loads(legacy.read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return
    if isinstance(doc, dict) and str(doc.get("format", "")).startswith("hrlesson-checks/"):
        legacy.unlink(missing_ok=True)


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
    setup = prepare_build(source, article, date, seed, out, keys, force)
    run = _run_keys(setup, article, log)
    _add_generated_files(setup, run, seed)
    plans = [
        plan_folder(setup.out_dir, run.student, force, "student notebooks"),
        plan_folder(setup.keys_dir, run.keyed, force, "answer keys"),
    ]
    replaced = write_plans(plans)
    if article is None and date is None and seed == 0:
        source_checks = checks_json(
            run.answers, salt=setup.salt, notebooks=run.owner, scope="source", canonical=True
        )
        write_file_atomically(setup.source_dir / CHECKS_FILE, source_checks.encode("utf-8"))
        _drop_legacy_checks(setup.source_dir)
    return BuildResult(
        out=setup.out_dir,
        keys=setup.keys_dir,
        lessons=[ls.name for ls in setup.lessons],
        questions=list(run.answers),
        changed=any(p.changed for p in plans),
        seconds_total=time.perf_counter() - started,
        seconds_execute=run.seconds_execute,
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
    for lesson in read_lessons(Path(source)):
        nb = copy.deepcopy(lesson.nb)
        apply_nbgrader(nb, lesson.name)
        if nb != lesson.nb:
            changed.append(lesson.path)
            if not check:
                write_file_atomically(lesson.path, notebook_bytes(nb))
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
