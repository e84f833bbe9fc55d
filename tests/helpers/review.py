"""The review's command-line tests: a team of an editor (camille, the tests' user) and an approver
(Léa), and the steps of a post through ``dialogos``."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

from planner import Planner
from planner.clock import Clock
from planner.model import Role, Status
from tests.helpers.cli import Run
from tests.helpers.fixed import USER

EDITOR = USER
APPROVER = "Léa"
MONDAY = "2026-06-01 10:00"


def ok(result: Any) -> Any:
    """The JSON of a run that must succeed."""
    assert result.code == 0, result.err
    return result.json


def make_team(cli: Run, *, review: bool = True) -> None:
    """camille an editor, Léa an approver, and the plan's review on (or left off)."""
    ok(cli("team", "add", EDITOR, "--role", "editor", "--format", "json"))
    ok(cli("team", "add", APPROVER, "--role", "approver", "--format", "json"))
    if review:
        ok(cli("team", "set", "--review", "on", "--format", "json"))


def draft(cli: Run, title: str = "Which coffee do you brew?", *options: str) -> dict[str, Any]:
    """A dated draft on Instagram, written by camille; its record."""
    where = ("--platform", "Instagram", "--at", MONDAY)
    return ok(cli("post", "add", *where, "--title", title, *options, "--format", "json"))  # type: ignore[no-any-return]


def step(cli: Run, *arguments: object, user: str = EDITOR) -> dict[str, Any]:
    """A ``post`` step as ``user``, which must succeed; the saved post's record."""
    return ok(cli("--user", user, "post", *arguments, "--format", "json"))  # type: ignore[no-any-return]


def team_of(planner: Planner, *, review: bool = True) -> None:
    """camille an editor and Léa an approver on ``planner``'s plan; its review on (or left off)."""
    planner.set_member(EDITOR, Role.EDITOR)
    planner.set_member(APPROVER, Role.APPROVER)
    if review:
        planner.set_review(True)


def approve_as_lea(location: Path | str, clock: Clock, post_id: int) -> None:
    """Léa, in her own session on the same plan, sends ``post_id`` for review if needs be and approves it."""
    with Planner.open(location, clock=clock, user=APPROVER) as lea:
        if lea.get_post(post_id).status is not Status.IN_REVIEW:
            lea.submit_post(post_id)
        lea.approve_post(post_id)


@contextmanager
def as_user(planner: Planner, name: str) -> Iterator[None]:
    """``planner``'s writes made by ``name`` meanwhile (what `--user` or Edit ▸ Your name… do)."""
    before = planner.user
    planner.user = name
    try:
        yield
    finally:
        planner.user = before
