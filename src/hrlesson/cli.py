"""The ``hrlesson`` command line.

Errors in the user's input are printed as one line on stderr (``hrlesson: error: ...``)
with exit status 2, never as a traceback.
"""

from __future__ import annotations

import argparse
import contextlib
import signal
import sys
import threading
import warnings
from collections.abc import Iterator, Sequence
from pathlib import Path
from typing import Any

from . import __version__
from .arguments import whole_number
from .errors import HrlessonError, HrlessonWarning, InputError, OutputError

__all__ = ["Terminated", "main", "whole_number"]


def main(argv: Sequence[str] | None = None) -> int:
    """Run the command line; return the exit status."""
    words = list(sys.argv[1:] if argv is None else argv)
    parser = _parser(words)
    args = parser.parse_args(words)
    if not getattr(args, "func", None):
        parser.print_usage(sys.stderr)
        print("hrlesson: error: give a command (hrlesson --help lists them)", file=sys.stderr)
        return 2
    try:
        with warnings.catch_warnings(), _terminate_as_exception():
            warnings.simplefilter("ignore", HrlessonWarning)
            return int(args.func(args) or 0)
    except HrlessonError as exc:
        print(f"hrlesson: error: {exc}", file=sys.stderr)
        return 2
    except KeyboardInterrupt:
        print("hrlesson: interrupted", file=sys.stderr)
        return 130
    except Terminated:
        print("hrlesson: terminated", file=sys.stderr)
        return 143


class Terminated(BaseException):
    """Raised in the main thread when the process gets SIGTERM, so that cleanup runs."""


@contextlib.contextmanager
def _terminate_as_exception() -> Iterator[None]:
    """Turn SIGTERM into :class:`Terminated` while a command runs (main thread only)."""
    if threading.current_thread() is not threading.main_thread():
        yield
        return

    def handler(signum: int, frame: Any) -> None:
        raise Terminated

    previous = signal.signal(signal.SIGTERM, handler)
    try:
        yield
    finally:
        signal.signal(signal.SIGTERM, previous)


# Commands whose parser lives in this module: when one of them is the first word, the
# modules of the other commands (the exercise builder, the launcher, the site) are not
# imported at all, so that ``hrlesson extract`` starts without them (about 60 ms).
_OWN_COMMANDS = ("extract", "data")


def _parser(words: Sequence[str] = ()) -> argparse.ArgumentParser:
    """The command-line parser; only ``extract`` and ``data`` when ``words`` starts with one."""
    parser = argparse.ArgumentParser(
        prog="hrlesson",
        description="Discourse analysis of UN human-rights news, for teaching: extract quotes, "
        "speakers, stance markers, figures and readability from plain-text articles.",
    )
    parser.add_argument("--version", action="version", version=f"hrlesson {__version__}")
    sub = parser.add_subparsers(title="commands", metavar="COMMAND")

    _add_extract_and_data(sub)
    if words[:1] and words[0] in _OWN_COMMANDS:
        return parser

    from . import launch, site  # hrlesson lessons, hrlesson site

    launch.add_cli(sub)
    site.add_cli(sub)

    from . import exercises  # its subcommands live with the builder

    exercises.add_cli(sub)
    return parser


def _add_extract_and_data(sub: Any) -> None:
    """The ``extract`` and ``data`` subcommands."""
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
    p.add_argument(
        "--out",
        required=True,
        metavar="DIR",
        help="output folder (created if needed); each article's folder in it is replaced only "
        "if hrlesson wrote everything in it",
    )
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
        "annotations and data dictionary to data/ (or --out). A folder holding anything "
        "hrlesson did not write is refused.",
    )
    p.add_argument(
        "--out",
        metavar="DIR",
        help="output folder: new, empty, or written by `hrlesson data` before (default: data/ "
        "of the hrlesson repository, when run from its root folder)",
    )
    p.set_defaults(func=_cmd_data)


def _cmd_extract(args: argparse.Namespace) -> int:
    from .article import parse_date_argument
    from .batch import collect_inputs, extract_articles

    parse_date_argument(args.date)  # fail early on a bad --date
    out = Path(args.out)
    result = extract_articles(collect_inputs(args.inputs), out, args.date, args.jobs)
    for message in result.failures:
        print(f"hrlesson: error: {message}", file=sys.stderr)
    for note in result.backups:
        print(f"hrlesson: {note}", file=sys.stderr)
    done = len(result.written)
    if done:
        print(f"wrote {done} article folder{'s' if done != 1 else ''} to {out}", file=sys.stderr)
    return 2 if result.failures else 0


def _cmd_data(args: argparse.Namespace) -> int:
    from .data import is_repository, write_data_folder_report
    from .output_folder import manifest_path

    out = args.out
    if out is None:
        if not is_repository("."):
            raise InputError(
                "`hrlesson data` without --out regenerates data/ of the hrlesson repository: run "
                "it from the repository's root folder, or give a new folder with --out DIR"
            )
        out = "data"
    try:
        result = write_data_folder_report(out)
    except OutputError as exc:
        if args.out is None and "changed" in str(exc):
            raise OutputError(
                f"{exc} (in the repository, `git status data/` shows whether they are the "
                "committed files, e.g. after a merge; if so, delete "
                f"{manifest_path(Path(out)).as_posix()} and run `hrlesson data` again)"
            ) from None
        raise
    _report_backup(result)
    print(f"wrote the bundled article's data to {result.target}", file=sys.stderr)
    return 0


def _report_backup(result: Any) -> None:
    """Say where files that were in the way were kept (see :mod:`hrlesson.output_folder`)."""
    if result.backup is not None:
        shown = ", ".join(result.kept[:5]) + (" ..." if len(result.kept) > 5 else "")
        print(
            f"hrlesson: kept {len(result.kept)} file(s) that were replaced in {result.backup}: "
            f"{shown}",
            file=sys.stderr,
        )


if __name__ == "__main__":  # pragma: no cover
    sys.exit(main())
