"""What calendar apps shrug off, the import does too: it leaves the part out, says so in a note, and
imports the rest; a value it cannot read is quoted as the file writes it."""

from __future__ import annotations

from datetime import UTC, date, datetime

import pytest
from hypothesis import HealthCheck, assume, given, settings
from hypothesis import strategies as st

from planner import Planner
from planner.exchange.ics.importer import CalendarFileError, import_context, import_posts, read_calendar
from planner.i18n import set_language
from planner.timezones import day_range
from tests.helpers.ics_samples import calendar, event, fixture


def read(data: bytes, source: str = "cal.ics"):  # type: ignore[no-untyped-def]
    return read_calendar(data, source=source, floating_zone="Europe/Paris")


def june(planner: Planner) -> tuple[datetime, datetime]:
    return day_range(date(2026, 6, 1), date(2026, 6, 30), planner.planning_zone)


# Shapes no app we know writes, reproduced by hand after the one they resemble: the PRODID says so.
HAND_AFTER_CALENDAR_LABS = "-//Dialogos tests//Hand-made after Calendar Labs feeds//EN"
HAND_MADE = "-//Dialogos tests//Hand-made//EN"


def messages(parsed) -> list[str]:  # type: ignore[no-untyped-def]
    return [note.message for note in parsed.notes]


# -- 4. an empty property ---------------------------------------------------------------


def test_a_holiday_feeds_empty_rrule_is_left_out_with_a_note_and_the_holidays_import() -> None:
    # Calendar Labs' public holiday feeds write a bare "RRULE:" in every all-day event.
    parsed = read(fixture("holidays-empty-rrule.ics"))

    assert [(e.summary, e.start, e.recurrence.repeats) for e in parsed.events] == [
        ("Fête du Travail", date(2026, 5, 1), False),
        ("Victoire 1945", date(2026, 5, 8), False),
    ]
    assert messages(parsed) == [
        "Line 15: RRULE is empty and was left out.",
        "Line 28: RRULE is empty and was left out.",
    ]


@pytest.mark.parametrize("prop", ["RRULE", "EXDATE", "RDATE", "DTEND", "DURATION", "RECURRENCE-ID"])
def test_any_empty_property_of_dates_is_left_out_and_the_event_kept(prop: str) -> None:
    """Calendar Labs' holiday feeds fill a template and leave RRULE empty (the test above, on their file);
    the other properties of dates left empty the same way are written by hand after them: we know no app
    that writes those empty."""
    lines = event("a@x", "A", "DTSTART:20260615T090000Z", "", f"{prop}:")
    parsed = read(calendar(lines, prodid=HAND_AFTER_CALENDAR_LABS))

    assert [(e.uid, e.start) for e in parsed.events] == [("a@x", datetime(2026, 6, 15, 9, tzinfo=UTC))]
    assert messages(parsed) == [f"Line 9: {prop} is empty and was left out."]


def test_an_empty_start_is_still_no_start() -> None:
    """Calendar Labs' template with DTSTART left empty, written by hand (no app we know writes it): an empty
    start is still no date, so this one event is refused, not left out with a note."""
    with pytest.raises(CalendarFileError) as refused:
        read(calendar(event(start="DTSTART:", end=""), prodid=HAND_AFTER_CALENDAR_LABS))
    assert "line 4: this event has no DTSTART" in refused.value.message


def test_the_notes_read_in_french() -> None:
    set_language("fr")
    parsed = read(fixture("holidays-empty-rrule.ics"))
    assert messages(parsed)[0] == "Ligne 15 : RRULE est vide et a été ignoré."


# -- 5. events without UID ------------------------------------------------------------


def test_events_without_uid_import_as_context_with_one_note(planner: Planner) -> None:
    # Files a script or a person writes by hand often leave UID out (it is required, but nothing checks it).
    parsed = read(fixture("events-without-uid.ics"), source="events-without-uid.ics")

    report = import_context(planner, parsed)

    assert report.created == 3
    assert [n.message for n in report.notes] == [
        "Line 4: events without UID: 3. Importing this file again recognises them by their title and start."
    ]


def test_events_without_uid_become_posts_and_a_second_import_duplicates_none(planner: Planner) -> None:
    first = import_posts(planner, read(fixture("events-without-uid.ics")), platform="instagram", category=None)
    again = import_posts(planner, read(fixture("events-without-uid.ics")), platform="instagram", category=None)

    assert (first.created, again.created, again.unchanged) == (3, 0, 3)
    assert sorted(p.title for p in planner.list_posts()) == ["Club meetup", "Repair café", "Summer fair"]


def test_an_event_without_uid_whose_text_changed_updates_its_post(planner: Planner) -> None:
    before = calendar(event("", "Club meetup", "DTSTART:20260610T163000Z", "", "DESCRIPTION:Bring a friend"))
    after = calendar(event("", "Club meetup", "DTSTART:20260610T163000Z", "", "DESCRIPTION:Bring two friends"))
    import_posts(planner, read(before), platform="instagram", category=None)

    report = import_posts(planner, read(after), platform="instagram", category=None)

    assert (report.created, report.updated) == (0, 1)
    assert [p.body for p in planner.list_posts()] == ["Bring two friends"]


def test_the_same_event_without_uid_on_two_platforms_gives_two_posts(planner: Planner) -> None:
    data = fixture("events-without-uid.ics")
    import_posts(planner, read(data), platform="instagram", category=None)
    report = import_posts(planner, read(data), platform="linkedin", category=None)

    assert report.created == 3 and len(planner.list_posts()) == 6


@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(
    summaries=st.lists(
        st.text(st.characters(blacklist_categories=("Cs", "Cc")), min_size=1, max_size=30).filter(str.strip),
        min_size=2,
        max_size=5,
        unique_by=lambda s: s.strip(),
    ),
    hour=st.integers(0, 23),
)
def test_the_uid_made_for_an_event_is_the_same_at_every_read_and_differs_by_title(
    summaries: list[str], hour: int
) -> None:
    escaped = [s.replace("\\", "\\\\").replace(";", "\\;").replace(",", "\\,") for s in summaries]
    events = [event("", s, f"DTSTART:20260615T{hour:02}0000Z", "") for s in escaped]
    first, second = read(calendar(*events)), read(calendar(*events))

    uids = [e.uid for e in first.events]
    assert uids == [e.uid for e in second.events]
    assert len(set(uids)) == len(summaries)


# -- 6. what follows the calendar, broken components Dialogos does not use --------------


def test_a_trailing_line_after_the_calendar_is_ignored_and_the_note_says_what_it_is() -> None:
    # A feed a web script serves, followed by its page template's own output.
    parsed = read(fixture("feed-with-trailing-line.ics"))

    assert [e.summary for e in parsed.events] == ["Jazz night"]
    assert messages(parsed) == [
        "Line 13: what follows END:VCALENDAR (“<!-- page generated in 0.031 s -->”, lines: 2) was ignored: "
        "it is not part of the calendar."
    ]


@settings(max_examples=40, deadline=None)
@given(st.lists(st.text(st.characters(blacklist_categories=("Cs",), blacklist_characters="\x00"), max_size=40)))
def test_whatever_follows_the_calendar_never_refuses_it(tail: list[str]) -> None:
    # A first line starting with a space or a tab is no line of its own: it continues END:VCALENDAR (a fold).
    assume(not tail or tail[0][:1] not in (" ", "\t"))
    data = calendar(event()) + "\r\n".join(tail).encode()

    parsed = read(data)

    assert [e.uid for e in parsed.events] == ["launch-1@example.org"]


def test_a_file_that_starts_with_something_else_is_still_not_a_calendar() -> None:
    with pytest.raises(CalendarFileError) as refused:
        read(b"<html>\r\n" + calendar(event()))
    assert "line 1: this is not an iCalendar file" in refused.value.message


def test_broken_components_dialogos_does_not_use_are_left_out_with_a_note_each() -> None:
    """A whole store exported at once, as Evolution exports a calendar with its tasks (VTODO) and memos
    (VJOURNAL) in one file; each component broken by hand, since no app we know writes these breaks: an
    alarm never closed, a to-do's note folded without its space, a journal entry's parameter without a
    value, a busy time's quote never closed."""
    parsed = read(fixture("unused-components-broken.ics"))

    assert [(e.summary, e.start.isoformat()) for e in parsed.events] == [
        ("Team lunch", "2026-06-15T12:30:00+02:00"),
        ("Retro", "2026-06-16T10:00:00+02:00"),
    ]
    assert messages(parsed) == [
        "Line 10: a VALARM never closed by END:VALARM was left out; Dialogos does not use VALARM.",
        "Line 14: a VTODO was left out, since its line 19 (“the lunch on Monday”) cannot be read; "
        "Dialogos does not use VTODO.",
        "Line 21: a VJOURNAL was left out, since its line 24 (“SUMMARY;LANGUAGE:Notes”) cannot be read; "
        "Dialogos does not use VJOURNAL.",
        'Line 26: a VFREEBUSY was left out, since its line 29 (“FREEBUSY;FBTYPE=BUSY;X-NOTE="half:202606”) '
        "cannot be read; Dialogos does not use VFREEBUSY.",
    ]


def test_a_sound_component_dialogos_does_not_use_gives_no_note() -> None:
    # Google writes four VALARMs in an event with reminders.
    parsed = read(fixture("google-calendar.ics"))
    assert parsed.notes == ()


def test_a_broken_line_of_an_alarm_leaves_out_the_alarm_not_the_event() -> None:
    """A parameter without its value (``RELATED`` for ``RELATED=END``), written by hand: the slip of a
    home-made generator, not of an app we know."""
    alarm = "BEGIN:VALARM\nACTION:DISPLAY\nTRIGGER;RELATED:-PT5M\nEND:VALARM"
    parsed = read(calendar(event("a@x", "A", "DTSTART:20260615T090000Z", "", alarm), prodid=HAND_MADE))

    assert [e.uid for e in parsed.events] == ["a@x"]
    assert messages(parsed) == [
        "Line 9: a VALARM was left out, since its line 11 (“TRIGGER;RELATED:-PT5M”) cannot be read; "
        "Dialogos does not use VALARM."
    ]


def test_a_value_the_library_cannot_read_in_a_to_do_leaves_out_the_to_do_not_the_file() -> None:
    """Hand-made: no app we know writes a to-do's priority as a word or an empty alarm TRIGGER; it is the slip
    of a home-made generator or of a hand edit (RFC 5545 wants 0–9), which the library refuses a whole file for."""
    todo = "BEGIN:VTODO\nUID:t@x\nSUMMARY:Order the cake\nPRIORITY:high\nEND:VTODO"
    alarm = "BEGIN:VALARM\nACTION:DISPLAY\nTRIGGER:\nEND:VALARM"
    parsed = read(calendar(event("a@x", "A", "DTSTART:20260615T090000Z", "", alarm), todo, prodid=HAND_MADE))

    assert [e.uid for e in parsed.events] == ["a@x"]
    assert messages(parsed) == [
        "Line 9: a VALARM was left out, since its line 11 (“TRIGGER:”) cannot be read; Dialogos does not use VALARM.",
        "Line 14: a VTODO was left out, since its line 17 (“PRIORITY:high”) cannot be read; "
        "Dialogos does not use VTODO.",
    ]


def test_a_broken_property_of_the_calendar_itself_is_left_out_with_a_note() -> None:
    """Hand-made: no app we know writes a calendar's LAST-MODIFIED as a word or a parameter without a value;
    it is the slip of a home-made generator, which the library refuses a whole file for."""
    head = "X-WR-CALNAME:Salons\nLAST-MODIFIED:yesterday\nNAME;X:Salons"
    parsed = read(calendar(event(), head=head, prodid=HAND_MADE))

    assert parsed.name == "Salons" and len(parsed.events) == 1
    assert messages(parsed) == [
        "Line 5: “LAST-MODIFIED:yesterday” cannot be read and was left out.",
        "Line 6: “NAME;X:Salons” cannot be read and was left out.",
    ]


_BROKEN_PARIS = (
    "BEGIN:VTIMEZONE\nTZID:Europe/Paris\nBEGIN:STANDARD\nDTSTART:19701025T030000\nTZOFFSETFROM:+02h\n"
    "TZOFFSETTO:+0100\nEND:STANDARD\nEND:VTIMEZONE"
)


def test_a_broken_time_zone_definition_is_left_out_and_its_usual_name_still_places_the_events() -> None:
    """A VTIMEZONE as Thunderbird and Evolution write it (an IANA TZID, a STANDARD observance), its offset
    mistyped by hand as ``+02h``: no app we know writes that."""
    parsed = read(calendar(event(), head=_BROKEN_PARIS, prodid=HAND_MADE))

    assert [e.start.isoformat() for e in parsed.events] == ["2026-06-15T09:00:00+02:00"]
    assert messages(parsed) == [
        "Line 4: a time zone definition (VTIMEZONE) was left out, since its line 8 (“TZOFFSETFROM:+02h”) "
        "cannot be read; its TZID is read as a zone’s name."
    ]


def test_a_broken_time_zone_definition_of_an_unusual_name_refuses_the_event_that_needs_it() -> None:
    """The same broken VTIMEZONE under a name of its own, written by hand: Outlook and Exchange name zones
    their Windows way ("Romance Standard Time"), which Dialogos knows; a name it cannot look up needs the
    definition, so without it the event that uses it is refused."""
    head = _BROKEN_PARIS.replace("Europe/Paris", "Head office")
    with pytest.raises(CalendarFileError) as refused:
        read(calendar(event(start="DTSTART;TZID=Head office:20260615T090000", end=""), head=head, prodid=HAND_MADE))
    assert "line 16: unknown time zone “Head office”" in refused.value.message


_LINES = st.text(st.characters(blacklist_categories=("Cs",), blacklist_characters="\x00\r\n"), max_size=30)


@settings(max_examples=60, deadline=None)
@given(
    st.lists(_LINES | st.sampled_from(["TRIGGER:", "PRIORITY:high", 'A;B="c:d', "DUE;:x", "\xa0", "\x0b"]), max_size=5),
    st.sampled_from(["VTODO", "VJOURNAL", "VFREEBUSY", "VALARM"]),
)
def test_whatever_a_component_dialogos_does_not_use_holds_the_events_import(lines: list[str], component: str) -> None:
    # A line beginning with a blank continues the one before; BEGIN and END make the file's structure.
    assume(all(line[:1] not in (" ", "\t") and not line.strip().upper().startswith(("END", "BEGIN")) for line in lines))
    inside = "\n".join([f"BEGIN:{component}", *lines, f"END:{component}"])
    if component == "VALARM":
        data = calendar(event("a@x", "A", "DTSTART:20260615T090000Z", "", inside))
    else:
        data = calendar(event("a@x", "A", "DTSTART:20260615T090000Z", ""), inside)

    assert [e.uid for e in read(data).events] == ["a@x"]


GOLANG_ICAL = "-//arran4//Golang ICS Library"


def test_a_description_folded_without_its_space_is_read_whole_with_a_note() -> None:
    """golang-ical (arran4/golang-ical) cut long lines at 75 characters without the continuation's leading
    space until its pull request #39 (August 2021); shorter lines here, folded the same way by hand."""
    proper = event("a@x", "A", "DTSTART:20260615T090000Z", "", "DESCRIPTION:Bring your o", " wn cup")
    parsed = read(calendar(proper, prodid=GOLANG_ICAL))
    assert parsed.events[0].description == "Bring your own cup"
    assert parsed.notes == ()  # a proper fold: nothing to say

    bad = event("a@x", "A", "DTSTART:20260615T090000Z", "", "DESCRIPTION:Bring your own", "cup")
    parsed = read(calendar(bad, prodid=GOLANG_ICAL))
    assert parsed.events[0].description == "Bring your owncup"
    assert messages(parsed) == [
        "Line 10: “cup” is not an iCalendar line; it was read as the rest of DESCRIPTION on line 9 "
        "(a fold without its leading space)."
    ]


def test_the_calendars_own_description_folded_without_its_space_is_read_whole_with_a_note() -> None:
    """Hand-made: a home-made generator that wraps long lines but forgets the fold's leading space, or a
    description edited by hand in a text editor that wrapped it; no app we know writes it."""
    head = "X-WR-CALNAME:Salons\nX-WR-CALDESC:Trade fairs we go to, with the stand number and the\nhall"
    parsed = read(calendar(event(), head=head, prodid=HAND_MADE))

    assert parsed.name == "Salons" and len(parsed.events) == 1
    assert messages(parsed) == [
        "Line 6: “hall” is not an iCalendar line; it was read as the rest of X-WR-CALDESC on line 5 "
        "(a fold without its leading space)."
    ]


def test_a_line_that_is_no_line_after_a_date_is_still_refused_with_its_text() -> None:
    """Hand-made: a stray "Z" on a line of its own, as a hand edit leaves when it breaks a UTC time in two;
    no app we know writes it. It cannot be read as a fold of the date before it, so the file is refused."""
    with pytest.raises(CalendarFileError) as refused:
        end = "DTEND:20260615T100000Z"
        read(calendar(event("a@x", "A", "DTSTART:20260615T090000Z", end, "Z"), prodid=HAND_MADE))
    assert "line 10: “Z” is not an iCalendar line (NAME:value)" in refused.value.message


def test_a_broken_line_of_a_property_the_import_does_not_use_is_left_out_with_a_note() -> None:
    """A quoted parameter never closed, in a property of its own (``X-SPONSOR``), written by hand: the slip
    of a home-made generator, not of an app we know."""
    sponsor = 'X-SPONSOR;ALTREP="cid:x:Acme'
    parsed = read(calendar(event("a@x", "A", "DTSTART:20260615T090000Z", "", sponsor), prodid=HAND_MADE))

    assert [e.uid for e in parsed.events] == ["a@x"]
    assert messages(parsed) == [
        'Line 9: “X-SPONSOR;ALTREP="cid:x:Acme” cannot be read and was left out; Dialogos does not use X-SPONSOR.'
    ]


# -- 8. a value that cannot be read, quoted as written ----------------------------------


def test_an_unreadable_rdate_is_quoted_as_written_with_its_own_line() -> None:
    """A date with a UTC "Z", which no iCalendar date allows, in the second of two RDATE lines. The value
    is one of the test dates of goics (a Go iCalendar parser), which sets it aside as unreadable; which app
    first wrote it we do not know, so the file is written by hand around it (its PRODID says so)."""
    with pytest.raises(CalendarFileError) as refused:
        read(fixture("rdate-date-with-z.ics"), source="course.ics")

    assert refused.value.message == (
        "Cannot import “course.ics”, line 10: the value of RDATE, “20131210Z”, cannot be read. Nothing was imported."
    )


@pytest.mark.parametrize(
    ("line", "number", "quoted"),
    [
        ("EXDATE:2026-06-22", 9, "the value of EXDATE, “2026-06-22”"),
        ("DURATION:-PT1H", 9, "the value of DURATION, “-PT1H”"),
        ("DTEND;TZID=Europe/Paris;VALUE:20260615T100000", 9, "the line “DTEND;TZID=Europe/Paris;VALUE:202606"),
        ("RECURRENCE-ID:soon", 9, "the value of RECURRENCE-ID, “soon”"),
    ],
)
def test_every_unreadable_value_is_quoted_as_written(line: str, number: int, quoted: str) -> None:
    """Values a home-made generator writes (a date with dashes, a negative duration, a parameter without its
    value, a word for a date), written by hand: no app we know writes them."""
    with pytest.raises(CalendarFileError) as refused:
        read(calendar(event("a@x", "A", "DTSTART:20260615T090000Z", "", line), prodid=HAND_MADE))
    assert f"line {number}: {quoted}" in refused.value.message
    assert "“?”" not in refused.value.message


def test_the_notes_come_with_the_import_report_in_the_files_order(planner: Planner) -> None:
    data = (
        calendar(
            event("", "A", "DTSTART:20260615T090000Z", "", "RRULE:"),
            event("b@x", "B", "DTSTART:20260616T090000Z", ""),
        )
        + b"%%EOF\r\n"
    )

    report = import_posts(
        planner, read(data), platform="instagram", category=None, start=june(planner)[0], end=june(planner)[1]
    )

    assert [(n.line, n.key) for n in report.notes] == [
        (4, "ics_import.note_no_uid"),
        (8, "ics_import.note_empty"),
        (17, "ics_import.note_trailing"),
    ]


# -- a calendar saved in Windows' code page ------------------------------------------------


def windows_calendar() -> bytes:
    """What Outlook 2003 (Outlook 11.0: File ▸ Save as ▸ iCalendar) writes on a Western Windows machine, as
    users importing its files into Google Calendar report: the calendar in Windows-1252, so “Fête” and the
    en dash are single bytes that are not UTF-8. Written by hand to that shape, with Outlook 2003's PRODID."""
    outlook = "-//Microsoft Corporation//Outlook 11.0 MIMEDIR//EN"
    text = calendar(event("fete@x", "Fête de la musique – concert", "DTSTART:20260621T180000Z", ""), prodid=outlook)
    return text.decode("utf-8").encode("cp1252")


def test_a_calendar_saved_in_windows_1252_is_read_so_with_a_note() -> None:
    data = windows_calendar()
    with pytest.raises(UnicodeDecodeError):
        data.decode("utf-8")  # really Windows-1252 bytes

    parsed = read(data)

    assert [e.summary for e in parsed.events] == ["Fête de la musique – concert"]
    assert messages(parsed) == [
        "Line 7: the text is not UTF-8, as iCalendar files should be; it was read as Windows-1252, what older "
        "Windows apps save: check its accented letters."
    ]
    set_language("fr")
    assert messages(read(data))[0].startswith("Ligne 7 : le texte n’est pas en UTF-8")


def test_a_calendar_half_utf8_half_windows_1252_reads_each_line_as_it_is_and_names_the_old_ones() -> None:
    """Hand-made after what users do when they paste an Outlook 2003 event (Windows-1252) into a calendar
    Google Calendar exported (UTF-8) in a text editor that keeps each part's bytes: Google's PRODID."""
    google = "-//Google Inc//Google Calendar 70.9054//EN"
    new = event("ete@x", "Fête de l’été", "DTSTART:20260621T180000Z", "")
    old = event("cafe@x", "Café – accueil", "DTSTART:20260622T080000Z", "", "LOCATION:Hall d’entrée")
    data = calendar(new, "@@OLD@@", prodid=google).replace(b"@@OLD@@", old.replace("\n", "\r\n").encode("cp1252"))

    parsed = read(data)

    assert [e.summary for e in parsed.events] == ["Fête de l’été", "Café – accueil"]
    assert messages(parsed) == [
        "Lines 13, 15: the text is not UTF-8, as iCalendar files should be; these lines were read as "
        "Windows-1252, what older Windows apps save: check their accented letters."
    ]
    set_language("fr")
    assert messages(read(data))[0].startswith("Lignes 13, 15 : le texte n’est pas en UTF-8")


def test_a_calendar_with_many_windows_1252_lines_names_the_first_and_counts_the_others() -> None:
    """Outlook 2003 (its PRODID) saving a week of accented events in Windows-1252: hand-made to that shape."""
    outlook = "-//Microsoft Corporation//Outlook 11.0 MIMEDIR//EN"
    events = [event(f"e{day}@x", f"Réunion {day}", f"DTSTART:202606{day:02d}T080000Z", "") for day in range(1, 8)]
    data = calendar(*events, prodid=outlook).decode("utf-8").encode("cp1252")

    assert messages(read(data)) == [
        "Lines 7, 13, 19, 25, 31 and 2 more: the text is not UTF-8, as iCalendar files should be; these lines "
        "were read as Windows-1252, what older Windows apps save: check their accented letters."
    ]


@settings(max_examples=40, suppress_health_check=[HealthCheck.too_slow])
@given(
    st.lists(
        st.tuples(st.text(alphabet="abc éèàçêô", min_size=1, max_size=12).map(str.strip).filter(bool), st.booleans()),
        min_size=1,
        max_size=6,
    )
)
def test_each_line_reads_back_whichever_of_the_two_it_was_saved_in(titles: list[tuple[str, bool]]) -> None:
    """Hand-made after a calendar pasted together from Outlook 2003's Windows-1252 events and UTF-8 ones (an
    Outlook 2003 PRODID): every title reads back as written, and the note names exactly the old lines."""
    outlook = "-//Microsoft Corporation//Outlook 11.0 MIMEDIR//EN"
    data = calendar(prodid=outlook)[: -len(b"END:VCALENDAR\r\n")]
    old_lines = []
    for number, (title, old) in enumerate(titles):
        text = event(f"e{number}@x", title, "DTSTART:20260621T180000Z", "").replace("\n", "\r\n") + "\r\n"
        if old and not title.isascii():
            old_lines.append(4 + 6 * number + 3)  # the SUMMARY line: BEGIN, DTSTAMP, UID, then SUMMARY
        data += text.encode("cp1252" if old else "utf-8")
    data += b"END:VCALENDAR\r\n"

    parsed = read(data)

    assert [e.summary for e in parsed.events] == [title for title, _ in titles]
    notes = [n for n in parsed.notes if n.key.startswith("ics_import.note_windows_1252")]
    named = [] if not notes else [int(n) for n in notes[0].params.get("lines", str(notes[0].line)).split(", ")]
    assert named == old_lines[:5]


@pytest.mark.parametrize("encoding", ["utf-16", "utf-16-be"])
def test_a_calendar_saved_as_utf16_with_its_mark_is_read(encoding: str) -> None:
    """Windows Notepad's "Unicode" (UTF-16 LE with a byte order mark) and "Unicode big endian" saves, as
    users re-save an Outlook export before importing it: hand-made after Notepad, Outlook 2016's PRODID."""
    outlook = "-//Microsoft Corporation//Outlook 16.0 MIMEDIR//EN"
    text = calendar(event("fete@x", "Fête de la musique", "DTSTART:20260621T180000Z", ""), prodid=outlook)
    data = text.decode("utf-8").encode(encoding)
    if encoding == "utf-16-be":
        data = b"\xfe\xff" + data

    parsed = read(data)

    assert [e.summary for e in parsed.events] == ["Fête de la musique"]
    assert messages(parsed) == []


def test_a_calendar_that_says_utf16_but_is_cut_in_a_character_is_refused_saying_to_save_it_as_utf8() -> None:
    # A UTF-16 file cut short in its last character (a download stopped halfway): hand-made.
    data = calendar(event()).decode("utf-8").encode("utf-16")[:-1]

    with pytest.raises(CalendarFileError) as refused:
        read(data)
    assert "the file says it is UTF-16 but its text is not: save the calendar again as UTF-8" in refused.value.message


def test_a_file_that_is_not_utf8_and_not_a_calendar_is_still_refused() -> None:
    with pytest.raises(CalendarFileError) as refused:
        read("Courses du samedi\r\nCafé, pain\r\n".encode("cp1252"))
    assert "line 2: the text is not UTF-8, as iCalendar files are: this is probably not an iCalendar file" in (
        refused.value.message
    )


def test_a_calendar_neither_utf8_nor_windows_1252_is_refused_saying_so() -> None:
    """Hand-made after a file in a DOS code page (850, where 0x81 is “ü”): 0x81 means nothing in
    Windows-1252 and starts no UTF-8 character. No calendar app we know saves in that code page."""
    with pytest.raises(CalendarFileError) as refused:
        read(calendar(event(), prodid=HAND_MADE).replace(b"Spring launch", b"Spring \x81 launch"))
    assert "line 7: the text is neither UTF-8, as iCalendar files should be, nor Windows-1252" in refused.value.message
