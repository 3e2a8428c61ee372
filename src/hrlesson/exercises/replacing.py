"""Replacing a generated folder's files in place, so a kernel running inside it keeps working.

Students open ``exercises/`` in Jupyter, so a kernel's working directory is often that
folder. Swapping a new folder in (as :func:`hrlesson.output_folder.replace_folders`
does) would leave such a kernel in a deleted folder, and its next relative file write
would fail. Here the folder itself stays (same inode) and only its files change:

* every new or changed file is first written in full to a hidden staging folder beside
  the target; files whose bytes do not change are not touched;
* then, under the parent folder's lock, each one is renamed over the old file (a reader
  sees the old or the new file, never half of one), the files the build no longer writes
  are moved out, and the manifest is replaced last;
* meanwhile the old versions are kept (hard links, or copies) in a hidden folder beside
  the target. On any error every folder is put back as it was (all folders or none);
  after success they are deleted when hrlesson wrote them, and kept in a
  ``<folder>.backup-<time>`` folder otherwise (what ``--force`` overwrote), as
  :func:`hrlesson.output_folder.discard_old` does for swapped folders.

Files the manifest does not list (a student's own) are never touched.

>>> import tempfile
>>> root = Path(tempfile.mkdtemp())
>>> _ = replace_contents([(root / "ex", {"a.txt": b"1"}, [])])
>>> inode = (root / "ex").stat().st_ino
>>> _ = replace_contents([(root / "ex", {"a.txt": b"2"}, [])])
>>> (root / "ex").stat().st_ino == inode, (root / "ex" / "a.txt").read_bytes()
(True, b'2')
>>> shutil.rmtree(root)
"""

from __future__ import annotations

import contextlib
import os
import shutil
from pathlib import Path

from ..output_folder import (
    MANIFEST_FILE,
    Replacement,
    clean_stale,
    discard_old,
    folder_lock,
    manifest_path,
    old_folder,
    staging_folder,
    write_error,
)

__all__ = ["replace_contents"]

# one undo step: (what, path, saved) -- see _undo
_Step = tuple[str, Path, Path | None]


def replace_contents(items: list[tuple[Path, dict[str, bytes], list[str]]]) -> list[Replacement]:
    """Write ``files`` into each ``folder`` and delete the ``delete`` names, all or none.

    ``items`` is ``[(folder, files, delete), ...]`` with ``files`` mapping a relative path
    to its new bytes (the manifest among them) and ``delete`` the relative paths of
    files written before and no longer written.

    Raises
    ------
    OutputError : a file could not be written (every folder is then as before).
    """
    with contextlib.ExitStack() as stack:
        tmps = [stack.enter_context(staging_folder(Path(folder))) for folder, *_ in items]
        for parent in sorted({Path(folder).parent.resolve() for folder, *_ in items}):
            stack.enter_context(folder_lock(parent))  # what is unchanged is decided under it
        staged = []
        for (folder, files, delete), tmp in zip(items, tmps, strict=True):
            clean_stale(Path(folder))
            try:
                names = _stage(Path(folder), files, tmp)
            except OSError as exc:  # a full disk, ...: named after its own folder
                raise write_error(Path(folder), exc) from None
            staged.append((Path(folder), tmp, names, delete))
        steps: list[_Step] = []
        olds = []
        failed = staged[0][0] if staged else Path()
        try:
            for folder, tmp, names, delete in staged:
                failed = folder
                olds.append((folder, _commit(folder, tmp, names, delete, steps)))
        except BaseException as exc:
            _undo(steps)
            if isinstance(exc, OSError):
                raise write_error(failed, exc) from None
            raise
        return [discard_old(old, folder) for folder, old in olds]


def _stage(folder: Path, files: dict[str, bytes], tmp: Path) -> list[str]:
    """Write the files that change into ``tmp``; their names, the manifest last."""
    names = []
    for name, data in sorted(files.items(), key=lambda item: item[0] == MANIFEST_FILE):
        path = folder / name
        if path.is_file() and not path.is_symlink() and path.read_bytes() == data:
            continue
        staged = tmp / name
        staged.parent.mkdir(parents=True, exist_ok=True)
        staged.write_bytes(data)
        names.append(name)
    return names


def _commit(folder: Path, tmp: Path, names: list[str], delete: list[str], steps: list) -> Path:
    """Rename the staged files over ``folder``'s; the folder holding the old versions."""
    if not folder.exists():
        folder.mkdir()
        os.chmod(folder, 0o755)
        steps.append(("mkdir", folder, None))
    old = old_folder(folder)
    steps.append(("old", old, None))
    current = manifest_path(folder)
    # tells discard_old which old files were ours (a legacy manifest is moved there below:
    # renaming a file onto its own hard link would leave it in place)
    if current.is_file() and current.name not in delete:
        _keep(current, old / current.name)
    for name in delete:
        path = folder / name
        if path.is_file() or path.is_symlink():
            (old / name).parent.mkdir(parents=True, exist_ok=True)
            os.replace(path, old / name)
            steps.append(("moved", path, old / name))
    for name in names:
        path = folder / name
        if path.is_file() or path.is_symlink():
            if name != MANIFEST_FILE:
                _keep(path, old / name)
            os.replace(tmp / name, path)
            steps.append(("replaced", path, old / name))
        else:
            path.parent.mkdir(parents=True, exist_ok=True)
            os.replace(tmp / name, path)
            steps.append(("added", path, None))
    return old


def _keep(path: Path, saved: Path) -> None:
    """Keep the file at ``path`` as ``saved`` too (a hard link, or a copy)."""
    saved.parent.mkdir(parents=True, exist_ok=True)
    try:
        os.link(path, saved, follow_symlinks=False)
    except (OSError, NotImplementedError):  # no hard links here (or of symlinks)
        shutil.copy2(path, saved, follow_symlinks=False)


def _undo(steps: list[_Step]) -> None:
    """Put every folder back as it was before :func:`_commit` (latest step first)."""
    for what, path, saved in reversed(steps):
        with contextlib.suppress(OSError):
            if what in ("moved", "replaced") and saved is not None:
                os.replace(saved, path)
            elif what == "added":
                path.unlink()
            elif what == "old":
                shutil.rmtree(path)
            elif what == "mkdir":
                path.rmdir()
