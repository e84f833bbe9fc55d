"""Promises before promotion: no new promotion on a platform while a follow-up there is late.

A follow-up is late at an instant when it is open (neither kept nor dropped, nor withdrawn
with its post) and was due before it. A promotion is judged against what is known to be late:
the follow-ups open now and due before both its instant and now. One not due yet may still be
kept on time, so it holds back no promotion planned after it; one already late holds back
every promotion after its due instant until it is kept or dropped, and when that will be is
not known: no slot can be suggested in its place.

Each read is one range of the follow-ups' index on (platform, status, due instant), cut at
:data:`COUNT_CAP`: judging a promotion costs the same whatever the size of the plan.
"""

from __future__ import annotations

import bisect
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import datetime
from typing import Any, cast

from planner.balance.values import BalanceRule, Breach, BreachKind, RawBreach
from planner.balance.verdicts import day_text
from planner.i18n import Term, tr
from planner.model import FollowupStatus
from planner.storage import models as db
from planner.timezones import from_timestamp

SHOWN = 3
"""How many late follow-ups a refusal names (the oldest first); the others are counted."""
COUNT_CAP = 1000
"""Past this many, the count says "1000 or more": counting them all would read them all."""


@dataclass(frozen=True, slots=True)
class LateFollowups:
    """The follow-ups late before a promotion: how many, and the oldest ones."""

    count: int
    oldest: tuple[int, ...]

    @property
    def capped(self) -> bool:
        return self.count >= COUNT_CAP


def _late(platform_id: int, before_ts: int) -> object:
    return (
        (db.Followup.platform_id == platform_id)
        & (db.Followup.status == FollowupStatus.OPEN.value)
        & (db.Followup.due_ts < before_ts)  # the index's range: the deadline is never before it
        & (db.followup_deadline() < before_ts)
        & db.Followup.withdrawn.is_null()
    )


def late_count(platform_id: int, at_ts: int, now_ts: int) -> int:
    """How many follow-ups on the platform are known late at ``at_ts`` (capped at :data:`COUNT_CAP`)."""
    query = db.Followup.select(db.Followup.id).where(_late(platform_id, min(at_ts, now_ts))).limit(COUNT_CAP)
    return int(query.count())


class LateOnPlatform:
    """The follow-ups late now on one platform, read once (the oldest :data:`COUNT_CAP`), to
    judge many promotions: a range report asks what was known late at each of its promotions.
    :meth:`before` gives what :func:`late_before` would, without a read per promotion."""

    def __init__(self, platform_id: int, now_ts: int) -> None:
        self._now_ts = now_ts
        rows = (
            db.Followup.select(db.followup_deadline(), db.Followup.id)
            .where(_late(platform_id, now_ts))
            .order_by(db.Followup.due_ts, db.Followup.id)
            .limit(COUNT_CAP)
        )
        found = sorted((int(deadline), int(fid)) for deadline, fid in _rows(rows))
        self._dues = [due for due, _fid in found]
        self._ids = [fid for _due, fid in found]

    @property
    def first_due(self) -> int | None:
        """When the first of them became late: no promotion at or before it is held back."""
        return self._dues[0] if self._dues else None

    def behind(self, late: LateFollowups) -> tuple[int, int | None]:
        """The instants of the promotions held back by exactly ``late`` (as :meth:`before` gives
        it): after the due instant of its last one, up to that of the next one (None: on and on,
        as every promotion after now waits behind all that is late now)."""
        low = self._dues[late.count - 1]
        return low, self._dues[late.count] if late.count < len(self._dues) else None

    def before(self, at_ts: int) -> LateFollowups:
        """The follow-ups known late at ``at_ts``: their count (capped) and the oldest ones."""
        count = bisect.bisect_left(self._dues, min(at_ts, self._now_ts))
        return LateFollowups(count, tuple(self._ids[: min(count, SHOWN)]))


def late_before(platform_id: int, at_ts: int, now_ts: int) -> LateFollowups:
    """The follow-ups on the platform known late at ``at_ts``: their count and the oldest ones."""
    before = min(at_ts, now_ts)
    oldest = (
        db.Followup.select(db.Followup.id)
        .where(_late(platform_id, before))
        .order_by(db.Followup.due_ts, db.Followup.id)
        .limit(SHOWN)
    )
    ids = tuple(int(i) for (i,) in _rows(oldest))
    return LateFollowups(late_count(platform_id, at_ts, now_ts) if ids else 0, ids)


def explain_late(
    platform: str, rule: BalanceRule, promotion: int, at: datetime, late: LateFollowups, zone_name: str
) -> Breach:
    """The breach of a promotion at ``at`` behind ``late``, naming the oldest late follow-ups:
    "You owe the community 2 follow-ups on Instagram (“Which one?” of 3 June: promised post due
    6 June; …)"."""
    rows = (
        db.Followup.select(
            db.Followup.id, db.Followup.kind, db.Followup.note, db.Followup.due_ts, db.Post.title, db.Post.start_ts
        )
        .join(db.Post, on=(db.Followup.post_id == db.Post.id))
        .where(db.Followup.id.in_(list(late.oldest)))
        .order_by(db.Followup.due_ts, db.Followup.id)
    )
    named = [
        tr(
            "promises.late_item_noted" if note else "promises.late_item",
            title=title,
            day=day_text(from_timestamp(start_ts, zone_name)),
            kind=Term(f"followup_kind.{kind}"),
            note=note,
            due=day_text(from_timestamp(due_ts, zone_name)),
        )
        for _fid, kind, note, due_ts, title, start_ts in _rows(rows)
    ]
    more = late.count - len(named)
    listed = tr("promises.list_separator").join(named)
    if late.capped:
        listed += tr("promises.and_many_more", count=COUNT_CAP - len(named))
    elif more > 0:
        listed += tr("promises.and_more", count=more)
    count = f"{COUNT_CAP}+" if late.capped else str(late.count)
    key = "balance.no_promotion_while_late_one" if late.count == 1 else "balance.no_promotion_while_late"
    message = tr(key, count=count, platform=platform, late=listed, rule=rule.label)
    return Breach(
        platform,
        rule,
        BreachKind.NO_PROMOTION_WHILE_LATE,
        (promotion,),
        at,
        at,
        late.count,
        0,
        message,
        followups=late.oldest,
    )


def raw_breach(promotion: int, late: LateFollowups) -> RawBreach:
    """The breach as :attr:`~planner.balance.values.Verdict.raw` lists it."""
    return RawBreach(BreachKind.NO_PROMOTION_WHILE_LATE, (promotion,), late.count, 0)


def _rows(query: Any) -> Iterable[tuple[Any, ...]]:
    return cast("Iterable[tuple[Any, ...]]", query.tuples())
