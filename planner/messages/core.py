"""Messages every feature shares, in English and French (merged into the catalogue by
:mod:`planner.messages`): words used inside other messages, input errors, conflicts, the
database, the command line's common words, balance, exchange files.

Keys are grouped by where they show. Placeholders are named; a ``Term``
placeholder (a field, a status) is itself a key of this catalogue.
"""

from __future__ import annotations

PAIRS: dict[str, tuple[str, str]] = {
    # -- words used inside other messages ---------------------------------
    "field.platform": ("the platform name", "le nom de la plateforme"),
    "field.category": ("the category name", "le nom de la catégorie"),
    "field.member": ("the member name", "le nom du membre"),
    "field.campaign": ("the campaign", "la campagne"),
    "field.notes": ("the notes", "les notes"),
    "field.link": ("the link", "le lien"),
    "field.uid": ("the identifier", "l’identifiant"),
    "status.idea": ("idea", "idée"),
    "status.draft": ("draft", "brouillon"),
    "status.ready": ("ready", "prête"),
    "status.in_review": ("in review", "en relecture"),
    "status.approved": ("approved", "approuvée"),
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
    "error.name_required": ("Missing {what}.", "Il manque {what}."),
    "error.name_too_long": (
        "Too long: {what} has more than {limit} characters.",
        "Trop long : {what} dépasse {limit} caractères.",
    ),
    "error.name_control": (
        "Control characters are not allowed in {what}, which must fit on one line.",
        "Les caractères de contrôle sont interdits dans {what}, qui doit tenir sur une ligne.",
    ),
    "error.title_required": ("A post needs a title.", "Une publication a besoin d’un titre."),
    "error.title_single_line": (
        "The title must fit on one line; put longer text in the body.",
        "Le titre doit tenir sur une ligne ; mettez le texte long dans le corps.",
    ),
    "error.title_control": (
        "The title holds an invisible control character: type it again without it.",
        "Le titre contient un caractère de contrôle invisible : retapez-le sans lui.",
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
        "Control characters are not allowed in {what}.",
        "Les caractères de contrôle sont interdits dans {what}.",
    ),
    "error.field_too_long": (
        "Too long: {what} ({length} characters; {limit} at most).",
        "Trop long : {what} ({length} caractères ; {limit} au plus).",
    ),
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
        "“{name}” still has posts ({count}): move or delete them first, or make the platform inactive.",
        "« {name} » a encore des publications ({count}) : déplacez-les ou supprimez-les d’abord, ou désactivez la plateforme.",
    ),
    "error.category_in_use": (
        "Posts still use the category “{name}” ({count}): give them another one first.",
        "Des publications utilisent encore la catégorie « {name} » ({count}) : donnez-leur-en une autre d’abord.",
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
    "error.db_path_empty": (
        "--db was given an empty path: name the database file.",
        "--db a reçu un chemin vide : indiquez le fichier de la base.",
    ),
    "error.year_out_of_range": (
        "{value} is too far away: Dialogos plans between the years {first} and {last}.",
        "{value} est trop loin : Dialogos planifie entre les années {first} et {last}.",
    ),
    "error.demo_not_empty": (
        "This plan already has posts ({count}): the demo only fills an empty plan. Give it a new file with --db.",
        "Ce planning a déjà des publications ({count}) : la démo ne remplit qu’un planning vide. Donnez-lui un nouveau fichier avec --db.",
    ),
    "error.backup_cannot_write": (
        "Cannot write the backup {path}: {reason}.",
        "Impossible d’écrire la sauvegarde {path} : {reason}.",
    ),
    "error.no_display": (
        "No screen to open the window on (DISPLAY or WAYLAND_DISPLAY is not set); the commands work without one: dialogos --help.",
        "Aucun écran où ouvrir la fenêtre (DISPLAY ou WAYLAND_DISPLAY n’est pas défini) ; les commandes marchent sans : dialogos --help.",
    ),
    "error.missing_system_library": (
        "The window needs the system library {library}, which is not installed: install the package {package} (Fedora: {fedora}), then start again; the commands work without it: dialogos --help.",
        "La fenêtre a besoin de la bibliothèque système {library}, qui n’est pas installée : installez le paquet {package} (Fedora : {fedora}), puis relancez ; les commandes marchent sans : dialogos --help.",
    ),
    "error.demo_weeks": (
        "The demo covers 1 to 104 weeks, not {value}.",
        "La démo couvre de 1 à 104 semaines, pas {value}.",
    ),
    "error.demo_posts": (
        "The demo writes 1 to 5000000 posts, not {value}.",
        "La démo écrit de 1 à 5000000 publications, pas {value}.",
    ),
    "error.demo_needs_categories": (
        "The demo needs at least one category for each side; missing: {sides}.",
        "La démo a besoin d’au moins une catégorie par registre ; il manque : {sides}.",
    ),
    # -- conflicts (exit 4) -----------------------------------------------
    "error.conflict_post_version": (
        "Post {id} is at version {found}, not {expected} (last changed by {who}): reload it and try again.",
        "La publication {id} est à la version {found}, pas {expected} (dernière modification par {who}) : rechargez-la et réessayez.",
    ),
    "error.conflict_post": (
        "Post {id} was changed by someone else meanwhile: reload it and try again.",
        "La publication {id} a été modifiée par quelqu’un d’autre entre-temps : rechargez-la et réessayez.",
    ),
    "error.conflict_vanished": (
        "Post {id} was deleted since you last saw it.",
        "La publication {id} a été supprimée depuis que vous l’avez vue.",
    ),
    "error.uid_exists": (
        "A post with the identifier {uid} already exists: it was restored or imported already.",
        "Une publication d’identifiant {uid} existe déjà : elle a déjà été restaurée ou importée.",
    ),
    "error.conflict_row": (
        "“{name}” is at version {found}, not {expected}: reload it and try again.",
        "« {name} » est à la version {found}, pas {expected} : rechargez et réessayez.",
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
    "error.db_empty": (
        "{path} is empty: it holds no plan yet.",
        "{path} est vide : il ne contient encore aucun planning.",
    ),
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
        "Posts that are not ideas but have no date: {count}.",
        "Publications sans date qui ne sont pas des idées : {count}.",
    ),
    "check.dated_ideas": ("Ideas with a date: {count}.", "Idées datées : {count}."),
    "check.unknown_zone": (
        "Posts use the unknown time zone “{zone}”.",
        "Des publications utilisent le fuseau inconnu « {zone} ».",
    ),
    # -- week days, in dates of messages and tables ---------------------------
    "weekday.0": ("Mon", "lun."),
    "weekday.1": ("Tue", "mar."),
    "weekday.2": ("Wed", "mer."),
    "weekday.3": ("Thu", "jeu."),
    "weekday.4": ("Fri", "ven."),
    "weekday.5": ("Sat", "sam."),
    "weekday.6": ("Sun", "dim."),
    # -- balance ------------------------------------------------------------
    "rule.custom": ("custom", "personnalisée"),
    "rule.max_promotion": ("The most promotions", "Le maximum de promotions"),
    "rule.min_conversation": ("The least conversation posts", "Le minimum de publications de conversation"),
    "error.rule_streak": (
        "The most promotions in a row must be 0 to {limit}, not {value}.",
        "Le maximum de promotions d’affilée doit être entre 0 et {limit}, pas {value}.",
    ),
    "balance.max_promotion": (
        "On {platform}, {figure} promotions in {window} consecutive posts ({span}): the {rule} rule allows {limit}.",
        "Sur {platform}, {figure} promotions dans {window} publications consécutives ({span}) : la règle {rule} en permet {limit}.",
    ),
    "balance.max_promotion_one": (
        "On {platform}, 1 promotion in {window} consecutive posts ({span}): the {rule} rule allows {limit}.",
        "Sur {platform}, 1 promotion dans {window} publications consécutives ({span}) : la règle {rule} en permet {limit}.",
    ),
    "balance.min_conversation": (
        "On {platform}, only {figure} conversation posts in {window} consecutive posts ({span}): the {rule} rule asks for {limit}.",
        "Sur {platform}, seulement {figure} publications de conversation sur {window} consécutives ({span}) : la règle {rule} en demande {limit}.",
    ),
    "balance.min_conversation_none": (
        "On {platform}, no conversation post in {window} consecutive posts ({span}): the {rule} rule asks for {limit}.",
        "Sur {platform}, aucune publication de conversation sur {window} consécutives ({span}) : la règle {rule} en demande {limit}.",
    ),
    "balance.min_conversation_one": (
        "On {platform}, only 1 conversation post in {window} consecutive posts ({span}): the {rule} rule asks for {limit}.",
        "Sur {platform}, seulement 1 publication de conversation sur {window} consécutives ({span}) : la règle {rule} en demande {limit}.",
    ),
    "balance.max_promo_streak": (
        "On {platform}, {figure} promotions in a row ({span}): the {rule} rule allows {limit} in a row.",
        "Sur {platform}, {figure} promotions d’affilée ({span}) : la règle {rule} en permet {limit} d’affilée.",
    ),
    "balance.min_promo_gap": (
        "On {platform}, two promotions only {figure} h apart ({span}): the {rule} rule asks for {limit} h between them.",
        "Sur {platform}, deux promotions à {figure} h d’intervalle seulement ({span}) : la règle {rule} demande {limit} h entre elles.",
    ),
    "balance.first_day": ("1", "1er"),
    "balance.span_day": ("on {day} {month}", "le {day} {month}"),
    "balance.span_month": ("{first} to {last} {month}", "du {first} au {last} {month}"),
    "balance.span_range": ("{first} to {last}", "du {first} au {last}"),
    "balance.day_month": ("{day} {month}", "{day} {month}"),
    "balance.moment": ("{weekday} {day} {month} {time}", "{weekday} {day} {month} à {time}"),
    "balance.slot": ("It would pass on {moment}.", "Elle passerait le {moment}."),
    "balance.try_slots": (
        " Nearest slots where it would pass: {slots}.",
        " Créneaux les plus proches où elle passerait : {slots}.",
    ),
    "balance.add_conversation": (
        "Add a conversation post on {platform} around {moment}.",
        "Ajoutez une publication de conversation sur {platform} vers le {moment}.",
    ),
    "error.balance_refused": (
        "Refused: {breach}{hint}",
        "Refusé : {breach}{hint}",
    ),
    "error.unknown_preset": (
        "Unknown preset “{value}”. Presets: {known}.",
        "Préréglage inconnu « {value} ». Préréglages : {known}.",
    ),
    "error.unknown_mode": ("Unknown mode “{value}”. Modes: {known}.", "Mode inconnu « {value} ». Modes : {known}."),
    "error.rule_window": (
        "A window is 1 to {limit} posts, not {value}.",
        "Une fenêtre compte de 1 à {limit} publications, pas {value}.",
    ),
    "error.rule_count": (
        "{field} must be between 0 and the window ({window}), not {value}.",
        "{field} doit être entre 0 et la fenêtre ({window}), pas {value}.",
    ),
    "error.rule_gap": (
        "The gap between promotions must be 0 to 8760 hours, not {value}.",
        "L’écart entre promotions doit être de 0 à 8760 heures, pas {value}.",
    ),
    "error.bad_posting_hours": (
        "Posting hours must start before they end, within one day.",
        "Les heures de publication doivent commencer avant de finir, dans la même journée.",
    ),
    "month.1": ("January", "janvier"),
    "month.2": ("February", "février"),
    "month.3": ("March", "mars"),
    "month.4": ("April", "avril"),
    "month.5": ("May", "mai"),
    "month.6": ("June", "juin"),
    "month.7": ("July", "juillet"),
    "month.8": ("August", "août"),
    "month.9": ("September", "septembre"),
    "month.10": ("October", "octobre"),
    "month.11": ("November", "novembre"),
    "month.12": ("December", "décembre"),
    # -- exchange files (import and export) ---------------------------------
    "error.export_is_folder": (
        "“{path}” is a folder: name a file to write.",
        "« {path} » est un dossier : indiquez un fichier à écrire.",
    ),
    "error.export_no_folder": ("The folder “{path}” does not exist.", "Le dossier « {path} » n’existe pas."),
    "error.export_cannot_write": ("Cannot write “{path}”: {detail}.", "Impossible d’écrire « {path} » : {detail}."),
    "error.import_is_folder": (
        "“{path}” is a folder, not a file to import.",
        "« {path} » est un dossier, pas un fichier à importer.",
    ),
    "error.import_missing": ("There is no file “{path}”.", "Le fichier « {path} » n’existe pas."),
    "error.import_cannot_read": ("Cannot read “{path}”: {detail}.", "Impossible de lire « {path} » : {detail}."),
    "error.import_too_big": (
        "“{path}” is larger than {limit_mb} MB: split it before importing it.",
        "« {path} » dépasse {limit_mb} Mo : découpez-le avant de l’importer.",
    ),
    "error.conflict_rule": (
        "Someone changed the balance rule of {platform} since you opened it: nothing was saved. Look at it again before saving.",
        "Quelqu’un a modifié la règle d’équilibre de {platform} depuis que vous l’avez ouverte : rien n’a été enregistré. Regardez-la de nouveau avant d’enregistrer.",
    ),
    "error.conflict_default_rule": (
        "Someone changed the default balance rule since you opened it: nothing was saved. Look at it again before saving.",
        "Quelqu’un a modifié la règle d’équilibre par défaut depuis que vous l’avez ouverte : rien n’a été enregistré. Regardez-la de nouveau avant d’enregistrer.",
    ),
    "mode.off": ("off", "désactivée"),
    "mode.advise": ("advise", "conseil"),
    "mode.warn": ("warn", "avertissement"),
    "mode.block": ("block", "blocage"),
}
