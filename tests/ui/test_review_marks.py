"""Posts in review and approved read at a glance on the week's cards (a ring with a dot, a ring with
a tick, in the card's ink so that it reads in grey scale), and their tooltips say who approved.

The clock is fixed at Wednesday 10 June 2026, 10:00 in Paris (``tests.helpers.ui.NOW``).
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QLocale, Qt
from pytestqt.qtbot import QtBot

from planner import Planner, Status
from planner.model import Post, Role
from planner.session import Clock
from tests.helpers.ui import PARIS, ShowWeek
from ui.agenda.post_table_model import Column, PostTableModel
from ui.week.paint import card_description

AddPost = Callable[..., Post]


def test_cards_in_review_and_approved_carry_the_review_mark(
    qtbot: QtBot, plan: Planner, plan_path: Path, fixed_clock: Clock, add_post: AddPost, show_week: ShowWeek
) -> None:
    plan.review.set_member("lea", Role.APPROVER)
    waiting = add_post("Which notebook do you use?", 2026, 6, 11, 9, 0, status=Status.DRAFT, author="camille")
    approved = add_post("Behind the scenes", 2026, 6, 12, 11, 0, status=Status.DRAFT, author="camille")
    plain = add_post("A draft", 2026, 6, 11, 14, 0, status=Status.DRAFT, author="camille")
    plan.review.submit(waiting.id)
    plan.review.submit(approved.id)
    with Planner.open(plan_path, create=False, clock=fixed_clock, user="lea") as lea:
        lea.review.approve(approved.id)
    view = show_week()
    view.verticalScrollBar().setValue(view.verticalScrollBar().maximum() // 3)
    qtbot.waitUntil(lambda: {waiting.id, approved.id, plain.id} <= set(view.drawn_cards()))
    drawn = view.drawn_cards()
    assert "review" in drawn[waiting.id].marks
    assert "review" in drawn[approved.id].marks
    assert "review" not in drawn[plain.id].marks


def test_the_tooltip_says_who_approved(plan: Planner, plan_path: Path, fixed_clock: Clock, add_post: AddPost) -> None:
    plan.review.set_member("lea", Role.APPROVER)
    post = add_post("Behind the scenes", 2026, 6, 12, 11, 0, status=Status.DRAFT, author="camille")
    plan.review.submit(post.id)
    assert "In review: waiting for an approver." in card_description(plan.get_post(post.id), PARIS, QLocale(), [])
    with Planner.open(plan_path, create=False, clock=fixed_clock, user="lea") as lea:
        lea.review.approve(post.id)
    lines = card_description(plan.get_post(post.id), PARIS, QLocale(), [])
    assert "Status: Approved" in lines
    assert "Approved by lea." in lines


def test_the_agenda_says_who_approved_in_its_status_tooltip(
    plan: Planner, plan_path: Path, fixed_clock: Clock, add_post: AddPost
) -> None:
    plan.review.set_member("lea", Role.APPROVER)
    post = add_post("Behind the scenes", 2026, 6, 12, 11, 0, status=Status.DRAFT, author="camille")
    plan.review.submit(post.id)
    with Planner.open(plan_path, create=False, clock=fixed_clock, user="lea") as lea:
        lea.review.approve(post.id)
    model = PostTableModel(planning_zone="Europe/Paris")
    model.set_posts([plan.get_post(post.id)])
    status = model.index(0, Column.STATUS)
    assert model.data(status) == "Approved"
    assert model.data(status, Qt.ItemDataRole.ToolTipRole) == "Approved by lea."


def test_a_post_sent_back_reads_as_changes_asked_in_french(
    french: None, plan: Planner, plan_path: Path, fixed_clock: Clock, add_post: AddPost
) -> None:
    plan.review.set_member("lea", Role.APPROVER)
    post = add_post("Behind the scenes", 2026, 6, 12, 11, 0, status=Status.DRAFT, author="camille")
    plan.review.submit(post.id)
    assert "En relecture\xa0: attend une approbation." in card_description(plan.get_post(post.id), PARIS, QLocale(), [])
    with Planner.open(plan_path, create=False, clock=fixed_clock, user="lea") as lea:
        lea.review.return_post(post.id, "Plus court")
    lines = card_description(plan.get_post(post.id), PARIS, QLocale(), [])
    assert "Modifications demandées par lea\xa0: voir les commentaires." in lines
