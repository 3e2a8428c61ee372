"""Do ``quotes`` and ``reporting_verbs`` agree on who said what?

For every quote that has both a reporting verb (``cue_start``) and a speaker, look up the
``reporting_verbs`` row at that verb and compare its ``introduces`` with the quote's
``speaker``. Prints one line per article with disagreements and a total. Runs on the bundled
article and the development set (``../shared/eval/articles`` by default).

Usage::

    python tools/agreement.py              # bundled article + development set
    python tools/agreement.py --details    # also print every disagreement

Tests must not import this file: users do not have the development set.
"""

from __future__ import annotations

import argparse
import sys
import warnings
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
DEFAULT_EVAL = ROOT.parent / "shared" / "eval"


def compare(article) -> tuple[int, int, list[str]]:
    """``(n_agree, n_compared, disagreements)`` for one article."""
    import importlib

    quotes = importlib.import_module("hrlesson.quotes").quotes
    reporting_verbs = importlib.import_module("hrlesson.markers").reporting_verbs
    q = quotes(article)
    rv = reporting_verbs(article)
    rows = list(zip(rv.start.tolist(), rv.end.tolist(), rv.introduces.tolist(), strict=True))
    agree = total = 0
    problems = []
    for speaker, cue_start, cue_text in zip(q.speaker, q.cue_start, q.cue_text, strict=True):
        if not isinstance(speaker, str) or cue_start is None or str(cue_start) == "<NA>":
            continue
        total += 1
        at = int(cue_start)
        row = next((r for r in rows if r[0] <= at < r[1]), None)
        if row is not None and row[2] == speaker:
            agree += 1
        else:
            found = "no row" if row is None else repr(row[2])
            problems.append(
                f"  cue {cue_text!r} at {at}: quotes {speaker!r}, reporting_verbs {found}"
            )
    return agree, total, problems


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--eval-dir", type=Path, default=DEFAULT_EVAL)
    parser.add_argument("--details", action="store_true", help="print every disagreement")
    args = parser.parse_args(argv)
    import hrlesson

    articles = [("bundled", lambda: hrlesson.load_article())]
    for path in sorted((args.eval_dir / "articles").glob("*.txt")):
        articles.append((path.stem, lambda p=path: hrlesson.load_article(p)))
    all_agree = all_total = 0
    for name, load in articles:
        with warnings.catch_warnings():
            warnings.simplefilter("ignore", hrlesson.HrlessonWarning)
            article = load()
        agree, total, problems = compare(article)
        all_agree += agree
        all_total += total
        if problems:
            print(f"{name}: {agree}/{total}")
            if args.details:
                print("\n".join(problems))
    share = all_agree / all_total if all_total else 1.0
    print(f"agreement: {all_agree}/{all_total} = {share:.3f} ({len(articles)} articles)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
