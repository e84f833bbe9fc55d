"""The post editor: every field of a post, and the balance verdict of the
change before it is saved.

The dialog does not save: the window reads :meth:`PostEditor.result_fields`
or :meth:`PostEditor.result_patch` and :meth:`PostEditor.override_reason`
after ``accept()`` and saves through an undoable operation. While the user
types, the core rehearses the change (``preview_create``/``preview_edit_effect``)
and the panel shows what it would break; for a saved post, first the breaches
it is in now (``breaches_of``, what its card's mark names), then what the change
does to them. The core's own messages are shown, never a rule of our own.
"""

from __future__ import annotations

from collections.abc import Callable
from contextlib import AbstractContextManager, nullcontext
from datetime import datetime
from itertools import pairwise
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QDate, QLocale, Qt, QTime, QTimer, Signal
from PySide6.QtGui import QCloseEvent, QFocusEvent, QKeyEvent, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPlainTextEdit,
    QPushButton,
    QSpinBox,
    QStyle,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from planner.balance.verdicts import Breach, Verdict
from planner.defaults import DEFAULT_DURATION_MINUTES, MAX_DURATION_MINUTES
from planner.errors import DatabaseError, DiskFullError, PlannerError
from planner.model import Post, PostFields, PostPatch, Side, Status
from planner.review import ReviewRefused
from planner.series import Repeat, one_platform
from planner.service import Planner
from planner.timezones import localize
from ui.editor.crosspost_row import PlatformChecks, SiblingsLabel
from ui.editor.fields import (
    VALUE_ROLE,
    TextCounter,
    VerdictPanel,
    VerdictState,
    ZoneComboBox,
    category_model,
    four_digit_years,
    platform_model,
    select_text,
    select_value,
    set_error_text,
)
from ui.editor.followups_section import FollowupsSection
from ui.editor.repeat_row import RepeatRow
from ui.editor.review_lines import ReviewLines
from ui.editor.review_section import ReviewSection
from ui.editor.time_fields import DateField, TimeField
from ui.labels import status_label
from ui.marks import past_due_icon, past_due_text
from ui.once import one_use

if TYPE_CHECKING:
    from ui.operations import PostOperations

# Long enough not to rehearse the change at every key press, short enough to feel live.
PREVIEW_DELAY_MS = 250
# The live verdict waits at most this long for a colleague's write, then
# says the file is busy and asks again after BUSY_RETRY_MS.
PREVIEW_PATIENCE_S = 0.2
BUSY_RETRY_MS = 1500


class TitleEdit(QLineEdit):
    """The post's title. A dialog hands its first field the focus as if by Tab, which selects the
    whole text: on opening, the cursor waits at the end of the title instead, so that the first key
    pressed adds to it rather than replacing it. Tabbing in later selects it, as usual."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._opening = True

    def focusInEvent(self, event: QFocusEvent) -> None:
        super().focusInEvent(event)
        if self._opening:
            self._opening = False
            self.deselect()
            self.end(False)


class PostEditor(QDialog):
    """A new post (optionally at ``start``, on ``platform``, in the first category of
    ``side``; or an ``idea`` without a date), or an edit of ``post``."""

    previewed = Signal()  # the panel shows the verdict (or the error) of the fields as they are
    historyRequested = Signal(int)  # the id of the post edited: the window opens its history
    lateRequested = Signal(tuple)  # the late follow-ups a promotion waits behind: the window shows them
    conversationRequested = Signal(str, object)  # a conversation post that would let this one pass: platform, instant

    def __init__(
        self,
        planner: Planner,
        *,
        post: Post | None = None,
        start: datetime | None = None,
        idea: bool = False,
        platform: str | None = None,
        side: Side | None = None,
        parent: QWidget | None = None,
        operations: PostOperations | None = None,
    ) -> None:
        super().__init__(parent)
        self._planner = planner
        self._post = post
        self._ops = operations
        self._verdict: Verdict | None = None
        self._error: str | None = None
        self._touched = post is not None  # no red message before the user typed anything
        self._waive = False  # an approver chose "Schedule without review"
        self._review_refused = False  # the core refuses the fields as they are: they need approval
        self._limits = {p.name: p.text_limit for p in planner.platforms()}
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(PREVIEW_DELAY_MS)
        self._timer.timeout.connect(self.refresh_verdict)

        self._create_fields(planner)
        self._lay_out()
        self._fill(post, start, idea)
        if post is None:
            self._choose(platform, side)
            self._follow_main_platform()
        self._opened_with = self._typed()
        self._connect()
        # The platform is chosen already (the first, or the post's): typing starts with the title.
        self.title_edit.setFocus(Qt.FocusReason.OtherFocusReason)
        if post is None:
            self.setWindowTitle(self.tr("New idea") if idea else self.tr("New post"))
        else:
            self.setWindowTitle(self.tr("Edit “{title}”", "window title of the post editor").format(title=post.title))
        self._update_counter()
        self._update_dated()
        self._show_breaches_now(post)
        self.refresh_verdict()

    # -- the widgets ------------------------------------------------------------

    def _create_fields(self, planner: Planner) -> None:
        platforms = [p for p in planner.platforms() if p.active or (self._post and p.name == self._post.platform)]
        self.platform_combo = QComboBox(self)
        self.platform_combo.setModel(platform_model(platforms, self))
        # A new post: the platforms to make it on (a cross-post); a saved one: its cross-post's others.
        self.platform_checks: PlatformChecks | None = None
        self.siblings: list[Post] = []
        self.siblings_label: SiblingsLabel | None = None
        if self._post is None:
            self.platform_checks = PlatformChecks([p for p in platforms if p.active], self)
        else:
            self.siblings = planner.siblings(self._post.id) if self._post.group_uid else []
            self.siblings_label = SiblingsLabel(self.siblings, self)
        self.title_edit = TitleEdit(self)
        self.body_edit = QPlainTextEdit(self)
        self.body_edit.setTabChangesFocus(True)  # Tab moves on, as in every other field
        self.limit_hint = QLabel(self)
        self.limit_hint.setWordWrap(True)
        self.counter = TextCounter(self)
        self.category_combo = QComboBox(self)
        self._categories = planner.categories()
        self.category_combo.setModel(category_model(self._categories, self))
        self.status_combo = QComboBox(self)
        for status in Status:
            self.status_combo.addItem(status_label(status))
            self.status_combo.setItemData(self.status_combo.count() - 1, status.value, VALUE_ROLE)
        locale = QLocale()
        self.date_edit = DateField(self)
        self.date_edit.setCalendarPopup(True)
        self.date_edit.setDisplayFormat(four_digit_years(locale.dateFormat(QLocale.FormatType.ShortFormat)))
        self.time_edit = TimeField(self)
        self.time_edit.setDisplayFormat(locale.timeFormat(QLocale.FormatType.ShortFormat))
        self.zone_combo = ZoneComboBox(self)
        # A new post may repeat (a series); an edited one belongs to its series already or to none.
        self.repeat_row = RepeatRow(planner.now().date(), self) if self._post is None else None
        self.duration_spin = QSpinBox(self)
        self.duration_spin.setRange(1, MAX_DURATION_MINUTES)
        self.duration_spin.setSingleStep(15)
        self.duration_spin.setSuffix(self.tr(" min", "suffix of a duration in minutes"))
        self.author_combo = QComboBox(self)
        self.author_combo.setEditable(True)
        self.author_combo.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        self.author_combo.addItem("")
        self.author_combo.addItems([member.name for member in planner.members()])
        self.campaign_edit = QLineEdit(self)
        self.link_edit = QLineEdit(self)
        self.link_edit.setPlaceholderText(self.tr("https://…"))
        self.notes_edit = QPlainTextEdit(self)
        self.notes_edit.setTabChangesFocus(True)
        self.notes_edit.setMaximumHeight(self.fontMetrics().lineSpacing() * 4)
        # A saved post's follow-ups change at once, through the operations (undo, conflicts);
        # a new post's show what its category will give it.
        self.followups_section = FollowupsSection(planner, self._post, self._ops, self)
        self._create_review(planner)
        self._one_section_open()
        self.verdict_panel = VerdictPanel(self)
        self.reason_label = QLabel(self.tr("This change breaks a rule in block mode. &Why save it anyway?"), self)
        self.reason_label.setWordWrap(True)
        self.reason_edit = QLineEdit(self)
        self.reason_edit.setPlaceholderText(self.tr("The reason is recorded with the change"))
        self.reason_label.setBuddy(self.reason_edit)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel, self
        )
        self.save_button = self.buttons.button(QDialogButtonBox.StandardButton.Save)
        self.save_button.setToolTip(self.tr("Save (Ctrl+Return)"))
        # A post whose time has passed while still ready or scheduled: "was it published?", yes in one click.
        self.past_due_label: QLabel | None = None
        self.mark_published_button: QPushButton | None = None
        if self._post is not None and self._post.past_due(planner.now()):
            self.past_due_label = QLabel(past_due_text(self._post), self)
            self.past_due_label.setWordWrap(True)
            self.mark_published_button = QPushButton(self.tr("Mark pu&blished"), self)
            extent = self.style().pixelMetric(QStyle.PixelMetric.PM_SmallIconSize)
            self.mark_published_button.setIcon(past_due_icon(extent))
            self.mark_published_button.setAutoDefault(False)
            self.mark_published_button.setToolTip(self.tr("Set the status to published and save"))
            self.mark_published_button.clicked.connect(self.mark_published)
        self.history_button: QPushButton | None = None
        if self._post is not None:
            post_id = self._post.id
            self.history_button = QPushButton(self.tr("Histor&y…"), self)
            self.history_button.setAutoDefault(False)
            self.history_button.setToolTip(self.tr("Who changed this post, what and when; restore an earlier version"))
            self.buttons.addButton(self.history_button, QDialogButtonBox.ButtonRole.HelpRole)
            self.history_button.clicked.connect(lambda: self.historyRequested.emit(post_id))

    def _create_review(self, planner: Planner) -> None:
        """The review of a saved post (its thread needs one), and the lines saving it may bring."""
        self.review_section: ReviewSection | None = None
        if self._post is not None:
            self.review_section = ReviewSection(planner, self._post, self._ops, planner.planning_zone, self)
            self.review_section.postSaved.connect(self._rebase)
        self.review_lines = ReviewLines(planner, self)
        self.review_lines.waiveRequested.connect(self.schedule_without_review)
        self.review_note = self.review_lines.note
        self.waive_button = self.review_lines.waive_button

    def _one_section_open(self) -> None:
        """The follow-ups and the review unfold one at a time, so that the fields keep their room and the
        editor fits a 1024×700 screen; late follow-ups, when there are, are shown first."""
        review = self.review_section
        if review is None:
            return
        followups = self.followups_section
        if followups.toggle.isChecked():
            review.toggle.setChecked(False)

        def fold_other(other: QToolButton) -> Callable[[bool], None]:
            def fold(shown: bool) -> None:
                if shown:
                    other.setChecked(False)

            return fold

        followups.toggle.toggled.connect(fold_other(review.toggle))
        review.toggle.toggled.connect(fold_other(followups.toggle))

    def _lay_out(self) -> None:
        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        form.addRow(self._buddy(self.tr("&Platform"), self.platform_combo), self.platform_combo)
        if self.platform_checks is not None:
            form.addRow(self.tr("Post on"), self.platform_checks)
        if self.siblings_label is not None and self.siblings:
            form.addRow("", self.siblings_label)
        form.addRow(self._buddy(self.tr("&Title"), self.title_edit), self.title_edit)
        form.addRow(self._buddy(self.tr("Te&xt"), self.body_edit), self.body_edit)
        form.addRow("", _row((self.limit_hint, 1), (self.counter, 0)))
        form.addRow(
            self._buddy(self.tr("&Category"), self.category_combo),
            _row(
                (self.category_combo, 1),
                (self._buddy(self.tr("St&atus"), self.status_combo), 0),
                (self.status_combo, 1),
            ),
        )
        form.addRow(
            self._buddy(self.tr("&Date"), self.date_edit),
            _row(
                (self.date_edit, 0),
                (self._buddy(self.tr("T&ime"), self.time_edit), 0),
                (self.time_edit, 0),
                (self._buddy(self.tr("&Zone"), self.zone_combo), 0),
                (self.zone_combo, 1),
            ),
        )
        if self.repeat_row is not None:
            form.addRow(self._buddy(self.tr("&Repeat"), self.repeat_row.frequency_combo), self.repeat_row)
        form.addRow(
            self._buddy(self.tr("D&uration"), self.duration_spin),
            _row(
                (self.duration_spin, 0),
                (self._buddy(self.tr("Aut&hor"), self.author_combo), 0),
                (self.author_combo, 1),
            ),
        )
        form.addRow(self._buddy(self.tr("Ca&mpaign"), self.campaign_edit), self.campaign_edit)
        form.addRow(self._buddy(self.tr("&Link"), self.link_edit), self.link_edit)
        form.addRow(self._buddy(self.tr("&Notes"), self.notes_edit), self.notes_edit)
        layout = QVBoxLayout(self)
        if self.past_due_label is not None and self.mark_published_button is not None:
            layout.addLayout(_row((self.past_due_label, 1), (self.mark_published_button, 0)))
        layout.addLayout(form, 1)
        layout.addWidget(self.followups_section)
        if self.review_section is not None:
            layout.addWidget(self.review_section)
        layout.addWidget(self.verdict_panel)
        layout.addWidget(self.review_lines)
        layout.addWidget(self.reason_label)
        layout.addWidget(self.reason_edit)
        layout.addWidget(self.buttons)
        self._show_reason(False)
        leading = [self.mark_published_button] if self.mark_published_button is not None else []
        # The cross-post's platforms last: Shift+Tab from the title goes back to the platform.
        checks = list(self.platform_checks.boxes.values()) if self.platform_checks is not None else []
        order = [*leading, self.platform_combo, self.title_edit, self.body_edit, self.category_combo,
                 self.status_combo, self.date_edit, self.time_edit, self.zone_combo, *self._repeat_chain(),
                 self.duration_spin, self.author_combo, self.campaign_edit, self.link_edit, self.notes_edit,
                 *checks, *self.followups_section.focus_chain(), *self._review_chain(), self.reason_edit,
                 self.buttons]  # fmt: skip
        for first, second in pairwise(order):
            self.setTabOrder(first, second)

    def _review_chain(self) -> list[QWidget]:
        return self.review_section.focus_chain() if self.review_section is not None else []

    def _repeat_chain(self) -> list[QWidget]:
        return self.repeat_row.focus_chain() if self.repeat_row is not None else []

    def _buddy(self, text: str, field: QWidget) -> QLabel:
        label = QLabel(text, self)
        label.setBuddy(field)
        return label

    def _connect(self) -> None:
        for signal in (
            self.platform_combo.currentIndexChanged,
            self.title_edit.textChanged,
            self.body_edit.textChanged,
            self.category_combo.currentIndexChanged,
            self.status_combo.currentIndexChanged,
            self.date_edit.dateChanged,
            self.time_edit.timeChanged,
            self.zone_combo.currentTextChanged,
            self.duration_spin.valueChanged,
            self.author_combo.currentTextChanged,
            self.campaign_edit.textChanged,
            self.link_edit.textChanged,
            self.notes_edit.textChanged,
        ):
            signal.connect(self._changed)
        if self.repeat_row is not None:
            self.repeat_row.changed.connect(self._changed)
        self.platform_combo.currentIndexChanged.connect(self._update_counter)
        if self.platform_checks is not None:
            self.platform_checks.changed.connect(self._changed)
            self.platform_checks.changed.connect(self._update_counter)
            self.platform_combo.currentIndexChanged.connect(lambda: self._follow_main_platform())
        self.body_edit.textChanged.connect(self._update_counter)
        self.status_combo.currentIndexChanged.connect(self._update_dated)
        self.category_combo.currentIndexChanged.connect(
            lambda: self.followups_section.set_category(self.category_combo.currentData(VALUE_ROLE))
        )
        self.verdict_panel.slotChosen.connect(self._use_slot)
        self.verdict_panel.lateRequested.connect(self.lateRequested)
        self.verdict_panel.conversationRequested.connect(self.conversationRequested)
        self.buttons.accepted.connect(self._save)
        self.buttons.rejected.connect(self.cancel)
        for keys in ("Ctrl+Return", "Ctrl+Enter"):
            QShortcut(QKeySequence(keys), self, self._save)

    # -- filling ----------------------------------------------------------------

    def _fill(self, post: Post | None, start: datetime | None, idea: bool) -> None:
        zone_name = self._planner.planning_zone
        if post is not None:
            zone_name = post.timezone
            select_value(self.platform_combo, post.platform)
            self.title_edit.setText(post.title)
            self.body_edit.setPlainText(post.body)
            select_value(self.category_combo, post.category)
            select_value(self.status_combo, post.status.value)
            self.duration_spin.setValue(post.duration_minutes)
            select_text(self.author_combo, post.author or "")
            self.campaign_edit.setText(post.campaign)
            self.link_edit.setText(post.link)
            self.notes_edit.setPlainText(post.notes)
            start = post.start
        else:
            select_value(self.status_combo, (Status.IDEA if idea else Status.DRAFT).value)
            self.duration_spin.setValue(DEFAULT_DURATION_MINUTES)
            if start is not None:
                zone_name = getattr(start.tzinfo, "key", None) or zone_name
        if start is None:
            # An idea keeps a date ready for when it is scheduled: the next full hour in the posting hours.
            start = self._planner.next_posting_time(zone_name)
        self.zone_combo.set_zone_name(zone_name)
        self.date_edit.setDate(QDate(start.year, start.month, start.day))
        self.time_edit.setTime(QTime(start.hour, start.minute))

    def _choose(self, platform: str | None, side: Side | None) -> None:
        """A new post's platform, and the first category of ``side`` (a slot short of conversation)."""
        if platform is not None:
            select_value(self.platform_combo, platform)
        category = next((c.name for c in self._categories if side is not None and c.side is side), None)
        if category is not None:
            select_value(self.category_combo, category)

    # -- what the user gave ------------------------------------------------------

    def result_fields(self) -> PostFields:
        """The new post as entered; raises the core's ValidationError for a
        time that does not exist in the chosen zone."""
        status = self._status()
        return PostFields(
            platform=self.platform_combo.currentData(VALUE_ROLE) or "",
            title=self.title_edit.text(),
            body=self.body_edit.toPlainText(),
            category=self.category_combo.currentData(VALUE_ROLE),
            status=status,
            start=localize(self._wall(), self.zone_combo.zone_name()) if status.is_dated else None,
            timezone=self.zone_combo.zone_name(),
            duration_minutes=self.duration_spin.value(),
            author=self.author_combo.currentText().strip() or None,
            campaign=self.campaign_edit.text(),
            link=self.link_edit.text(),
            notes=self.notes_edit.toPlainText(),
        )

    def result_platforms(self) -> list[str]:
        """The platforms a new post is made on: the chosen one first, then the others checked."""
        main = self.platform_combo.currentData(VALUE_ROLE) or ""
        if self.platform_checks is None:
            return [main]
        return self.platform_checks.chosen() or [main]

    def _follow_main_platform(self) -> None:
        if self.platform_checks is not None:
            self.platform_checks.set_main(self.platform_combo.currentData(VALUE_ROLE) or "")

    def result_patch(self) -> PostPatch:
        """Only the fields that differ from the edited post (empty when none do)."""
        post = self._post
        if post is None:
            raise RuntimeError("result_patch() is for an edited post; use result_fields()")
        fields = self.result_fields()
        changed: dict[str, object] = {}
        for name in ("platform", "title", "body", "category", "status", "duration_minutes", "author",
                     "campaign", "link", "notes"):  # fmt: skip
            if getattr(fields, name) != getattr(post, name):
                changed[name] = getattr(fields, name)
        # Compared by wall clock and zone, not by instant: an untouched time in
        # the autumn's repeated hour must not count as a change.
        old_wall = post.start.replace(tzinfo=None, second=0, microsecond=0) if post.start else None
        new_wall = self._wall() if fields.start is not None else None
        if new_wall != old_wall or (fields.start is not None and fields.timezone != post.timezone):
            changed["start"] = fields.start
        if fields.timezone != post.timezone:
            changed["timezone"] = fields.timezone
        return PostPatch(**changed)  # type: ignore[arg-type]

    def result_repeat(self) -> Repeat | None:
        """How the new post repeats (a series), None when it does not or is not dated."""
        if self.repeat_row is None or not self._status().is_dated:
            return None
        return self.repeat_row.repeat()

    def override_reason(self) -> str | None:
        """Why the user saves a change a rule in block mode refuses; None otherwise."""
        if self._verdict is None or not self._verdict.blocking:
            return None
        return self.reason_edit.text().strip() or None

    def verdict(self) -> Verdict | None:
        """The last verdict the core gave; None while the fields are refused."""
        return self._verdict

    def error_message(self) -> str | None:
        """The core's message refusing the fields as they are, if any."""
        return self._error

    # -- the live verdict -----------------------------------------------------------

    def _show_breaches_now(self, post: Post | None) -> None:
        """The breaches ``post`` is in as saved (its card's mark), read once: the live verdict then
        says what the change does. A plan that cannot be read now says nothing more than the card."""
        if post is None:
            return
        try:
            breaches = self._planner.breaches_of(post)
        except PlannerError:
            return
        self.verdict_panel.set_breaches_now(breaches)

    def refresh_verdict(self) -> None:
        """Ask the core now what the change would break, and show it."""
        self._timer.stop()
        verdict: Verdict = Verdict()
        after: tuple[Breach, ...] | None = None
        self._review_refused = False
        try:
            with self._waived():
                verdict, after = self._rehearse()
        except DiskFullError as error:
            # Only the disk is wrong, not the fields: Save stays on, and says it again while the disk is full.
            self._verdict, self._error = None, None
            self.verdict_panel.show_error(error.message)
        except PlannerError as error:
            if isinstance(error, DatabaseError) and error.key == "error.db_locked":
                # A colleague is saving: the input is fine and Save still works
                # (it waits its turn). Ask again shortly.
                self._verdict, self._error = None, None
                self.verdict_panel.show_error(
                    self.tr("The file is busy (someone is saving): the balance check will run again in a moment."),
                    quiet=True,
                )
                self._timer.start(BUSY_RETRY_MS)
            else:
                # Scheduling an unapproved post: said as any refusal; an approver may schedule it anyway.
                self._review_refused = isinstance(error, ReviewRefused)
                self._verdict, self._error = None, error.message
                self.verdict_panel.show_error(error.message, quiet=not self._touched and not self._review_refused)
        else:
            self._verdict, self._error = verdict, None
            self.verdict_panel.show_verdict(verdict, self.zone_combo.zone_name(), after)
        # The follow-ups and the slot buttons come between the last field and the reason, for Tab.
        checks = list(self.platform_checks.boxes.values()) if self.platform_checks is not None else []
        chain = [self.notes_edit, *checks, *self.followups_section.focus_chain(), *self._review_chain(),
                 *self.verdict_panel.slot_buttons, self.verdict_panel.late_button, *self.verdict_panel.fix_buttons,
                 self.waive_button]  # fmt: skip
        for first, second in pairwise([*chain, self.reason_edit]):
            self.setTabOrder(first, second)
        blocked = self.verdict_panel.state is VerdictState.BLOCKED
        self.save_button.setEnabled(self._error is None)
        self.save_button.setText(self.tr("Sa&ve anyway…") if blocked else self.tr("&Save"))
        if not blocked:
            self._show_reason(False)
        self._show_review_lines()
        self.previewed.emit()

    def _rehearse(self) -> tuple[Verdict, tuple[Breach, ...] | None]:
        """The verdict of the fields as they are, and for an edit the breaches the post would be in."""
        repeat = self.result_repeat()
        platforms = self.result_platforms() if self._post is None else []
        if repeat is not None:
            one_platform(platforms)
        if self._post is None and repeat is not None:
            return self._planner.series.preview_series(self.result_fields(), repeat, patience=PREVIEW_PATIENCE_S), None
        if self._post is None and len(platforms) > 1:
            preview = self._planner.crossposts.preview_cross_post
            return preview(self.result_fields(), platforms, patience=PREVIEW_PATIENCE_S), None
        if self._post is None:
            return self._planner.preview_create(self.result_fields(), patience=PREVIEW_PATIENCE_S), None
        patch = self.result_patch()
        if patch.is_empty():
            return Verdict(), None
        # With the breaches the post would be in once saved: the panel says what the change does to them.
        effect = self._planner.preview_edit_effect(self._post.id, patch, patience=PREVIEW_PATIENCE_S)
        return effect.verdict, effect.after

    # -- review -------------------------------------------------------------------

    def _waived(self) -> AbstractContextManager[None]:
        """Inside, the core lets an approver schedule an unapproved post (they said so)."""
        return self._planner.review.waived() if self._waive else nullcontext()

    def waived_review(self) -> bool:
        """Whether the user chose to schedule the post without review: the window saves it inside
        :meth:`planner.review.Review.waived`."""
        return self._waive

    def post(self) -> Post | None:
        """The edited post as last saved (a review step in the editor saves it), None for a new one."""
        return self._post

    def show_review_refusal(self, message: str) -> None:
        """The core refused to save the post as it is until it is approved: said where the verdict
        is, Save off, and "Schedule without review" offered to an approver."""
        self._review_refused = True
        self._error = message
        self.verdict_panel.show_error(message)
        self.save_button.setEnabled(False)
        self._show_review_lines()

    def schedule_without_review(self) -> None:
        """An approver schedules the post though nobody approved it: judged again inside the waiver, saved."""
        self._waive = True
        self.refresh_verdict()
        self._save()

    def _show_review_lines(self) -> None:
        patch: PostPatch | None = None
        if self._post is not None and self._error is None:
            try:
                patch = self.result_patch()
            except PlannerError:
                patch = None
        self.review_lines.show_for(self._post, patch, refused=self._review_refused)

    def _rebase(self, saved: Post) -> None:
        """A review step saved the post: the editor edits that version now, its status as the step left it
        (unless the user chose another one already)."""
        before = self._post
        untouched = self._typed() == self._opened_with
        self._post = saved
        if before is not None and self._status() is before.status:
            select_value(self.status_combo, saved.status.value)
        if untouched:
            self._opened_with = self._typed()
        self.refresh_verdict()

    # -- leaving without saving ---------------------------------------------------

    def _typed(self) -> tuple[object, ...]:
        """What the fields hold, to tell whether the user changed anything since the editor opened."""
        return (
            self.platform_combo.currentIndex(), self.title_edit.text(), self.body_edit.toPlainText(),
            self.category_combo.currentIndex(), self.status_combo.currentIndex(), self.date_edit.date(),
            self.time_edit.time(), self.zone_combo.currentText(), self.duration_spin.value(),
            self.author_combo.currentText(), self.campaign_edit.text(), self.link_edit.text(),
            self.notes_edit.toPlainText(), self.reason_edit.text(), self.result_repeat(),
            tuple(self.result_platforms()),
        )  # fmt: skip

    def cancel(self) -> None:
        """Cancel, Escape or the window's close button: what was typed is not lost without a word."""
        if self._may_leave():
            self.reject()

    def _may_leave(self) -> bool:
        return self._typed() == self._opened_with or self.discard_asker(self)

    @staticmethod
    def discard_asker(parent: QWidget) -> bool:
        """Whether to throw away what was typed; the tests replace it with a fixed answer."""
        question = QMessageBox(parent)
        question.setIcon(QMessageBox.Icon.Question)
        question.setWindowTitle(QCoreApplication.translate("PostEditor", "Discard changes"))
        question.setText(QCoreApplication.translate("PostEditor", "Close the editor and lose what you typed?"))
        # Words that say what happens: Qt's own "Discard" and "Cancel" read ambiguously here.
        discard = question.addButton(
            QCoreApplication.translate("PostEditor", "&Discard what I typed"), QMessageBox.ButtonRole.DestructiveRole
        )
        keep = question.addButton(
            QCoreApplication.translate("PostEditor", "&Keep editing"), QMessageBox.ButtonRole.RejectRole
        )
        question.setDefaultButton(keep)
        question.setEscapeButton(keep)
        with one_use(question):
            question.exec()
            return question.clickedButton() is discard

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() == Qt.Key.Key_Escape and not event.modifiers():
            self.cancel()  # QDialog's own Escape would reject at once
            return
        super().keyPressEvent(event)

    def closeEvent(self, event: QCloseEvent) -> None:
        # Only the window's close button asks (a spontaneous close): the program closing it does not.
        if event.spontaneous() and self.result() != QDialog.DialogCode.Accepted and not self._may_leave():
            event.ignore()
            return
        super().closeEvent(event)

    def _changed(self) -> None:
        self._touched = True
        self._timer.start(PREVIEW_DELAY_MS)

    def _update_counter(self) -> None:
        # A cross-post counts against the shortest limit of its platforms, named when it is over.
        limits = [(limit, name) for name in self.result_platforms() if (limit := self._limits.get(name)) is not None]
        limit, tightest = min(limits) if limits else (None, self.platform_combo.currentText())
        self.counter.show_count(len(self.body_edit.toPlainText()), limit)
        over = self.counter.is_over()
        # A hint only: the core refuses a post ready to go out that is too long.
        self.limit_hint.setText(
            self.tr("Longer than {platform} allows: shorten it before it is ready.").format(platform=tightest)
            if over
            else ""
        )
        set_error_text(self.limit_hint, over)

    def _update_dated(self) -> None:
        dated = self._status().is_dated
        for field in (self.date_edit, self.time_edit, self.zone_combo, self.repeat_row):
            if field is not None:
                field.setEnabled(dated)

    def _use_slot(self, moment: datetime) -> None:
        """A suggested slot, already in the editor's zone: the post moves there (a new one is put
        there) and is saved, as "Move to …" says; the window saves it, one step to undo."""
        self.date_edit.setDate(QDate(moment.year, moment.month, moment.day))
        self.time_edit.setTime(QTime(moment.hour, moment.minute))
        self.refresh_verdict()
        self._save()

    # -- saving -------------------------------------------------------------------

    def mark_published(self) -> None:
        """The post went out: its status becomes published, and the editor saves (with anything else changed)."""
        select_value(self.status_combo, Status.PUBLISHED.value)
        self._save()

    def _save(self) -> None:
        if self._timer.isActive():
            self.refresh_verdict()  # judge what is on screen, not what was 250 ms ago
        if self._error is not None:
            return
        if self.verdict_panel.state is VerdictState.BLOCKED and not self.reason_edit.text().strip():
            self._show_reason(True)
            self.reason_edit.setFocus(Qt.FocusReason.OtherFocusReason)
            return
        self.accept()

    def _show_reason(self, shown: bool) -> None:
        self.reason_label.setVisible(shown)
        self.reason_edit.setVisible(shown)

    def _status(self) -> Status:
        return Status(self.status_combo.currentData(VALUE_ROLE))

    def _wall(self) -> datetime:
        day, time = self.date_edit.date(), self.time_edit.time()
        return datetime(day.year(), day.month(), day.day(), time.hour(), time.minute())


def _row(*widgets: tuple[QWidget, int]) -> QHBoxLayout:
    """Fields side by side; the extra width goes to those with a stretch."""
    row = QHBoxLayout()
    for widget, stretch in widgets:
        row.addWidget(widget, stretch)
    return row
