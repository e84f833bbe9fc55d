"""Checks on what users type: one place, used by every write path."""

from __future__ import annotations

import re
import unicodedata
from datetime import timedelta
from urllib.parse import urlsplit

from planner.defaults import (
    MAX_BODY_LENGTH,
    MAX_DURATION_MINUTES,
    MAX_FIELD_LENGTH,
    MAX_NAME_LENGTH,
    MAX_TITLE_LENGTH,
    PLATFORM_KINDS,
)
from planner.errors import ValidationError
from planner.i18n import Term
from planner.model import DEFAULT_REPLY_MINUTES, FollowupDefault, FollowupKind, FollowupStatus, Side, Status
from planner.printable import LONE_SURROGATE

_CONTROL = re.compile(r"[\x00-\x1f\x7f]")
_COLOUR = re.compile(r"^#[0-9A-Fa-f]{6}$")


def utf8(value: str) -> str:
    """``value`` if it is text; one holding bytes that were not UTF-8 is refused (its message
    shows them as ``\\xNN``)."""
    if LONE_SURROGATE.search(value):
        raise ValidationError("error.not_utf8", value=value[:80])
    return value


def name(value: str, *, what: str) -> str:
    """A short single-line name (platform, category, member)."""
    cleaned = " ".join(utf8(value).split())
    if not cleaned:
        raise ValidationError("error.name_required", what=Term("field." + what))
    if len(cleaned) > MAX_NAME_LENGTH:
        raise ValidationError("error.name_too_long", what=Term("field." + what), limit=MAX_NAME_LENGTH)
    if _CONTROL.search(cleaned):
        raise ValidationError("error.name_control", what=Term("field." + what))
    return cleaned


def member_name(value: str) -> str:
    """A member's name: a name (:func:`name`) a mention can say, so no "@" in it, nor an
    invisible character (a zero-width space, a direction mark) two spellings would differ by."""
    cleaned = name(value, what="member")
    if "@" in cleaned:
        raise ValidationError("error.member_name_at", name=cleaned)
    if any(unicodedata.category(char) == "Cf" for char in cleaned):
        raise ValidationError("error.member_name_invisible")
    return cleaned


def title(value: str) -> str:
    cleaned = utf8(value).strip()
    if not shows_something(cleaned):
        raise ValidationError("error.title_required")  # a zero-width space alone shows as no title
    if "\n" in cleaned or "\r" in cleaned:
        raise ValidationError("error.title_single_line")
    if _CONTROL.search(cleaned):
        raise ValidationError("error.title_control")
    if len(cleaned) > MAX_TITLE_LENGTH:
        raise ValidationError("error.title_too_long", length=len(cleaned), limit=MAX_TITLE_LENGTH)
    return cleaned


def shows_something(text: str) -> bool:
    """Whether ``text`` shows anything: not only spaces, controls and invisible format
    characters (zero-width spaces and joiners, direction marks)."""
    return any(not char.isspace() and unicodedata.category(char) not in ("Cc", "Cf") for char in text)


def body(value: str) -> str:
    if "\x00" in utf8(value):
        raise ValidationError("error.text_nul")
    if len(value) > MAX_BODY_LENGTH:
        raise ValidationError("error.body_too_long", length=len(value), limit=MAX_BODY_LENGTH)
    return value


def text_field(value: str, *, what: str, single_line: bool) -> str:
    if value == "":
        return value  # the usual case when many posts are written at once
    cleaned = utf8(value).strip()
    if "\x00" in cleaned or (single_line and _CONTROL.search(cleaned)):
        raise ValidationError("error.field_control", what=Term("field." + what))
    limit = MAX_FIELD_LENGTH if single_line else MAX_BODY_LENGTH
    if len(cleaned) > limit:
        raise ValidationError("error.field_too_long", what=Term("field." + what), length=len(cleaned), limit=limit)
    return cleaned


def link(value: str) -> str:
    cleaned = utf8(value).strip()
    if not cleaned:
        return ""
    if len(cleaned) > MAX_FIELD_LENGTH:
        raise ValidationError(
            "error.field_too_long", what=Term("field.link"), length=len(cleaned), limit=MAX_FIELD_LENGTH
        )
    if any(char.isspace() for char in cleaned):
        raise ValidationError("error.link_space", value=cleaned[:80])
    scheme = cleaned.partition("://")[0].lower() if "://" in cleaned else ""
    if scheme not in ("http", "https"):
        raise ValidationError("error.bad_link", value=cleaned[:80])
    try:
        parts = urlsplit(cleaned)
        # Reading the port refuses one that is not a number; 0 is no port either.
        readable = bool(parts.hostname) and parts.port != 0 and not _CONTROL.search(cleaned)
    except ValueError:  # a broken IPv6 host, a port that is not a number
        readable = False
    if not readable:
        raise ValidationError("error.link_host", value=cleaned[:80], scheme=scheme)
    return cleaned


def duration(value: int) -> int:
    if isinstance(value, bool) or not isinstance(value, int) or not 1 <= value <= MAX_DURATION_MINUTES:
        raise ValidationError("error.bad_duration", value=value, limit=MAX_DURATION_MINUTES)
    return value


def colour(value: str) -> str:
    cleaned = value.strip()
    if not _COLOUR.match(cleaned):
        raise ValidationError("error.bad_colour", value=cleaned[:20])
    return cleaned.upper()


def platform_kind(value: str) -> str:
    key = value.strip().lower()
    if key not in PLATFORM_KINDS:
        raise ValidationError("error.unknown_kind", value=value[:40], known=", ".join(PLATFORM_KINDS))
    return key


def text_limit(value: int | None) -> int | None:
    if value is None:
        return None
    if isinstance(value, bool) or not 1 <= value <= 1_000_000:
        raise ValidationError("error.bad_text_limit", value=value)
    return value


def side(value: str | Side) -> Side:
    try:
        return Side(str(value).strip().lower())
    except ValueError:
        raise ValidationError(
            "error.unknown_side", value=str(value)[:40], known=", ".join(s.value for s in Side)
        ) from None


def status(value: str | Status) -> Status:
    if isinstance(value, Status):
        return value
    try:
        return Status("_".join(str(value).strip().lower().replace("-", " ").replace("_", " ").split()))
    except ValueError:
        raise ValidationError(
            "error.unknown_status", value=str(value)[:40], known=", ".join(s.value for s in Status)
        ) from None


def initials_of(member_name: str) -> str:
    words = [w for w in re.split(r"[\s\-_.]+", member_name) if w]
    letters = "".join(w[0] for w in words[:2]) if len(words) > 1 else member_name[:2]
    return letters.upper()


# -- follow-ups ---------------------------------------------------------------------------

_OFFSET = re.compile(r"^\s*(\d{1,6})\s*([mhd])\s*$", re.IGNORECASE)
_OFFSET_UNITS = {"m": 1, "h": 60, "d": 24 * 60}
MAX_OFFSET_DAYS = 366
"""The furthest a follow-up may fall after its post: a year and a day."""


def offset(value: str) -> timedelta:
    """``30m``, ``2h`` or ``3d`` (a whole number and a unit) as a positive timedelta of a year at most."""
    found = _OFFSET.match(str(value))
    if found is None:
        raise ValidationError("error.bad_offset", value=str(value)[:40])
    minutes = int(found.group(1)) * _OFFSET_UNITS[found.group(2).lower()]
    if not 0 < minutes <= MAX_OFFSET_DAYS * 24 * 60:
        raise ValidationError("error.offset_out_of_range", value=str(value)[:40], days=MAX_OFFSET_DAYS)
    return timedelta(minutes=minutes)


def followup_kind(value: str | FollowupKind) -> FollowupKind:
    try:
        return FollowupKind(str(value).strip().lower())
    except ValueError:
        raise ValidationError(
            "error.unknown_followup_kind", value=str(value)[:40], known=", ".join(k.value for k in FollowupKind)
        ) from None


def followup_status(value: str | FollowupStatus) -> FollowupStatus:
    try:
        return FollowupStatus(str(value).strip().lower())
    except ValueError:
        raise ValidationError(
            "error.unknown_followup_status", value=str(value)[:40], known=", ".join(s.value for s in FollowupStatus)
        ) from None


def followup_default(value: str) -> FollowupDefault:
    """``KIND:OFFSET[:DURATION_MIN]`` as ``category add --followup`` takes it: ``replies:2h:90``, ``post:3d``."""
    parts = str(value).split(":")
    if len(parts) not in (2, 3):
        raise ValidationError("error.bad_followup_default", value=str(value)[:60])
    kind = followup_kind(parts[0])
    after = offset(parts[1])
    minutes: int | None = None
    if len(parts) == 3:
        if kind is not FollowupKind.REPLIES:
            raise ValidationError("error.duration_for_replies_only", value=str(value)[:60])
        if not parts[2].strip().isdigit():
            raise ValidationError("error.bad_followup_default", value=str(value)[:60])
        minutes = duration(int(parts[2]))
    return FollowupDefault(kind, after, minutes)


def reply_duration(kind: FollowupKind, minutes: int | None) -> int | None:
    """A reply window's length (default an hour); the other kinds have none."""
    if kind is not FollowupKind.REPLIES:
        if minutes is not None:
            raise ValidationError("error.duration_for_replies_only", value=f"--duration {minutes}")
        return None
    return DEFAULT_REPLY_MINUTES if minutes is None else duration(minutes)
