"""``dialogos post add --platform A --platform B`` (a cross-post) and ``dialogos post copy``."""

from __future__ import annotations

import pytest

from tests.helpers.cli import Run

LAUNCH = ("--title", "Launch", "--at", "2026-06-04 10:00", "--category", "Offer")
COUPON = ("--title", "-10% on Saturday", "--at", "2026-06-06 10:00", "--category", "Offer", "--body", "Show this post")


def test_repeated_platforms_make_one_post_each_in_one_group(cli: Run) -> None:
    result = cli("post", "add", "--platform", "Instagram", "--platform", "linkedin", *COUPON, "--format", "json")

    assert result.code == 0, result.err
    posts = result.json
    assert [p["platform"] for p in posts] == ["Instagram", "LinkedIn"]
    assert len({p["group"] for p in posts}) == 1 and posts[0]["group"]
    assert {p["start"] for p in posts} == {"2026-06-06T10:00:00+02:00"}
    assert [s["platform"] for s in posts[0]["siblings"]] == ["LinkedIn"]
    assert len(cli("post", "list", "--format", "json").json) == 2


def test_show_names_the_other_posts_of_the_cross_post(cli: Run) -> None:
    cli("post", "add", "--platform", "Instagram", "--platform", "X", *COUPON)

    shown = cli("post", "show", "1")
    assert "Also on" in shown.out and "X (#2)" in shown.out
    as_json = cli("post", "show", "2", "--format", "json").json
    assert [(s["id"], s["platform"]) for s in as_json["siblings"]] == [(1, "Instagram")]


def test_a_cross_post_table_says_what_was_saved(cli: Run) -> None:
    result = cli("post", "add", "--platform", "Instagram", "--platform", "X", *COUPON)
    assert result.code == 0, result.err
    assert result.out.startswith("Cross-post of 2 posts saved: 1, 2.")


def test_a_platform_named_twice_is_refused_in_one_line_and_nothing_written(cli: Run) -> None:
    result = cli("post", "add", "--platform", "Instagram", "--platform", "X", "--platform", "instagram", *COUPON)

    assert result.code == 2
    assert len(result.err.strip().splitlines()) == 1
    assert "instagram" in result.err and "twice" in result.err
    assert cli("post", "list", "--format", "json").json == []


def test_a_cross_post_refused_by_a_block_rule_names_the_platform_and_writes_nothing(cli: Run) -> None:
    assert cli("rules", "set", "--platform", "X", "--preset", "80-20", "--mode", "block").code == 0
    cli("post", "add", "--platform", "X", "--title", "Coupon", "--at", "2026-06-05 10:00", "--category", "Offer")

    result = cli("post", "add", "--platform", "Instagram", "--platform", "X", *COUPON)

    assert result.code == 3
    assert "X" in result.err
    assert [p["platform"] for p in cli("post", "list", "--format", "json").json] == ["X"]


@pytest.mark.parametrize(
    "refused",
    [
        ("post", "add", "--platform", "Instagram", *LAUNCH),
        ("post", "add", "--platform", "Instagram", "--platform", "X", *LAUNCH),
        ("post", "add", "--platform", "Instagram", *LAUNCH, "--repeat", "weekly", "--count", "3"),
        ("post", "copy", "2", "--at", "2026-06-04 10:00"),
    ],
    ids=["post", "cross-post", "series", "copy"],
)
def test_a_refused_create_names_only_saved_posts_in_its_json(cli: Run, refused: tuple[str, ...]) -> None:
    assert cli("rules", "set", "--platform", "Instagram", "--preset", "80-20", "--mode", "block").code == 0
    cli("post", "add", "--platform", "Instagram", "--title", "Q", "--at", "2026-06-01 10:00", "--category", "Question")
    cli("post", "add", "--platform", "Instagram", "--title", "C", "--at", "2026-06-03 10:00", "--category", "Offer")

    result = cli(*refused, "--format", "json")

    assert result.code == 3, result.err
    named = [post for breach in result.json["breaches"] for post in breach["posts"]]
    saved = {post["id"] for post in cli("post", "list", "--format", "json").json}
    assert saved == {1, 2}
    assert {1, 2} <= set(named) and set(named) - {1, 2} == {None}  # the refused post: null where it stands
    # The id its rolled-back insert got goes to the next post: the refusal never named it.
    made = cli("post", "add", "--platform", "X", "--title", "Next", "--at", "2026-06-10 10:00", "--format", "json")
    assert made.json["id"] not in named


def test_the_text_limit_of_each_platform_is_checked(cli: Run) -> None:
    long_body = "a" * 300
    result = cli(
        "post", "add", "--platform", "Instagram", "--platform", "X", "--title", "Long", "--at", "2026-06-06 10:00",
        "--status", "ready", "--body", long_body,
    )  # fmt: skip
    assert result.code == 2 and "X" in result.err and "280" in result.err
    assert cli("post", "list", "--format", "json").json == []


def test_copy_makes_a_draft_at_another_time_and_platform(cli: Run) -> None:
    cli("post", "add", "--platform", "Instagram", *COUPON, "--status", "scheduled")

    result = cli("post", "copy", "1", "--at", "2026-06-13 18:30", "--platform", "LinkedIn", "--format", "json")

    assert result.code == 0, result.err
    copy = result.json
    assert (copy["id"], copy["platform"], copy["status"]) == (2, "LinkedIn", "draft")
    assert copy["start"] == "2026-06-13T18:30:00+02:00"
    assert (copy["title"], copy["body"], copy["category"]) == ("-10% on Saturday", "Show this post", "Offer")
    assert copy["group"] is None


def test_copy_reads_the_time_in_the_zone_given(cli: Run) -> None:
    cli("post", "add", "--platform", "Instagram", *COUPON)
    result = cli("post", "copy", "1", "--at", "2026-06-13 09:00", "--tz", "America/New_York", "--format", "json")
    assert result.code == 0, result.err
    assert result.json["start"] == "2026-06-13T09:00:00-04:00"
    assert result.json["timezone"] == "America/New_York"


def test_copy_says_which_post_it_made(cli: Run) -> None:
    cli("post", "add", "--platform", "Instagram", *COUPON)
    result = cli("post", "copy", "1", "--at", "2026-06-13 09:00")
    assert result.code == 0, result.err
    assert result.out.startswith("Post 1 copied as post 2.")


def test_copy_bad_input_is_one_line_and_writes_nothing(cli: Run) -> None:
    cli("post", "add", "--platform", "Instagram", *COUPON)
    for args, code in (
        (("post", "copy", "1", "--at", "next tuesday"), 2),
        (("post", "copy", "1", "--at", "2026-06-13 09:00", "--platform", "Myspace"), 2),
        (("post", "copy", "99", "--at", "2026-06-13 09:00"), 2),
        (("post", "copy", "1"), 2),
    ):
        result = cli(*args)
        assert result.code == code, args
        assert len(result.err.strip().splitlines()) == 1, result.err
    assert len(cli("post", "list", "--format", "json").json) == 1


def test_the_copy_of_an_idea_without_a_time_is_an_idea(cli: Run) -> None:
    idea = cli("post", "add", "--platform", "Instagram", "--title", "Which book?", "--status", "idea", "--format=json")
    assert idea.code == 0, idea.err
    assert idea.json["start"] is None

    result = cli("post", "copy", "1", "--platform", "LinkedIn", "--format", "json")

    assert result.code == 0, result.err
    copy = result.json
    assert (copy["id"], copy["status"], copy["start"], copy["platform"]) == (2, "idea", None, "LinkedIn")
    assert copy["title"] == "Which book?"
    dated = cli("post", "copy", "1", "--at", "2026-06-13 09:00", "--format", "json").json
    assert (dated["status"], dated["start"]) == ("draft", "2026-06-13T09:00:00+02:00")


def test_the_copy_of_a_dated_post_needs_a_time_in_one_line(cli: Run) -> None:
    cli("post", "add", "--platform", "Instagram", *COUPON)
    for lang, words in (("en", "Post 1 has a date"), ("fr", "La publication 1 a une date")):
        result = cli("--lang", lang, "post", "copy", "1")
        assert result.code == 2
        assert result.err.strip().count("\n") == 0 and words in result.err and "--at" in result.err
    assert len(cli("post", "list", "--format", "json").json) == 1


def test_copy_in_french(cli: Run) -> None:
    cli("post", "add", "--platform", "Instagram", *COUPON)
    result = cli("--lang", "fr", "post", "copy", "1", "--at", "2026-06-13 09:00")
    assert result.out.startswith("Publication 1 copiée en publication 2.")


def test_a_copy_s_history_says_which_post_it_copies(cli: Run) -> None:
    cli("post", "add", "--platform", "Instagram", *COUPON)
    cli("post", "copy", "1", "--at", "2026-06-13 09:00")
    assert "created as a copy of post 1" in cli("post", "history", "2").out
    assert cli("post", "history", "2", "--format", "json").json[0]["copied_from"] == 1
