"""Messages about what users and shells hand over: odd database paths and server addresses,
text that is not UTF-8, links, journals, in English and French (merged into the catalogue)."""

from __future__ import annotations

PAIRS: dict[str, tuple[str, str]] = {
    # -- where the plan is (exit 2: the path or address itself is wrong) ----------------------
    "error.db_in_memory": (
        "“:memory:” would keep the plan in memory only, lost as soon as the command ends: name a database file instead.",
        "« :memory: » garderait le planning en mémoire seulement, perdu dès la fin de la commande : indiquez plutôt un fichier de base.",
    ),
    "error.db_path_nul": (
        "The database path holds a NUL character, which no file name can hold.",
        "Le chemin de la base contient un caractère NUL, qu’aucun nom de fichier ne peut contenir.",
    ),
    "error.db_path_too_long": (
        "The database path is too long for this system ({length} characters): give a shorter one.",
        "Le chemin de la base est trop long pour ce système ({length} caractères) : donnez-en un plus court.",
    ),
    "error.pg_bad_address": (
        "{path} is not a PostgreSQL address Dialogos can read ({reason}): write it as postgresql://user@host:5432/database.",
        "{path} n’est pas une adresse PostgreSQL que Dialogos sait lire ({reason}) : écrivez-la postgresql://utilisateur@hôte:5432/base.",
    ),
    "error.pg_bad_port": (
        "{path}: the port “{port}” is not a number from 1 to 65535.",
        "{path} : le port « {port} » n’est pas un nombre de 1 à 65535.",
    ),
    # -- a plan's file (exit 5) -----------------------------------------------------------------
    "error.db_journal_link": (
        "{path} has a journal {journal} that is a symbolic link (to {target}): SQLite never writes a plan’s journal through a link, which could send its changes elsewhere, so nothing was opened. Remove the link {journal}, then open the plan again.",
        "{path} a un journal {journal} qui est un lien symbolique (vers {target}) : SQLite n’écrit jamais le journal d’un planning à travers un lien, qui pourrait envoyer ses modifications ailleurs, donc rien n’a été ouvert. Supprimez le lien {journal}, puis rouvrez le planning.",
    ),
    # -- text (exit 2) ----------------------------------------------------------------------------
    "error.not_utf8": (
        "“{value}” is not UTF-8 text (the bytes shown as \\xNN are not): check the encoding of the terminal or the script, then type it again.",
        "« {value} » n’est pas du texte UTF-8 (les octets notés \\xNN ne le sont pas) : vérifiez l’encodage du terminal ou du script, puis retapez-le.",
    ),
    "error.link_space": (
        "“{value}” is not a web link: it holds a space. Write the space as %20, or remove it.",
        "« {value} » n’est pas un lien web : il contient une espace. Écrivez l’espace %20, ou supprimez-la.",
    ),
    "error.link_host": (
        "“{value}” is not a web link: the site after {scheme}:// cannot be read.",
        "« {value} » n’est pas un lien web : le site après {scheme}:// est illisible.",
    ),
    "error.path_unusable": ("Cannot use {path}: {reason}.", "Impossible d’utiliser {path} : {reason}."),
    # -- exchange files (exit 2) --------------------------------------------------------------------
    "error.export_not_a_file": (
        "{path} is not a regular file (a device, a pipe…): an export writes a file; use - for the standard output.",
        "{path} n’est pas un fichier ordinaire (un périphérique, un tube…) : un export écrit un fichier ; utilisez - pour la sortie standard.",
    ),
}
