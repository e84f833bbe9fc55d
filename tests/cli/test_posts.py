"""``dialogos post add|list|show|edit|move|rm``: what a user sees and what is saved."""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime, timedelta
from pathlib import Path
from typing import Any

from tests.helpers.cli import Run, revision
from tests.helpers.fixed import USER

AddPost = Callable[..., dict[str, Any]]

DOCUMENTED_FIELDS = {
    "id", "uid", "platform", "title", "body", "category", "side", "status", "start",
    "timezone", "duration_minutes", "author", "version",
}  # fmt: skip


def offset_hours(iso: str) -> float:
    offset = datetime.fromisoformat(iso).utcoffset()
    assert offset is not None, f"{iso} has no UTC offset"
    return offset / timedelta(hours=1)


def titles(result: Any) -> list[str]:
    return [post["title"] for post in result.json]


# -- adding ------------------------------------------------------------------------


def test_add_prints_the_saved_post(cli: Run) -> None:
    result = cli(
        "post", "add", "--platform", "instagram", "--title", "Which coffee do you brew?",
        "--at", "2026-06-01 09:30", "--category", "question", "--body", "Tell us below.",
    )  # fmt: skip

    assert result.code == 0, result.err
    assert result.err == ""
    fields = {line.split(None, 1)[0]: line.split(None, 1)[-1] for line in result.out.splitlines() if line}
    assert fields["Title"] == "Which coffee do you brew?"
    assert fields["Platform"] == "Instagram"  # the platform's own spelling, not the one typed
    assert "Mon 2026-06-01 09:30 CEST" in result.out
    assert "conversation" in result.out and "draft" in result.out
    assert f"by {USER}" in result.out
    assert result.out.rstrip().endswith("Tell us below.")

    shown = cli("post", "list", "--format", "json")
    assert [p["title"] for p in shown.json] == ["Which coffee do you brew?"]


def test_add_json_has_every_documented_field(cli: Run) -> None:
    result = cli(
        "post", "add", "--platform", "LinkedIn", "--title", "Our sourcing report", "--at", "2026-06-01 09:30",
        "--category", "News", "--body", "Read it here.", "--status", "ready", "--duration", "45",
        "--author", "Léa Dubois", "--format", "json",
    )  # fmt: skip

    assert result.code == 0, result.err
    post = result.json
    assert DOCUMENTED_FIELDS <= post.keys()
    assert isinstance(post["id"], int) and len(post["uid"]) >= 16
    assert post["platform"] == "LinkedIn"
    assert post["title"] == "Our sourcing report"
    assert post["body"] == "Read it here."
    assert post["category"] == "News"
    assert post["side"] == "information"
    assert post["status"] == "ready"
    assert post["start"] == "2026-06-01T09:30:00+02:00"
    assert post["timezone"] == "Europe/Paris"
    assert post["duration_minutes"] == 45
    assert post["author"] == "Léa Dubois"
    assert post["version"] == 1


def test_add_with_a_zone_keeps_the_time_in_that_zone(add_post: AddPost) -> None:
    summer = add_post("Live from Brooklyn", "--at", "2026-06-01 10:00", "--tz", "America/New_York")
    winter = add_post("Winter opening hours", "--at", "2026-12-01 10:00")

    assert summer["start"] == "2026-06-01T10:00:00-04:00"
    assert summer["timezone"] == "America/New_York"
    assert winter["start"] == "2026-12-01T10:00:00+01:00"  # Paris, winter time
    assert offset_hours(winter["start"]) == 1


def test_an_idea_has_no_date_and_lists_after_dated_posts(cli: Run, add_post: AddPost) -> None:
    idea = add_post("Series: one origin a month")
    add_post("Dated", "--at", "2026-06-01 10:00")

    assert idea["status"] == "idea" and idea["start"] is None

    listed = cli("post", "list", "--format", "json")
    assert titles(listed) == ["Dated", "Series: one origin a month"]
    table = cli("post", "list")
    last = table.out.splitlines()[-1]
    assert "(no date)" in last and "idea" in last and "Series: one origin a month" in last


# -- listing -----------------------------------------------------------------------


def test_list_week_is_monday_to_sunday_in_the_planning_zone(cli: Run, add_post: AddPost) -> None:
    add_post("Sunday before", "--at", "2026-05-31 23:30")
    add_post("Monday midnight", "--at", "2026-06-01 00:00")
    add_post("Tokyo morning", "--at", "2026-06-01 07:00", "--tz", "Asia/Tokyo")  # 00:00 in Paris
    add_post("Sunday night", "--at", "2026-06-07 23:59")
    add_post("New York evening", "--at", "2026-06-07 18:30", "--tz", "America/New_York")  # Mon 00:30 Paris
    add_post("Next Monday", "--at", "2026-06-08 00:00")
    add_post("An idea")

    week = cli("post", "list", "--week", "2026-W23", "--format", "json")

    assert week.code == 0, week.err
    assert sorted(titles(week)) == ["Monday midnight", "Sunday night", "Tokyo morning"]
    assert titles(cli("post", "list", "--week", "2026w24", "--format", "json")) == ["Next Monday", "New York evening"]


def test_list_from_to_takes_whole_days_in_the_planning_zone(cli: Run, add_post: AddPost) -> None:
    add_post("Tuesday late", "--at", "2026-06-02 23:59")
    add_post("Wednesday early", "--at", "2026-06-03 00:00")
    add_post("Thursday late", "--at", "2026-06-04 23:59")
    add_post("Thursday in New York", "--at", "2026-06-04 18:00", "--tz", "America/New_York")  # Fri 00:00 Paris
    add_post("Friday", "--at", "2026-06-05 00:00")

    result = cli("post", "list", "--from", "2026-06-03", "--to", "2026-06-04", "--format", "json")

    assert result.code == 0, result.err
    assert titles(result) == ["Wednesday early", "Thursday late"]
    one_day = cli("post", "list", "--from", "2026-06-05", "--to", "2026-06-05", "--format", "json")
    assert sorted(titles(one_day)) == ["Friday", "Thursday in New York"]


def test_list_filters_by_platforms_and_statuses(cli: Run, add_post: AddPost) -> None:
    add_post("Insta draft", "--at", "2026-06-01 10:00")
    add_post("Insta scheduled", "--at", "2026-06-02 10:00", "--status", "scheduled")
    add_post("LinkedIn ready", "--at", "2026-06-03 10:00", "--status", "ready", platform="LinkedIn")
    add_post("X draft", "--at", "2026-06-04 10:00", platform="X")
    add_post("X idea", platform="X")

    platforms = cli("post", "list", "--platform", "linkedin", "--platform", "X", "--format", "json")
    statuses = cli("post", "list", "--status", "scheduled", "--status", "idea", "--format", "json")
    both = cli("post", "list", "--platform", "X", "--status", "draft", "--format", "json")

    assert titles(platforms) == ["LinkedIn ready", "X draft", "X idea"]
    assert titles(statuses) == ["Insta scheduled", "X idea"]
    assert titles(both) == ["X draft"]


def test_list_as_a_table(cli: Run, add_post: AddPost) -> None:
    assert cli("post", "list").out == "Nothing to show.\n"
    add_post("A poll for the weekend", "--at", "2026-06-05 17:00", "--category", "Poll")

    lines = cli("post", "list").out.splitlines()

    assert lines[0].split() == ["ID", "When", "Platform", "Status", "Side", "Category", "Title"]
    assert set(lines[1]) <= {"-", " "}
    assert "Fri 2026-06-05 17:00 CEST" in lines[2]
    assert lines[2].endswith("A poll for the weekend") and "conversation" in lines[2] and "Poll" in lines[2]
    assert len(lines) == 3


# -- one post ----------------------------------------------------------------------


def test_show_as_text_and_json(cli: Run, add_post: AddPost) -> None:
    post = add_post("Meet Inès", "--at", "2026-06-02 12:00", "--notes", "ask her first")

    text = cli("post", "show", post["id"])
    data = cli("post", "show", post["id"], "--format", "json")

    assert text.code == 0 and data.code == 0
    assert "Meet Inès" in text.out and "Tue 2026-06-02 12:00 CEST" in text.out
    assert "Notes: ask her first" in text.out
    assert data.json == post


def test_edit_changes_title_and_status_and_prints_the_saved_post(cli: Run, add_post: AddPost) -> None:
    post = add_post("Draft title", "--at", "2026-06-02 12:00")

    result = cli("post", "edit", post["id"], "--title", "Final title", "--status", "scheduled", "--format", "json")

    assert result.code == 0, result.err
    saved = result.json
    assert (saved["title"], saved["status"], saved["version"]) == ("Final title", "scheduled", 2)
    assert saved["start"] == post["start"] and saved["uid"] == post["uid"]
    assert cli("post", "show", post["id"], "--format", "json").json == saved


def test_edit_at_is_read_in_the_posts_own_zone(cli: Run, add_post: AddPost) -> None:
    post = add_post("Brooklyn", "--at", "2026-06-01 10:00", "--tz", "America/New_York")

    result = cli("post", "edit", post["id"], "--at", "2026-06-05 09:00", "--format", "json")

    assert result.code == 0, result.err
    assert result.json["start"] == "2026-06-05T09:00:00-04:00"
    assert result.json["timezone"] == "America/New_York"


def test_edit_tz_alone_keeps_the_wall_clock_time(cli: Run, add_post: AddPost) -> None:
    post = add_post("Tokyo launch", "--at", "2026-06-01 10:00")

    result = cli("post", "edit", post["id"], "--tz", "Asia/Tokyo", "--format", "json")

    assert result.code == 0, result.err
    assert result.json["start"] == "2026-06-01T10:00:00+09:00"
    assert result.json["timezone"] == "Asia/Tokyo"


def test_giving_an_idea_a_date_schedules_it_as_a_draft(cli: Run, add_post: AddPost) -> None:
    idea = add_post("Barista tips")

    result = cli("post", "edit", idea["id"], "--at", "2026-06-03 08:00", "--format", "json")

    assert result.code == 0, result.err
    assert (result.json["status"], result.json["start"]) == ("draft", "2026-06-03T08:00:00+02:00")


def test_move_gives_a_new_time_in_the_posts_zone_or_a_new_one(cli: Run, add_post: AddPost) -> None:
    post = add_post("Brooklyn", "--at", "2026-06-01 10:00", "--tz", "America/New_York")

    moved = cli("post", "move", post["id"], "--at", "2026-06-08 11:15", "--format", "json")
    again = cli("post", "move", post["id"], "--at", "2026-12-08 11:15", "--tz", "Europe/Paris", "--format", "json")

    assert moved.code == 0, moved.err
    assert (moved.json["start"], moved.json["version"]) == ("2026-06-08T11:15:00-04:00", 2)
    assert again.code == 0, again.err
    assert (again.json["start"], again.json["timezone"]) == ("2026-12-08T11:15:00+01:00", "Europe/Paris")
    assert again.json["version"] == 3


def test_rm_deletes_the_post(cli: Run, add_post: AddPost) -> None:
    kept = add_post("Kept", "--at", "2026-06-01 10:00")
    gone = add_post("Gift boxes are back", "--at", "2026-06-02 10:00")

    result = cli("post", "rm", gone["id"], "--expect-version", "1")

    assert result.code == 0, result.err
    assert result.out == f"Post {gone['id']} (“Gift boxes are back”) deleted.\n"
    assert [p["id"] for p in cli("post", "list", "--format", "json").json] == [kept["id"]]
    shown = cli("post", "show", gone["id"])
    assert shown.code == 2
    assert shown.assert_one_line_error() == f"Error: There is no post {gone['id']}."


def test_moving_a_post_to_where_it_already_is_says_so_and_writes_nothing(
    cli: Run, add_post: AddPost, plan_path: Path
) -> None:
    post = add_post("Brooklyn", "--at", "2026-06-09 10:00")
    before = revision(plan_path)

    result = cli("post", "move", post["id"], "--at", "2026-06-09 10:00")
    french = cli("--lang", "fr", "post", "move", post["id"], "--at", "2026-06-09 10:00")
    as_json = cli("post", "move", post["id"], "--at", "2026-06-09 10:00", "--format", "json")

    assert (result.code, result.err) == (0, "")
    assert result.out == f"Post {post['id']} is already at Tue 2026-06-09 10:00 CEST; nothing changed.\n"
    assert french.out == f"La publication {post['id']} est déjà le mar. 2026-06-09 10:00 CEST ; rien n’a changé.\n"
    assert as_json.code == 0 and as_json.json["version"] == 1
    assert revision(plan_path) == before
    assert len(cli("post", "history", post["id"], "--format", "json").json) == 1
