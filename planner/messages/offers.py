"""Messages of the offer habit: a balance rule that limits offers per platform and warns when
they fall on a fixed rhythm, in English and French (merged into the catalogue)."""

from __future__ import annotations

PAIRS: dict[str, tuple[str, str]] = {
    "balance.max_offers": (
        "{figure} offers on {platform} {within} ({span}); the {rule} rule allows {limit}.",
        "{figure} offres sur {platform} {within} ({span}) ; la règle {rule} en permet {limit}.",
    ),
    "balance.max_offers_none": (
        "An offer on {platform} {within} ({span}): the {rule} rule allows none.",
        "Une offre sur {platform} {within} ({span}) : la règle {rule} n’en permet aucune.",
    ),
    "offers.within_day": ("in one day", "en un jour"),
    "offers.within_days": ("in {days} days", "en {days} jours"),
    "balance.offer_rhythm": (
        "Offers {every}, {figure} times in a row on {platform} ({span}): the community learns to wait for the next coupon.",
        "Des offres {every}, {figure} fois de suite sur {platform} ({span}) : la communauté apprend à attendre le prochain coupon.",
    ),
    "offers.every_slot": ("every {weekday} at {time}", "chaque {weekday} à {time}"),
    "offers.every_day": ("every day", "tous les jours"),
    "offers.every_days": ("every {count} days", "tous les {count} jours"),
    "offers.every_hour": ("every hour", "toutes les heures"),
    "offers.every_hours": ("every {count} hours", "toutes les {count} heures"),
    "offers.every_minutes": ("every {count} minutes", "toutes les {count} minutes"),
    "offers.weekday.0": ("Monday", "lundi"),
    "offers.weekday.1": ("Tuesday", "mardi"),
    "offers.weekday.2": ("Wednesday", "mercredi"),
    "offers.weekday.3": ("Thursday", "jeudi"),
    "offers.weekday.4": ("Friday", "vendredi"),
    "offers.weekday.5": ("Saturday", "samedi"),
    "offers.weekday.6": ("Sunday", "dimanche"),
    "rule.max_offers": ("The most offers", "Le maximum d’offres"),
    "rule.offer_days": ("Offer days", "Jours des offres"),
    "error.rule_offers_pair": (
        "Give the most offers and their days together (--max-offers N --offer-days D), or neither.",
        "Donnez le maximum d’offres et leurs jours ensemble (--max-offers N --offer-days D), ou aucun des deux.",
    ),
    "error.rule_max_offers": (
        "The most offers must be 0 or more, not {value}.",
        "Le maximum d’offres doit être de 0 ou plus, pas {value}.",
    ),
    "error.rule_offer_days": (
        "Offers are counted over 1 to {limit} days, not {value}.",
        "Les offres se comptent sur 1 à {limit} jours, pas {value}.",
    ),
    # -- the command line ---------------------------------------------------------------------
    "cli.help_rules_max_offers": (
        "at most N offers on the platform in any span of --offer-days days (off: no limit)",
        "au plus N offres sur la plateforme sur toute période de --offer-days jours (off : sans limite)",
    ),
    "cli.help_rules_offer_days": (
        "the days over which --max-offers counts offers (1 to 365)",
        "les jours sur lesquels --max-offers compte les offres (1 à 365)",
    ),
    "cli.metavar_offers": ("N|off", "N|off"),
    "cli.metavar_days": ("DAYS", "JOURS"),
    "cli.col_offers": ("Offers", "Offres"),
    "cli.offers_cell": ("{count} in {days} d", "{count} en {days} j"),
    "cli.bad_max_offers": (
        "a whole number or off, not “{value}”",
        "un nombre entier ou off, pas « {value} »",
    ),
}
