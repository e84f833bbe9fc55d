"""What a calendar shows of a range: follow-ups due in it, reply windows still running at its
start, never dropped ones; and which posts of a week owe something late."""

from __future__ import annotations

from datetime import datetime, timedelta
from zoneinfo import ZoneInfo

from hypothesis import given, settings
from hypothesis import strategies as st

from planner import Planner, PostFields
from planner.model import FollowupKind, FollowupStatus

PARIS = ZoneInfo("Europe/Paris")
WEEK_START = datetime(2026, 6, 8, 0, 0, tzinfo=PARIS)
WEEK_END = WEEK_START + timedelta(days=7)


def _post(planner: Planner, title: str, at: datetime) -> int:
    return planner.create_post(PostFields(platform="Instagram", title=title, start=at)).ids[0]


def test_a_reply_window_that_opened_last_week_and_runs_into_this_one_is_shown(planner: Planner) -> None:
    sunday_night = _post(planner, "Late-night poll", datetime(2026, 6, 7, 22, 0, tzinfo=PARIS))
    over = _post(planner, "Saturday question", datetime(2026, 6, 6, 10, 0, tzinfo=PARIS))
    running = planner.followups.add(sunday_night, FollowupKind.REPLIES, after="1h", duration=180).ids[0]
    finished = planner.followups.add(over, FollowupKind.REPLIES, after="1h", duration=120).ids[0]
    promised = planner.followups.add(over, FollowupKind.POST, after="3d").ids[0]  # due Tuesday

    shown = [f.id for f in planner.followups.shown_in(WEEK_START, WEEK_END)]

    assert running in shown  # 23:00 to 02:00: its last hours are Monday's
    assert finished not in shown
    assert promised in shown


def test_dropped_follow_ups_are_not_shown_but_kept_ones_are(planner: Planner) -> None:
    post = _post(planner, "Your winter book?", datetime(2026, 6, 9, 9, 0, tzinfo=PARIS))
    dropped = planner.followups.add(post, FollowupKind.REPLIES, after="1h").ids[0]
    kept = planner.followups.add(post, FollowupKind.ANSWER, after="2h", note="@lea").ids[0]
    planner.followups.drop(dropped, reason="Nobody answered")
    planner.followups.keep(kept)

    shown = {f.id: f.status for f in planner.followups.shown_in(WEEK_START, WEEK_END)}

    assert shown == {kept: FollowupStatus.KEPT}


def test_the_late_follow_ups_of_posts_are_found_whenever_they_were_due(planner: Planner) -> None:
    monday = _post(planner, "Monday question", datetime(2026, 6, 8, 9, 0, tzinfo=PARIS))
    tuesday = _post(planner, "Tuesday poll", datetime(2026, 6, 9, 9, 0, tzinfo=PARIS))
    late = planner.followups.add(monday, FollowupKind.REPLIES, after="1h").ids[0]  # Monday 10:00: past
    planner.followups.add(monday, FollowupKind.POST, after="3d")  # Thursday: not yet
    planner.followups.add(tuesday, FollowupKind.ANSWER, after="1h")  # late, but not asked for

    assert [f.id for f in planner.followups.late_of([monday])] == [late]
    assert planner.followups.late_of([]) == []


@settings(max_examples=30)
@given(hours=st.integers(min_value=-200, max_value=200), minutes=st.integers(min_value=1, max_value=7 * 24 * 60))
def test_a_reply_window_is_shown_exactly_when_it_overlaps_the_range(hours: int, minutes: int) -> None:
    from pathlib import Path
    from tempfile import TemporaryDirectory

    from tests.helpers.fixed import NOW

    with TemporaryDirectory() as folder:
        planner = Planner.open(Path(folder) / "p.sqlite", planning_zone="Europe/Paris", clock=lambda: NOW)
        try:
            planner.add_platform("Instagram", "instagram")
            start = WEEK_START + timedelta(hours=hours)
            post = _post(planner, "Question", start)
            planner.followups.add(post, FollowupKind.REPLIES, after="1m", duration=minutes)
            opens = start + timedelta(minutes=1)
            closes = opens + timedelta(minutes=minutes)
            shown = planner.followups.shown_in(WEEK_START, WEEK_END)
            assert bool(shown) == (opens < WEEK_END and closes > WEEK_START)
        finally:
            planner.close()
