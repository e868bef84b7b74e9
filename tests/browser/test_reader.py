"""A reader in Chromium: the home page, search, links between pages, the palette, a phone screen.

Every test here also ends with no console error and no request off localhost (see `reader`).
"""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from browser.support import ARTIFACTS, Reader, missing_playwright

try:
    from playwright.sync_api import Locator, expect
except ImportError:
    missing_playwright()

pytestmark = [pytest.mark.site, pytest.mark.browser]

BUDGET = "articles/porto-vale-passes-its-budget/"
BRIDGE = "articles/mayor-maria-lopez-opened-the-new-harbour-bridge-in-porto/"
SUMMIT = "articles/vladimir-putin-and-xi-jinping-have-met-about-40-times/"
MARIA_LOPEZ = "entities/person/maria-lopez/"


def search(reader: Reader, query: str) -> Locator:
    """Type a query into Material's search box; the result list once it answers."""
    box = reader.page.locator("input.md-search__input")
    box.click()
    # Typed key by key as a reader does: Material searches on key presses, not on `fill`.
    box.press_sequentially(query, delay=20)
    meta = reader.page.locator(".md-search-result__meta")
    expect(meta).to_have_text(re.compile(r"\d+ matching documents?"))
    return reader.page.locator(".md-search-result__list a.md-search-result__link")


def results_to(results: Locator, path: str) -> Locator:
    """The results that open the page at `path`: the page itself and its matching sections."""
    return results.and_(results.page.locator(f"a[href*='/{path}?']"))


def heading(reader: Reader) -> str:
    """The page's title as the reader sees it, without the permalink sign."""
    return reader.page.locator("article h1").first.inner_text().rstrip("¶").strip()


def test_home_lists_the_latest_articles_and_opens_one(reader: Reader) -> None:
    reader.open("")
    expect(reader.page).to_have_title(re.compile("News Digest"))
    content = reader.page.locator("article.md-content__inner")
    article_links = content.locator("a[href^='articles/'][href$='/']:not([href='articles/'])")
    assert article_links.count() >= 3
    article_links.filter(has_text="Porto Vale passes its budget").first.click()
    expect(reader.page).to_have_url(reader.base_url + BUDGET)
    assert heading(reader) == "Porto Vale passes its budget"


def test_search_finds_a_person_and_opens_their_entity_page(reader: Reader) -> None:
    reader.open("")
    results = search(reader, "Maria Lopez")
    # Both of her articles and her own page.
    for path in (BUDGET, BRIDGE, MARIA_LOPEZ):
        expect(results_to(results, path).first).to_be_visible()
    results_to(results, MARIA_LOPEZ).first.click()
    expect(reader.page).to_have_url(re.compile(re.escape(reader.base_url + MARIA_LOPEZ)))
    assert heading(reader) == "Maria Lopez"


@pytest.mark.parametrize(
    ("query", "written"),
    [("153", "$153 billion"), ("30%", "30%")],
)
def test_search_finds_a_number_and_highlights_it_on_the_page(
    reader: Reader, query: str, written: str
) -> None:
    reader.open("")
    results = search(reader, query)
    number = query.rstrip("%")
    # The result a reader would pick: the one that shows their number highlighted.
    hit = results_to(results, SUMMIT).filter(has=reader.page.locator("mark", has_text=number))
    expect(hit.first).to_be_visible()
    hit.first.click()
    expect(reader.page).to_have_url(re.compile(re.escape(reader.base_url + SUMMIT)))
    marks = reader.page.locator("article mark", has_text=re.compile(rf"^{number}$"))
    expect(marks.first).to_be_visible()
    expect(reader.page.locator("article").first).to_contain_text(written)


def test_article_to_entity_to_another_article(reader: Reader) -> None:
    reader.open(BUDGET)
    content = reader.page.locator("article.md-content__inner")
    entity = content.locator(f"a[href$='{MARIA_LOPEZ}']").first
    expect(entity).to_have_text("Maria Lopez")
    entity.click()
    expect(reader.page).to_have_url(reader.base_url + MARIA_LOPEZ)
    assert heading(reader) == "Maria Lopez"

    other = content.locator("a[href*='/articles/']").filter(
        has_not_text="Porto Vale passes its budget"
    )
    title = other.first.inner_text()
    other.first.click()
    expect(reader.page).to_have_url(reader.base_url + BRIDGE)
    assert heading(reader) == title


def test_the_entity_index_leads_with_the_most_mentioned_linked_to_their_pages(
    reader: Reader,
) -> None:
    reader.open("entities/")
    headings = reader.page.locator("article h2")
    expect(headings.first).to_have_text(re.compile("^Most mentioned"))
    people = reader.page.locator("#most-mentioned + ul > li").filter(has_text="People")
    # Maria Lopez is the one person in two articles: the first of the people.
    leader = people.locator("a").first
    expect(leader).to_have_text("Maria Lopez")
    leader.click()
    expect(reader.page).to_have_url(reader.base_url + MARIA_LOPEZ)
    assert heading(reader) == "Maria Lopez"


def test_search_finds_an_entity_by_the_sentence_it_first_appears_in(reader: Reader) -> None:
    reader.open("")
    # Only in the sentence where she first appears in the budget article.
    results = search(reader, "schools")
    expect(results_to(results, MARIA_LOPEZ).first).to_be_visible()
    expect(results_to(results, BUDGET).first).to_be_visible()


# A label smaller than this, in CSS pixels, is hard to read on any screen.
SMALLEST_LABEL_PX = 12
# Nor should a label outgrow the text around it by much.
LARGEST_LABEL_PX = 20
LABEL_SIZES = """() => Array.from(document.querySelectorAll("svg.news-digest-chart text")).map(
    (label) => parseFloat(getComputedStyle(label).fontSize) * label.getScreenCTM().a)"""
CHART_RIGHT_EDGES = """() => Array.from(document.querySelectorAll("svg.news-digest-chart")).map(
    (chart) => chart.getBoundingClientRect().right)"""


@pytest.mark.parametrize("screen", ["reader", "phone_reader"])
def test_chart_labels_are_readable_on_a_desktop_and_a_phone(
    request: pytest.FixtureRequest, screen: str
) -> None:
    tab: Reader = request.getfixturevalue(screen)
    tab.open(MARIA_LOPEZ)
    # Her mentions month by month and the entities she is mentioned with.
    expect(tab.page.locator("svg.news-digest-chart")).to_have_count(2)
    sizes = tab.page.evaluate(LABEL_SIZES)
    assert sizes, "the charts have labels"
    assert min(sizes) >= SMALLEST_LABEL_PX and max(sizes) <= LARGEST_LABEL_PX, sizes
    width = tab.page.evaluate("document.documentElement.clientWidth")
    assert max(tab.page.evaluate(CHART_RIGHT_EDGES)) <= width


def colour_scheme(reader: Reader) -> str | None:
    return reader.page.locator("body").get_attribute("data-md-color-scheme")


def toggle_palette(reader: Reader) -> None:
    """Click the palette button the reader sees (the other one is hidden)."""
    reader.page.locator("form[data-md-component=palette] label:not([hidden])").click()


def test_palette_toggles_between_light_and_dark_and_is_remembered(reader: Reader) -> None:
    reader.open("")
    assert colour_scheme(reader) == "default"
    toggle_palette(reader)
    expect(reader.page.locator("body")).to_have_attribute("data-md-color-scheme", "slate")
    reader.open("figures/")
    assert colour_scheme(reader) == "slate"
    toggle_palette(reader)
    expect(reader.page.locator("body")).to_have_attribute("data-md-color-scheme", "default")


@pytest.mark.parametrize(("name", "path"), [("home", ""), ("article", SUMMIT)])
def test_phone_screen_fits_without_sideways_scrolling(
    phone_reader: Reader, name: str, path: str
) -> None:
    phone_reader.open(path)
    width = phone_reader.page.evaluate("document.documentElement.scrollWidth")
    assert width <= 390
    # On a phone the search box hides behind the header's search button.
    expect(phone_reader.page.locator("label.md-header__button[for=__search]")).to_be_visible()
    ARTIFACTS.mkdir(exist_ok=True)
    shot = ARTIFACTS / f"phone-{name}.png"
    shot.unlink(missing_ok=True)
    phone_reader.page.screenshot(path=shot, full_page=True)
    assert shot.read_bytes().startswith(b"\x89PNG")
    assert shot.stat().st_size > 10_000


def test_every_page_loads_offline_without_console_errors(reader: Reader, built_site: Path) -> None:
    pages = sorted(
        page.relative_to(built_site).as_posix().removesuffix("index.html")
        for page in built_site.rglob("*.html")
    )
    problems: dict[str, list[str]] = {}
    for path in pages:
        reader.requests.clear()
        reader.console_errors.clear()
        reader.open(path)
        # Later requests too: the search worker fetches the index after the page has loaded.
        reader.page.wait_for_load_state("networkidle")
        trouble = reader.console_errors + reader.offsite_requests()
        if len(reader.requests) < 2:
            trouble.append("the page's own assets were not recorded")
        if trouble:
            problems[path] = trouble
    assert problems == {}
    assert len(pages) >= 10
