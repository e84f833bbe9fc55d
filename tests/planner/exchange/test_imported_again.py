"""A file imported again updates its posts in one batched write (thousands of posts take seconds):
each post ends as an edit of its own would leave it. Its version goes up by one, its history says
what changed, an approved or scheduled post whose text changed goes back to review, its
follow-ups move with it, and a post the file leaves as it is is not touched at all."""

from __future__ import annotations

import csv
import io
import shutil
from collections.abc import Callable, Iterator, Mapping
from contextlib import contextmanager
from dataclasses import replace
from datetime import datetime
from pathlib import Path
from typing import Any

import pytest

from planner import Planner, PostPatch, Status
from planner.balance.values import Verdict
from planner.clock import Clock
from planner.exchange.csv.export import write_csv
from planner.exchange.csv.importer import import_csv
from planner.exchange.ics.importer import ImportReport, import_posts, read_calendar
from planner.model import Change, ChangeKind, Entity
from planner.timezones import localize
from tests.helpers.fixed import PLANNING_ZONE, PLATFORMS, USER
from tests.helpers.ics_samples import calendar, event
from tests.helpers.review import approve_as_lea, team_of

# Another app's calendar (hand-made after Google Calendar's export: a UID, a summary, times
# in Paris): six events, imported as posts on Instagram.
TITLES = ("Poll", "Launch", "Recap", "Question time", "Quiet", "Workshop")


def _event(number: int, title: str, day: int, hour: int = 9, description: str = "") -> str:
    more = (f"DESCRIPTION:{description}",) if description else ()
    start = f"DTSTART;TZID=Europe/Paris:202606{day:02d}T{hour:02d}0000"
    end = f"DTEND;TZID=Europe/Paris:202606{day:02d}T{hour:02d}3000"
    return event(f"event-{number}@example.org", title, start, end, *more)


FIRST = calendar(
    *(_event(n, title, 15 + n) for n, title in enumerate(TITLES)), prodid="-//Google Inc//Google Calendar 70.9054//EN"
)


def _again() -> bytes:
    """The same calendar a week later: a description added, a title changed, an event moved a day,
    one moved an hour, one left as it was."""
    return calendar(
        _event(0, "Poll", 15, description="Which one do you prefer?"),
        _event(1, "Launch day", 16),
        _event(2, "Recap", 17, description="What we did in June"),
        _event(3, "Question time", 19),
        _event(4, "Quiet", 19),
        _event(5, "Workshop", 20, hour=10),
        prodid="-//Google Inc//Google Calendar 70.9054//EN",
    )


def _plan(folder: Path, clock: Clock) -> Path:
    """A reviewed plan holding the first calendar's posts: one approved, one approved and
    scheduled, one a question that promises replies, one approved that only moves."""
    path = folder / "plan.sqlite"
    with Planner.open(path, planning_zone=PLANNING_ZONE, clock=clock, user=USER) as planner:
        for name, kind in PLATFORMS:
            planner.add_platform(name, kind)
        planner.edit_category("Question", followups=["replies:2h:90"])
        import_posts(
            planner,
            read_calendar(FIRST, source="plan.ics", floating_zone=PLANNING_ZONE),
            platform="Instagram",
            category=None,
        )
        team_of(planner, review=True)
        ids = {post.title: post.id for post in planner.list_posts()}
        planner.edit_post(ids["Question time"], PostPatch(category="Question"))
        planner.followups.add_defaults(ids["Question time"])  # replies promised 2 h after it
    for title in ("Launch", "Recap", "Workshop"):
        approve_as_lea(path, clock, ids[title])
    with Planner.open(path, clock=clock, user=USER) as planner:
        planner.edit_post(ids["Recap"], PostPatch(status=Status.SCHEDULED))
    return path


def _one_by_one(planner: Planner) -> None:
    """``planner``'s imports edit their posts as they did before edits were batched: one
    :meth:`~planner.posts.Posts.edit_post` per post, in the import's transaction."""

    def edit_posts(patches: Mapping[int, PostPatch], versions: Mapping[int, int], **given: Any) -> Change:
        changes = [
            planner.edit_post(pid, patch, expect_version=versions[pid], reason=given.get("reason"))
            for pid, patch in patches.items()
        ]
        breaches = tuple(b for c in changes if c.verdict for b in c.verdict.breaches)
        posts = tuple(c.posts[0] for c in changes)
        return Change(changes[-1].revision, ChangeKind.EDIT, Entity.POST, tuple(patches), posts, Verdict(breaches))

    planner.posts.edit_posts = edit_posts  # type: ignore[method-assign]


@contextmanager
def _two_copies(tmp_path: Path, clock: Clock) -> Iterator[tuple[Planner, Planner]]:
    """The same plan twice: the first imports as Dialogos does, the second one post at a time."""
    path = _plan(tmp_path, clock)
    twin = tmp_path / "twin.sqlite"
    shutil.copy(path, twin)
    with Planner.open(path, clock=clock, user=USER) as batched, Planner.open(twin, clock=clock, user=USER) as single:
        _one_by_one(single)
        yield batched, single


def _csv_again(planner: Planner) -> bytes:
    """The plan exported to a spreadsheet and changed as :func:`_again` changes the calendar."""
    changes = {
        "Poll": {"body": "Which one do you prefer?"},
        "Launch": {"title": "Launch day"},
        "Recap": {"body": "What we did in June"},
        "Question time": {"date": "2026-06-19"},
        "Workshop": {"time": "10:00"},
    }
    rows = list(csv.DictReader(io.StringIO(write_csv(planner.list_posts()).decode("utf-8"), newline="")))
    out = io.StringIO(newline="")
    writer = csv.DictWriter(out, list(rows[0]), lineterminator="\r\n")
    writer.writeheader()
    writer.writerows({**row, **changes.get(row["title"], {})} for row in rows)
    return out.getvalue().encode("utf-8")


def _import_ics(planner: Planner) -> Any:
    # One write where the edits one by one made five: only the revision it ends at differs.
    return replace(_ics(planner), revision=None)


def _ics(planner: Planner) -> ImportReport:
    return import_posts(
        planner,
        read_calendar(_again(), source="again.ics", floating_zone=PLANNING_ZONE),
        platform="Instagram",
        category=None,
    )


def _import_csv(planner: Planner) -> Any:
    return import_csv(planner, _csv_again(planner))


def _state_of(planner: Planner) -> dict[str, Any]:
    """Everything an import leaves that a user can see: each post, its history, its follow-ups, its thread."""
    posts = planner.list_posts()
    return {
        "posts": posts,
        "history": {post.title: planner.post_history(post.id) for post in posts},
        "followups": {post.title: planner.followups.list(post_id=post.id) for post in posts},
        "threads": {post.title: planner.review.comments(post.id) for post in posts},
    }


@pytest.mark.parametrize("run", [_import_ics, _import_csv], ids=["ics", "csv"])
def test_a_file_imported_again_leaves_each_post_as_editing_it_alone_would(
    tmp_path: Path, clock: Clock, run: Callable[[Planner], Any]
) -> None:
    with _two_copies(tmp_path, clock) as (batched, single):
        before = {post.id: post for post in batched.list_posts()}

        report, expected = run(batched), run(single)

        assert report == expected
        assert (report.updated, report.unchanged, report.back_to_review) == (5, 1, 2)
        assert _state_of(batched) == _state_of(single)
        after = {post.title: post for post in batched.list_posts()}
    quiet = after["Quiet"]
    assert quiet == before[quiet.id]  # untouched: same version, no new line in its history
    assert {title: post.version - before[post.id].version for title, post in after.items()} == {
        "Poll": 1, "Launch day": 1, "Recap": 1, "Question time": 1, "Quiet": 0, "Workshop": 1,
    }  # fmt: skip
    assert (after["Launch day"].status, after["Launch day"].approved_by) == (Status.IN_REVIEW, None)
    assert (after["Recap"].status, after["Recap"].approved_by) == (Status.IN_REVIEW, None)
    assert (after["Workshop"].status, after["Workshop"].approved_by) == (Status.APPROVED, "Léa")  # only moved


def test_the_followups_of_a_post_the_file_moves_move_with_it(tmp_path: Path, clock: Clock) -> None:
    with _two_copies(tmp_path, clock) as (batched, _):
        question = next(post for post in batched.list_posts() if post.title == "Question time")
        promised = [f.due for f in batched.followups.list(post_id=question.id)]
        assert promised

        _import_ics(batched)

        moved = batched.get_post(question.id)
        assert [f.due for f in batched.followups.list(post_id=question.id)] == [
            due + (moved.start - question.start) for due in promised
        ]
        assert localize(datetime(2026, 6, 19, 9, 0), PLANNING_ZONE) == moved.start


def test_an_import_of_many_changed_posts_tells_how_far_it_has_saved(tmp_path: Path, clock: Clock) -> None:
    with _two_copies(tmp_path, clock) as (batched, _):
        heard: list[tuple[int, int]] = []

        import_posts(
            batched,
            read_calendar(_again(), source="again.ics", floating_zone=PLANNING_ZONE),
            platform="Instagram",
            category=None,
            progress=lambda done, total: heard.append((done, total)),
        )

    assert heard and heard[-1] == (5, 5)
