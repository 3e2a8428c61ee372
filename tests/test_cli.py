"""The `hrlesson` command line: extract, data, errors (constructed article texts)."""

from __future__ import annotations

import errno
import json
import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

import hrlesson
from hrlesson.article import bundled_path
from hrlesson.cli import main
from hrlesson.export import table_names
from hrlesson.output_folder import MANIFEST_FILE

ARTICLE = (
    "GENEVA (AP) — The envoy said the talks were “useful,” and left.\n\nTalks ended on Friday.\n"
)


@pytest.fixture
def articles(tmp_path):
    folder = tmp_path / "in"
    folder.mkdir()
    (folder / "one.txt").write_text(ARTICLE, encoding="utf-8")
    (folder / "two.txt").write_text(ARTICLE.replace("envoy", "minister"), encoding="utf-8")
    (folder / "notes.md").write_text("not an article", encoding="utf-8")
    shutil.copyfile(bundled_path(), folder / "belarus.txt")
    return folder


def _files(folder: Path) -> dict[str, bytes]:
    return {
        str(p.relative_to(folder)): p.read_bytes() for p in sorted(folder.rglob("*")) if p.is_file()
    }


def test_version(capsys):
    with pytest.raises(SystemExit) as exc:
        main(["--version"])
    assert exc.value.code == 0
    assert capsys.readouterr().out.strip() == f"hrlesson {hrlesson.__version__}"


def test_help_lists_commands(capsys):
    with pytest.raises(SystemExit):
        main(["--help"])
    out = capsys.readouterr().out
    assert "extract" in out
    assert "data" in out
    for command in ("lessons", "site", "exercises"):
        assert f"    {command}" in out


def test_extract_does_not_import_the_other_commands(articles, tmp_path):
    """`hrlesson extract` starts without the exercise builder, launcher and site modules."""
    code = (
        "import sys; from hrlesson.cli import main; "
        f"status = main(['extract', {str(articles / 'one.txt')!r}, '--out', "
        f"{str(tmp_path / 'o')!r}]); "
        "print(status, sorted(m for m in sys.modules if m.split('.')[:2] in "
        "(['hrlesson', 'exercises'], ['hrlesson', 'launch'], ['hrlesson', 'site'])))"
    )
    result = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, check=False
    )
    assert result.stdout.split() == ["0", "[]"], result.stderr
    assert (tmp_path / "o" / "one").is_dir()


def test_a_mistyped_command_lists_every_command(capsys):
    with pytest.raises(SystemExit) as exc:
        main(["extrat"])
    assert exc.value.code == 2
    assert "'exercises'" in capsys.readouterr().err


def test_extract_folder_writes_one_folder_per_article(articles, tmp_path, capsys):
    out = tmp_path / "out"
    assert main(["extract", str(articles), "--out", str(out), "--date", "2021-02-25"]) == 0
    assert sorted(p.name for p in out.iterdir()) == ["belarus", "one", "two"]
    for name in ("one", "belarus"):
        folder = out / name
        expected = {f"{t}.csv" for t in table_names()} | {"article.txt", "datapackage.json"}
        expected.add(MANIFEST_FILE)
        assert {p.name for p in folder.iterdir()} == expected
        package = json.loads((folder / "datapackage.json").read_text(encoding="utf-8"))
        paths = [r["path"] for r in package["resources"]]
        assert paths == ["article.txt"] + [f"{t}.csv" for t in table_names()]
        for resource in package["resources"][1:]:
            header = (folder / resource["path"]).read_text(encoding="utf-8").splitlines()[0]
            assert header.split(",") == [f["name"] for f in resource["schema"]["fields"]]
    err = capsys.readouterr().err
    assert "3/3" in err  # progress shown for several articles
    assert "wrote 3 article folders" in err


def test_extract_is_deterministic_and_jobs_give_same_bytes(articles, tmp_path):
    a, b = tmp_path / "a", tmp_path / "b"
    assert main(["extract", str(articles), "--out", str(a)]) == 0
    assert main(["extract", str(articles), "--out", str(b), "--jobs", "2"]) == 0
    assert _files(a) == _files(b)
    assert main(["extract", str(articles), "--out", str(a)]) == 0  # overwrite in place
    assert _files(a) == _files(b)
    assert not [p for p in a.iterdir() if p.name.startswith(".")]  # no temporary leftovers


def test_extract_date_is_recorded(articles, tmp_path):
    out = tmp_path / "out"
    assert (
        main(["extract", str(articles / "one.txt"), "--out", str(out), "--date", "2021-02-26"]) == 0
    )
    package = json.loads((out / "one" / "datapackage.json").read_text(encoding="utf-8"))
    assert package["hrlesson_article"]["date"] == "2021-02-26"


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (["extract", "{tmp}/missing.txt", "--out", "{tmp}/out"], "no such file or folder"),
        (["extract", "{tmp}/empty_dir", "--out", "{tmp}/out"], "contains no .txt files"),
        (
            ["extract", "{tmp}/in/one.txt", "--out", "{tmp}/out", "--date", "25.02.2021"],
            "YYYY-MM-DD",
        ),
        (
            ["extract", "{tmp}/in/one.txt", "{tmp}/other/one.txt", "--out", "{tmp}/out"],
            "same folder",
        ),
    ],
)
def test_extract_errors_are_one_line_exit_2(articles, tmp_path, capsys, args, message):
    (tmp_path / "empty_dir").mkdir()
    (tmp_path / "other").mkdir()
    (tmp_path / "other" / "one.txt").write_text(ARTICLE, encoding="utf-8")
    argv = [a.replace("{tmp}", str(tmp_path)) for a in args]
    assert main(argv) == 2
    err = capsys.readouterr().err.strip().splitlines()
    assert len(err) == 1
    assert err[0].startswith("hrlesson: error:")
    assert message in err[0]
    assert not (tmp_path / "out").exists()


def test_one_bad_article_does_not_stop_the_others(articles, tmp_path, capsys):
    (articles / "broken.txt").write_bytes(b"%PDF-1.4 binary")
    (articles / "blank.txt").write_bytes(b"  \n  ")
    out = tmp_path / "out"
    assert main(["extract", str(articles), "--out", str(out)]) == 2
    assert sorted(p.name for p in out.iterdir()) == ["belarus", "one", "two"]
    err = capsys.readouterr().err
    assert "broken.txt: this is a PDF document" in err
    assert "blank.txt: file is empty" in err
    assert "Traceback" not in err


def test_extract_bad_jobs_value(tmp_path, capsys):
    with pytest.raises(SystemExit) as exc:
        main(["extract", "x.txt", "--out", str(tmp_path), "--jobs", "0"])
    assert exc.value.code == 2


def test_console_script_runs_without_traceback(tmp_path):
    exe = Path(sys.executable).with_name("hrlesson")
    cmd = [str(exe)] if exe.exists() else [sys.executable, "-m", "hrlesson.cli"]
    result = subprocess.run(
        [*cmd, "extract", str(tmp_path / "nothing.txt"), "--out", str(tmp_path / "o")],
        capture_output=True,
        text=True,
        check=False,
    )
    assert result.returncode == 2
    assert (
        result.stderr.strip()
        == f"hrlesson: error: {tmp_path / 'nothing.txt'}: no such file or folder"
    )


def test_lessons_notebook_exists_in_repository():
    root = Path(__file__).resolve().parents[1]
    assert (root / "notebooks" / "00-start-here.ipynb").is_file()


def test_a_refused_article_alone_is_one_line(tmp_path, capsys):
    (tmp_path / "broken.txt").write_bytes(b"%PDF-1.4 binary")
    assert main(["extract", str(tmp_path / "broken.txt"), "--out", str(tmp_path / "out")]) == 2
    err = capsys.readouterr().err.strip().splitlines()
    assert err == ["hrlesson: error: broken.txt: this is a PDF document, not a plain-text article"]
    assert not (tmp_path / "out").exists()


def _fail_with(code: int):
    def fail(*args, **kwargs):
        raise OSError(code, os.strerror(code))

    return fail


@pytest.mark.parametrize(
    ("patch", "code", "reason"),
    [
        ("hrlesson.export.write_csv", errno.ENOSPC, "the disk is full"),
        ("hrlesson.output_folder.tempfile.mkdtemp", errno.EROFS, "the file system is read-only"),
    ],
    ids=["disk-full", "read-only"],
)
def test_output_that_cannot_be_written_is_one_line(
    articles, tmp_path, capsys, monkeypatch, patch, code, reason
):
    monkeypatch.setattr(patch, _fail_with(code))
    out = tmp_path / "out"
    assert main(["extract", str(articles), "--out", str(out), "--date", "2021-02-25"]) == 2
    err = [line for line in capsys.readouterr().err.splitlines() if not line.startswith("[")]
    assert len(err) == 1, err
    assert err[0].startswith("hrlesson: error:")
    assert reason in err[0]
    assert "wrote" not in err[0]
    assert not out.exists() or not [p for p in out.rglob("*") if p.is_file()]


def test_out_under_proc_is_one_line(articles, capsys):
    assert main(["extract", str(articles / "one.txt"), "--out", "/proc/hrlesson-test"]) == 2
    err = capsys.readouterr().err.strip().splitlines()
    assert len(err) == 1
    assert err[0].startswith("hrlesson: error: /proc/hrlesson-test/one: cannot be written")


def test_data_with_a_file_as_out_is_one_line(tmp_path, capsys):
    (tmp_path / "f").write_text("mine", encoding="utf-8")
    assert main(["data", "--out", str(tmp_path / "f")]) == 2
    assert "exists and is not a folder" in capsys.readouterr().err
    assert (tmp_path / "f").read_text(encoding="utf-8") == "mine"


@pytest.mark.parametrize("bad", ["20210225", "2021-W08-4", "0001-01-01"])
def test_extract_date_must_be_yyyy_mm_dd(articles, tmp_path, capsys, bad):
    args = ["extract", str(articles / "one.txt"), "--out", str(tmp_path / "o"), "--date", bad]
    assert main(args) == 2
    err = capsys.readouterr().err.strip().splitlines()
    assert len(err) == 1
    assert "date" in err[0]
    assert not (tmp_path / "o").exists()


def test_an_unexpected_error_in_one_article_is_one_line(articles, tmp_path, capsys, monkeypatch):
    import hrlesson.article

    real = hrlesson.article.load_article

    def load(path, *args, **kwargs):
        if Path(path).name == "two.txt":
            raise OverflowError("date value out of range")
        return real(path, *args, **kwargs)

    monkeypatch.setattr(hrlesson.article, "load_article", load)
    assert main(["extract", str(articles), "--out", str(tmp_path / "o")]) == 2
    err = [
        line
        for line in capsys.readouterr().err.splitlines()
        if not line.startswith(("[", "hrlesson: warning"))
    ]
    assert err[0] == (
        "hrlesson: error: two.txt: unexpected OverflowError: date value out of range "
        "(a bug in hrlesson: please report it with this article)"
    )
    assert err[1].startswith("wrote 2 article folders")
    assert sorted(p.name for p in (tmp_path / "o").iterdir()) == ["belarus", "one"]
