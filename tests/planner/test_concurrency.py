"""Two people on one file: no edit lost, changes seen, a long lock reported."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import datetime
from pathlib import Path

import pytest

from planner import ConflictError, DatabaseError, NotFoundError, Planner, PostFields, PostPatch
from planner.model import ChangeKind, Entity
from planner.session import Clock
from planner.timezones import localize
from tests.helpers.backends import busy_timeout, each_backend, planner_on_each_backend, someone_writing  # noqa: F401 - fixtures


@pytest.fixture
def colleague(planner: Planner, db_location: Path | str, clock: Clock) -> Iterator[Planner]:
    """Sam, with the same file open in another connection."""
    other = Planner.open(db_location, clock=clock, user="sam")
    yield other
    other.close()


def add(planner: Planner, title: str = "Weekly tip") -> int:
    start = localize(datetime(2026, 6, 15, 9, 30), "Europe/Paris")
    return planner.create_post(PostFields(platform="Instagram", title=title, start=start)).ids[0]


def test_a_stale_edit_is_refused_with_the_post_as_it_is_now(planner: Planner, colleague: Planner) -> None:
    post = add(planner)
    colleague.edit_post(post, PostPatch(title="Sam's tip"), expect_version=1)

    with pytest.raises(ConflictError) as caught:
        planner.edit_post(post, PostPatch(title="Camille's tip"), expect_version=1)

    assert caught.value.exit_code == 4
    assert caught.value.current is not None
    assert (caught.value.current.version, caught.value.current.title) == (2, "Sam's tip")
    assert all(fact in caught.value.message for fact in ("version 2", "1", "sam"))
    assert planner.get_post(post).title == "Sam's tip"


def test_a_stale_move_or_delete_is_refused_too(planner: Planner, colleague: Planner) -> None:
    post = add(planner)
    colleague.edit_post(post, PostPatch(body="Updated"))

    with pytest.raises(ConflictError):
        planner.move_post(post, localize(datetime(2026, 6, 16, 9, 0), "Europe/Paris"), expect_version=1)
    with pytest.raises(ConflictError):
        planner.delete_post(post, expect_version=1)

    assert planner.get_post(post).version == 2


def test_editing_a_post_the_other_deleted_is_a_conflict_with_nothing_current(
    planner: Planner, colleague: Planner
) -> None:
    post = add(planner)
    colleague.delete_post(post)

    with pytest.raises(ConflictError) as caught:
        planner.edit_post(post, PostPatch(title="Too late"), expect_version=1)
    with pytest.raises(NotFoundError):  # without a version seen, it is just not there
        planner.edit_post(post, PostPatch(title="Too late"))

    assert (caught.value.current, caught.value.exit_code) == (None, 4)
    assert f"Post {post} was deleted" in caught.value.message


def test_others_committed_tells_when_another_connection_wrote(planner: Planner, colleague: Planner) -> None:
    assert planner.others_committed() is False  # the first call sets the mark
    planner.create_post(PostFields(platform="X", title="My own write"))
    assert planner.others_committed() is False

    add(colleague, "Sam's post")

    assert planner.others_committed() is True
    assert planner.others_committed() is False  # until the next foreign commit


def test_changes_since_lists_exactly_what_the_other_changed(planner: Planner, colleague: Planner) -> None:
    kept, removed = add(planner, "Kept"), add(planner, "Removed")
    seen = planner.revision()

    colleague.edit_post(kept, PostPatch(title="Kept, retitled"))
    colleague.delete_post(removed)
    created = add(colleague, "New from Sam")

    changes = planner.changes_since(seen)
    assert [(c.action, c.entity, c.entity_id, c.who) for c in changes] == [
        (ChangeKind.EDIT, Entity.POST, kept, "sam"),
        (ChangeKind.DELETE, Entity.POST, removed, "sam"),
        (ChangeKind.CREATE, Entity.POST, created, "sam"),
    ]
    assert [c.revision for c in changes] == [seen + 1, seen + 2, seen + 3] and planner.revision() == seen + 3
    assert planner.changes_since(planner.revision()) == []


def test_a_writer_locked_out_too_long_fails_and_writes_nothing(
    planner: Planner, db_location: Path | str, clock: Clock
) -> None:
    with Planner.open(db_location, clock=clock, user="sam", busy_timeout=0.2) as impatient:
        revision = impatient.revision()
        with someone_writing(db_location):
            with pytest.raises(DatabaseError) as caught:
                add(impatient, "Blocked")
            assert impatient.list_posts() == []  # reading still works meanwhile

        assert (caught.value.key, caught.value.exit_code) == ("error.db_locked", 5)
        assert "nothing was saved" in caught.value.message
        assert impatient.list_posts() == [] and impatient.revision() == revision
        add(impatient, "Once the lock is gone")  # the same connection writes again afterwards

    assert [p.title for p in planner.list_posts()] == ["Once the lock is gone"]


def test_a_patient_preview_gives_up_quickly_on_a_busy_file_and_leaves_the_connection_as_it_was(
    planner: Planner, db_location: Path | str
) -> None:
    """The editor's live verdict must not hold up the window while a colleague writes."""
    post_id = add(planner)
    fields = PostFields(platform="Instagram", title="Preview", start=localize(datetime(2026, 6, 16, 9), "Europe/Paris"))
    with someone_writing(db_location):
        with pytest.raises(DatabaseError) as caught:
            planner.preview_create(fields, patience=0.05)
        assert caught.value.key == "error.db_locked"
        with pytest.raises(DatabaseError):
            planner.preview_edit(post_id, PostPatch(title="Renamed"), patience=0.05)
        # The connection's own busy timeout is back to its usual value.
        assert busy_timeout(planner) == 5.0

    assert planner.preview_create(fields, patience=0.05).breaches == ()
    assert [p.title for p in planner.list_posts()] == ["Weekly tip"]  # a preview saves nothing
