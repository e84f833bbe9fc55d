"""Importing a calendar file stays fast and small whatever the file holds (issue 16, points 9 and 10).

The files are generated first; each is then imported by a process of its
own, so that its peak memory (the process's maximum resident size,
``resource.getrusage``) is the import's own: the file is read
(:func:`read_limited`), parsed and stored as a context calendar into a fresh
plan, and a week of it is shown (``context_events``). Printed per case: the file's size, the seconds to
import or to refuse it, the seconds to show the week, and the peak memory
above what the process held before reading the file.

The posts cases import the file as posts on one platform instead (``import_posts``): one
transaction of as many posts as a file may hold, judged by the balance rules (a default plan's
80/20 rule, which thousands of posts without conversation break everywhere), then a week of
posts is listed. The last one imports a file as posts, then (timed) the same events each with
a description added: every post is updated, each as an edit would, in one write.

Targets (issue 16): under 10 s to import, or to refuse with one line, any
file under the size limit; under 300 MB for any file accepted.
"""

from __future__ import annotations

import json
import resource
import subprocess
import sys
import time
from collections.abc import Callable
from datetime import UTC, datetime, timedelta
from pathlib import Path

from benchmarks._common import open_plan as _open
from benchmarks._common import scratch
from planner.errors import PlannerError
from planner.exchange.files import MAX_IMPORT_BYTES, read_limited
from planner.exchange.ics.importer import import_context, import_posts, read_calendar
from planner.exchange.ics.reader import MAX_EVENTS, MAX_PARSED_BYTES
from planner.model import PostQuery

TIME_TARGET = 10.0
MEMORY_TARGET_MB = 300.0
_START = datetime(2026, 6, 15, 9, 0, tzinfo=UTC)


def _calendar(events: list[str]) -> bytes:
    return (
        "BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//bench//EN\r\n" + "".join(events) + "END:VCALENDAR\r\n"
    ).encode()


def _event(number: int, extra: str = "", summary: str = "E") -> str:
    start = (_START + timedelta(minutes=number % 10_000)).strftime("%Y%m%dT%H%M%SZ")
    return f"BEGIN:VEVENT\r\nUID:{number}\r\nDTSTART:{start}\r\nSUMMARY:{summary}\r\n{extra}END:VEVENT\r\n"


def secondly() -> bytes:
    """The issue's file: 200 events repeating every second, 100 000 times each (26 KB)."""
    return _calendar([_event(n, "RRULE:FREQ=SECONDLY;COUNT=100000\r\n") for n in range(200)])


def secondly_by_parts() -> bytes:
    """The same with a BYSECOND part: each COUNT must be read, not computed."""
    return _calendar([_event(n, "RRULE:FREQ=SECONDLY;BYSECOND=0,30;COUNT=100000\r\n") for n in range(200)])


def tiny_events_20mb() -> bytes:
    """The issue's 20 MB file of tiny events (over 300 000 of them)."""
    events: list[str] = []
    size = 60
    while size < MAX_IMPORT_BYTES - 100:
        events.append(_event(len(events)))
        size += len(events[-1])
    return _calendar(events)


def tiny_events_at_limit() -> bytes:
    """As many tiny events as a file may hold."""
    return _calendar([_event(n) for n in range(MAX_EVENTS)])


def _filled(total: int) -> bytes:
    """As many events as a file may hold, each with a long summary, ``total`` bytes in all."""
    room = (total - 200) // MAX_EVENTS - len(_event(MAX_EVENTS)) - 2
    return _calendar([_event(n, summary="x" * room) for n in range(MAX_EVENTS)])


def big_events_at_limit() -> bytes:
    """As many events as a file may hold, as much text as is parsed."""
    return _filled(MAX_PARSED_BYTES)


def big_events_20mb() -> bytes:
    """As many events as a file may hold, with summaries long enough to fill the size limit."""
    return _filled(MAX_IMPORT_BYTES)


def outlook_attachments_20mb() -> bytes:
    """An Outlook export of 2 000 meetings, each with an HTML description and a base64 attachment, 20 MB."""
    room = (MAX_IMPORT_BYTES - 200) // 2_000 - 700
    folded = "\r\n ".join("QUJD" * 18 for _ in range(room // 74))
    extra = (
        "X-ALT-DESC;FMTTYPE=text/html:<html><body><p>Agenda</p></body></html>\r\n"
        f"ATTACH;ENCODING=BASE64;VALUE=BINARY;X-FILENAME=slides.pdf:{folded}\r\n"
        "ATTENDEE;CN=Ana;RSVP=TRUE:mailto:ana@example.com\r\n"
    )
    return _calendar([_event(n, extra, summary="Weekly meeting") for n in range(2_000)])


def _spread(number: int, extra: str = "") -> str:
    """An event of another app's calendar, one every 13 minutes from a week after "now"."""
    start = (_START + timedelta(days=7, minutes=13 * number)).strftime("%Y%m%dT%H%M%SZ")
    return (
        f"BEGIN:VEVENT\r\nUID:event-{number}@bench\r\nDTSTART:{start}\r\nDURATION:PT10M\r\n"
        f"SUMMARY:Event {number}\r\n{extra}END:VEVENT\r\n"
    )


def spread_events_at_limit() -> bytes:
    """As many events as a file may hold, spread over three months ahead."""
    return _calendar([_spread(n) for n in range(MAX_EVENTS)])


def spread_events_with_attachments_20mb() -> bytes:
    """The same, each event with a base64 attachment, the file just under the size limit."""
    room = (MAX_IMPORT_BYTES - 200) // MAX_EVENTS - len(_spread(MAX_EVENTS)) - 60
    folded = "\r\n ".join("QUJD" * 18 for _ in range(room // 75))
    extra = f"ATTACH;ENCODING=BASE64;VALUE=BINARY;X-FILENAME=slides.pdf:{folded}\r\n"
    return _calendar([_spread(n, extra) for n in range(MAX_EVENTS)])


def spread_events_described_at_limit() -> bytes:
    """The same events, each with a description: imported again, every post changes."""
    return _calendar([_spread(n, f"DESCRIPTION:Details of event {n}\r\n") for n in range(MAX_EVENTS)])


POSTS_PLATFORM = "Instagram"

CASES: dict[str, Callable[[], bytes]] = {
    "200 events FREQ=SECONDLY;COUNT=100000": secondly,
    "200 events FREQ=SECONDLY;BYSECOND=0,30;COUNT=100000": secondly_by_parts,
    "20 MB of tiny events": tiny_events_20mb,
    f"{MAX_EVENTS:,} tiny events (the most a file may hold)": tiny_events_at_limit,
    f"{MAX_EVENTS:,} events of long summaries, {MAX_PARSED_BYTES // 2**20} MB (the most text parsed)": (
        big_events_at_limit
    ),
    f"{MAX_EVENTS:,} events of long summaries, 20 MB": big_events_20mb,
    "2 000 Outlook meetings with attachments, 20 MB": outlook_attachments_20mb,
}


POSTS_CASES: dict[str, Callable[[], bytes]] = {
    f"{MAX_EVENTS:,} events over three months, as posts": spread_events_at_limit,
    f"{MAX_EVENTS:,} events with attachments, 20 MB, as posts": spread_events_with_attachments_20mb,
}


# A first file imported as posts (not timed), then the file timed: the same events, changed.
AGAIN_CASES: dict[str, tuple[Callable[[], bytes], Callable[[], bytes]]] = {
    f"{MAX_EVENTS:,} events over three months imported again, each changed, as posts": (
        spread_events_at_limit,
        spread_events_described_at_limit,
    ),
}


def _peak_mb() -> float:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024  # kilobytes on Linux


def run_case(path: Path, as_posts: bool = False, first: Path | None = None) -> dict[str, object]:
    """Import one file into a fresh plan, in this process: what the parent prints. ``first``: a
    file imported as posts before (not timed), which ``path`` changes."""
    planner = _open(path.with_suffix(".sqlite"))
    try:
        if as_posts:
            planner.add_platform(POSTS_PLATFORM, "instagram")
        if first is not None:
            parsed = read_calendar(read_limited(first), source=first.name)
            import_posts(planner, parsed, platform=POSTS_PLATFORM, category=None)
        began = time.perf_counter()
        parsed = None
        try:
            parsed = read_calendar(read_limited(path), source=path.name)
            if as_posts:
                report = import_posts(planner, parsed, platform=POSTS_PLATFORM, category=None)
                counts = f"{report.created:,} posts created, {report.updated:,} updated"
                outcome = f"{counts}, {len(report.breaches)} warning(s)"
            else:
                report = import_context(planner, parsed, name="bench")
                outcome = f"{report.created:,} events stored"
        except PlannerError as error:
            outcome = f"refused: {error.message}"
        imported = time.perf_counter() - began
        del parsed
        began = time.perf_counter()
        if as_posts:  # the first week of the posts
            shown = len(
                planner.list_posts(PostQuery(start=_START + timedelta(days=7), end=_START + timedelta(days=14)))
            )
        else:
            shown = len(planner.context_events(_START - timedelta(days=1), _START + timedelta(days=6)))
        week_seconds = time.perf_counter() - began
    finally:
        planner.close()
    return {
        "outcome": outcome,
        "seconds": imported,
        "week_seconds": week_seconds,
        "shown": shown,
        "memory_mb": _peak_mb(),
    }


def _verdict(value: float, target: float) -> str:
    return "within target" if value < target else "OVER TARGET"


def main() -> None:
    print("== iCalendar import: time and peak memory per file (each imported by a process of its own)")
    cases: list[tuple[str, Callable[[], bytes], bool, Callable[[], bytes] | None]]
    cases = [(name, make, False, None) for name, make in CASES.items()]
    cases += [(name, make, True, None) for name, make in POSTS_CASES.items()]
    cases += [(name, make, True, first) for name, (first, make) in AGAIN_CASES.items()]
    with scratch("ics-import") as folder:
        for number, (name, make, as_posts, make_first) in enumerate(cases):
            path = folder / f"case-{number}.ics"
            path.write_bytes(make())
            command = [sys.executable, "-m", "benchmarks.bench_ics_import", str(path)]
            if as_posts:
                command.append("posts")
            if make_first is not None:
                first = folder / f"case-{number}-first.ics"
                first.write_bytes(make_first())
                command.append(str(first))
            done = subprocess.run(command, capture_output=True, text=True, check=True)
            result = json.loads(done.stdout.strip().splitlines()[-1])
            print(f"   {name} ({path.stat().st_size / 1024:,.0f} KB): {result['outcome']}")
            print(
                f"      import {result['seconds']:.2f} s (target < {TIME_TARGET:.0f} s: "
                f"{_verdict(result['seconds'], TIME_TARGET)}); a week shown {result['week_seconds']:.2f} s "
                f"({result['shown']:,} {'posts' if as_posts else 'occurrences'}); peak memory of the process "
                f"{result['memory_mb']:.0f} MB (target < {MEMORY_TARGET_MB:.0f} MB: "
                f"{_verdict(result['memory_mb'], MEMORY_TARGET_MB)})"
            )


if __name__ == "__main__":
    if len(sys.argv) > 1:
        first = Path(sys.argv[3]) if len(sys.argv) > 3 else None
        print(json.dumps(run_case(Path(sys.argv[1]), as_posts=sys.argv[2:3] == ["posts"], first=first)))
    else:
        main()
