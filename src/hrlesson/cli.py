"""The ``hrlesson`` command line.

Errors in the user's input are printed as one line on stderr (``hrlesson: error: ...``)
with exit status 2, never as a traceback.
"""

from __future__ import annotations

import argparse
import os
import sys
import warnings
from collections.abc import Sequence
from pathlib import Path

from . import __version__
from .errors import HrlessonError, HrlessonWarning, InputError

__all__ = ["main", "whole_number"]


def main(argv: Sequence[str] | None = None) -> int:
    """Run the command line; return the exit status."""
    parser = _parser()
    args = parser.parse_args(argv)
    if not getattr(args, "func", None):
        parser.print_usage(sys.stderr)
        print("hrlesson: error: give a command (hrlesson --help lists them)", file=sys.stderr)
        return 2
    try:
        with warnings.catch_warnings():
            warnings.simplefilter("ignore", HrlessonWarning)
            return int(args.func(args) or 0)
    except HrlessonError as exc:
        print(f"hrlesson: error: {exc}", file=sys.stderr)
        return 2
    except KeyboardInterrupt:
        print("hrlesson: interrupted", file=sys.stderr)
        return 130


def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="hrlesson",
        description="Discourse analysis of UN human-rights news, for teaching: extract quotes, "
        "speakers, stance markers, figures and readability from plain-text articles.",
    )
    parser.add_argument("--version", action="version", version=f"hrlesson {__version__}")
    sub = parser.add_subparsers(title="commands", metavar="COMMAND")

    p = sub.add_parser(
        "extract",
        help="write the tables of one or more articles as CSV files",
        description="Clean each article and write one folder per article (named after the file) "
        "with the cleaned text, one CSV per table and a datapackage.json data dictionary.",
    )
    p.add_argument(
        "inputs",
        nargs="+",
        metavar="ARTICLE_OR_DIR",
        help="a .txt article, or a folder: every .txt file in it",
    )
    p.add_argument("--out", required=True, metavar="DIR", help="output folder (created if needed)")
    p.add_argument(
        "--date",
        metavar="YYYY-MM-DD",
        help="article date for resolving relative dates (default: the dateline's)",
    )
    p.add_argument(
        "--jobs",
        type=whole_number(1),
        default=1,
        metavar="N",
        help="articles processed in parallel (default 1)",
    )
    p.set_defaults(func=_cmd_extract)

    p = sub.add_parser(
        "data",
        help="regenerate the data/ folder for the bundled article",
        description="Write the bundled article's raw text, metadata, derived tables, gold "
        "annotations and data dictionary to data/ (or --out).",
    )
    p.add_argument("--out", default="data", metavar="DIR", help="output folder (default: data)")
    p.set_defaults(func=_cmd_data)

    from . import launch, site  # hrlesson lessons, hrlesson site

    launch.add_cli(sub)
    site.add_cli(sub)

    from . import exercises  # its subcommands live with the builder

    exercises.add_cli(sub)
    return parser


def whole_number(minimum: int):
    """An argparse type: a whole number of at least ``minimum``, with a clear message."""

    def parse(value: str) -> int:
        try:
            n = int(value)
        except ValueError:
            raise argparse.ArgumentTypeError(f"{value!r} is not a whole number") from None
        if n < minimum:
            raise argparse.ArgumentTypeError(f"must be {minimum} or more")
        return n

    return parse


def _collect_inputs(inputs: Sequence[str]) -> list[Path]:
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


def _extract_one(job: tuple[str, str | None, str]) -> tuple[str, str | None]:
    """Extract one article; return ``(name, error message or None)``."""
    from .article import load_article
    from .export import write_article_tables

    path, date, out = job
    name = Path(path).stem
    try:
        with warnings.catch_warnings():
            warnings.simplefilter("ignore", HrlessonWarning)
            article = load_article(path, date=date)
        if article.date is None:
            print(
                f"hrlesson: warning: {path}: no article date (no dated dateline, no --date): "
                "relative dates such as 'Thursday' stay unresolved; give --date YYYY-MM-DD",
                file=sys.stderr,
            )
        write_article_tables(article, Path(out) / name)
    except HrlessonError as exc:
        return name, str(exc)
    return name, None


def _cmd_extract(args: argparse.Namespace) -> int:
    from .article import _parse_date_argument

    _parse_date_argument(args.date)  # fail early on a bad --date
    files = _collect_inputs(args.inputs)
    out = Path(args.out)
    if out.exists() and not out.is_dir():
        raise InputError(f"{out}: exists and is not a folder")
    jobs = [(str(f), args.date, str(out)) for f in files]
    progress = _Progress(len(jobs)) if len(jobs) > 1 else None
    failures = []
    if args.jobs > 1 and len(jobs) > 1:
        from concurrent.futures import ProcessPoolExecutor

        with ProcessPoolExecutor(
            max_workers=min(args.jobs, len(jobs), os.cpu_count() or 1)
        ) as pool:
            results = pool.map(_extract_one, jobs, chunksize=max(1, len(jobs) // (8 * args.jobs)))
            for name, error in results:
                if progress:
                    progress.step(name)
                if error:
                    failures.append(error)
    else:
        for job in jobs:
            name, error = _extract_one(job)
            if progress:
                progress.step(name)
            if error:
                failures.append(error)
    if progress:
        progress.close()
    for message in failures:
        print(f"hrlesson: error: {message}", file=sys.stderr)
    done = len(jobs) - len(failures)
    print(f"wrote {done} article folder{'s' if done != 1 else ''} to {out}", file=sys.stderr)
    return 2 if failures else 0


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


def _cmd_data(args: argparse.Namespace) -> int:
    from .data import write_data_folder

    path = write_data_folder(args.out)
    print(f"wrote the bundled article's data to {path}", file=sys.stderr)
    return 0


if __name__ == "__main__":  # pragma: no cover
    sys.exit(main())
