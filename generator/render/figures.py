"""The figures index across articles, its CSV download and its charts."""

from __future__ import annotations

import csv
import io
from collections import defaultdict
from collections.abc import Iterable, Iterator, Sequence
from typing import NamedTuple

import msgspec

from generator.collect.site import Entry, SiteContent
from generator.render.article import sentence_anchor
from generator.render.charts import values_over_time_svg
from generator.render.figure_table import (
    EXCERPT_CHARS,
    Cell,
    Column,
    figure_sentence,
    figure_table,
    sortable_number,
    table_row,
)
from generator.render.markup import (
    NOT_SEARCHED,
    escape_attribute,
    escape_text,
    front_matter,
    html_link,
    link,
    raw_html,
)
from generator.render.numbers import figure_rows, format_pair, format_unit, format_when
from generator.render.paths import FIGURE_INDEX, PageLinks, article_path

FIGURES_CSV = "figures/figures.csv"
CSV_COLUMNS = (
    "article", "article_title", "article_date", "text", "value", "low", "high", "unit",
    "change", "kind", "concept", "date", "notable", "paired_with", "entities", "sentence",
)  # fmt: skip
CHARTS_SHOWN = 6
# A page a reader scrolls through: measured in Chromium on 150 real articles, a row is about
# 100 px tall on a desktop and 200 px stacked on a phone, so 50 rows make about 5,000 and 10,000
# px (100 made phone pages of 23,000 px; the old 500, desktop pages of 73,000). Sorting and the
# filter act on one page, the CSV holds every figure.
FIGURES_PER_PAGE = 50
CHANGE_WORDS = {
    "=": "",
    "~": "about",
    ">": "more than",
    "<": "less than",
    "up": "up",
    "down": "down",
}


def render_figure_pages(
    content: SiteContent,
    *,
    full_text: bool,
    directory_urls: bool,
    table_rows: Sequence[str] | None = None,
) -> dict[str, str]:
    """Every notable figure, sortable and filterable, a page of rows at a time.

    The first page also holds the charts and the CSV of all figures. One table of every figure
    would be tens of thousands of rows on a large site: slow to build and to open. The table is a
    raw HTML block, which MkDocs passes through rather than parses as it would a Markdown table.
    `table_rows` are the entries' `figure_table_rows`, when some were kept from an earlier build.
    """
    if table_rows is None:
        table_rows = [
            figure_table_rows(entry, content, full_text=full_text) for entry in content.entries
        ]
    rows = [row for rows in table_rows for row in _ROWS_DECODE(rows)]
    chunks = [rows[i : i + FIGURES_PER_PAGE] for i in range(0, len(rows), FIGURES_PER_PAGE)]
    paths = [FIGURE_INDEX] + [f"figures/{n}.md" for n in range(2, len(chunks) + 1)]
    pages = {}
    for number, (path, chunk) in enumerate(zip(paths, chunks or [[]], strict=False), start=1):
        pager = _pager(paths, number)
        parts = [
            front_matter(
                {
                    "title": "Figures" if number == 1 else f"Figures, page {number}",
                    # The table takes the table of contents' room: it lists at most the charts.
                    "hide": ["toc"],
                    **NOT_SEARCHED,
                }
            ),
            "# Figures\n\n",
            f"{len(rows):,} notable figures from {len(content.entries):,} articles · "
            f"{link('Download every figure as CSV', 'figures.csv')}\n\n",
            _charts(content) if number == 1 else "",
            pager,
        ]
        if chunk:
            parts.append(raw_html('<div id="news-digest-figure-table"></div>'))
            links = PageLinks(path, directory_urls)
            parts.append(figure_table("index", INDEX_COLUMNS, [_row_html(r, links) for r in chunk]))
            parts.append(pager)
        else:
            parts.append("No figures yet.\n")
        pages[path] = "".join(parts).rstrip() + "\n"
    return pages


def _pager(paths: list[str], current: int) -> str:
    """Links to the first and last pages, the previous and next, and those near this one: a
    large site has hundreds of pages, too many to list on each."""
    if len(paths) < 2:
        return ""
    shown = sorted({1, len(paths), *range(max(1, current - 2), min(len(paths), current + 2) + 1)})
    links: list[str] = []
    for before, number in zip([0, *shown], shown, strict=False):
        if number > before + 1:
            links.append("…")
        links.append(str(number) if number == current else _page_link(str(number), paths, number))
    if current > 1:
        links.insert(0, _page_link("Previous", paths, current - 1))
    if current < len(paths):
        links.append(_page_link("Next", paths, current + 1))
    return f"Page {current} of {len(paths)}: " + " · ".join(links) + "\n\n"


def _page_link(text: str, paths: list[str], number: int) -> str:
    return link(text, paths[number - 1].rsplit("/", 1)[-1])


INDEX_COLUMNS = (
    Column("Figure", "number"),
    Column("Measures", "text"),
    Column("When", "text"),
    Column("Sentence", "none"),
    Column("Article", "text"),
)


class _Row(NamedTuple):
    """A figure's row: its cells but the last, then what the link to its article is made of,
    on the page that shows it (links in raw HTML are final URLs, which depend on the page)."""

    cells: list[tuple[str, str | None]]  # escaped HTML, and the key it sorts by if not its text
    unit: str  # for the page's unit filter
    words: str  # more words its text filter finds: the change, the sentence's entities' names
    title: str  # the article's title, escaped
    date: str  # the article's date, ISO, or ""
    target: str  # the article's page, or the figure's sentence on it


def _row_html(row: _Row, links: PageLinks) -> str:
    article = html_link(row.title, links.to(row.target)) + (f"<br>{row.date}" if row.date else "")
    cells = [Cell(text, sort) for text, sort in row.cells] + [Cell(article, row.date)]
    attributes = f' data-unit="{escape_attribute(row.unit)}" data-words="{row.words}"'
    return table_row(INDEX_COLUMNS, cells, attributes)


_ROWS_ENCODE = msgspec.json.Encoder().encode
_ROWS_DECODE = msgspec.json.Decoder(list[_Row]).decode


def figure_table_rows(entry: Entry, content: SiteContent, *, full_text: bool) -> str:
    """An article's rows of the figure pages' table, as JSON (kept between builds as text)."""
    return _ROWS_ENCODE(_rows(entry, content, full_text=full_text)).decode()


def _rows(entry: Entry, content: SiteContent, *, full_text: bool) -> list[_Row]:
    rows = []
    page = article_path(entry)
    title = escape_text(entry.title)
    date = entry.date.isoformat() if entry.date else ""
    named = _entities_by_sentence(entry, content)
    for figure, partner in figure_rows(entry.analysis.figures):
        target = f"{page}#{sentence_anchor(figure.sentence)}" if full_text else page
        sentence = entry.analysis.sentences[figure.sentence]
        read = [figure, partner] if partner else [figure]
        words = [CHANGE_WORDS[figure.change], *named.get(figure.sentence, ())]
        rows.append(
            _Row(
                [
                    (escape_text(format_pair(figure, partner)), sortable_number(figure.value)),
                    (escape_text(figure.concept) or "–", None),
                    (escape_text(format_when(figure.date)) or "–", figure.date or ""),
                    (figure_sentence(sentence, read, limit=EXCERPT_CHARS), None),
                ],
                format_unit(figure.unit) or "no unit",
                escape_attribute(" ".join(word for word in words if word)),
                title,
                date,
                target,
            )
        )
    return rows


def _charts(content: SiteContent) -> str:
    """A line chart for each measure of one subject reported in several articles on different
    dates: the same concept and unit said of the same entity ("unemployment" of "Germany"). A
    concept alone joins unrelated reports ("share of the vote" in two elections)."""
    series: dict[tuple[str, str, str], dict[str, float]] = defaultdict(dict)
    for entry in reversed(content.entries):  # oldest first: a later report of a date wins
        if entry.date is None:
            continue
        named = _entities_by_sentence(entry, content)
        for figure, _partner in figure_rows(entry.analysis.figures):
            if figure.concept and figure.kind in ("money", "percent", "quantity"):
                for name in named.get(figure.sentence, ()):
                    key = (figure.concept.casefold(), figure.unit, name)
                    series[key][entry.date.isoformat()] = figure.value
    repeated = [(key, points) for key, points in series.items() if len(points) >= 2]
    repeated.sort(key=lambda item: (-len(item[1]), item[0]))
    charts: list[str] = []
    charted: set[tuple[str, str]] = set()
    for (concept, unit, name), points in repeated:
        if (concept, unit) in charted or len(charts) == CHARTS_SHOWN:
            continue  # one chart per measure: the subject reported most often
        label = f"{concept}, {name}"
        svg = values_over_time_svg(
            sorted(points.items()),
            title=f"{label} ({format_unit(unit)}) as reported over time",
            description=f"Line chart of {label} in {format_unit(unit)}, one dot per article.",
            unit=unit,
        )
        if svg:
            charted.add((concept, unit))
            charts.append(f"### {escape_text(label)}\n\n<figure>\n{svg}\n</figure>\n\n")
    return "## Reported over time\n\n" + "".join(charts) if charts else ""


def _entities_by_sentence(entry: Entry, content: SiteContent) -> dict[int, list[str]]:
    """The names of the entities each sentence mentions, each once, in order: read once per
    article for all its figures, not once per figure."""
    named: dict[int, dict[str, None]] = defaultdict(dict)
    for mention in entry.analysis.mentions:
        entity = content.entity_of(mention)
        if entity is not None:
            named[mention.sentence].setdefault(entity.name)
    return {sentence: list(names) for sentence, names in named.items()}


def render_figures_csv(content: SiteContent, rows: Sequence[str] | None = None) -> str:
    """Every figure of every article (notable or not), one row each, for spreadsheets.

    `rows` are the entries' `figure_csv_rows`, when some were kept from an earlier build."""
    if rows is None:
        rows = [figure_csv_rows(entry, content) for entry in content.entries]
    return _csv_text([CSV_COLUMNS]) + "".join(rows)


def figure_csv_rows(entry: Entry, content: SiteContent) -> str:
    """An article's rows of figures.csv (the writer keeps no state from one row to the next)."""
    return _csv_text(_csv_rows(entry, content))


def _csv_text(rows: Iterable[Sequence[object]]) -> str:
    buffer = io.StringIO()
    csv.writer(buffer, lineterminator="\n").writerows(rows)
    return buffer.getvalue()


def _csv_rows(entry: Entry, content: SiteContent) -> Iterator[list[object]]:
    figures = entry.analysis.figures
    named = _entities_by_sentence(entry, content)
    for figure in figures:
        partner = figures[figure.paired_with].text if figure.paired_with is not None else ""
        safe = _spreadsheet_safe
        yield [
            entry.slug,
            safe(entry.title),
            entry.date.isoformat() if entry.date else "",
            safe(figure.text),
            repr(float(figure.value)),
            "" if figure.low is None else repr(figure.low),
            "" if figure.high is None else repr(figure.high),
            figure.unit,
            figure.change,
            figure.kind,
            safe(figure.concept),
            figure.date or "",
            "yes" if figure.notable else "no",
            safe(partner),
            safe("; ".join(named.get(figure.sentence, ()))),
            safe(entry.analysis.sentences[figure.sentence].text),
        ]


def _spreadsheet_safe(text: str) -> str:
    # A cell starting with = + - @ is a formula to Excel and LibreOffice: CSV injection.
    return f"'{text}" if text[:1] in ("=", "+", "-", "@", "\t", "\r") else text
