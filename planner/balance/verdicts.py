"""What the balance rules say about a change or a range, in plain words.

Values only: the planner fills them (:mod:`planner.balance.checks`), the
command line and the app show them.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field
from datetime import date, datetime

from planner.balance.values import FIX_KINDS, BalanceRule, Breach, BreachKind, RawBreach, Suggestion, Verdict
from planner.errors import PlannerError
from planner.i18n import Term, tr
from planner.model import KeptOnTime


@dataclass(frozen=True, slots=True)
class PlatformBalance:
    """The balance of one platform over a range."""

    platform: str
    rule: BalanceRule
    counts: dict[str, int]
    promotion_share: float
    longest_streak: int
    breaches: tuple[Breach, ...]
    suggestions: tuple[Suggestion, ...] = ()  # where conversation is missing
    followups: KeptOnTime = field(default_factory=KeptOnTime)  # kept on time: the follow-ups due in the range


@dataclass(frozen=True, slots=True)
class WeekSides:
    """Counted posts by side on one platform in one week: the seven days from ``start``, numbered
    ``year``-W``week`` by the ISO week of most of them, whatever day weeks start on."""

    platform: str
    year: int
    week: int
    counts: dict[str, int]
    start: date


@dataclass(frozen=True, slots=True)
class EditPreview:
    """An edit judged before it is saved: what it breaks (``verdict``), and the breaches its post
    would be in once saved (``after``; None when a rule in block mode refuses it, so it is not made)."""

    verdict: Verdict
    after: tuple[Breach, ...] | None


class BalanceRefused(PlannerError):
    """A rule in block mode refuses the change (exit 3); nothing was saved.

    ``unsaved``: the ids the refused change's new posts were given by their rolled-back inserts.
    No post has them, and the next post created may be given one: they name nothing to a reader
    (the breaches' ``posts`` hold them, where the new posts would stand)."""

    exit_code = 3

    def __init__(self, verdict: Verdict, *, unsaved: Iterable[int] = ()) -> None:
        first = verdict.blocking[0]
        hint = ""
        move = [s for s in verdict.suggestions if s.kind == "move_here"]
        waiting = [s for s in verdict.suggestions if s.kind == "keep_followups"]
        fixes = [s for s in verdict.suggestions if s.kind in (*FIX_KINDS, "no_slot", "repeat_every")]
        if move:
            hint = tr("balance.try_slots", slots=", ".join(moment_text(s.at) for s in move))
        elif waiting:
            hint = " " + waiting[0].message
        elif fixes:
            hint = "".join(" " + fix.message for fix in fixes)  # one for a post; a series' may be two ways
        super().__init__("error.balance_refused", breach=first.message, hint=hint)
        self.verdict = verdict
        self.unsaved = frozenset(unsaved)


class SeriesRefused(BalanceRefused):
    """A rule in block mode refuses a series (exit 3): one verdict for all its occurrences,
    naming the first one that breaks a rule (``first``, in its post's zone); nothing was saved."""

    def __init__(self, verdict: Verdict, first: datetime, *, unsaved: Iterable[int] = ()) -> None:
        super().__init__(verdict, unsaved=unsaved)
        self.key = "error.series_refused"
        self.params = {**self.params, "first": moment_text(first)}
        self.first = first


def moment_text(moment: datetime) -> str:
    return tr("balance.moment", weekday=Term(f"weekday.{moment.weekday()}"), day=moment.day,
              month=Term(f"month.{moment.month}"), time=f"{moment:%H:%M}")  # fmt: skip


def _day(number: int) -> str:
    """The day of the month as written: "1er" in French."""
    return tr("balance.first_day") if number == 1 else str(number)


def day_text(moment: datetime) -> str:
    """ "3 June" / "3 juin"."""
    return tr("balance.day_month", day=_day(moment.day), month=Term(f"month.{moment.month}"))


def span(first: datetime, last: datetime) -> str:
    """ "from 3 to 9 June" / "du 3 au 9 juin", or one day."""
    if first.date() == last.date():
        return tr("balance.span_day", day=_day(first.day), month=Term(f"month.{first.month}"))
    if (first.year, first.month) == (last.year, last.month):
        return tr("balance.span_month", first=_day(first.day), last=_day(last.day), month=Term(f"month.{last.month}"))
    first_text = tr("balance.day_month", day=_day(first.day), month=Term(f"month.{first.month}"))
    last_text = tr("balance.day_month", day=_day(last.day), month=Term(f"month.{last.month}"))
    if first.year != last.year:
        first_text, last_text = f"{first_text} {first.year}", f"{last_text} {last.year}"
    return tr("balance.span_range", first=first_text, last=last_text)


def explain(
    platform: str, rule: BalanceRule, raw: RawBreach, first: datetime, last: datetime, posts: tuple[int, ...] = ()
) -> Breach:
    """``raw`` in words, from its ``first`` to its ``last`` post; naming ``posts`` (default: its
    own; a report names every post of its episode)."""
    figure = int(raw.figure) if float(raw.figure).is_integer() else raw.figure
    limit = int(raw.limit) if float(raw.limit).is_integer() else raw.limit
    key = f"balance.{raw.kind.value}"
    if figure == 1 and raw.kind in (BreachKind.MAX_PROMOTION, BreachKind.MIN_CONVERSATION):
        key += "_one"
    elif figure == 0 and raw.kind is BreachKind.MIN_CONVERSATION:
        key += "_none"  # "no conversation post", not "only 0"
    message = tr(
        key,
        platform=platform,
        figure=figure,
        limit=limit,
        window=len(raw.post_ids),
        span=span(first, last),
        rule=rule.label,
    )
    return Breach(platform, rule, raw.kind, posts or raw.post_ids, first, last, figure, limit, message)
