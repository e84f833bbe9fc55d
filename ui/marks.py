"""The "was it published?" mark a post carries in every view when its start has passed while it is
still ready or scheduled (:meth:`planner.model.Post.past_due`), and its words.

A red disc with a white question mark: the red of the week's current-time line (its time has
gone by), the question the mark asks. It reads on light and dark bases alike, and apart from the
amber triangle of a balance breach.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QRectF, Qt
from PySide6.QtGui import QColor, QFont, QIcon, QPainter, QPen, QPixmap

from planner.model import Post, Status

PAST_DUE = QColor("#e5484d")
"""The mark's red: the current-time line's, so "its time has passed" reads the same everywhere."""


def paint_past_due(painter: QPainter, box: QRectF, font: QFont | None = None) -> None:
    """The mark in ``box``: a red disc ringed in white (it stands out on a red card too), a white "?"."""
    painter.save()
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.setPen(QPen(QColor(Qt.GlobalColor.white), max(1.0, box.width() / 12)))
    painter.setBrush(PAST_DUE)
    painter.drawEllipse(box.adjusted(0.4, 0.4, -0.4, -0.4))
    glyph = QFont(font if font is not None else painter.font())
    glyph.setStrikeOut(False)
    glyph.setBold(True)
    glyph.setPixelSize(max(6, round(box.height() * 0.74)))
    painter.setFont(glyph)
    painter.setPen(QColor(Qt.GlobalColor.white))
    painter.drawText(box, Qt.AlignmentFlag.AlignCenter, "?")
    painter.restore()


def past_due_icon(extent: int) -> QIcon:
    """The mark as an icon ``extent`` pixels square, crisp on ordinary and high-density screens."""
    icon = QIcon()
    for ratio in (1.0, 2.0):
        pixmap = QPixmap(round(extent * ratio), round(extent * ratio))
        pixmap.setDevicePixelRatio(ratio)
        pixmap.fill(Qt.GlobalColor.transparent)
        painter = QPainter(pixmap)
        paint_past_due(painter, QRectF(1, 1, extent - 2, extent - 2))
        painter.end()
        icon.addPixmap(pixmap)
    return icon


def past_due_text(post: Post) -> str:
    """Why the mark is there, in a sentence: for tooltips and accessible descriptions."""
    if post.status is Status.READY:
        return QCoreApplication.translate("Marks", "Was it published? Its time has passed and it is still ready.")
    return QCoreApplication.translate("Marks", "Was it published? Its time has passed and it is still scheduled.")
