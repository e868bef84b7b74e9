import pytest
from factories import make_figure

from generator.render.numbers import (
    figure_rows,
    format_figure,
    format_number,
    format_pair,
    plural_unit,
)


@pytest.mark.parametrize(
    ("value", "text"),
    [
        (1.28e12, "1.28 trillion"),
        (1.53e11, "153 billion"),
        (30000, "30,000"),
        (2.5, "2.5"),
        (1 / 3, "0.333"),
        (2.6e6, "2.6 million"),
    ],
)
def test_format_number(value: float, text: str) -> None:
    assert format_number(value) == text


def test_format_figure_kinds() -> None:
    assert format_figure(make_figure(1.28e12, "CNY", kind="money")) == "CNY 1.28 trillion"
    assert format_figure(make_figure(30, "percent", kind="percent", change="up")) == "↑ 30%"
    assert format_figure(make_figure(40, "time", change="~")) == "≈ 40 times"
    ranged = make_figure(5, "km", kind="quantity", low=5.0, high=7.0)
    assert format_figure(ranged) == "5–7 km"


def test_pairs_are_one_row_at_their_first_amount() -> None:
    yuan = make_figure(1.28e12, "CNY", kind="money", paired_with=1)
    dollars = make_figure(1.53e11, "USD", kind="money", paired_with=0)
    trivial = make_figure(2, "man", notable=False)
    rows = figure_rows([yuan, dollars, trivial])
    assert rows == [(yuan, dollars)]
    assert format_pair(*rows[0]) == "CNY 1.28 trillion = USD 153 billion"


@pytest.mark.parametrize(
    ("unit", "plural"),
    [
        ("point", "points"),
        ("tonne per hectare", "tonnes per hectare"),
        ("year of age", "years of age"),
        ("degree Celsius", "degrees Celsius"),
        ("penny per litre", "pence per litre"),
        ("company", "companies"),
        ("box", "boxes"),
        ("foot", "feet"),
        ("people", "people"),
        ("staff", "staff"),
        ("USD", "USD"),
        ("to 1", "to 1"),
    ],
)
def test_units_are_plural_as_a_reader_writes_them(unit: str, plural: str) -> None:
    assert plural_unit(unit) == plural


def test_format_figure_reads_shares_pence_and_plurals() -> None:
    assert format_figure(make_figure(1 / 3, "fraction", kind="percent")) == "33.333%"
    assert format_figure(make_figure(90, "penny per litre", kind="money")) == "90p per litre"
    assert format_figure(make_figure(76.51, "point", change="up")) == "↑ 76.51 points"
    assert format_figure(make_figure(1, "point")) == "1 point"
    assert format_figure(make_figure(2, "tonne", low=2, high=3)) == "2–3 tonnes"


def test_a_counted_acronym_keeps_its_capitals_in_the_plural() -> None:
    assert format_figure(make_figure(400, "ATV", kind="count")) == "400 ATVs"
    assert format_figure(make_figure(400, "MST camp", kind="count")) == "400 MST camps"
    assert format_figure(make_figure(400, "USD", kind="money")) == "USD 400"
