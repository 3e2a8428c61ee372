"""Keep the strict xfail marks of the test pages in step with what the kit does.

    python tools/mark_known_gaps.py            # report: marks to add, to drop, to reword
    python tools/mark_known_gaps.py --apply    # write them into the page files
    python tools/mark_known_gaps.py DIR ...    # some pages only

``tests/test_quote_cases.py`` checks, in one test per page, each gold quote (its exact span,
speaker and cue) and that the kit finds no quote the gold lacks. A gold quote the kit gets
wrong carries an ``xfail`` reason, a page with an extra quote a ``no_spurious_xfail`` reason;
both are strict, so a fixed quote must lose its mark. This tool runs the tests' comparison on every page and sets each mark
to what the kit now does: a reason when it fails (the kit's answer and its evidence), none when
it passes. Files are rewritten only when a mark changes, in the pages' own layout (indent 1,
UTF-8 kept). Exit status: 0; with ``--check``, 1 when a mark is out of step.
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

from case_runs import page_paths, run_pages, test_outcomes


def updated_case(result: dict) -> tuple[dict, dict]:
    """The page with its marks set from the kit's outcome, and counts of what changed."""
    case = json.loads(Path(result["path"]).read_text(encoding="utf-8"))
    reasons, spurious = test_outcomes(result)
    changes = {"added": 0, "dropped": 0, "reworded": 0}
    for gold, reason in zip(case["quotes"], reasons, strict=True):
        _set(gold, "xfail", reason, changes)
    _set(case, "no_spurious_xfail", spurious, changes)
    return case, changes


def _set(record: dict, key: str, reason: str | None, changes: dict) -> None:
    old = record.get(key)
    if old == reason:
        return
    if reason is None:
        del record[key]
        changes["dropped"] += 1
        return
    changes["added" if old is None else "reworded"] += 1
    record[key] = reason


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("pages", nargs="*", help="JSON pages or folders (default: all)")
    parser.add_argument("--apply", action="store_true", help="write the marks")
    parser.add_argument("--check", action="store_true", help="exit 1 when a mark is out of step")
    parser.add_argument("-j", "--workers", type=int, default=2)
    args = parser.parse_args(argv)
    paths = page_paths(args.pages)
    if not paths or not all(p.exists() for p in paths):
        print(f"mark_known_gaps: no such page among {args.pages}", file=sys.stderr)
        return 2
    total = {"added": 0, "dropped": 0, "reworded": 0}
    for result in run_pages(paths, args.workers):
        case, changes = updated_case(result)
        if not any(changes.values()):
            continue
        print(f"{result['name']}: " + ", ".join(f"{v} {k}" for k, v in changes.items() if v))
        for key, value in changes.items():
            total[key] += value
        if args.apply:
            text = json.dumps(case, ensure_ascii=False, indent=1) + "\n"
            Path(result["path"]).write_text(text, encoding="utf-8")
    verb = "changed" if args.apply else "to change"
    print(f"marks {verb}: " + ", ".join(f"{v} {k}" for k, v in total.items()))
    return 1 if args.check and any(total.values()) else 0


if __name__ == "__main__":
    sys.exit(main())
