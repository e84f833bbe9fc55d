"""The editor's Review section: a saved post's thread (comments and review steps), a box to comment,
and the steps the user may take: send it for review, approve it, return it to its author.

Who may take which step is the core's to decide (:mod:`planner.review`); the buttons only follow
the user's role, the post's status and the plan's settings so that a step the core would refuse is
not offered, and a disabled button's tooltip says why: a post is approved or returned once it was
sent for review. When nobody may approve the post (no approver, or only its author), a line says
so before anyone waits for an approval that cannot come. Under the comment box, a small line tells
whom the typed ``@names`` mention, and which match no member, as the core will read them.
Each step goes through the window's operations (one undo step, a refusal or a colleague's change
said in one line); the section then reads the thread again and hands the saved post to the editor
(:attr:`ReviewSection.postSaved`).
The section folds away, so the editor's fields keep their room on a small screen.
"""

from __future__ import annotations

import html
from collections.abc import Sequence
from typing import TYPE_CHECKING
from zoneinfo import ZoneInfo

from PySide6.QtCore import QLocale, Qt, Signal
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QSizePolicy,
    QTextBrowser,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from planner.errors import PlannerError
from planner.model import Comment, CommentKind, Member, Post, ReviewSettings, Role, Status
from planner.service import Planner
from ui.editor.comment_box import CommentBox
from ui.editor.fields import moment_text, set_error_text
from ui.once import one_use

if TYPE_CHECKING:
    from ui.operations import PostOperations

# A post in these statuses may be sent for review; approved; returned.
SENDABLE = (Status.DRAFT, Status.READY)
APPROVABLE = (Status.IN_REVIEW,)
RETURNABLE = (Status.IN_REVIEW, Status.APPROVED)
# A post in these statuses still waits for an approval (or will, once sent).
AWAITING = (Status.DRAFT, Status.READY, Status.IN_REVIEW)


def emphasise_mentions(text: str, spans: Sequence[tuple[int, int, str | None]], mentions: Sequence[str]) -> str:
    """``text`` as HTML with each mention the core read (``spans``, see
    :func:`planner.review.mention_spans`) of a member the comment names (``mentions``) in bold
    italics; the rest escaped, as typed."""
    pieces: list[str] = []
    at = 0
    for start, end, name in spans:
        if name is None or name not in mentions:
            continue
        pieces += [html.escape(text[at:start]), f"<b><i>{html.escape(text[start:end])}</i></b>"]
        at = end
    pieces.append(html.escape(text[at:]))
    return "".join(pieces)


class ReturnDialog(QDialog):
    """What to change, asked when an approver returns a post; an empty answer is refused here."""

    def __init__(self, title: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Return to its author"))
        intro = QLabel(
            self.tr("What should change in “{title}”? The author sees it in the thread.").format(title=title)
        )
        intro.setWordWrap(True)
        self.text_edit = QPlainTextEdit(self)
        self.text_edit.setTabChangesFocus(True)
        self.message = QLabel(self)
        self.message.setWordWrap(True)
        set_error_text(self.message, True)
        self.message.hide()
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel, self)
        self.return_button = buttons.addButton(self.tr("&Return"), QDialogButtonBox.ButtonRole.AcceptRole)
        buttons.accepted.connect(self._accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(self.text_edit, 1)
        layout.addWidget(self.message)
        layout.addWidget(buttons)
        self.resize(420, 220)

    def comment(self) -> str:
        return self.text_edit.toPlainText().strip()

    def _accept(self) -> None:
        if not self.comment():
            self.message.setText(self.tr("Say what should change: the comment may not be empty."))
            self.message.show()
            self.text_edit.setFocus(Qt.FocusReason.OtherFocusReason)
            return
        self.accept()


def ask_return_comment(parent: QWidget, post: Post) -> str | None:
    """The comment of a return, asked in a small dialog; None when the user cancels."""
    with one_use(ReturnDialog(post.title, parent)) as dialog:
        return dialog.comment() if dialog.exec() == QDialog.DialogCode.Accepted else None


class ReviewSection(QWidget):
    """The review of ``post`` (saved), its steps taken through ``operations``; ``zone`` is the
    planning zone the thread's times are shown in."""

    postSaved = Signal(object)  # the post as a review step left it

    def __init__(
        self,
        planner: Planner,
        post: Post,
        operations: PostOperations | None,
        zone: str,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("review_section")
        self._planner = planner
        self._post = post
        self._ops = operations
        self._zone = ZoneInfo(zone)
        self._comments: list[Comment] = []
        self._settings = ReviewSettings()
        self._role = Role.EDITOR
        self._approvers: list[str] = []
        self.toggle = QToolButton(self)
        self.toggle.setCheckable(True)
        self.toggle.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
        self.toggle.setAutoRaise(True)
        self.toggle.toggled.connect(self._fold)
        self.summary = QLabel(self)
        self.thread_view = QTextBrowser(self)
        self.thread_view.setOpenLinks(False)
        self.thread_view.setTabChangesFocus(True)  # Tab moves on to the comment box
        self.thread_view.setAccessibleName(self.tr("Comments on the post"))
        self.thread_view.setMaximumHeight(self.fontMetrics().lineSpacing() * 8)
        self.comment_box = CommentBox(self)
        self.comment_box.setPlaceholderText(self.tr("Comment; @name mentions a member (Ctrl+Enter sends)"))
        self.comment_box.setAccessibleName(self.tr("New comment"))
        self.comment_box.setMaximumHeight(self.fontMetrics().lineSpacing() * 3 + 8)
        self.comment_box.submitted.connect(self.send_comment)
        self.comment_box.textChanged.connect(self._enable)
        self.comment_box.textChanged.connect(self._hint_mentions)
        self.mention_hint = QLabel(self)
        self.mention_hint.setWordWrap(True)
        self.mention_hint.setEnabled(False)  # small and grey: a hint, not a message
        hint_font = self.mention_hint.font()
        hint_font.setPointSizeF(hint_font.pointSizeF() * 0.9)
        self.mention_hint.setFont(hint_font)
        self.mention_hint.hide()
        self.no_approver = QLabel(self)
        self.no_approver.setWordWrap(True)
        self.no_approver.hide()
        self.comment_button = self._button(self.tr("C&omment"), self.tr("Add the comment to the thread"))
        self.comment_button.clicked.connect(self.send_comment)
        self.submit_button = self._button(self.tr("Send for revie&w"), "")
        self.submit_button.clicked.connect(self.submit)
        self.approve_button = self._button(self.tr("Appro&ve"), "")
        self.approve_button.clicked.connect(self.approve)
        self.return_button = self._button(self.tr("R&eturn…"), "")
        self.return_button.clicked.connect(self.return_post)
        self.message = QLabel(self)
        self.message.setWordWrap(True)
        set_error_text(self.message, True)
        self.message.hide()
        self.return_asker = ask_return_comment
        self._lay_out()
        self.reload()
        # Open when the post is in its review (or was returned); folded otherwise.
        self.toggle.setChecked(post.status is Status.IN_REVIEW or post.returned_by is not None)
        self._fold(self.toggle.isChecked())

    def _button(self, text: str, tip: str) -> QPushButton:
        button = QPushButton(text, self)
        button.setAutoDefault(False)
        button.setToolTip(tip)
        return button

    def _lay_out(self) -> None:
        self.body = QWidget(self)
        comment_row = QHBoxLayout()
        comment_row.setContentsMargins(0, 0, 0, 0)
        comment_row.addWidget(self.comment_box, 1)
        comment_row.addWidget(self.comment_button, 0, Qt.AlignmentFlag.AlignTop)
        steps = QHBoxLayout()
        steps.setContentsMargins(0, 0, 0, 0)
        for button in (self.submit_button, self.approve_button, self.return_button):
            steps.addWidget(button)
        steps.addStretch(1)
        inside = QVBoxLayout(self.body)
        inside.setContentsMargins(0, 0, 0, 0)
        inside.addWidget(self.thread_view)
        inside.addLayout(comment_row)
        inside.addWidget(self.mention_hint)
        inside.addWidget(self.message)
        inside.addLayout(steps)
        header = QHBoxLayout()
        header.setContentsMargins(0, 0, 0, 0)
        header.addWidget(self.toggle)
        header.addWidget(self.summary)
        # Beside the state it explains, seen even folded, and no taller the editor on a small screen.
        header.addWidget(self.no_approver, 1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(header)
        layout.addWidget(self.body)
        self.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Maximum)

    def focus_chain(self) -> list[QWidget]:
        """The section's widgets in the order Tab visits them."""
        return [self.toggle, self.thread_view, self.comment_box, self.comment_button, self.submit_button,
                self.approve_button, self.return_button]  # fmt: skip

    # -- what it shows --------------------------------------------------------------

    @property
    def post(self) -> Post:
        """The post as last saved here (a review step changes its status and version)."""
        return self._post

    def comments(self) -> list[Comment]:
        """The thread as last read."""
        return list(self._comments)

    def reload(self, *_news: object) -> None:
        """Read the thread, the plan's review settings and the user's role again, and show them."""
        review = self._planner.review
        try:
            self._settings = review.settings()
            self._role = review.role_of()
            self._comments = review.comments(self._post.id)
            team = review.team()
            self._approvers = review.approvers_for(self._post.id)
            self.comment_box.set_names([m.name for m in team])
            self._show_no_approver(team)
        except PlannerError as error:
            self.show_message(error.message)
        self.thread_view.setHtml("".join(self._line(comment) for comment in self._comments))
        self.thread_view.verticalScrollBar().setValue(self.thread_view.verticalScrollBar().maximum())
        self.toggle.setText(self.tr("Review (%n)", "", len(self._comments)))
        self.summary.setText(self._state())
        self._enable()

    def _show_no_approver(self, team: Sequence[Member]) -> None:
        """Say when no member may approve the post, while it waits for an approval (or will once sent,
        review being on): the core's list of who may, and why it is empty."""
        post = self._post
        waits = post.status is Status.IN_REVIEW or (self._settings.review and post.status in AWAITING)
        if not waits or self._approvers:
            self.no_approver.hide()
            return
        if any(member.role is Role.APPROVER for member in team):
            text = self.tr("No one can approve this post: only its author is an approver, and the plan asks another.")
        else:
            text = self.tr("No one can approve this post: the team has no approver (Planning ▸ Team and review…).")
        self.no_approver.setText(text)
        self.no_approver.show()

    def _hint_mentions(self) -> None:
        """Whom the typed comment mentions, and the ``@words`` that match no member, as the core reads them."""
        text = self.comment_box.toPlainText()
        if "@" not in text:
            self.mention_hint.hide()
            return
        try:
            mentioned, unknown = self._planner.review.mentions_in(text)
            shared = self._planner.review.ambiguous_in(text)
        except PlannerError:
            self.mention_hint.hide()
            return
        parts = []
        if mentioned:
            parts.append(self.tr("Mentions {names}").format(names=", ".join(mentioned)))
        if unknown:
            words = ", ".join(word if word.startswith("@") else f"@{word}" for word in unknown)
            parts.append(self.tr("{words} matches no member", "", len(unknown)).format(words=words))
        for word, members in shared.items():
            names = self.tr(" or ", "between two names a mention could be").join(members)
            parts.append(self.tr("{word} could be {names}: write the full name").format(word=word, names=names))
        self.mention_hint.setText(" · ".join(parts))
        self.mention_hint.setVisible(bool(parts))

    def show_message(self, text: str) -> None:
        self.message.setText(text)
        self.message.setVisible(bool(text))

    def _state(self) -> str:
        post = self._post
        if post.approved_by is not None and post.status in (Status.APPROVED, Status.SCHEDULED, Status.PUBLISHED):
            return self.tr("Approved by {name}").format(name=post.approved_by)
        if post.status is Status.IN_REVIEW:
            return self.tr("In review")
        if post.returned_by is not None:
            return self.tr("Returned by {name}").format(name=post.returned_by)
        return ""

    def kind_text(self, kind: CommentKind) -> str:
        """The small label a review step's line carries (none for a plain comment)."""
        return {
            CommentKind.COMMENT: "",
            CommentKind.SUBMIT: self.tr("Sent for review"),
            CommentKind.APPROVE: self.tr("Approved"),
            CommentKind.RETURN: self.tr("Returned"),
            CommentKind.REOPEN: self.tr("Back to review"),
        }[kind]

    def _line(self, comment: Comment) -> str:
        """One line of the thread as rich text: who, when (in the planning zone), the step, the words."""
        when = moment_text(QLocale(), comment.at.astimezone(self._zone))
        head = f"<b>{html.escape(comment.author)}</b> <span style='color:gray'>{html.escape(when)}</span>"
        kind = self.kind_text(comment.kind)
        if kind:
            head += f" <small style='color:gray'>[{html.escape(kind)}]</small>"
        spans = self._planner.review.mention_spans(comment.text) if comment.mentions else []
        text = emphasise_mentions(comment.text, spans, comment.mentions)
        if not text:
            return f"<p>{head}</p>"
        # The words as typed: spaces and line breaks kept.
        return f"<p style='margin-bottom:4px'>{head}<br><span style='white-space:pre-wrap'>{text}</span></p>"

    def _enable(self) -> None:
        post = self._post
        user = self._planner.user
        acting = self._ops is not None
        self.comment_button.setEnabled(acting and bool(self.comment_box.toPlainText().strip()))
        self._offer(self.submit_button, acting, self._submit_refusal(post))
        approve_why = self._approve_refusal(post)
        if approve_why is None and user is not None and user.casefold() not in {n.casefold() for n in self._approvers}:
            # An approver the core leaves out of who may approve it: its author, self-approval off.
            approve_why = self.tr("You wrote this post: the plan asks another approver")
        self._offer(self.approve_button, acting, approve_why)
        return_why = self._return_refusal(post)
        self._offer(self.return_button, acting, return_why)

    def _submit_refusal(self, post: Post) -> str | None:
        if post.status in SENDABLE:
            return None
        if post.status is Status.IN_REVIEW:
            return self.tr("It is in review already")
        if post.status is Status.IDEA:
            return self.tr("Give the idea a date first: a dated post is reviewed")
        if post.status is Status.CANCELLED:
            return self.tr("A cancelled post is not reviewed")
        return self.tr("It is approved already")

    def _approve_refusal(self, post: Post) -> str | None:
        if self._role is not Role.APPROVER:
            return self.tr("Only an approver can approve")
        if post.status in APPROVABLE:
            return None
        if post.status in SENDABLE:
            return self.tr("Send it for review first")
        if post.status is Status.IDEA:
            return self.tr("Give the idea a date first: a dated post is reviewed")
        if post.status is Status.CANCELLED:
            return self.tr("A cancelled post is not reviewed")
        return self.tr("It is approved already")

    def _return_refusal(self, post: Post) -> str | None:
        if self._role is not Role.APPROVER:
            return self.tr("Only an approver can return a post")
        if post.status in RETURNABLE:
            return None
        if post.status in SENDABLE or post.status is Status.IDEA:
            return self.tr("Send it for review first")
        return self.tr("Only a post in review or approved can be returned")

    def _offer(self, button: QPushButton, acting: bool, refusal: str | None) -> None:
        button.setEnabled(acting and refusal is None)
        tips = {
            self.submit_button: self.tr("Ask an approver to look at this post"),
            self.approve_button: self.tr("Approve this post: it may then be scheduled"),
            self.return_button: self.tr("Return this post to its author, saying what to change"),
        }
        button.setToolTip(refusal if refusal is not None else tips.get(button, ""))

    def _fold(self, shown: bool) -> None:
        self.toggle.setArrowType(Qt.ArrowType.DownArrow if shown else Qt.ArrowType.RightArrow)
        self.body.setVisible(shown)

    # -- the steps --------------------------------------------------------------------

    def send_comment(self) -> None:
        """The comment typed, added to the thread (one step to undo); the box empties once it is."""
        text = self.comment_box.toPlainText().strip()
        if not text or self._ops is None:
            return
        if self._ops.review.comment(self._post, text) is not None:
            self.comment_box.clear()
        self._done(None)

    def submit(self) -> None:
        if self._ops is not None:
            self._done(self._ops.review.submit(self._post, self._typed_comment()), sent=True)

    def approve(self) -> None:
        if self._ops is not None:
            self._done(self._ops.review.approve(self._post, self._typed_comment()), sent=True)

    def return_post(self) -> None:
        if self._ops is None:
            return
        comment = self.return_asker(self, self._post)
        if comment is not None:
            self._done(self._ops.review.return_post(self._post, comment))

    def _typed_comment(self) -> str:
        """A comment typed but not sent goes with the step (the box empties once the step is saved)."""
        return self.comment_box.toPlainText().strip()

    def _done(self, saved: Post | None, *, sent: bool = False) -> None:
        error = self._ops.last_error if self._ops is not None else None
        self.show_message(error.message if error is not None else "")
        if saved is not None:
            if sent:
                self.comment_box.clear()
            self._post = saved
            self.postSaved.emit(saved)
        self.reload()
        self.toggle.setChecked(True)
