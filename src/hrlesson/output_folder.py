"""Output folders that hrlesson owns: it replaces only what it wrote itself.

Every folder written by ``hrlesson data``, ``hrlesson extract`` and ``hrlesson exercises
build`` holds a manifest (:data:`MANIFEST_FILE`) listing each file it wrote with its
SHA-256. Before a folder is replaced:

* :func:`foreign_entries` lists what in it hrlesson did not write (or that was edited
  since); the commands refuse such a folder, or keep those files;
* the new folder is written beside the old one (a hidden *staging* folder) and swapped in
  with two renames, so readers never see a half-written folder, and several folders are
  swapped together or not at all (:func:`replace_folders`);
* the old folder is then emptied file by file: a file is deleted only when hrlesson wrote
  it (its hash is in the old manifest) or the new folder holds the same bytes at the same
  path. Anything else is kept in a visible ``<name>.backup-<time>`` folder beside it.

``hrlesson exercises build`` keeps its folders and replaces their files one by one instead
(:mod:`hrlesson.exercises.replacing`), with the same staging, locks and old-file handling.

Staging folders are named after the process that made them
(``.<name>.hrlesson-tmp-<pid>-...``); those left by a killed run are cleaned by the next.

>>> import tempfile
>>> root = Path(tempfile.mkdtemp())
>>> with staging_folder(root / "out") as tmp:
...     _ = (tmp / "a.csv").write_text("x\\n")
...     write_manifest(tmp, "doctest")
...     result = replace_folders([(tmp, root / "out")])
>>> sorted(p.name for p in (root / "out").iterdir())
['.hrlesson-manifest.json', 'a.csv']
>>> foreign_entries(root / "out")
[]
>>> shutil.rmtree(root)
"""

from __future__ import annotations

import contextlib
import errno
import hashlib
import json
import os
import shutil
import tempfile
import time
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from .errors import OutputError

__all__ = [
    "LEGACY_MANIFEST_FILE",
    "MANIFEST_FILE",
    "Replacement",
    "check_writable",
    "clean_stale",
    "discard_old",
    "file_hashes",
    "folder_lock",
    "foreign_entries",
    "manifest_bytes",
    "manifest_command",
    "manifest_path",
    "old_folder",
    "process_alive",
    "read_manifest",
    "refuse_foreign",
    "replace_folders",
    "staging_folder",
    "write_error",
    "write_manifest",
]

#: The manifest of generated files, in every folder hrlesson writes. A dot-file, so that
#: JupyterLab's file browser (and ``ls``) does not show it among the lessons or the data.
MANIFEST_FILE = ".hrlesson-manifest.json"
#: Its name before: still read (and replaced) in folders written by older versions.
LEGACY_MANIFEST_FILE = "hrlesson-manifest.json"
_MANIFESTS = (MANIFEST_FILE, LEGACY_MANIFEST_FILE)
_FORMAT = "hrlesson-manifest/1"
_TMP_TAG = ".hrlesson-tmp-"
_OLD_TAG = ".hrlesson-old-"


def _sha(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest()


def file_hashes(folder: Path) -> dict[str, str]:
    """SHA-256 of every regular file under ``folder`` (POSIX relative path -> hex digest)."""
    found = {}
    for path in sorted(Path(folder).rglob("*")):
        if path.is_file() and not path.is_symlink():
            found[path.relative_to(folder).as_posix()] = _sha(path.read_bytes())
    for name in _MANIFESTS:
        found.pop(name, None)
    return found


def manifest_path(folder: Path) -> Path:
    """``folder``'s manifest: :data:`MANIFEST_FILE`, or the legacy name if only that exists."""
    path = Path(folder) / MANIFEST_FILE
    legacy = Path(folder) / LEGACY_MANIFEST_FILE
    return legacy if not path.exists() and legacy.exists() else path


def manifest_bytes(files: dict[str, str], command: str, **info: Any) -> bytes:
    """The manifest text for ``files`` (relative path -> SHA-256), written by ``command``."""
    doc = {
        "format": _FORMAT,
        "about": f"Files written by `{command}`. hrlesson replaces or deletes only these "
        "files, and only while they are unchanged; anything else in this folder is kept.",
        "command": command,
        **info,
        "files": dict(sorted(files.items())),
    }
    return (json.dumps(doc, indent=1, ensure_ascii=False) + "\n").encode("utf-8")


def write_manifest(folder: Path, command: str, **info: Any) -> None:
    """Write the manifest of every file now in ``folder`` (call it last, when staging)."""
    data = manifest_bytes(file_hashes(folder), command, **info)
    (Path(folder) / MANIFEST_FILE).write_bytes(data)
    (Path(folder) / LEGACY_MANIFEST_FILE).unlink(missing_ok=True)


def read_manifest(folder: Path) -> dict[str, str] | None:
    """The files listed in ``folder``'s manifest (path -> SHA-256), or None if it has none."""
    path = manifest_path(folder)
    try:
        doc = json.loads(path.read_text(encoding="utf-8"))
        files = doc["files"]
        if doc.get("format") != _FORMAT or not isinstance(files, dict):
            return None
        return {str(k): str(v) for k, v in files.items()}
    except (OSError, ValueError, KeyError, TypeError):
        return None


def manifest_command(folder: Path) -> str | None:
    """The command that wrote ``folder``'s manifest (``"hrlesson data"``, ...), if it says."""
    try:
        doc = json.loads(manifest_path(folder).read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return None
    command = doc.get("command") if isinstance(doc, dict) else None
    return command if isinstance(command, str) else None


def _entries(folder: Path) -> Iterator[tuple[str, Path]]:
    """Every file, symlink and folder under ``folder`` (symlinks are not followed)."""
    for dirpath, dirnames, filenames in os.walk(folder):
        base = Path(dirpath)
        for name in sorted(dirnames + filenames):
            path = base / name
            yield path.relative_to(folder).as_posix(), path


def foreign_entries(folder: Path, legacy_names: set[str] | None = None) -> list[str]:
    """What in ``folder`` hrlesson did not write, or changed since (relative paths, sorted).

    A missing or empty folder gives ``[]``. Without a manifest every entry is foreign,
    unless ``legacy_names`` is given: a folder written before manifests existed is
    recognised when it holds only those files and a ``datapackage.json`` of hrlesson's.
    """
    folder = Path(folder)
    if not folder.exists():
        return []
    if not folder.is_dir() or folder.is_symlink():
        return ["."]
    listed = read_manifest(folder)
    if listed is None and legacy_names is not None and _is_legacy(folder, legacy_names):
        return []
    listed = listed or {}
    parents = {p for name in listed for p in _parents(name)}
    foreign = []
    for rel, path in _entries(folder):
        if rel in _MANIFESTS and listed:
            continue
        if path.is_symlink():
            foreign.append(rel)
        elif path.is_dir():
            if rel not in parents:
                foreign.append(rel + "/")
        elif rel not in listed or _sha(path.read_bytes()) != listed[rel]:
            foreign.append(rel)
    # report a foreign folder once, not every file in it
    return [f for f in foreign if not any(f != g and f.startswith(g) for g in foreign)]


def _parents(name: str) -> list[str]:
    parts = name.split("/")[:-1]
    return ["/".join(parts[: i + 1]) for i in range(len(parts))]


def _is_legacy(folder: Path, names: set[str]) -> bool:
    files = [rel for rel, p in _entries(folder) if not p.is_dir() or p.is_symlink()]
    if not files or any(rel not in names for rel in files):
        return False
    try:
        package = json.loads((folder / "datapackage.json").read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return False
    return isinstance(package, dict) and "hrlesson" in str(package.get("title", ""))


def refuse_foreign(
    folder: Path, what: str, legacy_names: set[str] | None = None, command: str | None = None
) -> None:
    """Raise :class:`OutputError` (one line) unless ``command`` may replace ``folder``.

    It may when the folder is missing, empty, or holds only files that ``command``
    wrote (its manifest says so) and that are unchanged since.
    """
    folder = Path(folder)
    if folder.exists() and (not folder.is_dir() or folder.is_symlink()):
        raise OutputError(f"{folder}: exists and is not a folder; refusing to replace it")
    check_writable(folder)
    if command is not None and manifest_path(folder).exists():
        other = manifest_command(folder)
        if other != command:
            raise OutputError(
                f"{folder}: was written by `{other or 'another hrlesson command'}`, not "
                f"`{command}`; refusing to replace it with {what}. Choose another folder"
            )
    foreign = foreign_entries(folder, legacy_names)
    if foreign:
        shown = ", ".join(foreign[:3]) + (
            f" and {len(foreign) - 3} more" if len(foreign) > 3 else ""
        )
        raise OutputError(
            f"{folder}: holds files hrlesson did not write or that were changed ({shown}); "
            f"refusing to replace it with {what}. Move those files away or choose another folder"
        )


def check_writable(target: Path) -> None:
    """Raise :class:`OutputError` early when ``target`` surely cannot be created or replaced."""
    target = Path(target)
    ancestor = target.parent
    while not ancestor.exists() and ancestor != ancestor.parent:
        ancestor = ancestor.parent
    if not ancestor.is_dir():
        raise OutputError(
            f"{target}: cannot be written ({ancestor} is a file, not a folder); nothing was changed"
        )
    if not os.access(ancestor, os.W_OK | os.X_OK):
        raise OutputError(
            f"{target}: cannot be written (no permission to write in {ancestor}); "
            "nothing was changed"
        )


# --------------------------------------------------------------------------- staging


@contextlib.contextmanager
def staging_folder(target: Path) -> Iterator[Path]:
    """A new empty hidden folder beside ``target``; removed on leaving unless swapped in."""
    target = Path(target)
    try:
        target.parent.mkdir(parents=True, exist_ok=True)
        tmp = Path(
            tempfile.mkdtemp(prefix=f".{target.name}{_TMP_TAG}{os.getpid()}-", dir=target.parent)
        )
    except OSError as exc:
        raise write_error(target, exc) from None
    try:
        try:
            yield tmp
        except OSError as exc:  # a full disk, a read-only file system, ...
            raise write_error(target, exc) from None
    finally:
        shutil.rmtree(tmp, ignore_errors=True)


def write_error(target: Path, exc: OSError) -> OutputError:
    reason = {
        errno.ENOSPC: "the disk is full",
        errno.EDQUOT: "the disk quota is exceeded",
        errno.EROFS: "the file system is read-only",
        errno.EACCES: "permission denied",
        errno.EPERM: "operation not permitted",
        errno.EEXIST: "a file stands where a folder is needed",
        errno.ENOTDIR: "a file stands where a folder is needed",
    }.get(exc.errno or 0, exc.strerror or str(exc))
    return OutputError(f"{target}: cannot be written ({reason}); nothing was changed")


# --------------------------------------------------------------------------- replacing


@dataclass
class Replacement:
    """What replacing one folder did: where the files it did not delete were kept."""

    target: Path
    backup: Path | None = None
    kept: list[str] = field(default_factory=list)


def replace_folders(pairs: list[tuple[Path, Path]]) -> list[Replacement]:
    """Swap each staged folder in for its target: all of them, or (on an error) none.

    ``pairs`` is ``[(staged, target), ...]``. The old targets are then emptied of the
    files hrlesson wrote; anything else is kept in ``<target>.backup-<time>``.

    Raises
    ------
    OutputError : a target could not be replaced (all targets are then as before).
    """
    swapped: list[tuple[Path, Path, Path | None]] = []
    with contextlib.ExitStack() as locks:
        for parent in sorted({Path(target).parent.resolve() for _, target in pairs}):
            locks.enter_context(folder_lock(parent))
        for _, target in pairs:
            clean_stale(target)
        failed = None
        try:
            for staged, target in pairs:
                failed = target
                swapped.append((staged, target, _swap(staged, target)))
        except BaseException as exc:
            for staged, target, old in reversed(swapped):  # undo: all or nothing
                os.replace(target, staged)
                if old is not None:
                    os.replace(old, target)
            if isinstance(exc, OSError):
                raise write_error(failed, exc) from None
            raise
        return [discard_old(old, target) for _, target, old in swapped]


def _swap(staged: Path, target: Path) -> Path | None:
    os.chmod(staged, 0o755)
    old = None
    if target.exists() or target.is_symlink():
        old = old_folder(target)
        try:
            os.replace(target, old)  # replaces the empty placeholder folder
        except BaseException:
            old.rmdir()
            raise
    try:
        os.replace(staged, target)
    except BaseException:
        if old is not None:
            os.replace(old, target)
        raise
    return old


def old_folder(target: Path) -> Path:
    """A new empty hidden folder beside ``target`` for its old files (see :func:`discard_old`)."""
    return Path(
        tempfile.mkdtemp(prefix=f".{target.name}{_OLD_TAG}{os.getpid()}-", dir=target.parent)
    )


def discard_old(old: Path | None, target: Path) -> Replacement:
    """Delete from ``old`` what hrlesson wrote; keep the rest in a visible backup folder."""
    result = Replacement(target)
    if old is None:
        return result
    listed = read_manifest(old) or {}
    for rel, path in sorted(_entries(old), key=lambda e: e[0].count("/"), reverse=True):
        if path.is_symlink() or not path.is_dir():
            if _owned_copy(rel, path, listed, target):
                path.unlink()
        else:
            with contextlib.suppress(OSError):
                path.rmdir()  # only when empty
    for name in _MANIFESTS:  # hrlesson's own; describes the old files
        (old / name).unlink(missing_ok=True)
    try:
        old.rmdir()
        return result
    except OSError:
        pass
    stamp = time.strftime("%Y%m%d-%H%M%S")
    backup = target.with_name(f"{target.name}.backup-{stamp}")
    n = 2
    while backup.exists():
        backup = target.with_name(f"{target.name}.backup-{stamp}-{n}")
        n += 1
    os.replace(old, backup)
    result.backup = backup
    result.kept = [rel for rel, p in _entries(backup) if not p.is_dir() or p.is_symlink()]
    return result


def _owned_copy(rel: str, path: Path, listed: dict[str, str], target: Path) -> bool:
    if rel in _MANIFESTS:
        return False  # removed last, once nothing else is left
    if path.is_symlink():
        new = target / rel
        return new.is_symlink() and os.readlink(new) == os.readlink(path)
    data = path.read_bytes()
    if listed.get(rel) == _sha(data):
        return True
    new = target / rel
    return new.is_file() and not new.is_symlink() and new.read_bytes() == data


def clean_stale(target: Path) -> None:
    """Remove staging folders left beside ``target`` by runs that were killed.

    A leftover old copy of ``target`` is emptied like any replaced folder: what is not
    hrlesson's own is kept in a backup folder.
    """
    parent = Path(target).parent
    if not parent.is_dir():
        return
    for path in sorted(parent.iterdir()):
        for tag in (_TMP_TAG, _OLD_TAG):
            prefix = f".{Path(target).name}{tag}"
            if not path.name.startswith(prefix):
                continue
            pid = path.name[len(prefix) :].split("-", 1)[0]
            if (
                not pid.isdigit()
                or process_alive(int(pid))
                or path.is_symlink()
                or not path.is_dir()
            ):
                continue
            if tag == _TMP_TAG:
                shutil.rmtree(path, ignore_errors=True)
            else:
                discard_old(path, Path(target))


def process_alive(pid: int) -> bool:
    """Whether process ``pid`` still runs (POSIX; elsewhere always assumed to run).

    On Windows ``os.kill(pid, 0)`` would send Ctrl+C, so it is never called there.
    """
    if pid == os.getpid() or os.name != "posix":
        return True
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except OSError:
        return True
    return True


@contextlib.contextmanager
def folder_lock(parent: Path) -> Iterator[None]:
    """Hold an exclusive lock on ``parent`` while folders in it are swapped (POSIX only)."""
    try:
        import fcntl
    except ImportError:  # pragma: no cover - Windows: no lock
        yield
        return
    try:
        fd = os.open(parent, os.O_RDONLY)
    except OSError:
        yield
        return
    try:
        fcntl.flock(fd, fcntl.LOCK_EX)
        yield
    finally:
        os.close(fd)
