"""Cross-posts and copies: one post on several platforms at once, and a post copied elsewhere.

A cross-post is one post per platform, the siblings sharing a ``group_uid``; each is still a
post of its own (its platform's rule, its text limit, its own edits and history). Everything
here is made of :class:`~planner.posts.Posts`' own changes, grouped in one transaction, so the
rules, the audit, the follow-ups and the conflict checks are those of any post.
"""

from __future__ import annotations

import uuid
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import replace
from datetime import datetime

from planner.balance.values import Verdict
from planner.errors import ValidationError
from planner.model import Change, ChangeKind, Entity, Post, PostFields, PostPatch, Status
from planner.posts import Posts
from planner.session import Session


class CrossPosts:
    """Cross-posts and copies of the open plan (``planner.crossposts``)."""

    def __init__(self, session: Session, posts: Posts) -> None:
        self._session = session
        self._posts = posts

    # -- reading ----------------------------------------------------------------

    def siblings(self, post_id: int) -> list[Post]:
        """The other posts of ``post_id``'s cross-post, in time order (none when it has no group)."""
        post = self._posts.get_post(post_id)
        if not post.group_uid:
            return []
        return [p for p in self._posts.group_posts(post.group_uid) if p.id != post.id]

    def siblings_of(self, posts: Iterable[Post]) -> dict[int, list[Post]]:
        """The other posts of each cross-post among ``posts``, by post id, in one read (those of no
        cross-post are left out): a week marks its cross-posts with where else they go, shown or not."""
        posts = [post for post in posts if post.group_uid]
        groups: dict[str, list[Post]] = {}
        for member in self._posts.in_groups(post.group_uid for post in posts if post.group_uid):
            if member.group_uid:
                groups.setdefault(member.group_uid, []).append(member)
        found = {post.id: [p for p in groups.get(post.group_uid or "", []) if p.id != post.id] for post in posts}
        return {post_id: others for post_id, others in found.items() if others}

    # -- writing ----------------------------------------------------------------

    def create_cross_post(self, fields: PostFields, platforms: Sequence[str], *, reason: str | None = None) -> Change:
        """One post of ``fields`` on each of ``platforms``, all saved in one transaction or none.

        The siblings share a new group (a single platform makes a plain post); each is checked
        against its platform's text limit and judged by its platform's rule, all in one verdict:
        a refusal in block mode names the platform whose rule refuses. A platform named twice
        (letter case aside) is invalid input.
        """
        names = _distinct_platforms(platforms)
        group = uuid.uuid4().hex if len(names) > 1 else fields.group_uid
        return self._posts.create_posts(
            (replace(fields, platform=name, group_uid=group, uid=None) for name in names), reason=reason
        )

    def preview_cross_post(
        self, fields: PostFields, platforms: Sequence[str], *, patience: float | None = None
    ) -> Verdict:
        """The verdict :meth:`create_cross_post` would get; nothing is saved (``patience`` as for
        :meth:`~planner.posts.Posts.preview_create`). Invalid input still raises its error."""
        return self._posts.preview(lambda: self.create_cross_post(fields, platforms), patience)

    def apply_to_siblings(self, post_id: int, expected: Mapping[int, int], *, reason: str | None = None) -> Change:
        """Give the siblings of ``post_id`` its title and body, in one transaction.

        ``expected`` maps each sibling's id to the version the user saw: one changed or deleted
        since is a :class:`~planner.errors.ConflictError` and nothing is saved. A sibling whose
        platform's text limit the body exceeds is refused with its platform named.
        """
        with self._session.batch():
            source = self._posts.get_post(post_id)
            patch = PostPatch(title=source.title, body=source.body)
            changes = [
                self._posts.edit_post(sibling, patch, expect_version=version, reason=reason)
                for sibling, version in sorted(expected.items())
                if sibling != post_id
            ]
        return _combined(ChangeKind.EDIT, changes)

    def copy_post(
        self,
        post_id: int,
        *,
        start: datetime | None = None,
        timezone: str | None = None,
        platform: str | None = None,
        in_group: bool = False,
        reason: str | None = None,
    ) -> Change:
        """A copy of post ``post_id`` (a new uid), at ``start`` and on ``platform`` if given,
        else where the source is; judged and audited as any new post.

        The copy is a draft, or an idea when the source is an idea and no ``start`` is given; the
        follow-up defaults of its category apply as for any new dated post. It joins the source's
        cross-post only ``in_group`` (a source without one gets a group then, in the same transaction).
        """
        if start is not None and start.tzinfo is None:
            raise TypeError("naive datetime: the core only handles aware ones")
        with self._session.batch():
            source = self._posts.get_post(post_id)
            group = None
            if in_group:
                target = platform or source.platform
                taken = self._posts.group_posts(source.group_uid) if source.group_uid else [source]
                if any(p.platform.casefold() == target.casefold() for p in taken):
                    raise ValidationError("error.crosspost_platform_twice", name=target[:60])
                group = source.group_uid or uuid.uuid4().hex
                if not source.group_uid:
                    self._posts.edit_post(source.id, PostPatch(group_uid=group), expect_version=source.version)
            fields = _copy_fields(source, start=start, timezone=timezone, platform=platform, group=group)
            with self._posts.noted(copied_from=source.id):
                return self._posts.create_post(fields, reason=reason)

    def put_back(self, states: Sequence[tuple[Post, Post]], *, reason: str | None = None) -> Change:
        """Every ``(seen, wanted)`` pair: the post as last seen edited back to ``wanted``'s fields,
        found by its uid, in one transaction (undoing an edit applied to siblings)."""
        with self._session.batch():
            found = self._posts.posts_by_uid(seen.uid for seen, _ in states)
            changes = []
            for seen, wanted in states:
                current = found.get(seen.uid)
                target = current.id if current is not None else seen.id
                patch = PostPatch.back_to(wanted)
                changes.append(self._posts.edit_post(target, patch, expect_version=seen.version, reason=reason))
        return _combined(ChangeKind.EDIT, changes)


def _distinct_platforms(platforms: Sequence[str]) -> list[str]:
    """The platforms as given, refusing none at all or one named twice (letter case and spaces aside)."""
    if not platforms:
        raise ValidationError("error.platform_required")
    seen: dict[str, str] = {}
    for name in platforms:
        key = " ".join(str(name).split()).casefold()
        if key in seen:
            raise ValidationError("error.crosspost_platform_twice", name=str(name)[:60])
        seen[key] = name
    return list(seen.values())


def _copy_fields(
    source: Post, *, start: datetime | None, timezone: str | None, platform: str | None, group: str | None
) -> PostFields:
    """The fields of a copy of ``source``: its text and category, a new uid, as a draft (an idea
    stays an idea unless given a start)."""
    when = start if start is not None else source.start
    if when is None:
        status = Status.IDEA
    elif start is None and source.status is Status.IDEA:
        status = Status.IDEA
    else:
        status = Status.DRAFT
    zone_name = timezone or (None if start is not None else source.timezone)
    return PostFields(
        platform=platform or source.platform,
        title=source.title,
        body=source.body,
        category=source.category,
        status=status,
        start=when if status is not Status.IDEA else None,
        timezone=zone_name,
        duration_minutes=source.duration_minutes,
        author=source.author,
        campaign=source.campaign,
        link=source.link,
        notes=source.notes,
        group_uid=group,
    )


def _combined(kind: ChangeKind, changes: Sequence[Change]) -> Change:
    """Several changes of one transaction as one: their posts, ids and breaches together."""
    breaches = tuple(b for c in changes if c.verdict for b in c.verdict.breaches)
    suggestions = tuple(s for c in changes if c.verdict for s in c.verdict.suggestions)
    return Change(
        revision=max((c.revision for c in changes), default=0),
        kind=kind,
        entity=Entity.POST,
        ids=tuple(i for c in changes for i in c.ids),
        posts=tuple(p for c in changes for p in c.posts),
        verdict=Verdict(breaches=breaches, suggestions=suggestions) if changes else None,
    )
