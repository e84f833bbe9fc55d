"""Messages of "promises before promotion": a balance rule that holds back new promotion
while follow-ups are late, in English and French (merged into the catalogue)."""

from __future__ import annotations

PAIRS: dict[str, tuple[str, str]] = {
    "balance.no_promotion_while_late": (
        "You owe the community {count} follow-ups on {platform} ({late}): under the {rule} rule, promises come before promotion.",
        "Vous devez {count} suivis à la communauté sur {platform} ({late}) : avec la règle {rule}, les promesses passent avant la promotion.",
    ),
    "balance.no_promotion_while_late_one": (
        "You owe the community 1 follow-up on {platform} ({late}): under the {rule} rule, promises come before promotion.",
        "Vous devez 1 suivi à la communauté sur {platform} ({late}) : avec la règle {rule}, les promesses passent avant la promotion.",
    ),
    "promises.late_item": (
        "“{title}” of {day}: {kind} due {due}",
        "« {title} » du {day} : {kind}, échéance le {due}",
    ),
    "promises.late_item_noted": (
        "“{title}” of {day}: {kind} “{note}” due {due}",
        "« {title} » du {day} : {kind} « {note} », échéance le {due}",
    ),
    "promises.held_back": (
        " {count} promotions wait behind them.",
        " {count} promotions les attendent.",
    ),
    "promises.list_separator": ("; ", " ; "),
    "promises.and_more": ("; and {count} more", " ; et {count} autres"),
    "promises.and_many_more": ("; and {count} or more others", " ; et au moins {count} autres"),
    "promises.no_slot": (
        "No slot is suggested: no promotion on {platform} passes until its late follow-ups are kept or dropped (followup keep/drop), and when that will be is not known.",
        "Aucun créneau n’est proposé : aucune promotion sur {platform} ne passe avant que ses suivis en retard soient tenus ou abandonnés (followup keep/drop), et on ne sait pas quand.",
    ),
    "promises.no_slot@app": (
        "No slot is suggested: no promotion on {platform} passes until its late follow-ups are kept or dropped (Keep or Drop… in the Follow-ups panel), and when that will be is not known.",
        "Aucun créneau n’est proposé : aucune promotion sur {platform} ne passe avant que ses suivis en retard soient tenus ou abandonnés (Tenir ou Abandonner… dans le panneau Suivis), et on ne sait pas quand.",
    ),
    "rule.no_promotion_while_late": ("Promises before promotion", "Les promesses avant la promotion"),
    # -- the command line ---------------------------------------------------------------------
    "cli.help_rules_no_promotion_while_late": (
        "on: no new promotion while a follow-up on the platform is late; off: allow it",
        "on : pas de nouvelle promotion tant qu’un suivi de la plateforme est en retard ; off : l’autoriser",
    ),
    "cli.col_no_promotion_while_late": ("Promises first", "Promesses d’abord"),
    "cli.rule_on": ("on", "oui"),
    "cli.rule_off": ("off", "non"),
}
