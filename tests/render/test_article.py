import dataclasses
import datetime as dt
from collections.abc import Callable

import pytest
from bs4 import BeautifulSoup
from factories import make_entry_input, make_figure
from mkdocs.utils.meta import get_data

from generator.collect.site import SiteContent, collect_site
from generator.model.analysis import DateMention, Sentence
from generator.render.article import render_article

ToHtml = Callable[[str], BeautifulSoup]
TEXT = "Ada Lovelace went to Rome. Prices rose 5% in Rome.\n\nBob Stone <b>stayed</b> home."
ADA = ("Ada Lovelace", "PERSON", "Ada Lovelace")
ROME = ("Rome", "GPE", "Rome")
BOB = ("Bob Stone", "PERSON", "Bob Stone")


def site() -> SiteContent:
    """Two articles: Ada gets a page of her own (both name her), Rome and Bob an index entry."""
    article, clean, analysis = make_entry_input(
        "a.txt",
        TEXT,
        dt.date(2024, 1, 2),
        title="Ada in Rome",
        entities=(ADA, ROME, BOB),
        figures=(make_figure(5, "percent", kind="percent", text="5%", sentence=1),),
    )
    analysis = dataclasses.replace(
        analysis,
        tldr="Prices rose 5% in Rome.",
        dates=(DateMention("2023", 0, 4, 1, "2023"), DateMention("today", 0, 5, 1, "2024")),
    )
    other = make_entry_input("b.txt", "Ada Lovelace won.", dt.date(2024, 1, 1), entities=(ADA,))
    return collect_site([(article, clean, analysis), other], 2)


def article_page(directory_urls: bool = True, full_text: bool = True) -> str:
    content = site()
    entry = next(e for e in content.entries if e.article.path == "a.txt")
    return render_article(entry, content, full_text=full_text, directory_urls=directory_urls)


def test_sections_are_raw_html_under_markdown_headings(to_html: ToHtml) -> None:
    markdown = article_page()
    assert "\n## Full text\n\n<" in markdown
    # Their sentences and names are searched in the full text, not twice.
    for heading in ("## Summary", "## Entities", "## Figures", "## Timeline"):
        assert f"\n{heading} {{ data-search-exclude }}\n\n<" in markdown
    # No Markdown link is left for MkDocs to rewrite: every link is a final URL.
    assert markdown.count("](") == 0
    page = to_html(markdown)
    assert [h["id"] for h in page.find_all("h2")] == [
        "summary", "entities", "figures", "timeline", "full-text"
    ]  # fmt: skip
    tldr = page.select_one("div.admonition.abstract")
    assert tldr is not None and tldr.get_text(" ", strip=True) == "In short Prices rose 5% in Rome."
    summary = page.select("h2#summary + ul > li")
    assert [li.get_text() for li in summary] == ["Ada Lovelace went to Rome."]


def test_the_summary_is_searched_where_the_full_text_does_not_repeat_it() -> None:
    assert "\n## Summary\n\n<!-- news-digest:html -->\n<ul>" in article_page(full_text=False)
    given = make_entry_input("c.txt", "Ada Lovelace sailed.", summary="A voyage, in short.")
    content = collect_site([given], 2)
    markdown = render_article(content.entries[0], content, full_text=True, directory_urls=True)
    assert "\n## Summary\n\n<!-- news-digest:html -->\n<ul>\n<li>A voyage, in short.</li>" in (
        markdown
    )


def test_entity_links_are_final_urls(to_html: ToHtml) -> None:
    page = to_html(article_page())
    people = page.select_one("h2#entities + p")
    assert people is not None
    assert people.get_text() == "People: Ada Lovelace, Bob Stone"
    assert [a["href"] for a in people.select("a")] == [
        "../../entities/person/ada-lovelace/",
        "../../entities/#person-bob-stone",
    ]
    flat = to_html(article_page(directory_urls=False)).select_one("h2#entities + p")
    assert flat is not None
    assert [a["href"] for a in flat.select("a")] == [
        "../entities/person/ada-lovelace.html",
        "../entities/index.html#person-bob-stone",
    ]


def test_figure_and_timeline_tables(to_html: ToHtml) -> None:
    page = to_html(article_page())
    figures, timeline = page.select("table")
    headers = ["Figure", "Measures", "When", "Sentence"]
    assert [th.get_text() for th in figures.select("thead th")] == headers
    row = figures.select("tbody tr")
    assert len(row) == 1
    # Each cell names its field, for the stacked rows of a phone screen.
    assert [td["data-label"] for td in row[0].select("td")] == headers
    assert [td.get_text() for td in row[0].select("td")][:3] == ["5%", "–", "–"]
    link = row[0].select_one("a")
    assert link is not None and link["href"] == "#sentence-2"
    # The made-up analysis runs its second sentence on into the next paragraph; on the article's
    # page the sentence is whole, the figure's words in bold.
    assert link.get_text() == "Prices rose 5% in Rome. Bob Stone <b>stayed</b> home."
    assert link.find("b") is None
    assert [strong.get_text() for strong in link.select("strong")] == ["5%"]
    assert page.select_one("#sentence-2") is not None
    assert [td.get_text() for td in timeline.select("tbody td")][:2] == ["2023", "2023"]
    assert len(timeline.select("tbody tr")) == 2


def test_full_text_links_first_mentions_and_keeps_markup_as_text(to_html: ToHtml) -> None:
    page = to_html(article_page())
    first, second = page.select("h2#full-text ~ p")
    assert first.get_text() == "Ada Lovelace went to Rome. Prices rose 5% in Rome."
    assert [a.get_text() for a in first.select("a")] == ["Ada Lovelace", "Rome"]
    assert second.get_text() == "Bob Stone <b>stayed</b> home."
    assert second.find("b") is None
    assert [a["href"] for a in second.select("a")] == ["../../entities/#person-bob-stone"]


@pytest.mark.parametrize("directory_urls", [True, False])
def test_without_full_text_figures_do_not_link_sentences(
    to_html: ToHtml, directory_urls: bool
) -> None:
    page = to_html(article_page(directory_urls, full_text=False))
    assert page.select_one("h2#full-text") is None
    assert page.select("table a") == []


def test_without_full_text_the_tables_sentences_stay_searchable() -> None:
    markdown = article_page(full_text=False)
    assert "\n## Figures\n\n<" in markdown
    assert "data-search-exclude" not in markdown


HOSTILE_TITLE = "<script>alert(1)</script> *Loud* {{ config.site_name }} [x](javascript:y) !!! note"


def test_a_hostile_title_reaches_the_page_and_its_front_matter_as_text(to_html: ToHtml) -> None:
    article, clean, analysis = make_entry_input(
        "hostile.txt", "Ada Lovelace went to Rome.", dt.date(2024, 1, 2), title=HOSTILE_TITLE
    )
    content = collect_site([(article, clean, analysis)], 2)
    markdown = render_article(content.entries[0], content, full_text=True, directory_urls=True)
    _body, meta = get_data(markdown)
    # The theme prints the front matter's title without escaping it: it must arrive escaped.
    assert meta["title"] == (
        "&lt;script&gt;alert(1)&lt;/script&gt; *Loud* {{ config.site_name }} "
        "[x](javascript:y) !!! note"
    )
    page = to_html(markdown)
    assert page.find("script") is None and page.find("a", href="javascript:y") is None
    assert page.find("div", class_="admonition note") is None
    heading = page.find("h1")
    assert heading is not None and heading.find("em") is None
    heading.select_one("a.headerlink").decompose()  # type: ignore[union-attr]
    assert heading.get_text() == HOSTILE_TITLE


@pytest.mark.parametrize(
    "marked",
    [
        "Coach Rinus Michels|, the man behind it, has died.",
        "The World 100|m champion will run here.",
        "Prices rose. |Wages 5% fell.",
    ],
)
def test_full_text_reads_as_the_source_where_a_figure_sentence_starts(
    to_html: ToHtml, marked: str
) -> None:
    # A splitter may start a sentence (here at "|") mid-word or before a comma; the anchor of a
    # figure's sentence must add no space there, nor take one away.
    split = marked.index("|")
    text = marked.replace("|", "")
    article, clean, analysis = make_entry_input("a.txt", text)
    first = text[:split].rstrip()
    sentences = (Sentence(first, 0, len(first)), Sentence(text[split:], split, len(text)))
    figure = make_figure(5, "percent", sentence=1)
    analysis = dataclasses.replace(analysis, sentences=sentences, figures=(figure,))
    content = collect_site([(article, clean, analysis)], 2)
    page = to_html(render_article(content.entries[0], content, full_text=True, directory_urls=True))
    (paragraph,) = page.select("h2#full-text ~ p")
    assert paragraph.get_text() == text
    assert paragraph.select_one("#sentence-2") is not None


def test_in_short_is_left_out_when_it_says_the_title_again(to_html: ToHtml) -> None:
    content = site()
    entry = next(e for e in content.entries if e.article.path == "a.txt")
    repeating = dataclasses.replace(
        entry, analysis=dataclasses.replace(entry.analysis, tldr="Ada was in Rome.")
    )
    page = to_html(render_article(repeating, content, full_text=True, directory_urls=True))
    assert page.select_one("div.admonition.abstract") is None


def test_in_short_is_left_out_when_the_summary_opens_with_it(to_html: ToHtml) -> None:
    article, clean, analysis = make_entry_input(
        "c.txt", "Ada Lovelace sailed to Rome on Monday. She stayed.", title="Ada at sea"
    )
    shown = dataclasses.replace(analysis, tldr="Ada Lovelace sailed to Rome.")
    content = collect_site([(article, clean, shown)], 2)
    page = render_article(content.entries[0], content, full_text=False, directory_urls=True)
    # The summary's first sentence is right below: the box would say it twice.
    assert to_html(page).select_one("div.admonition.abstract") is None
    other = dataclasses.replace(analysis, tldr="Rome welcomed a famous visitor.")
    content = collect_site([(article, clean, other)], 2)
    page = render_article(content.entries[0], content, full_text=False, directory_urls=True)
    assert to_html(page).select_one("div.admonition.abstract") is not None
