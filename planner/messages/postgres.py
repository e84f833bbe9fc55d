"""Messages of plans on a PostgreSQL server, in English and French (merged into the catalogue)."""

from __future__ import annotations

PAIRS: dict[str, tuple[str, str]] = {
    "error.pg_driver_missing": (
        "A plan on a PostgreSQL server needs the psycopg package: pip install 'dialogos[postgres]'.",
        "Un planning sur un serveur PostgreSQL a besoin du paquet psycopg : pip install 'dialogos[postgres]'.",
    ),
    "error.pg_needs_migration": (
        "{path} was made by a development version of Dialogos older than any server plan: it cannot be updated, nothing was changed.",
        "{path} a été créé par une version de développement de Dialogos plus ancienne que tout planning sur serveur : impossible de le mettre à jour, rien n’a été modifié.",
    ),
    "migrate.no_backup": (
        "{path} was updated from schema {found} without a backup first ({reason}); the update ran in one transaction, all or nothing.",
        "{path} a été mis à jour depuis le schéma {found} sans sauvegarde préalable ({reason}) ; la mise à jour s’est faite en une seule transaction, entière ou pas du tout.",
    ),
    "error.pg_dump_missing": (
        "{path} is on a PostgreSQL server: its backup needs pg_dump, which is not installed here (PostgreSQL’s client tools, e.g. the postgresql-client package).",
        "{path} est sur un serveur PostgreSQL : sa sauvegarde a besoin de pg_dump, qui n’est pas installé ici (outils clients de PostgreSQL, par exemple le paquet postgresql-client).",
    ),
    "error.pg_dump_failed": (
        "pg_dump could not back up {path}: {reason}. Nothing was written.",
        "pg_dump n’a pas pu sauvegarder {path} : {reason}. Rien n’a été écrit.",
    ),
    "error.pg_connection_lost": (
        "The server closed the connection to {path} (restarted or timed out): try again, Dialogos connects anew. A change made at that very moment may not be saved.",
        "Le serveur a fermé la connexion à {path} (redémarrage ou délai dépassé) : réessayez, Dialogos se reconnecte. Une modification faite à cet instant précis peut ne pas être enregistrée.",
    ),
    "error.pg_no_restore": (
        '{path} is on a PostgreSQL server: Dialogos restores files only; put a backup (a pg_dump file) back with psql: psql "{path}" -f BACKUP.sql, into an empty database.',
        '{path} est sur un serveur PostgreSQL : Dialogos ne restaure que des fichiers ; remettez une sauvegarde (un fichier pg_dump) avec psql : psql "{path}" -f SAUVEGARDE.sql, dans une base vide.',
    ),
}
