"""The offer habit: at most N offers on a platform in D days, and a warning when offers fall on a
fixed rhythm (the same weekday and time, or equal intervals)."""

from __future__ import annotations

import tempfile
from dataclasses import replace
from datetime import UTC, datetime, timedelta
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from planner import Planner, PostFields, PostPatch, Status
from planner.balance import offers
from planner.balance.engine import BreachKind, RawBreach
from planner.balance.rules import PRESETS, BalanceRule, Mode, checked, preset_rule
from planner.balance.verdicts import BalanceRefused
from planner.errors import ValidationError
from planner.i18n import set_language
from tests.helpers.backends import each_backend, planner_on_each_backend  # noqa: F401 - fixtures on both backends

PARIS = ZoneInfo("Europe/Paris")
OFFER_KINDS = (BreachKind.MAX_OFFERS, BreachKind.OFFER_RHYTHM)


def at(day: int, hour: int = 10, month: int = 7) -> datetime:
    return datetime(2026, month, day, hour, 0, tzinfo=PARIS)


def limit(planner: Planner, most: int = 2, days: int = 7, mode: Mode = Mode.BLOCK, platform: str = "Instagram") -> None:
    """A rule with no other limit than the offers', so that only the offer habit speaks."""
    planner.set_rule(BalanceRule(platform, 5, None, None, None, None, mode, max_offers=most, offer_days=days))


def offer(planner: Planner, when: datetime, title: str = "-20% coupon", platform: str = "Instagram", **kw: object):  # type: ignore[no-untyped-def]
    return planner.create_post(PostFields(platform=platform, title=title, category="Offer", start=when), **kw)


@pytest.fixture
def coupons(planner: Planner) -> Planner:
    """The "Offer" category is an offer; Instagram allows 2 offers in 7 days, in block mode."""
    planner.edit_category("Offer", offer=True)
    limit(planner)
    return planner


def kinds(change: object) -> list[BreachKind]:
    return [b.kind for b in change.verdict.breaches]  # type: ignore[attr-defined]


# -- the rule ----------------------------------------------------------------------------------


def test_no_rule_limits_offers_until_told_and_presets_keep_no_limit(planner: Planner) -> None:
    assert all(preset_rule(name).max_offers is None for name in PRESETS)
    rule = planner.rule_for("Instagram")
    assert (rule.max_offers, rule.offer_days) == (None, None)
    planner.edit_category("Offer", offer=True)
    for day in (1, 2, 3, 4):
        assert OFFER_KINDS[0] not in kinds(offer(planner, at(day), reason="launch week"))


@pytest.mark.parametrize(
    ("most", "days", "key"),
    [
        (2, None, "error.rule_offers_pair"),
        (None, 7, "error.rule_offers_pair"),
        (-1, 7, "error.rule_max_offers"),
        (2, 0, "error.rule_offer_days"),
        (2, 366, "error.rule_offer_days"),
    ],
)
def test_an_offer_limit_that_makes_no_sense_is_refused(most: int | None, days: int | None, key: str) -> None:
    rule = BalanceRule("Instagram", 5, None, None, None, None, Mode.WARN, max_offers=most, offer_days=days)
    with pytest.raises(ValidationError) as refused:
        checked(rule)
    assert refused.value.key == key and refused.value.exit_code == 2


def test_the_offer_limit_is_stored_with_the_rule_and_kept_by_other_changes(planner: Planner) -> None:
    limit(planner, 3, 14, Mode.WARN)
    rule = planner.rule_for("Instagram")
    assert (rule.max_offers, rule.offer_days) == (3, 14)
    planner.set_rule(replace(rule, mode=Mode.BLOCK))
    assert (planner.rule_for("Instagram").max_offers, planner.rule_for("Instagram").offer_days) == (3, 14)
    assert planner.rule_for("LinkedIn").max_offers is None  # the default rule has none


# -- too many offers ---------------------------------------------------------------------------


def test_a_third_offer_in_seven_days_is_refused_naming_the_offers_and_nothing_is_saved(coupons: Planner) -> None:
    first = offer(coupons, at(6)).posts[0].id
    second = offer(coupons, at(8)).posts[0].id
    revision = coupons.revision()

    with pytest.raises(BalanceRefused) as refused:
        offer(coupons, at(9), title="Flash sale")

    assert refused.value.exit_code == 3 and coupons.revision() == revision
    breach = refused.value.verdict.blocking[0]
    assert breach.kind is BreachKind.MAX_OFFERS and (breach.figure, breach.limit) == (3, 2)
    assert breach.posts[:2] == (first, second) and len(breach.posts) == 3
    assert breach.message == "3 offers on Instagram in 7 days (6 to 9 July); the custom rule allows 2."
    assert [p.title for p in coupons.list_posts()] == ["-20% coupon", "-20% coupon"]


def test_the_refusal_is_in_french_too(coupons: Planner) -> None:
    offer(coupons, at(6))
    offer(coupons, at(8))
    set_language("fr")
    with pytest.raises(BalanceRefused) as refused:
        offer(coupons, at(9))
    assert refused.value.message.startswith(
        "Refusé : 3 offres sur Instagram en 7 jours (du 6 au 9 juillet) ; la règle personnalisée en permet 2."
    )


def test_only_offers_on_that_platform_within_the_days_count(coupons: Planner) -> None:
    offer(coupons, at(6))
    offer(coupons, at(8))
    # A promotion that is no offer, an offer elsewhere, an offer a week after the first: all pass.
    coupons.create_post(PostFields(platform="Instagram", title="New mug", category="Launch", start=at(9)))
    offer(coupons, at(9), platform="LinkedIn")
    assert kinds(offer(coupons, at(13, 11))) == []
    # An idea or a cancelled offer does not count either.
    coupons.create_post(PostFields(platform="Instagram", title="Someday", category="Offer"))
    assert coupons.balance_report(at(1, 0), at(31, 0), ["Instagram"])[0].breaches == ()


def test_with_a_reason_or_in_warn_mode_it_is_saved_with_the_warning_and_reported(coupons: Planner) -> None:
    offer(coupons, at(6))
    offer(coupons, at(8))
    forced = offer(coupons, at(9), reason="summer clearance")
    assert kinds(forced) == [BreachKind.MAX_OFFERS]
    limit(coupons, mode=Mode.WARN)
    warned = offer(coupons, at(11))
    assert kinds(warned) == [BreachKind.MAX_OFFERS] and warned.verdict.breaches[0].figure == 4
    # The report shows one episode: the fullest span.
    (report,) = coupons.balance_report(at(1, 0), at(31, 0), ["Instagram"])
    assert [(b.kind, b.figure) for b in report.breaches] == [(BreachKind.MAX_OFFERS, 4)]


def test_advise_shows_it_in_reports_only_and_off_nowhere(coupons: Planner) -> None:
    limit(coupons, mode=Mode.ADVISE)
    for day in (6, 7, 8):
        assert kinds(offer(coupons, at(day))) == []
    assert coupons.balance_report(at(1, 0), at(31, 0), ["Instagram"])[0].breaches[0].kind is BreachKind.MAX_OFFERS
    limit(coupons, mode=Mode.OFF)
    assert coupons.balance_report(at(1, 0), at(31, 0), ["Instagram"])[0].breaches == ()


def test_editing_or_moving_an_offer_inside_a_span_already_full_is_no_new_breach(coupons: Planner) -> None:
    limit(coupons, mode=Mode.WARN)
    ids = [offer(coupons, at(day)).posts[0].id for day in (6, 7, 8)]
    coupons.set_rule(replace(coupons.rule_for("Instagram"), mode=Mode.BLOCK))
    assert kinds(coupons.edit_post(ids[1], PostPatch(title="-25% coupon"))) == []
    assert kinds(coupons.move_post(ids[2], at(7, 15))) == []
    # Turning an offer into a plain post never makes a new breach, nor does deleting one.
    assert kinds(coupons.edit_post(ids[0], PostPatch(category="News"))) == []
    assert coupons.delete_post(ids[1]).verdict.ok


def test_a_limit_of_zero_refuses_every_offer(coupons: Planner) -> None:
    limit(coupons, most=0, days=1)
    with pytest.raises(BalanceRefused) as refused:
        offer(coupons, at(6))
    assert refused.value.verdict.blocking[0].message == (
        "An offer on Instagram in one day (on 6 July): the custom rule allows none."
    )


# -- the rhythm --------------------------------------------------------------------------------


def test_offers_every_friday_at_ten_warn_and_never_refuse_even_under_a_blocking_rule(coupons: Planner) -> None:
    limit(coupons, most=3, days=7)
    offer(coupons, at(3))  # Friday 3 July
    offer(coupons, at(10))
    third = offer(coupons, at(17))  # saved: a rhythm only warns
    (breach,) = third.verdict.breaches
    assert breach.kind is BreachKind.OFFER_RHYTHM and breach.mode is Mode.WARN and not third.verdict.blocking
    assert breach.message == (
        "Offers every Friday at 10:00, 3 times in a row on Instagram (3 to 17 July): "
        "the community learns to wait for the next coupon."
    )
    offer(coupons, at(24))
    (report,) = coupons.balance_report(at(1, 0), at(31, 0), ["Instagram"])
    assert [(b.kind, b.figure) for b in report.breaches] == [(BreachKind.OFFER_RHYTHM, 4)]
    set_language("fr")
    (report,) = coupons.balance_report(at(1, 0), at(31, 0), ["Instagram"])
    assert report.breaches[0].message == (
        "Des offres chaque vendredi à 10:00, 4 fois de suite sur Instagram (du 3 au 24 juillet) : "
        "la communauté apprend à attendre le prochain coupon."
    )


def test_offers_at_equal_intervals_warn_and_a_broken_rhythm_does_not(coupons: Planner) -> None:
    limit(coupons, most=3, days=2)
    offer(coupons, at(1, 9))
    offer(coupons, at(4, 9))
    third = offer(coupons, at(7, 18)).posts[0].id
    assert coupons.balance_report(at(1, 0), at(31, 0), ["Instagram"])[0].breaches == ()  # 3 days, then 3 days 9 h
    moved = coupons.move_post(third, at(7, 9))  # every 3 days now
    assert [b.message for b in moved.verdict.breaches] == [
        "Offers every 3 days, 3 times in a row on Instagram (1 to 7 July): "
        "the community learns to wait for the next coupon."
    ]


@pytest.mark.parametrize(
    ("month", "first_day"),
    [(3, 20), (10, 16)],  # Fridays around the change of clocks in Paris: 29 March and 25 October 2026
)
def test_a_weekly_slot_across_a_change_of_clocks_is_one_rhythm(coupons: Planner, month: int, first_day: int) -> None:
    limit(coupons, most=5, days=7)
    for week in range(2):
        offer(coupons, datetime(2026, month, first_day, 10, tzinfo=PARIS) + timedelta(weeks=week))
    third = offer(coupons, datetime(2026, month, first_day, 10, tzinfo=PARIS) + timedelta(weeks=2))
    assert [b.kind for b in third.verdict.breaches] == [BreachKind.OFFER_RHYTHM]
    assert "every Friday at 10:00" in third.verdict.breaches[0].message


ZONES = ["Europe/Paris", "America/New_York", "Australia/Lord_Howe", "Asia/Kolkata", "UTC", "Pacific/Chatham"]


@settings(max_examples=60, deadline=None)
@given(
    zone_name=st.sampled_from(ZONES),
    first=st.datetimes(datetime(2026, 1, 1), datetime(2027, 12, 31)),
    weeks=st.lists(st.integers(1, 6), min_size=2, max_size=2),
)
def test_three_offers_at_one_weekday_and_local_time_are_a_rhythm_under_any_zone(
    zone_name: str, first: datetime, weeks: list[int]
) -> None:
    tz = ZoneInfo(zone_name)
    wall = first.replace(second=0, microsecond=0)
    walls = [wall, wall + timedelta(weeks=weeks[0]), wall + timedelta(weeks=weeks[0] + weeks[1])]
    # The wall times as they are kept: a time in a gap of the clocks moves, and is then no rhythm.
    instants = [int(w.replace(tzinfo=tz).timestamp()) for w in walls]
    back = [datetime.fromtimestamp(t, tz).replace(tzinfo=None) for t in instants]
    found = offers.rhythm([(t, i) for i, t in enumerate(instants)], zone_name)
    if len({(b.weekday(), b.time()) for b in back}) == 1:
        assert [b.post_ids for b in found] == [(0, 1, 2)]


# -- judging a change reads only what is around it -------------------------------------------

START = datetime(2026, 7, 1, tzinfo=UTC)
moments = st.integers(0, 40 * 24).map(lambda hour: START + timedelta(hours=hour))
plain = st.tuples(moments, st.sampled_from(["Offer", "Offer", "News", "Launch"]))
steps = st.one_of(
    st.tuples(st.just("create"), plain),
    st.tuples(st.just("move"), st.integers(0, 60), moments),
    st.tuples(st.just("recategorise"), st.integers(0, 60), st.sampled_from(["Offer", "News"])),
    st.tuples(st.sampled_from(["delete", "cancel"]), st.integers(0, 60)),
)


def _offer_breaches(planner: Planner) -> set[RawBreach]:
    return {b for _, b in planner.reports.full_report_raw() if b.kind in OFFER_KINDS}


def _apply(planner: Planner, step: tuple):  # type: ignore[no-untyped-def]
    kind = step[0]
    if kind == "create":
        when, category = step[1]
        return planner.create_post(PostFields(platform="Instagram", title="Post", category=category, start=when))
    ids = [p.id for p in planner.list_posts() if p.status is not Status.CANCELLED]
    if not ids:
        return None
    post_id = ids[step[1] % len(ids)]
    if kind == "move":
        return planner.move_post(post_id, step[2])
    if kind == "recategorise":
        return planner.edit_post(post_id, PostPatch(category=step[2]))
    if kind == "delete":
        return planner.delete_post(post_id)
    return planner.edit_post(post_id, PostPatch(status=Status.CANCELLED))


@settings(max_examples=30, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(
    most=st.integers(0, 3),
    days=st.integers(1, 10),
    initial=st.lists(plain, max_size=25),
    changes=st.lists(steps, min_size=1, max_size=6),
)
def test_the_verdict_on_offers_is_the_difference_of_full_reports(
    most: int, days: int, initial: list, changes: list
) -> None:
    with tempfile.TemporaryDirectory() as folder:
        planner = Planner.open(Path(folder) / "plan.sqlite", planning_zone="Europe/Paris", user="camille")
        planner.add_platform("Instagram", "instagram")
        planner.edit_category("Offer", offer=True)
        limit(planner, most, days, Mode.WARN)
        planner.create_posts(
            [PostFields(platform="Instagram", title="Old", category=c, start=w) for w, c in initial], judge=False
        )
        for step in changes:
            before = _offer_breaches(planner)
            change = _apply(planner, step)
            if change is None:
                continue
            judged = {b for _, b in change.verdict.raw if b.kind in OFFER_KINDS}
            assert judged == offers.new_of(_offer_breaches(planner), before), step
        planner.close()


def test_judging_an_offer_reads_only_the_offers_near_it(coupons: Planner, monkeypatch: pytest.MonkeyPatch) -> None:
    """Five months of daily offers: the verdict of one more reads the week either side of it and
    two neighbours each way, not the months."""
    limit(coupons, most=400, days=7, mode=Mode.WARN)
    first = at(1, 9, 1)
    coupons.create_posts(
        [
            PostFields(platform="Instagram", title="Old", category="Offer", start=first + timedelta(days=d))
            for d in range(150)
        ],
        judge=False,
    )
    read: list[int] = []
    real = offers.sequence.offers

    def counting(*args: object, **kwargs: object) -> list[tuple[int, int]]:
        found = real(*args, **kwargs)  # type: ignore[arg-type]
        read.append(len(found))
        return found

    monkeypatch.setattr(offers.sequence, "offers", counting)
    offer(coupons, at(15, 12, 3))
    assert 14 <= sum(read) <= 14 + 2 * 2 + 1


def test_a_refused_offer_suggests_slots_where_it_fits_nearest_first(coupons: Planner) -> None:
    offer(coupons, at(6))
    offer(coupons, at(8))
    with pytest.raises(BalanceRefused) as refused:
        offer(coupons, at(9))
    slots = [s.at for s in refused.value.verdict.suggestions if s.kind == "move_here"]
    assert slots, refused.value.verdict.suggestions
    # Each slot leaves at most 2 offers in any 7 days: a week after the first one, or before it.
    assert all(slot >= at(13) or slot < at(6) - timedelta(days=6) for slot in slots)
    assert "Nearest slots where it would pass: Mon 13 July 10:00" in refused.value.message
    for slot in slots:  # and each one passes
        revision = coupons.revision()
        with pytest.raises(BalanceRefused):
            offer(coupons, at(9))
        assert coupons.revision() == revision
        made = offer(coupons, slot)
        assert BreachKind.MAX_OFFERS not in kinds(made)
        coupons.delete_post(made.posts[0].id)


def test_a_report_names_the_whole_run_of_a_rhythm_however_far_it_goes_beyond_the_range(coupons: Planner) -> None:
    limit(coupons, most=3, days=7, mode=Mode.WARN)
    fridays = [at(3) + timedelta(weeks=w) for w in range(-10, 10)]  # 20 Fridays at 10:00, May to November
    coupons.create_posts(
        [PostFields(platform="Instagram", title="Coupon", category="Offer", start=f) for f in fridays], judge=False
    )
    (report,) = coupons.balance_report(at(13, 0), at(20, 0), ["Instagram"])  # one week in July
    (breach,) = report.breaches
    assert breach.figure == 20 and breach.first == fridays[0] and breach.last == fridays[-1]
    assert breach.message.startswith("Offers every Friday at 10:00, 20 times in a row on Instagram")


def test_an_offer_that_carries_a_rhythm_on_names_the_whole_run(coupons: Planner) -> None:
    limit(coupons, most=3, days=7, mode=Mode.WARN)
    fridays = [at(3) + timedelta(weeks=w) for w in range(12)]
    coupons.create_posts(
        [PostFields(platform="Instagram", title="Coupon", category="Offer", start=f) for f in fridays], judge=False
    )
    made = offer(coupons, fridays[-1] + timedelta(weeks=1))
    (breach,) = made.verdict.breaches
    assert breach.message.startswith("Offers every Friday at 10:00, 13 times in a row on Instagram (3 July to")
    # What the verdict holds new is still the three offers the change brought together.
    assert [len(b.post_ids) for _, b in made.verdict.raw] == [3]


@settings(max_examples=30, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(most=st.integers(0, 3), days=st.integers(1, 10), changes=st.lists(steps, max_size=12))
def test_block_mode_never_leaves_too_many_offers(most: int, days: int, changes: list) -> None:
    with tempfile.TemporaryDirectory() as folder:
        planner = Planner.open(Path(folder) / "plan.sqlite", planning_zone="Europe/Paris", user="camille")
        planner.add_platform("Instagram", "instagram")
        planner.edit_category("Offer", offer=True)
        limit(planner, most, days, Mode.BLOCK)
        for step in changes:
            revision = planner.revision()
            try:
                _apply(planner, step)
            except BalanceRefused as refused:
                assert planner.revision() == revision  # nothing saved
                assert all(b.kind is BreachKind.MAX_OFFERS for b in refused.verdict.blocking)
            left = {b.kind for b in _offer_breaches(planner)}
            assert BreachKind.MAX_OFFERS not in left, step
        planner.close()
