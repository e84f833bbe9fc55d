"""Risky places for a shared plan: synced folders and file systems without working locks.

SQLite keeps a shared file consistent with byte-range locks and a journal
beside the file. Two kinds of places break that, silently:

* **Synced folders** (Dropbox, OneDrive, Nextcloud, Syncthing…) copy the file
  and its journal separately, at moments of their choosing; when two people
  save at once they keep both versions as "conflicted copies", and a copy
  taken halfway through a save can be damaged. Locks do not travel with them.
* **File systems whose locks stay on one computer** (sshfs, an NFS mount with
  ``nolock``…): each computer believes it holds the write lock alone.

Detecting them is a guess from what the tools leave behind, so a user is
warned once per file (the app and the command line share the memory of it),
never stopped. What each tool leaves, and where it is documented:

* Dropbox: a hidden ``.dropbox.cache`` folder in the root Dropbox folder
  (help.dropbox.com/desktop-web/cache-folder) and a ``.dropbox`` file in
  the root and in each shared folder; with macOS's File Provider the folder
  lives in ``~/Library/CloudStorage/Dropbox*``.
* Syncthing: the ``.stfolder`` marker folder at the root of every synced
  folder (docs.syncthing.net; "folder marker missing" when it goes).
* Resilio Sync: a hidden ``.sync`` folder with an ``ID`` file and an
  ``Archive`` folder at the root of a synced folder (Resilio's "What is
  .sync directory"); BitTorrent Sync, its ancestor, left ``.SyncID`` and
  ``.SyncArchive``.
* Nextcloud and ownCloud desktop clients: their sync journal, an SQLite file
  ``.sync_<id>.db`` (``._sync_<id>.db`` in older clients), and
  ``.owncloudsync.log`` at the root of each synced folder.
* OneDrive leaves no marker file: its folder is named ``OneDrive`` or
  ``OneDrive - <organisation>``, the client sets ``%OneDrive%``,
  ``%OneDriveCommercial%`` and ``%OneDriveConsumer%`` on Windows, its root's
  ``desktop.ini`` names OneDrive's icon, and on macOS it is
  ``~/Library/CloudStorage/OneDrive-*``.
* Google Drive for desktop: ``My Drive`` (``Mon Drive`` in French) under a
  mounted drive or ``~/Library/CloudStorage/GoogleDrive-*``; a mirrored
  folder holds ``.tmp.drivedownload`` / ``.tmp.driveupload`` while syncing.
* iCloud Drive: ``~/Library/Mobile Documents/com~apple~CloudDocs``.

File systems (Linux, from ``/proc/self/mountinfo``: the file's mount and its
type and options):

* ``fuse.sshfs``: sshfs implements no lock operation, so the kernel keeps
  POSIX locks local to each computer (libfuse/sshfs#326; forwarding them was
  refused by OpenSSH, openssh-portable#66).
* other FUSE mounts of object stores and remote drives (rclone, s3fs, gcsfuse,
  GNOME's gvfs), WebDAV (davfs), virtual machines' shared folders (vboxsf,
  VMware's vmhgfs, 9p as WSL 2 and QEMU use it): locks are local or absent.
* NFS: locks work through the lock manager (NFSv3) or the protocol (NFSv4),
  unless mounted with ``nolock`` or ``local_lock=posix|all`` (nfs(5)), which
  keep them local. Many NFS setups are fine; those options are not.
* SMB/CIFS: byte-range locks go to the server (Windows shares, Samba), with
  the caveat that the Linux client's caching can delay what others see;
  ``nobrl`` (mount.cifs(8)) stops sending them: risky.

Windows and macOS shares (SMB) lock properly; their file systems are not
inspected beyond the synced-folder markers.
"""

from __future__ import annotations

import contextlib
import enum
import fnmatch
import os
import re
from collections.abc import Mapping
from dataclasses import dataclass
from pathlib import Path

from planner.i18n import tr
from planner.locations import expanded
from planner.sharing.told import read_told, told_file, write_told

__all__ = ["PlaceKind", "RiskyPlace", "already_warned", "remember_warned", "risky_place", "warn_once"]

MOUNTINFO = Path("/proc/self/mountinfo")
WARNED_FILE = "warned-places.json"
# Listing a huge folder to look for a marker would cost more than the warning is worth.
_MAX_NAMES = 20_000


class PlaceKind(enum.StrEnum):
    SYNCED_FOLDER = "synced_folder"
    NO_LOCKS = "no_locks"


@dataclass(frozen=True, slots=True)
class RiskyPlace:
    """Why sharing the file at ``path`` is risky: the kind, the tool or file
    system (``service``), the folder or mount point it was seen at (``where``),
    and for a mount the option that disables locks."""

    path: Path
    kind: PlaceKind
    service: str
    where: Path
    option: str = ""

    @property
    def message(self) -> str:
        """One line, in the user's language, saying what is risky and what to do."""
        if self.kind is PlaceKind.SYNCED_FOLDER:
            return tr("places.synced_folder", path=str(self.path), service=self.service, where=str(self.where))
        if self.option:
            return tr(
                "places.no_locks_option",
                path=str(self.path),
                service=self.service,
                option=self.option,
                where=str(self.where),
            )
        return tr("places.no_locks", path=str(self.path), service=self.service, where=str(self.where))


def risky_place(
    path: str | os.PathLike[str],
    *,
    mountinfo: str | None = None,
    environ: Mapping[str, str] | None = None,
) -> RiskyPlace | None:
    """Whether the database at ``path`` sits somewhere risky for a shared plan.

    ``mountinfo`` is the text of ``/proc/self/mountinfo`` (tests pass their
    own; None reads this process's, where there is one).
    """
    file = Path(os.path.abspath(expanded(path)))
    with contextlib.suppress(OSError):
        file = file.resolve()
    env = os.environ if environ is None else environ
    synced = synced_folder(file, env)
    if synced is not None:
        service, where = synced
        return RiskyPlace(file, PlaceKind.SYNCED_FOLDER, service, where)
    if mountinfo is None:
        try:
            mountinfo = MOUNTINFO.read_text(encoding="utf-8", errors="replace")
        except OSError:
            return None  # not Linux, or no /proc: nothing to tell
    return lockless_mount(file, mountinfo)


# -- synced folders ----------------------------------------------------------------


def synced_folder(file: Path, environ: Mapping[str, str]) -> tuple[str, Path] | None:
    """The sync tool and the folder where it shows, nearest first; None when none does."""
    onedrive_roots = {
        os.path.normcase(os.path.abspath(value))
        for name in ("OneDrive", "OneDriveCommercial", "OneDriveConsumer")
        if (value := environ.get(name, "").strip())
    }
    for folder in file.parents:
        found = _by_name(folder) or _by_markers(folder)
        if found is None and os.path.normcase(str(folder)) in onedrive_roots:
            found = "OneDrive"
        if found is not None:
            return found, folder
    return None


def _by_name(folder: Path) -> str | None:
    """Folders a sync tool names itself."""
    name = folder.name
    parent = folder.parent.name
    if name == "OneDrive" or name.startswith("OneDrive - "):
        return "OneDrive"
    if parent == "CloudStorage":  # macOS File Provider: ~/Library/CloudStorage/<Provider>-<account>
        for prefix, service in (("OneDrive", "OneDrive"), ("GoogleDrive", "Google Drive"), ("Dropbox", "Dropbox")):
            if name.startswith(prefix):
                return service
    if name in ("My Drive", "Mon Drive"):
        return "Google Drive"
    if name == "com~apple~CloudDocs":
        return "iCloud Drive"
    return None


_MARKER_NAMES: tuple[tuple[str, str], ...] = (
    (".dropbox", "Dropbox"),
    (".dropbox.cache", "Dropbox"),
    (".stfolder", "Syncthing"),
    (".SyncID", "BitTorrent Sync"),
    (".SyncArchive", "BitTorrent Sync"),
    (".owncloudsync.log", "Nextcloud / ownCloud"),
    (".tmp.drivedownload", "Google Drive"),
    (".tmp.driveupload", "Google Drive"),
)
_MARKER_PATTERNS: tuple[tuple[str, str], ...] = (
    (".sync_*.db", "Nextcloud / ownCloud"),
    ("._sync_*.db", "Nextcloud / ownCloud"),
)


def _by_markers(folder: Path) -> str | None:
    """The files and folders a sync tool leaves at the root of what it syncs."""
    names = _names(folder)
    if not names:
        return None
    for marker, service in _MARKER_NAMES:
        # The Dropbox client keeps its settings in a ~/.dropbox folder: only the
        # synced folder's own ".dropbox" is a file.
        if marker in names and not (marker == ".dropbox" and (folder / marker).is_dir()):
            return service
    for pattern, service in _MARKER_PATTERNS:
        if any(fnmatch.fnmatchcase(name, pattern) for name in names):
            return service
    # ".sync" is a common word: Resilio's has its ID file or its Archive inside.
    if ".sync" in names and ((folder / ".sync" / "ID").exists() or (folder / ".sync" / "Archive").is_dir()):
        return "Resilio Sync"
    if "desktop.ini" in names and _mentions_onedrive(folder / "desktop.ini"):
        return "OneDrive"
    return None


def _names(folder: Path) -> set[str]:
    names: set[str] = set()
    try:
        with os.scandir(folder) as entries:
            for entry in entries:
                names.add(entry.name)
                if len(names) >= _MAX_NAMES:
                    break
    except OSError:
        return set()
    return names


def _mentions_onedrive(desktop_ini: Path) -> bool:
    try:
        with desktop_ini.open("rb") as handle:
            raw = handle.read(4096)
    except OSError:
        return False
    # Windows writes desktop.ini in UTF-16 or in the ANSI code page.
    text = raw.decode("utf-16", errors="ignore") if raw[:2] in (b"\xff\xfe", b"\xfe\xff") else raw.decode("latin-1")
    return "onedrive" in text.lower()


# -- file systems without working locks ------------------------------------------------


@dataclass(frozen=True, slots=True)
class Mount:
    """One line of /proc/self/mountinfo: where, what type, and its options."""

    point: Path
    fs_type: str
    source: str
    options: frozenset[str]


_OCTAL = re.compile(r"\\([0-7]{3})")

# Types whose POSIX locks never leave this computer (see the module's docstring).
_LOCAL_LOCKS: dict[str, str] = {
    "fuse.sshfs": "sshfs",
    "sshfs": "sshfs",
    "fuse.rclone": "rclone",
    "rclone": "rclone",
    "fuse.s3fs": "s3fs",
    "fuse.gcsfuse": "gcsfuse",
    "fuse.gvfsd-fuse": "GNOME gvfs",
    "davfs": "WebDAV (davfs2)",
    "fuse.davfs2": "WebDAV (davfs2)",
    "vboxsf": "VirtualBox shared folder",
    "fuse.vmhgfs-fuse": "VMware shared folder",
    "vmhgfs": "VMware shared folder",
    "9p": "9p (WSL or virtual machine shared folder)",
}


def parse_mountinfo(text: str) -> list[Mount]:
    """The mounts listed in ``text`` (proc(5): fields, then " - ", type, source, options)."""
    mounts: list[Mount] = []
    for line in text.splitlines():
        fields = line.split(" ")
        if "-" not in fields or len(fields) < 7:
            continue
        separator = fields.index("-", 6)
        after = fields[separator + 1 :]
        if len(after) < 2:
            continue
        options = set(fields[5].split(","))
        if len(after) > 2:
            options |= set(after[2].split(","))
        point = _OCTAL.sub(lambda match: chr(int(match.group(1), 8)), fields[4])
        mounts.append(Mount(Path(point), after[0], after[1], frozenset(options)))
    return mounts


def mount_of(file: Path, mounts: list[Mount]) -> Mount | None:
    """The mount ``file`` is on: the deepest mount point above it (the last one mounted wins)."""
    best: Mount | None = None
    for mount in mounts:
        if mount.point == file or mount.point in file.parents:
            if best is None or len(mount.point.parts) >= len(best.point.parts):
                best = mount
    return best


def lockless_mount(file: Path, mountinfo: str) -> RiskyPlace | None:
    """A mount of ``file`` whose locks do not reach other computers, from ``mountinfo``."""
    mount = mount_of(file, parse_mountinfo(mountinfo))
    if mount is None:
        return None
    if mount.fs_type in _LOCAL_LOCKS:
        return RiskyPlace(file, PlaceKind.NO_LOCKS, _LOCAL_LOCKS[mount.fs_type], mount.point)
    if mount.fs_type in ("nfs", "nfs4"):
        for option in sorted(mount.options):
            if option == "nolock" or option in ("local_lock=posix", "local_lock=all"):
                return RiskyPlace(file, PlaceKind.NO_LOCKS, "NFS", mount.point, option)
    if mount.fs_type in ("cifs", "smb3") and "nobrl" in mount.options:
        return RiskyPlace(file, PlaceKind.NO_LOCKS, "SMB", mount.point, "nobrl")
    return None


# -- warning once ----------------------------------------------------------------------


def _store(folder: str | os.PathLike[str] | None) -> Path:
    return told_file(WARNED_FILE, folder)


def _key(place: RiskyPlace) -> str:
    return str(place.path)


def already_warned(place: RiskyPlace, *, store: str | os.PathLike[str] | None = None) -> bool:
    """Whether the user was already told about this file in this kind of place.

    The memory is a small file in the user's data folder (``store``: the
    folder to keep it in instead), shared by the app and the command line.
    """
    return read_told(_store(store)).get(_key(place)) == place.kind.value


def remember_warned(place: RiskyPlace, *, store: str | os.PathLike[str] | None = None) -> None:
    """Record that the user was told; a failure to record only means telling again."""
    target = _store(store)
    known = read_told(target)
    known[_key(place)] = place.kind.value
    write_told(target, known)


def warn_once(
    path: str | os.PathLike[str],
    *,
    store: str | os.PathLike[str] | None = None,
    mountinfo: str | None = None,
    environ: Mapping[str, str] | None = None,
) -> RiskyPlace | None:
    """The risky place to tell the user about now, or None (not risky, or told before).

    Returns it once per file and kind of place, and records that it was told.
    """
    place = risky_place(path, mountinfo=mountinfo, environ=environ)
    if place is None or already_warned(place, store=store):
        return None
    remember_warned(place, store=store)
    return place
