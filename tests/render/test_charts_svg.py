import html
import xml.etree.ElementTree as ET

import pytest
from hypothesis import given
from hypothesis import strategies as st

from generator.render.charts_svg import (
    ChartText,
    chart_text,
    compact_with_unit,
    escape_svg_text,
    format_compact,
    format_coordinate,
    shorten,
    svg_document,
)

DESC = "{http://www.w3.org/2000/svg}desc"
TITLE = "{http://www.w3.org/2000/svg}title"


def parse(svg: str) -> ET.Element:
    return ET.fromstring(svg)


@pytest.mark.parametrize(
    ("value", "text"),
    [
        (1.28e12, "1.28T"),
        (1.53e11, "153B"),
        (2.6e6, "2.6M"),
        (999_999, "1M"),
        (1234, "1.23K"),
        (30, "30"),
        (0.5, "0.5"),
        (1 / 3, "0.333"),
        (0, "0"),
        (-1500, "\u22121.5K"),
        (-1e-9, "0"),
    ],
)
def test_format_compact(value: float, text: str) -> None:
    assert format_compact(value) == text


def test_compact_values_carry_their_unit() -> None:
    assert compact_with_unit(30, "percent") == "30%"
    assert compact_with_unit(1.28e12, "CNY") == "1.28T CNY"
    assert compact_with_unit(40, "") == "40"


@pytest.mark.parametrize(("value", "text"), [(25.0, "25"), (22.9166, "22.9"), (-0.01, "0")])
def test_coordinates_have_one_fixed_decimal(value: float, text: str) -> None:
    assert format_coordinate(value) == text


def test_escaping_neutralises_xml_and_markdown_syntax() -> None:
    escaped = escape_svg_text("""<a href='x'>"*b*" & _c_ [d](e) {: .f}</a>""")
    assert not set(escaped) & set("<>'\"*_[](){}:")
    assert html.unescape(escaped) == """<a href='x'>"*b*" & _c_ [d](e) {: .f}</a>"""


def test_escaping_folds_whitespace_and_drops_what_xml_cannot_hold() -> None:
    assert escape_svg_text(" a\n\n b\x00\x1b\ufffe ") == "a b"


def test_shorten_marks_the_cut() -> None:
    assert shorten("Xi  Jinping", 20) == "Xi Jinping"
    assert shorten("International Monetary Fund", 10) == "Internati…"


def test_the_default_id_prefix_depends_on_kind_title_and_values() -> None:
    prefixes = {
        chart_text(kind, title, "", values, "").id_prefix
        for kind in ("mentions", "values")
        for title in ("Xi", "Li")
        for values in ([("2023", "1")], [("2023", "2")])
    }
    assert len(prefixes) == 8
    assert all(prefix.startswith("chart-") for prefix in prefixes)
    assert chart_text("mentions", "Xi", "", [], "mine").id_prefix == "mine"


def test_the_description_lists_every_value() -> None:
    text = ChartText("T", "Mentions per month", (("2023-01", "2"), ("2023-02", "0")), "c")
    desc = parse(svg_document(text, 600, 160, [])).findtext(DESC)
    assert desc == "Mentions per month. 2023-01: 2; 2023-02: 0."


def test_a_description_of_nothing_printable_is_left_out() -> None:
    text = ChartText("T", "\x00 ", (("2023", "1"),), "c")
    assert parse(svg_document(text, 600, 160, [])).findtext(DESC) == "2023: 1."


@given(st.text())
def test_any_title_parses_and_reads_back(title: str) -> None:
    svg = svg_document(chart_text("mentions", title, title, [(title, title)], ""), 600, 160, [])
    folded = html.unescape(escape_svg_text(title))
    assert parse(svg).findtext(TITLE) == folded
    assert "\n\n" not in svg
