"""Storage that behaves the same on a file and on a PostgreSQL server, and what a server refuses."""

from __future__ import annotations

import sqlite3
import threading
from datetime import datetime
from pathlib import Path

import pytest

from planner import DatabaseError, Planner, PostFields, ValidationError
from planner.cli.main import main
from planner.session import Clock
from planner.storage import migrations
from planner.storage.server_address import shown
from planner.timezones import localize
from tests.helpers.backends import (  # noqa: F401 - fixtures
    admin_connection,
    each_backend,
    fresh_schema,
    needs_pg,
    planner_on_each_backend,
)


def tip(planner: Planner, title: str = "Weekly tip") -> int:
    start = localize(datetime(2026, 6, 15, 9, 30), "Europe/Paris")
    return planner.create_post(PostFields(platform="Instagram", title=title, start=start)).ids[0]


def test_a_new_plan_has_its_schema_its_defaults_and_nothing_else(planner: Planner, clock: Clock) -> None:
    info = planner.info()

    assert info.schema_version == migrations.SCHEMA_VERSION
    assert (info.planning_zone, info.created_at, info.revision) == ("Europe/Paris", clock(), planner.revision())
    assert info.counts["platforms"] == 3 and info.counts["posts"] == 0
    assert "Question" in [c.name for c in planner.categories()]
    assert info.size_bytes > 0
    assert planner.check() == []


def test_a_reopened_plan_has_everything_saved(db_location: Path | str, clock: Clock) -> None:
    with Planner.open(db_location, planning_zone="Europe/Paris", clock=clock, user="camille") as first:
        first.add_platform("Instagram", "instagram")
        post = tip(first)

    with Planner.open(db_location, create=False, clock=clock) as again:
        saved = again.get_post(post)
        assert (saved.platform, saved.created_by, saved.created_at, saved.version) == (
            "Instagram",
            "camille",
            clock(),
            1,
        )


def test_names_are_unique_whatever_their_case(planner: Planner) -> None:
    with pytest.raises(ValidationError):
        planner.add_platform("instagram", "instagram")
    assert tip(planner) > 0  # "Instagram" found as given
    assert planner.create_post(PostFields(platform="INSTAGRAM", title="Shouted")).posts[0].platform == "Instagram"


def test_long_texts_and_far_dates_are_kept_whole(planner: Planner) -> None:
    far = localize(datetime(2999, 12, 31, 23, 0), "Europe/Paris")  # past 2038: 64-bit instants
    link = "https://example.org/" + "a" * 1900
    post = planner.create_post(PostFields(platform="X", title="Far", start=far, link=link)).posts[0]

    saved = planner.get_post(post.id)
    assert (saved.start, saved.link) == (far, link)


def test_a_damaged_zone_is_reported_by_the_check(planner: Planner) -> None:
    tip(planner)
    planner._db.execute_sql("UPDATE post SET timezone = 'Mars/Olympus'")

    [problem] = planner.check()
    assert "unknown time zone “Mars/Olympus”" in problem


def test_opening_a_missing_plan_without_create_is_refused(db_location: Path | str) -> None:
    with pytest.raises(DatabaseError) as caught:
        Planner.open(db_location, create=False)
    assert caught.value.key == "error.db_not_found"


def test_a_database_that_is_not_a_plan_is_refused_untouched(db_location: Path | str) -> None:
    if isinstance(db_location, str):
        import psycopg

        with psycopg.connect(db_location, autocommit=True) as other:
            other.execute("CREATE TABLE invoices (id integer)")
    else:
        other_file = sqlite3.connect(db_location)
        other_file.execute("CREATE TABLE invoices (id integer)")
        other_file.close()

    with pytest.raises(DatabaseError) as caught:
        Planner.open(db_location)
    assert caught.value.key == "error.db_not_dialogos"


# -- only on a server ----------------------------------------------------------------


@needs_pg
def test_two_people_creating_the_same_plan_at_once_make_it_once(clock: Clock) -> None:
    with fresh_schema() as url:
        opened: list[Planner] = []
        errors: list[BaseException] = []

        def open_it(user: str) -> None:
            try:
                opened.append(Planner.open(url, planning_zone="Europe/Paris", clock=clock, user=user))
            except BaseException as error:  # noqa: BLE001 - reported below
                errors.append(error)

        threads = [threading.Thread(target=open_it, args=(user,)) for user in ("camille", "sam")]
        for thread in threads:
            thread.start()
        for thread in threads:
            thread.join()
        try:
            assert errors == [] and len(opened) == 2
            assert len(opened[0].categories()) == len(opened[1].categories()) > 0
        finally:
            for planner in opened:
                planner.close()


@needs_pg
def test_a_server_plan_names_its_url_without_the_password_and_takes_no_daily_backup(clock: Clock) -> None:
    with fresh_schema() as url:
        with Planner.open(url, planning_zone="Europe/Paris", clock=clock) as planner:
            assert planner.on_server and planner.info().journal_mode == "server"
            assert planner.auto_backup().path is None
    assert shown("postgresql://sam:hunter2@db.example:5432/plan") == "postgresql://sam@db.example:5432/plan"
    assert shown("postgresql://sam@db.example/plan?password=hunter2&sslmode=require") == (
        "postgresql://sam@db.example/plan?sslmode=require"
    )


@needs_pg
def test_the_command_line_lists_and_creates_posts_on_a_server(capsys: pytest.CaptureFixture[str]) -> None:
    with fresh_schema() as url:
        assert main(["--db", url, "platform", "add", "Instagram", "--kind", "instagram"]) == 0
        code = main(["--db", url, "post", "add", "--platform", "Instagram", "--title", "From the shell"])
        assert code == 0
        assert main(["--db", url, "post", "list"]) == 0
        assert "From the shell" in capsys.readouterr().out


@needs_pg
def test_a_connection_the_server_dropped_fails_once_then_connects_again(clock: Clock) -> None:
    with fresh_schema() as url, Planner.open(url, planning_zone="Europe/Paris", clock=clock) as planner:
        planner.add_platform("Instagram", "instagram")
        kept = tip(planner, "Saved before the restart")
        mine = planner._db.execute_sql("SELECT pg_backend_pid()").fetchone()[0]
        with admin_connection() as admin:  # what a server restart or an idle timeout does to this connection
            admin.execute("SELECT pg_terminate_backend(%s)", (mine,))

        with pytest.raises(DatabaseError) as caught:
            planner.create_post(PostFields(platform="Instagram", title="Lost with the connection"))

        assert caught.value.key == "error.pg_connection_lost" and "\n" not in caught.value.message
        assert [post.id for post in planner.list_posts()] == [kept]  # connected again; nothing half-written
        tip(planner, "Saved after it")
        assert [post.title for post in planner.list_posts()] == ["Saved before the restart", "Saved after it"]


def test_watching_the_file_leaves_a_plan_on_a_server_alone(planner: Planner) -> None:
    """Only a file can be replaced, deleted or made read-only: a server plan has nothing to tell and writes on."""
    tip(planner, "Before")
    assert planner.file_news() is None

    planner.reopen()

    tip(planner, "After")
    assert planner.file_news() is None and not planner.read_only
    assert sorted(p.title for p in planner.list_posts()) == ["After", "Before"]
