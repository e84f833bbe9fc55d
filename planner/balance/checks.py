"""Balance rules in the planner: storing them and judging changes.

A change is judged by reading only the posts around it: the windows it can
touch lie within ``window - 1`` posts on either side (a little further for
runs of promotions and the gap between two), so checking one change costs the
same on a file of a thousand posts or a hundred thousand.
"""

from __future__ import annotations

from collections.abc import Callable, Collection, Iterable, Mapping, Sequence
from dataclasses import dataclass, replace
from datetime import datetime

from planner.balance import offers, promises
from planner.balance import rules as balance_rules
from planner.balance.engine import (
    Baseline,
    BreachKind,
    Entry,
    RawBreach,
    grouped,
    raw_breaches,
    worst,
)
from planner.balance.rules import BalanceRule, Mode
from planner.balance.suggestions import (
    Fix,
    Taken,
    conversation_fix,
    conversation_slot,
    free_near,
    nearest_slots,
    weekly_times,
)
from planner.balance.verdicts import BalanceRefused, Breach, Suggestion, Verdict, explain, moment_text
from planner.errors import ConflictError
from planner.i18n import tr
from planner.model import ChangeKind, Entity, Side
from planner.posting_hours import PostingHours
from planner.reference import ReferenceData
from planner.session import Session, Transaction
from planner.storage import models as db
from planner.storage import sequence
from planner.timezones import from_timestamp

SUGGESTION_DAYS = 14
CONVERSATION_SLOTS = 3
"""The most windows short of conversation given a slot in one verdict, the earliest first: as many as
anyone shows, so a bulk create (an import of thousands of posts, all short of conversation) looks
for three free slots, not for one in each of its thousands of windows."""
_SIDES = {side.value: side for side in Side}
# Above this many changed posts on a platform, judge the whole platform at once.
_LOCAL_LIMIT = 20


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
class CountedPost:
    """A changed post as the engine sees it in one state (before or after)."""

    platform_id: int
    entry: Entry | None  # None when the post does not count in that state
    offer: bool = False  # its category is an offer (the offer habit counts it when it counts)


class BalanceChecks:
    """The balance rules of the open plan and the verdicts of changes (``planner.balance``).

    :meth:`gate` judges a write inside its transaction; :meth:`states`,
    :meth:`entries`, :meth:`side_reach` and :meth:`rule_of` read what it
    judges, for the posts and the reports built on it.
    """

    def __init__(self, session: Session, reference: ReferenceData, posting_hours: PostingHours) -> None:
        self._session = session
        self._reference = reference
        self._posting_hours = posting_hours

    # -- rules --------------------------------------------------------------

    def rules(self) -> list[BalanceRule]:
        """The default rule first, then each platform's own rule."""
        with self._session.reading():
            names = {row.id: row.name for row in db.Platform.select()}
            rows = db.BalanceRule.select()
            found = [rule_of_row(row, names.get(row.platform.id) if row.platform else None) for row in rows]
        return sorted(found, key=lambda r: (r.platform is not None, (r.platform or "").casefold()))

    def rule_for(self, platform: str) -> BalanceRule:
        """The rule that applies to ``platform``: its own, else the default."""
        with self._session.reading():
            row = self._reference.platform_row(platform)
            return self.rule_of(row.id, row.name)

    def rule_of(self, platform_id: int, platform_name: str) -> BalanceRule:
        """The rule of the platform with that id and name, else the default (inside a read)."""
        row = db.BalanceRule.get_or_none(db.BalanceRule.platform == platform_id)
        if row is None:
            row = db.BalanceRule.get(db.BalanceRule.platform.is_null())
            return replace(rule_of_row(row, None), platform=None)
        return rule_of_row(row, platform_name)

    def set_rule(self, rule: BalanceRule, *, expect_version: int | None = None) -> BalanceRule:
        """Save ``rule`` for its platform (or as the default when it has none).

        With ``expect_version`` (the version of the rule as the caller saw it,
        0 for a platform that had no rule of its own), a rule someone changed,
        made or removed meanwhile is a :class:`ConflictError`: nothing is saved.
        """
        rule = balance_rules.checked(rule)
        values = {
            "window": rule.window,
            "max_promotion": rule.max_promotion,
            "min_conversation": rule.min_conversation,
            "max_promo_streak": rule.max_promo_streak,
            "min_promo_gap_hours": rule.min_promo_gap_hours,
            "mode": rule.mode.value,
            "preset": rule.preset,
            "no_promotion_while_late": rule.no_promotion_while_late,
            "max_offers": rule.max_offers,
            "offer_days": rule.offer_days,
        }
        with self._session.writing() as tx:
            platform_id = None if rule.platform is None else self._reference.platform_row(rule.platform).id
            name = None if platform_id is None else self._reference.platform_row(str(rule.platform)).name
            where = db.BalanceRule.platform.is_null() if platform_id is None else db.BalanceRule.platform == platform_id
            row = db.BalanceRule.get_or_none(where)
            self._check_rule_version(row, expect_version, name)
            if row is None:
                row = db.BalanceRule.create(platform=platform_id, **values)
            else:
                db.BalanceRule.update(**values, version=db.BalanceRule.version + 1).where(
                    db.BalanceRule.id == row.id
                ).execute()
            self._session.audit(tx, ChangeKind.EDIT, Entity.RULE, row.id, {"platform": name, **values})
            return rule_of_row(db.BalanceRule.get_by_id(row.id), name)

    def remove_rule(self, platform: str, *, expect_version: int | None = None) -> None:
        """The platform follows the default rule again (``expect_version`` as for :meth:`set_rule`)."""
        with self._session.writing() as tx:
            row = self._reference.platform_row(platform)
            self._check_rule_version(
                db.BalanceRule.get_or_none(db.BalanceRule.platform == row.id), expect_version, row.name
            )
            deleted = db.BalanceRule.delete().where(db.BalanceRule.platform == row.id).execute()
            if deleted:
                self._session.audit(tx, ChangeKind.DELETE, Entity.RULE, row.id, {"platform": row.name})

    @staticmethod
    def _check_rule_version(row: db.BalanceRule | None, expected: int | None, platform: str | None) -> None:
        if expected is None:
            return
        found = 0 if row is None else int(row.version)
        if found != expected:
            key = "error.conflict_default_rule" if platform is None else "error.conflict_rule"
            raise ConflictError(key, platform=platform or "")

    # -- reading the sequence ---------------------------------------------------

    def entries(
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
            self._session.database,
            platform_id,
            below=below,
            above=above,
            limit=limit,
            exclude=exclude,
            descending=descending,
        )
        entries = [Entry(pid, ts, _SIDES[side] if side else None) for pid, ts, side in rows]
        return entries[::-1] if descending else entries

    def side_reach(
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
                near += self.entries(platform_id, above=far_key, limit=limit, exclude=exclude)
            else:
                near += self.entries(platform_id, below=far_key, limit=limit, exclude=exclude, descending=True)[::-1]
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
            before, start_reached = self.side_reach(platform_id, rule, anchor, changed, up=False)
            after, end_reached = self.side_reach(platform_id, rule, anchor, changed, up=True)
            low = None if start_reached else before[0].key
            high = None if end_reached else after[-1].key
            island = _Island(low, high, {e.id: e for e in (*before, *after)})
            if islands and islands[-1].overlaps(island):
                islands[-1] = islands[-1].joined(island)
            else:
                islands.append(island)
        return islands

    # -- judging a change ---------------------------------------------------------

    def states(self, post_ids: Iterable[int]) -> dict[int, CountedPost]:
        """How each post counts now: platform and engine entry (or None)."""
        found: dict[int, CountedPost] = {}
        for pid, platform_id, ts, status, side, offer in sequence.states(self._session.database, list(post_ids)):
            entry = None
            if ts is not None and status not in sequence.UNCOUNTED:
                entry = Entry(pid, ts, _SIDES[side] if side else None)
            found[pid] = CountedPost(platform_id, entry, bool(offer))
        return found

    def judge(
        self,
        before: dict[int, CountedPost],
        after: dict[int, CountedPost],
        *,
        rules: Mapping[int, BalanceRule] | None = None,
    ) -> Verdict:
        """The new breaches of warn and block rules if some posts went from ``before`` to ``after``,
        without suggestions and without writing anything (inside a read): filling a week tries
        each candidate this way. The posts' stored rows do not count, as they are left out of
        their neighbours; what counts is the states given. ``rules``: the rule of each platform
        by id, read once by a caller that judges many times (else read here)."""
        return self._judge(before, after, suggest=False, rules=rules)

    def _judge(
        self,
        before: dict[int, CountedPost],
        after: dict[int, CountedPost],
        *,
        suggest: bool = True,
        rules: Mapping[int, BalanceRule] | None = None,
    ) -> Verdict:
        """New breaches of warn and block rules between two states of the changed posts
        (:class:`~planner.balance.engine.Baseline` says which are new)."""
        changed = sorted(set(before) | set(after))
        platforms = {s.platform_id for s in (*before.values(), *after.values())}
        names = {row.id: row.name for row in db.Platform.select().where(db.Platform.id.in_(list(platforms)))}
        new_raw: set[tuple[int, RawBreach]] = set()
        explained: list[Breach] = []
        suggestions: list[Suggestion] = []
        for platform_id in sorted(platforms):
            given = rules.get(platform_id) if rules else None
            rule = given or self.rule_of(platform_id, names[platform_id])
            if rule.mode in (Mode.OFF, Mode.ADVISE):
                continue
            old = [s.entry for s in before.values() if s.platform_id == platform_id and s.entry]
            new = [s.entry for s in after.values() if s.platform_id == platform_id and s.entry]
            anchors = [e.key for e in (*old, *new)]
            if not anchors:
                continue
            held: list[Breach] = []
            if rule.no_promotion_while_late:
                for raw, breach in self._held_back(platform_id, names[platform_id], rule, before, new):
                    new_raw.add((platform_id, raw))
                    held.append(breach)
                explained += held
                if suggest:
                    suggestions += [self._waiting(breach) for breach in held]
            crowded: offers.Room | None = None
            if offers.watched(rule):
                habit, crowded = self._offer_habit(
                    platform_id, names[platform_id], rule, before, after, changed, new_raw
                )
                explained += habit
            islands = self._around(platform_id, rule, anchors, changed, len(old), len(new))
            baseline = Baseline(rule, [island.sequence(old) for island in islands])
            sides = {e.id: e.side for e in new} | {e.id: e.side for i in islands for e in i.entries.values()}
            fresh: set[RawBreach] = set()
            for island in islands:
                fresh |= baseline.new(raw_breaches(island.sequence(new), rule), sides)
            if fresh:
                new_raw.update((platform_id, b) for b in fresh)
                after_change = {e.id: e for i in islands for e in i.sequence(new)}
                sequence_after = sorted(after_change.values(), key=lambda e: e.key)
                explained += self._explain(names[platform_id], rule, fresh, sequence_after)
            if suggest and (fresh or crowded):
                waiting = {breach.posts[0] for breach in held}
                suggestions += self._suggest(
                    platform_id, names[platform_id], rule, fresh, old, new, waiting, crowded, after, before
                )
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
        unchanged_count = sequence.count(self._session.database, platform_id, up_to=rule.window + new) - new
        if min(unchanged_count + old, unchanged_count + new) < rule.window:
            whole = self.entries(platform_id, exclude=changed)
            return [_Island(None, None, {e.id: e for e in whole})]
        if len(anchors) > _LOCAL_LIMIT:
            return [self._stretch(platform_id, rule, anchors, changed)]
        return self._islands(platform_id, rule, anchors, changed)

    def _stretch(
        self, platform_id: int, rule: BalanceRule, anchors: Sequence[tuple[int, int]], changed: Sequence[int]
    ) -> _Island:
        """For many changed posts (a series), one stretch from the reach before the first to the
        reach after the last, in three reads: what lies outside it is out of every window the
        change touches, so a year's series on a plan of many years reads that year only."""
        first, last = min(anchors), max(anchors)
        before, start_reached = self.side_reach(platform_id, rule, first, changed, up=False)
        after, end_reached = self.side_reach(platform_id, rule, last, changed, up=True)
        between = self.entries(platform_id, above=first, below=last, exclude=changed)
        low = None if start_reached or not before else before[0].key
        high = None if end_reached or not after else after[-1].key
        return _Island(low, high, {e.id: e for e in (*before, *between, *after)})

    def _explain(
        self, platform: str, rule: BalanceRule, fresh: Iterable[RawBreach], sequence: Sequence[Entry]
    ) -> list[Breach]:
        position = {e.id: index for index, e in enumerate(sequence)}
        starts = {e.id: e.start_ts for e in sequence}
        zone_name = self._session.planning_zone
        found = []
        for group in grouped(fresh, position):
            shown = worst(group)
            first = from_timestamp(starts[shown.post_ids[0]], zone_name)
            last = from_timestamp(starts[shown.post_ids[-1]], zone_name)
            found.append(explain(platform, rule, shown, first, last))
        return found

    def _suggest(
        self,
        platform_id: int,
        platform: str,
        rule: BalanceRule,
        fresh: set[RawBreach],
        old: list[Entry],
        new: list[Entry],
        waiting: Collection[int] = (),
        crowded: offers.Room | None = None,
        after: dict[int, CountedPost] | None = None,
        before: dict[int, CountedPost] | None = None,
    ) -> list[Suggestion]:
        """Where the promotion would pass, and where conversation is missing. A promotion
        ``waiting`` behind late follow-ups passes nowhere until they are kept or dropped: no slot.
        An offer refused for too many offers around it (``crowded``) goes where it fits too.

        Every slot offered is free (no other post on the platform within the post's duration
        either side) and passes every rule, promises and offers included. When none does within
        the horizon, the suggestions never end there: the conversation posts that would let the
        post pass where it is (:func:`conversation_fix`), or why nothing can."""
        hours = self._posting_hours.get()
        zone_name = self._session.planning_zone
        now = int(self._session.now().timestamp())
        found: list[Suggestion] = []
        limited = {BreachKind.MAX_PROMOTION, BreachKind.MAX_PROMO_STREAK, BreachKind.MIN_PROMO_GAP}
        changed = [e.id for e in (*old, *new)]
        movers = [
            e
            for e in new
            if (e.side is Side.PROMOTION and any(e.id in b.post_ids and b.kind in limited for b in fresh))
            or (crowded is not None and e.id == crowded.offer)
        ]
        short = [b for b in fresh if b.kind is BreachKind.MIN_CONVERSATION]
        if not movers and len(new) == 1 and short and any(new[0].id in b.post_ids for b in short):
            movers = [new[0]]  # a post leaving a window short of conversation: elsewhere, it may not
        refused = movers[0] if len(movers) == 1 else None
        region: list[Entry] = []
        taken: Taken | None = None
        if refused is not None or short:
            centre = refused if refused is not None else (new or old)[0]
            region = self._time_region(platform_id, rule, centre.start_ts, changed)
            apart = self._duration(centre.id)
            others = [e.start_ts for e in new if refused is None or e.id != refused.id]
            taken = Taken.of([*(e.start_ts for e in region), *others], apart)
        moved = False
        fits: Callable[[int], bool] | None = None
        if len(movers) == 1 and movers[0].id not in waiting and taken is not None:
            mover = movers[0]
            if not self._promise_free(platform_id, rule, mover, before or {}, now):
                return [*found, self._waiting_from_now(platform, from_timestamp(mover.start_ts, zone_name))]
            fits = self._offer_fits(platform_id, rule, mover, crowded, after or {}, changed)
            for moment in nearest_slots(region, old, mover, rule, hours, zone_name, now, fits, taken):
                found.append(Suggestion(platform, moment, "move_here", tr("balance.slot", moment=moment_text(moment))))
                moved = True
        found += self._conversation_slots(platform, short, new, hours, zone_name, now, taken)
        if moved or refused is None or refused.id in waiting or taken is None:
            return found
        slots = weekly_times(self._conversation_slots_of(platform_id), refused.start_ts, zone_name)
        fix = conversation_fix(region, old, refused, rule, hours, zone_name, taken, now, fits, slots)
        if fix is not None:
            return [*found, self._fix(platform, fix)]
        message = tr("suggest.no_fix", days=SUGGESTION_DAYS, platform=platform, rule=rule.label)
        return [*found, Suggestion(platform, from_timestamp(refused.start_ts, zone_name), "no_slot", message)]

    def _conversation_slots(
        self,
        platform: str,
        short: list[RawBreach],
        new: list[Entry],
        hours: tuple[int, int],
        zone_name: str,
        now: int,
        taken: Taken | None,
    ) -> list[Suggestion]:
        """A free slot inside each window short of conversation, where a conversation post would help:
        in the earliest :data:`CONVERSATION_SLOTS` windows that are still ahead."""
        found: list[Suggestion] = []
        if not short:
            return found
        starts = {e.id: e.start_ts for e in (*self._entries_by_id(short), *new)}
        tried = 0
        for window in _by_time(_distinct_windows(short), starts):
            slot = conversation_slot([starts[i] for i in window if i in starts], hours, zone_name, now)
            if slot is None:
                continue  # nowhere ahead in this window (it is past): nobody can post there any more
            if tried == CONVERSATION_SLOTS:
                break  # each try below may read a fortnight of slots: a few, not one per window
            tried += 1
            if taken is not None:
                slot = free_near(int(slot.timestamp()), taken, hours, zone_name, now)
            if slot is not None:
                message = tr("balance.add_conversation", platform=platform, moment=moment_text(slot))
                found.append(Suggestion(platform, slot, "add_conversation", message))
        return found

    @staticmethod
    def _conversation_slots_of(platform_id: int) -> list[tuple[int, int]]:
        """The platform's weekly slots a conversation post may take (of that side or of any), as
        (weekday, minute): a fix puts its posts there first, where the manager posts anyway."""
        side = db.Slot.side
        rows = db.Slot.select(db.Slot.weekday, db.Slot.minute).where(
            (db.Slot.platform == platform_id) & (side.is_null() | (side == Side.CONVERSATION.value))
        )
        return [(row.weekday, row.minute) for row in rows]

    @staticmethod
    def _fix(platform: str, fix: Fix) -> Suggestion:
        """ "Add 2 conversation posts on Instagram before it, for example …", as data and words."""
        texts = [moment_text(moment) for moment in fix.moments]
        listed = texts[0]
        if len(texts) > 1:
            listed = tr("suggest.list_separator").join(texts[:-1]) + tr("suggest.list_last") + texts[-1]
        kind = f"add_conversation_{fix.where}"
        key = f"suggest.{kind}" if fix.move_to is None else f"suggest.move_and_{kind.removeprefix('add_')}"
        key += "_one" if len(texts) == 1 else ""
        moved = "" if fix.move_to is None else moment_text(fix.move_to)
        message = tr(key, days=SUGGESTION_DAYS, count=len(texts), platform=platform, moments=listed, moment=moved)
        return Suggestion(
            platform,
            fix.moments[0],
            kind,
            message,
            moments=tuple(fix.moments),
            side="conversation",
            move_to=fix.move_to,
        )

    def _duration(self, post_id: int) -> int:
        """How long the post lasts, in seconds: how far apart a slot keeps it from the others."""
        row = db.Post.select(db.Post.duration_minutes).where(db.Post.id == post_id).first()
        return max(int(row.duration_minutes) if row is not None else 0, 1) * 60

    def _promise_free(
        self, platform_id: int, rule: BalanceRule, mover: Entry, before: dict[int, CountedPost], now: int
    ) -> bool:
        """Whether a promotion put at a slot (never in the past) would be held back by no late
        follow-up: at any instant from now on, the follow-ups late are those due before now."""
        if not rule.no_promotion_while_late or mover.side is not Side.PROMOTION:
            return True
        late = promises.late_count(platform_id, now, now)
        if not late:
            return True
        was = before.get(mover.id)
        if was is None or was.platform_id != platform_id or was.entry is None or was.entry.side is not Side.PROMOTION:
            return False
        return promises.late_count(platform_id, was.entry.start_ts, now) >= late

    @staticmethod
    def _waiting_from_now(platform: str, at: datetime) -> Suggestion:
        """No slot for a promotion that late follow-ups would hold back anywhere from now on."""
        message = tr("promises.no_slot", platform=platform)
        return Suggestion(platform, at, "keep_followups", message)

    def _offer_fits(
        self,
        platform_id: int,
        rule: BalanceRule,
        mover: Entry,
        crowded: offers.Room | None,
        after: dict[int, CountedPost],
        changed: Sequence[int],
    ) -> Callable[[int], bool] | None:
        """What a slot must pass for the offer habit: an offer goes only where it leaves every
        span of the rule's days within the limit, whether or not it was refused for that."""
        if crowded is not None:
            return crowded.fits
        state = after.get(mover.id)
        if not offers.watched(rule) or state is None or not state.offer:
            return None
        database = self._session.database
        return offers.room(database, platform_id, rule, mover.key, changed, SUGGESTION_DAYS * 86400).fits

    def _held_back(
        self,
        platform_id: int,
        platform: str,
        rule: BalanceRule,
        before: dict[int, CountedPost],
        new: list[Entry],
    ) -> list[tuple[RawBreach, Breach]]:
        """The promotions among ``new`` that late follow-ups on the platform now hold back.

        A promotion is held back when more follow-ups are late at its instant than were at its
        instant before the change (none for a post that was no promotion on the platform): a
        promotion edited or moved among the same late follow-ups breaks nothing new.
        """
        now_ts = int(self._session.now().timestamp())
        zone_name = self._session.planning_zone
        found: list[tuple[RawBreach, Breach]] = []
        for entry in new:
            if entry.side is not Side.PROMOTION:
                continue
            late = promises.late_before(platform_id, entry.start_ts, now_ts)
            if not late.count:
                continue
            was = before.get(entry.id)
            if was is not None and was.platform_id == platform_id and was.entry is not None:
                if was.entry.side is Side.PROMOTION:
                    if promises.late_count(platform_id, was.entry.start_ts, now_ts) >= late.count:
                        continue
            at = from_timestamp(entry.start_ts, zone_name)
            breach = promises.explain_late(platform, rule, entry.id, at, late, zone_name)
            found.append((promises.raw_breach(entry.id, late), breach))
        return found

    def _offer_habit(
        self,
        platform_id: int,
        platform: str,
        rule: BalanceRule,
        before: dict[int, CountedPost],
        after: dict[int, CountedPost],
        changed: Sequence[int],
        new_raw: set[tuple[int, RawBreach]],
    ) -> tuple[list[Breach], offers.Room | None]:
        """The new breaches of the offer habit on the platform (added to ``new_raw``), explained, and
        for a lone changed offer in too many, the room around it (where a slot may be suggested)."""

        def keys(state: dict[int, CountedPost]) -> list[tuple[int, int]]:
            return [s.entry.key for s in state.values() if s.platform_id == platform_id and s.entry and s.offer]

        zone_name = self._session.planning_zone
        moved = keys(after)
        database = self._session.database
        judged = offers.judge(database, platform_id, rule, zone_name, keys(before), moved, changed)
        new_raw.update((platform_id, raw) for raw in judged.fresh)
        crowded = None
        too_many = {i for b in judged.fresh if b.kind is BreachKind.MAX_OFFERS for i in b.post_ids}
        if len(moved) == 1 and moved[0][1] in too_many:
            crowded = offers.room(database, platform_id, rule, moved[0], changed, SUGGESTION_DAYS * 86400)
        return offers.explain(platform, rule, judged.explained, judged.starts, zone_name), crowded

    @staticmethod
    def _waiting(breach: Breach) -> Suggestion:
        """No slot for a promotion held back by late follow-ups, and why."""
        message = tr("promises.no_slot", platform=breach.platform)
        return Suggestion(breach.platform, breach.first, "keep_followups", message)

    def _entries_by_id(self, breaches: Iterable[RawBreach]) -> list[Entry]:
        ids = sorted({i for b in breaches for i in b.post_ids})
        return [s.entry for s in self.states(ids).values() if s.entry is not None]

    def _time_region(self, platform_id: int, rule: BalanceRule, around: int, changed: list[int]) -> list[Entry]:
        """Unchanged posts within the suggestion horizon, plus the windows at its edges."""
        low = (around - SUGGESTION_DAYS * 86400, 0)
        high = (around + SUGGESTION_DAYS * 86400, 0)
        inside = self.entries(platform_id, above=low, below=high, exclude=changed)
        before = self.side_reach(platform_id, rule, low, changed, up=False)[0]
        after = self.side_reach(platform_id, rule, high, changed, up=True)[0]
        return [*before, *inside, *after]

    def gate(
        self,
        tx: Transaction,
        before: dict[int, CountedPost],
        after: dict[int, CountedPost],
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


def _distinct_windows(breaches: Iterable[RawBreach]) -> list[tuple[int, ...]]:
    """One window per run of overlapping ones: a suggestion each, not five."""
    windows: list[tuple[int, ...]] = []
    for breach in sorted(breaches, key=lambda b: b.post_ids):
        if not windows or not set(windows[-1]).intersection(breach.post_ids):
            windows.append(breach.post_ids)
    return windows


def _by_time(windows: list[tuple[int, ...]], starts: Mapping[int, int]) -> list[tuple[int, ...]]:
    """The windows in the order of their first post's start (those of unknown posts last): the
    earliest ones are those given a slot when there are more than :data:`CONVERSATION_SLOTS`."""
    unknown = max(starts.values(), default=0) + 1
    return sorted(windows, key=lambda window: min((starts[i] for i in window if i in starts), default=unknown))


def rule_of_row(row: db.BalanceRule, platform: str | None) -> BalanceRule:
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
        no_promotion_while_late=bool(row.no_promotion_while_late),
        max_offers=row.max_offers,
        offer_days=row.offer_days,
    )
