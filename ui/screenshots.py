"""Screenshots of the first window for the docs: ``python -m ui.screenshots``.

Each language gets its own temporary database with a believable week, seen
by a fixed clock so the pictures do not change from one run to the next.
Instagram gets two promotions among five posts, so the new file's default
rule (80/20, warn) flags that window and the pictures show the balance marks.
"""

from __future__ import annotations

import os
import sys
import tempfile
from datetime import datetime, timedelta
from pathlib import Path
from zoneinfo import ZoneInfo

from PySide6.QtWidgets import QApplication

from planner import i18n
from planner.model import PostFields, Status
from planner.service import Planner
from ui.app import APP_NAME, create_main_window, install_translators, remove_translators, use_locale

ZONE = "Europe/Paris"
NOW = datetime(2026, 6, 10, 10, 0, tzinfo=ZoneInfo(ZONE))  # Wednesday of 2026-W24
OUTPUT = Path(__file__).resolve().parent.parent / "docs" / "screenshots"

# (day offset from Monday, hour, minute, platform, category, status, author, zone, title): one week.
_WEEK = {
    "en": (
        (0, 9, 0, "Instagram", "Question", "published", "Camille", None, "What's on your desk this Monday?"),
        (0, 12, 30, "LinkedIn", "Curated share", "published", "Dominique", None, "Five studies on remote teams"),
        (1, 10, 0, "Mastodon", "Behind the scenes", "scheduled", "Camille", None, "How we pack 300 orders a day"),
        (1, 18, 0, "Instagram", "Offer", "cancelled", "Dominique", None, "Flash sale: 20 % off notebooks"),
        (2, 9, 30, "Newsletter", "News", "ready", "Camille", None, "June letter: the new workshop opens"),
        (2, 15, 0, "Instagram", "Poll", "scheduled", "Camille", None, "Lined or dotted: settle it for us"),
        (3, 9, 0, "LinkedIn", "Event", "ready", "Dominique", "America/Toronto", "Live Q&A with our Montréal shop"),
        (3, 18, 0, "Instagram", "Contest", "scheduled", "Dominique", None, "Win a year of notebooks"),
        (4, 11, 0, "Bluesky", "Tip", "draft", "Camille", None, "Three ways to keep a bullet journal going"),
        (4, 17, 0, "Instagram", "Launch", "draft", "Dominique", None, "Meet the recycled-paper range"),
        (5, 10, 0, "Instagram", "Community spotlight", "draft", None, None, "Your desks, your photos"),
        (6, 19, 0, "Mastodon", "Answer to the community", "draft", "Camille", None, "Your questions from the poll"),
    ),
    "fr": (
        (0, 9, 0, "Instagram", "Question", "published", "Camille", None, "Qu’y a-t-il sur votre bureau ce lundi ?"),
        (0, 12, 30, "LinkedIn", "Partage de contenu", "published", "Dominique", None, "Cinq études sur le télétravail"),
        (1, 10, 0, "Mastodon", "Coulisses", "scheduled", "Camille", None, "Comment on prépare 300 colis par jour"),
        (1, 18, 0, "Instagram", "Offre", "cancelled", "Dominique", None, "Vente flash : –20 % sur les carnets"),
        (2, 9, 30, "Newsletter", "Actualité", "ready", "Camille", None, "Lettre de juin : l’atelier ouvre"),
        (2, 15, 0, "Instagram", "Sondage", "scheduled", "Camille", None, "Lignes ou points : à vous de trancher"),
        (
            3,
            9,
            0,
            "LinkedIn",
            "Événement",
            "ready",
            "Dominique",
            "America/Toronto",
            "Questions en direct avec Montréal",
        ),
        (3, 18, 0, "Instagram", "Concours", "scheduled", "Dominique", None, "Gagnez un an de carnets"),
        (4, 11, 0, "Bluesky", "Astuce", "draft", "Camille", None, "Trois façons de tenir son bullet journal"),
        (4, 17, 0, "Instagram", "Lancement", "draft", "Dominique", None, "Découvrez la gamme en papier recyclé"),
        (5, 10, 0, "Instagram", "Mise en avant de la communauté", "draft", None, None, "Vos bureaux, vos photos"),
        (6, 19, 0, "Mastodon", "Réponse à la communauté", "draft", "Camille", None, "Vos réponses au sondage"),
    ),
}
_PLATFORMS = (
    ("Instagram", "instagram"),
    ("LinkedIn", "linkedin"),
    ("Mastodon", "mastodon"),
    ("Bluesky", "bluesky"),
    ("Newsletter", "newsletter"),
)


def fill_week(planner: Planner, language: str) -> None:
    """Add the platforms and the sample week of ``language`` to a fresh planner."""
    for name, kind in _PLATFORMS:
        planner.add_platform(name, kind)
    monday = (NOW - timedelta(days=NOW.weekday())).replace(hour=0, minute=0)
    for day, hour, minute, platform, category, status, author, zone_name, title in _WEEK[language]:
        wall = (monday + timedelta(days=day)).replace(hour=hour, minute=minute)
        start = wall.replace(tzinfo=ZoneInfo(zone_name)) if zone_name else wall
        planner.create_post(
            PostFields(
                platform=platform, title=title, start=start, category=category, status=Status(status), author=author
            )
        )


def take(language: str, folder: Path) -> Path:
    """Save ``first-window-<language>.png`` in ``folder``; returns its path."""
    app = QApplication.instance() or QApplication(sys.argv[:1])
    assert isinstance(app, QApplication)
    app.setApplicationName(APP_NAME)
    i18n.set_language(language)  # default categories are named in the creator's language
    use_locale(language)
    translators = install_translators(app, language)
    target = folder / f"first-window-{language}.png"
    try:
        with (
            tempfile.TemporaryDirectory() as scratch,
            Planner.open(
                Path(scratch) / "plan.sqlite", planning_zone=ZONE, clock=lambda: NOW, user="camille"
            ) as planner,
        ):
            fill_week(planner, language)
            window = create_main_window(planner, clock=lambda: NOW)
            window.show()
            app.processEvents()
            window.table.selectRow(4)
            window.grab().save(str(target))
            window.close()
    finally:
        remove_translators(app, translators)
    return target


def main(argv: list[str] | None = None) -> int:
    """Write both screenshots, into the folder given or ``docs/screenshots``."""
    arguments = sys.argv[1:] if argv is None else argv
    folder = Path(arguments[0]) if arguments else OUTPUT
    # Offscreen: the pictures look the same on any machine, with or without a display.
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    folder.mkdir(parents=True, exist_ok=True)
    for language in ("en", "fr"):
        print(take(language, folder))
    return 0


if __name__ == "__main__":
    sys.exit(main())
