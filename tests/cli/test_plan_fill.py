"""``dialogos plan fill``: what it placed and what is missing, a dry run that writes nothing,
JSON, a range without slots, and bad input refused in one line.

The command line runs on the real clock: the weeks filled here are far in the future (2090),
the week whose slots are all past far behind (2020), whatever today is.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from planner.service import Planner
from tests.helpers.cli import Run, revision
from tests.helpers.fixed import PLANNING_ZONE

WEEK = "2090-W10"  # Monday 6 March 2090


@pytest.fixture
def slots_and_ideas(plan_path: Path) -> Path:
    """Instagram's week: a conversation slot Monday 09:00, a promotion slot Wednesday 12:00 and
    one of any side Friday 17:00; ideas: a coupon, a book launch and a question (in that order)."""
    with Planner.open(plan_path) as planner:
        planner.add_slot("Instagram", "mon", "09:00", "conversation")
        planner.add_slot("Instagram", "wed", "12:00", "promotion")
        planner.add_slot("Instagram", "fri", "17:00")
    return plan_path


def add_idea(cli: Run, title: str, category: str) -> int:
    result = cli("post", "add", "--platform", "Instagram", "--title", title, "--category", category, "--format", "json")
    assert result.code == 0, result.err
    return int(result.json["id"])


def statuses(cli: Run) -> dict[str, str]:
    return {p["title"]: p["status"] for p in cli("post", "list", "--format", "json").json}


def test_fill_places_ideas_and_says_what_is_missing(cli: Run, slots_and_ideas: Path) -> None:
    cli("rules", "set", "--platform", "Instagram", "--preset", "80-20", "--mode", "block")
    coupon = add_idea(cli, "Coupon -10%", "Offer")
    add_idea(cli, "Book launch", "Launch")
    question = add_idea(cli, "What are you reading?", "Question")
    result = cli("plan", "fill", "--week", WEEK)
    assert result.code == 0, result.err
    lines = result.out.splitlines()
    assert lines[0] == "Placed 2 ideas:"
    assert "Mon 2090-03-06 09:00" in lines[3] and "What are you reading?" in lines[3] and "conversation" in lines[3]
    assert "Wed 2090-03-08 12:00" in lines[4] and "Coupon -10%" in lines[4] and "promotion" in lines[4]
    assert lines[5] == "Instagram: 1 slot left empty: the 80/20 rule refuses the ideas left there"
    assert statuses(cli) == {"Coupon -10%": "draft", "Book launch": "idea", "What are you reading?": "draft"}
    shown = cli("post", "show", coupon, "--format", "json").json
    assert shown["start"] == "2090-03-08T12:00:00+01:00"
    assert cli("post", "show", question, "--format", "json").json["timezone"] == PLANNING_ZONE
    check = cli("balance", "--week", WEEK, "--check")
    assert check.code == 0, check.out


def test_dry_run_shows_the_proposal_and_writes_nothing(cli: Run, slots_and_ideas: Path) -> None:
    add_idea(cli, "What are you reading?", "Question")
    before = revision(slots_and_ideas)
    result = cli("plan", "fill", "--week", WEEK, "--dry-run")
    assert result.code == 0, result.err
    assert result.out.splitlines()[0] == "Would place 1 idea:"
    assert result.out.splitlines()[-1] == "Dry run: nothing was written."
    assert "Instagram: 1 promotion idea missing" in result.out
    assert revision(slots_and_ideas) == before
    assert statuses(cli) == {"What are you reading?": "idea"}


def test_json_lists_the_placed_and_the_missing(cli: Run, slots_and_ideas: Path) -> None:
    question = add_idea(cli, "What are you reading?", "Question")
    result = cli("plan", "fill", "--from", "2090-03-06", "--to", "2090-03-12", "--format", "json", "--dry-run")
    assert result.code == 0, result.err
    data = result.json
    assert data["dry_run"] is True
    assert data["placed"] == [
        {
            "post": question,
            "title": "What are you reading?",
            "platform": "Instagram",
            "side": "conversation",
            "start": "2090-03-06T09:00:00+01:00",
            "slot": data["placed"][0]["slot"],
        }
    ]
    assert data["missing"] == [
        {
            "platform": "Instagram",
            "side": "promotion",
            "count": 1,
            "blocked": 0,
            "because": [],
            "rule": None,
            "message": "Instagram: 1 promotion idea missing",
        },
        {
            "platform": "Instagram",
            "side": None,
            "count": 1,
            "blocked": 0,
            "because": [],
            "rule": None,
            "message": "Instagram: 1 idea missing",
        },
    ]


def test_only_the_platforms_named_are_filled(cli: Run, slots_and_ideas: Path) -> None:
    with Planner.open(slots_and_ideas) as planner:
        planner.add_slot("LinkedIn", "tue", "12:30", "information")
    add_idea(cli, "What are you reading?", "Question")
    cli("post", "add", "--platform", "LinkedIn", "--title", "We are hiring", "--category", "News")
    result = cli("plan", "fill", "--week", WEEK, "--platform", "linkedin", "--format", "json")
    assert [p["title"] for p in result.json["placed"]] == ["We are hiring"]
    assert statuses(cli)["What are you reading?"] == "idea"


def test_a_range_with_no_slots_says_so_and_writes_nothing(cli: Run, plan_path: Path) -> None:
    add_idea(cli, "What are you reading?", "Question")
    before = revision(plan_path)
    result = cli("plan", "fill", "--week", WEEK)
    assert result.code == 0, result.err
    assert result.out.startswith("No slots in this range: add some with `dialogos slot add`")
    assert revision(plan_path) == before


def test_past_slots_stay_empty(cli: Run, slots_and_ideas: Path) -> None:
    add_idea(cli, "What are you reading?", "Question")
    before = revision(slots_and_ideas)
    result = cli("plan", "fill", "--week", "2020-W10", "--format", "json")
    assert result.code == 0, result.err
    assert result.json["placed"] == [] and result.json["past_slots"] == 3
    assert revision(slots_and_ideas) == before


def test_in_french(cli: Run, slots_and_ideas: Path) -> None:
    result = cli("--lang", "fr", "plan", "fill", "--week", WEEK)
    assert result.code == 0, result.err
    assert "Instagram : il manque 1 idée de conversation" in result.out.splitlines()


@pytest.mark.parametrize(
    "arguments",
    [
        ("--week", "2090-W99"),
        ("--week", "soon"),
        ("--from", "2090-03-06"),
        ("--from", "2090-13-01", "--to", "2090-13-07"),
        (),
        ("--week", WEEK, "--platform", "Pinterest"),
        ("--week", WEEK, "--format", "yaml"),
        ("--week", WEEK, "--to", "2090-03-06"),  # half a range beside a week: which is meant?
    ],
)
def test_bad_input_is_one_line_exit_2_and_nothing_written(
    cli: Run, slots_and_ideas: Path, arguments: tuple[str, ...]
) -> None:
    add_idea(cli, "What are you reading?", "Question")
    before = revision(slots_and_ideas)
    result = cli("plan", "fill", *arguments)
    assert result.code == 2
    result.assert_one_line_error()
    assert revision(slots_and_ideas) == before


def test_a_week_already_full_says_there_is_nothing_to_fill(cli: Run, slots_and_ideas: Path) -> None:
    add_idea(cli, "What are you reading?", "Question")
    add_idea(cli, "Coupon -10%", "Offer")
    add_idea(cli, "New shelf", "News")
    assert cli("plan", "fill", "--week", WEEK).code == 0
    again = cli("plan", "fill", "--week", WEEK)
    assert again.code == 0, again.err
    assert again.out == "Every slot still to come in this range is taken already: nothing to fill.\n"


def test_past_slots_are_said_in_the_table(cli: Run, slots_and_ideas: Path) -> None:
    add_idea(cli, "What are you reading?", "Question")
    result = cli("plan", "fill", "--week", "2020-W10")
    assert result.out.splitlines() == ["No idea placed.", "3 empty slots of this range are past and stay empty."]


def test_json_says_which_rule_kept_a_slot_empty(cli: Run, slots_and_ideas: Path) -> None:
    cli("rules", "set", "--platform", "Instagram", "--preset", "80-20", "--mode", "block")
    add_idea(cli, "Coupon -10%", "Offer")
    add_idea(cli, "Book launch", "Launch")
    add_idea(cli, "What are you reading?", "Question")
    result = cli("plan", "fill", "--week", WEEK, "--format", "json")
    assert result.code == 0, result.err
    assert result.json["dry_run"] is False
    (kept_empty,) = result.json["missing"]
    assert (kept_empty["side"], kept_empty["count"], kept_empty["blocked"]) == (None, 1, 1)
    assert kept_empty["because"] == ["max_promotion"]
