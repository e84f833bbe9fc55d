"""A believable plan to try Dialogos on, and big files for benchmarks.

``plan_demo`` writes a few weeks around today for a small brand (a coffee
roaster), in the user's language, with every side and status and a few
promotions bunched together so the balance rules have something to say. Its categories
of dialogue carry default follow-ups (a reply window after a question, a results post after a
poll, the winner after a contest), and the follow-ups show in every state: open, late, kept by
a tick or by a published promised post, dropped with a reason.
``bulk_demo`` writes exactly N dated posts spread over the years around today.
"""

from __future__ import annotations

import random
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass, replace
from datetime import date, datetime, time, timedelta

from planner.defaults import DEFAULT_CATEGORIES, PLATFORM_KINDS
from planner.errors import ValidationError
from planner.i18n import language
from planner.model import Followup, FollowupKind, Post, PostFields, PostQuery, Role, Side, Status
from planner.service import Planner
from planner.timezones import localize, zone

# (name, kind, weekdays 0=Monday, times)
_PLATFORMS: tuple[tuple[str, str, tuple[int, ...], tuple[str, ...]], ...] = (
    ("Instagram", "instagram", (0, 2, 4, 6), ("12:30", "18:00")),
    ("LinkedIn", "linkedin", (1, 2, 3), ("08:45", "12:00")),
    ("Mastodon", "mastodon", (0, 1, 2, 3, 4), ("09:15", "16:30")),
    ("Newsletter", "newsletter", (3,), ("08:00",)),
    ("Blog", "blog", (1,), ("10:00",)),
)

# The weekly slots of the demo's platforms (name, weekday 0=Monday, time, side or None for any):
# the places its posts usually go, conversation first in the week, promotion on Friday evening.
_SLOTS: tuple[tuple[str, int, str, Side | None], ...] = (
    ("Instagram", 0, "12:30", Side.CONVERSATION),
    ("Instagram", 2, "12:30", Side.INFORMATION),
    ("Instagram", 4, "18:00", Side.PROMOTION),
    ("Instagram", 6, "18:00", Side.CONVERSATION),
    ("LinkedIn", 1, "08:45", Side.CONVERSATION),
    ("LinkedIn", 2, "12:00", Side.INFORMATION),
    ("LinkedIn", 3, "08:45", None),
    ("Mastodon", 0, "09:15", Side.CONVERSATION),
    ("Mastodon", 2, "16:30", Side.CONVERSATION),
    ("Mastodon", 4, "09:15", Side.PROMOTION),
    ("Newsletter", 3, "08:00", Side.INFORMATION),
    ("Blog", 1, "10:00", Side.INFORMATION),
)

_MEMBERS = {"en": ("Alex Morgan", "Sam Taylor", "Jordan Lee"), "fr": ("Camille Martin", "Yanis Benali", "Léa Dubois")}
"""The demo's team: the first approves (review stays off in the demo plan), the others write."""

# A short review thread on two upcoming posts (English, French): {approver} is the first member.
_SENT = (
    "@{approver} could you check the caption before Friday?",
    "@{approver} tu peux relire la légende avant vendredi ?",
)
_SUBMITTED = ("Ready for review", "Prête pour relecture")
_APPROVED = ("Lovely, go ahead", "Parfait, on y va")

# Titles per side: (English, French, the default category it belongs to).
_TITLES: dict[Side, tuple[tuple[str, str, str], ...]] = {
    Side.CONVERSATION: (
        (
            "Which brewing method do you use at home?",
            "Quelle méthode d’extraction utilisez-vous chez vous ?",
            "Question",
        ),
        ("Poll: light or dark roast this winter?", "Sondage : torréfaction claire ou foncée cet hiver ?", "Poll"),
        ("Your latte art, featured", "Votre latte art à l’honneur", "Community spotlight"),
        (
            "Behind the scenes: cupping day at the roastery",
            "Coulisses : journée de dégustation à la brûlerie",
            "Behind the scenes",
        ),
        ("Answering your questions about decaf", "Nos réponses à vos questions sur le déca", "Answer to the community"),
        ("Tip: keep your beans away from the fridge", "Astuce : gardez vos grains loin du frigo", "Tip"),
        ("Meet Inès, who sources our beans", "Rencontrez Inès, qui choisit nos grains", "Behind the scenes"),
        ("A great read on fair coffee prices", "Une lecture passionnante sur le prix juste du café", "Curated share"),
        ("What should we name the new blend?", "Quel nom pour le nouvel assemblage ?", "Question"),
        ("Thank you for 10,000 conversations", "Merci pour ces 10 000 conversations", "Community spotlight"),
    ),
    Side.INFORMATION: (
        ("Holiday opening hours", "Horaires d’ouverture pendant les fêtes", "Practical info"),
        ("We are at the Lyon coffee festival", "Nous serons au festival du café de Lyon", "Event"),
        ("New delivery zones from Monday", "Nouvelles zones de livraison dès lundi", "News"),
        ("Our 2026 sourcing report", "Notre rapport d’approvisionnement 2026", "News"),
    ),
    Side.PROMOTION: (
        ("-20% on all filters this weekend", "-20 % sur tous les filtres ce week-end", "Offer"),
        ("Launch: the Ethiopian Guji blend", "Lancement : l’assemblage Éthiopie Guji", "Launch"),
        ("Contest: win a year of coffee", "Concours : gagnez une année de café", "Contest"),
        ("Gift boxes are back", "Les coffrets cadeaux sont de retour", "Offer"),
    ),
}

_BODIES: dict[Side, tuple[str, str]] = {
    Side.CONVERSATION: (
        "Tell us in the comments: we read and answer every one of them. ☕",
        "Dites-le-nous en commentaire : nous lisons et répondons à chacun. ☕",
    ),
    Side.INFORMATION: (
        "Everything you need to know, in short. Questions are welcome below.",
        "L’essentiel, en bref. Vos questions sont les bienvenues en dessous.",
    ),
    Side.PROMOTION: (
        "Available on our shop while stocks last. Link in bio.",
        "Disponible sur notre boutique dans la limite des stocks. Lien en bio.",
    ),
}

_IDEAS = (
    ("Live Q&A with our roaster", "Questions-réponses en direct avec notre torréfacteur"),
    ("Series: one origin a month", "Série : une origine par mois"),
    ("Customer stories for the blog", "Témoignages de clients pour le blog"),
    ("Recycling our coffee bags", "Recycler nos sachets de café"),
    ("Barista tips in 30 seconds", "Conseils de barista en 30 secondes"),
)


# The follow-ups a demo category gives its posts (a default category's English name → KIND:OFFSET).
_FOLLOWUP_DEFAULTS: dict[str, tuple[str, ...]] = {
    "Question": ("replies:2h",),
    "Poll": ("replies:2h", "post:3d"),
    "Contest": ("post:1d",),
    "Answer to the community": ("replies:1h",),
    "Community spotlight": ("replies:1h",),
}

# The promised posts the demo plans: (English, French) titles for a poll's results and a contest's winner.
_PROMISED = {
    "Poll": ("The results of our poll are in", "Les résultats de notre sondage"),
    "Contest": ("And the winner of the contest is…", "Et le gagnant du concours est…"),
}

_DROPPED = ("Answered in a live story instead", "Répondu dans une story en direct")

# The offer habit on show. Instagram and Mastodon allow 2 offers in 7 days; Instagram's coupon
# comes every Friday at 18:00 (a rhythm the community learns to wait for), Mastodon has three
# offers in three days this week (one too many).
_OFFER_LIMIT = (2, 7)
_COUPON = ("Friday coupon: -15% on beans", "Le coupon du vendredi : -15 % sur les grains")
_FLASH = ("Flash sale: -30% on the hand grinder", "Vente flash : -30 % sur le moulin à main")


def _offer_time(platform: str, day: int, week: int, weeks: int) -> str | None:
    """When the demo puts an offer on ``platform`` that day, or None."""
    if platform == "Instagram" and day == 4:
        return "18:00"
    if platform == "Mastodon" and week == weeks // 2 and day in (0, 1, 2):
        return ("09:15", "16:30", "09:15")[day]
    return None


@dataclass(frozen=True, slots=True)
class DemoSummary:
    platforms: int
    posts: int
    ideas: int
    first_day: date
    last_day: date


def _category_named(english: str, of_side: list[str], rng: random.Random) -> str:
    """The plan's category for a default one, in whichever language the plan
    was created; a category of the same side if the user renamed it."""
    names = {english.casefold()} | {fr.casefold() for en, fr, _side in DEFAULT_CATEGORIES if en == english}
    return next((name for name in of_side if name.casefold() in names), None) or rng.choice(of_side)


def _refuse_a_plan_with_posts(planner: Planner) -> None:
    """The demo fills an empty plan: mixed into real work it would be noise."""
    count = planner.info().counts["posts"]
    if count:
        raise ValidationError("error.demo_not_empty", count=count)


def _ensure_platforms(planner: Planner) -> None:
    existing = {p.name.lower() for p in planner.platforms()}
    for name, kind, _days, _times in _PLATFORMS:
        if name.lower() not in existing:
            planner.add_platform(name, kind, colour=PLATFORM_KINDS[kind].colour)


def _give_platforms_slots(planner: Planner) -> None:
    """The demo's weekly grid, on the platforms that have no slots yet (a user's own grid stays)."""
    having = {slot.platform.casefold() for slot in planner.slots_of()}
    for name, weekday, at, side in _SLOTS:
        if name.casefold() not in having:
            planner.add_slot(name, weekday, at, side)


def _categories_by_side(planner: Planner) -> dict[Side, list[str]]:
    by_side: dict[Side, list[str]] = {side: [] for side in Side}
    for category in planner.categories():
        by_side[category.side].append(category.name)
    missing = [side.value for side, names in by_side.items() if not names]
    if missing:
        raise ValidationError("error.demo_needs_categories", sides=", ".join(missing))
    return by_side


def plan_demo(planner: Planner, *, weeks: int = 3, seed: int | None = None, today: date | None = None) -> DemoSummary:
    """Write a believable plan over ``weeks`` weeks around the current one."""
    if not 1 <= weeks <= 104:
        raise ValidationError("error.demo_weeks", value=weeks)
    rng = random.Random(seed)
    lang = 1 if language() == "fr" else 0
    zone_name = planner.planning_zone
    today = today or planner.now().astimezone(zone(zone_name)).date()
    monday = today - timedelta(days=today.weekday()) - timedelta(weeks=weeks // 2)
    members = _MEMBERS["fr" if lang else "en"]
    fields: list[PostFields] = []
    past: list[bool] = []
    promotion: list[bool] = []
    with planner.batch():
        _refuse_a_plan_with_posts(planner)
        _ensure_platforms(planner)
        _give_platforms_slots(planner)
        categories = _categories_by_side(planner)
        offer, launch = _category_of(planner, "Offer"), _category_of(planner, "Launch")
        for week in range(weeks):
            for name, _kind, days, times in _PLATFORMS:
                for day in days:
                    when = monday + timedelta(weeks=week, days=day)
                    offer_at = _offer_time(name, day, week, weeks) if offer else None
                    wall = datetime.combine(when, time.fromisoformat(rng.choice(times)))
                    side = rng.choices(list(Side), weights=(70, 15, 15))[0]
                    # A bunched pair of promotions on LinkedIn this week: a breach to see.
                    if name == "LinkedIn" and week == weeks // 2 and day in (1, 2):
                        side = Side.PROMOTION
                    if offer_at:
                        wall, side = datetime.combine(when, time.fromisoformat(offer_at)), Side.PROMOTION
                    start = localize(wall, zone_name)
                    made = _post(rng, name, side, start, when, today, categories, members, lang)
                    fields.append(_as_offer(made, (offer, launch), bool(offer_at), lang))
                    past.append(when < today)
                    promotion.append(side is Side.PROMOTION)
        _every_status(rng, fields, past, promotion)
        _give_categories_followups(planner)
        _limit_offers(planner, offer)
        for title in _IDEAS:
            fields.append(
                PostFields(
                    platform=rng.choice(_PLATFORMS)[0],
                    title=title[lang],
                    category=rng.choice(categories[Side.CONVERSATION]),
                    status=Status.IDEA,
                    author=rng.choice(members),
                )
            )
        created = planner.create_posts(fields, judge=False)
        _past_promises(planner, created.ids)
        promised = _keep_promises(planner, rng, lang)
        _review_threads(planner, members, lang, today)
    return DemoSummary(
        platforms=len(_PLATFORMS),
        posts=len(fields) - len(_IDEAS) + promised,
        ideas=len(_IDEAS),
        first_day=monday,
        last_day=monday + timedelta(weeks=weeks, days=-1),
    )


def _review_threads(planner: Planner, members: Sequence[str], lang: int, today: date) -> None:
    """The team's roles, and two upcoming posts in review: one waiting for the approver (who is
    named in its thread), one approved. Review stays off, so the rest of the plan is as before;
    a status the plan shows once keeps its only post."""
    approver, *writers = members
    planner.set_member(approver, Role.APPROVER)
    for writer in writers:
        planner.set_member(writer, Role.EDITOR)
    tomorrow = localize(datetime.combine(today + timedelta(days=1), time()), planner.planning_zone)
    upcoming = [
        post
        for post in planner.list_posts(PostQuery(start=tomorrow))
        if post.status in (Status.DRAFT, Status.READY) and post.author in writers
    ]
    counts = Counter(post.status for post in upcoming)
    chosen: list[Post] = []
    for post in upcoming:
        if counts[post.status] > 1 and len(chosen) < 2:
            counts[post.status] -= 1
            chosen.append(post)
    user = planner.user
    try:
        for index, post in enumerate(chosen):
            planner.user = str(post.author)
            if index == 0:
                planner.comment_post(post.id, _SENT[lang].format(approver=approver))
            planner.submit_post(post.id, comment=_SUBMITTED[lang])
            if index == 1:
                planner.user = approver
                planner.approve_post(post.id, comment=_APPROVED[lang])
    finally:
        planner.user = user


def _past_promises(planner: Planner, ids: Sequence[int]) -> None:
    """The follow-ups the demo's past posts made when they went out. A post dated in the past gets
    none by itself (they would all be late at once); the demo's past is a believable history,
    whose promises are then kept, late or dropped (:func:`_keep_promises`). Every dated post is
    looked at, not only those before the plan's "today": the file's clock may be later (tests)."""
    having = {f.post_id for f in planner.followups.list()}
    for post in (planner.get_post(i) for i in ids if i not in having):
        if post.start is not None and post.status is not Status.CANCELLED and post.category:
            planner.followups.add_defaults(post.id)


def _give_categories_followups(planner: Planner) -> None:
    """Default follow-ups for the demo's categories of dialogue that have none yet (a user's own stay)."""
    for category in planner.categories():
        english = _english_name(category.name)
        if english in _FOLLOWUP_DEFAULTS and not category.followups:
            planner.edit_category(category.name, followups=_FOLLOWUP_DEFAULTS[english])


def _category_of(planner: Planner, english: str) -> str | None:
    """The plan's default category ``english`` (in either language), or None if the user renamed it."""
    return next((c.name for c in planner.categories() if _english_name(c.name) == english), None)


def _as_offer(fields: PostFields, names: tuple[str | None, str | None], is_offer: bool, lang: int) -> PostFields:
    """The demo's offers where it wants them, and only there: on Instagram and Mastodon, a
    promotion drawn as an offer elsewhere becomes a launch, so the rhythm and the bunch stay as planned."""
    offer, launch = names
    if offer is None or fields.platform not in ("Instagram", "Mastodon"):
        return fields
    if is_offer:
        title = _COUPON if fields.platform == "Instagram" else _FLASH
        return replace(fields, title=title[lang], category=offer)
    if fields.category == offer and launch is not None:
        english, french, _category = next(t for t in _TITLES[Side.PROMOTION] if t[2] == "Launch")
        return replace(fields, title=(english, french)[lang], category=launch)
    return fields


def _limit_offers(planner: Planner, offer: str | None) -> None:
    """The "Offer" category counts as an offer; Instagram and Mastodon, unless they have a rule of
    their own, get the default rule with at most 2 offers in 7 days."""
    if offer is None:
        return
    planner.edit_category(offer, offer=True)
    own = {rule.platform for rule in planner.rules()}
    most, days = _OFFER_LIMIT
    for name in ("Instagram", "Mastodon"):
        if name not in own:
            planner.set_rule(replace(planner.rule_for(name), platform=name, max_offers=most, offer_days=days))


def _english_name(name: str) -> str | None:
    folded = name.casefold()
    return next((en for en, fr, _side in DEFAULT_CATEGORIES if folded in (en.casefold(), fr.casefold())), None)


def _keep_promises(planner: Planner, rng: random.Random, lang: int) -> int:
    """Follow-ups in every state, as a manager's plan has them; returns how many promised posts it planned.

    A promised post (results, winner) is planned on the same platform: published already, it
    keeps its promise when it was published, most often a little before it was due, sometimes
    a day late; upcoming, it is planned at the due instant and linked, and keeps it once
    published. Most past reply windows and answers were ticked, most of them on time, a few
    late; the two newest are still late and one was dropped. So "kept on time" has something to show.
    """
    now = planner.now()
    promises = [f for f in planner.followups.list() if f.kind is FollowupKind.POST]
    categories = {f.post_id: planner.get_post(f.post_id).category for f in promises}
    # The promised post answers the community (a poll's own category would promise again).
    answers = next((c.name for c in planner.categories() if _english_name(c.name) == "Answer to the community"), None)
    published = [_published_at(rng, f, now) for f in promises]
    fields = [
        _promised_post(f, at, categories[f.post_id], answers, lang) for f, at in zip(promises, published, strict=True)
    ]
    made = planner.create_posts(fields, judge=False).ids if fields else ()
    for followup, post_id, at in zip(promises, made, published, strict=True):
        planner.followups.keep(followup.id, by_post=post_id, at=_recordable(planner, followup, at))
    past = [f for f in planner.followups.list(statuses=["late"]) if f.kind is not FollowupKind.POST]
    late = set(range(len(past))[-2:])  # the newest ones: the week shows what is still owed
    dropped = next((i for i in range(len(past)) if i not in late), None)
    for index, followup in enumerate(past):
        if index == dropped:
            planner.followups.drop(followup.id, reason=_DROPPED[lang])
        elif index not in late:
            at = _ticked_at(planner, rng, followup, now)
            planner.followups.keep(followup.id, at=_recordable(planner, followup, at))
    return len(made)


def _published_at(rng: random.Random, followup: Followup, now: datetime) -> datetime | None:
    """When the promised post went out: None for one still to come (planned at its due instant);
    otherwise a few hours before it was due, or one time in four a day or so late (if that
    is past already), never before the post that promised it."""
    if followup.due > now:
        return None
    late = followup.due + timedelta(hours=rng.randint(20, 30))
    if rng.random() < 0.25 and late <= now:
        return late
    early = followup.due - timedelta(hours=rng.randint(1, 4))
    if followup.offset is not None and early >= followup.due - followup.offset:
        return early
    return followup.due


def _recordable(planner: Planner, followup: Followup, at: datetime | None) -> datetime | None:
    """``at`` if a keep can be recorded then (after the post, not after the file's clock), else
    None: kept now. The plan's "today" may differ from the file's clock (tests set it apart)."""
    start = planner.get_post(followup.post_id).start
    if at is None or (start is not None and at < start) or at > planner.session.now():
        return None
    return at


def _ticked_at(planner: Planner, rng: random.Random, followup: Followup, now: datetime) -> datetime:
    """When a reply window or an answer was ticked: a window during its hours, an answer by its due
    instant, most often; one time in four some hours after (never in the future, never before
    its post)."""
    start = planner.get_post(followup.post_id).start or followup.due
    if rng.random() < 0.25:
        return min(followup.end + timedelta(hours=rng.randint(2, 30)), now)
    if followup.kind is FollowupKind.REPLIES:
        return min(followup.due + timedelta(minutes=rng.randint(10, followup.duration_minutes or 60)), now)
    return max(start, followup.due - timedelta(minutes=rng.randint(0, 90)))


def _promised_post(
    followup: Followup, published: datetime | None, promised_by: str | None, category: str | None, lang: int
) -> PostFields:
    title = _PROMISED.get(_english_name(promised_by or "") or "", _PROMISED["Poll"])[lang]
    return PostFields(
        platform=followup.platform,
        title=title,
        body=_BODIES[Side.CONVERSATION][lang],
        category=category,
        status=Status.SCHEDULED if published is None else Status.PUBLISHED,
        start=followup.due if published is None else published,
        duration_minutes=15,
        author=followup.owner,
    )


def _every_status(rng: random.Random, fields: list[PostFields], past: list[bool], promotion: list[bool]) -> None:
    """Make sure each dated status shows at least once where it can.

    The draw alone misses some on most days: drafts are only drawn more than a
    week ahead, and cancelled posts are rare. A post of a status that occurs
    more than once takes the missing one (a past post for published or
    cancelled, an upcoming one otherwise); promotions are never cancelled, so
    the bunched pair still breaches the rules.
    """
    groups = (
        (True, (Status.PUBLISHED, Status.CANCELLED)),
        (False, (Status.SCHEDULED, Status.READY, Status.DRAFT)),
    )
    for in_past, statuses in groups:
        for status in statuses:
            indices = [i for i, was in enumerate(past) if was == in_past]
            counts = Counter(fields[i].status for i in indices)
            if counts[status]:
                continue
            spare = [
                i for i in indices if counts[fields[i].status] > 1 and not (status is Status.CANCELLED and promotion[i])
            ]
            if spare:
                chosen = rng.choice(spare)
                fields[chosen] = replace(fields[chosen], status=status)


def _post(
    rng: random.Random,
    platform: str,
    side: Side,
    start: datetime,
    day: date,
    today: date,
    categories: dict[Side, list[str]],
    members: tuple[str, ...],
    lang: int,
) -> PostFields:
    if day < today:
        status = Status.CANCELLED if rng.random() < 0.06 else Status.PUBLISHED
    elif day <= today + timedelta(days=7):
        status = rng.choice((Status.SCHEDULED, Status.SCHEDULED, Status.READY))
    else:
        status = rng.choice((Status.DRAFT, Status.DRAFT, Status.READY))
    english, french, category = rng.choice(_TITLES[side])
    title = french if lang else english
    return PostFields(
        platform=platform,
        title=title,
        body=_BODIES[side][lang],
        category=_category_named(category, categories[side], rng),
        status=status,
        start=start,
        duration_minutes=rng.choice((15, 30, 30, 45)),
        author=rng.choice(members),
        campaign="Hiver" if lang and side is Side.PROMOTION else ("Winter" if side is Side.PROMOTION else ""),
    )


def bulk_demo(planner: Planner, *, posts: int, seed: int | None = None, today: date | None = None) -> int:
    """Write exactly ``posts`` dated posts spread over three years either side of today."""
    if not 1 <= posts <= 5_000_000:
        raise ValidationError("error.demo_posts", value=posts)
    rng = random.Random(seed)
    zone_name = planner.planning_zone
    tz = zone(zone_name)
    today = today or planner.now().astimezone(tz).date()
    centre = int(datetime.combine(today, time(12), tzinfo=tz).timestamp())
    span = 3 * 365 * 86400
    word = "Publication" if language() == "fr" else "Post"
    with planner.batch():
        _refuse_a_plan_with_posts(planner)
        _ensure_platforms(planner)
        categories = [(name, side) for side, names in _categories_by_side(planner).items() for name in names]
        names = [p[0] for p in _PLATFORMS]
        many = []
        for number in range(1, posts + 1):
            # Whole five minutes, drawn as UTC instants: never inside a DST gap.
            seconds = centre + rng.randrange(-span, span) // 300 * 300
            start = datetime.fromtimestamp(seconds, tz)
            category, _side = rng.choice(categories)
            past = seconds < centre
            many.append(
                PostFields(
                    platform=rng.choice(names),
                    title=f"{word} {number}",
                    category=category,
                    status=Status.PUBLISHED if past else Status.DRAFT,
                    start=start,
                )
            )
        planner.create_posts(many, judge=False)
    return posts
