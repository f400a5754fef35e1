"""A synthetic logged-in 2022-2025 "profile cards" page, padded to any size.

The person is invented (Ada Example); the markup follows the cards layout that
auditor/layouts/cards.py reads: ``section.artdeco-card`` cards anchored by ``div#about``,
``div#experience``, ``div#skills``..., a top card ``section[data-member-id]`` with
``h1.text-heading-xlarge``, and each text printed twice (``aria-hidden`` plus a
``visually-hidden`` copy) as LinkedIn does. Padding is more Activity posts and Projects
entries, the repeated cards that make real pages 1-2 MB.
"""

from __future__ import annotations

from html import escape

VANITY = "ada-example-synthetic"
NAME = "Ada Example"
HEADLINE = "Helping small bakeries sell online | Product engineer at Crumb & Co"
URL = f"https://www.linkedin.com/in/{VANITY}/"

# A 1x1 JPEG-ish data URL: the parser only needs "data:image/jpeg" to call it a photo.
_PHOTO = "data:image/jpeg;base64,/9j/4AAQSkZJRgABAQAAAQABAAD/2wBDAAMCAgICAgMCAgIDAwMDBAYEBAQ="


def _text(value: str, tag: str = "span") -> str:
    """LinkedIn's doubled text: the shown copy and the screen-reader copy."""
    safe = escape(value)
    return f'<{tag} aria-hidden="true">{safe}</{tag}><{tag} class="visually-hidden">{safe}</{tag}>'


def _entity(title: str, subtitle: str = "", extra: str = "") -> str:
    """One card item (2024+ markup): bold title, normal subtitle, optional extra markup."""
    sub = f'<span class="t-14 t-normal">{_text(subtitle)}</span>' if subtitle else ""
    return (
        '<li class="artdeco-list__item pvs-list__item--line-separated">'
        '<div data-view-name="profile-component-entity" class="display-flex flex-row">'
        '<div class="display-flex flex-column full-width">'
        f'<div class="display-flex align-items-center mr1 t-bold">{_text(title)}</div>'
        f"{sub}{extra}</div></div></li>"
    )


def _card(key: str, heading: str, body: str, footer: str = "") -> str:
    """A ``section.artdeco-card`` with its ``div#<key>`` anchor, heading, list and footer."""
    return (
        '<section class="artdeco-card pv-profile-card break-words mt2" '
        'data-view-name="profile-card">'
        f'<div id="{key}" class="pv-profile-card__anchor"></div>'
        f'<div class="pvs-header__container"><h2 class="pvs-header__title">{_text(heading)}</h2>'
        f'</div><div><ul class="pvs-list">{body}</ul></div>{footer}</section>'
    )


def _post(n: int, marker: str) -> str:
    """One Activity update: a realistic post, long enough to weigh like a real one."""
    words = (
        f"Post {n}: what we learned shipping an online shop for a small bakery. "
        "Start with the checkout, measure twice, keep the menu short. "
    ) * 6
    return (
        f'<div data-view-name="feed-full-update" data-urn="urn:li:activity:{7000000000000 + n}"'
        ' class="profile-creator-shared-feed-update__container">'
        f'<div class="update-components-text">{_text(words + marker)}</div>'
        '<ul class="social-details-social-counts"><li><span>12 reactions</span></li></ul>'
        f'<a href="/feed/update/urn:li:activity:{7000000000000 + n}/">View post</a></div>'
    )


def _project(n: int) -> str:
    """One Projects entry (a card the parser does not score: realistic padding)."""
    description = (
        "Rebuilt the order flow for a family bakery: stock sync, pickup slots, "
        "and a printable daily bake list for the ovens. "
    ) * 3
    extra = (
        f'<div class="inline-show-more-text">{_text(description)}</div>'
        '<svg viewBox="0 0 24 24" width="24" height="24" aria-hidden="true">'
        '<path d="M12 2a10 10 0 1 0 10 10A10 10 0 0 0 12 2zm1 15h-2v-6h2zm0-8h-2V7h2z"/>'
        "</svg>"
    )
    return _entity(f"Bakery shop project {n}", f"Jan 20{10 + n % 15} - Present", extra)


def profile_page(size: int = 0, marker: str = "", name: str = NAME, vanity: str = VANITY) -> str:
    """A cards-layout profile page of at least ``size`` characters, carrying ``marker``.

    The marker sits in the About text and in every padding post, never in the name or the
    headline, so a test can search the data directory and logs for leaked page content.
    """
    about = (
        "I build online shops for small food businesses. Ten years of Python, "
        "product work and teaching. "
    ) * 4 + marker
    top = (
        '<section class="artdeco-card pv-top-card" data-member-id="987654321">'
        '<div class="top-card-background-hero-image">'
        '<img id="profile-background-image-target-image" '
        'src="https://media.licdn.com/dms/image/banner-synthetic.jpg" alt=""></div>'
        f'<img class="pv-top-card-profile-picture__image--show pv-top-card-profile-picture__image" '
        f'src="{_PHOTO}" alt="{escape(name)}">'
        f'<div class="mt2"><h1 class="text-heading-xlarge inline t-24">{escape(name)}</h1>'
        '<div class="text-body-medium break-words" data-generated-suggestion-target="x">'
        f"{escape(HEADLINE)}</div>"
        '<div class="mt2"><span class="text-body-small inline t-black--light break-words">'
        "Utrecht, Netherlands</span>"
        '<span class="pv-text-details__separator"><a id="top-card-text-details-contact-info" '
        f'href="/in/{vanity}/overlay/contact-info/">'
        "Contact info</a></span></div>"
        '<ul class="pv-top-card--list"><li class="text-body-small">'
        '<span class="t-bold">500+</span> connections</li></ul></div></section>'
    )
    about_card = (
        '<section class="artdeco-card pv-profile-card break-words mt2">'
        '<div id="about" class="pv-profile-card__anchor"></div>'
        f'<div class="display-flex ph5 pv3"><div class="inline-show-more-text full-width">'
        f"{_text(about)}</div></div></section>"
    )
    experience = _card(
        "experience",
        "Experience",
        "".join(
            [
                _entity(
                    "Product engineer",
                    "Crumb & Co · Full-time",
                    '<a href="https://www.linkedin.com/company/crumb-and-co/">logo</a>'
                    '<div class="inline-show-more-text">'
                    f"{_text('Leads the online shop team.')}</div>",
                ),
                _entity("Python teacher", "Code Bakery · Part-time"),
                _entity("Developer", "Dough Systems · Full-time"),
            ]
        ),
    )
    education = _card("education", "Education", _entity("Utrecht University", "MSc Computing"))
    skills = _card(
        "skills",
        "Skills",
        "".join(
            _entity(
                skill,
                "",
                f'<a href="/in/{vanity}/details/skills/urn:li:fsd_skill:{i}/">'
                f"{_text(f'{12 - i} endorsements')}</a>",
            )
            for i, skill in enumerate(["Python", "E-commerce", "Teaching"])
        ),
        f'<div class="pvs-list__footer-wrapper"><a id="navigation-index-Show-all-24-skills" '
        f'href="/in/{vanity}/details/skills/">Show all 24 skills</a></div>',
    )
    received = "".join(
        _entity(f"Reviewer {n}", "Worked with Ada", f'<a href="/in/reviewer-{n}/">profile</a>')
        for n in range(3)
    )
    given = _entity("Colleague", "Worked with Ada", '<a href="/in/colleague/">profile</a>')
    recommendations = (
        '<section class="artdeco-card pv-profile-card break-words mt2">'
        '<div id="recommendations" class="pv-profile-card__anchor"></div>'
        f'<div role="tabpanel"><ul>{received}</ul></div>'
        f'<div role="tabpanel"><ul>{given}</ul></div></section>'
    )
    activity_head = (
        '<section class="artdeco-card pv-profile-card break-words mt2">'
        '<div id="content_collections" class="pv-profile-card__anchor"></div>'
        '<p class="pvs-header__optional-link">1,628 followers</p>'
        '<div role="group"><button id="content-collection-pill-0">Posts</button></div>'
    )
    activity_tail = f'<a href="/in/{vanity}/recent-activity/all/">Show all posts</a></section>'
    head = (
        '<!DOCTYPE html><html lang="en"><head><meta charset="utf-8">'
        f"<title>{escape(name)} | LinkedIn</title>"
        '<meta name="pageKey" content="d_flagship3_profile_view_base">'
        f'<link rel="canonical" href="https://www.linkedin.com/in/{vanity}/"></head>'
        '<body class="render-mode-BIGPIPE"><div class="application-outlet">'
        '<main class="scaffold-layout__main">'
    )
    posts = [_post(0, marker)]
    projects: list[str] = []
    parts = (
        head,
        top,
        about_card,
        experience,
        education,
        skills,
        recommendations,
        activity_head,
        activity_tail,
    )
    fixed = sum(len(part) for part in parts) + 200
    total = fixed + len(posts[0])
    n = 1
    while total < size:
        # Alternate posts and projects, the way long real pages grow.
        piece = _post(n, marker) if n % 2 else _project(n)
        (posts if n % 2 else projects).append(piece)
        total += len(piece)
        n += 1
    activity = activity_head + "".join(posts) + activity_tail
    project_card = _card("projects", "Projects", "".join(projects)) if projects else ""
    return (
        head
        + top
        + about_card
        + activity
        + experience
        + education
        + skills
        + recommendations
        + project_card
        + "</main></div></body></html>"
    )


def not_a_profile_page(marker: str = "") -> str:
    """A LinkedIn page that is not a profile (the feed): the server must answer 422."""
    return (
        '<!DOCTYPE html><html lang="en"><head><title>Feed | LinkedIn</title>'
        '<meta name="pageKey" content="d_flagship3_feed">'
        '<link rel="canonical" href="https://www.linkedin.com/feed/"></head>'
        f'<body><main class="scaffold-layout__main"><p>{escape(marker)}</p></main></body></html>'
    )
