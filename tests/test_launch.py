"""``hrlesson lessons``: copying the lessons without losing work, the JupyterLab command,
and a clean stop on Ctrl+C or SIGTERM.

Lesson folders here are constructed (a few small files); the real lessons are served by
the slow test in tests/test_install.py, from an installed wheel.
"""

from __future__ import annotations

import json
import os
import re
import signal
import subprocess
import sys
import textwrap
import time
from pathlib import Path

import pytest

from hrlesson import InputError
from hrlesson.cli import main
from hrlesson.launch import (
    FIRST_LESSON,
    MANIFEST,
    checkout_root,
    copy_lessons,
    lab_command,
    lessons_source,
)

ROOT = Path(__file__).resolve().parents[1]


@pytest.fixture
def kit(tmp_path: Path) -> Path:
    """A constructed lesson folder, as the package ships it."""
    source = tmp_path / "kit"
    source.mkdir()
    (source / FIRST_LESSON).write_text('{"cells": []}\n')
    (source / "01-next.ipynb").write_text('{"cells": [1]}\n')
    (source / ".hrlesson-checks.json").write_text("{}\n")
    (source / ".hrlesson-manifest.json").write_text("{}\n")  # the builder's: not for users
    return source


def test_first_copy_adds_every_lesson_file(kit: Path, tmp_path: Path) -> None:
    report = copy_lessons(kit, tmp_path / "L", "student")
    assert report.added == [".hrlesson-checks.json", "00-start-here.ipynb", "01-next.ipynb"]
    assert (tmp_path / "L" / FIRST_LESSON).read_bytes() == (kit / FIRST_LESSON).read_bytes()
    assert not (tmp_path / "L" / ".hrlesson-manifest.json").exists()
    manifest = json.loads((tmp_path / "L" / MANIFEST).read_text())
    assert manifest["variant"] == "student"
    assert sorted(manifest["files"]) == report.added


def test_second_copy_changes_nothing(kit: Path, tmp_path: Path) -> None:
    copy_lessons(kit, tmp_path / "L", "student")
    report = copy_lessons(kit, tmp_path / "L", "student")
    assert (report.added, report.updated, report.kept) == ([], [], [])
    assert report.summary() == [f"the lessons in {tmp_path / 'L'} are up to date"]


def test_a_changed_file_is_kept_and_listed(kit: Path, tmp_path: Path) -> None:
    folder = tmp_path / "L"
    copy_lessons(kit, folder, "student")
    (folder / FIRST_LESSON).write_text("my answers\n")
    (kit / FIRST_LESSON).write_text('{"cells": ["a newer kit"]}\n')  # the kit changed too
    (kit / "01-next.ipynb").write_text('{"cells": [2]}\n')  # untouched by the user
    (kit / "02-new.ipynb").write_text("{}\n")
    report = copy_lessons(kit, folder, "student")
    assert (folder / FIRST_LESSON).read_text() == "my answers\n"
    assert report.kept == [FIRST_LESSON]
    assert report.updated == ["01-next.ipynb"]
    assert report.added == ["02-new.ipynb"]
    assert (folder / "01-next.ipynb").read_text() == '{"cells": [2]}\n'
    assert any(FIRST_LESSON in line and "kept 1" in line for line in report.summary())
    # still the user's next time, even though the manifest knows the kit's version
    assert copy_lessons(kit, folder, "student").kept == [FIRST_LESSON]


def test_a_file_the_kit_no_longer_ships_is_removed_unless_changed(
    kit: Path, tmp_path: Path
) -> None:
    folder = tmp_path / "L"
    (kit / "hrlesson-checks.json").write_text("{}\n")  # the old, visible name
    (kit / "notes.txt").write_text("kit notes\n")
    copy_lessons(kit, folder, "student")
    (kit / "hrlesson-checks.json").unlink()  # a newer kit ships only the hidden file
    (kit / "notes.txt").unlink()
    (folder / "notes.txt").write_text("my notes\n")  # changed by the student: kept
    report = copy_lessons(kit, folder, "student")
    assert report.removed == ["hrlesson-checks.json"]
    assert not (folder / "hrlesson-checks.json").exists()
    assert report.kept == ["notes.txt"]
    assert (folder / "notes.txt").read_text() == "my notes\n"
    assert "notes.txt" not in json.loads((folder / MANIFEST).read_text())["files"]
    assert any("removed 1" in line for line in report.summary())


def test_a_file_not_written_by_hrlesson_is_never_overwritten(kit: Path, tmp_path: Path) -> None:
    folder = tmp_path / "L"
    folder.mkdir()
    (folder / FIRST_LESSON).write_text("someone else's notebook\n")
    report = copy_lessons(kit, folder, "student")
    assert report.kept == [FIRST_LESSON]
    assert (folder / FIRST_LESSON).read_text() == "someone else's notebook\n"


def test_student_and_complete_versions_never_share_a_folder(kit: Path, tmp_path: Path) -> None:
    copy_lessons(kit, tmp_path / "L", "student")
    with pytest.raises(InputError, match="holds the student versions"):
        copy_lessons(kit, tmp_path / "L", "complete")


def test_a_file_in_place_of_the_folder_is_refused(kit: Path, tmp_path: Path) -> None:
    (tmp_path / "L").write_text("x")
    with pytest.raises(InputError, match="not a folder"):
        copy_lessons(kit, tmp_path / "L", "student")


def test_lab_command_opens_the_lesson_and_serves_the_folder(monkeypatch, tmp_path: Path) -> None:
    monkeypatch.setattr("os.geteuid", lambda: 1000)
    command = lab_command(tmp_path, FIRST_LESSON, no_browser=True, port=9999)
    assert command[:3] == [sys.executable, "-m", "jupyterlab"]
    assert f"--ServerApp.root_dir={tmp_path}" in command
    # the URL Jupyter prints, and the browser, open lesson 0 (not the file list)
    assert f"--LabApp.default_url=/lab/tree/{FIRST_LESSON}" in command
    assert "--no-browser" in command
    assert "--ServerApp.port=9999" in command
    assert "--allow-root" not in command
    monkeypatch.setattr("os.geteuid", lambda: 0)
    assert "--allow-root" in lab_command(tmp_path, "x.ipynb", no_browser=False, port=None)


def test_checkout_is_recognised() -> None:
    assert checkout_root(ROOT) == ROOT
    assert checkout_root(ROOT / "tests") is None


def test_lessons_come_from_the_package_or_its_checkout() -> None:
    student, complete = lessons_source("student"), lessons_source("complete")
    assert student.name == "exercises"
    assert complete.name == "notebooks"
    assert (student / FIRST_LESSON).read_bytes() == (ROOT / "exercises" / FIRST_LESSON).read_bytes()


def test_no_command_exits_2_with_the_usage(capsys) -> None:
    assert main([]) == 2
    err = capsys.readouterr().err
    assert err.startswith("usage: hrlesson")
    assert "give a command" in err


def test_bad_port_is_one_line(capsys) -> None:
    with pytest.raises(SystemExit) as exc:
        main(["lessons", "--port", "http"])
    assert exc.value.code == 2
    assert "not a port number" in capsys.readouterr().err


def test_mixing_versions_in_one_folder_exits_2(kit: Path, tmp_path: Path, capsys) -> None:
    copy_lessons(lessons_source("student"), tmp_path / "L", "student")
    assert main(["lessons", "--dir", str(tmp_path / "L"), "--instructor", "--no-browser"]) == 2
    err = capsys.readouterr().err.strip().splitlines()
    assert len(err) == 1
    assert "holds the student versions" in err[0]


# A stand-in for JupyterLab: says it is up, and on SIGTERM cleans up and exits (as Jupyter does).
_FAKE_SERVER = textwrap.dedent(
    """
    import pathlib, signal, sys, time
    here = pathlib.Path.cwd()
    def stop(signum, frame):
        (here / "runtime.json").unlink()
        (here / "stopping").write_text(str(signum))
        (here / "stopping").replace(here / "stopped-cleanly")  # whole or absent, never empty
        sys.exit(0)
    signal.signal(signal.SIGTERM, stop)
    (here / "runtime.json").write_text("{}")
    print("fake server up", flush=True)
    while True:
        time.sleep(0.1)
    """
)

_RUNNER = (
    "import sys; from pathlib import Path; from hrlesson.launch import run_server; "
    "sys.exit(run_server([sys.executable, '-c', sys.argv[1]], Path.cwd()))"
)


@pytest.mark.skipif(os.name != "posix", reason="POSIX signals")
@pytest.mark.parametrize("stop_with", [signal.SIGINT, signal.SIGTERM], ids=["ctrl-c", "sigterm"])
def test_stop_signal_shuts_the_server_down_cleanly(tmp_path: Path, stop_with: int) -> None:
    runner = subprocess.Popen(
        [sys.executable, "-c", _RUNNER, _FAKE_SERVER],
        cwd=tmp_path,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )
    try:
        assert runner.stdout.readline().strip() == "fake server up"
        runner.send_signal(stop_with)
        _, err = runner.communicate(timeout=30)
    finally:
        if runner.poll() is None:
            runner.kill()
    assert runner.returncode == 0
    assert "stopping JupyterLab" in err
    assert (tmp_path / "stopped-cleanly").read_text() == str(int(signal.SIGTERM))
    assert not (tmp_path / "runtime.json").exists()


def test_server_exit_status_is_passed_on(tmp_path: Path) -> None:
    from hrlesson.launch import run_server

    assert run_server([sys.executable, "-c", "raise SystemExit(3)"], tmp_path) == 3


def test_copied_notebooks_carry_this_pythons_language_info(tmp_path: Path) -> None:
    """Otherwise JupyterLab marks a lesson unsaved as soon as its kernel starts."""
    import platform

    copy_lessons(lessons_source("student"), tmp_path / "L", "student")
    copied = json.loads((tmp_path / "L" / FIRST_LESSON).read_text(encoding="utf-8"))
    original = json.loads((ROOT / "exercises" / FIRST_LESSON).read_text(encoding="utf-8"))
    info = copied["metadata"]["language_info"]
    assert info["version"] == platform.python_version()
    assert info["codemirror_mode"] == {"name": "ipython", "version": sys.version_info[0]}
    assert copied["cells"] == original["cells"]


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="PR_SET_PDEATHSIG is Linux's")
def test_server_stops_when_hrlesson_is_killed(tmp_path: Path) -> None:
    runner = subprocess.Popen(
        [sys.executable, "-c", _RUNNER, _FAKE_SERVER],
        cwd=tmp_path,
        stdout=subprocess.PIPE,
        stderr=subprocess.DEVNULL,
        text=True,
    )
    assert runner.stdout.readline().strip() == "fake server up"
    runner.kill()  # SIGKILL: no chance to stop the server itself
    runner.wait(timeout=30)
    runner.stdout.close()
    for _ in range(100):
        if (tmp_path / "stopped-cleanly").exists():
            break
        time.sleep(0.1)
    assert (tmp_path / "stopped-cleanly").read_text() == str(int(signal.SIGTERM))


def test_binder_badge_opens_the_student_version_of_lesson_0() -> None:
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    target = re.search(r"urlpath=lab/tree/([^)\s]+)\)", readme).group(1)
    assert target == f"exercises/{FIRST_LESSON}"
    assert (ROOT / target).is_file()


@pytest.mark.skipif(not Path("/proc/self").is_dir(), reason="needs Linux's /proc")
@pytest.mark.parametrize("command", ["lessons", "site"])
def test_unwritable_folder_is_one_line(command: str, capsys) -> None:
    """/proc cannot hold new folders, not even for root."""
    args = ["--dir", "/proc/hrlesson-L", "--no-browser"] if command == "lessons" else []
    args = args or ["--out", "/proc/hrlesson-L"]
    assert main([command, *args]) == 2
    err = capsys.readouterr().err.strip().splitlines()
    assert len(err) == 1
    assert err[0].startswith("hrlesson: error: /proc/hrlesson-L: cannot ")
