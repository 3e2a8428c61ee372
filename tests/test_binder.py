"""The Binder configuration in ``binder/``: what repo2docker builds, and that it runs the lessons.

Binder (repo2docker) reads only ``binder/`` when it exists: ``runtime.txt`` picks Python,
``requirements.txt`` (pinned, ending in ``-e .``) installs the dependencies and hrlesson,
``postBuild`` sets up JupyterLab. Two checks:

1. ``repo2docker --no-build --debug`` prints the Dockerfile it would build (no Docker
   needed); it must install the pinned requirements and run postBuild on Python 3.11.
2. The same recipe in a plain virtual environment (no test dependencies, nothing from the
   source tree but what ``-e .`` installs) runs every lesson from top to bottom.
"""

from __future__ import annotations

import json
import os
import re
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
BINDER = ROOT / "binder"
LESSONS = sorted((ROOT / "notebooks").glob("*.ipynb"))
#: What Binder must install for the lessons to run (hrlesson's runtime dependencies).
RUNTIME = ("pandas", "matplotlib", "textstat", "jupyterlab", "ipykernel", "ftfy", "nbformat")
_PIN = re.compile(r"^([A-Za-z0-9_.\-]+)==(\S+)$")


def _pins(path: Path) -> dict[str, str]:
    """``{normalised name: version}`` of the ``name==version`` lines of a requirements file."""
    pins = {}
    for line in path.read_text().splitlines():
        match = _PIN.match(line.strip())
        if match:
            pins[re.sub(r"[-_.]+", "-", match.group(1)).lower()] = match.group(2)
    return pins


def _run(args: list[str], cwd: Path, env: dict[str, str] | None = None, timeout: int = 900) -> str:
    """Run a command; return its stdout, or fail the test with its output."""
    proc = subprocess.run(
        args, cwd=cwd, env=env, capture_output=True, text=True, check=False, timeout=timeout
    )
    if proc.returncode != 0:
        pytest.fail(
            f"command failed ({proc.returncode}): {' '.join(args)}\n"
            f"--- stdout ---\n{proc.stdout[-4000:]}\n--- stderr ---\n{proc.stderr[-4000:]}"
        )
    return proc.stdout


def test_runtime_is_python_311() -> None:
    assert (BINDER / "runtime.txt").read_text().strip() == "python-3.11"


def test_requirements_are_pinned_like_constraints() -> None:
    lines = [
        line.strip()
        for line in (BINDER / "requirements.txt").read_text().splitlines()
        if line.strip() and not line.startswith("#")
    ]
    assert lines[-1] == "-e .", "the last line installs hrlesson from the repository"
    assert all(_PIN.match(line) for line in lines[:-1]), "every other line is name==version"
    binder, constraints = _pins(BINDER / "requirements.txt"), _pins(ROOT / "constraints.txt")
    different = {
        name: (version, constraints.get(name))
        for name, version in binder.items()
        if constraints.get(name) != version
    }
    assert not different, f"binder/requirements.txt differs from constraints.txt: {different}"
    assert not [name for name in RUNTIME if name not in binder]


def test_only_binder_folder_configures_the_image() -> None:
    """With binder/ present, repo2docker ignores root files; a Dockerfile would win over all."""
    assert not (ROOT / ".binder").exists()
    assert not (BINDER / "Dockerfile").exists()
    assert not (BINDER / "environment.yml").exists()


@pytest.fixture(scope="module")
def dockerfile() -> str:
    """The build recipe repo2docker generates for this repository."""
    repo2docker = Path(sys.executable).parent / "repo2docker"
    if not repo2docker.exists():
        pytest.fail("repo2docker is missing: install hrlesson with the [test] extra")
    proc = subprocess.run(
        [str(repo2docker), "--no-build", "--debug", str(ROOT)],
        capture_output=True,
        text=True,
        check=False,
        timeout=120,
    )
    out = proc.stdout + proc.stderr
    assert proc.returncode == 0, f"repo2docker rejected the configuration:\n{out[-4000:]}"
    return out


def test_repo2docker_uses_python_311(dockerfile: str) -> None:
    assert "Building conda environment for python=3.11" in dockerfile


def test_repo2docker_installs_pinned_requirements_and_hrlesson(dockerfile: str) -> None:
    assert 'pip install --no-cache-dir -r "binder/requirements.txt"' in dockerfile
    # The whole repository is copied before that install, so ``-e .`` finds pyproject.toml.
    copy = dockerfile.index("COPY --chown=0:0 src/ ${REPO_DIR}/")
    assert copy < dockerfile.index('-r "binder/requirements.txt"')


def test_repo2docker_runs_post_build(dockerfile: str) -> None:
    assert "RUN ./binder/postBuild" in dockerfile
    assert os.access(BINDER / "postBuild", os.X_OK)
    assert (BINDER / "postBuild").read_text().startswith("#!/usr/bin/env bash\n")


# --- the same environment in a plain venv runs every lesson ---------------------------------

_RUN_LESSONS = r"""
import json, re, sys
from pathlib import Path
import nbformat
from nbclient import NotebookClient

ansi = re.compile(r"\x1b\[[0-9;]*m")

report = {"prefix": sys.prefix, "notebooks": {}}
for path in map(Path, sys.argv[1:]):
    # A kernel that dies before it answers kernel_info never ran a cell (a start-up race on a
    # loaded machine): start it once more. A failure in a cell is never retried.
    for attempt in (1, 2):
        nb = nbformat.read(path, as_version=4)
        nb.cells.append(nbformat.v4.new_code_cell(
            "import sys, hrlesson; print(sys.prefix); print(hrlesson.__file__)"))
        client = NotebookClient(nb, timeout=600, kernel_name="python3",
                                resources={"metadata": {"path": str(path.parent)}})
        problems = []
        try:
            client.execute()
        except Exception as exc:  # CellExecutionError and kernel failures
            problems.append(f"{type(exc).__name__}: {ansi.sub('', str(exc))[-1500:]}")
            if attempt == 1 and "before replying to kernel_info" in str(exc):
                continue
        break
    for i, cell in enumerate(nb.cells):
        tags = set(cell.get("metadata", {}).get("tags", []))
        for out in cell.get("outputs", []):
            if out.get("name") == "stderr" and not tags & {"raises-exception"}:
                problems.append(f"cell {i}: stderr: {out['text'][:500]}")
    last = nb.cells[-1].get("outputs", [])
    report["notebooks"][path.name] = {
        "problems": problems,
        "environment": last[0]["text"].split() if last else [],
    }
print(json.dumps(report))
"""


@pytest.fixture(scope="module")
def binder_env(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, Path]:
    """A copy of the repository and a venv built from binder/ alone: (repo copy, venv)."""
    base = tmp_path_factory.mktemp("binder")
    repo = base / "repo"
    shutil.copytree(
        ROOT,
        repo,
        ignore=shutil.ignore_patterns(
            ".git", ".ci", ".venv", "venv", "build", "dist", "test-artifacts", "__pycache__",
            ".ipynb_checkpoints", ".pytest_cache", ".ruff_cache", ".hypothesis", "*.egg-info",
        ),
    )  # fmt: skip
    venv = base / "venv"
    env = {k: v for k, v in os.environ.items() if k not in {"PYTHONPATH", "NLTK_DATA"}}
    _run([sys.executable, "-m", "venv", str(venv)], cwd=base, env=env)
    python = str(venv / "bin" / "python")
    # As repo2docker does: from the repository root (``-e .``), pip's cache shared with CI.
    # Without byte-compiling every installed file (a quarter of the install's time): which
    # packages are installed is the same, and the lessons compile what they import.
    _run(
        [
            python,
            "-m",
            "pip",
            "install",
            "--quiet",
            "--no-compile",
            "-r",
            "binder/requirements.txt",
        ],
        cwd=repo,
        env=env,
    )
    env["PATH"] = f"{venv / 'bin'}{os.pathsep}{env['PATH']}"
    env["MPLCONFIGDIR"] = str(base / "mpl")  # a fresh home, as on Binder
    _run(["bash", "binder/postBuild"], cwd=repo, env=env)
    return repo, venv


@pytest.mark.slow
def test_binder_environment_has_no_test_tools(binder_env: tuple[Path, Path]) -> None:
    _, venv = binder_env
    out = _run([str(venv / "bin" / "python"), "-m", "pip", "list", "--format=json"], cwd=venv)
    names = {p["name"].lower() for p in json.loads(out)}
    assert {"hrlesson", "jupyterlab", "pandas", "textstat"} <= names
    assert not names & {"pytest", "nbval", "playwright", "jupyter-repo2docker"}


@pytest.mark.slow
def test_post_build_turns_off_news(binder_env: tuple[Path, Path]) -> None:
    _, venv = binder_env
    overrides = venv / "share" / "jupyter" / "lab" / "settings" / "overrides.json"
    settings = json.loads(overrides.read_text())
    assert settings["@jupyterlab/apputils-extension:notification"]["fetchNews"] == "false"


@pytest.mark.slow
def test_binder_environment_runs_every_lesson(binder_env: tuple[Path, Path]) -> None:
    repo, venv = binder_env
    assert LESSONS, "no lesson notebooks in notebooks/"
    lessons = [str(repo / "notebooks" / p.name) for p in LESSONS]
    env = {k: v for k, v in os.environ.items() if k not in {"PYTHONPATH", "NLTK_DATA"}}
    env.update(
        JUPYTER_DATA_DIR=str(venv.parent / "jupyter-data"),  # only the venv's own kernel
        MPLCONFIGDIR=str(venv.parent / "mpl"),
        PYDEVD_DISABLE_FILE_VALIDATION="1",
    )
    out = _run([str(venv / "bin" / "python"), "-c", _RUN_LESSONS, *lessons], cwd=repo, env=env)
    report = json.loads(out.strip().splitlines()[-1])
    failures = {name: r["problems"] for name, r in report["notebooks"].items() if r["problems"]}
    assert not failures, json.dumps(failures, indent=2)
    for name, result in report["notebooks"].items():
        prefix, module = result["environment"]
        assert Path(prefix).resolve() == venv.resolve(), f"{name} ran outside the Binder venv"
        assert Path(module).resolve().is_relative_to(repo.resolve()), module
