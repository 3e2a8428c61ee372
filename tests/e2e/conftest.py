"""Fixtures for the browser tests: one JupyterLab server and one headless Chromium.

JupyterLab serves a temporary copy of the lesson folders (opening a notebook writes
checkpoints beside it), with its own settings: no news pop-up, no autosave, every
cell rendered (no virtual scrolling) so outputs can be checked in the page. Both the
server and the browser are stopped at the end of the session, also after a failure.
Screenshots and the server log go to ``test-artifacts/`` (gitignored).
"""

from __future__ import annotations

import json
import os
import secrets
import shutil
import signal
import socket
import subprocess
import sys
import time
import urllib.error
import urllib.request
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
ARTIFACTS = ROOT / "test-artifacts"
#: Under pytest-xdist each worker ("gw0", "gw1", …) keeps its own screenshots and server log.
_WORKER_SUFFIX = (
    f"-{os.environ['PYTEST_XDIST_WORKER']}" if "PYTEST_XDIST_WORKER" in os.environ else ""
)
SCREENSHOTS = ARTIFACTS / f"screenshots{_WORKER_SUFFIX}"
LAB_LOG = ARTIFACTS / f"jupyterlab{_WORKER_SUFFIX}.log"
#: Debian's Chromium (never a browser downloaded by Playwright); HRLESSON_CHROMIUM overrides.
CHROMIUM = os.environ.get("HRLESSON_CHROMIUM", "/usr/bin/chromium")
CHROMIUM_ARGS = [
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-quic",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
]
#: Folders served to the browser (copied); data/ too, in case a lesson reads it.
SERVED = ("notebooks", "exercises", "data")
#: JupyterLab user settings for the test server: {plugin id: settings}.
LAB_SETTINGS = {
    "@jupyterlab/apputils-extension:notification": {"fetchNews": "false", "checkForUpdates": False},
    "@jupyterlab/docmanager-extension:plugin": {"autosave": False},
    "@jupyterlab/notebook-extension:tracker": {"windowingMode": "none"},
}
SERVER_START_TIMEOUT = 90
_SESSION_SCREENSHOTS: list[Path] = []  # set when this session took screenshots


@dataclass
class LabServer:
    """A running JupyterLab: where it serves from, and how to reach it."""

    url: str
    token: str
    root: Path
    process: subprocess.Popen[bytes]
    log: Path

    def api(self, method: str, path: str) -> object:
        """Call the server's REST API; return the decoded JSON answer (or None)."""
        request = urllib.request.Request(
            f"{self.url}{path}", method=method, headers={"Authorization": f"token {self.token}"}
        )
        with urllib.request.urlopen(request, timeout=10) as response:
            body = response.read()
        return json.loads(body) if body else None

    def lab_url(self, path: str) -> str:
        """URL that opens ``path`` (relative to the served root) in JupyterLab."""
        return f"{self.url}/lab/tree/{path}?reset&token={self.token}"

    def home_url(self) -> str:
        """URL of JupyterLab itself, with no notebook open (a fresh workspace)."""
        return f"{self.url}/lab?reset&token={self.token}"

    def shutdown_kernels(self) -> None:
        """Stop every kernel (each notebook test starts a fresh one)."""
        for kernel in self.api("GET", "/api/kernels") or []:
            try:
                self.api("DELETE", f"/api/kernels/{kernel['id']}")
            except urllib.error.HTTPError:  # already gone
                pass

    def log_tail(self, n: int = 40) -> str:
        lines = self.log.read_text(errors="replace").splitlines()
        return "\n".join(lines[-n:])


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def _write_settings(settings_dir: Path) -> None:
    for plugin_id, values in LAB_SETTINGS.items():
        package, plugin = plugin_id.split(":")
        path = settings_dir / package / f"{plugin}.jupyterlab-settings"
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(json.dumps(values, indent=2))


def _copy_served(target: Path) -> None:
    for name in SERVED:
        source = ROOT / name
        if source.is_dir():
            shutil.copytree(
                source,
                target / name,
                ignore=shutil.ignore_patterns(".ipynb_checkpoints", "__pycache__"),
            )


def _wait_until_up(server: LabServer) -> None:
    deadline = time.monotonic() + SERVER_START_TIMEOUT
    while time.monotonic() < deadline:
        if server.process.poll() is not None:
            pytest.fail(f"JupyterLab exited with {server.process.returncode}:\n{server.log_tail()}")
        try:
            server.api("GET", "/api/status")
            return
        except (urllib.error.URLError, ConnectionError, TimeoutError):
            time.sleep(0.3)
    pytest.fail(f"JupyterLab did not answer within {SERVER_START_TIMEOUT} s:\n{server.log_tail()}")


def _stop(server: LabServer) -> None:
    """Ask the server to shut down (stops kernels too); then signal its process group."""
    if server.process.poll() is None:
        try:
            server.api("POST", "/api/shutdown")
            server.process.wait(timeout=15)
        except (OSError, urllib.error.URLError, subprocess.TimeoutExpired):
            pass
    for sig in (signal.SIGTERM, signal.SIGKILL):
        if server.process.poll() is not None:
            break
        try:
            os.killpg(server.process.pid, sig)
            server.process.wait(timeout=10)
        except (ProcessLookupError, subprocess.TimeoutExpired):
            pass


@pytest.fixture(scope="session")
def lab(tmp_path_factory: pytest.TempPathFactory) -> Iterator[LabServer]:
    """One JupyterLab server for all browser tests, serving a copy of the lesson folders."""
    base = tmp_path_factory.mktemp("jupyterlab")
    root = base / "served"
    root.mkdir()
    _copy_served(root)
    settings = base / "settings"
    _write_settings(settings)
    for name in ("workspaces", "config", "data", "runtime", "ipython", "mpl"):
        (base / name).mkdir()
    # Run All after an error: ipykernel aborts the queued cells only for requests that arrive
    # within stop_on_error_timeout (0 s by default), so on a loaded machine a later cell's
    # request can arrive after the window and run. Two seconds were once too short on a
    # loaded 2-core CI machine; ten leave a wide margin (the window only aborts requests that
    # arrive after an error, so the lessons, which raise none, never wait on it).
    profile = base / "ipython" / "profile_default"
    profile.mkdir()
    (profile / "ipython_kernel_config.py").write_text(
        "c.IPythonKernel.stop_on_error_timeout = 10.0\n", encoding="utf-8"
    )
    env = {k: v for k, v in os.environ.items() if k not in {"JUPYTER_PATH", "PYTHONPATH"}}
    env.update(
        JUPYTER_CONFIG_DIR=str(base / "config"),
        JUPYTER_DATA_DIR=str(base / "data"),
        JUPYTER_RUNTIME_DIR=str(base / "runtime"),
        IPYTHONDIR=str(base / "ipython"),
        MPLCONFIGDIR=str(base / "mpl"),
        PYDEVD_DISABLE_FILE_VALIDATION="1",
    )
    ARTIFACTS.mkdir(exist_ok=True)
    log = LAB_LOG
    token = secrets.token_hex(16)
    port = _free_port()
    args = [
        sys.executable,
        "-m",
        "jupyterlab",
        "--no-browser",
        "--allow-root",
        "--ServerApp.ip=127.0.0.1",
        f"--ServerApp.port={port}",
        "--ServerApp.port_retries=0",
        f"--ServerApp.root_dir={root}",
        f"--IdentityProvider.token={token}",
        f"--LabApp.workspaces_dir={base / 'workspaces'}",
        f"--LabApp.user_settings_dir={settings}",
        "--LabApp.expose_app_in_browser=True",
    ]
    with log.open("wb") as log_file:
        process = subprocess.Popen(
            args,
            cwd=root,
            env=env,
            stdin=subprocess.DEVNULL,
            stdout=log_file,
            stderr=subprocess.STDOUT,
            start_new_session=True,
        )
    server = LabServer(f"http://127.0.0.1:{port}", token, root, process, log)
    try:
        _wait_until_up(server)
        yield server
    finally:
        _stop(server)


@pytest.fixture(scope="session")
def browser_context(tmp_path_factory: pytest.TempPathFactory) -> Iterator[object]:
    """Headless Debian Chromium driven by Playwright, with a fresh profile.

    Fails (never skips) when Chromium cannot start: the browser tests are part of CI.
    """
    from playwright.sync_api import Error as PlaywrightError
    from playwright.sync_api import sync_playwright

    if not Path(CHROMIUM).exists():
        pytest.fail(
            f"{CHROMIUM} is missing: install Debian's chromium (apt-get install chromium) "
            "or point HRLESSON_CHROMIUM at a Chromium or Chrome executable"
        )
    profile = tmp_path_factory.mktemp("chromium-profile")
    manager = sync_playwright().start()
    context = None
    try:
        try:
            # Playwright passes the profile as --user-data-dir itself.
            context = manager.chromium.launch_persistent_context(
                str(profile),
                executable_path=CHROMIUM,
                headless=True,
                args=CHROMIUM_ARGS,
                viewport={"width": 1280, "height": 900},
                timeout=60_000,
            )
        except PlaywrightError as exc:
            first_lines = "\n".join(str(exc).splitlines()[:3])
            pytest.fail(f"cannot start Chromium ({CHROMIUM}): {first_lines}", pytrace=False)
        yield context
    finally:
        if context is not None:
            context.close()
        manager.stop()


@pytest.fixture(scope="session")
def screenshots() -> Path:
    """Folder for one screenshot per notebook (emptied at the start of the session)."""
    if SCREENSHOTS.exists():
        shutil.rmtree(SCREENSHOTS)
    SCREENSHOTS.mkdir(parents=True)
    _SESSION_SCREENSHOTS.append(SCREENSHOTS)
    return SCREENSHOTS


def pytest_terminal_summary(terminalreporter: pytest.TerminalReporter) -> None:
    """Say where the screenshots are, when browser tests ran."""
    if _SESSION_SCREENSHOTS and any(SCREENSHOTS.iterdir()):
        terminalreporter.write_line(f"e2e screenshots: {SCREENSHOTS}")
        terminalreporter.write_line(f"JupyterLab log: {LAB_LOG}")
