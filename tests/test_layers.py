"""The shape of the code: no import cycle, and each layer of the core imports only those below it.

Imports are read with :mod:`ast`, so an import inside a function (a "late" import) or under
``if TYPE_CHECKING:`` counts like any other: a layer that needs a higher one's types has its
boundary in the wrong place, and a late import only hides a cycle.

The layers of ``planner``, from the bottom (the README's "How the code is laid out"):
leaves (values, messages, the clock, the schema's constants) → storage → services
(the session, the planner's parts, balance, sharing) → exchange and the command line.
"""

from __future__ import annotations

import subprocess
import sys
from collections.abc import Iterable
from functools import cache
from pathlib import Path

import pytest

from tests.helpers.imports import cycles, imports, module_name

ROOT = Path(__file__).resolve().parents[1]

PACKAGES = ("planner", "ui")
"""The project's own packages, whose modules the graph holds."""

FREE_OF_CYCLES = PACKAGES
"""The packages in which no import cycle is allowed: all of them."""

LEAVES = frozenset(
    {
        "planner.version",
        "planner.clock",
        "planner.messages",
        "planner.i18n",
        "planner.printable",
        "planner.model",
        "planner.errors",
        "planner.timezones",
        "planner.defaults",
        "planner.locations",
        "planner.validation",
        "planner.recurrence",
        "planner.storage.schema",
        "planner.balance.values",
    }
)
"""The bottom layer of the core: each imports only other leaves."""

SELF_CONTAINED = ("planner.version", "planner.clock", "planner.storage.schema", "planner.messages")
"""Leaves that import nothing of the project outside themselves."""


def _within(module: str, packages: Iterable[str]) -> bool:
    return any(module == package or module.startswith(package + ".") for package in packages)


@cache
def _modules() -> dict[str, Path]:
    return {module_name(path, ROOT): path for package in PACKAGES for path in sorted((ROOT / package).rglob("*.py"))}


@cache
def _imports(module: str) -> frozenset[str]:
    """Every module name ``module`` imports, as written (late and TYPE_CHECKING imports included)."""
    found: set[str] = set()
    for statement in imports(_modules()[module], ROOT):
        if not statement.names:
            found.add(statement.module)
        # ``from package import name``: the submodule ``name`` if there is one, else the package.
        for name in statement.names:
            candidate = f"{statement.module}.{name}"
            found.add(candidate if candidate in _modules() else statement.module)
    return frozenset(found)


def _own(name: str) -> str | None:
    """The project's module that an imported name loads, or None for another package's."""
    modules = _modules()
    while name and name not in modules:
        name = name.rpartition(".")[0]
    return name or None


@cache
def _graph() -> dict[str, frozenset[str]]:
    graph: dict[str, frozenset[str]] = {}
    for module in _modules():
        targets = {_own(name) for name in _imports(module)}
        graph[module] = frozenset(t for t in targets if t is not None and t != module)
    return graph


def _described(cycle: list[str], graph: dict[str, frozenset[str]]) -> str:
    members = set(cycle)
    return "; ".join(f"{m} -> {t}" for m in cycle for t in sorted(graph[m] & members))


def test_the_graph_sees_late_and_type_checking_imports() -> None:
    """Guards the test itself: an empty graph would find no cycle."""
    graph = _graph()
    assert "planner.storage.schema" in graph["planner.storage.migrations"]
    assert "planner.balance.values" in graph["planner.model"]  # under TYPE_CHECKING only
    assert "planner.service" in graph["planner"]  # the lazy names, under TYPE_CHECKING
    assert cycles({"a": frozenset({"b"}), "b": frozenset({"c"}), "c": frozenset({"a"}), "d": frozenset()}) == [
        ["a", "b", "c"]
    ]


@pytest.mark.parametrize("package", FREE_OF_CYCLES)
def test_no_import_cycle(package: str) -> None:
    graph = {module: targets for module, targets in _graph().items() if _within(module, [package])}
    graph = {module: targets & graph.keys() for module, targets in graph.items()}
    assert [_described(cycle, graph) for cycle in cycles(graph)] == []


def _core() -> list[str]:
    return [m for m in _graph() if _within(m, ["planner"])]


def _violations(modules: Iterable[str], allowed: Iterable[str]) -> list[str]:
    allowed = list(allowed)
    graph = _graph()
    return [f"{m} -> {t}" for m in sorted(modules) for t in sorted(graph[m]) if not _within(t, allowed)]


def test_leaves_import_only_leaves() -> None:
    leaves = [m for m in _core() if _within(m, LEAVES)]
    assert len(leaves) >= len(LEAVES)  # every leaf named exists
    assert _violations(leaves, LEAVES) == []


@pytest.mark.parametrize("leaf", SELF_CONTAINED)
def test_some_leaves_import_nothing_of_the_project(leaf: str) -> None:
    modules = [m for m in _core() if _within(m, [leaf])]
    assert _violations(modules, [leaf]) == []


def test_storage_imports_only_leaves_and_storage() -> None:
    storage = [m for m in _core() if _within(m, ["planner.storage"])]
    assert _violations(storage, [*LEAVES, "planner.storage"]) == []


def test_nothing_below_imports_exchange_or_the_command_line() -> None:
    """Exchange and the command line are the top of the core: only they (and the package's lazy
    names) may import them, and nothing of the core imports the app."""
    graph = _graph()
    below = [m for m in _core() if m != "planner" and not _within(m, ["planner.exchange", "planner.cli"])]
    upward = [f"{m} -> {t}" for m in below for t in sorted(graph[m]) if _within(t, ["planner.exchange", "planner.cli"])]
    assert upward == []
    exchange = [m for m in _core() if _within(m, ["planner.exchange"])]
    assert [f"{m} -> {t}" for m in exchange for t in sorted(graph[m]) if _within(t, ["planner.cli"])] == []
    assert [f"{m} -> {t}" for m in _core() for t in sorted(graph[m]) if _within(t, ["ui"])] == []


def test_the_core_imports_no_qt() -> None:
    qt = [
        f"{m} -> {name}"
        for m in sorted(_core())
        for name in sorted(_imports(m))
        if _within(name, ["PySide6", "shiboken6", "PyQt5", "PyQt6"])
    ]
    assert qt == []


@pytest.mark.parametrize("leaf", ["planner.model", "planner.errors", "planner.clock", "planner.i18n"])
def test_importing_a_leaf_loads_only_leaves(leaf: str) -> None:
    """``import planner.model`` must not load the whole core (start-up time)."""
    code = f"import sys, {leaf}; print(' '.join(sorted(m for m in sys.modules if m.startswith('planner'))))"
    loaded = subprocess.run(
        [sys.executable, "-c", code], cwd=ROOT, capture_output=True, text=True, check=True
    ).stdout.split()
    assert leaf in loaded
    assert [m for m in loaded if m != "planner" and not _within(m, LEAVES)] == []
