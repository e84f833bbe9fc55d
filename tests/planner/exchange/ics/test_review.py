"""iCalendar and a reviewed plan: a post in review or approved is TENTATIVE (it may still change),
its status travels in the file, and an import never schedules a post nobody approved nor approves
one: that event is skipped and said, the rest imported."""

from __future__ import annotations

from datetime import datetime
from pathlib import Path

import pytest

from planner import Planner, PostFields, PostPatch, Status
from planner.clock import Clock
from planner.exchange.ics import fields
from planner.exchange.ics.export import ExportOptions, calendar_bytes
from planner.exchange.ics.importer import import_posts, read_calendar
from planner.i18n import set_language
from planner.timezones import localize
from tests.helpers.exported import read
from tests.helpers.fixed import PLANNING_ZONE, PLATFORMS, USER
from tests.helpers.ics_samples import calendar, event
from tests.helpers.review import approve_as_lea, team_of


def _dated(planner: Planner, title: str, status: Status = Status.DRAFT) -> int:
    start = localize(datetime(2026, 6, 15, 9, 30), PLANNING_ZONE)
    return planner.create_post(PostFields(platform="Instagram", title=title, start=start, status=status)).ids[0]


def _parsed(data: bytes, source: str = "plan.ics"):  # type: ignore[no-untyped-def]
    return read_calendar(data, source=source, floating_zone=PLANNING_ZONE)


def _fresh(folder: Path, clock: Clock, *, review: bool) -> Planner:
    other = Planner.open(folder / "other.sqlite", planning_zone=PLANNING_ZONE, clock=clock, user=USER)
    for name, kind in PLATFORMS:
        other.add_platform(name, kind)
    team_of(other, review=review)
    return other


def test_in_review_and_approved_are_tentative_read_back(planner: Planner, db_path: Path, clock: Clock) -> None:
    team_of(planner, review=False)
    in_review = planner.get_post(_dated(planner, "Poll", Status.IN_REVIEW))
    approved = planner.get_post(_dated(planner, "Launch"))
    approve_as_lea(db_path, clock, approved.id)
    statuses = (Status.IN_REVIEW, Status.APPROVED)

    exported = read(calendar_bytes(planner, ExportOptions(statuses=statuses)))

    for post in (in_review, approved):
        ical_status = exported.event(post.uid).status
        assert ical_status is not None and ical_status.value == "TENTATIVE"
        assert exported.vevent(post.uid).status.value == "TENTATIVE"
    assert exported.vevent(in_review.uid).contents["x-dialogos-status"][0].value == "in_review"


def test_the_default_export_holds_posts_in_review_and_approved(planner: Planner) -> None:
    post = planner.get_post(_dated(planner, "Poll", Status.IN_REVIEW))

    exported = read(calendar_bytes(planner, ExportOptions()))

    assert fields.event_uid(post.uid) in exported.uids


def test_a_plan_in_review_reads_back_as_it_was(planner: Planner, tmp_path: Path, clock: Clock) -> None:
    _dated(planner, "Poll", Status.IN_REVIEW)
    data = calendar_bytes(planner, ExportOptions())

    with _fresh(tmp_path, clock, review=True) as other:
        report = import_posts(other, _parsed(data), platform=None, category=None)
        copied = other.list_posts()

    assert (report.created, report.skipped) == (1, ())
    assert [(p.title, p.status) for p in copied] == [("Poll", Status.IN_REVIEW)]


def test_an_approved_and_scheduled_plan_imported_again_changes_nothing(
    planner: Planner, db_path: Path, clock: Clock
) -> None:
    team_of(planner)
    post_id = _dated(planner, "Launch")
    approve_as_lea(db_path, clock, post_id)
    planner.edit_post(post_id, PostPatch(status=Status.SCHEDULED))  # the approval lets it be scheduled
    data = calendar_bytes(planner, ExportOptions())
    revision = planner.revision()

    report = import_posts(planner, _parsed(data), platform=None, category=None)

    assert (report.unchanged, report.skipped) == (1, ())
    assert planner.revision() == revision


def test_scheduled_events_are_skipped_by_a_reviewed_plan_and_said(
    planner: Planner, tmp_path: Path, clock: Clock
) -> None:
    team_of(planner)
    data = calendar(event("a@example.org", "Spring launch"), event("b@example.org", "Poll", *_june_16()))

    with_status = import_posts(planner, _parsed(data), platform="Instagram", category=None, status=Status.SCHEDULED)
    as_drafts = import_posts(planner, _parsed(data), platform="Instagram", category=None)

    assert with_status.created == 0 and [s.why for s in with_status.skipped] == ["needs_approval"] * 2
    assert with_status.skipped[0].reason.startswith("this plan’s review wants the post approved")
    assert as_drafts.created == 2
    assert {p.status for p in planner.list_posts()} == {Status.DRAFT}


def test_the_skip_reads_in_french(planner: Planner) -> None:
    team_of(planner)
    set_language("fr")

    report = import_posts(
        planner, _parsed(calendar(event())), platform="Instagram", category=None, status=Status.APPROVED
    )

    [skipped] = report.skipped
    assert (skipped.label, skipped.reason) == (
        "approuvées par le fichier",
        "un fichier ne peut pas approuver une publication : quelqu’un du rôle approbation l’approuve dans le planning",
    )


@pytest.mark.parametrize("review", [True, False], ids=["review on", "review off"])
def test_a_scheduled_post_of_another_plan_needs_approval_only_where_review_is_on(
    planner: Planner, tmp_path: Path, clock: Clock, review: bool
) -> None:
    _dated(planner, "Launch", Status.SCHEDULED)
    data = calendar_bytes(planner, ExportOptions())

    with _fresh(tmp_path, clock, review=review) as other:
        report = import_posts(other, _parsed(data), platform=None, category=None)

    assert (report.created, [s.why for s in report.skipped]) == ((0, ["needs_approval"]) if review else (1, []))


def _june_16() -> tuple[str, str]:
    return ("DTSTART;TZID=Europe/Paris:20260616T090000", "DTEND;TZID=Europe/Paris:20260616T100000")
