"""The letter that tells a platform apart on a week's card or a month's chip, besides its colour.

Two default colours are near-identical blues (Facebook, LinkedIn), and colour says nothing in grey
or to a colour-blind reader: the platform's initial, on a small square of its colour, does.
"""

from __future__ import annotations

from PySide6.QtCore import QRectF, Qt
from PySide6.QtGui import QColor, QFont, QPainter, QPen


def contrasting(colour: QColor) -> QColor:
    """Black or white, whichever reads on ``colour``."""
    luminance = 0.2126 * colour.redF() + 0.7152 * colour.greenF() + 0.0722 * colour.blueF()
    return QColor(Qt.GlobalColor.black if luminance > 0.55 else Qt.GlobalColor.white)


def platform_mark(name: str) -> str:
    """The letter that tells a platform apart on a card, in grey too: its name's first letter or digit."""
    return next((char.upper() for char in name if char.isalnum()), "")


def paint_platform_mark(
    painter: QPainter, box: QRectF, letter: str, colour: QColor, ink: QColor, letter_colour: QColor, font: QFont
) -> None:
    """The platform's letter, in the card's contrasting ink on a rounded square of the platform's colour
    ringed in the card's ink: it reads without its colour (grey scale, colour blindness)."""
    painter.save()
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.setPen(QPen(ink, 1))
    painter.setBrush(colour)
    painter.drawRoundedRect(box.adjusted(0.5, 0.5, -0.5, -0.5), 2.5, 2.5)
    painter.setFont(font)
    painter.setPen(letter_colour)
    painter.drawText(box, Qt.AlignmentFlag.AlignCenter, letter)
    painter.restore()
