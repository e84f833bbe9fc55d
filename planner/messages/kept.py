"""Messages of kept on time: the follow-ups kept by their due instant, in the balance report
and when a keep is recorded after the fact, in English and French (merged into the catalogue)."""

from __future__ import annotations

PAIRS: dict[str, tuple[str, str]] = {
    # -- bad input (exit 2) -------------------------------------------------------------------
    "error.kept_in_future": (
        "A follow-up cannot have been kept in the future ({at}).",
        "Un suivi ne peut pas avoir été tenu dans le futur ({at}).",
    ),
    "error.kept_before_post": (
        "A follow-up cannot have been kept ({at}) before its post started ({start}).",
        "Un suivi ne peut pas avoir été tenu ({at}) avant le début de sa publication ({start}).",
    ),
    "error.kept_at_unpublished": (
        "Follow-up {id} is kept when post {post} is published: it has no time of keeping to record yet.",
        "Le suivi {id} sera tenu quand la publication {post} sera publiée : il n’y a pas encore d’heure à enregistrer.",
    ),
    # -- the balance report ---------------------------------------------------------------------
    "cli.balance_kept": (
        "  Kept on time: {kept} of {judged} ({percent} %)",
        "  Tenus à temps : {kept} sur {judged} ({percent} %)",
    ),
    "cli.balance_kept_unjudged": (
        "  Kept on time: none to judge yet",
        "  Tenus à temps : aucun à juger pour l’instant",
    ),
    "cli.balance_kept_detail": (
        "  Follow-ups due: {due} · kept on time {kept_on_time} · kept late {kept_late} · late {late} · open {open} · dropped {dropped}",
        "  Suivis dus : {due} · tenus à temps {kept_on_time} · tenus en retard {kept_late} · en retard {late} · ouverts {open} · abandonnés {dropped}",
    ),
}
