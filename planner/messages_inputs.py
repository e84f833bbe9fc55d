"""Messages about what users and shells hand over: odd database paths and server addresses,
text that is not UTF-8, links, journals, in English and French (merged into the catalogue)."""

from __future__ import annotations

PAIRS: dict[str, tuple[str, str]] = {
    # -- where the plan is (exit 2: the path or address itself is wrong) ----------------------
    "error.pg_bad_address": (
        "{path} is not a PostgreSQL address Dialogos can read ({reason}): write it as postgresql://user@host:5432/database.",
        "{path} n’est pas une adresse PostgreSQL que Dialogos sait lire ({reason}) : écrivez-la postgresql://utilisateur@hôte:5432/base.",
    ),
    "error.pg_bad_port": (
        "{path}: the port “{port}” is not a number from 1 to 65535.",
        "{path} : le port « {port} » n’est pas un nombre de 1 à 65535.",
    ),
}
