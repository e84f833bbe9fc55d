"""`make bench` runs benchmarks/: each of its modules must at least load with the code as it is
(a renamed name of the app broke one unseen). Loading measures nothing: no timing here."""

from __future__ import annotations

import importlib
import pkgutil

import pytest

import benchmarks

MODULES = sorted(info.name for info in pkgutil.iter_modules(benchmarks.__path__) if not info.name.startswith("__"))


@pytest.mark.parametrize("name", MODULES)
def test_each_benchmark_loads(name: str) -> None:
    importlib.import_module(f"benchmarks.{name}")
