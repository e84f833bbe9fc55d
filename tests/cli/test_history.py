"""``dialogos post history`` and ``post restore``, and who has the file open in ``db info``."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

from planner.service import Planner
from tests.helpers.cli import Run, revision
from tests.helpers.fixed import USER

AddPost = Callable[..., dict[str, Any]]


def edited(cli: Run, add_post: AddPost) -> int:
    """A post created, retitled by the CLI, then moved: versions 1, 2 and 3."""
    post = add_post("Which coffee do you brew?", "--at", "2026-06-01 09:30", "--category", "Question")
    assert cli("post", "edit", post["id"], "--title", "Your morning coffee?", "--body", "Tell us.").code == 0
    assert cli("post", "move", post["id"], "--at", "2026-06-02 18:00").code == 0
    return int(post["id"])


def test_history_shows_every_change_in_a_table(cli: Run, add_post: AddPost) -> None:
    post = edited(cli, add_post)

    result = cli("post", "history", post)

    assert result.code == 0, result.err
    header, _, *lines = result.out.splitlines()
    assert header.split()[:4] == ["Version", "When", "Who", "Change"]
    # A line per version, then a line per other field it changed.
    versions = [line for line in lines if not line.startswith(" ")]
    assert [line.split()[0] for line in versions] == ["1", "2", "3"]
    assert all(USER in line for line in versions)
    assert "title: Which coffee do you brew?" in versions[0]
    assert any("date: Mon 2026-06-01 09:30 CEST" in line for line in lines[: lines.index(versions[1])])
    assert "title: Which coffee do you brew? → Your morning coffee?" in versions[1]
    assert lines[lines.index(versions[1]) + 1].strip() == "text: — → Tell us."
    assert "date: Mon 2026-06-01 09:30 CEST → Tue 2026-06-02 18:00 CEST" in versions[2]
    assert versions[2].rstrip().endswith("current")


def test_history_json_has_the_fields_before_and_after(cli: Run, add_post: AddPost) -> None:
    post = edited(cli, add_post)

    versions = cli("post", "history", post, "--format", "json").json

    assert [(v["version"], v["action"], v["who"]) for v in versions] == [
        (1, "create", USER),
        (2, "edit", USER),
        (3, "move", USER),
    ]
    assert {"field": "title", "before": "Which coffee do you brew?", "after": "Your morning coffee?"} in versions[1][
        "changes"
    ]
    assert versions[2]["changes"] == [
        {"field": "start", "before": "2026-06-01T09:30:00+02:00", "after": "2026-06-02T18:00:00+02:00"}
    ]
    assert [(v["restorable"], v["current"]) for v in versions] == [(True, False), (True, False), (False, True)]
    assert versions[0]["fields"]["title"] == "Which coffee do you brew?"


def test_restore_brings_a_version_back_as_a_new_one(cli: Run, add_post: AddPost, plan_path: Path) -> None:
    post = edited(cli, add_post)

    result = cli("post", "restore", post, "--version", 1, "--expect-version", 3, "--format", "json")

    assert result.code == 0, result.err
    saved = result.json
    assert (saved["title"], saved["body"], saved["start"], saved["version"]) == (
        "Which coffee do you brew?",
        "",
        "2026-06-01T09:30:00+02:00",
        4,
    )
    last = cli("post", "history", post, "--format", "json").json[-1]
    assert (last["version"], last["restored_from"], last["current"]) == (4, 1, True)
    table = cli("post", "restore", post, "--version", 2)
    assert table.code == 0 and table.out.startswith(f"Post {post} is back as in version 2: saved as version 5.")


def test_restore_errors_have_the_documented_exit_codes(cli: Run, add_post: AddPost, plan_path: Path) -> None:
    post = edited(cli, add_post)
    before = revision(plan_path)

    unknown_post = cli("post", "restore", 99, "--version", 1)
    unknown_version = cli("post", "restore", post, "--version", 9)
    stale = cli("post", "restore", post, "--version", 1, "--expect-version", 2)
    current = cli("post", "restore", post, "--version", 3)
    missing_version = cli("post", "restore", post)

    assert unknown_post.code == unknown_version.code == current.code == missing_version.code == 2
    assert "There is no post 99" in unknown_post.assert_one_line_error()
    assert "its versions are 1, 2, 3" in unknown_version.assert_one_line_error()
    assert stale.code == 4 and "version 3, not 2" in stale.assert_one_line_error()
    assert "already as in version 3" in current.assert_one_line_error()
    assert revision(plan_path) == before  # a failing command writes nothing


def test_a_restore_refused_by_a_rule_in_block_mode_needs_force_and_a_reason(cli: Run, add_post: AddPost) -> None:
    offer = add_post("-20% on filters", "--at", "2026-06-05 09:00", "--category", "Offer", platform="LinkedIn")
    assert cli("post", "edit", offer["id"], "--category", "Question").code == 0
    assert cli("rules", "set", "--platform", "LinkedIn", "--preset", "80-20", "--mode", "block").code == 0
    for day in range(1, 5):
        add_post(f"Question {day}", "--at", f"2026-06-0{day} 09:00", "--category", "Question", platform="LinkedIn")
    add_post("Launch", "--at", "2026-06-06 09:00", "--category", "Offer", platform="LinkedIn")

    refused = cli("post", "restore", offer["id"], "--version", 1)
    forced = cli("post", "restore", offer["id"], "--version", 1, "--force", "--reason", "Launch week")

    assert refused.code == 3 and "--force --reason" in refused.assert_one_line_error()
    assert forced.code == 0, forced.err
    assert "Warning:" in forced.err
    last = cli("post", "history", offer["id"], "--format", "json").json[-1]
    assert (last["restored_from"], last["reason"]) == (1, "Launch week")


def test_a_deleted_post_s_history_ends_in_its_deletion(cli: Run, add_post: AddPost) -> None:
    post = edited(cli, add_post)
    add_post("A later post")
    assert cli("post", "rm", post).code == 0

    history = cli("post", "history", post, "--format", "json").json
    restore = cli("post", "restore", post, "--version", 1)

    assert [v["action"] for v in history] == ["create", "edit", "move", "delete"]
    assert history[-1]["version"] is None and not any(v["restorable"] for v in history)
    assert restore.code == 2 and "was deleted" in restore.assert_one_line_error()


def test_a_deletion_undone_in_the_app_shows_in_the_history(cli: Run, add_post: AddPost, plan_path: Path) -> None:
    post = edited(cli, add_post)
    with Planner.open(plan_path) as planner:  # what the app's undo does
        planner.undelete_post(planner.delete_post(post).posts[0], reason="undo")

    history = cli("post", "history", post, "--format", "json").json
    table = cli("post", "history", post, "--lang", "fr").out.splitlines()

    assert [(v["action"], v["version"], v["undeleted"]) for v in history][-2:] == [
        ("delete", None, False),
        ("create", 4, True),
    ]
    assert "rétablie (suppression annulée)" in table[-1] and "annulation ou rétablissement" in table[-1]
    assert table[-1].rstrip().endswith("actuelle")


def test_history_in_french(cli: Run, add_post: AddPost) -> None:
    post = edited(cli, add_post)

    result = cli("post", "history", post, "--lang", "fr")

    assert result.code == 0, result.err
    assert "Qui" in result.out and "modification" in result.out and "titre :" in result.out


def test_db_info_lists_who_has_the_file_open(cli: Run, plan_path: Path) -> None:
    nobody = cli("db", "info")
    with Planner.open(plan_path, user="lea") as lea:
        lea.join("Léa Dubois")
        table = cli("db", "info")
        record = cli("db", "info", "--format", "json").json

    assert "Open by" in nobody.out and "nobody else" in nobody.out
    assert "Léa Dubois on " in table.out
    [present] = record["present"]
    assert (present["name"], present["kind"]) == ("Léa Dubois", "app")
    assert cli("db", "info", "--format", "json").json["present"] == []


def test_history_shows_the_follow_ups_of_the_post_in_english_and_french(cli: Run, add_post: AddPost) -> None:
    poll = add_post("Light or dark roast?", "--at", "2026-06-15 09:00")["id"]
    results = add_post("Dark roast won", "--at", "2026-06-18 09:00")["id"]
    assert cli("followup", "add", poll, "--kind", "replies", "--after", "2h").code == 0
    assert cli("followup", "add", poll, "--kind", "post", "--after", "3d").code == 0
    assert cli("followup", "add", poll, "--kind", "answer", "--after", "1d").code == 0
    assert cli("followup", "keep", 1).code == 0
    assert cli("followup", "keep", 2, "--by-post", results).code == 0
    assert cli("followup", "drop", 3, "--reason", "Léa found it in the FAQ").code == 0

    english = cli("post", "history", poll)
    assert english.code == 0, english.err
    lines = english.out.splitlines()
    added = next(i for i, line in enumerate(lines) if "follow-up 2 added" in line)
    assert USER in lines[added] and "kind: promised post" in lines[added]
    assert "due: Thu 2026-06-18 09:00 CEST" in lines[added + 1]
    assert any("follow-up 1 kept" in line for line in lines)
    assert any(f"follow-up 2 linked to post {results}" in line for line in lines)
    dropped = next(line for line in lines if "follow-up 3 dropped" in line)
    assert "Léa found it in the FAQ" in dropped

    french = cli("--lang", "fr", "post", "history", poll)
    assert "suivi 2 ajouté" in french.out and "type : publication promise" in french.out
    assert f"suivi 2 lié à la publication {results}" in french.out and "suivi 3 abandonné" in french.out

    records = cli("post", "history", poll, "--format", "json").json
    assert [r["followup"]["event"] for r in records if r["followup"]] == [
        "created",
        "created",
        "created",
        "kept",
        "linked",
        "dropped",
    ]
    dropped_record = records[-1]
    assert dropped_record["version"] is None and dropped_record["restorable"] is False
    assert dropped_record["followup"] == {
        "id": 3,
        "event": "dropped",
        "kind": "answer",
        "due": "2026-06-16T09:00:00+02:00",
        "status": "dropped",
        "version": 2,
        "reason": "Léa found it in the FAQ",
        "by_post": None,
    }
    assert records[0]["followup"] is None
