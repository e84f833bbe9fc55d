"""How the command line's code is laid out: command groups loaded by name, argparse left as it
was. (No import cycle among its modules: ``tests/test_layers.py``, for the whole project.)"""

from __future__ import annotations

import argparse
import subprocess
import sys

import pytest

from planner.cli.arguments import UsageError
from planner.cli.commands import GROUPS, build_parser, load
from planner.cli.main import parse_args


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
