"""Kept on time, per platform over a range: the health figure beside the balance's sides.

For a platform and a range, the follow-ups counted are those due in the range, not withdrawn
with their post (a cancelled post's open ones, a deleted post's). Each is exactly one of:

- ``kept_on_time``: kept, and kept by its deadline (a reply window's end; the other kinds'
  due instant);
- ``kept_late``: kept after its deadline;
- ``late``: open, and its deadline has passed (now, by the session's clock);
- ``open``: open, its deadline still to come;
- ``dropped``: given up, with a reason.

``due`` is their total. The share kept on time is ``kept_on_time`` over ``kept_on_time +
kept_late + late + dropped``, none when that is 0: an open one is not judged yet, and a dropped
one is a promise not kept (with its reason in the history), so dropping a late one does not
mend the figure.

The counts are one grouped read of the range on the follow-ups' due-instant index: what it
costs grows with the range, not with the plan.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from typing import Any, cast

import peewee as pw

from planner.model import FollowupStatus, KeptOnTime
from planner.storage import models as db


def _one_when(condition: Any) -> Any:
    return pw.fn.SUM(pw.Case(None, [(condition, 1)], 0))


def kept_on_time_counts(
    platform_ids: Iterable[int], start_ts: int | None, end_ts: int | None, now_ts: int
) -> dict[int, KeptOnTime]:
    """:class:`~planner.model.KeptOnTime` of each platform in ``platform_ids`` (every one of
    them, with nothing due when none was) over the follow-ups due in [``start_ts``, ``end_ts``)
    (None: open on that side), judged at ``now_ts``. To be called inside a read of the session."""
    wanted = list(platform_ids)
    found = dict.fromkeys(wanted, KeptOnTime())
    if not wanted or (start_ts is not None and end_ts is not None and end_ts <= start_ts):
        return found
    for platform_id, *counts in cast("Iterable[tuple[Any, ...]]", counts_query(start_ts, end_ts, now_ts).tuples()):
        if platform_id in found:
            found[platform_id] = KeptOnTime(*(int(n or 0) for n in counts))
    return found


def counts_query(start_ts: int | None, end_ts: int | None, now_ts: int) -> Any:
    """The grouped read of :func:`kept_on_time_counts`: every platform's follow-ups due in the
    range, counted by fate, on the due instant's index.

    No platform in the filter: the planner would take the (platform, status, due) index for
    it and read each platform's follow-ups of every range; platforms not wanted are dropped
    from the few rows it returns.
    """
    f = db.Followup
    deadline = db.followup_deadline()
    kept = f.status == FollowupStatus.KEPT.value
    still_open = f.status == FollowupStatus.OPEN.value
    query = (
        f.select(
            f.platform_id,
            _one_when(kept & (f.kept_at <= deadline)),
            _one_when(kept & (f.kept_at.is_null() | (f.kept_at > deadline))),  # when unknown: not on time
            _one_when(still_open & (deadline < now_ts)),
            _one_when(still_open & (deadline >= now_ts)),
            _one_when(f.status == FollowupStatus.DROPPED.value),
        )
        .where(f.withdrawn.is_null())
        .group_by(f.platform_id)
    )
    if start_ts is not None:
        query = query.where(f.due_ts >= start_ts)
    if end_ts is not None:
        query = query.where(f.due_ts < end_ts)
    return query


def by_name(counts: Mapping[int, KeptOnTime], names: Mapping[int, str]) -> dict[str, KeptOnTime]:
    """The counts keyed by platform name, in the order of ``names``."""
    return {name: counts.get(platform_id, KeptOnTime()) for platform_id, name in names.items()}
