import dataclasses
import datetime as dt
from collections.abc import Callable

import pytest
from bs4 import BeautifulSoup
from factories import make_entry_input
from mkdocs.utils.meta import get_data

from generator.collect.site import SiteContent, collect_site
from generator.collect.stories import SAME_STORY, SMALL_SITE_MARGIN, story_threshold
from generator.render import listings
from generator.render.article import render_article
from generator.render.listings import render_archive, render_home
from generator.render.topics import (
    render_section,
    render_section_index,
    render_story,
    render_story_index,
)

ToHtml = Callable[[str], BeautifulSoup]
FOOTBALL = [
    "Rovers beat United in the league match as the striker scored twice.",
    "The goalkeeper saved a penalty and Rovers held on in the league.",
    "United lost the derby match after the striker missed a penalty.",
]
RATES = [
    "The central bank raised interest rates as inflation climbed again.",
    "Inflation fell and the bank held interest rates for a second month.",
    "Bond yields rose after the central bank warned on inflation.",
]
TAKEOVER = (
    "Zorblat agreed to buy Quenmore, the Zorblat board said. Its shares rose.",
    "Quenmore shareholders backed the Zorblat takeover of Quenmore. Zorblat agreed to buy "
    "Quenmore, the Zorblat board said.",
)


def site() -> SiteContent:
    """Six undated articles in two sections, and a takeover told in two dated reports."""
    inputs = [
        make_entry_input(f"f{i}.txt", text, None, title=f"Match {i}")
        for i, text in enumerate(FOOTBALL)
    ]
    inputs += [
        make_entry_input(f"r{i}.txt", text, None, title=f"Rates {i}")
        for i, text in enumerate(RATES)
    ]
    article, clean, analysis = make_entry_input(
        "z1.txt", TAKEOVER[1], dt.date(2024, 3, 4), title="Zorblat wins"
    )
    inputs += [
        make_entry_input("z0.txt", TAKEOVER[0], dt.date(2024, 3, 1), title="Zorblat bids"),
        (article, clean, dataclasses.replace(analysis, summary=(0, 1))),
    ]
    return collect_site(inputs, 2)


def test_a_story_page_gives_each_report_in_order_with_what_it_adds(to_html: ToHtml) -> None:
    content = site()
    story = content.topics.story_of["z1.txt"]
    assert story.articles == ("z0.txt", "z1.txt")
    page = to_html(render_story(story, content, directory_urls=True))
    assert page.h1.get_text().rstrip("¶") == "Story: Zorblat wins"  # named by its latest report
    headings = [h.get_text().rstrip("¶") for h in page.select("h2")]
    assert headings == ["2024-03-01: Zorblat bids", "2024-03-04: Zorblat wins"]
    added = [ul.get_text(" ", strip=True) for ul in page.select("h2 + ul")]
    # The second report's repeat of the first one's sentence is not shown again.
    assert added == [TAKEOVER[0].split(". ")[0] + ".", TAKEOVER[1].split(". ")[0] + "."]
    assert "1 of its summary sentences repeat earlier reports" in page.get_text()
    assert [a["href"] for a in page.select("p a")] == [
        "../../articles/zorblat-bids/", "../../articles/zorblat-wins/"
    ]  # fmt: skip


def test_a_section_page_lists_dated_articles_newest_first_then_undated(to_html: ToHtml) -> None:
    content = site()
    section = content.topics.section_of["r1.txt"]
    page = to_html(render_section(section, content, directory_urls=True))
    assert page.h1.get_text().rstrip("¶") == f"Section: {section.name}"
    lists = {h.get_text().rstrip("¶"): h.find_next("ul") for h in page.select("h2")}
    members = [content.by_path[key] for key in section.articles]
    undated = sorted(e.title for e in members if e.date is None)
    assert [li.get_text() for li in lists["Undated articles"].select("li")] == undated
    assert {"Rates 0", "Rates 1", "Rates 2"} <= set(undated)
    dated = [e for e in members if e.date]
    if dated:  # newest first
        assert [li.get_text() for li in lists["Articles"].select("li")] == [
            f"{e.date.isoformat()} · {e.title}" for e in sorted(dated, key=lambda e: e.date)[::-1]
        ]
    index = to_html(render_section_index(content, directory_urls=False))
    assert [a["href"] for a in index.select("li a")] == [
        f"{s.slug}.html" for s in content.topics.sections
    ]


def test_home_shows_latest_stories_sections_and_names_in_the_news(to_html: ToHtml) -> None:
    content = site()
    page = to_html(render_home(content, latest=3, directory_urls=True))
    cards = page.select(".grid.cards li")
    # The takeover once, as a story card led by its latest report; then undated articles.
    assert cards[0].strong.get_text() == "Zorblat wins"
    assert "Follow the story: 2 reports" in cards[0].get_text()
    assert len(cards) == 3 and "Zorblat bids" not in page.select_one(".grid.cards").get_text()
    sections = [h.get_text().rstrip("¶") for h in page.select("h3")]
    assert sections == [s.name for s in content.topics.sections]
    counts = page.select_one("h1 + p").get_text()
    topics = content.topics
    assert len(topics.sections) == 2 and len(topics.stories) == 1
    assert counts == "8 articles · 2 sections · 1 story · 0 entities · 0 figures"


def test_the_archive_is_paged_and_groups_undated_articles_by_section(
    to_html: ToHtml, monkeypatch
) -> None:
    monkeypatch.setattr(listings, "ARCHIVE_ROWS", 5)
    content = site()
    pages = render_archive(content, directory_urls=True)
    assert list(pages) == ["articles/index.md", "articles/page/2.md"]
    first = to_html(pages["articles/index.md"])
    headings = [h.get_text().rstrip("¶") for h in first.select("h2")]
    assert headings[0] == "2024-03"
    assert all(h.startswith("Undated: ") for h in headings[1:])
    assert "Pages: 1 · 2" in first.get_text()
    assert first.select_one("p a")["href"] == "page/2.md"  # a Markdown link MkDocs rewrites
    rows = [li.get_text() for page in pages.values() for li in to_html(page).select("li")]
    assert len(rows) == 8 and rows[:2] == ["2024-03-04 · Zorblat wins", "2024-03-01 · Zorblat bids"]


def test_an_article_page_leads_its_chips_to_its_story(to_html: ToHtml) -> None:
    content = site()
    entry = content.by_path["z1.txt"]
    page = to_html(render_article(entry, content, full_text=False, directory_urls=True))
    chips = page.select("nav.md-tags a.md-tag")
    # Not its section: that may shift with any edit to any article, and take every page along.
    assert [a.get_text() for a in chips] == ["Story: 2 reports"]
    assert [a["href"] for a in chips] == ["../../stories/zorblat-bids/"]


def test_the_stories_page_lists_each_story_with_its_reports_and_dates(to_html: ToHtml) -> None:
    content = site()
    markdown = render_story_index(content, directory_urls=True)
    _body, meta = get_data(markdown)
    assert meta == {"title": "Stories", "search": {"exclude": True}}
    page = to_html(markdown)
    assert page.select_one("p").get_text() == (
        "Articles that report the same event, found by the words they share and, when dated, "
        "appearing within two weeks of each other."
    )
    [item] = page.select("li")
    assert item.get_text() == "Zorblat wins · 2 articles · 2024-03-01 to 2024-03-04"
    assert item.a["href"] == "zorblat-bids/"
    lonely = collect_site([make_entry_input("a.txt", "One.", None)], 2)
    empty = get_data(render_story_index(lonely, directory_urls=True))[0]
    assert empty == "# Stories\n\nNo two articles report the same event yet.\n"


def test_the_sections_page_names_each_section_with_its_count(to_html: ToHtml) -> None:
    content = site()
    page = to_html(render_section_index(content, directory_urls=True))
    assert [li.get_text() for li in page.select("li")] == [
        f"{s.name} · {len(s.articles)} article{'' if len(s.articles) == 1 else 's'}"
        for s in content.topics.sections
    ]
    lonely = collect_site([make_entry_input("a.txt", "One.", None)], 2)
    assert get_data(render_section_index(lonely, directory_urls=True))[0] == (
        "# Sections\n\nThe site has too few articles to sort into sections yet.\n"
    )


def test_a_story_page_is_titled_and_dated_and_names_the_shared_words() -> None:
    content = site()
    story = content.topics.story_of["z1.txt"]
    body, meta = get_data(render_story(story, content, directory_urls=True))
    assert meta == {"title": "Story: Zorblat wins", "search": {"exclude": True}}
    words = ", ".join(story.words)
    assert f"2 articles report this story; the words they share: {words}." in body
    assert "## 2024-03-01: Zorblat bids" in body and "## 2024-03-04: Zorblat wins" in body


def test_story_threshold_rises_on_small_sites_only() -> None:
    assert story_threshold(2000) == story_threshold(50_000) == SAME_STORY
    assert story_threshold(200) == story_threshold(10) == SAME_STORY + SMALL_SITE_MARGIN
    assert story_threshold(632) == pytest.approx(SAME_STORY + SMALL_SITE_MARGIN * 0.5, abs=1e-3)
