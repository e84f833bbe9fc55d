"""The balance panel against the core's real reports: a section per platform,
its counts and breaches, the rule's marker, suggested slots that can be clicked."""

from __future__ import annotations

import re
from collections.abc import Callable
from datetime import datetime
from zoneinfo import ZoneInfo

import pytest
from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QColor
from PySide6.QtWidgets import QLabel, QPushButton
from pytestqt.qtbot import QtBot

from planner import Planner
from planner.balance.rules import BalanceRule, Mode, preset_rule
from planner.balance.verdicts import PlatformBalance
from planner.model import Post, Side
from tests.helpers.rules import eighty_twenty_asking_conversation
from ui.balance_panel import BalancePanel, PlatformSection
from ui.palette import SIDE_COLOURS

AddPost = Callable[..., Post]
PARIS = ZoneInfo("Europe/Paris")
W24 = (datetime(2026, 6, 8, tzinfo=PARIS), datetime(2026, 6, 15, tzinfo=PARIS))


@pytest.fixture
def rules(plan: Planner) -> None:
    """80/20 warns on Instagram, asking 4 conversation posts in 5 (a shortage to suggest slots
    for); LinkedIn only advises on promotions in a row (no share to mark)."""
    plan.set_rule(eighty_twenty_asking_conversation("Instagram", Mode.WARN))
    streak_only = BalanceRule("LinkedIn", 5, None, None, 1, None, Mode.ADVISE)
    plan.set_rule(streak_only)


@pytest.fixture
def busy_week(rules: None, add_post: AddPost) -> None:
    """Instagram in 2026-W24: three conversation posts and two promotions, too many for 80/20."""
    add_post("Monday question", 2026, 6, 8, 9, 0)
    add_post("Tuesday launch", 2026, 6, 9, 9, 0, category="Launch")
    add_post("Wednesday offer", 2026, 6, 10, 9, 0, category="Offer")
    add_post("Thursday tip", 2026, 6, 11, 9, 0, category="Tip")
    add_post("Friday poll", 2026, 6, 12, 9, 0, category="Poll")
    add_post("LinkedIn news", 2026, 6, 10, 12, 0, platform="LinkedIn", category="News")


def colours(plan: Planner) -> dict[str, str]:
    return {platform.name: platform.colour for platform in plan.platforms()}


def show_panel(qtbot: QtBot, plan: Planner) -> tuple[BalancePanel, list[PlatformBalance]]:
    report = plan.balance_report(*W24)
    panel = BalancePanel()
    qtbot.addWidget(panel)
    panel.set_report(report, colours(plan))
    panel.resize(360, 700)
    panel.show()
    qtbot.waitExposed(panel)
    return panel, report


def by_platform(panel: BalancePanel) -> dict[str, PlatformSection]:
    return {section.platform: section for section in panel.sections()}


@pytest.mark.usefixtures("busy_week")
def test_one_section_per_platform_with_its_counts_and_breaches(qtbot: QtBot, plan: Planner) -> None:
    panel, report = show_panel(qtbot, plan)

    assert [section.platform for section in panel.sections()] == ["Instagram", "LinkedIn"]
    instagram, linkedin = by_platform(panel)["Instagram"], by_platform(panel)["LinkedIn"]
    assert instagram.name_label.text() == "Instagram"
    assert instagram.swatch.colour().name().lower() == colours(plan)["Instagram"].lower()
    assert instagram.rule_label.text() == "80/20 · warn"
    assert instagram.counts_label.text() == "Conversation 3 · Information 0 · Promotion 2"
    assert linkedin.counts_label.text() == "Conversation 0 · Information 1 · Promotion 0"
    # The messages are the core's own, one label each, wrapped.
    messages = [breach.message for breach in report[0].breaches]
    assert len(messages) == 2
    assert [label.text() for label in instagram.breach_labels] == messages
    assert all(label.wordWrap() and label.isVisible() for label in instagram.breach_labels)
    assert linkedin.breach_labels == []


@pytest.mark.usefixtures("busy_week")
def test_the_gauge_stacks_the_counts_and_marks_the_allowed_share(qtbot: QtBot, plan: Planner) -> None:
    panel, _report = show_panel(qtbot, plan)
    instagram, linkedin = by_platform(panel)["Instagram"], by_platform(panel)["LinkedIn"]

    segments = instagram.gauge.segment_rects()
    assert list(segments) == ["conversation", "promotion"]
    assert segments["conversation"].width() / segments["promotion"].width() == pytest.approx(3 / 2)
    assert segments["promotion"].right() == pytest.approx(instagram.gauge.rect().right(), abs=1)
    # 80/20 allows 1 promotion in 5: the marker sits a fifth from the right end.
    assert instagram.gauge.allowed_share == pytest.approx(1 / 5)
    marker = instagram.gauge.marker_x()
    assert marker is not None
    assert segments["promotion"].right() - marker == pytest.approx((segments["promotion"].right() - 1) / 5, abs=1)
    assert marker > segments["promotion"].left()  # the promotion goes past what the rule allows
    assert instagram.judge_label.text().startswith("At most 1 promotion in any 5 consecutive posts.")
    assert instagram.share_label.text() == "Promotion in this range: 40% of 5 posts."
    # LinkedIn's rule limits no share of promotion: nothing to mark.
    assert linkedin.gauge.marker_x() is None


@pytest.mark.usefixtures("busy_week")
def test_clicking_a_suggestion_asks_for_a_post_at_its_slot(qtbot: QtBot, plan: Planner) -> None:
    panel, report = show_panel(qtbot, plan)
    suggestion = report[0].suggestions[0]
    button = by_platform(panel)["Instagram"].suggestion_buttons[0]
    assert button.text() == suggestion.message

    with qtbot.waitSignal(panel.slotActivated) as signal:
        qtbot.mouseClick(button, Qt.MouseButton.LeftButton)

    platform, at = signal.args
    assert platform == "Instagram"
    assert at == suggestion.at
    assert at.tzinfo is not None


@pytest.mark.usefixtures("busy_week")
def test_a_suggestion_is_reachable_from_the_keyboard(qtbot: QtBot, plan: Planner) -> None:
    panel, report = show_panel(qtbot, plan)
    button = by_platform(panel)["Instagram"].suggestion_buttons[0]
    assert button.focusPolicy() & Qt.FocusPolicy.TabFocus

    button.setFocus()
    with qtbot.waitSignal(panel.slotActivated) as signal:
        qtbot.keyClick(button, Qt.Key.Key_Return)

    assert signal.args == ["Instagram", report[0].suggestions[0].at]


@pytest.mark.usefixtures("busy_week")
def test_the_panel_follows_a_move(qtbot: QtBot, plan: Planner) -> None:
    panel, _report = show_panel(qtbot, plan)
    section = by_platform(panel)["Instagram"]
    offer = next(post for post in plan.list_posts() if post.title == "Wednesday offer")

    plan.move_post(offer.id, datetime(2026, 6, 17, 9, 0, tzinfo=PARIS))  # into next week
    panel.set_report(plan.balance_report(*W24), colours(plan))

    assert by_platform(panel)["Instagram"] is section  # same platforms: sections are kept, and the scroll
    assert section.counts_label.text() == "Conversation 3 · Information 0 · Promotion 1"
    assert len(section.breach_labels) == len(plan.balance_report(*W24)[0].breaches)


def test_rule_off_and_empty_range(qtbot: QtBot, plan: Planner) -> None:
    plan.set_rule(preset_rule("80-20", platform="Instagram", mode=Mode.OFF))
    panel, _report = show_panel(qtbot, plan)
    section = by_platform(panel)["Instagram"]

    assert section.rule_label.text() == "80/20 · off"
    assert section.gauge.marker_x() is None
    assert section.breach_labels == [] and section.suggestion_buttons == []
    assert section.share_label.text() == "No post in this range."


def test_no_platform_shows_the_empty_state(qtbot: QtBot) -> None:
    panel = BalancePanel()
    qtbot.addWidget(panel)
    panel.set_report([], {})
    panel.show()

    assert panel.sections() == []
    assert panel.empty_label.isVisible()
    assert panel.empty_label.text()


def test_a_long_report_scrolls(qtbot: QtBot, plan: Planner, add_post: AddPost) -> None:
    for name in ("Mastodon", "Bluesky", "Blog", "Newsletter", "Forum", "YouTube"):
        plan.add_platform(name, name.lower())
    for day in range(8, 13):
        add_post("Offer", 2026, 6, day, 9, 0, category="Offer")
    panel, _report = show_panel(qtbot, plan)
    panel.resize(300, 400)
    qtbot.waitUntil(lambda: panel.scroll_area.verticalScrollBar().maximum() > 0)

    assert len(panel.sections()) == 8
    assert panel.scroll_area.horizontalScrollBar().maximum() == 0  # text wraps instead


@pytest.mark.usefixtures("busy_week")  # made in English: the categories keep their names
def test_french_breaches_and_slots(french: None, qtbot: QtBot, plan: Planner) -> None:
    panel, report = show_panel(qtbot, plan)
    section = by_platform(panel)["Instagram"]

    # The core's sentences, in French.
    assert [label.text() for label in section.breach_labels] == [b.message for b in report[0].breaches]
    assert section.breach_labels[0].text().startswith("Sur Instagram, 2 promotions dans 5 publications")
    assert section.suggestion_buttons[0].text().startswith("Ajoutez une publication de conversation sur Instagram")
    assert "vendredi 12 juin 2026" in section.suggestion_buttons[0].toolTip()  # the French locale's date, never past


@pytest.mark.usefixtures("busy_week")  # made in English: the categories keep their names
def test_french_panel_words(french: None, qtbot: QtBot, plan: Planner) -> None:
    assert QCoreApplication.translate("BalancePanel", "warn", "balance rule mode") == "avertissement"
    panel, _report = show_panel(qtbot, plan)
    section = by_platform(panel)["Instagram"]

    assert section.rule_label.text() == "80/20 · avertissement"
    assert re.search(r"40\s%", section.share_label.text())
    assert section.share_label.text().startswith("Promotion sur cette période")
    assert section.judge_label.text().startswith("Au plus 1 promotion par série de 5 publications consécutives.")
    assert panel.legend.labels[Side.PROMOTION].text() == "Promotion"


@pytest.mark.usefixtures("busy_week")
def test_from_week_to_week_the_notes_change_with_no_leftover_and_the_keyboard_stays(
    qtbot: QtBot, plan: Planner
) -> None:
    panel, busy = show_panel(qtbot, plan)
    quiet = plan.balance_report(datetime(2026, 6, 15, tzinfo=PARIS), datetime(2026, 6, 22, tzinfo=PARIS))
    section = by_platform(panel)["Instagram"]

    def shown_notes() -> list[str]:
        notes = [w for w in section.findChildren(QLabel) if w.isVisible() and w.wordWrap()]
        figures = (section.judge_label, section.counts_label, section.share_label)
        texts = [label.text() for label in notes if label not in figures]
        return texts + [b.text() for b in section.findChildren(QPushButton) if b.isVisible()]

    busy_notes = [b.message for b in busy[0].breaches] + [s.message for s in busy[0].suggestions]
    assert shown_notes() == busy_notes
    panel.set_report(quiet, colours(plan))
    assert shown_notes() == ["No breach in this range."]
    assert section.breach_labels == [] and section.suggestion_buttons == []

    panel.set_report(busy, colours(plan))
    assert shown_notes() == busy_notes
    button = section.suggestion_buttons[0]
    panel.activateWindow()
    qtbot.waitUntil(panel.isActiveWindow)
    button.setFocus()
    assert button.hasFocus()
    panel.set_report(busy, colours(plan))  # a colleague's change elsewhere reloads the same week
    assert button.hasFocus()
    with qtbot.waitSignal(panel.slotActivated) as signal:
        qtbot.keyClick(button, Qt.Key.Key_Return)
    assert signal.args == ["Instagram", busy[0].suggestions[0].at]


def test_a_range_shorter_than_the_rule_is_no_breach_and_has_no_marker(
    qtbot: QtBot, plan: Planner, add_post: AddPost
) -> None:
    """1 promotion in 3 posts is 33 %, but "1 in any 5" is not broken: the rule judges, the share is context."""
    plan.set_rule(preset_rule("80-20", platform="Instagram", mode=Mode.WARN))
    add_post("Monday question", 2026, 6, 8, 9, 0)
    add_post("Tuesday tip", 2026, 6, 9, 9, 0, category="Tip")
    add_post("Wednesday offer", 2026, 6, 10, 9, 0, category="Offer")
    panel, _report = show_panel(qtbot, plan)
    section = by_platform(panel)["Instagram"]

    assert section.judge_label.isVisible()
    assert section.judge_label.text() == (
        "At most 1 promotion in any 5 consecutive posts. At least 1 conversation post in any 5 consecutive posts."
    )
    assert section.share_label.text() == "Promotion in this range: 33% of 3 posts."
    assert "allows" not in section.share_label.text()
    assert section.gauge.marker_x() is None  # no whole window of 5 in the range
    assert [label.text() for label in section.breach_labels] == []
    assert section._quiet.text() == "No breach in this range."


def test_a_share_past_the_marker_without_a_breach_hides_the_marker(
    qtbot: QtBot, plan: Planner, add_post: AddPost
) -> None:
    """2 promotions in 8 posts, never 2 in any 5: 25 % is past 1 in 5, yet nothing is broken."""
    plan.set_rule(preset_rule("80-20", platform="Instagram", mode=Mode.WARN))
    sides = ["Question", "Question", "Offer", "Question", "Question", "Question", "Question", "Offer"]
    for day, category in enumerate(sides):
        title = f"{category} {day}"
        add_post(title, 2026, 6, 8 + day // 2, 9 + 4 * (day % 2), 0, category=category)
    panel, report = show_panel(qtbot, plan)
    section = by_platform(panel)["Instagram"]

    assert report[0].breaches == ()
    assert section.share_label.text() == "Promotion in this range: 25% of 8 posts."
    assert section.gauge.marker_x() is None


def _painted_promotion(section: PlatformSection) -> QColor:
    """The colour painted in the middle of the gauge's promotion segment."""
    image = section.gauge.grab().toImage()
    centre = section.gauge.segment_rects()["promotion"].center()
    return image.pixelColor(round(centre.x() * image.devicePixelRatio()), round(centre.y() * image.devicePixelRatio()))


def test_one_promotion_alone_is_drawn_as_context_not_in_the_warning_orange(
    qtbot: QtBot, plan: Planner, add_post: AddPost
) -> None:
    """One promotion out of one post is 100 %, but no window of 5 for the rule to judge: no alarm."""
    plan.set_rule(preset_rule("80-20", platform="Instagram", mode=Mode.WARN))
    add_post("Offer", 2026, 6, 10, 9, 0, category="Offer")
    panel, _report = show_panel(qtbot, plan)
    section = by_platform(panel)["Instagram"]

    assert section._quiet.text() == "No breach in this range."
    painted = _painted_promotion(section)
    assert painted.hslSaturation() < 10  # a neutral grey across the bar
    assert painted != SIDE_COLOURS[Side.PROMOTION]


def test_a_whole_window_within_the_rule_shows_the_marker(qtbot: QtBot, plan: Planner, add_post: AddPost) -> None:
    plan.set_rule(preset_rule("80-20", platform="Instagram", mode=Mode.WARN))
    for day in (8, 9, 10, 11):
        add_post(f"Question {day}", 2026, 6, day, 9, 0)
    add_post("Offer", 2026, 6, 12, 9, 0, category="Offer")
    panel, _report = show_panel(qtbot, plan)
    section = by_platform(panel)["Instagram"]

    assert section.gauge.allowed_share == pytest.approx(1 / 5)
    assert section.gauge.marker_x() is not None
    assert _painted_promotion(section) == SIDE_COLOURS[Side.PROMOTION]  # a window judged: its own orange
