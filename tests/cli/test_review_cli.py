"""A post's review on the command line: ``post submit|approve|return|comment|comments``,
``--skip-review``, the new statuses; every step prints the saved post, refusals are one line in
the user's language (exit 3 refused, 2 invalid) and write nothing."""

from __future__ import annotations

import re
from datetime import datetime
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest

from tests.helpers.cli import Run, revision
from tests.helpers.review import APPROVER, EDITOR, MONDAY, draft, make_team, ok, step

REVIEW_FIELDS = {"approved_by", "approved_at", "returned_by"}
COMMENT_FIELDS = {"id", "post", "author", "at", "kind", "text", "mentions"}


@pytest.fixture
def team(cli: Run) -> Run:
    """camille (editor) and Léa (approver) on a plan whose review is on."""
    make_team(cli)
    return cli


# -- the flow -------------------------------------------------------------------------------


def test_submit_approve_schedule(team: Run) -> None:
    post = draft(team)
    assert {k: post[k] for k in REVIEW_FIELDS} == dict.fromkeys(REVIEW_FIELDS)

    submitted = step(team, "submit", post["id"], "--comment", "Ready for you")
    approved = step(team, "approve", post["id"], "--comment", "Lovely", user=APPROVER)
    scheduled = step(team, "edit", post["id"], "--status", "scheduled")

    assert submitted["status"] == "in_review" and submitted["version"] > post["version"]
    assert approved["status"] == "approved" and approved["approved_by"] == APPROVER
    assert datetime.fromisoformat(approved["approved_at"]).utcoffset() is not None
    assert scheduled["status"] == "scheduled" and scheduled["approved_by"] == APPROVER


def test_a_step_as_a_table_says_what_was_done_then_shows_the_post(team: Run) -> None:
    post = draft(team)

    english = team("post", "submit", str(post["id"]))
    french = team("--lang", "fr", "--user", APPROVER, "post", "approve", str(post["id"]))

    assert english.code == 0, english.err
    assert english.out.splitlines()[0] == f"Post {post['id']} sent for review (version {post['version'] + 1})."
    assert re.search(r"^Status +in review$", english.out, re.MULTILINE)
    assert french.code == 0, french.err
    assert french.out.splitlines()[0] == f"Publication {post['id']} approuvée (version {post['version'] + 2})."
    assert "approuvée" in french.out and "Léa" in french.out


def test_return_sends_it_back_to_its_author_with_the_comment(team: Run) -> None:
    post = draft(team)
    step(team, "submit", post["id"])

    returned = step(team, "return", post["id"], "--comment", "Shorter title, please", user=APPROVER)
    thread = ok(team("post", "comments", str(post["id"]), "--format", "json"))

    assert (returned["status"], returned["returned_by"], returned["approved_by"]) == ("draft", APPROVER, None)
    assert [(c["author"], c["kind"]) for c in thread] == [(EDITOR, "submit"), (APPROVER, "return")]
    assert thread[-1]["text"] == "Shorter title, please"


def test_in_review_is_accepted_with_a_dash_and_filters_the_list(team: Run) -> None:
    post = draft(team)
    draft(team, "Another")

    edited = step(team, "edit", post["id"], "--status", "in-review")
    listed = ok(team("post", "list", "--status", "in-review", "--format", "json"))
    table = team("post", "list", "--status", "in_review").out

    assert edited["status"] == "in_review"
    assert [p["id"] for p in listed] == [post["id"]]
    assert "in review" in table and "Another" not in table


def test_an_edit_of_the_text_sends_an_approved_post_back_to_review(team: Run) -> None:
    post = draft(team)
    step(team, "submit", post["id"])
    step(team, "approve", post["id"], user=APPROVER)

    edited = step(team, "edit", post["id"], "--body", "Tell us in the comments!")
    thread = ok(team("post", "comments", str(post["id"]), "--format", "json"))

    assert (edited["status"], edited["approved_by"]) == ("in_review", None)
    assert thread[-1]["kind"] == "reopen"


# -- refusals ----------------------------------------------------------------------------


def test_scheduling_an_unapproved_post_is_refused_in_one_line(team: Run, plan_path: Path) -> None:
    post = draft(team)
    before = revision(plan_path)

    english = team("post", "edit", str(post["id"]), "--status", "scheduled")
    french = team("--lang", "fr", "post", "edit", str(post["id"]), "--status", "published")

    assert english.code == 3 and english.assert_one_line_error() == (
        f"Error: Post {post['id']} “Which coffee do you brew?” needs approval before it is scheduled or "
        "published: send it for review, then an approver approves it."
    )
    assert french.code == 3 and french.assert_one_line_error() == (
        f"Erreur : La publication {post['id']} « Which coffee do you brew? » doit être approuvée avant d’être "
        "programmée ou publiée : envoyez-la en relecture, puis quelqu’un du rôle approbation l’approuve."
    )
    assert revision(plan_path) == before


def test_adding_a_scheduled_post_is_refused_too(team: Run, plan_path: Path) -> None:
    before = revision(plan_path)

    result = team("post", "add", "--platform", "X", "--title", "Sale", "--at", MONDAY, "--status", "scheduled")

    assert result.code == 3 and "needs approval" in result.assert_one_line_error()
    assert revision(plan_path) == before
    assert ok(team("post", "list", "--format", "json")) == []


@pytest.mark.parametrize("user", [EDITOR, "someone new"], ids=["editor", "not in the team"])
def test_approving_is_for_approvers(team: Run, plan_path: Path, user: str) -> None:
    post = draft(team, "Theirs", "--author", APPROVER)
    step(team, "submit", post["id"])
    before = revision(plan_path)

    english = team("--user", user, "post", "approve", str(post["id"]))
    french = team("--lang", "fr", "--user", user, "post", "return", str(post["id"]), "--comment", "Non")

    assert english.code == 3 and english.assert_one_line_error() == (
        f"Error: {user} is not an approver of this plan: only an approver approves or returns a post."
    )
    assert french.code == 3 and french.assert_one_line_error() == (
        f"Erreur : {user} n’a pas le rôle approbation dans ce plan : seul ce rôle approuve une publication ou y "
        "demande des modifications."
    )
    assert revision(plan_path) == before


def test_approving_ones_own_post_needs_the_plans_leave(team: Run, plan_path: Path) -> None:
    post = ok(team("--user", APPROVER, "post", "add", "--platform", "X", "--title", "Mine", "--at", MONDAY,
                   "--format", "json"))  # fmt: skip
    step(team, "submit", post["id"], user=APPROVER)
    before = revision(plan_path)

    refused = team("--user", APPROVER, "post", "approve", str(post["id"]))
    french = team("--lang", "fr", "--user", APPROVER, "post", "approve", str(post["id"]))
    assert refused.code == 3 and refused.assert_one_line_error() == (
        f"Error: Post {post['id']} is Léa’s own: this plan does not let an approver approve their own posts."
    )
    assert french.code == 3
    assert french.assert_one_line_error().startswith(f"Erreur : La publication {post['id']} est de Léa")
    assert revision(plan_path) == before

    ok(team("team", "set", "--self-approval", "on", "--format", "json"))
    assert step(team, "approve", post["id"], user=APPROVER)["approved_by"] == APPROVER


def test_skip_review_lets_an_approver_schedule_and_not_an_editor(team: Run, plan_path: Path) -> None:
    post = draft(team)
    before = revision(plan_path)

    editor = team("post", "edit", str(post["id"]), "--status", "scheduled", "--skip-review")
    assert editor.code == 3
    assert editor.assert_one_line_error() == "Error: Only an approver can schedule a post without review."
    assert revision(plan_path) == before

    moved = step(team, "move", post["id"], "--at", "2026-06-02 09:00", "--skip-review", user=APPROVER)
    scheduled = step(team, "edit", post["id"], "--status", "scheduled", "--skip-review", user=APPROVER)
    added = step(team, "add", "--platform", "X", "--title", "Now", "--at", MONDAY, "--status", "scheduled",
                 "--skip-review", user=APPROVER)  # fmt: skip

    assert moved["start"] == "2026-06-02T09:00:00+02:00"
    assert scheduled["status"] == added["status"] == "scheduled"


def test_return_needs_a_comment(team: Run, plan_path: Path) -> None:
    post = draft(team)
    step(team, "submit", post["id"])
    before = revision(plan_path)

    missing = team("--user", APPROVER, "post", "return", str(post["id"]))
    empty = team("--user", APPROVER, "post", "return", str(post["id"]), "--comment", "  ")

    assert missing.code == 2 and "--comment" in missing.assert_one_line_error()
    assert empty.code == 2 and empty.assert_one_line_error()
    assert revision(plan_path) == before


# -- the thread -------------------------------------------------------------------------


def test_comment_and_comments_in_json(cli: Run) -> None:
    make_team(cli, review=False)
    post = draft(cli)

    said = ok(cli("post", "comment", str(post["id"]), "Which mug in the photo?", "--format", "json"))
    again = ok(cli("--user", APPROVER, "post", "comment", str(post["id"]), "@camille the blue one", "--format", "json"))
    thread = ok(cli("post", "comments", str(post["id"]), "--format", "json"))

    assert set(said) == COMMENT_FIELDS
    assert (said["post"], said["author"], said["kind"], said["text"]) == (
        post["id"], EDITOR, "comment", "Which mug in the photo?"
    )  # fmt: skip
    assert again["mentions"] == [EDITOR]
    assert [c["id"] for c in thread] == [said["id"], again["id"]]
    assert all(datetime.fromisoformat(c["at"]).utcoffset() is not None for c in thread)


def test_comments_as_a_table_in_the_planning_zone_in_both_languages(cli: Run) -> None:
    post = draft(cli)
    said = ok(cli("post", "comment", str(post["id"]), "Which mug?", "--format", "json"))
    at = datetime.fromisoformat(said["at"]).astimezone(ZoneInfo("Europe/Paris"))

    english = cli("post", "comments", str(post["id"])).out.splitlines()
    french = cli("--lang", "fr", "post", "comments", str(post["id"])).out.splitlines()

    assert english[0].split() == ["Author", "When", "Kind", "Text"]
    assert english[2].split()[0] == EDITOR and f"{at:%Y-%m-%d %H:%M}" in english[2]
    assert english[2].split()[-3:] == ["comment", "Which", "mug?"]
    assert french[0].split() == ["Auteur", "Quand", "Type", "Texte"]
    assert french[2].split()[-3:] == ["commentaire", "Which", "mug?"]


def test_a_comment_line_says_what_was_added(cli: Run) -> None:
    post = draft(cli)

    result = cli("post", "comment", str(post["id"]), "Nice")

    assert result.code == 0 and result.out.startswith(f"Comment 1 added to post {post['id']} by {EDITOR}, ")


def test_no_comments_says_so(cli: Run) -> None:
    post = draft(cli)

    assert cli("post", "comments", str(post["id"])).out.strip() == "No comments."
    assert cli("--lang", "fr", "post", "comments", str(post["id"])).out.strip() == "Aucun commentaire."


def test_an_empty_comment_or_an_unknown_post_is_invalid_and_writes_nothing(cli: Run, plan_path: Path) -> None:
    post = draft(cli)
    before = revision(plan_path)

    empty = cli("post", "comment", str(post["id"]), "   ")
    unknown = cli("post", "comment", "999", "Hello?")
    unknown_fr = cli("--lang", "fr", "post", "comments", "999")

    assert empty.code == 2 and empty.assert_one_line_error().startswith("Error: ")
    assert unknown.code == 2 and "999" in unknown.assert_one_line_error()
    assert unknown_fr.code == 2 and unknown_fr.assert_one_line_error().startswith("Erreur : ")
    assert revision(plan_path) == before


def test_the_table_of_a_post_shows_who_approved_it(team: Run) -> None:
    post = draft(team)
    step(team, "submit", post["id"])
    step(team, "approve", post["id"], user=APPROVER)

    shown = team("post", "show", str(post["id"])).out
    french = team("--lang", "fr", "post", "show", str(post["id"])).out

    assert "Approved" in shown and "by Léa, " in shown
    assert "Approuvée" in french and "par Léa, " in french


# -- the history --------------------------------------------------------------------------


def test_the_history_tells_the_review_in_both_languages(team: Run) -> None:
    post = draft(team)
    step(team, "submit", post["id"], "--comment", "Go?")
    step(team, "return", post["id"], "--comment", "Shorter", user=APPROVER)
    step(team, "edit", post["id"], "--status", "scheduled", "--skip-review", user=APPROVER)
    ok(team("post", "comment", str(post["id"]), "ok @Léa", "--format", "json"))

    versions = ok(team("post", "history", str(post["id"]), "--format", "json"))
    english = team("post", "history", str(post["id"])).out
    french = team("--lang", "fr", "post", "history", str(post["id"])).out

    assert [v["review"] for v in versions] == [
        None,
        {"step": "submit", "comment": "Go?"},
        {"step": "return", "comment": "Shorter"},
        {"step": "waived", "comment": None},
        {"step": "comment", "comment": "ok @Léa"},
    ]
    for said in ("Sent for review by camille: Go?", "Returned by Léa: Shorter", "Scheduled without review by Léa"):
        assert said in english
    assert re.search(r"camille +thread +Comment by camille: ok @Léa$", english, re.MULTILINE)
    assert "Programmée sans relecture par Léa" in french and "fil" in french


def test_a_copy_of_an_approved_post_is_a_draft_without_the_approval(team: Run) -> None:
    post = draft(team)
    step(team, "submit", post["id"])
    step(team, "approve", post["id"], user=APPROVER)
    step(team, "edit", post["id"], "--status", "scheduled")

    copied = step(team, "copy", post["id"], "--at", "2026-06-08 10:00")

    assert (copied["status"], copied["approved_by"]) == ("draft", None)


def test_restoring_a_scheduled_version_brings_it_back_in_review_unless_an_approver_skips_it(team: Run) -> None:
    post = draft(team)
    step(team, "edit", post["id"], "--status", "scheduled", "--skip-review", user=APPROVER)
    step(team, "edit", post["id"], "--status", "draft")
    restore = ("restore", str(post["id"]), "--version", "2")

    in_review = step(team, *restore)  # its words; an approval is given, not restored
    step(team, "edit", post["id"], "--status", "draft")
    restored = step(team, *restore, "--skip-review", user=APPROVER)

    assert (in_review["status"], in_review["approved_by"]) == ("in_review", None)
    assert restored["status"] == "scheduled"
