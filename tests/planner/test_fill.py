"""Filling a week: backlog ideas into the empty weekly slots, conversation first, promotion last
and only where it passes, the same proposal for the same plan, and one write to apply it."""

from __future__ import annotations

import contextlib
import os
import tempfile
from dataclasses import replace
from datetime import UTC, datetime, time, timedelta
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from planner import Planner, PostFields
from planner.balance.engine import BreachKind, latent_shortfall
from planner.balance.rules import PRESETS, Mode, preset_rule
from planner.balance.values import BalanceRule
from planner.balance.verdicts import BalanceRefused
from planner.errors import ConflictError, NotFoundError
from planner.fill import FillProposal, Shortfall, missing_line
from planner.i18n import set_language
from planner.model import ChangeKind, PostPatch, Side, Status
from planner.slots import SLOT_LENGTH, SlotTime
from planner.timezones import week_range
from tests.helpers.backends import each_backend, planner_on_each_backend  # noqa: F401 - fixtures on both backends
from tests.helpers.fixed import NOW, PLANNING_ZONE

# ISO week 2026-W25, the week after the fixed "now" (Wednesday 10 June 2026, 10:00 in Paris).
WEEK = week_range(2026, 25, PLANNING_ZONE)
THIS_WEEK = week_range(2026, 24, PLANNING_ZONE)


def idea(planner: Planner, title: str, category: str | None, *, platform: str = "Instagram", minutes: int = 30) -> int:
    fields = PostFields(platform=platform, title=title, category=category, duration_minutes=minutes)
    return planner.create_post(fields).ids[0]


def placed(proposal: FillProposal) -> list[tuple[str, str, str]]:
    """Each placement as (weekday and time in Paris, platform, title)."""
    return [
        (f"{p.start.astimezone(p.start.tzinfo):%a %H:%M}", p.slot.platform, p.idea.title) for p in proposal.placements
    ]


def test_conversation_slots_are_filled_first_then_information_then_promotion_then_any(planner: Planner) -> None:
    planner.add_slot("Instagram", "mon", "09:00", "promotion")
    planner.add_slot("Instagram", "tue", "09:00")
    planner.add_slot("Instagram", "wed", "09:00", "information")
    planner.add_slot("Instagram", "thu", "09:00", "conversation")
    idea(planner, "Book launch", "Launch")
    idea(planner, "Opening hours", "Practical info")
    idea(planner, "What are you reading?", "Question")
    idea(planner, "Poll: paperback or ebook?", "Poll")
    proposal = planner.propose_fill(*WEEK)
    assert placed(proposal) == [
        ("Mon 09:00", "Instagram", "Book launch"),
        ("Tue 09:00", "Instagram", "Poll: paperback or ebook?"),
        ("Wed 09:00", "Instagram", "Opening hours"),
        ("Thu 09:00", "Instagram", "What are you reading?"),
    ]
    assert proposal.missing == ()
    assert (proposal.slots, proposal.empty_slots) == (4, 4)


def test_an_any_side_slot_takes_conversation_then_information_then_promotion_oldest_first(planner: Planner) -> None:
    for day in ("mon", "tue", "wed", "thu"):
        planner.add_slot("Instagram", day, "12:30")
    idea(planner, "Coupon", "Offer")
    idea(planner, "Opening hours", "Practical info")
    idea(planner, "Behind the till", "Behind the scenes")
    idea(planner, "What are you reading?", "Question")
    titles = [p.idea.title for p in planner.propose_fill(*WEEK).placements]
    assert titles == ["Behind the till", "What are you reading?", "Opening hours", "Coupon"]


def test_a_slot_of_one_side_takes_its_side_first_and_the_others_last(planner: Planner) -> None:
    planner.add_slot("Instagram", "mon", "09:00", "conversation")
    planner.add_slot("Instagram", "wed", "09:00", "conversation")
    planner.add_slot("Instagram", "fri", "09:00", "information")
    idea(planner, "Opening hours", "Practical info")  # the oldest: an information slot is its own first
    idea(planner, "Coupon", "Offer")
    idea(planner, "What are you reading?", "Question")
    proposal = planner.propose_fill(*WEEK)
    assert placed(proposal) == [
        ("Mon 09:00", "Instagram", "What are you reading?"),
        ("Wed 09:00", "Instagram", "Coupon"),  # no conversation idea left: what is left stands in
        ("Fri 09:00", "Instagram", "Opening hours"),
    ]
    assert proposal.missing == ()


def test_slots_no_idea_can_fill_say_what_is_missing(planner: Planner) -> None:
    planner.add_slot("Instagram", "mon", "09:00", "conversation")
    planner.add_slot("Instagram", "wed", "09:00", "conversation")
    planner.add_slot("Instagram", "thu", "09:00")
    planner.add_slot("Instagram", "fri", "09:00", "information")
    idea(planner, "Opening hours", "Practical info")
    proposal = planner.propose_fill(*WEEK)
    assert placed(proposal) == [("Fri 09:00", "Instagram", "Opening hours")]
    assert proposal.missing == (Shortfall("Instagram", Side.CONVERSATION, 2, 0), Shortfall("Instagram", None, 1))
    assert [s.message for s in proposal.missing] == [
        "Instagram: 2 conversation ideas missing",
        "Instagram: 1 idea missing",
    ]


def test_ideas_go_only_to_their_own_platform_and_the_platforms_asked_for(planner: Planner) -> None:
    planner.add_slot("Instagram", "mon", "09:00")
    planner.add_slot("LinkedIn", "mon", "09:00")
    idea(planner, "Hiring a barista", "News", platform="LinkedIn")
    idea(planner, "Latte art", "Behind the scenes")
    both = planner.propose_fill(*WEEK)
    assert placed(both) == [("Mon 09:00", "Instagram", "Latte art"), ("Mon 09:00", "LinkedIn", "Hiring a barista")]
    assert placed(planner.propose_fill(*WEEK, ["linkedin"])) == [("Mon 09:00", "LinkedIn", "Hiring a barista")]
    with pytest.raises(NotFoundError):
        planner.propose_fill(*WEEK, ["Pinterest"])


def test_a_promotion_is_not_placed_where_it_would_break_80_20_in_block_mode(planner: Planner) -> None:
    planner.set_rule(preset_rule("80-20", platform="Instagram", mode=Mode.BLOCK))
    monday = WEEK[0].astimezone(WEEK[0].tzinfo)
    planner.create_post(
        PostFields(platform="Instagram", title="Summer sale", category="Offer", start=monday + timedelta(hours=8))
    )
    planner.add_slot("Instagram", "tue", "09:00", "promotion")
    planner.add_slot("Instagram", "wed", "09:00", "conversation")
    idea(planner, "Book launch", "Launch")
    idea(planner, "What are you reading?", "Question")
    proposal = planner.propose_fill(*WEEK)
    assert placed(proposal) == [("Wed 09:00", "Instagram", "What are you reading?")]
    assert proposal.missing == (Shortfall("Instagram", Side.PROMOTION, 1, 1, (BreachKind.MAX_PROMOTION,), "80/20"),)
    assert proposal.missing[0].message == (
        "Instagram: 1 promotion slot left empty: the 80/20 rule refuses a promotion there"
    )
    change = planner.apply_fill(proposal)
    assert change.verdict is not None and change.verdict.ok


def test_one_refused_promotion_blocks_one_slot_and_the_others_lack_ideas(planner: Planner) -> None:
    planner.set_rule(preset_rule("80-20", platform="Instagram", mode=Mode.BLOCK))
    monday = WEEK[0].astimezone(WEEK[0].tzinfo)
    planner.create_post(
        PostFields(platform="Instagram", title="Summer sale", category="Offer", start=monday + timedelta(hours=8))
    )
    for day in ("tue", "wed", "thu"):
        planner.add_slot("Instagram", day, "09:00", "promotion")
    idea(planner, "Book launch", "Launch")
    proposal = planner.propose_fill(*WEEK)
    assert placed(proposal) == []
    assert proposal.missing == (Shortfall("Instagram", Side.PROMOTION, 3, 1, (BreachKind.MAX_PROMOTION,), "80/20"),)
    assert proposal.missing[0].message == (
        "Instagram: 2 promotion ideas missing; 1 promotion slot left empty: the 80/20 rule refuses a promotion there"
    )
    assert planner.propose_fill(*WEEK) == proposal  # the same plan, the same lines


def test_the_same_plan_gives_the_same_proposal(planner: Planner) -> None:
    for day, side in (("mon", "conversation"), ("tue", None), ("wed", "promotion"), ("thu", None), ("fri", None)):
        planner.add_slot("Instagram", day, "10:00", side)
    for n, category in enumerate(("Offer", "Question", "News", "Launch", "Poll", "Tip", None)):
        idea(planner, f"Idea {n}", category)
    first, second = planner.propose_fill(*WEEK), planner.propose_fill(*WEEK)
    assert first == second
    assert len(first.placements) == 5


def test_apply_makes_each_idea_a_draft_at_its_slot_in_one_revision(planner: Planner) -> None:
    planner.add_slot("Instagram", "mon", "09:00", "conversation")
    planner.add_slot("Instagram", "tue", "18:00")
    talk = idea(planner, "What are you reading?", "Question", minutes=45)
    news = idea(planner, "New shelf", "News")
    revision = planner.revision()
    change = planner.apply_fill(planner.propose_fill(*WEEK))
    assert change.kind is ChangeKind.EDIT and set(change.ids) == {talk, news}
    assert planner.revision() == revision + 1
    saved = {p.id: p for p in change.posts}
    assert saved[talk].status is Status.DRAFT and saved[talk].duration_minutes == 45
    assert saved[talk].timezone == PLANNING_ZONE
    assert saved[talk].start == datetime(2026, 6, 15, 7, 0, tzinfo=UTC)
    assert saved[news].start == datetime(2026, 6, 16, 16, 0, tzinfo=UTC)
    assert planner.slots.empty(*WEEK) == []
    # Filling again finds nothing to do.
    again = planner.propose_fill(*WEEK)
    assert again.placements == () and again.empty_slots == 0


def test_apply_refuses_a_proposal_the_plan_moved_under_and_saves_nothing(planner: Planner) -> None:
    planner.add_slot("Instagram", "mon", "09:00")
    planner.add_slot("Instagram", "tue", "09:00")
    first = idea(planner, "What are you reading?", "Question")
    idea(planner, "Latte art", "Behind the scenes")
    proposal = planner.propose_fill(*WEEK)
    planner.edit_post(first, PostPatch(title="What are you reading this summer?"))
    with pytest.raises(ConflictError):
        planner.apply_fill(proposal)
    assert all(p.status is Status.IDEA for p in planner.list_posts())


def test_apply_refuses_a_slot_taken_since_the_proposal(planner: Planner) -> None:
    planner.add_slot("Instagram", "mon", "09:00")
    idea(planner, "What are you reading?", "Question")
    proposal = planner.propose_fill(*WEEK)
    slot = proposal.placements[0].slot
    planner.create_post(PostFields(platform="Instagram", title="Walk-in", category="News", start=slot.start))
    with pytest.raises(ConflictError) as refused:
        planner.apply_fill(proposal)
    assert refused.value.message.startswith("The Instagram slot of Mon 15 June 09:00 is taken now")
    assert [p.title for p in planner.list_posts() if p.status is Status.IDEA] == ["What are you reading?"]


def test_slots_already_past_are_left_alone(planner: Planner) -> None:
    # The fixed "now" is Wednesday 10 June 2026 at 10:00 in Paris.
    planner.add_slot("Instagram", "mon", "09:00")
    planner.add_slot("Instagram", "wed", "09:59")
    planner.add_slot("Instagram", "fri", "09:00")
    idea(planner, "What are you reading?", "Question")
    idea(planner, "Latte art", "Behind the scenes")
    proposal = planner.propose_fill(*THIS_WEEK)
    assert placed(proposal) == [("Fri 09:00", "Instagram", "What are you reading?")]
    assert (proposal.slots, proposal.empty_slots, proposal.past_slots) == (3, 1, 2)


def test_a_range_with_no_slots_proposes_nothing(planner: Planner) -> None:
    idea(planner, "What are you reading?", "Question")
    proposal = planner.propose_fill(*WEEK)
    assert (proposal.slots, proposal.empty_slots, proposal.placements, proposal.missing) == (0, 0, (), ())
    revision = planner.revision()
    assert planner.apply_fill(proposal).ids == ()
    assert planner.revision() == revision


def test_a_long_idea_holds_the_slots_it_reaches_into_and_never_overlaps_a_post(planner: Planner) -> None:
    planner.add_slot("Instagram", "mon", "09:00")
    planner.add_slot("Instagram", "mon", "10:00")
    planner.add_slot("Instagram", "mon", "14:00")
    monday = WEEK[0]
    planner.create_post(
        PostFields(platform="Instagram", title="Live", category="Event", start=monday + timedelta(hours=13, minutes=30))
    )  # 15:30 in Paris: a 2-hour idea at 14:00 would overlap it
    idea(planner, "Workshop", "Event", minutes=120)
    idea(planner, "Question", "Question")
    assert placed(planner.propose_fill(*WEEK)) == [
        ("Mon 09:00", "Instagram", "Question"),
        ("Mon 10:00", "Instagram", "Workshop"),
    ]


def test_missing_lines_are_in_the_users_language() -> None:
    set_language("fr")
    assert missing_line(Shortfall("Instagram", Side.CONVERSATION, 2)) == "Instagram : il manque 2 idées de conversation"
    assert missing_line(Shortfall("Instagram", None, 1)) == "Instagram : il manque 1 idée"
    set_language("en")
    both = missing_line(Shortfall("Instagram", Side.PROMOTION, 3, 1, (BreachKind.MAX_PROMOTION,), "80/20"))
    assert both == (
        "Instagram: 2 promotion ideas missing; 1 promotion slot left empty: the 80/20 rule refuses a promotion there"
    )
    set_language("fr")
    assert missing_line(Shortfall("Instagram", Side.PROMOTION, 3, 1, (BreachKind.MAX_PROMOTION,), "80/20")) == (
        "Instagram : il manque 2 idées de promotion ; 1 créneau de promotion reste vide : la règle 80/20 y refuse "
        "une promotion"
    )
    custom = missing_line(Shortfall("Instagram", Side.CONVERSATION, 1, 1, (BreachKind.MIN_PROMO_GAP,), "personnalisée"))
    assert custom == (
        "Instagram : 1 créneau de conversation reste vide : la règle personnalisée y refuse une idée de conversation"
    )
    set_language("en")


# -- properties ---------------------------------------------------------------------------------

PLATFORMS = ("Instagram", "LinkedIn")
SIDES = (None, "conversation", "information", "promotion")
CATEGORIES = (None, "Question", "Poll", "News", "Offer", "Launch")  # Offer: an offer (the offer habit)
slot_times = st.tuples(
    st.sampled_from(PLATFORMS),
    st.integers(0, 6),
    st.integers(7 * 2, 21 * 2).map(lambda half: time(half // 2, 30 * (half % 2))),
    st.sampled_from(SIDES),
)
ideas = st.tuples(st.sampled_from(PLATFORMS), st.sampled_from(CATEGORIES), st.sampled_from((15, 30, 60, 90, 180)))
# Dated posts from the Monday before the week filled to the Monday after, every half hour.
dated = st.tuples(
    st.sampled_from(PLATFORMS), st.integers(0, 21 * 48), st.sampled_from(CATEGORIES[1:]), st.sampled_from((30, 60))
)


@st.composite
def balance_rules(draw: st.DrawFn) -> BalanceRule:
    rule = preset_rule(draw(st.sampled_from(sorted(PRESETS))), mode=draw(st.sampled_from((Mode.WARN, Mode.BLOCK))))
    if draw(st.booleans()):
        rule = replace(rule, min_promo_gap_hours=draw(st.sampled_from((12.0, 48.0))))
    if draw(st.booleans()):
        rule = replace(rule, max_offers=1, offer_days=7)
    return rule


def _occupancy(planner: Planner, occurrences: list[SlotTime]) -> list[int]:
    """How many counted posts on its platform overlap each slot's hour."""
    posts = [p for p in planner.list_posts() if p.start is not None and p.end is not None]
    return [
        sum(
            1
            for p in posts
            if p.platform == o.platform
            and p.status.counts_in_balance
            and p.start < o.start + SLOT_LENGTH
            and o.start < p.end  # type: ignore[operator]
        )
        for o in occurrences
    ]


def _latent(planner: Planner, rule: BalanceRule) -> bool:
    """Whether a platform shorter than the rule's window can no longer make a window with enough
    conversation: the conversation post that completes it brings no new breach (the engine's
    :class:`~planner.balance.engine.Baseline`), though the report then shows the window."""
    with planner.session.reading():
        return any(
            latent_shortfall(planner.balance.entries(planner.reference.platform_row(name).id), rule) is not None
            for name in PLATFORMS
        )


@settings(max_examples=int(os.environ.get("FILL_EXAMPLES", "30")), deadline=None,
          suppress_health_check=[HealthCheck.too_slow])  # fmt: skip
@given(
    rule=balance_rules(),
    week=st.sampled_from((24, 25)),
    slots=st.lists(slot_times, max_size=14, unique_by=lambda slot: slot[:3]),
    backlog=st.lists(ideas, max_size=14),
    existing=st.lists(dated, max_size=12),
)
def test_after_filling_no_rule_breaks_and_each_slot_holds_one_post(
    rule: BalanceRule,
    week: int,
    slots: list[tuple[str, int, time, str | None]],
    backlog: list[tuple[str, str | None, int]],
    existing: list[tuple[str, int, str, int]],
) -> None:
    start, end = week_range(2026, week, PLANNING_ZONE)
    with tempfile.TemporaryDirectory() as folder:
        planner = Planner.open(
            Path(folder) / "plan.sqlite", planning_zone=PLANNING_ZONE, clock=lambda: NOW, user="camille"
        )
        try:
            for name in PLATFORMS:
                planner.add_platform(name)
            planner.set_rule(rule)
            for platform, day, at, side in slots:
                planner.add_slot(platform, day, at, side)
            for platform, half_hours, category, minutes in existing:
                moment = start - timedelta(days=7) + timedelta(minutes=30 * half_hours)
                fields = PostFields(platform=platform, title="Post", category=category, start=moment,
                                    duration_minutes=minutes, status=Status.SCHEDULED)  # fmt: skip
                with contextlib.suppress(BalanceRefused):
                    planner.create_post(fields)
            for n, (platform, category, minutes) in enumerate(backlog):
                idea(planner, f"Idea {n}", category, platform=platform, minutes=minutes)
            clean_before = not any(b.breaches for b in planner.balance_report()) and not _latent(planner, rule)
            occurrences = planner.slots.occurrences(start, end)
            held_before = _occupancy(planner, occurrences)

            proposal = planner.propose_fill(start, end)
            assert planner.propose_fill(start, end) == proposal  # deterministic
            for placement in proposal.placements:
                assert placement.start > planner.now()
                assert placement.slot.platform == placement.idea.platform
            change = planner.apply_fill(proposal)

            assert change.verdict is None or change.verdict.ok
            if clean_before:
                assert not [b.message for p in planner.balance_report(start, end) for b in p.breaches]
            held_after = _occupancy(planner, occurrences)
            for before, after in zip(held_before, held_after, strict=True):
                assert after <= max(before, 1)
            empty_after = len(planner.slots.empty(start, end))
            assert empty_after == proposal.empty_slots + proposal.past_slots - sum(
                1 for o, b, a in zip(occurrences, held_before, held_after, strict=True) if b == 0 and a == 1
            )
        finally:
            planner.close()


def test_no_promotion_is_placed_while_a_follow_up_is_late_and_the_line_says_why(planner: Planner) -> None:
    planner.set_rule(BalanceRule("Instagram", 5, None, None, None, None, Mode.WARN))  # only promises hold it back
    last_week = datetime(2026, 6, 3, 7, 0, tzinfo=UTC)
    poll = PostFields(platform="Instagram", title="Which book?", category="Poll", start=last_week)
    polled = planner.create_post(poll)
    planner.followups.add(polled.ids[0], "post", due=last_week + timedelta(days=2), note="the results")
    planner.add_slot("Instagram", "mon", "09:00", "promotion")
    planner.add_slot("Instagram", "tue", "09:00")
    idea(planner, "Book launch", "Launch")
    idea(planner, "The results are in", "Community spotlight")
    proposal = planner.propose_fill(*WEEK)
    assert placed(proposal) == [("Tue 09:00", "Instagram", "The results are in")]
    assert [s.message for s in proposal.missing] == [
        "Instagram: 1 promotion slot left empty: a follow-up there is late, and promises come before promotion"
    ]


def test_the_offer_habit_keeps_a_second_offer_out_of_the_week(planner: Planner) -> None:
    planner.edit_category("Offer", offer=True)
    rule = BalanceRule("Instagram", 5, None, None, None, None, Mode.BLOCK, max_offers=1, offer_days=7)
    planner.set_rule(rule)
    planner.add_slot("Instagram", "mon", "09:00", "promotion")
    planner.add_slot("Instagram", "fri", "09:00", "promotion")
    idea(planner, "Coupon -10%", "Offer")
    idea(planner, "Coupon -20%", "Offer")
    idea(planner, "Book launch", "Launch")
    proposal = planner.propose_fill(*WEEK)
    assert placed(proposal) == [("Mon 09:00", "Instagram", "Coupon -10%"), ("Fri 09:00", "Instagram", "Book launch")]
    change = planner.apply_fill(proposal)
    assert change.verdict is not None and change.verdict.ok


def test_a_rule_in_advise_or_off_mode_lets_every_idea_in(planner: Planner) -> None:
    planner.set_rule(preset_rule("80-20", platform="Instagram", mode=Mode.ADVISE))
    for day in ("mon", "tue", "wed"):
        planner.add_slot("Instagram", day, "09:00", "promotion")
    for n in range(3):
        idea(planner, f"Offer {n}", "Offer")
    assert len(planner.propose_fill(*WEEK).placements) == 3


def test_a_slot_the_offer_habit_keeps_empty_says_so(planner: Planner) -> None:
    planner.edit_category("Offer", offer=True)
    planner.set_rule(BalanceRule("Instagram", 5, None, None, None, None, Mode.WARN, max_offers=1, offer_days=7))
    planner.add_slot("Instagram", "mon", "09:00", "promotion")
    planner.add_slot("Instagram", "fri", "09:00", "promotion")
    idea(planner, "Coupon -10%", "Offer")
    idea(planner, "Coupon -20%", "Offer")
    proposal = planner.propose_fill(*WEEK)
    assert placed(proposal) == [("Mon 09:00", "Instagram", "Coupon -10%")]
    assert [s.message for s in proposal.missing] == [
        "Instagram: 1 promotion slot left empty: the offer habit allows no more offers there"
    ]
    set_language("fr")
    assert proposal.missing[0].message == (
        "Instagram : 1 créneau de promotion reste vide : l’habitude des offres n’en permet pas davantage à cet endroit"
    )


def test_a_placed_idea_gets_the_follow_ups_of_its_category(planner: Planner) -> None:
    planner.edit_category("Question", followups=["replies:2h:90"])
    planner.add_slot("Instagram", "tue", "12:30", "conversation")
    question = idea(planner, "What are you reading?", "Question")
    planner.apply_fill(planner.propose_fill(*WEEK))
    (reply,) = planner.followups.list(post_id=question)
    assert reply.due == datetime(2026, 6, 16, 12, 30, tzinfo=UTC)  # 14:30 in Paris, 2 hours after the slot


def test_undo_sends_every_placed_idea_back_to_the_backlog_in_one_write(planner: Planner) -> None:
    planner.edit_category("Question", followups=["replies:2h:90"])
    planner.add_slot("Instagram", "mon", "09:00", "conversation")
    planner.add_slot("Instagram", "tue", "09:00")
    question = idea(planner, "What are you reading?", "Question")
    idea(planner, "New shelf", "News")
    change = planner.apply_fill(planner.propose_fill(*WEEK))
    revision = planner.revision()
    undone = planner.undo_fill(change)
    assert planner.revision() == revision + 1
    assert {p.status for p in undone.posts} == {Status.IDEA} and all(p.start is None for p in undone.posts)
    assert planner.followups.list(post_id=question) == []  # an idea promises nothing for now
    assert len(planner.slots.empty(*WEEK)) == 2


def test_undo_refuses_an_idea_changed_since_the_filling(planner: Planner) -> None:
    planner.add_slot("Instagram", "mon", "09:00", "conversation")
    question = idea(planner, "What are you reading?", "Question")
    change = planner.apply_fill(planner.propose_fill(*WEEK))
    planner.edit_post(question, PostPatch(title="What are you reading this summer?"))
    with pytest.raises(ConflictError):
        planner.undo_fill(change)
    assert planner.get_post(question).status is Status.DRAFT


def test_an_idea_left_out_makes_a_new_proposal_that_still_breaks_no_rule(planner: Planner) -> None:
    planner.set_rule(preset_rule("80-20", platform="Instagram", mode=Mode.BLOCK))
    for day, side in (("mon", "conversation"), ("tue", "conversation"), ("wed", "promotion")):
        planner.add_slot("Instagram", day, "09:00", side)
    first = idea(planner, "What are you reading?", "Question")
    idea(planner, "Latte art", "Behind the scenes")
    idea(planner, "Book launch", "Launch")
    full = planner.propose_fill(*WEEK)
    assert [p.idea.title for p in full.placements] == ["What are you reading?", "Latte art", "Book launch"]
    fewer = planner.propose_fill(*WEEK, leave_out=[first])
    assert [p.idea.title for p in fewer.placements] == ["Latte art", "Book launch"]
    assert fewer.left_out == {first}
    assert fewer.missing == (Shortfall("Instagram", Side.CONVERSATION, 1),)
    change = planner.apply_fill(fewer)
    assert change.verdict is not None and change.verdict.ok
    assert planner.get_post(first).status is Status.IDEA
