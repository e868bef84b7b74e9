"""A reader of a site of real articles (Wikinews) finds the news from the front page: the latest
stories, sections, a story page that follows one event, and listings that reach every article.

Every test here also ends with no console error and no request off localhost (see `reader`).
"""

from __future__ import annotations

import json
import re
from pathlib import Path
from urllib.parse import urljoin, urlsplit

import pytest
from browser.support import Reader, missing_playwright

try:
    from playwright.sync_api import expect
except ImportError:
    missing_playwright()

pytestmark = [pytest.mark.site, pytest.mark.browser]


def links_on(reader: Reader, path: str) -> set[str]:
    """The site paths the content of a page links to (no anchors, no assets)."""
    reader.open(path)
    hrefs = reader.page.locator("article a[href]").evaluate_all("as => as.map(a => a.href)")
    found = set()
    for href in hrefs:
        url = urlsplit(href)
        if href.startswith(reader.base_url) and not url.fragment:
            found.add(href.removeprefix(reader.base_url))
    return found


def test_every_article_is_two_clicks_from_the_front_page(
    news_reader: Reader, real_site: Path
) -> None:
    articles = json.loads((real_site / "articles.json").read_text(encoding="utf-8"))["articles"]
    wanted = {urlsplit(a["url"]).path.rsplit("/articles/", 1)[1] for a in articles}
    one_click = links_on(news_reader, "")
    reached = set(one_click)
    for page in sorted(p for p in one_click if not p.startswith("articles/") or p == "articles/"):
        reached |= links_on(news_reader, page)
    found = {p.removeprefix("articles/") for p in reached if p.startswith("articles/")}
    assert len(wanted) == 18 and wanted <= found


def test_the_front_page_leads_with_the_latest_story_and_lists_sections(
    news_reader: Reader,
) -> None:
    news_reader.open("")
    cards = news_reader.page.locator("article .grid.cards > ul > li")
    # The newest dated article first (Pinochet's arrest, 2005-01-06), then one card per story.
    expect(cards.first).to_contain_text("2005-01-06")
    titles = cards.locator("strong").all_inner_texts()
    assert len(titles) == len(set(titles)) == 10
    expect(news_reader.page.get_by_role("heading", name="Sections")).to_be_visible()
    section_links = news_reader.page.locator("article h3 a")
    assert section_links.count() >= 2
    # The names of the last 30 days first (the tsunami's relief), then the whole site's.
    news = news_reader.page.locator("article p", has_text="Organisations:")
    expect(news).to_have_count(2)
    expect(news.first).to_contain_text("Red Cross (3)")


def test_a_section_lists_its_articles_and_opens_one(news_reader: Reader) -> None:
    news_reader.open("")
    section = news_reader.page.locator("article h3 a").first
    name = section.inner_text()
    section.click()
    expect(news_reader.page.locator("article h1")).to_contain_text(f"Section: {name}")
    rows = news_reader.page.locator("article h2 + ul > li")
    assert rows.count() >= 3
    first = rows.first.locator("a")
    title = first.inner_text()
    first.click()
    expect(news_reader.page.locator("article h1")).to_have_text(re.compile(re.escape(title)))


def test_a_story_page_gives_its_reports_in_date_order(news_reader: Reader) -> None:
    news_reader.open("")
    news_reader.page.locator("article a", has_text=re.compile(r"^\d+ stor(y|ies)$")).click()
    expect(news_reader.page.locator("article h1")).to_have_text(re.compile("^Stories"))
    news_reader.page.locator("article li a").first.click()
    expect(news_reader.page.locator("article h1")).to_contain_text("Story:")
    headings = news_reader.page.locator("article h2").all_inner_texts()
    dates = [h.split(":")[0] for h in headings]
    dated = [d for d in dates if d != "Undated"]
    assert len(headings) >= 2 and dated == sorted(dated)
    news_reader.page.locator("article a", has_text="Read the article").first.click()
    expect(news_reader.page).to_have_url(re.compile(r"/articles/[^/]+/$"))
    # The article leads back to its story.
    chip = news_reader.page.locator("nav.md-tags[aria-label=Topics] a", has_text="Story:")
    expect(chip).to_have_count(1)


def test_the_archive_lists_dated_articles_newest_first_then_undated_by_section(
    news_reader: Reader,
) -> None:
    news_reader.open("articles/")
    headings = [
        h.rstrip("¶").strip() for h in news_reader.page.locator("article h2").all_inner_texts()
    ]
    months = [h for h in headings if re.fullmatch(r"\d{4}-\d{2}", h)]
    assert months == sorted(months, reverse=True) and months[0] == "2005-01"
    undated = [h for h in headings if h.startswith("Undated")]
    assert undated and headings[-len(undated) :] == undated
    # No boilerplate per row: an undated article is its title alone.
    last = news_reader.page.locator("article h2").last.locator("xpath=following-sibling::ul[1]/li")
    assert not last.first.inner_text().startswith("undated")


def test_the_first_phone_screen_of_an_article_is_title_date_and_summary(
    browser, real_site_url: str
) -> None:
    context = browser.new_context(
        viewport={"width": 390, "height": 844}, is_mobile=True, has_touch=True
    )
    page = context.new_page()
    page.goto(urljoin(real_site_url, "articles/pinochet-arrested-after-supreme-court-ruling/"))
    summary = page.locator("article h2", has_text="Summary")
    box = summary.bounding_box()
    chips = page.locator("article nav.md-tags[aria-label=Topics]").bounding_box()
    context.close()
    assert box is not None and box["y"] < 844
    # The chips come after the summary, not before the title.
    assert chips is not None and chips["y"] > box["y"]
