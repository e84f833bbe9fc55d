"""What a demanding user found on the command line (issue 18, round 2): ``team rm``, ``team add``
without a role, the warnings of ``post submit`` and ``post comment``, statuses typed with a
space, and an import that sends an approved post back to review."""

from __future__ import annotations

import csv
import io
from pathlib import Path

import pytest

from tests.helpers.cli import Run, revision
from tests.helpers.review import APPROVER, draft, make_team, ok, step


@pytest.fixture
def team(cli: Run) -> Run:
    make_team(cli)
    return cli


def test_team_add_without_a_role_makes_an_editor_and_keeps_a_members_role(team: Run) -> None:
    added = ok(team("team", "add", "Sam Roux", "--format", "json"))
    again = ok(team("team", "add", APPROVER, "--format", "json"))
    assert (added["name"], added["role"]) == ("Sam Roux", "editor")
    assert (again["name"], again["role"]) == (APPROVER, "approver")


def test_team_rm_removes_a_member_in_one_line_and_refuses_in_one_line(team: Run, plan_path: Path) -> None:
    ok(team("team", "add", "Sam Roux", "--role", "approver", "--format", "json"))
    removed = team("team", "rm", "sam roux")
    french = team("--lang", "fr", "team", "rm", "Jo")
    before = revision(plan_path)
    last = team("team", "rm", APPROVER)
    ok(team("team", "add", "Jean", "--format", "json"))
    draft(team, "Jean's", "--author", "Jean")
    author = team("team", "rm", "Jean")

    assert removed.code == 0 and removed.out.strip() == "Sam Roux (approver) removed from the team."
    assert (
        french.code == 2 and french.assert_one_line_error() == "Erreur : Aucun membre de l’équipe ne s’appelle « Jo »."
    )
    assert last.code == 2 and last.assert_one_line_error().startswith(f"Error: {APPROVER} is the plan’s last approver")
    assert author.code == 2 and author.assert_one_line_error().startswith("Error: Jean is the author of 1 post: ")
    assert [m["name"] for m in ok(team("team", "list", "--format", "json"))["members"]] == ["camille", "Jean", APPROVER]
    assert revision(plan_path) > before  # only Jean's post and Jean were written


def test_a_member_name_with_an_at_sign_is_refused(team: Run, plan_path: Path) -> None:
    before = revision(plan_path)
    refused = team("team", "add", "sam@roux")
    assert refused.code == 2 and "“@”" in refused.assert_one_line_error()
    assert revision(plan_path) == before


def test_submit_warns_when_no_one_can_approve_the_post(cli: Run) -> None:
    ok(cli("team", "add", "Léa Martin", "--role", "approver", "--format", "json"))
    ok(cli("team", "set", "--review", "on", "--format", "json"))
    post = draft(cli, "Hers", "--author", "Léa Martin")

    sent = cli("post", "submit", str(post["id"]))
    french = cli("--lang", "fr", "post", "submit", str(post["id"]), "--format", "json")

    assert sent.code == 0 and sent.out.startswith(f"Post {post['id']} sent for review")
    assert sent.err == (
        "Warning: No one can approve it: Léa Martin is its only approver, and approvers may not approve their "
        "own posts (team set --self-approval on, or add an approver).\n"
    )
    assert french.code == 0 and french.err.startswith("Attention : Personne ne peut l’approuver : Léa Martin")
    ok(cli("team", "set", "--self-approval", "on", "--format", "json"))
    assert cli("post", "submit", str(post["id"])).err == ""


def test_a_comment_says_whom_it_mentions_and_warns_of_a_name_no_one_has(team: Run) -> None:
    ok(team("team", "add", "Léa Martin", "--role", "editor", "--format", "json"))
    post = draft(team)

    said = team("post", "comment", str(post["id"]), "@lea martin, @Leah: which photo?")
    record = ok(team("post", "comment", str(post["id"]), "@LÉA MARTIN again", "--format", "json"))

    assert said.code == 0
    assert said.out.strip().endswith("; it mentions Léa Martin.")
    assert said.err == "Warning: @Leah matches no member of the team: no one is told of it.\n"
    assert record["mentions"] == ["Léa Martin"]


def test_a_first_name_two_members_share_is_said_to_be_ambiguous(team: Run) -> None:
    ok(team("team", "add", "Zoé Martin", "--format", "json"))
    ok(team("team", "add", "Zoe Dupont", "--format", "json"))
    post = draft(team)

    said = team("post", "comment", str(post["id"]), "@zoe which photo?")
    french = team("--lang", "fr", "post", "comment", str(post["id"]), "@zoe ?")

    assert said.code == 0 and not said.out.strip().endswith("mentions Zoé Martin.")
    assert said.err == ("Warning: @zoe could be Zoe Dupont or Zoé Martin: no one is told of it; write the full name.\n")
    assert french.err == (
        "Attention : @zoe peut désigner Zoe Dupont ou Zoé Martin : personne n’est prévenu ; écrivez le nom complet.\n"
    )


def test_seen_on_a_comment_that_does_not_mention_you_is_refused(team: Run) -> None:
    post = draft(team)
    said = ok(team("post", "comment", str(post["id"]), "No mention here", "--format", "json"))
    seen = team("--user", APPROVER, "team", "seen", str(said["id"]))
    assert seen.code == 2
    assert seen.assert_one_line_error() == f"Error: Comment {said['id']} does not mention you."


@pytest.mark.parametrize("typed", ["in review", "In Review", "in-review", "in_review"])
def test_a_status_may_be_typed_with_a_space(team: Run, typed: str) -> None:
    post = draft(team)
    step(team, "submit", post["id"])
    listed = ok(team("post", "list", "--status", typed, "--format", "json"))
    assert [p["id"] for p in listed] == [post["id"]]


def test_a_csv_import_that_changes_an_approved_posts_text_says_it_went_back_to_review(
    team: Run, tmp_path: Path
) -> None:
    post = draft(team)
    step(team, "submit", post["id"])
    step(team, "approve", post["id"], user=APPROVER)
    exported = tmp_path / "plan.csv"
    assert team("export", "csv", str(exported)).code == 0
    rows = list(csv.DictReader(io.StringIO(exported.read_text(encoding="utf-8-sig"))))
    rows[0]["title"] = "Which coffee do you brew at home?"
    out = io.StringIO()
    writer = csv.DictWriter(out, fieldnames=list(rows[0]))
    writer.writeheader()
    writer.writerows(rows)
    exported.write_text(out.getvalue(), encoding="utf-8")

    imported = team("import", "csv", str(exported))

    assert imported.code == 0, imported.err
    assert imported.out.strip().endswith("unchanged: 0; back to review: 1.")
    shown = ok(team("post", "show", str(post["id"]), "--format", "json"))
    assert (shown["status"], shown["approved_by"]) == ("in_review", None)


def test_an_ics_import_that_changes_an_approved_posts_text_says_it_went_back_to_review(
    team: Run, tmp_path: Path
) -> None:
    post = draft(team)
    step(team, "submit", post["id"])
    step(team, "approve", post["id"], user=APPROVER)
    exported = tmp_path / "plan.ics"
    assert team("export", "ics", str(exported)).code == 0
    text = exported.read_text(encoding="utf-8")
    assert "X-DIALOGOS-TITLE:Which coffee do you brew?" in text
    exported.write_text(text.replace("do you brew?", "do you brew at home?"), encoding="utf-8")

    imported = team("import", "ics", str(exported), "--as", "posts")
    record = team("import", "ics", str(exported), "--as", "posts", "--format", "json")

    assert imported.code == 0, imported.err
    assert imported.out.strip().endswith("unchanged: 0; back to review: 1.")
    assert record.json["back_to_review"] == 0  # imported again: nothing changes
    shown = ok(team("post", "show", str(post["id"]), "--format", "json"))
    assert (shown["status"], shown["approved_by"], shown["title"]) == (
        "in_review",
        None,
        "Which coffee do you brew at home?",
    )
