"""Messages about the file under an open plan, in English and French (merged into the catalogue):
replaced, overwritten by an older copy, deleted, made read-only, and the way back."""

from __future__ import annotations

PAIRS: dict[str, tuple[str, str]] = {
    # -- a write refused (exit 5) -----------------------------------------------
    "error.db_deleted": (
        "{path} no longer exists (deleted or moved away): nothing was saved.",
        "{path} n’existe plus (supprimé ou déplacé) : rien n’a été enregistré.",
    ),
    "error.db_replaced": (
        "{path} was replaced by another file since it was opened: nothing was saved.",
        "{path} a été remplacé par un autre fichier depuis son ouverture : rien n’a été enregistré.",
    ),
    # -- what an open window is told ----------------------------------------------
    "file.save_again_server": (
        "{path} is on a PostgreSQL server: there is no file to save again.",
        "{path} est sur un serveur PostgreSQL : il n’y a pas de fichier à réenregistrer.",
    ),
    "file.replaced": (
        "{path} was replaced by another file: the plan is read again from it.",
        "{path} a été remplacé par un autre fichier : le planning est relu depuis celui-ci.",
    ),
    "file.older": (
        "{path} was overwritten by an older copy (revision {found}, older than revision {seen} already read): the plan is read again from it.",
        "{path} a été écrasé par une copie plus ancienne (révision {found}, antérieure à la révision {seen} déjà lue) : le planning est relu depuis celle-ci.",
    ),
    "file.deleted": (
        "{path} was deleted or moved away: nothing can be saved to it any more.",
        "{path} a été supprimé ou déplacé : plus rien ne peut y être enregistré.",
    ),
    "file.back": (
        "{path} is back: the plan can be changed again.",
        "{path} est de retour : le planning peut de nouveau être modifié.",
    ),
    "file.read_only": (
        "{path} became read-only: you can look at the plan, not change it.",
        "{path} est passé en lecture seule : vous pouvez consulter le planning, pas le modifier.",
    ),
    "file.writable": (
        "{path} can be written again: the plan can be changed.",
        "{path} est de nouveau modifiable : le planning peut être changé.",
    ),
    # -- saving a deleted plan again --------------------------------------------
    "file.saved_again": (
        "The plan was saved again to {path}.",
        "Le planning a été de nouveau enregistré dans {path}.",
    ),
    "file.save_again_exists": (
        "{path} exists again: nothing was overwritten, the plan is read from it.",
        "{path} existe de nouveau : rien n’a été écrasé, le planning est lu depuis ce fichier.",
    ),
    "file.save_again_lost": (
        "The plan that was at {path} can no longer be read from here: restore a backup.",
        "Le planning qui était à {path} ne peut plus être lu d’ici : restaurez une sauvegarde.",
    ),
    "file.save_again_failed": (
        "The plan could not be saved again to {path}: {reason}.",
        "Le planning n’a pas pu être de nouveau enregistré dans {path} : {reason}.",
    ),
}
