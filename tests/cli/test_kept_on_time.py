"""``dialogos balance``: kept on time per platform, and the promotions that late follow-ups held back.

The command line runs on the real clock: follow-ups of 2020 are past whatever day the tests
run, those of 2090 are to come, and keeping one now keeps a 2090 one on time, a 2020 one late.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from tests.helpers.cli import Run

AddPost = Callable[..., dict[str, Any]]
RANGE = ("--from", "2020-06-01", "--to", "2090-06-30")


def _owe(cli: Run, post: dict[str, Any], due: str, kind: str = "answer") -> int:
    made = cli("followup", "add", post["id"], "--kind", kind, "--due", due, "--title", "@lea", "--format", "json")
    assert made.code == 0, made.err
    return int(made.json["id"])


def _promises(cli: Run, add_post: AddPost) -> None:
    """On Instagram: one follow-up of each fate; on LinkedIn: none."""
    poll = add_post("Which winter book?", "--at", "2020-06-03 09:00", "--category", "Poll")
    assert cli("followup", "keep", _owe(cli, poll, "2020-06-04 12:00")).code == 0  # kept now: late
    _owe(cli, poll, "2020-06-05 12:00")  # still open: late
    dropped = _owe(cli, poll, "2020-06-06 12:00")
    assert cli("followup", "drop", dropped, "--reason", "Léa found it in the FAQ").code == 0
    ahead = add_post("Your summer reads?", "--at", "2090-06-01 09:00", "--category", "Question")
    assert cli("followup", "keep", _owe(cli, ahead, "2090-06-02 12:00")).code == 0  # kept before due: on time
    _owe(cli, ahead, "2090-06-03 12:00")  # open, not due yet
    add_post("Hiring a barista", "--at", "2020-06-03 09:00", "--category", "Question", platform="LinkedIn")


def test_the_json_gives_each_platform_its_follow_ups_by_fate_and_the_share_kept_on_time(
    cli: Run, add_post: AddPost
) -> None:
    _promises(cli, add_post)

    result = cli("balance", *RANGE, "--format", "json")

    assert result.code == 0, result.err
    report = {p["platform"]: p for p in result.json}
    assert report["Instagram"]["followups"] == {
        "due": 5,
        "kept_on_time": 1,
        "kept_late": 1,
        "late": 1,
        "open": 1,
        "dropped": 1,
    }
    assert report["Instagram"]["kept_on_time_share"] == 0.25  # 1 of 4 judged: the open one aside, the dropped one in
    assert report["LinkedIn"]["followups"]["due"] == 0 and report["LinkedIn"]["kept_on_time_share"] is None
    # A range holding only what is not judged yet has no share either.
    ahead = cli("balance", "--from", "2090-06-03", "--to", "2090-06-04", "--platform", "Instagram", "--format", "json")
    assert ahead.json[0]["followups"]["open"] == 1 and ahead.json[0]["kept_on_time_share"] is None


def test_the_table_says_how_many_were_kept_on_time_in_english_and_french(cli: Run, add_post: AddPost) -> None:
    _promises(cli, add_post)

    english = cli("balance", *RANGE).out.splitlines()
    french = cli("--lang", "fr", "balance", *RANGE).out.splitlines()

    instagram = english.index(next(line for line in english if line.startswith("Instagram:")))
    assert english[instagram + 1] == "  Kept on time: 1 of 4 (25 %)"
    assert english[instagram + 2] == (
        "  Follow-ups due: 5 · kept on time 1 · kept late 1 · late 1 · open 1 · dropped 1"
    )
    assert "  Tenus à temps : 1 sur 4 (25 %)" in french
    linkedin = english.index(next(line for line in english if line.startswith("LinkedIn:")))
    assert not english[linkedin + 1].startswith("  Kept on time")  # nothing was due there


def test_the_range_report_lists_promotions_planned_while_a_follow_up_was_late_and_check_exits_1(
    cli: Run, add_post: AddPost
) -> None:
    poll = add_post("Which winter book?", "--at", "2020-06-03 09:00", "--category", "Poll")
    _owe(cli, poll, "2020-06-05 12:00")
    before = add_post("-10% on mugs", "--at", "2020-06-04 09:00", "--category", "Offer")
    after = add_post("-20% on filters", "--at", "2020-06-10 09:00", "--category", "Offer")
    ahead = add_post("-30% on grinders", "--at", "2090-06-10 09:00", "--category", "Offer")

    past = cli("balance", "--from", "2020-06-01", "--to", "2020-06-30", "--check", "--format", "json")
    held = [b for b in past.json[0]["breaches"] if b["kind"] == "no_promotion_while_late"]

    assert past.code == 1
    # Every promotion waiting behind the same late follow-up, whatever the range asked (one verdict
    # everywhere: the card of the one to come names the same breach), not the one before it was due.
    assert [b["posts"] for b in held] == [[after["id"], ahead["id"]]]
    assert held[0]["message"].startswith("You owe the community 1 follow-up on Instagram")
    assert before["id"] not in {p for b in held for p in b["posts"]}
    # A promotion to come is judged against what is late now.
    future = cli("balance", "--from", "2090-06-01", "--to", "2090-06-30", "--check")
    assert future.code == 1 and "You owe the community 1 follow-up on Instagram" in future.out
    # Once the follow-up is kept, the report has nothing more to say about promises.
    late = cli("followup", "list", "--status", "late", "--format", "json").json
    assert cli("followup", "keep", late[0]["id"]).code == 0
    again = cli("balance", "--from", "2020-06-01", "--to", "2090-06-30", "--format", "json")
    kinds = {b["kind"] for b in again.json[0]["breaches"]}
    assert kinds and "no_promotion_while_late" not in kinds  # the 80/20 rule still counts the offers
    assert ahead["id"] in {p for b in again.json[0]["breaches"] for p in b["posts"]}
