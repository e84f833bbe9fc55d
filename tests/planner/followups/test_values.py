"""Follow-ups' values: offsets as typed, category defaults, what ``late`` and "kept on time" mean."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from zoneinfo import ZoneInfo

import pytest
from hypothesis import given
from hypothesis import strategies as st

from planner import validation as check
from planner.errors import ValidationError
from planner.model import Followup, FollowupDefault, FollowupKind, FollowupStatus, offset_text


@given(st.integers(min_value=1, max_value=366 * 24 * 60))
def test_an_offset_written_back_reads_the_same(minutes: int) -> None:
    offset = timedelta(minutes=minutes)
    assert check.offset(offset_text(offset)) == offset


@pytest.mark.parametrize(("typed", "minutes"), [("30m", 30), ("2h", 120), ("3d", 3 * 24 * 60), (" 2H ", 120)])
def test_offsets_are_a_number_and_a_unit(typed: str, minutes: int) -> None:
    assert check.offset(typed) == timedelta(minutes=minutes)


@pytest.mark.parametrize("typed", ["", "2", "h", "2 weeks", "1.5h", "-2h", "2h30", "P2D", "0d", "400d"])
def test_anything_else_is_refused_with_an_example(typed: str) -> None:
    with pytest.raises(ValidationError) as refused:
        check.offset(typed)
    assert "2h" in refused.value.message and refused.value.exit_code == 2


def test_category_defaults_read_as_typed() -> None:
    assert check.followup_default("replies:2h") == FollowupDefault(FollowupKind.REPLIES, timedelta(hours=2))
    assert check.followup_default("replies:2h:90").duration_minutes == 90
    assert check.followup_default("post:3d").text == "post:3d"
    for bad in ("post", "poll:2h", "post:3d:30", "replies:2h:x", "replies:2h:1:2"):
        with pytest.raises(ValidationError):
            check.followup_default(bad)


def _followup(status: FollowupStatus, kept_at: datetime | None) -> Followup:
    due = datetime(2026, 6, 5, 17, 0, tzinfo=ZoneInfo("Europe/Paris"))
    return Followup(
        id=1, post_id=1, platform="Instagram", kind=FollowupKind.REPLIES, title="Your winter book?", due=due,
        offset=timedelta(hours=2), duration_minutes=90, owner=None, note="", status=status, kept_at=kept_at,
        kept_by=None, kept_by_post=None, reason=None, version=1,
    )  # fmt: skip


def test_a_reply_window_ends_after_its_duration_and_kept_on_time_means_by_its_end() -> None:
    """The window opens at 17:00 Paris (15:00 UTC) and lasts 90 minutes: ticked during it is on time."""
    on_time = _followup(FollowupStatus.KEPT, datetime(2026, 6, 5, 16, 30, tzinfo=UTC))
    assert on_time.end - on_time.due == timedelta(minutes=90)
    assert on_time.kept_on_time
    assert not _followup(FollowupStatus.KEPT, datetime(2026, 6, 5, 16, 31, tzinfo=UTC)).kept_on_time
    assert not _followup(FollowupStatus.DROPPED, None).kept_on_time
    assert _followup(FollowupStatus.LATE, None).late
