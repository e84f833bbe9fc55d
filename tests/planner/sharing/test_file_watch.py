"""The file under an open plan: replaced, overwritten by an older copy, deleted, made read-only.

An open session notices each of them (:meth:`Planner.file_news`), says it
once, refuses to write where it must, and reads the plan again from the
path (``reopen``) or writes a deleted plan back (``save_again``).
"""

from __future__ import annotations

import os
import shutil
import stat
import tempfile
import threading
from collections.abc import Iterator
from datetime import timedelta
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from planner import DatabaseError, Planner, PostFields
from planner.session import Clock
from planner.sharing.backups import restore
from planner.sharing.file_watch import FileEvent
from tests.helpers.fixed import NOW, PLANNING_ZONE


def add(planner: Planner, title: str) -> int:
    return planner.create_post(PostFields(platform="Instagram", title=title)).ids[0]


def titles(planner: Planner) -> list[str]:
    return sorted(post.title for post in planner.list_posts())


def titles_in(path: Path) -> list[str]:
    with Planner.open(path, create=False) as reader:
        return titles(reader)


@pytest.fixture
def copy_of(tmp_path: Path) -> Iterator[Path]:
    """Where the tests keep a copy of the plan, as a sync tool or a colleague would."""
    yield tmp_path / "elsewhere" / "plan.sqlite"


def keep_a_copy(planner: Planner, where: Path) -> Path:
    where.parent.mkdir(exist_ok=True)
    return planner.backup(where)


def test_nothing_to_tell_while_nothing_happens_to_the_file(planner: Planner) -> None:
    add(planner, "Mine")

    assert planner.file_news() is None
    assert planner.file_news() is None


def test_a_file_renamed_into_place_is_told_once_refused_and_read_again(
    planner: Planner, db_path: Path, copy_of: Path, clock: Clock
) -> None:
    add(planner, "Before the copy")
    copy = keep_a_copy(planner, copy_of)
    with Planner.open(copy, clock=clock, user="sync") as elsewhere:
        add(elsewhere, "Only in the copy")
    add(planner, "Only in the file")

    os.replace(copy, db_path)  # what a sync tool does: write beside, rename into place
    news = planner.file_news()

    assert news is not None and (news.event, news.reopen) == (FileEvent.REPLACED, True)
    assert news.message == f"{db_path} was replaced by another file: the plan is read again from it."
    assert planner.file_news() is None  # said once
    # Until it is read again, the session reads the file that is gone, and writes nothing to it.
    assert titles(planner) == ["Before the copy", "Only in the file"]
    with pytest.raises(DatabaseError) as refused:
        add(planner, "Lost?")
    assert (refused.value.key, refused.value.exit_code) == ("error.db_replaced", 5)

    planner.reopen()

    assert titles(planner) == ["Before the copy", "Only in the copy"]
    assert planner.file_news() is None and not planner.read_only
    add(planner, "After reading again")
    assert titles_in(db_path) == ["After reading again", "Before the copy", "Only in the copy"]


def test_an_older_copy_written_over_the_file_is_told_and_read_again(
    planner: Planner, db_path: Path, copy_of: Path
) -> None:
    add(planner, "Old")
    older = keep_a_copy(planner, copy_of)
    add(planner, "New")
    add(planner, "Newer")
    inode = db_path.stat().st_ino
    revision = planner.revision()

    shutil.copyfile(older, db_path)  # `cp older.sqlite plan.sqlite`: the same file, older pages
    news = planner.file_news()

    assert db_path.stat().st_ino == inode
    assert news is not None and (news.event, news.reopen) == (FileEvent.OLDER, True)
    assert news.message == (
        f"{db_path} was overwritten by an older copy (revision {revision - 2}, older than revision {revision}"
        " already read): the plan is read again from it."
    )
    assert planner.file_news() is None
    planner.reopen()
    assert titles(planner) == ["Old"]
    assert planner.file_news() is None


def test_another_plan_copied_over_the_file_is_a_replacement(planner: Planner, db_path: Path, tmp_path: Path) -> None:
    add(planner, "Ours")
    later = NOW + timedelta(days=3)
    other = tmp_path / "other.sqlite"
    with Planner.open(other, planning_zone=PLANNING_ZONE, clock=lambda: later, user="sam") as theirs:
        theirs.add_platform("Instagram", "instagram")
        for number in range(5):  # a revision past ours: only the creation stamp tells
            add(theirs, f"Theirs {number}")

    shutil.copyfile(other, db_path)
    news = planner.file_news()

    assert news is not None and (news.event, news.reopen) == (FileEvent.REPLACED, True)


def test_a_colleague_s_saves_a_restore_and_heartbeats_are_no_news(
    planner: Planner, db_path: Path, copy_of: Path, clock: Clock
) -> None:
    add(planner, "Old")
    older = keep_a_copy(planner, copy_of)
    add(planner, "New")
    with Planner.open(db_path, clock=clock, user="sam") as sam:
        sam.join("Sam")
        add(sam, "By Sam")
        assert planner.file_news() is None

    restore(db_path, older, clock=clock, user="sam")  # the revision moves past every one seen

    assert planner.file_news() is None
    assert titles(planner) == ["Old"]  # read like any colleague's change


# The things that happen to a file every day: none of them is news.
EVERYDAY = st.lists(st.sampled_from(["mine", "theirs", "rehearsal", "heartbeat", "their_heartbeat"]), max_size=8)


@settings(max_examples=25)
@given(steps=EVERYDAY)
def test_ordinary_work_on_a_shared_file_is_never_news(steps: list[str]) -> None:
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "plan.sqlite"
        with Planner.open(path, planning_zone=PLANNING_ZONE, clock=lambda: NOW, user="camille") as mine:
            mine.add_platform("Instagram", "instagram")
            mine.join()
            with Planner.open(path, clock=lambda: NOW, user="sam") as theirs:
                theirs.join()
                for step in steps:
                    if step == "mine":
                        add(mine, "Mine")
                    elif step == "theirs":
                        add(theirs, "Theirs")
                    elif step == "rehearsal":  # the editor's live verdict: written, then undone
                        with mine.session.rehearsal():
                            add(mine, "Tried")
                    elif step == "heartbeat":
                        mine.heartbeat()
                    else:
                        theirs.heartbeat()
                    assert mine.file_news() is None


def test_a_deleted_file_is_told_refused_and_never_made_again_empty(planner: Planner, db_path: Path) -> None:
    add(planner, "Still shown")

    db_path.unlink()
    news = planner.file_news()

    assert news is not None and (news.event, news.reopen) == (FileEvent.DELETED, False)
    assert news.message == f"{db_path} was deleted or moved away: nothing can be saved to it any more."
    assert planner.file_news() is None
    assert planner.read_only
    assert titles(planner) == ["Still shown"]  # SQLite still reads it through the open connection
    with pytest.raises(DatabaseError) as refused:
        add(planner, "Lost?")
    assert (refused.value.key, refused.value.exit_code) == ("error.db_deleted", 5)
    assert refused.value.message == f"{db_path} no longer exists (deleted or moved away): nothing was saved."
    # Another thread (a backup, the live calendar) connects afresh: it must not put an empty plan there.
    failures: list[BaseException] = []
    reader = threading.Thread(target=lambda: _catching(failures, lambda: planner.list_posts()))
    reader.start()
    reader.join()
    assert not db_path.exists()
    assert [getattr(error, "key", None) for error in failures] == ["error.db_cannot_open"]


def _catching(failures: list[BaseException], work: object) -> None:
    try:
        work()  # type: ignore[operator]
    except DatabaseError as error:
        failures.append(error)


def test_a_deleted_plan_is_saved_again_from_what_the_session_reads(
    db_path: Path, planner: Planner, clock: Clock
) -> None:
    db_path.chmod(0o640)
    with Planner.open(db_path, clock=clock, user="camille") as open_here:
        add(open_here, "Kept")
        db_path.unlink()
        assert open_here.file_news() is not None

        assert open_here.save_again() == db_path

        assert stat.S_IMODE(db_path.stat().st_mode) == 0o640  # the team's permissions on the shared file
        assert open_here.file_news() is None and not open_here.read_only
        add(open_here, "After saving again")
        assert titles_in(db_path) == ["After saving again", "Kept"]
        assert open_here.check() == []


def test_saving_again_never_overwrites_a_file_put_back_meanwhile(
    planner: Planner, db_path: Path, copy_of: Path
) -> None:
    copy = keep_a_copy(planner, copy_of)
    add(planner, "Not in the copy")
    db_path.unlink()
    assert planner.file_news() is not None
    shutil.copyfile(copy, db_path)
    before = db_path.read_bytes()

    with pytest.raises(DatabaseError) as refused:
        planner.save_again()

    assert refused.value.key == "file.save_again_exists"
    assert db_path.read_bytes() == before
    news = planner.file_news()
    assert news is not None and (news.event, news.reopen) == (FileEvent.REPLACED, True)


def test_a_file_moved_away_and_back_can_be_changed_again(planner: Planner, db_path: Path, tmp_path: Path) -> None:
    db_path.rename(tmp_path / "away.sqlite")
    assert planner.file_news() is not None and planner.read_only

    (tmp_path / "away.sqlite").rename(db_path)
    news = planner.file_news()

    assert news is not None and (news.event, news.reopen) == (FileEvent.BACK, False)
    assert not planner.read_only
    add(planner, "Saved where it is")
    assert titles_in(db_path) == ["Saved where it is"]


@pytest.fixture
def made_read_only(db_path: Path) -> Iterator[None]:
    """The test makes the file read-only; it is writable again afterwards, for the clean-up."""
    yield
    db_path.chmod(0o644)


@pytest.mark.usefixtures("made_read_only")
def test_a_file_made_read_only_mid_session_is_not_written_then_is_again(planner: Planner, db_path: Path) -> None:
    planner.join("Camille")
    add(planner, "Before")
    db_path.chmod(0o444)
    before = db_path.read_bytes()

    # The write comes first, before any look at the file: it is refused all the same, as the CLI refuses it.
    with pytest.raises(DatabaseError) as refused:
        add(planner, "Refused")
    assert (refused.value.key, refused.value.exit_code) == ("error.db_read_only", 5)
    assert refused.value.message == f"{db_path} is read-only: nothing was saved."
    assert not planner.heartbeat()  # presence is not written either
    assert db_path.read_bytes() == before
    assert planner.read_only

    news = planner.file_news()
    assert news is not None and (news.event, news.reopen) == (FileEvent.READ_ONLY, False)
    assert news.message == f"{db_path} became read-only: you can look at the plan, not change it."
    assert planner.file_news() is None

    db_path.chmod(0o644)
    news = planner.file_news()
    assert news is not None and (news.event, news.reopen) == (FileEvent.WRITABLE, False)
    assert not planner.read_only
    add(planner, "After")
    assert titles_in(db_path) == ["After", "Before"]


@pytest.mark.usefixtures("made_read_only")
def test_write_access_back_lets_a_write_through_before_anyone_looks(planner: Planner, db_path: Path) -> None:
    db_path.chmod(0o444)
    assert planner.file_news() is not None and planner.read_only
    db_path.chmod(0o644)

    add(planner, "Saved")

    assert titles_in(db_path) == ["Saved"]
    news = planner.file_news()
    assert news is not None and news.event is FileEvent.WRITABLE


@pytest.mark.usefixtures("made_read_only")
def test_a_file_opened_read_only_is_opened_again_to_write_once_it_may(
    planner: Planner, db_path: Path, clock: Clock
) -> None:
    db_path.chmod(0o444)
    with Planner.open(db_path, clock=clock, user="lea") as reader:
        assert reader.read_only
        db_path.chmod(0o644)

        news = reader.file_news()

        assert news is not None and (news.event, news.reopen) == (FileEvent.WRITABLE, True)
        assert reader.read_only  # its connection cannot write: reading the file again can
        reader.reopen()
        assert not reader.read_only
        add(reader, "By Léa")
    assert titles_in(db_path) == ["By Léa"]
