"""Balance reports: per platform over a range, counts by side and every breach."""

from __future__ import annotations

import bisect
import functools
import operator
from collections import Counter
from collections.abc import Callable, Iterable, Sequence
from dataclasses import replace
from datetime import UTC, datetime, timedelta, tzinfo
from typing import cast

from planner.balance import offers, promises
from planner.balance.checks import BalanceChecks, rule_of_row
from planner.balance.engine import (
    BreachKind,
    Columns,
    Entry,
    Episode,
    RawBreach,
    episodes,
    longest_run,
    open_edges,
    raw_breaches,
    week_bounds,
)
from planner.balance.rules import BalanceRule, Mode
from planner.balance.suggestions import conversation_slot
from planner.balance.verdicts import Breach, PlatformBalance, Suggestion, WeekSides, explain, moment_text
from planner.followups.kept import kept_on_time_counts
from planner.i18n import tr
from planner.model import KeptOnTime, Post, Side
from planner.posting_hours import PostingHours
from planner.reference import ReferenceData
from planner.session import Session
from planner.storage import models as db
from planner.storage import sequence
from planner.timezones import day_range, from_timestamp, timestamp, week_number, week_start, zone

EPISODE_REACH = 200
"""How many posts beyond a range's first and last weeks a report reads, at most, on each side, to hold
whole the episodes touching it. A rule broken by nearly every window of a plan makes one episode of the
whole plan: reading it all for each week shown would cost as much as a report of the whole plan. An
episode read in part reaches past this many posts, more than :data:`~planner.balance.engine.LONG_EPISODE`:
it is told by the week (:func:`~planner.balance.engine.episodes`), and the weeks the range touches are
read whole, with more than a window beyond them, so its pieces there are the same whatever the range.
(Only a chain of promotions too close together, one gap of it holding more than ``LONG_EPISODE`` other
posts, could be read in part and not be seen long: not a plan a person makes.)"""


class BalanceReports:
    """Balance reports of the open plan over a range (``planner.reports``), read
    through the rules and sequences of :class:`~planner.balance.checks.BalanceChecks`."""

    def __init__(
        self, session: Session, reference: ReferenceData, checks: BalanceChecks, posting_hours: PostingHours
    ) -> None:
        self._session = session
        self._reference = reference
        self._checks = checks
        self._posting_hours = posting_hours

    def balance_report(
        self, start: datetime | None = None, end: datetime | None = None, platforms: Sequence[str] = ()
    ) -> list[PlatformBalance]:
        """Per platform over [start, end): counts by side, shares, the longest
        run of promotions and every breach (advise mode included)."""
        with self._session.reading():
            rows = (
                [self._reference.platform_row(name) for name in platforms] if platforms else list(db.Platform.select())
            )
            rules = self._rules_of({row.id: row.name for row in rows})
            zone_name = self._session.planning_zone
            hours = functools.cache(self._posting_hours.get)  # read once per report, and only if a slot is wanted
            kept = self._kept_on_time([row.id for row in rows], start, end)
            report = []
            for row in sorted(rows, key=lambda r: r.name.casefold()):
                balance = self._platform_balance(row.id, row.name, start, end, rules[row.id], zone_name, hours)
                late = self._held_back(row.id, row.name, start, end, rules[row.id], zone_name)
                report.append(replace(balance, breaches=balance.breaches + late, followups=kept[row.id]))
            return report

    def _kept_on_time(
        self, platform_ids: list[int], start: datetime | None, end: datetime | None
    ) -> dict[int, KeptOnTime]:
        """Kept on time over the range (:mod:`planner.followups.kept`), for every platform in one read."""
        start_ts = None if start is None else timestamp(start)
        end_ts = None if end is None else timestamp(end)
        return kept_on_time_counts(platform_ids, start_ts, end_ts, timestamp(self._session.now()))

    def _held_back(
        self,
        platform_id: int,
        name: str,
        start: datetime | None,
        end: datetime | None,
        rule: BalanceRule,
        zone_name: str,
    ) -> tuple[Breach, ...]:
        """Promises before promotion over the range: each promotion in it planned while a
        follow-up on its platform was late at its instant. As a change's verdict does, one
        after now is judged against what is late now (:mod:`planner.balance.promises`)."""
        if rule.mode is Mode.OFF or not rule.no_promotion_while_late:
            return ()
        late_now = promises.LateOnPlatform(platform_id, timestamp(self._session.now()))
        first_late = late_now.first_due
        if first_late is None:
            return ()
        # A promotion at or before the first late due instant has nothing late behind it.
        above = (first_late, 0) if start is None else max((first_late, 0), (timestamp(start), -1))
        below = None if end is None else (timestamp(end), 0)
        if below is not None and above >= below:
            return ()
        # The promotions waiting behind the same late follow-ups make one breach, named once,
        # with all of them, in the range or not: the breach of a promotion is the same whatever
        # range it is read for, a week card's or its editor's.
        touched = {
            late
            for _post_id, start_ts, side in sequence.counted(
                self._session.database, platform_id, above=above, below=below
            )
            if side == Side.PROMOTION.value and (late := late_now.before(start_ts)).count
        }
        found = []
        for late in sorted(touched, key=lambda held: held.count):
            low, high = late_now.behind(late)
            group = sequence.counted(
                self._session.database,
                platform_id,
                above=(low + 1, -1),  # after the last due instant, up to the next one (ids are positive)
                below=None if high is None else (high + 1, -1),
            )
            held = [(post_id, start_ts) for post_id, start_ts, side in group if side == Side.PROMOTION.value]
            first, last = (from_timestamp(held[i][1], zone_name) for i in (0, -1))
            breach = promises.explain_late(name, rule, held[0][0], first, late, zone_name)
            message = breach.message + (tr("promises.held_back", count=len(held)) if len(held) > 1 else "")
            found.append(replace(breach, posts=tuple(p for p, _ in held), last=last, message=message))
        return tuple(found)

    def _rules_of(self, names: dict[int, str]) -> dict[int, BalanceRule]:
        """:meth:`BalanceChecks.rule_of` for several platforms at once."""
        rows = {row.id: row for row in db.BalanceRule.select()}
        query = cast(
            Iterable[tuple[int | None, int]], db.BalanceRule.select(db.BalanceRule.platform, db.BalanceRule.id).tuples()
        )
        owner = dict(query)  # platform id (None: the default) to rule id
        found = {}
        for platform_id, name in names.items():
            own = owner.get(platform_id)
            found[platform_id] = rule_of_row(rows[owner[None]], None) if own is None else rule_of_row(rows[own], name)
        return found

    def _platform_balance(
        self,
        platform_id: int,
        name: str,
        start: datetime | None,
        end: datetime | None,
        rule: BalanceRule,
        zone_name: str,
        posting_hours: Callable[[], tuple[int, int]],
    ) -> PlatformBalance:
        """The range is read as columns, not one object per post: a year of a
        busy platform is tens of thousands of posts."""
        start_key = None if start is None else (timestamp(start), 0)
        end_key = None if end is None else (timestamp(end), 0)
        rows = sequence.counted(self._session.database, platform_id, above=_minus_one(start_key), below=end_key)
        ids, starts, sides = zip(*rows, strict=True) if rows else ((), (), ())
        inside = Columns.of_sides(ids, starts, sides)
        tally = Counter(sides)
        counts = {side.value: tally[side.value] for side in Side}
        total = len(rows)
        unclassified = total - sum(counts.values())
        if unclassified:
            counts["unclassified"] = unclassified
        breaches: tuple[Breach, ...] = ()
        suggestions: tuple[Suggestion, ...] = ()
        if rule.mode is not Mode.OFF and rows:
            edges = ((starts[0], ids[0]) if start_key else None, (starts[-1], ids[-1]) if end_key else None)
            around, found = self._whole_episodes(platform_id, rule, inside, *edges)
            tz = zone(zone_name)
            # The worst window says what is wrong; every post of the episode is named by it.
            breaches = tuple(explain(name, rule, ep.shown, *_dates(around, ep, tz), posts=ep.posts) for ep in found)
            shown = [(ep.shown, ep.head, ep.tail) for ep in found]
            suggestions = self._conversation_slots(name, around, shown, zone_name, posting_hours)
        if rule.mode is not Mode.OFF and offers.watched(rule):
            habit = offers.in_range(self._session.database, platform_id, rule, zone_name, *map(_seconds, (start, end)))
            told = offers.explain(name, rule, habit.fresh, habit.starts, zone_name, whole=True, inside=habit.inside)
            breaches += tuple(told)
        return PlatformBalance(
            platform=name,
            rule=rule,
            counts=counts,
            promotion_share=counts[Side.PROMOTION.value] / total if total else 0.0,
            longest_streak=longest_run(inside.promo),
            breaches=breaches,
            suggestions=suggestions,
        )

    def _whole_episodes(
        self,
        platform_id: int,
        rule: BalanceRule,
        inside: Columns,
        first: tuple[int, int] | None,
        last: tuple[int, int] | None,
    ) -> tuple[Columns, list[Episode]]:
        """The episodes touching the range's posts ``inside``, each read whole, with the posts
        read around them. ``first`` and ``last`` are the keys of the range's first and last posts
        (None: the range is open on that side, nothing lies beyond).

        First the posts a change there could reach (:meth:`BalanceChecks.side_reach`), then more,
        doubling, while a breach at an edge may go on beyond it (:func:`open_edges`): an episode read in
        part would show another window, and name other posts, for another range; the card of a
        post and its editor would then disagree."""
        before, before_done = self._checks.side_reach(platform_id, rule, first, (), up=False) if first else ([], True)
        after, after_done = self._checks.side_reach(platform_id, rule, last, (), up=True) if last else ([], True)
        tz = zone(self._session.planning_zone)
        reach = 2 * rule.window
        while True:
            around = Columns.of(before) + inside + Columns.of(after)
            left, right = open_edges(around, rule)
            # Past EPISODE_REACH posts beyond the range's weeks, an episode is read in part (see there).
            more_before = left and not before_done and _beyond(before, first, tz, up=False) < EPISODE_REACH
            more_after = right and not after_done and _beyond(after, last, tz, up=True) < EPISODE_REACH
            if not (more_before or more_after):
                inner = range(len(before), len(before) + len(inside.ids))
                cut = (left and not before_done, right and not after_done)
                return around, episodes(around, rule, inner, tz=tz, cut=cut)
            reach *= 2
            if more_before and first is not None:
                far = before[0].key if before else first
                read = self._checks.entries(platform_id, below=far, limit=reach, descending=True)  # in time order
                before_done, before = len(read) < reach, read + before
            if more_after and last is not None:
                far = after[-1].key if after else last
                read = self._checks.entries(platform_id, above=far, limit=reach)
                after_done, after = len(read) < reach, after + read

    def _conversation_slots(
        self,
        platform: str,
        around: Columns,
        found: Sequence[tuple[RawBreach, int, int]],
        zone_name: str,
        posting_hours: Callable[[], tuple[int, int]],
    ) -> tuple[Suggestion, ...]:
        """Where a conversation post would fill each window short of one (``posting_hours`` read if needed)."""
        wanting = [(head, tail) for raw, head, tail in found if raw.kind is BreachKind.MIN_CONVERSATION]
        if not wanting:
            return ()
        first, last = posting_hours()
        now = int(self._session.now().timestamp())
        slots = []
        for head, tail in wanting:
            slot = conversation_slot(list(around.starts[head : tail + 1]), (first, last), zone_name, now)
            if slot is not None:
                message = tr("balance.add_conversation", platform=platform, moment=moment_text(slot))
                slots.append(Suggestion(platform, slot, "add_conversation", message))
        return tuple(slots)

    def weekly_sides(self, year: int, week: int, weeks: int = 12, *, first_weekday: int = 1) -> list[WeekSides]:
        """Counted posts by side, per platform and week (planning zone), for the
        ``weeks`` weeks ending with week ``year``-W``week``: the Insights chart. Weeks
        start on ``first_weekday`` (1 Monday … 7 Sunday: the user's locale), as the
        calendar shows them, and are numbered as it numbers them (:func:`week_number`)."""
        zone_name = self._session.planning_zone
        last_start = week_start(year, week, first_weekday)
        first_start = last_start - timedelta(weeks=weeks - 1)
        start, end = day_range(first_start, last_start + timedelta(days=6), zone_name)
        tz = zone(zone_name)
        with self._session.reading():
            found = []
            for row in sorted(db.Platform.select(), key=lambda r: r.name.casefold()):
                tallies = [Counter[str]() for _ in range(weeks)]
                rows = sequence.counted(
                    self._session.database, row.id, above=(timestamp(start), -1), below=(timestamp(end), 0)
                )
                for _pid, seconds, side in rows:
                    tallies[(_local(seconds, tz).date() - first_start).days // 7][side or "unclassified"] += 1
                for offset, tally in enumerate(tallies):
                    begins = first_start + timedelta(weeks=offset)
                    number = week_number(begins, first_weekday)
                    counts = {side.value: tally[side.value] for side in Side}
                    found.append(WeekSides(row.name, *number, counts, begins))
            return found

    def full_report_raw(self) -> set[tuple[int, RawBreach]]:
        """Every breach of warn and block rules in the whole file (for checks and tests)."""
        with self._session.reading():
            found: set[tuple[int, RawBreach]] = set()
            for row in db.Platform.select():
                rule = self._checks.rule_of(row.id, row.name)
                if rule.mode in (Mode.WARN, Mode.BLOCK):
                    found.update((row.id, b) for b in raw_breaches(self._checks.entries(row.id), rule))
                    habit = offers.in_range(
                        self._session.database, row.id, rule, self._session.planning_zone, None, None
                    )
                    found.update((row.id, b) for b in habit.fresh)
            return found

    def breaches_of(self, post: Post) -> tuple[Breach, ...]:
        """The breaches ``post`` (as saved) takes part in now: what its card's mark names. A change's
        verdict says what the change adds; this says what the plan already holds, so the editor can
        say both. Read from a report over the post's day, which holds every window the post is in."""
        if post.start is None:
            return ()
        zone_name = self._session.planning_zone
        day = post.start.astimezone(zone(zone_name)).date()
        report = self.balance_report(*day_range(day, day, zone_name), platforms=[post.platform])
        return tuple(breach for balance in report for breach in balance.breaches if post.id in breach.posts)

    def breached_posts(self, start: datetime, end: datetime) -> set[int]:
        """Posts in [start, end) that sit in a breached window (any mode but off)."""
        marked: set[int] = set()
        for balance in self.balance_report(start, end):
            for breach in balance.breaches:
                marked.update(breach.posts)
        return marked


def _beyond(entries: Sequence[Entry], edge: tuple[int, int] | None, tz: tzinfo, *, up: bool) -> int:
    """How many of ``entries`` (read after the range's last post ``edge``, ``up``; else before its
    first) lie beyond that post's ISO week in ``tz``: a week the range touches is read whole."""
    if edge is None:
        return 0
    monday, after = week_bounds(edge[0], tz)
    if up:
        return len(entries) - bisect.bisect_left(entries, after, key=operator.attrgetter("start_ts"))
    return bisect.bisect_left(entries, monday, key=operator.attrgetter("start_ts"))


def _local(seconds: int, tz: tzinfo) -> datetime:
    """:func:`planner.timezones.from_timestamp` with the zone looked up once."""
    return datetime.fromtimestamp(seconds, tz=UTC).astimezone(tz)


def _dates(around: Columns, episode: Episode, tz: tzinfo) -> tuple[datetime, datetime]:
    """The local instants of the first and last post of ``episode``'s shown breach."""
    return _local(around.starts[episode.head], tz), _local(around.starts[episode.tail], tz)


def _seconds(moment: datetime | None) -> int | None:
    return None if moment is None else timestamp(moment)


def _minus_one(key: tuple[int, int] | None) -> tuple[int, int] | None:
    """A key just below ``key``: "above" is strict, a range start is inclusive."""
    return None if key is None else (key[0], key[1] - 1)
