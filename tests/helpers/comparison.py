"""A plan and a conflicted copy of it, for the comparison tests on a file and on a server."""

from __future__ import annotations

import shutil
from datetime import datetime
from pathlib import Path
from zoneinfo import ZoneInfo

from planner import Planner, PostFields
from planner.session import Clock

PARIS = ZoneInfo("Europe/Paris")
COPY_NAME = "plan (Léa's conflicted copy 2026-06-10).sqlite"


def at(day: int, hour: int = 9) -> datetime:
    return datetime(2026, 6, day, hour, 0, tzinfo=PARIS)


def add(planner: Planner, title: str, day: int, **fields: object) -> int:
    fields.setdefault("category", "Question")
    fields.setdefault("platform", "Instagram")
    return planner.create_post(PostFields(title=title, start=at(day), **fields)).ids[0]  # type: ignore[arg-type]


def copy_of(planner: Planner, folder: Path) -> Path:
    """The plan as a conflicted copy beside it: the file itself, or (a plan on a server) a file with its posts."""
    target = folder / COPY_NAME
    if not planner.on_server:
        shutil.copyfile(planner.path, target)
        return target
    with Planner.open(target, planning_zone="Europe/Paris", user="camille") as copy:
        for platform in planner.platforms():
            copy.add_platform(platform.name, platform.kind)
        copy.create_posts([PostFields.of(post) for post in planner.list_posts()])
    return target


def edit_copy(copy: Path, clock: Clock) -> Planner:
    return Planner.open(copy, clock=clock, user="léa")
