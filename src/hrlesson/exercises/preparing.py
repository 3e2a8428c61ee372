"""Checking a build's inputs (seed, lessons, folders, article) before any key runs."""

from __future__ import annotations

import os
import warnings
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from ..checks import CHECKS_FILE, LEGACY_CHECKS_FILE
from ..errors import ExerciseError, HrlessonWarning, InputError
from ..output_folder import LEGACY_MANIFEST_FILE, MANIFEST_FILE, check_writable
from .lessons import KEY_ANSWERS_FILE, Lesson, notebook_bytes, read_lessons, student_notebook
from .writing import plan_folder, sha256_hex


@dataclass
class BuildSetup:
    """What a build works from, all checked before any key runs."""

    lessons: list[Lesson]
    source_dir: Path
    out_dir: Path
    keys_dir: Path
    loaded: Any  # the exercise article
    salt: str
    values: dict[str, Any]  # the notebooks' parameters
    article_bytes: bytes | None


def prepare_build(
    source: str | os.PathLike[str],
    article: str | os.PathLike[str] | None,
    date: str | None,
    seed: int,
    out: str | os.PathLike[str],
    keys: str | os.PathLike[str] | None,
    force: bool,
) -> BuildSetup:
    """Check the seed, lessons, folders and article; refuse before running anything."""
    if isinstance(seed, bool) or not isinstance(seed, int) or seed < 0:
        raise ExerciseError(f"seed must be a whole number >= 0, not {seed!r}")
    source_dir, out_dir = Path(source), Path(out)
    keys_dir = Path(keys) if keys is not None else out_dir.with_name(out_dir.name + "-keys")
    lessons = read_lessons(source_dir)
    _check_folders(source_dir, out_dir, keys_dir)
    for folder in (out_dir, keys_dir):
        check_writable(folder)
    loaded = _article_setup(article, date)
    salt = sha256_hex(
        f"hrlesson-checks\x00{loaded.meta['sha256']}\x00{loaded.meta['date']}\x00{seed}".encode()
    )[:32]
    values = parameter_values(article, date, seed)
    article_name = values["EXERCISE_ARTICLE"]
    reserved = {ls.name for ls in lessons} | {CHECKS_FILE, MANIFEST_FILE, KEY_ANSWERS_FILE}
    reserved |= {LEGACY_CHECKS_FILE, LEGACY_MANIFEST_FILE}
    if article_name in reserved:
        raise ExerciseError(f"{article}: rename the article; {article_name!r} is a generated file")
    article_bytes = Path(article).read_bytes() if article is not None else None
    _refuse_edits_before_running_keys(lessons, values, out_dir, keys_dir, force)
    return BuildSetup(lessons, source_dir, out_dir, keys_dir, loaded, salt, values, article_bytes)


def parameter_values(article: Any, date: str | None, seed: int) -> dict[str, Any]:
    """The values a build writes into each lesson's parameters cell."""
    return {
        "EXERCISE_ARTICLE": Path(article).name if article is not None else None,
        "EXERCISE_DATE": date,
        "SEED": seed,
    }


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


def _article_setup(article: str | os.PathLike[str] | None, date: str | None) -> Any:
    from ..article import load_article, parse_date_argument
    from ..practice import load_practice_article

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


def with_article_advice(exc: ExerciseError, article: Any, loaded: Any) -> ExerciseError:
    """A failing key on the instructor's own article: say what the article lacks."""
    if article is None:
        return exc
    from ..quotes import quotes

    n_sentences = int((loaded.sentences.kind == "body").sum())
    n_quotes = len(quotes(loaded))
    return ExerciseError(
        f"{exc}. The lessons could not run on {article} ({n_sentences} body sentence(s), "
        f"{n_quotes} quote(s)): choose a longer article with several paragraphs and quoted "
        f"speakers (check what hrlesson finds in it with `hrlesson extract {article} --out "
        "tables/`), or write the exercises for this article by hand"
    )


def _refuse_edits_before_running_keys(
    lessons: list[Lesson], values: dict[str, Any], out: Path, keys: Path, force: bool
) -> None:
    """Refuse now, not after a minute of running keys, to overwrite an edited generated file."""
    student = {ls.name: notebook_bytes(student_notebook(ls, values)) for ls in lessons}
    plan_folder(out, student, force, "student notebooks")
    plan_folder(keys, {}, force, "answer keys")
