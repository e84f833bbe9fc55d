"""Conflicted copies of a plan that sync tools leave beside it.

When two people save a plan kept in a synced folder before the tool has
synced, the tool keeps both: the plan, and a *conflicted copy* of it under
another name, beside it. Whatever was saved in the copy is missing from the
plan, silently. Dialogos looks for such copies of the plan it opens and says
what they mean, once (see :func:`report_new_copies`); ``db compare`` and
``post restore --from`` (:mod:`planner.sharing.comparison`) bring their posts back.

How each tool names a copy of ``plan.sqlite`` (only copies of *this* plan
count: the same name before the mark, the same extension, any letter case):

* Dropbox: ``plan (conflicted copy 2026-12-06).sqlite``, with the account
  whose save conflicted: ``plan (Léa's conflicted copy 2026-12-06).sqlite``,
  without a date in older clients (``plan (Léa's conflicted copy).sqlite``),
  in the user's language (``plan (copie en conflit de Léa 2026-12-06).sqlite``),
  and a second one of a day gets `` (1)``.
* Nextcloud and ownCloud (desktop client 2.5 and later):
  ``plan (conflicted copy 2026-12-06 153045).sqlite``, sometimes with the
  user's name before the date; older ownCloud clients:
  ``plan_conflict-20261206-153045.sqlite``.
* Syncthing: ``plan.sync-conflict-20261206-153045-ABCDEFG.sqlite``, the
  last part being the first seven characters of the device that conflicted
  (older versions wrote no device).
* Seafile: ``plan (SFConflict lea@example.com 2026-12-06-15-30-45).sqlite``.
* Any other ``plan (… conflict …).sqlite`` is taken for a copy by an unnamed tool.

Some tools use names people and other programs use too; those count only
when the plan is in that tool's folder (:func:`planner.sharing.places.synced_folder`):

* OneDrive keeps the other version as ``plan-<computer name>.sqlite``
  (``plan-LAPTOP-1A2B3C.sqlite``); elsewhere ``plan-old.sqlite`` is a name
  someone chose.
* Google Drive for desktop keeps it as ``plan (1).sqlite``, which is also
  what a browser or a file manager calls a second download or copy.
* iCloud Drive keeps it as ``plan 2.sqlite``.

A name is not enough: only a Dialogos file counts, told by its SQLite header
and its application id (the first 100 bytes, read, never written).
"""

from __future__ import annotations

import os
import re
import unicodedata
from collections.abc import Mapping
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path

from planner.i18n import tr
from planner.locations import expanded
from planner.sharing.places import synced_folder
from planner.sharing.told import read_told, told_file, write_told
from planner.storage import plan_file
from planner.storage.backup import SQLITE_HEADER
from planner.storage.schema import APPLICATION_ID
from planner.timezones import zone

__all__ = ["ConflictCopy", "conflict_copies", "copy_service", "report_new_copies"]

REPORTED_FILE = "reported-copies.json"
# A folder with more entries than this is not listed to the end: the warning is not worth it.
_MAX_NAMES = 20_000

_DATE = r"\d{4}-\d{2}-\d{2}"
_AGAIN = r"(?: \(\d+\))?"  # a second copy of the same name gets " (1)"

# What follows the plan's stem in a copy's name (before the extension), and the tool it tells.
_MARKS: tuple[tuple[str, re.Pattern[str]], ...] = tuple(
    (service, re.compile(pattern, re.IGNORECASE))
    for service, pattern in (
        ("Seafile", rf" \(SFConflict (?P<who>\S+) {_DATE}-\d{{2}}-\d{{2}}-\d{{2}}\){_AGAIN}"),
        ("Nextcloud / ownCloud", rf" \(conflicted copy(?: (?P<who>[^()]+?))? {_DATE} \d{{6}}\){_AGAIN}"),
        ("ownCloud", r"_conflict-\d{8}-\d{6}"),
        ("Dropbox", rf" \((?:(?P<who>[^()]+?)['’]s )?conflicted copy(?: {_DATE})?\){_AGAIN}"),
        ("Dropbox", rf" \(copie en conflit(?: de (?P<who>[^()]+?))?(?: {_DATE})?\){_AGAIN}"),
        ("Syncthing", r"\.sync-conflict-\d{8}-\d{6}(?:-(?P<who>[A-Z0-9]{7}))?"),
        ("", rf" \([^()]*(?:conflict|conflit|konflikt)[^()]*\){_AGAIN}"),
    )
)
# Marks that are copies only inside the tool's own folder (see the module's docstring).
_FOLDER_MARKS: dict[str, re.Pattern[str]] = {
    "OneDrive": re.compile(r"-(?P<who>[A-Z0-9][A-Z0-9-]{0,14})", re.IGNORECASE),
    "Google Drive": re.compile(r" \(\d+\)"),
    "iCloud Drive": re.compile(r" \d+"),
}


@dataclass(frozen=True, slots=True)
class ConflictCopy:
    """A conflicted copy of a plan: where, which tool made it (``service``, empty when
    the name does not say), whose save it holds when the name says (``who``: an
    account, a device or a computer), and when it was last written."""

    path: Path
    service: str
    who: str
    modified: datetime  # aware, UTC
    size: int

    def summary(self, zone_name: str) -> str:
        """One line, in the user's language: what the copy is and what it may hold
        (its last change in ``zone_name``)."""
        service = self.service or tr("copies.some_tool")
        when = self.modified.astimezone(zone(zone_name)).strftime("%Y-%m-%d %H:%M")
        if self.who:
            return tr("copies.found_who", path=str(self.path), service=service, who=self.who, when=when)
        return tr("copies.found", path=str(self.path), service=service, when=when)

    @property
    def signature(self) -> str:
        """Changes when the copy is written again: a copy written since it was reported is news."""
        return f"{int(self.modified.timestamp() * 1_000_000)}:{self.size}"


def copy_service(plan: str | os.PathLike[str], name: str, *, environ: Mapping[str, str] | None = None) -> str | None:
    """The tool a file called ``name`` beside ``plan`` is a conflicted copy of it from
    (empty for an unnamed tool), or None when the name is not a copy's. The name
    alone: whether the file is a Dialogos file is not looked at."""
    found = _match(Path(plan), name, environ)
    return None if found is None else found[0]


def conflict_copies(plan: str | os.PathLike[str], *, environ: Mapping[str, str] | None = None) -> list[ConflictCopy]:
    """The conflicted copies of the plan at ``plan`` in its folder, newest first.

    ``environ`` is where OneDrive's variables are looked for (tests pass their own).
    A folder that cannot be listed has none.
    """
    file = Path(os.path.abspath(expanded(plan)))
    found: list[ConflictCopy] = []
    try:
        with os.scandir(file.parent) as entries:
            for count, entry in enumerate(entries):
                if count >= _MAX_NAMES:
                    break
                if entry.name == file.name:
                    continue
                matched = _match(file, entry.name, environ)
                if matched is None or not entry.is_file() or not _is_dialogos(Path(entry.path)):
                    continue
                info = entry.stat()
                modified = datetime.fromtimestamp(info.st_mtime, UTC)
                found.append(ConflictCopy(Path(entry.path), matched[0], matched[1], modified, info.st_size))
    except OSError:
        return []
    found.sort(key=lambda copy: (copy.modified, str(copy.path)), reverse=True)
    return found


def report_new_copies(
    plan: str | os.PathLike[str],
    *,
    store: str | os.PathLike[str] | None = None,
    environ: Mapping[str, str] | None = None,
) -> list[ConflictCopy]:
    """The copies of ``plan`` the user has not been told about yet, and records that they were.

    A copy is news once, and again if it is written since (a sync tool
    overwrote it); a copy that went away is forgotten, so a new one under its
    name is news again. The memory is shared by the app and the command line
    (``store``: the folder to keep it in instead of the user's data folder).
    """
    copies = conflict_copies(plan, environ=environ)
    target = told_file(REPORTED_FILE, store)
    known = read_told(target)
    folder = str(Path(os.path.abspath(expanded(plan))).parent)
    current = {str(copy.path): copy.signature for copy in copies}
    gone = [key for key in known if os.path.dirname(key) == folder and key not in current]
    news = [copy for copy in copies if known.get(str(copy.path)) != copy.signature]
    if news or gone:
        for key in gone:
            del known[key]
        known.update(current)
        write_told(target, known)
    return news


def _match(plan: Path, name: str, environ: Mapping[str, str] | None) -> tuple[str, str] | None:
    """(tool, who) when ``name`` is a conflicted copy's name of ``plan``."""
    # macOS writes names decomposed (é as e + ´): compare them composed.
    name = unicodedata.normalize("NFC", name)
    stem = re.escape(unicodedata.normalize("NFC", plan.stem))
    suffix = re.escape(unicodedata.normalize("NFC", plan.suffix))
    parts = re.fullmatch(f"{stem}(?P<mark>.+){suffix}", name, re.IGNORECASE | re.DOTALL)
    if parts is None:
        return None
    mark = parts.group("mark")
    for service, pattern in _MARKS:
        found = pattern.fullmatch(mark)
        if found is not None:
            return service, (found.groupdict().get("who") or "").strip()
    for service, pattern in _FOLDER_MARKS.items():
        found = pattern.fullmatch(mark)
        if found is not None and _synced_by(plan, environ) == service:
            return service, (found.groupdict().get("who") or "").strip()
    return None


def _synced_by(plan: Path, environ: Mapping[str, str] | None) -> str | None:
    found = synced_folder(plan, os.environ if environ is None else environ)
    return None if found is None else found[0]


def _is_dialogos(path: Path) -> bool:
    """A SQLite file with Dialogos' application id (bytes 68–71 of its header), read only."""
    try:
        header = plan_file.read(path, 0, 100)  # a copy this process may have open, as any plan
    except OSError:
        return False
    return (
        len(header) == 100
        and header.startswith(SQLITE_HEADER)
        and int.from_bytes(header[68:72], "big") == APPLICATION_ID
    )
