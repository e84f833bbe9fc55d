"""Reading iCalendar files from real calendar apps, refusing broken ones, and importing events as posts."""

from __future__ import annotations

import tempfile
from datetime import UTC, date, datetime, timedelta
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest
from hypothesis import HealthCheck, assume, given, settings
from hypothesis import strategies as st

from planner import Planner, PostFields, PostPatch, Status
from planner.balance.rules import Mode, preset_rule
from planner.balance.verdicts import BalanceRefused
from planner.errors import ValidationError
from planner.exchange.ics import export as ics_export
from planner.exchange.ics import fields as ics_fields
from planner.exchange.ics.importer import CalendarFileError, import_posts, read_calendar
from planner.i18n import set_language
from planner.model import Entity
from planner.timezones import day_range
from tests.helpers.fixed import NOW
from tests.helpers.ics_samples import calendar, event, fixture

PARIS = ZoneInfo("Europe/Paris")
LONDON = ZoneInfo("Europe/London")


def read(data: bytes, source: str = "cal.ics"):  # type: ignore[no-untyped-def]
    return read_calendar(data, source=source, floating_zone="Europe/Paris")


def june(planner: Planner) -> tuple[datetime, datetime]:
    return day_range(date(2026, 6, 1), date(2026, 6, 30), planner.planning_zone)


# -- files written by real calendar apps ---------------------------------------------


def test_outlook_windows_zone_names_give_the_right_instants() -> None:
    parsed = read(fixture("outlook-exchange-2010.ics"))
    by_summary = {e.summary: e for e in parsed.events}
    call = by_summary["London book fair call"]
    follow_up = by_summary["London book fair follow-up"]
    # "GMT Standard Time" is London: GMT in March, British Summer Time in April.
    assert call.timezone == "Europe/London" and follow_up.timezone == "Europe/London"
    assert call.start.astimezone(UTC) == datetime(2026, 3, 5, 9, 30, tzinfo=UTC)
    assert follow_up.start.astimezone(UTC) == datetime(2026, 4, 9, 8, 30, tzinfo=UTC)
    assert follow_up.end.astimezone(UTC) == datetime(2026, 4, 9, 9, 30, tzinfo=UTC)
    assert parsed.name == "Trade fairs"


def test_outlook_uid_folded_over_two_lines_is_read_whole() -> None:
    parsed = read(fixture("outlook-exchange-2010.ics"))
    uid = next(e.uid for e in parsed.events if e.summary == "Sprint review (all day)")
    assert uid == (
        "040000008200E00074C5B7101A82E00800000000A1B2C3D4E5F6DC01000000000000000010000000F1E2D3C4B5A69788796A5B4C3D2E1F00"
    )


def test_outlook_all_day_series_stays_in_dates_and_ends_on_its_last_local_day() -> None:
    review = next(e for e in read(fixture("outlook-exchange-2010.ics")).events if e.all_day)
    assert (review.start, review.end) == (date(2026, 3, 2), date(2026, 3, 3))
    # UNTIL=20260412T230000Z is midnight of 13 April in London (summer time): that day is the last.
    assert review.recurrence.rule is not None and "UNTIL=20260413;" in review.recurrence.rule
    # The EXDATE is a local midnight in the Windows zone: the day it names.
    assert review.recurrence.exdates == ("2026-03-16",)


def test_google_times_in_utc_stay_those_instants_and_alarms_are_not_the_event() -> None:
    parsed = read(fixture("google-calendar.ics"))
    press = next(e for e in parsed.events if e.summary == "Press day")
    assert press.start == datetime(2026, 6, 4, 18, 15, tzinfo=UTC) and press.timezone is None
    assert press.end == datetime(2026, 6, 4, 19, 0, tzinfo=UTC)
    assert press.description == "Stands open to the press only."  # not the VALARMs' reminder text
    fete = next(e for e in parsed.events if e.summary == "Fête de la musique")
    assert (fete.start, fete.end, fete.all_day) == (date(2026, 6, 21), date(2026, 6, 22), True)
    assert parsed.name == "Industry days"


def test_a_windows_zone_without_its_vtimezone_is_still_known() -> None:
    parsed = read(calendar(event(start="DTSTART;TZID=Romance Standard Time:20260701T090000", end="")))
    assert parsed.events[0].timezone == "Europe/Paris"
    assert parsed.events[0].start.astimezone(UTC) == datetime(2026, 7, 1, 7, 0, tzinfo=UTC)


def test_a_globally_unique_tzid_means_the_zone_at_its_end() -> None:
    start = "DTSTART;TZID=/freeassociation.sourceforge.net/Tzfile/Europe/Paris:20260701T090000"
    parsed = read(calendar(event(start=start, end="")))
    assert parsed.events[0].timezone == "Europe/Paris"


PRIVATE_ZONE = """BEGIN:VTIMEZONE
TZID:Our office
BEGIN:STANDARD
DTSTART:19701025T030000
RRULE:FREQ=YEARLY;BYMONTH=10;BYDAY=-1SU
TZOFFSETFROM:+0200
TZOFFSETTO:+0100
END:STANDARD
BEGIN:DAYLIGHT
DTSTART:19700329T020000
RRULE:FREQ=YEARLY;BYMONTH=3;BYDAY=-1SU
TZOFFSETFROM:+0100
TZOFFSETTO:+0200
END:DAYLIGHT
END:VTIMEZONE"""


def test_a_private_zone_defined_in_the_file_is_matched_to_an_iana_zone_with_its_rules() -> None:
    winter = event("w@x", "Winter", "DTSTART;TZID=Our office:20260105T090000", "")
    summer = event("s@x", "Summer", "DTSTART;TZID=Our office:20260706T090000", "")
    parsed = read(calendar(PRIVATE_ZONE, winter, summer))
    first, second = parsed.events
    assert first.start.astimezone(UTC) == datetime(2026, 1, 5, 8, 0, tzinfo=UTC)
    assert second.start.astimezone(UTC) == datetime(2026, 7, 6, 7, 0, tzinfo=UTC)
    assert first.timezone is not None and ZoneInfo(first.timezone).utcoffset(datetime(2026, 7, 6)) == timedelta(hours=2)


def test_floating_times_are_in_the_files_own_zone_else_the_planning_zone() -> None:
    floating = event(start="DTSTART:20260701T090000", end="DTEND:20260701T100000")
    own = read(calendar(floating, head="X-WR-TIMEZONE:America/New_York")).events[0]
    assert (own.timezone, own.start.astimezone(UTC).hour) == ("America/New_York", 13)
    planned = read(calendar(floating)).events[0]
    assert (planned.timezone, planned.start.astimezone(UTC).hour) == ("Europe/Paris", 7)


def test_a_duration_instead_of_an_end_keeps_the_wall_clock_over_days() -> None:
    parsed = read(calendar(event(end="DURATION:P1DT1H")))
    assert parsed.events[0].end == datetime(2026, 6, 16, 10, 0, tzinfo=PARIS)


def test_a_duration_in_hours_is_elapsed_time_across_the_change_to_summer_time() -> None:
    night = event(start="DTSTART;TZID=Europe/Paris:20260329T013000", end="DURATION:PT2H")
    parsed = read(calendar(night))
    # 01:30 CET plus two hours: the clocks skipped 02:00 to 03:00, so it ends at 04:30 CEST.
    assert parsed.events[0].end == datetime(2026, 3, 29, 4, 30, tzinfo=PARIS)


# -- files refused, with the line ----------------------------------------------------

BAD_FILES = {
    "text": (b"Shopping list\neggs\n", 1, "not an iCalendar file"),
    "binary": (b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR", None, "not a text file"),
    "empty": (b"", None, "empty"),
    "blank": (b"  \r\n\r\n", None, "empty"),
    "latin-1": (b"Liste de courses\nF\xeate\n", 2, "probably not an iCalendar file"),
    "cut short": (calendar(event())[: -len(b"END:VCALENDAR\r\n")], 10, "cut short"),
    "no start": (calendar(event(start="", end="")), 4, "no DTSTART"),
    "bad parameter": (calendar(event(end="DTEND;TZID:Europe/Paris")), 9, "“DTEND;TZID:Europe/Paris” cannot be read"),
    "month 13": (calendar(event(start="DTSTART:20261345T100000", end="")), 8, "DTSTART"),
    "unknown zone": (calendar(event(start="DTSTART;TZID=Mars/Olympus:20260615T090000")), 8, "Mars/Olympus"),
    "end first": (calendar(event(end="DTEND;TZID=Europe/Paris:20260615T080000")), 9, "ends (DTEND) before"),
    "bad weekday": (calendar(event("a", "A", "DTSTART:20260615T090000Z", "", "RRULE:FREQ=WEEKLY;BYDAY=XX")), 9, "RR"),
    "bad setpos": (calendar(event("a", "A", "DTSTART:20260615T090000Z", "", "RRULE:FREQ=DAILY;BYSETPOS=0")), 9, "RR"),
    "wrong end": (b"BEGIN:VCALENDAR\nBEGIN:VEVENT\nUID:a\nEND:VTODO\nEND:VCALENDAR\n", 4, "END:VTODO"),
    "year 1066": (calendar(event(start="DTSTART:10661014T090000Z", end="")), 8, "1066"),
    "mixed end": (calendar(event(end="DTEND;VALUE=DATE:20260616")), 9, "starts on a date"),
    # Repeat rules that would hang the import or every view: refused, with the RRULE's line.
    "interval 0": (
        calendar(event("a", "A", "DTSTART:20260615T090000Z", "", "RRULE:FREQ=WEEKLY;INTERVAL=0")),
        9,
        "INTERVAL=0: it must be a whole number, 1 or more",
    ),
    "30 February": (
        calendar(event("a", "A", "DTSTART:20260615T090000Z", "", "RRULE:FREQ=MINUTELY;BYMONTH=2;BYMONTHDAY=30")),
        9,
        "never gives a date",
    ),
    # A Monday, then every seventh day: never a Tuesday.
    "never a tuesday": (
        calendar(
            event(
                "a", "A", "DTSTART:20260615T090000Z", "", "RRULE:FREQ=DAILY;INTERVAL=7;BYDAY=TU;UNTIL=20270101T000000Z"
            )
        ),
        9,
        "never gives a date",
    ),
    "sixth monday": (
        calendar(event("a", "A", "DTSTART:20260615T090000Z", "", "RRULE:FREQ=MONTHLY;BYDAY=MO;BYSETPOS=6")),
        9,
        "never gives a date",
    ),
    "count past 2999": (
        calendar(event("a", "A", "DTSTART;VALUE=DATE:20260131", "", "RRULE:FREQ=MONTHLY;BYMONTHDAY=31;COUNT=100000")),
        9,
        "goes on after 2999",
    ),
    "count too large": (
        calendar(event("a", "A", "DTSTART:20260615T090000Z", "", "RRULE:FREQ=DAILY;COUNT=2000000")),
        9,
        "asks for 2000000 occurrences (COUNT); Dialogos imports 100000 at most",
    ),
    "until 1800": (
        calendar(event("a", "A", "DTSTART:20260615T090000Z", "", "RRULE:FREQ=DAILY;UNTIL=18000101T000000Z")),
        9,
        "1800",
    ),
}


@pytest.mark.parametrize("name", BAD_FILES)
def test_a_bad_file_is_refused_with_a_one_line_message_and_its_line(name: str) -> None:
    data, line, words = BAD_FILES[name]
    with pytest.raises(CalendarFileError) as refused:
        read(data, source="bad.ics")
    message = refused.value.message
    assert refused.value.exit_code == 2 and refused.value.line == line
    assert "\n" not in message and "“bad.ics”" in message and words in message
    assert "Nothing was imported" in message
    if line is not None:
        assert f"line {line}" in message


def test_twenty_events_without_start_and_no_end_are_refused() -> None:
    with pytest.raises(CalendarFileError) as refused:
        read(fixture("events-without-properties.ics"), source="events-without-properties.ics")
    message = refused.value.message
    assert "cut short" in message and "END:VCALENDAR" in message
    # Every event's missing DTSTART is counted too (a missing UID is none): 20 problems besides the end.
    assert "21 problems" in message and refused.value.line == 41


def test_the_refusal_reads_in_french() -> None:
    set_language("fr")
    with pytest.raises(CalendarFileError) as refused:
        read(calendar(event(start="", end="")), source="bad.ics")
    message = refused.value.message
    assert message.startswith("Impossible d’importer « bad.ics », ligne 4 : cet événement n’a pas de DTSTART")


@pytest.mark.parametrize(
    ("line", "said"),
    [
        ("DTSTART:2026-13-45T99", "la valeur de DTSTART, « 2026-13-45T99 », est illisible."),
        ("RRULE:FREQ=BOGUS", "la valeur de RRULE, « FREQ=BOGUS », est illisible."),
        ("RRULE:FREQ=DAILY;BYHOUR=99", "la règle de répétition (RRULE) « FREQ=DAILY;BYHOUR=99 » est illisible."),
    ],
)
def test_an_unreadable_value_is_quoted_in_the_users_language_not_the_librarys(line: str, said: str) -> None:
    set_language("fr")
    broken = event("a", "A", "DTSTART:20260615T090000Z", "", line) if "RRULE" in line else event(start=line, end="")
    with pytest.raises(CalendarFileError) as refused:
        read(calendar(broken), source="bad.ics")
    assert said in refused.value.message
    assert not any(english in refused.value.message for english in ("Expected", "got", "invalid"))


def test_rare_but_real_repeats_are_kept() -> None:
    rules = {
        "RRULE:FREQ=YEARLY;BYMONTH=2;BYMONTHDAY=29;BYDAY=MO": "FREQ=YEARLY;BYDAY=MO;BYMONTHDAY=29;BYMONTH=2",  # 2044
        "RRULE:FREQ=DAILY;INTERVAL=3;BYMONTH=2;BYMONTHDAY=29": "FREQ=DAILY;INTERVAL=3;BYMONTHDAY=29;BYMONTH=2",
        # Some apps say "for ever" with a far UNTIL: past 2999 it is for ever.
        "RRULE:FREQ=WEEKLY;UNTIL=99991231T000000Z": "FREQ=WEEKLY",
        # A COUNT is kept as the UNTIL of its last occurrence, a local time.
        "RRULE:FREQ=WEEKLY;COUNT=3": "FREQ=WEEKLY;UNTIL=20260629T090000",
    }
    for rule, stored in rules.items():
        parsed = read(calendar(event("a", "A", "DTSTART;TZID=Europe/Paris:20260615T090000", "", rule)))
        assert parsed.events[0].recurrence.rule == stored


def test_a_broken_property_that_the_import_does_not_use_is_ignored() -> None:
    parsed = read(calendar(event("a", "A", "DTSTART:20260615T090000Z", "", "PRIORITY:high")))
    assert len(parsed.events) == 1


# -- importing as posts ------------------------------------------------------------


def test_other_apps_events_become_drafts_on_the_chosen_platform(planner: Planner) -> None:
    report = import_posts(planner, read(fixture("google-calendar.ics")), platform="instagram", category=None)
    assert (report.created, report.updated, report.unchanged) == (2, 0, 0)
    assert [(s.summary, s.why) for s in report.skipped] == [("Cancelled breakfast", "cancelled")]
    posts = {p.title: p for p in planner.list_posts()}
    press = posts["Press day"]
    # A time in UTC lands in the planning zone.
    assert (press.platform, press.status, press.timezone) == ("Instagram", Status.DRAFT, "Europe/Paris")
    assert press.start == datetime(2026, 6, 4, 20, 15, tzinfo=PARIS) and press.duration_minutes == 45
    assert press.body == "Stands open to the press only." and press.category is None
    # An all-day event: that day, at the start of the posting hours.
    assert posts["Fête de la musique"].start == datetime(2026, 6, 21, 8, 0, tzinfo=PARIS)


def test_importing_the_same_file_again_changes_nothing(planner: Planner) -> None:
    parsed = read(fixture("google-calendar.ics"))
    import_posts(planner, parsed, platform="Instagram", category=None)
    before = {p.uid: p.version for p in planner.list_posts()}
    revision = planner.revision()

    again = import_posts(planner, parsed, platform="Instagram", category=None)

    assert (again.created, again.updated, again.unchanged) == (0, 0, 2)
    assert {p.uid: p.version for p in planner.list_posts()} == before
    assert planner.revision() == revision and again.revision is None


def test_a_changed_event_updates_its_post_and_keeps_what_only_dialogos_holds(planner: Planner) -> None:
    first = calendar(event("talk@x", "Talk", "DTSTART;TZID=Europe/Paris:20260615T090000", ""))
    import_posts(planner, read(first), platform="LinkedIn", category=None)
    post = planner.list_posts()[0]
    planner.edit_post(post.id, PostPatch(status=Status.READY, notes="Ask Sam for slides"))

    moved = calendar(event("talk@x", "Talk (moved)", "DTSTART;TZID=Europe/Paris:20260616T110000", ""))
    report = import_posts(planner, read(moved), platform="LinkedIn", category=None)

    assert (report.created, report.updated) == (0, 1)
    saved = planner.get_post(post.id)
    assert (saved.title, saved.start) == ("Talk (moved)", datetime(2026, 6, 16, 11, 0, tzinfo=PARIS))
    assert (saved.status, saved.notes, saved.version) == (Status.READY, "Ask Sam for slides", 3)


def test_the_same_file_on_two_platforms_gives_two_sets_of_posts(planner: Planner) -> None:
    parsed = read(fixture("google-calendar.ics"))
    import_posts(planner, parsed, platform="Instagram", category=None)
    import_posts(planner, parsed, platform="LinkedIn", category=None)
    assert sorted(p.platform for p in planner.list_posts()) == ["Instagram"] * 2 + ["LinkedIn"] * 2


def test_other_apps_events_need_a_platform_and_nothing_is_written_without_one(planner: Planner) -> None:
    revision = planner.revision()
    with pytest.raises(ValidationError) as refused:
        import_posts(planner, read(fixture("google-calendar.ics")), platform=None, category=None)
    message = refused.value.message
    # The core asks for a choice in words the app can show too; the command line adds its option.
    assert "“Press day” (line 26)" in message and "choose the platform" in message.lower() and "--" not in message
    assert planner.list_posts() == [] and planner.revision() == revision


def test_a_repeating_event_needs_a_range_then_becomes_one_post_per_occurrence(planner: Planner) -> None:
    weekly = event(
        "standup@x", "Stand-up", "DTSTART;TZID=Europe/Paris:20260316T090000", "DTEND;TZID=Europe/Paris:20260316T091500",
        "RRULE:FREQ=WEEKLY;COUNT=6", "EXDATE;TZID=Europe/Paris:20260406T090000",
    )  # fmt: skip
    parsed = read(calendar(weekly))
    with pytest.raises(ValidationError) as refused:
        import_posts(planner, parsed, platform="X", category=None)
    assert "“Stand-up” (line 4) repeats" in refused.value.message

    start, end = day_range(date(2026, 3, 20), date(2026, 4, 30), "Europe/Paris")
    report = import_posts(planner, parsed, platform="X", category=None, start=start, end=end)

    # 23 and 30 March, 13 and 20 April (6 April excluded), each at 09:00 in Paris across the change to summer time.
    starts = [p.start for p in planner.list_posts()]
    assert starts == [datetime(2026, m, d, 9, 0, tzinfo=PARIS) for m, d in ((3, 23), (3, 30), (4, 13), (4, 20))]
    assert report.created == 4 and all(p.duration_minutes == 15 for p in planner.list_posts())
    again = import_posts(planner, parsed, platform="X", category=None, start=start, end=end)
    assert (again.created, again.unchanged) == (0, 4)


def test_an_event_repeating_every_second_is_refused_not_a_wall_of_posts(planner: Planner) -> None:
    flood = event("flood@x", "Tick", "DTSTART:20261201T100000Z", "DTEND:20261201T100001Z", "RRULE:FREQ=SECONDLY")
    daily = event("daily@x", "Daily tip", "DTSTART:20261201T100000Z", "DTEND:20261201T101500Z", "RRULE:FREQ=DAILY")
    start, end = day_range(date(2026, 12, 1), date(2026, 12, 2), "Europe/Paris")
    revision = planner.revision()

    with pytest.raises(ValidationError) as refused:
        import_posts(planner, read(calendar(daily, flood)), platform="X", category=None, start=start, end=end)

    assert refused.value.exit_code == 2
    assert refused.value.message == (
        "“Tick” (line 12) repeats more than 1000 times in the dates chosen: choose fewer dates. Nothing was imported."
    )
    assert planner.list_posts() == [] and planner.revision() == revision
    # A post a day for two years is fine.
    start, end = day_range(date(2026, 12, 1), date(2028, 11, 30), "Europe/Paris")
    assert (
        import_posts(planner, read(calendar(daily)), platform="X", category=None, start=start, end=end).created == 731
    )


def test_chosen_category_and_status_apply_to_every_post(planner: Planner) -> None:
    parsed = read(fixture("google-calendar.ics"))
    import_posts(planner, parsed, platform="Instagram", category="event", status=Status.READY)
    assert {(p.category, p.status) for p in planner.list_posts()} == {("Event", Status.READY)}


# -- Dialogos' own export -------------------------------------------------------------


def own_event(planner: Planner, post_id: int, **changed: str) -> str:
    """The VEVENT Dialogos' export writes for a post (ics_fields' contract), with some values changed."""
    post = planner.get_post(post_id)
    assert post.start is not None and post.end is not None
    values = {
        ics_fields.X_PLATFORM: post.platform,
        ics_fields.X_TITLE: post.title,
        ics_fields.X_BODY: post.body,
        ics_fields.X_CATEGORY: post.category or "",
        ics_fields.X_STATUS: post.status.value,
        ics_fields.X_VERSION: str(post.version),
        **changed,
    }
    lines = [f"{name}:{value}" for name, value in values.items() if value]
    return event(
        ics_fields.event_uid(post.uid),
        f"[{post.platform}] {post.title}",
        f"DTSTART;TZID={post.timezone}:{post.start:%Y%m%dT%H%M%S}",
        f"DTEND;TZID={post.timezone}:{post.end:%Y%m%dT%H%M%S}",
        "DESCRIPTION:dressed for people",
        *lines,
    )


def two_posts(planner: Planner) -> list[int]:
    change = planner.create_posts(
        [
            PostFields(platform="Instagram", title="Which brew?", category="Question", body="Tell us",
                       start=datetime(2026, 6, 15, 9, 0, tzinfo=PARIS), status=Status.SCHEDULED),
            PostFields(platform="LinkedIn", title="Roastery news", category="News",
                       start=datetime(2026, 6, 16, 14, 30, tzinfo=ZoneInfo("America/New_York")), duration_minutes=45),
        ]
    )  # fmt: skip
    return list(change.ids)


def test_importing_our_own_export_changes_nothing(planner: Planner) -> None:
    ids = two_posts(planner)
    data = calendar(*(own_event(planner, i) for i in ids))
    revision = planner.revision()

    report = import_posts(planner, read(data), platform=None, category=None)

    assert (report.created, report.updated, report.unchanged) == (0, 0, 2)
    assert planner.revision() == revision
    assert [planner.get_post(i).version for i in ids] == [1, 1]


def test_our_own_export_updates_only_the_fields_that_differ(planner: Planner) -> None:
    first, second = two_posts(planner)
    data = calendar(own_event(planner, first, **{ics_fields.X_TITLE: "Which brew? (v2)"}), own_event(planner, second))

    report = import_posts(planner, read(data), platform=None, category=None)

    assert (report.created, report.updated, report.unchanged) == (0, 1, 1)
    changed = planner.get_post(first)
    assert (changed.title, changed.version, changed.body, changed.status) == (
        "Which brew? (v2)", 2, "Tell us", Status.SCHEDULED,
    )  # fmt: skip
    assert planner.get_post(second).version == 1
    edits = [e for e in planner.session.audit_log(entity=Entity.POST, entity_id=first) if e.action.value == "edit"]
    assert len(edits) == 1 and '"title"' in edits[0].summary and '"body"' not in edits[0].summary


def test_our_own_event_whose_post_is_missing_recreates_it_with_its_uid(planner: Planner) -> None:
    first, _ = two_posts(planner)
    data = calendar(own_event(planner, first))
    uid = planner.get_post(first).uid
    planner.delete_post(first)

    report = import_posts(planner, read(data), platform=None, category=None)

    assert report.created == 1
    post = planner.posts_by_uid([uid])[uid]
    assert (post.platform, post.title, post.category, post.status) == (
        "Instagram", "Which brew?", "Question", Status.SCHEDULED,
    )  # fmt: skip
    assert post.body == "Tell us" and post.start == datetime(2026, 6, 15, 9, 0, tzinfo=PARIS)


def test_a_round_trip_through_the_real_export_changes_nothing(planner: Planner) -> None:
    from planner.exchange.ics import export

    two_posts(planner)
    data = export.calendar_bytes(planner, export.ExportOptions())
    revision = planner.revision()
    report = import_posts(planner, read(data), platform=None, category=None)
    assert (report.created, report.updated, report.unchanged) == (0, 0, 2)
    assert planner.revision() == revision


def test_a_post_in_the_autumns_repeated_hour_comes_back_in_its_zone_into_another_file(
    planner: Planner, tmp_path: Path
) -> None:
    from planner.exchange.ics import export

    second = datetime(2026, 10, 25, 2, 30, fold=1, tzinfo=ZoneInfo("Europe/Paris"))  # the second 02:30: 01:30 UTC
    planner.create_post(PostFields(platform="Instagram", title="Night owls", start=second))
    data = export.calendar_bytes(planner, export.ExportOptions())

    with Planner.open(tmp_path / "other.sqlite", planning_zone="America/New_York", clock=lambda: NOW) as other:
        other.add_platform("Instagram", "instagram")
        report = import_posts(other, read(data), platform=None, category=None)
        [post] = other.list_posts()
    assert report.created == 1
    assert post.timezone == "Europe/Paris"
    assert post.start_utc == datetime(2026, 10, 25, 1, 30, tzinfo=UTC)


# -- our own export, with every character a text may hold -----------------------------

TRICKY = {
    "title": 'NY, post; 50% \\ “curly” "straight" café 🎉 \\n',
    "body": "Line one, with; commas\nLine two: \\n is no break\n\n  “é” 👩‍💻 ends with \\",
    "category": "Q&A; tips, tricks \\ 🎯",
    "campaign": "Été 2026, phase 1; \\ final",
    "author": "Zoë O’Brien, \\ jr.",
}
COMPARED = ("platform", "title", "body", "category", "campaign", "author", "status", "start_utc", "timezone",
            "duration_minutes", "link")  # fmt: skip


def exported(planner: Planner) -> bytes:
    return ics_export.calendar_bytes(planner, ics_export.ExportOptions())


def fields_of(post) -> tuple[object, ...]:  # type: ignore[no-untyped-def]
    return tuple(getattr(post, name) for name in COMPARED)


def open_plan(path: Path) -> Planner:
    opened = Planner.open(path, planning_zone="Europe/Paris", clock=lambda: NOW, user="camille")
    opened.add_platform("Instagram", "instagram")
    return opened


def add_tricky_post(planner: Planner, values: dict[str, str]) -> int:
    if not any(c.name.casefold() == " ".join(values["category"].split()).casefold() for c in planner.categories()):
        planner.add_category(values["category"], "information")
    start = datetime(2026, 6, 15, 9, 0, tzinfo=PARIS)
    fields = PostFields(
        platform="Instagram", start=start, status=Status.READY, link="https://example.org/a,b;c", **values
    )
    return planner.create_post(fields).ids[0]


def test_our_own_texts_come_back_exactly_export_after_export(planner: Planner) -> None:
    post_id = add_tricky_post(planner, TRICKY)
    planner.create_posts([PostFields(platform="X", title="Plain", start=datetime(2026, 6, 16, 9, 0, tzinfo=PARIS))])
    before = fields_of(planner.get_post(post_id))
    revision = planner.revision()

    for _ in range(3):  # each import of the previous export must change nothing, or backslashes pile up
        report = import_posts(planner, read(exported(planner)), platform=None, category=None)
        assert (report.created, report.updated, report.unchanged, report.skipped) == (0, 0, 2, ())
        assert planner.revision() == revision and report.revision is None

    post = planner.get_post(post_id)
    assert fields_of(post) == before and post.version == 1
    assert (post.title, post.body, post.author) == (TRICKY["title"], TRICKY["body"], TRICKY["author"])


def test_a_body_with_windows_line_breaks_comes_back_unchanged(planner: Planner) -> None:
    # iCalendar has no carriage return: the file holds plain line breaks, which are the same body.
    post_id = add_tricky_post(planner, {**TRICKY, "body": "One\r\nTwo\rThree"})
    report = import_posts(planner, read(exported(planner)), platform=None, category=None)
    assert (report.updated, report.unchanged) == (0, 1)
    assert planner.get_post(post_id).body == "One\r\nTwo\rThree"


def test_the_calendar_name_is_read_as_text(planner: Planner) -> None:
    parsed = read(calendar(event(), head="X-WR-CALNAME:Salons\\, foires \\; fêtes"))
    assert parsed.name == "Salons, foires ; fêtes"


# Letters, accents, emoji and what iCalendar escapes; control characters are refused by Dialogos itself.
CHARACTERS = st.one_of(
    st.sampled_from(list(",;:\\\"'“”«» éÉçœ€–🎉👩‍💻")),
    st.characters(exclude_categories=("Cs", "Cc")),
)
ONE_LINE = st.text(CHARACTERS, max_size=40)
NAME = ONE_LINE.map(lambda text: " ".join(text.split())[:60]).filter(bool)


@settings(max_examples=40, suppress_health_check=[HealthCheck.too_slow])
@given(
    title=ONE_LINE.map(str.strip).filter(bool),
    body=st.text(st.one_of(CHARACTERS, st.just("\n")), max_size=80),
    category=NAME,
    campaign=ONE_LINE.map(str.strip),
    author=NAME,
)
def test_any_text_survives_the_round_trip_into_the_same_file_and_a_fresh_one(
    title: str, body: str, category: str, campaign: str, author: str
) -> None:
    values = {"title": title, "body": body, "category": category, "campaign": campaign, "author": author}
    with tempfile.TemporaryDirectory() as folder:
        with open_plan(Path(folder) / "ours.sqlite") as ours:
            try:
                post_id = add_tricky_post(ours, values)
            except ValidationError:
                assume(False)  # a text Dialogos refuses to begin with
            data = exported(ours)
            revision = ours.revision()
            for _ in range(3):
                again = import_posts(ours, read(data), platform=None, category=None)
                assert (again.updated, again.unchanged) == (0, 1)
                data = exported(ours)
            assert ours.revision() == revision
            original = ours.get_post(post_id)
        with open_plan(Path(folder) / "fresh.sqlite") as fresh:
            if not any(c.name == original.category for c in fresh.categories()):
                fresh.add_category(original.category or "", "information")
            report = import_posts(fresh, read(data), platform=None, category=None)
            [copy] = fresh.list_posts()
    assert report.created == 1
    assert fields_of(copy) == fields_of(original) and copy.uid == original.uid


# -- an older export does not undo newer edits -----------------------------------------


def test_an_older_export_skips_the_posts_changed_since_and_imports_the_rest(planner: Planner) -> None:
    first, second = two_posts(planner)
    old = exported(planner)
    with Planner.open(planner.path, clock=lambda: NOW, user="marie") as theirs:
        theirs.edit_post(first, PostPatch(title="Which brew? (final)"))
    edited = old.replace(b"X-DIALOGOS-TITLE:Roastery news", b"X-DIALOGOS-TITLE:Roastery news (v2)")

    report = import_posts(planner, read(edited), platform=None, category=None)

    assert (report.created, report.updated, report.unchanged) == (0, 1, 0)
    [skipped] = report.skipped
    assert (skipped.why, skipped.summary) == ("changed_since_export", "[Instagram] 💬 Which brew?")
    lines = edited.decode().splitlines()[skipped.line - 1 :]
    assert lines[0] == "BEGIN:VEVENT" and f"UID:{skipped.uid}" in lines[: lines.index("END:VEVENT")]
    assert skipped.reason == (
        "the post was changed in Dialogos by marie since this file was exported (version 1, now 2)"
    )
    assert skipped.label == "changed in Dialogos since the export"
    assert planner.get_post(first).title == "Which brew? (final)"  # marie's edit stays
    assert planner.get_post(second).title == "Roastery news (v2)"
    set_language("fr")
    assert skipped.reason.startswith("la publication a été modifiée dans Dialogos par marie")


def test_a_post_changed_since_the_export_where_the_file_agrees_is_just_unchanged(planner: Planner) -> None:
    first, _ = two_posts(planner)
    old = exported(planner)
    planner.edit_post(first, PostPatch(notes="Ask Sam"))  # a newer version, but nothing the file holds

    report = import_posts(planner, read(old), platform=None, category=None)

    assert (report.updated, report.unchanged, report.skipped) == (0, 2, ())


def test_an_export_of_the_current_version_still_updates(planner: Planner) -> None:
    first, _ = two_posts(planner)
    planner.edit_post(first, PostPatch(title="Second thoughts"))
    data = exported(planner).replace(b"X-DIALOGOS-TITLE:Second thoughts", b"X-DIALOGOS-TITLE:Third thoughts")
    report = import_posts(planner, read(data), platform=None, category=None)
    assert (report.updated, report.skipped) == (1, ())
    assert planner.get_post(first).title == "Third thoughts"


@pytest.mark.parametrize(
    ("changed", "words"),
    [
        ({ics_fields.X_VERSION: "two"}, "“two” is not a version number"),
        ({ics_fields.X_TITLE: "Two\\nlines"}, "one line"),
        ({ics_fields.X_STATUS: "maybe"}, "maybe"),
    ],
    ids=["version", "title", "status"],
)
def test_a_wrong_value_in_our_own_event_is_refused_with_its_line(
    planner: Planner, changed: dict[str, str], words: str
) -> None:
    first, _ = two_posts(planner)
    revision = planner.revision()
    with pytest.raises(CalendarFileError) as refused:
        import_posts(planner, read(calendar(own_event(planner, first, **changed))), platform=None, category=None)
    message = refused.value.message
    assert refused.value.line == 4 and "line 4: a Dialogos field of this event is wrong" in message
    assert words in message and "\n" not in message
    assert planner.revision() == revision


def test_a_wrong_link_in_our_own_event_is_refused_with_its_line(planner: Planner) -> None:
    first, _ = two_posts(planner)
    data = calendar(own_event(planner, first).replace("END:VEVENT", "URL:ftp://example.org/file\nEND:VEVENT"))
    with pytest.raises(CalendarFileError) as refused:
        import_posts(planner, read(data), platform=None, category=None)
    assert refused.value.line == 4 and "ftp://example.org/file" in refused.value.message


# -- balance rules ------------------------------------------------------------------


def offers() -> bytes:
    return calendar(
        event("o1@x", "Offer one", "DTSTART;TZID=Europe/Paris:20260615T090000", ""),
        event("o2@x", "Offer two", "DTSTART;TZID=Europe/Paris:20260616T090000", ""),
    )


def test_a_breach_in_block_mode_refuses_the_whole_import(planner: Planner) -> None:
    planner.set_rule(preset_rule("80-20", platform="Instagram", mode=Mode.BLOCK))
    revision = planner.revision()
    with pytest.raises(BalanceRefused) as refused:
        import_posts(planner, read(offers()), platform="Instagram", category="Offer")
    assert refused.value.exit_code == 3
    assert planner.list_posts() == [] and planner.revision() == revision


def test_a_reason_overrides_the_block_and_is_recorded(planner: Planner) -> None:
    planner.set_rule(preset_rule("80-20", platform="Instagram", mode=Mode.BLOCK))
    report = import_posts(planner, read(offers()), platform="Instagram", category="Offer", reason="Summer sale")
    assert report.created == 2 and report.breaches
    assert any(e.reason == "Summer sale" for e in planner.session.audit_log(entity=Entity.POST))


def test_a_breach_in_warn_mode_is_saved_and_reported(planner: Planner) -> None:
    report = import_posts(planner, read(offers()), platform="Instagram", category="Offer")
    assert report.created == 2 and any("promotion" in b for b in report.breaches)
