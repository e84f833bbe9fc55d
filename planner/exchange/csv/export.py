"""Posts to CSV: one row per post, the columns of :mod:`planner.exchange.csv.columns`.

Rows end with CRLF (RFC 4180, what spreadsheets write); cells are quoted
only when they hold the delimiter, a quote or a line break. Instants are
written as the wall-clock date and time in the post's own zone, with that
zone and its UTC offset, so a spreadsheet shows the time the post goes out
where it is planned, and an import finds the very same instant again.
Each row also carries the post's version, so an import can tell a row
edited in the spreadsheet from one that is merely older than the plan.
"""

from __future__ import annotations

import csv
import io
import os
from collections.abc import Sequence
from datetime import datetime, timedelta
from pathlib import Path
from typing import TYPE_CHECKING

from planner.exchange.csv.cells import format_offset
from planner.exchange.csv.columns import COLUMNS, GUARDED, CsvFlavour, guard, side_word, status_word
from planner.exchange.csv.columns import headers as header_row
from planner.exchange.files import write_atomically
from planner.model import Post, PostQuery

if TYPE_CHECKING:
    from planner.service import Planner

__all__ = ["CsvFlavour", "export_csv", "format_offset", "write_csv"]


def write_csv(posts: Sequence[Post], *, flavour: CsvFlavour = CsvFlavour.STANDARD, headers: str = "en") -> bytes:
    """The CSV file of ``posts``, in their order, as bytes in the flavour's encoding.

    ``headers`` is ``en`` or ``fr``: the language of the header row and of the
    status and side words (an import reads both).
    """
    return text_csv(posts, delimiter=flavour.delimiter, language=headers).encode(flavour.encoding)


def text_csv(posts: Sequence[Post], *, delimiter: str = ",", language: str = "en") -> str:
    """The CSV text of ``posts`` (what ``post list --format csv`` prints)."""
    out = io.StringIO(newline="")
    writer = csv.writer(out, delimiter=delimiter, lineterminator="\r\n")
    writer.writerow(header_row(language))
    for post in posts:
        cells = _cells(post, language)
        writer.writerow([guard(cell) if name in GUARDED else cell for name, cell in zip(COLUMNS, cells, strict=True)])
    return out.getvalue()


def _cells(post: Post, language: str) -> list[str]:
    """A post's cells, in :data:`~planner.exchange.csv.columns.COLUMNS` order."""
    start = post.start
    return [
        post.uid,
        "" if start is None else f"{start:%Y-%m-%d}",
        "" if start is None else _time(start),
        post.timezone,
        "" if start is None else format_offset(start.utcoffset() or timedelta(0)),
        post.platform,
        post.title,
        post.category or "",
        side_word(post.side, language) if post.side else "",
        status_word(post.status, language),
        post.approved_by or "",
        str(post.duration_minutes),
        post.author or "",
        post.campaign,
        post.link,
        post.body,
        post.notes,
        str(post.version),  # what the import compares with, so an older file cannot undo a newer edit
    ]


def _time(start: datetime) -> str:
    # Seconds only when there are some: spreadsheets and people read 09:30.
    return f"{start:%H:%M:%S}" if start.second else f"{start:%H:%M}"


def export_csv(
    planner: Planner,
    query: PostQuery,
    destination: str | os.PathLike[str],
    *,
    flavour: CsvFlavour = CsvFlavour.STANDARD,
    headers: str = "en",
) -> int:
    """Write the posts ``query`` finds to ``destination`` in one step; returns how many."""
    posts = planner.list_posts(query)
    write_atomically(Path(destination), write_csv(posts, flavour=flavour, headers=headers))
    return len(posts)
