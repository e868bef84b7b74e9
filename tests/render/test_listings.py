import datetime as dt
from collections.abc import Callable

from bs4 import BeautifulSoup
from factories import make_entry_input

from generator.collect.site import collect_site
from generator.render.listings import render_archive, render_home


def test_archive_lists_articles_by_month_with_final_urls(
    to_html: Callable[[str], BeautifulSoup],
) -> None:
    content = collect_site(
        [
            make_entry_input("a.txt", "One.", dt.date(2024, 1, 2), title="First <em>one</em>"),
            make_entry_input("b.txt", "Two.", dt.date(2024, 2, 3), title="Second"),
            make_entry_input("c.txt", "Three.", None, title="Third"),
        ],
        2,
    )
    page = to_html(render_archive(content, directory_urls=True)["articles/index.md"])
    assert [h.get_text().rstrip("¶") for h in page.select("h2")] == [
        "2024-02", "2024-01", "Undated"
    ]  # fmt: skip
    items = page.select("h2 + ul > li")
    assert [li.get_text() for li in items] == [
        "2024-02-03 · Second", "2024-01-02 · First <em>one</em>", "Third"
    ]  # fmt: skip
    assert [a["href"] for a in page.select("li a")] == ["second/", "first-em-one-em/", "third/"]
    flat = to_html(render_archive(content, directory_urls=False)["articles/index.md"])
    assert [a["href"] for a in flat.select("li a")] == [
        "second.html", "first-em-one-em.html", "third.html"
    ]  # fmt: skip


def test_in_the_news_counts_the_articles_of_the_last_30_days(
    to_html: Callable[[str], BeautifulSoup],
) -> None:
    ada = ("Ada Lovelace", "PERSON", "Ada Lovelace")
    bob = ("Bob Stone", "PERSON", "Bob Stone")
    content = collect_site(
        [
            make_entry_input("a.txt", "Ada Lovelace spoke.", dt.date(2024, 3, 31), entities=(ada,)),
            make_entry_input("b.txt", "Ada Lovelace won.", dt.date(2024, 3, 1), entities=(ada,)),
            # 31 days before the newest article: out of the period, however often named.
            make_entry_input("c.txt", "Bob Stone ran.", dt.date(2024, 2, 29), entities=(bob,)),
            make_entry_input("d.txt", "Bob Stone won.", dt.date(2024, 2, 28), entities=(bob,)),
        ],
        2,
    )
    page = to_html(render_home(content, latest=2, directory_urls=True))
    assert page.select_one("h2#in-the-news-the-last-30-days") is not None
    latest, ever = (
        strong.parent.get_text() for strong in page.find_all("strong", string="People:")
    )
    assert latest == "People: Ada Lovelace (2)"
    # Then the whole site's, where Bob's older articles count too.
    assert ever == "People: Ada Lovelace (2), Bob Stone (2)"
    # No date at all: the names in two articles or more, ever; a name in one is no news.
    undated = collect_site(
        [
            make_entry_input("e.txt", "Bob Stone ran.", None, entities=(bob,)),
            make_entry_input("f.txt", "Bob Stone won.", None, entities=(bob,)),
            make_entry_input("g.txt", "Ada Lovelace spoke.", None, entities=(ada,)),
        ],
        2,
    )
    text = to_html(render_home(undated, latest=2, directory_urls=True)).get_text()
    assert "Most mentioned" in text and "People: Bob Stone (2)" in text
    assert "Ada Lovelace (" not in text
