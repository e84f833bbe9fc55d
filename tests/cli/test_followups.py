"""``dialogos followup …`` and the follow-up options of ``category add|edit``: the command line
the README's "Follow-ups" section shows.

The command line runs on the real clock: posts far in the past make follow-ups late, posts far
in the future keep them open, whatever day the tests run.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import pytest

from tests.helpers.cli import Run

AddPost = Callable[..., dict[str, Any]]

FIELDS = {
    "id", "post", "platform", "kind", "title", "due", "offset", "duration_minutes", "owner", "status",
    "kept_at", "kept_by_post", "reason", "version",
}  # fmt: skip


def _add(cli: Run, *arguments: object) -> dict[str, Any]:
    result = cli("followup", "add", *arguments, "--format", "json")
    assert result.code == 0, result.err
    return result.json  # type: ignore[no-any-return]


def test_add_and_list_give_the_json_fields_of_the_contract(cli: Run, add_post: AddPost) -> None:
    post = add_post("Your winter book?", "--at", "2090-06-01 09:00", "--author", "Léa")
    replies = _add(cli, post["id"], "--kind", "replies", "--after", "2h", "--duration", "90")
    promised = _add(cli, post["id"], "--kind", "post", "--due", "2090-06-05 17:00", "--title", "the selection")

    assert FIELDS <= replies.keys()
    assert (replies["due"], replies["offset"], replies["duration_minutes"]) == ("2090-06-01T11:00:00+02:00", "2h", 90)
    assert (replies["status"], replies["owner"], replies["platform"]) == ("open", "Léa", "Instagram")
    assert (promised["offset"], promised["duration_minutes"], promised["kind"]) == (None, None, "post")
    listed = cli("followup", "list", "--from", "2090-06-01", "--to", "2090-06-07", "--format", "json")
    assert [f["id"] for f in listed.json] == [replies["id"], promised["id"]]
    table = cli("followup", "list", "--from", "2090-06-01", "--to", "2090-06-07").out.splitlines()
    assert table[0].split()[:3] == ["ID", "Due", "Platform"] and len(table) == 4
    assert "reply window" in table[2] and "the selection" in table[3]


def test_list_filters_late_ones_and_platforms(cli: Run, add_post: AddPost) -> None:
    past = add_post("Last year's poll", "--at", "2020-06-01 09:00")
    future = add_post("Next poll", "--at", "2090-06-01 09:00", platform="LinkedIn")
    late = _add(cli, past["id"], "--kind", "replies", "--after", "2h")
    _add(cli, future["id"], "--kind", "replies", "--after", "2h")
    assert late["status"] == "late"
    assert [f["id"] for f in cli("followup", "list", "--status", "late", "--format", "json").json] == [late["id"]]
    on_linkedin = cli("followup", "list", "--platform", "LinkedIn", "--format", "json").json
    assert [f["post"] for f in on_linkedin] == [future["id"]]
    assert cli("followup", "list", "--platform", "X").out.strip() == "No follow-ups."


def test_keep_and_drop(cli: Run, add_post: AddPost) -> None:
    post = add_post("Your winter book?", "--at", "2090-06-01 09:00")
    answer = _add(cli, post["id"], "--kind", "answer", "--after", "1d", "--title", "@lea")
    replies = _add(cli, post["id"], "--kind", "replies", "--after", "2h")
    kept = cli("followup", "keep", replies["id"], "--expect-version", "1", "--format", "json")
    assert kept.code == 0 and kept.json["status"] == "kept" and kept.json["kept_at"] and kept.json["version"] == 2
    dropped = cli("followup", "drop", answer["id"], "--reason", "She found it herself", "--format", "json")
    assert (dropped.json["status"], dropped.json["reason"]) == ("dropped", "She found it herself")


def test_a_promised_post_is_kept_by_a_published_post_on_its_platform(cli: Run, add_post: AddPost) -> None:
    post = add_post("Your winter book?", "--at", "2090-06-01 09:00")
    results = add_post("Your selection", "--at", "2090-06-05 17:00")
    promise = _add(cli, post["id"], "--kind", "post", "--after", "4d")
    linked = cli("followup", "keep", promise["id"], "--by-post", results["id"])
    assert linked.code == 0 and "kept when that post is published" in linked.out
    assert cli("post", "edit", results["id"], "--status", "published").code == 0
    shown = cli("followup", "list", "--format", "json").json
    assert (shown[0]["status"], shown[0]["kept_by_post"]) == ("kept", results["id"])


def test_follow_ups_move_with_their_post(cli: Run, add_post: AddPost) -> None:
    post = add_post("Your winter book?", "--at", "2090-06-01 09:00")
    promise = _add(cli, post["id"], "--kind", "post", "--after", "3d")
    assert cli("post", "move", post["id"], "--at", "2090-06-02 10:30").code == 0
    moved = cli("followup", "list", "--format", "json").json[0]
    assert moved["id"] == promise["id"] and moved["due"] == "2090-06-05T10:30:00+02:00"


@pytest.mark.parametrize(
    ("arguments", "says"),
    [
        (("add", "999", "--kind", "replies", "--after", "2h"), "no post 999"),
        (("add", "{post}", "--kind", "replies", "--after", "2 weeks"), "e.g. 30m, 2h or 3d"),
        (("add", "{post}", "--kind", "answer", "--due", "2090-05-31 09:00"), "before its post"),
        (("keep", "{promise}", "--by-post", "{linkedin}"), "LinkedIn"),
        (("keep", "{promise}", "--by-post", "{idea}"), "idea"),
        (("keep", "999"), "no follow-up 999"),
        (("add", "{post}", "--kind", "answer", "--after", "2h", "--tz", "Europe/Paris"), "--tz is the zone of --due"),
        (("add", "{post}", "--kind", "answer", "--after", "1d", "--duration", "30"), "--duration 30"),
    ],
)
def test_bad_input_is_one_line_exit_2_and_writes_nothing(
    cli: Run, add_post: AddPost, arguments: tuple[str, ...], says: str
) -> None:
    ids = {
        "post": add_post("Your winter book?", "--at", "2090-06-01 09:00")["id"],
        "linkedin": add_post("Elsewhere", "--at", "2090-06-05 09:00", platform="LinkedIn")["id"],
        "idea": add_post("Some day")["id"],
    }
    ids["promise"] = _add(cli, ids["post"], "--kind", "post", "--after", "4d")["id"]
    before = cli("followup", "list", "--format", "json").json
    result = cli("followup", *(a.format(**ids) for a in arguments))
    assert result.code == 2
    assert says in result.assert_one_line_error()
    assert cli("followup", "list", "--format", "json").json == before


def test_a_stale_expect_version_is_exit_4(cli: Run, add_post: AddPost) -> None:
    post = add_post("Your winter book?", "--at", "2090-06-01 09:00")
    replies = _add(cli, post["id"], "--kind", "replies", "--after", "2h")
    assert cli("followup", "keep", replies["id"]).code == 0
    stale = cli("followup", "drop", replies["id"], "--reason", "x", "--expect-version", "1")
    assert stale.code == 4 and "version 1" in stale.assert_one_line_error()


def test_category_defaults_on_the_command_line(cli: Run, add_post: AddPost) -> None:
    made = cli(
        "category", "add", "Poll", "--side", "conversation", "--followup", "replies:2h:90", "--followup", "post:3d",
        "--format", "json",
    )  # fmt: skip
    assert made.code == 2 and "exists" in made.assert_one_line_error()  # the plan has a Poll already
    edited = cli("category", "edit", "Poll", "--followup", "replies:2h:90", "--followup", "post:3d", "--format", "json")
    assert edited.code == 0, edited.err
    assert edited.json["followups"] == ["replies:2h:90", "post:3d"] and edited.json["offer"] is False
    offer = cli("category", "add", "Coupon", "--side", "promotion", "--offer", "--format", "json")
    assert offer.json["offer"] is True
    assert "replies:2h:90, post:3d" in cli("category", "list").out
    bad = cli("category", "edit", "Poll", "--followup", "poll:2h")
    assert bad.code == 2 and "replies, post, answer" in bad.assert_one_line_error()
    post = add_post("Tea or coffee?", "--at", "2090-06-01 09:00", "--category", "Poll")
    kinds = [f["kind"] for f in cli("followup", "list", "--format", "json").json if f["post"] == post["id"]]
    assert kinds == ["replies", "post"]
    cleared = cli("category", "edit", "Poll", "--followup", "none", "--format", "json")
    assert cleared.json["followups"] == []


def test_french(cli: Run, add_post: AddPost) -> None:
    post = add_post("Votre livre d'hiver ?", "--at", "2090-06-01 09:00")
    _add(cli, post["id"], "--kind", "replies", "--after", "2h")
    table = cli("--lang", "fr", "followup", "list").out
    assert "Échéance" in table and "créneau de réponse" in table and "ouvert" in table
    wrong = cli("--lang", "fr", "followup", "add", post["id"], "--kind", "post", "--after", "demain")
    assert "n’est pas un délai" in wrong.assert_one_line_error()
