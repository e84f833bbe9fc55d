"""The "was it published?" mark a post carries in every view when its start has passed while it is
still ready or scheduled (:meth:`planner.model.Post.past_due`), and its words.

A red disc with a white question mark: the red of the week's current-time line (its time has
gone by), the question the mark asks. It reads on light and dark bases alike, and apart from the
amber triangle of a balance breach.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication, QPointF, QRectF, Qt
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


def crisp_icon(extent: int, paint: Callable[[QPainter], None]) -> QIcon:
    """An icon ``extent`` pixels square that ``paint`` draws (in logical pixels), crisp on ordinary
    and high-density screens alike."""
    icon = QIcon()
    for ratio in (1.0, 2.0):
        pixmap = QPixmap(round(extent * ratio), round(extent * ratio))
        pixmap.setDevicePixelRatio(ratio)
        pixmap.fill(Qt.GlobalColor.transparent)
        painter = QPainter(pixmap)
        paint(painter)
        painter.end()
        icon.addPixmap(pixmap)
    return icon


def past_due_icon(extent: int) -> QIcon:
    """The mark as an icon ``extent`` pixels square, crisp on ordinary and high-density screens."""
    return crisp_icon(extent, lambda painter: paint_past_due(painter, QRectF(1, 1, extent - 2, extent - 2)))


def past_due_text(post: Post) -> str:
    """Why the mark is there, in a sentence: for tooltips and accessible descriptions."""
    if post.status is Status.READY:
        return QCoreApplication.translate("Marks", "Was it published? Its time has passed and it is still ready.")
    return QCoreApplication.translate("Marks", "Was it published? Its time has passed and it is still scheduled.")


def in_review_mark(post: Post) -> bool:
    """Whether a post carries the review mark: waiting for an approver, or approved and not yet scheduled."""
    return post.status in (Status.IN_REVIEW, Status.APPROVED)


def paint_review(painter: QPainter, box: QRectF, status: Status, ink: QColor) -> None:
    """The review mark in ``box``, in the card's ink (it reads in grey scale as in colour): a ring with
    a dot, an eye waiting, for a post in review; a ring with a tick for an approved one (a published
    post's tick has no ring)."""
    painter.save()
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    pen = QPen(ink, max(1.2, box.width() / 7))
    pen.setCapStyle(Qt.PenCapStyle.RoundCap)
    pen.setJoinStyle(Qt.PenJoinStyle.RoundJoin)
    painter.setPen(pen)
    painter.setBrush(Qt.BrushStyle.NoBrush)
    inner = box.adjusted(box.width() * 0.12, box.height() * 0.12, -box.width() * 0.12, -box.height() * 0.12)
    if status is Status.APPROVED:
        painter.drawEllipse(inner)
        tick = inner.adjusted(inner.width() * 0.25, inner.height() * 0.28, -inner.width() * 0.22, -inner.height() * 0.3)
        left, top, width, height = tick.left(), tick.top(), tick.width(), tick.height()
        painter.drawPolyline(
            [
                QPointF(left, top + height * 0.55),
                QPointF(left + width * 0.38, top + height * 0.9),
                QPointF(left + width, top + height * 0.1),
            ]
        )
    else:
        painter.drawEllipse(inner)
        painter.setBrush(ink)
        painter.setPen(Qt.PenStyle.NoPen)
        dot = inner.width() * 0.36
        painter.drawEllipse(QRectF(inner.center().x() - dot / 2, inner.center().y() - dot / 2, dot, dot))
    painter.restore()


def review_text(post: Post) -> str:
    """Where a post is in its review, in a sentence (empty outside it): for tooltips."""
    if post.status is Status.IN_REVIEW:
        return QCoreApplication.translate("Marks", "In review: waiting for an approver.")
    if post.approved_by is not None and post.status in (Status.APPROVED, Status.SCHEDULED, Status.PUBLISHED):
        return QCoreApplication.translate("Marks", "Approved by {name}.").format(name=post.approved_by)
    if post.returned_by is not None and post.status is Status.DRAFT:
        return QCoreApplication.translate("Marks", "Returned by {name}: see the comments.").format(
            name=post.returned_by
        )
    return ""
