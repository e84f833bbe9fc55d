"""Calendar files import in bounded work and memory, or are refused with one line (issue 16,
points 9 and 10). No timing here: what is checked is how much is read and expanded."""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta
from zoneinfo import ZoneInfo

import pytest
from dateutil.rrule import rrulestr
from hypothesis import assume, given
from hypothesis import strategies as st

from planner import Planner
from planner import context as context_module
from planner.context import SHOWN_AT_MOST, SHOWN_PER_EVENT, ContextEventData
from planner.errors import ValidationError
from planner.exchange.ics import reader as reader_module
from planner.exchange.ics.importer import CalendarFileError, import_context, import_posts, read_calendar
from planner.i18n import set_language
from planner.recurrence import Budget, Recurrence, last_end, occurrences, settle_rule
from planner.timezones import day_range
from tests.helpers.ics_samples import calendar, event

PARIS = ZoneInfo("Europe/Paris")


def read(data: bytes, source: str = "cal.ics"):  # type: ignore[no-untyped-def]
    return read_calendar(data, source=source, floating_zone="Europe/Paris")


def secondly(number: int, rule: str = "FREQ=SECONDLY;COUNT=100000") -> str:
    return event(f"s{number}@example.org", f"Tick {number}", "DTSTART:20260615T090000Z", "", f"RRULE:{rule}")


# -- point 9: a series is never read in full --------------------------------------------


def test_a_file_of_series_repeating_every_second_imports_and_shows_only_the_range_asked(planner: Planner) -> None:
    # The file: 200 events repeating every second, 100 000 times each (a fuzzer's file, 26 KB).
    report = import_context(planner, read(calendar(*(secondly(n) for n in range(200)))))
    assert report.created == 200
    # Half a minute, an hour after the start: exactly those seconds of each event, none read before.
    start = datetime(2026, 6, 15, 10, 0, tzinfo=UTC)
    found = planner.context_events(start, start + timedelta(seconds=30))
    assert len(found) == 200 * 30
    assert {e.start for e in found} == {start + timedelta(seconds=s) for s in range(30)}
    # After the last occurrence (100 000 seconds later), nothing.
    over = datetime(2026, 6, 15, 9, 0, tzinfo=UTC) + timedelta(seconds=100_000)
    assert planner.context_events(over, over + timedelta(hours=1)) == []


def test_a_week_of_series_repeating_every_second_shows_a_bounded_number_of_occurrences(planner: Planner) -> None:
    import_context(planner, read(calendar(*(secondly(n) for n in range(20)))))
    week = planner.context_events(*day_range(date(2026, 6, 15), date(2026, 6, 21), planner.planning_zone))
    per_event: dict[str, int] = {}
    for found in week:
        per_event[found.uid] = per_event.get(found.uid, 0) + 1
    assert len(week) <= SHOWN_AT_MOST
    assert max(per_event.values()) <= SHOWN_PER_EVENT
    # The first ones of each event, in time order: what a view can draw.
    assert week[0].start == datetime(2026, 6, 15, 9, 0, tzinfo=UTC)


@given(
    freq=st.sampled_from(["SECONDLY", "MINUTELY", "HOURLY", "DAILY", "WEEKLY"]),
    interval=st.integers(min_value=1, max_value=40),
    count=st.integers(min_value=1, max_value=3_000),
    first=st.datetimes(min_value=datetime(2020, 1, 1), max_value=datetime(2030, 12, 31)),
)
def test_a_count_is_settled_without_reading_the_series_when_it_steps_evenly(
    freq: str, interval: int, count: int, first: datetime
) -> None:
    rule = f"FREQ={freq};INTERVAL={interval};COUNT={count}"
    start = first.replace(microsecond=0, tzinfo=PARIS)
    budget = Budget(0)  # nothing may be read one by one
    try:
        settled = settle_rule(rule, start, budget)
    except ValidationError:
        assume(False)  # past the last year Dialogos handles: refused, tested apart
    # Same last occurrence as dateutil reading all of them.
    every = list(rrulestr(rule, dtstart=start.replace(tzinfo=None)))
    assert settled.endswith("UNTIL=" + every[-1].strftime("%Y%m%dT%H%M%S"))
    assert budget.left == 0


def test_counts_that_must_be_read_share_one_budget_per_file_and_are_refused_past_it() -> None:
    # BYSECOND makes each COUNT be read occurrence by occurrence; 200 of them would read 20 million.
    data = calendar(*(secondly(n, "FREQ=SECONDLY;BYSECOND=0,30;COUNT=2000") for n in range(200)))
    with pytest.raises(CalendarFileError) as refused:
        read(data, "fuzz.ics")
    message = refused.value.message
    assert message.startswith("Cannot import “fuzz.ics”, line ") and "100000" in message and "\n" not in message
    set_language("fr")
    assert "occurrences" in refused.value.message and "Rien n’a été importé" in refused.value.message


def test_a_budget_counts_the_occurrences_read_and_stops_at_its_limit() -> None:
    budget = Budget(50)
    start = datetime(2026, 6, 15, 9, 0, tzinfo=PARIS)
    settle_rule("FREQ=DAILY;BYHOUR=9,18;COUNT=30", start, budget)
    assert budget.left == 20
    with pytest.raises(ValidationError):
        settle_rule("FREQ=DAILY;BYHOUR=9,18;COUNT=30", start, budget)


def test_a_series_as_posts_is_refused_after_reading_one_more_than_allowed(planner: Planner) -> None:
    start, end = day_range(date(2026, 6, 15), date(2026, 6, 16), planner.planning_zone)
    with pytest.raises(ValidationError) as refused:
        import_posts(planner, read(calendar(secondly(1))), platform="X", category=None, start=start, end=end)
    assert refused.value.key == "error.ics_repeat_too_many"
    assert planner.list_posts() == []


@given(
    freq=st.sampled_from(["MONTHLY", "WEEKLY", "DAILY", "HOURLY"]),
    by=st.sampled_from(["", ";BYDAY=MO,FR", ";BYMONTHDAY=1,31", ";BYHOUR=8,20"]),
    ends=st.sampled_from([";COUNT=7", ";COUNT=40", ";UNTIL=20261231T120000Z", ";UNTIL=20270301"]),
    length=st.integers(min_value=0, max_value=3 * 24 * 60),
    day=st.integers(min_value=0, max_value=400),
)
def test_no_occurrence_ends_after_the_end_stored_for_the_series(
    freq: str, by: str, ends: str, length: int, day: int
) -> None:
    # The stored end only lets a read skip series over before the range: it may be late, never early.
    first = datetime(2026, 1, 1, 9, 30, tzinfo=PARIS) + timedelta(days=day)
    try:
        rule = settle_rule(f"FREQ={freq}{by}{ends}", first)
    except (ValidationError, ValueError):
        assume(False)
    recurrence = Recurrence(rule=rule)
    duration = timedelta(minutes=length)
    bound = last_end(first, duration, recurrence)
    assert bound is not None and isinstance(bound, datetime)
    found = occurrences(first, duration, recurrence, first - timedelta(days=1), datetime(2031, 1, 1, tzinfo=UTC))
    assert found and max(found) + duration <= bound  # type: ignore[operator]


# -- point 10: size and memory ---------------------------------------------------------


def test_a_file_of_too_many_events_is_refused_in_one_line_before_it_is_parsed(
    planner: Planner, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(reader_module, "MAX_EVENTS", 5)
    data = calendar(*(event(f"e{n}@example.org", f"Event {n}") for n in range(6)))
    with pytest.raises(CalendarFileError) as refused:
        read(data, "huge.ics")
    assert refused.value.message == (
        "Cannot import “huge.ics”: it holds 6 events; Dialogos imports 5 at most from one file: "
        "export a shorter period. Nothing was imported."
    )
    assert planner.context_calendars() == []
    # At the limit, the file imports.
    assert len(read(calendar(*(event(f"e{n}@example.org", f"Event {n}") for n in range(5)))).events) == 5


def test_the_events_limit_is_counted_in_the_files_lines_not_its_words() -> None:
    # A description that talks about "BEGIN:VEVENT" (escaped text, not a line of its own) is no event.
    talk = event("t@example.org", "Talk", "DTSTART:20260615T090000Z", "", "DESCRIPTION:how to write BEGIN:VEVENT")
    assert reader_module._EVENT_BEGIN.findall(calendar(talk)) == [b"BEGIN:VEVENT\r"]


def test_a_file_of_too_much_text_is_refused_but_attachments_are_not_counted(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(reader_module, "MAX_PARSED_BYTES", 20_000)
    # Outlook and Exchange exports carry attachments inline (base64, folded), an HTML copy of the
    # description and the attendees: most of a big real file, none of it read by Dialogos.
    attachment = "ATTACH;ENCODING=BASE64;VALUE=BINARY;X-FILENAME=deck.pdf:" + "\n ".join(["QUJD" * 18] * 400)
    html = "X-ALT-DESC;FMTTYPE=text/html:<html><body>" + "x" * 5_000 + "</body></html>"
    meeting = event(
        "m@example.org", "Launch meeting", "DTSTART:20260615T090000Z", "DTEND:20260615T100000Z", attachment, html
    )
    parsed = read(calendar(meeting), "outlook.ics")
    assert [(e.summary, e.start) for e in parsed.events] == [
        ("Launch meeting", datetime(2026, 6, 15, 9, 0, tzinfo=UTC))
    ]
    wordy = event("w@example.org", "Wordy", "DTSTART:20260615T090000Z", "", "DESCRIPTION:" + "word " * 5_000)
    with pytest.raises(CalendarFileError) as refused:
        read(calendar(wordy), "wordy.ics")
    assert "wordy.ics" in refused.value.message and "MB" in refused.value.message


def test_events_are_stored_as_they_come_not_gathered_first(planner: Planner, monkeypatch: pytest.MonkeyPatch) -> None:
    # A generator is read once, 500 events at a time: rows are never all in memory at once.
    gathered: list[int] = []
    real = context_module._insert_rows
    monkeypatch.setattr(context_module, "_insert_rows", lambda rows: (gathered.append(len(rows)), real(rows))[1])
    made = 0

    def events():  # type: ignore[no-untyped-def]
        nonlocal made
        for number in range(1_200):
            made += 1
            start = datetime(2026, 6, 15, 9, 0, tzinfo=UTC) + timedelta(minutes=number)
            yield ContextEventData(uid=f"{number}", summary="E", start=start, end=start + timedelta(minutes=5))

    saved = planner.save_context_calendar("Stream", events(), source="stream.ics")
    assert saved.calendar.event_count == 1_200 and made == 1_200
    assert gathered == [500, 500, 200]
    assert len(planner.context_events(*day_range(date(2026, 6, 15), date(2026, 6, 16), "UTC"))) == 1_200
