"""How an imported item without an id of ours finds its post again, whatever the file.

Another app's calendar event becomes a post whose uid is derived from the platform, the event's
``UID`` and the occurrence (:func:`foreign_post_uid`), so importing the file again updates those
posts instead of adding copies. An item without any id (an event without ``UID``, a CSV row
without a ``uid`` cell: a Buffer or Hootsuite export, a sheet typed by hand) stands for the post
of the same platform, title and start instant (:func:`post_uid_by_content`): both imports make
that uid the same way, so such a post is found again by either.
"""

from __future__ import annotations

import hashlib
import uuid
from datetime import date, datetime

from planner.recurrence import instant_text

FOREIGN_UIDS = uuid.UUID("6f1d8a52-3c1e-5b7a-9f0e-2d4c8b6a1e37")
"""The namespace of the uids given to posts made from other apps' items (UUID version 5)."""

_CONTENT_UID_DOMAIN = "content.dialogos.invalid"
"""The domain of the ids made for items without one: never taken for a post's own (``@dialogos``)."""


def content_uid(summary: str, start: datetime | date, changed: str = "") -> str:
    """An id for an item that has none: made of its summary and start (and, for an event, the
    occurrence it changes, as written), so importing the same file again finds the same items."""
    moment = instant_text(start) if isinstance(start, datetime) else start.isoformat()
    digest = hashlib.sha256("\n".join((summary, moment, changed)).encode()).hexdigest()[:32]
    return f"{digest}@{_CONTENT_UID_DOMAIN}"


def foreign_post_uid(platform: str, source_uid: str, occurrence: str = "") -> str:
    """The uid of the post another app's item ``source_uid`` (one ``occurrence`` of it) becomes on ``platform``."""
    return uuid.uuid5(FOREIGN_UIDS, "\n".join((platform.casefold(), source_uid, occurrence))).hex


def post_uid_by_content(platform: str, title: str, start: datetime) -> str:
    """The uid of the post an item without any id stands for: the same platform, title and start
    instant give the same uid (a start given in another zone too)."""
    return foreign_post_uid(platform, content_uid(title, start))
