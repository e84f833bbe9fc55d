"""The planner's services, each used alone on an open session, and the facade that holds them."""

from __future__ import annotations

import re
import subprocess
import sys
from collections.abc import Iterator
from datetime import datetime
from pathlib import Path

import pytest

from planner import Planner, PostFields, PostPatch
from planner.balance.checks import BalanceChecks
from planner.balance.reports import BalanceReports
from planner.context import ContextCalendars
from planner.history import PostHistory
from planner.model import ChangeKind, Entity
from planner.posting_hours import PostingHours
from planner.posts import Posts
from planner.reference import ReferenceData
from planner.session import Clock, Session
from planner.sharing.presence import TeamPresence
from planner.timezones import localize

PLANNER = Path(__file__).resolve().parents[2] / "planner"
LAZY = ("reports", "history", "context", "presence", "comparison")


@pytest.fixture
def session(db_path: Path, clock: Clock) -> Iterator[Session]:
    """A bare session: no planner around it."""
    opened = Session.open(db_path, planning_zone="Europe/Paris", clock=clock, user="camille")
    yield opened
    opened.close()


def paris(*wall: int) -> datetime:
    return localize(datetime(*wall), "Europe/Paris")


def test_reference_data_alone(session: Session) -> None:
    reference = ReferenceData(session)

    reference.add_platform("Mastodon", "mastodon")
    reference.add_category("Recipes", "conversation")

    assert [p.name for p in reference.platforms()] == ["Mastodon"]
    assert "Recipes" in [c.name for c in reference.categories()]
    assert [m.name for m in reference.members()] == []


def test_posting_hours_alone(session: Session) -> None:
    hours = PostingHours(session)

    hours.set(8 * 60, 20 * 60)

    assert hours.get() == hours() == (480, 1200)
    assert hours.next_time().tzinfo is not None
    last = session.audit_log(entity=Entity.DATABASE)[-1]
    assert last.action is ChangeKind.EDIT and "posting_hours" in last.summary


def test_posts_balance_and_history_alone(session: Session) -> None:
    reference = ReferenceData(session)
    hours = PostingHours(session)
    balance = BalanceChecks(session, reference, hours)
    posts = Posts(session, reference, balance)
    history = PostHistory(session, posts)
    reference.add_platform("Instagram", "instagram")

    post_id = posts.create_post(PostFields(title="Ask", platform="Instagram", start=paris(2026, 6, 15, 9))).ids[0]
    posts.edit_post(post_id, PostPatch(title="Ask again"))

    assert [p.title for p in posts.list_posts()] == ["Ask again"]
    assert [v.version for v in history.post_history(post_id)] == [1, 2]
    assert history.restore_patch(post_id, 1) == PostPatch(title="Ask")
    assert balance.rule_for("Instagram").platform is None  # the default rule
    assert [b.platform for b in BalanceReports(session, reference, balance, hours).balance_report()] == ["Instagram"]


def test_context_and_presence_alone(session: Session) -> None:
    context = ContextCalendars(session)
    presence = TeamPresence(session)

    assert context.context_calendars() == []
    assert presence.join("Camille")
    assert [p.name for p in presence.present(everyone=True)] == ["Camille"]
    presence.leave()
    assert presence.present(everyone=True) == []


def test_the_planner_holds_its_services(planner: Planner) -> None:
    assert planner.posts.list_posts() == planner.list_posts() == []
    assert planner.reference.platforms() == planner.platforms()
    assert planner.balance.rules() == planner.rules()
    assert planner.posting_hours() == planner.posting_hours.get()
    assert planner.session.path == planner.path
    planner.posting_hours.set(7 * 60, 22 * 60)
    assert planner.posting_hours() == (420, 1320)


def test_services_a_first_look_does_not_need_are_made_on_first_use(planner: Planner) -> None:
    planner.list_posts()
    planner.heartbeat()  # never joined: nothing to renew, nothing made

    assert not set(LAZY) & set(vars(planner))
    assert planner.history is planner.history  # made once


def test_opening_a_plan_and_reading_its_week_imports_no_history_presence_or_exchange(tmp_path: Path) -> None:
    script = (
        "import sys\n"
        "from planner.service import Planner\n"
        "with Planner.open(sys.argv[1], planning_zone='Europe/Paris') as planner:\n"
        "    planner.list_posts(); planner.platforms(); planner.revision()\n"
        "print(' '.join(sorted(m for m in sys.modules if m.startswith('planner.'))))\n"
    )
    done = subprocess.run(
        [sys.executable, "-c", script, str(tmp_path / "plan.sqlite")], capture_output=True, text=True, check=True
    )
    loaded = set(done.stdout.split())

    late = {"planner.history", "planner.context", "planner.sharing.presence", "planner.sharing.comparison"}
    assert not loaded & late
    assert not {m for m in loaded if m.startswith("planner.exchange")}


def test_closing_the_planner_leaves(planner: Planner, db_path: Path, clock: Clock) -> None:
    planner.join("Camille")
    with Planner.open(db_path, clock=clock, user="sam") as other:
        assert [p.name for p in other.present()] == ["Camille"]
        planner.close()
        assert other.present() == []


# What one part of the planner asked of another with a private name when they were mixins of one
# class; a service may keep such a name for itself (``self._audit_post``), never ask another's.
_ONCE_PRIVATE = ("_balance_gate", "_states", "_audit_post", "_platform_row", "_category_row", "_member_row",
                 "_find", "_current", "_recreate", "_rule_of", "_entries", "_side_reach", "_deletions")  # fmt: skip
# A service held by another: reaching past its public face.
_HELD = re.compile(r"\bself\._(session|reference|balance|posts|checks|posting_hours|opener)\._\w+")


def test_no_service_reaches_another_services_private_names() -> None:
    found = []
    for path in sorted(PLANNER.rglob("*.py")):
        for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), start=1):
            code = line.split("#", 1)[0]
            held = _HELD.search(code)
            once = [name for name in _ONCE_PRIVATE if re.search(rf"(?<!\bself)\.{name}\b", code)]
            if held or once:
                found.append(f"{path.relative_to(PLANNER.parent)}:{number}: {line.strip()}")
    assert found == []
