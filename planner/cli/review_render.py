"""How the command line prints the review: the team and its settings, a post's thread, what
waits for a member; tables for people, JSON for scripts (``dialogos team``, ``post comments``)."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import datetime

from planner.cli.render import TITLE_WIDTH, shorten, table, when
from planner.i18n import tr
from planner.model import Comment, Member, ReviewSettings, Waiting
from planner.timezones import zone

COMMENT_WIDTH = 60


def member_record(member: Member) -> dict[str, object]:
    return {
        "id": member.id,
        "name": member.name,
        "role": member.role.value,
        "initials": member.initials,
        "colour": member.colour,
        "version": member.version,
    }


def settings_record(settings: ReviewSettings) -> dict[str, object]:
    return {"review": settings.review, "self_approval": settings.self_approval}


def team_record(settings: ReviewSettings, members: Sequence[Member]) -> dict[str, object]:
    """``team list --format json``: the plan's review settings and its members."""
    return {**settings_record(settings), "members": [member_record(m) for m in members]}


def settings_line(settings: ReviewSettings) -> str:
    """One sentence: whether review is on, and whether an approver may approve their own posts."""
    review = tr("team.review_on") if settings.review else tr("team.review_off")
    own = tr("team.self_approval_on") if settings.self_approval else tr("team.self_approval_off")
    return tr("team.settings_line", review=review, self_approval=own)


def members_table(members: Sequence[Member]) -> str:
    headers = [tr("cli.col_name"), tr("team.col_role"), tr("team.col_initials")]
    return table(headers, [(m.name, tr(f"role.{m.role.value}"), m.initials) for m in members])


def team_text(settings: ReviewSettings, members: Sequence[Member]) -> str:
    if not members:
        return f"{settings_line(settings)}\n{tr('team.nobody')}"
    return f"{settings_line(settings)}\n{members_table(members)}"


def _instant(moment: datetime) -> str:
    return moment.isoformat()


def comment_record(comment: Comment) -> dict[str, object]:
    return {
        "id": comment.id,
        "post": comment.post_id,
        "author": comment.author,
        "at": _instant(comment.at),
        "kind": comment.kind.value,
        "text": comment.text,
        "mentions": list(comment.mentions),
    }


def comments_table(comments: Sequence[Comment], planning_zone: str) -> str:
    """A post's thread, oldest first; times in the planning zone, as the team reads them together."""
    if not comments:
        return tr("team.no_comments")
    headers = [tr("team.col_author"), tr("cli.col_when"), tr("team.col_kind"), tr("team.col_text")]
    tz = zone(planning_zone)
    rows = [
        (c.author, when(c.at.astimezone(tz)), tr(f"team.comment.{c.kind.value}"), " ".join(c.text.split()) or "—")
        for c in comments
    ]
    return table(headers, rows)


def comment_text(comment: Comment, planning_zone: str) -> str:
    """The line ``post comment`` prints: what was added, to which post, whom it mentions."""
    at = when(comment.at.astimezone(zone(planning_zone)))
    if comment.mentions:
        names = ", ".join(comment.mentions)
        return tr(
            "team.commented_mentions", id=comment.id, post=comment.post_id, who=comment.author, at=at, names=names
        )
    return tr("team.commented", id=comment.id, post=comment.post_id, who=comment.author, at=at)


def waiting_record(waiting: Waiting) -> dict[str, object]:
    post = waiting.post
    return {
        "kind": waiting.kind.value,
        "post": post.id,
        "platform": post.platform,
        "start": post.start.isoformat() if post.start else None,
        "title": post.title,
        "status": post.status.value,
        "version": post.version,
        "comment": comment_record(waiting.comment) if waiting.comment else None,
    }


def waiting_table(waiting: Sequence[Waiting]) -> str:
    if not waiting:
        return tr("team.nothing_waiting")
    headers = [
        tr("team.col_why"),
        tr("cli.col_id"),
        tr("cli.col_platform"),
        tr("cli.col_when"),
        tr("cli.col_title"),
        tr("team.col_comment"),
    ]
    rows = [
        (
            tr(f"team.waiting.{w.kind.value}"),
            w.post.id,
            w.post.platform,
            when(w.post.start),
            shorten(w.post.title, TITLE_WIDTH),
            _said(w.comment),
        )
        for w in waiting
    ]
    return table(headers, rows)


def _said(comment: Comment | None) -> str:
    """Who said what, on one line, cut to fit a terminal."""
    if comment is None:
        return "—"
    text = " ".join(comment.text.split())
    return shorten(tr("team.said", id=comment.id, who=comment.author, text=text), COMMENT_WIDTH)
