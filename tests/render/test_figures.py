import csv
import datetime as dt
import io
from collections.abc import Callable

import pytest
from bs4 import BeautifulSoup
from factories import make_entry_input, make_figure

from generator.collect.site import collect_site
from generator.render import figures
from generator.render.figures import (
    figure_csv_rows,
    figure_table_rows,
    render_figure_pages,
    render_figures_csv,
)


def site_with(*figures: object) -> object:
    text = "Shares rose 5% to $2.6m on Monday. Profit fell."
    return collect_site(
        [make_entry_input("a.txt", text, None, title="Shares rise", figures=figures)], 2
    )


def test_csv_lists_every_figure_and_defuses_formulas() -> None:
    hostile = make_figure(5, "percent", kind="percent", text="=HYPERLINK(1)", notable=False)
    plain = make_figure(2.6e6, "USD", kind="money", text="$2.6m")
    rows = list(csv.reader(io.StringIO(render_figures_csv(site_with(hostile, plain)))))
    assert rows[0][:5] == ["article", "article_title", "article_date", "text", "value"]
    assert [(row[3], row[4], row[7], row[12]) for row in rows[1:]] == [
        ("'=HYPERLINK(1)", "5.0", "percent", "no"),
        ("$2.6m", "2600000.0", "USD", "yes"),
    ]


def test_index_table_sorts_by_full_digits_and_marks_the_table(
    to_html: Callable[[str], BeautifulSoup],
) -> None:
    site = site_with(make_figure(1.28e12, "CNY", kind="money", text="x"))
    page = render_figure_pages(site, full_text=True, directory_urls=True)["figures/index.md"]
    assert "[Download every figure as CSV](figures.csv)" in page
    html = to_html(page)
    # docs/assets/javascripts/figures.js: the marker, then the table with its head and body.
    marker = html.select_one("#news-digest-figure-table")
    assert marker is not None and marker.find_next_sibling("table") is not None
    headers = [th.get_text() for th in html.select("table thead th")]
    assert headers[:3] == ["Figure", "Value", "Unit"] and headers[-1] == "Article"
    cells = html.select("table tbody tr td")
    assert [td.get_text() for td in cells[:3]] == ["x", "1,280,000,000,000", "CNY"]
    link = cells[-1].select_one("a")
    assert link is not None and link.get_text() == "Shares rise"
    assert link["href"] == "../articles/shares-rise/#sentence-1"


def test_large_indexes_are_paginated(
    monkeypatch: pytest.MonkeyPatch, to_html: Callable[[str], BeautifulSoup]
) -> None:
    monkeypatch.setattr(figures, "FIGURES_PER_PAGE", 2)
    site = site_with(*(make_figure(float(n), "USD", kind="money", text=f"${n}") for n in range(5)))
    pages = render_figure_pages(site, full_text=False, directory_urls=True)
    assert list(pages) == ["figures/index.md", "figures/2.md", "figures/3.md"]
    assert "Page 2 of 3: [1](index.md) · 2 · [3](3.md)" in pages["figures/2.md"]
    last = to_html(pages["figures/3.md"])
    assert [td.get_text() for td in last.select("tbody td:first-child")] == ["$4"]
    # A later page is a folder deeper than the first with directory URLs, not without them.
    assert [a["href"] for a in last.select("tbody a")] == ["../../articles/shares-rise/"]
    flat = render_figure_pages(site, full_text=False, directory_urls=False)["figures/3.md"]
    assert [a["href"] for a in to_html(flat).select("tbody a")] == ["../articles/shares-rise.html"]


def test_the_csv_and_pages_put_together_from_each_articles_rows_are_the_same() -> None:
    text = "Shares rose 5% to $2.6m on Monday. Profit fell."
    figure = make_figure(2.6e6, "USD", kind="money", text="$2.6m")
    site = collect_site(
        [
            make_entry_input("a.txt", text, dt.date(2024, 1, 2), figures=(figure,)),
            make_entry_input("b.txt", "Nothing here. At all.", None),
        ],
        1,
    )
    csv_rows = [figure_csv_rows(entry, site) for entry in site.entries]
    assert render_figures_csv(site, csv_rows) == render_figures_csv(site)
    assert csv_rows[-1] == ""  # an article without figures has no rows
    table_rows = [figure_table_rows(e, site, full_text=True) for e in site.entries]
    pages = render_figure_pages(site, full_text=True, directory_urls=True, table_rows=table_rows)
    assert pages == render_figure_pages(site, full_text=True, directory_urls=True)
