"""The package layout is the pipeline: imports only run downward, and there are no import circles.

Every module of `b1check` belongs to one layer (docs/architecture.md); a module
may import from its own layer's package and from any lower layer, never from a
higher one. Imports inside functions count too: a lazy import is still a
dependency.
"""

from __future__ import annotations

import ast
from pathlib import Path

import b1check

PACKAGE = Path(b1check.__file__).resolve().parent

# Lowest first. A module belongs to the first entry that is its name or a prefix of it.
LAYERS = (
    ("b1check.__about__", "b1check.model"),  # the version and the result types
    ("b1check.files",),  # written whole or not at all; the operating system's reasons in Dutch
    ("b1check.settings",),  # every threshold
    ("b1check.load",),  # file → SourceText
    ("b1check.language",),  # the Dutch pipeline and the word lists
    ("b1check.analysis",),  # passives, phrases, difficult words, contact, LiNT-II
    ("b1check.rules",),  # findings, suppression, baselines
    ("b1check.score",),  # metrics and verdict
    ("b1check.check", "b1check.config"),  # the pipeline in one call; configuration files
    ("b1check.report", "b1check.fixes"),  # output formats; safe replacements
    ("b1check.review",),  # the document back with comments and tracked changes
    ("b1check.audit",),  # entry point: a whole archive
    ("b1check.web",),  # entry point: the local web page
    ("b1check.lsp",),  # entry point: the language server for editors
    ("b1check.cli",),  # entry point: the command line
)
TOP = ("b1check", "b1check.__main__")  # the public API may import anything


def module_name(path: Path) -> str:
    parts = list(path.relative_to(PACKAGE.parent).with_suffix("").parts)
    if parts[-1] == "__init__":
        parts.pop()
    return ".".join(parts)


def modules() -> dict[str, Path]:
    return {module_name(path): path for path in PACKAGE.rglob("*.py")}


def layer(name: str) -> tuple[int, str]:
    for rank, prefixes in enumerate(LAYERS):
        for prefix in prefixes:
            if name == prefix or name.startswith(prefix + "."):
                return rank, prefix
    raise AssertionError(f"{name} belongs to no layer: add it to LAYERS and docs/architecture.md")


def imports(name: str, path: Path, known: dict[str, Path]) -> set[str]:
    """The b1check modules that `name` imports, resolved to modules that exist."""
    is_package = path.name == "__init__.py"
    here = name.split(".") if is_package else name.split(".")[:-1]
    found = set()
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        targets = []
        if isinstance(node, ast.Import):
            targets = [alias.name for alias in node.names]
        elif isinstance(node, ast.ImportFrom):
            base = here[: len(here) - node.level + 1] if node.level else []
            module = ".".join(base + (node.module.split(".") if node.module else []))
            targets = [f"{module}.{alias.name}" for alias in node.names] + [module]
        for target in targets:
            while target and target not in known:
                target = target.rpartition(".")[0]
            if target.startswith("b1check") and target != name:
                found.add(target)
    # `from .x import y` also names the package `.`; a module's own package is not a dependency.
    return {t for t in found if not name.startswith(t + ".")}


def graph() -> dict[str, set[str]]:
    known = modules()
    return {name: imports(name, path, known) for name, path in known.items()}


def test_every_module_has_a_layer():
    for name in modules():
        if name not in TOP:
            layer(name)


def test_imports_only_run_downward():
    upward = []
    for name, targets in graph().items():
        if name in TOP:
            continue
        rank, home = layer(name)
        for target in targets:
            if target in TOP:
                upward.append(f"{name} imports the package root {target}")
                continue
            target_rank, target_home = layer(target)
            if target_rank > rank or (target_rank == rank and target_home != home):
                upward.append(f"{name} → {target}")
    assert not upward, "imports that do not run downward:\n" + "\n".join(sorted(upward))


def find_circles(edges: dict[str, set[str]]) -> list[str]:
    """Every import circle a depth-first walk meets, as "a → b → a"."""
    state: dict[str, int] = {}  # 1 on the current path, 2 done
    circles = []

    def visit(node: str, path: list[str]) -> None:
        state[node] = 1
        for target in sorted(edges.get(node, ())):
            if state.get(target) == 1:
                circles.append(" → ".join(path[path.index(target) :] + [node, target]))
            elif target not in state:
                visit(target, path + [node])
        state[node] = 2

    for node in sorted(edges):
        if node not in state:
            visit(node, [])
    return circles


def test_no_import_circles():
    circles = find_circles(graph())
    assert not circles, "import circles:\n" + "\n".join(circles)


def test_the_checker_finds_a_circle():
    assert find_circles({"a": {"b"}, "b": {"c"}, "c": {"a"}}) == ["a → b → c → a"]
    assert find_circles({"a": {"b"}, "b": set()}) == []


def test_every_stage_folder_says_its_job():
    """Each folder's __init__ says in its docstring what it does and what it may import."""
    for init in PACKAGE.glob("*/__init__.py"):
        doc = ast.get_docstring(ast.parse(init.read_text(encoding="utf-8"))) or ""
        assert doc.strip(), f"{init.parent.name}/__init__.py has no docstring"
        assert "May import" in doc or "may import" in doc, f"{init.parent.name}/__init__.py does not say what it may import"


def test_the_checker_finds_an_upward_import(tmp_path):
    """The walk itself works: an upward import in a module is seen."""
    fake = tmp_path / "b1check" / "load"
    fake.mkdir(parents=True)
    module = fake / "bad.py"
    module.write_text("from ..cli import main\nfrom ..report import text\n", encoding="utf-8")
    known = {"b1check.load.bad": module, "b1check.cli": PACKAGE / "cli" / "__init__.py", "b1check.report": PACKAGE / "report" / "__init__.py"}
    assert imports("b1check.load.bad", module, known) == {"b1check.cli", "b1check.report"}
