"""Promises before promotion in a range report: each promotion of the range planned while a
follow-up on its platform was known late at its instant, as a change's verdict judges it."""

from __future__ import annotations

from datetime import datetime, timedelta
from zoneinfo import ZoneInfo

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from planner import Planner, PostFields
from planner.balance import promises
from planner.balance.engine import BreachKind
from planner.balance.rules import BalanceRule, Mode
from planner.storage import models as db
from planner.timezones import timestamp

PARIS = ZoneInfo("Europe/Paris")
MAY = datetime(2026, 5, 1, 9, 0, tzinfo=PARIS)  # the tests' clock: Wednesday 10 June 2026, 10:00 in Paris
RANGE = (datetime(2026, 5, 1, tzinfo=PARIS), datetime(2026, 8, 1, tzinfo=PARIS))


def _held(planner: Planner, platform: str = "Instagram") -> dict[int, int]:
    """Promotion id: how many follow-ups the report says it was planned behind (one breach
    names every promotion waiting behind the same late follow-ups)."""
    report = {b.platform: b for b in planner.balance_report(*RANGE)}
    return {
        post_id: int(breach.figure)
        for breach in report[platform].breaches
        if breach.kind is BreachKind.NO_PROMOTION_WHILE_LATE
        for post_id in breach.posts
    }


def test_promotions_behind_the_same_late_follow_ups_are_one_breach_saying_how_many(planner: Planner) -> None:
    question = planner.create_post(PostFields(platform="Instagram", title="Your winter book?", start=MAY)).ids[0]
    planner.followups.add(question, "answer", due=MAY + timedelta(days=1), note="@lea")
    offers = [
        PostFields(platform="Instagram", title=f"Offer {d}", category="Offer", start=MAY + timedelta(days=d))
        for d in (3, 10, 17)
    ]
    ids = planner.create_posts(offers, judge=False).ids

    report = {b.platform: b for b in planner.balance_report(*RANGE)}
    held = [b for b in report["Instagram"].breaches if b.kind is BreachKind.NO_PROMOTION_WHILE_LATE]

    assert len(held) == 1 and held[0].posts == tuple(ids)
    assert held[0].first == MAY + timedelta(days=3) and held[0].last == MAY + timedelta(days=17)
    assert "3 promotions wait behind them" in held[0].message


@settings(max_examples=20, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(
    dues=st.lists(st.integers(0, 24 * 80), min_size=0, max_size=6),
    offers=st.lists(st.integers(0, 24 * 80), min_size=1, max_size=6),
)
def test_every_promotion_behind_late_follow_ups_is_listed_with_as_many_as_its_verdict_counts(
    planner: Planner, dues: list[int], offers: list[int]
) -> None:
    """Each example on a platform of its own: what is late elsewhere holds nothing back here."""
    name = f"Shop {planner.revision()}"
    planner.add_platform(name, "instagram")
    planner.set_rule(BalanceRule(name, 5, None, None, None, None, Mode.WARN))  # only promises hold back
    question = planner.create_post(PostFields(platform=name, title="Your winter book?", start=MAY)).ids[0]
    for hours in dues:
        planner.followups.add(question, "answer", due=MAY + timedelta(hours=hours), note="@lea")
    fields = [
        PostFields(platform=name, title=f"Offer {h}", category="Offer", start=MAY + timedelta(hours=h)) for h in offers
    ]
    ids = planner.create_posts(fields, judge=False).ids

    held = _held(planner, name)

    now_ts = timestamp(planner.now())
    with planner.session.reading():
        platform_id = db.Platform.get(db.Platform.name == name).id
        expected = {
            post_id: promises.late_before(platform_id, timestamp(MAY + timedelta(hours=h)), now_ts).count
            for post_id, h in zip(ids, offers, strict=True)
        }
    assert held == {post_id: count for post_id, count in expected.items() if count}


def test_a_kept_follow_up_holds_nothing_back_and_the_rule_can_be_turned_off(planner: Planner) -> None:
    question = planner.create_post(PostFields(platform="Instagram", title="Your winter book?", start=MAY)).ids[0]
    late = planner.followups.add(question, "answer", due=MAY + timedelta(days=1), note="@lea").ids[0]
    before = planner.create_post(PostFields(platform="Instagram", title="Early offer", category="Offer", start=MAY))
    after = planner.create_post(
        PostFields(platform="Instagram", title="Offer", category="Offer", start=MAY + timedelta(days=3))
    )
    ahead = planner.create_post(
        PostFields(platform="Instagram", title="Summer offer", category="Offer", start=MAY + timedelta(days=60))
    )

    assert _held(planner) == {after.ids[0]: 1, ahead.ids[0]: 1}  # not the one before it was due
    assert before.ids[0] not in _held(planner)
    planner.set_rule(BalanceRule("Instagram", 5, 1, 1, None, None, Mode.WARN, no_promotion_while_late=False))
    assert _held(planner) == {}
    planner.set_rule(BalanceRule("Instagram", 5, 1, 1, None, None, Mode.WARN))
    planner.followups.keep(late)
    assert _held(planner) == {}
