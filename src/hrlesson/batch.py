"""``hrlesson extract`` over many articles: checks first, then one folder per article.

Before any article is read, every target folder is checked (:func:`check_targets`): a
folder holding files hrlesson did not write stops the run with one line, and nothing is
written. An article that cannot be analysed is reported and the others go on; a folder
that cannot be written (full disk, read-only file system) stops the run.

With ``jobs > 1`` the articles are shared by worker processes
(:mod:`hrlesson.worker_processes`) that ignore Ctrl+C (the main process stops them), exit
by themselves when the main process dies, even by SIGKILL, and never lose an article
silently: one whose worker died is reported as a failure.
"""

from __future__ import annotations

import os
import sys
import warnings
from collections.abc import Sequence
from dataclasses import dataclass, field
from pathlib import Path

from .errors import HrlessonError, HrlessonWarning, InputError, OutputError
from .worker_processes import run_in_workers

__all__ = ["ExtractResult", "check_targets", "collect_inputs", "extract_articles"]


@dataclass
class ExtractResult:
    """What one ``hrlesson extract`` run did."""

    written: list[str] = field(default_factory=list)
    failures: list[str] = field(default_factory=list)
    backups: list[str] = field(default_factory=list)  # one line per folder kept aside


def collect_inputs(inputs: Sequence[str]) -> list[Path]:
    """The article files named by ``inputs`` (files, or folders: their ``.txt`` files).

    Raises :class:`InputError` for a missing path, a folder without ``.txt`` files, or
    two articles that would write the same folder.
    """
    files: list[Path] = []
    for item in inputs:
        path = Path(item)
        if path.is_dir():
            found = sorted(p for p in path.iterdir() if p.suffix.lower() == ".txt" and p.is_file())
            if not found:
                raise InputError(f"{path}: folder contains no .txt files")
            files.extend(found)
        elif path.exists():
            files.append(path)
        else:
            raise InputError(f"{path}: no such file or folder")
    seen: dict[str, Path] = {}
    for f in files:
        if f.stem in seen and seen[f.stem].resolve() != f.resolve():
            raise InputError(
                f"two inputs would write the same folder {f.stem!r}: {seen[f.stem]} and {f}; "
                "rename one of them"
            )
        seen[f.stem] = f
    return list(dict.fromkeys(seen.values()))


def check_targets(files: Sequence[Path], out: Path) -> None:
    """Refuse (one line, nothing written) when an article's folder holds anything else."""
    from .export import all_tables, article_folder_names
    from .output_folder import refuse_foreign

    if out.exists() and not out.is_dir():
        raise OutputError(f"{out}: exists and is not a folder")
    names = article_folder_names(all_tables())
    for f in files:
        refuse_foreign(out / f.stem, f"the tables of {f.name}", names, "hrlesson extract")


def extract_one(job: tuple[str, str | None, str]) -> tuple[str, str | None, bool, str | None]:
    """Extract one article: ``(name, error or None, error is fatal, backup note or None)``."""
    from .article import load_article
    from .export import write_article_folder

    path, date, out = job
    name = Path(path).stem
    try:
        with warnings.catch_warnings():
            warnings.simplefilter("ignore", HrlessonWarning)
            article = load_article(path, date=date)
        result = write_article_folder(article, Path(out) / name)
    except OutputError as exc:
        return name, str(exc), True, None
    except HrlessonError as exc:
        return name, str(exc), False, None
    except Exception as exc:  # noqa: BLE001 - a bug: one line, and the other articles go on
        return name, _bug_message(path, exc), False, None
    if article.date is None:  # after the write: an error stays the only line
        print(
            f"hrlesson: warning: {path}: no article date (no dated dateline, no --date): "
            "relative dates such as 'Thursday' stay unresolved; give --date YYYY-MM-DD",
            file=sys.stderr,
        )
    note = None
    if result.backup is not None:
        note = f"kept {len(result.kept)} replaced file(s) in {result.backup}"
    return name, None, False, note


def _bug_message(path: str, exc: Exception) -> str:
    detail = str(exc).splitlines()[0][:200] if str(exc) else ""
    return (
        f"{Path(path).name}: unexpected {type(exc).__name__}{': ' + detail if detail else ''} "
        "(a bug in hrlesson: please report it with this article)"
    )


def extract_articles(
    files: Sequence[Path], out: Path, date: str | None, jobs: int = 1
) -> ExtractResult:
    """Write one folder of tables per article into ``out``; see the module docstring.

    Raises
    ------
    OutputError : a target folder is not hrlesson's, or cannot be written.
    """
    check_targets(files, out)
    work = [(str(f), date, str(out)) for f in files]
    progress = _Progress(len(work)) if len(work) > 1 else None
    result = ExtractResult()
    try:
        for name, error, fatal, note in _run(work, jobs):
            if progress:
                progress.step(name)
            if fatal:
                raise OutputError(error)
            if error:
                result.failures.append(error)
            else:
                result.written.append(name)
            if note:
                result.backups.append(note)
    finally:
        if progress:
            progress.close()
    return result


def _run(work: list[tuple[str, str | None, str]], jobs: int):
    if jobs <= 1 or len(work) <= 1:
        for job in work:
            yield extract_one(job)
        return
    n = min(jobs, len(work), os.cpu_count() or 1)
    yield from run_in_workers(work, n, extract_one, _lost_article)


def _lost_article(job: tuple[str, str | None, str], exit_code: int | None) -> tuple:
    """The answer for an article whose worker process died before it was written."""
    path = job[0]
    how = f"exit code {exit_code}" if exit_code is not None else "no exit code"
    message = (
        f"{Path(path).name}: the worker process stopped unexpectedly ({how}, perhaps out of "
        "memory); its tables were not written: run it again, with fewer --jobs"
    )
    return Path(path).stem, message, False, None


class _Progress:
    """A one-line progress bar on stderr (a line per step when stderr is not a terminal)."""

    def __init__(self, total: int) -> None:
        self.total, self.done = total, 0
        self.tty = sys.stderr.isatty()

    def step(self, label: str) -> None:
        self.done += 1
        width = 30
        filled = width * self.done // self.total
        bar = "#" * filled + "-" * (width - filled)
        line = f"[{bar}] {self.done}/{self.total} {label}"
        if self.tty:
            print("\r" + line[:100].ljust(100), end="", file=sys.stderr, flush=True)
        else:
            print(line, file=sys.stderr, flush=True)

    def close(self) -> None:
        if self.tty:
            print(file=sys.stderr)
