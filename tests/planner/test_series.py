"""Series: occurrences in the post's wall-clock time, one verdict for the whole series, the
500 cap, and editing or deleting one, the following or all."""

from __future__ import annotations

from dataclasses import replace
from datetime import date, datetime, timedelta
from zoneinfo import ZoneInfo

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from planner import Planner, PostFields, PostPatch
from planner.balance.rules import BalanceRule, Mode, preset_rule
from planner.balance.values import Suggestion
from planner.balance.verdicts import BalanceRefused, SeriesRefused
from planner.errors import ValidationError
from planner.model import ChangeKind
from planner.series import MAX_OCCURRENCES, Frequency, Repeat, Scope, occurrences
from tests.helpers.backends import each_backend, planner_on_each_backend  # noqa: F401 - fixtures on both backends
from tests.helpers.fixed import NOW

PARIS = ZoneInfo("Europe/Paris")
NEW_YORK = ZoneInfo("America/New_York")


def at(day: int, hour: int = 9, month: int = 6) -> datetime:
    return datetime(2026, month, day, hour, 0, tzinfo=PARIS)


def weekly(count: int) -> Repeat:
    return Repeat(Frequency.WEEKLY, count=count)


def newsletter(start: datetime, category: str = "News", platform: str = "LinkedIn") -> PostFields:
    return PostFields(platform=platform, title="Weekly letter", category=category, start=start)


# -- occurrences ------------------------------------------------------------------------------


def exists(wall: datetime, tz: object) -> bool:
    """Whether the clocks of ``tz`` show the wall time ``wall`` (naive) at all."""
    aware = wall.replace(tzinfo=tz)  # type: ignore[arg-type]
    return aware.astimezone(ZoneInfo("UTC")).astimezone(aware.tzinfo).replace(tzinfo=None) == wall


starts = (
    st.datetimes(datetime(2025, 1, 1), datetime(2028, 12, 31), timezones=st.sampled_from([PARIS, NEW_YORK]))
    .map(lambda moment: moment.replace(second=0, microsecond=0))
    .filter(lambda moment: exists(moment.replace(tzinfo=None), moment.tzinfo))
)
repeats = st.builds(
    Repeat,
    frequency=st.sampled_from(list(Frequency)),
    every=st.integers(1, 4),
    count=st.integers(1, 60),
)


@given(start=starts, repeat=repeats)
def test_a_count_gives_that_many_occurrences_at_the_same_wall_time_whatever_the_clocks_do(
    start: datetime, repeat: Repeat
) -> None:
    found = occurrences(start, start.tzinfo.key, repeat)  # type: ignore[union-attr]
    assert len(found) == repeat.count
    assert found[0] == start
    assert found == sorted(found)
    # 09:00 stays 09:00 across summer time, except on a day the clocks skip that wall time.
    for moment in found:
        wall = datetime.combine(moment.date(), start.time())
        assert moment.replace(tzinfo=None) == wall or not exists(wall, start.tzinfo)


@given(start=starts, frequency=st.sampled_from(list(Frequency)), days=st.integers(0, 400))
def test_until_is_inclusive_and_nothing_falls_after_it(start: datetime, frequency: Frequency, days: int) -> None:
    until = start.date() + timedelta(days=days)
    found = occurrences(start, start.tzinfo.key, Repeat(frequency, until=until))  # type: ignore[union-attr]
    assert found[0] == start
    assert all(m.date() <= until for m in found)
    if frequency is Frequency.DAILY:
        assert found[-1].date() == until  # the last day is the until day itself


def test_a_weekly_post_stays_at_nine_across_both_changes_of_the_clocks_in_paris() -> None:
    found = occurrences(datetime(2026, 3, 17, 9, 0, tzinfo=PARIS), "Europe/Paris", weekly(34))
    assert {(m.hour, m.minute) for m in found} == {(9, 0)}
    offsets = {m.utcoffset() for m in found}
    assert offsets == {timedelta(hours=1), timedelta(hours=2)}  # both winter and summer time
    assert found[2].date() == date(2026, 3, 31) and found[-1].date() == date(2026, 11, 3)


def test_a_time_the_clocks_skip_falls_an_hour_later_that_day_only() -> None:
    found = occurrences(datetime(2026, 3, 28, 2, 30, tzinfo=PARIS), "Europe/Paris", Repeat(Frequency.DAILY, count=3))
    assert [(m.day, m.hour, m.minute) for m in found] == [(28, 2, 30), (29, 3, 30), (30, 2, 30)]


def test_monthly_on_the_31st_skips_the_months_without_one_as_dateutil_does() -> None:
    found = occurrences(datetime(2026, 1, 31, 9, 0, tzinfo=PARIS), "Europe/Paris", Repeat(Frequency.MONTHLY, count=4))
    assert [m.date() for m in found] == [date(2026, 1, 31), date(2026, 3, 31), date(2026, 5, 31), date(2026, 7, 31)]


@pytest.mark.parametrize(
    ("repeat", "key"),
    [
        (Repeat(Frequency.WEEKLY), "error.repeat_count_or_until"),
        (Repeat(Frequency.WEEKLY, count=3, until=date(2026, 7, 1)), "error.repeat_count_or_until"),
        (Repeat(Frequency.WEEKLY, every=0, count=3), "error.repeat_every"),
        (Repeat(Frequency.DAILY, count=MAX_OCCURRENCES + 1), "error.series_too_long"),
        (Repeat(Frequency.DAILY, until=date(2028, 1, 1)), "error.series_too_long"),
        (Repeat(Frequency.DAILY, until=date(2026, 5, 1)), "error.repeat_until_before"),
    ],
)
def test_a_repeat_that_says_no_length_twice_a_length_a_step_of_zero_or_too_many_is_refused(
    repeat: Repeat, key: str
) -> None:
    with pytest.raises(ValidationError) as refused:
        occurrences(at(1), "Europe/Paris", repeat)
    assert refused.value.key == key and refused.value.exit_code == 2
    assert "\n" not in refused.value.message


def test_exactly_500_occurrences_are_allowed() -> None:
    assert len(occurrences(at(1), "Europe/Paris", Repeat(Frequency.DAILY, count=MAX_OCCURRENCES))) == 500


# -- creating a series ------------------------------------------------------------------------


def test_a_series_creates_posts_of_their_own_sharing_one_series(planner: Planner) -> None:
    change = planner.create_series(newsletter(at(2)), weekly(4))
    posts = [planner.get_post(i) for i in change.ids]
    assert [p.start for p in posts] == [at(2), at(9), at(16), at(23)]
    assert len({p.series_uid for p in posts}) == 1 and posts[0].series_uid is not None
    assert len({p.uid for p in posts}) == 4
    assert all(p.title == "Weekly letter" and p.timezone == "Europe/Paris" for p in posts)


def test_a_long_series_comes_back_with_its_posts(planner: Planner) -> None:
    change = planner.create_series(newsletter(at(2), "Question"), Repeat(Frequency.DAILY, count=120))
    posts = planner.series.created_posts(change)
    assert [p.id for p in posts] == list(change.ids) and len(posts) == 120


def test_each_occurrence_gets_the_follow_ups_of_its_category(planner: Planner) -> None:
    planner.edit_category("Question", followups=["replies:2h:90"])
    change = planner.create_series(newsletter(at(15), "Question"), weekly(3))  # ahead: windows still to come
    for post_id in change.ids:
        (reply,) = planner.followups.list(post_id=post_id)
        assert reply.due == planner.get_post(post_id).start + timedelta(hours=2)  # type: ignore[operator]


def test_a_series_is_judged_in_one_verdict_and_a_refusal_names_its_first_breaching_occurrence(
    planner: Planner,
) -> None:
    planner.set_rule(preset_rule("80-20", platform="LinkedIn", mode=Mode.BLOCK))
    # Two conversation posts a week for three weeks, then a weekly promotion from the 2nd:
    # each week alone is fine; from the third week on there is no conversation to space them.
    for day in (1, 3, 8, 10):
        planner.create_post(newsletter(at(day), "Question"))
    revision = planner.revision()
    with pytest.raises(SeriesRefused) as refused:
        planner.create_series(newsletter(at(2, 18), "Offer"), Repeat(Frequency.DAILY, every=3, count=6))
    assert isinstance(refused.value, BalanceRefused) and refused.value.exit_code == 3
    message = refused.value.message
    assert message.startswith("Refused: the series breaks a rule from its occurrence of ")
    assert refused.value.first == at(5, 18)  # 2 and 5 June: two promotions among five posts
    assert "Fri 5 June 18:00" in message or "5 June" in message
    assert planner.revision() == revision
    assert len(planner.list_posts()) == 4  # nothing of the series was saved
    # With a reason, the whole series goes in, in one write.
    change = planner.create_series(
        newsletter(at(2, 18), "Offer"), Repeat(Frequency.DAILY, every=3, count=6), reason="Summer sale"
    )
    assert len(change.ids) == 6 and change.verdict is not None and change.verdict.blocking
    assert planner.revision() == revision + 1


def test_a_series_that_breaks_nothing_passes_in_block_mode(planner: Planner) -> None:
    planner.set_rule(preset_rule("80-20", platform="LinkedIn", mode=Mode.BLOCK))
    change = planner.create_series(newsletter(at(2), "Question"), weekly(10))
    assert change.verdict is not None and change.verdict.ok and len(change.ids) == 10


def test_a_series_of_information_alone_lacks_conversation_from_its_fifth_occurrence(planner: Planner) -> None:
    planner.set_rule(preset_rule("80-20", platform="LinkedIn", mode=Mode.BLOCK))
    with pytest.raises(SeriesRefused) as refused:
        planner.create_series(newsletter(at(2), "News"), weekly(10))
    assert refused.value.first == at(30)  # the fifth week completes a window without conversation
    assert "conversation" in refused.value.message


def test_more_than_500_occurrences_write_nothing(planner: Planner) -> None:
    revision = planner.revision()
    with pytest.raises(ValidationError, match="at most 500"):
        planner.create_series(newsletter(at(2)), Repeat(Frequency.DAILY, until=date(2028, 1, 1)))
    assert planner.revision() == revision and planner.list_posts() == []


# -- editing and deleting by scope ------------------------------------------------------------


def series_of_five(planner: Planner) -> list[int]:
    return list(planner.create_series(newsletter(at(1), "Question"), weekly(5)).ids)


def test_editing_this_one_leaves_the_others(planner: Planner) -> None:
    ids = series_of_five(planner)
    planner.edit_series(ids[2], PostPatch(title="Special edition"), Scope.THIS)
    assert [planner.get_post(i).title for i in ids] == ["Weekly letter"] * 2 + ["Special edition"] + [
        "Weekly letter"
    ] * 2
    assert planner.get_post(ids[2]).series_uid == planner.get_post(ids[0]).series_uid  # still of the series


def test_this_and_the_following_changes_the_text_and_shifts_the_times_of_the_later_ones(planner: Planner) -> None:
    ids = series_of_five(planner)
    revision = planner.revision()
    change = planner.edit_series(ids[2], PostPatch(title="New format", start=at(16, 11)), Scope.FOLLOWING)
    assert planner.revision() == revision + 1 and set(change.ids) == set(ids[2:])
    posts = [planner.get_post(i) for i in ids]
    assert [p.title for p in posts] == ["Weekly letter"] * 2 + ["New format"] * 3
    assert [p.start for p in posts] == [at(1), at(8), at(16, 11), at(23, 11), at(30, 11)]


def test_all_changes_every_occurrence_and_keeps_the_wall_time_across_the_clocks(planner: Planner) -> None:
    change = planner.create_series(newsletter(datetime(2026, 3, 17, 9, 0, tzinfo=PARIS)), weekly(4))
    ids = list(change.ids)
    planner.edit_series(ids[1], PostPatch(start=datetime(2026, 3, 24, 10, 30, tzinfo=PARIS), category="Tip"), Scope.ALL)
    posts = [planner.get_post(i) for i in ids]
    assert [(p.start.day, p.start.hour, p.start.minute) for p in posts if p.start] == [
        (17, 10, 30),
        (24, 10, 30),
        (31, 10, 30),
        (7, 10, 30),
    ]
    assert {p.category for p in posts} == {"Tip"}


def test_an_edit_of_a_series_is_judged_in_one_verdict(planner: Planner) -> None:
    planner.set_rule(preset_rule("80-20", platform="LinkedIn", mode=Mode.BLOCK))
    ids = series_of_five(planner)
    revision = planner.revision()
    with pytest.raises(BalanceRefused):
        planner.edit_series(ids[0], PostPatch(category="Offer"), Scope.ALL)
    assert planner.revision() == revision
    assert {planner.get_post(i).category for i in ids} == {"Question"}


def test_moving_this_and_the_following_shifts_each_by_the_same_offset_in_one_write(planner: Planner) -> None:
    ids = series_of_five(planner)
    revision = planner.revision()
    change = planner.move_series(ids[1], at(9, 14), Scope.FOLLOWING)  # a day later, at 14:00
    assert planner.revision() == revision + 1 and set(change.ids) == set(ids[1:])
    assert [planner.get_post(i).start for i in ids] == [at(1), at(9, 14), at(16, 14), at(23, 14), at(30, 14)]
    # Each history says the post was moved, not edited.
    assert {planner.history.post_history(i)[-1].action for i in ids[1:]} == {ChangeKind.MOVE}


def test_moving_all_keeps_the_wall_time_across_the_clocks_and_this_moves_one(planner: Planner) -> None:
    ids = list(planner.create_series(newsletter(datetime(2026, 3, 17, 9, 0, tzinfo=PARIS)), weekly(3)).ids)
    planner.move_series(ids[2], datetime(2026, 3, 31, 8, 0, tzinfo=PARIS), Scope.ALL)
    assert [planner.get_post(i).start.hour for i in ids] == [8, 8, 8]  # type: ignore[union-attr]
    planner.move_series(ids[0], datetime(2026, 3, 18, 8, 0, tzinfo=PARIS), Scope.THIS)
    assert [planner.get_post(i).start.day for i in ids] == [18, 24, 31]  # type: ignore[union-attr]


def test_a_series_move_is_judged_in_one_verdict_and_a_refusal_writes_nothing(planner: Planner) -> None:
    ids = series_of_five(planner)
    planner.create_post(PostFields(platform="LinkedIn", title="Launch", category="Offer", start=at(2, 9)))
    planner.create_post(PostFields(platform="LinkedIn", title="Coupon", category="Offer", start=at(16, 18)))
    planner.set_rule(BalanceRule("LinkedIn", 3, 1, None, None, None, Mode.BLOCK))
    revision = planner.revision()
    with pytest.raises(BalanceRefused):  # the questions moved away from between the offers
        planner.move_series(ids[0], at(1, 9, month=7), Scope.ALL)
    assert planner.revision() == revision
    assert [planner.get_post(i).start for i in ids] == [at(1), at(8), at(15), at(22), at(29)]


def test_deleting_this_and_the_following_or_all_in_one_write(planner: Planner) -> None:
    ids = series_of_five(planner)
    revision = planner.revision()
    change = planner.delete_series(ids[3], Scope.FOLLOWING)
    assert set(change.ids) == set(ids[3:]) and planner.revision() == revision + 1
    assert [p.id for p in planner.list_posts()] == ids[:3]
    planner.delete_series(ids[0], Scope.ALL)
    assert planner.list_posts() == []


def test_a_deleted_series_comes_back_whole_with_undo(planner: Planner) -> None:
    ids = series_of_five(planner)
    deleted = planner.delete_series(ids[0], Scope.ALL)
    for post in deleted.posts:
        planner.undelete_post(post)
    back = planner.list_posts()
    assert [p.id for p in back] == ids and len({p.series_uid for p in back}) == 1


def test_a_post_of_no_series_takes_any_scope_as_itself(planner: Planner) -> None:
    alone = planner.create_post(newsletter(at(3))).ids[0]
    planner.create_series(newsletter(at(1)), weekly(2))
    planner.edit_series(alone, PostPatch(title="Alone"), Scope.ALL)
    assert [p.title for p in planner.list_posts()].count("Alone") == 1


@settings(max_examples=15, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(position=st.integers(0, 4), scope=st.sampled_from(list(Scope)))
def test_a_scope_names_the_edited_post_and_only_those_it_says(planner: Planner, position: int, scope: Scope) -> None:
    for post in planner.list_posts():
        planner.delete_post(post.id)
    ids = series_of_five(planner)
    members = [p.id for p in planner.series_members(planner.get_post(ids[position]), scope)]
    expected = {Scope.THIS: [ids[position]], Scope.FOLLOWING: ids[position:], Scope.ALL: ids}[scope]
    assert members == expected


def test_occurrences_waiting_behind_the_same_late_follow_up_make_one_line_not_one_each(planner: Planner) -> None:
    """Promises before promotion: a weekly coupon behind an answer owed since last week is said once."""
    from planner.balance.engine import BreachKind

    planner.set_rule(BalanceRule("Instagram", 5, None, None, None, None, Mode.WARN))  # promises only
    asked = planner.create_post(
        PostFields(platform="Instagram", title="Which winter book?", category="Poll", start=at(3))
    ).ids[0]
    planner.followups.add(asked, "answer", due=at(4, 12))
    coupons = PostFields(platform="Instagram", title="Coupon", category="Offer", start=at(12, 18))
    change = planner.create_series(coupons, weekly(4))
    assert [b.kind for b in change.verdict.breaches] == [BreachKind.NO_PROMOTION_WHILE_LATE]  # type: ignore[union-attr]
    previewed = planner.series.preview_series(coupons, weekly(4))
    assert [b.message for b in previewed.breaches] == [b.message for b in change.verdict.breaches]  # type: ignore[union-attr]


def test_the_first_breaching_occurrence_is_the_one_past_the_limit_even_in_a_short_plan(planner: Planner) -> None:
    planner.set_rule(preset_rule("80-20", platform="Instagram", mode=Mode.BLOCK))
    coupons = PostFields(platform="Instagram", title="Coupon", category="Offer", start=at(2, 18))
    with pytest.raises(SeriesRefused) as refused:
        planner.create_series(coupons, Repeat(Frequency.DAILY, count=3))
    assert refused.value.first == at(3, 18)  # 2 June alone is allowed; the second coupon is one too many


@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(
    planned=st.lists(st.tuples(st.integers(1, 28), st.sampled_from(["Question", "News", "Offer"])), max_size=8),
    category=st.sampled_from(["Offer", "News", "Question"]),
    every=st.integers(1, 3),
    count=st.integers(2, 8),
)
def test_the_occurrences_before_the_named_one_pass_and_with_it_the_series_is_refused(
    planner: Planner, planned: list[tuple[int, str]], category: str, every: int, count: int
) -> None:
    for post in planner.list_posts():
        planner.delete_post(post.id)
    planner.set_rule(preset_rule("80-20", platform="X", mode=Mode.BLOCK))
    for day, kind in planned:
        planner.create_post(PostFields(platform="X", title="Planned", category=kind, start=at(day, 12)), reason="given")
    fields = PostFields(platform="X", title="Series", category=category, start=at(1, 18))
    try:
        planner.create_series(fields, Repeat(Frequency.DAILY, every=every, count=count))
    except SeriesRefused as refused:
        starts = occurrences(at(1, 18), "Europe/Paris", Repeat(Frequency.DAILY, every=every, count=count))
        position = starts.index(refused.first)
        if position:
            before = Repeat(Frequency.DAILY, every=every, count=position)
            assert not planner.series.preview_series(fields, before).blocking
        with_it = Repeat(Frequency.DAILY, every=every, count=position + 1)
        assert planner.series.preview_series(fields, with_it).blocking
    else:
        for post in planner.list_posts():
            planner.delete_post(post.id)


def test_moving_a_post_or_a_series_to_where_it_already_is_writes_nothing(planner: Planner) -> None:
    ids = series_of_five(planner)
    alone = planner.create_post(PostFields(platform="LinkedIn", title="Launch", start=at(2, 9))).posts[0]
    revision = planner.revision()
    same_instant_in_utc = at(2, 9).astimezone(ZoneInfo("UTC"))
    moves = [
        planner.move_post(alone.id, same_instant_in_utc),
        planner.move_post(alone.id, at(2, 9), timezone="Europe/Paris"),
        planner.edit_post(alone.id, PostPatch(start=at(2, 9))),  # the app's drop on the same place
        planner.move_series(ids[1], at(8), Scope.FOLLOWING),
        planner.move_series(ids[3], at(22), Scope.ALL),
    ]
    assert all(change.unchanged for change in moves)
    assert planner.revision() == revision
    assert planner.get_post(alone.id).version == 1
    assert [len(planner.history.post_history(i)) for i in (alone.id, *ids)] == [1] * 6
    assert sorted(moves[-1].ids) == sorted(ids)
    # The first 02:30 of an autumn night is not the second: a move, though the wall clock reads the same.
    second = datetime(2026, 10, 25, 1, 30, tzinfo=ZoneInfo("UTC")).astimezone(PARIS)
    autumn = planner.create_post(PostFields(platform="LinkedIn", title="Night", start=second)).posts[0]
    first = second.replace(fold=0)
    assert first == second and first.timestamp() != second.timestamp()
    assert not planner.move_post(autumn.id, first).unchanged
    assert planner.move_post(autumn.id, first).unchanged
    # The same instant in another zone is a move: the post is shown at another wall time.
    moved = planner.move_post(alone.id, at(2, 9), timezone="America/New_York")
    assert not moved.unchanged and moved.posts[0].version == 2


# -- the help a refused series gets --------------------------------------------------------


def twice_a_week(planner: Planner, weeks: int) -> None:
    """A question on Instagram each Monday and Wednesday at nine, from Monday 15 June."""
    for week in range(weeks):
        for day in (15, 17):
            moment = at(day) + timedelta(weeks=week)
            planner.create_post(PostFields(platform="Instagram", title="Question", category="Question", start=moment))


def weekly_coupon(count: int, every: int = 1) -> tuple[PostFields, Repeat]:
    coupon = PostFields(platform="Instagram", title="Friday coupon", category="Offer", start=at(19, 18))
    return coupon, Repeat(Frequency.WEEKLY, every=every, count=count)


def kinds(refused: SeriesRefused) -> dict[str, Suggestion]:
    return {suggestion.kind: suggestion for suggestion in refused.verdict.suggestions}


def test_a_series_refused_where_it_would_pass_less_often_is_told_how_often_and_that_passes(planner: Planner) -> None:
    planner.set_rule(preset_rule("80-20", platform="Instagram", mode=Mode.BLOCK))
    twice_a_week(planner, 10)
    revision = planner.revision()
    with pytest.raises(SeriesRefused) as refused:
        planner.create_series(*weekly_coupon(4))  # two questions between coupons: 2 promotions in 5 posts
    suggestion = kinds(refused.value)["repeat_every"]
    said = "Repeated every 2 weeks instead, the whole series passes on Instagram."
    assert suggestion.message == said
    assert said in refused.value.message  # the error line says it too
    assert planner.revision() == revision
    change = planner.create_series(*weekly_coupon(4, every=2))  # following it
    assert len(change.ids) == 4


def cafe_week(planner: Planner) -> None:
    """Issue 15's café week on Instagram's 80/20 in block mode: a question, a behind-the-scenes
    post and a coupon the day before the series starts."""
    planner.set_rule(preset_rule("80-20", platform="Instagram", mode=Mode.BLOCK))
    for day, hour, category in ((15, 9, "Question"), (17, 12, "Behind the scenes"), (18, 18, "Offer")):
        planner.create_post(PostFields(platform="Instagram", title=category, category=category, start=at(day, hour)))


def test_a_refused_series_is_told_the_conversation_posts_with_which_it_passes_and_following_them_it_does(
    planner: Planner,
) -> None:
    cafe_week(planner)
    with pytest.raises(SeriesRefused) as refused:
        planner.create_series(*weekly_coupon(4))
    fix = kinds(refused.value)["add_conversation_around"]
    assert fix.side == "conversation" and fix.moments == tuple(sorted(fix.moments))
    assert fix.message.startswith(f"Add {len(fix.moments)} conversation posts on Instagram first, on ")
    assert fix.message.endswith(": with them, the whole series passes.")
    assert fix.message in refused.value.message  # the error line says it too
    for moment in fix.moments:
        assert moment >= NOW
        planner.create_post(PostFields(platform="Instagram", title="Ask", category="Question", start=moment))
    change = planner.create_series(*weekly_coupon(4))
    assert len(change.ids) == 4 and not change.verdict.blocking  # type: ignore[union-attr]


def test_a_refused_series_nothing_mends_says_so_and_offers_nothing_that_would_not_work(planner: Planner) -> None:
    rule = preset_rule("80-20", platform="Instagram", mode=Mode.BLOCK)
    planner.set_rule(replace(rule, min_promo_gap_hours=200))  # no conversation post mends a gap
    twice_a_week(planner, 10)
    coupon, _weekly = weekly_coupon(3)
    with pytest.raises(SeriesRefused) as refused:
        planner.create_series(coupon, Repeat(Frequency.DAILY, count=3))  # even every 4 days is too close
    (suggestion,) = refused.value.verdict.suggestions
    assert suggestion.kind == "no_slot" and not suggestion.moments
    assert suggestion.message.startswith("No single fix is offered for a series")
    assert "80/20 rule on Instagram" in suggestion.message
    assert suggestion.message in refused.value.message
    for every in (2, 3, 4):  # less often would not pass either
        with pytest.raises(SeriesRefused):
            planner.create_series(coupon, Repeat(Frequency.DAILY, every=every, count=3))


def test_a_refused_series_s_help_is_in_french_too(planner: Planner) -> None:
    from planner.i18n import language, set_language

    planner.set_rule(preset_rule("80-20", platform="Instagram", mode=Mode.BLOCK))
    twice_a_week(planner, 10)
    previous = language()
    set_language("fr")
    try:
        with pytest.raises(SeriesRefused) as refused:
            planner.create_series(*weekly_coupon(4))
    finally:
        set_language(previous)
    said = "Répétée toutes les 2 semaines à la place, la série entière passe sur Instagram."
    assert kinds(refused.value)["repeat_every"].message == said
    assert said in refused.value.message


@settings(max_examples=25, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(
    planned=st.lists(st.tuples(st.integers(15, 42), st.sampled_from(["Question", "News", "Offer"])), max_size=10),
    frequency=st.sampled_from([Frequency.DAILY, Frequency.WEEKLY]),
    every=st.integers(1, 2),
    count=st.integers(2, 6),
)
def test_every_help_a_refused_series_is_given_lets_the_whole_series_pass(
    planner: Planner, planned: list[tuple[int, str]], frequency: Frequency, every: int, count: int
) -> None:
    for post in planner.list_posts():
        planner.delete_post(post.id)
    planner.set_rule(preset_rule("80-20", platform="Instagram", mode=Mode.BLOCK))
    for day, kind in planned:  # from 15 June, after "now"; a day past June's 30th is in July
        start = at(15, 12) + timedelta(days=day - 15)
        planner.create_post(PostFields(platform="Instagram", title="Planned", category=kind, start=start), reason="x")
    coupon = PostFields(platform="Instagram", title="Coupon", category="Offer", start=at(16, 18))
    repeat = Repeat(frequency, every=every, count=count)
    try:
        planner.create_series(coupon, repeat)
    except SeriesRefused as refused:
        for suggestion in refused.verdict.suggestions:
            assert suggestion.kind in ("add_conversation_around", "repeat_every", "no_slot"), suggestion
            assert suggestion.message in refused.message  # the line says what the data says
            with planner.session.rehearsal():  # following it, then undone
                if suggestion.kind == "add_conversation_around":
                    for moment in suggestion.moments:
                        ask = PostFields(platform="Instagram", title="Ask", category="Question", start=moment)
                        planner.create_post(ask)
                    planner.create_series(coupon, repeat)  # refused: the test fails
                elif suggestion.kind == "repeat_every":
                    sparser = int(suggestion.message.split("every ")[1].split(" ")[0])
                    planner.create_series(coupon, replace(repeat, every=sparser))
