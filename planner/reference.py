"""Platforms, categories and members: the reference data posts point to."""

from __future__ import annotations

import json
from collections.abc import Iterable
from datetime import timedelta
from typing import TypeVar

from planner import validation as check
from planner.defaults import MEMBER_COLOURS, PLATFORM_KINDS, guess_kind
from planner.errors import ConflictError, NotFoundError, ValidationError
from planner.model import (
    UNSET,
    Category,
    Change,
    ChangeKind,
    Entity,
    FollowupDefault,
    FollowupKind,
    Member,
    Platform,
    Role,
    Side,
    _Unset,
)
from planner.session import Session, Transaction
from planner.storage import models as db

_Row = TypeVar("_Row", db.Platform, db.Category, db.Member)


def _platform(row: db.Platform) -> Platform:
    return Platform(
        id=row.id,
        name=row.name,
        kind=row.kind,
        colour=row.colour,
        text_limit=row.text_limit,
        active=bool(row.active),
        version=row.version,
    )


def _category(row: db.Category) -> Category:
    return Category(
        id=row.id,
        name=row.name,
        side=Side(row.side),
        version=row.version,
        followups=followup_defaults(row.followups),
        offer=bool(row.offer),
    )


def followup_defaults(stored: str) -> tuple[FollowupDefault, ...]:
    """A category's default follow-ups as stored (a JSON list), as values."""
    return tuple(
        FollowupDefault(FollowupKind(item["kind"]), timedelta(minutes=item["after"]), item.get("duration"))
        for item in json.loads(stored or "[]")
    )


def _stored_defaults(defaults: Iterable[FollowupDefault | str]) -> str:
    values = [check.followup_default(d) if isinstance(d, str) else d for d in defaults]
    return json.dumps(
        [
            {"kind": d.kind.value, "after": int(d.after.total_seconds()) // 60, "duration": d.duration_minutes}
            for d in values
        ]
    )


def _member(row: db.Member) -> Member:
    return Member(
        id=row.id, name=row.name, initials=row.initials, colour=row.colour, version=row.version, role=_role(row.role)
    )


def _role(stored: object) -> Role:
    """A member's stored role; a word from a newer Dialogos reads as an editor (the least it may do)."""
    try:
        return Role(str(stored))
    except ValueError:
        return Role.EDITOR


def member_named(name: str) -> db.Member | None:
    """The member called ``name`` whatever the case of its letters, None when the team has none (inside a read)."""
    return _named(db.Member, name) if name.strip() else None


def _named(model: type[_Row], name: str) -> _Row | None:
    """The row called ``name``, whatever the case of its letters.

    The columns' NOCASE collation folds ASCII letters only, so "événement"
    would miss "Événement": names not found at once are compared casefolded.
    """
    clean = name.strip()
    row = model.get_or_none(model.name == clean)
    if row is None:
        folded = clean.casefold()
        row = next((other for other in model.select() if other.name.casefold() == folded), None)
    return row


class ReferenceData:
    """Platforms, categories and members of the open plan (``planner.reference``).

    The ``*_row`` methods give the stored rows other services point their
    writes to; they run inside the caller's read or write.
    """

    def __init__(self, session: Session) -> None:
        self._session = session

    # -- platforms --------------------------------------------------------

    def platforms(self, *, active_only: bool = False) -> list[Platform]:
        with self._session.reading():
            query = db.Platform.select().order_by(db.Platform.name)
            if active_only:
                query = query.where(db.Platform.active == True)  # noqa: E712 - SQL comparison
            return [_platform(row) for row in query]

    def platform(self, name: str) -> Platform:
        with self._session.reading():
            return _platform(self.platform_row(name))

    def platform_row(self, name: str) -> db.Platform:
        """The platform called ``name`` (letter case aside), else the unknown-platform error."""
        row = _named(db.Platform, name)
        if row is None:
            known = ", ".join(p.name for p in db.Platform.select(db.Platform.name).order_by(db.Platform.name))
            raise NotFoundError("error.unknown_platform", name=name[:60], known=known or "—")
        return row

    def add_platform(
        self,
        name: str,
        kind: str | None = None,
        *,
        colour: str | None = None,
        text_limit: int | _Unset | None = UNSET,
    ) -> Platform:
        """A new active platform; without ``kind``, the one its name says
        (:func:`~planner.defaults.guess_kind`: "LinkedIn" is linkedin, "Mon site" other).
        Colour and text limit are the kind's unless given."""
        clean_name = check.name(name, what="platform")
        clean_kind = check.platform_kind(kind) if kind is not None else guess_kind(clean_name)
        defaults = PLATFORM_KINDS[clean_kind]
        values = {
            "name": clean_name,
            "kind": clean_kind,
            "colour": check.colour(colour) if colour else defaults.colour,
            "text_limit": defaults.text_limit if text_limit is UNSET else check.text_limit(text_limit),
            "active": True,
        }
        with self._session.writing() as tx:
            self._refuse_duplicate(db.Platform, clean_name, "error.platform_exists")
            row = db.Platform.create(**values)
            self._session.audit(tx, ChangeKind.CREATE, Entity.PLATFORM, row.id, values)
            return _platform(row)

    def edit_platform(
        self,
        name: str,
        *,
        new_name: str | _Unset = UNSET,
        kind: str | _Unset = UNSET,
        colour: str | _Unset = UNSET,
        text_limit: int | _Unset | None = UNSET,
        active: bool | _Unset = UNSET,
        expect_version: int | None = None,
    ) -> Platform:
        changes: dict[str, object] = {}
        if not isinstance(new_name, _Unset):
            changes["name"] = check.name(new_name, what="platform")
        if not isinstance(kind, _Unset):
            changes["kind"] = check.platform_kind(kind)
            if isinstance(text_limit, _Unset):
                # A new kind brings its own limit unless the user gives one.
                changes["text_limit"] = PLATFORM_KINDS[changes["kind"]].text_limit  # type: ignore[index]
        if not isinstance(colour, _Unset):
            changes["colour"] = check.colour(colour)
        if not isinstance(text_limit, _Unset):
            changes["text_limit"] = check.text_limit(text_limit)
        if not isinstance(active, _Unset):
            changes["active"] = bool(active)
        with self._session.writing() as tx:
            row = self.platform_row(name)
            if "name" in changes and str(changes["name"]).casefold() != row.name.casefold():
                self._refuse_duplicate(db.Platform, str(changes["name"]), "error.platform_exists")
            self._update_versioned(tx, db.Platform, row, changes, Entity.PLATFORM, expect_version)
            return _platform(db.Platform.get_by_id(row.id))

    def remove_platform(self, name: str) -> Change:
        with self._session.writing() as tx:
            row = self.platform_row(name)
            used = db.Post.select().where(db.Post.platform == row.id).count()
            if used:
                raise ValidationError("error.platform_in_use", name=row.name, count=used)
            row.delete_instance()
            self._session.audit(tx, ChangeKind.DELETE, Entity.PLATFORM, row.id, {"name": row.name})
            return Change(tx.revision, ChangeKind.DELETE, Entity.PLATFORM, (row.id,))

    # -- categories -------------------------------------------------------

    def categories(self) -> list[Category]:
        with self._session.reading():
            return [_category(row) for row in db.Category.select().order_by(db.Category.side, db.Category.name)]

    def category_row(self, name: str) -> db.Category:
        """The category called ``name`` (letter case aside), else the unknown-category error."""
        row = _named(db.Category, name)
        if row is None:
            known = ", ".join(c.name for c in db.Category.select(db.Category.name).order_by(db.Category.name))
            raise NotFoundError("error.unknown_category", name=name[:60], known=known or "—")
        return row

    def add_category(
        self,
        name: str,
        side: str | Side,
        *,
        followups: Iterable[FollowupDefault | str] = (),
        offer: bool = False,
    ) -> Category:
        """A new category; ``followups`` are what its posts get when dated (``replies:2h``…)."""
        values: dict[str, object] = {"name": check.name(name, what="category"), "side": check.side(side).value}
        if followups:
            values["followups"] = _stored_defaults(followups)
        if offer:
            values["offer"] = True
        with self._session.writing() as tx:
            self._refuse_duplicate(db.Category, str(values["name"]), "error.category_exists")
            row = db.Category.create(**values)
            self._session.audit(tx, ChangeKind.CREATE, Entity.CATEGORY, row.id, values)
            return _category(row)

    def edit_category(
        self,
        name: str,
        *,
        new_name: str | _Unset = UNSET,
        side: str | Side | _Unset = UNSET,
        followups: Iterable[FollowupDefault | str] | _Unset = UNSET,
        offer: bool | _Unset = UNSET,
        expect_version: int | None = None,
    ) -> Category:
        """Change a category; ``followups`` replaces its default follow-ups (empty: none)."""
        changes: dict[str, object] = {}
        if not isinstance(followups, _Unset):
            changes["followups"] = _stored_defaults(followups)
        if not isinstance(offer, _Unset):
            changes["offer"] = bool(offer)
        if not isinstance(new_name, _Unset):
            changes["name"] = check.name(new_name, what="category")
        if not isinstance(side, _Unset):
            changes["side"] = check.side(side).value
        with self._session.writing() as tx:
            row = self.category_row(name)
            if "name" in changes and str(changes["name"]).casefold() != row.name.casefold():
                self._refuse_duplicate(db.Category, str(changes["name"]), "error.category_exists")
            self._update_versioned(tx, db.Category, row, changes, Entity.CATEGORY, expect_version)
            return _category(db.Category.get_by_id(row.id))

    def remove_category(self, name: str) -> Change:
        with self._session.writing() as tx:
            row = self.category_row(name)
            used = db.Post.select().where(db.Post.category == row.id).count()
            if used:
                raise ValidationError("error.category_in_use", name=row.name, count=used)
            row.delete_instance()
            self._session.audit(tx, ChangeKind.DELETE, Entity.CATEGORY, row.id, {"name": row.name})
            return Change(tx.revision, ChangeKind.DELETE, Entity.CATEGORY, (row.id,))

    # -- members ----------------------------------------------------------

    def members(self) -> list[Member]:
        with self._session.reading():
            return [_member(row) for row in db.Member.select().order_by(db.Member.name)]

    def add_member(self, name: str, *, initials: str | None = None, colour: str | None = None) -> Member:
        with self._session.writing() as tx:
            return _member(self.member_row(tx, check.name(name, what="member"), initials, colour))

    def member_row(
        self, tx: Transaction, name: str, initials: str | None = None, colour: str | None = None
    ) -> db.Member:
        """The member called ``name``, created on first use (inside a write)."""
        row = _named(db.Member, name)
        if row is not None:
            return row
        name = check.member_name(name)
        count = db.Member.select().count()
        values = {
            "name": name,
            "initials": (initials or check.initials_of(name))[:3].upper(),
            "colour": check.colour(colour) if colour else MEMBER_COLOURS[count % len(MEMBER_COLOURS)],
        }
        row = db.Member.create(**values)
        self._session.audit(tx, ChangeKind.CREATE, Entity.MEMBER, row.id, values)
        return row

    # -- shared -----------------------------------------------------------

    @staticmethod
    def _refuse_duplicate(model: type[_Row], name: str, key: str) -> None:
        if _named(model, name) is not None:
            raise ValidationError(key, name=name)

    def _update_versioned(
        self,
        tx: Transaction,
        model: type[db.Platform] | type[db.Category],
        row: db.Platform | db.Category,
        changes: dict[str, object],
        entity: Entity,
        expect_version: int | None,
    ) -> None:
        """``UPDATE … WHERE id = ? AND version = ?``: a miss is a conflict."""
        expected = row.version if expect_version is None else expect_version
        if not changes:
            return
        updated = (
            model.update(**changes, version=model.version + 1)
            .where((model.id == row.id) & (model.version == expected))
            .execute()
        )
        if updated != 1:
            raise ConflictError("error.conflict_row", name=row.name, expected=expected, found=row.version)
        before = {key: getattr(row, key) for key in changes}
        self._session.audit(tx, ChangeKind.EDIT, entity, row.id, {"before": before, "after": changes})
