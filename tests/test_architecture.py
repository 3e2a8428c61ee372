"""The package's shape: no import cycle, no private imports, modules and functions of a readable size.

The rules are in docs/ARCHITECTURE.md. No module is exempt.
"""

from __future__ import annotations

import ast
from pathlib import Path

import pytest

PACKAGE = Path(__file__).resolve().parents[1] / "src" / "hrlesson"


MAX_MODULE_LINES = 500
MAX_FUNCTION_LINES = 60
MAX_CLASS_LINES = 400


def _module_name(path: Path) -> str:
    parts = path.relative_to(PACKAGE.parent).with_suffix("").parts
    return ".".join(parts[:-1] if parts[-1] == "__init__" else parts)


MODULES = {_module_name(p): p for p in sorted(PACKAGE.rglob("*.py"))}


def _resolve(module: str, node: ast.ImportFrom) -> str:
    """The absolute name of ``from <...> import`` inside ``module``."""
    if node.level == 0:
        return node.module or ""
    is_package = MODULES[module].name == "__init__.py"
    base = module.split(".")
    base = base if is_package else base[:-1]
    base = base[: len(base) - (node.level - 1)]
    return ".".join(base + ([node.module] if node.module else []))


def _imports(module: str) -> list[tuple[str, str, int]]:
    """``(imported module, imported name or "", line)`` for every hrlesson import in ``module``."""
    tree = ast.parse(MODULES[module].read_text(encoding="utf-8"))
    out = []
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            out += [(a.name, "", node.lineno) for a in node.names if a.name.startswith("hrlesson")]
        elif isinstance(node, ast.ImportFrom):
            source = _resolve(module, node)
            if not source.startswith("hrlesson"):
                continue
            for alias in node.names:
                sub = f"{source}.{alias.name}"
                if sub in MODULES:  # "from . import export": the module itself
                    out.append((sub, "", node.lineno))
                else:
                    out.append((source, alias.name, node.lineno))
    return out


def _graph() -> dict[str, set[str]]:
    return {m: {target for target, _, _ in _imports(m) if target in MODULES} for m in MODULES}


def _cycles(graph: dict[str, set[str]]) -> list[list[str]]:
    """Strongly connected groups of more than one module (or a module importing itself)."""
    index: dict[str, int] = {}
    low: dict[str, int] = {}
    stack: list[str] = []
    on_stack: set[str] = set()
    groups: list[list[str]] = []

    def visit(v: str) -> None:
        index[v] = low[v] = len(index)
        stack.append(v)
        on_stack.add(v)
        for w in sorted(graph[v]):
            if w not in index:
                visit(w)
                low[v] = min(low[v], low[w])
            elif w in on_stack:
                low[v] = min(low[v], index[w])
        if low[v] == index[v]:
            group = []
            while True:
                w = stack.pop()
                on_stack.discard(w)
                group.append(w)
                if w == v:
                    break
            if len(group) > 1 or v in graph[v]:
                groups.append(sorted(group))

    for v in sorted(graph):
        if v not in index:
            visit(v)
    return groups


def test_no_import_cycle():
    cycles = _cycles(_graph())
    assert cycles == [], f"import cycles: {cycles}"


def test_cycle_finder_finds_a_cycle():
    assert _cycles({"a": {"b"}, "b": {"c"}, "c": {"a"}, "d": {"a"}}) == [["a", "b", "c"]]


def test_no_import_of_another_modules_private_names():
    found = []
    for module in MODULES:
        for source, name, line in _imports(module):
            if name.startswith("_") and not name.startswith("__"):
                found.append(f"{module}:{line} imports {source}.{name}")
    assert found == []


def _sizes(path: Path) -> list[tuple[str, str, int]]:
    tree = ast.parse(path.read_text(encoding="utf-8"))
    out = []
    for node in ast.walk(tree):
        if isinstance(node, (ast.FunctionDef, ast.AsyncFunctionDef, ast.ClassDef)):
            kind = "class" if isinstance(node, ast.ClassDef) else "function"
            out.append((kind, node.name, node.end_lineno - node.lineno + 1))
    return out


@pytest.mark.parametrize("module", list(MODULES))
def test_module_function_and_class_sizes(module):
    path = MODULES[module]
    n_lines = len(path.read_text(encoding="utf-8").splitlines())
    assert n_lines <= MAX_MODULE_LINES, f"{module} has {n_lines} lines"
    limits = {"function": MAX_FUNCTION_LINES, "class": MAX_CLASS_LINES}
    too_long = [(k, name, n) for k, name, n in _sizes(path) if n > limits[k]]
    assert too_long == [], f"{module}: {too_long}"


@pytest.mark.parametrize("name", ["quotes", "actors", "markers", "figures", "readability"])
def test_package_attribute_is_the_table_function_and_the_module_stays_importable(name):
    """``hrlesson.quotes(article)`` is the function; ``from hrlesson.quotes import ...`` the module."""
    import importlib
    import sys

    import hrlesson

    module = importlib.import_module(f"hrlesson.{name}")
    assert sys.modules[f"hrlesson.{name}"] is module
    assert getattr(hrlesson, name) is getattr(module, name)
    assert callable(getattr(hrlesson, name))
    assert module.TABLE.name == name
