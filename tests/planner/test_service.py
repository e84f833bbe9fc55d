"""Posts, platforms and categories through the planner's public API."""

from __future__ import annotations

import json
from collections.abc import Iterator
from contextlib import contextmanager
from datetime import datetime, timedelta
from zoneinfo import ZoneInfo

import pytest

from planner import NotFoundError, Planner, PostFields, PostPatch, PostQuery, Side, Status, ValidationError
from planner.defaults import MAX_DURATION_MINUTES
from planner.model import ChangeKind, Entity
from planner.session import Clock
from planner.timezones import localize, week_range
from tests.helpers.backends import each_backend, planner_on_each_backend  # noqa: F401 - fixtures on both backends


def paris(*wall: int) -> datetime:
    """An aware time in Europe/Paris, the test file's planning zone."""
    return localize(datetime(*wall), "Europe/Paris")


def add(planner: Planner, title: str = "Ask about favourite recipes", **fields: object) -> int:
    """Create one post (a dated draft on Instagram unless told otherwise); its id."""
    values: dict[str, object] = {"platform": "Instagram", "start": paris(2026, 6, 15, 9, 30)}
    values.update(fields)
    return planner.create_post(PostFields(title=title, **values)).ids[0]  # type: ignore[arg-type]


@contextmanager
def refused(key: str) -> Iterator[pytest.ExceptionInfo[ValidationError]]:
    """Expect the input to be refused as ``key``, an input error (exit 2)."""
    with pytest.raises(ValidationError) as caught:
        yield caught
    assert (caught.value.key, caught.value.exit_code) == (key, 2)


# -- creating ------------------------------------------------------------------


def test_create_returns_the_saved_post_with_the_new_revision(planner: Planner, clock: Clock) -> None:
    before = planner.revision()
    change = planner.create_post(
        PostFields(
            platform="linkedin",
            title="  Behind the scenes of the shop  ",
            category="question",
            start=paris(2026, 6, 15, 9, 30),
        )
    )

    assert change.kind is ChangeKind.CREATE and change.entity is Entity.POST
    assert change.revision == before + 1 == planner.revision()
    [post] = change.posts
    assert change.ids == (post.id,)
    assert post == planner.get_post(post.id)
    assert post.platform == "LinkedIn"  # names are matched whatever their case
    assert post.title == "Behind the scenes of the shop"
    assert (post.category, post.side) == ("Question", Side.CONVERSATION)
    assert post.status is Status.DRAFT  # a dated post with no status is a draft
    assert post.start == paris(2026, 6, 15, 9, 30) and post.timezone == "Europe/Paris"
    assert post.duration_minutes == 30 and post.version == 1
    assert (post.created_at, post.created_by, post.updated_by) == (clock(), "camille", "camille")


def test_an_idea_has_no_date_and_lists_after_dated_posts(planner: Planner) -> None:
    idea = add(planner, "Poll: which flavour next?", start=None)
    dated = add(planner, "Weekly tip")

    assert planner.get_post(idea).status is Status.IDEA
    assert planner.get_post(idea).start is None
    assert [p.id for p in planner.list_posts()] == [dated, idea]
    june = PostQuery(start=paris(2026, 6, 1, 0, 0), end=paris(2026, 7, 1, 0, 0))
    assert [p.id for p in planner.list_posts(june)] == [dated]


@pytest.mark.parametrize("schedule", ["edit", "move"])
def test_an_idea_given_a_date_becomes_a_draft(planner: Planner, schedule: str) -> None:
    idea = add(planner, "Poll: which flavour next?", start=None)
    when = paris(2026, 6, 17, 18, 0)

    if schedule == "edit":
        change = planner.edit_post(idea, PostPatch(start=when))
    else:
        change = planner.move_post(idea, when)

    assert change.posts[0].status is Status.DRAFT
    assert change.posts[0].start == when


def test_a_post_made_an_idea_goes_back_to_the_backlog_without_a_date(planner: Planner) -> None:
    post = add(planner)

    saved = planner.edit_post(post, PostPatch(status=Status.IDEA)).posts[0]

    assert (saved.status, saved.start) == (Status.IDEA, None)


@pytest.mark.parametrize(
    ("status", "start", "key"),
    [
        (Status.IDEA, paris(2026, 6, 15, 9, 0), "error.idea_has_no_date"),
        (Status.READY, None, "error.date_required"),
    ],
)
def test_status_and_date_must_agree(planner: Planner, status: Status, start: datetime | None, key: str) -> None:
    with refused(key):
        add(planner, status=status, start=start)

    assert planner.list_posts() == []


def test_text_over_the_platform_limit_is_fine_for_a_draft_only(planner: Planner) -> None:
    long_text = "a" * 281  # X allows 280

    draft = add(planner, platform="X", body=long_text)
    add(planner, platform="X", body="a" * 280, status=Status.READY)  # exactly the limit is fine
    for status in (Status.READY, Status.SCHEDULED):
        with refused("error.text_over_limit") as caught:
            add(planner, platform="X", body=long_text, status=status)
        assert "281" in caught.value.message and "280" in caught.value.message and "X" in caught.value.message

    with refused("error.text_over_limit"):
        planner.edit_post(draft, PostPatch(status=Status.READY))
    assert planner.get_post(draft).status is Status.DRAFT
    assert planner.get_post(draft).version == 1


def test_an_unknown_platform_lists_the_known_ones(planner: Planner) -> None:
    with pytest.raises(NotFoundError) as caught:
        add(planner, platform="Myspace")

    assert caught.value.exit_code == 2
    assert "Unknown platform “Myspace”" in caught.value.message
    assert caught.value.message.endswith(": Instagram, LinkedIn, X.")


def test_an_unknown_category_lists_the_known_ones(planner: Planner) -> None:
    with pytest.raises(NotFoundError) as caught:
        add(planner, category="Coupon")

    assert caught.value.exit_code == 2
    assert "Unknown category “Coupon”" in caught.value.message
    assert "Question" in caught.value.message and "Offer" in caught.value.message


@pytest.mark.parametrize(
    ("fields", "key"),
    [
        ({"title": ""}, "error.title_required"),
        ({"title": "   "}, "error.title_required"),
        ({"title": "two\nlines"}, "error.title_single_line"),
        ({"title": "\u200b"}, "error.title_required"),  # a zero-width space shows nothing
        ({"title": " \u200e\u2060 "}, "error.title_required"),  # nor do a direction mark and a word joiner
        ({"title": "bell\x07"}, "error.title_control"),
        ({"title": "t" * 201}, "error.title_too_long"),
        ({"link": "www.example.com"}, "error.bad_link"),
        ({"link": "ftp://example.com/file"}, "error.bad_link"),
        ({"link": "https://example.com/a page"}, "error.link_space"),
        ({"duration_minutes": -5}, "error.bad_duration"),
        ({"duration_minutes": MAX_DURATION_MINUTES + 1}, "error.bad_duration"),
        ({"duration_minutes": True}, "error.bad_duration"),
        ({"timezone": "Europe/Atlantis"}, "error.unknown_zone"),
    ],
)
def test_bad_fields_are_refused_and_nothing_is_saved(planner: Planner, fields: dict[str, object], key: str) -> None:
    values = {"platform": "Instagram", "title": "Tip of the week", "start": paris(2026, 6, 15, 9, 0), **fields}
    revision = planner.revision()

    with refused(key):
        planner.create_post(PostFields(**values))  # type: ignore[arg-type]

    assert planner.list_posts() == [] and planner.revision() == revision


def test_an_author_is_added_to_the_members_on_first_use(planner: Planner) -> None:
    first = add(planner, author="Léa Martin")
    add(planner, "Second post", author="  léa   MARTIN ")

    [member] = planner.members()
    assert (member.name, member.initials) == ("Léa Martin", "LM")
    assert planner.get_post(first).author == "Léa Martin"


# -- editing, moving, deleting -------------------------------------------------


def test_edit_changes_only_the_given_fields_and_bumps_the_version(planner: Planner) -> None:
    post = add(planner, body="Tell us!", link="https://example.com/recipes")

    change = planner.edit_post(post, PostPatch(title="Your favourite recipe?", duration_minutes=45))

    assert change.kind is ChangeKind.EDIT and change.ids == (post,)
    saved = change.posts[0]
    assert (saved.title, saved.duration_minutes, saved.version) == ("Your favourite recipe?", 45, 2)
    assert (saved.body, saved.link, saved.start) == (
        "Tell us!",
        "https://example.com/recipes",
        paris(2026, 6, 15, 9, 30),
    )


def test_an_empty_edit_is_refused(planner: Planner) -> None:
    post = add(planner)

    with refused("error.nothing_to_change"):
        planner.edit_post(post, PostPatch())


def test_move_to_another_zone_keeps_the_instant_given(planner: Planner) -> None:
    post = add(planner)
    new_york = localize(datetime(2026, 6, 16, 9, 0), "America/New_York")

    saved = planner.move_post(post, new_york, timezone="America/New_York").posts[0]

    assert saved.timezone == "America/New_York"
    assert saved.start_utc == new_york  # 13:00 UTC
    assert saved.start.hour == 9  # type: ignore[union-attr]


def test_changing_only_the_zone_keeps_the_wall_clock_time(planner: Planner) -> None:
    post = add(planner)  # 09:30 in Paris

    saved = planner.edit_post(post, PostPatch(timezone="America/New_York")).posts[0]

    assert saved.start == localize(datetime(2026, 6, 15, 9, 30), "America/New_York")


def test_the_second_0230_of_an_autumn_night_stays_the_second_when_its_zone_is_given_again(planner: Planner) -> None:
    second = datetime(2026, 10, 25, 2, 30, tzinfo=ZoneInfo("Europe/Paris"), fold=1)  # 02:30 CET, 01:30 UTC
    post = add(planner, start=second, timezone="Europe/Paris")

    same = planner.edit_post(post, PostPatch(timezone="Europe/Paris", title="Same zone")).posts[0]
    brussels = planner.edit_post(post, PostPatch(timezone="Europe/Brussels")).posts[0]

    # Compared as instants: Python never finds a repeated 02:30 equal to a time in another zone.
    assert same.start_utc.timestamp() == second.timestamp()  # type: ignore[union-attr]
    assert brussels.start_utc.timestamp() == second.timestamp()  # type: ignore[union-attr]
    assert brussels.start.utcoffset() == timedelta(hours=1)  # type: ignore[union-attr]


def test_delete_returns_the_deleted_post_and_forgets_it(planner: Planner) -> None:
    post = add(planner)

    change = planner.delete_post(post)

    assert (change.kind, change.ids, change.posts[0].id) == (ChangeKind.DELETE, (post,), post)
    with pytest.raises(NotFoundError, match=f"There is no post {post}"):
        planner.get_post(post)
    with pytest.raises(NotFoundError):
        planner.delete_post(post)


def test_the_audit_log_records_who_did_what_and_why(planner: Planner, clock: Clock) -> None:
    post = add(planner)
    planner.edit_post(post, PostPatch(title="Spring launch"), reason="Approved by Sam")

    created, edited = planner.session.audit_log(entity=Entity.POST, entity_id=post)

    assert (created.action, created.who, created.at, created.reason) == (ChangeKind.CREATE, "camille", clock(), None)
    assert json.loads(created.summary)["title"] == "Ask about favourite recipes"
    assert (edited.action, edited.reason, edited.revision) == (ChangeKind.EDIT, "Approved by Sam", planner.revision())
    assert json.loads(edited.summary)["changed"] == {"title": ["Ask about favourite recipes", "Spring launch"]}


# -- listing -------------------------------------------------------------------


def test_list_by_week_platform_and_status(planner: Planner) -> None:
    monday = add(planner, "Monday question", start=paris(2026, 6, 15, 0, 0))
    sunday = add(planner, "Sunday tip", platform="X", start=paris(2026, 6, 21, 23, 59), status=Status.READY)
    add(planner, "Next Monday", start=paris(2026, 6, 22, 0, 0))  # the first instant of the next week
    add(planner, "Week before", platform="X", start=paris(2026, 6, 14, 23, 59))
    add(planner, "Idea", start=None)
    start, end = week_range(2026, 25, "Europe/Paris")

    def ids(**query: object) -> list[int]:
        return [p.id for p in planner.list_posts(PostQuery(start=start, end=end, **query))]  # type: ignore[arg-type]

    assert ids() == [monday, sunday]
    assert ids(platforms=("x",)) == [sunday]
    assert ids(statuses=(Status.READY, Status.SCHEDULED)) == [sunday]
    assert ids(platforms=("Instagram",), statuses=(Status.READY,)) == []
    with pytest.raises(NotFoundError):
        ids(platforms=("Myspace",))


# -- several at once -----------------------------------------------------------


def test_create_posts_saves_all_or_nothing(planner: Planner) -> None:
    revision = planner.revision()
    batch = [
        PostFields(platform="Instagram", title="One", start=paris(2026, 6, 15, 9, 0), author="Sam"),
        PostFields(platform="Myspace", title="Two", start=paris(2026, 6, 15, 10, 0)),
        PostFields(platform="X", title="Three", start=paris(2026, 6, 15, 11, 0)),
    ]

    with pytest.raises(NotFoundError):
        planner.create_posts(batch)

    assert planner.list_posts() == [] and planner.members() == []
    assert planner.revision() == revision


def test_create_posts_returns_every_new_post_in_one_revision(planner: Planner) -> None:
    group = "launch-2026"
    change = planner.create_posts(
        PostFields(platform=name, title="Launch day", start=paris(2026, 6, 18, 12, 0), group_uid=group)
        for name in ("Instagram", "LinkedIn", "X")
    )

    assert change.revision == planner.revision()
    assert [p.platform for p in change.posts] == ["Instagram", "LinkedIn", "X"]
    assert change.ids == tuple(p.id for p in change.posts)
    assert {p.group_uid for p in planner.list_posts()} == {group}


# -- platforms -----------------------------------------------------------------


def test_a_new_platform_takes_its_kind_defaults(planner: Planner) -> None:
    added = planner.add_platform("Our Mastodon", "Mastodon")

    assert (added.kind, added.text_limit, added.active) == ("mastodon", 500, True)
    assert [p.name for p in planner.platforms()] == ["Instagram", "LinkedIn", "Our Mastodon", "X"]


@pytest.mark.parametrize("name", ["instagram", "INSTAGRAM", " Instagram "])
def test_platform_names_are_unique_whatever_their_case(planner: Planner, name: str) -> None:
    with refused("error.platform_exists"):
        planner.add_platform(name, "instagram")
    with refused("error.platform_exists"):
        planner.edit_platform("X", new_name=name)
    assert [p.name for p in planner.platforms()] == ["Instagram", "LinkedIn", "X"]


def test_edit_platform_renames_it_for_its_posts_too(planner: Planner) -> None:
    post = add(planner, platform="X")

    renamed = planner.edit_platform("x", new_name="Twitter", text_limit=300)

    assert (renamed.name, renamed.text_limit, renamed.version) == ("Twitter", 300, 2)
    assert planner.get_post(post).platform == "Twitter"
    assert planner.edit_platform("Twitter", kind="mastodon").text_limit == 500  # a new kind brings its limit
    assert planner.edit_platform("Twitter", new_name="twitter").name == "twitter"  # its own name, new case


def test_a_platform_with_posts_cannot_be_removed(planner: Planner) -> None:
    post = add(planner, platform="LinkedIn")

    with refused("error.platform_in_use") as caught:
        planner.remove_platform("LinkedIn")
    assert "LinkedIn" in caught.value.message and "1" in caught.value.message

    planner.delete_post(post)
    change = planner.remove_platform("linkedin")
    assert (change.kind, change.entity) == (ChangeKind.DELETE, Entity.PLATFORM)
    assert [p.name for p in planner.platforms()] == ["Instagram", "X"]


# -- categories ----------------------------------------------------------------


def test_categories_add_edit_and_remove(planner: Planner) -> None:
    planner.add_category("Ask me anything", "conversation")
    post = add(planner, category="ask me anything")

    edited = planner.edit_category("Ask me anything", new_name="AMA", side=Side.INFORMATION)

    assert (edited.name, edited.side, edited.version) == ("AMA", Side.INFORMATION, 2)
    assert (planner.get_post(post).category, planner.get_post(post).side) == ("AMA", Side.INFORMATION)
    with refused("error.category_in_use"):
        planner.remove_category("AMA")
    planner.edit_post(post, PostPatch(category=None))
    planner.remove_category("ama")
    assert "AMA" not in [c.name for c in planner.categories()]


def test_category_names_are_unique_whatever_their_case(planner: Planner) -> None:
    planner.add_category("Événement", "information")

    with refused("error.category_exists"):
        planner.add_category("NEWS", "information")
    with refused("error.category_exists"):
        planner.add_category("événement", "information")
    # Accented capitals are letters like any other when matching a name.
    assert planner.get_post(add(planner, category="ÉVÉNEMENT")).category == "Événement"


def test_an_unknown_side_is_refused_with_the_known_ones(planner: Planner) -> None:
    with refused("error.unknown_side") as caught:
        planner.add_category("Coupon", "sales")
    assert "conversation, information, promotion" in caught.value.message


def test_a_rehearsed_change_is_judged_but_not_saved(planner: Planner) -> None:
    from datetime import datetime
    from zoneinfo import ZoneInfo

    paris = ZoneInfo("Europe/Paris")
    revision = planner.revision()
    verdict = planner.preview_create(
        PostFields(platform="X", title="Offer", category="Offer", start=datetime(2026, 6, 1, 9, tzinfo=paris))
    )
    assert verdict.ok
    assert planner.revision() == revision and planner.list_posts() == []


def test_a_deleted_post_can_be_restored_with_its_uid_once(planner: Planner) -> None:
    from datetime import datetime
    from zoneinfo import ZoneInfo

    from planner.errors import ConflictError

    paris = ZoneInfo("Europe/Paris")
    created = planner.create_post(
        PostFields(platform="X", title="Keep me", category="Question", start=datetime(2026, 6, 1, 9, tzinfo=paris))
    ).posts[0]
    planner.delete_post(created.id)
    restored = planner.create_post(PostFields.of(created)).posts[0]
    assert (restored.uid, restored.title, restored.start_utc) == (created.uid, created.title, created.start_utc)
    with pytest.raises(ConflictError):
        planner.create_post(PostFields.of(created))
    undone = planner.edit_post(restored.id, PostPatch.back_to(created)).posts[0]
    assert undone.title == "Keep me"


def test_a_deletion_undone_brings_the_post_back_with_its_id(planner: Planner) -> None:
    first, second = add(planner, "First"), add(planner, "Second")
    deleted = planner.delete_post(first).posts[0]

    back = planner.undelete_post(deleted, reason="undo").posts[0]
    newer = add(planner, "Newer")

    assert (back.id, back.uid, back.version, back.created_at) == (first, deleted.uid, 2, deleted.created_at)
    assert newer not in (first, second)  # new posts still get new ids
    assert sorted(p.title for p in planner.list_posts()) == ["First", "Newer", "Second"]


def test_a_batch_with_given_uids_refuses_one_taken_or_given_twice_and_saves_nothing(planner: Planner) -> None:
    from planner.errors import ConflictError

    existing = planner.create_post(PostFields(platform="X", title="Here first", uid="a" * 32)).posts[0]
    batches = (
        [PostFields(platform="X", title=f"New {n}", uid=f"{n:032x}") for n in range(1, 600)]
        + [PostFields(platform="X", title="Clash", uid=existing.uid)],
        [PostFields(platform="X", title="One", uid="b" * 32), PostFields(platform="X", title="Two", uid="b" * 32)],
    )
    for batch in batches:
        with pytest.raises(ConflictError):
            planner.create_posts(batch)
        assert [p.title for p in planner.list_posts()] == ["Here first"]
    created = planner.create_posts(
        [PostFields(platform="X", title=f"Fine {n}", uid=f"{n:032x}") for n in range(1, 600)]
    )
    assert len(created.ids) == 599


def test_a_plan_has_posts_from_its_first_idea_on(planner: Planner) -> None:
    assert not planner.has_posts()  # platforms and categories alone are no post

    idea = add(planner, status=Status.IDEA, start=None)

    assert planner.has_posts()
    planner.delete_post(idea)
    assert not planner.has_posts()
