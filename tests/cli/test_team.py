"""``dialogos team add|list|set|waiting`` and ``--user``: who is in the team and in which role,
whether posts are reviewed, what waits for whom; JSON and tables in both languages, and bad
input (one line, exit 2, nothing written)."""

from __future__ import annotations

import json
import subprocess
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pytest
from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st

from planner import Planner
from tests.helpers.backends import BACKENDS, fresh_schema
from tests.helpers.cli import Run, revision
from tests.helpers.fixed import PLANNING_ZONE, USER
from tests.helpers.review import APPROVER, EDITOR, draft, make_team, ok, step

MEMBER_FIELDS = {"id", "name", "role", "initials", "colour", "version"}


# -- --user -------------------------------------------------------------------------------


def test_user_wins_over_the_environment_and_signs_the_change(cli: Run) -> None:
    mine = draft(cli)
    theirs = ok(cli("--user", "Léa", "post", "add", "--platform", "X", "--title", "Hi", "--format", "json"))
    after = ok(cli("post", "edit", str(mine["id"]), "--title", "Which tea?", "--user", "  Léa  ", "--format", "json"))

    assert mine["created_by"] == EDITOR  # $DIALOGOS_USER
    assert theirs["created_by"] == "Léa"
    assert after["updated_by"] == "Léa"  # after the command too, spaces trimmed


@pytest.mark.parametrize(
    ("name", "english", "french"),
    [
        ("", "the name is empty", "le nom est vide"),
        ("   ", "the name is empty", "le nom est vide"),
        ("x" * 61, "the name is too long (60 characters at most)", "le nom est trop long (60 caractères au plus)"),
        ("Bell\x07", "the name holds control characters", "le nom contient des caractères de contrôle"),
    ],
    ids=["empty", "spaces", "too long", "control"],
)
def test_a_bad_user_is_a_usage_error_in_one_line(
    cli: Run, plan_path: Path, name: str, english: str, french: str
) -> None:
    before = revision(plan_path)
    add = ("post", "add", "--platform", "X", "--title", "T")

    result = cli("--user", name, *add)
    in_french = cli("--lang", "fr", *add, "--user", name)

    assert result.code == 2 and english in result.assert_one_line_error()
    assert in_french.code == 2 and french in in_french.assert_one_line_error()
    assert revision(plan_path) == before


# -- team add and list --------------------------------------------------------------------


def test_add_prints_the_member_and_list_shows_the_team_and_its_settings(cli: Run) -> None:
    added = ok(cli("team", "add", "Léa Martin", "--role", "approver", "--format", "json"))
    ok(cli("team", "add", "camille", "--role", "editor", "--format", "json"))

    team = ok(cli("team", "list", "--format", "json"))

    assert set(added) == MEMBER_FIELDS
    assert (added["name"], added["role"], added["initials"]) == ("Léa Martin", "approver", "LM")
    assert (team["review"], team["self_approval"]) == (False, False)
    assert [(m["name"], m["role"]) for m in team["members"]] == [("camille", "editor"), ("Léa Martin", "approver")]


def test_add_again_changes_the_role(cli: Run) -> None:
    ok(cli("team", "add", "Léa", "--role", "editor", "--format", "json"))
    again = ok(cli("team", "add", "Léa", "--role", "approver", "--format", "json"))

    team = ok(cli("team", "list", "--format", "json"))["members"]
    assert again["role"] == "approver" and [(m["name"], m["role"]) for m in team] == [("Léa", "approver")]


def test_list_as_a_table_says_whether_review_is_on_first(cli: Run) -> None:
    make_team(cli)

    english = cli("team", "list").out.splitlines()
    french = cli("--lang", "fr", "team", "list").out.splitlines()

    assert english[0] == "Review: on. Approving one's own posts: not allowed."
    assert english[1].split() == ["Name", "Role", "Initials"]
    assert [line.split()[:2] for line in english[3:]] == [["camille", "editor"], ["Léa", "approver"]]
    assert french[0] == "Relecture : active. Approbation de ses propres publications : interdite."
    assert french[1].split() == ["Nom", "Rôle", "Initiales"]
    assert [line.split()[:2] for line in french[3:]] == [["camille", "rédaction"], ["Léa", "approbation"]]


def test_an_unknown_role_is_a_usage_error(cli: Run, plan_path: Path) -> None:
    before = revision(plan_path)

    result = cli("team", "add", "Léa", "--role", "boss")

    assert result.code == 2 and "invalid choice: 'boss'" in result.assert_one_line_error()
    assert revision(plan_path) == before


# -- team set -----------------------------------------------------------------------------


def test_set_prints_the_settings(cli: Run) -> None:
    make_team(cli, review=False)

    on = ok(cli("team", "set", "--review", "on", "--format", "json"))
    own = cli("team", "set", "--self-approval", "on")
    off = ok(cli("team", "set", "--review", "off", "--format", "json"))

    assert on == {"review": True, "self_approval": False}
    assert own.code == 0 and own.out.strip() == "Review: on. Approving one's own posts: allowed."
    assert off == {"review": False, "self_approval": True}


def test_set_without_an_option_says_what_to_give(cli: Run, plan_path: Path) -> None:
    before = revision(plan_path)

    english = cli("team", "set")
    french = cli("--lang", "fr", "team", "set")

    assert english.assert_one_line_error() == "Error: Give --review on|off, --self-approval on|off, or both."
    assert french.assert_one_line_error() == "Erreur : Indiquez --review on|off, --self-approval on|off, ou les deux."
    assert english.code == french.code == 2 and revision(plan_path) == before


def test_review_on_without_an_approver_is_refused_and_nothing_is_written(cli: Run, plan_path: Path) -> None:
    ok(cli("team", "add", "camille", "--role", "editor", "--format", "json"))
    before = revision(plan_path)

    result = cli("team", "set", "--review", "on")

    result.assert_one_line_error()
    assert result.code == 2 and revision(plan_path) == before
    assert ok(cli("team", "list", "--format", "json"))["review"] is False


def test_the_read_only_actions_do_not_create_a_named_file(cli: Run, tmp_path: Path) -> None:
    missing = tmp_path / "typo.sqlite"

    for action in ("list", "waiting"):
        result = cli("team", action, db=missing)
        assert result.code != 0
        result.assert_one_line_error()
    assert not missing.exists()


# -- team waiting -------------------------------------------------------------------------


def test_waiting_shows_the_approver_what_to_review(cli: Run) -> None:
    make_team(cli)
    post = draft(cli)
    step(cli, "submit", post["id"], "--comment", "Ready for you")

    waiting = ok(cli("--user", APPROVER, "team", "waiting", "--format", "json"))
    mine = ok(cli("team", "waiting", "--format", "json"))

    [item] = waiting
    assert (item["kind"], item["post"], item["platform"], item["title"]) == (
        "review", post["id"], "Instagram", "Which coffee do you brew?"
    )  # fmt: skip
    assert item["start"] == "2026-06-01T10:00:00+02:00"
    assert mine == []


def test_waiting_shows_the_author_a_returned_post_with_the_comment(cli: Run) -> None:
    make_team(cli)
    post = draft(cli)
    step(cli, "submit", post["id"])
    step(cli, "return", post["id"], "--comment", "Shorter title, please", user=APPROVER)

    [item] = ok(cli("team", "waiting", "--format", "json"))
    table = cli("team", "waiting").out.splitlines()
    french = cli("--lang", "fr", "team", "waiting").out.splitlines()

    assert (item["kind"], item["post"]) == ("returned", post["id"])
    assert (item["comment"]["author"], item["comment"]["text"]) == (APPROVER, "Shorter title, please")
    assert table[0].split() == ["Why", "ID", "Platform", "When", "Title", "Comment"]
    assert table[2].startswith("returned") and table[2].endswith("Léa: Shorter title, please")
    assert french[2].startswith("modifications demandées") and french[2].endswith("Léa : Shorter title, please")


def test_waiting_shows_a_mention(cli: Run) -> None:
    make_team(cli, review=False)
    post = draft(cli)
    ok(cli("post", "comment", str(post["id"]), "@Léa which photo?", "--format", "json"))

    [item] = ok(cli("--user", APPROVER, "team", "waiting", "--format", "json"))

    assert (item["kind"], item["post"], item["comment"]["text"]) == ("mention", post["id"], "@Léa which photo?")
    assert item["comment"]["mentions"] == [APPROVER]


def test_nothing_waiting_says_so(cli: Run) -> None:
    assert cli("team", "waiting").out.strip() == "Nothing waits for you."
    assert cli("--lang", "fr", "team", "waiting").out.strip() == "Rien ne vous attend."


def test_a_user_the_team_does_not_have_is_told_so(cli: Run) -> None:
    """ "lea" for "Léa Martin": nothing can wait for a name the team does not spell so."""
    cli("team", "add", "Léa Martin", "--role", "approver")
    cli("team", "add", "Sam")

    stranger = cli("--user", "lea", "team", "waiting")
    member = cli("--user", "léa MARTIN", "team", "waiting")

    assert stranger.code == 0 and stranger.out.strip() == "Nothing waits for you."
    assert stranger.err == (
        "Warning: “lea” is not a member of the team, so nothing waits for that name: give --user as the team "
        "spells you (Léa Martin, Sam).\n"
    )
    assert member.err == ""


@settings(max_examples=25, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(name=st.text(st.characters(blacklist_categories=("Cs", "Cc", "Zl", "Zp")), min_size=1, max_size=60))
@example(name="-:")
def test_any_printable_name_is_accepted_as_the_user(cli: Run, name: str) -> None:
    shown = " ".join(name.split())
    # Written --user=NAME: a name may start with a dash ("-:"), which argparse would take for an option.
    result = cli(f"--user={name}", "team", "list", "--format", "json")

    if not shown:
        assert result.code == 2
    else:
        assert result.code == 0, result.err


# -- two members, two processes ------------------------------------------------------------


@pytest.fixture(params=BACKENDS)
def shared_plan(request: pytest.FixtureRequest, plan_path: Path) -> Iterator[str]:
    """The team's plan: the tests' file, or a fresh schema on the PostgreSQL server, Instagram on it."""
    if request.param == "sqlite":
        yield str(plan_path)
        return
    with fresh_schema() as url:
        with Planner.open(url, planning_zone=PLANNING_ZONE, user=USER) as planner:
            planner.add_platform("Instagram", "instagram")
        yield url


def test_two_members_in_two_processes_hand_a_post_over(
    dialogos: Callable[..., subprocess.CompletedProcess[str]], shared_plan: str
) -> None:
    def as_member(user: str, *arguments: str) -> Any:
        done = dialogos("--db", shared_plan, "--user", user, *arguments, "--format", "json")
        assert done.returncode == 0, done.stderr
        return json.loads(done.stdout)

    as_member(APPROVER, "team", "add", APPROVER, "--role", "approver")
    as_member(APPROVER, "team", "set", "--review", "on")
    at = ("--at", "2026-06-01 10:00")
    post = as_member(EDITOR, "post", "add", "--platform", "Instagram", "--title", "Which mug?", *at)
    as_member(EDITOR, "post", "submit", str(post["id"]), "--comment", "Ready")

    [waiting] = as_member(APPROVER, "team", "waiting")
    assert (waiting["kind"], waiting["post"]) == ("review", post["id"])
    as_member(APPROVER, "post", "approve", str(post["id"]))

    seen = as_member(EDITOR, "post", "show", str(post["id"]))
    assert (seen["status"], seen["approved_by"]) == ("approved", APPROVER)
    assert as_member(APPROVER, "team", "waiting") == []


def test_seen_takes_a_read_mention_off_the_list(cli: Run, plan_path: Path) -> None:
    make_team(cli, review=False)
    post = draft(cli)
    said = ok(cli("post", "comment", str(post["id"]), "@Léa which photo?", "--format", "json"))
    table = cli("--user", APPROVER, "team", "waiting").out.splitlines()

    seen = cli("--user", APPROVER, "team", "seen", str(said["id"]))
    french = cli("--lang", "fr", "--user", APPROVER, "team", "seen", str(said["id"]))
    before = revision(plan_path)
    unknown = cli("--user", APPROVER, "team", "seen", "999")

    assert table[2].endswith(f"#{said['id']} camille: @Léa which photo?")
    assert seen.out.strip() == f"Comment {said['id']}: its mention of you no longer waits for you."
    assert french.out.strip() == f"Commentaire {said['id']} : sa mention de vous ne vous attend plus."
    assert ok(cli("--user", APPROVER, "team", "waiting", "--format", "json")) == []
    assert unknown.code == 2 and unknown.assert_one_line_error() == "Error: No comment has the id 999."
    assert revision(plan_path) == before
