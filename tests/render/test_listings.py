import datetime as dt
from collections.abc import Callable

from bs4 import BeautifulSoup
from factories import make_entry_input

from generator.collect.site import collect_site
from generator.render.listings import render_archive


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
