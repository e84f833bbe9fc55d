"""Every sentence of the core and the command line, in English and French.

Keys are grouped by where they show. Placeholders are named; a ``Term``
placeholder (a field, a status) is itself a key of this catalogue.
"""

from __future__ import annotations

_PAIRS: dict[str, tuple[str, str]] = {
    # -- words used inside other messages ---------------------------------
    "field.platform": ("the platform name", "le nom de la plateforme"),
    "field.category": ("the category name", "le nom de la catégorie"),
    "field.member": ("the member name", "le nom du membre"),
    "field.campaign": ("the campaign", "la campagne"),
    "field.notes": ("the notes", "les notes"),
    "field.link": ("the link", "le lien"),
    "status.idea": ("idea", "idée"),
    "status.draft": ("draft", "brouillon"),
    "status.ready": ("ready", "prête"),
    "status.scheduled": ("scheduled", "programmée"),
    "status.published": ("published", "publiée"),
    "status.cancelled": ("cancelled", "annulée"),
    "side.conversation": ("conversation", "conversation"),
    "side.information": ("information", "information"),
    "side.promotion": ("promotion", "promotion"),
    # -- input errors (exit 2) --------------------------------------------
    "error.unknown_zone": (
        "Unknown time zone “{zone}”: use an IANA name such as Europe/Paris or America/New_York.",
        "Fuseau horaire inconnu « {zone} » : utilisez un nom IANA comme Europe/Paris ou America/New_York.",
    ),
    "error.time_in_gap": (
        "{time} does not exist in {zone}: clocks jump from {gap_start} to {gap_end} that day. Choose a time outside that gap.",
        "{time} n’existe pas dans le fuseau {zone} : ce jour-là, les horloges passent de {gap_start} à {gap_end}. Choisissez une heure hors de ce saut.",
    ),
    "error.bad_datetime": (
        "“{value}” is not a date and time: write it as YYYY-MM-DD HH:MM, for example 2026-06-01 09:30.",
        "« {value} » n’est pas une date et une heure : écrivez AAAA-MM-JJ HH:MM, par exemple 2026-06-01 09:30.",
    ),
    "error.bad_date": (
        "“{value}” is not a date: write it as YYYY-MM-DD, for example 2026-06-01.",
        "« {value} » n’est pas une date : écrivez AAAA-MM-JJ, par exemple 2026-06-01.",
    ),
    "error.bad_range": (
        "The range ends ({end}) before it starts ({start}).",
        "La période finit ({end}) avant de commencer ({start}).",
    ),
    "error.bad_week": (
        "“{value}” is not a week: write it as YYYY-Www, for example 2026-W23.",
        "« {value} » n’est pas une semaine : écrivez AAAA-Wss, par exemple 2026-W23.",
    ),
    "error.name_required": ("{what} cannot be empty.", "{what} ne peut pas être vide."),
    "error.name_too_long": (
        "{what} is too long: {limit} characters at most.",
        "{what} est trop long : {limit} caractères au plus.",
    ),
    "error.name_control": (
        "{what} must fit on one line, without control characters.",
        "{what} doit tenir sur une ligne, sans caractères de contrôle.",
    ),
    "error.title_required": ("A post needs a title.", "Une publication a besoin d’un titre."),
    "error.title_single_line": (
        "The title must fit on one line; put longer text in the body.",
        "Le titre doit tenir sur une ligne ; mettez le texte long dans le corps.",
    ),
    "error.title_too_long": (
        "The title has {length} characters; {limit} at most.",
        "Le titre fait {length} caractères ; {limit} au plus.",
    ),
    "error.text_nul": (
        "The text contains a NUL character, which no platform accepts.",
        "Le texte contient un caractère NUL, qu’aucune plateforme n’accepte.",
    ),
    "error.body_too_long": (
        "The text has {length} characters; Dialogos keeps {limit} at most.",
        "Le texte fait {length} caractères ; Dialogos en garde {limit} au plus.",
    ),
    "error.field_control": (
        "{what} contains control characters.",
        "{what} contient des caractères de contrôle.",
    ),
    "error.field_too_long": ("{what} is too long.", "{what} est trop long."),
    "error.bad_link": (
        "“{value}” is not a web link: it must start with http:// or https://.",
        "« {value} » n’est pas un lien web : il doit commencer par http:// ou https://.",
    ),
    "error.bad_duration": (
        "The duration must be a whole number of minutes from 1 to {limit}, not {value}.",
        "La durée doit être un nombre entier de minutes entre 1 et {limit}, pas {value}.",
    ),
    "error.bad_colour": (
        "“{value}” is not a colour: write it as #RRGGBB, for example #0A66C2.",
        "« {value} » n’est pas une couleur : écrivez #RRVVBB, par exemple #0A66C2.",
    ),
    "error.unknown_kind": (
        "Unknown kind of platform “{value}”. Known kinds: {known}.",
        "Type de plateforme inconnu « {value} ». Types connus : {known}.",
    ),
    "error.bad_text_limit": (
        "The text limit must be a number of characters from 1 to 1000000, not {value}.",
        "La limite de texte doit être un nombre de caractères entre 1 et 1000000, pas {value}.",
    ),
    "error.unknown_side": (
        "Unknown side “{value}”. Sides: {known}.",
        "Registre inconnu « {value} ». Registres : {known}.",
    ),
    "error.unknown_status": (
        "Unknown status “{value}”. Statuses: {known}.",
        "Statut inconnu « {value} ». Statuts : {known}.",
    ),
    "error.unknown_platform": (
        "Unknown platform “{name}”. Platforms of this plan: {known}.",
        "Plateforme inconnue « {name} ». Plateformes de ce planning : {known}.",
    ),
    "error.platform_required": ("A post needs a platform.", "Une publication a besoin d’une plateforme."),
    "error.unknown_category": (
        "Unknown category “{name}”. Categories: {known}.",
        "Catégorie inconnue « {name} ». Catégories : {known}.",
    ),
    "error.platform_exists": (
        "A platform called “{name}” already exists.",
        "Une plateforme nommée « {name} » existe déjà.",
    ),
    "error.category_exists": (
        "A category called “{name}” already exists.",
        "Une catégorie nommée « {name} » existe déjà.",
    ),
    "error.platform_in_use": (
        "“{name}” still has {count} posts: move or delete them first, or make the platform inactive.",
        "« {name} » a encore {count} publications : déplacez-les ou supprimez-les d’abord, ou désactivez la plateforme.",
    ),
    "error.category_in_use": (
        "{count} posts still use the category “{name}”: give them another one first.",
        "{count} publications utilisent encore la catégorie « {name} » : donnez-leur-en une autre d’abord.",
    ),
    "error.post_not_found": ("There is no post {id}.", "Il n’y a pas de publication {id}."),
    "error.idea_has_no_date": (
        "An idea has no date: give the post the status draft (or later) to schedule it.",
        "Une idée n’a pas de date : donnez à la publication le statut brouillon (ou suivant) pour la planifier.",
    ),
    "error.date_required": (
        "A post with the status “{status}” needs a date and time.",
        "Une publication au statut « {status} » a besoin d’une date et d’une heure.",
    ),
    "error.text_over_limit": (
        "The text has {length} characters but {platform} allows {limit}: shorten it, or keep it as a draft, before marking it {status}.",
        "Le texte fait {length} caractères mais {platform} en permet {limit} : raccourcissez-le, ou gardez-le en brouillon, avant de la marquer {status}.",
    ),
    "error.nothing_to_change": (
        "Nothing to change: give at least one field.",
        "Rien à changer : donnez au moins un champ.",
    ),
    "error.backup_exists": (
        "{path} already exists: Dialogos never overwrites a file with a backup.",
        "{path} existe déjà : Dialogos n’écrase jamais un fichier avec une sauvegarde.",
    ),
    "error.backup_folder_missing": ("The folder {folder} does not exist.", "Le dossier {folder} n’existe pas."),
    # -- conflicts (exit 4) -----------------------------------------------
    "error.conflict_post_version": (
        "Post {id} changed since version {expected} (now version {found}, by {who}): reload it and try again.",
        "La publication {id} a changé depuis la version {expected} (version {found} à présent, par {who}) : rechargez-la et réessayez.",
    ),
    "error.conflict_post": (
        "Post {id} was changed by someone else meanwhile: reload it and try again.",
        "La publication {id} a été modifiée par quelqu’un d’autre entre-temps : rechargez-la et réessayez.",
    ),
    "error.conflict_vanished": (
        "Post {id} was deleted since you last saw it.",
        "La publication {id} a été supprimée depuis que vous l’avez vue.",
    ),
    "error.conflict_row": (
        "“{name}” changed since version {expected} (now version {found}): reload and try again.",
        "« {name} » a changé depuis la version {expected} (version {found} à présent) : rechargez et réessayez.",
    ),
    # -- database (exit 5, or 2 for a bad path) ---------------------------
    "error.db_is_directory": (
        "{path} is a folder, not a database file.",
        "{path} est un dossier, pas un fichier de base de données.",
    ),
    "error.db_missing_folder": (
        "Cannot create {path}: the folder {folder} does not exist.",
        "Impossible de créer {path} : le dossier {folder} n’existe pas.",
    ),
    "error.db_not_a_file": ("{path} is not a regular file.", "{path} n’est pas un fichier ordinaire."),
    "error.db_not_found": ("There is no database at {path}.", "Il n’y a pas de base de données à {path}."),
    "error.db_not_dialogos": (
        "{path} is not a Dialogos database; it was left untouched.",
        "{path} n’est pas une base Dialogos ; le fichier n’a pas été modifié.",
    ),
    "error.db_newer": (
        "{path} was made by a newer Dialogos (schema {found}, this one knows {known}): update Dialogos to open it. The file was left untouched.",
        "{path} a été créé par un Dialogos plus récent (schéma {found}, celui-ci connaît {known}) : mettez Dialogos à jour pour l’ouvrir. Le fichier n’a pas été modifié.",
    ),
    "error.db_needs_migration_read_only": (
        "{path} needs an update of its format, but it is read-only.",
        "{path} doit être mis à jour, mais il est en lecture seule.",
    ),
    "error.db_read_only": (
        "{path} is read-only: nothing was saved.",
        "{path} est en lecture seule : rien n’a été enregistré.",
    ),
    "error.db_locked": (
        "{path} stayed locked by another user for too long: nothing was saved. Try again in a moment.",
        "{path} est resté verrouillé trop longtemps par un autre utilisateur : rien n’a été enregistré. Réessayez dans un instant.",
    ),
    "error.db_damaged": (
        "{path} is damaged and cannot be read; restore a backup (dialogos db restore).",
        "{path} est endommagé et illisible ; restaurez une sauvegarde (dialogos db restore).",
    ),
    "error.db_cannot_open": ("Cannot open {path}: {reason}.", "Impossible d’ouvrir {path} : {reason}."),
    "error.db_failure": ("Database error on {path}: {reason}.", "Erreur de base de données sur {path} : {reason}."),
    "error.backup_failed": ("Backup to {path} failed: {reason}.", "La sauvegarde vers {path} a échoué : {reason}."),
    # -- db check -----------------------------------------------------------
    "check.integrity": ("SQLite integrity check: {detail}", "Contrôle d’intégrité SQLite : {detail}"),
    "check.foreign_key": (
        "Row {row} of {table} points to a missing {parent}.",
        "La ligne {row} de {table} désigne un {parent} absent.",
    ),
    "check.undated_posts": (
        "{count} posts that are not ideas have no date.",
        "{count} publications qui ne sont pas des idées n’ont pas de date.",
    ),
    "check.dated_ideas": ("{count} ideas have a date.", "{count} idées ont une date."),
    "check.unknown_zone": (
        "Posts use the unknown time zone “{zone}”.",
        "Des publications utilisent le fuseau inconnu « {zone} ».",
    ),
}

MESSAGES: dict[str, dict[str, str]] = {key: {"en": en, "fr": fr} for key, (en, fr) in _PAIRS.items()}
