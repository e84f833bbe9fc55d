"""Filling a week: backlog ideas put into the empty weekly slots so that no balance rule breaks.

Where Buffer or SocialBee fill a queue blindly, Dialogos fills it the way its rules read a
plan: conversation first, promotion last and only where it passes. The slots of the range are
taken in passes — conversation slots, then information, then promotion, then the slots of any
side — each pass in time order. A slot of one side takes an idea of that side first; a slot of
any side takes a conversation idea first, then information, an idea of no side, promotion last;
among equals the oldest idea first. Last, the slots of one side still empty take what is left of
the other sides, in that same order: every idea of a side has had its chance at its own slots
before it stands in elsewhere. An idea goes only to its own platform's slots, keeps its duration
and becomes a draft at the slot's start.

Each candidate is judged with every placement before it, as one change of the plan
(:meth:`~planner.balance.checks.BalanceChecks.judge`: promises before promotion and the offer
habit included), reading only the posts around the placements: nothing is written to propose.
A candidate that brings any new breach of a rule in warn or block mode is not placed. What
stays empty is said, per platform and side: ideas missing, or ideas the rules let go nowhere.

Applying a proposal is one write, every idea at the version it was proposed at and every slot
still empty, else a :class:`~planner.errors.ConflictError` and nothing is saved.
"""

from __future__ import annotations

from collections.abc import Collection, Iterable, Sequence
from dataclasses import dataclass, field
from datetime import datetime, timedelta

from planner.balance.checks import BalanceChecks, CountedPost
from planner.balance.engine import BreachKind, Entry
from planner.balance.values import BalanceRule
from planner.balance.verdicts import moment_text
from planner.errors import ConflictError
from planner.i18n import tr
from planner.model import Change, ChangeKind, Entity, Post, PostPatch, PostQuery, Side, Status
from planner.posts import Posts
from planner.reference import ReferenceData
from planner.session import Session
from planner.slots import SLOT_LENGTH, Slots, SlotTime

SIDE_ORDER: tuple[Side | None, ...] = (Side.CONVERSATION, Side.INFORMATION, Side.PROMOTION, None)
"""The passes over the slots, and the order of the shortfalls: a slot's side, None for any."""

_ANY_SIDE_IDEAS: tuple[Side | None, ...] = (Side.CONVERSATION, Side.INFORMATION, None, Side.PROMOTION)
"""What a slot of any side takes, in this order: an idea of no side counts as neither
conversation nor promotion, so it comes before promotion."""

_LONGEST_POST = timedelta(days=7)
"""A post lasts a week at most: one started that long before a slot may still reach into it."""


@dataclass(frozen=True, slots=True)
class Placement:
    """One idea put in one empty slot: the idea becomes a draft at ``slot.start``, in the
    planning zone, with the duration it has."""

    slot: SlotTime
    idea: Post

    @property
    def start(self) -> datetime:
        return self.slot.start

    @property
    def end(self) -> datetime:
        return self.slot.start + timedelta(minutes=self.idea.duration_minutes)


@dataclass(frozen=True, slots=True)
class Shortfall:
    """Slots left empty for want of a fitting idea: "Instagram: 2 conversation ideas missing".

    ``side`` is the slots' side (None for slots of any side); of the ``count`` slots,
    ``blocked`` had an idea that would fit but that the platform's rule (``rule``, its label:
    "80/20") would not let go there, for the kinds of breach ``because`` lists. One idea refused
    at every slot of a side blocks one slot, not all of them: the others lack ideas."""

    platform: str
    side: Side | None
    count: int
    blocked: int = 0
    because: tuple[BreachKind, ...] = ()  # what the rules refused the ideas for, in the engine's order
    rule: str = ""  # the label of the rule that refused them ("80/20", "custom"); "" when none did

    @property
    def message(self) -> str:
        return missing_line(self)


@dataclass(frozen=True, slots=True)
class FillProposal:
    """What filling a range would do; nothing is written until :meth:`Filling.apply`."""

    start: datetime
    end: datetime
    platforms: tuple[str, ...]  # () = every platform
    placements: tuple[Placement, ...]  # in time order, then platform
    missing: tuple[Shortfall, ...]  # by platform, then side (conversation, information, promotion, any)
    empty_slots: int  # the slots of the range still to come and empty before filling (0 without slots)
    slots: int  # every slot occurrence in the range
    past_slots: int = 0  # empty slots of the range already past: never filled
    ideas: int = 0  # the backlog ideas that could go to the range's slots (of those platforms)
    left_out: frozenset[int] = frozenset()  # the ideas asked not to be placed


@dataclass
class _Platform:
    """One platform's filling in progress: its open slots, its ideas, what is placed."""

    platform_id: int
    rule: BalanceRule
    slots: list[SlotTime]
    ideas: list[Post]
    offers: dict[int, bool]
    busy: list[tuple[datetime, datetime]]  # dated posts there and the placements so far
    placed: list[Placement] = field(default_factory=list)
    held: set[tuple[int, datetime]] = field(default_factory=set)  # slots a placement holds


@dataclass
class _Refusal:
    """What the rules refused at one slot: the kinds of breach, and the ideas tried there."""

    kinds: set[BreachKind] = field(default_factory=set)
    ideas: set[int] = field(default_factory=set)


def missing_line(shortfall: Shortfall) -> str:
    """The user-language line of a shortfall: ideas missing, slots the rules keep empty, or both."""
    side = "any" if shortfall.side is None else shortfall.side.value
    lines = []
    wanting = shortfall.count - shortfall.blocked
    if wanting:
        lines.append(tr(f"fill.missing.{side}" + ("_one" if wanting == 1 else ""), count=wanting))
    if shortfall.blocked:
        one = "_one" if shortfall.blocked == 1 else ""
        lines.append(tr(f"fill.blocked.{side}{one}", count=shortfall.blocked, why=_why(shortfall)))
    what = lines[0] if len(lines) == 1 else tr("fill.and", first=lines[0], second=lines[1])
    return tr("fill.line", platform=shortfall.platform, what=what)


def _why(shortfall: Shortfall) -> str:
    """Why the rules keep the slots empty: late follow-ups or the offer habit when they alone
    refused the ideas (the fix is then elsewhere than in the mix), else the slots' side."""
    alone = set(shortfall.because)
    if alone == {BreachKind.NO_PROMOTION_WHILE_LATE}:
        return tr("fill.why.late")
    if alone and alone <= {BreachKind.MAX_OFFERS, BreachKind.OFFER_RHYTHM}:
        return tr("fill.why.offers")
    rule = tr("fill.rule_named", label=shortfall.rule) if shortfall.rule else tr("fill.rule_unnamed")
    return tr(_WHY_OF_SIDE[shortfall.side], rule=rule)


_WHY_OF_SIDE = {
    Side.CONVERSATION: "fill.why.conversation",
    Side.INFORMATION: "fill.why.information",
    Side.PROMOTION: "fill.why.promotion",
    None: "fill.why.any",
}
"""What keeps slots of a side empty when the mix refused their ideas: the rule that refuses them."""


class Filling:
    """Filling the open plan's empty slots with its ideas (``planner.filling``)."""

    def __init__(
        self, session: Session, reference: ReferenceData, balance: BalanceChecks, posts: Posts, slots: Slots
    ) -> None:
        self._session = session
        self._reference = reference
        self._balance = balance
        self._posts = posts
        self._slots = slots

    def propose(
        self,
        start: datetime,
        end: datetime,
        platforms: Collection[str] | None = None,
        *,
        leave_out: Collection[int] = (),
    ) -> FillProposal:
        """Where the backlog's ideas would go in the empty slots of [``start``, ``end``) on
        ``platforms`` (every platform when None or empty). Reads only; the same plan and input
        give the same proposal.

        ``leave_out``: ids of ideas not to place. Leaving a placement out of a proposal is
        proposing again without its idea, never applying the rest as it was: a promotion may
        pass only thanks to a conversation post placed before it."""
        if start.tzinfo is None or end.tzinfo is None:
            raise TypeError("naive datetime: the core only handles aware ones")
        with self._session.reading():
            names = tuple(dict.fromkeys(self._reference.platform_row(name).name for name in platforms or ()))
            occurrences = self._slots.occurrences(start, end, names)
            empty = self._slots.empty(start, end, names) if occurrences else []
            now = self._session.now()
            open_slots = [o for o in empty if o.start > now]
            fillings = self._fillings(open_slots, frozenset(leave_out))
            placements: list[Placement] = []
            missing: list[Shortfall] = []
            for name in sorted(fillings, key=str.casefold):
                placed, short = self._fill(name, fillings[name])
                placements += placed
                missing += short
        placements.sort(key=lambda p: (p.start, p.slot.platform.casefold(), p.slot.slot.id))
        return FillProposal(
            start=start,
            end=end,
            platforms=names,
            placements=tuple(placements),
            missing=tuple(missing),
            empty_slots=len(open_slots),
            slots=len(occurrences),
            past_slots=len(empty) - len(open_slots),
            ideas=sum(len(f.ideas) for f in fillings.values()),
            left_out=frozenset(leave_out),
        )

    def apply(self, proposal: FillProposal) -> Change:
        """Make the proposal's placements in one write: each idea a draft at its slot's start.

        Every idea must still be at the version it was proposed at and every slot still empty
        and there (:class:`ConflictError` otherwise, nothing saved); the rules judge the whole
        as one change, clean by construction unless the plan moved since."""
        if not proposal.placements:
            return Change(self._session.revision(), ChangeKind.EDIT, Entity.POST, ())
        zone_name = self._session.planning_zone
        self._session.check_writable()
        # Under the write lock from the checks on: the slots are seen as the edit will find them.
        with self._session.locked():
            platforms = sorted({p.slot.platform for p in proposal.placements}, key=str.casefold)
            still = {(o.slot.id, o.start) for o in self._slots.empty(proposal.start, proposal.end, platforms)}
            versions = {o.id: o.version for o in self._slots.slots()}
            for placement in proposal.placements:
                slot = placement.slot
                if (slot.slot.id, slot.start) not in still or versions.get(slot.slot.id) != slot.slot.version:
                    raise ConflictError("error.fill_slot_taken", platform=slot.platform, moment=moment_text(slot.start))
            patches = {
                p.idea.id: PostPatch(start=p.start, timezone=zone_name, status=Status.DRAFT)
                for p in proposal.placements
            }
            return self._posts.edit_posts(patches, {p.idea.id: p.idea.version for p in proposal.placements})

    def undo(self, change: Change) -> Change:
        """Undo an :meth:`apply`: each placed idea back to the backlog (an idea without a date),
        in one write, each at the version the filling saved (:class:`ConflictError` when one was
        changed since, nothing saved). Sending posts back to the ideas is never refused."""
        if not change.posts:
            return Change(self._session.revision(), ChangeKind.EDIT, Entity.POST, ())
        patches = {post.id: PostPatch(status=Status.IDEA) for post in change.posts}
        return self._posts.edit_posts(patches, {post.id: post.version for post in change.posts})

    # -- proposing ----------------------------------------------------------------

    def _fillings(self, open_slots: Sequence[SlotTime], leave_out: frozenset[int]) -> dict[str, _Platform]:
        """Each platform with open slots (in time order), its ideas (read once, oldest first) and
        its busy times."""
        names = sorted({o.platform for o in open_slots}, key=str.casefold)
        if not names:
            return {}
        backlog = self._posts.list_posts(PostQuery(platforms=tuple(names), statuses=(Status.IDEA,)))
        ideas = [idea for idea in backlog if idea.id not in leave_out]
        ideas.sort(key=lambda idea: (idea.created_at, idea.id))
        states = self._balance.states([idea.id for idea in ideas])
        busy: dict[str, list[tuple[datetime, datetime]]] = {}
        if ideas:
            # What a placement may overlap: from a week before the first open slot (a post lasts a
            # week at most) to the longest idea after the last one.
            longest = timedelta(minutes=max(idea.duration_minutes for idea in ideas))
            reach = PostQuery(open_slots[0].start - _LONGEST_POST, open_slots[-1].start + longest, tuple(names))
            for post in self._posts.list_posts(reach):
                if post.start is not None and post.end is not None and post.status.counts_in_balance:
                    busy.setdefault(post.platform.casefold(), []).append((post.start, post.end))
        found: dict[str, _Platform] = {}
        for name in names:
            key = name.casefold()
            mine = [idea for idea in ideas if idea.platform.casefold() == key]
            row = self._reference.platform_row(name)
            found[name] = _Platform(
                platform_id=row.id,
                rule=self._balance.rule_of(row.id, row.name),
                slots=[o for o in open_slots if o.platform.casefold() == key],
                ideas=mine,
                offers={idea.id: states[idea.id].offer for idea in mine if idea.id in states},
                busy=busy.get(key, []),
            )
        return found

    def _fill(self, name: str, filling: _Platform) -> tuple[list[Placement], list[Shortfall]]:
        """One platform's placements and shortfalls: the passes over its slots by side, then the
        slots of one side still empty offered the ideas left of the other sides.

        A slot left empty counts as blocked when an idea of its own side (any, for a slot of any
        side) was refused there by a rule: the ideas of other sides offered last are a stopgap,
        and their refusal does not change what the slot lacks. No more slots of a side count as
        blocked than ideas were refused there and stayed unplaced: one offer refused at three
        promotion slots keeps one of them empty; the two others lack ideas."""
        empty: dict[Side | None, int] = dict.fromkeys(SIDE_ORDER, 0)
        blocked: dict[Side | None, int] = dict.fromkeys(SIDE_ORDER, 0)
        because: dict[Side | None, set[BreachKind]] = {side: set() for side in SIDE_ORDER}
        refused_ideas: dict[Side | None, set[int]] = {side: set() for side in SIDE_ORDER}
        waiting: list[tuple[SlotTime, _Refusal]] = []

        def left_empty(side: Side | None, refusal: _Refusal) -> None:
            empty[side] += 1
            blocked[side] += bool(refusal.kinds)
            because[side] |= refusal.kinds
            refused_ideas[side] |= refusal.ideas

        for side in SIDE_ORDER:
            for slot in (o for o in filling.slots if o.side is side):
                if (slot.slot.id, slot.start) in filling.held:
                    continue  # a longer idea placed before it holds it already
                refusal = self._place(filling, slot, _candidates(filling.ideas, side))
                if refusal is None:
                    continue
                if side is None:
                    left_empty(side, refusal)
                else:
                    waiting.append((slot, refusal))
        for slot, refusal in waiting:
            if (slot.slot.id, slot.start) in filling.held:
                continue
            if self._place(filling, slot, _others(filling.ideas, slot.side)) is None:
                continue
            left_empty(slot.side, refusal)
        placed = {p.idea.id for p in filling.placed}
        short = []
        for side in (side for side in SIDE_ORDER if empty[side]):
            held_back = min(blocked[side], len(refused_ideas[side] - placed))
            kinds = tuple(k for k in BreachKind if k in because[side]) if held_back else ()
            rule = filling.rule.label if held_back else ""
            short.append(Shortfall(name, side, empty[side], held_back, kinds, rule))
        return filling.placed, short

    def _place(self, filling: _Platform, slot: SlotTime, candidates: Iterable[Post]) -> _Refusal | None:
        """Put the first of ``candidates`` that fits in ``slot``: None when one did, else which
        ideas the rules refused there and for which kinds of breach (none when there was no idea
        to try)."""
        placed = {p.idea.id for p in filling.placed}
        refused: set[tuple[Side | None, bool]] = set()
        refusal = _Refusal()
        for idea in candidates:
            if idea.id in placed:
                continue
            kind = (idea.side, filling.offers.get(idea.id, False))
            if kind in refused:
                refusal.ideas.add(idea.id)  # the rules read a post's side and offer only: it fails too
                continue
            placement = Placement(slot, idea)
            if not self._free(filling, placement):
                continue
            breaking = self._breaking(filling, placement)
            if breaking:
                refused.add(kind)
                refusal.kinds |= breaking
                refusal.ideas.add(idea.id)
                continue
            filling.placed.append(placement)
            filling.busy.append((placement.start, placement.end))
            filling.held.update(
                (o.slot.id, o.start) for o in filling.slots if _overlaps(o.start, o.start + SLOT_LENGTH, placement)
            )
            return None
        return refusal

    @staticmethod
    def _free(filling: _Platform, placement: Placement) -> bool:
        """Whether the idea fits at the slot for time: it overlaps no post nor placement on the
        platform, and every other slot it reaches into is empty still (each slot holds one post)."""
        if any(placement.start < end and start < placement.end for start, end in filling.busy):
            return False
        return all(
            (o.slot.id, o.start) not in filling.held
            for o in filling.slots
            if o is not placement.slot and _overlaps(o.start, o.start + SLOT_LENGTH, placement)
        )

    def _breaking(self, filling: _Platform, placement: Placement) -> set[BreachKind]:
        """The kinds of the new breaches of warn and block rules in the plan with every placement
        so far and this one: none when it may go there."""
        before: dict[int, CountedPost] = {}
        after: dict[int, CountedPost] = {}
        for each in (*filling.placed, placement):
            offer = filling.offers.get(each.idea.id, False)
            entry = Entry(each.idea.id, int(each.start.timestamp()), each.idea.side)
            before[each.idea.id] = CountedPost(filling.platform_id, None, offer)
            after[each.idea.id] = CountedPost(filling.platform_id, entry, offer)
        verdict = self._balance.judge(before, after, rules={filling.platform_id: filling.rule})
        return {breach.kind for breach in verdict.breaches}


def _candidates(ideas: Iterable[Post], side: Side | None) -> list[Post]:
    """The ideas a slot of ``side`` takes first, in the order it takes them (oldest first among
    equals): those of its side, or for a slot of any side every idea in :data:`_ANY_SIDE_IDEAS` order."""
    ideas = list(ideas)
    if side is not None:
        return [idea for idea in ideas if idea.side is side]
    return [idea for wanted in _ANY_SIDE_IDEAS for idea in ideas if idea.side is wanted]


def _others(ideas: Iterable[Post], side: Side | None) -> list[Post]:
    """The ideas a slot of ``side`` still empty takes last: those of the other sides, in the order
    a slot of any side takes them."""
    return [idea for idea in _candidates(ideas, None) if idea.side is not side]


def _overlaps(start: datetime, end: datetime, placement: Placement) -> bool:
    return start < placement.end and placement.start < end
