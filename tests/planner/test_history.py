"""A post's history (who changed what, when and why) and restoring an earlier version."""

from __future__ import annotations

import json
import sqlite3
import tempfile
from datetime import UTC, datetime, timedelta
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from planner import ConflictError, NotFoundError, Planner, PostFields, PostPatch, Status, ValidationError
from planner.balance.rules import Mode, preset_rule
from planner.balance.verdicts import BalanceRefused
from planner.history import FieldChange
from planner.model import ChangeKind, Entity
from planner.session import Clock
from planner.storage.migrations import SCHEMA_VERSION
from tests.helpers.schemas import columns, indexes, older_file

PARIS = ZoneInfo("Europe/Paris")


def at(day: int, hour: int = 9, minute: int = 0) -> datetime:
    return datetime(2026, 6, day, hour, minute, tzinfo=PARIS)


def add(planner: Planner, title: str = "Which roast do you like?", **fields: object) -> int:
    fields.setdefault("start", at(15))
    fields.setdefault("category", "Question")
    return planner.create_post(PostFields(platform="Instagram", title=title, **fields)).ids[0]  # type: ignore[arg-type]


def test_the_history_says_who_changed_what_and_when(planner: Planner, clock: Clock, db_path: Path) -> None:
    post = add(planner)
    sam = Planner.open(db_path, clock=lambda: clock() + timedelta(hours=2), user="sam")
    try:
        sam.edit_post(post, PostPatch(title="Your favourite roast?", body="Tell us below."))
        sam.move_post(post, at(16, 18), reason="After the newsletter")
    finally:
        sam.close()

    created, edited, moved = planner.post_history(post)

    assert (created.version, created.action, created.who, created.at) == (1, ChangeKind.CREATE, "camille", clock())
    assert FieldChange("title", None, "Which roast do you like?") in created.changes
    assert (edited.version, edited.who, edited.at) == (2, "sam", clock() + timedelta(hours=2))
    assert set(edited.changes) == {
        FieldChange("title", "Which roast do you like?", "Your favourite roast?"),
        FieldChange("body", "", "Tell us below."),
    }
    assert (moved.version, moved.action, moved.reason) == (3, ChangeKind.MOVE, "After the newsletter")
    [change] = moved.changes
    assert change == FieldChange("start", at(15), at(16, 18))
    assert change.after.tzinfo == PARIS  # type: ignore[attr-defined]  # in the post's zone, not a bare offset
    assert [(v.current, v.restorable, v.kept) for v in (created, edited, moved)] == [
        (False, True, True),
        (False, True, True),
        (True, False, True),
    ]


def test_restoring_brings_every_field_back_as_a_new_version(planner: Planner) -> None:
    post = add(planner, body="First text", campaign="Autumn", duration_minutes=45)
    first = PostFields.of(planner.get_post(post))
    planner.edit_post(post, PostPatch(title="Changed", body="", campaign="", status=Status.READY))
    planner.move_post(
        post, datetime(2026, 6, 20, 14, 0, tzinfo=ZoneInfo("America/New_York")), timezone="America/New_York"
    )

    change = planner.restore_version(post, 1)

    restored = planner.get_post(post)
    assert PostFields.of(restored) == first
    assert restored.timezone == "Europe/Paris" and restored.start == at(15)
    assert (change.kind, restored.version) == (ChangeKind.EDIT, 4)
    last = planner.post_history(post)[-1]
    assert (last.version, last.restored_from, last.current) == (4, 1, True)
    audited = planner.session.audit_log(entity=Entity.POST, entity_id=post)[-1]
    assert json.loads(audited.summary)["restored"] == 1


def test_a_restore_is_undone_like_any_edit(planner: Planner) -> None:
    """The app's undo stack puts every field back as before, expecting the version it saved."""
    post = add(planner)
    planner.edit_post(post, PostPatch(title="Second"))
    before = planner.get_post(post)

    change = planner.restore_version(post, 1, expect_version=before.version)
    planner.edit_post(post, PostPatch.back_to(before), expect_version=change.posts[0].version, reason="undo")

    assert PostFields.of(planner.get_post(post)) == PostFields.of(before)
    assert [v.version for v in planner.post_history(post)] == [1, 2, 3, 4]


def test_a_restore_checks_the_version_the_caller_saw(planner: Planner, db_path: Path, clock: Clock) -> None:
    post = add(planner)
    planner.edit_post(post, PostPatch(title="Second"))
    with Planner.open(db_path, clock=clock, user="sam") as sam:
        sam.edit_post(post, PostPatch(title="Sam's"))

    with pytest.raises(ConflictError) as stale:
        planner.restore_version(post, 1, expect_version=2)

    assert (stale.value.exit_code, stale.value.current.title) == (4, "Sam's")  # type: ignore[union-attr]
    assert planner.get_post(post).version == 3


def test_a_restore_is_judged_by_the_balance_rules(planner: Planner) -> None:
    offer = add(planner, "-20% on filters", category="Offer", start=at(5))
    planner.edit_post(offer, PostPatch(category="Question"))
    planner.set_rule(preset_rule("80-20", platform="Instagram", mode=Mode.BLOCK))
    for day in range(1, 5):
        add(planner, f"Question {day}", start=at(day))
    add(planner, "Launch offer", category="Offer", start=at(6))

    with pytest.raises(BalanceRefused) as refused:
        planner.restore_version(offer, 1)
    assert refused.value.exit_code == 3
    assert planner.get_post(offer).category == "Question"

    planner.restore_version(offer, 1, reason="The launch needs both")
    assert planner.get_post(offer).category == "Offer"
    last = planner.post_history(offer)[-1]
    assert (last.restored_from, last.reason) == (1, "The launch needs both")


def test_unknown_ids_and_versions_are_input_errors(planner: Planner) -> None:
    post = add(planner)
    planner.edit_post(post, PostPatch(title="Second"))

    with pytest.raises(NotFoundError, match="There is no post 99"):
        planner.post_history(99)
    with pytest.raises(NotFoundError, match="has no version 7: its versions are 1, 2") as unknown:
        planner.restore_version(post, 7)
    with pytest.raises(ValidationError, match="already as in version 2") as same:
        planner.restore_version(post, 2)

    assert unknown.value.exit_code == same.value.exit_code == 2
    assert planner.get_post(post).version == 2


def test_a_version_equal_to_the_current_one_is_not_restorable(planner: Planner) -> None:
    post = add(planner)
    planner.edit_post(post, PostPatch(title="Second"))
    planner.edit_post(post, PostPatch(title="Which roast do you like?"))

    first, _, third = planner.post_history(post)

    assert (first.restorable, third.current) == (False, True)
    with pytest.raises(ValidationError, match="already as in version 1"):
        planner.restore_version(post, 1)


def test_a_deleted_post_keeps_its_history_but_cannot_be_restored(planner: Planner) -> None:
    post = add(planner)
    add(planner, "A newer post")  # the deleted post's id is not the last one: it is never given again
    planner.edit_post(post, PostPatch(title="Second"))
    planner.delete_post(post)

    history = planner.post_history(post)

    assert [(v.action, v.version) for v in history] == [
        (ChangeKind.CREATE, 1),
        (ChangeKind.EDIT, 2),
        (ChangeKind.DELETE, None),
    ]
    assert not any(v.restorable or v.current for v in history)
    with pytest.raises(ValidationError, match="was deleted") as deleted:
        planner.restore_version(post, 1)
    with pytest.raises(ConflictError) as vanished:
        planner.restore_version(post, 1, expect_version=2)
    assert (deleted.value.exit_code, vanished.value.exit_code) == (2, 4)


def test_an_id_given_again_starts_a_new_history(planner: Planner) -> None:
    """SQLite gives the id of the last post, once deleted, to the next one: its history is not the old one's."""
    old = add(planner, "Old post")
    planner.edit_post(old, PostPatch(title="Old post, edited"))
    planner.delete_post(old)

    new = add(planner, "New post")

    assert new == old
    [created] = planner.post_history(new)
    assert (created.action, created.version, created.current) == (ChangeKind.CREATE, 1, True)
    assert FieldChange("title", None, "New post") in created.changes


def test_a_deletion_undone_brings_the_post_back_with_its_id_and_history(planner: Planner, clock: Clock) -> None:
    post = add(planner)
    planner.edit_post(post, PostPatch(title="Second"))
    deleted = planner.delete_post(post).posts[0]

    back = planner.undelete_post(deleted, reason="undo").posts[0]

    assert (back.id, back.uid, back.version, back.title) == (post, deleted.uid, 3, "Second")
    assert (back.created_at, back.created_by) == (deleted.created_at, deleted.created_by)
    history = planner.post_history(post)
    assert [(v.action, v.version, v.undeleted) for v in history] == [
        (ChangeKind.CREATE, 1, False),
        (ChangeKind.EDIT, 2, False),
        (ChangeKind.DELETE, None, False),
        (ChangeKind.CREATE, 3, True),
    ]
    assert (history[-1].current, history[-1].reason, history[-1].changes) == (True, "undo", ())
    # What was written before the deletion can still be restored.
    assert history[0].restorable
    assert planner.restore_version(post, 1).posts[0].title == "Which roast do you like?"
    assert planner.get_post(post).version == 4


def test_a_deletion_undone_after_its_id_was_taken_gets_a_new_one_and_keeps_histories_apart(planner: Planner) -> None:
    """The last post's id, once deleted, goes to the next one: the post brought back takes another."""
    old = add(planner, "Old post")
    deleted = planner.delete_post(old).posts[0]
    taker = add(planner, "New post")
    assert taker == old

    back = planner.undelete_post(deleted).posts[0]

    assert back.id != old and back.title == "Old post"
    [brought] = planner.post_history(back.id)
    assert (brought.undeleted, brought.version) == (True, 2)
    [created] = planner.post_history(taker)
    assert FieldChange("title", None, "New post") in created.changes
    # An id freed again and given to the next post brought back: still not the old occupant's history.
    other = add(planner, "Other post")
    gone = planner.delete_post(other).posts[0]
    assert gone.id == back.id + 1
    again = planner.delete_post(back.id).posts[0]
    moved = planner.undelete_post(again).posts[0]
    assert moved.id == back.id  # its own id was free again
    assert [v.undeleted for v in planner.post_history(moved.id)] == [True, False, True]


def test_undeleting_a_post_whose_uid_is_there_is_a_conflict(planner: Planner) -> None:
    post = planner.get_post(add(planner))

    with pytest.raises(ConflictError, match="already") as taken:
        planner.undelete_post(post)

    assert taken.value.exit_code == 4
    assert len(planner.list_posts()) == 1


def test_undeleting_is_judged_like_a_creation(planner: Planner) -> None:
    post = planner.delete_post(add(planner, "-20% on filters", category="Offer", start=at(5))).posts[0]
    planner.set_rule(preset_rule("80-20", platform="Instagram", mode=Mode.BLOCK))
    for day in range(1, 5):
        add(planner, f"Question {day}", start=at(day))
    add(planner, "Launch offer", category="Offer", start=at(6))

    with pytest.raises(BalanceRefused) as refused:
        planner.undelete_post(post)
    assert refused.value.exit_code == 3
    assert post.uid not in planner.posts_by_uid([post.uid])

    back = planner.undelete_post(post, reason="undo").posts[0]
    assert (back.uid, back.category) == (post.uid, "Offer")
    assert planner.post_history(back.id)[-1].reason == "undo"


def test_posts_created_in_bulk_show_their_creation_without_details(planner: Planner) -> None:
    ids = planner.create_posts(
        PostFields(platform="X", title=f"Imported {n}", start=at(1 + n % 28)) for n in range(60)
    ).ids
    planner.edit_post(ids[10], PostPatch(title="Edited after import"))

    created, edited = planner.post_history(ids[10])

    assert (created.action, created.batch, created.version, created.kept) == (ChangeKind.CREATE, 60, 1, False)
    assert (edited.version, edited.current) == (2, True)
    with pytest.raises(ValidationError, match="older Dialogos"):
        planner.restore_version(ids[10], 1)
    assert [v.batch for v in planner.post_history(ids[11])] == [60]


def test_a_restore_across_the_autumn_night_keeps_the_second_half_past_two(planner: Planner) -> None:
    """The second 02:30 of 25 October 2026 in Paris is restored as itself, not as the first one."""
    first = datetime(2026, 10, 25, 0, 30, tzinfo=UTC).astimezone(PARIS)
    second = datetime(2026, 10, 25, 1, 30, tzinfo=UTC).astimezone(PARIS)
    assert (first.hour, second.hour, second.fold) == (2, 2, 1)
    post = add(planner, start=second)
    planner.move_post(post, first)

    planner.restore_version(post, 1)

    assert planner.get_post(post).start_utc == datetime(2026, 10, 25, 1, 30, tzinfo=UTC)


# -- every kept version comes back exactly ------------------------------------------------

ZONES = ("Europe/Paris", "America/New_York", "Asia/Kolkata")
moments = st.integers(0, 60 * 24 * 4).map(
    lambda quarter: datetime(2026, 10, 1, tzinfo=UTC) + timedelta(minutes=15 * quarter)
)
patches = st.one_of(
    st.builds(lambda title: PostPatch(title=title), st.text("abcdé ?!", min_size=1, max_size=12).filter(str.strip)),
    st.builds(lambda body: PostPatch(body=body), st.text("xyz\n", max_size=10)),
    st.builds(
        lambda when, tz: PostPatch(start=when.astimezone(ZoneInfo(tz)), timezone=tz), moments, st.sampled_from(ZONES)
    ),
    st.builds(lambda tz: PostPatch(timezone=tz), st.sampled_from(ZONES)),
    st.builds(lambda status: PostPatch(status=status), st.sampled_from([Status.DRAFT, Status.READY, Status.CANCELLED])),
    st.builds(lambda category: PostPatch(category=category), st.sampled_from([None, "Question", "News", "Offer"])),
    st.builds(lambda author: PostPatch(author=author), st.sampled_from([None, "Léa", "Sam"])),
    st.just(PostPatch(status=Status.IDEA)),
    st.builds(lambda when: PostPatch(start=when), moments),
)


@settings(max_examples=25, suppress_health_check=[HealthCheck.too_slow])
@given(steps=st.lists(patches, min_size=1, max_size=6), pick=st.integers(0, 100))
def test_restoring_any_kept_version_gives_that_version_back(steps: list[PostPatch], pick: int) -> None:
    with tempfile.TemporaryDirectory() as folder:
        planner = Planner.open(Path(folder) / "plan.sqlite", planning_zone="Europe/Paris", user="camille")
        try:
            planner.add_platform("Instagram", "instagram")
            post = add(planner)
            seen = {1: PostFields.of(planner.get_post(post))}
            for patch in steps:
                try:
                    saved = planner.edit_post(post, patch).posts[0]
                except ValidationError:
                    continue  # a patch that makes no sense here (a date for an idea's status...): refused, not saved
                seen[saved.version] = PostFields.of(saved)
            version = sorted(seen)[pick % len(seen)]
            current = planner.get_post(post)
            if PostFields.of(current) == seen[version]:
                with pytest.raises(ValidationError):
                    planner.restore_version(post, version)
                return
            planner.restore_version(post, version, expect_version=current.version)
            assert PostFields.of(planner.get_post(post)) == seen[version]
            assert planner.post_history(post)[-1].restored_from == version
        finally:
            planner.close()


# -- schema 3 to 4 --------------------------------------------------------------------


@pytest.fixture
def v3_file(tmp_path: Path) -> Path:
    """The schema-1 fixture brought to schema 3 by the steps 2 and 3 only, as Dialogos left it before schema 4."""
    return older_file(tmp_path / "team.sqlite", 3)


def test_schema_3_is_backed_up_then_gets_presence_and_kept_versions(v3_file: Path, clock: Clock) -> None:
    with Planner.open(v3_file, clock=clock, user="sam") as planner:
        backup = planner.backup_made
        assert planner.info().schema_version == SCHEMA_VERSION
        assert planner.join("Sam") is True
        planner.edit_post(1, PostPatch(title="Which brewing method is yours?"))
        created, edited = planner.post_history(1)
    assert backup is not None and f"before-v{SCHEMA_VERSION}" in backup.name
    # Written by the older Dialogos: shown with what it recorded, not restorable.
    assert (created.action, created.kept, created.restorable) == (ChangeKind.CREATE, False, False)
    assert FieldChange("title", None, "Which brewing method do you use?") in created.changes
    assert FieldChange("start", None, datetime(2026, 6, 8, 9, 30, tzinfo=PARIS)) in created.changes
    assert (edited.kept, edited.current) == (True, True)
    copy = sqlite3.connect(backup)
    try:
        assert copy.execute("PRAGMA user_version").fetchone() == (3,)
    finally:
        copy.close()


def test_a_file_migrated_from_schema_3_has_the_schema_of_a_new_one(v3_file: Path, tmp_path: Path, clock: Clock) -> None:
    Planner.open(v3_file, clock=clock).close()
    fresh = tmp_path / "fresh.sqlite"
    Planner.open(fresh, planning_zone="Europe/Paris", clock=clock).close()
    assert columns(v3_file) == columns(fresh)
    assert indexes(v3_file) == indexes(fresh)


def test_a_version_naming_a_platform_renamed_since_comes_back_on_the_platform_as_it_is_called_now(
    planner: Planner,
) -> None:
    post = add(planner, body="First text")
    planner.edit_post(post, PostPatch(body="Second text"))
    renamed = planner.edit_platform("Instagram", new_name="Insta").name

    assert planner.post_history(post)[0].restorable
    planner.restore_version(post, 1)

    restored = planner.get_post(post)
    assert (restored.body, restored.platform) == ("First text", renamed)
