"""The review's actions of ``dialogos post``: ``submit``, ``approve``, ``return``, ``comment``
and ``comments``, and ``--skip-review`` for ``add``, ``edit`` and ``move``.

The core decides (roles, the plan's setting, versions); these only read the command line and
print what was saved, as ``post edit`` does.
"""

from __future__ import annotations

import argparse
import contextlib
from collections.abc import Callable, Iterator
from typing import TYPE_CHECKING

from planner.cli import render, review_render
from planner.cli.arguments import Parser, Subcommands, expect_version, formats, integer, status_word
from planner.i18n import tr
from planner.model import Change, Role, Status

if TYPE_CHECKING:
    from planner.cli.console import Console
    from planner.service import Planner

Show = Callable[["Planner", argparse.Namespace, "Console", int], int]
Handler = Callable[["Planner", argparse.Namespace, "Console"], int]


STATUSES = [s.value for s in Status]
__all__ = ["STATUSES", "add_actions", "handlers", "skip_review", "status_word", "waived_if"]


def skip_review(sub: Parser) -> None:
    """--skip-review: an approver schedules a post that was not approved, and says so (audited)."""
    sub.add_argument("--skip-review", action="store_true", help=tr("team.help_skip_review"))


@contextlib.contextmanager
def waived_if(planner: Planner, args: argparse.Namespace) -> Iterator[None]:
    """Inside, the write runs as ``--skip-review`` asks: waived by an approver, or not at all."""
    if getattr(args, "skip_review", False):
        with planner.review.waived():
            yield
    else:
        yield


def add_actions(actions: Subcommands) -> None:
    """Declare the review's actions among ``post``'s."""
    submit = actions.add("submit", "team.help_submit")
    submit.add_argument("id", type=integer, metavar="ID")
    submit.add_argument("--comment", default="", metavar=tr("cli.metavar_text"), help=tr("team.help_submit_comment"))
    expect_version(submit)
    formats(submit)

    approve = actions.add("approve", "team.help_approve")
    approve.add_argument("id", type=integer, metavar="ID")
    approve.add_argument("--comment", default="", metavar=tr("cli.metavar_text"), help=tr("team.help_approve_comment"))
    expect_version(approve)
    formats(approve)

    back = actions.add("return", "team.help_return")
    back.add_argument("id", type=integer, metavar="ID")
    back.add_argument("--comment", required=True, metavar=tr("cli.metavar_text"), help=tr("team.help_return_comment"))
    expect_version(back)
    formats(back)

    comment = actions.add("comment", "team.help_comment")
    comment.add_argument("id", type=integer, metavar="ID")
    comment.add_argument("text", metavar=tr("cli.metavar_text"), help=tr("team.help_comment_text"))
    formats(comment)

    thread = actions.add("comments", "team.help_comments")
    thread.add_argument("id", type=integer, metavar="ID")
    formats(thread)


def handlers(show: Show) -> dict[str, Handler]:
    """The actions' handlers; ``show`` prints the saved post as ``post show`` does."""

    def step(do: Callable[[Planner, argparse.Namespace], Change]) -> Handler:
        def run(planner: Planner, args: argparse.Namespace, console: Console) -> int:
            change = do(planner, args)
            if args.format != "json":
                print(tr(f"team.done_{args.action}", id=args.id, version=change.posts[0].version), file=console.out)
            code = show(planner, args, console, args.id)
            if args.action == "submit":
                _warn_if_stuck(planner, args.id, console)
            return code

        return run

    return {
        "submit": step(lambda p, a: p.submit_post(a.id, comment=a.comment, expect_version=a.expect_version)),
        "approve": step(lambda p, a: p.approve_post(a.id, comment=a.comment, expect_version=a.expect_version)),
        "return": step(lambda p, a: p.return_post(a.id, a.comment, expect_version=a.expect_version)),
        "comment": _comment,
        "comments": _comments,
    }


def _warn_if_stuck(planner: Planner, post_id: int, console: Console) -> None:
    """A post sent for review that no one may approve would wait for ever: say so, and how."""
    if planner.approvers_for(post_id):
        return
    approvers = [m.name for m in planner.team() if m.role is Role.APPROVER]
    if approvers:
        message = tr("team.only_approver_is_author", name=", ".join(approvers))
    else:
        message = tr("team.nobody_approves")
    print(tr("cli.warning", message=message), file=console.err)


def _comment(planner: Planner, args: argparse.Namespace, console: Console) -> int:
    said = planner.comment_post(args.id, args.text)
    text = review_render.comment_text(said, planner.planning_zone)
    render.result(console.out, args, review_render.comment_record(said), text)
    for word in planner.review.mentions_in(args.text)[1]:
        print(tr("cli.warning", message=tr("team.unknown_mention", word=word)), file=console.err)
    for word, members in planner.review.ambiguous_in(args.text).items():
        warning = tr("team.ambiguous_mention", word=word, names=tr("team.or").join(members))
        print(tr("cli.warning", message=warning), file=console.err)
    return 0


def _comments(planner: Planner, args: argparse.Namespace, console: Console) -> int:
    planner.get_post(args.id)  # a post that does not exist is an error, not an empty thread
    thread = planner.comments(args.id)
    render.result(
        console.out,
        args,
        [review_render.comment_record(c) for c in thread],
        review_render.comments_table(thread, planner.planning_zone),
    )
    return 0
