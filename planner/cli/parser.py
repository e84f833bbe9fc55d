"""The command line of PRODUCT.md, with help and usage errors in the user's language."""

from __future__ import annotations

import argparse
from collections.abc import Callable
from typing import NoReturn

from planner import __version__
from planner.balance.rules import PRESETS, Mode
from planner.errors import ValidationError
from planner.i18n import LANGUAGES, language, tr
from planner.model import Side, Status

FORMATS = ("table", "json")
# The arguments that name files (any bytes make a file's name); every other value is text.
PATH_ARGUMENTS = frozenset({"db", "destination", "source", "file"})

# argparse builds its own sentences with gettext; these are the ones a user
# meets, so usage errors read in French too.
_ARGPARSE_FR = {
    "usage: ": "utilisation : ",
    "positional arguments": "arguments",
    "options": "options",
    "show this help message and exit": "affiche cette aide et quitte",
    "unrecognized arguments: %s": "arguments inconnus : %s",
    "the following arguments are required: %s": "arguments obligatoires manquants : %s",
    "expected one argument": "une valeur est attendue",
    "invalid choice: %(value)r (choose from %(choices)s)": "choix invalide : %(value)r (possibles : %(choices)s)",
    "argument %(argument_name)s: %(message)s": "argument %(argument_name)s : %(message)s",
    "invalid %(type)s value: %(value)r": "valeur invalide : %(value)r",
    "not allowed with argument %s": "incompatible avec l’argument %s",
    "one of the arguments %s is required": "l’un des arguments %s est obligatoire",
    "ambiguous option: %(option)s could match %(matches)s": "option ambiguë : %(option)s peut désigner %(matches)s",
    "show program's version number and exit": "affiche la version et quitte",
}


def _argparse_text(message: str) -> str:
    return _ARGPARSE_FR.get(message, message) if language() == "fr" else message


argparse._ = _argparse_text  # type: ignore[attr-defined]


class UsageError(ValidationError):
    """A command line that does not parse (exit 2)."""


class Parser(argparse.ArgumentParser):
    """Usage errors become one-line errors raised, not printed: the caller
    prints them like every other error, in the user's language."""

    def error(self, message: str) -> NoReturn:
        raise UsageError("cli.usage_error", detail=message, prog=self.prog)


def _int(text: str) -> int:
    try:
        return int(text)
    except ValueError:
        raise argparse.ArgumentTypeError(tr("cli.not_a_number", value=text)) from None


def _not_empty(message: str) -> Callable[[str], str]:
    """A value that must be there: an empty one (an unset variable in a script) is the error
    ``message`` says, not an idea or the default."""

    def given(text: str) -> str:
        if not text.strip():
            raise argparse.ArgumentTypeError(tr(message))
        return text

    return given


_moment_text = _not_empty("cli.empty_moment")
_given_text = _not_empty("cli.empty_value")


def _float(text: str) -> float:
    try:
        return float(text.replace(",", "."))
    except ValueError:
        raise argparse.ArgumentTypeError(tr("cli.not_a_number", value=text)) from None


def _limit(text: str) -> int | None:
    return None if text.strip().lower() in ("none", "aucune", "0", "") else _int(text)


def build_parser(*, commands_too: bool = True) -> Parser:
    """The whole command line; help texts are in the current language.

    Without ``commands_too``, only the options of ``dialogos`` itself (the app's
    start parses no more: the commands' parsers take a while to build).
    """

    def global_options(parser: Parser, default: object) -> Parser:
        parser.add_argument("--db", metavar=tr("cli.metavar_path"), help=tr("cli.help_db"), default=default)
        parser.add_argument("--lang", choices=LANGUAGES, help=tr("cli.help_lang"), default=default)
        parser.add_argument(
            "--debug", action="store_true", help=tr("cli.help_debug"), default=False if default is None else default
        )
        return parser

    # The options go before or after the command. Subcommands get their own
    # copies whose default is SUPPRESS, so they never undo a value given
    # before the command (argparse shares a parent's actions between parsers).
    common = global_options(Parser(add_help=False), argparse.SUPPRESS)
    root = global_options(Parser(prog="dialogos", description=tr("cli.description")), None)
    root.add_argument("--version", action="version", version=f"Dialogos {__version__}", help=tr("cli.help_version"))
    root.set_defaults(command=None, action=None)
    if not commands_too:
        return root
    commands = root.add_subparsers(dest="command", metavar=tr("cli.metavar_command"), parser_class=Parser)

    def command(parent: argparse._SubParsersAction[Parser], name: str, help_key: str) -> Parser:
        return parent.add_parser(name, help=tr(help_key), description=tr(help_key), parents=[common])

    def formats(sub: Parser) -> None:
        sub.add_argument("--format", choices=FORMATS, default="table", help=tr("cli.help_format"))

    demo = command(commands, "demo", "cli.help_demo")
    demo.add_argument("--weeks", type=_int, metavar=tr("cli.metavar_number"), default=3, help=tr("cli.help_demo_weeks"))
    demo.add_argument("--posts", type=_int, metavar=tr("cli.metavar_number"), help=tr("cli.help_demo_posts"))
    demo.add_argument("--seed", type=_int, metavar=tr("cli.metavar_number"), help=tr("cli.help_demo_seed"))

    _platform_commands(command(commands, "platform", "cli.help_platform"), command, formats)
    _category_commands(command(commands, "category", "cli.help_category"), command, formats)
    _post_commands(command(commands, "post", "cli.help_post"), command, formats)
    _rules_commands(command(commands, "rules", "cli.help_rules"), command, formats)

    balance = command(commands, "balance", "cli.help_balance")
    _range_options(balance)
    _platform_filter(balance)
    balance.add_argument("--check", action="store_true", help=tr("cli.help_balance_check"))
    formats(balance)

    exporting = command(commands, "export", "cli.help_export")
    export_actions = exporting.add_subparsers(dest="action", metavar=tr("cli.metavar_format"), required=True)
    importing = command(commands, "import", "cli.help_import")
    import_actions = importing.add_subparsers(dest="action", metavar=tr("cli.metavar_format"), required=True)
    from planner.cli import exchange_csv, exchange_ics  # they import this module: not at the top

    for module in (exchange_ics, exchange_csv):
        module.add_export(export_actions, command)
        module.add_import(import_actions, command)

    database = command(commands, "db", "cli.help_db_all")
    actions = database.add_subparsers(dest="action", metavar=tr("cli.metavar_action"), required=True)
    formats(command(actions, "info", "cli.help_db_info"))
    command(actions, "check", "cli.help_db_check")
    backup = command(actions, "backup", "cli.help_db_backup")
    backup.add_argument("destination", nargs="?", metavar=tr("cli.metavar_dest"), help=tr("cli.help_db_backup_dest"))
    formats(command(actions, "backups", "cli.help_db_backups"))
    restore = command(actions, "restore", "cli.help_db_restore")
    restore.add_argument("source", metavar=tr("cli.metavar_source"), help=tr("cli.help_db_restore_source"))
    compare = command(actions, "compare", "cli.help_db_compare")
    compare.add_argument("other", metavar=tr("cli.metavar_other"), help=tr("cli.help_db_compare_other"))
    formats(compare)
    return root


def _platform_fields(sub: Parser, *, adding: bool) -> None:
    """--kind (needed to add a platform), --colour and --limit."""
    sub.add_argument("--kind", required=adding, metavar=tr("cli.metavar_kind"), help=tr("cli.help_platform_kind"))
    colour = tr("cli.metavar_colour")
    sub.add_argument("--colour", "--color", dest="colour", metavar=colour, help=tr("cli.help_colour"))
    number, limit = tr("cli.metavar_number"), tr("cli.help_platform_limit")
    sub.add_argument("--limit", type=_limit, metavar=number, default=argparse.SUPPRESS, help=limit)


def _platform_commands(platform: Parser, command, formats) -> None:  # type: ignore[no-untyped-def]
    actions = platform.add_subparsers(dest="action", metavar=tr("cli.metavar_action"), required=True)
    formats(command(actions, "list", "cli.help_platform_list"))
    add = command(actions, "add", "cli.help_platform_add")
    add.add_argument("name", metavar=tr("cli.metavar_name"))
    _platform_fields(add, adding=True)
    formats(add)
    edit = command(actions, "edit", "cli.help_platform_edit")
    edit.add_argument("name", metavar=tr("cli.metavar_name"))
    edit.add_argument("--name", dest="new_name", metavar=tr("cli.metavar_name"), help=tr("cli.help_new_name"))
    _platform_fields(edit, adding=False)
    active = edit.add_mutually_exclusive_group()
    active.add_argument("--active", dest="active", action="store_true", default=None, help=tr("cli.help_active"))
    active.add_argument("--inactive", dest="active", action="store_false", help=tr("cli.help_inactive"))
    formats(edit)
    remove = command(actions, "rm", "cli.help_platform_rm")
    remove.add_argument("name", metavar=tr("cli.metavar_name"))


def _category_commands(category: Parser, command, formats) -> None:  # type: ignore[no-untyped-def]
    actions = category.add_subparsers(dest="action", metavar=tr("cli.metavar_action"), required=True)
    formats(command(actions, "list", "cli.help_category_list"))
    add = command(actions, "add", "cli.help_category_add")
    add.add_argument("name", metavar=tr("cli.metavar_name"))
    add.add_argument("--side", required=True, choices=[s.value for s in Side], help=tr("cli.help_side"))
    formats(add)
    edit = command(actions, "edit", "cli.help_category_edit")
    edit.add_argument("name", metavar=tr("cli.metavar_name"))
    edit.add_argument("--name", dest="new_name", metavar=tr("cli.metavar_name"), help=tr("cli.help_new_name"))
    edit.add_argument("--side", choices=[s.value for s in Side], help=tr("cli.help_side"))
    formats(edit)
    remove = command(actions, "rm", "cli.help_category_rm")
    remove.add_argument("name", metavar=tr("cli.metavar_name"))


def _post_fields(sub: Parser, *, adding: bool) -> None:
    text = tr("cli.metavar_text")
    sub.add_argument("--platform", required=adding, metavar=tr("cli.metavar_name"), help=tr("cli.help_post_platform"))
    sub.add_argument("--title", required=adding, metavar=text, help=tr("cli.help_post_title"))
    sub.add_argument("--at", type=_moment_text, metavar=tr("cli.metavar_datetime"), help=tr("cli.help_post_at"))
    sub.add_argument("--tz", type=_given_text, metavar=tr("cli.metavar_zone"), help=tr("cli.help_post_tz"))
    sub.add_argument("--category", metavar=tr("cli.metavar_name"), help=tr("cli.help_post_category"))
    sub.add_argument("--body", metavar=text, help=tr("cli.help_post_body"))
    sub.add_argument("--status", choices=[s.value for s in Status], help=tr("cli.help_post_status"))
    sub.add_argument("--duration", type=_int, metavar="MIN", help=tr("cli.help_post_duration"))
    sub.add_argument("--author", metavar=tr("cli.metavar_name"), help=tr("cli.help_post_author"))
    sub.add_argument("--campaign", metavar=text, help=tr("cli.help_post_campaign"))
    sub.add_argument("--link", metavar="URL", help=tr("cli.help_post_link"))
    sub.add_argument("--notes", metavar=text, help=tr("cli.help_post_notes"))


def _range_options(sub: Parser) -> None:
    when = sub.add_mutually_exclusive_group()
    when.add_argument("--week", metavar=tr("cli.metavar_week"), help=tr("cli.help_week"))
    when.add_argument("--from", dest="date_from", metavar=tr("cli.metavar_date"), help=tr("cli.help_from"))
    sub.add_argument("--to", dest="date_to", metavar=tr("cli.metavar_date"), help=tr("cli.help_to"))


def _rules_commands(rules: Parser, command, formats) -> None:  # type: ignore[no-untyped-def]
    actions = rules.add_subparsers(dest="action", metavar=tr("cli.metavar_action"), required=True)
    formats(command(actions, "list", "cli.help_rules_list"))
    formats(command(actions, "presets", "cli.help_rules_presets"))
    setting = command(actions, "set", "cli.help_rules_set")
    setting.add_argument("--platform", metavar=tr("cli.metavar_name"), help=tr("cli.help_rules_platform"))
    setting.add_argument("--preset", choices=list(PRESETS), help=tr("cli.help_rules_preset"))
    setting.add_argument("--window", type=_int, metavar=tr("cli.metavar_number"), help=tr("cli.help_rules_window"))
    setting.add_argument(
        "--max-promotion", type=_int, metavar=tr("cli.metavar_number"), help=tr("cli.help_rules_max_promotion")
    )
    setting.add_argument(
        "--min-conversation", type=_int, metavar=tr("cli.metavar_number"), help=tr("cli.help_rules_min_conversation")
    )
    setting.add_argument(
        "--max-promo-streak", type=_int, metavar=tr("cli.metavar_number"), help=tr("cli.help_rules_max_promo_streak")
    )
    setting.add_argument(
        "--min-promo-gap-hours",
        type=_float,
        metavar=tr("cli.metavar_hours"),
        help=tr("cli.help_rules_min_promo_gap_hours"),
    )
    setting.add_argument("--mode", choices=[m.value for m in Mode], help=tr("cli.help_rules_mode"))
    setting.add_argument("--expect-version", type=_int, metavar="V", help=tr("cli.help_rule_expect_version"))
    formats(setting)
    unset = command(actions, "unset", "cli.help_rules_unset")
    unset.add_argument("--platform", required=True, metavar=tr("cli.metavar_name"), help=tr("cli.help_rules_platform"))
    unset.add_argument("--expect-version", type=_int, metavar="V", help=tr("cli.help_rule_expect_version"))


def _platform_filter(sub: Parser) -> None:
    sub.add_argument(
        "--platform", action="append", default=[], metavar=tr("cli.metavar_name"), help=tr("cli.help_filter_platform")
    )


def _override(sub: Parser) -> None:
    sub.add_argument("--force", action="store_true", help=tr("cli.help_force"))
    sub.add_argument("--reason", metavar=tr("cli.metavar_text"), help=tr("cli.help_reason"))


def _expect(sub: Parser) -> None:
    sub.add_argument("--expect-version", type=_int, metavar="V", help=tr("cli.help_expect_version"))


def _post_commands(post: Parser, command, formats) -> None:  # type: ignore[no-untyped-def]
    actions = post.add_subparsers(dest="action", metavar=tr("cli.metavar_action"), required=True)
    add = command(actions, "add", "cli.help_post_add")
    _post_fields(add, adding=True)
    _override(add)
    formats(add)

    listing = command(actions, "list", "cli.help_post_list")
    _range_options(listing)
    _platform_filter(listing)
    listing.add_argument(
        "--status", action="append", default=[], choices=[s.value for s in Status], help=tr("cli.help_filter_status")
    )
    listing.add_argument("--format", choices=(*FORMATS, "csv"), default="table", help=tr("cli.help_format"))

    show = command(actions, "show", "cli.help_post_show")
    show.add_argument("id", type=_int, metavar="ID")
    formats(show)

    edit = command(actions, "edit", "cli.help_post_edit")
    edit.add_argument("id", type=_int, metavar="ID")
    _post_fields(edit, adding=False)
    _expect(edit)
    _override(edit)
    formats(edit)

    move = command(actions, "move", "cli.help_post_move")
    move.add_argument("id", type=_int, metavar="ID")
    move.add_argument(
        "--at", type=_moment_text, required=True, metavar=tr("cli.metavar_datetime"), help=tr("cli.help_post_at")
    )
    move.add_argument("--tz", type=_given_text, metavar=tr("cli.metavar_zone"), help=tr("cli.help_post_tz"))
    _expect(move)
    _override(move)
    formats(move)

    remove = command(actions, "rm", "cli.help_post_rm")
    remove.add_argument("id", type=_int, metavar="ID")
    _expect(remove)

    history = command(actions, "history", "cli.help_post_history")
    history.add_argument("id", type=_int, metavar="ID")
    formats(history)

    restore = command(actions, "restore", "cli.help_post_restore")
    restore.add_argument("id", type=_int, metavar="ID", help=tr("cli.help_restore_id"))
    source = restore.add_mutually_exclusive_group(required=True)
    # Its own --version: the program's --version only works before the command.
    source.add_argument("--version", dest="to_version", type=_int, metavar="N", help=tr("cli.help_restore_version"))
    source.add_argument(
        "--from", dest="from_copy", type=_given_text, metavar=tr("cli.metavar_other"), help=tr("cli.help_restore_from")
    )
    _expect(restore)
    _override(restore)
    formats(restore)
