"""``hrlesson lessons``: copy the lessons into a folder of your own and open lesson 0 in JupyterLab.

Students get the student versions (``exercises/``: solutions removed, self-checks kept);
instructors ask for the complete versions (``notebooks/``) with ``--instructor``. The
lessons come from the installed package (the wheel ships both sets under
``hrlesson/lessons/``) or, in a source checkout, from the checkout itself.

Copying never loses work: a file is written only when it is new or still exactly as
hrlesson wrote it (a hidden manifest, ``.hrlesson-lessons.json``, keeps the hash of every
file it wrote); a file the user changed is kept and listed. Run from a source checkout
without ``--dir``, the checkout's own folders are served, as before.

JupyterLab runs as a child process in its own session. Ctrl+C, SIGTERM or SIGHUP ask it to
stop the way Jupyter stops itself (kernels shut down, runtime files removed); only if it
has not stopped after :data:`STOP_TIMEOUT` seconds is it killed. The URL Jupyter prints
(with its token) opens lesson 0, not the file list.
"""

from __future__ import annotations

import argparse
import hashlib
import json
import os
import platform
import signal
import subprocess
import sys
from dataclasses import dataclass, field
from pathlib import Path

from .errors import InputError

__all__ = [
    "FIRST_LESSON",
    "MANIFEST",
    "CopyReport",
    "add_cli",
    "checkout_root",
    "copy_lessons",
    "lab_command",
    "lessons_source",
    "run_server",
    "stamp_notebooks",
    "with_this_python",
]

#: The notebook JupyterLab opens first.
FIRST_LESSON = "00-start-here.ipynb"
#: Default folders for ``--dir``: one per set, so the two never mix.
DEFAULT_DIRS = {"student": "hrlesson-lessons", "complete": "hrlesson-lessons-complete"}
#: Lesson folders of a checkout (and of ``hrlesson/lessons/`` in the wheel), per set.
SOURCE_FOLDERS = {"student": "exercises", "complete": "notebooks"}
#: The hidden manifest of the files ``hrlesson lessons`` wrote into a folder.
MANIFEST = ".hrlesson-lessons.json"
#: Files of a lesson folder that are not for the user (the exercise builder's manifest).
NOT_COPIED = {".hrlesson-manifest.json", "hrlesson-manifest.json"}
#: Seconds JupyterLab gets to stop its kernels and remove its files before it is killed.
STOP_TIMEOUT = 20


@dataclass
class CopyReport:
    """What :func:`copy_lessons` did, file by file (names relative to the folder)."""

    folder: Path
    added: list[str] = field(default_factory=list)
    updated: list[str] = field(default_factory=list)
    unchanged: list[str] = field(default_factory=list)
    kept: list[str] = field(default_factory=list)
    removed: list[str] = field(default_factory=list)  # shipped before, no longer

    def summary(self) -> list[str]:
        """One line per kind of change, for the terminal."""
        lines = []
        if self.added or self.updated:
            lines.append(
                f"copied {len(self.added)} new and {len(self.updated)} updated lesson files "
                f"to {self.folder}"
            )
        if self.removed:
            lines.append(f"removed {len(self.removed)} files the kit no longer ships")
        if not lines:
            lines.append(f"the lessons in {self.folder} are up to date")
        if self.kept:
            lines.append(
                f"kept {len(self.kept)} files you changed (the kit's newer versions were not "
                f"copied over them): {', '.join(self.kept)}"
            )
        return lines


def checkout_root(folder: Path) -> Path | None:
    """``folder`` if it is an hrlesson source checkout with both lesson sets, else None."""
    pyproject = folder / "pyproject.toml"
    try:
        is_hrlesson = 'name = "hrlesson"' in pyproject.read_text(encoding="utf-8")
    except OSError:
        return None
    sets = [folder / name / FIRST_LESSON for name in SOURCE_FOLDERS.values()]
    return folder if is_hrlesson and all(p.is_file() for p in sets) else None


def lessons_source(variant: str) -> Path:
    """The folder holding the ``variant`` lessons ("student" or "complete").

    The installed package's copy (a wheel), else the source tree this package runs from
    (an editable install), else an error saying how to get the lessons.
    """
    name = SOURCE_FOLDERS[variant]
    package = Path(__file__).resolve().parent
    for candidate in (package / "lessons" / name, package.parents[1] / name):
        if (candidate / FIRST_LESSON).is_file():
            return candidate
    raise InputError(
        f"this installation of hrlesson has no lessons ({name}/ not found): reinstall it "
        "from PyPI or a wheel, or run the command in a copy of the hrlesson repository"
    )


def _sha256(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def _lesson_files(source: Path) -> list[str]:
    skipped = {".ipynb_checkpoints", "__pycache__"}
    return sorted(
        p.relative_to(source).as_posix()
        for p in source.rglob("*")
        if p.is_file() and p.name not in NOT_COPIED and not skipped & set(p.parts)
    )


def _read_manifest(folder: Path, variant: str) -> dict[str, str]:
    path = folder / MANIFEST
    if not path.exists():
        return {}
    try:
        manifest = json.loads(path.read_text(encoding="utf-8"))
        files, found = dict(manifest["files"]), manifest["variant"]
    except (OSError, ValueError, KeyError, TypeError):
        return {}  # damaged: treat every existing file as the user's (never overwritten)
    if found != variant:
        other = "--instructor" if found == "complete" else "no --instructor"
        raise InputError(
            f"{folder} holds the {found} versions of the lessons: choose another --dir for "
            f"the {variant} versions (or use {other})"
        )
    return files


def _write_atomically(path: Path, data: bytes) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    tmp = path.with_name(f".{path.name}.hrlesson-tmp")
    tmp.write_bytes(data)
    os.replace(tmp, path)


def with_this_python(name: str, data: bytes) -> bytes:
    """A Python notebook with the ``language_info`` this interpreter's kernel will report.

    JupyterLab writes the kernel's ``language_info`` (Python version, editor mode) into a
    notebook as soon as the kernel starts; when it differs from the stored one the
    notebook shows as unsaved before the student has typed anything. The kit stores
    everything but the version (it differs between machines), so a copy gets this
    Python's. Other files, and notebooks for another kernel, are returned unchanged.
    """
    if not name.endswith(".ipynb"):
        return data
    try:
        nb = json.loads(data)
        language = nb["metadata"]["language_info"]
        if nb["metadata"]["kernelspec"]["name"] != "python3" or language["name"] != "python":
            return data
    except (ValueError, KeyError, TypeError):
        return data
    major = sys.version_info[0]
    language.update(
        version=platform.python_version(),
        codemirror_mode={"name": "ipython", "version": major},
        pygments_lexer=f"ipython{major}",
    )
    return (json.dumps(nb, indent=1, sort_keys=True, ensure_ascii=False) + "\n").encode()


def stamp_notebooks(folders: list[str | Path]) -> list[Path]:
    """Give the notebooks in ``folders`` this Python's ``language_info`` (in place).

    Binder's postBuild runs it on ``notebooks/`` and ``exercises/``, so that a lesson
    opens as saved there too. Returns the notebooks it changed.
    """
    changed = []
    for folder in map(Path, folders):
        for path in sorted(folder.glob("*.ipynb")):
            data = path.read_bytes()
            new = with_this_python(path.name, data)
            if new != data:
                _write_atomically(path, new)
                changed.append(path)
    return changed


def copy_lessons(source: Path, folder: Path, variant: str) -> CopyReport:
    """Copy the lessons from ``source`` into ``folder``, never overwriting the user's changes.

    A file is written when it is missing, or when it is still exactly what hrlesson
    wrote last time (so a newer kit updates it); a file that differs from both is the
    user's and is kept (listed in the report). Files are replaced atomically. Notebooks
    get this Python's ``language_info`` so that they do not open as unsaved.
    """
    if folder.exists() and not folder.is_dir():
        raise InputError(f"{folder}: exists and is not a folder")
    written = _read_manifest(folder, variant)
    report = CopyReport(folder)
    for name in _lesson_files(source):
        new, target = with_this_python(name, (source / name).read_bytes()), folder / name
        digest = hashlib.sha256(new).hexdigest()
        if not target.exists():
            _write_atomically(target, new)
            report.added.append(name)
        elif not target.is_file():
            report.kept.append(name)
            continue
        elif target.read_bytes() == new:
            report.unchanged.append(name)
        elif written.get(name) == _sha256(target):
            _write_atomically(target, new)
            report.updated.append(name)
        else:
            report.kept.append(name)
            continue
        written[name] = digest
    _remove_retired(folder, written, set(_lesson_files(source)), report)
    manifest = {
        "format": "hrlesson-lessons/1",
        "about": "Files written by `hrlesson lessons`; a file you changed is never overwritten.",
        "variant": variant,
        "files": dict(sorted(written.items())),
    }
    _write_atomically(folder / MANIFEST, (json.dumps(manifest, indent=1) + "\n").encode())
    return report


def _remove_retired(
    folder: Path, written: dict[str, str], shipped: set[str], report: CopyReport
) -> None:
    """Files an earlier copy wrote that the kit no longer ships (``hrlesson-checks.json``,
    now ``.hrlesson-checks.json``): removed when still exactly as written, else kept."""
    for name in sorted(set(written) - shipped):
        target = folder / name
        if target.is_file() and _sha256(target) == written[name]:
            target.unlink()
            report.removed.append(name)
        elif target.exists():
            report.kept.append(name)
        del written[name]


def lab_command(root: Path, first: str, *, no_browser: bool, port: int | None) -> list[str]:
    """The JupyterLab command line: serve ``root``, open (and print the URL of) ``first``.

    ``default_url`` makes both the browser and the URL Jupyter prints open the lesson.
    ``--allow-root`` is added only when running as root (containers, some classroom
    servers), where JupyterLab otherwise refuses to start.
    """
    command = [
        sys.executable,
        "-m",
        "jupyterlab",
        f"--ServerApp.root_dir={root}",
        f"--LabApp.default_url=/lab/tree/{first}",
    ]
    if no_browser:
        command.append("--no-browser")
    if port is not None:
        command += [f"--ServerApp.port={port}", "--ServerApp.port_retries=0"]
    if hasattr(os, "geteuid") and os.geteuid() == 0:
        command.append("--allow-root")
    return command


def run_server(command: list[str], cwd: Path) -> int:
    """Run a server command until it exits, or until Ctrl+C / SIGTERM / SIGHUP stop it cleanly.

    The server gets its own session (a Ctrl+C in the terminal reaches only this process)
    and no terminal input (so Jupyter asks no "shut down? (y/n)" question). On a stop
    signal it is sent SIGTERM, on which Jupyter stops its kernels and removes its runtime
    files; it is killed only if it has not exited after :data:`STOP_TIMEOUT` seconds.
    On Linux the server also gets SIGTERM when this process is killed outright.
    Returns the server's exit status, or 0 after a requested stop.
    """
    stop_signals = [signal.SIGINT, signal.SIGTERM] + (
        [signal.SIGHUP] if hasattr(signal, "SIGHUP") else []
    )
    requested: list[int] = []

    def request_stop(signum: int, _frame: object) -> None:
        requested.append(signum)

    previous = {sig: signal.signal(sig, request_stop) for sig in stop_signals}
    try:
        process = subprocess.Popen(
            command,
            cwd=cwd,
            stdin=subprocess.DEVNULL,
            start_new_session=os.name == "posix",
            # hrlesson runs no threads of its own here, so preexec_fn is safe
            preexec_fn=_stop_with_parent if sys.platform.startswith("linux") else None,  # noqa: PLW1509
        )
        while process.poll() is None and not requested:
            try:
                process.wait(timeout=0.2)
            except subprocess.TimeoutExpired:
                pass
        if process.poll() is None:
            print("hrlesson: stopping JupyterLab ...", file=sys.stderr, flush=True)
            _stop(process)
            return 0
        return process.returncode
    finally:
        for sig, handler in previous.items():
            signal.signal(sig, handler)


def _stop_with_parent() -> None:
    """In the child, before JupyterLab starts (Linux): get SIGTERM if hrlesson is killed."""
    import ctypes

    try:
        ctypes.CDLL(None).prctl(1, signal.SIGTERM)  # 1 = PR_SET_PDEATHSIG
    except (OSError, AttributeError):
        pass  # no prctl: JupyterLab then outlives a SIGKILL of hrlesson


def _stop(process: subprocess.Popen[bytes]) -> None:
    process.terminate()
    try:
        process.wait(timeout=STOP_TIMEOUT)
    except subprocess.TimeoutExpired:
        process.kill()
        process.wait()


def add_cli(sub: argparse._SubParsersAction) -> None:
    """Register ``hrlesson lessons``."""
    p = sub.add_parser(
        "lessons",
        help="copy the lessons into a folder and open lesson 0 in JupyterLab",
        description="Copy the student versions of the lessons (or, with --instructor, the "
        "complete versions with solutions) into DIR, keeping any file you changed, and start "
        "JupyterLab on lesson 0. In a copy of the hrlesson repository, without --dir, its "
        "exercises/ (or notebooks/) folder is served instead. Stop it with Ctrl+C.",
    )
    p.add_argument(
        "--dir",
        metavar="DIR",
        help=f"folder for the lessons (default: {DEFAULT_DIRS['student']}, or "
        f"{DEFAULT_DIRS['complete']} with --instructor, in the current folder)",
    )
    p.add_argument(
        "--instructor",
        action="store_true",
        help="the complete lessons, with solutions and model answers (for instructors)",
    )
    p.add_argument("--no-browser", action="store_true", help="do not open a web browser")
    p.add_argument("--port", type=_port, metavar="N", help="port (default: JupyterLab's)")
    p.set_defaults(func=_cmd_lessons)


def _port(value: str) -> int:
    if not value.isdigit() or not 1 <= int(value) <= 65535:
        raise argparse.ArgumentTypeError(f"{value!r} is not a port number (1-65535)")
    return int(value)


def _cmd_lessons(args: argparse.Namespace) -> int:
    variant = "complete" if args.instructor else "student"
    checkout = checkout_root(Path.cwd()) if args.dir is None else None
    if checkout is not None:
        root, first = checkout, f"{SOURCE_FOLDERS[variant]}/{FIRST_LESSON}"
        print(f"hrlesson: serving this checkout's {SOURCE_FOLDERS[variant]}/", file=sys.stderr)
    else:
        root = Path(args.dir if args.dir is not None else DEFAULT_DIRS[variant]).absolute()
        try:
            report = copy_lessons(lessons_source(variant), root, variant)
        except OSError as exc:
            raise InputError(f"{root}: cannot copy the lessons there ({exc.strerror})") from None
        for line in report.summary():
            print(f"hrlesson: {line}", file=sys.stderr)
        first = FIRST_LESSON
    which = "complete lessons (with solutions)" if args.instructor else "student versions"
    print(
        f"hrlesson: starting JupyterLab on {first} ({which}) in {root}; stop it with Ctrl+C",
        file=sys.stderr,
        flush=True,
    )
    return run_server(lab_command(root, first, no_browser=args.no_browser, port=args.port), root)
