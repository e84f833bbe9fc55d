"""Filling a week: backlog ideas into the empty weekly slots, conversation first, promotion last
and only where it passes, the same proposal for the same plan, and one write to apply it."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import pytest

from planner import Planner, PostFields
from planner.balance.rules import Mode, preset_rule
from planner.errors import ConflictError, NotFoundError
from planner.fill import FillProposal, Shortfall, missing_line
from planner.i18n import set_language
from planner.model import ChangeKind, PostPatch, Side, Status
from planner.timezones import week_range
from tests.helpers.backends import each_backend, planner_on_each_backend  # noqa: F401 - fixtures on both backends
from tests.helpers.fixed import PLANNING_ZONE

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


def test_a_slot_of_one_side_takes_only_ideas_of_that_side_and_says_what_is_missing(planner: Planner) -> None:
    planner.add_slot("Instagram", "mon", "09:00", "conversation")
    planner.add_slot("Instagram", "wed", "09:00", "conversation")
    planner.add_slot("Instagram", "fri", "09:00", "information")
    idea(planner, "Coupon", "Offer")
    idea(planner, "Opening hours", "Practical info")
    proposal = planner.propose_fill(*WEEK)
    assert placed(proposal) == [("Fri 09:00", "Instagram", "Opening hours")]
    assert proposal.missing == (Shortfall("Instagram", Side.CONVERSATION, 2, 0),)
    assert [s.message for s in proposal.missing] == ["Instagram: 2 conversation ideas missing"]


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
    assert proposal.missing == (Shortfall("Instagram", Side.PROMOTION, 1, 1),)
    assert proposal.missing[0].message == "Instagram: 1 promotion slot left empty: no rule lets an offer go there"
    change = planner.apply_fill(proposal)
    assert change.verdict is not None and change.verdict.ok


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
    assert "no longer empty" in refused.value.message
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
    both = missing_line(Shortfall("Instagram", Side.PROMOTION, 3, 1))
    assert both == "Instagram: 2 promotion ideas missing; 1 promotion slot left empty: no rule lets an offer go there"
