"""Messages of a full disk, in English and French (merged into the catalogue)."""

from __future__ import annotations

PAIRS: dict[str, tuple[str, str]] = {
    # -- why there is no room (inside the sentences below) -------------------
    "disk.full": ("the disk is full", "le disque est plein"),
    "disk.quota": ("your disk quota is used up", "votre quota disque est épuisé"),
    "disk.too_large": (
        "the file would pass the largest size this system allows",
        "le fichier dépasserait la taille maximale permise sur ce système",
    ),
    # -- the plan (exit 5) ---------------------------------------------------
    "error.disk_full": (
        "No room left to save {path}: {cause}. Nothing was saved; free some space, then try again.",
        "Plus de place pour enregistrer {path} : {cause}. Rien n’a été enregistré ; libérez de la place, puis réessayez.",
    ),
    "error.pg_disk_full": (
        "No room left on the server to save {path}: its disk is full. Nothing was saved; the server’s administrator must free some space.",
        "Plus de place sur le serveur pour enregistrer {path} : son disque est plein. Rien n’a été enregistré ; l’administrateur du serveur doit libérer de la place.",
    ),
}
