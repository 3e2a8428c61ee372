"""Processes: workers die with their parent, interrupted runs stop cleanly (issue 14.4, 14.3).

These tests start ``hrlesson`` in child processes and signal them; they wait for
events (a progress line, a process ending), never for a fixed time.
"""

from __future__ import annotations

import multiprocessing
import os
import shutil
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

from hrlesson.article import bundled_path

LESSONS = Path(__file__).parent / "fixtures" / "lessons"
HRLESSON = [sys.executable, "-m", "hrlesson.cli"]

pytestmark = pytest.mark.skipif(
    not Path("/proc/self/task").is_dir(), reason="needs Linux /proc to find child processes"
)


def _children(pid: int) -> set[int]:
    found = set()
    for task in Path(f"/proc/{pid}/task").iterdir():
        text = (task / "children").read_text(encoding="ascii")
        found.update(int(p) for p in text.split())
    return found


def _wait_for(predicate, timeout: float = 60.0) -> bool:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if predicate():
            return True
        time.sleep(0.1)
    return False


def _alive(pid: int) -> bool:
    try:
        state = Path(f"/proc/{pid}/stat").read_text(encoding="ascii").rsplit(")", 1)[1].split()[0]
    except FileNotFoundError:
        return False
    return state != "Z"


def _articles(folder: Path, n: int, repeat: int) -> Path:
    folder.mkdir()
    text = bundled_path().read_text(encoding="utf-8")
    for i in range(n):
        (folder / f"a{i:02d}.txt").write_text((text + "\n\n") * repeat, encoding="utf-8")
    return folder


def _start_extract(inputs, out) -> subprocess.Popen:
    """``hrlesson extract INPUTS --out OUT --jobs 2``, its stderr readable line by line."""
    return subprocess.Popen(
        [*HRLESSON, "extract", str(inputs), "--out", str(out), "--jobs", "2"],
        stderr=subprocess.PIPE,
        text=True,
    )


def _read_line(stream) -> str:
    return stream.readline()


def test_workers_die_when_the_parent_is_killed(tmp_path):
    inputs = _articles(tmp_path / "in", n=8, repeat=4)
    out = tmp_path / "out"
    proc = _start_extract(inputs, out)
    try:
        assert "1/8" in _read_line(proc.stderr)  # a worker has finished one article
        workers = _children(proc.pid)
        assert workers
        proc.kill()
        proc.wait()
        assert _wait_for(lambda: not any(_alive(w) for w in workers), timeout=30)
    finally:
        proc.kill()
        proc.wait()
        proc.stderr.close()
    assert len([p for p in out.iterdir() if not p.name.startswith(".")]) < 8


def test_leftovers_of_a_killed_run_are_cleaned_by_the_next(tmp_path):
    inputs = _articles(tmp_path / "in", n=1, repeat=10)
    out = tmp_path / "out"
    args = [*HRLESSON, "extract", str(inputs / "a00.txt"), "--out", str(out)]
    proc = subprocess.Popen(args, stderr=subprocess.DEVNULL)
    assert _wait_for(lambda: out.is_dir() and any(out.iterdir()), timeout=60)
    proc.kill()
    proc.wait()
    subprocess.run(args, check=True, capture_output=True)
    assert sorted(p.name for p in out.iterdir()) == ["a00"]


def test_two_runs_into_one_folder_both_succeed(tmp_path):
    inputs = _articles(tmp_path / "in", n=2, repeat=1)
    out = tmp_path / "out"
    args = [*HRLESSON, "extract", str(inputs), "--out", str(out), "--date", "2021-02-25"]
    for _ in range(2):
        runs = [subprocess.Popen(args, stderr=subprocess.PIPE, text=True) for _ in range(2)]
        results = [(p.wait(), p.stderr.read()) for p in runs]
        for p in runs:
            p.stderr.close()
        for code, err in results:
            assert code == 0, err
            assert "Traceback" not in err
    assert sorted(p.name for p in out.iterdir()) == ["a00", "a01"]
    assert not [p for p in out.parent.iterdir() if "backup" in p.name]


def test_ctrl_c_during_exercises_build_says_interrupted(tmp_path):
    shutil.copytree(LESSONS, tmp_path / "notebooks")
    proc = subprocess.Popen(
        [*HRLESSON, "exercises", "build"],
        cwd=tmp_path,
        stderr=subprocess.PIPE,
        text=True,
        start_new_session=True,  # a terminal sends Ctrl+C to the whole process group
    )
    try:
        first = _read_line(proc.stderr)
        assert "01-counting.ipynb: key ran" in first  # the second key is now running
        os.killpg(proc.pid, signal.SIGINT)
        code = proc.wait(timeout=120)
        rest = proc.stderr.read()
    finally:
        if proc.poll() is None:
            proc.kill()
        proc.stderr.close()
    assert code == 130
    assert rest.strip() == "hrlesson: interrupted"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["notebooks"]


def test_sigterm_stops_extract_and_leaves_nothing_hidden(tmp_path):
    inputs = _articles(tmp_path / "in", n=6, repeat=4)
    out = tmp_path / "out"
    proc = _start_extract(inputs, out)
    try:
        assert "1/6" in _read_line(proc.stderr)
        workers = _children(proc.pid)
        proc.terminate()
        code = proc.wait(timeout=60)
        rest = proc.stderr.read()
    finally:
        if proc.poll() is None:
            proc.kill()
        proc.stderr.close()
    assert code == 143
    assert rest.strip().splitlines()[-1] == "hrlesson: terminated"
    assert _wait_for(lambda: not any(_alive(w) for w in workers), timeout=30)
    assert not [p.name for p in out.iterdir() if p.name.startswith(".")]


def _tenfold_but_three_dies(n: int) -> int:
    if n == 3:
        os._exit(7)  # a worker killed mid-job (out of memory, kill -9)
    return n * 10


def test_a_worker_that_dies_mid_job_loses_no_article_silently():
    from hrlesson.worker_processes import run_in_workers

    answers = list(
        run_in_workers([1, 2, 3, 4, 5, 6], 2, _tenfold_but_three_dies, lambda n, code: (n, code))
    )
    assert sorted(a for a in answers if isinstance(a, int)) == [10, 20, 40, 50, 60]
    assert [a for a in answers if isinstance(a, tuple)] == [(3, 7)]
    assert not multiprocessing.active_children()  # every worker was joined
