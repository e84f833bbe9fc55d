"""Messages of filling a week (backlog ideas into the empty weekly slots), what stays empty and
its command line, ``dialogos plan fill``, in English and French (merged into the catalogue)."""

from __future__ import annotations

PAIRS: dict[str, tuple[str, str]] = {
    # -- what stays empty: "{platform}: {what}" -------------------------------------------------
    "fill.line": ("{platform}: {what}", "{platform} : {what}"),
    "fill.and": ("{first}; {second}", "{first} ; {second}"),
    "fill.missing.conversation": (
        "{count} conversation ideas missing",
        "il manque {count} idées de conversation",
    ),
    "fill.missing.conversation_one": ("1 conversation idea missing", "il manque 1 idée de conversation"),
    "fill.missing.information": ("{count} information ideas missing", "il manque {count} idées d’information"),
    "fill.missing.information_one": ("1 information idea missing", "il manque 1 idée d’information"),
    "fill.missing.promotion": ("{count} promotion ideas missing", "il manque {count} idées de promotion"),
    "fill.missing.promotion_one": ("1 promotion idea missing", "il manque 1 idée de promotion"),
    "fill.missing.any": ("{count} ideas missing", "il manque {count} idées"),
    "fill.missing.any_one": ("1 idea missing", "il manque 1 idée"),
    "fill.blocked.conversation": (
        "{count} conversation slots left empty: {why}",
        "{count} créneaux de conversation restent vides : {why}",
    ),
    "fill.blocked.conversation_one": (
        "1 conversation slot left empty: {why}",
        "1 créneau de conversation reste vide : {why}",
    ),
    "fill.blocked.information": (
        "{count} information slots left empty: {why}",
        "{count} créneaux d’information restent vides : {why}",
    ),
    "fill.blocked.information_one": (
        "1 information slot left empty: {why}",
        "1 créneau d’information reste vide : {why}",
    ),
    "fill.blocked.promotion": (
        "{count} promotion slots left empty: {why}",
        "{count} créneaux de promotion restent vides : {why}",
    ),
    "fill.blocked.promotion_one": (
        "1 promotion slot left empty: {why}",
        "1 créneau de promotion reste vide : {why}",
    ),
    "fill.blocked.any": ("{count} slots left empty: {why}", "{count} créneaux restent vides : {why}"),
    "fill.blocked.any_one": ("1 slot left empty: {why}", "1 créneau reste vide : {why}"),
    # -- why the rules keep a slot empty: "{rule} refuses a promotion there" -------------------------
    "fill.rule_named": ("the {label} rule", "la règle {label}"),
    "fill.rule_unnamed": ("the balance rule", "la règle d’équilibre"),
    "fill.why.conversation": (
        "{rule} refuses a conversation idea there",
        "{rule} y refuse une idée de conversation",
    ),
    "fill.why.information": (
        "{rule} refuses an information idea there",
        "{rule} y refuse une idée d’information",
    ),
    "fill.why.promotion": ("{rule} refuses a promotion there", "{rule} y refuse une promotion"),
    "fill.why.any": ("{rule} refuses the ideas left there", "{rule} y refuse les idées restantes"),
    "fill.why.late": (
        "a follow-up there is late, and promises come before promotion",
        "un suivi y est en retard, et les promesses passent avant la promotion",
    ),
    "fill.why.offers": (
        "the offer habit allows no more offers there",
        "l’habitude des offres n’en permet pas davantage à cet endroit",
    ),
    # -- conflicts (exit 4) ---------------------------------------------------------------------
    "error.fill_slot_taken": (
        "The {platform} slot of {moment} is taken now, or was removed: fill again for a new proposal.",
        "Le créneau {platform} du {moment} est pris désormais, ou a été supprimé : remplissez de nouveau "
        "pour une nouvelle proposition.",
    ),
    # -- the command line -------------------------------------------------------------------------
    "cli.help_plan": (
        "plan a stretch of time: fill its empty weekly slots with backlog ideas",
        "planifie une période : remplit ses créneaux libres avec les idées en réserve",
    ),
    "cli.help_plan_fill": (
        "put backlog ideas into the empty slots of a week or a range so that no balance rule breaks: "
        "conversation first, promotion last and only where it passes",
        "place des idées en réserve dans les créneaux libres d’une semaine ou d’une période sans enfreindre "
        "aucune règle d’équilibre : la conversation d’abord, la promotion en dernier et seulement là où elle passe",
    ),
    "cli.help_fill_dry_run": (
        "show what would be placed, and write nothing",
        "montre ce qui serait placé, sans rien enregistrer",
    ),
    "cli.fill_range_needed": (
        "Say which range to fill: --week, or --from and --to.",
        "Indiquez la période à remplir : --week, ou --from et --to.",
    ),
    "cli.fill_no_slots": (
        "No slots in this range: add some with `dialogos slot add` (for example "
        "`dialogos slot add --platform Instagram --day mon --time 09:00 --side conversation`), then fill them.",
        "Aucun créneau sur cette période : ajoutez-en avec `dialogos slot add` (par exemple "
        "`dialogos slot add --platform Instagram --day lun --time 09:00 --side conversation`), puis remplissez-les.",
    ),
    "cli.fill_none_empty": (
        "Every slot still to come in this range is taken already: nothing to fill.",
        "Tous les créneaux à venir de cette période sont déjà pris : rien à remplir.",
    ),
    "cli.fill_placed": ("Placed {count} ideas:", "{count} idées placées :"),
    "cli.fill_placed_one": ("Placed 1 idea:", "1 idée placée :"),
    "cli.fill_would_place": ("Would place {count} ideas:", "{count} idées seraient placées :"),
    "cli.fill_would_place_one": ("Would place 1 idea:", "1 idée serait placée :"),
    "cli.fill_nothing_placed": ("No idea placed.", "Aucune idée placée."),
    "cli.fill_dry_run": ("Dry run: nothing was written.", "Essai à blanc : rien n’a été enregistré."),
    "cli.fill_past": (
        "{count} empty slots of this range are past and stay empty.",
        "{count} créneaux libres de cette période sont passés et restent vides.",
    ),
    "cli.fill_past_one": (
        "1 empty slot of this range is past and stays empty.",
        "1 créneau libre de cette période est passé et reste vide.",
    ),
}
