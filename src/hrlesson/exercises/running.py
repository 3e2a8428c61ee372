"""Running answer keys in a Jupyter kernel and reading what their checks recorded."""

from __future__ import annotations

import asyncio
import contextlib
import copy
import json
import os
import signal
import subprocess
import sys
import threading
import warnings
from pathlib import Path
from typing import Any

from ..checks import CHECKS_ENV, RAISE_ENV, RECORD_ENV
from ..errors import ExerciseError
from .lessons import CELL_TIMEOUT, KERNELSPEC, LANGUAGE_INFO, Lesson

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
                display_name=KERNELSPEC["display_name"],
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
    if _signal_seen(client):  # the signal came as the last cell ended: the run still finished
        raise KeyboardInterrupt
    for cell in nb.cells:
        cell.metadata.pop("execution", None)
        merge_streams(cell)
    nb.metadata["language_info"] = copy.deepcopy(LANGUAGE_INFO)  # no patch-level version
    return nb


def _was_interrupted(client: Any, exc: BaseException) -> bool:
    """True when Ctrl+C (or SIGTERM) stopped the kernel rather than a failing cell.

    nbclient handles those signals itself: it shuts the kernel down, and the run then
    ends in ``CancelledError``, "kernel died" or an ``AssertionError`` in its cleanup.
    """
    if _signal_seen(client):
        return True
    seen: BaseException | None = exc
    while seen is not None:
        if isinstance(seen, (KeyboardInterrupt, asyncio.CancelledError)):
            return True
        seen = seen.__context__
    return False


def _signal_seen(client: Any) -> bool:
    """True when nbclient caught Ctrl+C or SIGTERM during the run (its own mark).

    nbclient's handler only schedules the kernel's shutdown: when the signal comes as the
    last cell ends, ``execute`` returns as if nothing happened, and without this check the
    build would go on to the next notebook and exit 0.
    """
    return getattr(client, "_async_cleanup_kernel_future", None) is not None


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


def merge_streams(cell: Any) -> None:
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


def key_env(record: Path) -> dict[str, str]:
    env = {k: v for k, v in os.environ.items() if k not in (CHECKS_ENV, RAISE_ENV)}
    env[RECORD_ENV] = str(record)
    return env


def read_records(path: Path, lesson: Lesson) -> dict[str, dict[str, Any]]:
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
