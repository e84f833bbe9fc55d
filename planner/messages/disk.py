"""Messages of a full disk and of copies kept private, in English and French (merged into the catalogue)."""

from __future__ import annotations

PAIRS: dict[str, tuple[str, str]] = {
    # -- why there is no room (inside the sentences below) -------------------
    "disk.full": ("the disk is full", "le disque est plein"),
    "disk.quota": ("your disk quota is used up", "votre quota disque est épuisé"),
    "disk.too_large": (
        "the file would pass the largest size this system allows",
        "le fichier dépasserait la taille maximale permise sur ce système",
    ),
    # -- the plan, a copy of it, or a restore (exit 5) -----------------------
    "error.disk_full": (
        "No room left to save {path}: {cause}. Nothing was saved; free some space, then try again.",
        "Plus de place pour enregistrer {path} : {cause}. Rien n’a été enregistré ; libérez de la place, puis réessayez.",
    ),
    "error.pg_disk_full": (
        "No room left on the server to save {path}: its disk is full. Nothing was saved; the server’s administrator must free some space.",
        "Plus de place sur le serveur pour enregistrer {path} : son disque est plein. Rien n’a été enregistré ; l’administrateur du serveur doit libérer de la place.",
    ),
    "error.backup_no_room": (
        "No room left for the backup {path}: {cause}. The backup was not saved, and the plan was not changed.",
        "Plus de place pour la sauvegarde {path} : {cause}. La sauvegarde n’a pas été enregistrée, et le planning n’a pas été modifié.",
    ),
    "restore.no_room": (
        "No room left to prepare the restore in {path}: {cause}. Nothing was restored; the plan was not changed.",
        "Plus de place pour préparer la restauration dans {path} : {cause}. Rien n’a été restauré ; le planning n’a pas été modifié.",
    ),
    # -- automatic backups: a warning, the work goes on ----------------------
    "backups.no_room": (
        "no automatic backup today: no room left for {path} ({cause}), so that backup was not saved; the plan itself was not touched.",
        "pas de sauvegarde automatique aujourd’hui : plus de place pour {path} ({cause}), cette sauvegarde n’a donc pas été enregistrée ; le planning lui-même n’a pas été touché.",
    ),
    "backups.folder_is_link": (
        "no automatic backup today: {folder} is a symbolic link, and backups are never written through one (anyone who made it could read them where it points). Put a real folder there, or choose where backups go (DIALOGOS_BACKUPS, or File ▸ Automatic backups folder).",
        "pas de sauvegarde automatique aujourd’hui : {folder} est un lien symbolique, et les sauvegardes ne sont jamais écrites à travers un lien (qui l’a créé pourrait les lire là où il mène). Mettez-y un vrai dossier, ou choisissez où vont les sauvegardes (DIALOGOS_BACKUPS, ou Fichier ▸ Dossier des sauvegardes automatiques).",
    ),
}
