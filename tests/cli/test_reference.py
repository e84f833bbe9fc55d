"""``dialogos platform …`` and ``dialogos category …``."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

from tests.helpers.cli import Run

AddPost = Callable[..., dict[str, Any]]


def by_name(records: list[dict[str, Any]]) -> dict[str, dict[str, Any]]:
    return {record["name"]: record for record in records}


# -- platforms ----------------------------------------------------------------------------


def test_platform_list_as_table_and_json(cli: Run) -> None:
    table = cli("platform", "list")
    data = cli("platform", "list", "--format", "json")

    assert table.code == 0 and data.code == 0
    lines = table.out.splitlines()
    assert lines[0].split() == ["ID", "Name", "Kind", "Colour", "Text", "limit", "Active"]
    assert [line.split()[1] for line in lines[2:]] == ["Instagram", "LinkedIn", "X"]
    platforms = by_name(data.json)
    assert list(platforms) == ["Instagram", "LinkedIn", "X"]
    assert {name: p["text_limit"] for name, p in platforms.items()} == {"Instagram": 2200, "LinkedIn": 3000, "X": 280}
    assert platforms["X"]["kind"] == "x" and platforms["X"]["active"] is True


def test_platform_add_takes_the_limit_of_its_kind_unless_told(cli: Run) -> None:
    bluesky = cli("platform", "add", "Bluesky", "--kind", "bluesky", "--format", "json")
    mastodon = cli("platform", "add", "Mastodon", "--kind", "mastodon", "--limit", "none", "--format", "json")
    forum = cli("platform", "add", "Forum", "--kind", "forum", "--limit", "10000", "--colour", "#123456")

    assert bluesky.code == 0, bluesky.err
    assert (bluesky.json["kind"], bluesky.json["text_limit"]) == ("bluesky", 300)
    assert mastodon.code == 0, mastodon.err
    assert mastodon.json["text_limit"] is None
    assert forum.code == 0, forum.err
    assert forum.out.splitlines()[2].split()[1:] == ["Forum", "forum", "#123456", "10000", "yes"]
    listed = by_name(cli("platform", "list", "--format", "json").json)
    assert listed["Mastodon"]["text_limit"] is None and listed["Bluesky"]["text_limit"] == 300


def test_platform_add_refuses_a_duplicate_or_an_unknown_kind(cli: Run, plan_path: Path) -> None:
    before = plan_path.read_bytes()

    duplicate = cli("platform", "add", "linkedin", "--kind", "linkedin")
    unknown = cli("platform", "add", "Myspace", "--kind", "myspace")

    assert duplicate.code == 2 and "already exists" in duplicate.assert_one_line_error()
    assert unknown.code == 2 and "Unknown kind of platform “myspace”" in unknown.assert_one_line_error()
    assert plan_path.read_bytes() == before


def test_platform_edit(cli: Run, add_post: AddPost) -> None:
    post = add_post("Short and sweet", "--at", "2026-06-01 10:00", platform="X")

    result = cli(
        "platform", "edit", "x", "--name", "X (Twitter)", "--limit", "25000", "--inactive", "--colour", "#000000",
        "--format", "json",
    )  # fmt: skip

    assert result.code == 0, result.err
    edited = result.json
    assert (edited["name"], edited["text_limit"], edited["active"], edited["colour"]) == (
        "X (Twitter)", 25000, False, "#000000",
    )  # fmt: skip
    assert edited["version"] == 2
    assert cli("post", "show", post["id"], "--format", "json").json["platform"] == "X (Twitter)"
    back = cli("platform", "edit", "X (Twitter)", "--active", "--limit", "none", "--format", "json")
    assert (back.json["active"], back.json["text_limit"]) == (True, None)


def test_platform_rm_removes_an_unused_platform_and_refuses_one_in_use(
    cli: Run, plan_path: Path, add_post: AddPost
) -> None:
    add_post("Busy", "--at", "2026-06-01 10:00", platform="Instagram")

    removed = cli("platform", "rm", "LinkedIn")
    before = plan_path.read_bytes()
    refused = cli("platform", "rm", "Instagram")

    assert removed.code == 0 and removed.out == "Platform “LinkedIn” removed.\n"
    assert refused.code == 2
    assert refused.assert_one_line_error() == (
        "Error: “Instagram” still has posts (1): move or delete them first, or make the platform inactive."
    )
    assert plan_path.read_bytes() == before
    assert [p["name"] for p in cli("platform", "list", "--format", "json").json] == ["Instagram", "X"]


# -- categories ---------------------------------------------------------------------------


def test_category_list_json_gives_name_and_side(cli: Run) -> None:
    result = cli("category", "list", "--format", "json")

    assert result.code == 0, result.err
    categories = by_name(result.json)
    assert all({"name", "side"} <= record.keys() for record in result.json)
    assert categories["Question"]["side"] == "conversation"
    assert categories["News"]["side"] == "information"
    assert categories["Offer"]["side"] == "promotion"
    assert {record["side"] for record in result.json} == {"conversation", "information", "promotion"}
    table = cli("category", "list").out.splitlines()
    assert table[0].split() == ["ID", "Name", "Side", "Follow-ups", "Offer"] and len(table) == len(result.json) + 2


def test_category_add_edit_rm(cli: Run, add_post: AddPost) -> None:
    added = cli("category", "add", "AMA", "--side", "conversation", "--format", "json")
    assert added.code == 0, added.err
    assert (added.json["name"], added.json["side"]) == ("AMA", "conversation")
    post = add_post("Ask our roaster", "--at", "2026-06-01 10:00", "--category", "ama")
    assert post["side"] == "conversation"

    edited = cli("category", "edit", "AMA", "--name", "Ask me anything", "--side", "information", "--format", "json")

    assert edited.code == 0, edited.err
    assert (edited.json["name"], edited.json["side"]) == ("Ask me anything", "information")
    shown = cli("post", "show", post["id"], "--format", "json").json
    assert (shown["category"], shown["side"]) == ("Ask me anything", "information")

    in_use = cli("category", "rm", "Ask me anything")
    assert in_use.code == 2
    assert in_use.assert_one_line_error() == (
        "Error: Posts still use the category “Ask me anything” (1): give them another one first."
    )
    assert cli("post", "edit", post["id"], "--category", "Question").code == 0
    removed = cli("category", "rm", "Ask me anything")
    assert removed.code == 0 and removed.out == "Category “Ask me anything” removed.\n"
    assert "Ask me anything" not in by_name(cli("category", "list", "--format", "json").json)


def test_category_add_refuses_an_unknown_side(cli: Run) -> None:
    result = cli("category", "add", "Meme", "--side", "humour")

    assert result.code == 2
    assert "invalid choice: 'humour'" in result.assert_one_line_error()
