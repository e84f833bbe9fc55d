"""Another copy of the plan beside this one: what differs, and bringing a post back from it.

A conflicted copy (:mod:`planner.sharing.copies`), a backup, a colleague's file: any
Dialogos file (or server plan) can be compared with the plan. Posts are
matched by their uid, which every copy of a plan shares; ids may differ.

The other copy is never written: a file is first checked like a backup
(ours, sound, not newer), then read from a private snapshot (an older one is
brought up to date there), which is deleted afterwards.

Bringing a post back is an ordinary change of the plan: a post the plan
lacks is created again with its uid (its history goes on if it was deleted
here and keeps its id); one the plan has is edited to the copy's content.
Either is judged by the balance rules, checked against ``expect_version``,
audited with the copy named, and undone like any change. A platform or
category the plan lacks is looked up among the plan's renames (the audit
log says "Twitter" became "X"), else created as the copy has it, in the same
transaction: what a colleague added in the copy comes back with the post.
"""

from __future__ import annotations

import enum
import json
import os
import tempfile
from collections.abc import Callable, Iterable, Iterator
from contextlib import AbstractContextManager, contextmanager
from dataclasses import dataclass, replace
from datetime import UTC, datetime
from pathlib import Path
from typing import Any, cast

from planner.errors import ConflictError, DatabaseError, NotFoundError, ValidationError
from planner.history import CopySource, same_value
from planner.history import patch_towards as _patch_towards
from planner.i18n import tr
from planner.locations import expanded
from planner.model import (
    Category,
    Change,
    ChangeKind,
    Entity,
    Platform,
    Post,
    PostFields,
)
from planner.posts import Posts
from planner.reference import ReferenceData
from planner.session import Session
from planner.sharing.backups import private_copy, sound_source
from planner.storage import models as db
from planner.storage.backend import is_server_url
from planner.storage.server_address import shown
from planner.timezones import from_timestamp

__all__ = [
    "BroughtBack",
    "CopyComparison",
    "Counterpart",
    "Deletion",
    "Difference",
    "FieldDifference",
    "PlanComparison",
    "PostDifference",
]

# The fields a user sees differ; the uid matches the posts, a cross-post's group is internal.
COMPARED_FIELDS: tuple[str, ...] = tuple(
    name
    for name in PostFields.__slots__  # type: ignore[attr-defined]
    if name not in ("uid", "group_uid", "series_uid")
)


class Difference(enum.StrEnum):
    ONLY_IN_PLAN = "only_in_plan"
    ONLY_IN_OTHER = "only_in_other"
    CHANGED = "changed"


@dataclass(frozen=True, slots=True)
class FieldDifference:
    """One field of a post as the plan and the other copy have it."""

    field: str
    plan: object
    other: object


@dataclass(frozen=True, slots=True)
class Deletion:
    """A post's deletion, as one copy's audit log has it."""

    post_id: int
    version: int
    who: str
    at: datetime  # aware, UTC


@dataclass(frozen=True, slots=True)
class PostDifference:
    """A post that differs: in one copy only, or in both with other content.

    ``deleted_in_plan`` / ``deleted_in_other``: for a post in one copy only,
    when the other copy's log says it was deleted there (by whom, when).
    """

    uid: str
    difference: Difference
    plan: Post | None
    other: Post | None
    fields: tuple[FieldDifference, ...] = ()
    deleted_in_plan: Deletion | None = None
    deleted_in_other: Deletion | None = None

    @property
    def post(self) -> Post:
        """The post as the other copy has it, else as the plan has it."""
        found = self.other or self.plan
        assert found is not None
        return found

    @property
    def can_bring_back(self) -> bool:
        """Whether the other copy has something to bring back into the plan."""
        return self.other is not None


@dataclass(frozen=True, slots=True)
class PlanComparison:
    """What differs between the plan (``plan``: where it is) and ``other``, post by post,
    in time order (ideas last)."""

    plan: str
    other: str
    differences: tuple[PostDifference, ...]

    def count(self, difference: Difference) -> int:
        return sum(1 for d in self.differences if d.difference is difference)

    def by_other_id(self, post_id: int) -> PostDifference | None:
        return next((d for d in self.differences if d.other is not None and d.other.id == post_id), None)


@dataclass(frozen=True, slots=True)
class Counterpart:
    """How a platform or category of the other copy was found in the plan: under
    another name (renamed here since), or ``created`` as the copy has it."""

    entity: Entity
    name: str  # in the other copy
    here: str  # in the plan
    created: bool

    @property
    def note(self) -> str:
        """One line, in the user's language."""
        kind = "platform" if self.entity is Entity.PLATFORM else "category"
        if self.created:
            return tr(f"compare.created_{kind}", name=self.here)
        return tr(f"compare.renamed_{kind}", name=self.name, here=self.here)


@dataclass(frozen=True, slots=True)
class BroughtBack:
    """What :meth:`CopyComparison.restore_from_copy` did: the change (a creation or an
    edit of the plan's post), where it came from, and the platforms or categories
    found renamed or made for it."""

    change: Change
    source: CopySource
    counterparts: tuple[Counterpart, ...] = ()

    @property
    def post(self) -> Post:
        return self.change.posts[0]

    @property
    def created(self) -> bool:
        return self.change.kind is ChangeKind.CREATE


Opener = Callable[[str | os.PathLike[str]], AbstractContextManager["CopyComparison"]]
"""Opens another copy of the plan (``create=False``, the same clock and user) for as long as it is used."""


class CopyComparison:
    """Comparing the open plan with another copy of it, and bringing posts back from it
    (``planner.comparison``). ``opener`` opens the other copy, as a comparison of its own."""

    def __init__(self, session: Session, reference: ReferenceData, posts: Posts, opener: Opener) -> None:
        self._session = session
        self.reference = reference
        self.posts = posts
        self._opener = opener

    @contextmanager
    def open_copy(self, location: str | os.PathLike[str]) -> Iterator[CopyComparison]:
        """The other copy at ``location``, to read (a file, or a ``postgresql://`` plan).

        A file is refused like a backup to restore, in one line: missing or a
        folder (exit 2), the plan itself (exit 2), not a Dialogos file, damaged
        or made by a newer Dialogos (exit 5). It is read from a private
        snapshot: the file itself is never written, not even its journal.
        """
        if is_server_url(location):
            url = str(location)
            if shown(url) == self._session.location:
                raise ValidationError("compare.same_file", path=shown(url))
            with self._opener(url) as other:
                yield other
            return
        origin = expanded(location)
        facts = sound_source(origin, self._session.path, purpose="compare")
        with tempfile.TemporaryDirectory(prefix="dialogos-compare-") as scratch:
            snapshot = Path(scratch) / "copy.sqlite"
            private_copy(origin, snapshot, facts, purpose="compare")
            with self._opener(snapshot) as other:
                yield other

    def compare_with_copy(self, location: str | os.PathLike[str]) -> PlanComparison:
        """The posts that differ between the plan and the copy at ``location``
        (see :meth:`open_copy` for what is refused)."""
        with self.open_copy(location) as other:
            return self.compare_with(other, _shown(location))

    def compare_with(self, other: CopyComparison, shown: str) -> PlanComparison:
        """The posts that differ between the plan and the open ``other`` (named ``shown``)."""
        ours = {post.uid: post for post in self.posts.list_posts()}
        theirs = {post.uid: post for post in other.posts.list_posts()}
        deleted_here = self.deletions() if theirs.keys() - ours.keys() else {}
        deleted_there = other.deletions() if ours.keys() - theirs.keys() else {}
        found: list[PostDifference] = []
        for uid, post in ours.items():
            twin = theirs.get(uid)
            if twin is None:
                found.append(
                    PostDifference(uid, Difference.ONLY_IN_PLAN, post, None, deleted_in_other=deleted_there.get(uid))
                )
                continue
            fields = tuple(
                FieldDifference(name, getattr(post, name), getattr(twin, name))
                for name in COMPARED_FIELDS
                if not same_value(getattr(post, name), getattr(twin, name))
            )
            if fields:
                found.append(PostDifference(uid, Difference.CHANGED, post, twin, fields))
        for uid, twin in theirs.items():
            if uid not in ours:
                found.append(
                    PostDifference(uid, Difference.ONLY_IN_OTHER, None, twin, deleted_in_plan=deleted_here.get(uid))
                )
        found.sort(key=_in_time_order)
        return PlanComparison(self._session.location, shown, tuple(found))

    def restore_from_copy(
        self,
        location: str | os.PathLike[str],
        copy_id: int,
        *,
        expect_version: int | None = None,
        reason: str | None = None,
    ) -> BroughtBack:
        """Bring post ``copy_id`` of the copy at ``location`` (its id *there*) into the plan.

        The plan's post with the same uid is edited to the copy's content, or,
        when the plan has none, the post is created again with its uid. The
        balance rules judge it (a block-mode refusal is overridden by a
        ``reason``); ``expect_version`` is the plan's post's version the caller
        saw (a post changed or deleted since: :class:`ConflictError`, exit 4).
        A post already as in the copy, or an id the copy lacks, is a
        :class:`ValidationError` (exit 2). Audited with the copy named.
        """
        if self._session.read_only:
            raise DatabaseError("error.db_read_only", path=str(self._session.path))
        with self.open_copy(location) as other:
            try:
                wanted = other.posts.get_post(copy_id)
            except NotFoundError:
                raise NotFoundError("compare.post_not_found", id=copy_id, path=_shown(location)) from None
            platform = other.reference.platform(wanted.platform)
            category = next((c for c in other.reference.categories() if c.name == wanted.category), None)
        source = CopySource(_shown(location), copy_id, wanted.version)
        return self._bring_back(wanted, platform, category, source, expect_version, reason)

    def _bring_back(
        self,
        wanted: Post,
        platform: Platform,
        category: Category | None,
        source: CopySource,
        expect_version: int | None,
        reason: str | None,
    ) -> BroughtBack:
        found: list[Counterpart] = []
        # One transaction under the write lock: a refused post leaves no platform made for it.
        with self._session.locked():
            platform_name = self._counterpart(
                Entity.PLATFORM,
                platform.name,
                found,
                lambda: self.reference.add_platform(
                    platform.name, platform.kind, colour=platform.colour, text_limit=platform.text_limit
                ),
            )
            category_name = None
            if category is not None:
                category_name = self._counterpart(
                    Entity.CATEGORY,
                    category.name,
                    found,
                    lambda: self.reference.add_category(category.name, category.side),
                )
            current = self.posts.posts_by_uid([wanted.uid]).get(wanted.uid)
            with self.posts.noted(from_copy={"file": source.file, "id": source.id, "version": source.version}):
                if current is None:
                    change = self._create_from(wanted, platform_name, category_name, expect_version, reason)
                else:
                    target = replace(PostFields.of(wanted), platform=platform_name, category=category_name)
                    patch = _patch_towards(current, target)
                    if patch.is_empty():
                        raise ValidationError("compare.already_same", id=current.id, path=source.file)
                    change = self.posts.edit_post(current.id, patch, expect_version=expect_version, reason=reason)
        return BroughtBack(change, source, tuple(found))

    def _create_from(
        self, wanted: Post, platform: str, category: str | None, expect_version: int | None, reason: str | None
    ) -> Change:
        """The copy's post created again in the plan: with the id and the history it had
        here when it was deleted here, else with the copy's id when free."""
        deletion = self.deletions().get(wanted.uid)
        if expect_version is not None:
            # The caller saw the post in the plan: it was deleted since.
            raise ConflictError("error.conflict_vanished", id=deletion.post_id if deletion else wanted.id)
        post_id, version = (deletion.post_id, deletion.version) if deletion else (wanted.id, 0)
        post = replace(wanted, id=post_id, version=version, platform=platform, category=category)
        return self.posts.recreate(post, reason=reason, undeleted=deletion is not None)

    def _counterpart(self, entity: Entity, name: str, found: list[Counterpart], create: Callable[[], object]) -> str:
        """The plan's name for the copy's platform or category ``name``: the same, its new
        name if renamed here since, else a new one made as the copy has it."""
        row_of = self.reference.platform_row if entity is Entity.PLATFORM else self.reference.category_row
        try:
            return str(row_of(name).name)
        except NotFoundError:
            pass
        renamed = self._renamed(entity, name)
        if renamed is not None:
            found.append(Counterpart(entity, name, renamed, created=False))
            return renamed
        create()
        found.append(Counterpart(entity, name, name, created=True))
        return name

    def _renamed(self, entity: Entity, name: str) -> str | None:
        """The current name of the platform or category once called ``name``, from the audit log."""
        model = db.Platform if entity is Entity.PLATFORM else db.Category
        query = (
            db.Audit.select(db.Audit.entity_id, db.Audit.summary)
            .where((db.Audit.entity == entity.value) & (db.Audit.action == ChangeKind.EDIT.value))
            .order_by(db.Audit.id.desc())
        )
        for entity_id, summary in _rows(query):
            before = _json(summary).get("before")
            old = before.get("name") if isinstance(before, dict) else None
            if isinstance(old, str) and old.casefold() == name.casefold():
                row = model.get_or_none(model.id == entity_id)
                if row is not None:
                    return str(row.name)
        return None

    def deletions(self) -> dict[str, Deletion]:
        """Every post deleted from this copy, by uid: its last deletion."""
        found: dict[str, Deletion] = {}
        with self._session.reading():
            query = (
                db.Audit.select(db.Audit.entity_id, db.Audit.who, db.Audit.at, db.Audit.summary)
                .where((db.Audit.entity == Entity.POST.value) & (db.Audit.action == ChangeKind.DELETE.value))
                .order_by(db.Audit.id)
            )
            for post_id, who, at, summary in _rows(query):
                values = _json(summary)
                uid, version = values.get("uid"), values.get("version")
                if isinstance(uid, str) and isinstance(post_id, int):
                    kept = version if isinstance(version, int) else 0
                    found[uid] = Deletion(post_id, kept, who, from_timestamp(at, "UTC"))
        return found


def _shown(location: str | os.PathLike[str]) -> str:
    """How messages and the audit log name the other copy: a file's full path, a server without its password."""
    if is_server_url(location):
        return shown(str(location))
    return os.path.abspath(expanded(location))


def _rows(query: Any) -> Iterable[tuple[Any, ...]]:
    return cast(Iterable[tuple[Any, ...]], query.tuples())


def _json(text: str | None) -> dict[str, object]:
    try:
        value = json.loads(text or "{}")
    except ValueError:
        return {}
    return value if isinstance(value, dict) else {}


def _in_time_order(difference: PostDifference) -> tuple[bool, datetime, str]:
    post = difference.post
    start = post.start_utc or datetime.max.replace(tzinfo=UTC)
    return (post.start is None, start, post.title.casefold())
