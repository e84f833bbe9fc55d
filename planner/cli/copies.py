"""Conflicted copies on the command line: the warning, ``db compare OTHER`` and
``post restore --from OTHER ID``.

The finding and the comparing are the core's (:mod:`planner.sharing.copies`,
:mod:`planner.sharing.comparison`); this module words and prints them.
"""

from __future__ import annotations

import argparse
from datetime import datetime
from pathlib import Path
from typing import TYPE_CHECKING, TextIO

from planner.cli import render
from planner.i18n import tr
from planner.model import Post
from planner.sharing.comparison import BroughtBack, Deletion, Difference, PlanComparison, PostDifference
from planner.sharing.copies import ConflictCopy, conflict_copies, report_new_copies
from planner.storage.connection import shell_word
from planner.timezones import zone

if TYPE_CHECKING:
    from planner.service import Planner

# A changed post lists its fields below it, each value shortened to this many columns.
VALUE_WIDTH = 40


def warn_about_new_copies(planner: Planner, err: TextIO) -> None:
    """One line on stderr for each conflicted copy of the plan not reported before
    (or written since it was): see :func:`planner.sharing.copies.report_new_copies`."""
    if planner.on_server:
        return
    for copy in report_new_copies(planner.path):
        print(tr("cli.warning", message=copy_hint(copy, planner)), file=err)


def copy_hint(copy: ConflictCopy, planner: Planner) -> str:
    """What the copy is, and the two commands that look into it and bring a post back."""
    plan, other = shell_word(planner.path), shell_word(copy.path)
    return tr(
        "copies.cli_hint",
        summary=copy.summary(planner.planning_zone),
        compare=f"dialogos db compare {other} --db {plan}",
        restore=f"dialogos post restore --from {other} ID --db {plan}",
    )


def copies_record(planner: Planner) -> list[dict[str, object]]:
    """The conflicted copies beside the plan, for ``db info --format json``."""
    if planner.on_server:
        return []
    return [
        {
            "path": str(c.path),
            "service": c.service or None,
            "who": c.who or None,
            "modified": c.modified.isoformat(),
            "size_bytes": c.size,
        }
        for c in conflict_copies(planner.path)
    ]


def copies_lines(planner: Planner) -> list[str]:
    """The conflicted copies beside the plan, a line each, for ``db info``; none when there are none."""
    if planner.on_server:
        return []
    return [c.summary(planner.planning_zone) for c in conflict_copies(planner.path)]


# -- db compare OTHER ---------------------------------------------------------------


def compare(planner: Planner, args: argparse.Namespace, out: TextIO) -> int:
    """``db compare OTHER``: the posts that differ; exit 0 whatever differs."""
    comparison = planner.compare_with_copy(args.other)
    if args.format == "json":
        text = render.as_json(comparison_record(comparison))
    else:
        text = comparison_text(comparison, planner.planning_zone, planner.location)
    print(text, file=out)
    return 0


def comparison_record(comparison: PlanComparison) -> dict[str, object]:
    return {
        "plan": comparison.plan,
        "other": comparison.other,
        "counts": {kind.value: comparison.count(kind) for kind in Difference},
        "posts": [_difference_record(d) for d in comparison.differences],
    }


def _difference_record(difference: PostDifference) -> dict[str, object]:
    post = difference.post
    return {
        "uid": difference.uid,
        "difference": difference.difference.value,
        "title": post.title,
        "platform": post.platform,
        "start": post.start.isoformat() if post.start else None,
        "plan": render.post_record(difference.plan) if difference.plan else None,
        "other": render.post_record(difference.other) if difference.other else None,
        "fields": [
            {"field": f.field, "plan": render.json_value(f.plan), "other": render.json_value(f.other)}
            for f in difference.fields
        ],
        "deleted_in_plan": _deletion_record(difference.deleted_in_plan),
        "deleted_in_other": _deletion_record(difference.deleted_in_other),
    }


def _deletion_record(deletion: Deletion | None) -> dict[str, object] | None:
    if deletion is None:
        return None
    return {"id": deletion.post_id, "version": deletion.version, "by": deletion.who, "at": deletion.at.isoformat()}


def comparison_text(comparison: PlanComparison, zone_name: str, plan: str) -> str:
    """A line of counts, a row per post (a line below for each field that differs), and how to bring one back."""
    if not comparison.differences:
        return tr("compare.same", other=comparison.other)
    counts = tr(
        "compare.counts",
        other=comparison.other,
        only_plan=comparison.count(Difference.ONLY_IN_PLAN),
        only_other=comparison.count(Difference.ONLY_IN_OTHER),
        changed=comparison.count(Difference.CHANGED),
    )
    names = ("difference", "when", "platform", "title", "plan", "other")
    rows: list[tuple[object, ...]] = []
    for d in comparison.differences:
        post = d.post
        rows.append(
            (
                tr(f"compare.{d.difference.value}"),
                render.when(post.start),
                post.platform,
                render.shorten(post.title, render.TITLE_WIDTH),
                _side(d.plan, d.deleted_in_plan, zone_name),
                _side(d.other, d.deleted_in_other, zone_name),
            )
        )
        rows += [("", "", "", _field_line(f.field, f.plan, f.other), "", "") for f in d.fields]
    table = render.table([tr(f"compare.col_{name}") for name in names], rows)
    hint = tr(
        "compare.hint",
        command=f"dialogos post restore --from {shell_word(Path(comparison.other))} ID --db {shell_word(Path(plan))}",
    )
    return f"{counts}\n\n{table}\n\n{hint}"


def _side(post: Post | None, deletion: Deletion | None, zone_name: str) -> str:
    """One copy's post in a cell: its id, version, who changed it last and when; or its deletion."""
    if post is not None:
        changed = _at(post.updated_at, zone_name)
        return tr("compare.side", id=post.id, version=post.version, who=post.updated_by, when=changed)
    if deletion is not None:
        return tr("compare.deleted_by", who=deletion.who, when=_at(deletion.at, zone_name))
    return tr("history.empty_value")


def _at(moment: datetime, zone_name: str) -> str:
    return f"{moment.astimezone(zone(zone_name)):%Y-%m-%d %H:%M}"


def _field_line(field: str, plan: object, other: object) -> str:
    def shown(value: object) -> str:
        return render.shorten(render.value_text(field, value), VALUE_WIDTH)

    return tr("compare.field", field=render.field_name(field), plan=shown(plan), other=shown(other))


# -- post restore --from OTHER ID ----------------------------------------------------------


def brought_back_lines(brought: BroughtBack, copy_id: int) -> list[str]:
    """What ``post restore --from`` did, before the post is shown: the platforms or
    categories found renamed or made, then the post's new state."""
    key = "cli.brought_back_created" if brought.created else "cli.brought_back"
    saved = brought.post
    done = tr(key, id=saved.id, other=brought.source.file, other_id=copy_id, version=saved.version)
    return [*(counterpart.note for counterpart in brought.counterparts), done]
