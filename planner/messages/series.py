"""Messages of series: one post repeated daily, weekly or monthly, its errors and its command
line, in English and French (merged into the catalogue)."""

from __future__ import annotations

PAIRS: dict[str, tuple[str, str]] = {
    # -- bad input (exit 2) -------------------------------------------------------------------
    "error.repeat_count_or_until": (
        "Say how long the series lasts with either --count N or --until DATE, not both and not neither.",
        "Dites combien de temps dure la série avec soit --count N, soit --until DATE : pas les deux, pas aucun.",
    ),
    "error.repeat_every": (
        "--every must be a whole number of at least 1 (found {value}): 1 is every time, 2 every other one.",
        "--every doit être un nombre entier d’au moins 1 (trouvé {value}) : 1 pour chaque fois, 2 pour une fois sur deux.",
    ),
    "error.repeat_count": (
        "--count must be a whole number of at least 1 (found {value}).",
        "--count doit être un nombre entier d’au moins 1 (trouvé {value}).",
    ),
    "error.series_too_long": (
        "A series of {count} occurrences is too long: at most {limit} at once; make it shorter or repeat it less often.",
        "Une série de {count} occurrences est trop longue : {limit} au plus d’un coup ; raccourcissez-la ou espacez-la.",
    ),
    "error.repeat_until_before": (
        "The series would end on {until}, before its first post on {first}: give a later --until date.",
        "La série finirait le {until}, avant sa première publication le {first} : donnez une date --until plus tardive.",
    ),
    "error.repeat_needs_date": (
        "Only a dated post can repeat: give it a date with --at.",
        "Seule une publication datée peut se répéter : donnez-lui une date avec --at.",
    ),
    "error.series_one_platform": (
        "A series goes on one platform at a time: repeat the post on each platform apart.",
        "Une série va sur une seule plateforme à la fois : répétez la publication sur chaque plateforme à part.",
    ),
    "error.unknown_repeat": (
        "Unknown repeat “{value}”: use one of {known}.",
        "Répétition « {value} » inconnue : utilisez {known}.",
    ),
    "error.unknown_scope": (
        "Unknown scope “{value}”: use one of {known}.",
        "Portée « {value} » inconnue : utilisez {known}.",
    ),
    "error.repeat_options_alone": (
        "--every, --count and --until go with --repeat daily|weekly|monthly.",
        "--every, --count et --until vont avec --repeat daily|weekly|monthly.",
    ),
    # -- refused by a rule (exit 3) -----------------------------------------------------------
    "error.series_refused": (
        "Refused: the series breaks a rule from its occurrence of {first}: {breach}{hint}",
        "Refusé : la série enfreint une règle dès son occurrence du {first} : {breach}{hint}",
    ),
    # -- command line -------------------------------------------------------------------------
    "cli.help_repeat": (
        "make a series: the post repeated daily, weekly or monthly, each occurrence a post of its own",
        "faire une série : la publication répétée chaque jour, semaine ou mois, chaque occurrence étant une publication",
    ),
    "cli.help_every": (
        "with --repeat: every N days, weeks or months (default 1)",
        "avec --repeat : tous les N jours, semaines ou mois (1 par défaut)",
    ),
    "cli.help_count": (
        "with --repeat: how many occurrences (at most 500)",
        "avec --repeat : combien d’occurrences (500 au plus)",
    ),
    "cli.help_until": (
        "with --repeat: the last day an occurrence may fall on, included (YYYY-MM-DD)",
        "avec --repeat : le dernier jour où peut tomber une occurrence, inclus (AAAA-MM-JJ)",
    ),
    "cli.help_scope": (
        "for a post of a series: this one (default), this and the following, or all",
        "pour une publication d’une série : celle-ci (par défaut), celle-ci et les suivantes, ou toutes",
    ),
    "cli.col_series": ("Series", "Série"),
    "cli.series_position": ("{series} ({position} of {count})", "{series} ({position} sur {count})"),
    "cli.series_created": (
        "Created series {series}: {count} posts, from #{first} to #{last}.",
        "Série {series} créée : {count} publications, de la n° {first} à la n° {last}.",
    ),
    "cli.series_edited": (
        "Edited {count} posts of series {series}.",
        "{count} publications de la série {series} modifiées.",
    ),
    "cli.series_moved": (
        "Moved {count} posts of series {series}.",
        "{count} publications de la série {series} déplacées.",
    ),
    "cli.series_deleted": (
        "Deleted {count} posts of series {series}.",
        "{count} publications de la série {series} supprimées.",
    ),
    # -- help for a refused series (the same on the error line, in JSON and in the app) --------
    "suggest.series_every_daily": (
        "Repeated every {every} days instead, the whole series passes on {platform}.",
        "Répétée tous les {every} jours à la place, la série entière passe sur {platform}.",
    ),
    "suggest.series_every_weekly": (
        "Repeated every {every} weeks instead, the whole series passes on {platform}.",
        "Répétée toutes les {every} semaines à la place, la série entière passe sur {platform}.",
    ),
    "suggest.series_every_monthly": (
        "Repeated every {every} months instead, the whole series passes on {platform}.",
        "Répétée tous les {every} mois à la place, la série entière passe sur {platform}.",
    ),
    "suggest.series_add_conversation_one": (
        "Add 1 conversation post on {platform} first, on {moments}: with it, the whole series passes.",
        "Ajoutez d’abord 1 publication de conversation sur {platform}, le {moments} : avec elle, la série entière passe.",
    ),
    "suggest.series_add_conversation": (
        "Add {count} conversation posts on {platform} first, on {moments}: with them, the whole series passes.",
        "Ajoutez d’abord {count} publications de conversation sur {platform}, le {moments} : avec elles, la série entière passe.",
    ),
    "suggest.series_no_fix": (
        "No single fix is offered for a series: each occurrence needs its own, and repeating it less often would not pass either. Plan first the conversation posts the {rule} rule on {platform} wants before each occurrence, or save the series with a reason.",
        "Aucune correction unique n’est proposée pour une série : chaque occurrence demande la sienne, et la répéter moins souvent ne passerait pas non plus. Prévoyez d’abord, avant chaque occurrence, les publications de conversation que veut la règle {rule} sur {platform}, ou enregistrez la série avec une raison.",
    ),
}
