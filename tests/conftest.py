"""Shared fixtures: a fresh database per test, a fixed clock, a fixed zone and locale.

No test may depend on the real date, the machine's time zone or its locale:
the clock is fixed, ``TZ`` is set to a zone nobody plans in (Pacific/Chatham,
UTC+12:45) and the locale to ``C``.
"""

from __future__ import annotations

import time
from collections.abc import Iterator
from pathlib import Path

import pytest
from hypothesis import settings

from planner import Planner
from planner.i18n import language, set_language
from planner.session import Clock
from tests.helpers.fixed import NOW, PLANNING_ZONE, PLATFORMS, USER

# Hypothesis' deadline is a timing assertion: slow machines must not fail.
settings.register_profile("dialogos", deadline=None)
settings.load_profile("dialogos")


@pytest.fixture(autouse=True)
def fixed_environment() -> Iterator[None]:
    """An exotic machine zone and the C locale, whatever the machine has."""
    with pytest.MonkeyPatch.context() as patch:
        patch.setenv("TZ", "Pacific/Chatham")
        patch.setenv("LANG", "C")
        for name in ("LANGUAGE", "LC_ALL", "LC_MESSAGES", "DIALOGOS_DB", "DIALOGOS_USER"):
            patch.delenv(name, raising=False)
        time.tzset()
        yield
    time.tzset()


@pytest.fixture(autouse=True)
def english() -> Iterator[None]:
    """Messages in English during the test; the previous language afterwards."""
    previous = language()
    set_language("en")
    yield
    set_language(previous)


@pytest.fixture
def clock() -> Clock:
    """A clock stopped at :data:`NOW`."""
    return lambda: NOW


@pytest.fixture
def db_path(tmp_path: Path) -> Path:
    """Where the test's database file lives (not created yet)."""
    return tmp_path / "plan.sqlite"


@pytest.fixture
def planner(db_path: Path, clock: Clock) -> Iterator[Planner]:
    """A fresh file planned in Europe/Paris by camille, with Instagram, LinkedIn and X."""
    opened = Planner.open(db_path, planning_zone=PLANNING_ZONE, clock=clock, user=USER)
    for name, kind in PLATFORMS:
        opened.add_platform(name, kind)
    yield opened
    opened.close()
