"""One verdict everywhere: the breaches a post is in do not depend on the range they are read for.

A week card's mark comes from the report over the shown week (or month, or agenda), the
editor's "Now" line from :meth:`Planner.breaches_of`; both must name the same breaches for the
post, with the same words, whatever range holds it.
"""

from __future__ import annotations

import tempfile
from dataclasses import replace
from datetime import UTC, datetime, timedelta
from pathlib import Path
from zoneinfo import ZoneInfo

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from planner import Planner, PostFields, Status
from planner.balance.rules import BalanceRule, Mode, preset_rule
from planner.balance.values import Breach, BreachKind
from planner.model import Post, PostQuery
from planner.timezones import week_range
from tests.helpers.fixed import NOW

START = datetime(2026, 6, 1, tzinfo=UTC)
CATEGORIES = ("Question", "News", "Offer")  # conversation, information, promotion (an offer too)


@st.composite
def rules(draw: st.DrawFn) -> BalanceRule:
    window = draw(st.integers(1, 6))
    limit = st.none() | st.integers(0, window)
    offers = draw(st.none() | st.tuples(st.integers(0, 3), st.integers(1, 10)))
    return BalanceRule(
        platform=None,
        window=window,
        max_promotion=draw(limit),
        min_conversation=draw(limit),
        max_promo_streak=draw(st.none() | st.integers(0, 3)),
        min_promo_gap_hours=draw(st.sampled_from([None, 6.0, 30.0, 100.0])),
        mode=Mode.WARN,
        max_offers=None if offers is None else offers[0],
        offer_days=None if offers is None else offers[1],
    )


# Posts every few hours over a month: windows, runs and gaps reach across days and weeks.
moments = st.integers(0, 30 * 24).map(lambda hour: START + timedelta(hours=hour))
plans = st.lists(st.tuples(moments, st.sampled_from(CATEGORIES)), min_size=1, max_size=40)
# Follow-ups on the first post, due some hours after it: late ones (due before NOW, 10 June)
# hold back the promotions after them ("promises before promotion").
dues = st.lists(st.integers(1, 30 * 24), max_size=3)
# How far a range reaches before and after its post, in hours (None: the range is open there).
reaches = st.none() | st.integers(0, 20 * 24)


def _naming(planner: Planner, post: Post, before: int | None, after: int | None) -> list[Breach]:
    assert post.start is not None
    start = None if before is None else post.start - timedelta(hours=before)
    end = None if after is None else post.start + timedelta(hours=after, seconds=1)
    report = planner.balance_report(start, end)
    return sorted((b for balance in report for b in balance.breaches if post.id in b.posts), key=repr)


@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(
    rule=rules(),
    plan=plans,
    late=dues,
    pick=st.integers(0, 100),
    ranges=st.lists(st.tuples(reaches, reaches), max_size=3),
)
def test_the_breaches_naming_a_post_are_the_same_whatever_the_range(
    rule: BalanceRule,
    plan: list[tuple[datetime, str]],
    late: list[int],
    pick: int,
    ranges: list[tuple[int | None, int | None]],
) -> None:
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "plan.sqlite"
        planner = Planner.open(path, planning_zone="Europe/Paris", clock=lambda: NOW, user="camille")
        planner.add_platform("Instagram", "instagram")
        planner.edit_category("Offer", offer=True)
        planner.set_rule(rule)
        planner.create_posts(
            [PostFields("Instagram", "Post", category=c, start=w, status=Status.SCHEDULED) for w, c in plan],
            judge=False,
        )
        posts = planner.list_posts()
        for hours in late:
            planner.followups.add(posts[0].id, "answer", after=timedelta(hours=hours))
        post = posts[pick % len(posts)]
        whole = _naming(planner, post, None, None)
        for before, after in [(0, 0), *ranges]:
            assert _naming(planner, post, before, after) == whole, (before, after)
        assert sorted(planner.breaches_of(post), key=repr) == whole


# Long runs: hundreds of promotions, a conversation post now and then, every few hours to a
# day apart (often a day: offers on a rhythm): one episode longer than a report reads beyond its
# range (EPISODE_REACH, RUN_CAP), told by the week (LONG_EPISODE, LONG_RUN).
long_runs = st.lists(
    st.tuples(st.integers(4, 30) | st.just(24), st.sampled_from(CATEGORIES[2:] * 40 + CATEGORIES[:2])),
    min_size=300,
    max_size=700,
)


@st.composite
def promotion_rules(draw: st.DrawFn) -> BalanceRule:
    """A rule (:func:`rules`) whose windows of promotions overlap: a long run is one episode."""
    rule = draw(rules())
    window = draw(st.integers(2, 6))
    return replace(rule, window=window, max_promotion=draw(st.integers(0, window - 1)), min_conversation=None)


@settings(max_examples=25, deadline=None, suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large])
@given(
    rule=promotion_rules(),
    run=long_runs,
    pick=st.integers(0, 10_000),
    ranges=st.lists(st.tuples(reaches, reaches), min_size=1, max_size=3),
)
def test_a_long_run_names_each_post_the_same_whatever_the_range(
    rule: BalanceRule,
    run: list[tuple[int, str]],
    pick: int,
    ranges: list[tuple[int | None, int | None]],
) -> None:
    with tempfile.TemporaryDirectory() as folder:
        planner = Planner.open(Path(folder) / "plan.sqlite", planning_zone="Europe/Paris", clock=lambda: NOW, user="c")
        planner.add_platform("Instagram", "instagram")
        planner.edit_category("Offer", offer=True)
        planner.set_rule(rule)
        moment, fields = START - timedelta(days=60), []
        for hours, category in run:
            moment += timedelta(hours=hours)
            fields.append(PostFields("Instagram", "Post", category=category, start=moment, status=Status.SCHEDULED))
        planner.create_posts(fields, judge=False)
        posts = planner.list_posts()
        post = posts[pick % len(posts)]
        whole = _naming(planner, post, None, None)
        for before, after in [(0, 0), *ranges]:
            assert _naming(planner, post, before, after) == whole, (before, after)
        assert sorted(planner.breaches_of(post), key=repr) == whole


def test_each_post_of_600_daily_promotions_is_told_one_window_of_its_week(planner: Planner) -> None:
    """The audit's plan: Instagram on the default 80/20 (warn), a promotion every day at 18:00 for
    600 days from 300 days before 10 June 2026 (offers, watched by the rule too: a run on one
    rhythm). A week's cards and each post's editor name the same windows and runs, and the one
    named holds the post or starts in its week, not months away."""
    planner.edit_category("Offer", offer=True)
    rule = preset_rule("80-20", platform="Instagram", mode=Mode.WARN)
    planner.set_rule(replace(rule, max_offers=50, offer_days=7))
    paris = ZoneInfo("Europe/Paris")
    first = datetime(2026, 6, 10, 18, tzinfo=paris) - timedelta(days=300)
    planner.create_posts(
        [
            PostFields("Instagram", f"Coupon {day}", category="Offer", start=first + timedelta(days=day))
            for day in range(600)
        ],
        judge=False,
    )
    compared = 0
    for week in range(24, 31):  # 8 June to 26 July
        start, end = week_range(2026, week, "Europe/Paris")
        report = planner.balance_report(start, end)
        for post in planner.list_posts(PostQuery(start, end)):
            assert post.start is not None
            card = sorted((b for balance in report for b in balance.breaches if post.id in b.posts), key=repr)
            assert sorted(planner.breaches_of(post), key=repr) == card
            kinds = {BreachKind.MAX_PROMOTION, BreachKind.MIN_CONVERSATION, BreachKind.OFFER_RHYTHM}
            assert sorted(b.kind.value for b in card) == sorted(kind.value for kind in kinds)
            monday = post.start.astimezone(paris).date() - timedelta(days=post.start.astimezone(paris).weekday())
            for breach in card:
                shown = breach.first.astimezone(paris).date(), breach.last.astimezone(paris).date()
                holds = breach.first <= post.start <= breach.last
                assert holds or monday <= shown[0] <= monday + timedelta(days=6), (post.start, breach.message)
            compared += 1
    assert compared == 49


def test_a_week_busier_than_a_report_s_reach_is_read_whole(planner: Planner) -> None:
    """A promotion every 15 minutes for three weeks: more posts in a week than a report reads
    beyond its range (EPISODE_REACH). The week's posts are still read whole, so the day of a
    post (its editor) and its week (its card) name the same piece of the episode."""
    planner.set_rule(preset_rule("80-20", platform="Instagram", mode=Mode.WARN))
    first = datetime(2026, 6, 1, tzinfo=ZoneInfo("Europe/Paris"))
    moments = [first + timedelta(minutes=15 * n) for n in range(3 * 7 * 96)]
    planner.create_posts([PostFields("Instagram", "Sale", category="Offer", start=m) for m in moments], judge=False)
    start, end = week_range(2026, 24, "Europe/Paris")
    report = planner.balance_report(start, end)
    week = planner.list_posts(PostQuery(start, end))
    assert len(week) > 600
    for post in week[::25]:
        card = sorted((b for balance in report for b in balance.breaches if post.id in b.posts), key=repr)
        assert sorted(planner.breaches_of(post), key=repr) == card
        assert len(card) == 2 and all(len(b.posts) == len(week) for b in card)
