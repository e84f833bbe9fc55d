"""Suggestions that never dead-end: every slot offered is free and passes every rule; a refused
post always gets a slot, or the conversation posts that would let it pass where it is.

The rules here carry their own numbers (not a preset's): what is judged is the suggestion,
whatever the presets become.
"""

from __future__ import annotations

import itertools
import os
import tempfile
from datetime import datetime, timedelta
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from planner import Planner, PostFields, Status
from planner.balance.rules import BalanceRule, Mode
from planner.balance.values import FIX_KINDS, BreachKind, Suggestion
from planner.balance.verdicts import BalanceRefused
from planner.i18n import set_language
from tests.helpers.backends import each_backend, planner_on_each_backend  # noqa: F401 - fixtures on both backends
from tests.helpers.fixed import NOW

PARIS = ZoneInfo("Europe/Paris")
CATEGORIES = ("Question", "News", "Offer")  # conversation, information, promotion
# SUGGEST_EXAMPLES=500 for a deeper search than the suite's default.
SETTINGS = settings(
    max_examples=int(os.environ.get("SUGGEST_EXAMPLES", "30")),
    deadline=None,
    suppress_health_check=[HealthCheck.too_slow],
)


def at(day: int, hour: int = 9, minute: int = 0) -> datetime:
    """A time in June 2026, in Paris (the fixed "now" is Wednesday 10 June, 10:00 there)."""
    return datetime(2026, 6, day, hour, minute, tzinfo=PARIS)


def post(title: str, category: str, when: datetime, minutes: int = 30) -> PostFields:
    return PostFields(platform="Instagram", title=title, category=category, start=when, duration_minutes=minutes)


def rule(window: int = 5, most: int = 1, least: int | None = 1, **more: object) -> BalanceRule:
    """A blocking rule on Instagram with these numbers: in any ``window`` posts, at most ``most``
    promotions and at least ``least`` conversation posts."""
    return BalanceRule("Instagram", window, most, least, None, None, Mode.BLOCK, **more)  # type: ignore[arg-type]


def sparse_week(planner: Planner) -> None:
    """The bookshop-café's week: a question, a behind-the-scenes post, a coupon."""
    planner.set_rule(rule())
    planner.create_post(post("Which book are you reading?", "Question", at(15)))
    planner.create_post(post("Behind the counter", "News", at(16)))
    planner.create_post(post("Coupon: -10% on coffee", "Offer", at(17)))


def refusal(planner: Planner, fields: PostFields) -> BalanceRefused:
    with pytest.raises(BalanceRefused) as refused:
        planner.create_post(fields)
    return refused.value


def starts(planner: Planner) -> list[datetime]:
    return [p.start for p in planner.list_posts() if p.start is not None and p.platform == "Instagram"]


# -- the story of the issue ---------------------------------------------------------------


def test_a_launch_no_slot_lets_pass_says_which_conversation_posts_would(planner: Planner) -> None:
    sparse_week(planner)
    refused = refusal(planner, post("Book launch", "Offer", at(18)))
    [fix] = [s for s in refused.verdict.suggestions if s.kind in FIX_KINDS]
    assert fix.kind == "add_conversation_before" and fix.side == "conversation"
    assert len(fix.moments) == 4  # four posts between two promotions, for one in any five
    assert all(at(17) < moment < at(18) for moment in fix.moments)
    assert "Add 4 conversation posts on Instagram before it, for example" in refused.message
    # Following the fix, the launch passes where it was wanted.
    for number, moment in enumerate(fix.moments):
        assert planner.create_post(post(f"Question {number}", "Question", moment)).verdict.ok
    assert planner.create_post(post("Book launch", "Offer", at(18))).verdict.ok


def test_the_fix_is_said_in_french(planner: Planner) -> None:
    sparse_week(planner)
    set_language("fr")
    try:
        refused = refusal(planner, post("Lancement", "Offer", at(18)))
    finally:
        set_language("en")
    assert "Ajoutez 4 publications de conversation sur Instagram avant elle, par exemple le" in refused.message
    assert " et le " in refused.message


def _fix_of(refused: BalanceRefused) -> Suggestion:
    [fix] = [s for s in refused.verdict.suggestions if s.kind in FIX_KINDS]
    return fix


def cafe_week(planner: Planner) -> None:
    """The audit's week: a question on Monday, a behind-the-scenes post on Wednesday, a coupon on
    Thursday evening; a launch on Saturday morning then needs four conversation posts before it."""
    planner.set_rule(rule())
    planner.create_post(post("Which book are you reading?", "Question", at(15)))
    planner.create_post(post("Behind the counter", "News", at(17, 12, 30)))
    planner.create_post(post("Coupon: -10% on coffee", "Offer", at(18, 18)))


def test_a_fix_spreads_its_posts_over_the_days_not_into_one_morning(planner: Planner) -> None:
    cafe_week(planner)
    launch = post("Book launch", "Offer", at(20, 11))

    fix = _fix_of(refusal(planner, launch))

    assert fix.kind == "add_conversation_before" and len(fix.moments) == 4
    assert all(at(18, 18) < moment < at(20, 11) for moment in fix.moments)
    # Thursday evening, Friday and Saturday morning are free: each gets one, none a bunch.
    assert {moment.date() for moment in fix.moments} == {at(18).date(), at(19).date(), at(20).date()}
    gaps = [later - earlier for earlier, later in itertools.pairwise(fix.moments)]
    assert min(gaps) >= timedelta(hours=2), fix.moments
    for number, moment in enumerate(fix.moments):
        assert planner.create_post(post(f"Question {number}", "Question", moment)).verdict.ok
    assert planner.create_post(launch).verdict.ok


def test_a_fix_takes_the_free_conversation_slots_of_the_platform_first(planner: Planner) -> None:
    cafe_week(planner)
    planner.add_slot("Instagram", "fri", "12:15", "conversation")
    planner.add_slot("Instagram", "sat", "10:00", None)  # any side: a conversation post may take it
    planner.add_slot("Instagram", "fri", "16:00", "promotion")  # not for a conversation post
    launch = post("Book launch", "Offer", at(20, 11))

    moments = _fix_of(refusal(planner, launch)).moments

    assert at(19, 12, 15) in moments and at(20, 10) in moments
    assert at(19, 16) not in moments
    for number, moment in enumerate(moments):
        assert planner.create_post(post(f"Question {number}", "Question", moment)).verdict.ok
    assert planner.create_post(launch).verdict.ok


def test_a_slot_another_post_holds_is_not_offered_to_a_fix(planner: Planner) -> None:
    cafe_week(planner)
    planner.add_slot("Instagram", "fri", "12:15", "conversation")
    planner.create_post(post("Lunch menu", "News", at(19, 12)))  # holds the slot's time

    moments = _fix_of(refusal(planner, post("Book launch", "Offer", at(20, 11)))).moments

    assert all(abs(moment - at(19, 12)) >= timedelta(minutes=30) for moment in moments), moments


def test_a_suggested_slot_is_never_one_another_post_holds(planner: Planner) -> None:
    planner.set_rule(rule(window=2, least=None))
    planner.create_post(post("Coupon", "Offer", at(15, 10)))
    # The nearest slots after the coupon's neighbours are taken by an hour-long post each.
    for hour in range(8, 20):
        planner.create_post(post(f"Question {hour}", "Question", at(16, hour), minutes=60))
    refused = refusal(planner, post("Launch", "Offer", at(15, 11), minutes=60))
    slots = [s.at for s in refused.verdict.suggestions if s.kind == "move_here"]
    assert slots
    taken = [s for s in starts(planner)]
    for slot in slots:
        assert all(abs(slot - other) >= timedelta(minutes=60) for other in taken), slot


def test_no_slot_in_the_past_or_outside_posting_hours(planner: Planner) -> None:
    planner.posting_hours.set(10 * 60, 12 * 60)
    sparse_week(planner)
    refused = refusal(planner, post("Launch", "Offer", at(18, 10)))
    moments = [m for s in refused.verdict.suggestions for m in (s.moments or (s.at,))]
    assert moments
    for moment in moments:
        assert moment >= NOW and 10 <= moment.hour < 12


def test_a_rule_conversation_cannot_mend_says_why(planner: Planner) -> None:
    planner.set_rule(rule(window=5, most=0, least=None))
    refused = refusal(planner, post("Launch", "Offer", at(18)))
    [why] = refused.verdict.suggestions
    assert why.kind == "no_slot"
    assert "adding conversation posts beside it would not either" in refused.message


def test_a_promotion_held_back_from_now_on_gets_no_slot(planner: Planner) -> None:
    """A promotion planned in the past passes there, late follow-ups due since do not hold it
    back; but anywhere from now on they would: no slot, and why."""
    planner.set_rule(rule(window=2, least=None))
    planner.create_post(post("Coupon", "Offer", at(12)))
    question = planner.create_post(post("Ask us", "Question", at(8, 9)))
    planner.followups.add(question.ids[0], "post", due=at(9, 9))
    refused = refusal(planner, post("Launch", "Offer", at(9, 12)))
    kinds = [s.kind for s in refused.verdict.suggestions]
    assert "move_here" not in kinds and "keep_followups" in kinds


# -- properties ---------------------------------------------------------------------------


@st.composite
def rules(draw: st.DrawFn, *, gap: bool) -> BalanceRule:
    """Rules a promotion can pass somewhere: at least one promotion allowed, and room for it in
    a window beside the conversation asked for."""
    window = draw(st.integers(1, 6))
    offers = draw(st.none() | st.just(1)) if gap else None
    return BalanceRule(
        platform="Instagram",
        window=window,
        max_promotion=draw(st.integers(1, window)),
        min_conversation=draw(st.none() | st.integers(0, window - 1)),
        max_promo_streak=draw(st.none() | st.integers(1, 3)),
        min_promo_gap_hours=draw(st.sampled_from([None, 6.0, 30.0])) if gap else None,
        mode=Mode.BLOCK,
        max_offers=offers,
        offer_days=None if offers is None else 3,
    )


# The fortnight from "now": quarter hours, posting hours or not.
moments = st.integers(0, 14 * 24 * 4).map(lambda quarter: NOW + timedelta(minutes=15 * quarter))
weeks = st.lists(st.tuples(moments, st.sampled_from(CATEGORIES), st.sampled_from([30, 60, 90])), max_size=8)


def _open(folder: str, chosen: BalanceRule, week: list[tuple[datetime, str, int]]) -> Planner:
    """A plan whose rule let in the posts of ``week`` it would (a week made under the rule)."""
    planner = Planner.open(Path(folder) / "plan.sqlite", planning_zone="Europe/Paris", clock=lambda: NOW, user="c")
    planner.add_platform("Instagram", "instagram")
    planner.set_rule(chosen)
    for number, (when, category, minutes) in enumerate(week):
        try:
            planner.create_post(post(f"Post {number}", category, when, minutes))
        except BalanceRefused:
            pass  # refused by the rule: the week is what the rule let in
    return planner


def _free(planner: Planner, moment: datetime, minutes: int, but: int | None = None) -> bool:
    return all(
        abs(p.start - moment) >= timedelta(minutes=minutes)
        for p in planner.list_posts()
        if p.start is not None and p.status is not Status.CANCELLED and p.id != but
    )


def _move_slots(suggestions: tuple[Suggestion, ...]) -> list[datetime]:
    return [s.at for s in suggestions if s.kind == "move_here"]


def _in_posting_hours(moment: datetime, hours: tuple[int, int]) -> bool:
    local = moment.astimezone(PARIS)
    return hours[0] <= local.hour * 60 + local.minute < hours[1]


@SETTINGS
@given(
    chosen=rules(gap=True),
    week=weeks,
    when=moments,
    minutes=st.sampled_from([30, 60]),
    hours=st.sampled_from([(8 * 60, 20 * 60), (10 * 60, 12 * 60), (0, 24 * 60), (18 * 60, 23 * 60)]),
)
def test_every_suggested_slot_is_free_and_passes_every_rule(
    chosen: BalanceRule, week: list, when: datetime, minutes: int, hours: tuple[int, int]
) -> None:
    with tempfile.TemporaryDirectory() as folder:
        planner = _open(folder, chosen, week)
        planner.posting_hours.set(*hours)
        try:
            planner.create_post(post("Launch", "Offer", when, minutes))
        except BalanceRefused as refused:
            for slot in _move_slots(refused.verdict.suggestions):
                assert slot >= NOW and _in_posting_hours(slot, hours), slot
                assert _free(planner, slot, minutes), slot
                placed = planner.create_post(post("Launch", "Offer", slot, minutes))  # refused: the test fails
                assert not [b for b in placed.verdict.breaches if b.kind is not BreachKind.OFFER_RHYTHM], slot
                planner.delete_post(placed.ids[0])
        planner.close()


@SETTINGS
@given(chosen=rules(gap=True), week=weeks, pick=st.integers(0, 7), when=moments)
def test_a_moved_post_is_suggested_only_slots_that_pass(
    chosen: BalanceRule, week: list, pick: int, when: datetime
) -> None:
    with tempfile.TemporaryDirectory() as folder:
        planner = _open(folder, chosen, week)
        posts = planner.list_posts()
        if posts:
            moved = posts[pick % len(posts)]
            try:
                planner.move_post(moved.id, when)
            except BalanceRefused as refused:
                for slot in _move_slots(refused.verdict.suggestions):
                    assert _free(planner, slot, moved.duration_minutes, but=moved.id), slot
                    assert planner.move_post(moved.id, slot).verdict.ok, slot
                    planner.move_post(moved.id, moved.start)
        planner.close()


@SETTINGS
@given(chosen=rules(gap=False), week=weeks, when=moments)
def test_a_refused_post_in_a_sparse_week_gets_a_slot_or_a_fix(chosen: BalanceRule, week: list, when: datetime) -> None:
    with tempfile.TemporaryDirectory() as folder:
        planner = _open(folder, chosen, week)
        launch = post("Launch", "Offer", when)
        try:
            planner.create_post(launch)
        except BalanceRefused as refused:
            suggestions = refused.verdict.suggestions
            fixes = [s for s in suggestions if s.kind in FIX_KINDS]
            assert _move_slots(suggestions) or fixes, refused.message
            if fixes and not _move_slots(suggestions):
                # Following the fix lets the post in where it was wanted (or where it says).
                fix = fixes[0]
                for number, moment in enumerate(fix.moments):
                    assert moment >= NOW and _free(planner, moment, 30), moment
                    planner.create_post(post(f"Question {number}", "Question", moment))
                placed = launch if fix.move_to is None else post("Launch", "Offer", fix.move_to)
                assert fix.move_to is None or _free(planner, fix.move_to, 30)
                assert planner.create_post(placed).verdict.ok
        planner.close()


# Weekly slots: a day and a quarter hour, for conversation, any side or promotion.
weekly_slots = st.lists(
    st.tuples(st.integers(0, 6), st.integers(0, 24 * 4 - 1), st.sampled_from(["conversation", None, "promotion"])),
    max_size=5,
    unique_by=lambda slot: slot[:2],
)


@SETTINGS
@given(chosen=rules(gap=True), week=weeks, when=moments, slots=weekly_slots)
def test_following_a_fix_always_lets_the_post_pass(
    chosen: BalanceRule, week: list, when: datetime, slots: list[tuple[int, int, str | None]]
) -> None:
    """Under any rule (gaps and offer limits too) and any weekly slots, a fix given is one that
    works: its posts go in, each free, in posting hours, and then the post passes where the fix says."""
    with tempfile.TemporaryDirectory() as folder:
        planner = _open(folder, chosen, week)
        for day, quarter, side in slots:
            planner.add_slot("Instagram", day, f"{quarter // 4:02d}:{quarter % 4 * 15:02d}", side)
        hours = planner.posting_hours()
        try:
            planner.create_post(post("Launch", "Offer", when))
        except BalanceRefused as refused:
            for fix in [s for s in refused.verdict.suggestions if s.kind in FIX_KINDS]:
                for number, moment in enumerate(fix.moments):
                    assert moment >= NOW and _in_posting_hours(moment, hours), moment
                    assert _free(planner, moment, 30), moment
                    planner.create_post(post(f"Question {number}", "Question", moment))
                placed = post("Launch", "Offer", fix.move_to or when)
                breaches = planner.create_post(placed).verdict.breaches
                assert not [b for b in breaches if b.kind is not BreachKind.OFFER_RHYTHM], fix.message
        planner.close()
