"""What a desktop needs to show Dialogos: the icon, the desktop entry and the
AppStream description agree with each other and with the program."""

from __future__ import annotations

import configparser
import tomllib
import xml.etree.ElementTree as ET
from pathlib import Path

from PySide6.QtWidgets import QApplication

from ui.app import app_icon

ROOT = Path(__file__).resolve().parents[2]


def desktop_entry() -> configparser.SectionProxy:
    parser = configparser.ConfigParser(interpolation=None, strict=True)
    parser.optionxform = str  # type: ignore[assignment,method-assign]  # keys are case-sensitive
    parser.read(ROOT / "packaging" / "dialogos.desktop", encoding="utf-8")
    return parser["Desktop Entry"]


def test_the_icon_loads_from_the_package_resources(qapp: QApplication) -> None:
    icon = app_icon()
    assert not icon.isNull()
    assert icon.pixmap(64, 64).width() == 64


def test_the_desktop_entry_runs_the_installed_command_with_our_icon() -> None:
    entry = desktop_entry()
    scripts = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))["project"]["scripts"]
    assert entry["Type"] == "Application" and entry["Name"] == "Dialogos"
    assert entry["Exec"].split()[0] in scripts
    assert (ROOT / "resources" / "icons" / f"{entry['Icon']}.svg").is_file()
    assert "Comment[fr]" in entry  # French and English, as everywhere


def test_the_appstream_file_launches_the_desktop_entry() -> None:
    tree = ET.parse(ROOT / "packaging" / "org.dialogos.Dialogos.metainfo.xml")
    component = tree.getroot()
    assert component.get("type") == "desktop-application"
    assert component.findtext("launchable") == "dialogos.desktop"
    assert component.findtext("provides/binary") == desktop_entry()["Exec"].split()[0]
