"""Comparing the plan with another copy of it (a conflicted copy, a backup), and
bringing a post back from one: matched by uid, the copy never written, the
plan changed by an ordinary, judged, audited edit or creation."""

from __future__ import annotations

import shutil
import sqlite3
from datetime import timedelta
from pathlib import Path

import pytest

from planner import ConflictError, DatabaseError, NotFoundError, Planner, PostPatch, ValidationError
from planner.balance.rules import Mode, preset_rule
from planner.balance.verdicts import BalanceRefused
from planner.model import ChangeKind, Entity
from planner.session import Clock
from planner.sharing.comparison import Difference, FieldDifference
from tests.helpers.backups import flip_bytes_in_a_table_page
from tests.helpers.comparison import COPY_NAME, add, at, copy_of, edit_copy
from tests.helpers.schemas import SCHEMA_1_FIXTURE as FIXTURE


@pytest.fixture
def copy_path(tmp_path: Path) -> Path:
    return tmp_path / COPY_NAME


@pytest.fixture
def lea(clock: Clock) -> Clock:
    """Léa's clock: she saves an hour after camille."""
    return lambda: clock() + timedelta(hours=1)


def snapshot(path: Path) -> tuple[bytes, int, list[str]]:
    """What a file is, to the byte and the time, and what lies beside it."""
    return path.read_bytes(), path.stat().st_mtime_ns, sorted(p.name for p in path.parent.iterdir())


def test_the_comparison_lists_what_is_only_in_one_copy_and_what_changed(
    planner: Planner, tmp_path: Path, lea: Clock
) -> None:
    same = add(planner, "Same in both", 15)
    changed = add(planner, "Which roast?", 16)
    removed_there = add(planner, "Removed in the copy", 17)
    copy = copy_of(planner, tmp_path)
    with edit_copy(copy, lea) as theirs:
        theirs.edit_post(changed, PostPatch(title="Which roast do you brew?", body="Tell us"))
        theirs.delete_post(removed_there)
        only_there = add(theirs, "Poll: filter or espresso?", 18)
    only_here = add(planner, "Added in the plan", 19)

    comparison = planner.compare_with_copy(copy)

    kinds = [(d.difference, d.post.title) for d in comparison.differences]
    assert kinds == [
        (Difference.CHANGED, "Which roast do you brew?"),
        (Difference.ONLY_IN_PLAN, "Removed in the copy"),
        (Difference.ONLY_IN_OTHER, "Poll: filter or espresso?"),
        (Difference.ONLY_IN_PLAN, "Added in the plan"),
    ]
    assert all(d.post.id != same for d in comparison.differences)
    edit = comparison.differences[0]
    assert edit.fields == (
        FieldDifference("title", "Which roast?", "Which roast do you brew?"),
        FieldDifference("body", "", "Tell us"),
    )
    assert edit.plan is not None and edit.other is not None
    assert (edit.plan.version, edit.plan.updated_by) == (1, "camille")
    assert (edit.other.version, edit.other.updated_by, edit.other.updated_at) == (2, "léa", lea())
    deleted = comparison.differences[1]
    assert deleted.deleted_in_other is not None
    assert (deleted.deleted_in_other.who, deleted.deleted_in_other.post_id) == ("léa", removed_there)
    assert comparison.differences[2].other is not None and comparison.differences[2].other.id == only_there
    assert comparison.differences[3].plan is not None and comparison.differences[3].plan.id == only_here
    assert comparison.differences[3].deleted_in_other is None  # not deleted there: made here since
    assert (comparison.count(Difference.CHANGED), comparison.count(Difference.ONLY_IN_PLAN)) == (1, 2)


def test_a_post_deleted_in_the_plan_says_by_whom(planner: Planner, tmp_path: Path) -> None:
    post = add(planner, "Tip of the week", 15)
    copy = copy_of(planner, tmp_path)
    planner.delete_post(post)

    [difference] = planner.compare_with_copy(copy).differences

    assert difference.difference is Difference.ONLY_IN_OTHER
    assert difference.deleted_in_plan is not None and difference.deleted_in_plan.who == "camille"


def test_comparing_never_writes_the_copy_not_even_a_journal(planner: Planner, tmp_path: Path) -> None:
    post = add(planner, "Which roast?", 15)
    copy = copy_of(planner, tmp_path)
    with edit_copy(copy, planner.now) as theirs:
        theirs.edit_post(post, PostPatch(title="Changed there"))
    before = snapshot(copy)

    planner.compare_with_copy(copy)
    planner.restore_from_copy(copy, post)

    assert snapshot(copy) == before


def test_a_read_only_copy_can_be_compared(planner: Planner, tmp_path: Path) -> None:
    add(planner, "Which roast?", 15)
    copy = copy_of(planner, tmp_path)
    copy.chmod(0o444)
    try:
        assert planner.compare_with_copy(copy).differences == ()
    finally:
        copy.chmod(0o644)


def test_a_copy_made_by_an_older_dialogos_is_read_from_an_upgraded_private_copy(
    planner: Planner, tmp_path: Path
) -> None:
    old = tmp_path / "plan (conflicted copy 2024-01-10).sqlite"
    shutil.copyfile(FIXTURE, old)
    before = snapshot(old)
    with sqlite3.connect(f"file:{old}?mode=ro", uri=True) as probe:
        posts = probe.execute("SELECT count(*) FROM post").fetchone()[0]

    comparison = planner.compare_with_copy(old)

    assert comparison.count(Difference.ONLY_IN_OTHER) == posts > 0
    assert snapshot(old) == before


def another_sqlite_file(path: Path) -> None:
    with sqlite3.connect(path) as connection:
        connection.execute("CREATE TABLE notes (text)")


@pytest.mark.parametrize(
    ("make", "error", "code", "words"),
    [
        (lambda path: None, ValidationError, 2, "There is no file"),
        (lambda path: path.mkdir(), ValidationError, 2, "not a file"),
        (lambda path: path.write_text("a shopping list", encoding="utf-8"), DatabaseError, 5, "not a Dialogos"),
        (
            lambda path: sqlite3.connect(path).execute("CREATE TABLE t (x)").connection.commit(),
            DatabaseError,
            5,
            "not a Dialogos",
        ),
    ],
)
def test_what_is_not_a_sound_copy_of_a_plan_is_refused_in_one_line(
    planner: Planner, copy_path: Path, make: object, error: type[Exception], code: int, words: str
) -> None:
    make(copy_path)  # type: ignore[operator]

    with pytest.raises(error) as refused:
        planner.compare_with_copy(copy_path)

    assert refused.value.exit_code == code  # type: ignore[attr-defined]
    assert words in str(refused.value) and str(copy_path) in str(refused.value)
    assert "\n" not in str(refused.value)


def test_a_damaged_copy_is_refused_and_left_as_it_is(planner: Planner, tmp_path: Path) -> None:
    for day in range(1, 29):
        add(planner, f"Post {day}", day, body="x" * 400)
    copy = copy_of(planner, tmp_path)
    flip_bytes_in_a_table_page(copy)
    before = snapshot(copy)

    with pytest.raises(DatabaseError) as refused:
        planner.compare_with_copy(copy)

    assert refused.value.exit_code == 5
    assert refused.value.message.startswith(f"{copy} is damaged (SQLite’s integrity check")
    assert snapshot(copy) == before


def test_the_plan_itself_is_not_another_copy(planner: Planner) -> None:
    with pytest.raises(ValidationError) as refused:
        planner.compare_with_copy(planner.path)
    assert "the plan itself" in refused.value.message


def test_bringing_back_a_changed_post_is_an_edit_audited_with_the_copy(
    planner: Planner, tmp_path: Path, lea: Clock
) -> None:
    post = add(planner, "Which roast?", 15)
    copy = copy_of(planner, tmp_path)
    with edit_copy(copy, lea) as theirs:
        theirs.edit_post(post, PostPatch(title="Which roast do you brew?", start=at(16, 10)))

    brought = planner.restore_from_copy(copy, post, expect_version=1)

    saved = planner.get_post(post)
    assert (saved.title, saved.start, saved.version) == ("Which roast do you brew?", at(16, 10), 2)
    assert brought.change.kind is ChangeKind.EDIT and not brought.created
    last = planner.post_history(post)[-1]
    assert last.from_copy is not None
    assert (Path(last.from_copy.file).name, last.from_copy.id, last.from_copy.version) == (COPY_NAME, post, 2)
    assert {c.field for c in last.changes} == {"title", "start"}
    assert planner.compare_with_copy(copy).differences == ()


def test_a_post_only_in_the_copy_comes_back_with_its_uid_and_a_deleted_one_with_its_history(
    planner: Planner, tmp_path: Path, lea: Clock
) -> None:
    deleted = add(planner, "Tip of the week", 15)
    uid = planner.get_post(deleted).uid
    copy = copy_of(planner, tmp_path)
    with edit_copy(copy, lea) as theirs:
        new_there = add(theirs, "Poll: filter or espresso?", 16)
        new_uid = theirs.get_post(new_there).uid
    planner.delete_post(deleted)

    again = planner.restore_from_copy(copy, deleted)
    made = planner.restore_from_copy(copy, new_there)

    assert again.created and again.post.id == deleted and again.post.uid == uid
    assert [v.action for v in planner.post_history(deleted)] == [
        ChangeKind.CREATE,
        ChangeKind.DELETE,
        ChangeKind.CREATE,
    ]
    assert planner.post_history(deleted)[-1].from_copy is not None
    assert made.created and made.post.uid == new_uid and made.post.title == "Poll: filter or espresso?"
    assert made.post.created_by == "léa"
    assert planner.compare_with_copy(copy).differences == ()


def test_bringing_back_is_judged_by_the_balance_rules_and_a_refusal_saves_nothing(
    planner: Planner, tmp_path: Path
) -> None:
    copy = copy_of(planner, tmp_path)
    with edit_copy(copy, planner.now) as theirs:
        theirs.add_platform("Bluesky", "bluesky")
        offer = add(theirs, "-20% on filters", 5, category="Offer", platform="Bluesky")
    planner.set_rule(preset_rule("5-3-2", mode=Mode.BLOCK))  # no promotion at all, on every platform
    revision = planner.revision()

    with pytest.raises(BalanceRefused) as refused:
        planner.restore_from_copy(copy, offer)

    assert refused.value.exit_code == 3
    assert planner.revision() == revision  # nothing saved: not the post, nor the platform made for it
    assert "Bluesky" not in [p.name for p in planner.platforms()]

    brought = planner.restore_from_copy(copy, offer, reason="The launch needs it")
    assert brought.post.platform == "Bluesky"
    assert planner.post_history(brought.post.id)[-1].reason == "The launch needs it"


def test_a_stale_expected_version_is_a_conflict(planner: Planner, tmp_path: Path) -> None:
    post = add(planner, "Which roast?", 15)
    copy = copy_of(planner, tmp_path)
    with edit_copy(copy, planner.now) as theirs:
        theirs.edit_post(post, PostPatch(title="From the copy"))
    planner.edit_post(post, PostPatch(title="Sam changed it meanwhile"))

    with pytest.raises(ConflictError) as stale:
        planner.restore_from_copy(copy, post, expect_version=1)

    assert stale.value.exit_code == 4
    assert planner.get_post(post).title == "Sam changed it meanwhile"


def test_a_post_the_plan_already_has_as_in_the_copy_and_an_unknown_id_are_input_errors(
    planner: Planner, tmp_path: Path
) -> None:
    post = add(planner, "Which roast?", 15)
    copy = copy_of(planner, tmp_path)

    with pytest.raises(ValidationError) as same:
        planner.restore_from_copy(copy, post)
    with pytest.raises(NotFoundError) as unknown:
        planner.restore_from_copy(copy, 999)

    assert (same.value.exit_code, unknown.value.exit_code) == (2, 2)
    assert "nothing to bring back" in same.value.message
    assert "no post 999 in" in unknown.value.message and COPY_NAME in unknown.value.message


def test_a_platform_and_category_the_plan_lacks_are_made_as_the_copy_has_them(planner: Planner, tmp_path: Path) -> None:
    copy = copy_of(planner, tmp_path)
    with edit_copy(copy, planner.now) as theirs:
        theirs.add_platform("Bluesky", "bluesky", colour="#1185FE", text_limit=280)
        theirs.add_category("Coffee science", "information")
        post = add(theirs, "Why grind size matters", 15, platform="Bluesky", category="Coffee science")

    brought = planner.restore_from_copy(copy, post)

    bluesky = planner.platform("Bluesky")
    assert (bluesky.kind, bluesky.colour.lower(), bluesky.text_limit) == ("bluesky", "#1185fe", 280)
    assert next(c for c in planner.categories() if c.name == "Coffee science").side.value == "information"
    assert [(c.entity, c.here, c.created) for c in brought.counterparts] == [
        (Entity.PLATFORM, "Bluesky", True),
        (Entity.CATEGORY, "Coffee science", True),
    ]
    assert "Bluesky" in brought.counterparts[0].note


def test_a_platform_renamed_in_the_plan_since_takes_the_post_under_its_new_name(
    planner: Planner, tmp_path: Path
) -> None:
    copy = copy_of(planner, tmp_path)
    with edit_copy(copy, planner.now) as theirs:
        post = add(theirs, "Thread: our roasting log", 15, platform="X")
    planner.edit_platform("X", new_name="X (Twitter)")

    brought = planner.restore_from_copy(copy, post)

    assert brought.post.platform == "X (Twitter)"
    assert [p.name for p in planner.platforms()].count("X") == 0
    assert brought.counterparts[0].created is False and "X (Twitter)" in brought.counterparts[0].note
