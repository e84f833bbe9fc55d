"""What a new database starts with: platform kinds and the default categories."""

from __future__ import annotations

import re
import unicodedata

from planner.model import PlatformKind, Side

# Text limits are the platforms' own published limits for a post body. The
# colours are the kinds' defaults (a platform keeps the colour it was given):
# each near its brand's hue where that stays clear, all far apart (CIEDE2000
# 15 or more) and on a ladder of lightness, so that two platforms are told
# apart at a glance and still in grey scale. Facebook and LinkedIn used to be
# two near-identical blues; X and Threads two blacks.
PLATFORM_KINDS: dict[str, PlatformKind] = {
    kind.key: kind
    for kind in (
        PlatformKind("instagram", "Instagram", 2200, "#F06292"),
        PlatformKind("linkedin", "LinkedIn", 3000, "#0A66C2"),
        PlatformKind("x", "X", 280, "#14171A"),
        PlatformKind("mastodon", "Mastodon", 500, "#8E24AA"),
        PlatformKind("bluesky", "Bluesky", 300, "#29B6F6"),
        PlatformKind("facebook", "Facebook", 63206, "#1A237E"),
        PlatformKind("tiktok", "TikTok", 2200, "#1DE9B6"),
        PlatformKind("youtube", "YouTube", 5000, "#F44336"),
        PlatformKind("threads", "Threads", 500, "#767676"),
        PlatformKind("blog", "Blog", None, "#185A1C"),
        PlatformKind("newsletter", "Newsletter", None, "#FFA726"),
        PlatformKind("forum", "Forum", None, "#4E342E"),
        PlatformKind("other", "Other", None, "#AD9A86"),
    )
}

OTHER_KIND = "other"
"""The kind of a platform whose name says nothing known."""

# The names people give their platforms, folded as :func:`folded_name` folds
# them (letter case, accents, spaces and punctuation aside), in English and
# French. "X" alone is X; inside a longer name a lone letter means nothing.
KIND_NAMES: dict[str, str] = {
    "instagram": "instagram",
    "insta": "instagram",
    "linkedin": "linkedin",
    "x": "x",
    "twitter": "x",
    "xtwitter": "x",
    "twitterx": "x",
    "mastodon": "mastodon",
    "bluesky": "bluesky",
    "bsky": "bluesky",
    "facebook": "facebook",
    "tiktok": "tiktok",
    "youtube": "youtube",
    "threads": "threads",
    "blog": "blog",
    "blogue": "blog",
    "newsletter": "newsletter",
    "newsletters": "newsletter",
    "lettredinformation": "newsletter",
    "lettredinformations": "newsletter",
    "lettredinfo": "newsletter",
    "lettredinfos": "newsletter",
    "infolettre": "newsletter",
    "forum": "forum",
    "forums": "forum",
}


def folded_name(name: str) -> str:
    """``name`` with what does not tell platforms apart left out: letter case,
    accents, spaces and punctuation ("Lettre d’information" is "lettredinformation")."""
    decomposed = unicodedata.normalize("NFKD", name.casefold())
    return "".join(c for c in decomposed if c.isalnum() and not unicodedata.combining(c))


def guess_kind(name: str) -> str:
    """The kind a platform called ``name`` most likely is, :data:`OTHER_KIND` when unsure.

    The whole name first ("Linked In", "X (Twitter)"), then its words ("Instagram du
    café", "Blog de la librairie"); words naming two different kinds say nothing sure.
    """
    whole = KIND_NAMES.get(folded_name(name))
    if whole is not None:
        return whole
    words = {folded_name(word) for word in re.split(r"[\s\-_/,;:.()\[\]|+&'’]+", name)}
    kinds = {KIND_NAMES[word] for word in words if len(word) > 1 and word in KIND_NAMES}
    return kinds.pop() if len(kinds) == 1 else OTHER_KIND


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
