"""Messages of the presence part of team sharing, in English and French (merged into the catalogue).

Presence (who has the file open) and a post's history (its versions, restoring one).
"""

from __future__ import annotations

PAIRS: dict[str, tuple[str, str]] = {
    # -- restoring a version: errors --------------------------------------------
    "error.version_not_found": (
        "Post {id} has no version {version}: its versions are {known}.",
        "La publication {id} n’a pas de version {version} : ses versions sont {known}.",
    ),
    "error.no_versions": (
        "Post {id} has no recorded version to restore.",
        "La publication {id} n’a aucune version enregistrée à restaurer.",
    ),
    "error.version_not_kept": (
        "Version {version} of post {id} was saved by an older Dialogos, which did not keep whole versions: it cannot be restored.",
        "La version {version} de la publication {id} a été enregistrée par une ancienne version de Dialogos, qui ne gardait pas les versions entières : elle ne peut pas être restaurée.",
    ),
    "error.version_is_current": (
        "Post {id} is already as in version {version}: nothing to restore.",
        "La publication {id} est déjà comme dans la version {version} : rien à restaurer.",
    ),
    "error.restore_deleted": (
        "Post {id} was deleted: its history can be read, but none of its versions can be restored.",
        "La publication {id} a été supprimée : son historique se lit encore, mais aucune de ses versions ne peut être restaurée.",
    ),
    # -- the command line ------------------------------------------------------------
    "cli.help_post_history": (
        "who changed a post, what and when (also once deleted)",
        "qui a modifié une publication, quoi et quand (même supprimée)",
    ),
    "cli.help_post_restore": (
        "bring a post back to an earlier version, or as another copy of the plan has it (an ordinary edit)",
        "ramène une publication à une version antérieure, ou telle qu’une autre copie du planning l’a (une modification ordinaire)",
    ),
    "cli.help_restore_version": ("the version to bring back", "la version à rétablir"),
    "cli.restored": (
        "Post {id} is back as in version {restored}: saved as version {version}.",
        "La publication {id} est revenue à la version {restored} : enregistrée comme version {version}.",
    ),
    "history.none": (
        "No change of post {id} is in the audit log.",
        "Aucune modification de la publication {id} n’est dans le journal.",
    ),
    "history.not_kept": (
        "Versions marked “—” were saved by an older Dialogos, which did not keep whole versions: they cannot be restored.",
        "Les versions marquées « — » ont été enregistrées par une ancienne version de Dialogos, qui ne gardait pas les versions entières : elles ne peuvent pas être restaurées.",
    ),
    "history.col_version": ("Version", "Version"),
    "history.col_when": ("When", "Quand"),
    "history.col_who": ("Who", "Qui"),
    "history.col_change": ("Change", "Modification"),
    "history.col_fields": ("What changed", "Ce qui a changé"),
    "history.col_reason": ("Reason", "Raison"),
    "history.col_restore": ("Restore", "Restaurable"),
    "history.created": ("created", "création"),
    "history.edited": ("edited", "modification"),
    "history.moved": ("moved", "déplacement"),
    "history.deleted": ("deleted", "suppression"),
    "history.restored": ("restored version {version}", "retour à la version {version}"),
    "history.undo_reason": ("undo or redo", "annulation ou rétablissement"),
    "history.undeleted": ("brought back (deletion undone)", "rétablie (suppression annulée)"),
    "history.batch": ("created with {count} posts at once", "création de {count} publications d’un coup"),
    "history.current": ("current", "actuelle"),
    "history.change": ("{field}: {before} → {after}", "{field} : {before} → {after}"),
    "history.set": ("{field}: {after}", "{field} : {after}"),
    "history.empty_value": ("—", "—"),
    "history.field.platform": ("platform", "plateforme"),
    "history.field.title": ("title", "titre"),
    "history.field.body": ("text", "texte"),
    "history.field.category": ("category", "catégorie"),
    "history.field.status": ("status", "statut"),
    "history.field.start": ("date", "date"),
    "history.field.timezone": ("time zone", "fuseau"),
    "history.field.duration_minutes": ("duration", "durée"),
    "history.field.author": ("author", "auteur"),
    "history.field.campaign": ("campaign", "campagne"),
    "history.field.link": ("link", "lien"),
    "history.field.notes": ("notes", "notes"),
    "history.field.group_uid": ("group", "groupe"),
    "history.field.series_uid": ("series", "série"),
    "history.field.uid": ("identifier", "identifiant"),
    # -- presence in `db info` -------------------------------------------------------
    "presence.info_label": ("Open by", "Ouverte par"),
    "presence.nobody": ("nobody else", "personne d’autre"),
    "presence.entry": ("{name} on {host} since {since}", "{name} sur {host} depuis {since}"),
    "presence.entry_cli": (
        "{name} on {host} since {since} (command line)",
        "{name} sur {host} depuis {since} (ligne de commande)",
    ),
}
