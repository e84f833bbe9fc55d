"""A rollback journal beside the plan: the plan's own is rolled back, any other is set aside.

A sync tool (Dropbox, Nextcloud) copies ``plan.sqlite-journal`` along with the
file. SQLite would roll such a journal into whatever copy of the plan it finds
it beside, and damage it; a journal left by the plan's own crashed writer
must still be rolled back, since that is what undoes a half-written commit.
"""

from __future__ import annotations

import gc
import re
import shutil
import sqlite3
import subprocess
import sys
import threading
import time
from collections import Counter
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

from planner import Planner, PostFields
from planner.cli.main import main
from planner.sharing.backups import restore
from planner.sharing.file_watch import FileEvent
from planner.storage import plan_file
from planner.storage.backup import copy_file
from planner.storage.connection import ForeignJournalError
from planner.storage.disk import access_of
from planner.storage.journal import journal_of, mark_in, mark_of, read_journal, record_value
from planner.storage.schema import SCHEMA_VERSION
from tests.helpers.backups import MovingClock, new_plan, titles
from tests.helpers.disk import BIG_BODY, limited
from tests.helpers.fixed import NOW
from tests.helpers.journal import crash_mid_transaction
from tests.helpers.paths import ROOT
from tests.helpers.schemas import older_file


@pytest.fixture
def plan_path(db_path: Path) -> Path:
    return new_plan(db_path, MovingClock(NOW), posts=60)


def everything(folder: Path) -> dict[str, bytes]:
    return {str(p.relative_to(folder)): p.read_bytes() for p in sorted(folder.rglob("*")) if p.is_file()}


def set_aside(path: Path) -> list[Path]:
    return sorted(path.parent.glob(path.name + "-journal.set-aside-*"))


def copies(plan_path: Path, tmp_path: Path) -> tuple[Path, Path]:
    """The plan copied to two places, as a sync tool keeps it on two computers."""
    a, b = tmp_path / "a" / "plan.sqlite", tmp_path / "b" / "plan.sqlite"
    for copy in (a, b):
        copy.parent.mkdir()
        shutil.copyfile(plan_path, copy)
    return a, b


def commit_once(path: Path, title: str) -> None:
    with Planner.open(path, clock=lambda: NOW) as planner:
        planner.create_post(PostFields(platform="Instagram", title=title))


# -- the plan's own journal ------------------------------------------------------------


def test_a_journal_left_by_a_crashed_writer_is_rolled_back(plan_path: Path) -> None:
    before = titles(plan_path)
    crash_mid_transaction(plan_path)

    with Planner.open(plan_path) as planner:
        assert planner.session.journal_set_aside is None
        assert sorted(p.title for p in planner.list_posts()) == before
        assert planner.check() == []
        planner.create_post(PostFields(platform="Instagram", title="Work goes on"))

    assert not journal_of(plan_path).exists() and set_aside(plan_path) == []


def test_a_crash_of_the_commit_that_follows_the_journal_is_still_rolled_back(plan_path: Path) -> None:
    """The hard case: the file is one commit past the journal's page 1, as a copy one commit ahead would be."""
    crash_mid_transaction(plan_path, "UPDATE post SET title = 'half-written', body = hex(randomblob(3000))")
    with sqlite3.connect(f"file:{plan_path}?mode=ro&immutable=1", uri=True) as raw:
        assert raw.execute("SELECT count(*) FROM post WHERE title = 'half-written'").fetchone()[0] > 0

    with Planner.open(plan_path) as planner:
        assert planner.session.journal_set_aside is None
        assert "half-written" not in {p.title for p in planner.list_posts()}
        assert planner.check() == []


WRITER = """
import sys
from planner import Planner, PostFields
with Planner.open(sys.argv[1]) as planner:
    for number in range(100_000):
        with planner.batch():
            for part in range(1 + number % 7):
                fields = PostFields(platform="Instagram", title=f"{number}-{part}", body="x" * (number % 3000))
                planner.create_post(fields)
        print(number, flush=True)
"""


@pytest.mark.parametrize("pause", [0.0, 0.05, 0.15])
def test_a_writer_killed_mid_commit_leaves_a_journal_that_is_rolled_back_not_refused(
    plan_path: Path, pause: float
) -> None:
    """The journal check never takes a real crash journal for a foreign one."""
    writer = subprocess.Popen(
        [sys.executable, "-c", WRITER, str(plan_path)],
        stdout=subprocess.PIPE,
        text=True,
        cwd=ROOT,
    )
    assert writer.stdout is not None
    acknowledged = {int(writer.stdout.readline())}  # it is committing now
    time.sleep(pause)  # how far it gets does not matter: only that it dies mid-stream
    writer.kill()
    writer.wait()
    acknowledged |= {int(line) for line in writer.stdout.read().split()}

    with Planner.open(plan_path) as planner:
        assert planner.check() == []
        titles = [post.title for post in planner.list_posts()]
    batches = Counter(int(title.split("-")[0]) for title in titles if re.fullmatch(r"\d+-\d+", title))
    assert len(titles) - sum(batches.values()) == 60  # the plan's own posts, all there
    assert acknowledged <= set(batches)  # every batch the writer saw committed is there...
    assert all(count == 1 + number % 7 for number, count in batches.items())  # ...and none is half-written


# -- a journal carried over from another copy ----------------------------------------


def test_a_journal_from_a_copy_one_commit_behind_is_set_aside_and_the_plan_opens_as_it_is(
    plan_path: Path, tmp_path: Path
) -> None:
    """The issue's case: A one commit ahead, B's hot journal copied beside A by a sync tool."""
    a, b = copies(plan_path, tmp_path)
    commit_once(a, "Only in A")
    crash_mid_transaction(b)
    shutil.copyfile(journal_of(b), journal_of(a))
    journal = journal_of(a).read_bytes()
    file_before = a.read_bytes()

    with Planner.open(a) as planner:
        (kept,) = set_aside(a)
        assert planner.session.journal_set_aside == kept
        (notice,) = planner.notices
        assert "\n" not in notice and str(kept) in notice
        assert planner.check() == []
        assert "Only in A" in {p.title for p in planner.list_posts()}

    assert a.read_bytes() == file_before  # nothing of B's journal went into A
    assert not journal_of(a).exists() and kept.read_bytes() == journal


@pytest.mark.parametrize("commits_ahead", [0, 1, 2])
def test_a_stray_journal_is_never_rolled_back_whatever_the_distance(
    plan_path: Path, tmp_path: Path, commits_ahead: int
) -> None:
    a, b = copies(plan_path, tmp_path)
    for number in range(commits_ahead):
        commit_once(a, f"A {number}")
    commit_once(b, "B went its own way")  # B diverged: its journal starts from a state A never had
    crash_mid_transaction(b)
    shutil.copyfile(journal_of(b), journal_of(a))
    file_before = a.read_bytes()

    with Planner.open(a) as planner:
        assert planner.session.journal_set_aside is not None
        assert planner.check() == []

    assert a.read_bytes() == file_before


def test_a_journal_of_the_same_state_may_be_rolled_back_since_it_changes_nothing(
    plan_path: Path, tmp_path: Path
) -> None:
    """Two identical copies: B's journal holds the very pages A has, so rolling it back is harmless."""
    a, b = copies(plan_path, tmp_path)
    crash_mid_transaction(b)
    shutil.copyfile(journal_of(b), journal_of(a))
    before = titles(plan_path)

    with Planner.open(a) as planner:
        assert planner.session.journal_set_aside is None
        assert sorted(p.title for p in planner.list_posts()) == before
        assert planner.check() == []


def test_a_journal_from_another_plan_is_set_aside(plan_path: Path, tmp_path: Path) -> None:
    other = tmp_path / "other" / "other.sqlite"
    other.parent.mkdir()
    new_plan(other, MovingClock(NOW), posts=80)
    before = titles(plan_path)
    crash_mid_transaction(other)
    shutil.copyfile(journal_of(other), journal_of(plan_path))

    with Planner.open(plan_path) as planner:
        assert planner.session.journal_set_aside is not None
        assert sorted(p.title for p in planner.list_posts()) == before


def test_a_journal_no_dialogos_writer_marked_cannot_be_proven_ours_and_is_set_aside(plan_path: Path) -> None:
    """A writer that did not mark its journal (another program): nothing proves it is the plan's."""
    crash_mid_transaction(plan_path, marked=False)

    with Planner.open(plan_path) as planner:
        assert planner.session.journal_set_aside is not None


def test_the_command_line_says_it_in_one_line_and_goes_on(
    plan_path: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    a, b = copies(plan_path, tmp_path)
    commit_once(a, "Only in A")
    crash_mid_transaction(b)
    shutil.copyfile(journal_of(b), journal_of(a))
    file_before = a.read_bytes()

    assert main(["--db", str(a), "db", "info"]) == 0
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and err.startswith("Warning: A journal beside") and "set-aside" in err
    assert main(["--db", str(a), "db", "check"]) == 0
    assert main(["--lang", "fr", "--db", str(a), "post", "list"]) == 0
    assert "journal" not in capsys.readouterr().err  # said once: the journal is gone
    assert a.read_bytes() == file_before


def test_a_stray_journal_beside_a_read_only_file_is_set_aside_too(plan_path: Path, tmp_path: Path) -> None:
    other = tmp_path / "other.sqlite"
    new_plan(other, MovingClock(NOW), posts=80)
    crash_mid_transaction(other)
    shutil.copyfile(journal_of(other), journal_of(plan_path))
    plan_path.chmod(0o444)
    try:
        with Planner.open(plan_path) as planner:
            assert planner.read_only and planner.session.journal_set_aside is not None
            assert len(planner.list_posts()) == 60
    finally:
        plan_path.chmod(0o644)


def test_a_stray_journal_that_cannot_be_set_aside_refuses_the_plan_untouched(
    plan_path: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    other = tmp_path / "other" / "other.sqlite"
    other.parent.mkdir()
    new_plan(other, MovingClock(NOW), posts=80)
    crash_mid_transaction(other)
    shutil.copyfile(journal_of(other), journal_of(plan_path))
    before = everything(plan_path.parent)

    def read_only_folder(journal: Path, now: datetime) -> Path:
        raise PermissionError(13, "Permission denied", str(journal))

    monkeypatch.setattr("planner.storage.connection.set_aside", read_only_folder)
    with pytest.raises(ForeignJournalError) as caught:
        Planner.open(plan_path)

    assert caught.value.exit_code == 5 and "\n" not in caught.value.message
    assert everything(plan_path.parent) == before


# -- files from before the marks ------------------------------------------------------


def schema_4_file(tmp_path: Path) -> Path:
    """A plan of schema 4 (no journal marks yet), with its three posts."""
    return older_file(tmp_path / "old.sqlite", 4)


def test_an_older_file_with_its_own_crash_journal_is_rolled_back_then_marked(tmp_path: Path) -> None:
    old = schema_4_file(tmp_path)
    crash_mid_transaction(old, "UPDATE post SET title = 'half-written', body = hex(randomblob(3000))", marked=False)

    with Planner.open(old) as planner:
        assert planner.session.journal_set_aside is None
        assert "half-written" not in {p.title for p in planner.list_posts()}
        assert planner.info().schema_version == SCHEMA_VERSION
    with sqlite3.connect(old) as raw:
        assert raw.execute("SELECT journal_mark FROM meta").fetchone()[0] is not None


# -- the mark itself ---------------------------------------------------------------------


def test_every_write_leaves_the_nonce_of_its_journal_in_the_file(plan_path: Path) -> None:
    with sqlite3.connect(plan_path) as raw:
        first = raw.execute("SELECT journal_mark FROM meta").fetchone()[0]
    commit_once(plan_path, "Another")
    with sqlite3.connect(plan_path) as raw:
        second = raw.execute("SELECT journal_mark FROM meta").fetchone()[0]
    assert first is not None and second is not None and first != second


def test_a_write_in_progress_has_its_nonce_in_its_journal(plan_path: Path) -> None:
    with Planner.open(plan_path) as planner, planner.batch():
        planner.create_post(PostFields(platform="Instagram", title="In progress"))
        header = journal_of(plan_path).read_bytes()[:16]
        reader = sqlite3.connect(f"file:{plan_path}?mode=ro", uri=True)  # what is committed
        on_disk = reader.execute("SELECT journal_mark FROM meta").fetchone()[0]
        reader.close()
    # Not synced yet: SQLite would not roll it back, and the file still holds the previous mark.
    assert header[:8] == bytes(8)
    assert on_disk[16:20] != header[12:16]


@given(
    value=st.one_of(st.none(), st.integers(-(2**63), 2**63 - 1), st.text(max_size=40), st.binary(max_size=40)),
    rowid=st.integers(1, 9),
    nonce=st.integers(0, 2**32 - 1),
)
def test_values_read_from_a_page_are_the_ones_sqlite_reads(
    tmp_path_factory: pytest.TempPathFactory, value: object, rowid: int, nonce: int
) -> None:
    path = tmp_path_factory.mktemp("page") / "page.sqlite"
    with sqlite3.connect(path) as raw:
        raw.execute("CREATE TABLE meta (id INTEGER PRIMARY KEY, zone TEXT, value, journal_mark BLOB)")
        for number in range(1, 10):
            raw.execute(
                "INSERT INTO meta VALUES (?, ?, ?, ?)",
                (number, "Europe/Paris", value if number == rowid else 7, mark_of(nonce, 7) if number == 1 else None),
            )
        root = raw.execute("SELECT rootpage FROM sqlite_master WHERE name = 'meta'").fetchone()[0]
        size = raw.execute("PRAGMA page_size").fetchone()[0]
    raw.close()
    page = path.read_bytes()[(root - 1) * size : root * size]
    assert record_value(page, root, rowid=rowid, column=2) == value
    assert mark_in(page, root) == mark_of(nonce, 7)
    assert mark_in(path.read_bytes()[:size], 1) is None  # not the meta page


def test_a_commit_cut_short_by_a_full_disk_leaves_a_journal_that_is_rolled_back(plan_path: Path) -> None:
    """The file is half-extended (its header names pages it does not have): SQLite cannot read it
    as it is, and the journal, read from raw pages, is still proven the plan's own."""
    before = titles(plan_path)
    code = (
        "import sys\nfrom planner import Planner, PostFields\n"
        "with Planner.open(sys.argv[1]) as planner:\n"
        "    planner.create_post(PostFields(platform='Instagram', title='Big', body=sys.argv[2]))\n"
    )
    # Below the size of the file: the commit cannot write its far pages, nor SQLite put them back.
    ran = limited([sys.executable, "-c", code, str(plan_path), BIG_BODY * 3], plan_path.stat().st_size // 2)
    assert ran.returncode != 0 and journal_of(plan_path).exists()

    with Planner.open(plan_path) as planner:
        assert planner.session.journal_set_aside is None and planner.notices == []
        assert sorted(p.title for p in planner.list_posts()) == before
        assert planner.check() == []


def test_a_set_aside_journal_keeps_its_stamp_in_its_name(plan_path: Path, tmp_path: Path) -> None:
    other = tmp_path / "other.sqlite"
    new_plan(other, MovingClock(NOW), posts=3)
    crash_mid_transaction(other)
    shutil.copyfile(journal_of(other), journal_of(plan_path))
    with Planner.open(plan_path) as planner:
        kept = planner.session.journal_set_aside
    assert kept is not None and kept.parent == plan_path.parent
    stamp = kept.name.rsplit("set-aside-", 1)[1]
    assert datetime.strptime(stamp, "%Y%m%dT%H%M%SZ").replace(tzinfo=UTC)  # when it was set aside, in UTC


# -- what the review of this check found -------------------------------------------------


def test_the_first_write_of_a_new_plan_is_proven_its_own_too(db_path: Path) -> None:
    Planner.open(db_path, planning_zone="Europe/Paris", clock=lambda: NOW).close()
    crash_mid_transaction(db_path, "CREATE TABLE scratch AS SELECT hex(randomblob(3000)) AS x FROM category")

    with Planner.open(db_path) as planner:
        assert planner.session.journal_set_aside is None and planner.check() == []


def test_a_plan_restored_where_there_was_none_has_a_mark_of_its_own(plan_path: Path, tmp_path: Path) -> None:
    backup = tmp_path / "backup.sqlite"
    with Planner.open(plan_path) as planner:
        planner.backup(backup)
    elsewhere = tmp_path / "new" / "plan.sqlite"
    elsewhere.parent.mkdir()
    restore(elsewhere, backup)
    crash_mid_transaction(elsewhere)

    with Planner.open(elsewhere) as planner:
        assert planner.session.journal_set_aside is None and planner.check() == []
        assert len(planner.list_posts()) == 60


CUT_RESTORE = """
import os, sys
from pathlib import Path
import planner.storage.backup as backup

def cut_short(connection):
    connection.execute("PRAGMA cache_size = 1")  # what was written reaches the file
    connection.execute('DELETE FROM main."post"')
    os._exit(9)

backup._take_rows = cut_short
from planner.sharing.backups import restore
restore(sys.argv[1], sys.argv[2])
"""


def test_a_restore_cut_short_is_rolled_back_as_the_plan_s_own(plan_path: Path, tmp_path: Path) -> None:
    backup = tmp_path / "backup.sqlite"
    with Planner.open(plan_path) as planner:
        planner.backup(backup)
        planner.create_post(PostFields(platform="Instagram", title="After the backup"))
    before = titles(plan_path)

    subprocess.run([sys.executable, "-c", CUT_RESTORE, str(plan_path), str(backup)], check=False, cwd=ROOT, timeout=60)

    assert read_journal(journal_of(plan_path)) is not None  # hot: the file is half-restored
    with Planner.open(plan_path) as planner:
        assert planner.session.journal_set_aside is None and planner.check() == []
        assert sorted(p.title for p in planner.list_posts()) == before


def test_a_restored_plan_does_not_share_its_mark_with_a_copy_of_what_it_held(plan_path: Path, tmp_path: Path) -> None:
    """The restored content differs from a copy of the plan from before: their marks must differ."""
    backup = tmp_path / "backup.sqlite"
    with Planner.open(plan_path) as planner:
        planner.backup(backup)
        planner.create_post(PostFields(platform="Instagram", title="After the backup"))
    a, b = copies(plan_path, tmp_path)
    restore(a, backup)
    crash_mid_transaction(b)
    shutil.copyfile(journal_of(b), journal_of(a))
    file_before = a.read_bytes()

    with Planner.open(a) as planner:
        assert planner.session.journal_set_aside is not None and planner.check() == []
    assert a.read_bytes() == file_before


def test_a_journal_arriving_while_the_plan_is_open_is_set_aside_before_the_next_read(
    plan_path: Path, tmp_path: Path
) -> None:
    a, b = copies(plan_path, tmp_path)
    commit_once(a, "Only in A")
    crash_mid_transaction(b)
    with Planner.open(a) as planner:
        shutil.copyfile(journal_of(b), journal_of(a))  # the sync tool, while the window is open

        assert "Only in A" in {p.title for p in planner.list_posts()}
        assert planner.check() == []
        news = planner.file_news()
        assert news is not None and news.event is FileEvent.JOURNAL_SET_ASIDE and "set aside" in news.message
        assert planner.file_news() is None  # told once
    assert not journal_of(a).exists() and len(set_aside(a)) == 1


def test_an_older_dialogos_journal_beside_a_copy_the_new_one_updated_is_set_aside(tmp_path: Path) -> None:
    """A team upgrading one person at a time: B still writes schema 4, A was updated to 5."""
    a = older_file(tmp_path / "a.sqlite", 4)
    b = tmp_path / "b" / "a.sqlite"
    b.parent.mkdir()
    shutil.copyfile(a, b)
    Planner.open(a).close()  # updated to schema 5
    # An older Dialogos, killed while it saved: its writes began with the revision.
    older_save = "UPDATE meta SET revision = revision + 1;; UPDATE post SET body = hex(randomblob(3000))"
    crash_mid_transaction(b, older_save, marked=False)
    shutil.copyfile(journal_of(b), journal_of(a))

    with Planner.open(a) as planner:
        assert planner.session.journal_set_aside is not None
        assert planner.check() == [] and planner.info().schema_version == SCHEMA_VERSION


STALLED = """
import sqlite3, sys
from pathlib import Path
from planner.storage import plan_file
from planner.storage.journal import mark, seal
plan_file.hold(Path(sys.argv[1]))
c = sqlite3.connect(sys.argv[1], isolation_level=None)
c.execute("PRAGMA cache_size = 1")
c.execute("BEGIN IMMEDIATE")
mark(c.execute, Path(sys.argv[1]))
c.execute("UPDATE post SET body = hex(randomblob(2000))")
print("spilled", flush=True)
sys.stdin.readline()
c.execute("UPDATE category SET name = name || '.'")  # pages the copy made halfway does not hold
seal(c.execute, Path(sys.argv[1]))  # as every Dialogos commit does
c.execute("COMMIT")
"""


def test_a_journal_copied_halfway_beside_the_file_its_transaction_then_committed_is_set_aside(
    plan_path: Path, tmp_path: Path
) -> None:
    writer = subprocess.Popen(
        [sys.executable, "-c", STALLED, str(plan_path)],
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        text=True,
        cwd=ROOT,
    )
    assert writer.stdout is not None and writer.stdin is not None
    assert writer.stdout.readline().strip() == "spilled"
    halfway = tmp_path / "halfway-journal"
    shutil.copyfile(journal_of(plan_path), halfway)  # the sync tool copies the journal in the middle
    writer.stdin.write("\n")
    writer.stdin.flush()
    assert writer.wait(timeout=60) == 0
    other = tmp_path / "other" / "plan.sqlite"
    other.parent.mkdir()
    shutil.copyfile(plan_path, other)  # then the committed file
    shutil.copyfile(halfway, journal_of(other))
    committed = other.read_bytes()

    with Planner.open(other) as planner:
        assert planner.session.journal_set_aside is not None and planner.check() == []
    # Rolled back, half the transaction would have been undone (the posts, not the categories).
    assert other.read_bytes() == committed


PROBE = """
import sqlite3, sys
c = sqlite3.connect(sys.argv[1], timeout=0, isolation_level=None)
try:
    c.execute("BEGIN IMMEDIATE")
    print("took the write lock")
except sqlite3.OperationalError:
    print("waited")
"""


def test_reading_the_plan_s_bytes_while_writing_keeps_the_write_lock(plan_path: Path, tmp_path: Path) -> None:
    """POSIX drops a process' locks on a file when it closes any descriptor of it: the header
    reads, the journal check and the copy before an update must not let a colleague write."""
    with Planner.open(plan_path) as planner, planner.batch():
        planner.create_post(PostFields(platform="Instagram", title="Being written"))
        plan_file.read(plan_path, 0, 100)
        copy_file(plan_path, tmp_path / "copy.sqlite", access_of(plan_path))
        found = subprocess.run(
            [sys.executable, "-c", PROBE, str(plan_path)], capture_output=True, text=True, timeout=60
        )
        assert found.stdout.strip() == "waited"


# -- what the second review found -------------------------------------------------------


def test_the_day_s_backup_judges_a_journal_before_it_reads_the_plan(plan_path: Path, tmp_path: Path) -> None:
    a, b = copies(plan_path, tmp_path)
    commit_once(a, "Only in A")
    crash_mid_transaction(b)
    day = MovingClock(NOW)
    with Planner.open(a, clock=day) as planner:
        planner.auto_backup()
        day.moment += timedelta(days=1)
        shutil.copyfile(journal_of(b), journal_of(a))  # the sync tool, while the window is open

        made = planner.auto_backup()

        assert made.path is not None and planner.session.journal_set_aside is not None
        assert planner.check() == []
    with Planner.open(made.path) as backup:
        assert "Only in A" in {p.title for p in backup.list_posts()} and backup.check() == []


def test_a_plan_reached_through_a_link_marks_and_judges_the_journal_beside_the_file_itself(
    plan_path: Path, tmp_path: Path
) -> None:
    link = tmp_path / "elsewhere" / "plan.sqlite"
    link.parent.mkdir()
    link.symlink_to(plan_path)
    commit_once(link, "Through the link")
    with sqlite3.connect(plan_path) as raw:
        assert raw.execute("SELECT journal_mark FROM meta").fetchone()[0] is not None
    raw.close()
    b = tmp_path / "b" / "plan.sqlite"
    b.parent.mkdir()
    shutil.copyfile(plan_path, b)
    commit_once(plan_path, "Only in the plan")
    crash_mid_transaction(b)
    shutil.copyfile(journal_of(b), journal_of(plan_path))  # beside the file itself, where SQLite looks
    file_before = plan_path.read_bytes()

    with Planner.open(link) as planner:
        assert planner.session.journal_set_aside is not None and planner.check() == []
    assert plan_path.read_bytes() == file_before


def test_the_plan_s_own_crash_through_a_link_is_rolled_back_when_opened_by_its_own_name(
    plan_path: Path, tmp_path: Path
) -> None:
    link = tmp_path / "elsewhere" / "plan.sqlite"
    link.parent.mkdir()
    link.symlink_to(plan_path)
    before = titles(plan_path)
    code = (
        "import os, sys\nfrom planner import Planner, PostFields\n"
        "planner = Planner.open(sys.argv[1])\nplanner._db.execute_sql('PRAGMA cache_size = 1')\n"
        "with planner.batch():\n"
        "    for number in range(200):\n"
        "        planner.create_post(PostFields(platform='Instagram', title=f'half {number}', body='x' * 3000))\n"
        "    os._exit(9)\n"
    )
    subprocess.run([sys.executable, "-c", code, str(link)], check=False, cwd=ROOT, timeout=60)
    assert read_journal(journal_of(plan_path)) is not None

    with Planner.open(plan_path) as planner:
        assert planner.session.journal_set_aside is None and planner.check() == []
        assert sorted(p.title for p in planner.list_posts()) == before


def test_an_older_dialogos_journal_holding_page_one_but_not_the_meta_page_is_set_aside(tmp_path: Path) -> None:
    """The older writer's save grew the file (page 1 journaled) without touching meta (a presence beat)."""
    a = older_file(tmp_path / "a.sqlite", 4)
    b = tmp_path / "b" / "a.sqlite"
    b.parent.mkdir()
    shutil.copyfile(a, b)
    Planner.open(a).close()  # updated to schema 5, nothing else
    beat = "INSERT INTO presence SELECT hex(randomblob(8)), hex(randomblob(2000)), 'h', 1, 'app', 0, 0 FROM post"
    crash_mid_transaction(b, beat, marked=False)
    assert 1 in read_journal(journal_of(b)).pages  # type: ignore[union-attr]
    shutil.copyfile(journal_of(b), journal_of(a))

    with Planner.open(a) as planner:
        assert planner.session.journal_set_aside is not None
        assert planner.check() == [] and planner.info().schema_version == SCHEMA_VERSION


CREATE = """
import resource, signal, sys
from planner import Planner
signal.signal(signal.SIGXFSZ, signal.SIG_DFL)  # killed at the write that passes the limit
resource.setrlimit(resource.RLIMIT_FSIZE, (int(sys.argv[2]), int(sys.argv[2])))
Planner.open(sys.argv[1], planning_zone="Europe/Paris").close()
"""


@pytest.mark.parametrize("limit", [8192, 30000, 60000])
def test_a_plan_cut_short_while_being_made_is_a_new_plan_again(db_path: Path, limit: int) -> None:
    subprocess.run([sys.executable, "-c", CREATE, str(db_path), str(limit)], check=False, cwd=ROOT, timeout=60)
    assert journal_of(db_path).exists()

    with Planner.open(db_path, planning_zone="Europe/Paris") as planner:
        assert planner.session.journal_set_aside is None and planner.check() == []
        assert planner.info().schema_version == SCHEMA_VERSION


def test_a_worker_thread_s_connection_lets_go_of_the_file_with_its_thread(plan_path: Path) -> None:
    with Planner.open(plan_path) as planner:
        planner.list_posts()
        key = plan_file._key(plan_path)
        held = plan_file._open[key][1][0]  # type: ignore[index]
        for _ in range(5):
            worker = threading.Thread(target=planner.list_posts)
            worker.start()
            worker.join()
            del worker
        gc.collect()
        assert plan_file._open[key][1][0] == held  # type: ignore[index]
    gc.collect()
    assert key not in plan_file._open


def test_a_journal_that_could_not_be_set_aside_is_not_judged_again_at_every_read(
    plan_path: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    import planner.storage.connection as connection

    with Planner.open(plan_path) as planner:
        other = tmp_path / "other" / "other.sqlite"
        other.parent.mkdir()
        new_plan(other, MovingClock(NOW), posts=80)
        crash_mid_transaction(other)
        shutil.copyfile(journal_of(other), journal_of(plan_path))
        judged: list[Path] = []
        real = connection._foreign_journal

        def counted(path: Path, header: bytes, journal: Path) -> bool:
            judged.append(journal)
            return real(path, header, journal)

        def read_only_folder(journal: Path, now: datetime) -> Path:
            raise PermissionError(13, "Permission denied", str(journal))

        monkeypatch.setattr(connection, "_foreign_journal", counted)
        monkeypatch.setattr(connection, "set_aside", read_only_folder)
        for _ in range(3):
            with pytest.raises(ForeignJournalError):
                planner.list_posts()
        assert len(judged) == 1
