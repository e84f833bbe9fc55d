"""The values of balance: rules, breaches, suggestions and verdicts, as the planner returns them.

A leaf under :mod:`planner.model`'s :class:`~planner.model.Change`, which carries a
:class:`Verdict`: it imports only :mod:`planner.i18n` (for a rule's label), so the
model can name these types without loading the balance engine. The functions that
make and explain them live beside it (:mod:`planner.balance.rules`,
:mod:`planner.balance.engine`, :mod:`planner.balance.verdicts`), which re-export them.
"""

from __future__ import annotations

import enum
from dataclasses import dataclass
from datetime import datetime

from planner.i18n import tr


class Mode(enum.StrEnum):
    """What a breach does."""

    OFF = "off"  # not judged at all
    ADVISE = "advise"  # shown in reports only
    WARN = "warn"  # saved, with a visible warning
    BLOCK = "block"  # refused unless overridden with a reason


@dataclass(frozen=True, slots=True)
class BalanceRule:
    """The rule of one platform, or the default one (``platform`` None).

    ``None`` in a limit means "no such limit". ``no_promotion_while_late``: no new promotion
    while a follow-up on the platform is late at its instant ("promises before promotion").
    ``max_offers`` in ``offer_days``: at most so many posts of offer categories in any span of
    that many days (the offer habit); both set or both None.
    """

    platform: str | None
    window: int
    max_promotion: int | None
    min_conversation: int | None
    max_promo_streak: int | None
    min_promo_gap_hours: float | None
    mode: Mode
    preset: str | None = None
    version: int = 1
    no_promotion_while_late: bool = True
    max_offers: int | None = None
    offer_days: int | None = None

    @property
    def label(self) -> str:
        """The rule's name as people say it: "80/20", or "custom rule"."""
        return PRESET_LABELS.get(self.preset or "", "") or tr("rule.custom")


PRESET_LABELS = {"80-20": "80/20", "thirds": "⅓ ⅓ ⅓", "4-1-1": "4-1-1", "5-3-2": "5-3-2"}


class BreachKind(enum.StrEnum):
    MAX_PROMOTION = "max_promotion"
    MIN_CONVERSATION = "min_conversation"
    MAX_PROMO_STREAK = "max_promo_streak"
    MIN_PROMO_GAP = "min_promo_gap"
    NO_PROMOTION_WHILE_LATE = "no_promotion_while_late"
    MAX_OFFERS = "max_offers"
    OFFER_RHYTHM = "offer_rhythm"  # a warning at most: see Breach.mode


@dataclass(frozen=True, slots=True)
class RawBreach:
    """One offending window, run or pair, with its figure against the limit."""

    kind: BreachKind
    post_ids: tuple[int, ...]
    figure: float
    limit: float


@dataclass(frozen=True, slots=True)
class Breach:
    """A broken rule, explained: the worst window of one episode.

    In a report, ``posts`` are every post of the episode (each breached window, run or gap of it,
    read whole beyond the range): the breaches naming a post are the same whatever range holds
    it, so its card and its editor agree. In a change's verdict, they are the window's.

    For "promises before promotion", ``posts`` is the promotion and ``followups`` the late
    follow-ups it waits behind (the oldest first, as many as the message names), ``figure``
    how many are late and ``limit`` 0.
    """

    platform: str
    rule: BalanceRule
    kind: BreachKind
    posts: tuple[int, ...]
    first: datetime
    last: datetime
    figure: float
    limit: float
    message: str
    followups: tuple[int, ...] = ()

    @property
    def mode(self) -> Mode:
        """The rule's mode; an offer rhythm only warns even under a blocking rule: a habit
        forming is worth knowing, never a reason to refuse a post."""
        if self.kind is BreachKind.OFFER_RHYTHM and self.rule.mode is Mode.BLOCK:
            return Mode.WARN
        return self.rule.mode


@dataclass(frozen=True, slots=True)
class Suggestion:
    """A slot where the post would pass, or where conversation is missing, or what fixes a refusal.

    ``kind`` is "move_here" (a free slot where the post passes), "add_conversation" (a window short
    of it), "add_conversation_before", "_after" or "_around" (no slot passes within the horizon: ``moments``
    are free slots before, after or around the post where posts of ``side`` would let it pass where it
    is, or at ``move_to``: :data:`FIX_KINDS`), "keep_followups" (no slot can pass while they are
    late), "repeat_every" (a refused series repeated less often passes: the message says how
    often) or "no_slot" (nothing found that mends it: the message says why).
    """

    platform: str
    at: datetime
    kind: str
    message: str
    moments: tuple[datetime, ...] = ()
    side: str | None = None  # the side of the posts to add, as stored ("conversation")
    move_to: datetime | None = None  # a fix that also moves the post: where to


FIX_KINDS = ("add_conversation_before", "add_conversation_after", "add_conversation_around")
"""The suggestions that say what fixes a post no slot lets pass: conversation posts to add."""


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
