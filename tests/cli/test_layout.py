"""How the command line's code is laid out: command groups loaded by name, argparse left as it
was, and no import cycle among its modules (late and ``TYPE_CHECKING`` imports included)."""

from __future__ import annotations

import argparse
import ast
import subprocess
import sys
from pathlib import Path

import pytest

from planner.cli import commands
from planner.cli.arguments import UsageError
from planner.cli.commands import GROUPS, build_parser, load
from planner.cli.main import parse_args

CLI = Path(commands.__file__).resolve().parent.parent
PLANNER = CLI.parent


def test_every_group_of_the_table_is_a_command_with_its_module() -> None:
    root = build_parser()
    [subcommands] = [a for a in root._actions if isinstance(a, argparse._SubParsersAction)]

    assert list(subcommands.choices) == [group.name for group in GROUPS]
    for group in GROUPS:
        module = load(group.name)
        assert callable(module.add_parser) and callable(module.run), group


def test_parsing_a_command_loads_its_group_and_no_other() -> None:
    script = (
        "import sys\n"
        "from planner.cli.main import parse_args\n"
        "parse_args(['post', 'list', '--week', '2026-W23'])\n"
        "print(' '.join(sorted(m for m in sys.modules if m.startswith('planner.cli.commands.'))))\n"
        "parse_args(['--db', 'plan.sqlite'])\n"
    )
    loaded = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True, check=True)

    assert loaded.stdout.split() == ["planner.cli.commands.post"]


@pytest.mark.parametrize(
    "argv", [["--lang", "fr", "post", "list"], ["--lang", "fr", "post", "lsit"], ["--lang", "fr", "--help"]]
)
def test_argparse_speaks_french_only_while_parsing(argv: list[str], capsys: pytest.CaptureFixture[str]) -> None:
    """argparse's own words are translated for the command line's parse, not for the whole process."""
    before = argparse._  # type: ignore[attr-defined]
    try:
        parse_args(argv)
    except (UsageError, SystemExit):
        pass
    finally:
        from planner.i18n import set_language

        set_language("en")

    assert argparse._ is before  # type: ignore[attr-defined]
    assert argparse.ArgumentParser(prog="p").format_usage() == "usage: p [-h]\n"


def _imports(path: Path, known: set[str]) -> set[str]:
    """The modules of ``known`` that ``path`` imports: at the top, in a function or for type checking."""
    name = ".".join(path.relative_to(PLANNER.parent).with_suffix("").parts).removesuffix(".__init__")
    package = name if path.name == "__init__.py" else name.rpartition(".")[0]
    found: set[str] = set()
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.Import):
            found.update(alias.name for alias in node.names)
        elif isinstance(node, ast.ImportFrom):
            base = node.module or ""
            if node.level:
                parts = package.split(".")[: len(package.split(".")) - node.level + 1]
                base = ".".join([*parts, base] if base else parts)
            # ``from planner.cli import render`` imports the module render, not the package's own code.
            for alias in node.names:
                found.add(f"{base}.{alias.name}" if f"{base}.{alias.name}" in known else base)
    return found & known - {name}


def _modules(folder: Path) -> dict[str, Path]:
    return {
        ".".join(p.relative_to(PLANNER.parent).with_suffix("").parts).removesuffix(".__init__"): p
        for p in folder.rglob("*.py")
    }


def test_no_import_cycle_among_the_command_line_modules() -> None:
    modules = _modules(CLI)
    graph = {name: sorted(_imports(path, set(modules))) for name, path in modules.items()}
    done: set[str] = set()

    def visit(name: str, path: list[str]) -> None:
        assert name not in path, " -> ".join([*path[path.index(name) :], name])
        if name in done:
            return
        for target in graph[name]:
            visit(target, [*path, name])
        done.add(name)

    for name in sorted(graph):
        visit(name, [])


def test_the_core_never_imports_the_command_line() -> None:
    everything = _modules(PLANNER)
    core = {name: path for name, path in everything.items() if not name.startswith("planner.cli")}
    cli = {name for name in everything if name.startswith("planner.cli")}

    assert {name for name, path in core.items() if _imports(path, cli)} == set()
