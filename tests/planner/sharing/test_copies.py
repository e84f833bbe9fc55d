"""Conflicted copies beside a plan: told by the names sync tools give them, only
Dialogos files, only copies of this plan, reported once (again if written since)."""

from __future__ import annotations

import os
import shutil
import unicodedata
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from planner import Planner
from planner.i18n import set_language
from planner.sharing.copies import conflict_copies, copy_service, report_new_copies
from tests.helpers.fixed import PLANNING_ZONE

NO_SYNC: dict[str, str] = {}  # no OneDrive variables: the folder alone says what it is


@pytest.fixture
def team(tmp_path: Path) -> Path:
    """The folder the plan is kept in (nothing marks it as a sync tool's)."""
    folder = tmp_path / "Team"
    folder.mkdir()
    return folder


def make_plan(path: Path) -> Path:
    with Planner.open(path, planning_zone=PLANNING_ZONE, user="camille") as planner:
        planner.add_platform("Instagram", "instagram")
    return path


def copy_as(plan: Path, name: str) -> Path:
    """A byte-for-byte copy of ``plan`` under ``name``, beside it: what a sync tool leaves."""
    copy = plan.with_name(name)
    shutil.copyfile(plan, copy)
    return copy


@pytest.mark.parametrize(
    ("name", "service", "who"),
    [
        ("plan (conflicted copy 2026-12-06).sqlite", "Dropbox", ""),
        ("plan (Léa's conflicted copy 2026-12-06).sqlite", "Dropbox", "Léa"),
        ("plan (Léa’s conflicted copy 2026-12-06) (1).sqlite", "Dropbox", "Léa"),
        ("plan (Léa's conflicted copy).sqlite", "Dropbox", "Léa"),
        ("plan (copie en conflit de Léa 2026-12-06).sqlite", "Dropbox", "Léa"),
        ("plan (conflicted copy 2026-12-06 153045).sqlite", "Nextcloud / ownCloud", ""),
        ("plan (conflicted copy lea 2026-12-06 153045).sqlite", "Nextcloud / ownCloud", "lea"),
        ("plan_conflict-20261206-153045.sqlite", "ownCloud", ""),
        ("plan.sync-conflict-20261206-153045-ABCDEFG.sqlite", "Syncthing", "ABCDEFG"),
        ("plan.sync-conflict-20261206-153045.sqlite", "Syncthing", ""),
        ("plan (SFConflict lea@example.com 2026-12-06-15-30-45).sqlite", "Seafile", "lea@example.com"),
        ("plan (Konfliktkopie von Lea 2026-12-06).sqlite", "", ""),
        # Any letter case: a Windows or macOS folder does not care, nor do the tools.
        ("PLAN (Conflicted Copy 2026-12-06).SQLITE", "Dropbox", ""),
    ],
)
def test_each_tools_conflicted_copy_is_told_with_whose_save_it_holds(
    team: Path, name: str, service: str, who: str
) -> None:
    plan = make_plan(team / "plan.sqlite")
    copy = copy_as(plan, name)

    [found] = conflict_copies(plan, environ=NO_SYNC)

    assert (found.path, found.service, found.who) == (copy, service, who)
    assert found.size == copy.stat().st_size


@pytest.mark.parametrize(
    "name",
    [
        "plan (1).sqlite",  # a second download, or a copy a file manager made
        "plan 2.sqlite",  # the same, on a Mac
        "plan-LAPTOP-1A2B3C.sqlite",  # a name someone chose: plan-old, plan-june
        "planning (conflicted copy 2026-12-06).sqlite",  # a copy of another plan
        "other (conflicted copy 2026-12-06).sqlite",
        "plan (conflicted copy 2026-12-06).db",  # another extension
        "plan (conflicted copy 2026-12-06).sqlite-journal",
        "plan.backup-manual-20261206T153045Z-a1b2c3.sqlite",  # Dialogos' own backup
        "plan.sqlite",
    ],
)
def test_names_that_are_not_a_conflicted_copy_of_this_plan_are_not_reported(team: Path, name: str) -> None:
    plan = make_plan(team / "plan.sqlite")
    if name != plan.name:
        copy_as(plan, name)

    assert conflict_copies(plan, environ=NO_SYNC) == []


@pytest.mark.parametrize(
    ("folder", "name", "service", "who"),
    [
        ("OneDrive", "plan-LAPTOP-1A2B3C.sqlite", "OneDrive", "LAPTOP-1A2B3C"),
        ("My Drive", "plan (1).sqlite", "Google Drive", ""),
        ("com~apple~CloudDocs", "plan 2.sqlite", "iCloud Drive", ""),
    ],
)
def test_names_people_use_too_count_only_in_the_tools_own_folder(
    tmp_path: Path, folder: str, name: str, service: str, who: str
) -> None:
    synced = tmp_path / folder / "Team"
    synced.mkdir(parents=True)
    plan = make_plan(synced / "plan.sqlite")
    copy_as(plan, name)

    [found] = conflict_copies(plan, environ=NO_SYNC)

    assert (found.path.name, found.service, found.who) == (name, service, who)


def test_only_dialogos_files_count_and_they_are_only_read(team: Path) -> None:
    plan = make_plan(team / "plan.sqlite")
    (team / "plan (conflicted copy 2026-12-06).sqlite").write_text("not a database", encoding="utf-8")
    (team / "plan (conflicted copy 2026-12-07).sqlite").write_bytes(b"")
    other_sqlite = team / "plan (conflicted copy 2026-12-08).sqlite"
    import sqlite3

    connection = sqlite3.connect(other_sqlite)
    connection.execute("CREATE TABLE notes (text)")
    connection.commit()
    connection.close()
    copy = copy_as(plan, "plan (conflicted copy 2026-12-09).sqlite")
    os.utime(copy, (1_000_000_000, 1_000_000_000))
    before = {p.name: (p.read_bytes(), p.stat().st_mtime_ns) for p in team.iterdir()}

    assert [c.path for c in conflict_copies(plan, environ=NO_SYNC)] == [copy]
    assert {p.name: (p.read_bytes(), p.stat().st_mtime_ns) for p in team.iterdir()} == before


def test_a_name_written_decomposed_as_macos_does_is_still_a_copy_of_the_plan(team: Path) -> None:
    plan = make_plan(team / "Équipe.sqlite")
    copy_as(plan, unicodedata.normalize("NFD", "équipe (Léa's conflicted copy 2026-12-06).sqlite"))

    [found] = conflict_copies(plan, environ=NO_SYNC)

    assert found.who == unicodedata.normalize("NFC", "Léa")


def test_copies_come_newest_first(team: Path) -> None:
    plan = make_plan(team / "plan.sqlite")
    older = copy_as(plan, "plan (conflicted copy 2026-12-05).sqlite")
    newer = copy_as(plan, "plan.sync-conflict-20261206-153045-ABCDEFG.sqlite")
    os.utime(older, (1_700_000_000, 1_700_000_000))
    os.utime(newer, (1_800_000_000, 1_800_000_000))

    assert [c.path for c in conflict_copies(plan, environ=NO_SYNC)] == [newer, older]


def test_a_copy_is_reported_once_and_again_once_written_since(team: Path, tmp_path: Path) -> None:
    store = tmp_path / "memory"
    plan = make_plan(team / "plan.sqlite")
    copy = copy_as(plan, "plan (Léa's conflicted copy 2026-12-06).sqlite")

    assert [c.path for c in report_new_copies(plan, store=store, environ=NO_SYNC)] == [copy]
    assert report_new_copies(plan, store=store, environ=NO_SYNC) == []  # told already
    os.utime(copy, (1_900_000_000, 1_900_000_000))  # the sync tool wrote it again
    assert [c.path for c in report_new_copies(plan, store=store, environ=NO_SYNC)] == [copy]
    second = copy_as(plan, "plan.sync-conflict-20261206-153045-ABCDEFG.sqlite")
    assert [c.path for c in report_new_copies(plan, store=store, environ=NO_SYNC)] == [second]


def test_a_copy_that_went_away_is_news_again_when_one_comes_back_under_its_name(team: Path, tmp_path: Path) -> None:
    store = tmp_path / "memory"
    plan = make_plan(team / "plan.sqlite")
    name = "plan (conflicted copy 2026-12-06).sqlite"
    copy_as(plan, name)
    assert len(report_new_copies(plan, store=store, environ=NO_SYNC)) == 1
    stamp = (team / name).stat().st_mtime_ns
    (team / name).unlink()
    assert report_new_copies(plan, store=store, environ=NO_SYNC) == []
    copy = copy_as(plan, name)
    os.utime(copy, ns=(stamp, stamp))  # even with the same time and size as the one that went

    assert [c.path for c in report_new_copies(plan, store=store, environ=NO_SYNC)] == [copy]


def test_an_unreadable_memory_only_means_reporting_again(team: Path, tmp_path: Path) -> None:
    store = tmp_path / "memory"
    store.mkdir()
    (store / "reported-copies.json").write_text("{not json", encoding="utf-8")
    plan = make_plan(team / "plan.sqlite")
    copy_as(plan, "plan (conflicted copy 2026-12-06).sqlite")

    assert len(report_new_copies(plan, store=store, environ=NO_SYNC)) == 1
    assert report_new_copies(plan, store=store, environ=NO_SYNC) == []


def test_the_summary_is_one_line_in_the_users_language_with_what_it_means(team: Path) -> None:
    plan = make_plan(team / "plan.sqlite")
    copy = copy_as(plan, "plan (Léa's conflicted copy 2026-12-06).sqlite")
    os.utime(copy, (1_780_000_000, 1_780_000_000))  # 2026-05-28 20:26 UTC
    [found] = conflict_copies(plan, environ=NO_SYNC)

    english = found.summary("Europe/Paris")
    set_language("fr")
    french = found.summary("Europe/Paris")

    assert "\n" not in english and "\n" not in french
    assert str(copy) in english and "Dropbox" in english and "Léa" in english and "2026-05-28 22:26" in english
    assert "may be missing from the plan" in english
    assert "manquent peut-être au planning" in french


_STEM = st.text(
    alphabet=st.characters(blacklist_categories=("Cs", "Cc"), blacklist_characters="/\\\x00"), min_size=1, max_size=30
).filter(lambda s: s.strip(".") and s == s.strip())


@settings(max_examples=60, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(stem=_STEM, day=st.dates(), device=st.text(alphabet="ABCDEFGHIJKLMNOPQRSTUVWXYZ234567", min_size=7, max_size=7))
def test_any_plans_copies_are_told_and_no_other_plans(stem: str, day: object, device: str) -> None:
    plan = Path("/team") / f"{stem}.sqlite"
    dropbox = f"{stem} (conflicted copy {day}).sqlite"
    syncthing = f"{stem}.sync-conflict-{str(day).replace('-', '')}-153045-{device}.sqlite"

    assert copy_service(plan, dropbox, environ=NO_SYNC) == "Dropbox"
    assert copy_service(plan, syncthing, environ=NO_SYNC) == "Syncthing"
    assert copy_service(plan, f"x{dropbox}", environ=NO_SYNC) is None  # another plan's copy
    assert copy_service(plan, f"{stem}.sqlite", environ=NO_SYNC) is None
