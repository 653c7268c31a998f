"""The parser's layout: one package per stage, imports one way, no cycles, small modules.

Every module under ``src/bulletinkit/parse`` is read with :mod:`ast` (nothing is
imported), and *every* import counts: at module level, inside functions, under
``TYPE_CHECKING``, in ``try`` blocks, relative or absolute, and
``importlib.import_module("...")`` with a literal name. Importing a submodule also
imports its parent package, but that implicit step is not an edge here: a package's
``__init__`` re-exporting its submodules' names would otherwise always be a cycle.

The checks are functions of a source folder, so that the last tests can run them on
small trees built to break each rule: the checks must be able to fail.
"""

from __future__ import annotations

import ast
from collections.abc import Iterator
from pathlib import Path

import attrs
import pytest

from tests.conftest import REPO

SRC = REPO / "src"
PARSE = "bulletinkit.parse"

# Each stage package and the stages it may import. A new package must be added here
# with its dependencies (the layout is documented in docs/parsing.md).
STAGES: dict[str, frozenset[str]] = {
    "text": frozenset(),
    "dates": frozenset({"text"}),
    "layout": frozenset({"text", "dates"}),
    "actors": frozenset({"text", "dates"}),
    "meetings": frozenset({"text", "dates"}),
    "license": frozenset({"text"}),
    "html": frozenset({"text", "layout", "license"}),
}
MAX_LINES = 400
MAX_TOP_ENTRIES = 10


@attrs.frozen
class Import:
    """One import in module ``source``: the module it loads and the names it takes."""

    source: str
    target: str
    names: tuple[str, ...]
    line: int


def _module_name(src: Path, path: Path) -> str:
    parts = list(path.relative_to(src).with_suffix("").parts)
    if parts[-1] == "__init__":
        parts.pop()
    return ".".join(parts)


def modules(src: Path, package: str = PARSE) -> dict[str, Path]:
    """Every module of ``package`` under ``src``, by dotted name."""
    folder = src.joinpath(*package.split("."))
    return {_module_name(src, path): path for path in sorted(folder.rglob("*.py"))}


def _resolve(module: str, is_package: bool, level: int, name: str | None) -> str:
    """The absolute name of ``from <level dots><name> import ...`` in ``module``."""
    if not level:
        return name or ""
    base = module.split(".")
    base = base if is_package else base[:-1]
    base = base[: len(base) - (level - 1)]
    return ".".join([*base, name] if name else base)


def imports(src: Path, package: str = PARSE) -> Iterator[Import]:
    """Every import of a module of ``package`` by a module of ``package``."""
    known = modules(src, package)
    for module, path in known.items():
        tree = ast.parse(path.read_text(encoding="utf-8"), filename=str(path))
        is_package = path.name == "__init__.py"
        for node in ast.walk(tree):
            found: list[Import] = []
            if isinstance(node, ast.Import):
                found = [Import(module, alias.name, (), node.lineno) for alias in node.names]
            elif isinstance(node, ast.ImportFrom):
                target = _resolve(module, is_package, node.level, node.module)
                names = tuple(alias.name for alias in node.names)
                # `from package import submodule` loads the submodule.
                subs = [n for n in names if f"{target}.{n}" in known]
                found = [Import(module, f"{target}.{n}", (), node.lineno) for n in subs]
                rest = tuple(n for n in names if n not in subs)
                if rest or not subs:
                    found.append(Import(module, target, rest, node.lineno))
            elif (
                isinstance(node, ast.Call)
                and isinstance(node.func, (ast.Attribute, ast.Name))
                and (node.func.attr if isinstance(node.func, ast.Attribute) else node.func.id)
                in {"import_module", "__import__"}
                and node.args
                and isinstance(node.args[0], ast.Constant)
                and isinstance(node.args[0].value, str)
            ):
                found = [Import(module, node.args[0].value, (), node.lineno)]
            yield from (
                i for i in found if i.target == package or i.target.startswith(package + ".")
            )


def cycles(src: Path, package: str = PARSE) -> list[list[str]]:
    """The import cycles among the modules of ``package`` (each as a closed path)."""
    graph: dict[str, set[str]] = {name: set() for name in modules(src, package)}
    for found in imports(src, package):
        if found.target in graph and found.target != found.source:
            graph[found.source].add(found.target)
    found_cycles: list[list[str]] = []
    state: dict[str, int] = {}  # 1 on the current path, 2 done
    path: list[str] = []

    def visit(node: str) -> None:
        state[node] = 1
        path.append(node)
        for nxt in sorted(graph[node]):
            if state.get(nxt) == 1:
                found_cycles.append([*path[path.index(nxt) :], nxt])
            elif nxt not in state:
                visit(nxt)
        path.pop()
        state[node] = 2

    for node in sorted(graph):
        if node not in state:
            visit(node)
    return found_cycles


def _stage(module: str, package: str) -> str | None:
    """The stage package a module belongs to (``None`` for the top ``__init__``)."""
    rest = module[len(package) + 1 :] if module != package else ""
    return rest.split(".")[0] or None


def _public_names(src: Path, package: str) -> set[str]:
    path = src.joinpath(*package.split("."), "__init__.py")
    for node in ast.parse(path.read_text(encoding="utf-8")).body:
        if isinstance(node, ast.Assign) and any(
            isinstance(t, ast.Name) and t.id == "__all__" for t in node.targets
        ):
            return set(ast.literal_eval(node.value))
    return set()


def boundary_problems(
    src: Path, package: str = PARSE, stages: dict[str, frozenset[str]] = STAGES
) -> list[str]:
    """Imports that cross a stage other than through its ``__init__``'s ``__all__``,
    or against the direction of ``stages``, and packages ``stages`` does not list."""
    problems = []
    packages = {_stage(m, package) for m in modules(src, package)} - {None}
    for unknown in sorted(packages - set(stages)):  # type: ignore[type-var]
        problems.append(f"{package}.{unknown}: a stage not listed in STAGES")
    for found in imports(src, package):
        home = _stage(found.source, package)
        there = _stage(found.target, package)
        where = f"{found.source} (line {found.line}) imports {found.target}"
        if home == there:
            continue
        if there is None:
            problems.append(f"{where}: a stage must not import the top package")
            continue
        if home is not None and there not in stages.get(home, frozenset()):
            problems.append(f"{where}: stage {home!r} may not depend on {there!r}")
        if found.target != f"{package}.{there}":
            problems.append(f"{where}: import from the package {package}.{there} instead")
            continue
        missing = set(found.names) - _public_names(src, found.target)
        if missing:
            problems.append(f"{where}: {sorted(missing)} not in its __all__")
    return problems


def long_modules(src: Path, package: str = PARSE, limit: int = MAX_LINES) -> list[str]:
    """Modules of more than ``limit`` lines."""
    return [
        f"{name}: {count} lines"
        for name, path in modules(src, package).items()
        if (count := len(path.read_text(encoding="utf-8").splitlines())) > limit
    ]


def top_entries(src: Path, package: str = PARSE) -> list[str]:
    """What the package's folder holds at its top level (caches aside)."""
    folder = src.joinpath(*package.split("."))
    return sorted(p.name for p in folder.iterdir() if p.name != "__pycache__")


# The repository's own parser.


def test_the_parser_has_no_import_cycle() -> None:
    assert cycles(SRC) == []


def test_stages_import_each_other_through_their_public_names_one_way() -> None:
    assert boundary_problems(SRC) == []


def test_no_parser_module_is_over_the_line_limit() -> None:
    assert long_modules(SRC) == []


def test_the_parse_folder_holds_few_entries() -> None:
    entries = top_entries(SRC)
    assert len(entries) <= MAX_TOP_ENTRIES, entries
    assert {"__init__.py", "lexicon", *STAGES} <= set(entries)


@pytest.mark.parametrize("stage", sorted(STAGES))
def test_each_stage_says_what_it_reads_produces_and_exports(stage: str) -> None:
    path = SRC / "bulletinkit" / "parse" / stage / "__init__.py"
    doc = ast.get_docstring(ast.parse(path.read_text(encoding="utf-8")))
    assert doc, f"{stage}/__init__.py has no docstring"
    assert _public_names(SRC, f"{PARSE}.{stage}"), f"{stage}/__init__.py has no __all__"


def test_the_walk_sees_the_stages_and_their_imports() -> None:
    # A guard against the checks passing because they read nothing.
    names = modules(SRC)
    assert len(names) > 50
    assert {_stage(n, PARSE) for n in names} == {None, *STAGES}
    assert sum(1 for _ in imports(SRC)) > 100


# The checks on small trees that break each rule.


def _tree(tmp_path: Path, files: dict[str, str]) -> Path:
    for name, text in files.items():
        path = tmp_path / "pkg" / name
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(text, encoding="utf-8")
    return tmp_path


_TWO_STAGES = {"a": frozenset(), "b": frozenset({"a"})}


def test_a_cycle_through_a_function_level_import_is_found(tmp_path: Path) -> None:
    src = _tree(
        tmp_path,
        {
            "__init__.py": "",
            "a/__init__.py": "",
            "a/_one.py": "from pkg.a._two import x\n",
            "a/_two.py": "def f():\n    from pkg.a import _one\n",
        },
    )
    assert cycles(src, "pkg") == [["pkg.a._one", "pkg.a._two", "pkg.a._one"]]


def test_a_cycle_under_type_checking_with_a_relative_import_is_found(tmp_path: Path) -> None:
    src = _tree(
        tmp_path,
        {
            "__init__.py": "",
            "a/__init__.py": "",
            "a/_one.py": "from typing import TYPE_CHECKING\nif TYPE_CHECKING:\n"
            "    from ._two import X\n",
            "a/_two.py": "from . import _three\n",
            "a/_three.py": "from ._one import Y\n",
        },
    )
    assert cycles(src, "pkg") == [["pkg.a._one", "pkg.a._two", "pkg.a._three", "pkg.a._one"]]


def test_a_package_init_importing_its_own_submodules_is_no_cycle(tmp_path: Path) -> None:
    src = _tree(
        tmp_path,
        {
            "__init__.py": "",
            "a/__init__.py": "from pkg.a._one import x\n__all__ = ['x']\n",
            "a/_one.py": "from pkg.a._two import y\n",
            "a/_two.py": "y = 1\n",
        },
    )
    assert cycles(src, "pkg") == []


def test_boundary_problems_are_found(tmp_path: Path) -> None:
    src = _tree(
        tmp_path,
        {
            "__init__.py": "parse_text = 1\n",
            "a/__init__.py": "from pkg.a._one import x\n__all__ = ['x']\n",
            "a/_one.py": "import importlib\nx = 1\ny = 2\n"
            "def f():\n    importlib.import_module('pkg.b')\n",
            "b/__init__.py": "__all__ = []\n",
            "b/_ok.py": "from pkg.a import x\n",
            "b/_private.py": "from pkg.a._one import x\n",
            "b/_unlisted.py": "from pkg.a import y\n",
            "b/_top.py": "from pkg import parse_text\n",
            "c/__init__.py": "",
        },
    )
    problems = boundary_problems(src, "pkg", _TWO_STAGES)
    assert [p.split(":")[0] for p in problems] == [
        "pkg.c",
        "pkg.a._one (line 5) imports pkg.b",
        "pkg.b._private (line 1) imports pkg.a._one",
        "pkg.b._top (line 1) imports pkg",
        "pkg.b._unlisted (line 1) imports pkg.a",
    ]
    assert "may not depend on 'b'" in problems[1]
    assert "must not import the top package" in problems[3]
    assert "not in its __all__" in problems[4]


def test_long_modules_and_crowded_folders_are_found(tmp_path: Path) -> None:
    src = _tree(
        tmp_path,
        {"__init__.py": "", "long.py": "x = 1\n" * 401, "short.py": "x = 1\n" * 400},
    )
    assert long_modules(src, "pkg") == ["pkg.long: 401 lines"]
    assert top_entries(src, "pkg") == ["__init__.py", "long.py", "short.py"]
