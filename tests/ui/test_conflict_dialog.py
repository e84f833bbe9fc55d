"""The conflict dialog: their version next to mine, and the three choices."""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QPushButton
from pytestqt.qtbot import QtBot

from planner import Planner, PostPatch
from planner.errors import ConflictError
from planner.model import Post, PostFields, Role
from planner.session import Clock
from tests.helpers.ui import PARIS
from ui.dialogs.conflict import ConflictChoice, ConflictDialog
from ui.operations import Editing, PostOperations, Resolution

LEFT = Qt.MouseButton.LeftButton


@pytest.fixture
def theirs(plan: Planner, plan_path: Path, fixed_clock: Clock, add_post: Callable[..., Post]) -> Post:
    """A post Léa edited in her own copy of the app, after Camille opened it."""
    add_post("Which notebook do you use?", 2026, 6, 11, 9, 30, body="Tell us about yours.")
    with Planner.open(plan_path, clock=fixed_clock, user="Léa") as other:
        post = other.list_posts()[0]
        patch = PostPatch(title="Which notebook do you carry?", start=datetime(2026, 6, 12, 18, 0, tzinfo=PARIS))
        return other.edit_post(post.id, patch).posts[0]


def conflict_dialog(qtbot: QtBot, mine: PostPatch | PostFields, theirs: Post | None) -> ConflictDialog:
    dialog = ConflictDialog(mine, theirs)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    return dialog


def cells(dialog: ConflictDialog) -> list[list[str]]:
    model = dialog.table.model()
    return [[model.index(r, c).data() for c in range(model.columnCount())] for r in range(model.rowCount())]


def test_a_real_conflict_carries_what_the_dialog_shows(plan: Planner, theirs: Post) -> None:
    with pytest.raises(ConflictError) as conflict:
        plan.edit_post(theirs.id, PostPatch(title="Mine"), expect_version=theirs.version - 1)
    assert conflict.value.current == theirs


def test_shows_their_author_and_the_fields_that_differ(qtbot: QtBot, theirs: Post) -> None:
    mine = PostPatch(
        title="Which notebook is your favourite?",
        body="Tell us about yours.",  # the same as theirs: not a difference
        start=datetime(2026, 6, 11, 10, 0, tzinfo=PARIS),
    )
    dialog = conflict_dialog(qtbot, mine, theirs)
    assert "Léa" in dialog.who.text()
    assert "Wed 10 Jun 2026, 10:00" in dialog.who.text()  # when Léa saved, at the fixed clock
    assert cells(dialog) == [
        ["Title", "Which notebook do you carry?", "Which notebook is your favourite?"],
        ["Date and time", "Fri 12 Jun 2026, 18:00", "Thu 11 Jun 2026, 10:00"],
    ]
    assert dialog.table.isVisible() and not dialog.same.isVisible()


@pytest.mark.parametrize(
    ("button", "choice"),
    [
        ("theirs_button", ConflictChoice.THEIRS),
        ("mine_button", ConflictChoice.MINE),
        ("edit_button", ConflictChoice.EDIT),
    ],
)
def test_each_button_gives_its_choice(qtbot: QtBot, theirs: Post, button: str, choice: ConflictChoice) -> None:
    dialog = conflict_dialog(qtbot, PostPatch(title="Mine"), theirs)
    clicked = getattr(dialog, button)
    assert isinstance(clicked, QPushButton)
    with qtbot.waitSignal(dialog.finished):
        qtbot.mouseClick(clicked, LEFT)
    assert dialog.choice() is choice
    assert not dialog.isVisible()


def test_escape_edits_again_and_enter_too(qtbot: QtBot, theirs: Post) -> None:
    dialog = conflict_dialog(qtbot, PostPatch(title="Mine"), theirs)
    qtbot.keyClick(dialog, Qt.Key.Key_Escape)
    assert dialog.choice() is ConflictChoice.EDIT  # nothing overwritten, nothing lost
    dialog = conflict_dialog(qtbot, PostPatch(title="Mine"), theirs)
    qtbot.keyClick(dialog.focusWidget() or dialog, Qt.Key.Key_Return)
    assert dialog.choice() is ConflictChoice.EDIT


def test_when_mine_matches_theirs_it_says_so(qtbot: QtBot, theirs: Post) -> None:
    dialog = conflict_dialog(qtbot, PostPatch(title=theirs.title), theirs)
    assert dialog.same.isVisible() and not dialog.table.isVisible()


def test_deleted_meanwhile_offers_recreate_or_discard(qtbot: QtBot) -> None:
    mine = PostPatch(title="Which notebook is your favourite?")
    dialog = conflict_dialog(qtbot, mine, None)
    assert "deleted" in dialog.heading.text()
    assert dialog.edit_button is None
    assert cells(dialog) == [["Title", "Which notebook is your favourite?"]]
    assert dialog.mine_button.text().replace("&", "") == "Recreate mine"
    qtbot.mouseClick(dialog.mine_button, LEFT)
    assert dialog.choice() is ConflictChoice.MINE
    dialog = conflict_dialog(qtbot, mine, None)
    assert dialog.theirs_button.text().replace("&", "") == "Discard mine"
    qtbot.mouseClick(dialog.theirs_button, LEFT)
    assert dialog.choice() is ConflictChoice.THEIRS


def test_full_fields_compare_what_they_set(qtbot: QtBot, theirs: Post) -> None:
    mine = PostFields(platform=theirs.platform, title="Mine", body=theirs.body, start=theirs.start)
    dialog = conflict_dialog(qtbot, mine, theirs)
    # Mine leaves the category unset (None): that is no difference from their "Question".
    assert [row[0] for row in cells(dialog)] == ["Title"]


def test_french_dates(qtbot: QtBot, french: None, theirs: Post) -> None:
    dialog = conflict_dialog(qtbot, PostPatch(start=datetime(2026, 6, 11, 10, 0, tzinfo=PARIS)), theirs)
    assert "mer. 10 juin 2026, 10:00" in dialog.who.text()
    assert cells(dialog)[0][1:] == ["ven. 12 juin 2026, 18:00", "jeu. 11 juin 2026, 10:00"]


@pytest.fixture
def in_review(plan: Planner, add_post: Callable[..., Post]) -> Post:
    """Camille's post, sent for review on a plan that reviews; Léa approves, on the same file."""
    plan.set_member("camille", Role.EDITOR)
    plan.set_member("Léa", Role.APPROVER)
    plan.set_review(True)
    post = add_post("Quiz 2", 2026, 6, 11, 9, 30, body="Three questions.", author="camille")
    return plan.submit_post(post.id).posts[0]


def conflict_seen(qtbot: QtBot, plan: Planner, seen: Post, mine: PostPatch) -> ConflictDialog:
    """Camille saves ``mine`` over the post as she saw it; the dialog the window would show, as it shows it."""
    shown: list[ConflictDialog] = []

    def ask(_parent: object, theirs: Post | None, patch: PostPatch, editing: Editing) -> Resolution:
        dialog = ConflictDialog(patch, theirs, seen=editing.seen, review=editing.review)
        qtbot.addWidget(dialog)
        dialog.show()
        shown.append(dialog)
        return Resolution.THEIRS

    assert PostOperations(plan, None, conflict_asker=ask).edit(seen, mine) is None  # type: ignore[arg-type]
    assert len(shown) == 1
    return shown[0]


def test_a_colleague_s_approval_is_a_status_row_and_overwriting_says_it_goes_back_to_review(
    qtbot: QtBot, plan: Planner, plan_path: Path, fixed_clock: Clock, in_review: Post
) -> None:
    with Planner.open(plan_path, clock=fixed_clock, user="Léa") as lea:
        lea.approve_post(in_review.id)
    dialog = conflict_seen(qtbot, plan, in_review, PostPatch(title="Quiz 2: the answers"))
    assert cells(dialog) == [
        ["Title", "Quiz 2", "Quiz 2: the answers"],
        ["Status", "Approved by Léa", "In review"],
    ]
    assert dialog.back_to_review.isVisible()
    assert dialog.back_to_review.text() == (
        "Overwriting with yours sends it back to review: your text differs from the one Léa approved."
    )
    assert plan.get_post(in_review.id).approved_by == "Léa"  # kept theirs: nothing written


def test_an_approval_with_my_notes_only_is_a_status_row_without_a_way_back_to_review(
    qtbot: QtBot, plan: Planner, plan_path: Path, fixed_clock: Clock, in_review: Post
) -> None:
    with Planner.open(plan_path, clock=fixed_clock, user="Léa") as lea:
        lea.approve_post(in_review.id)
    dialog = conflict_seen(qtbot, plan, in_review, PostPatch(notes="Check the answers"))
    assert cells(dialog) == [["Status", "Approved by Léa", "In review"], ["Notes", "—", "Check the answers"]]
    assert not dialog.back_to_review.isVisible()


def test_a_colleague_s_return_is_a_status_row(
    qtbot: QtBot, plan: Planner, plan_path: Path, fixed_clock: Clock, in_review: Post
) -> None:
    with Planner.open(plan_path, clock=fixed_clock, user="Léa") as lea:
        lea.return_post(in_review.id, "The third question is unclear")
    dialog = conflict_seen(qtbot, plan, in_review, PostPatch(title="Quiz 2, again"))
    assert cells(dialog) == [
        ["Title", "Quiz 2", "Quiz 2, again"],
        ["Status", "Changes requested by Léa", "In review"],
    ]
    assert not dialog.back_to_review.isVisible()  # nothing approved to lose


def test_with_review_off_an_approval_is_shown_and_overwriting_keeps_it(
    qtbot: QtBot, plan: Planner, plan_path: Path, fixed_clock: Clock, in_review: Post
) -> None:
    with Planner.open(plan_path, clock=fixed_clock, user="Léa") as lea:
        lea.approve_post(in_review.id)
        lea.set_review(False)
    dialog = conflict_seen(qtbot, plan, in_review, PostPatch(title="Quiz 2: the answers"))
    assert ["Status", "Approved by Léa", "In review"] in cells(dialog)
    assert not dialog.back_to_review.isVisible()


@pytest.mark.usefixtures("french")
def test_the_status_row_and_the_review_line_in_french(
    qtbot: QtBot, plan: Planner, plan_path: Path, fixed_clock: Clock, in_review: Post
) -> None:
    with Planner.open(plan_path, clock=fixed_clock, user="Léa") as lea:
        lea.approve_post(in_review.id)
    dialog = conflict_seen(qtbot, plan, in_review, PostPatch(title="Quiz 2 : les réponses"))
    assert cells(dialog)[1] == ["Statut", "Approuvée par Léa", "En relecture"]
    assert dialog.back_to_review.text() == (
        "Écraser avec la vôtre la renvoie en relecture\u00a0: votre texte diffère de celui que Léa a approuvé."
    )
