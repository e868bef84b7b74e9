"""The figure tables a reader meets, on the figures index and on each article's page.

One layout for both: on a wide screen a column per field, laid out at the table's width (no
field can push the table wider than its column); on a phone each row is a block of labelled
fields, one under the other. The stylesheet (docs/assets/stylesheets/news-digest.css) selects
the tables by `TABLE_ATTRIBUTE` and prints each field's label from its cell's `data-label`: the
header row is off screen there, and a label per cell is the one thing CSS cannot make up.
"""

from __future__ import annotations

import html
from collections.abc import Sequence
from dataclasses import dataclass

from generator.model.analysis import Figure, Sentence
from generator.render.markup import mark_spans, raw_html

TABLE_ATTRIBUTE = "data-news-digest-figures"
# A shortened sentence: about two lines of the index's sentence column on a wide screen, four on
# a phone; long enough to hold the clause a figure sits in, with what it measures.
EXCERPT_CHARS = 160
ELLIPSIS = "…"


@dataclass(frozen=True, slots=True)
class Column:
    """A column's header, and how the index's script sorts it (tablesort's `data-sort-method`:
    `number`, `text`, or `none` for a column that sorting would not help); None in a table no
    script sorts."""

    header: str
    sort: str | None = None


@dataclass(frozen=True, slots=True)
class Cell:
    """A cell's escaped HTML, and the key it sorts by when that is not its text."""

    html: str
    sort: str | None = None


def table_head(kind: str, columns: Sequence[Column]) -> str:
    """The table's opening tag and head row; `kind` names the layout in the stylesheet."""
    heads = "".join(
        (f'<th data-sort-method="{column.sort}">' if column.sort else "<th>")
        + f"{column.header}</th>\n"
        for column in columns
    )
    return f'<table {TABLE_ATTRIBUTE}="{kind}">\n<thead>\n<tr>\n{heads}</tr>\n</thead>\n<tbody>\n'


TABLE_END = "</tbody>\n</table>"


def table_row(columns: Sequence[Column], cells: Sequence[Cell], attributes: str = "") -> str:
    """A body row. A line end between cells, as the Markdown tables extension writes: the search
    index takes a page's text from its HTML, and two cells without white space would read as one
    word. `attributes` are the row's own, already escaped (` data-unit="USD"`)."""
    tds = "".join(
        f'<td data-label="{column.header}"'
        + (f' data-sort="{html.escape(cell.sort)}"' if cell.sort is not None else "")
        + f">{cell.html}</td>\n"
        for column, cell in zip(columns, cells, strict=True)
    )
    return f"<tr{attributes}>\n{tds}</tr>\n"


def figure_table(
    kind: str, columns: Sequence[Column], rows: Sequence[str], *, searched: bool = True
) -> str:
    """The whole table as a raw HTML block, from rows `table_row` made."""
    return raw_html(table_head(kind, columns) + "".join(rows) + TABLE_END, searched=searched)


def sortable_number(value: float) -> str:
    """The value in plain digits, which tablesort's number sort reads (no exponent, no commas)."""
    if value == int(value):
        return str(int(value))
    return f"{value:.6f}".rstrip("0").rstrip(".")


def figure_sentence(
    sentence: Sentence, figures: Sequence[Figure], *, limit: int | None = None
) -> str:
    """The sentence as escaped HTML with the figures' words in bold; cut to about `limit`
    characters around the first figure, at spaces, with an ellipsis where words were left out."""
    text = sentence.text
    spans = [span for figure in figures if (span := _span_in(sentence, figure)) is not None]
    first, last = (spans[0][0], spans[-1][1]) if spans else (0, 0)
    left, right = (0, len(text)) if limit is None else _window(text, first, last, limit)
    shifted: list[tuple[int, int, str | None]] = [
        (s - left, e - left, None) for s, e in spans if left <= s and e <= right
    ]
    marked = mark_spans(text[left:right], shifted)
    return (ELLIPSIS if left else "") + marked + (ELLIPSIS if right < len(text) else "")


def _span_in(sentence: Sentence, figure: Figure) -> tuple[int, int] | None:
    """Where the figure's words stand in the sentence's text, if they are found there."""
    start = figure.start - sentence.start
    if sentence.text[start : start + len(figure.text)] == figure.text and start >= 0:
        return start, start + len(figure.text)
    found = sentence.text.find(figure.text) if figure.text else -1
    return (found, found + len(figure.text)) if found >= 0 else None


def _window(text: str, start: int, end: int, limit: int) -> tuple[int, int]:
    """The stretch of `text` to show: `start`–`end` with context, a third of it before (the
    subject and verb that say what is measured come first), cut at spaces."""
    if len(text) <= limit:
        return 0, len(text)
    room = max(0, limit - (end - start))
    left = max(0, start - room // 3)
    right = min(len(text), max(end, left + limit))
    left = max(0, min(left, right - limit, start))
    if left > 0 and not text[left - 1].isspace():
        space = text.find(" ", left, start)
        left = space + 1 if space >= 0 else left
    if right < len(text) and not text[right].isspace():
        space = text.rfind(" ", end, right)
        right = space if space >= 0 else right
    return left, right
