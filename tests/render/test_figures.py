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


def test_index_rows_show_the_value_what_it_measures_and_the_sentence(
    to_html: Callable[[str], BeautifulSoup],
) -> None:
    figure = make_figure(
        1.28e12, "CNY", kind="money", text="$2.6m", change="up", concept="shares", start=18
    )
    page = render_figure_pages(site_with(figure), full_text=True, directory_urls=True)
    html = to_html(page["figures/index.md"])
    assert "[Download every figure as CSV](figures.csv)" in page["figures/index.md"]
    # docs/assets/javascripts/figures.js: the marker, then the table with its head and body.
    marker = html.select_one("#news-digest-figure-table")
    assert marker is not None and marker.find_next_sibling("table") is not None
    table = html.select_one("table[data-news-digest-figures=index]")
    assert table is not None
    headers = ["Figure", "Measures", "When", "Sentence", "Article"]
    assert [th.get_text() for th in table.select("thead th")] == headers
    assert [th["data-sort-method"] for th in table.select("thead th")] == [
        "number", "text", "text", "none", "text"
    ]  # fmt: skip
    (row,) = table.select("tbody tr")
    cells = row.select("td")
    assert [td["data-label"] for td in cells] == headers
    assert [td.get_text() for td in cells[:4]] == [
        "↑ CNY 1.28 trillion", "shares", "–", "Shares rose 5% to $2.6m on Monday."
    ]  # fmt: skip
    # Sorted by the value in full digits, not by the short form shown.
    assert cells[0]["data-sort"] == "1280000000000"
    assert [strong.get_text() for strong in cells[3].select("strong")] == ["$2.6m"]
    link = cells[4].select_one("a")
    assert link is not None and link.get_text() == "Shares rise"
    assert link["href"] == "../articles/shares-rise/#sentence-1"
    # What the filter reads beyond the row's text: its unit, and the change in words.
    assert (row["data-unit"], row["data-words"]) == ("CNY", "up")


def test_a_long_sentence_is_shortened_around_its_figure_on_the_index(
    to_html: Callable[[str], BeautifulSoup],
) -> None:
    text = "Word " * 60 + "sales rose 5% this year " + "and more " * 40 + "words."
    figure = make_figure(5, "percent", kind="percent", text="5%", start=len("Word " * 60) + 11)
    site = collect_site([make_entry_input("a.txt", text, None, figures=(figure,))], 1)
    page = render_figure_pages(site, full_text=True, directory_urls=True)["figures/index.md"]
    shown = to_html(page).select("tbody td")[3].get_text()
    assert shown.startswith("…") and shown.endswith("…") and "sales rose 5% this year" in shown
    assert len(shown) <= figures.EXCERPT_CHARS + 2


def test_large_indexes_are_paginated(
    monkeypatch: pytest.MonkeyPatch, to_html: Callable[[str], BeautifulSoup]
) -> None:
    monkeypatch.setattr(figures, "FIGURES_PER_PAGE", 2)
    site = site_with(*(make_figure(float(n), "USD", kind="money", text=f"${n}") for n in range(5)))
    pages = render_figure_pages(site, full_text=False, directory_urls=True)
    assert list(pages) == ["figures/index.md", "figures/2.md", "figures/3.md"]
    pager = "Page 2 of 3: [Previous](index.md) · [1](index.md) · 2 · [3](3.md) · [Next](3.md)"
    # Above the table and below it.
    assert pages["figures/2.md"].count(pager) == 2
    assert pages["figures/2.md"].index(pager) < pages["figures/2.md"].index("<table")
    last = to_html(pages["figures/3.md"])
    assert [td.get_text() for td in last.select("tbody td:first-child")] == ["USD 4"]
    # A later page is a folder deeper than the first with directory URLs, not without them.
    assert [a["href"] for a in last.select("tbody a")] == ["../../articles/shares-rise/"]
    flat = render_figure_pages(site, full_text=False, directory_urls=False)["figures/3.md"]
    assert [a["href"] for a in to_html(flat).select("tbody a")] == ["../articles/shares-rise.html"]


def test_the_pager_of_many_pages_links_the_ends_and_the_pages_near_this_one(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setattr(figures, "FIGURES_PER_PAGE", 1)
    site = site_with(*(make_figure(float(n), "USD", kind="money") for n in range(12)))
    pages = render_figure_pages(site, full_text=False, directory_urls=True)
    assert len(pages) == 12 and "figures/12.md" in pages
    assert (
        "Page 6 of 12: [Previous](5.md) · [1](index.md) · … · [4](4.md) · [5](5.md) · 6 · "
        "[7](7.md) · [8](8.md) · … · [12](12.md) · [Next](7.md)\n" in pages["figures/6.md"]
    )
    assert (
        "Page 1 of 12: 1 · [2](2.md) · [3](3.md) · … · [12](12.md) · [Next](2.md)\n"
        in pages["figures/index.md"]
    )


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


def charted_site(reports: list[tuple[str, str, float]]) -> object:
    """Articles on different days, each saying '<concept> of <name> was N%.'"""
    inputs = []
    for day, (name, concept, value) in enumerate(reports, start=1):
        text = f"{concept.capitalize()} in {name} was {value}%."
        figure = make_figure(value, "percent", kind="percent", concept=concept, text=f"{value}%")
        inputs.append(
            make_entry_input(
                f"a{day}.txt",
                text,
                dt.date(2024, 1, day),
                title=f"Report {day}",
                entities=((name, "GPE", name),),
                figures=(figure,),
            )
        )
    return collect_site(inputs, 2)


def chart_headings(site: object) -> list[str]:
    page = render_figure_pages(site, full_text=True, directory_urls=True)["figures/index.md"]
    return [line[4:] for line in page.splitlines() if line.startswith("### ")]


def test_a_chart_follows_one_measure_of_one_subject_over_time() -> None:
    site = charted_site([("Norland", "unemployment", 5.0), ("Norland", "unemployment", 5.4)])
    assert chart_headings(site) == ["unemployment, Norland"]


def test_the_same_concept_said_of_different_subjects_is_not_one_series() -> None:
    site = charted_site(
        [("Norland", "share of the vote", 88.9), ("Sudria", "share of the vote", 63.7)]
    )
    assert chart_headings(site) == []
