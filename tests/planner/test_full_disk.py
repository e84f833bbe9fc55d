"""A full disk: the plan's error says the disk is full, where, and that nothing
was saved.

SQLite rolls a transaction back itself on ``SQLITE_FULL``; peewee's second
rollback used to hide that error behind "cannot rollback - no transaction is
active". Nothing may be half-written: the revision, the posts and the file's
check stay as they were, and the same change saves once there is room.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from planner import Planner, PostFields, PostPatch
from planner.errors import DiskFullError
from planner.i18n import set_language
from planner.storage.backend import PostgresBackend
from tests.disk import BIG_BODY, fill_up


def a_long_draft(title: str = "Our roasting notes") -> PostFields:
    return PostFields(platform="Instagram", title=title, body=BIG_BODY)


def assert_says_disk_full(error: DiskFullError, where: Path | str) -> None:
    message = error.message
    assert str(where) in message
    assert "the disk is full" in message and "Nothing was saved" in message
    assert "rollback" not in message and "savepoint" not in message
    assert "\n" not in message


def test_a_full_disk_says_so_names_the_plan_and_saves_nothing(planner: Planner) -> None:
    revision = planner.revision()
    free_some_space = fill_up(planner)

    with pytest.raises(DiskFullError) as refused:
        planner.create_post(a_long_draft())

    assert_says_disk_full(refused.value, planner.path)
    assert refused.value.exit_code == 5
    assert planner.revision() == revision and planner.list_posts() == []
    assert planner.check() == []

    free_some_space()
    planner.create_post(a_long_draft())  # the same change, once there is room
    assert [post.title for post in planner.list_posts()] == ["Our roasting notes"]


def test_several_changes_as_one_are_all_or_nothing_on_a_full_disk(planner: Planner) -> None:
    """A batch nests each change in a savepoint: SQLite ended the whole transaction, the error still shows."""
    fill_up(planner)

    with pytest.raises(DiskFullError) as refused, planner.batch():
        planner.create_post(PostFields(platform="Instagram", title="Short"))
        planner.create_post(a_long_draft())

    assert_says_disk_full(refused.value, planner.path)
    assert planner.list_posts() == []


def test_an_edit_and_the_editors_rehearsal_say_the_disk_is_full(planner: Planner) -> None:
    post = planner.create_post(PostFields(platform="Instagram", title="Short")).posts[0]
    fill_up(planner)

    with pytest.raises(DiskFullError) as preview:
        planner.preview_edit(post.id, PostPatch(body=BIG_BODY))
    with pytest.raises(DiskFullError) as edit:
        planner.edit_post(post.id, PostPatch(body=BIG_BODY), expect_version=1)

    assert_says_disk_full(preview.value, planner.path)
    assert_says_disk_full(edit.value, planner.path)
    assert planner.get_post(post.id).body == ""


def test_a_full_disk_in_french(planner: Planner) -> None:
    fill_up(planner)
    with pytest.raises(DiskFullError) as refused:
        planner.create_post(a_long_draft())

    set_language("fr")
    assert refused.value.message == (
        f"Plus de place pour enregistrer {planner.path} : le disque est plein. "
        "Rien n’a été enregistré ; libérez de la place, puis réessayez."
    )


def test_a_server_whose_disk_is_full_says_so(monkeypatch: pytest.MonkeyPatch) -> None:
    errors = pytest.importorskip("psycopg.errors")
    import peewee as pw

    backend = PostgresBackend("postgresql://camille:secret@db.example:5432/plan")
    failure = errors.DiskFull('could not extend file "base/16384/16390": No space left on device')

    translated = backend.translate_error(pw.OperationalError(failure))

    assert isinstance(translated, DiskFullError) and translated.exit_code == 5
    assert translated.message == (
        "No room left on the server to save postgresql://camille@db.example:5432/plan: its disk is full. "
        "Nothing was saved; the server’s administrator must free some space."
    )
