"""Follow-ups in the iCalendar export: a to-do each, a busy event per reply window.

Read back with vobject and ical (:mod:`tests.helpers.exported`), never with icalendar:
both must agree on DUE, STATUS, RELATED-TO and the reply window's busy time.
"""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from typing import Any
from zoneinfo import ZoneInfo

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from planner import Planner
from planner.exchange.ics import fields
from planner.exchange.ics.export import ExportOptions, calendar_bytes, platform_calendars
from planner.exchange.ics.importer import import_posts, read_calendar
from planner.i18n import set_language
from planner.model import Followup, Post, PostFields
from planner.timezones import localize
from tests.helpers.exported import Exported, read, utc
from tests.helpers.fixed import NOW

PARIS = "Europe/Paris"


def add(planner: Planner, title: str, at: tuple[int, ...], zone: str = PARIS, **given: Any) -> Post:
    given.setdefault("platform", "Instagram")
    post_fields = PostFields(title=title, start=localize(datetime(*at), zone), timezone=zone, **given)
    return planner.create_posts([post_fields], judge=False).posts[0]


def follow(planner: Planner, post: Post, kind: str, **given: Any) -> Followup:
    return planner.followups.add(post.id, kind, **given).followups[0]


def export(planner: Planner, **options: Any) -> Exported:
    return read(calendar_bytes(planner, ExportOptions(followups=True, **options)))


def vtodos(exported: Exported) -> dict[str, Any]:
    return {t.uid.value: t for t in exported.vobject.contents.get("vtodo", [])}


def todo(exported: Exported, post: Post, followup: Followup) -> tuple[Any, Any]:
    """The follow-up's to-do as ical and as vobject read it."""
    uid = fields.followup_uid(post.uid, followup.id)
    found = [t for t in exported.ical.todos if t.uid == uid]
    assert len(found) == 1, f"{len(found)} to-dos for {uid}"
    return found[0], vtodos(exported)[uid]


def window(exported: Exported, post: Post, followup: Followup) -> tuple[Any, Any]:
    """The reply window's event as ical and as vobject read it."""
    uid = fields.reply_window_uid(post.uid, followup.id)
    found = [e for e in exported.ical.events if e.uid == uid]
    assert len(found) == 1, f"{len(found)} events for {uid}"
    vevents = [e for e in exported.vobject.contents.get("vevent", []) if e.uid.value == uid]
    return found[0], vevents[0]


def related(vobject_component: Any) -> str:
    return str(vobject_component.contents["related-to"][0].value)


# -- what each follow-up becomes ---------------------------------------------------------------


def test_without_the_option_an_export_has_no_follow_ups(planner: Planner) -> None:
    post = add(planner, "Your winter book?", (2026, 6, 15, 9, 0))
    follow(planner, post, "replies", after="2h")

    exported = read(calendar_bytes(planner, ExportOptions()))

    assert exported.ical.todos == []
    assert exported.uids == {fields.event_uid(post.uid)}


def test_each_follow_up_is_a_to_do_due_in_the_posts_zone_related_to_its_post(planner: Planner) -> None:
    post = add(planner, "Your winter book?", (2026, 6, 15, 9, 0))
    promised = follow(planner, post, "post", after="3d", note="Our selection on Friday")

    exported = export(planner)
    ical_todo, vtodo = todo(exported, post, promised)

    assert utc(ical_todo.due) == utc(vtodo.due.value) == promised.due.astimezone(UTC)
    assert str(ical_todo.due.tzinfo) == PARIS  # the post's own zone, with its VTIMEZONE
    assert ical_todo.status.value == vtodo.status.value == "NEEDS-ACTION"
    assert [r.uid for r in ical_todo.related_to] == [fields.event_uid(post.uid)] == [related(vtodo)]
    assert ical_todo.summary == vtodo.summary.value == "Promised post: [Instagram] Your winter book?"
    assert vtodo.description.value.splitlines()[0] == "Our selection on Friday"
    assert ical_todo.dtstart is None  # only a reply window starts before it is due


def test_statuses_late_kept_and_dropped(planner: Planner) -> None:
    past = add(planner, "Last week's poll", (2026, 6, 1, 9, 0))
    late = follow(planner, past, "post", after="1d")
    kept = follow(planner, past, "answer", after="2h", note="@anna")
    dropped = follow(planner, past, "replies", after="1h")
    planner.followups.keep(kept.id)
    planner.followups.drop(dropped.id, reason="Nobody answered")

    exported = export(planner)

    late_todo, late_vtodo = todo(exported, past, late)
    assert late_todo.status.value == late_vtodo.status.value == "NEEDS-ACTION"
    kept_todo, kept_vtodo = todo(exported, past, kept)
    assert kept_todo.status.value == kept_vtodo.status.value == "COMPLETED"
    assert utc(kept_todo.completed) == utc(kept_vtodo.completed.value) == NOW  # kept "now", in UTC
    assert kept_vtodo.completed.value.tzinfo is not None and kept_vtodo.completed.value.utcoffset() == timedelta(0)
    dropped_todo, dropped_vtodo = todo(exported, past, dropped)
    assert dropped_todo.status.value == dropped_vtodo.status.value == "CANCELLED"
    assert "Reason: Nobody answered" in dropped_vtodo.description.value
    # A dropped reply window takes no time: no busy event for it.
    assert fields.reply_window_uid(past.uid, dropped.id) not in exported.uids


def test_a_reply_window_is_also_busy_time(planner: Planner) -> None:
    post = add(planner, "Which coffee do you brew?", (2026, 6, 15, 9, 0))
    replies = follow(planner, post, "replies", after="2h", duration=90)

    exported = export(planner)
    event, vevent = window(exported, post, replies)
    ical_todo, vtodo = todo(exported, post, replies)

    expected_start = post.start_utc + timedelta(hours=2)  # type: ignore[operator]
    assert utc(event.dtstart) == utc(vevent.dtstart.value) == expected_start
    assert utc(event.dtend) == utc(vevent.dtend.value) == expected_start + timedelta(minutes=90)
    assert event.transparency == vevent.transp.value == "OPAQUE"
    assert [r.uid for r in event.related_to] == [fields.event_uid(post.uid)] == [related(vevent)]
    assert event.summary == "Reply window: [Instagram] Which coffee do you brew?"
    # The to-do runs with the window and is due when it ends, when Dialogos calls it late.
    assert utc(ical_todo.dtstart) == utc(vtodo.dtstart.value) == expected_start
    assert utc(ical_todo.due) == utc(vtodo.due.value) == expected_start + timedelta(minutes=90)


def test_a_paris_daylight_saving_day(planner: Planner) -> None:
    """A post at 01:00 on 29 March 2026: two hours later is 04:00, summer time."""
    post = add(planner, "Night owls?", (2026, 3, 29, 1, 0))
    replies = follow(planner, post, "replies", after="2h", duration=60)
    answer = follow(planner, post, "answer", due=localize(datetime(2026, 3, 29, 3, 30), PARIS))

    exported = export(planner)
    event, vevent = window(exported, post, replies)
    reply_todo, reply_vtodo = todo(exported, post, replies)
    answer_todo, answer_vtodo = todo(exported, post, answer)

    assert utc(event.dtstart) == utc(vevent.dtstart.value) == datetime(2026, 3, 29, 2, 0, tzinfo=UTC)
    assert utc(event.dtend) == utc(vevent.dtend.value) == datetime(2026, 3, 29, 3, 0, tzinfo=UTC)
    assert event.dtstart.replace(tzinfo=None) == datetime(2026, 3, 29, 4, 0)  # the wall time in Paris
    assert utc(reply_todo.due) == utc(reply_vtodo.due.value) == datetime(2026, 3, 29, 3, 0, tzinfo=UTC)
    assert utc(answer_todo.due) == utc(answer_vtodo.due.value) == datetime(2026, 3, 29, 1, 30, tzinfo=UTC)


def test_the_summary_follows_the_language(planner: Planner) -> None:
    set_language("fr")
    post = add(planner, "Votre livre d’hiver ?", (2026, 6, 15, 9, 0))
    replies = follow(planner, post, "replies", after="2h")
    answer = follow(planner, post, "answer", after="1d")

    exported = export(planner)

    assert todo(exported, post, replies)[0].summary == "Créneau de réponse : [Instagram] Votre livre d’hiver ?"
    assert todo(exported, post, answer)[0].summary == "Réponse : [Instagram] Votre livre d’hiver ?"


# -- which follow-ups, and their UIDs --------------------------------------------------------


def test_uids_are_stable_and_distinct(planner: Planner) -> None:
    post = add(planner, "Your winter book?", (2026, 6, 15, 9, 0))
    first = follow(planner, post, "replies", after="2h")
    second = follow(planner, post, "replies", after="1d")

    once, again = export(planner), export(planner)

    uids = {t.uid for t in once.ical.todos} | once.uids
    assert uids == {t.uid for t in again.ical.todos} | again.uids
    assert len(uids) == 5  # the post, two to-dos, two windows
    assert fields.followup_uid(post.uid, first.id) != fields.followup_uid(post.uid, second.id)


def test_ranges_and_platforms_apply_to_follow_ups_through_their_post(planner: Planner) -> None:
    inside = add(planner, "Inside", (2026, 6, 15, 9, 0))
    outside = add(planner, "Outside", (2026, 7, 15, 9, 0))
    other = add(planner, "On LinkedIn", (2026, 6, 15, 9, 0), platform="LinkedIn")
    # Due after the range's end: still exported with its post.
    late_in_range = follow(planner, inside, "post", after="30d")
    follow(planner, outside, "post", after="1d")
    follow(planner, other, "post", after="1d")

    exported = export(
        planner,
        platforms=("Instagram",),
        start=datetime(2026, 6, 1, tzinfo=UTC),
        end=datetime(2026, 7, 1, tzinfo=UTC),
    )

    assert [t.uid for t in exported.ical.todos] == [fields.followup_uid(inside.uid, late_in_range.id)]


def test_follow_ups_go_in_their_posts_calendar_per_platform(planner: Planner) -> None:
    instagram = add(planner, "Poll", (2026, 6, 15, 9, 0))
    linkedin = add(planner, "Question", (2026, 6, 15, 9, 0), platform="LinkedIn")
    on_instagram = follow(planner, instagram, "replies", after="2h")
    on_linkedin = follow(planner, linkedin, "answer", after="1d")

    calendars = platform_calendars(planner, ExportOptions(followups=True))

    assert [t.uid for t in read(calendars["Instagram"]).ical.todos] == [
        fields.followup_uid(instagram.uid, on_instagram.id)
    ]
    assert [t.uid for t in read(calendars["LinkedIn"]).ical.todos] == [
        fields.followup_uid(linkedin.uid, on_linkedin.id)
    ]


def test_follow_ups_withdrawn_with_a_deleted_post_are_not_exported(planner: Planner) -> None:
    post = add(planner, "Soon gone", (2026, 6, 15, 9, 0))
    kept = add(planner, "Stays", (2026, 6, 16, 9, 0))
    follow(planner, post, "replies", after="2h")
    follow(planner, kept, "replies", after="2h")
    planner.delete_post(post.id)

    exported = export(planner)

    assert {t.related_to[0].uid for t in exported.ical.todos} == {fields.event_uid(kept.uid)}


# -- a re-import of the export ---------------------------------------------------------------


def test_a_reimport_of_the_export_makes_no_post_of_a_follow_up(planner: Planner) -> None:
    post = add(planner, "Your winter book?", (2026, 6, 15, 9, 0))
    follow(planner, post, "replies", after="2h")
    follow(planner, post, "post", after="3d")
    data = calendar_bytes(planner, ExportOptions(followups=True))
    revision = planner.revision()

    parsed = read_calendar(data, source="plan.ics")
    report = import_posts(planner, parsed, platform=None, category=None)

    assert [event.uid for event in parsed.events] == [fields.event_uid(post.uid)]
    assert parsed.followups == 1  # the reply window, left out
    assert report.created == 0
    assert len(planner.list_posts()) == 1
    assert planner.revision() == revision  # the post is unchanged: nothing written


@settings(suppress_health_check=[HealthCheck.function_scoped_fixture], max_examples=25, deadline=None)
@given(
    hours=st.integers(min_value=0, max_value=24 * 365),
    offset_minutes=st.integers(min_value=1, max_value=3 * 24 * 60),
    duration=st.integers(min_value=1, max_value=8 * 60),
    zone=st.sampled_from([PARIS, "America/New_York", "Asia/Kolkata", "Australia/Lord_Howe"]),
)
def test_both_parsers_place_any_reply_window(
    planner: Planner, hours: int, offset_minutes: int, duration: int, zone: str
) -> None:
    start = (datetime(2026, 1, 1, tzinfo=UTC) + timedelta(hours=hours)).astimezone(ZoneInfo(zone))
    post = planner.create_posts(
        [PostFields(platform="Instagram", title="Any time", start=start, timezone=zone)], judge=False
    ).posts[0]
    replies = follow(planner, post, "replies", after=f"{offset_minutes}m", duration=duration)
    due = replies.due.astimezone(UTC)

    exported = export(planner)
    event, vevent = window(exported, post, replies)
    ical_todo, vtodo = todo(exported, post, replies)

    assert utc(event.dtstart) == due and utc(event.dtend) == due + timedelta(minutes=duration)
    assert utc(ical_todo.dtstart) == due and utc(ical_todo.due) == due + timedelta(minutes=duration)
    # A time of a repeated hour is written in UTC, so vobject agrees there too.
    assert utc(vevent.dtstart.value) == due and utc(vtodo.due.value) == due + timedelta(minutes=duration)
    assert utc(vevent.dtend.value) == due + timedelta(minutes=duration)
    planner.delete_post(post.id)


@pytest.mark.parametrize("language", ["en", "fr"])
def test_every_summary_names_what_is_owed(planner: Planner, language: str) -> None:
    set_language(language)
    post = add(planner, "Poll", (2026, 6, 15, 9, 0))
    for kind in ("replies", "post", "answer"):
        follow(planner, post, kind, after="1d")

    summaries = sorted(t.summary for t in export(planner).ical.todos)

    expected = {
        "en": ["Answer: [Instagram] Poll", "Promised post: [Instagram] Poll", "Reply window: [Instagram] Poll"],
        "fr": [
            "Créneau de réponse : [Instagram] Poll",
            "Publication promise : [Instagram] Poll",
            "Réponse : [Instagram] Poll",
        ],
    }
    assert summaries == expected[language]
