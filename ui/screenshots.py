"""Screenshots of the app for the docs: ``python -m ui.screenshots [folder]``.

Each language gets its own database filled by the demo (25 weeks around a
fixed "today", a fixed seed) and seen by a fixed clock, in a fixed locale,
with the window's saved settings neither read nor overwritten: the pictures do
not change from one run to the next. The demo bunches promotions on
LinkedIn this week, so the balance marks and panel have something to show; the
editor shows a post turned into a promotion, and the verdict it would get.
"""

from __future__ import annotations

import os
import shutil
import sys
import tempfile
from collections.abc import Iterator
from contextlib import contextmanager
from datetime import datetime, timedelta
from pathlib import Path
from typing import TYPE_CHECKING
from zoneinfo import ZoneInfo

from PySide6.QtCore import QEvent, QLocale, QSettings
from PySide6.QtWidgets import QApplication, QWidget

from planner import i18n
from planner.demo import plan_demo
from planner.model import Post, PostFields, PostPatch, PostQuery, Side
from planner.service import Planner
from planner.timezones import week_range
from ui.app import APP_NAME, create_main_window, install_translators, remove_translators

if TYPE_CHECKING:
    from ui.window.main_window import MainWindow

ZONE = "Europe/Paris"
NOW = datetime(2026, 6, 10, 10, 0, tzinfo=ZoneInfo(ZONE))  # Wednesday of 2026-W24
OUTPUT = Path(__file__).resolve().parent.parent / "docs" / "screenshots"
SIZE = (1280, 800)
LAPTOP_SIZES = ((1366, 768), (1024, 700))  # the week as a laptop shows it: every card's time and title
WEEKS = 25  # twelve weeks before this one, so the insights' twelve weeks are all filled
# Not the machine's locale: English pictures have Monday weeks and 24-hour times wherever they are taken.
LOCALES = {"en": "en_GB", "fr": "fr_FR"}
CROSSPOST_TITLES = {"en": "Which book are you reading this weekend?", "fr": "Quel livre lisez-vous ce week-end ?"}
SERIES_TITLES = {"en": "Coupon of the day", "fr": "Le coupon du jour"}  # a post's title, not a UI string
# Posts' titles, not UI strings: three in one morning hour on Thursday, four in one evening hour on Friday.
CROWDED_TITLES = {
    "en": ("Thursday quiz", "Reading at the café", "Our new blend", "Poetry night", "Open mic", "Last call", "Menu"),
    "fr": (
        "Quiz du jeudi",
        "Lecture au café",
        "Notre nouveau mélange",
        "Soirée poésie",
        "Scène ouverte",
        "Dernier appel",
        "Menu",
    ),
}


def _settle() -> None:
    """Deliver what is posted (layout requests, deferred deletions) until nothing is left."""
    for _ in range(10):
        QApplication.sendPostedEvents(None, int(QEvent.Type.DeferredDelete))
        QApplication.processEvents()


def _save(widget: QWidget, folder: Path, name: str, language: str) -> Path:
    _settle()
    target = folder / f"{name}-{language}.png"
    widget.grab().save(str(target))
    return target


def _post_to_edit(planner: Planner) -> Post:
    """A conversation post of this week on LinkedIn, where the demo already bunches promotions."""
    posts = planner.list_posts(PostQuery(*week_range(*NOW.isocalendar()[:2], ZONE), platforms=("LinkedIn",)))
    return next((p for p in posts if p.side is Side.CONVERSATION), posts[0])


_CONTEXT = {
    "en": ("Industry days", "Community Manager Appreciation Day", "Product launch (live stream)"),
    "fr": ("Temps forts", "Journée des community managers", "Lancement produit (en direct)"),
}


def _context_calendar(planner: Planner, language: str) -> None:
    """A small imported calendar, through the real import: an all-day event and a timed one this week."""
    from planner.exchange.ics.importer import import_context, read_calendar

    name, day, launch = _CONTEXT[language]
    text = (
        "BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//Dialogos//Screenshots//EN\r\n"
        f"BEGIN:VEVENT\r\nUID:day@example.org\r\nDTSTAMP:20260101T000000Z\r\nDTSTART;VALUE=DATE:20260611\r\n"
        f"DTEND;VALUE=DATE:20260612\r\nSUMMARY:{day}\r\nEND:VEVENT\r\n"
        f"BEGIN:VEVENT\r\nUID:launch@example.org\r\nDTSTAMP:20260101T000000Z\r\nDTSTART:20260609T120000Z\r\n"
        f"DTEND:20260609T140000Z\r\nSUMMARY:{launch}\r\nEND:VEVENT\r\nEND:VCALENDAR\r\n"
    )
    import_context(planner, read_calendar(text.encode(), source="events.ics"), name=name, colour="#00897b")


def take(language: str, folder: Path) -> list[Path]:
    """Week, month, agenda, insights, editor, slots, export and import pictures in ``language``."""
    from ui.dialogs.export_dialog import ExportDialog
    from ui.dialogs.history import HistoryDialog
    from ui.dialogs.import_dialog import ImportDialog
    from ui.editor.fields import VALUE_ROLE
    from ui.editor.post_editor import PostEditor
    from ui.window.actions import View

    app = QApplication.instance() or QApplication(sys.argv[:1])
    assert isinstance(app, QApplication)
    app.setApplicationName(APP_NAME)
    i18n.set_language(language)  # demo titles and default categories follow the language
    QLocale.setDefault(QLocale(LOCALES[language]))
    translators = install_translators(app, language)
    saved: list[Path] = []
    try:
        with (
            _scratch(language) as scratch,
            Planner.open(scratch / "plan.sqlite", planning_zone=ZONE, clock=lambda: NOW, user="camille") as planner,
        ):
            saved.extend(_start_panel(scratch, folder, language))
            saved.extend(_crowded_week(scratch, folder, language))
            saved.extend(_review(scratch, folder, language))
            saved.extend(_suggestions(scratch, folder, language))
            plan_demo(planner, weeks=WEEKS, seed=7, today=NOW.date())
            _context_calendar(planner, language)
            window = create_main_window(planner, clock=lambda: NOW)
            # No team refresh: its "Checked 10:00" would show in some pictures only, on a slow machine.
            window.watch.stop()
            window.resize(*SIZE)
            window.show()
            window.finish_start()  # the side panels too, whether or not the week was painted yet
            for view, name in ((View.WEEK, "week"), (View.MONTH, "month"), (View.AGENDA, "agenda")):
                window.show_view(view)
                saved.append(_save(window, folder, name, language))
            window.show_view(View.INSIGHTS)
            saved.append(_save(window, folder, "insights", language))
            window.show_view(View.WEEK)
            for width, height in LAPTOP_SIZES:
                window.resize(width, height)
                saved.append(_save(window, folder, f"week-{width}x{height}", language))
            window.resize(*SIZE)
            window.show_view(View.WEEK)
            editor = PostEditor(planner, post=_post_to_edit(planner), parent=window, operations=window.ops)
            editor.resize(680, 760)
            editor.show()
            editor.followups_section.toggle.setChecked(True)  # what the post promises, unfolded
            offer = next(c.name for c in planner.categories() if c.side is Side.PROMOTION)
            editor.category_combo.setCurrentIndex(editor.category_combo.findData(offer, VALUE_ROLE))
            editor.refresh_verdict()
            saved.append(_save(editor, folder, "editor", language))
            editor.close()
            saved.append(_series_editor(planner, window, folder, language))
            saved.append(_crosspost_editor(planner, window, folder, language))
            saved.append(_slots_dialog(planner, window, folder, language))
            saved.append(_fill_dialog(planner, window, folder, language))
            saved.append(_card_menu(planner, window, folder, language))
            first, last = window.visible_days()
            export = ExportDialog(planner, window, first_day=first, last_day=last)
            export.path_edit.setText("/home/camille/Calendars/dialogos.ics")
            export.reminder.setChecked(True)
            export.followups.setChecked(True)
            export.show()
            saved.append(_save(export, folder, "export", language))
            export.close()
            importing = ImportDialog(planner, window, first_day=first, last_day=last)
            importing.path_edit.setText("/home/camille/Downloads/holidays.ics")
            importing.show()
            saved.append(_save(importing, folder, "import", language))
            importing.close()
            post = _post_to_edit(planner)
            planner.edit_post(post.id, PostPatch(title=f"{post.title} ☕"))
            history = HistoryDialog(planner, post.id, window)
            history.resize(760, 460)
            history.show()
            history.select_version(2)
            saved.append(_save(history, folder, "history", language))
            history.close()
            window.close()
    finally:
        remove_translators(app, translators)
    return saved


def _start_panel(scratch: Path, folder: Path, language: str) -> list[Path]:
    """A first start on an empty plan, at a laptop's size and at a small one: the start panel above the week."""
    saved: list[Path] = []
    with Planner.open(scratch / "new.sqlite", planning_zone=ZONE, clock=lambda: NOW, user="camille") as planner:
        window = create_main_window(planner, clock=lambda: NOW)
        window.watch.stop()
        window.show()
        window.finish_start()
        for width, height in ((1366, 768), (1024, 700)):
            window.resize(width, height)
            saved.append(_save(window, folder, f"start-{width}", language))
        window.close()
    return saved


def _crowded_week(scratch: Path, folder: Path, language: str) -> list[Path]:
    """A week with posts side by side in one hour (three, then four), at a laptop's size and at a
    small one, the side panels as they open: every card keeps its time and the start of its title."""
    saved: list[Path] = []
    with Planner.open(scratch / "crowded.sqlite", planning_zone=ZONE, clock=lambda: NOW, user="camille") as planner:
        platforms = ("Instagram", "LinkedIn", "Facebook")
        for name in platforms:
            planner.add_platform(name, name.lower())
        thursday, friday = NOW.replace(hour=9) + timedelta(days=1), NOW.replace(hour=18) + timedelta(days=2)
        starts = [thursday + timedelta(minutes=15 * n) for n in range(3)]
        starts += [friday + timedelta(minutes=10 * n) for n in range(4)]
        for n, (start, title) in enumerate(zip(starts, CROWDED_TITLES[language], strict=True)):
            planner.create_post(PostFields(platform=platforms[n % 3], title=title, start=start))
        window = create_main_window(planner, clock=lambda: NOW)
        window.watch.stop()
        window.show()
        window.finish_start()
        for width, height in LAPTOP_SIZES:
            window.resize(width, height)
            saved.append(_save(window, folder, f"crowded-{width}x{height}", language))
        window.close()
    return saved


# The review scene's posts (English and French titles: posts' titles, not UI strings), who writes them,
# when (days after Wednesday 10 June, hour), where, and what happens to them.
_REVIEW_POSTS = (
    ("submitted", "Léa", 1, 9, "Instagram", ("Summer reading list", "Notre liste de lectures d’été")),
    ("returned", "Camille", 2, 18, "LinkedIn", ("Book club poll", "Sondage du club de lecture")),
    ("mentioned", "Léa", 3, 11, "Mastodon", ("Author interview", "Entretien avec l’autrice")),
    ("scheduled", "Léa", 1, 12, "Instagram", ("Our new blend", "Notre nouveau mélange")),
    ("scheduled", "Camille", 4, 17, "LinkedIn", ("Poetry night", "Soirée poésie")),
)
_REVIEW_BODY = {
    "en": "Ten books for long summer evenings, chosen by the team.\nWhich one would you add? Tell us below.",
    "fr": "Dix livres pour les longues soirées d’été, choisis par l’équipe.\nLequel ajouteriez-vous ? Dites-le-nous.",
}
_REVIEW_WORDS = {
    "en": (
        "Ready for a look: the list is the one from the team meeting.",
        "The poll needs a fourth option: poetry.\nAnd the picture is too dark.",
        "@Camille can you check the quote in the second paragraph?",
        "Lovely. @Léa could we add the poetry anthology too?",
    ),
    "fr": (
        "Prête à relire : c’est la liste de la réunion d’équipe.",
        "Il manque une quatrième option au sondage : la poésie.\nEt la photo est trop sombre.",
        "@Camille peux-tu vérifier la citation du deuxième paragraphe ?",
        "Très bien. @Léa, on ajoute l’anthologie de poésie ?",
    ),
}


def _review(scratch: Path, folder: Path, language: str) -> list[Path]:
    """A team of three with review on, seen by Camille (an approver): Léa's post waiting for her
    review, her own post returned by Sam with what to change, a mention by Léa; the For me panel as
    the count in the status bar opens it, at the usual size and at a laptop's two; then the editor on
    the post in review, its thread open."""
    from planner.model import Role, Status, WaitingKind
    from ui.editor.post_editor import PostEditor

    submitted, returned, mentioned, remark = _REVIEW_WORDS[language]
    with Planner.open(scratch / "review.sqlite", planning_zone=ZONE, clock=lambda: NOW, user="Camille") as planner:
        for name in ("Instagram", "LinkedIn", "Mastodon"):
            planner.add_platform(name, name.lower())
        for member, role in (("Camille", Role.APPROVER), ("Léa", Role.EDITOR), ("Sam", Role.APPROVER)):
            planner.set_member(member, role)
        planner.set_review(True)
        question = next(c.name for c in planner.categories() if c.side is Side.CONVERSATION)
        mention_of: Post | None = None
        in_review: Post | None = None
        for step, author, days, hour, platform, titles in _REVIEW_POSTS:
            planner.user = author
            start = NOW.replace(hour=hour, minute=0) + timedelta(days=days)
            title = titles[language == "fr"]
            body = _REVIEW_BODY[language] if step == "submitted" else ""
            fields = PostFields(
                platform=platform, title=title, body=body, start=start, author=author, category=question
            )
            post = planner.create_post(fields).posts[0]
            if step == "mentioned":
                planner.comment_post(post.id, mentioned)
                mention_of = post
                continue
            post = planner.submit_post(post.id, comment=submitted if step == "submitted" else "").posts[0]
            if step == "submitted":
                planner.user = "Sam"
                planner.comment_post(post.id, remark)
                in_review = post
            if step == "returned":
                planner.user = "Sam"
                planner.return_post(post.id, returned)
            elif step == "scheduled":
                planner.user = "Sam"
                post = planner.approve_post(post.id).posts[0]
                planner.edit_post(post.id, PostPatch(status=Status.SCHEDULED))
        planner.user = "Camille"
        window = create_main_window(planner, clock=lambda: NOW)
        window.watch.stop()
        window.resize(*SIZE)
        window.show()
        window.finish_start()
        saved: list[Path] = []
        for width, height in (SIZE, *LAPTOP_SIZES):
            # As a user opens it at that size: the panel closed, then the count in the status bar clicked.
            window.resize(width, height)
            if not window.for_me.dock.isHidden():
                window.for_me.dock.toggleViewAction().trigger()
            _settle()
            window.for_me.count_button.click()
            if window.for_me.panel is not None and mention_of is not None:
                window.for_me.panel.select(WaitingKind.MENTION, mention_of.id)  # both its buttons at hand
            name = "review" if (width, height) == SIZE else f"review-{width}x{height}"
            saved.append(_save(window, folder, name, language))
        if in_review is not None:
            post = planner.get_post(in_review.id)
            editor = PostEditor(planner, post=post, parent=window, operations=window.ops)
            editor.resize(680, 860)
            editor.show()
            saved.append(_save(editor, folder, "review-editor", language))
            editor.close()
        # Closed as a user who looked at it closes it: the other scenes' windows open as a first
        # start would, the panel kept for when it is asked for.
        window.for_me.dock.toggleViewAction().trigger()
        window.close()
    return saved


def _series_editor(planner: Planner, window: QWidget, folder: Path, language: str) -> Path:
    """A new offer repeating daily, eight times: the Repeat row and the verdict of the whole series."""
    from ui.editor.fields import VALUE_ROLE
    from ui.editor.post_editor import PostEditor

    start = NOW.replace(hour=18, minute=0) + timedelta(days=1)
    editor = PostEditor(planner, start=start, platform="Instagram", parent=window)
    editor.resize(680, 720)
    editor.title_edit.setText(SERIES_TITLES[language])
    promotions = [c for c in planner.categories() if c.side is Side.PROMOTION]
    offer = next((c.name for c in promotions if c.offer), promotions[0].name)
    editor.category_combo.setCurrentIndex(editor.category_combo.findData(offer, VALUE_ROLE))
    row = editor.repeat_row
    assert row is not None
    row.frequency_combo.setCurrentIndex(1)  # daily
    row.count_spin.setValue(8)
    editor.show()
    editor.refresh_verdict()
    try:
        return _save(editor, folder, "series-editor", language)
    finally:
        editor.close()


def _crosspost_editor(planner: Planner, window: QWidget, folder: Path, language: str) -> Path:
    """A new post made on Instagram, LinkedIn and Mastodon at once: the "Post on" row, one verdict."""
    from ui.editor.post_editor import PostEditor

    start = NOW.replace(hour=11, minute=0) + timedelta(days=2)
    editor = PostEditor(planner, start=start, platform="Instagram", parent=window)
    editor.resize(680, 720)
    editor.title_edit.setText(CROSSPOST_TITLES[language])
    checks = editor.platform_checks
    assert checks is not None
    for name in ("LinkedIn", "Mastodon"):
        if name in checks.boxes:
            checks.boxes[name].setChecked(True)
    editor.show()
    editor.refresh_verdict()
    try:
        return _save(editor, folder, "crosspost-editor", language)
    finally:
        editor.close()


def _slots_dialog(planner: Planner, window: MainWindow, folder: Path, language: str) -> Path:
    """Planning ▸ Slots… on Instagram: the demo's weekly grid, a side per slot."""
    from ui.dialogs.slots import SlotsDialog

    dialog = SlotsDialog(planner, window.ops.stack, window.ops.history, window, platform="Instagram")
    dialog.resize(600, 440)
    dialog.show()
    try:
        return _save(dialog, folder, "slots-dialog", language)
    finally:
        dialog.close()


# Next week's weekly slots for the fill dialog (platform, day, time, side), where the demo plans nothing,
# and two more ideas (English and French titles): an offer for a promotion slot, a tip for a conversation one.
_FILL_SLOTS = (
    ("Instagram", "tue", "09:00", "conversation"),
    ("Instagram", "thu", "09:00", "conversation"),
    ("Instagram", "sat", "10:30", "promotion"),
    ("LinkedIn", "mon", "09:00", None),
    ("LinkedIn", "fri", "09:00", "conversation"),
    ("Mastodon", "sat", "11:00", "conversation"),
    ("Mastodon", "sun", "11:00", "conversation"),
)
_FILL_IDEAS = (
    ("Instagram", ("Gift boxes are back", "Les coffrets cadeaux sont de retour"), Side.PROMOTION),
    ("Instagram", ("How do you take your coffee?", "Comment prenez-vous votre café ?"), Side.CONVERSATION),
)


def _fill_dialog(planner: Planner, window: MainWindow, folder: Path, language: str) -> Path:
    """Planning ▸ Fill the week… on next week, with a few weekly slots and the demo's ideas."""
    from planner.model import PostFields
    from ui.dialogs.fill import FillDialog

    for platform, day, at, side in _FILL_SLOTS:
        planner.add_slot(platform, day, at, side)
    for platform, titles, side in _FILL_IDEAS:
        category = next(c.name for c in planner.categories() if c.side is side)
        planner.create_post(PostFields(platform=platform, title=titles[language == "fr"], category=category))
    window.shift(1)
    first, last = window.visible_days()
    dialog = FillDialog(planner, window.ops, first, last, None, window)
    dialog.show()
    try:
        return _save(dialog, folder, "fill-dialog", language)
    finally:
        dialog.close()
        window.shift(-1)


def _card_menu(planner: Planner, window: MainWindow, folder: Path, language: str) -> Path:
    """A right click on a card of this week whose time has passed (its menu leads with Mark
    published): the post menu over the week, as the user sees it (a menu is a window of its own:
    it is painted onto the window's picture where it opened)."""
    from PySide6.QtGui import QPainter
    from PySide6.QtWidgets import QMenu

    from ui.window import post_actions
    from ui.window.post_menu import POST_MENU_NAME

    week = planner.list_posts(PostQuery(*week_range(*NOW.isocalendar()[:2], ZONE)))
    post = next((p for p in week if p.past_due(NOW)), _post_to_edit(planner))
    view = window.week_view
    view.select_post(post.id)
    _settle()
    where = view.layout_rects()[post.id].center().toPoint()
    post_actions.open_post_menu(window, post, view.mapToGlobal(where))
    _settle()
    menu = window.findChild(QMenu, POST_MENU_NAME)
    assert menu is not None
    picture = window.grab()
    painter = QPainter(picture)
    painter.drawPixmap(window.mapFromGlobal(menu.pos()), menu.grab())
    painter.end()
    menu.close()
    target = folder / f"card-menu-{language}.png"
    picture.save(str(target))
    return target


# The suggestions scene (English and French titles: posts' titles, not UI strings): the café's sparse
# week on Instagram under 80/20 in block mode, and the launch on Saturday no slot lets pass.
# Days after Monday 15 June, hour and minute, side, titles.
_SUGGESTION_POSTS = (
    (0, 9, 0, Side.CONVERSATION, ("Which book are you reading?", "Quel livre lisez-vous ?")),
    (2, 12, 30, Side.INFORMATION, ("Behind the counter", "Derrière le comptoir")),
    (3, 18, 0, Side.PROMOTION, ("Coupon: -10% on coffee", "Coupon : -10 % sur le café")),
)
_LAUNCH = (5, 11, ("Book launch: “Winter tales”", "Lancement : « Contes d’hiver »"))
# LinkedIn's week for the Move to… box: a coupon on Monday, a question each day after it, then a flash
# sale on Monday afternoon, refused (two promotions in five posts) with free slots where it would pass.
_BUSY = (("Coupon", "Coupon"), ("Question of the day", "Question du jour"), ("Flash sale", "Vente flash"))


def _suggestions(scratch: Path, folder: Path, language: str) -> list[Path]:
    """What a refusal suggests, as buttons: in the editor, the conversation posts that would let a
    launch pass (a weekly slot among them, and "+1 more"); in the box a refused post opens, the free
    slots where it would pass, "Move to …"."""
    from planner.balance.rules import Mode, preset_rule
    from planner.balance.verdicts import BalanceRefused
    from ui.editor.fields import VALUE_ROLE
    from ui.editor.post_editor import PostEditor
    from ui.refusals import RefusalBox

    fr = language == "fr"
    saved: list[Path] = []
    monday = NOW.replace(hour=0, minute=0) + timedelta(days=5)  # next week's Monday, 15 June
    with Planner.open(scratch / "suggest.sqlite", planning_zone=ZONE, clock=lambda: NOW, user="camille") as planner:
        for name in ("Instagram", "LinkedIn"):
            planner.add_platform(name, name.lower())
            planner.set_rule(preset_rule("80-20", platform=name, mode=Mode.BLOCK))
        sides = {side: next(c.name for c in planner.categories() if c.side is side) for side in Side}
        for days, hour, minute, side, titles in _SUGGESTION_POSTS:
            start = monday.replace(hour=hour, minute=minute) + timedelta(days=days)
            planner.create_post(PostFields(platform="Instagram", title=titles[fr], category=sides[side], start=start))
        planner.add_slot("Instagram", "fri", "12:30", "conversation")
        days, hour, titles = _LAUNCH
        launch = monday.replace(hour=hour) + timedelta(days=days)
        editor = PostEditor(planner, start=launch, platform="Instagram")
        editor.resize(720, 720)
        editor.title_edit.setText(titles[fr])
        launching = ("Lancement",) if fr else ("Launch",)  # the default category of that name
        category = next((c.name for c in planner.categories() if c.name in launching), sides[Side.PROMOTION])
        editor.category_combo.setCurrentIndex(editor.category_combo.findData(category, VALUE_ROLE))
        editor.show()
        editor.refresh_verdict()
        saved.append(_save(editor, folder, "suggestions-editor", language))
        editor.close()

        coupon, question, sale = (titles[fr] for titles in _BUSY)

        def on_linkedin(title: str, side: Side, start: datetime) -> PostFields:
            return PostFields(platform="LinkedIn", title=title, category=sides[side], start=start)

        planner.create_post(on_linkedin(coupon, Side.PROMOTION, monday.replace(hour=10)))
        for day in range(1, 5):
            planner.create_post(on_linkedin(question, Side.CONVERSATION, monday.replace(hour=9) + timedelta(days=day)))
        try:
            planner.create_post(on_linkedin(sale, Side.PROMOTION, monday.replace(hour=14)))
        except BalanceRefused as refused:
            box = RefusalBox(refused)
            box.show()
            saved.append(_save(box, folder, "refusal-box", language))
            box.close()
        else:
            raise AssertionError("the flash sale should be refused: the scene has changed")
    return saved


@contextmanager
def _scratch(language: str) -> Iterator[Path]:
    """A fresh folder for the demo database and the window's settings, removed afterwards.

    Its name is fixed, since the status bar shows the database's path. The settings
    live there too: the user's saved window layout must not shape the pictures, nor be replaced.
    """
    folder = Path(tempfile.gettempdir()) / f"dialogos-screenshots-{language}"
    shutil.rmtree(folder, ignore_errors=True)
    folder.mkdir(parents=True)
    QSettings.setDefaultFormat(QSettings.Format.IniFormat)
    QSettings.setPath(QSettings.Format.IniFormat, QSettings.Scope.UserScope, str(folder))
    try:
        yield folder
    finally:
        QSettings.setDefaultFormat(QSettings.Format.NativeFormat)
        shutil.rmtree(folder, ignore_errors=True)


def main(argv: list[str] | None = None) -> int:
    """Write every screenshot, into the folder given or ``docs/screenshots``."""
    arguments = sys.argv[1:] if argv is None else argv
    folder = Path(arguments[0]) if arguments else OUTPUT
    # Offscreen: the pictures look the same on any machine, with or without a display.
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    folder.mkdir(parents=True, exist_ok=True)
    for language in ("en", "fr"):
        for path in take(language, folder):
            print(path)
    return 0


if __name__ == "__main__":
    sys.exit(main())
