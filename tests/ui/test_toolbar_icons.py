"""The toolbar's arrows read on light and dark themes, and point the way the text reads."""

from __future__ import annotations

from collections.abc import Callable, Iterator

import pytest
from PySide6.QtCore import QSize, Qt
from PySide6.QtGui import QColor, QGuiApplication, QImage, QPalette
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from ui.palette import arrow_icon
from ui.window.main_window import MainWindow

MakeWindow = Callable[[], MainWindow]


@pytest.fixture
def palette(qapp: QApplication) -> Iterator[QPalette]:
    """The application's palette, given back as it was afterwards."""
    before = QPalette(QGuiApplication.palette())
    yield QGuiApplication.palette()
    QApplication.setPalette(before)


def inked(image: QImage) -> list[tuple[int, int, QColor]]:
    """The pixels the arrow drew (mostly opaque)."""
    found = []
    for y in range(image.height()):
        for x in range(image.width()):
            colour = image.pixelColor(x, y)
            if colour.alpha() > 200:
                found.append((x, y, colour))
    return found


@pytest.mark.parametrize("text_colour", ["#f0f0f0", "#101010"])
def test_the_arrows_are_drawn_in_the_theme_s_text_colour(palette: QPalette, text_colour: str) -> None:
    themed = QPalette(palette)
    themed.setColor(QPalette.ColorRole.ButtonText, QColor(text_colour))
    QApplication.setPalette(themed)

    pixels = inked(arrow_icon(forward=True).pixmap(QSize(32, 32)).toImage())

    assert pixels
    assert all(abs(c.lightness() - QColor(text_colour).lightness()) < 40 for _x, _y, c in pixels)


def test_next_points_the_way_the_text_reads(qapp: QApplication) -> None:
    def tip_is_right(forward: bool) -> bool:
        pixels = inked(arrow_icon(forward=forward).pixmap(QSize(32, 32)).toImage())
        middle = [x for x, y, _c in pixels if 14 <= y <= 17]  # the tip is on the middle rows
        everything = [x for x, _y, _c in pixels]
        return sum(middle) / len(middle) > sum(everything) / len(everything)

    assert tip_is_right(forward=True) and not tip_is_right(forward=False)
    qapp.setLayoutDirection(Qt.LayoutDirection.RightToLeft)
    try:
        assert not tip_is_right(forward=True) and tip_is_right(forward=False)
    finally:
        qapp.setLayoutDirection(Qt.LayoutDirection.LeftToRight)


def test_the_window_s_arrows_follow_a_theme_change(qtbot: QtBot, make_window: MakeWindow, palette: QPalette) -> None:
    window = make_window()
    dark = QPalette(palette)
    dark.setColor(QPalette.ColorRole.ButtonText, QColor("#f0f0f0"))

    QApplication.setPalette(dark)  # the window hears of it from the event loop

    def light() -> bool:
        pixels = inked(window.action_set.next.icon().pixmap(QSize(24, 24)).toImage())
        return bool(pixels) and all(c.lightness() > 200 for _x, _y, c in pixels)

    qtbot.waitUntil(light)


def test_the_arrows_are_sharp_on_a_scaled_screen(qapp: QApplication) -> None:
    pixmap = arrow_icon(forward=True).pixmap(QSize(16, 16), 2.0)
    assert (pixmap.width(), pixmap.height()) == (32, 32)  # drawn at 32 px, not 16 px stretched
