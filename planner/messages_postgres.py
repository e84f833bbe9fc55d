"""Messages of plans on a PostgreSQL server, in English and French (merged into the catalogue)."""

from __future__ import annotations

PAIRS: dict[str, tuple[str, str]] = {
    "error.pg_driver_missing": (
        "A plan on a PostgreSQL server needs the psycopg package: pip install 'dialogos[postgres]'.",
        "Un planning sur un serveur PostgreSQL a besoin du paquet psycopg : pip install 'dialogos[postgres]'.",
    ),
    "error.pg_needs_migration": (
        "{path} was made by an older Dialogos; updating a plan on a server is not supported yet: nothing was changed.",
        "{path} a été créé par une ancienne version de Dialogos ; la mise à jour d’un planning sur un serveur n’est pas encore possible : rien n’a été modifié.",
    ),
    "error.pg_connection_lost": (
        "The server closed the connection to {path} (restarted or timed out): try again, Dialogos connects anew. A change made at that very moment may not be saved.",
        "Le serveur a fermé la connexion à {path} (redémarrage ou délai dépassé) : réessayez, Dialogos se reconnecte. Une modification faite à cet instant précis peut ne pas être enregistrée.",
    ),
    "error.pg_no_backup": (
        "{path} is on a PostgreSQL server: its backups are made on the server (pg_dump), not by Dialogos.",
        "{path} est sur un serveur PostgreSQL : ses sauvegardes se font sur le serveur (pg_dump), pas par Dialogos.",
    ),
}
