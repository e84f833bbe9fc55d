"""The plan as iCalendar files (RFC 5545, RFC 7986) for the calendars people use.

A calendar holds the selected platforms' dated posts over a range, with the
chosen statuses: by default every dated status but ``cancelled`` (ideas have
no date and are never exported). One calendar for the whole selection, or
one per platform, written beside the file asked for. Files are replaced in
one step (:func:`planner.exchange.files.write_atomically`), so a calendar app
subscribed to one never reads half of it.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Sequence
from dataclasses import dataclass, replace
from datetime import datetime
from pathlib import Path
from typing import TYPE_CHECKING

from icalendar import Calendar

from planner.errors import ValidationError
from planner.exchange.files import check_destination, write_atomically
from planner.exchange.ics import calendar as ics_calendar
from planner.exchange.ics.followups import FollowupBuilder
from planner.i18n import tr
from planner.locations import expanded
from planner.model import Followup, Platform, Post, PostQuery, Status

if TYPE_CHECKING:
    from planner.service import Planner

DEFAULT_STATUSES: tuple[Status, ...] = tuple(s for s in Status if s.is_dated and s is not Status.CANCELLED)
"""What an export holds unless told otherwise: every dated status but ``cancelled``."""

MAX_REMINDER_MINUTES = 7 * 24 * 60
"""The earliest reminder: a week before the post."""


@dataclass(frozen=True, slots=True)
class ExportOptions:
    """What to export. Plain values: the app and the command line fill them alike.

    ``platforms`` empty means all; ``start``/``end`` are aware and select the
    posts starting in [start, end); ``statuses`` empty means the default ones.
    """

    platforms: tuple[str, ...] = ()
    start: datetime | None = None
    end: datetime | None = None
    statuses: tuple[Status, ...] = DEFAULT_STATUSES
    per_platform: bool = False
    reminder_minutes: int | None = None
    followups: bool = False
    """Also the posts' follow-ups (:mod:`planner.exchange.ics.followups`): a follow-up of an
    exported post goes in that post's calendar."""
    subscribed: bool = False
    """A file calendar apps subscribe to (the live file): it tells them to fetch it again hourly."""


@dataclass(frozen=True, slots=True)
class Rendered:
    """One calendar ready to write: its platform (None for a mixed one), bytes and post count."""

    platform: str | None
    data: bytes
    posts: int


@dataclass(frozen=True, slots=True)
class Written:
    """One file an export wrote and the number of posts in it."""

    path: Path
    posts: int


def calendar_bytes(planner: Planner, options: ExportOptions) -> bytes:
    """One calendar of every selected platform (``per_platform`` is ignored)."""
    return render(planner, replace(options, per_platform=False))[0].data


def platform_calendars(planner: Planner, options: ExportOptions) -> dict[str, bytes]:
    """A calendar per selected platform: platform name -> its calendar."""
    rendered = render(planner, replace(options, per_platform=True))
    return {r.platform: r.data for r in rendered if r.platform is not None}


def export_ics(planner: Planner, options: ExportOptions, destination: Path) -> list[Path]:
    """Write the calendar to ``destination``, or with ``per_platform`` one file per
    platform beside it, named ``<stem>-<platform>.ics``; returns the files written."""
    return [written.path for written in write_ics(planner, options, destination)]


def write_ics(planner: Planner, options: ExportOptions, destination: str | Path) -> list[Written]:
    """:func:`export_ics`, telling how many posts went in each file.

    Everything is built before the first file is written: bad options or an
    unusable folder leave every file as it was.
    """
    target = check_destination(expanded(destination))
    rendered = render(planner, options)
    if options.per_platform:
        names = platform_file_names(target, [r.platform or "" for r in rendered])
        jobs = [(names[r.platform or ""], r) for r in rendered]
    else:
        jobs = [(target, rendered[0])]
    return [Written(write_atomically(path, r.data), r.posts) for path, r in jobs]


def render(planner: Planner, options: ExportOptions) -> list[Rendered]:
    """The calendar of the selection, or one per platform with ``per_platform``, serialised."""
    return [Rendered(name, calendar.to_ical(), count) for name, calendar, count in build(planner, options)]


def build(planner: Planner, options: ExportOptions) -> list[tuple[str | None, Calendar, int]]:
    """The calendars as ``icalendar`` objects, with their platform and post count.

    One read of the posts for every calendar; each zone's ``VTIMEZONE`` is
    built once (and cached across exports). Property values that repeat are
    shared between events: serialise the calendars, never change them.
    """
    chosen, statuses = _checked(planner, options)
    # All platforms: no filter at all rather than a list of every one.
    platforms = tuple(p.name for p in chosen) if options.platforms else ()
    query = PostQuery(start=options.start, end=options.end, platforms=platforms, statuses=statuses)
    # A dated status without a date would be a damaged row: it cannot be placed, so it is left out.
    posts = [post for post in planner.list_posts(query) if post.start is not None]
    stamp = planner.now()
    zone_name = planner.planning_zone
    promised = _followups(planner, posts) if options.followups else {}
    if options.per_platform:
        by_platform: dict[str, list[Post]] = {p.name: [] for p in chosen}
        for post in posts:
            by_platform.setdefault(post.platform, []).append(post)  # renamed meanwhile: left out
        built: list[tuple[str | None, Calendar, int]] = []
        for platform in chosen:
            group = by_platform[platform.name]
            built.append(
                (
                    platform.name,
                    _calendar(platform.name, zone_name, platform.colour, group, stamp, options, promised),
                    len(group),
                )
            )
        return built
    if len(chosen) == 1:
        name, colour = chosen[0].name, chosen[0].colour
    else:
        name, colour = planner.path.stem, ics_calendar.DIALOGOS_COLOUR
    calendar = _calendar(name, zone_name, colour, posts, stamp, options, promised)
    return [(None, calendar, len(posts))]


def _followups(planner: Planner, posts: Sequence[Post]) -> dict[int, list[Followup]]:
    """The follow-ups of ``posts``, by post id: one read in slices, whatever their number."""
    by_post: dict[int, list[Followup]] = {}
    for followup in planner.followups.of_posts(post.id for post in posts):
        by_post.setdefault(followup.post_id, []).append(followup)
    return by_post


def _calendar(
    name: str,
    zone_name: str,
    colour: str,
    posts: Sequence[Post],
    stamp: datetime,
    options: ExportOptions,
    promised: dict[int, list[Followup]],
) -> Calendar:
    title = tr("ics_export.calendar_name", name=name)
    calendar = ics_calendar.new_calendar(title, zone_name, colour, subscribed=options.subscribed)
    builder = ics_calendar.EventBuilder(stamp, options.reminder_minutes)
    ics_calendar.add_events(calendar, [builder.event(post) for post in posts])
    if promised:
        promises = FollowupBuilder(builder)
        for post in posts:
            assert post.start is not None
            for followup in promised.get(post.id, ()):
                calendar.subcomponents.extend(promises.components(followup, post.uid, post.start))
    ics_calendar.add_timezones(calendar, builder.zones)
    return calendar


def _checked(planner: Planner, options: ExportOptions) -> tuple[list[Platform], tuple[Status, ...]]:
    """The platforms and statuses to export; a :class:`ValidationError` for bad options."""
    for moment in (options.start, options.end):
        if moment is not None and moment.tzinfo is None:
            raise TypeError("naive datetime: the core only handles aware ones")
    if options.start is not None and options.end is not None and options.end < options.start:
        raise ValidationError("error.bad_range", start=options.start.isoformat(), end=options.end.isoformat())
    statuses = tuple(dict.fromkeys(options.statuses or DEFAULT_STATUSES))
    if Status.IDEA in statuses:
        raise ValidationError(
            "error.ics_export_ideas", statuses=", ".join(tr(f"status.{s.value}") for s in DEFAULT_STATUSES)
        )
    minutes = options.reminder_minutes
    if minutes is not None and (type(minutes) is not int or not 0 <= minutes <= MAX_REMINDER_MINUTES):
        raise ValidationError("error.ics_export_reminder", value=minutes, limit=MAX_REMINDER_MINUTES)
    if options.platforms:
        # The core's own error for a platform that does not exist; names in their own spelling.
        chosen = list({p.id: p for p in (planner.platform(name) for name in options.platforms)}.values())
    else:
        chosen = planner.platforms()
    return chosen, statuses


def platform_file_names(destination: Path, platforms: Sequence[str]) -> dict[str, Path]:
    """``<stem>-<platform slug>.ics`` beside ``destination`` for each platform, all distinct."""
    folder, stem = destination.parent, destination.stem if destination.suffix else destination.name
    names: dict[str, Path] = {}
    taken: set[str] = set()
    for platform in platforms:
        slug = _slug(platform) or "platform"
        candidate, number = slug, 1
        while candidate in taken:
            number += 1
            candidate = f"{slug}-{number}"
        taken.add(candidate)
        names[platform] = folder / f"{stem}-{candidate}.ics"
    return names


def _slug(name: str) -> str:
    """A file-name-safe form of a platform name: "Page Facebook é" -> "page-facebook-e"."""
    ascii_name = unicodedata.normalize("NFKD", name).encode("ascii", "ignore").decode("ascii")
    return re.sub(r"[^a-z0-9]+", "-", ascii_name.lower()).strip("-")
