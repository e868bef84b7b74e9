"""The figure tables as a reader meets them: on a desktop screen, on a phone, sorted and filtered.

Every test here also ends with no console error and no request off localhost (see `reader`).
"""

from __future__ import annotations

from typing import Any

import pytest
from browser.support import Reader, missing_playwright

try:
    from playwright.sync_api import expect
except ImportError:
    missing_playwright()

pytestmark = [pytest.mark.site, pytest.mark.browser]

PAGES = {
    "index": "figures/",
    "article": "articles/vladimir-putin-and-xi-jinping-have-met-about-40-times/",
}
# Per row on a phone, the height no field's text takes: the row's padding, the gaps between its
# five fields and the leading of their lines (a text's box is shorter than its line), about
# three lines of the table's text. A row of columns on a phone left 100 to 350 px blank.
MOST_BLANK_PER_ROW_PX = 64

# The figure table of the page as a reader finds it: on the index after the filters' marker, on
# an article page in the Figures section.
FIND_TABLE = """() => {
  const marker = document.getElementById("news-digest-figure-table");
  if (marker) return marker.parentElement.querySelector("table");
  for (let e = document.getElementById("figures"); e; e = e.nextElementSibling) {
    const table = e.tagName === "TABLE" ? e : e.querySelector("table");
    if (table) return table;
  }
  return null;
}"""
FITS = f"""() => {{
  const table = ({FIND_TABLE})();
  if (!table) return null;
  const wrapper = table.closest(".md-typeset__scrollwrap") || table.parentElement;
  return {{
    page: [document.documentElement.scrollWidth, document.documentElement.clientWidth],
    wrapper: [wrapper.scrollWidth, wrapper.clientWidth],
    table: [table.scrollWidth, table.clientWidth],
    right: [table.getBoundingClientRect().right, wrapper.getBoundingClientRect().right],
  }};
}}"""
# Each body row: whether its fields stand one under the other, each led by its column's name,
# and how much of its height no field's text takes.
ROWS = f"""() => {{
  const table = ({FIND_TABLE})();
  const headers = Array.from(table.tHead.rows[0].cells, cell => cell.textContent.trim());
  return Array.from(table.tBodies[0].rows, row => {{
    const box = row.getBoundingClientRect();
    const cells = Array.from(row.cells);
    let text = 0, stacked = true, labelled = true, previousBottom = box.top;
    cells.forEach((cell, index) => {{
      const own = cell.getBoundingClientRect();
      stacked = stacked && Math.abs(own.left - box.left) < 2 && own.top >= previousBottom - 1;
      previousBottom = own.bottom;
      const label = getComputedStyle(cell, "::before").content;
      labelled = labelled && label === JSON.stringify(headers[index]);
      const range = document.createRange();
      range.selectNodeContents(cell);
      text += range.getBoundingClientRect().height;
    }});
    return {{height: Math.round(box.height), blank: Math.round(box.height - text), stacked,
             labelled}};
  }});
}}"""


@pytest.mark.parametrize("name", list(PAGES))
def test_figure_tables_fit_a_1280_px_screen_without_sideways_scrolling(
    reader: Reader, name: str
) -> None:
    reader.open(PAGES[name])
    sizes: dict[str, list[float]] | None = reader.page.evaluate(FITS)
    assert sizes is not None, "the page has a figure table"
    for scroll, client in (sizes["page"], sizes["wrapper"], sizes["table"]):
        assert scroll <= client, sizes
    assert sizes["right"][0] <= sizes["right"][1], sizes


@pytest.mark.parametrize("name", list(PAGES))
def test_figure_rows_stack_as_labelled_fields_on_a_phone(phone_reader: Reader, name: str) -> None:
    phone_reader.open(PAGES[name])
    sizes: dict[str, list[float]] | None = phone_reader.page.evaluate(FITS)
    assert sizes is not None, "the page has a figure table"
    for scroll, client in (sizes["page"], sizes["wrapper"]):
        assert scroll <= client, sizes
    rows: list[dict[str, Any]] = phone_reader.page.evaluate(ROWS)
    assert rows, "the table has rows"
    assert all(row["stacked"] and row["labelled"] for row in rows), rows
    assert max(row["blank"] for row in rows) <= MOST_BLANK_PER_ROW_PX, rows


def figure_values(reader: Reader) -> list[float]:
    """The index's rows' values in the order shown (their sort keys)."""
    keys: list[str] = reader.page.evaluate(
        "Array.from(document.querySelectorAll('article tbody tr'),"
        " row => row.cells[0].dataset.sort)"
    )
    return [float(key) for key in keys]


@pytest.mark.parametrize("screen", ["reader", "phone_reader"])
def test_the_index_sorts_by_value_on_a_desktop_and_a_phone(
    request: pytest.FixtureRequest, screen: str
) -> None:
    tab: Reader = request.getfixturevalue(screen)
    tab.open(PAGES["index"])
    header = tab.page.locator("article thead th", has_text="Figure")
    header.click()
    expect(header).to_have_attribute("aria-sort", "ascending")
    values = figure_values(tab)
    assert len(values) >= 3 and values == sorted(values)
    header.click()
    expect(header).to_have_attribute("aria-sort", "descending")
    assert figure_values(tab) == sorted(values, reverse=True)


def test_the_index_filters_by_words_and_by_unit(reader: Reader) -> None:
    reader.open(PAGES["index"])
    rows = reader.page.locator("article tbody tr")
    total = rows.count()
    count = reader.page.locator("form.news-digest-filters output")
    expect(count).to_have_text(f"{total} of {total} figures on this page")
    # A change the row shows as an arrow, found by its word.
    reader.page.get_by_label("Filter this page").fill("lopez down")
    shown = reader.page.locator("article tbody tr:not([hidden])")
    expect(count).to_have_text(f"{shown.count()} of {total} figures on this page")
    assert 0 < shown.count() < total
    for words in shown.evaluate_all("rows => rows.map(row => row.dataset.words)"):
        assert "Maria Lopez" in words and words.startswith("down")
    reader.page.get_by_label("Filter this page").fill("")
    reader.page.get_by_label("Unit").select_option("EUR")
    units = shown.evaluate_all("rows => rows.map(row => row.dataset.unit)")
    assert units and set(units) == {"EUR"}
    assert len(units) < total
