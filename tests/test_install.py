"""Install hrlesson from its wheel, not from the source tree, and use it from elsewhere.

First, the pins: ``constraints.txt`` must pin every dependency that pyproject.toml declares
(regenerate it with ``bash tools/update_constraints.sh``), and the test environment must
have the pinned versions of what shapes the stored notebook outputs.

The wheel is built from the working tree and installed (without dependencies) into a
new virtual environment. That environment sees the test environment's packages
(pandas, textstat, ...) after its own, so only hrlesson itself comes from the wheel:
this checks that every module and data file is packaged, not the dependencies.
"""

from __future__ import annotations

import importlib.metadata
import json
import os
import re
import signal
import socket
import subprocess
import sys
import sysconfig
import time
import urllib.error
import urllib.request
import zipfile
from pathlib import Path

import pytest

import hrlesson

ROOT = Path(__file__).resolve().parent.parent
PACKAGE = ROOT / "src" / "hrlesson"

#: JupyterLab defaults installed with the package (no news pop-up), relative to the prefix.
LAB_OVERRIDES = "share/jupyter/lab/settings/overrides.d/hrlesson.json"

#: Packages whose version shows in the stored notebook outputs (nbval compares them).
OUTPUT_SHAPING = ("pandas", "matplotlib", "textstat", "nbval", "ipykernel", "jupyterlab", "numpy")


def _normalise(name: str) -> str:
    return re.sub(r"[-_.]+", "-", name).lower()


def _constraints() -> dict[str, str]:
    pins = {}
    for line in (ROOT / "constraints.txt").read_text().splitlines():
        name, sep, version = line.strip().partition("==")
        if sep and not name.startswith("#"):
            pins[_normalise(name)] = version
    return pins


def test_constraints_pin_every_declared_dependency() -> None:
    tomllib = pytest.importorskip("tomllib")
    project = tomllib.loads((ROOT / "pyproject.toml").read_text())["project"]
    declared = list(project["dependencies"])
    for extra in project.get("optional-dependencies", {}).values():
        declared += extra
    names = {_normalise(re.split(r"[\s<>=!~;\[(]", req, maxsplit=1)[0]) for req in declared}
    missing = sorted(names - set(_constraints()))
    assert not missing, f"not in constraints.txt (run tools/update_constraints.sh): {missing}"


@pytest.mark.parametrize("name", OUTPUT_SHAPING)
def test_environment_has_the_pinned_version(name: str) -> None:
    pinned = _constraints()[_normalise(name)]
    installed = importlib.metadata.version(name)
    assert installed == pinned, (
        f"{name} {installed} is installed but the notebooks' outputs were made with {pinned}: "
        'install with `pip install -c constraints.txt -e ".[test]"`'
    )


def _run(args: list[str], cwd: Path, env: dict[str, str] | None = None) -> str:
    """Run a command; fail the test with its output if it fails."""
    proc = subprocess.run(args, cwd=cwd, env=env, capture_output=True, text=True, check=False)
    if proc.returncode != 0:
        pytest.fail(
            f"command failed ({proc.returncode}): {' '.join(args)}\n"
            f"--- stdout ---\n{proc.stdout[-3000:]}\n--- stderr ---\n{proc.stderr[-3000:]}"
        )
    return proc.stdout


def _clean_env() -> dict[str, str]:
    """Environment for the installed copy: nothing pointing back at the source tree.

    Importing hrlesson here put the source tree's NLTK data folder into ``NLTK_DATA``;
    the child must find the CMU dictionary in the wheel's copy, not through that.
    """
    env = {
        k: v
        for k, v in os.environ.items()
        if k not in {"PYTHONPATH", "NLTK_DATA", "PYTHONHOME", "VIRTUAL_ENV"}
    }
    env["PYTHONNOUSERSITE"] = "1"
    env["PYTHONDONTWRITEBYTECODE"] = "1"
    return env


def _packaged_files() -> list[str]:
    """Every file of the source package, relative to ``src/`` (as the wheel names them)."""
    return sorted(
        p.relative_to(PACKAGE.parent).as_posix()
        for p in PACKAGE.rglob("*")
        if p.is_file() and "__pycache__" not in p.parts and p.suffix not in {".pyc", ".pyo"}
    )


@pytest.fixture(scope="module")
def wheel(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """Build the wheel from the working tree (isolated build, as a user's pip does)."""
    out = tmp_path_factory.mktemp("wheel")
    _run(
        [sys.executable, "-m", "pip", "wheel", "--no-deps", "--quiet", "-w", str(out), str(ROOT)],
        cwd=out,
    )
    wheels = sorted(out.glob("hrlesson-*.whl"))
    assert len(wheels) == 1, wheels
    return wheels[0]


@pytest.fixture(scope="module")
def venv(wheel: Path, tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A new venv with hrlesson installed from the wheel only (non-editable)."""
    root = tmp_path_factory.mktemp("venv") / "v"
    _run([sys.executable, "-m", "venv", "--without-pip", str(root)], cwd=root.parent)
    python = root / "bin" / "python"
    purelib = "import sysconfig; print(sysconfig.get_paths()['purelib'])"
    site = Path(_run([str(python), "-c", purelib], root).strip())
    # The test environment's packages, searched after the venv's own site-packages. A plain
    # path line does not run that folder's .pth files, so an editable hrlesson there is
    # invisible: hrlesson can only come from the wheel.
    (site / "zz_test_env.pth").write_text(sysconfig.get_paths()["purelib"] + "\n")
    _run(
        [
            sys.executable,
            "-m",
            "pip",
            "--python",
            str(python),
            "install",
            "--quiet",
            "--no-deps",
            "--no-index",
            str(wheel),
        ],
        cwd=root.parent,
        env=_clean_env(),
    )
    return root


@pytest.mark.slow
def test_wheel_contains_every_module_and_data_file(wheel: Path) -> None:
    with zipfile.ZipFile(wheel) as zf:
        names = set(zf.namelist())
    missing = [name for name in _packaged_files() if name not in names]
    assert not missing, f"not in the wheel: {missing}"
    for folder in ("exercises", "notebooks"):  # the lessons, student and complete versions
        lessons = [p for p in (ROOT / folder).iterdir() if p.is_file()]
        assert any(p.name == "00-start-here.ipynb" for p in lessons)
        with zipfile.ZipFile(wheel) as zf:
            for path in lessons:
                assert zf.read(f"hrlesson/lessons/{folder}/{path.name}") == path.read_bytes()
    overrides = f"hrlesson-{hrlesson.__version__}.data/data/{LAB_OVERRIDES}"
    assert overrides in names
    for required in (
        "hrlesson/data/article/belarus_2021-02-25.txt",
        "hrlesson/data/article/belarus_2021-02-25.json",
        "hrlesson/data/nltk_data/corpora/cmudict/cmudict",
        "hrlesson/py.typed",
    ):
        assert required in names
    assert not [n for n in names if "__pycache__" in n or n.endswith(".pyc")]


@pytest.mark.slow
def test_wheel_metadata(wheel: Path) -> None:
    with zipfile.ZipFile(wheel) as zf:
        dist_info = f"hrlesson-{hrlesson.__version__}.dist-info"
        metadata = zf.read(f"{dist_info}/METADATA").decode()
        entry_points = zf.read(f"{dist_info}/entry_points.txt").decode()
    assert "Name: hrlesson" in metadata
    assert f"Version: {hrlesson.__version__}" in metadata
    assert "hrlesson = hrlesson.cli:main" in entry_points


_SMOKE = """
import json, sys
import nltk, textstat
import hrlesson
a = hrlesson.load_article()
cmudict = nltk.data.find("corpora/cmudict")
print(json.dumps({
    "file": hrlesson.__file__,
    "prefix": sys.prefix,
    "meta": a.meta,
    "paragraphs": len(a.paragraphs),
    "sentences": len(a.sentences),
    "offsets_ok": all(a.text[s:e] == t for s, e, t in zip(a.sentences.start, a.sentences.end,
                                                         a.sentences.text)),
    "cmudict": str(cmudict),
    "syllables": textstat.syllable_count("Geneva"),
}))
"""


@pytest.mark.slow
def test_installed_wheel_works_from_another_folder(venv: Path, tmp_path: Path) -> None:
    python = venv / "bin" / "python"
    report = json.loads(_run([str(python), "-c", _SMOKE], cwd=tmp_path, env=_clean_env()))
    installed = Path(report["file"]).resolve()
    assert installed.is_relative_to(venv.resolve()), f"hrlesson imported from {installed}"
    assert Path(report["prefix"]).resolve() == venv.resolve()
    assert report["paragraphs"] > 10
    assert report["sentences"] > 20
    assert report["offsets_ok"]
    assert report["meta"] == hrlesson.load_article().meta  # same text, cleaning and metadata
    assert Path(report["cmudict"]).resolve().is_relative_to(venv.resolve())
    assert report["syllables"] == 3


@pytest.mark.slow
def test_installed_command_line(venv: Path, tmp_path: Path) -> None:
    command = venv / "bin" / "hrlesson"
    assert command.exists()
    out = _run([str(command), "--version"], cwd=tmp_path, env=_clean_env())
    assert out.strip() == f"hrlesson {hrlesson.__version__}"
    _run([str(command), "data", "--out", "data"], cwd=tmp_path, env=_clean_env())
    package = json.loads((tmp_path / "data" / "datapackage.json").read_text())
    assert package["resources"]
    raw = "belarus_2021-02-25.txt"
    copied = (tmp_path / "data" / "raw" / raw).read_bytes()
    assert copied == (PACKAGE / "data" / "article" / raw).read_bytes()


_LAZY_IMPORT = """
import json, sys
import hrlesson
loaded_at_import = sorted(m for m in sys.modules if m.startswith("hrlesson."))
resolved = {name: type(getattr(hrlesson, name)).__name__ for name in hrlesson.__all__}
import hrlesson.quotes  # importing a submodule must not replace the function of that name
print(json.dumps({"at_import": loaded_at_import, "resolved": resolved,
                  "quotes": type(hrlesson.quotes).__name__, "dir": sorted(dir(hrlesson))}))
"""


def test_import_is_lazy_and_every_public_name_resolves(tmp_path: Path) -> None:
    """``import hrlesson`` loads only the tiny modules; the public names load on first use."""
    report = json.loads(_run([sys.executable, "-c", _LAZY_IMPORT], cwd=tmp_path))
    assert report["at_import"] == ["hrlesson._nltk_data", "hrlesson.errors"]
    assert report["resolved"]["quotes"] == "function"
    assert report["resolved"]["Article"] == "type"
    assert report["resolved"]["__version__"] == "str"
    assert report["quotes"] == "function"
    assert set(hrlesson.__all__) <= set(report["dir"])


def _wait_for_lab_url(process: subprocess.Popen[str], timeout: float = 90) -> str:
    """The first URL with a token that JupyterLab prints on stderr."""
    deadline = time.monotonic() + timeout
    seen = []
    while time.monotonic() < deadline:
        line = process.stderr.readline()
        if not line and process.poll() is not None:
            break
        seen.append(line)
        found = re.search(r"(http://127\.0\.0\.1:\d+/\S*\?token=\w+)", line)
        if found:
            return found.group(1)
    process.kill()
    pytest.fail("JupyterLab printed no URL:\n" + "".join(seen[-30:]))


def _get_json(url: str, token: str, timeout: float = 60) -> dict:
    """GET a JupyterLab API URL, waiting for the server to accept connections."""
    request = urllib.request.Request(url, headers={"Authorization": f"token {token}"})
    deadline = time.monotonic() + timeout
    while True:
        try:
            with urllib.request.urlopen(request, timeout=30) as response:
                return json.loads(response.read())
        except urllib.error.URLError:
            if time.monotonic() > deadline:
                raise
            time.sleep(0.3)


@pytest.mark.slow
@pytest.mark.skipif(os.name != "posix", reason="POSIX signals")
def test_installed_wheel_serves_lesson_0_from_an_empty_folder(venv: Path, tmp_path: Path) -> None:
    """`hrlesson lessons --dir L --no-browser` from a wheel: copies, serves, stops cleanly."""
    assert (venv / LAB_OVERRIDES).is_file()  # the same JupyterLab settings as on Binder
    env = _clean_env()
    runtime = tmp_path / "runtime"
    env.update(JUPYTER_RUNTIME_DIR=str(runtime), JUPYTER_CONFIG_DIR=str(tmp_path / "config"))
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        port = s.getsockname()[1]
    work = tmp_path / "work"
    work.mkdir()
    command = [str(venv / "bin" / "hrlesson"), "lessons", "--dir", "L", "--no-browser"]
    process = subprocess.Popen(
        [*command, "--port", str(port)], cwd=work, env=env, text=True,
        stdin=subprocess.DEVNULL, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE,
    )  # fmt: skip
    try:
        url = _wait_for_lab_url(process)
        assert url.startswith(f"http://127.0.0.1:{port}/lab/tree/00-start-here.ipynb?token=")
        token = url.rsplit("=", 1)[1]
        served = _get_json(f"http://127.0.0.1:{port}/api/contents/00-start-here.ipynb", token)
        student = json.loads((ROOT / "exercises" / "00-start-here.ipynb").read_text())
        assert served["content"]["cells"][0]["source"] == "".join(student["cells"][0]["source"])
        copied = json.loads((work / "L" / "00-start-here.ipynb").read_text(encoding="utf-8"))
        assert copied["cells"] == student["cells"]
        assert list(runtime.glob("jpserver-*.json"))
        process.send_signal(signal.SIGINT)  # Ctrl+C
        process.wait(timeout=60)
    finally:
        if process.poll() is None:
            process.kill()
        process.stderr.close()
    assert process.returncode == 0
    assert not list(runtime.glob("jpserver-*")), "JupyterLab left its runtime files behind"
    with socket.socket() as s, pytest.raises(ConnectionRefusedError):
        s.connect(("127.0.0.1", port))
