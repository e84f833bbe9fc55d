"""Messages of the backups part of team sharing, in English and French (merged into the catalogue):
automatic backups, restore, damage and risky places."""

from __future__ import annotations

PAIRS: dict[str, tuple[str, str]] = {
    # -- a damaged file (exit 5): one line, with the way out -----------------
    "damage.summary": (
        "{path} is damaged ({reason}); it was left untouched.",
        "{path} est endommagé ({reason}) ; le fichier n’a pas été modifié.",
    ),
    "damage.no_backup": (
        "{path} is damaged ({reason}); it was left untouched, and no sound backup of it was found.",
        "{path} est endommagé ({reason}) ; le fichier n’a pas été modifié, et aucune sauvegarde saine n’a été trouvée.",
    ),
    "damage.offer": (
        "{path} is damaged ({reason}); it was left untouched. The newest sound backup is {backup} (saved {saved}): {command}",
        "{path} est endommagé ({reason}) ; le fichier n’a pas été modifié. La sauvegarde saine la plus récente est {backup} (du {saved}) : {command}",
    ),
    "damage.truncated": ("the file is cut short", "le fichier est tronqué"),
    "damage.not_a_database": (
        "SQLite no longer reads it as a database",
        "SQLite ne le lit plus comme une base de données",
    ),
    "damage.malformed": ("SQLite finds its pages malformed", "SQLite trouve ses pages mal formées"),
    "damage.empty": (
        "the file is empty although backups of it exist",
        "le fichier est vide alors qu’il en existe des sauvegardes",
    ),
    "damage.empty_with_journal": (
        "the file is empty but a journal {journal} is beside it",
        "le fichier est vide mais un journal {journal} est à côté",
    ),
    "damage.unrecognised": (
        "it no longer looks like a Dialogos database although backups of it exist",
        "il ne ressemble plus à une base Dialogos alors qu’il en existe des sauvegardes",
    ),
    "damage.integrity": ("SQLite’s integrity check: {detail}", "contrôle d’intégrité SQLite : {detail}"),
    "damage.restore_question": (
        "Restore the newest sound backup, {backup}, saved {saved}? What the damaged file holds is kept beside it.",
        "Restaurer la sauvegarde saine la plus récente, {backup}, du {saved} ? Le contenu du fichier endommagé est gardé à côté.",
    ),
    "damage.restoring": ("Restoring {file}…", "Restauration de {file}…"),
    "error.db_foreign_journal": (
        "{path} has a journal file {journal} that does not belong to it (copied from elsewhere?): opening the plan would write it into the plan, so nothing was opened. Move {journal} away, then open the plan again.",
        "{path} a un fichier journal {journal} qui ne lui appartient pas (copié d’ailleurs ?) : ouvrir le planning l’y écrirait, donc rien n’a été ouvert. Déplacez {journal} ailleurs, puis rouvrez le planning.",
    ),
    "journal.set_aside": (
        "A journal beside {path} did not belong to this plan (carried over from another copy by a sync tool?): it was set aside as {kept}, not written into the plan, which opened as it is.",
        "Un journal à côté de {path} n’appartenait pas à ce planning (apporté d’une autre copie par un outil de synchronisation ?) : il a été mis de côté sous le nom {kept}, sans être écrit dans le planning, ouvert tel quel.",
    ),
    # -- automatic backups ---------------------------------------------------
    "backups.folder_unwritable": (
        "no automatic backup today: the folder {folder} cannot be written ({reason}).",
        "pas de sauvegarde automatique aujourd’hui : impossible d’écrire dans le dossier {folder} ({reason}).",
    ),
    "backups.skipped": (
        "no automatic backup today: {reason}",
        "pas de sauvegarde automatique aujourd’hui : {reason}",
    ),
    # -- restore -------------------------------------------------------------
    "restore.source_missing": (
        "There is no backup {path} to restore.",
        "Il n’y a pas de sauvegarde {path} à restaurer.",
    ),
    "restore.source_not_a_file": ("{path} is not a file to restore.", "{path} n’est pas un fichier à restaurer."),
    "restore.same_file": (
        "{path} is the database itself: name a backup of it.",
        "{path} est la base elle-même : indiquez une de ses sauvegardes.",
    ),
    "restore.source_not_dialogos": (
        "{path} is not a Dialogos database: nothing was restored.",
        "{path} n’est pas une base Dialogos : rien n’a été restauré.",
    ),
    "restore.source_unreadable": (
        "Cannot read the backup {path} ({reason}): nothing was restored.",
        "Impossible de lire la sauvegarde {path} ({reason}) : rien n’a été restauré.",
    ),
    "restore.source_damaged": (
        "The backup {path} is damaged itself (SQLite’s integrity check: {detail}): nothing was restored.",
        "La sauvegarde {path} est elle-même endommagée (contrôle d’intégrité SQLite : {detail}) : rien n’a été restauré.",
    ),
    "restore.cannot_write": (
        "Cannot put the backup in place of {path} ({reason}); the file was left as it was.",
        "Impossible de mettre la sauvegarde à la place de {path} ({reason}) ; le fichier est resté tel quel.",
    ),
    # -- db check ------------------------------------------------------------
    "check.meta_rows": (
        "The file should hold one row of facts about itself; it holds {count}.",
        "Le fichier devrait contenir une ligne de caractéristiques ; il en contient {count}.",
    ),
    "check.revision_behind": (
        "The file’s revision ({revision}) is behind its audit log ({audit}): open windows would miss changes.",
        "La révision du fichier ({revision}) est en retard sur son journal des modifications ({audit}) : les fenêtres ouvertes manqueraient des changements.",
    ),
    "check.bad_versions": (
        "Posts with a version below 1: {count}.",
        "Publications de version inférieure à 1 : {count}.",
    ),
    # -- risky places --------------------------------------------------------
    "places.synced_folder": (
        "{path} is in a folder synced by {service} ({where}): sync tools copy the file while it is being saved and keep “conflicted copies” when two people save at once, so a plan shared this way can lose changes or be damaged. Share it from a network folder instead, or use it alone.",
        "{path} est dans un dossier synchronisé par {service} ({where}) : ces outils copient le fichier pendant qu’il s’enregistre et gardent des « copies en conflit » quand deux personnes enregistrent à la fois ; un planning partagé ainsi peut perdre des modifications ou s’endommager. Partagez-le plutôt depuis un dossier réseau, ou utilisez-le seul.",
    ),
    "places.no_locks": (
        "{path} is on a {service} file system ({where}) whose locks do not reach other computers: two people saving at once can damage the plan. Use it alone there, or move it to a share with working locks.",
        "{path} est sur un système de fichiers {service} ({where}) dont les verrous ne sont pas vus des autres ordinateurs : deux personnes qui enregistrent à la fois peuvent endommager le planning. Utilisez-le seul à cet endroit, ou placez-le sur un partage aux verrous fiables.",
    ),
    "places.no_locks_option": (
        "{path} is on {service} mounted with “{option}” ({where}): locks stay on this computer, so two people saving at once can damage the plan. Mount it with locks, or use the plan alone.",
        "{path} est sur {service} monté avec « {option} » ({where}) : les verrous restent sur cet ordinateur, donc deux personnes qui enregistrent à la fois peuvent endommager le planning. Montez-le avec verrous, ou utilisez le planning seul.",
    ),
    # -- the command line ----------------------------------------------------
    "cli.help_db_all": (
        "inspect, check, back up or restore the database",
        "examine, vérifie, sauvegarde ou restaure la base",
    ),
    "cli.help_db_restore": (
        "put a backup back in place of the database (what it held is kept beside it first)",
        "remet une sauvegarde à la place de la base (son contenu est d’abord gardé à côté)",
    ),
    "cli.help_db_restore_source": ("the backup to restore", "la sauvegarde à restaurer"),
    "cli.help_db_backups": (
        "list the backups of the database, newest first",
        "liste les sauvegardes de la base, de la plus récente à la plus ancienne",
    ),
    "cli.metavar_source": ("BACKUP", "SAUVEGARDE"),
    "cli.db_restored": (
        "{path} restored from {source} (revision {revision}).",
        "{path} restauré à partir de {source} (révision {revision}).",
    ),
    "cli.db_restored_before": (
        "What it held before is kept in {path}.",
        "Son contenu précédent est gardé dans {path}.",
    ),
    "cli.db_restored_migrated": (
        "The backup was of an older format (schema {found}) and was brought up to date; the backup itself is unchanged.",
        "La sauvegarde était d’un format plus ancien (schéma {found}) et a été mise à jour ; la sauvegarde elle-même n’a pas changé.",
    ),
    "cli.db_check_offer": (
        "The newest sound backup is {backup} (saved {saved}): {command}",
        "La sauvegarde saine la plus récente est {backup} (du {saved}) : {command}",
    ),
    "cli.db_check_no_backup": ("No sound backup was found.", "Aucune sauvegarde saine n’a été trouvée."),
    "cli.db_backups_none": ("No backup of {path} yet.", "Pas encore de sauvegarde de {path}."),
    "cli.db_backup_automatic": ("automatic", "automatique"),
    "cli.db_backup_kept": ("kept", "conservée"),
    "cli.db_col_saved": ("Saved", "Enregistrée"),
    "cli.db_col_kind": ("Kind", "Type"),
    "cli.db_col_size": ("Size", "Taille"),
    "cli.db_col_file": ("File", "Fichier"),
}
