"""iCalendar export: what Google Calendar, Outlook, Apple Calendar and Thunderbird get.

Every export is read back with two parsers Dialogos does not use (vobject and
ical, see :mod:`tests.helpers.exported`), never with icalendar itself.
"""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any
from zoneinfo import ZoneInfo

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from planner import Planner
from planner.errors import NotFoundError, ValidationError
from planner.exchange.ics import fields
from planner.exchange.ics.export import (
    DEFAULT_STATUSES,
    ExportOptions,
    calendar_bytes,
    export_ics,
    platform_calendars,
)
from planner.i18n import set_language
from planner.model import Post, PostFields, PostPatch, Side, Status
from planner.timezones import localize
from planner.validation import shows_something
from tests.helpers.exported import Exported, read, utc, x_value
from tests.helpers.fixed import NOW

PARIS, NEW_YORK = "Europe/Paris", "America/New_York"
FIXTURE_SETTINGS = settings(suppress_health_check=[HealthCheck.function_scoped_fixture], max_examples=60)


def add(
    planner: Planner,
    title: str = "Which coffee do you brew?",
    at: tuple[int, ...] = (2026, 6, 15, 9, 30),
    zone: str = PARIS,
    **given: Any,
) -> Post:
    """A post at the wall time ``at`` in ``zone`` (first occurrence), rules not judged."""
    given.setdefault("platform", "Instagram")
    fields_ = PostFields(title=title, start=localize(datetime(*at), zone), timezone=zone, **given)
    return planner.create_posts([fields_], judge=False).posts[0]


def export(planner: Planner, **options: Any) -> Exported:
    return read(calendar_bytes(planner, ExportOptions(**options)))


# -- the calendar ---------------------------------------------------------------------


def test_a_one_platform_calendar_has_its_name_and_colour(planner: Planner) -> None:
    add(planner)
    exported = export(planner, platforms=("instagram",))

    text = exported.data.decode()
    assert text.startswith("BEGIN:VCALENDAR\r\n") and text.endswith("END:VCALENDAR\r\n")
    assert exported.ical.prodid == "-//Dialogos//Dialogos 0.1.0//EN"
    assert exported.ical.version == "2.0"
    assert exported.ical.calscale == "GREGORIAN"
    assert exported.ical.method == "PUBLISH"
    assert exported.calendar_value("NAME") == exported.calendar_value("X-WR-CALNAME") == "Dialogos — Instagram"
    assert exported.ical.x_wr_timezone == PARIS
    # RFC 7986 wants a CSS3 name; Apple's property carries the exact colour.
    assert exported.ical.color == "palevioletred"
    assert exported.calendar_value("X-APPLE-CALENDAR-COLOR") == "#F06292"


def test_a_calendar_of_several_platforms_is_named_after_the_file_in_dialogos_green(planner: Planner) -> None:
    add(planner, platform="Instagram")
    add(planner, platform="LinkedIn")

    exported = export(planner)

    assert exported.calendar_value("NAME") == "Dialogos — plan"
    # No platform to take a colour from: the green of Dialogos' icon, the same at every
    # export, rather than whatever a calendar app picks at each subscription.
    assert exported.ical.color == "mediumseagreen"
    assert exported.calendar_value("X-APPLE-CALENDAR-COLOR") == "#3FB37F"
    assert len(exported.ical.events) == 2


def test_an_exported_file_does_not_ask_to_be_fetched_again(planner: Planner) -> None:
    add(planner)

    exported = export(planner)

    # Only the live file is one to subscribe to (tests/planner/exchange/test_live.py).
    assert exported.calendar_value("REFRESH-INTERVAL") is None
    assert exported.calendar_value("X-PUBLISHED-TTL") is None


def test_an_empty_plan_gives_a_valid_empty_calendar(planner: Planner) -> None:
    exported = export(planner)

    assert exported.ical.events == [] and b"BEGIN:VTIMEZONE" not in exported.data
    assert exported.calendar_value("NAME") == "Dialogos — plan"


# -- one event per post ----------------------------------------------------------------


def test_an_event_carries_the_post(planner: Planner) -> None:
    post = add(
        planner,
        "Which coffee do you brew?",
        category="Question",
        body="Tell us below.",
        link="https://example.org/coffee",
        campaign="Autumn",
        author="Léa Dubois",
        duration_minutes=45,
    )

    exported = export(planner)
    event, vevent = exported.event(post.uid), exported.vevent(post.uid)

    assert event.uid == f"{post.uid}@dialogos" == fields.event_uid(post.uid)
    assert utc(event.dtstamp) == NOW
    assert event.dtstart == datetime(2026, 6, 15, 9, 30, tzinfo=ZoneInfo(PARIS))
    assert utc(event.dtend) == utc(event.dtstart) + timedelta(minutes=45)
    assert "DTSTART;TZID=Europe/Paris:20260615T093000" in exported.data.decode()
    assert event.summary == "[Instagram] 💬 Which coffee do you brew?"
    assert event.description == (
        "Tell us below.\n\nCategory: Question\nSide: conversation\nStatus: draft\nLink: https://example.org/coffee"
    )
    assert vevent.categories.value == ["Question", "conversation", "Instagram"]
    assert event.status is not None and event.status.value == "TENTATIVE"
    assert event.sequence == 0
    assert utc(event.created) == utc(event.last_modified) == NOW
    assert event.url == "https://example.org/coffee"
    assert event.alarm == []
    raw = {name: x_value(vevent, name) for name in (
        fields.X_PLATFORM, fields.X_TITLE, fields.X_BODY, fields.X_CATEGORY, fields.X_SIDE,
        fields.X_STATUS, fields.X_CAMPAIGN, fields.X_AUTHOR, fields.X_VERSION,
    )}  # fmt: skip
    assert raw == {
        fields.X_PLATFORM: "Instagram",
        fields.X_TITLE: "Which coffee do you brew?",
        fields.X_BODY: "Tell us below.",
        fields.X_CATEGORY: "Question",
        fields.X_SIDE: "conversation",
        fields.X_STATUS: "draft",
        fields.X_CAMPAIGN: "Autumn",
        fields.X_AUTHOR: "Léa Dubois",
        fields.X_VERSION: "1",
    }


@pytest.mark.parametrize(
    ("category", "side", "mark"),
    [("Question", Side.CONVERSATION, "💬"), ("News", Side.INFORMATION, "📰"), ("Offer", Side.PROMOTION, "🛒")],
)
def test_the_summary_shows_the_side(planner: Planner, category: str, side: Side, mark: str) -> None:
    post = add(planner, "Our autumn blend", category=category)

    event = export(planner).event(post.uid)

    assert post.side is side
    assert event.summary == f"[Instagram] {mark} Our autumn blend"


def test_a_post_without_category_has_no_mark_and_no_empty_fields(planner: Planner) -> None:
    post = add(planner, "Plain")

    exported = export(planner)
    event, vevent = exported.event(post.uid), exported.vevent(post.uid)

    assert event.summary == "[Instagram] Plain"
    assert event.description == "Status: draft"
    assert vevent.categories.value == ["Instagram"]
    assert event.url is None
    for absent in (fields.X_BODY, fields.X_CATEGORY, fields.X_SIDE, fields.X_CAMPAIGN, fields.X_AUTHOR):
        assert x_value(vevent, absent) is None


def test_the_description_follows_the_language(planner: Planner) -> None:
    set_language("fr")
    post = add(planner, "Quel café ?", category="Question", body="Dites-nous.", link="https://example.org/")

    event = export(planner).event(post.uid)

    assert event.description == (
        "Dites-nous.\n\nCatégorie : Question\nRegistre : conversation\nStatut : brouillon\nLien : https://example.org/"
    )


@pytest.mark.parametrize(
    ("status", "expected"),
    [
        (Status.DRAFT, "TENTATIVE"),
        (Status.READY, "TENTATIVE"),
        (Status.SCHEDULED, "CONFIRMED"),
        (Status.PUBLISHED, "CONFIRMED"),
        (Status.CANCELLED, "CANCELLED"),
    ],
)
def test_statuses_map_to_event_statuses(planner: Planner, status: Status, expected: str) -> None:
    post = add(planner, status=status)

    event = export(planner, statuses=(status,)).event(post.uid)

    assert event.status is not None and event.status.value == expected


def test_by_default_everything_dated_but_cancelled_and_never_ideas(planner: Planner) -> None:
    kept = {add(planner, status=status).uid for status in DEFAULT_STATUSES}
    cancelled = add(planner, status=Status.CANCELLED)
    planner.create_posts([PostFields(platform="Instagram", title="Someday")])

    assert export(planner).uids == {fields.event_uid(uid) for uid in kept}
    with_cancelled = export(planner, statuses=(*DEFAULT_STATUSES, Status.CANCELLED))
    assert fields.event_uid(cancelled.uid) in with_cancelled.uids
    assert len(with_cancelled.ical.events) == len(kept) + 1


def test_the_status_filter(planner: Planner) -> None:
    add(planner, "Draft")
    published = add(planner, "Published", status=Status.PUBLISHED)

    assert export(planner, statuses=(Status.PUBLISHED,)).uids == {fields.event_uid(published.uid)}


def test_the_range_is_start_inclusive_end_exclusive(planner: Planner) -> None:
    first = add(planner, "At the start", at=(2026, 6, 15, 0, 0))
    add(planner, "At the end", at=(2026, 6, 22, 0, 0))
    add(planner, "Before", at=(2026, 6, 14, 23, 59))

    start = localize(datetime(2026, 6, 15), PARIS)
    exported = export(planner, start=start, end=start + timedelta(days=7))

    assert exported.uids == {fields.event_uid(first.uid)}


def test_a_reminder_before_each_post(planner: Planner) -> None:
    post = add(planner, "Reminded", category="Question")

    event = export(planner, reminder_minutes=15).event(post.uid)

    [alarm] = event.alarm
    assert alarm.action == "DISPLAY"
    assert alarm.trigger == timedelta(minutes=-15)
    assert alarm.description == "[Instagram] 💬 Reminded"


def test_uids_are_stable_and_an_edit_raises_the_sequence(planner: Planner) -> None:
    post = add(planner, "First version")
    first = calendar_bytes(planner, ExportOptions())

    assert calendar_bytes(planner, ExportOptions()) == first  # same plan, same clock: the same file
    planner.edit_post(post.id, PostPatch(title="Second version"))
    planner.edit_post(post.id, PostPatch(title="Third version"))
    after = read(calendar_bytes(planner, ExportOptions()))

    assert read(first).uids == after.uids == {fields.event_uid(post.uid)}
    assert read(first).event(post.uid).sequence == 0
    assert after.event(post.uid).sequence == 2
    assert after.event(post.uid).summary == "[Instagram] Third version"
    assert x_value(after.vevent(post.uid), fields.X_VERSION) == "3"


# -- instants across daylight-saving changes --------------------------------------------

DST_CASES = [
    # Paris: last Sunday of March (02:00 -> 03:00) and of October (03:00 -> 02:00).
    (PARIS, (2026, 3, 29, 1, 30)),
    (PARIS, (2026, 3, 29, 3, 0)),
    (PARIS, (2026, 3, 29, 3, 30)),
    (PARIS, (2026, 10, 25, 1, 30)),
    (PARIS, (2026, 10, 25, 2, 30)),  # the repeated hour: its first occurrence
    (PARIS, (2026, 10, 25, 3, 0)),
    # New York: second Sunday of March (02:00 -> 03:00), first Sunday of November (02:00 -> 01:00).
    (NEW_YORK, (2026, 3, 8, 1, 30)),
    (NEW_YORK, (2026, 3, 8, 3, 0)),
    (NEW_YORK, (2026, 3, 8, 3, 30)),
    (NEW_YORK, (2026, 11, 1, 0, 30)),
    (NEW_YORK, (2026, 11, 1, 1, 30)),  # the repeated hour: its first occurrence
    (NEW_YORK, (2026, 11, 1, 2, 0)),
]


@pytest.mark.parametrize(("zone", "at"), DST_CASES)
def test_instants_across_daylight_saving_changes(planner: Planner, zone: str, at: tuple[int, ...]) -> None:
    # 90 minutes: most of these posts also end on the other side of the change.
    post = add(planner, "Around the change", at=at, zone=zone, duration_minutes=90)
    assert post.start is not None and post.end is not None

    exported = export(planner)
    event, vevent = exported.event(post.uid), exported.vevent(post.uid)

    for start, end in ((event.dtstart, event.dtend), (vevent.dtstart.value, vevent.dtend.value)):
        assert utc(start) == post.start_utc
        assert utc(end) == post.start_utc + timedelta(minutes=90)


def test_a_time_of_the_repeated_hour_is_written_in_utc_whichever_occurrence(planner: Planner) -> None:
    # RFC 5545 says a TZID time of the repeated hour is its first occurrence; libical,
    # sabre/vobject and ical.js read the second. In UTC, every reader agrees.
    second = datetime(2026, 10, 25, 2, 30, fold=1, tzinfo=ZoneInfo(PARIS))  # 01:30 UTC, CET
    post = planner.create_posts([PostFields(platform="Instagram", title="Second", start=second)]).posts[0]
    first = add(planner, "First", at=(2026, 10, 25, 2, 30), duration_minutes=60)  # 00:30 UTC, to 01:30 UTC
    before = add(planner, "Before", at=(2026, 10, 25, 1, 30), duration_minutes=30)  # ends at 02:00, the first
    after = add(planner, "After", at=(2026, 10, 25, 3, 0), duration_minutes=30)

    exported = export(planner)
    text = exported.data.decode()

    assert "DTSTART:20261025T013000Z" in text and "DTSTART:20261025T003000Z" in text
    assert "DTSTART;TZID=Europe/Paris:20261025T013000" in text and "DTEND:20261025T000000Z" in text
    assert "DTSTART;TZID=Europe/Paris:20261025T030000" in text
    assert "DTEND;TZID=Europe/Paris:20261025T033000" in text
    assert "TZID=Europe/Paris:20261025T02" not in text
    for each in (post, first, before, after):
        assert each.start is not None and each.end is not None
        for start, end in (
            (exported.event(each.uid).dtstart, exported.event(each.uid).dtend),
            (exported.vevent(each.uid).dtstart.value, exported.vevent(each.uid).dtend.value),
        ):
            assert (utc(start), utc(end)) == (each.start_utc, each.end.astimezone(UTC)), each.title


def test_each_zone_gets_a_vtimezone_covering_the_years_of_its_posts(planner: Planner) -> None:
    add(planner, "2025", at=(2025, 2, 1, 9, 0))
    add(planner, "2027", at=(2027, 11, 30, 9, 0))
    add(planner, "New York", at=(2026, 6, 1, 9, 0), zone=NEW_YORK)

    exported = export(planner)

    assert sorted(tz.tz_id for tz in exported.ical.timezones) == [NEW_YORK, PARIS]
    # Yearly rules, never RDATE lists (planner/exchange/ics/vtimezones.py says why).
    assert "RDATE" not in exported.data.decode()
    [paris] = [tz for tz in exported.ical.timezones if tz.tz_id == PARIS]
    rules = sorted(
        (observance.tz_offset_to.offset, observance.dtstart, observance.rrule and observance.rrule.as_rrule_str())
        for observance in paris.standard + paris.daylight
    )
    assert rules == [
        # In force when the span begins: from the autumn before it.
        (timedelta(hours=1), datetime(2024, 10, 27, 3, 0), "FREQ=YEARLY;BYDAY=-1SU;BYMONTH=10"),
        (timedelta(hours=2), datetime(2025, 3, 30, 2, 0), "FREQ=YEARLY;BYDAY=-1SU;BYMONTH=3"),
    ]


WHOLE_MINUTES = st.datetimes(datetime(2000, 1, 1), datetime(2037, 12, 31)).map(
    lambda d: d.replace(second=0, microsecond=0)
)
ZONES = [PARIS, NEW_YORK, "Asia/Kolkata", "Australia/Lord_Howe", "America/Santiago", "Pacific/Chatham", "UTC"]


@FIXTURE_SETTINGS
@given(
    zone=st.sampled_from(ZONES),
    instant=WHOLE_MINUTES,
    minutes=st.integers(1, 24 * 60),
)
def test_instants_in_any_zone_survive(planner: Planner, zone: str, instant: datetime, minutes: int) -> None:
    start = instant.replace(tzinfo=UTC).astimezone(ZoneInfo(zone))
    post = planner.create_posts(
        [PostFields(platform="X", title="Any time", start=start, timezone=zone, duration_minutes=minutes)], judge=False
    ).posts[0]
    assert post.start is not None and post.end is not None

    exported = export(planner, platforms=("X",))
    end = instant.replace(tzinfo=UTC) + timedelta(minutes=minutes)

    assert utc(exported.event(post.uid).dtstart) == instant.replace(tzinfo=UTC)
    assert utc(exported.event(post.uid).dtend) == end
    vevent = exported.vevent(post.uid)
    assert utc(vevent.dtstart.value) == instant.replace(tzinfo=UTC)
    assert utc(vevent.dtend.value) == end
    planner.delete_post(post.id)


# -- text -----------------------------------------------------------------------------------

SPECIAL = [*"éÉçàœ€«»—’,;:\\\"'N n🙂💬👩‍💻🇫🇷漢字", "\\N", "\\n", "\\,", "C:\\New", "\u00a0", "\u2028", "\u200d"]
_characters = st.characters(codec="utf-8", exclude_categories=("Cc", "Cs"))
TITLES = st.lists(st.one_of(st.sampled_from(SPECIAL), _characters), min_size=1, max_size=40).map("".join)
BODIES = st.lists(st.one_of(st.sampled_from([*SPECIAL, "\n", "\n\n", "\t"]), _characters), max_size=120).map("".join)


def assert_folded(data: bytes) -> None:
    """Lines of at most 75 octets, CRLF only, never a UTF-8 character cut in two."""
    assert b"\n" not in data.replace(b"\r\n", b"") and b"\r" not in data.replace(b"\r\n", b"")
    for line in data.split(b"\r\n"):
        assert len(line) <= 75, line
        line.decode("utf-8")  # each physical line is whole UTF-8 on its own


@FIXTURE_SETTINGS
@given(title=TITLES.filter(shows_something), body=BODIES)
def test_text_survives(planner: Planner, title: str, body: str) -> None:
    post = add(planner, title, body=body)

    exported = export(planner)
    event, vevent = exported.event(post.uid), exported.vevent(post.uid)

    assert_folded(exported.data)
    assert event.summary == vevent.summary.value == f"[Instagram] {post.title}"
    assert x_value(vevent, fields.X_TITLE) == post.title
    assert x_value(vevent, fields.X_BODY) == (body or None)
    for description in (event.description, vevent.description.value):
        assert description is not None
        assert description.startswith(body) and description.endswith("Status: draft")
    planner.delete_post(post.id)


def test_long_text_is_folded_without_cutting_a_character(planner: Planner) -> None:
    body = "Café, crème; \\ " * 20 + "🙂👩‍💻🇫🇷" * 40 + "é" * 200
    post = add(planner, "é" * 37 + "🙂" * 30, body=body)

    exported = export(planner)

    assert_folded(exported.data)
    assert max(len(line) for line in exported.data.split(b"\r\n")) > 70  # folding did happen
    assert x_value(exported.vevent(post.uid), fields.X_BODY) == body


def test_carriage_returns_become_line_breaks_and_controls_are_dropped(planner: Planner) -> None:
    post = add(planner, "Windows text", body="one\r\ntwo\rthree\x07\x1b four\tfive")

    exported = export(planner)

    assert_folded(exported.data)
    assert x_value(exported.vevent(post.uid), fields.X_BODY) == "one\ntwo\nthree four\tfive"


def test_commas_in_a_category_stay_in_one_category(planner: Planner) -> None:
    planner.add_category("Tips, tricks; more", "conversation")
    post = add(planner, "Tip", category="Tips, tricks; more")

    vevent = export(planner).vevent(post.uid)  # ical splits on escaped commas: vobject reads it right

    assert vevent.categories.value == ["Tips, tricks; more", "conversation", "Instagram"]


# -- one calendar per platform ----------------------------------------------------------------


def test_one_calendar_per_platform(planner: Planner) -> None:
    instagram = add(planner, "On Instagram", platform="Instagram")
    linkedin = add(planner, "On LinkedIn", platform="LinkedIn")

    calendars = platform_calendars(planner, ExportOptions())

    assert set(calendars) == {"Instagram", "LinkedIn", "X"}
    assert read(calendars["Instagram"]).uids == {fields.event_uid(instagram.uid)}
    assert read(calendars["LinkedIn"]).uids == {fields.event_uid(linkedin.uid)}
    assert read(calendars["X"]).ical.events == []
    assert read(calendars["LinkedIn"]).calendar_value("NAME") == "Dialogos — LinkedIn"
    assert read(calendars["LinkedIn"]).calendar_value("X-APPLE-CALENDAR-COLOR") == "#0A66C2"


def test_per_platform_files_are_written_beside_the_destination(planner: Planner, tmp_path: Path) -> None:
    planner.add_platform("Page Facebook é", "facebook")
    post = add(planner, "Hello", platform="Page Facebook é")
    destination = tmp_path / "plan.ics"

    written = export_ics(planner, ExportOptions(per_platform=True, platforms=("page facebook é", "X")), destination)

    assert written == [tmp_path / "plan-page-facebook-e.ics", tmp_path / "plan-x.ics"]
    assert not destination.exists()
    assert read(written[0].read_bytes()).uids == {fields.event_uid(post.uid)}
    assert sorted(p.name for p in tmp_path.glob("*.ics")) == ["plan-page-facebook-e.ics", "plan-x.ics"]


def test_export_writes_one_file(planner: Planner, tmp_path: Path) -> None:
    post = add(planner)
    destination = tmp_path / "plan.ics"
    destination.write_bytes(b"an older export")

    assert export_ics(planner, ExportOptions(), destination) == [destination]

    assert read(destination.read_bytes()).uids == {fields.event_uid(post.uid)}
    assert [p.name for p in tmp_path.iterdir() if p.name.startswith(".")] == []  # no temporary file left


def test_a_read_only_database_can_be_exported(db_path: Path, planner: Planner, tmp_path: Path) -> None:
    post = add(planner)
    planner.close()
    db_path.chmod(0o444)
    try:
        with Planner.open(db_path, user="camille") as reader:
            assert reader.read_only
            written = export_ics(reader, ExportOptions(), tmp_path / "plan.ics")
    finally:
        db_path.chmod(0o644)

    assert read(written[0].read_bytes()).uids == {fields.event_uid(post.uid)}


# -- bad options ------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("options", "key"),
    [
        (ExportOptions(platforms=("Myspace",)), "error.unknown_platform"),
        (ExportOptions(statuses=(Status.IDEA,)), "error.ics_export_ideas"),
        (ExportOptions(reminder_minutes=-5), "error.ics_export_reminder"),
        (ExportOptions(reminder_minutes=7 * 24 * 60 + 1), "error.ics_export_reminder"),
        (
            ExportOptions(start=datetime(2026, 6, 2, tzinfo=UTC), end=datetime(2026, 6, 1, tzinfo=UTC)),
            "error.bad_range",
        ),
    ],
)
def test_bad_options_are_refused_and_write_nothing(
    planner: Planner, tmp_path: Path, options: ExportOptions, key: str
) -> None:
    add(planner)
    folder = tmp_path / "exports"
    folder.mkdir()

    with pytest.raises(ValidationError) as caught:
        export_ics(planner, options, folder / "plan.ics")

    assert caught.value.key == key and caught.value.exit_code == 2
    assert caught.value.message  # a sentence in the catalogue
    assert list(folder.iterdir()) == []


def test_an_unknown_platform_is_the_cores_own_error(planner: Planner) -> None:
    with pytest.raises(NotFoundError) as caught:
        calendar_bytes(planner, ExportOptions(platforms=("Myspace",)))

    assert "Instagram, LinkedIn, X" in caught.value.message


@pytest.mark.parametrize("where", ["missing/plan.ics", "folder"])
def test_a_missing_folder_or_a_folder_path_writes_nothing(planner: Planner, tmp_path: Path, where: str) -> None:
    add(planner)
    exports = tmp_path / "exports"
    (exports / "folder").mkdir(parents=True)

    with pytest.raises(ValidationError) as caught:
        export_ics(planner, ExportOptions(per_platform=where == "folder"), exports / where)

    assert caught.value.key in ("error.export_no_folder", "error.export_is_folder")
    assert sorted(p.name for p in exports.rglob("*")) == ["folder"]
