"""Commands replace only what they wrote themselves, and never lose a user's file (issue 14.1).

Each case of the issue is reproduced through the command line (``main([...])``) on
folders constructed here: a thesis inside ``data/``, ``--out notebooks``, an article
named ``notebooks.txt`` extracted into ``.``, a user's file inside an article folder, an
edited student notebook rebuilt with ``--force``, and a keys folder that cannot be replaced.
"""

from __future__ import annotations

import hashlib
import json
import os
import shutil
import subprocess
import sys
from pathlib import Path

import nbformat
import pytest

from hrlesson import exercises, output_folder
from hrlesson.article import bundled_path
from hrlesson.checks import CHECKS_FILE, LEGACY_CHECKS_FILE, checks_path
from hrlesson.cli import main
from hrlesson.exercises import build_exercises
from hrlesson.output_folder import LEGACY_MANIFEST_FILE, MANIFEST_FILE, foreign_entries

LESSONS = Path(__file__).parent / "fixtures" / "lessons"
ARTICLE = "GENEVA (AP) — The envoy said the talks were “useful,” and left.\n\nTalks ended.\n"


def _tree(folder: Path) -> dict[str, bytes]:
    """Every file under ``folder`` (hidden ones too) with its bytes."""
    return {
        p.relative_to(folder).as_posix(): p.read_bytes()
        for p in sorted(folder.rglob("*"))
        if p.is_file()
    }


def _one_error_line(capsys, *words: str) -> str:
    err = capsys.readouterr().err.strip().splitlines()
    assert len(err) == 1, err
    assert err[0].startswith("hrlesson: error:")
    for word in words:
        assert word in err[0]
    return err[0]


def _fake_repository(root: Path) -> Path:
    (root / "src" / "hrlesson").mkdir(parents=True)
    (root / "pyproject.toml").write_text('[project]\nname = "hrlesson"\n', encoding="utf-8")
    return root


# --------------------------------------------------------------------------- hrlesson data


def test_data_outside_the_repository_writes_nothing(tmp_path, monkeypatch, capsys):
    (tmp_path / "data" / "thesis").mkdir(parents=True)
    (tmp_path / "data" / "thesis" / "ch1.docx").write_bytes(b"my thesis")
    before = _tree(tmp_path)
    monkeypatch.chdir(tmp_path)
    assert main(["data"]) == 2
    _one_error_line(capsys, "repository", "--out")
    assert _tree(tmp_path) == before


def test_data_in_the_repository_keeps_a_thesis_in_data(tmp_path, monkeypatch, capsys):
    root = _fake_repository(tmp_path)
    monkeypatch.chdir(root)
    assert main(["data"]) == 0  # a new data/ is fine
    capsys.readouterr()
    (root / "data" / "thesis").mkdir()
    (root / "data" / "thesis" / "ch1.docx").write_bytes(b"my thesis")
    before = _tree(root)
    assert main(["data"]) == 2
    _one_error_line(capsys, "thesis/", "did not write")
    assert _tree(root) == before
    assert sorted(p.name for p in root.iterdir() if p.name.startswith(".")) == []


def test_data_out_notebooks_is_refused(tmp_path, capsys):
    notebooks = tmp_path / "notebooks"
    shutil.copytree(LESSONS, notebooks)
    (notebooks / "my-notes.md").write_text("mine", encoding="utf-8")
    before = _tree(tmp_path)
    assert main(["data", "--out", str(notebooks)]) == 2
    _one_error_line(capsys, "01-counting.ipynb", "refusing")
    assert _tree(tmp_path) == before


def test_data_rewrites_its_own_folder_and_an_older_one_without_manifest(tmp_path, capsys):
    out = tmp_path / "d"
    assert main(["data", "--out", str(out)]) == 0
    first = _tree(out)
    assert MANIFEST_FILE in first
    assert main(["data", "--out", str(out)]) == 0
    assert _tree(out) == first
    (out / MANIFEST_FILE).unlink()  # as written by hrlesson before manifests existed
    assert main(["data", "--out", str(out)]) == 0
    assert _tree(out) == first
    (out / MANIFEST_FILE).rename(out / LEGACY_MANIFEST_FILE)  # before the manifest was hidden
    assert foreign_entries(out) == []
    assert main(["data", "--out", str(out)]) == 0
    assert _tree(out) == first
    assert sorted(p.name for p in tmp_path.iterdir()) == ["d"]


def test_edited_generated_file_is_not_overwritten(tmp_path, capsys):
    out = tmp_path / "d"
    assert main(["data", "--out", str(out)]) == 0
    (out / "quotes.csv").write_text("my corrected quotes\n", encoding="utf-8")
    capsys.readouterr()
    assert main(["data", "--out", str(out)]) == 2
    _one_error_line(capsys, "quotes.csv", "changed")
    assert (out / "quotes.csv").read_text(encoding="utf-8") == "my corrected quotes\n"


# --------------------------------------------------------------------------- hrlesson extract


def test_extract_notebooks_txt_into_dot_keeps_the_lessons(tmp_path, monkeypatch, capsys):
    shutil.copytree(LESSONS, tmp_path / "notebooks")
    shutil.copyfile(bundled_path(), tmp_path / "notebooks.txt")
    before = _tree(tmp_path)
    monkeypatch.chdir(tmp_path)
    assert main(["extract", "notebooks.txt", "--out", "."]) == 2
    _one_error_line(capsys, "notebooks", "did not write")
    assert _tree(tmp_path) == before
    assert sorted(p.name for p in tmp_path.iterdir()) == ["notebooks", "notebooks.txt"]


def test_user_file_inside_an_article_folder_is_kept(tmp_path, capsys):
    (tmp_path / "one.txt").write_text(ARTICLE, encoding="utf-8")
    out = tmp_path / "out"
    args = ["extract", str(tmp_path / "one.txt"), "--out", str(out), "--date", "2021-02-25"]
    assert main(args) == 0
    (out / "one" / "my-coding.xlsx").write_bytes(b"hand coding")
    capsys.readouterr()
    before = _tree(out)
    assert main(args) == 2
    _one_error_line(capsys, "my-coding.xlsx")
    assert _tree(out) == before


def test_one_foreign_folder_stops_the_run_before_anything_is_written(tmp_path, capsys):
    for name in ("a", "b"):
        (tmp_path / f"{name}.txt").write_text(ARTICLE, encoding="utf-8")
    out = tmp_path / "out"
    (out / "b").mkdir(parents=True)
    (out / "b" / "notes.txt").write_text("mine", encoding="utf-8")
    args = ["extract", str(tmp_path / "a.txt"), str(tmp_path / "b.txt"), "--out", str(out)]
    assert main([*args, "--date", "2021-02-25"]) == 2
    _one_error_line(capsys, "notes.txt")
    assert sorted(p.name for p in out.iterdir()) == ["b"]


def test_extract_rewrites_an_article_folder_from_before_manifests(tmp_path, capsys):
    (tmp_path / "one.txt").write_text(ARTICLE, encoding="utf-8")
    out = tmp_path / "out"
    args = ["extract", str(tmp_path / "one.txt"), "--out", str(out), "--date", "2021-02-25"]
    assert main(args) == 0
    first = _tree(out)
    (out / "one" / MANIFEST_FILE).unlink()
    assert main(args) == 0
    assert _tree(out) == first


def test_a_file_added_during_the_swap_is_kept_in_a_backup(tmp_path):
    target = tmp_path / "t"
    with output_folder.staging_folder(target) as tmp:
        (tmp / "a.csv").write_text("1\n", encoding="utf-8")
        output_folder.write_manifest(tmp, "test")
        output_folder.replace_folders([(tmp, target)])
    (target / "late.txt").write_text("written by someone else", encoding="utf-8")
    with output_folder.staging_folder(target) as tmp:
        (tmp / "a.csv").write_text("2\n", encoding="utf-8")
        output_folder.write_manifest(tmp, "test")
        [result] = output_folder.replace_folders([(tmp, target)])
    assert result.kept == ["late.txt"]
    assert (result.backup / "late.txt").read_text(encoding="utf-8") == "written by someone else"
    assert (target / "a.csv").read_text(encoding="utf-8") == "2\n"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["t", result.backup.name]


def test_stale_staging_of_a_killed_run_is_cleaned(tmp_path):
    target = tmp_path / "t"
    dead = 2**22 + 12345  # above the usual pid_max: no such process
    stale = tmp_path / f".t.hrlesson-tmp-{dead}-abc"
    stale.mkdir()
    (stale / "quotes.csv").write_text("half", encoding="utf-8")
    other = tmp_path / f".t.hrlesson-tmp-{os.getpid()}-live"  # a run still going: kept
    other.mkdir()
    with output_folder.staging_folder(target) as tmp:
        output_folder.write_manifest(tmp, "test")
        output_folder.replace_folders([(tmp, target)])
    assert sorted(p.name for p in tmp_path.iterdir()) == [other.name, "t"]


def test_foreign_entries_lists_symlinks_and_empty_folders(tmp_path):
    with output_folder.staging_folder(tmp_path / "t") as tmp:
        (tmp / "a.csv").write_text("1\n", encoding="utf-8")
        output_folder.write_manifest(tmp, "test")
        output_folder.replace_folders([(tmp, tmp_path / "t")])
    (tmp_path / "t" / "empty").mkdir()
    (tmp_path / "t" / "link").symlink_to(tmp_path)
    assert foreign_entries(tmp_path / "t") == ["empty/", "link"]


# --------------------------------------------------------------------------- exercises build


@pytest.fixture(scope="module")
def built(tmp_path_factory):
    """One build of the fixture lessons (keys executed once, reused by every test)."""
    with pytest.MonkeyPatch.context() as mp:
        mp.setattr(exercises, "_package_fingerprint", lambda: "tests")
        root = tmp_path_factory.mktemp("build")
        shutil.copytree(LESSONS, root / "notebooks")
        build_exercises(root / "notebooks", out=root / "exercises")
        yield root


@pytest.fixture
def copy_of_build(built, tmp_path, monkeypatch):
    monkeypatch.setattr(exercises, "_package_fingerprint", lambda: "tests")
    shutil.copytree(built, tmp_path / "r")
    return tmp_path / "r"


def _edit_student_notebook(path: Path) -> bytes:
    nb = nbformat.read(path, as_version=4)
    nb.cells[5].source = "n_body = 26  # my answer"
    nbformat.write(nb, path)
    return path.read_bytes()


def test_force_keeps_a_backup_of_what_it_replaces_and_lists_it(copy_of_build, capsys):
    root = copy_of_build
    mine = _edit_student_notebook(root / "exercises" / "01-counting.ipynb")
    (root / "notebooks" / "02-reading.ipynb").unlink()  # a change, so the folder is rebuilt
    args = ["exercises", "build", "--source", str(root / "notebooks")]
    args += ["--out", str(root / "exercises")]
    assert main(args) == 2
    capsys.readouterr()
    assert main([*args, "--force"]) == 0
    err = capsys.readouterr().err
    [backup] = [p for p in root.iterdir() if p.name.startswith("exercises.backup-")]
    assert f"kept 1 replaced file(s) in {backup}: 01-counting.ipynb" in err
    assert (backup / "01-counting.ipynb").read_bytes() == mine
    assert _tree(backup) == {"01-counting.ipynb": mine}  # only what was not regenerable
    assert not (root / "exercises" / "02-reading.ipynb").exists()
    assert not [p for p in root.iterdir() if p.name.startswith(".")]


def test_keys_folder_that_cannot_be_replaced_changes_neither_folder(copy_of_build, monkeypatch):
    root = copy_of_build
    before = _tree(root)
    keys = root / "exercises-keys"
    real_replace = os.replace

    def replace(src, dst):  # no staged file can be renamed into the keys folder
        if keys in (Path(dst), Path(dst).parent) and ".hrlesson-tmp-" in str(src):
            raise PermissionError(13, "Permission denied", str(dst))
        return real_replace(src, dst)

    monkeypatch.setattr(output_folder.os, "replace", replace)
    with pytest.raises(output_folder.OutputError, match="exercises-keys: cannot be written"):
        build_exercises(root / "notebooks", out=root / "exercises", seed=3)
    monkeypatch.undo()
    assert _tree(root) == before  # same seed in both folders, nothing hidden left beside them
    assert sorted(p.name for p in root.iterdir()) == ["exercises", "exercises-keys", "notebooks"]


def test_unwritable_keys_parent_leaves_no_plain_text_keys(copy_of_build, monkeypatch, capsys):
    root = copy_of_build
    keys_parent = root / "private"
    keys_parent.write_text("a file, so no folder can be made in it", encoding="utf-8")
    args = ["exercises", "build", "--source", str(root / "notebooks"), "--seed", "4"]
    args += ["--out", str(root / "exercises"), "--keys", str(keys_parent / "keys")]
    before = _tree(root)
    assert main(args) == 2
    _one_error_line(capsys, "cannot be written")
    assert _tree(root) == before
    manifest = json.loads((root / "exercises" / MANIFEST_FILE).read_text(encoding="utf-8"))
    assert manifest["seed"] == 0


def test_one_command_does_not_replace_another_commands_folder(tmp_path, capsys):
    assert main(["data", "--out", str(tmp_path / "data")]) == 0
    (tmp_path / "data.txt").write_text(ARTICLE, encoding="utf-8")
    before = _tree(tmp_path / "data")
    capsys.readouterr()
    args = ["extract", str(tmp_path / "data.txt"), "--out", str(tmp_path), "--date", "2021-02-25"]
    assert main(args) == 2
    _one_error_line(capsys, "was written by `hrlesson data`, not `hrlesson extract`")
    assert _tree(tmp_path / "data") == before


def test_concurrent_replacements_of_one_folder_never_fail(tmp_path):
    """Many writers swap the same folder at once (threads here, processes in real runs)."""
    import threading

    target = tmp_path / "t"
    errors: list[BaseException] = []

    def writer(n: int) -> None:
        try:
            for i in range(25):
                with output_folder.staging_folder(target) as tmp:
                    (tmp / "a.csv").write_text(f"{n},{i}\n", encoding="utf-8")
                    output_folder.write_manifest(tmp, "test")
                    output_folder.replace_folders([(tmp, target)])
        except BaseException as exc:  # noqa: BLE001 - reported below
            errors.append(exc)

    threads = [threading.Thread(target=writer, args=(n,)) for n in range(4)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert errors == []
    assert sorted(p.name for p in tmp_path.iterdir()) == ["t"]
    assert foreign_entries(target) == []


def test_repository_data_refusal_says_how_to_recover_after_a_merge(tmp_path, monkeypatch, capsys):
    root = _fake_repository(tmp_path)
    monkeypatch.chdir(root)
    assert main(["data"]) == 0
    (root / "data" / "words.csv").write_text("word_id\n", encoding="utf-8")  # as after a merge
    capsys.readouterr()
    assert main(["data"]) == 2
    _one_error_line(capsys, "words.csv", "git status data/", f"delete data/{MANIFEST_FILE}")
    (root / "data" / MANIFEST_FILE).unlink()
    assert main(["data"]) == 0
    assert (root / "data" / "words.csv").read_text(encoding="utf-8") != "word_id\n"


# a stand-in for a Jupyter kernel: started in a folder, it writes there when told to
KERNEL = "print('ready', flush=True); input(); open('answer.txt', 'w').write('42'); print('wrote')"


def test_rebuild_under_a_running_kernel_keeps_its_working_folder(copy_of_build):
    """A kernel started in exercises/ writes a file after a rebuild (it used to find its
    working folder deleted, swapped out for a new one)."""
    root = copy_of_build
    out = root / "exercises"
    (out / "my-notes.txt").write_text("mine", encoding="utf-8")
    inode = out.stat().st_ino
    kernel = subprocess.Popen(
        [sys.executable, "-c", KERNEL],
        cwd=out,
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )
    try:
        assert kernel.stdout.readline() == "ready\n"
        (root / "notebooks" / "02-reading.ipynb").unlink()  # a change, so the folder is rebuilt
        result = build_exercises(root / "notebooks", out=out)
        stdout, stderr = kernel.communicate("\n", timeout=60)
    finally:
        kernel.kill()
    assert result.changed
    assert kernel.returncode == 0, stderr
    assert stdout == "wrote\n"
    assert out.stat().st_ino == inode
    assert (out / "answer.txt").read_text(encoding="utf-8") == "42"
    assert (out / "my-notes.txt").read_text(encoding="utf-8") == "mine"
    assert not (out / "02-reading.ipynb").exists()
    assert MANIFEST_FILE in os.listdir(out)
    assert "02-reading.ipynb" not in json.loads((out / MANIFEST_FILE).read_bytes())["files"]
    assert not [p for p in root.iterdir() if p.name.startswith(".") or "backup" in p.name]
    assert foreign_entries(out) == ["answer.txt", "my-notes.txt"]  # the manifest is exact


def test_a_build_killed_while_renaming_leaves_whole_files_and_the_next_build_succeeds(
    copy_of_build, monkeypatch
):
    """Killed before the manifest is renamed (no undo runs then): every file is an old or a
    new one, and the next build finishes the job instead of calling the new files edited."""
    root = copy_of_build
    out = root / "exercises"
    old = _tree(out)
    lesson = root / "notebooks" / "01-counting.ipynb"
    nb = nbformat.read(lesson, as_version=4)
    nb.cells.append(nbformat.v4.new_markdown_cell("One more sentence for the students."))
    nbformat.write(nb, lesson)
    real_replace = os.replace
    renamed = []

    def replace(src, dst):
        if Path(dst).name == MANIFEST_FILE:  # the new files are in, the old manifest still
            raise KeyboardInterrupt  # stands for a kill: nothing after it runs
        renamed.append(Path(dst).name)
        return real_replace(src, dst)

    monkeypatch.setattr(output_folder.os, "replace", replace)
    monkeypatch.setattr(exercises.replacing, "_undo", lambda steps: None)
    with pytest.raises(KeyboardInterrupt):
        build_exercises(root / "notebooks", out=out)
    monkeypatch.undo()
    monkeypatch.setattr(exercises, "_package_fingerprint", lambda: "tests")
    middle = _tree(out)
    assert renamed == ["01-counting.ipynb"]  # renamed over the old one
    assert middle != old
    for leftover in root.glob(".exercises*"):  # as if left by a process now dead
        leftover.rename(leftover.with_name(leftover.name.replace(str(os.getpid()), "4199999")))
    build_exercises(root / "notebooks", out=out)
    new = _tree(out)
    assert all(data in (old.get(rel), new.get(rel)) for rel, data in middle.items())
    assert new["01-counting.ipynb"] != old["01-counting.ipynb"]
    assert foreign_entries(out) == []
    assert sorted(p.name for p in root.iterdir()) == ["exercises", "exercises-keys", "notebooks"]


def test_contents_replaced_in_place_without_hard_links(tmp_path, monkeypatch):
    folder = tmp_path / "ex"
    replace_contents = exercises.replacing.replace_contents

    def files(**content: str) -> dict[str, bytes]:
        data = {name + ".txt": text.encode() for name, text in content.items()}
        hashes = {name: hashlib.sha256(b).hexdigest() for name, b in data.items()}
        manifest = {"format": "hrlesson-manifest/1", "files": hashes}
        return {**data, MANIFEST_FILE: json.dumps(manifest).encode()}

    replace_contents([(folder, files(a="1", b="1"), [])])
    (folder / "notes.txt").write_text("mine", encoding="utf-8")
    inode = folder.stat().st_ino
    monkeypatch.setattr(os, "link", lambda *a, **k: (_ for _ in ()).throw(OSError(1, "no")))
    [result] = replace_contents([(folder, files(a="2"), ["b.txt"])])
    assert result.backup is None
    assert folder.stat().st_ino == inode
    assert sorted(os.listdir(folder)) == sorted(["a.txt", MANIFEST_FILE, "notes.txt"])
    assert (folder / "a.txt").read_text(encoding="utf-8") == "2"
    assert foreign_entries(folder) == ["notes.txt"]
    assert sorted(os.listdir(tmp_path)) == ["ex"]


def _as_before_hidden_names(folder: Path) -> None:
    """Make ``folder`` look built by a version whose helper files were not dot-files."""
    manifest = json.loads((folder / MANIFEST_FILE).read_text(encoding="utf-8"))
    manifest["files"][LEGACY_CHECKS_FILE] = manifest["files"].pop(CHECKS_FILE)
    (folder / LEGACY_MANIFEST_FILE).write_text(json.dumps(manifest), encoding="utf-8")
    (folder / MANIFEST_FILE).unlink()
    (folder / CHECKS_FILE).rename(folder / LEGACY_CHECKS_FILE)


def test_a_build_from_before_the_hidden_names_is_migrated(copy_of_build):
    """exercises/ built before held hrlesson-checks.json and hrlesson-manifest.json (shown in
    JupyterLab's file list): check() still finds the old name, and a new build replaces both
    with the dot-files, as its own files, without a backup."""
    root = copy_of_build
    out, keys = root / "exercises", root / "exercises-keys"
    for folder in (out, keys):
        _as_before_hidden_names(folder)
    (root / "notebooks" / CHECKS_FILE).rename(root / "notebooks" / LEGACY_CHECKS_FILE)
    assert checks_path(out) == out / LEGACY_CHECKS_FILE
    assert foreign_entries(out) == []
    build_exercises(root / "notebooks", out=out)
    for folder in (out, keys, root / "notebooks"):
        names = set(os.listdir(folder))
        assert CHECKS_FILE in names, folder
        assert not names & {LEGACY_CHECKS_FILE, LEGACY_MANIFEST_FILE}, folder
    for folder in (out, keys):
        assert foreign_entries(folder) == []
        assert checks_path(folder) == folder / CHECKS_FILE
    assert not [p for p in root.iterdir() if "backup" in p.name]
