"""The start: a system library Qt's X11 plugin needs and lacks is said in one line, before Qt aborts."""

from __future__ import annotations

import ctypes.util
from collections.abc import Callable
from pathlib import Path

import pytest

from ui import app as ui_app
from ui import launcher


def finder(*missing: str) -> Callable[[str], str | None]:
    """A stand-in for ctypes.util.find_library that finds every library but ``missing``."""
    return lambda name: None if name in missing else f"lib{name}.so.0"


@pytest.fixture
def on_x11(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(launcher.sys, "platform", "linux")
    monkeypatch.delenv("QT_QPA_PLATFORM", raising=False)
    monkeypatch.delenv("WAYLAND_DISPLAY", raising=False)
    monkeypatch.setenv("DISPLAY", ":0")


@pytest.mark.usefixtures("on_x11")
def test_a_missing_xcb_cursor_is_found_before_qt_loads() -> None:
    missing = launcher.missing_xcb_library(finder("xcb-cursor"))

    assert missing is not None and missing.debian == "libxcb-cursor0"
    assert launcher.missing_xcb_library(finder()) is None


@pytest.mark.parametrize(
    ("environment", "checked"),
    [
        ({"QT_QPA_PLATFORM": "xcb", "WAYLAND_DISPLAY": "wayland-0"}, True),
        ({"QT_QPA_PLATFORM": "offscreen"}, False),
        ({"QT_QPA_PLATFORM": "wayland"}, False),
        ({"WAYLAND_DISPLAY": "wayland-0"}, False),  # Wayland's own plugin comes first
    ],
)
@pytest.mark.usefixtures("on_x11")
def test_only_a_start_through_x11_needs_it(
    monkeypatch: pytest.MonkeyPatch, environment: dict[str, str], checked: bool
) -> None:
    for name, value in environment.items():
        monkeypatch.setenv(name, value)

    assert (launcher.missing_xcb_library(finder("xcb-cursor")) is not None) is checked


def test_other_systems_are_left_to_qt(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(launcher.sys, "platform", "darwin")

    assert launcher.missing_xcb_library(finder("xcb-cursor")) is None


@pytest.mark.parametrize(
    ("lang", "words"), [("en", "install the package libxcb-cursor0"), ("fr", "installez le paquet libxcb-cursor0")]
)
@pytest.mark.usefixtures("on_x11")
def test_dialogos_says_which_package_to_install_in_one_line(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str], tmp_path: Path, lang: str, words: str
) -> None:
    monkeypatch.setattr(ctypes.util, "find_library", finder("xcb-cursor"))
    opened: list[object] = []
    monkeypatch.setattr(ui_app, "run_app", lambda location, _language: opened.append(location) or 0)

    code = launcher.main(["--db", f"{tmp_path}/plan.sqlite", "--lang", lang])

    out, err = capsys.readouterr()
    assert code == 2
    assert opened == []
    assert out == "" and err.count("\n") == 1
    assert words in err
