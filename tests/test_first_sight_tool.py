"""The first-sight tool runs today's ranking package inside older kits.

``tools/first_sight_instances.py`` checks out the kit as it stood before each batch of held-out
pages and copies the ranking package into it. Anything else the package imports must be copied
with it (the tool's OVERLAY) or be a module every old kit holds; an import from anywhere else
breaks the tool on the oldest batches (it did once, when the ranker imported the headlines
package).
"""

from __future__ import annotations

import ast
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "tools"))

from first_sight_instances import OLD_KIT_MODULES, OVERLAY

RANKING = ROOT / "src" / "hrlesson" / "speech" / "ranking"


def outside_imports(path: Path, package: Path = ROOT / "src" / "hrlesson") -> set[str]:
    """The modules (paths under ``package``) that ``path`` imports from outside its package."""
    found = set()
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.ImportFrom) and node.level >= 2:
            base = path.parent
            for _ in range(node.level - 1):
                base = base.parent
            target = base.joinpath(*(node.module or "").split("."))
            rel = target.relative_to(package).as_posix()
            found.add(rel if target.is_dir() else rel + ".py")
    return found


def test_outside_imports_reads_relative_imports_above_the_package(tmp_path):
    pkg = tmp_path / "src" / "hrlesson" / "speech" / "ranking"
    pkg.mkdir(parents=True)
    (pkg / "m.py").write_text("from ..records import X\nfrom .model import Y\nimport json\n")
    (tmp_path / "src" / "hrlesson" / "speech" / "records.py").write_text("")
    found = outside_imports(pkg / "m.py", tmp_path / "src" / "hrlesson")
    assert found == {"speech/records.py"}


def test_the_ranking_package_imports_only_what_old_kits_hold_or_the_tool_copies():
    allowed = set(OVERLAY) | set(OLD_KIT_MODULES)
    imported = set().union(*(outside_imports(p) for p in RANKING.glob("*.py")))
    assert imported, "the ranking package imports nothing from the kit: the check reads nothing"
    assert imported <= allowed, sorted(imported - allowed)
