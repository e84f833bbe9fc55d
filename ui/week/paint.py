"""How the week view is drawn: the grid, the header, the hour gutter and the cards.

The functions paint what the view hands them in a :class:`WeekGeometry`; they
hold no state. A card's look tells its state without reading: the platform's colour (a
stripe and a tint), the side as a small mark (a speech bubble for conversation,
an "i" for information, "%" for promotion), the status (draft dashed, ready and
scheduled solid, published filled with a check, cancelled dotted, faded and
struck through), an amber warning when the post is part of a rule breach, and a red
question mark when its time has passed while it is still ready or scheduled ("was it
published?", :mod:`ui.marks`), a red-ringed clock when a follow-up it made is late, and two
chain links when it is a cross-post (its tooltip says where else it goes); a ring when it is in
review (a dot inside) or approved (a tick inside).

Behind the cards, each reply window is a hatched band in its platform's colour (fainter once
kept); a promised post or an owed answer is a small marker at its due time (a diamond, a disc),
red when late.
"""

from __future__ import annotations

import functools
import html
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime
from zoneinfo import ZoneInfo

from PySide6.QtCore import QCoreApplication, QDate, QLineF, QLocale, QPointF, QRectF, Qt, QTime
from PySide6.QtGui import (
    QBrush,
    QColor,
    QFont,
    QFontMetricsF,
    QPainter,
    QPainterPath,
    QPalette,
    QPen,
    QPolygonF,
    QTextLayout,
)

from planner.model import Followup, FollowupKind, FollowupStatus, Post, Side, Status
from ui.labels import side_label, status_label
from ui.marks import PAST_DUE, in_review_mark, paint_past_due, paint_review, past_due_text, review_text
from ui.palette import WARNING, blend
from ui.platform_mark import contrasting, paint_platform_mark
from ui.week.layout import DAYS, Card, WeekGeometry

# The current-time line: a red that reads on light and dark bases (no palette role means "now").
NOW_COLOUR = QColor(PAST_DUE)


# -- a post's card ------------------------------------------------------------------


def paint_card(
    painter: QPainter,
    rect: QRectF,
    card: Card,
    colour: QColor,
    palette: QPalette,
    *,
    time_text: str,
    warned: bool,
    rtl: bool,
    past_due: bool = False,
    late: bool = False,
    linked: bool = False,
    platform_mark: str = "",
) -> DrawnCard:
    """One post's card: fill and border by status, a stripe, the platform's letter, the marks (past
    due, late follow-up, breach, side, cross-post), time and title; what it shows of them."""
    return CardPainter(painter, palette, rtl=rtl).paint(
        rect,
        card,
        colour,
        time_text=time_text,
        warned=warned,
        past_due=past_due,
        late=late,
        linked=linked,
        platform_mark=platform_mark,
    )


_LEADING_MIDDLE = Qt.AlignmentFlag.AlignLeading | Qt.AlignmentFlag.AlignVCenter

_NARROW_CARD_MARGINS = 1.2 + 3 + 2 * 1.0
"""What a narrow card keeps off its text's width: its border, its colour stripe and its padding
(see :meth:`CardPainter.paint`)."""


def _small_time_font(font: QFont) -> QFont:
    """The smallest font a card's time takes, in a narrow lane."""
    small = QFont(font)
    small.setPixelSize(max(6, round(QFontMetricsF(font).ascent() * 0.85)))
    return small


TITLE_START = "Wha…"
"""The start of a title a card keeps at least, as wide as most titles' first three letters and
their ellipsis: three letters name a post ("Qui…", "Gif…"), one does not ("F…")."""


def title_start(title: str, letters: int = 3) -> str:
    """The shortest start of ``title`` that holds ``letters`` characters besides spaces (all of a
    shorter title): "A great read" keeps "A gr", not "A g"; "-20 % on filters" keeps "-20"."""
    seen = 0
    for index, char in enumerate(title):
        seen += not char.isspace()
        if seen == letters:
            return title[: index + 1]
    return title


def _mark_room(font: QFont) -> float:
    """The width the platform's letter takes on a card's line (its square and a gap; see :meth:`CardPainter.paint`)."""
    return QFontMetricsF(font).height() * 0.8 + 3


def card_width_for_time(font: QFont, time_text: str) -> float:
    """The narrowest card, in ``font``, that still shows ``time_text`` on its first line (in the
    smallest time font), the start of a title below (:data:`TITLE_START`) and the platform's letter
    on one of the two: what a lane must leave it."""
    metrics = QFontMetricsF(font)
    time_width = QFontMetricsF(_small_time_font(font)).horizontalAdvance(time_text)
    title_width = metrics.horizontalAdvance(TITLE_START) + 1
    mark = _mark_room(font)
    # The letter leads the time's line when there is room for both, or else the title's.
    text = min(max(time_width + mark, title_width), max(time_width, mark + title_width))
    return text + _NARROW_CARD_MARGINS + 1  # a pixel for rounding


class _Face:
    """The card font (struck through or not), its bold twin and their metrics."""

    def __init__(self, font: QFont, *, struck: bool) -> None:
        self.font = QFont(font)
        self.font.setStrikeOut(struck)
        self.metrics = QFontMetricsF(self.font)
        self.line = self.metrics.height()
        self.average = self.metrics.averageCharWidth()
        self.bold = QFont(self.font)
        self.bold.setBold(True)
        self.bold_metrics = QFontMetricsF(self.bold)


class CardPainter:
    """Paints the cards of one paint event (see :func:`paint_card`).

    What the cards share (fonts and metrics, pens and fills by platform colour
    and status, the translated label) is worked out once per paint, not once
    per card: a busy week shows hundreds of cards.
    """

    def __init__(self, painter: QPainter, palette: QPalette, *, rtl: bool) -> None:
        self._painter, self._rtl = painter, rtl
        self._base = palette.color(QPalette.ColorRole.Base)
        self._text = palette.color(QPalette.ColorRole.Text)
        font = painter.font()
        self._faces = {struck: _Face(font, struck=struck) for struck in (False, True)}
        self._short = QCoreApplication.translate("WeekView", "{time} {title}", "a short card")
        self._looks: dict[tuple[int, Status], tuple[QPen, QColor, QColor]] = {}
        self._glyphs: dict[tuple[Side, float], QFont] = {}
        self._time_widths: dict[tuple[bool, str], list[tuple[QFont, float]]] = {}
        self._badge: tuple[float, QFont] | None = None

    def _look(self, colour: QColor, status: Status) -> tuple[QPen, QColor, QColor]:
        """The border pen, the fill and the ink of a card of ``colour`` in ``status``."""
        key = (colour.rgba(), status)
        look = self._looks.get(key)
        if look is None:
            base = self._base
            if status is Status.PUBLISHED:
                fill = colour
            elif status is Status.DRAFT:
                fill = blend(colour, base, 0.12)
            elif status is Status.CANCELLED:
                fill = blend(colour, base, 0.1)
            else:
                fill = blend(colour, base, 0.3)
            pen = QPen(colour, 1.2)
            if status is Status.DRAFT:
                pen.setStyle(Qt.PenStyle.DashLine)
            elif status is Status.CANCELLED:
                pen.setStyle(Qt.PenStyle.DotLine)
            ink = contrasting(colour) if status is Status.PUBLISHED else self._text
            look = self._looks[key] = (pen, fill, ink)
        return look

    def _glyph(self, side: Side, height: float) -> QFont:
        key = (side, height)
        glyph = self._glyphs.get(key)
        if glyph is None:
            glyph = self._glyphs[key] = side_font(self._faces[False].font, side, height)
        return glyph

    def _time_faces(self, face: _Face, struck: bool, time_text: str) -> list[tuple[QFont, float]]:
        """The fonts a card's time may take, widest first (bold, regular, smaller), with its width in each."""
        key = (struck, time_text)
        faces = self._time_widths.get(key)
        if faces is None:
            fonts = [face.bold, face.font, _small_time_font(face.font)]
            faces = self._time_widths[key] = [
                (font, QFontMetricsF(font).horizontalAdvance(time_text)) for font in fonts
            ]
        return faces

    def paint(
        self,
        rect: QRectF,
        card: Card,
        colour: QColor,
        *,
        time_text: str,
        warned: bool,
        past_due: bool = False,
        late: bool = False,
        linked: bool = False,
        platform_mark: str = "",
    ) -> DrawnCard:
        """Paint one card; return what it shows of its post (its time, its title's lines, its marks)."""
        painter, rtl, post = self._painter, self._rtl, card.post
        status = post.status
        struck = status is Status.CANCELLED
        pen, fill, ink = self._look(colour, status)
        face = self._faces[struck]
        painter.save()
        if struck:
            painter.setOpacity(0.5)
        painter.setPen(pen)
        painter.setBrush(fill)
        inner = rect.adjusted(0.6, 0.6, -0.6, -0.6)
        painter.drawRoundedRect(inner, 3, 3)
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(colour)
        painter.drawRect(QRectF(inner.right() - 3 if rtl else inner.left(), inner.top(), 3, inner.height()))

        line = face.line
        # A narrow card gives its sides' padding to the text: every pixel is a letter of the title.
        pad = 1.0 if inner.width() < 12 * face.average else 3.0
        text = inner.adjusted(3 + pad if not rtl else pad, 2, -pad if not rtl else -(3 + pad), -2)
        mark = line * 0.8
        rows = [
            QRectF(text.left(), text.top() + i * line, text.width(), line)
            for i in range(max(1, int(text.height() // line)))
        ]
        layout = _CardLayout(rows, mark, rtl)
        time_faces = self._time_faces(face, struck, time_text)
        time_font, time_width = time_faces[0]

        # The platform's letter leads the first line, or the title's last line when the time needs
        # the whole first; the time takes the boldest font that fits (in a narrow lane, a smaller one).
        badge_row, badge, time_row = None, QRectF(), None
        if len(rows) == 1:
            time_width = time_faces[1][1]  # "{time} {title}" in the card's font
            time_row = 0
        else:
            fits = [(font, width) for font, width in time_faces if width <= layout.room(0)]
            with_badge = [(font, width) for font, width in fits if width + mark + 3 <= layout.room(0)]
            if platform_mark:
                badge_row = 0 if with_badge or not fits else len(rows) - 1
            chosen = with_badge or fits
            if chosen:
                (time_font, time_width), time_row = chosen[0], 0
        # Whatever else a card leaves out, it keeps the start of its title (its marks go first)…
        keep_title = max(3 * face.average, face.metrics.horizontalAdvance(title_start(post.title) + "…") + 1)
        # …and its platform's letter, which tells the platform in grey and to a colour-blind reader
        # where its colour cannot (the lanes leave room for both: see card_width_for_time).
        if platform_mark and badge_row is None:
            badge_row = 0
        if badge_row is not None and layout.room(badge_row) < mark:
            badge_row = None  # a sliver no lane is made so narrow: not even the letter's square fits
        if badge_row is not None:
            badge = layout.take_leading_box(badge_row, mark + 3)

        # The marks sit at the trailing end of a line: "was it published?" outermost (it asks for a
        # click), then a late follow-up's clock, then the breach warning, then the review's ring (in
        # review, approved), then the side. Those the first line has no room for beside the time go to
        # the last line, beside the title's end.
        shown_marks = (
            ("past_due", past_due),
            ("late", late),
            ("warning", warned),
            ("review", in_review_mark(post)),
            ("side", post.side is not None),
        )
        marks = [kind for kind, shown in shown_marks if shown]
        # The cross-post's links, innermost, only where the first line keeps room for a few words, or
        # on a card tall enough for its title below (a cross-post's siblings often share an hour, side by side).
        room = text.width() - (len(marks) + 1) * (mark + 2)
        if linked and (room > 8 * face.average or (text.height() >= 3 * line and room > 0)):
            marks.append("linked")
        keep_first = time_width if time_row == 0 and len(rows) > 1 else keep_title
        placed = layout.place_marks(marks, keep_first=keep_first, keep_last=keep_title)
        for kind, box in placed:
            self._paint_mark(kind, box, post, ink)
        if badge_row is not None:
            paint_platform_mark(painter, badge, platform_mark, colour, ink, contrasting(colour), self._badge_font(mark))

        # A narrow card keeps its room for the title: the fill already says "published".
        published_room = layout.room(0) - (time_width if time_row == 0 else 0)
        if status is Status.PUBLISHED and published_room > mark + 3 + (0 if len(rows) > 1 else 6 * face.average):
            paint_published(painter, layout.take_leading_box(0, mark + 3), ink, colour)

        painter.setFont(face.font)
        painter.setPen(ink)
        shown_time, title_lines = "", []
        if len(rows) == 1:
            room = layout.room(0)
            label = post.title
            # The card's place already tells the time: in a narrow one-line card the title goes first.
            if room >= time_width + 3 * face.average:
                label, shown_time = self._short.format(time=time_text, title=post.title), time_text
            shown = face.metrics.elidedText(label, Qt.TextElideMode.ElideRight, max(0.0, room))
            painter.drawText(layout.rows[0], _LEADING_MIDDLE, shown)
            title_lines = [shown]
        else:
            title_rows = layout.rows[1:]
            if time_row == 0:
                painter.setFont(time_font)
                painter.drawText(layout.rows[0], _LEADING_MIDDLE, time_text)
                painter.setFont(face.font)
                shown_time = time_text
            else:
                title_rows.insert(0, layout.rows[0])
            widths = [max(0.0, row.width()) for row in title_rows]
            title_lines = wrapped(post.title, face.font, widths)
            for row, shown in zip(title_rows, title_lines, strict=False):
                painter.drawText(row, _LEADING_MIDDLE, shown)
        painter.restore()
        return DrawnCard(
            shown_time,
            tuple(title_lines),
            platform_mark if badge_row is not None else "",
            tuple(kind for kind, _ in placed),
        )

    def _paint_mark(self, kind: str, box: QRectF, post: Post, ink: QColor) -> None:
        painter, font = self._painter, self._faces[False].font
        if kind == "past_due":
            paint_past_due(painter, box.adjusted(-1, -1, 1, 1), font)
        elif kind == "late":
            paint_late(painter, box.adjusted(-1, -1, 1, 1))
        elif kind == "warning":
            paint_warning(painter, box)
        elif kind == "linked":
            paint_linked(painter, box, ink)
        elif kind == "review":
            paint_review(painter, box, post.status, ink)
        elif post.side is not None:
            glyph = None if post.side is Side.CONVERSATION else self._glyph(post.side, box.height())
            paint_side(painter, post.side, box, ink, font, glyph=glyph)

    def _badge_font(self, height: float) -> QFont:
        if self._badge is None or self._badge[0] != height:
            badge = QFont(self._faces[False].font)
            badge.setBold(True)
            badge.setPixelSize(max(6, round(height * 0.78)))
            self._badge = (height, badge)
        return self._badge[1]


@dataclass(frozen=True, slots=True)
class DrawnCard:
    """What a painted card shows of its post, as drawn: the time ("" when left out), the title's
    lines (elided as painted), the platform's letter ("" when none) and the marks that found room."""

    time: str
    title: tuple[str, ...]
    platform_mark: str
    marks: tuple[str, ...]


class _CardLayout:
    """The text lines of one card, from which marks take room at the leading or trailing end."""

    def __init__(self, rows: list[QRectF], mark: float, rtl: bool) -> None:
        self.rows, self._mark, self._rtl = rows, mark, rtl

    def room(self, row: int) -> float:
        return max(0.0, self.rows[row].width())

    def take_leading(self, row: int, width: float) -> None:
        self.rows[row].adjust(0 if self._rtl else width, 0, -width if self._rtl else 0, 0)

    def take_leading_box(self, row: int, width: float) -> QRectF:
        """A mark-sized box at the leading end of ``row``, whose ``width`` the row gives up."""
        rect, size = self.rows[row], self._mark
        box = QRectF(rect.right() - size if self._rtl else rect.left(), rect.center().y() - size / 2, size, size)
        self.take_leading(row, width)
        return box

    def place_marks(self, marks: list[str], *, keep_first: float, keep_last: float) -> list[tuple[str, QRectF]]:
        """Boxes for ``marks`` in order: on the first line while ``keep_first`` pixels stay free
        there, then on the last line while ``keep_last`` stay free; the rest find no room."""
        size, step = self._mark, self._mark + 2
        placed: list[tuple[str, QRectF]] = []
        targets = [(0, keep_first)] if len(self.rows) == 1 else [(0, keep_first), (len(self.rows) - 1, keep_last)]
        pending = list(marks)
        for row, keep in targets:
            while pending and self.room(row) - step >= keep:
                rect = self.rows[row]
                middle = rect.center().y() - size / 2
                box = QRectF(rect.left() if self._rtl else rect.right() - size, middle, size, size)
                placed.append((pending.pop(0), box))
                rect.adjust(step if self._rtl else 0, 0, 0 if self._rtl else -step, 0)
        return placed


def wrapped(text: str, font: QFont, widths: list[float]) -> list[str]:
    """``text`` broken into lines of the ``widths`` given, the last one elided if the text goes on."""
    layout = QTextLayout(text, font)
    layout.beginLayout()
    spans: list[tuple[int, int]] = []
    while len(spans) < len(widths):
        line = layout.createLine()
        if not line.isValid():
            break
        line.setLineWidth(widths[len(spans)])
        spans.append((line.textStart(), line.textLength()))
    layout.endLayout()
    if not spans:
        return []
    # A word longer than its line is elided too, rather than clipped mid-letter.
    parts = [text[start : start + length].strip() for start, length in spans[:-1]]
    parts.append(text[spans[-1][0] :].strip())
    metrics = QFontMetricsF(font)
    return [
        metrics.elidedText(part, Qt.TextElideMode.ElideRight, width) for part, width in zip(parts, widths, strict=False)
    ]


def side_font(font: QFont, side: Side, height: float) -> QFont:
    """The bold font of the "i" and "%" marks, sized to a mark ``height`` pixels tall."""
    glyph_font = QFont(font)
    glyph_font.setStrikeOut(False)
    glyph_font.setBold(True)
    glyph_font.setPixelSize(max(6, round(height * (0.78 if side is Side.INFORMATION else 0.72))))
    return glyph_font


@functools.lru_cache(maxsize=16)
def speech_bubble(width: float, height: float) -> QPainterPath:
    """The conversation mark's outline in a ``width`` by ``height`` box at the origin."""
    body = QRectF(0, height * 0.05, width, height * 0.7)
    path = QPainterPath()
    path.addRoundedRect(body, width * 0.25, height * 0.25)
    tail = QPolygonF(
        [
            QPointF(width * 0.22, body.bottom() - 0.5),
            QPointF(width * 0.18, height),
            QPointF(width * 0.5, body.bottom() - 0.5),
        ]
    )
    tail_path = QPainterPath()
    tail_path.addPolygon(tail)
    tail_path.closeSubpath()
    return path.united(tail_path)


def paint_side(
    painter: QPainter, side: Side, box: QRectF, ink: QColor, font: QFont, *, glyph: QFont | None = None
) -> None:
    """The side's mark: a speech bubble (conversation), an "i" in a circle (information), "%" (promotion).

    ``glyph`` is :func:`side_font` of ``font``, when the caller keeps it."""
    painter.save()
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.setPen(QPen(ink, 1.1))
    painter.setBrush(Qt.BrushStyle.NoBrush)
    if side is Side.CONVERSATION:
        painter.translate(box.topLeft())
        painter.drawPath(speech_bubble(box.width(), box.height()))
    else:
        painter.setFont(glyph or side_font(font, side, box.height()))
        if side is Side.INFORMATION:
            painter.drawEllipse(box.adjusted(0.5, 0.5, -0.5, -0.5))
            painter.drawText(box, Qt.AlignmentFlag.AlignCenter, "i")
        else:
            painter.setPen(Qt.PenStyle.NoPen)
            painter.setBrush(ink)
            painter.drawRoundedRect(box, 2, 2)
            painter.setPen(contrasting(ink))
            painter.drawText(box, Qt.AlignmentFlag.AlignCenter, "%")
    painter.restore()


def paint_warning(painter: QPainter, box: QRectF) -> None:
    """An amber triangle with an exclamation mark: the post is part of a rule breach."""
    painter.save()
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.setPen(Qt.PenStyle.NoPen)
    painter.setBrush(WARNING)
    corners = [QPointF(box.center().x(), box.top()), box.bottomRight(), box.bottomLeft()]
    painter.drawPolygon(QPolygonF(corners))
    painter.setPen(QPen(QColor(Qt.GlobalColor.black), max(1.0, box.width() / 9)))
    x = box.center().x()
    painter.drawLine(QPointF(x, box.top() + box.height() * 0.38), QPointF(x, box.top() + box.height() * 0.68))
    painter.drawPoint(QPointF(x, box.top() + box.height() * 0.84))
    painter.restore()


def paint_late(painter: QPainter, box: QRectF) -> None:
    """A clock in a thick red ring on white, hands in black: a follow-up of the post is late.

    Its shape, not only its red, sets it apart from the "was it published?" disc and the
    breach triangle, so it reads in grey too."""
    painter.save()
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    ring = max(1.4, box.width() / 6)
    painter.setPen(QPen(PAST_DUE, ring))
    painter.setBrush(QColor(Qt.GlobalColor.white))
    face = box.adjusted(ring / 2, ring / 2, -ring / 2, -ring / 2)
    painter.drawEllipse(face)
    hands = QPen(QColor(Qt.GlobalColor.black), max(1.0, box.width() / 10))
    hands.setCapStyle(Qt.PenCapStyle.RoundCap)
    painter.setPen(hands)
    centre, radius = face.center(), face.width() / 2
    painter.drawLine(centre, QPointF(centre.x(), centre.y() - radius * 0.62))
    painter.drawLine(centre, QPointF(centre.x() + radius * 0.5, centre.y()))
    painter.restore()


def paint_linked(painter: QPainter, box: QRectF, ink: QColor) -> None:
    """Two chain links in the card's ink: the post is a cross-post, one of a group on several
    platforms. A shape, not a colour, so it reads in grey too."""
    painter.save()
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    width = box.width()
    pen = QPen(ink, max(1.1, width / 8))
    painter.setPen(pen)
    painter.setBrush(Qt.BrushStyle.NoBrush)
    painter.translate(box.center())
    painter.rotate(-45)
    link_w, link_h = width * 0.62, width * 0.36
    for shift in (-0.19, 0.19):
        painter.drawRoundedRect(QRectF(shift * width - link_w / 2, -link_h / 2, link_w, link_h), link_h / 2, link_h / 2)
    painter.restore()


def paint_published(painter: QPainter, box: QRectF, ink: QColor, colour: QColor) -> None:
    """A filled disc with a check: the post is out."""
    painter.save()
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.setPen(Qt.PenStyle.NoPen)
    painter.setBrush(ink)
    painter.drawEllipse(box)
    pen = QPen(colour, max(1.2, box.width() / 7))
    pen.setCapStyle(Qt.PenCapStyle.RoundCap)
    pen.setJoinStyle(Qt.PenJoinStyle.RoundJoin)
    painter.setPen(pen)
    w, h, left, top = box.width(), box.height(), box.left(), box.top()
    tick = [QPointF(left + w * 0.27, top + h * 0.52), QPointF(left + w * 0.44, top + h * 0.7)]
    tick.append(QPointF(left + w * 0.74, top + h * 0.33))
    painter.drawPolyline(QPolygonF(tick))
    painter.restore()


# -- follow-ups ------------------------------------------------------------------------


def paint_band(painter: QPainter, palette: QPalette, rect: QRectF, colour: QColor, status: FollowupStatus) -> None:
    """A reply window: a light tint hatched in the platform's colour, an edge on the leading side
    (red when the window is late); fainter once kept. Painted behind the cards."""
    painter.save()
    painter.setPen(Qt.PenStyle.NoPen)
    if status is FollowupStatus.KEPT:
        painter.setOpacity(0.4)
    painter.setBrush(blend(colour, palette.color(QPalette.ColorRole.Base), 0.08))
    painter.drawRect(rect)
    painter.setBrush(QBrush(blend(colour, palette.color(QPalette.ColorRole.Base), 0.7), Qt.BrushStyle.BDiagPattern))
    painter.drawRect(rect)
    edge = PAST_DUE if status is FollowupStatus.LATE else colour
    painter.setBrush(edge)
    left = rect.right() - 2 if painter.layoutDirection() is Qt.LayoutDirection.RightToLeft else rect.left()
    painter.drawRect(QRectF(left, rect.top(), 2, rect.height()))
    painter.restore()


def paint_due_line(painter: QPainter, left: float, right: float, y: float, colour: QColor) -> None:
    """Where a promised post or an answer is due across its day (behind the cards)."""
    painter.save()
    painter.setPen(QPen(colour, 1, Qt.PenStyle.DashLine))
    painter.drawLine(QPointF(left, y), QPointF(right, y))
    painter.restore()


def paint_marker(painter: QPainter, box: QRectF, kind: FollowupKind, colour: QColor, status: FollowupStatus) -> None:
    """A due marker: a diamond for a promised post, a disc for an owed answer; in the platform's
    colour ringed in white, red when late, hollow once kept."""
    painter.save()
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    fill = PAST_DUE if status is FollowupStatus.LATE else colour
    if status is FollowupStatus.KEPT:
        painter.setPen(QPen(colour, max(1.2, box.width() / 6)))
        painter.setBrush(QColor(Qt.GlobalColor.white))
    else:
        painter.setPen(QPen(QColor(Qt.GlobalColor.white), max(1.0, box.width() / 10)))
        painter.setBrush(fill)
    inner = box.adjusted(0.6, 0.6, -0.6, -0.6)
    if kind is FollowupKind.POST:
        centre = inner.center()
        corners = [
            QPointF(centre.x(), inner.top()),
            QPointF(inner.right(), centre.y()),
            QPointF(centre.x(), inner.bottom()),
            QPointF(inner.left(), centre.y()),
        ]
        painter.drawPolygon(QPolygonF(corners))
    else:
        painter.drawEllipse(inner)
    painter.restore()


# -- the week around the cards -----------------------------------------------------


def paint_grid(painter: QPainter, palette: QPalette, geometry: WeekGeometry, days_off: list[int]) -> None:
    """Hour and half-hour lines, day separators, and days off (``days_off`` columns) shaded."""
    for index in days_off:
        painter.fillRect(geometry.column(index), palette.color(QPalette.ColorRole.AlternateBase))
    body, base = geometry.body, palette.color(QPalette.ColorRole.Base)
    hour_pen = QPen(palette.color(QPalette.ColorRole.Midlight), 1)
    half_pen = QPen(blend(palette.color(QPalette.ColorRole.Midlight), base, 0.6), 1, Qt.PenStyle.DotLine)
    for hour in geometry.visible_hours():
        for pen, minutes in ((hour_pen, hour * 60), (half_pen, hour * 60 + 30)):
            y = round(geometry.minutes_y(minutes)) + 0.5
            painter.setPen(pen)
            painter.drawLine(QPointF(body.left(), y), QPointF(body.right(), y))
    painter.setPen(QPen(palette.color(QPalette.ColorRole.Mid), 1))
    for index in range(DAYS + 1):
        x = round(body.left() + index * geometry.column_width) + 0.5
        painter.drawLine(QPointF(x, body.top()), QPointF(x, body.bottom()))


def paint_header(
    painter: QPainter,
    palette: QPalette,
    geometry: WeekGeometry,
    titles: list[str],
    today: int | None,
    title_height: float | None = None,
) -> None:
    """The days' titles (in the top ``title_height`` of the header); today's on a highlighted pill."""
    painter.fillRect(QRectF(0, 0, geometry.width, geometry.header), palette.color(QPalette.ColorRole.Window))
    metrics = painter.fontMetrics()
    for index, title in enumerate(titles):
        cell = QRectF(geometry.column_left(index), 0, geometry.column_width, title_height or geometry.header)
        text = metrics.elidedText(title, Qt.TextElideMode.ElideRight, int(cell.width()) - 8)
        painter.setPen(palette.color(QPalette.ColorRole.WindowText))
        if index == today:
            pill = QRectF(0, 0, metrics.horizontalAdvance(text) + 14, metrics.height() + 4)
            pill.moveCenter(cell.center())
            painter.setPen(Qt.PenStyle.NoPen)
            painter.setBrush(palette.color(QPalette.ColorRole.Highlight))
            painter.drawRoundedRect(pill, pill.height() / 2, pill.height() / 2)
            painter.setPen(palette.color(QPalette.ColorRole.HighlightedText))
        painter.drawText(cell, Qt.AlignmentFlag.AlignCenter, text)
    painter.setPen(palette.color(QPalette.ColorRole.Mid))
    painter.drawLine(QPointF(0, geometry.header - 0.5), QPointF(geometry.width, geometry.header - 0.5))


def paint_gutter(painter: QPainter, palette: QPalette, geometry: WeekGeometry, hour_labels: list[str]) -> None:
    """The hours' labels beside the days, each just under its line."""
    body = geometry.body
    gutter = QRectF(body.right() if geometry.rtl else 0, body.top(), geometry.gutter, body.height())
    painter.fillRect(gutter, palette.color(QPalette.ColorRole.Window))
    painter.save()
    painter.setClipRect(gutter)
    painter.setPen(palette.color(QPalette.ColorRole.WindowText))
    line = painter.fontMetrics().height()
    align = Qt.AlignmentFlag.AlignTrailing | Qt.AlignmentFlag.AlignTop
    for hour in geometry.visible_hours():
        if hour < len(hour_labels):
            label = QRectF(gutter.left() + 4, geometry.minutes_y(hour * 60) + 2, gutter.width() - 10, line)
            painter.drawText(label, align, hour_labels[hour])
    painter.restore()


def paint_selection(painter: QPainter, palette: QPalette, rect: QRectF, focused: bool) -> None:
    painter.setPen(QPen(palette.color(QPalette.ColorRole.Highlight), 2.5 if focused else 1.5))
    painter.setBrush(Qt.BrushStyle.NoBrush)
    painter.drawRoundedRect(rect.adjusted(-1, -1, 1, 1), 4, 4)


def paint_target(painter: QPainter, palette: QPalette, rect: QRectF, time_text: str) -> None:
    """Where a dragged card or a dropped idea would go, with its time."""
    highlight = palette.color(QPalette.ColorRole.Highlight)
    painter.setPen(QPen(highlight, 2))
    painter.setBrush(blend(highlight, palette.color(QPalette.ColorRole.Base), 0.25))
    painter.drawRoundedRect(rect, 3, 3)
    painter.setPen(palette.color(QPalette.ColorRole.Text))
    align = Qt.AlignmentFlag.AlignLeading | Qt.AlignmentFlag.AlignTop
    painter.drawText(rect.adjusted(6, 1, -4, 0), align, time_text)


def paint_now(painter: QPainter, line: QLineF, rtl: bool) -> None:
    """The current-time line, with a dot where it starts."""
    painter.setPen(QPen(NOW_COLOUR, 2))
    painter.drawLine(line)
    painter.setPen(Qt.PenStyle.NoPen)
    painter.setBrush(NOW_COLOUR)
    painter.drawEllipse(line.p2() if rtl else line.p1(), 4, 4)


# -- tooltips ---------------------------------------------------------------------


def card_tooltip(
    post: Post,
    tz: ZoneInfo,
    locale: QLocale,
    messages: list[str],
    *,
    past_due: bool = False,
    late: Sequence[Followup] = (),
    also_on: Sequence[str] = (),
) -> str:
    """Title, time span, platform, category, side, status, the cross-post's other platforms, "was
    it published?", late follow-ups and breaches, as escaped rich text."""
    lines = card_description(post, tz, locale, messages, past_due=past_due, late=late, also_on=also_on)
    return "<br>".join([f"<b>{html.escape(lines[0])}</b>", *map(html.escape, lines[1:])])


def card_description(
    post: Post,
    tz: ZoneInfo,
    locale: QLocale,
    messages: list[str],
    *,
    past_due: bool = False,
    late: Sequence[Followup] = (),
    also_on: Sequence[str] = (),
) -> list[str]:
    """What a card shows and means, line by line in plain text: its tooltip, and what a screen reader
    says of the selected card. ``also_on``: the platforms of the cross-post's other posts."""
    assert post.start is not None and post.end is not None
    start, end = post.start.astimezone(tz), post.end.astimezone(tz)
    span = QCoreApplication.translate("WeekView", "{day}, {start} – {end}").format(
        day=locale.toString(QDate(start.year, start.month, start.day), QLocale.FormatType.LongFormat),
        start=locale.toString(QTime(start.hour, start.minute), QLocale.FormatType.ShortFormat),
        end=locale.toString(QTime(end.hour, end.minute), QLocale.FormatType.ShortFormat),
    )
    what = QCoreApplication.translate("WeekView", "{platform} · {category} ({side})").format(
        platform=post.platform,
        category=post.category or QCoreApplication.translate("WeekView", "No category"),
        side=side_label(post.side),
    )
    status = QCoreApplication.translate("WeekView", "Status: {status}").format(status=status_label(post.status))
    lines = [post.title, span, what, status]
    if reviewed := review_text(post):
        lines.append(reviewed)
    if also_on:
        others = QCoreApplication.translate("WeekView", ", ", "between the platforms of a cross-post").join(also_on)
        lines.append(QCoreApplication.translate("WeekView", "Also on {platforms}").format(platforms=others))
    if past_due:
        lines.append(past_due_text(post))
    late_line = QCoreApplication.translate("WeekView", "⏰ Late: {promise}, due {when}")
    lines += [late_line.format(promise=promise_text(f), when=_when(f.due, tz, locale)) for f in late]
    lines += [QCoreApplication.translate("WeekView", "⚠ {message}").format(message=message) for message in messages]
    return lines


def _when(moment: datetime, tz: ZoneInfo, locale: QLocale) -> str:
    local = moment.astimezone(tz)
    return QCoreApplication.translate("WeekView", "{day} {time}", "a follow-up's due day and time").format(
        day=locale.toString(QDate(local.year, local.month, local.day), QLocale.FormatType.ShortFormat),
        time=locale.toString(QTime(local.hour, local.minute), QLocale.FormatType.ShortFormat),
    )


def _time(moment: datetime, tz: ZoneInfo, locale: QLocale) -> str:
    local = moment.astimezone(tz)
    return locale.toString(QTime(local.hour, local.minute), QLocale.FormatType.ShortFormat)


def promise_text(followup: Followup) -> str:
    """What a follow-up promises, in a few words: "the reply window", "the promised post", "an answer to @lea"."""
    if followup.kind is FollowupKind.REPLIES:
        return QCoreApplication.translate("WeekView", "the reply window")
    if followup.kind is FollowupKind.POST:
        return QCoreApplication.translate("WeekView", "the promised post")
    if followup.note:
        return QCoreApplication.translate("WeekView", "an answer to {whom}").format(whom=followup.note)
    return QCoreApplication.translate("WeekView", "an answer")


def _state(followup: Followup) -> str | None:
    if followup.status is FollowupStatus.LATE:
        return QCoreApplication.translate("WeekView", "Late: the community is waiting")
    if followup.status is FollowupStatus.KEPT:
        return QCoreApplication.translate("WeekView", "Kept")
    return None


def band_tooltip(followup: Followup, tz: ZoneInfo, locale: QLocale) -> str:
    """ "Reply window of “title”: 14:00–15:00", the day when it runs over midnight, and whether it is late or kept."""
    opens, closes = followup.due.astimezone(tz), followup.end.astimezone(tz)
    if opens.date() == closes.date():
        span = QCoreApplication.translate("WeekView", "Reply window of “{title}”: {start}–{end}").format(
            title=followup.title, start=_time(opens, tz, locale), end=_time(closes, tz, locale)
        )
    else:
        span = QCoreApplication.translate("WeekView", "Reply window of “{title}”: {start} – {end}").format(
            title=followup.title, start=_when(opens, tz, locale), end=_when(closes, tz, locale)
        )
    lines = [span, QCoreApplication.translate("WeekView", "On {platform}").format(platform=followup.platform)]
    if (state := _state(followup)) is not None:
        lines.append(state)
    return "<br>".join(html.escape(line, quote=False) for line in lines)


def marker_tooltip(followup: Followup, tz: ZoneInfo, locale: QLocale) -> str:
    """The promise, the post that made it, when it is due, and whether it is late or kept."""
    if followup.kind is FollowupKind.POST:
        what = QCoreApplication.translate("WeekView", "Promised post for “{title}”")
    elif followup.note:
        what = QCoreApplication.translate("WeekView", "Answer to {whom} for “{title}”")
    else:
        what = QCoreApplication.translate("WeekView", "Answer owed for “{title}”")
    lines = [
        what.format(title=followup.title, whom=followup.note),
        QCoreApplication.translate("WeekView", "Due {when} on {platform}").format(
            when=_when(followup.due, tz, locale), platform=followup.platform
        ),
    ]
    if (state := _state(followup)) is not None:
        lines.append(state)
    return "<br>".join(html.escape(line, quote=False) for line in lines)
