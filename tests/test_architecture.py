"""The shape of the code, checked: small modules and functions, no import cycles,
stages that reach each other only through their public entry points, and no gold
sentence quoted in code or tests (a rule written for a gold sentence fits that sentence,
not news)."""

from __future__ import annotations

import ast
import re
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
PACKAGE = ROOT / "src" / "dateline"
SHARED = ROOT.parent / "shared"
MAX_MODULE_LINES = 400
MAX_FUNCTION_LINES = 50
STAGES = {"ingest", "clean", "nlp", "actors", "quotes", "events", "time", "place", "store", "dedup",
          "evaluate", "web", "scale", "cli"}


def _modules() -> dict[str, Path]:
    found = {}
    for path in PACKAGE.rglob("*.py"):
        parts = path.relative_to(PACKAGE.parent).with_suffix("").parts
        name = ".".join(parts[:-1] if parts[-1] == "__init__" else parts)
        found[name] = path
    return found


def _imports(name: str, path: Path, modules: dict[str, Path]) -> set[str]:
    """The dateline modules a module imports at its top level."""
    package = name if path.name == "__init__.py" else name.rsplit(".", 1)[0]
    out = set()
    for node in ast.parse(path.read_text(encoding="utf-8")).body:
        if isinstance(node, ast.ImportFrom):
            base = package.split(".")[: len(package.split(".")) - (node.level - 1)] if node.level else []
            target = ".".join(base + ([node.module] if node.module else [])) if node.level else node.module
            if not target or not target.startswith("dateline"):
                continue
            for alias in node.names:
                # "from pkg import name": the submodule pkg.name, unless the package's
                # entry point binds that name itself (its public API)
                full = f"{target}.{alias.name}"
                public = target in modules and alias.name in _bound_names(modules[target])
                out.add(full if full in modules and not public else target)
        elif isinstance(node, ast.Import):
            out.update(a.name for a in node.names if a.name.startswith("dateline"))
    return out


def _bound_names(path: Path) -> set[str]:
    """The names a module binds at its top level (imports, definitions, assignments)."""
    names = set()
    for node in ast.parse(path.read_text(encoding="utf-8")).body:
        if isinstance(node, (ast.Import, ast.ImportFrom)):
            names.update((a.asname or a.name).split(".")[0] for a in node.names)
        elif isinstance(node, (ast.FunctionDef, ast.ClassDef)):
            names.add(node.name)
        elif isinstance(node, ast.Assign):
            names.update(t.id for t in node.targets if isinstance(t, ast.Name))
    return names


def test_no_module_is_over_400_lines():
    long = {str(p.relative_to(ROOT)): n for p in PACKAGE.rglob("*.py")
            if (n := len(p.read_text(encoding="utf-8").splitlines())) > MAX_MODULE_LINES}
    assert not long


def test_no_function_is_over_50_lines():
    long = []
    for path in PACKAGE.rglob("*.py"):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, (ast.FunctionDef, ast.AsyncFunctionDef)) and \
                    node.end_lineno - node.lineno + 1 > MAX_FUNCTION_LINES:
                long.append(f"{path.relative_to(ROOT)}:{node.lineno} {node.name}")
    assert not long


def test_no_import_cycle():
    modules = _modules()
    graph = {name: _imports(name, path, modules) & set(modules) for name, path in modules.items()}
    state: dict[str, int] = {}

    def visit(node: str, trail: list[str]) -> None:
        state[node] = 1
        for nxt in graph[node]:
            if state.get(nxt) == 1:
                raise AssertionError("import cycle: " + " -> ".join(trail[trail.index(nxt):] + [nxt]))
            if nxt not in state:
                visit(nxt, trail + [nxt])
        state[node] = 2

    for name in graph:
        if name not in state:
            visit(name, [name])


def test_stages_reach_each_other_through_their_public_entry_points():
    modules = _modules()
    leaks = []
    for name, path in modules.items():
        parts = name.split(".")
        if len(parts) < 2 or parts[1] not in STAGES:
            continue
        for target in _imports(name, path, modules):
            other = target.split(".")
            if len(other) >= 3 and other[1] in STAGES and other[1] != parts[1] and target in modules \
                    and not modules[target].name == "__init__.py":
                leaks.append(f"{name} -> {target}")
    # the command line reaches into nothing but public entry points either
    assert not leaks


def _norm(text: str) -> str:
    return re.sub(r"[^a-z0-9]", "", text.lower())


@pytest.mark.skipif(not (SHARED / "gold").is_dir(), reason="../shared is not present")
def test_no_gold_sentence_is_quoted_in_code_or_tests():
    width = 36
    fragments = set()
    gold = SHARED / "gold"
    sources = (list(gold.glob("petr2-gsr/*.xml")) + list(gold.glob("ud-petrarch-validation/*"))
               + list(gold.glob("polnear/*/text/*.txt")) + list(gold.glob("conflibert-cameo-train/*.tsv")))
    for path in sources:
        raw = path.read_text(encoding="utf-8", errors="ignore")
        if path.suffix == ".xml":
            raw = " ".join(re.findall(r"<Text>(.*?)</Text>", raw, re.S))
        text = _norm(raw)
        fragments.update(text[k:k + width] for k in range(0, max(0, len(text) - width), 3))
    hits = []
    for path in list(PACKAGE.rglob("*.py")) + list((ROOT / "tests").rglob("*.py")):
        for number, line in enumerate(path.read_text(encoding="utf-8", errors="ignore").splitlines(), 1):
            text = _norm(line)
            if len(text) >= width and any(text[k:k + width] in fragments for k in range(len(text) - width + 1)):
                hits.append(f"{path.relative_to(ROOT)}:{number}")
    assert not hits
