"""The tests' own house (as qutebrowser's): what several test modules share lives in
``tests/helpers/``; no test module imports a conftest or another test module.

Every import of every file under ``tests/`` is read with :mod:`ast`, late ones
inside functions included, relative ones resolved.
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

from tests.helpers.imports import imports
from tests.helpers.paths import ROOT


def imported(path: Path, root: Path = ROOT) -> Iterator[tuple[int, str]]:
    """Every module ``path`` imports, with its line (``from a import b`` gives ``a.b`` too: ``b`` may be a module)."""
    for statement in imports(path, root):
        yield statement.line, statement.module
        for name in statement.names:
            yield statement.line, f"{statement.module}.{name}"


def allowed(module: str) -> bool:
    """Anything outside the tests, and the helpers package."""
    if module != "tests" and not module.startswith("tests."):
        return True
    return module in ("tests", "tests.helpers") or module.startswith("tests.helpers.")


def test_no_test_module_imports_a_conftest_or_another_test_module() -> None:
    found = [
        f"{path.relative_to(ROOT)}:{line} imports {module}"
        for path in sorted((ROOT / "tests").rglob("*.py"))
        for line, module in imported(path)
        if not allowed(module)
    ]
    assert found == [], "move what several test modules share to tests/helpers/:\n" + "\n".join(found)


def test_the_check_sees_late_and_relative_imports(tmp_path: Path) -> None:
    sample = tmp_path / "tests" / "planner" / "test_sample.py"
    sample.parent.mkdir(parents=True)
    sample.write_text(
        "def late():\n    from tests.conftest import NOW\n\n"
        "from .test_service import something\nfrom . import writers\n",
        encoding="utf-8",
    )
    modules = {module for _, module in imported(sample, tmp_path)}
    assert {"tests.conftest", "tests.planner.test_service", "tests.planner.writers"} <= modules
    assert not any(allowed(m) for m in ("tests.conftest", "tests.planner.test_service", "tests.cli.conftest"))
    assert all(allowed(m) for m in ("tests.helpers", "tests.helpers.fixed", "planner.model", "ui"))
