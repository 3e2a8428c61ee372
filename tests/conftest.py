"""Browser tests (marker ``e2e``) need Chromium; without it they are skipped with one line.

The browser tests drive JupyterLab and the static site in headless Chromium (Debian's
``/usr/bin/chromium``, or the executable named by ``HRLESSON_CHROMIUM``) through Playwright.
On a machine without them, the README's test command still passes: the ``e2e`` tests are
left out (reported as deselected) and one line at the end says what to install and how to
run them.

CI sets ``HRLESSON_REQUIRE_BROWSER=1`` (``.ci/run``, which installs Chromium): then a
missing browser fails every browser test with that line, so CI never skips them silently.
"""

from __future__ import annotations

import importlib.util
import os
from pathlib import Path

import pytest

#: The Chromium the browser tests use (same default and override as tests/e2e/conftest.py).
CHROMIUM = os.environ.get("HRLESSON_CHROMIUM", "/usr/bin/chromium")
REQUIRE_BROWSER = os.environ.get("HRLESSON_REQUIRE_BROWSER", "") not in ("", "0")
_MISSING = pytest.StashKey[tuple[int, str]]()  # (browser tests collected, why they cannot run)


def browser_missing() -> str | None:
    """Why the browser tests cannot run here (one line), or None when they can."""
    if not Path(CHROMIUM).is_file() or not os.access(CHROMIUM, os.X_OK):
        return (
            f"Chromium not found at {CHROMIUM}: install it (Debian/Ubuntu: apt-get install "
            "chromium) or set HRLESSON_CHROMIUM to a Chromium or Chrome executable, then run "
            "python -m pytest -m e2e"
        )
    if importlib.util.find_spec("playwright") is None:
        return (
            "Playwright is not installed: pip install -c constraints.txt -e '.[test]', "
            "then run python -m pytest -m e2e"
        )
    return None


@pytest.hookimpl(trylast=True)  # after -m and -k have deselected what they deselect
def pytest_collection_modifyitems(config: pytest.Config, items: list[pytest.Item]) -> None:
    """Leave out (or, when required, fail) the browser tests when there is no browser.

    They are deselected rather than marked skipped so that the whole explanation is the
    one line printed at the end (pytest lists skips once per test location).
    """
    browser_tests = [item for item in items if item.get_closest_marker("e2e")]
    reason = browser_missing() if browser_tests else None
    if not reason:
        return
    config.stash[_MISSING] = (len(browser_tests), reason)
    if not REQUIRE_BROWSER:
        config.hook.pytest_deselected(items=browser_tests)
        items[:] = [item for item in items if not item.get_closest_marker("e2e")]


def pytest_runtest_setup(item: pytest.Item) -> None:
    """With HRLESSON_REQUIRE_BROWSER=1, a browser test without a browser fails in one line."""
    missing = item.config.stash.get(_MISSING, None)
    if missing and REQUIRE_BROWSER and item.get_closest_marker("e2e"):
        pytest.fail(f"HRLESSON_REQUIRE_BROWSER=1 but {missing[1]}", pytrace=False)


def pytest_report_header(config: pytest.Config) -> str | None:
    """Say once, at the top, that browser tests will be skipped (or fail) and why."""
    if REQUIRE_BROWSER:
        return "browser tests: required (HRLESSON_REQUIRE_BROWSER=1)"
    return None


def pytest_terminal_summary(terminalreporter: pytest.TerminalReporter, config: pytest.Config):
    """One line at the end: how many browser tests did not run, and what to install."""
    missing = config.stash.get(_MISSING, None)
    if missing is None and getattr(config.option, "numprocesses", None):
        # pytest-xdist: the workers collected; the controller only knows there is no browser
        reason = browser_missing()
        missing = ("", reason) if reason and _e2e_selected(config) else None
    if missing:
        count, reason = missing
        what = f"{count} browser tests".strip()
        if REQUIRE_BROWSER:
            terminalreporter.write_line(f"{what} FAILED: {reason}", red=True)
        else:
            terminalreporter.write_line(f"{what} skipped: {reason}", yellow=True)


def _e2e_selected(config: pytest.Config) -> bool:
    markexpr = config.option.markexpr or ""
    return "not e2e" not in markexpr
