"""What a new database starts with: platform kinds and the default categories."""

from __future__ import annotations

from planner.model import PlatformKind, Side

# Text limits are the platforms' own published limits for a post body.
PLATFORM_KINDS: dict[str, PlatformKind] = {
    kind.key: kind
    for kind in (
        PlatformKind("instagram", "Instagram", 2200, "#C13584"),
        PlatformKind("linkedin", "LinkedIn", 3000, "#0A66C2"),
        PlatformKind("x", "X", 280, "#14171A"),
        PlatformKind("mastodon", "Mastodon", 500, "#6364FF"),
        PlatformKind("bluesky", "Bluesky", 300, "#1185FE"),
        PlatformKind("facebook", "Facebook", 63206, "#1877F2"),
        PlatformKind("tiktok", "TikTok", 2200, "#EE1D52"),
        PlatformKind("youtube", "YouTube", 5000, "#FF0000"),
        PlatformKind("threads", "Threads", 500, "#000000"),
        PlatformKind("blog", "Blog", None, "#2E7D32"),
        PlatformKind("newsletter", "Newsletter", None, "#F57C00"),
        PlatformKind("forum", "Forum", None, "#6D4C41"),
        PlatformKind("other", "Other", None, "#607D8B"),
    )
}

# (English name, French name, side): the set a new database starts with, named
# in the language of whoever creates it. Users edit it freely afterwards.
DEFAULT_CATEGORIES: tuple[tuple[str, str, Side], ...] = (
    ("Question", "Question", Side.CONVERSATION),
    ("Poll", "Sondage", Side.CONVERSATION),
    ("Community spotlight", "Mise en avant de la communauté", Side.CONVERSATION),
    ("Behind the scenes", "Coulisses", Side.CONVERSATION),
    ("Curated share", "Partage de contenu", Side.CONVERSATION),
    ("Tip", "Astuce", Side.CONVERSATION),
    ("Answer to the community", "Réponse à la communauté", Side.CONVERSATION),
    ("News", "Actualité", Side.INFORMATION),
    ("Practical info", "Info pratique", Side.INFORMATION),
    ("Event", "Événement", Side.INFORMATION),
    ("Offer", "Offre", Side.PROMOTION),
    ("Launch", "Lancement", Side.PROMOTION),
    ("Contest", "Concours", Side.PROMOTION),
)

MEMBER_COLOURS = ("#5C6BC0", "#26A69A", "#EF5350", "#AB47BC", "#FFA726", "#8D6E63", "#42A5F5")

DEFAULT_DURATION_MINUTES = 30
MAX_DURATION_MINUTES = 7 * 24 * 60
MAX_TITLE_LENGTH = 200
MAX_BODY_LENGTH = 100_000
MAX_NAME_LENGTH = 60
MAX_FIELD_LENGTH = 2_000
