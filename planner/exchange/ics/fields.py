"""What ties an iCalendar event to a Dialogos post, shared by export and import.

An exported event's ``UID`` is the post's stable uid at :data:`UID_DOMAIN`, so
every export gives the same UID and a calendar app (or Dialogos itself, on
re-import) updates the event instead of duplicating it. The ``X-DIALOGOS-*``
properties carry the post's own fields, which ``SUMMARY`` and ``DESCRIPTION``
only show dressed for people, so an import of our own export restores them
exactly.
"""

from __future__ import annotations

UID_DOMAIN = "dialogos"

X_PLATFORM = "X-DIALOGOS-PLATFORM"
X_TITLE = "X-DIALOGOS-TITLE"
X_BODY = "X-DIALOGOS-BODY"
X_CATEGORY = "X-DIALOGOS-CATEGORY"
X_SIDE = "X-DIALOGOS-SIDE"
X_STATUS = "X-DIALOGOS-STATUS"
X_CAMPAIGN = "X-DIALOGOS-CAMPAIGN"
X_AUTHOR = "X-DIALOGOS-AUTHOR"
X_VERSION = "X-DIALOGOS-VERSION"
X_TIMEZONE = "X-DIALOGOS-TIMEZONE"
"""The post's zone: a start in the autumn's repeated hour is written in UTC (a
wall time with a zone means its first occurrence), and keeps its zone here."""


def event_uid(post_uid: str) -> str:
    """The ``UID`` of a post's event: the same at every export."""
    return f"{post_uid}@{UID_DOMAIN}"


def post_uid_of(event_uid: str) -> str | None:
    """The post uid inside one of our event UIDs; None for another app's event."""
    local, at, domain = event_uid.strip().rpartition("@")
    if not at or domain.lower() != UID_DOMAIN or not local:
        return None
    return local


FOLLOWUP_DOMAIN = f"followups.{UID_DOMAIN}"
"""The domain of follow-up UIDs: not :data:`UID_DOMAIN`, so no reader takes one for a post."""


def followup_uid(post_uid: str, followup_id: int) -> str:
    """The ``UID`` of a follow-up's ``VTODO``: its post's uid and its own id, the same at every export."""
    return f"followup-{followup_id}-{post_uid}@{FOLLOWUP_DOMAIN}"


def reply_window_uid(post_uid: str, followup_id: int) -> str:
    """The ``UID`` of a reply window's ``VEVENT`` (the busy time of a ``replies`` follow-up)."""
    return f"replies-{followup_id}-{post_uid}@{FOLLOWUP_DOMAIN}"


def is_followup_uid(uid: str) -> bool:
    """Whether ``uid`` is one of a follow-up's (its to-do or its reply window): never a post."""
    local, at, domain = uid.strip().rpartition("@")
    return bool(at and local) and domain.lower() == FOLLOWUP_DOMAIN
