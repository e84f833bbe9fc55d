"""Balance rules in the planner: storing them, judging changes, reporting.

A change is judged by reading only the posts around it: the windows it can
touch lie within ``window - 1`` posts on either side (a little further for
runs of promotions and the gap between two), so checking one change costs the
same on a file of a thousand posts or a hundred thousand.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, replace
from datetime import UTC, datetime, tzinfo
from typing import cast

from planner import rules as balance_rules
from planner.balance import (
    BreachKind,
    Columns,
    Entry,
    RawBreach,
    episodes,
    grouped,
    longest_run,
    raw_breaches,
    worst,
)
from planner.errors import PlannerError, ValidationError
from planner.i18n import Term, tr
from planner.model import ChangeKind, Entity, Side
from planner.reference import ReferenceData
from planner.rules import BalanceRule, Mode
from planner.session import Transaction
from planner.storage import models as db
from planner.storage import sequence
from planner.suggestions import conversation_slot, nearest_slots
from planner.timezones import from_timestamp, timestamp, zone

SUGGESTION_DAYS = 14
_SIDES = {side.value: side for side in Side}
# Above this many changed posts on a platform, judge the whole platform at once.
_LOCAL_LIMIT = 20


@dataclass(frozen=True, slots=True)
class Breach:
    """A broken rule, explained: the worst window of one episode."""

    platform: str
    rule: BalanceRule
    kind: BreachKind
    posts: tuple[int, ...]
    first: datetime
    last: datetime
    figure: float
    limit: float
    message: str

    @property
    def mode(self) -> Mode:
        return self.rule.mode


@dataclass(frozen=True, slots=True)
class Suggestion:
    """A slot where the post would pass, or where conversation is missing."""

    platform: str
    at: datetime
    kind: str  # "move_here" or "add_conversation"
    message: str


@dataclass(frozen=True, slots=True)
class Verdict:
    """What a change breaks, judged before it is saved.

    ``raw`` lists every new offending window, run or pair with its platform:
    the difference between full reports after and before the change.
    """

    breaches: tuple[Breach, ...] = ()
    suggestions: tuple[Suggestion, ...] = ()
    raw: frozenset[tuple[int, RawBreach]] = frozenset()

    @property
    def blocking(self) -> tuple[Breach, ...]:
        return tuple(b for b in self.breaches if b.mode is Mode.BLOCK)

    @property
    def ok(self) -> bool:
        return not self.breaches


@dataclass(frozen=True, slots=True)
class PlatformBalance:
    """The balance of one platform over a range."""

    platform: str
    rule: BalanceRule
    counts: dict[str, int]
    promotion_share: float
    longest_streak: int
    breaches: tuple[Breach, ...]


class BalanceRefused(PlannerError):
    """A rule in block mode refuses the change (exit 3); nothing was saved."""

    exit_code = 3

    def __init__(self, verdict: Verdict) -> None:
        first = verdict.blocking[0]
        hint = ""
        move = [s for s in verdict.suggestions if s.kind == "move_here"]
        if move:
            hint = tr("balance.try_slots", slots=", ".join(_moment(s.at) for s in move))
        super().__init__("error.balance_refused", breach=first.message, hint=hint)
        self.verdict = verdict


@dataclass(frozen=True, slots=True)
class _Island:
    """Unchanged posts covering the keys (low, high); None bounds are open."""

    low: tuple[int, int] | None
    high: tuple[int, int] | None
    entries: dict[int, Entry]

    def overlaps(self, later: _Island) -> bool:
        return self.high is None or later.low is None or later.low <= self.high

    def joined(self, later: _Island) -> _Island:
        low = None if self.low is None or later.low is None else min(self.low, later.low)
        high = None if self.high is None or later.high is None else max(self.high, later.high)
        return _Island(low, high, {**self.entries, **later.entries})

    def holds(self, entry: Entry) -> bool:
        return (self.low is None or entry.key > self.low) and (self.high is None or entry.key < self.high)

    def sequence(self, changed: Iterable[Entry]) -> list[Entry]:
        """The stretch in one state: unchanged posts plus the changed ones inside it."""
        return sorted([*self.entries.values(), *(e for e in changed if self.holds(e))], key=lambda e: e.key)


@dataclass(frozen=True, slots=True)
class _State:
    """A changed post as the engine sees it in one state (before or after)."""

    platform_id: int
    entry: Entry | None  # None when the post does not count in that state


class BalanceChecks(ReferenceData):
    """Rules, verdicts and reports; :class:`planner.service.Planner` builds on it."""

    # -- rules --------------------------------------------------------------

    def rules(self) -> list[BalanceRule]:
        """The default rule first, then each platform's own rule."""
        with self._reading():
            names = {row.id: row.name for row in db.Platform.select()}
            rows = db.BalanceRule.select()
            found = [_rule(row, names.get(row.platform.id) if row.platform else None) for row in rows]
        return sorted(found, key=lambda r: (r.platform is not None, (r.platform or "").casefold()))

    def rule_for(self, platform: str) -> BalanceRule:
        """The rule that applies to ``platform``: its own, else the default."""
        with self._reading():
            row = self._platform_row(platform)
            return self._rule_of(row.id, row.name)

    def _rule_of(self, platform_id: int, platform_name: str) -> BalanceRule:
        row = db.BalanceRule.get_or_none(db.BalanceRule.platform == platform_id)
        if row is None:
            row = db.BalanceRule.get(db.BalanceRule.platform.is_null())
            return replace(_rule(row, None), platform=None)
        return _rule(row, platform_name)

    def set_rule(self, rule: BalanceRule) -> BalanceRule:
        """Save ``rule`` for its platform (or as the default when it has none)."""
        rule = balance_rules.checked(rule)
        values = {
            "window": rule.window,
            "max_promotion": rule.max_promotion,
            "min_conversation": rule.min_conversation,
            "max_promo_streak": rule.max_promo_streak,
            "min_promo_gap_hours": rule.min_promo_gap_hours,
            "mode": rule.mode.value,
            "preset": rule.preset,
        }
        with self._writing() as tx:
            platform_id = None if rule.platform is None else self._platform_row(rule.platform).id
            name = None if platform_id is None else self._platform_row(str(rule.platform)).name
            where = db.BalanceRule.platform.is_null() if platform_id is None else db.BalanceRule.platform == platform_id
            row = db.BalanceRule.get_or_none(where)
            if row is None:
                row = db.BalanceRule.create(platform=platform_id, **values)
            else:
                db.BalanceRule.update(**values, version=db.BalanceRule.version + 1).where(
                    db.BalanceRule.id == row.id
                ).execute()
            self._audit(tx, ChangeKind.EDIT, Entity.RULE, row.id, {"platform": name, **values})
            return _rule(db.BalanceRule.get_by_id(row.id), name)

    def remove_rule(self, platform: str) -> None:
        """The platform follows the default rule again."""
        with self._writing() as tx:
            row = self._platform_row(platform)
            deleted = db.BalanceRule.delete().where(db.BalanceRule.platform == row.id).execute()
            if deleted:
                self._audit(tx, ChangeKind.DELETE, Entity.RULE, row.id, {"platform": row.name})

    # -- posting hours --------------------------------------------------------

    def posting_hours(self) -> tuple[int, int]:
        """Minutes after local midnight between which suggestions may put posts."""
        with self._reading():
            meta = db.Meta.get_by_id(1)
            return int(meta.posting_start), int(meta.posting_end)

    def set_posting_hours(self, start_minute: int, end_minute: int) -> None:
        if not 0 <= start_minute < end_minute <= 24 * 60:
            raise ValidationError("error.bad_posting_hours")
        with self._writing() as tx:
            db.Meta.update(posting_start=start_minute, posting_end=end_minute).where(db.Meta.id == 1).execute()
            self._audit(tx, ChangeKind.EDIT, Entity.DATABASE, None, {"posting_hours": [start_minute, end_minute]})

    # -- reading the sequence ---------------------------------------------------

    def _entries(
        self,
        platform_id: int,
        *,
        below: tuple[int, int] | None = None,
        above: tuple[int, int] | None = None,
        limit: int | None = None,
        exclude: Sequence[int] = (),
        descending: bool = False,
    ) -> list[Entry]:
        """Counted posts of a platform strictly below/above a (start, id) key, in time order."""
        rows = sequence.counted(
            self._db, platform_id, below=below, above=above, limit=limit, exclude=exclude, descending=descending
        )
        entries = [Entry(pid, ts, _SIDES[side] if side else None) for pid, ts, side in rows]
        return entries[::-1] if descending else entries

    def _side_reach(
        self, platform_id: int, rule: BalanceRule, key: tuple[int, int], exclude: Sequence[int], *, up: bool
    ) -> tuple[list[Entry], bool]:
        """Unchanged posts on one side of ``key``, as many as a change there can
        reach: ``window - 1``, then on until the run of promotions ends and a
        promotion is seen (for the gap rule). True when the sequence ends.

        The reach doubles until it suffices; each read goes on from the
        furthest post of the one before, so no post is read twice."""
        wanted = max(rule.window - 1, 1) + 1
        near: list[Entry] = []  # nearest first
        while True:
            far_key = near[-1].key if near else key
            limit = wanted - len(near)
            if up:
                near += self._entries(platform_id, above=far_key, limit=limit, exclude=exclude)
            else:
                near += self._entries(platform_id, below=far_key, limit=limit, exclude=exclude, descending=True)[::-1]
            found = near if up else near[::-1]
            if len(near) < wanted:
                return found, True
            complete_run = rule.max_promo_streak is None or near[-1].side is not Side.PROMOTION
            sees_promo = not rule.min_promo_gap_hours or any(e.side is Side.PROMOTION for e in near)
            if complete_run and sees_promo:
                return found, False
            wanted *= 2

    def _islands(
        self, platform_id: int, rule: BalanceRule, anchors: Sequence[tuple[int, int]], changed: Sequence[int]
    ) -> list[_Island]:
        """The unchanged posts around each anchor, overlapping stretches merged.

        Stretches far apart stay apart: a window never spans the gap between
        them, since the posts in between are not read.
        """
        islands: list[_Island] = []
        for anchor in sorted(anchors):
            before, start_reached = self._side_reach(platform_id, rule, anchor, changed, up=False)
            after, end_reached = self._side_reach(platform_id, rule, anchor, changed, up=True)
            low = None if start_reached else before[0].key
            high = None if end_reached else after[-1].key
            island = _Island(low, high, {e.id: e for e in (*before, *after)})
            if islands and islands[-1].overlaps(island):
                islands[-1] = islands[-1].joined(island)
            else:
                islands.append(island)
        return islands

    # -- judging a change ---------------------------------------------------------

    def _states(self, post_ids: Iterable[int]) -> dict[int, _State]:
        """How each post counts now: platform and engine entry (or None)."""
        found: dict[int, _State] = {}
        for pid, platform_id, ts, status, side in sequence.states(self._db, list(post_ids)):
            entry = None
            if ts is not None and status not in sequence.UNCOUNTED:
                entry = Entry(pid, ts, _SIDES[side] if side else None)
            found[pid] = _State(platform_id, entry)
        return found

    def _judge(self, before: dict[int, _State], after: dict[int, _State], *, suggest: bool = True) -> Verdict:
        """New breaches of warn and block rules between two states of the changed posts."""
        changed = sorted(set(before) | set(after))
        platforms = {s.platform_id for s in (*before.values(), *after.values())}
        names = {row.id: row.name for row in db.Platform.select().where(db.Platform.id.in_(list(platforms)))}
        new_raw: set[tuple[int, RawBreach]] = set()
        explained: list[Breach] = []
        suggestions: list[Suggestion] = []
        for platform_id in sorted(platforms):
            rule = self._rule_of(platform_id, names[platform_id])
            if rule.mode in (Mode.OFF, Mode.ADVISE):
                continue
            old = [s.entry for s in before.values() if s.platform_id == platform_id and s.entry]
            new = [s.entry for s in after.values() if s.platform_id == platform_id and s.entry]
            anchors = [e.key for e in (*old, *new)]
            if not anchors:
                continue
            islands = self._around(platform_id, rule, anchors, changed, len(old), len(new))
            fresh: set[RawBreach] = set()
            for island in islands:
                fresh |= raw_breaches(island.sequence(new), rule) - raw_breaches(island.sequence(old), rule)
            if not fresh:
                continue
            new_raw.update((platform_id, b) for b in fresh)
            sequence_after = sorted({e.id: e for i in islands for e in i.sequence(new)}.values(), key=lambda e: e.key)
            explained += self._explain(names[platform_id], rule, fresh, sequence_after)
            if suggest:
                suggestions += self._suggest(platform_id, names[platform_id], rule, fresh, old, new)
        return Verdict(tuple(explained), tuple(suggestions), frozenset(new_raw))

    def _around(
        self,
        platform_id: int,
        rule: BalanceRule,
        anchors: list[tuple[int, int]],
        changed: list[int],
        old: int,
        new: int,
    ) -> list[_Island]:
        """The unchanged neighbourhood of a change, or the whole platform when
        the change is large or the platform is shorter than a window."""
        # Called after the write: the new state is stored. Counting stops at
        # window + new: past it, the platform is long enough either way.
        unchanged_count = sequence.count(self._db, platform_id, up_to=rule.window + new) - new
        if len(anchors) > _LOCAL_LIMIT or min(unchanged_count + old, unchanged_count + new) < rule.window:
            whole = self._entries(platform_id, exclude=changed)
            return [_Island(None, None, {e.id: e for e in whole})]
        return self._islands(platform_id, rule, anchors, changed)

    def _explain(
        self, platform: str, rule: BalanceRule, fresh: Iterable[RawBreach], sequence: Sequence[Entry]
    ) -> list[Breach]:
        position = {e.id: index for index, e in enumerate(sequence)}
        starts = {e.id: e.start_ts for e in sequence}
        zone_name = self.planning_zone
        found = []
        for group in grouped(fresh, position):
            shown = worst(group)
            first = from_timestamp(starts[shown.post_ids[0]], zone_name)
            last = from_timestamp(starts[shown.post_ids[-1]], zone_name)
            found.append(_breach(platform, rule, shown, first, last))
        return found

    def _suggest(
        self,
        platform_id: int,
        platform: str,
        rule: BalanceRule,
        fresh: set[RawBreach],
        old: list[Entry],
        new: list[Entry],
    ) -> list[Suggestion]:
        """Where the promotion would pass, and where conversation is missing."""
        hours = self.posting_hours()
        zone_name = self.planning_zone
        found: list[Suggestion] = []
        limited = {BreachKind.MAX_PROMOTION, BreachKind.MAX_PROMO_STREAK, BreachKind.MIN_PROMO_GAP}
        movers = [
            e for e in new if e.side is Side.PROMOTION and any(e.id in b.post_ids and b.kind in limited for b in fresh)
        ]
        if len(movers) == 1:
            mover = movers[0]
            region = self._time_region(platform_id, rule, mover.start_ts, [e.id for e in (*old, *new)])
            for moment in nearest_slots(region, old, mover, rule, hours, zone_name):
                found.append(Suggestion(platform, moment, "move_here", tr("balance.slot", moment=_moment(moment))))
        short = [b for b in fresh if b.kind is BreachKind.MIN_CONVERSATION]
        if short:
            starts = {e.id: e.start_ts for e in (*self._entries_by_id(short), *new)}
            for window in _distinct_windows(short):
                slot = conversation_slot([starts[i] for i in window if i in starts], hours, zone_name)
                if slot is not None:
                    message = tr("balance.add_conversation", platform=platform, moment=_moment(slot))
                    found.append(Suggestion(platform, slot, "add_conversation", message))
        return found

    def _entries_by_id(self, breaches: Iterable[RawBreach]) -> list[Entry]:
        ids = sorted({i for b in breaches for i in b.post_ids})
        return [s.entry for s in self._states(ids).values() if s.entry is not None]

    def _time_region(self, platform_id: int, rule: BalanceRule, around: int, changed: list[int]) -> list[Entry]:
        """Unchanged posts within the suggestion horizon, plus the windows at its edges."""
        low = (around - SUGGESTION_DAYS * 86400, 0)
        high = (around + SUGGESTION_DAYS * 86400, 0)
        inside = self._entries(platform_id, above=low, below=high, exclude=changed)
        before = self._side_reach(platform_id, rule, low, changed, up=False)[0]
        after = self._side_reach(platform_id, rule, high, changed, up=True)[0]
        return [*before, *inside, *after]

    def _balance_gate(
        self,
        tx: Transaction,
        before: dict[int, _State],
        after: dict[int, _State],
        *,
        reason: str | None,
        removing: bool,
    ) -> Verdict:
        """Judge a written change inside its transaction; refuse it in block mode.

        Raising here rolls the transaction back: nothing is saved. Removing a
        post (delete, cancel, back to ideas) is never refused, only reported.
        """
        verdict = self._judge(before, after)
        if verdict.blocking and not removing and not reason:
            raise BalanceRefused(verdict)
        return verdict

    # -- reports ------------------------------------------------------------------

    def balance_report(
        self, start: datetime | None = None, end: datetime | None = None, platforms: Sequence[str] = ()
    ) -> list[PlatformBalance]:
        """Per platform over [start, end): counts by side, shares, the longest
        run of promotions and every breach (advise mode included)."""
        with self._reading():
            rows = [self._platform_row(name) for name in platforms] if platforms else list(db.Platform.select())
            rules = self._rules_of({row.id: row.name for row in rows})
            zone_name = self.planning_zone
            report = []
            for row in sorted(rows, key=lambda r: r.name.casefold()):
                report.append(self._platform_balance(row.id, row.name, start, end, rules[row.id], zone_name))
            return report

    def _rules_of(self, names: dict[int, str]) -> dict[int, BalanceRule]:
        """:meth:`_rule_of` for several platforms at once."""
        rows = {row.id: row for row in db.BalanceRule.select()}
        query = cast(
            Iterable[tuple[int | None, int]], db.BalanceRule.select(db.BalanceRule.platform, db.BalanceRule.id).tuples()
        )
        owner = dict(query)  # platform id (None: the default) to rule id
        found = {}
        for platform_id, name in names.items():
            own = owner.get(platform_id)
            found[platform_id] = _rule(rows[owner[None]], None) if own is None else _rule(rows[own], name)
        return found

    def _platform_balance(
        self,
        platform_id: int,
        name: str,
        start: datetime | None,
        end: datetime | None,
        rule: BalanceRule,
        zone_name: str,
    ) -> PlatformBalance:
        """The range is read as columns, not one object per post: a year of a
        busy platform is tens of thousands of posts."""
        start_key = None if start is None else (timestamp(start), 0)
        end_key = None if end is None else (timestamp(end), 0)
        rows = sequence.counted(self._db, platform_id, above=_minus_one(start_key), below=end_key)
        ids, starts, sides = zip(*rows, strict=True) if rows else ((), (), ())
        inside = Columns.of_sides(ids, starts, sides)
        tally = Counter(sides)
        counts = {side.value: tally[side.value] for side in Side}
        total = len(rows)
        unclassified = total - sum(counts.values())
        if unclassified:
            counts["unclassified"] = unclassified
        breaches: tuple[Breach, ...] = ()
        if rule.mode is not Mode.OFF and rows:
            first, last = (starts[0], ids[0]), (starts[-1], ids[-1])
            before = self._side_reach(platform_id, rule, first, (), up=False)[0] if start_key else []
            after = self._side_reach(platform_id, rule, last, (), up=True)[0] if end_key else []
            around = Columns.of(before) + inside + Columns.of(after)
            tz = zone(zone_name)
            breaches = tuple(
                _breach(name, rule, raw, _local(around.starts[head], tz), _local(around.starts[tail], tz))
                for raw, head, tail in episodes(around, rule, range(len(before), len(before) + total))
            )
        return PlatformBalance(
            platform=name,
            rule=rule,
            counts=counts,
            promotion_share=counts[Side.PROMOTION.value] / total if total else 0.0,
            longest_streak=longest_run(inside.promo),
            breaches=breaches,
        )

    def full_report_raw(self) -> set[tuple[int, RawBreach]]:
        """Every breach of warn and block rules in the whole file (for checks and tests)."""
        with self._reading():
            found: set[tuple[int, RawBreach]] = set()
            for row in db.Platform.select():
                rule = self._rule_of(row.id, row.name)
                if rule.mode in (Mode.WARN, Mode.BLOCK):
                    found.update((row.id, b) for b in raw_breaches(self._entries(row.id), rule))
            return found

    def breached_posts(self, start: datetime, end: datetime) -> set[int]:
        """Posts in [start, end) that sit in a breached window (any mode but off)."""
        marked: set[int] = set()
        for balance in self.balance_report(start, end):
            for breach in balance.breaches:
                marked.update(breach.posts)
        return marked


def _distinct_windows(breaches: Iterable[RawBreach]) -> list[tuple[int, ...]]:
    """One window per run of overlapping ones: a suggestion each, not five."""
    windows: list[tuple[int, ...]] = []
    for breach in sorted(breaches, key=lambda b: b.post_ids):
        if not windows or not set(windows[-1]).intersection(breach.post_ids):
            windows.append(breach.post_ids)
    return windows


def _local(seconds: int, tz: tzinfo) -> datetime:
    """:func:`planner.timezones.from_timestamp` with the zone looked up once."""
    return datetime.fromtimestamp(seconds, tz=UTC).astimezone(tz)


def _minus_one(key: tuple[int, int] | None) -> tuple[int, int] | None:
    """A key just below ``key``: "above" is strict, a range start is inclusive."""
    return None if key is None else (key[0], key[1] - 1)


def _rule(row: db.BalanceRule, platform: str | None) -> BalanceRule:
    return BalanceRule(
        platform=platform,
        window=row.window,
        max_promotion=row.max_promotion,
        min_conversation=row.min_conversation,
        max_promo_streak=row.max_promo_streak,
        min_promo_gap_hours=row.min_promo_gap_hours,
        mode=Mode(row.mode),
        preset=row.preset,
        version=row.version,
    )


def _moment(moment: datetime) -> str:
    return tr("balance.moment", weekday=Term(f"weekday.{moment.weekday()}"), day=moment.day,
              month=Term(f"month.{moment.month}"), time=f"{moment:%H:%M}")  # fmt: skip


def span(first: datetime, last: datetime) -> str:
    """ "from 3 to 9 June" / "du 3 au 9 juin", or one day."""
    if first.date() == last.date():
        return tr("balance.span_day", day=first.day, month=Term(f"month.{first.month}"))
    if (first.year, first.month) == (last.year, last.month):
        return tr("balance.span_month", first=first.day, last=last.day, month=Term(f"month.{last.month}"))
    first_text = tr("balance.day_month", day=first.day, month=Term(f"month.{first.month}"))
    last_text = tr("balance.day_month", day=last.day, month=Term(f"month.{last.month}"))
    if first.year != last.year:
        first_text, last_text = f"{first_text} {first.year}", f"{last_text} {last.year}"
    return tr("balance.span_range", first=first_text, last=last_text)


def _breach(platform: str, rule: BalanceRule, raw: RawBreach, first: datetime, last: datetime) -> Breach:
    figure = int(raw.figure) if float(raw.figure).is_integer() else raw.figure
    limit = int(raw.limit) if float(raw.limit).is_integer() else raw.limit
    key = f"balance.{raw.kind.value}"
    if figure == 1 and raw.kind in (BreachKind.MAX_PROMOTION, BreachKind.MIN_CONVERSATION):
        key += "_one"
    message = tr(
        key,
        platform=platform,
        figure=figure,
        limit=limit,
        window=len(raw.post_ids),
        span=span(first, last),
        rule=rule.label,
    )
    return Breach(platform, rule, raw.kind, raw.post_ids, first, last, figure, limit, message)
