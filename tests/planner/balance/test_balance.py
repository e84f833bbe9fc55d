"""Balance rules: presets, verdicts on every change, refusals, overrides, reports."""

from __future__ import annotations

import json
from datetime import datetime, timedelta
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from planner import Planner, PostFields, PostPatch, Status
from planner.balance.checks import CONVERSATION_SLOTS
from planner.balance.engine import BreachKind
from planner.balance.rules import PRESETS, BalanceRule, Mode, preset_rule
from planner.balance.verdicts import BalanceRefused
from planner.i18n import set_language
from planner.model import Change, Entity
from tests.helpers.backends import each_backend, planner_on_each_backend  # noqa: F401 - fixtures on both backends

PARIS = ZoneInfo("Europe/Paris")
MONDAY = datetime(2026, 6, 1, 9, 0, tzinfo=PARIS)


def at(day: int, hour: int = 9, minute: int = 0) -> datetime:
    """A time in June 2026 (a Monday is the 1st), in Paris."""
    return datetime(2026, 6, day, hour, minute, tzinfo=PARIS)


def talk(platform: str, when: datetime, title: str = "Which method do you use?") -> PostFields:
    return PostFields(platform=platform, title=title, category="Question", start=when)


def promo(platform: str, when: datetime, title: str = "-20% this weekend") -> PostFields:
    return PostFields(platform=platform, title=title, category="Offer", start=when)


def block_80_20(planner: Planner, platform: str = "LinkedIn") -> None:
    planner.set_rule(preset_rule("80-20", platform=platform, mode=Mode.BLOCK))


def strict_conversation(platform: str, mode: Mode) -> BalanceRule:
    """At least 4 conversation posts in any 5: what the 80/20 preset asked before schema 9."""
    return BalanceRule(platform, 5, 1, 4, None, None, mode)


# -- rules --------------------------------------------------------------------------


def test_presets_carry_the_numbers_of_the_product() -> None:
    assert PRESETS == {"80-20": (5, 1, 1), "thirds": (3, 1, 1), "4-1-1": (6, 1, 4), "5-3-2": (10, 0, 7)}
    rule = preset_rule("4-1-1", platform="X", mode=Mode.BLOCK)
    assert (rule.window, rule.max_promotion, rule.min_conversation, rule.mode) == (6, 1, 4, Mode.BLOCK)


def test_a_new_plan_defaults_to_80_20_in_warn_mode(planner: Planner) -> None:
    rule = planner.rule_for("Instagram")
    assert (rule.platform, rule.preset, rule.mode) == (None, "80-20", Mode.WARN)


def test_a_platform_rule_applies_to_that_platform_only(planner: Planner) -> None:
    block_80_20(planner, "LinkedIn")
    assert planner.rule_for("LinkedIn").mode is Mode.BLOCK
    assert planner.rule_for("Instagram").mode is Mode.WARN
    for day in range(1, 5):
        planner.create_post(talk("Instagram", at(day)))
    planner.create_post(promo("Instagram", at(5)))
    # Two promotions in a row on Instagram: warned, saved, never refused by LinkedIn's rule.
    change = planner.create_post(promo("Instagram", at(5, 12)))
    assert [(b.platform, b.kind) for b in change.verdict.breaches] == [("Instagram", BreachKind.MAX_PROMOTION)]
    assert {r.platform for r in planner.rules()} == {None, "LinkedIn"}


def test_custom_rules_are_checked_and_saved(planner: Planner) -> None:
    custom = BalanceRule("X", 4, 2, 1, 1, 24.0, Mode.WARN)
    saved = planner.set_rule(custom)
    assert (saved.window, saved.max_promo_streak, saved.min_promo_gap_hours, saved.preset) == (4, 1, 24.0, None)
    with pytest.raises(Exception, match="window"):
        planner.set_rule(BalanceRule("X", 0, 1, 1, None, None, Mode.WARN))
    with pytest.raises(Exception) as refused:
        planner.set_rule(BalanceRule("X", 3, 5, 1, None, None, Mode.WARN))
    assert getattr(refused.value, "exit_code", None) == 2


def test_removing_a_platform_rule_falls_back_to_the_default(planner: Planner) -> None:
    block_80_20(planner, "X")
    planner.remove_rule("X")
    assert planner.rule_for("X").platform is None


# -- block mode, override, audit, report -------------------------------------------


def test_block_mode_refuses_the_second_promotion_and_saves_nothing(planner: Planner) -> None:
    block_80_20(planner)
    for day in range(1, 5):
        assert planner.create_post(talk("LinkedIn", at(day))).verdict.ok
    assert planner.create_post(promo("LinkedIn", at(5))).verdict.ok
    revision = planner.revision()

    with pytest.raises(BalanceRefused) as refused:
        planner.create_post(promo("LinkedIn", at(5, 15), "Second offer"))

    assert refused.value.exit_code == 3
    message = refused.value.message
    assert "LinkedIn" in message and "80/20" in message and "2 promotions in 5 consecutive posts" in message
    assert planner.revision() == revision
    assert [p.title for p in planner.list_posts()].count("Second offer") == 0


def test_an_override_saves_with_its_reason_and_the_breach_in_the_audit_log(planner: Planner) -> None:
    block_80_20(planner)
    for day in range(1, 5):
        planner.create_post(talk("LinkedIn", at(day)))
    planner.create_post(promo("LinkedIn", at(5)))

    change = planner.create_post(promo("LinkedIn", at(5, 15), "Launch day"), reason="Product launch")

    assert change.verdict.blocking
    entry = planner.session.audit_log(entity=Entity.POST, entity_id=change.ids[0])[-1]
    assert entry.reason == "Product launch"
    assert "2 promotions in 5 consecutive posts" in json.loads(entry.summary)["breaches"][0]
    report = {b.platform: b for b in planner.balance_report(at(1, 0), at(8, 0))}
    assert report["LinkedIn"].counts["promotion"] == 2
    assert any(b.kind is BreachKind.MAX_PROMOTION for b in report["LinkedIn"].breaches)
    assert report["LinkedIn"].longest_streak == 2


def test_conversation_put_into_a_stretch_already_in_breach_is_not_refused(planner: Planner) -> None:
    """Putting a post in shifts every window after it: only offending posts brought together are new."""
    block_80_20(planner)
    planner.create_post(promo("LinkedIn", at(1)))
    planner.create_post(promo("LinkedIn", at(2), "Launch day"), reason="Product launch")

    after = planner.create_post(talk("LinkedIn", at(3)))
    between = planner.create_post(talk("LinkedIn", at(1, 15)))
    for day in range(4, 7):  # the plan grows past a window: conversation windows count too
        planner.create_post(talk("LinkedIn", at(day)))
    moved = planner.move_post(planner.create_post(talk("LinkedIn", at(7))).ids[0], at(2, 10))

    assert after.verdict.ok and between.verdict.ok and moved.verdict.ok
    with pytest.raises(BalanceRefused, match="3 promotions"):  # another promotion in that stretch is new
        planner.create_post(promo("LinkedIn", at(2, 12), "Third offer"))
    with pytest.raises(BalanceRefused):  # so is a conversation post taken out of it
        planner.edit_post(between.ids[0], PostPatch(category="Offer"))
    # News pushing conversation along no longer counts against 80/20: one conversation post in 5 is enough.
    assert planner.create_post(PostFields(platform="LinkedIn", title="Press", category="News", start=at(1, 12)))


def test_the_slot_suggested_for_conversation_is_accepted_in_block_mode(planner: Planner) -> None:
    forced = short_of_conversation(planner, Mode.BLOCK, reason="Legal notice")
    [slot] = [s for s in forced.verdict.suggestions if s.kind == "add_conversation"]

    assert planner.create_post(talk("X", slot.at)).verdict.ok


def test_deleting_is_never_refused_but_the_breach_it_creates_is_reported(planner: Planner) -> None:
    block_80_20(planner)
    planner.create_post(promo("LinkedIn", at(1)))
    ids = [planner.create_post(talk("LinkedIn", at(day))).ids[0] for day in range(2, 6)]
    planner.create_post(promo("LinkedIn", at(6)))
    # P C C C C P is fine; without one conversation post the two promotions share a window.
    change = planner.delete_post(ids[1])
    assert BreachKind.MAX_PROMOTION in [b.kind for b in change.verdict.breaches]
    assert change.verdict.blocking
    assert len(planner.list_posts()) == 5


def test_cancelling_is_never_refused(planner: Planner) -> None:
    block_80_20(planner)
    planner.create_post(promo("LinkedIn", at(1)))
    ids = [planner.create_post(talk("LinkedIn", at(day))).ids[0] for day in range(2, 6)]
    planner.create_post(promo("LinkedIn", at(6)))
    change = planner.edit_post(ids[0], PostPatch(status=Status.CANCELLED))
    assert change.verdict.blocking  # reported, yet saved
    assert planner.get_post(ids[0]).status is Status.CANCELLED


def test_ideas_and_cancelled_posts_do_not_count(planner: Planner) -> None:
    block_80_20(planner)
    planner.create_post(promo("LinkedIn", at(1)))
    planner.create_post(PostFields(platform="LinkedIn", title="Someday offer", category="Offer"))
    cancelled = planner.create_post(talk("LinkedIn", at(2))).ids[0]
    planner.edit_post(cancelled, PostPatch(status=Status.CANCELLED))
    with pytest.raises(BalanceRefused):
        planner.create_post(promo("LinkedIn", at(3)))


def test_a_single_promotion_in_a_quiet_week_passes(planner: Planner) -> None:
    block_80_20(planner)
    assert planner.create_post(promo("LinkedIn", at(3))).verdict.ok


# -- the other rules, edges, time ----------------------------------------------------


def test_window_edges_a_promotion_five_posts_later_passes(planner: Planner) -> None:
    block_80_20(planner)
    planner.create_post(promo("LinkedIn", at(1)))
    for day in range(2, 6):
        planner.create_post(talk("LinkedIn", at(day)))
    # Window of 5 from the first promotion: P C C C C; the next one starts a new window.
    assert planner.create_post(promo("LinkedIn", at(6))).verdict.ok
    with pytest.raises(BalanceRefused):
        planner.create_post(promo("LinkedIn", at(7)))


def test_the_streak_rule_counts_promotions_in_a_row(planner: Planner) -> None:
    planner.set_rule(BalanceRule("X", 10, None, None, 2, None, Mode.BLOCK))
    planner.create_post(promo("X", at(1)))
    planner.create_post(promo("X", at(2)))
    with pytest.raises(BalanceRefused) as refused:
        planner.create_post(promo("X", at(3)))
    assert "3 promotions in a row" in refused.value.message
    planner.create_post(talk("X", at(3)))
    assert planner.create_post(promo("X", at(4))).verdict.ok


def test_the_gap_rule_measures_hours_between_promotions(planner: Planner) -> None:
    planner.set_rule(BalanceRule("X", 10, None, None, None, 48, Mode.BLOCK))
    planner.create_post(promo("X", at(1)))
    with pytest.raises(BalanceRefused) as refused:
        planner.create_post(promo("X", at(2, 12)))
    assert "27 h apart" in refused.value.message and "48 h" in refused.value.message
    assert planner.create_post(promo("X", at(3, 10))).verdict.ok


def test_windows_follow_instants_across_the_autumn_change(planner: Planner) -> None:
    planner.set_rule(BalanceRule("X", 2, 1, None, None, None, Mode.BLOCK))
    fold = datetime(2026, 10, 25, 2, 30, tzinfo=PARIS)  # first 02:30, summer time
    planner.create_post(promo("X", fold))
    later = planner.create_post(talk("X", fold.replace(fold=1))).posts[0]  # the second 02:30, one hour later
    assert later.start_utc - fold.astimezone(ZoneInfo("UTC")) == timedelta(hours=1)
    # Between the two 02:30s by the clock, but after the first by the instant: still adjacent to the promotion.
    with pytest.raises(BalanceRefused):
        planner.create_post(promo("X", datetime(2026, 10, 25, 2, 45, tzinfo=PARIS)))


def test_messages_name_the_span_in_the_users_language(planner: Planner) -> None:
    block_80_20(planner)
    for day in range(1, 5):
        planner.create_post(talk("LinkedIn", at(day)))
    planner.create_post(promo("LinkedIn", at(5)))
    set_language("fr")
    with pytest.raises(BalanceRefused) as refused:
        planner.create_post(promo("LinkedIn", at(9)))
    message = refused.value.message
    assert message.startswith("Refusé : Sur LinkedIn, 2 promotions dans 5 publications consécutives (du 2 au 9 juin)")
    assert "la règle 80/20 en permet 1" in message


def test_moving_a_post_to_another_platform_is_judged_there(planner: Planner) -> None:
    block_80_20(planner, "LinkedIn")
    for day in range(1, 5):
        planner.create_post(talk("LinkedIn", at(day)))
    planner.create_post(promo("LinkedIn", at(5)))
    elsewhere = planner.create_post(promo("Instagram", at(5, 18))).ids[0]
    with pytest.raises(BalanceRefused):
        planner.edit_post(elsewhere, PostPatch(platform="LinkedIn"))
    assert planner.get_post(elsewhere).platform == "Instagram"


def test_a_refused_promotion_comes_with_slots_where_it_passes(planner: Planner) -> None:
    block_80_20(planner)
    for day in (1, 2, 3, 4, 8, 9, 10, 11):
        planner.create_post(talk("LinkedIn", at(day)))
    planner.create_post(promo("LinkedIn", at(5)))
    with pytest.raises(BalanceRefused) as refused:
        planner.create_post(promo("LinkedIn", at(6)))
    slots = [s for s in refused.value.verdict.suggestions if s.kind == "move_here"]
    assert 1 <= len(slots) <= 3
    for slot in slots:
        local = slot.at.astimezone(PARIS)
        assert 8 <= local.hour < 20
    # The nearest slot really passes.
    assert planner.create_post(promo("LinkedIn", slots[0].at)).verdict.ok


def short_of_conversation(planner: Planner, mode: Mode, reason: str | None = None) -> Change:
    """On X, three conversation posts then two news from the 15th: the window of five lacks one
    for a rule asking 4 conversation posts in 5 (the old 80/20's numbers).

    The planner's clock says 10 June: the window is ahead."""
    planner.set_rule(strict_conversation("X", mode))
    for day in range(15, 18):
        planner.create_post(talk("X", at(day)))
    planner.create_post(PostFields(platform="X", title="New delivery zones", category="News", start=at(18)))
    news = PostFields(platform="X", title="Opening hours", category="News", start=at(19))
    return planner.create_post(news, reason=reason)


def test_a_window_short_of_conversation_says_where_to_add_one(planner: Planner) -> None:
    change = short_of_conversation(planner, Mode.WARN)
    assert [b.kind for b in change.verdict.breaches] == [BreachKind.MIN_CONVERSATION]
    added = [s for s in change.verdict.suggestions if s.kind == "add_conversation"]
    assert added and at(15, 0) <= added[0].at <= at(20, 0)
    assert "conversation post on X" in added[0].message


def test_a_bulk_create_short_of_conversation_everywhere_suggests_the_earliest_few_slots(planner: Planner) -> None:
    """An import of a month of news, three a day: a dozen windows lack conversation, one warning
    says so, and a few slots are offered in the first windows, not one per window."""
    many = [
        PostFields(platform="X", title=f"News {day}-{hour}", category="News", start=at(day, hour))
        for day in range(15, 31)
        for hour in (9, 13, 17)
    ]
    change = planner.create_posts(many)
    assert {b.kind for b in change.verdict.breaches} == {BreachKind.MIN_CONVERSATION}
    added = [s for s in change.verdict.suggestions if s.kind == "add_conversation"]
    assert len(added) == CONVERSATION_SLOTS
    # The first three windows of five posts end on the 19th; each slot is free.
    assert all(at(15) <= s.at < at(20) for s in added)
    starts = {post.start for post in planner.list_posts()}
    assert not starts & {s.at for s in added}


def test_advise_mode_reports_but_never_warns(planner: Planner) -> None:
    planner.set_rule(preset_rule("thirds", platform="X", mode=Mode.ADVISE))
    planner.create_post(promo("X", at(1)))
    change = planner.create_post(promo("X", at(2)))
    assert change.verdict.ok
    report = {b.platform: b for b in planner.balance_report(at(1, 0), at(8, 0))}
    assert report["X"].breaches and report["X"].promotion_share == 1.0


def test_breached_posts_marks_the_offending_window(planner: Planner) -> None:
    for day in range(1, 5):
        planner.create_post(talk("X", at(day)))
    first = planner.create_post(promo("X", at(5))).ids[0]
    second = planner.create_post(promo("X", at(6))).ids[0]
    marked = planner.reports.breached_posts(at(1, 0), at(8, 0))
    assert {first, second} <= marked


def test_breaches_of_a_post_are_those_its_card_shows(planner: Planner) -> None:
    """What the post is in now, whatever a change would do: the same messages as the week's report."""
    planner.set_rule(preset_rule("80-20", platform="X", mode=Mode.WARN))
    talks = [planner.create_post(talk("X", at(day))).posts[0] for day in range(1, 5)]
    first = planner.create_post(promo("X", at(5))).posts[0]
    second = planner.create_post(promo("X", at(6))).posts[0]
    week = [b for balance in planner.balance_report(at(1, 0), at(8, 0)) for b in balance.breaches]

    for post in (first, second):
        mine = planner.breaches_of(post)
        assert mine and {b.message for b in mine} <= {b.message for b in week}
        assert all(post.id in b.posts for b in mine)
    assert planner.breaches_of(talks[0]) == ()  # Monday's question sits in no breached window
    idea = planner.create_post(PostFields(platform="X", title="Someday", category="Offer", status=Status.IDEA))
    assert planner.breaches_of(idea.posts[0]) == ()


def test_a_post_out_of_every_breach_has_none(planner: Planner) -> None:
    planner.set_rule(preset_rule("80-20", platform="X", mode=Mode.WARN))
    for day in range(1, 5):
        planner.create_post(talk("X", at(day)))
    offer = planner.create_post(promo("X", at(5))).posts[0]

    assert planner.breaches_of(offer) == ()


def test_an_edit_preview_says_the_breaches_the_post_would_be_in(planner: Planner) -> None:
    planner.set_rule(preset_rule("80-20", platform="X", mode=Mode.WARN))
    for day in range(1, 5):
        planner.create_post(talk("X", at(day)))
    planner.create_post(promo("X", at(5)))
    second = planner.create_post(promo("X", at(6))).posts[0]
    assert planner.breaches_of(second)

    retitled = planner.preview_edit_effect(second.id, PostPatch(title="Still an offer"))
    as_a_question = planner.preview_edit_effect(second.id, PostPatch(category="Question"))

    assert retitled.verdict.ok and retitled.after == planner.breaches_of(second)
    assert as_a_question.verdict.ok and as_a_question.after == ()  # out of the breach once saved
    assert planner.get_post(second.id).category == "Offer"  # nothing saved
    assert planner.breaches_of(second)


def test_an_edit_preview_refused_by_a_block_rule_says_no_after(planner: Planner) -> None:
    block_80_20(planner, "X")
    for day in range(1, 5):
        planner.create_post(talk("X", at(day)))
    planner.create_post(promo("X", at(5)))
    question = planner.create_post(talk("X", at(6))).posts[0]

    refused = planner.preview_edit_effect(question.id, PostPatch(category="Offer"))

    assert refused.verdict.blocking and refused.after is None


def test_a_cross_post_counts_on_each_platform_it_goes_to(planner: Planner) -> None:
    for name in ("LinkedIn", "X"):
        block_80_20(planner, name)
        planner.create_post(promo(name, at(1), "Launch, everywhere"))
    # The sibling on X is a promotion on X too: a second one there is refused.
    with pytest.raises(BalanceRefused) as refused:
        planner.create_post(promo("X", at(2)))
    assert "On X" in refused.value.message


def test_a_report_over_the_spring_forward_week_covers_the_whole_week(planner: Planner) -> None:
    from planner.timezones import week_range

    start, end = week_range(2026, 13, "Europe/Paris")  # Monday 23 to Sunday 29 March; clocks jump on the 29th
    assert end.timestamp() - start.timestamp() == timedelta(hours=167).total_seconds()
    planner.create_post(promo("X", datetime(2026, 3, 23, 0, 0, tzinfo=PARIS)))
    planner.create_post(promo("X", datetime(2026, 3, 29, 23, 30, tzinfo=PARIS)))
    planner.create_post(promo("X", datetime(2026, 3, 30, 0, 0, tzinfo=PARIS)))  # next week
    report = {b.platform: b for b in planner.balance_report(start, end)}
    assert report["X"].counts["promotion"] == 2
    # The breach window reaches into the next week, but it is reported for this one.
    assert report["X"].breaches


def test_a_report_says_where_conversation_is_missing(planner: Planner) -> None:
    planner.set_rule(strict_conversation("X", Mode.WARN))
    for day in range(15, 18):
        planner.create_post(talk("X", at(day)))
    planner.create_post(PostFields(platform="X", title="News", category="News", start=at(18)))
    planner.create_post(PostFields(platform="X", title="More news", category="News", start=at(19)))
    report = {b.platform: b for b in planner.balance_report(at(15, 0), at(22, 0))}
    slots = report["X"].suggestions
    assert slots and slots[0].kind == "add_conversation" and at(15, 0) <= slots[0].at <= at(20, 0)
    # The same shortage, all in the past (the clock says 10 June): reported, but no slot.
    for day in range(1, 4):
        planner.create_post(talk("X", at(day)))
    planner.create_post(PostFields(platform="X", title="Old news", category="News", start=at(4)))
    planner.create_post(PostFields(platform="X", title="Older news", category="News", start=at(5)))
    past = {b.platform: b for b in planner.balance_report(at(1, 0), at(8, 0))}["X"]
    assert past.breaches and not past.suggestions


def test_weekly_sides_count_each_week_in_the_planning_zone(planner: Planner) -> None:
    planner.create_post(talk("X", datetime(2026, 6, 7, 23, 30, tzinfo=PARIS)))  # Sunday of W23, late
    planner.create_post(promo("X", datetime(2026, 6, 8, 0, 30, tzinfo=PARIS)))  # Monday of W24
    planner.create_post(PostFields(platform="X", title="Idea", category="Offer"))  # ideas do not count
    weeks = [w for w in planner.weekly_sides(2026, 24, weeks=2) if w.platform == "X"]
    assert [(w.week, w.counts["conversation"], w.counts["promotion"]) for w in weeks] == [(23, 1, 0), (24, 0, 1)]
    assert len(planner.weekly_sides(2026, 24)) == 12 * 3  # twelve weeks, three platforms
    # Where weeks start on Sunday (as the calendar shows them), that Sunday opens W24: it holds the 8th.
    sundays = [w for w in planner.weekly_sides(2026, 24, weeks=2, first_weekday=7) if w.platform == "X"]
    assert [(w.week, w.start.day, w.counts["conversation"], w.counts["promotion"]) for w in sundays] == [
        (23, 31, 0, 0),
        (24, 7, 1, 1),
    ]


@settings(max_examples=40, suppress_health_check=[HealthCheck.function_scoped_fixture], deadline=None)
@given(first_weekday=st.integers(1, 7), day=st.integers(0, 20), minute=st.integers(0, 24 * 60 - 1))
def test_each_post_counts_in_the_week_whose_days_hold_it(
    planner: Planner, first_weekday: int, day: int, minute: int
) -> None:
    """Five weeks up to the one holding Monday 1 June (W23), whatever day they start on: 11 to 31 May is inside."""
    when = datetime(2026, 5, 11, tzinfo=PARIS) + timedelta(days=day, minutes=minute)
    post = planner.create_post(talk("X", when)).ids[0]
    try:
        weeks = [w for w in planner.weekly_sides(2026, 23, weeks=5, first_weekday=first_weekday) if w.platform == "X"]
    finally:
        planner.delete_post(post)
    counted = [w for w in weeks if w.counts["conversation"]]
    assert [w.start <= when.date() < w.start + timedelta(days=7) for w in counted] == [True]
    assert all(w.start.isoweekday() == first_weekday for w in weeks)
    # Each is numbered by the ISO week of most of its days, as the calendar's title numbers it.
    for w in weeks:
        days = [(w.start + timedelta(days=n)).isocalendar()[:2] for n in range(7)]
        assert days.count((w.year, w.week)) >= 4


def test_suggested_slots_are_never_in_the_past(planner: Planner) -> None:
    # The planner's clock says 10 June 2026, 10:00 Paris.
    block_80_20(planner)
    for day in (1, 2, 3, 4, 13, 14, 15, 16):
        planner.create_post(talk("LinkedIn", at(day, 12)))
    planner.create_post(promo("LinkedIn", at(11)))
    with pytest.raises(BalanceRefused) as refused:
        planner.create_post(promo("LinkedIn", at(12)))
    slots = [s.at for s in refused.value.verdict.suggestions if s.kind == "move_here"]
    assert slots and all(slot >= planner.now() for slot in slots)


def test_a_rule_change_expects_the_version_it_saw(planner: Planner, db_location: Path | str) -> None:
    from planner.errors import ConflictError

    seen = planner.rule_for("LinkedIn")  # follows the default: no rule of its own, version 0 expected
    with Planner.open(db_location, user="sam") as colleague:
        colleague.set_rule(preset_rule("4-1-1", platform="LinkedIn"))
    with pytest.raises(ConflictError):
        planner.set_rule(preset_rule("thirds", platform="LinkedIn"), expect_version=0)
    with pytest.raises(ConflictError):
        planner.remove_rule("LinkedIn", expect_version=0)
    own = planner.rule_for("LinkedIn")
    assert own.preset == "4-1-1" and seen.platform is None
    saved = planner.set_rule(preset_rule("thirds", platform="LinkedIn"), expect_version=own.version)
    assert saved.version == own.version + 1
    planner.remove_rule("LinkedIn", expect_version=saved.version)
    assert planner.rule_for("LinkedIn").platform is None


@settings(max_examples=60, suppress_health_check=[HealthCheck.function_scoped_fixture], deadline=None)
@given(
    minutes=st.integers(0, 366 * 24 * 60),
    zone_name=st.sampled_from(["Europe/Paris", "America/New_York", "Asia/Kolkata", "Australia/Lord_Howe"]),
)
def test_a_new_post_starts_at_the_next_full_hour_within_the_posting_hours(
    db_path: Path, minutes: int, zone_name: str
) -> None:
    """08:00 to 20:00 by default: before them their start, from their end the next day's."""
    now = datetime(2026, 1, 1, tzinfo=ZoneInfo("UTC")) + timedelta(minutes=minutes)
    with Planner.open(db_path, planning_zone="Europe/Paris", clock=lambda: now) as planner:
        start = planner.next_posting_time(zone_name)

    local_now = now.astimezone(ZoneInfo(zone_name))
    assert start.tzinfo is not None and start > now and (start.minute, start.second) == (0, 0)
    assert 8 <= start.hour < 20 or start.hour == 9  # 9: an 08:00 the clocks skip goes an hour on
    assert start - now <= timedelta(hours=13)  # never a day further than the next morning
    if 7 <= local_now.hour < 19:
        assert start.astimezone(ZoneInfo(zone_name)).hour == local_now.hour + 1


def test_the_next_posting_time_examples(planner: Planner) -> None:
    # The planner's clock: Wednesday 10 June 2026, 10:00 in Paris.
    assert planner.next_posting_time() == datetime(2026, 6, 10, 11, 0, tzinfo=PARIS)
    assert planner.next_posting_time("Asia/Tokyo") == datetime(2026, 6, 10, 18, 0, tzinfo=ZoneInfo("Asia/Tokyo"))
    new_york = ZoneInfo("America/New_York")  # 04:00 there: the posting hours start at 08:00
    assert planner.next_posting_time("America/New_York") == datetime(2026, 6, 10, 8, 0, tzinfo=new_york)
    planner.posting_hours.set(9 * 60, 11 * 60)  # from 11:00 Paris: tomorrow at 09:00
    assert planner.next_posting_time() == datetime(2026, 6, 11, 9, 0, tzinfo=PARIS)


def test_a_suggested_slot_breaks_nothing_not_merely_nothing_new(planner: Planner) -> None:
    """Within a breach already there a move is let through; a suggestion is a slot with no breach at all."""
    rule = BalanceRule(
        platform="X", window=3, max_promotion=3, min_conversation=0, max_promo_streak=None,
        min_promo_gap_hours=24, mode=Mode.BLOCK,
    )  # fmt: skip
    planner.set_rule(rule)
    planner.create_post(promo("X", at(15, 9)))
    late = planner.create_post(promo("X", at(15, 20)), reason="Launch day").ids[0]

    with pytest.raises(BalanceRefused) as refused:
        planner.move_post(late, at(15, 15))  # closer still
    slots = [s.at for s in refused.value.verdict.suggestions if s.kind == "move_here"]

    assert slots
    for slot in slots:
        planner.move_post(late, slot)
        assert not [b for _, b in planner.reports.full_report_raw() if late in b.post_ids], slot
    planner.move_post(late, at(15, 20), reason="back")


def test_a_window_without_any_conversation_says_so_in_words() -> None:
    """Not "only 0 conversation posts": "no conversation post", in English and French."""
    from planner.balance.engine import RawBreach
    from planner.balance.verdicts import explain

    rule = preset_rule("80-20", platform="Instagram")
    raw = RawBreach(BreachKind.MIN_CONVERSATION, (1, 2, 3, 4, 5), 0, 1)
    monday = datetime(2026, 6, 8, 9, 0, tzinfo=ZoneInfo("Europe/Paris"))
    assert "no conversation post in 5 consecutive posts" in explain("Instagram", rule, raw, monday, monday).message
    set_language("fr")
    assert "aucune publication de conversation sur 5" in explain("Instagram", rule, raw, monday, monday).message
