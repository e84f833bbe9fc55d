"""What a wheel of Dialogos holds: every package of planner/ and ui/, the resources as
ui.resources, nothing setuptools would leave out; and ``make run`` installs no test tool."""

from __future__ import annotations

import re
import tomllib
from pathlib import Path
from typing import Any

from tests.helpers.paths import ROOT

SOURCES = ("planner", "ui")
TEST_TOOLS = ("pytest", "pytest-qt", "hypothesis", "ruff", "mypy", "vobject", "ical")


def project() -> dict[str, Any]:
    return tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))


def folders_of_python(top: str) -> set[Path]:
    """Every folder under ``top`` that holds Python files, ``top`` included."""
    return {path.parent for path in (ROOT / top).rglob("*.py") if "__pycache__" not in path.parts}


def test_every_folder_with_python_files_is_a_package_the_wheel_includes() -> None:
    declared = set(project()["tool"]["setuptools"]["packages"])
    folders = sorted(folder for top in SOURCES for folder in folders_of_python(top))
    names = {".".join(folder.relative_to(ROOT).parts) for folder in folders}
    not_packages = [str(folder.relative_to(ROOT)) for folder in folders if not (folder / "__init__.py").is_file()]
    assert not_packages == [], "give these folders an __init__.py"
    assert sorted(names - declared) == [], "add these to [tool.setuptools] packages in pyproject.toml"
    assert sorted(n for n in declared - names if not n.startswith("ui.resources")) == [], "no such package"


def test_the_resources_ship_as_ui_resources_with_every_folder_declared() -> None:
    """A folder of data under a package that is not itself declared is left out with a warning
    ("Package would be ignored"): each folder of resources/ is declared, with its files."""
    setuptools = project()["tool"]["setuptools"]
    assert setuptools["package-dir"] == {"ui.resources": "resources"}
    resources = ROOT / "resources"
    folders = sorted(
        {path.parent for path in resources.rglob("*") if path.is_file() and "__pycache__" not in path.parts}
    )
    for folder in folders:
        name = ".".join(("ui", *folder.relative_to(ROOT).parts))
        assert name in setuptools["packages"], name
        if folder == resources:
            continue
        patterns = setuptools["package-data"][name]
        shipped = {path.name for pattern in patterns for path in folder.glob(pattern)}
        assert shipped == {path.name for path in folder.iterdir() if path.is_file()}, name


def test_running_needs_no_test_tool() -> None:
    """``make run`` installs the project alone (its own stamp); the tools come with the ``test`` extra."""
    meta = project()["project"]
    names = {re.split(r"[<>=;\[ ]", requirement, maxsplit=1)[0].lower() for requirement in meta["dependencies"]}
    assert names.isdisjoint(TEST_TOOLS)
    extra = {re.split(r"[<>=;\[ ]", r, maxsplit=1)[0].lower() for r in meta["optional-dependencies"]["test"]}
    assert set(TEST_TOOLS) <= extra
    makefile = (ROOT / "Makefile").read_text(encoding="utf-8")
    run_stamp = re.search(r"^RUN_STAMP\s*:=\s*(\S+)", makefile, re.MULTILINE)
    assert run_stamp is not None
    assert re.search(r"^run: \$\(RUN_STAMP\)$", makefile, re.MULTILINE)
    assert re.search(r"^\$\(RUN_STAMP\):.*\n\t\$\(BIN\)/python -m pip install --quiet -e \.\n", makefile, re.MULTILINE)
