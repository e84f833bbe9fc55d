"""How the command line prints things: aligned tables for people, JSON for scripts."""

from __future__ import annotations

import argparse
import json
import unicodedata
from collections.abc import Collection, Sequence
from datetime import datetime
from pathlib import PurePath
from typing import TextIO

from planner.balance.rules import BalanceRule
from planner.balance.verdicts import Breach, PlatformBalance, Suggestion, Verdict
from planner.history import FOLLOWUP_EVENTS, UNDO_REASON, FieldChange, FollowupEvent, PostVersion
from planner.i18n import tr
from planner.model import Category, ChangeKind, DatabaseInfo, KeptOnTime, Platform, Post, PostFields, Status
from planner.printable import visible
from planner.sharing.presence import Presence, PresenceKind
from planner.timezones import zone

TITLE_WIDTH = 48


def post_record(post: Post) -> dict[str, object]:
    """A post as JSON: every field the README lists, and its uid, side, version and who made and changed it when."""
    return {
        "id": post.id,
        "uid": post.uid,
        "platform": post.platform,
        "title": post.title,
        "body": post.body,
        "category": post.category,
        "side": post.side.value if post.side else None,
        "status": post.status.value,
        "start": post.start.isoformat() if post.start else None,
        "end": post.end.isoformat() if post.end else None,
        "timezone": post.timezone,
        "duration_minutes": post.duration_minutes,
        "author": post.author,
        "campaign": post.campaign,
        "link": post.link,
        "notes": post.notes,
        "group": post.group_uid,
        "series": post.series_uid,
        "version": post.version,
        "created_at": post.created_at.isoformat(),
        "updated_at": post.updated_at.isoformat(),
        "created_by": post.created_by,
        "updated_by": post.updated_by,
        "approved_by": post.approved_by,
        "approved_at": post.approved_at.isoformat() if post.approved_at else None,
        "returned_by": post.returned_by,
    }


def platform_record(platform: Platform) -> dict[str, object]:
    return {
        "id": platform.id,
        "name": platform.name,
        "kind": platform.kind,
        "colour": platform.colour,
        "text_limit": platform.text_limit,
        "active": platform.active,
        "version": platform.version,
    }


def category_record(category: Category) -> dict[str, object]:
    return {
        "id": category.id,
        "name": category.name,
        "side": category.side.value,
        "followups": [d.text for d in category.followups],
        "offer": category.offer,
        "version": category.version,
    }


def info_record(info: DatabaseInfo) -> dict[str, object]:
    return {
        "path": info.path,
        "schema_version": info.schema_version,
        "planning_zone": info.planning_zone,
        "created_at": info.created_at.isoformat(),
        "created_with": info.created_with,
        "revision": info.revision,
        "read_only": info.read_only,
        "size_bytes": info.size_bytes,
        "journal_mode": info.journal_mode,
        "counts": info.counts,
        "present": [presence_record(p) for p in info.present],
    }


def as_json(value: object) -> str:
    return json.dumps(value, ensure_ascii=False, indent=2)


def result(out: TextIO, args: argparse.Namespace, record: object, text: str) -> None:
    """A command's result: ``record`` as JSON with ``--format json``, else ``text``."""
    print(as_json(record) if getattr(args, "format", "table") == "json" else text, file=out)


def when(moment: datetime | None) -> str:
    """``Mon 2026-06-01 09:30 CEST`` with the weekday in the user's language."""
    if moment is None:
        return tr("cli.no_date")
    return f"{tr(f'weekday.{moment.weekday()}')} {moment:%Y-%m-%d %H:%M} {moment.tzname() or ''}".rstrip()


def width(text: str) -> int:
    """Columns ``text`` takes in a terminal: wide characters (emoji, CJK) take two."""
    return sum(
        0 if unicodedata.combining(c) else 2 if unicodedata.east_asian_width(c) in ("W", "F") else 1 for c in text
    )


def _pad(text: str, size: int) -> str:
    return text + " " * (size - width(text))


def shorten(text: str, size: int) -> str:
    """``text`` cut to ``size`` columns, with "…" where it was cut."""
    if width(text) <= size:
        return text
    while width(text) > size - 1:
        text = text[:-1]
    return text + "…"


def table(headers: Sequence[str], rows: Sequence[Sequence[object]]) -> str:
    """Columns aligned on the widest cell; an empty table says so."""
    if not rows:
        return tr("cli.nothing")
    cells = [[visible(str(value)) for value in row] for row in rows]
    widths = [max(width(headers[i]), *(width(row[i]) for row in cells)) for i in range(len(headers))]
    lines = ["  ".join(_pad(h, w) for h, w in zip(headers, widths, strict=True)).rstrip()]
    lines.append("  ".join("-" * w for w in widths))
    lines += ["  ".join(_pad(c, w) for c, w in zip(row, widths, strict=True)).rstrip() for row in cells]
    return "\n".join(lines)


def posts_table(posts: Sequence[Post]) -> str:
    headers = [tr(f"cli.col_{name}") for name in ("id", "when", "platform", "status", "side", "category", "title")]
    rows = [
        (
            p.id,
            when(p.start),
            p.platform,
            tr(f"status.{p.status.value}"),
            tr(f"side.{p.side.value}") if p.side else "—",
            p.category or "—",
            shorten(p.title, TITLE_WIDTH),
        )
        for p in posts
    ]
    return table(headers, rows)


def _approval(post: Post) -> str:
    """Who approved the post, and when (UTC, as the line "updated" says it)."""
    if post.approved_at is None:
        return str(post.approved_by)
    return tr("team.approved_by", who=post.approved_by, at=f"{post.approved_at:%Y-%m-%d %H:%M} UTC")


def sibling_record(post: Post) -> dict[str, object]:
    """Another post of a cross-post, as ``post show --format json`` names it."""
    return {"id": post.id, "platform": post.platform, "version": post.version}


def post_detail(post: Post, siblings: Sequence[Post] = (), *, series: tuple[int, int] | None = None) -> str:
    """Every field of one post, a line each, labels in the user's language; the other posts
    of its cross-post, if any, on one line; ``series``: its position in its series and how
    many posts the series has."""
    fields: list[tuple[str, object]] = [
        ("id", post.id),
        ("uid", post.uid),
        ("platform", post.platform),
        ("title", post.title),
        ("category", post.category or "—"),
        ("side", tr(f"side.{post.side.value}") if post.side else "—"),
        ("status", tr(f"status.{post.status.value}")),
        ("when", when(post.start)),
        ("timezone", post.timezone),
        ("duration", tr("cli.minutes", count=post.duration_minutes)),
        ("author", post.author or "—"),
        ("campaign", post.campaign or "—"),
        ("link", post.link or "—"),
        *(
            [("series", tr("cli.series_position", series=post.series_uid, position=series[0], count=series[1]))]
            if series is not None
            else []
        ),
        *([("approved", _approval(post))] if post.approved_by else []),
        *([("returned", post.returned_by)] if post.returned_by else []),
        ("version", post.version),
        ("updated", tr("cli.updated_by", at=f"{post.updated_at:%Y-%m-%d %H:%M} UTC", who=post.updated_by)),
    ]
    if siblings:
        also = ", ".join(tr("cli.sibling", platform=s.platform, id=s.id) for s in siblings)
        fields.append(("siblings", also))
    labels = [(tr(f"cli.col_{key}"), visible(str(value))) for key, value in fields]
    size = max(width(label) for label, _ in labels)
    lines = [f"{_pad(label, size)}  {value}" for label, value in labels]
    if post.body:
        lines += ["", visible(post.body, multiline=True)]
    if post.notes:
        lines += ["", tr("cli.notes_line", notes=visible(post.notes, multiline=True))]
    return "\n".join(lines)


def platforms_table(platforms: Sequence[Platform]) -> str:
    headers = [tr(f"cli.col_{name}") for name in ("id", "name", "kind", "colour", "limit", "active")]
    rows = [
        (
            p.id,
            p.name,
            p.kind,
            p.colour,
            p.text_limit if p.text_limit is not None else "—",
            tr("cli.yes") if p.active else tr("cli.no"),
        )
        for p in platforms
    ]
    return table(headers, rows)


def categories_table(categories: Sequence[Category]) -> str:
    headers = [tr(f"cli.col_{name}") for name in ("id", "name", "side", "followups", "offer")]
    rows = [
        (
            c.id,
            c.name,
            tr(f"side.{c.side.value}"),
            ", ".join(d.text for d in c.followups) or "—",
            tr("cli.yes") if c.offer else "—",
        )
        for c in categories
    ]
    return table(headers, rows)


def info_table(info: DatabaseInfo) -> str:
    counts = ", ".join(tr(f"cli.count_{key}", count=value) for key, value in info.counts.items())
    fields = [
        ("path", info.path),
        ("planning_zone", info.planning_zone),
        ("schema", info.schema_version),
        ("created", f"{info.created_at:%Y-%m-%d %H:%M %Z} ({info.created_with})"),
        ("revision", info.revision),
        ("contents", counts),
        ("size", tr("cli.kilobytes", size=round(info.size_bytes / 1024))),
        ("journal", info.journal_mode),
        ("access", tr("cli.read_only") if info.read_only else tr("cli.read_write")),
    ]
    labels = [(tr(f"cli.info_{key}"), value) for key, value in fields]
    # Who has the file open: one line each, under one label.
    present = [presence_text(p, info.planning_zone) for p in info.present] or [tr("presence.nobody")]
    labels += [(tr("presence.info_label") if i == 0 else "", text) for i, text in enumerate(present)]
    size = max(width(label) for label, _ in labels)
    return "\n".join(f"{_pad(label, size)}  {value}".rstrip() for label, value in labels)


# -- balance ------------------------------------------------------------------------


def rule_record(rule: BalanceRule) -> dict[str, object]:
    return {
        "platform": rule.platform,
        "preset": rule.preset,
        "window": rule.window,
        "max_promotion": rule.max_promotion,
        "min_conversation": rule.min_conversation,
        "max_promo_streak": rule.max_promo_streak,
        "min_promo_gap_hours": rule.min_promo_gap_hours,
        "mode": rule.mode.value,
        "no_promotion_while_late": rule.no_promotion_while_late,
        "max_offers": rule.max_offers,
        "offer_days": rule.offer_days,
    }


def _limit_cell(value: object) -> object:
    return tr("cli.no_limit") if value is None else value


def rules_table(rules: Sequence[BalanceRule]) -> str:
    names = (
        "platform", "rule", "mode", "window", "max_promotion", "min_conversation", "max_promo_streak",
        "min_promo_gap_hours", "offers", "no_promotion_while_late",
    )  # fmt: skip
    rows = [
        (
            rule.platform or tr("cli.default_rule"),
            rule.label,
            tr(f"mode.{rule.mode.value}"),
            rule.window,
            *(_limit_cell(v) for v in (rule.max_promotion, rule.min_conversation, rule.max_promo_streak)),
            _limit_cell(rule.min_promo_gap_hours),
            _offers_cell(rule),
            tr("cli.rule_on") if rule.no_promotion_while_late else tr("cli.rule_off"),
        )
        for rule in rules
    ]
    return table([tr(f"cli.col_{name}") for name in names], rows)


def _offers_cell(rule: BalanceRule) -> str:
    """ "2 in 7 d", or no limit."""
    if rule.max_offers is None or rule.offer_days is None:
        return str(_limit_cell(None))
    return tr("cli.offers_cell", count=rule.max_offers, days=rule.offer_days)


def presets_table(presets: dict[str, tuple[int, int, int]]) -> str:
    headers = [tr(f"cli.col_{name}") for name in ("preset", "window", "max_promotion", "min_conversation")]
    return table(headers, [(name, *numbers) for name, numbers in presets.items()])


def breach_record(breach: Breach, unsaved: Collection[int] = ()) -> dict[str, object]:
    """A breach as data; ``posts`` are its window's posts in time order, each ``unsaved`` one
    (a post of a refused change, see :func:`refusal_record`) as null where it would stand."""
    return {
        "rule": breach.rule.preset or "custom",
        "kind": breach.kind.value,
        "mode": breach.mode.value,
        "message": breach.message,
        "posts": [None if post in unsaved else post for post in breach.posts],
        "first": breach.first.isoformat(),
        "last": breach.last.isoformat(),
        "figure": breach.figure,
        "limit": breach.limit,
        "followups": list(breach.followups),
    }


def suggestion_record(suggestion: Suggestion) -> dict[str, object]:
    """A suggestion as data: a slot to move to, or the conversation posts that would let it pass."""
    return {
        "kind": suggestion.kind,
        "platform": suggestion.platform,
        "at": suggestion.at.isoformat(),
        "moments": [moment.isoformat() for moment in suggestion.moments],
        "side": suggestion.side,
        "move_to": suggestion.move_to.isoformat() if suggestion.move_to else None,
        "message": suggestion.message,
    }


def refusal_record(verdict: Verdict, message: str, unsaved: Collection[int] = ()) -> dict[str, object]:
    """A change refused by a rule in block mode (exit 3): why, and what would pass.

    The refused change's new posts (``unsaved``: a post, a cross-post's or a series' posts) were
    never saved, and the ids their rolled-back inserts got go to the next posts made: each stands
    as null in its breaches' ``posts``. Null rather than left out, so that a window still lists
    as many posts as its message counts, and where in it the refused post would stand."""
    return {
        "refused": True,
        "message": message,
        "breaches": [breach_record(b, unsaved) for b in verdict.breaches],
        "suggestions": [suggestion_record(s) for s in verdict.suggestions],
    }


def balance_record(balance: PlatformBalance) -> dict[str, object]:
    return {
        "platform": balance.platform,
        "rule": balance.rule.preset or "custom",
        "rule_detail": rule_record(balance.rule),
        "mode": balance.rule.mode.value,
        "counts": balance.counts,
        "promotion_share": round(balance.promotion_share, 4),
        "longest_promotion_streak": balance.longest_streak,
        "breaches": [breach_record(b) for b in balance.breaches],
        "followups": kept_record(balance.followups),
        "kept_on_time_share": None if balance.followups.share is None else round(balance.followups.share, 4),
    }


def kept_record(kept: KeptOnTime) -> dict[str, int]:
    return {
        "due": kept.due,
        "kept_on_time": kept.kept_on_time,
        "kept_late": kept.kept_late,
        "late": kept.late,
        "open": kept.open,
        "dropped": kept.dropped,
    }


def kept_text(kept: KeptOnTime) -> list[str]:
    """ "Kept on time: 7 of 9 (78 %)" and what became of the follow-ups due; nothing when none was."""
    if not kept.due:
        return []
    share = kept.share
    headline = (
        tr("cli.balance_kept_unjudged")
        if share is None
        else tr("cli.balance_kept", kept=kept.kept_on_time, judged=kept.judged, percent=round(share * 100))
    )
    return [headline, tr("cli.balance_kept_detail", **kept_record(kept))]


def balance_text(report: Sequence[PlatformBalance]) -> str:
    if not report:
        return tr("cli.balance_none")
    lines = []
    for balance in report:
        lines.append(
            tr(
                "cli.balance_line",
                platform=balance.platform,
                rule=balance.rule.label,
                mode=tr(f"mode.{balance.rule.mode.value}"),
                conversation=balance.counts.get("conversation", 0),
                information=balance.counts.get("information", 0),
                promotion=balance.counts.get("promotion", 0),
                share=f"{balance.promotion_share:.0%}",
                streak=balance.longest_streak,
            )
        )
        lines += kept_text(balance.followups)
        lines += [tr("cli.balance_breach", message=b.message) for b in balance.breaches] or [tr("cli.balance_ok")]
    return "\n".join(lines)


# -- who has the file open -------------------------------------------------------------


def presence_record(presence: Presence) -> dict[str, object]:
    return {
        "name": presence.name,
        "host": presence.host,
        "pid": presence.pid,
        "kind": presence.kind.value,
        "since": presence.since.isoformat(),
        "last_seen": presence.seen.isoformat(),
    }


def presence_text(presence: Presence, zone_name: str) -> str:
    """``Léa on studio-pc since 2026-06-10 10:00 CEST``, in the planning zone."""
    key = "presence.entry_cli" if presence.kind is PresenceKind.CLI else "presence.entry"
    since = f"{presence.since.astimezone(zone(zone_name)):%Y-%m-%d %H:%M %Z}"
    return visible(tr(key, name=presence.name, host=presence.host, since=since))


# -- a post's history ------------------------------------------------------------------

HISTORY_VALUE_WIDTH = 40
HISTORY_CHANGE_WIDTH = 90
# What the table shows of a creation; the JSON has every field.
_CREATION_FIELDS = ("title", "platform", "category", "status", "start")


def json_value(value: object) -> object:
    """A field's value as JSON has it: dates in ISO 8601, statuses as their names."""
    if isinstance(value, datetime):
        return value.isoformat()
    if isinstance(value, Status):
        return value.value
    return value


def _fields_record(fields: PostFields) -> dict[str, object]:
    return {name: json_value(getattr(fields, name)) for name in PostFields.__slots__}  # type: ignore[attr-defined]


def history_record(version: PostVersion) -> dict[str, object]:
    """A version as JSON: what changed (before and after), who, when, and whether it can be restored."""
    return {
        "version": version.version,
        "at": version.at.isoformat(),
        "who": version.who,
        "action": version.action.value,
        "restored_from": version.restored_from,
        "undeleted": version.undeleted,
        "from_copy": None
        if version.from_copy is None
        else {"file": version.from_copy.file, "id": version.from_copy.id, "version": version.from_copy.version},
        "batch": version.batch,
        "copied_from": version.copied_from,
        "changes": [
            {"field": c.field, "before": json_value(c.before), "after": json_value(c.after)} for c in version.changes
        ],
        "reason": version.reason,
        "current": version.current,
        "kept": version.kept,
        "restorable": version.restorable,
        "fields": _fields_record(version.fields) if version.fields is not None else None,
        "followup": None if version.followup is None else _followup_event_record(version.followup),
        "review": None if version.review is None else {"step": version.review.step, "comment": version.review.comment},
    }


def _followup_event_record(event: FollowupEvent) -> dict[str, object]:
    """A follow-up's change in a post's history, as JSON."""
    return {
        "id": event.id,
        "event": event.event,
        "kind": None if event.kind is None else event.kind.value,
        "due": None if event.due is None else event.due.isoformat(),
        "status": None if event.status is None else event.status.value,
        "version": event.version,
        "reason": event.reason,
        "by_post": event.by_post,
    }


def value_text(field: str, value: object) -> str:
    """A value of a post's ``field`` in a few words: a date with its weekday, a status in words, "—" for nothing."""
    if value is None or value == "":
        return tr("history.empty_value")
    if isinstance(value, datetime):
        return when(value)
    if isinstance(value, Status):
        return tr(f"status.{value.value}")
    if field == "duration_minutes" and isinstance(value, int):
        return tr("cli.minutes", count=value)
    return shorten(visible(str(value)), HISTORY_VALUE_WIDTH)


def field_name(field: str) -> str:
    """A post's field as the user calls it."""
    return tr(f"history.field.{field}") if f"history.field.{field}" in _FIELD_KEYS else field


def _change_text(change: FieldChange) -> str:
    field = field_name(change.field)
    after = value_text(change.field, change.after)
    if change.before is None:
        return tr("history.set", field=field, after=after)
    return tr("history.change", field=field, before=value_text(change.field, change.before), after=after)


_FIELD_KEYS = {
    f"history.field.{name}"
    for name in (*PostFields.__slots__, "uid", "followup_kind", "followup_due", "followup_status")  # type: ignore[attr-defined]
}


def _action_text(version: PostVersion) -> str:
    if version.followup is not None:
        return _followup_text(version.followup)
    if version.review is not None and version.version is None:
        return tr("team.history_thread")  # a comment of its thread: no version of the post
    if version.batch is not None:
        return tr("history.batch", count=version.batch)
    if version.from_copy is not None:
        source = version.from_copy
        return tr("history.from_copy", file=PurePath(source.file).name, id=source.id, version=source.version)
    if version.restored_from is not None:
        return tr("history.restored", version=version.restored_from)
    if version.undeleted:
        return tr("history.undeleted")
    if version.copied_from is not None:
        return tr("history.copied_from", id=version.copied_from)
    return tr(f"history.{_ACTION_KEYS[version.action.value]}")


_ACTION_KEYS = {"create": "created", "edit": "edited", "move": "moved", "delete": "deleted"}


def _followup_text(event: FollowupEvent) -> str:
    if event.event == "kept" and event.by_post is not None:
        return tr("history.followup_kept_by", id=event.id, post=event.by_post)
    key = f"history.followup_{event.event}" if event.event in FOLLOWUP_EVENTS else "history.followup_changed"
    return tr(key, id=event.id, post=event.by_post if event.by_post is not None else "")


def _followup_lines(event: FollowupEvent) -> list[str]:
    """What a follow-up's change shows below: its kind, and its due instant when it was set."""
    lines = []
    if event.kind is not None:
        kind = tr(f"followup_kind.{event.kind.value}")
        lines.append(tr("history.set", field=field_name("followup_kind"), after=kind))
    if event.due is not None and event.event in ("created", "moved", "back", "reopened"):
        lines.append(tr("history.set", field=field_name("followup_due"), after=when(event.due)))
    return lines


def _reason_text(version: PostVersion) -> str:
    if version.followup is not None and version.followup.reason:
        return version.followup.reason
    return tr("history.undo_reason") if version.reason == UNDO_REASON else version.reason or ""


def _restore_text(version: PostVersion) -> str:
    if version.current:
        return tr("history.current")
    if version.version is None:
        return ""
    if not version.kept:
        return tr("history.empty_value")
    return tr("cli.yes") if version.restorable else tr("cli.no")


def history_table(versions: Sequence[PostVersion], zone_name: str) -> str:
    """Oldest first: version, when (in the planning zone), who, the change, why, whether it can be
    restored; what changed below, a line per field."""
    names = ("version", "when", "who", "change", "fields", "reason", "restore")
    rows: list[tuple[object, ...]] = []
    for v in versions:
        shown = list(v.changes)
        if v.action is ChangeKind.CREATE:
            order = _CREATION_FIELDS.index
            shown = sorted((c for c in shown if c.field in _CREATION_FIELDS), key=lambda c: order(c.field))
        lines = [shorten(_change_text(c), HISTORY_CHANGE_WIDTH) for c in shown] or [""]
        if v.followup is not None:
            lines = [shorten(line, HISTORY_CHANGE_WIDTH) for line in _followup_lines(v.followup)] or [""]
        if v.review is not None:  # the review's word first ("Approved by Léa: lovely"), then the fields
            said = shorten(" ".join(v.review.words(v.who).split()), HISTORY_CHANGE_WIDTH)
            lines = [said, *(line for line in lines if line)]
        version = v.version if v.version is not None else ""
        when_text = when(v.at.astimezone(zone(zone_name)))
        rows.append((version, when_text, v.who, _action_text(v), lines[0], _reason_text(v), _restore_text(v)))
        rows += [("", "", "", "", line, "", "") for line in lines[1:]]
    text = table([tr(f"history.col_{name}") for name in names], rows)
    if any(not v.kept and v.version is not None and not v.current for v in versions):
        text += "\n\n" + tr("history.not_kept")
    return text
