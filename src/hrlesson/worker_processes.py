"""Worker processes for ``hrlesson extract --jobs N``: one private pipe each, no shared locks.

Each worker gets its own two-way pipe. The main process hands a worker one job at a time
and the next one when its answer comes back, so fast and slow articles share out by
themselves. No queue or lock is shared between processes, so stopping a run can never
wait on a lock that a stopped worker still holds (the way ``multiprocessing.Pool.terminate``
can hang).

A worker that dies mid-job (killed by the system, out of memory) is never silent: its job
comes back as a failure (:func:`lost_job`) and a new worker takes its place. When the main
process is stopped (Ctrl+C, SIGTERM), every worker is sent SIGTERM, waited for a few
seconds (workers clean their staging folders on SIGTERM), then killed.

Workers ignore Ctrl+C (the main process stops them) and exit by themselves when the main
process dies, even by SIGKILL.
"""

from __future__ import annotations

import multiprocessing
import os
import signal
import threading
import time
from collections.abc import Callable, Iterator, Sequence
from multiprocessing.connection import Connection, wait
from typing import Any

from .output_folder import process_alive

__all__ = ["PARENT_POLL", "STOP_GRACE", "run_in_workers"]

#: Seconds between a worker's checks that the main process is still alive.
PARENT_POLL = 0.5
#: Seconds a stopped worker gets to clean up after SIGTERM before it is killed.
STOP_GRACE = 10.0


def run_in_workers(
    work: Sequence[Any],
    jobs: int,
    do_job: Callable[[Any], Any],
    lost_job: Callable[[Any, int | None], Any],
) -> Iterator[Any]:
    """Yield ``do_job(item)`` for every item of ``work``, computed in ``jobs`` processes.

    Answers come in the order they are finished. ``do_job`` must be a module-level
    function (it is sent to the worker). A job whose worker died yields
    ``lost_job(item, exit_code)`` instead.
    """
    todo = list(reversed(work))  # pop() from the end keeps the given order
    workers: dict[Connection, tuple[multiprocessing.Process, Any]] = {}
    try:
        for _ in range(min(jobs, len(todo))):
            _start_worker(workers, do_job, todo.pop())
        while workers:
            for conn in wait(list(workers)):
                yield from _answer(workers, conn, todo, do_job, lost_job)
    except BaseException:
        _stop(process for process, _ in workers.values())
        raise


def _answer(workers, conn, todo, do_job, lost_job) -> Iterator[Any]:
    """One worker's answer: yield it and give the worker its next job (or its end)."""
    process, item = workers[conn]
    try:
        answer = conn.recv()
    except (EOFError, OSError):  # the worker died during ``item``
        del workers[conn]
        conn.close()
        process.join()
        yield lost_job(item, process.exitcode)
        if todo:
            _start_worker(workers, do_job, todo.pop())
        return
    yield answer
    if todo:
        workers[conn] = (process, todo.pop())
        conn.send(workers[conn][1])
    else:
        conn.send(None)
        del workers[conn]
        conn.close()
        process.join()


def _start_worker(workers: dict, do_job: Callable[[Any], Any], first: Any) -> None:
    mine, theirs = multiprocessing.Pipe()
    process = multiprocessing.Process(
        target=_worker_loop, args=(theirs, do_job, os.getpid()), daemon=True
    )
    process.start()
    theirs.close()
    mine.send(first)
    workers[mine] = (process, first)


def _worker_loop(conn: Connection, do_job: Callable[[Any], Any], parent: int) -> None:
    """In a worker: do jobs until the main process sends ``None`` (or goes away)."""
    _worker_setup(parent)
    try:
        while (item := conn.recv()) is not None:
            conn.send(do_job(item))
    except EOFError:  # the main process closed the pipe: nothing more to do
        pass
    finally:
        conn.close()


def _worker_setup(parent: int) -> None:
    """In a worker: leave Ctrl+C to the main process, clean up on SIGTERM, die with it."""
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    signal.signal(signal.SIGTERM, _exit_on_signal)
    ppid = os.getppid()

    def watch() -> None:
        while True:
            time.sleep(PARENT_POLL)
            if os.getppid() != ppid or not process_alive(parent):
                os._exit(1)

    threading.Thread(target=watch, name="hrlesson-parent-watch", daemon=True).start()


def _exit_on_signal(signum: int, frame: object) -> None:
    raise SystemExit(128 + signum)


def _stop(processes) -> None:
    """SIGTERM every live worker, give them :data:`STOP_GRACE` seconds, then kill."""
    processes = [p for p in processes if p.is_alive()]
    for process in processes:
        process.terminate()
    deadline = time.monotonic() + STOP_GRACE
    for process in processes:
        process.join(max(0.0, deadline - time.monotonic()))
    for process in processes:
        if process.is_alive():
            process.kill()
            process.join()
