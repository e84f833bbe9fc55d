"""Promises before promotion: no new promotion on a platform while a follow-up there is late."""

from __future__ import annotations

from dataclasses import replace
from datetime import datetime, timedelta
from zoneinfo import ZoneInfo

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from planner import Planner, PostFields, PostPatch
from planner.balance import promises
from planner.balance.engine import BreachKind
from planner.balance.rules import PRESETS, BalanceRule, Mode, preset_rule
from planner.balance.verdicts import BalanceRefused
from planner.i18n import set_language
from tests.helpers.backends import each_backend, planner_on_each_backend  # noqa: F401 - fixtures on both backends

PARIS = ZoneInfo("Europe/Paris")
NOW = datetime(2026, 6, 10, 10, 0, tzinfo=PARIS)  # the tests' clock: Wednesday 10 June, 10:00 in Paris
POLL = datetime(2026, 6, 3, 9, 0, tzinfo=PARIS)  # last Wednesday's poll


def at(day: int, hour: int = 9) -> datetime:
    return datetime(2026, 6, day, hour, 0, tzinfo=PARIS)


def promo(when: datetime, platform: str = "Instagram", title: str = "-20% this weekend") -> PostFields:
    return PostFields(platform=platform, title=title, category="Offer", start=when)


def poll(planner: Planner, platform: str = "Instagram", when: datetime = POLL) -> int:
    fields = PostFields(platform=platform, title="Which winter book?", category="Poll", start=when)
    return planner.create_post(fields).ids[0]


def block(planner: Planner, platform: str = "Instagram", *, only_promises: bool = False) -> None:
    """80/20 in block mode; ``only_promises``: with no other limit, so that only promises hold promotion back."""
    rule = preset_rule("80-20", platform=platform, mode=Mode.BLOCK)
    if only_promises:
        rule = BalanceRule(platform, 5, None, None, None, None, Mode.BLOCK)
    planner.set_rule(rule)


def owe(planner: Planner, post: int, kind: str, due: datetime, note: str = "") -> int:
    return planner.followups.add(post, kind, due=due, note=note).ids[0]


def test_every_preset_and_a_new_plan_put_promises_before_promotion(planner: Planner) -> None:
    assert all(preset_rule(name).no_promotion_while_late for name in PRESETS)
    assert planner.rule_for("Instagram").no_promotion_while_late


def test_a_promotion_behind_late_follow_ups_is_refused_naming_them_and_nothing_is_saved(planner: Planner) -> None:
    block(planner)
    post = poll(planner)
    first = owe(planner, post, "post", at(6, 18), note="the results")
    second = owe(planner, post, "answer", at(4, 12), note="@lea")
    revision = planner.revision()

    with pytest.raises(BalanceRefused) as refused:
        planner.create_post(promo(at(12)))

    assert refused.value.exit_code == 3 and planner.revision() == revision
    assert [p.title for p in planner.list_posts()] == ["Which winter book?"]
    breach = refused.value.verdict.blocking[0]
    assert breach.kind is BreachKind.NO_PROMOTION_WHILE_LATE and breach.figure == 2
    assert breach.followups == (second, first)  # the oldest first
    assert breach.message == (
        "You owe the community 2 follow-ups on Instagram (“Which winter book?” of 3 June: answer “@lea” due 4 June; "
        "“Which winter book?” of 3 June: promised post “the results” due 6 June): under the 80/20 rule, "
        "promises come before promotion."
    )
    # No slot passes until they are kept: none is offered, and the refusal says why.
    assert [s.kind for s in refused.value.verdict.suggestions] == ["keep_followups"]
    assert "No slot is suggested" in refused.value.message and "kept or dropped" in refused.value.message


def test_the_refusal_is_in_french_too(planner: Planner) -> None:
    block(planner)
    owe(planner, poll(planner), "answer", at(4, 12))
    set_language("fr")
    with pytest.raises(BalanceRefused) as refused:
        planner.create_post(promo(at(12)))
    assert refused.value.message.startswith(
        "Refusé : Vous devez 1 suivi à la communauté sur Instagram (« Which winter book? » du 3 juin : réponse, "
        "échéance le 4 juin) : avec la règle 80/20, les promesses passent avant la promotion. Aucun créneau"
    )


def test_a_warning_saves_the_promotion_and_a_reason_overrides_a_block(planner: Planner) -> None:
    owe(planner, poll(planner), "answer", at(4, 12))
    warned = planner.create_post(promo(at(12)))
    assert [b.kind for b in warned.verdict.breaches] == [BreachKind.NO_PROMOTION_WHILE_LATE]
    assert warned.verdict.blocking == ()
    block(planner, only_promises=True)
    forced = planner.create_post(promo(at(13), title="Last day"), reason="the shop's sale, agreed")
    assert [(b.kind, b.mode) for b in forced.verdict.breaches] == [(BreachKind.NO_PROMOTION_WHILE_LATE, Mode.BLOCK)]
    assert len(planner.list_posts()) == 3


@pytest.mark.parametrize("mode", [Mode.ADVISE, Mode.OFF])
def test_advise_and_off_leave_a_change_unjudged(planner: Planner, mode: Mode) -> None:
    planner.set_rule(preset_rule("80-20", platform="Instagram", mode=mode))
    owe(planner, poll(planner), "answer", at(4, 12))
    assert planner.create_post(promo(at(12))).verdict.breaches == ()


def test_turned_off_the_rule_lets_promotion_pass_behind_late_follow_ups(planner: Planner) -> None:
    rule = preset_rule("80-20", platform="Instagram", mode=Mode.BLOCK)
    planner.set_rule(replace(rule, no_promotion_while_late=False))
    owe(planner, poll(planner), "answer", at(4, 12))
    assert planner.rule_for("Instagram").no_promotion_while_late is False
    assert planner.create_post(promo(at(12))).verdict.breaches == ()


def test_only_what_is_late_on_that_platform_before_the_promotion_holds_it_back(planner: Planner) -> None:
    block(planner, only_promises=True)
    post = poll(planner)
    owe(planner, poll(planner, "LinkedIn"), "answer", at(4, 12))  # late, but on LinkedIn
    owe(planner, post, "post", at(11, 18))  # not due yet: it may still be kept on time
    kept = owe(planner, post, "answer", at(5, 12))
    planner.followups.keep(kept)
    dropped = owe(planner, post, "answer", at(5, 13))
    planner.followups.drop(dropped, reason="she answered herself")
    assert planner.create_post(promo(at(15))).verdict.breaches == ()
    # A promotion before the late follow-up was due was not behind it.
    owe(planner, post, "answer", at(8, 12))
    assert planner.create_post(promo(at(8, 10), title="Early bird")).verdict.breaches == ()
    # Conversation is never held back: it is how promises are kept.
    answer = PostFields(platform="Instagram", title="Your selection!", category="Answer to the community", start=at(12))
    assert planner.create_post(answer).verdict.breaches == ()


def test_keeping_or_dropping_the_late_follow_ups_lets_the_promotion_pass(planner: Planner) -> None:
    block(planner)
    post = poll(planner)
    answer = owe(planner, post, "answer", at(4, 12))
    promised = owe(planner, post, "post", at(6, 18))
    planner.followups.keep(answer)
    with pytest.raises(BalanceRefused):
        planner.create_post(promo(at(12)))
    results = planner.create_post(
        PostFields(platform="Instagram", title="Your selection", category="Answer to the community", start=at(10, 9))
    ).ids[0]
    planner.followups.keep(promised, by_post=results)
    planner.edit_post(results, PostPatch(status="published"))
    assert planner.create_post(promo(at(12))).verdict.breaches == ()


def test_a_promotion_already_behind_them_is_edited_and_moved_ahead_without_a_new_breach(planner: Planner) -> None:
    block(planner)
    owe(planner, poll(planner), "answer", at(4, 12))
    saved = planner.create_post(promo(at(12)), reason="agreed").ids[0]
    assert planner.edit_post(saved, PostPatch(title="-25% this weekend")).verdict.breaches == ()
    assert planner.move_post(saved, at(19)).verdict.breaches == ()
    # A conversation post turned into a promotion is a new promotion.
    talk = planner.create_post(PostFields(platform="Instagram", title="Tell us", category="Question", start=at(16)))
    with pytest.raises(BalanceRefused):
        planner.edit_post(talk.ids[0], PostPatch(category="Offer"))


def test_many_late_follow_ups_are_counted_and_the_oldest_named(planner: Planner) -> None:
    post = poll(planner)
    for hour in range(10, 16):
        owe(planner, post, "answer", at(4, hour), note=f"@fan{hour}")
    breach = planner.create_post(promo(at(12))).verdict.breaches[0]
    assert breach.figure == 6 and len(breach.followups) == promises.SHOWN
    assert "6 follow-ups" in breach.message and "“@fan10”" in breach.message and "; and 3 more)" in breach.message


def test_past_the_cap_the_count_says_so(planner: Planner, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(promises, "COUNT_CAP", 4)
    post = poll(planner)
    for hour in range(10, 16):
        owe(planner, post, "answer", at(4, hour))
    breach = planner.create_post(promo(at(12))).verdict.breaches[0]
    assert "4+ follow-ups" in breach.message and "; and 1 or more others)" in breach.message


@settings(max_examples=25, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(
    dues=st.lists(
        st.tuples(st.integers(min_value=0, max_value=14 * 24), st.sampled_from(["open", "kept", "dropped"])),
        max_size=6,
    ),
    promotion_hours=st.integers(min_value=1, max_value=14 * 24),
)
def test_a_promotion_is_held_back_by_exactly_the_follow_ups_open_and_due_before_it_and_now(
    planner: Planner, dues: list[tuple[int, str]], promotion_hours: int
) -> None:
    """Whatever follow-ups a poll has (due from its start to two weeks after, open, kept or
    dropped), a promotion is held back by the follow-ups listed late (open, due before now) that
    were due before its instant, and only by them (the examples share one plan)."""
    post = poll(planner, when=at(3, 0) + timedelta(days=len(planner.list_posts())))  # a new poll each example
    start = planner.get_post(post).start
    assert start is not None
    when = start + timedelta(hours=promotion_hours)
    for hours, status in dues:
        followup = owe(planner, post, "answer", start + timedelta(hours=hours))
        if status == "kept":
            planner.followups.keep(followup)
        elif status == "dropped":
            planner.followups.drop(followup, reason="no need")
    late = [f.id for f in planner.followups.list(platforms=["Instagram"], statuses=["late"]) if f.due < when]
    verdict = planner.create_post(promo(when)).verdict
    held = [b for b in verdict.breaches if b.kind is BreachKind.NO_PROMOTION_WHILE_LATE]
    assert [b.figure for b in held] == ([len(late)] if late else [])
    assert all(b.followups == tuple(late[: promises.SHOWN]) for b in held)
