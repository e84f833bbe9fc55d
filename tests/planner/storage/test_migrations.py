"""Each schema step opens a real file of the previous schema.

``tests/fixtures/schema-v1.sqlite`` was written by Dialogos 0.1.0 (schema 1):
two platforms, three posts (one an idea), default categories. A schema-2
file is that file brought through the schema-2 step alone.
"""

from __future__ import annotations

import json
import shutil
import sqlite3
from dataclasses import replace
from datetime import date
from pathlib import Path

import pytest

from planner import Planner
from planner import session as session_module
from planner.balance.rules import Mode
from planner.errors import DatabaseError
from planner.exchange.ics.importer import import_context, read_calendar
from planner.model import Entity, ReviewSettings, Role
from planner.session import Clock
from planner.storage.migrations import SCHEMA_VERSION
from planner.timezones import day_range
from tests.helpers.schemas import SCHEMA_1_FIXTURE as FIXTURE
from tests.helpers.schemas import columns, indexes, older_file


@pytest.fixture
def v1_file(tmp_path: Path) -> Path:
    copy = tmp_path / "team.sqlite"
    shutil.copyfile(FIXTURE, copy)
    return copy


def test_schema_1_is_backed_up_then_brought_to_the_current_schema(v1_file: Path, clock: Clock) -> None:
    with Planner.open(v1_file, clock=clock) as planner:
        backup = planner.backup_made
        assert planner.info().schema_version == SCHEMA_VERSION
        assert sorted(p.title for p in planner.list_posts()) == [
            "-20% on filters",
            "Live Q&A idea",
            "Which brewing method do you use?",
        ]
        rule = planner.rule_for("LinkedIn")
        assert (rule.platform, rule.preset, rule.mode) == (None, "80-20", Mode.WARN)
        assert planner.posting_hours() == (8 * 60, 20 * 60)
    assert backup is not None and backup.parent == v1_file.parent
    copy = sqlite3.connect(backup)
    try:
        # The backup is the file as it was: schema 1, every post.
        assert copy.execute("PRAGMA user_version").fetchone() == (1,)
        assert copy.execute('SELECT count(*) FROM "post"').fetchone() == (3,)
    finally:
        copy.close()


def test_a_migrated_file_has_the_schema_of_a_new_one(v1_file: Path, tmp_path: Path, clock: Clock) -> None:
    Planner.open(v1_file, clock=clock).close()
    fresh = tmp_path / "fresh.sqlite"
    Planner.open(fresh, planning_zone="Europe/Paris", clock=clock).close()
    assert columns(v1_file) == columns(fresh)


def test_the_migrated_file_judges_changes_like_a_new_one(v1_file: Path, clock: Clock) -> None:
    from datetime import datetime
    from zoneinfo import ZoneInfo

    from planner import PostFields

    with Planner.open(v1_file, clock=clock) as planner:
        second = PostFields(
            platform="LinkedIn",
            title="Another offer",
            category="Offer",
            start=datetime(2026, 6, 9, 18, 0, tzinfo=ZoneInfo("Europe/Paris")),
        )
        change = planner.create_post(second)
        assert change.verdict is not None and change.verdict.breaches  # warned by the default 80/20 rule


def test_a_read_only_schema_1_file_is_refused_untouched(v1_file: Path, clock: Clock) -> None:
    v1_file.chmod(0o444)
    original = v1_file.read_bytes()
    with pytest.raises(DatabaseError) as refused:
        Planner.open(v1_file, clock=clock)
    assert refused.value.exit_code == 5
    assert v1_file.read_bytes() == original
    assert list(v1_file.parent.iterdir()) == [v1_file]


# -- schema 2 to 3: context calendars ---------------------------------------------------


@pytest.fixture
def v2_file(v1_file: Path) -> Path:
    """The schema-1 file brought to schema 2 by the schema-2 step only, as Dialogos 0.1 with rules left it."""
    older_file(v1_file, 2, source=v1_file)
    connection = sqlite3.connect(v1_file)
    try:
        assert connection.execute("PRAGMA user_version").fetchone() == (2,)
    finally:
        connection.close()
    return v1_file


def test_schema_2_is_backed_up_then_gets_context_calendars(v2_file: Path, clock: Clock) -> None:
    with Planner.open(v2_file, clock=clock) as planner:
        backup = planner.backup_made
        assert planner.info().schema_version == SCHEMA_VERSION
        assert len(planner.list_posts()) == 3
        assert planner.context_calendars() == []
        data = (
            b"BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//T//T//EN\r\nBEGIN:VEVENT\r\nUID:h@x\r\n"
            b"DTSTART;VALUE=DATE:20260714\r\nSUMMARY:Bastille Day\r\nEND:VEVENT\r\nEND:VCALENDAR\r\n"
        )
        import_context(planner, read_calendar(data, source="holidays.ics"), name="Holidays")
        found = planner.context_events(*day_range(date(2026, 7, 1), date(2026, 7, 31), planner.planning_zone))
        assert [(e.summary, e.start) for e in found] == [("Bastille Day", date(2026, 7, 14))]
    assert backup is not None and f"before-v{SCHEMA_VERSION}" in backup.name
    copy = sqlite3.connect(backup)
    try:
        assert copy.execute("PRAGMA user_version").fetchone() == (2,)
        assert copy.execute('SELECT count(*) FROM "post"').fetchone() == (3,)
    finally:
        copy.close()


def test_a_file_migrated_from_schema_2_has_the_schema_of_a_new_one(v2_file: Path, tmp_path: Path, clock: Clock) -> None:
    Planner.open(v2_file, clock=clock).close()
    fresh = tmp_path / "fresh.sqlite"
    Planner.open(fresh, planning_zone="Europe/Paris", clock=clock).close()
    assert columns(v2_file) == columns(fresh)
    assert indexes(v2_file) == indexes(fresh)


def test_schema_4_is_backed_up_then_marks_its_journals(v2_file: Path, tmp_path: Path, clock: Clock) -> None:
    older_file(v2_file, 4, source=v2_file)
    with Planner.open(v2_file, clock=clock) as planner:
        backup = planner.backup_made
        assert planner.info().schema_version == SCHEMA_VERSION
        assert len(planner.list_posts()) == 3
    assert backup is not None and f"before-v{SCHEMA_VERSION}" in backup.name
    with sqlite3.connect(backup) as copy:
        assert copy.execute("PRAGMA user_version").fetchone() == (4,)
    copy.close()
    with sqlite3.connect(v2_file) as migrated:
        # The migration marked its own journal: its nonce is in the file.
        assert migrated.execute('SELECT "journal_mark" FROM "meta"').fetchone()[0] is not None
    migrated.close()
    fresh = tmp_path / "fresh.sqlite"
    Planner.open(fresh, planning_zone="Europe/Paris", clock=clock).close()
    assert columns(v2_file) == columns(fresh)


# -- schema 5 to 6: follow-ups ------------------------------------------------------------


def test_schema_5_is_backed_up_then_gets_follow_ups(v2_file: Path, tmp_path: Path, clock: Clock) -> None:
    from datetime import datetime
    from zoneinfo import ZoneInfo

    from planner import PostFields
    from planner.model import FollowupKind, FollowupStatus

    older_file(v2_file, 5, source=v2_file)
    with Planner.open(v2_file, clock=clock) as planner:
        backup = planner.backup_made
        assert planner.info().schema_version == SCHEMA_VERSION
        assert len(planner.list_posts()) == 3
        # The categories of the older file had no defaults and no offers: they still have none.
        assert all(c.followups == () and not c.offer for c in planner.categories())
        post = planner.create_post(
            PostFields(
                platform="LinkedIn",
                title="Your winter book?",
                start=datetime(2026, 6, 9, 9, tzinfo=ZoneInfo("Europe/Paris")),
            )
        ).posts[0]
        made = planner.followups.add(post.id, FollowupKind.POST, after="3d")
        assert planner.followups.get(made.ids[0]).status is FollowupStatus.OPEN
    assert backup is not None and f"before-v{SCHEMA_VERSION}" in backup.name
    with sqlite3.connect(backup) as copy:
        assert copy.execute("PRAGMA user_version").fetchone() == (5,)
    copy.close()
    fresh = tmp_path / "fresh.sqlite"
    Planner.open(fresh, planning_zone="Europe/Paris", clock=clock).close()
    assert columns(v2_file) == columns(fresh)
    assert indexes(v2_file) == indexes(fresh)


# -- schema 6 to 7: promises before promotion ---------------------------------------------


def test_schema_6_is_backed_up_then_its_rules_put_promises_before_promotion(
    v2_file: Path, tmp_path: Path, clock: Clock
) -> None:
    older_file(v2_file, 6, source=v2_file)
    with sqlite3.connect(v2_file) as older:
        # A platform's own rule, written by schema 6, beside the default one.
        older.execute(
            'INSERT INTO "balance_rule" ("platform_id", "window", "max_promotion", "min_conversation", '
            '"max_promo_streak", "min_promo_gap_hours", "mode", "preset", "version") '
            "VALUES (1, 3, 1, 1, NULL, NULL, 'block', 'thirds', 2)"
        )
    older.close()
    with Planner.open(v2_file, clock=clock) as planner:
        backup = planner.backup_made
        assert planner.info().schema_version == SCHEMA_VERSION
        rules = planner.rules()
        # The default rule is on the old 80/20 numbers: schema 9 moves it (its version 2).
        assert [(r.preset, r.mode, r.version, r.no_promotion_while_late) for r in rules] == [
            ("80-20", Mode.WARN, 2, True),
            ("thirds", Mode.BLOCK, 2, True),
        ]
        # Turned off, it stays off.
        saved = planner.set_rule(replace(rules[1], no_promotion_while_late=False))
        assert planner.rule_for(str(saved.platform)).no_promotion_while_late is False
    assert backup is not None and f"before-v{SCHEMA_VERSION}" in backup.name
    with sqlite3.connect(backup) as copy:
        assert copy.execute("PRAGMA user_version").fetchone() == (6,)
        names = [c[1] for c in copy.execute('PRAGMA table_info("balance_rule")')]
        assert "no_promotion_while_late" not in names
    copy.close()
    fresh = tmp_path / "fresh.sqlite"
    Planner.open(fresh, planning_zone="Europe/Paris", clock=clock).close()
    assert columns(v2_file) == columns(fresh)
    assert indexes(v2_file) == indexes(fresh)


# -- schema 7 to 8: the offer habit ----------------------------------------------------------


def test_schema_7_is_backed_up_then_its_rules_limit_no_offers_until_told(
    v2_file: Path, tmp_path: Path, clock: Clock
) -> None:
    older_file(v2_file, 7, source=v2_file)
    with sqlite3.connect(v2_file) as older:
        older.execute(
            'INSERT INTO "balance_rule" ("platform_id", "window", "max_promotion", "min_conversation", '
            '"max_promo_streak", "min_promo_gap_hours", "mode", "preset", "version", "no_promotion_while_late") '
            "VALUES (1, 3, 1, 1, NULL, NULL, 'block', 'thirds', 2, 0)"
        )
    older.close()
    with Planner.open(v2_file, clock=clock) as planner:
        backup = planner.backup_made
        assert planner.info().schema_version == SCHEMA_VERSION == 11
        rules = planner.rules()
        # What schema 7 said is kept; no rule limits offers until told to.
        assert [(r.preset, r.mode, r.version, r.no_promotion_while_late) for r in rules] == [
            ("80-20", Mode.WARN, 2, True),
            ("thirds", Mode.BLOCK, 2, False),
        ]
        assert all((r.max_offers, r.offer_days) == (None, None) for r in rules)
        saved = planner.set_rule(replace(rules[1], max_offers=2, offer_days=7))
        assert (saved.max_offers, saved.offer_days, saved.no_promotion_while_late) == (2, 7, False)
    assert backup is not None and "before-v11" in backup.name
    with sqlite3.connect(backup) as copy:
        assert copy.execute("PRAGMA user_version").fetchone() == (7,)
        names = [c[1] for c in copy.execute('PRAGMA table_info("balance_rule")')]
        assert "max_offers" not in names and "offer_days" not in names
    copy.close()
    fresh = tmp_path / "fresh.sqlite"
    Planner.open(fresh, planning_zone="Europe/Paris", clock=clock).close()
    assert columns(v2_file) == columns(fresh)
    assert indexes(v2_file) == indexes(fresh)


# -- schema 8 to 9: series, and the new 80/20 --------------------------------------------------


def test_schema_8_is_backed_up_then_gets_series_and_moves_the_old_80_20_rules_saying_so(
    v2_file: Path, tmp_path: Path, clock: Clock
) -> None:
    older_file(v2_file, 8, source=v2_file)
    with sqlite3.connect(v2_file) as older:
        # Platform 1 kept the old 80/20 (in block mode); platform 2 made its own numbers from it.
        older.executemany(
            'INSERT INTO "balance_rule" ("platform_id", "window", "max_promotion", "min_conversation", '
            '"max_promo_streak", "min_promo_gap_hours", "mode", "preset", "version") '
            "VALUES (?, 5, 1, ?, NULL, NULL, 'block', ?, 3)",
            [(1, 4, "80-20"), (2, 3, None)],
        )
    older.close()
    with Planner.open(v2_file, clock=clock) as planner:
        backup = planner.backup_made
        assert planner.info().schema_version == SCHEMA_VERSION == 11
        rules = {r.platform: r for r in planner.rules()}
        default, kept_old, own = rules[None], rules["Instagram"], rules["LinkedIn"]
        assert (default.window, default.max_promotion, default.min_conversation, default.version) == (5, 1, 1, 2)
        assert (kept_old.min_conversation, kept_old.mode, kept_old.version) == (1, Mode.BLOCK, 4)
        assert (own.min_conversation, own.version) == (3, 3)  # not the preset's numbers: left as it is
        said = planner.session.audit_log(entity=Entity.RULE)
        assert [
            (e.who, json.loads(e.summary)["platform"], json.loads(e.summary)["min_conversation"]) for e in said
        ] == [
            ("Dialogos", None, [4, 1]),
            ("Dialogos", "Instagram", [4, 1]),
        ]
        # Every post now may belong to a series; the old ones belong to none.
        assert {p.series_uid for p in planner.list_posts()} == {None}
    assert backup is not None and "before-v11" in backup.name
    with sqlite3.connect(backup) as copy:
        assert copy.execute("PRAGMA user_version").fetchone() == (8,)
        assert "series_uid" not in [c[1] for c in copy.execute('PRAGMA table_info("post")')]
    copy.close()
    fresh = tmp_path / "fresh.sqlite"
    Planner.open(fresh, planning_zone="Europe/Paris", clock=clock).close()
    assert columns(v2_file) == columns(fresh)
    assert indexes(v2_file) == indexes(fresh)


# -- schema 9 to 10: weekly slots ----------------------------------------------------------------


def test_schema_9_is_backed_up_then_gets_weekly_slots(v2_file: Path, tmp_path: Path, clock: Clock) -> None:
    older_file(v2_file, 9, source=v2_file)
    with Planner.open(v2_file, clock=clock) as planner:
        backup = planner.backup_made
        assert planner.info().schema_version == SCHEMA_VERSION == 11
        assert planner.slots_of() == []
        slot = planner.add_slot("Instagram", "mon", "09:00", "conversation")
        assert [s.id for s in planner.slots_of("Instagram")] == [slot.id]
    assert backup is not None and "before-v11" in backup.name
    with sqlite3.connect(backup) as copy:
        assert copy.execute("PRAGMA user_version").fetchone() == (9,)
        assert copy.execute("SELECT name FROM sqlite_master WHERE name = 'slot'").fetchall() == []
    copy.close()
    fresh = tmp_path / "fresh.sqlite"
    Planner.open(fresh, planning_zone="Europe/Paris", clock=clock).close()
    assert columns(v2_file) == columns(fresh)
    assert indexes(v2_file) == indexes(fresh)


# -- schema 10 to 11: review before it goes out ---------------------------------------------------


def test_schema_10_is_backed_up_then_gets_review_off_with_every_member_an_editor(
    v2_file: Path, tmp_path: Path, clock: Clock
) -> None:
    older_file(v2_file, 10, source=v2_file)
    with sqlite3.connect(v2_file) as older:
        older.execute(
            'INSERT INTO "member" ("name", "initials", "colour", "version") VALUES (\'Léa\', \'LÉ\', \'#336699\', 1)'
        )
    older.close()
    with Planner.open(v2_file, clock=clock, user="Léa") as planner:
        backup = planner.backup_made
        assert planner.info().schema_version == SCHEMA_VERSION == 11
        assert sorted(p.title for p in planner.list_posts()) == [
            "-20% on filters",
            "Live Q&A idea",
            "Which brewing method do you use?",
        ]
        assert {(p.approved_by, p.approved_at, p.returned_by) for p in planner.list_posts()} == {(None, None, None)}
        assert [(m.name, m.role) for m in planner.team()] == [("Camille", Role.EDITOR), ("Léa", Role.EDITOR)]
        assert planner.review_settings() == ReviewSettings(review=False, self_approval=False)
        # The new tables work at once: a thread, a mention.
        post = planner.list_posts()[0]
        line = planner.comment_post(post.id, "@Léa the old plan has threads now")
        assert line.mentions == ("Léa",)
    assert backup is not None and "before-v11" in backup.name
    with sqlite3.connect(backup) as copy:
        assert copy.execute("PRAGMA user_version").fetchone() == (10,)
        assert copy.execute("SELECT name FROM sqlite_master WHERE name = 'comment'").fetchall() == []
    copy.close()
    fresh = tmp_path / "fresh.sqlite"
    Planner.open(fresh, planning_zone="Europe/Paris", clock=clock).close()
    assert columns(v2_file) == columns(fresh)
    assert indexes(v2_file) == indexes(fresh)


def test_a_new_plan_starts_on_the_new_80_20(tmp_path: Path, clock: Clock) -> None:
    with Planner.open(tmp_path / "new.sqlite", planning_zone="Europe/Paris", clock=clock) as planner:
        (rule,) = planner.rules()
        assert (rule.preset, rule.window, rule.max_promotion, rule.min_conversation) == ("80-20", 5, 1, 1)
        assert planner.session.audit_log(entity=Entity.RULE) == []


def test_a_schema_11_file_is_refused_untouched_by_a_dialogos_that_knows_schema_10(
    tmp_path: Path, clock: Clock, monkeypatch: pytest.MonkeyPatch
) -> None:
    path = tmp_path / "review.sqlite"
    Planner.open(path, planning_zone="Europe/Paris", clock=clock).close()
    before = path.read_bytes()
    monkeypatch.setattr(session_module, "SCHEMA_VERSION", 10)
    with pytest.raises(DatabaseError) as refused:
        Planner.open(path, clock=clock)
    assert (refused.value.key, refused.value.exit_code) == ("error.db_newer", 5)
    assert "newer Dialogos (schema 11" in refused.value.message
    assert path.read_bytes() == before
