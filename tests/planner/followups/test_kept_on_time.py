"""Kept on time: per platform and range, the follow-ups kept by their due instant over those judged."""

from __future__ import annotations

from datetime import datetime, timedelta
from zoneinfo import ZoneInfo

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from planner import Planner, PostFields, PostPatch
from planner.demo import plan_demo
from planner.errors import ValidationError
from planner.model import FollowupStatus, KeptOnTime, Status
from tests.helpers.backends import each_backend, planner_on_each_backend  # noqa: F401 - fixtures on both backends

PARIS = ZoneInfo("Europe/Paris")
MONDAY = datetime(2026, 6, 8, 9, 0, tzinfo=PARIS)  # the tests' clock: Wednesday 10 June, 10:00 in Paris
WEEK = (datetime(2026, 6, 8, tzinfo=PARIS), datetime(2026, 6, 15, tzinfo=PARIS))


def _post(planner: Planner, platform: str = "Instagram", at: datetime = MONDAY, title: str = "A question") -> int:
    return planner.create_post(PostFields(platform=platform, title=title, start=at)).ids[0]


def _owe(planner: Planner, post: int, due: datetime, kind: str = "answer") -> int:
    return planner.followups.add(post, kind, due=due, note="@lea").ids[0]


def test_each_follow_up_due_in_the_week_counts_once_and_the_share_leaves_open_ones_out_not_dropped_ones(
    planner: Planner,
) -> None:
    post = _post(planner)
    on_time = _owe(planner, post, MONDAY + timedelta(hours=3))
    planner.followups.keep(on_time, at=MONDAY + timedelta(hours=2))
    exactly = _owe(planner, post, MONDAY + timedelta(hours=4))
    planner.followups.keep(exactly, at=MONDAY + timedelta(hours=4))  # at the due instant: on time
    kept_late = _owe(planner, post, MONDAY + timedelta(hours=5))
    planner.followups.keep(kept_late, at=MONDAY + timedelta(days=1))
    _owe(planner, post, MONDAY + timedelta(days=1, hours=1))  # open, due passed: late
    _owe(planner, post, MONDAY + timedelta(days=3))  # open, due Thursday: not judged yet
    dropped = _owe(planner, post, MONDAY + timedelta(hours=6))
    planner.followups.drop(dropped, reason="Léa found it in the FAQ")
    _owe(planner, post, MONDAY + timedelta(days=8))  # due next week: outside the range
    linkedin = _post(planner, "LinkedIn")
    planner.followups.keep(_owe(planner, linkedin, MONDAY + timedelta(hours=1)))  # kept now, after its due

    figures = planner.kept_on_time(*WEEK)

    assert list(figures) == ["Instagram", "LinkedIn", "X"]
    instagram = figures["Instagram"]
    assert instagram == KeptOnTime(kept_on_time=2, kept_late=1, late=1, open=1, dropped=1)
    assert instagram.due == 6 and instagram.judged == 5 and instagram.share == pytest.approx(0.4)
    assert figures["LinkedIn"] == KeptOnTime(kept_late=1) and figures["LinkedIn"].share == 0.0
    assert figures["X"].due == 0 and figures["X"].share is None  # nothing due: no figure
    assert planner.kept_on_time(*WEEK, platforms=["linkedin"]) == {"LinkedIn": KeptOnTime(kept_late=1)}


def test_nothing_judged_yet_has_no_share_and_a_withdrawn_follow_up_is_not_counted(planner: Planner) -> None:
    post = _post(planner, at=MONDAY + timedelta(days=2))
    _owe(planner, post, MONDAY + timedelta(days=3))
    cancelled = _post(planner, title="Cancelled quiz")
    _owe(planner, cancelled, MONDAY + timedelta(hours=2))
    planner.edit_post(cancelled, PostPatch(status=Status.CANCELLED))

    figures = planner.kept_on_time(*WEEK, platforms=["Instagram"])["Instagram"]

    assert figures == KeptOnTime(open=1) and figures.share is None


def test_a_keep_of_the_past_is_recorded_and_one_in_the_future_or_before_the_post_is_refused(planner: Planner) -> None:
    post = _post(planner)
    answer = _owe(planner, post, MONDAY + timedelta(hours=3))
    revision = planner.revision()
    for wrong in (MONDAY + timedelta(days=3), MONDAY - timedelta(minutes=1)):
        with pytest.raises(ValidationError) as refused:
            planner.followups.keep(answer, at=wrong)
        assert refused.value.exit_code == 2
    with pytest.raises(TypeError):
        planner.followups.keep(answer, at=datetime(2026, 6, 8, 12, 0))  # naive on purpose
    assert planner.revision() == revision and planner.followups.get(answer).status is FollowupStatus.LATE

    kept = planner.followups.keep(answer, at=MONDAY + timedelta(hours=1)).followups[0]

    assert kept.status is FollowupStatus.KEPT and kept.kept_on_time
    assert kept.kept_at == MONDAY + timedelta(hours=1) and kept.kept_at.utcoffset() == timedelta(0)


def test_the_refusals_of_a_keep_of_the_past_say_what_is_wrong(planner: Planner) -> None:
    post = _post(planner)
    answer = _owe(planner, post, MONDAY + timedelta(hours=3))
    with pytest.raises(ValidationError) as future:
        planner.followups.keep(answer, at=MONDAY + timedelta(days=3))
    assert future.value.message == "A follow-up cannot have been kept in the future (2026-06-11 09:00)."
    with pytest.raises(ValidationError) as before:
        planner.followups.keep(answer, at=MONDAY - timedelta(hours=1))
    assert before.value.message == (
        "A follow-up cannot have been kept (2026-06-08 08:00) before its post started (2026-06-08 09:00)."
    )


def test_a_promised_post_kept_by_a_published_post_takes_the_time_given_and_a_linked_one_has_none(
    planner: Planner,
) -> None:
    poll = _post(planner, title="Light or dark roast?")
    promised = planner.followups.add(poll, "post", due=MONDAY + timedelta(days=1)).ids[0]
    upcoming = _post(planner, at=MONDAY + timedelta(days=3), title="Dark roast won")
    with pytest.raises(ValidationError):
        planner.followups.keep(promised, by_post=upcoming, at=MONDAY + timedelta(hours=5))
    results = _post(planner, at=MONDAY + timedelta(days=1), title="Dark roast won")
    planner.edit_post(results, PostPatch(status=Status.PUBLISHED))

    kept = planner.followups.keep(promised, by_post=results, at=MONDAY + timedelta(days=1)).followups[0]

    assert kept.status is FollowupStatus.KEPT and kept.kept_on_time and kept.kept_by_post == results


# -- any set of follow-ups and keep times ---------------------------------------------------------

FATES = st.sampled_from(["open", "keep", "drop", "cancel"])
HOURS = st.integers(min_value=0, max_value=24 * 9)  # from Monday 9:00, past the end of the week


@settings(max_examples=30, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(
    promises=st.lists(
        st.tuples(st.sampled_from(["Instagram", "LinkedIn"]), HOURS, FATES, st.integers(0, 24 * 3)),
        min_size=1,
        max_size=8,
    )
)
def test_the_counts_add_up_to_those_due_and_the_share_is_on_time_over_judged(
    planner: Planner, promises: list[tuple[str, int, str, int]]
) -> None:
    """Each example adds its own posts and follow-ups: what it changes in the figures is its own."""
    before = planner.kept_on_time(*WEEK)
    now = planner.now()
    expected = {name: dict.fromkeys(("kept_on_time", "kept_late", "late", "open", "dropped"), 0) for name in before}
    for platform, hours, fate, keep_after in promises:
        post = _post(planner, platform)
        due = MONDAY + timedelta(hours=hours)
        followup = _owe(planner, post, due)
        inside = due < WEEK[1]
        if fate == "keep":
            kept_at = min(MONDAY + timedelta(hours=keep_after), now)
            planner.followups.keep(followup, at=kept_at)
            bucket = "kept_on_time" if kept_at <= due else "kept_late"
        elif fate == "drop":
            planner.followups.drop(followup, reason="no longer wanted")
            bucket = "dropped"
        elif fate == "cancel":
            planner.edit_post(post, PostPatch(status=Status.CANCELLED))  # withdrawn with its post: not counted
            bucket = ""
        else:
            bucket = "late" if due < now else "open"
        if inside and bucket:
            expected[platform][bucket] += 1

    after = planner.kept_on_time(*WEEK)

    for name, figures in after.items():
        was = before[name]
        added = {
            "kept_on_time": figures.kept_on_time - was.kept_on_time,
            "kept_late": figures.kept_late - was.kept_late,
            "late": figures.late - was.late,
            "open": figures.open - was.open,
            "dropped": figures.dropped - was.dropped,
        }
        assert added == expected[name]
        listed = planner.followups.list(*WEEK, platforms=[name])
        assert figures.due == len(listed)  # the five add up to those due in the range
        judged = figures.kept_on_time + figures.kept_late + figures.late + figures.dropped
        assert figures.share == (figures.kept_on_time / judged if judged else None)
        assert sum(f.status is FollowupStatus.KEPT and f.kept_on_time for f in listed) == figures.kept_on_time


@pytest.mark.parametrize("seed", [1, 2, 3])
def test_the_demo_plan_keeps_its_past_follow_ups_at_believable_times_some_on_time_some_late(
    planner: Planner, seed: int
) -> None:
    plan_demo(planner, seed=seed, weeks=4)
    now = planner.now()

    kept = planner.followups.list(statuses=["kept"])
    figures = planner.kept_on_time(datetime(2026, 5, 1, tzinfo=PARIS), now)

    assert any(f.kept_on_time for f in kept) and any(not f.kept_on_time for f in kept)
    for followup in kept:
        assert followup.kept_at is not None and followup.kept_at <= now
        assert followup.kept_at >= planner.get_post(followup.post_id).start  # type: ignore[operator]
    assert sum(k.kept_on_time for k in figures.values()) > 0 and sum(k.kept_late for k in figures.values()) > 0
