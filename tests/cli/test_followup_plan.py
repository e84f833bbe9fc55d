"""``dialogos followup plan ID``: the draft a promised post waits for, on its platform at its due
time, linked so that publishing it keeps the promise. Posts far in the future: the real clock."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from tests.helpers.cli import Run

AddPost = Callable[..., dict[str, Any]]


def _promise(cli: Run, add_post: AddPost, kind: str = "post") -> dict[str, Any]:
    poll = add_post("Which winter book?", "--at", "2090-06-01 09:00")
    result = cli("followup", "add", poll["id"], "--kind", kind, "--after", "3d", "--format", "json")
    assert result.code == 0, result.err
    return result.json  # type: ignore[no-any-return]


def test_plan_makes_the_linked_draft_and_publishing_it_keeps_the_promise(cli: Run, add_post: AddPost) -> None:
    promise = _promise(cli, add_post)
    planned = cli("followup", "plan", promise["id"], "--expect-version", "1")
    assert planned.code == 0, planned.err
    assert "“Results: Which winter book?” is planned as a draft" in planned.out
    linked = cli("followup", "list", "--format", "json").json[0]
    draft = cli("post", "show", linked["kept_by_post"], "--format", "json").json
    assert (draft["platform"], draft["status"], draft["start"]) == ("Instagram", "draft", "2090-06-04T09:00:00+02:00")
    assert cli("post", "edit", draft["id"], "--status", "published").code == 0
    assert cli("followup", "list", "--format", "json").json[0]["status"] == "kept"


def test_plan_refuses_another_kind_or_a_stale_version_and_writes_nothing(cli: Run, add_post: AddPost) -> None:
    replies = _promise(cli, add_post, kind="replies")
    refused = cli("followup", "plan", replies["id"])
    assert refused.code == 2 and "Only a promised post can be planned" in refused.err
    promise = _promise(cli, add_post)
    stale = cli("followup", "plan", promise["id"], "--expect-version", "7")
    assert stale.code == 4
    assert len(cli("post", "list", "--format", "json").json) == 2
