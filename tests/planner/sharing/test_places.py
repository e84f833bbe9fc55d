"""Risky places: synced folders told by what their tools leave, file systems
whose locks stay on one computer told by a (fake) mountinfo; warned once."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest

from planner.i18n import set_language
from planner.sharing.places import PlaceKind, already_warned, parse_mountinfo, remember_warned, risky_place, warn_once

# A mountinfo of a machine where nothing is risky: the root on ext4, /tmp on tmpfs.
PLAIN = (
    "22 1 8:1 / / rw,relatime shared:1 - ext4 /dev/sda1 rw,errors=remount-ro\n"
    "30 22 0:26 / /tmp rw,nosuid,nodev shared:5 - tmpfs tmpfs rw\n"
)


@pytest.fixture
def team(tmp_path: Path) -> Path:
    """A shared folder two levels under ``tmp_path``, where the plan lives."""
    folder = tmp_path / "Team" / "Planning"
    folder.mkdir(parents=True)
    return folder


def place(path: Path, mountinfo: str = PLAIN, **environ: str) -> tuple[PlaceKind, str, Path] | None:
    found = risky_place(path, mountinfo=mountinfo, environ=environ)
    return None if found is None else (found.kind, found.service, found.where)


def touch(path: Path) -> None:
    path.write_bytes(b"")


def folder(path: Path) -> None:
    path.mkdir()


@pytest.mark.parametrize(
    ("marker", "make", "service"),
    [
        (".dropbox", touch, "Dropbox"),
        (".dropbox.cache", folder, "Dropbox"),
        (".stfolder", folder, "Syncthing"),
        (".sync_4f2a91c0e1b3.db", touch, "Nextcloud / ownCloud"),
        ("._sync_4f2a91c0e1b3.db", touch, "Nextcloud / ownCloud"),
        (".owncloudsync.log", touch, "Nextcloud / ownCloud"),
        (".SyncID", touch, "BitTorrent Sync"),
        (".tmp.drivedownload", folder, "Google Drive"),
    ],
)
def test_a_sync_tools_marker_in_any_folder_above_the_file_is_seen(
    team: Path, marker: str, make: Callable[[Path], None], service: str
) -> None:
    root = team.parent  # the synced folder is "Team"; the plan is deeper
    make(root / marker)

    assert place(team / "plan.sqlite") == (PlaceKind.SYNCED_FOLDER, service, root)


def test_resilio_is_told_by_the_id_inside_its_sync_folder_not_by_any_sync_folder(team: Path) -> None:
    (team / ".sync").mkdir()
    assert place(team / "plan.sqlite") is None

    (team / ".sync" / "ID").write_bytes(b"\x01\x02")
    assert place(team / "plan.sqlite") == (PlaceKind.SYNCED_FOLDER, "Resilio Sync", team)


@pytest.mark.parametrize("name", ["OneDrive", "OneDrive - Contoso"])
def test_onedrive_is_told_by_its_folder_name(tmp_path: Path, name: str) -> None:
    synced = tmp_path / name / "Marketing"
    synced.mkdir(parents=True)

    assert place(synced / "plan.sqlite") == (PlaceKind.SYNCED_FOLDER, "OneDrive", tmp_path / name)


def test_onedrive_is_told_by_its_environment_variable_or_its_desktop_ini(tmp_path: Path) -> None:
    business = tmp_path / "Work files"
    business.mkdir()
    assert place(business / "plan.sqlite", OneDriveCommercial=str(business)) == (
        PlaceKind.SYNCED_FOLDER,
        "OneDrive",
        business,
    )

    renamed = tmp_path / "Cloud"
    renamed.mkdir()
    ini = "[.ShellClassInfo]\r\nIconResource=C:\\Program Files\\Microsoft OneDrive\\OneDrive.exe,0\r\n"
    (renamed / "desktop.ini").write_bytes(b"\xff\xfe" + ini.encode("utf-16-le"))
    assert place(renamed / "plan.sqlite") == (PlaceKind.SYNCED_FOLDER, "OneDrive", renamed)


def test_macos_cloud_storage_folders_are_told_by_name(tmp_path: Path) -> None:
    drive = tmp_path / "Library" / "CloudStorage" / "GoogleDrive-camille@example.org" / "My Drive"
    drive.mkdir(parents=True)

    assert place(drive / "plan.sqlite") == (PlaceKind.SYNCED_FOLDER, "Google Drive", drive)


def test_an_ordinary_folder_is_not_risky(team: Path) -> None:
    (team / "notes.txt").write_text("a desktop.ini-free folder", encoding="utf-8")
    (team / "desktop.ini").write_text("[.ShellClassInfo]\nIconResource=folder.ico\n", encoding="utf-8")

    assert place(team / "plan.sqlite") is None


# -- file systems ----------------------------------------------------------------------


def mounted(point: Path, fs_type: str, options: str = "rw", source: str = "server:/share") -> str:
    escaped = str(point).replace(" ", "\\040")
    return PLAIN + f"40 22 0:40 / {escaped} rw,relatime shared:9 - {fs_type} {source} {options}\n"


@pytest.mark.parametrize(
    ("fs_type", "options", "service", "option"),
    [
        ("fuse.sshfs", "rw,user_id=1000,group_id=1000", "sshfs", ""),
        ("fuse.rclone", "rw,user_id=1000", "rclone", ""),
        ("nfs", "rw,vers=3,nolock,proto=tcp", "NFS", "nolock"),
        ("nfs4", "rw,vers=4.2,local_lock=posix", "NFS", "local_lock=posix"),
        ("cifs", "rw,vers=3.1.1,nobrl,cache=strict", "SMB", "nobrl"),
        ("9p", "rw,aname=drvfs", "9p (WSL or virtual machine shared folder)", ""),
    ],
)
def test_a_mount_whose_locks_stay_on_this_computer_is_risky(
    team: Path, fs_type: str, options: str, service: str, option: str
) -> None:
    found = risky_place(team / "plan.sqlite", mountinfo=mounted(team.parent, fs_type, options), environ={})

    assert found is not None
    assert (found.kind, found.service, found.where, found.option) == (PlaceKind.NO_LOCKS, service, team.parent, option)


@pytest.mark.parametrize(
    ("fs_type", "options"),
    [
        ("nfs4", "rw,vers=4.2,local_lock=none"),
        ("nfs", "rw,vers=3,local_lock=flock"),  # SQLite's locks are POSIX ones, still shared
        ("cifs", "rw,vers=3.1.1,cache=strict"),
        ("ext4", "rw"),
    ],
)
def test_mounts_with_working_locks_are_fine(team: Path, fs_type: str, options: str) -> None:
    assert place(team / "plan.sqlite", mounted(team.parent, fs_type, options)) is None


def test_the_deepest_mount_wins_and_escaped_spaces_are_read(tmp_path: Path) -> None:
    share = tmp_path / "Team share"
    cache = share / "local cache"
    cache.mkdir(parents=True)
    escaped = str(cache).replace(" ", "\\040")
    info = mounted(share, "fuse.sshfs") + f"41 40 8:2 / {escaped} rw - ext4 /dev/sdb1 rw\n"

    assert place(share / "plan.sqlite", info) == (PlaceKind.NO_LOCKS, "sshfs", share)
    assert place(cache / "plan.sqlite", info) is None


def test_mountinfo_lines_are_parsed_with_their_options() -> None:
    (root, tmp) = parse_mountinfo(PLAIN)

    assert (str(root.point), root.fs_type, "errors=remount-ro" in root.options) == ("/", "ext4", True)
    assert (str(tmp.point), tmp.fs_type, "nosuid" in tmp.options) == ("/tmp", "tmpfs", True)


# -- saying it once ----------------------------------------------------------------------


def test_the_warning_is_given_once_per_file(team: Path, tmp_path: Path) -> None:
    (team / ".stfolder").mkdir()
    store = tmp_path / "data"

    first = warn_once(team / "plan.sqlite", store=store, mountinfo=PLAIN, environ={})
    second = warn_once(team / "plan.sqlite", store=store, mountinfo=PLAIN, environ={})
    other = warn_once(team / "archive.sqlite", store=store, mountinfo=PLAIN, environ={})

    assert first is not None and first.kind is PlaceKind.SYNCED_FOLDER
    assert second is None
    assert other is not None  # another file is another warning
    assert already_warned(first, store=store)


def test_the_app_can_check_and_record_the_warning_itself(team: Path, tmp_path: Path) -> None:
    (team / ".dropbox").write_text("{}", encoding="utf-8")
    found = risky_place(team / "plan.sqlite", mountinfo=PLAIN, environ={})
    assert found is not None

    assert not already_warned(found, store=tmp_path / "data")
    remember_warned(found, store=tmp_path / "data")
    assert already_warned(found, store=tmp_path / "data")


def test_an_unreadable_memory_only_means_warning_again(team: Path, tmp_path: Path) -> None:
    (team / ".stfolder").mkdir()
    store = tmp_path / "data"
    store.mkdir()
    (store / "warned-places.json").write_text("{not json", encoding="utf-8")

    assert warn_once(team / "plan.sqlite", store=store, mountinfo=PLAIN, environ={}) is not None
    assert warn_once(team / "plan.sqlite", store=store, mountinfo=PLAIN, environ={}) is None


def test_the_message_is_one_line_in_the_users_language(team: Path, tmp_path: Path) -> None:
    (team / ".stfolder").mkdir()
    synced = risky_place(team / "plan.sqlite", mountinfo=PLAIN, environ={})
    lockless = risky_place(tmp_path / "plan.sqlite", mountinfo=mounted(tmp_path, "nfs", "rw,nolock"), environ={})
    assert synced is not None and lockless is not None

    english = (synced.message, lockless.message)
    set_language("fr")
    french = (synced.message, lockless.message)

    assert "Syncthing" in english[0] and "conflicted copies" in english[0]
    assert "NFS mounted with “nolock”" in english[1]
    assert "Syncthing" in french[0] and "copies en conflit" in french[0]
    assert "NFS monté avec « nolock »" in french[1]
    assert all("\n" not in message for message in english + french)
    assert str(team / "plan.sqlite") in english[0]


def test_a_plain_place_is_not_risky(tmp_path: Path) -> None:
    assert risky_place(tmp_path / "plan.sqlite", mountinfo=PLAIN, environ={}) is None


def test_the_dropbox_clients_settings_folder_in_a_home_is_not_a_synced_folder(tmp_path: Path) -> None:
    home = tmp_path / "home"
    (home / ".dropbox").mkdir(parents=True)  # the client's settings, beside the user's other folders
    plans = home / "plans"
    plans.mkdir()
    assert risky_place(plans / "plan.sqlite", mountinfo="", environ={}) is None
    synced = home / "Dropbox"
    synced.mkdir()
    (synced / ".dropbox").write_text("{}", encoding="utf-8")  # the synced folder's own marker is a file
    place = risky_place(synced / "plan.sqlite", mountinfo="", environ={})
    assert place is not None and place.service == "Dropbox"
