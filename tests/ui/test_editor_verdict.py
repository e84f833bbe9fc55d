"""One verdict everywhere: the editor of a post marked ⚠ on its card says the breaches the post is in
now, then what the change does; it never reads "No balance rule broken" beside a marked card."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from datetime import datetime
from typing import Any

import pytest
from pytestqt.qtbot import QtBot

from planner import Planner
from planner.balance.rules import Mode, preset_rule
from planner.demo import plan_demo
from planner.model import Post, PostQuery
from tests.helpers.ui import NOW, PARIS
from ui.editor.fields import VerdictState
from ui.editor.post_editor import PostEditor
from ui.window.main_window import MainWindow
from ui.window.titles import messages_by_post

AddPost = Callable[..., Post]
OpenEditor = Callable[..., PostEditor]


@pytest.fixture
def open_editor(qtbot: QtBot, plan: Planner) -> Iterator[OpenEditor]:
    editors: list[PostEditor] = []

    def open_(**options: Any) -> PostEditor:
        editor = PostEditor(plan, **options)
        qtbot.addWidget(editor)
        editor.resize(640, 720)
        editor.show()
        qtbot.waitExposed(editor)
        editors.append(editor)
        return editor

    yield open_
    for editor in editors:
        editor.reject()


@pytest.fixture
def two_promotions(plan: Planner, add_post: AddPost) -> dict[str, Post]:
    """80/20 warns on Instagram; four questions then two promotions in 2026-W24: the last five are in a breach."""
    plan.set_rule(preset_rule("80-20", platform="Instagram", mode=Mode.WARN))
    posts = [add_post(f"Question {day}", 2026, 6, day, 9, 0) for day in (8, 9, 10, 11)]
    posts.append(add_post("Friday launch", 2026, 6, 12, 9, 0, category="Launch"))
    posts.append(add_post("Saturday offer", 2026, 6, 13, 9, 0, category="Offer"))
    return {post.title: post for post in posts}


def card_messages(plan: Planner, post: Post) -> list[str]:
    """What the week's card of ``post`` names in its mark's tooltip."""
    week = (datetime(2026, 6, 8, tzinfo=PARIS), datetime(2026, 6, 15, tzinfo=PARIS))
    breaches = [b for balance in plan.balance_report(*week) for b in balance.breaches]
    return messages_by_post(breaches, [post.id]).get(post.id, [])


def test_the_editor_of_a_marked_post_names_its_breaches_now(
    plan: Planner, two_promotions: dict[str, Post], open_editor: OpenEditor
) -> None:
    offer = two_promotions["Saturday offer"]
    editor = open_editor(post=offer)
    panel = editor.verdict_panel

    assert card_messages(plan, offer)  # the card shows ⚠
    assert panel.now_heading_label.isVisible()
    assert panel.now_heading_label.text() == "Now: this post is in 1 balance breach, as its card shows."
    assert panel.now_label.text().splitlines() == card_messages(plan, offer)
    # Nothing typed yet: the change adds nothing, and does not say "No balance rule broken".
    assert panel.heading() == "This change adds no breach."
    assert panel.state is VerdictState.CLEAR
    assert "No balance rule broken" not in panel.accessibleDescription()
    assert card_messages(plan, offer)[0] in panel.accessibleDescription()


def test_a_change_that_adds_a_breach_says_both(
    plan: Planner, two_promotions: dict[str, Post], open_editor: OpenEditor
) -> None:
    question = two_promotions["Question 11"]  # in the window of the two promotions already
    editor = open_editor(post=question)
    panel = editor.verdict_panel
    assert panel.heading() == "This change adds no breach."

    editor.category_combo.setCurrentIndex(editor.category_combo.findText("Offer"))  # a third promotion
    editor.refresh_verdict()

    assert panel.state is VerdictState.WARNING
    assert panel.heading() == "Warning: this change breaks a balance rule."
    assert panel.now_label.isVisible()  # and what the post is in now, still
    assert panel.now_label.text().splitlines() == card_messages(plan, question)


def test_a_change_that_only_retitles_adds_nothing(
    plan: Planner, two_promotions: dict[str, Post], open_editor: OpenEditor
) -> None:
    editor = open_editor(post=two_promotions["Saturday offer"])

    editor.title_edit.setText("Saturday offer, again")
    editor.refresh_verdict()

    assert editor.verdict_panel.heading() == "This change adds no breach."
    assert editor.verdict_panel.now_label.isVisible()


def test_a_post_in_no_breach_reads_no_rule_broken(
    plan: Planner, two_promotions: dict[str, Post], open_editor: OpenEditor
) -> None:
    first = two_promotions["Question 8"]
    assert card_messages(plan, first) == []
    editor = open_editor(post=first)
    panel = editor.verdict_panel

    assert not panel.now_heading_label.isVisible()
    assert not panel.now_label.isVisible()
    assert panel.heading() == "No balance rule broken."


def test_a_new_post_has_no_breach_now(plan: Planner, open_editor: OpenEditor) -> None:
    editor = open_editor(start=datetime(2026, 6, 8, 9, tzinfo=PARIS))

    assert editor.verdict_panel.breaches_now() == ()
    assert not editor.verdict_panel.now_label.isVisible()


def test_a_change_that_takes_the_post_out_of_its_breaches_says_so(
    plan: Planner, two_promotions: dict[str, Post], open_editor: OpenEditor
) -> None:
    offer = two_promotions["Saturday offer"]
    editor = open_editor(post=offer)

    editor.category_combo.setCurrentIndex(editor.category_combo.findText("Question"))  # no longer a promotion
    editor.refresh_verdict()

    panel = editor.verdict_panel
    assert panel.heading() == "This change takes the post out of these breaches."
    assert panel.state is VerdictState.CLEAR
    assert panel.now_label.text().splitlines() == card_messages(plan, offer)  # what it is in until saved


def test_the_editor_says_it_in_french(
    plan: Planner, two_promotions: dict[str, Post], french: None, open_editor: OpenEditor
) -> None:
    offer = two_promotions["Saturday offer"]
    editor = open_editor(post=offer)
    panel = editor.verdict_panel

    assert panel.now_heading_label.text() == (
        "Actuellement\u00a0: cette publication fait partie de 1 infraction aux règles d’équilibre, "
        "comme l’indique sa carte."
    )
    assert panel.heading() == "Cette modification n’ajoute aucune infraction."
    assert panel.now_label.text().startswith("Sur Instagram")


def _card_warnings(window: MainWindow, post: Post) -> list[str]:
    """The breach messages of ``post``'s card in the week, as its tooltip and screen reader say them."""
    window.week_view.select_post(post.id)
    lines = window.week_view.accessibleDescription().splitlines()
    return [line.removeprefix("⚠ ") for line in lines if line.startswith("⚠ ")]


@pytest.mark.parametrize("seed", [3, 7, 11])
def test_on_the_demo_every_post_s_editor_names_what_its_card_shows(
    qtbot: QtBot, plan: Planner, make_window: Callable[[], MainWindow], open_editor: OpenEditor, seed: int
) -> None:
    """The demo's breaches run across days and weeks: a post's card (read with its week) and its
    editor (read for the post alone) name the same breaches, in the same words."""
    plan_demo(plan, weeks=3, seed=seed, today=NOW.date())
    window = make_window()
    first, last = window.visible_days()
    week = [
        post
        for post in plan.list_posts(PostQuery())
        if post.start is not None and first <= post.start.astimezone(NOW.tzinfo).date() <= last
    ]
    marked = 0
    for post in week:
        card = _card_warnings(window, post)
        panel = open_editor(post=post).verdict_panel
        assert panel.now_label.text().splitlines() == card, post.title
        assert panel.now_heading_label.isVisibleTo(panel) == bool(card), post.title
        marked += bool(card)
    assert marked  # the demo's week breaks rules, so the test compares something
