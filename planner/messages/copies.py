"""Messages about other copies of the plan, in English and French (merged into the catalogue):
conflicted copies a sync tool left beside it, comparing the plan with another copy,
and bringing a post back from one."""

from __future__ import annotations

PAIRS: dict[str, tuple[str, str]] = {
    # -- a conflicted copy beside the plan ------------------------------------------
    "copies.some_tool": ("a sync tool", "un outil de synchronisation"),
    "copies.found": (
        "{path} looks like a conflicted copy of this plan made by {service} (last changed {when}): changes saved in it may be missing from the plan.",
        "{path} ressemble à une copie en conflit de ce planning faite par {service} (modifiée le {when}) : des modifications enregistrées dans cette copie manquent peut-être au planning.",
    ),
    "copies.found_who": (
        "{path} looks like a conflicted copy of this plan made by {service} for {who} (last changed {when}): changes saved in it may be missing from the plan.",
        "{path} ressemble à une copie en conflit de ce planning faite par {service} pour {who} (modifiée le {when}) : des modifications enregistrées dans cette copie manquent peut-être au planning.",
    ),
    "copies.cli_hint": (
        "{summary} See what differs: {compare} — bring a post back: {restore}",
        "{summary} Voir ce qui diffère : {compare} — ramener une publication : {restore}",
    ),
    # -- another copy that cannot be compared (exit 2 or 5) -------------------------
    "compare.source_missing": (
        "There is no file {path} to compare with.",
        "Il n’y a pas de fichier {path} à comparer.",
    ),
    "compare.source_not_a_file": (
        "{path} is not a file to compare with.",
        "{path} n’est pas un fichier à comparer.",
    ),
    "compare.same_file": (
        "{path} is the plan itself: name another copy of it.",
        "{path} est le planning lui-même : indiquez une autre copie.",
    ),
    "compare.source_not_dialogos": (
        "{path} is not a Dialogos database: it cannot be compared. It was left untouched.",
        "{path} n’est pas une base Dialogos : impossible de la comparer. Le fichier n’a pas été modifié.",
    ),
    "compare.source_unreadable": (
        "Cannot read {path} ({reason}): nothing was compared. It was left untouched.",
        "Impossible de lire {path} ({reason}) : rien n’a été comparé. Le fichier n’a pas été modifié.",
    ),
    "compare.source_damaged": (
        "{path} is damaged (SQLite’s integrity check: {detail}): it cannot be compared. It was left untouched.",
        "{path} est endommagé (contrôle d’intégrité SQLite : {detail}) : impossible de le comparer. Le fichier n’a pas été modifié.",
    ),
    # -- bringing a post back ------------------------------------------------------------
    "compare.post_not_found": (
        "There is no post {id} in {path}: give the post’s id in that copy, as db compare lists it.",
        "Il n’y a pas de publication {id} dans {path} : donnez le numéro de la publication dans cette copie, tel que db compare l’affiche.",
    ),
    "compare.already_same": (
        "Post {id} is already as in {path}: nothing to bring back.",
        "La publication {id} est déjà comme dans {path} : rien à ramener.",
    ),
    "compare.created_platform": (
        "The platform {name} was added to the plan, as the copy has it.",
        "La plateforme {name} a été ajoutée au planning, telle que la copie l’a.",
    ),
    "compare.created_category": (
        "The category {name} was added to the plan, as the copy has it.",
        "La catégorie {name} a été ajoutée au planning, telle que la copie l’a.",
    ),
    "compare.renamed_platform": (
        "The copy’s platform {name} is called {here} in the plan now: the post goes there.",
        "La plateforme {name} de la copie s’appelle maintenant {here} dans le planning : la publication y va.",
    ),
    "compare.renamed_category": (
        "The copy’s category {name} is called {here} in the plan now: the post takes it.",
        "La catégorie {name} de la copie s’appelle maintenant {here} dans le planning : la publication la prend.",
    ),
    "cli.brought_back": (
        "Post {id} is back as post {other_id} of {other} has it: saved as version {version}.",
        "La publication {id} est revenue telle que la publication {other_id} de {other} l’a : enregistrée comme version {version}.",
    ),
    "cli.brought_back_created": (
        "Post {other_id} of {other} is back in the plan as post {id} (version {version}).",
        "La publication {other_id} de {other} est revenue dans le planning comme publication {id} (version {version}).",
    ),
    "history.from_copy": (
        "brought back from {file} (its post {id}, version {version})",
        "ramenée de {file} (sa publication {id}, version {version})",
    ),
    # -- db compare --------------------------------------------------------------------
    "compare.same": (
        "The plan and {other} hold the same posts.",
        "Le planning et {other} contiennent les mêmes publications.",
    ),
    "compare.counts": (
        "Compared with {other}: {only_plan} only in the plan, {only_other} only in the copy, {changed} changed.",
        "Comparé à {other} : {only_plan} seulement dans le planning, {only_other} seulement dans la copie, {changed} modifiées.",
    ),
    "compare.only_in_plan": ("only in the plan", "seulement dans le planning"),
    "compare.only_in_other": ("only in the copy", "seulement dans la copie"),
    "compare.changed": ("changed", "modifiée"),
    "compare.col_difference": ("Difference", "Différence"),
    "compare.col_when": ("When", "Quand"),
    "compare.col_platform": ("Platform", "Plateforme"),
    "compare.col_title": ("Title", "Titre"),
    "compare.col_plan": ("In the plan", "Dans le planning"),
    "compare.col_other": ("In the copy", "Dans la copie"),
    "compare.side": ("#{id} v{version} {who} {when}", "n° {id} v{version} {who} {when}"),
    "compare.deleted_by": ("deleted by {who} {when}", "supprimée par {who} {when}"),
    "compare.field": ("{field}: {plan} | copy: {other}", "{field} : {plan} | copie : {other}"),
    "compare.hint": (
        "To bring a post back from the copy (ID: its number in the copy, after “#”): {command}",
        "Pour ramener une publication de la copie (ID : son numéro dans la copie, après « n° ») : {command}",
    ),
    # -- help ----------------------------------------------------------------------------
    "cli.help_db_compare": (
        "list the posts that differ between the plan and another copy of it (a conflicted copy, a backup)",
        "liste les publications qui diffèrent entre le planning et une autre copie (copie en conflit, sauvegarde)",
    ),
    "cli.help_db_compare_other": (
        "the other copy: a Dialogos file, opened read-only",
        "l’autre copie : un fichier Dialogos, ouvert en lecture seule",
    ),
    "cli.metavar_other": ("OTHER", "AUTRE"),
    "cli.help_restore_id": (
        "the post’s id; with --from, its id in OTHER, as db compare lists it",
        "le numéro de la publication ; avec --from, son numéro dans AUTRE, tel que db compare l’affiche",
    ),
    "cli.help_restore_from": (
        "bring the post back as OTHER (a conflicted copy, a backup) has it: edited, or created again if the plan lacks it",
        "ramener la publication telle que AUTRE (copie en conflit, sauvegarde) l’a : modifiée, ou recréée si le planning ne l’a plus",
    ),
}
