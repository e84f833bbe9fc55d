"""Messages of the suggestions that never dead-end: what fixes a refused post when no slot
within the horizon lets it pass, in English and French (merged into the catalogue)."""

from __future__ import annotations

PAIRS: dict[str, tuple[str, str]] = {
    "suggest.add_conversation_before_one": (
        "No free slot within {days} days lets it pass. Add 1 conversation post on {platform} before it, for example {moments}.",
        "Aucun créneau libre à moins de {days} jours ne la laisse passer. Ajoutez 1 publication de conversation sur {platform} avant elle, par exemple le {moments}.",
    ),
    "suggest.add_conversation_before": (
        "No free slot within {days} days lets it pass. Add {count} conversation posts on {platform} before it, for example {moments}.",
        "Aucun créneau libre à moins de {days} jours ne la laisse passer. Ajoutez {count} publications de conversation sur {platform} avant elle, par exemple le {moments}.",
    ),
    "suggest.add_conversation_after_one": (
        "No free slot within {days} days lets it pass. Add 1 conversation post on {platform} after it, for example {moments}.",
        "Aucun créneau libre à moins de {days} jours ne la laisse passer. Ajoutez 1 publication de conversation sur {platform} après elle, par exemple le {moments}.",
    ),
    "suggest.add_conversation_after": (
        "No free slot within {days} days lets it pass. Add {count} conversation posts on {platform} after it, for example {moments}.",
        "Aucun créneau libre à moins de {days} jours ne la laisse passer. Ajoutez {count} publications de conversation sur {platform} après elle, par exemple le {moments}.",
    ),
    "suggest.move_and_conversation_before_one": (
        "No free slot within {days} days lets it pass. Move it to {moment} and add 1 conversation post on {platform} before it, for example {moments}.",
        "Aucun créneau libre à moins de {days} jours ne la laisse passer. Déplacez-la au {moment} et ajoutez 1 publication de conversation sur {platform} avant elle, par exemple le {moments}.",
    ),
    "suggest.move_and_conversation_before": (
        "No free slot within {days} days lets it pass. Move it to {moment} and add {count} conversation posts on {platform} before it, for example {moments}.",
        "Aucun créneau libre à moins de {days} jours ne la laisse passer. Déplacez-la au {moment} et ajoutez {count} publications de conversation sur {platform} avant elle, par exemple le {moments}.",
    ),
    "suggest.move_and_conversation_after_one": (
        "No free slot within {days} days lets it pass. Move it to {moment} and add 1 conversation post on {platform} after it, for example {moments}.",
        "Aucun créneau libre à moins de {days} jours ne la laisse passer. Déplacez-la au {moment} et ajoutez 1 publication de conversation sur {platform} après elle, par exemple le {moments}.",
    ),
    "suggest.move_and_conversation_after": (
        "No free slot within {days} days lets it pass. Move it to {moment} and add {count} conversation posts on {platform} after it, for example {moments}.",
        "Aucun créneau libre à moins de {days} jours ne la laisse passer. Déplacez-la au {moment} et ajoutez {count} publications de conversation sur {platform} après elle, par exemple le {moments}.",
    ),
    "suggest.add_conversation_around_one": (
        "No free slot within {days} days lets it pass. Add 1 conversation post on {platform} next to it, for example {moments}.",
        "Aucun créneau libre à moins de {days} jours ne la laisse passer. Ajoutez 1 publication de conversation sur {platform} à côté d’elle, par exemple le {moments}.",
    ),
    "suggest.add_conversation_around": (
        "No free slot within {days} days lets it pass. Add {count} conversation posts on {platform} before and after it, for example {moments}.",
        "Aucun créneau libre à moins de {days} jours ne la laisse passer. Ajoutez {count} publications de conversation sur {platform} avant et après elle, par exemple le {moments}.",
    ),
    "suggest.move_and_conversation_around_one": (
        "No free slot within {days} days lets it pass. Move it to {moment} and add 1 conversation post on {platform} next to it, for example {moments}.",
        "Aucun créneau libre à moins de {days} jours ne la laisse passer. Déplacez-la au {moment} et ajoutez 1 publication de conversation sur {platform} à côté d’elle, par exemple le {moments}.",
    ),
    "suggest.move_and_conversation_around": (
        "No free slot within {days} days lets it pass. Move it to {moment} and add {count} conversation posts on {platform} before and after it, for example {moments}.",
        "Aucun créneau libre à moins de {days} jours ne la laisse passer. Déplacez-la au {moment} et ajoutez {count} publications de conversation sur {platform} avant et après elle, par exemple le {moments}.",
    ),
    "suggest.list_separator": (", ", ", le "),
    "suggest.list_last": (" and ", " et le "),
    "suggest.no_fix": (
        "No free slot within {days} days lets it pass on {platform}, and adding conversation posts beside it would not either: save it with a reason, or change the {rule} rule.",
        "Aucun créneau libre à moins de {days} jours ne la laisse passer sur {platform}, et ajouter des publications de conversation à côté d’elle non plus : enregistrez-la avec une raison, ou changez la règle {rule}.",
    ),
}
