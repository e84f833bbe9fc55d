"""``dialogos post add --repeat``, ``post show`` of a series, ``post edit|move|rm --scope``: the contract
and bad input (one line, exit 2, nothing written)."""

from __future__ import annotations

from datetime import date, timedelta
from pathlib import Path

import pytest

from tests.helpers.cli import Run, revision

NEWSLETTER = ("post", "add", "--platform", "LinkedIn", "--title", "Weekly letter", "--category", "Question")


def add_series(cli: Run, *repeat: str, at: str = "2026-03-17 09:00") -> list[dict[str, object]]:
    result = cli(*NEWSLETTER, "--at", at, *repeat, "--format", "json")
    assert result.code == 0, result.err
    posts: list[dict[str, object]] = result.json
    return posts


def test_a_weekly_series_is_posts_of_their_own_sharing_a_series_at_nine_across_summer_time(cli: Run) -> None:
    posts = add_series(cli, "--repeat", "weekly", "--count", "4")
    assert [p["start"] for p in posts] == [
        "2026-03-17T09:00:00+01:00",
        "2026-03-24T09:00:00+01:00",
        "2026-03-31T09:00:00+02:00",
        "2026-04-07T09:00:00+02:00",
    ]
    assert len({p["series"] for p in posts}) == 1 and posts[0]["series"]
    assert len({p["id"] for p in posts}) == 4
    listed = cli("post", "list", "--format", "json").json
    assert [p["series"] for p in listed] == [posts[0]["series"]] * 4


def test_until_is_inclusive_and_every_skips(cli: Run) -> None:
    posts = add_series(cli, "--repeat", "daily", "--every", "2", "--until", "2026-03-23")
    assert [str(p["start"])[:10] for p in posts] == ["2026-03-17", "2026-03-19", "2026-03-21", "2026-03-23"]


def test_the_text_output_says_the_series_and_show_places_the_post_in_it(cli: Run) -> None:
    result = cli(*NEWSLETTER, "--at", "2026-03-17 09:00", "--repeat", "monthly", "--count", "3")
    assert result.code == 0 and result.out.startswith("Created series ")
    assert ": 3 posts, from #1 to #3." in result.out.splitlines()[0]
    shown = cli("post", "show", "2").out
    assert "(2 of 3)" in next(line for line in shown.splitlines() if line.startswith("Series"))


def test_a_post_of_no_series_has_none(cli: Run) -> None:
    result = cli(*NEWSLETTER, "--at", "2026-03-17 09:00", "--format", "json")
    assert result.json["series"] is None
    assert "Series" not in cli("post", "show", "1").out


def test_edit_this_and_the_following_shifts_them_and_rm_all_deletes_the_series(cli: Run, plan_path: Path) -> None:
    ids = [p["id"] for p in add_series(cli, "--repeat", "weekly", "--count", "4")]
    before = revision(plan_path)
    edited = cli("post", "edit", ids[1], "--scope", "following", "--title", "New format", "--at", "2026-03-24 10:00")
    assert edited.code == 0, edited.err
    assert edited.out.startswith("Edited 3 posts of series ")
    assert revision(plan_path) == before + 1
    listed = cli("post", "list", "--format", "json").json
    assert [(p["title"], p["start"][11:16]) for p in listed] == [
        ("Weekly letter", "09:00"),
        ("New format", "10:00"),
        ("New format", "10:00"),
        ("New format", "10:00"),
    ]
    alone = cli("post", "edit", ids[0], "--title", "First")  # the default scope: this one
    assert alone.code == 0 and next(p["title"] for p in cli("post", "list", "--format", "json").json) == "First"
    removed = cli("post", "rm", ids[2], "--scope", "all")
    assert removed.code == 0 and removed.out.startswith("Deleted 4 posts of series ")
    assert cli("post", "list", "--format", "json").json == []


def test_move_with_a_scope_shifts_the_series_by_the_same_offset_and_defaults_to_this_one(
    cli: Run, plan_path: Path
) -> None:
    ids = [p["id"] for p in add_series(cli, "--repeat", "weekly", "--count", "4")]
    before = revision(plan_path)
    moved = cli("post", "move", ids[1], "--at", "2026-03-25 08:30", "--scope", "following")
    assert moved.code == 0, moved.err
    assert moved.out.startswith("Moved 3 posts of series ")
    assert revision(plan_path) == before + 1
    starts = [p["start"] for p in cli("post", "list", "--format", "json").json]
    assert starts == [
        "2026-03-17T09:00:00+01:00",
        "2026-03-25T08:30:00+01:00",
        "2026-04-01T08:30:00+02:00",  # a day later at 08:30, across summer time
        "2026-04-08T08:30:00+02:00",
    ]
    alone = cli("post", "move", ids[0], "--at", "2026-03-16 09:00", "--format", "json")  # the default: this one
    assert alone.code == 0 and alone.json["start"] == "2026-03-16T09:00:00+01:00"
    assert [p["start"][:10] for p in cli("post", "list", "--format", "json").json][1:] == [
        "2026-03-25",
        "2026-04-01",
        "2026-04-08",
    ]
    every = cli("post", "move", ids[3], "--at", "2026-04-07 09:00", "--scope", "all", "--format", "json")
    assert every.code == 0 and every.json["start"] == "2026-04-07T09:00:00+02:00"
    assert [p["start"][:10] for p in cli("post", "list", "--format", "json").json] == [
        "2026-03-15",
        "2026-03-24",
        "2026-03-31",
        "2026-04-07",
    ]


def test_a_bad_move_scope_is_a_usage_error_and_writes_nothing(cli: Run, plan_path: Path) -> None:
    ids = [p["id"] for p in add_series(cli, "--repeat", "weekly", "--count", "2")]
    before = revision(plan_path)
    result = cli("post", "move", ids[0], "--at", "2026-03-18 09:00", "--scope", "some")
    assert result.code == 2
    result.assert_one_line_error()
    assert revision(plan_path) == before


def test_a_refused_series_names_its_first_breaching_occurrence_and_saves_nothing(cli: Run, plan_path: Path) -> None:
    assert cli("rules", "set", "--platform", "LinkedIn", "--preset", "80-20", "--mode", "block").code == 0
    for day in ("01", "03", "08", "10"):
        assert cli(*NEWSLETTER, "--at", f"2026-06-{day} 09:00").code == 0
    before = revision(plan_path)
    coupons = (
        "post", "add", "--platform", "LinkedIn", "--title", "Coupon", "--category", "Offer",
        "--at", "2026-06-02 18:00", "--repeat", "daily", "--every", "3", "--count", "6",
    )  # fmt: skip
    result = cli(*coupons)
    assert result.code == 3
    line = result.assert_one_line_error()
    # 2 June alone passes; with 5 June, two promotions share five consecutive posts.
    assert "the series breaks a rule from its occurrence of Fri 5 June 18:00" in line
    assert revision(plan_path) == before
    forced = cli(*coupons, "--force", "--reason", "Sale week")
    assert forced.code == 0 and revision(plan_path) == before + 1


@pytest.mark.parametrize(
    ("repeat", "said"),
    [
        (("--repeat", "weekly"), "either --count N or --until DATE"),
        (("--repeat", "weekly", "--count", "3", "--until", "2026-05-01"), "either --count N or --until DATE"),
        (("--repeat", "weekly", "--every", "0", "--count", "3"), "--every must be a whole number of at least 1"),
        (("--repeat", "daily", "--count", "501"), "at most 500"),
        (("--repeat", "daily", "--until", "2028-01-01"), "A series of 656 occurrences is too long: at most 500"),
        (("--count", "3"), "go with --repeat"),
        (("--repeat", "weekly", "--until", "someday"), "someday"),
        (("--platform", "X", "--repeat", "weekly", "--count", "3"), "A series goes on one platform at a time"),
    ],
)
def test_bad_repeats_say_one_line_exit_2_and_write_nothing(
    cli: Run, plan_path: Path, repeat: tuple[str, ...], said: str
) -> None:
    before = revision(plan_path)
    result = cli(*NEWSLETTER, "--at", "2026-03-17 09:00", *repeat)
    assert result.code == 2
    assert said in result.assert_one_line_error()
    assert revision(plan_path) == before


def test_in_french_too(cli: Run, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("LANG", "fr_FR.UTF-8")
    result = cli(*NEWSLETTER, "--at", "2026-03-17 09:00", "--repeat", "weekly")
    assert result.code == 2 and "soit --count N, soit --until DATE" in result.assert_one_line_error()


def test_moving_a_series_where_no_post_would_change_says_so_and_writes_nothing(cli: Run, plan_path: Path) -> None:
    ids = [p["id"] for p in add_series(cli, "--repeat", "weekly", "--count", "3")]
    first = cli("post", "show", ids[1], "--format", "json").json["start"]
    before = revision(plan_path)

    moved = cli("post", "move", ids[1], "--at", first[:16].replace("T", " "), "--scope", "all")

    assert (moved.code, moved.err) == (0, "")
    assert moved.out.endswith("; nothing changed.\n") and len(moved.out.splitlines()) == 1
    assert moved.out.startswith(f"Post {ids[1]} is already at ")
    assert revision(plan_path) == before


INSTAGRAM = ("post", "add", "--platform", "Instagram")
FRIDAY_COUPON = (
    *INSTAGRAM, "--title", "Friday coupon", "--category", "Offer", "--at", "2026-12-18 18:00", "--repeat", "weekly",
)  # fmt: skip


def cafe_week(cli: Run) -> None:
    """Instagram on 80/20 in block mode: a question, a behind-the-scenes post and a coupon in mid-December."""
    assert cli("rules", "set", "--platform", "Instagram", "--preset", "80-20", "--mode", "block").code == 0
    for title, category, moment in (
        ("Which book this winter?", "Question", "2026-12-14 09:00"),
        ("Behind the scenes", "Behind the scenes", "2026-12-16 12:30"),
        ("Coupon -10%", "Offer", "2026-12-17 18:00"),
    ):
        assert cli(*INSTAGRAM, "--title", title, "--category", category, "--at", moment).code == 0


@pytest.mark.parametrize(
    ("lang", "said"),
    [
        ("en", ("Add 16 conversation posts on Instagram first, on ", ": with them, the whole series passes.")),
        ("fr", ("Ajoutez d’abord 16 publications de conversation sur Instagram, le ", "la série entière passe.")),
    ],
)
def test_a_refused_series_is_told_on_its_line_as_in_json_the_posts_with_which_it_passes(
    cli: Run, plan_path: Path, lang: str, said: tuple[str, str]
) -> None:
    cafe_week(cli)
    before = revision(plan_path)
    line = cli("--lang", lang, *FRIDAY_COUPON, "--count", "4")
    assert line.code == 3
    text = line.assert_one_line_error()
    as_json = cli("--lang", lang, *FRIDAY_COUPON, "--count", "4", "--format", "json")
    assert as_json.code == 3
    (fix,) = as_json.json["suggestions"]
    assert fix["kind"] == "add_conversation_around" and fix["side"] == "conversation"
    assert fix["message"].startswith(said[0]) and fix["message"].endswith(said[1])
    assert fix["message"] in text
    assert revision(plan_path) == before
    # Following it: each conversation post, then the series, passes.
    for moment in fix["moments"]:
        at = f"{moment[:10]} {moment[11:16]}"  # the plan's zone, as it was written
        assert cli(*INSTAGRAM, "--title", "Ask", "--category", "Question", "--at", at).code == 0
    assert cli(*FRIDAY_COUPON, "--count", "4").code == 0
    assert cli("balance", "--from", "2026-12-14", "--to", "2027-01-10", "--check").code == 0


@pytest.mark.parametrize(
    ("lang", "said"),
    [
        ("en", "No single fix is offered for a series: each occurrence needs its own"),
        ("fr", "Aucune correction unique n’est proposée pour une série : chaque occurrence demande la sienne"),
    ],
)
def test_a_refused_series_nothing_mends_says_so_on_its_line_as_in_json(
    cli: Run, plan_path: Path, lang: str, said: str
) -> None:
    cafe_week(cli)
    gap = ("--window", "5", "--max-promotion", "1", "--min-conversation", "1", "--min-promo-gap-hours", "200")
    assert cli("rules", "set", "--platform", "Instagram", *gap, "--mode", "block").code == 0  # no post mends a gap
    coupons = (*FRIDAY_COUPON[:-1], "daily", "--count", "3")
    line = cli("--lang", lang, *coupons)
    assert line.code == 3
    text = line.assert_one_line_error()
    (suggestion,) = cli("--lang", lang, *coupons, "--format", "json").json["suggestions"]
    assert suggestion["kind"] == "no_slot" and suggestion["message"].startswith(said)
    assert suggestion["message"] in text


def test_a_refused_series_told_to_repeat_less_often_passes_so(cli: Run, plan_path: Path) -> None:
    assert cli("rules", "set", "--platform", "Instagram", "--preset", "80-20", "--mode", "block").code == 0
    for week in range(10):  # a question each Monday and Wednesday from 14 December
        for day in (0, 2):
            moment = f"{date(2026, 12, 14) + timedelta(days=7 * week + day)} 09:00"
            assert cli(*INSTAGRAM, "--title", "Question", "--category", "Question", "--at", moment).code == 0
    refused = cli(*FRIDAY_COUPON, "--count", "4")
    assert refused.code == 3
    said = "Repeated every 2 weeks instead, the whole series passes on Instagram."
    assert said in refused.assert_one_line_error()
    assert cli(*FRIDAY_COUPON, "--count", "4", "--every", "2").code == 0  # following it
