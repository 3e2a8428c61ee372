"""``hrlesson extract`` says, in one line, when an article's relative dates cannot be resolved."""

from __future__ import annotations

from pathlib import Path

from hrlesson.cli import main

# Constructed: a dateline without a year, and relative dates.
NO_YEAR = 'GENEVA, Feb 25 (AP) — The council met on Thursday. "We are concerned," she said.\n'


def test_warns_once_when_the_article_has_no_date(tmp_path: Path, capsys) -> None:
    (tmp_path / "noyear.txt").write_text(NO_YEAR, encoding="utf-8")
    assert main(["extract", str(tmp_path / "noyear.txt"), "--out", str(tmp_path / "out")]) == 0
    err = capsys.readouterr().err.splitlines()
    warnings = [line for line in err if line.startswith("hrlesson: warning")]
    assert len(warnings) == 1
    assert "no article date" in warnings[0]
    assert "--date YYYY-MM-DD" in warnings[0]
    assert (tmp_path / "out" / "noyear" / "figures.csv").is_file()


def test_no_warning_with_a_date(tmp_path: Path, capsys) -> None:
    (tmp_path / "noyear.txt").write_text(NO_YEAR, encoding="utf-8")
    args = ["extract", str(tmp_path / "noyear.txt"), "--out", str(tmp_path / "o"), "--date"]
    assert main([*args, "2021-02-25"]) == 0
    assert "hrlesson: warning" not in capsys.readouterr().err
