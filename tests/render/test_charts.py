import os
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

import markdown  # type: ignore[import-untyped]
import pytest

from generator.render.charts import (
    LABEL_CHARACTERS,
    co_mentions_svg,
    mentions_over_time_svg,
    values_over_time_svg,
)
from generator.render.charts_svg import shorten

SVG = "{http://www.w3.org/2000/svg}"
HOSTILE = ["<script>alert(1)</script>", '"onload="x', "*em* _em_ [a](b) {: .c} ==m== :smile:"]


def parse(svg: str) -> ET.Element:
    return ET.fromstring(svg)


def child(root: ET.Element, name: str) -> ET.Element:
    element = root.find(f"{SVG}{name}")
    assert element is not None
    return element


def texts(svg: str) -> list[str]:
    return [element.text or "" for element in parse(svg).iter(f"{SVG}text")]


def mentions(counts: list[tuple[str, int]], **options: str) -> str:
    return mentions_over_time_svg(counts, title="Mentions per month", description="", **options)


def test_bar_heights_are_shares_of_the_largest_count() -> None:
    svg = mentions([("2023-01", 1), ("2023-02", 2), ("2023-03", 4)])
    bars = list(parse(svg).iter(f"{SVG}rect"))
    assert [bar.get("height") for bar in bars] == ["25", "50", "100"]
    assert [bar.get("y") for bar in bars] == ["99", "74", "24"]
    assert [bar.findtext(f"{SVG}title") for bar in bars] == [
        "2023-01: 1",
        "2023-02: 2",
        "2023-03: 4",
    ]
    assert texts(svg) == ["4", "2023-01", "2023-03"]


def test_a_missing_month_keeps_its_slot_without_a_bar() -> None:
    svg = mentions([("2023-03", 2), ("2023-01", 2)])
    bars = list(parse(svg).iter(f"{SVG}rect"))
    assert [bar.get("x") for bar in bars] == ["68.7", "279.3"]
    description = parse(svg).findtext(f"{SVG}desc")
    assert description == "2023-01: 2; 2023-02: 0; 2023-03: 2."


def test_a_single_period_has_one_period_label() -> None:
    assert texts(mentions([("2024", 3)])) == ["3", "2024"]


@pytest.mark.parametrize("counts", [[], [("2023-01", 0), ("2023-02", 0)]])
def test_nothing_to_count_gives_no_chart(counts: list[tuple[str, int]]) -> None:
    assert mentions(counts) == ""


def test_negative_counts_are_refused() -> None:
    with pytest.raises(ValueError, match="negative"):
        mentions([("2023-01", -1)])


def test_two_years_of_months_stay_small() -> None:
    counts = [(f"{year}-{month:02d}", month * 7) for year in (2023, 2024) for month in range(1, 13)]
    svg = mentions_over_time_svg(
        counts, title="Mentions per month", description="How often Xi Jinping is mentioned."
    )
    assert len(list(parse(svg).iter(f"{SVG}rect"))) == 24
    assert len(svg.encode()) < 4096


def test_values_are_scaled_between_lowest_and_highest() -> None:
    svg = values_over_time_svg(
        [("2023", 10), ("2024", 20), ("2025", 15)], title="Rate", description="", unit="percent"
    )
    root = parse(svg)
    assert [(c.get("cx"), c.get("cy")) for c in root.iter(f"{SVG}circle")] == [
        ("44", "116"),
        ("180", "36"),
        ("316", "76"),
    ]
    assert root.find(f"{SVG}g/{SVG}polyline") is not None
    assert next(root.iter(f"{SVG}polyline")).get("points") == "44,116 180,36 316,76"
    assert texts(svg) == ["10%", "20%", "15%", "2023", "2025"]


def test_value_labels_are_compact_with_the_unit_beside_the_chart() -> None:
    svg = values_over_time_svg(
        [("2023-01", 1.28e12), ("2024-01", 1.53e12)], title="GDP", description="GDP.", unit="CNY"
    )
    root = parse(svg)
    assert texts(svg) == ["1.28T", "1.53T", "2023-01", "2024-01", "CNY"]
    assert [c.findtext(f"{SVG}title") for c in root.iter(f"{SVG}circle")] == [
        "2023-01: 1.28T CNY",
        "2024-01: 1.53T CNY",
    ]
    assert root.findtext(f"{SVG}desc") == "GDP. 2023-01: 1.28T CNY; 2024-01: 1.53T CNY."


def test_a_single_value_is_a_centred_dot_without_a_line() -> None:
    svg = values_over_time_svg([("2023", 0.5)], title="T", description="", unit="")
    root = parse(svg)
    assert [(c.get("cx"), c.get("cy")) for c in root.iter(f"{SVG}circle")] == [("180", "76")]
    assert list(root.iter(f"{SVG}polyline")) == []
    assert texts(svg) == ["0.5", "2023"]


def test_crowded_values_label_only_the_ends_and_extremes() -> None:
    points = [(f"2020-{m:02d}", float(m)) for m in range(1, 13)] + [("2021-01", 0.0)]
    points += [(f"2021-{m:02d}", 5.0) for m in range(2, 8)]
    svg = values_over_time_svg(points, title="T", description="", unit="")
    assert texts(svg) == ["1", "12", "0", "5", "2020-01", "2021-07"]


def test_values_that_are_not_numbers_are_left_out() -> None:
    nan, inf = float("nan"), float("inf")
    assert values_over_time_svg([("2023", nan)], title="T", description="", unit="") == ""
    svg = values_over_time_svg(
        [("2023", nan), ("2024", inf), ("2025", 3)], title="T", description="", unit=""
    )
    assert texts(svg) == ["3", "2025"]


def test_co_mentions_rows_are_ranked_and_capped() -> None:
    pairs = [("Beijing", 1), ("Xi Jinping", 4), ("Putin", 2), ("Nobody", 0)]
    pairs += [(f"Entity {n}", 1) for n in range(10)]
    svg = co_mentions_svg(pairs, title="Mentioned with", description="")
    root = parse(svg)
    widths = [bar.get("width") for bar in root.iter(f"{SVG}rect")]
    assert widths == ["310", "155", *["77.5"] * 8]
    assert texts(svg)[:6] == ["Xi Jinping", "4", "Putin", "2", "Beijing", "1"]
    assert texts(svg)[-2:] == ["Entity 6", "1"]
    assert root.get("viewBox") == "0 0 360 380"


def test_co_mentions_names_sit_on_their_own_line_above_their_bars() -> None:
    svg = co_mentions_svg([("Xi Jinping", 4), ("Putin", 2)], title="T", description="")
    root = parse(svg)
    names = [t for t in root.iter(f"{SVG}text") if t.text in ("Xi Jinping", "Putin")]
    bars = list(root.iter(f"{SVG}rect"))
    assert [(t.get("x"), t.get("y")) for t in names] == [("0", "14"), ("0", "52")]
    assert [(b.get("x"), b.get("y"), b.get("height")) for b in bars] == [
        ("0", "19", "12"),
        ("0", "57", "12"),
    ]
    # As wide as a phone's column: drawn there at its own size, the labels are not scaled down.
    assert root.get("viewBox") == "0 0 360 76"


def test_long_names_are_shortened_on_screen_only() -> None:
    name = "The International Bank for Reconstruction and Development"
    svg = co_mentions_svg([(name, 3)], title="T", description="")
    assert texts(svg)[0] == "The International Bank for Reconstruction a…"
    assert next(parse(svg).iter(f"{SVG}rect")).findtext(f"{SVG}title") == f"{name}: 3"


def test_a_bar_whose_name_shows_in_full_needs_no_tooltip() -> None:
    svg = co_mentions_svg([("Putin", 3)], title="T", description="")
    assert texts(svg) == ["Putin", "3"]
    assert next(parse(svg).iter(f"{SVG}rect")).find(f"{SVG}title") is None


def test_no_positive_pair_gives_no_chart() -> None:
    assert co_mentions_svg([], title="T", description="") == ""
    assert co_mentions_svg([("A", 0)], title="T", description="") == ""


def all_charts(label: str, **options: str) -> list[str]:
    return [
        mentions_over_time_svg([(label, 2)], title=label, description=label, **options),
        values_over_time_svg([(label, 2.0)], title=label, description=label, unit=label, **options),
        co_mentions_svg([(label, 2)], title=label, description=label, **options),
    ]


@pytest.mark.parametrize("label", HOSTILE)
def test_hostile_text_stays_text(label: str) -> None:
    by_period, by_value, by_name = all_charts(label)
    for svg in (by_period, by_value, by_name):
        root = parse(svg)
        assert child(root, "title").text == label
        assert label in (child(root, "desc").text or "")
        assert "<script" not in svg
        assert '"onload' not in svg
        assert {element.tag[: len(SVG)] for element in root.iter()} == {SVG}
    assert texts(by_period)[1] == label
    assert texts(by_name)[0] == shorten(label, LABEL_CHARACTERS)


@pytest.mark.parametrize("label", HOSTILE)
def test_markdown_passes_the_chart_through_untouched(label: str) -> None:
    extensions = ["toc", "tables", "attr_list", "pymdownx.mark", "pymdownx.tilde"]
    for svg in all_charts(label):
        html = markdown.markdown(f"Before.\n\n{svg}\n\nAfter.\n", extensions=extensions)
        assert svg in html


def test_every_line_is_a_tag_and_none_is_blank() -> None:
    for svg in all_charts("a\n\nb  \n"):
        lines = svg.split("\n")
        assert all(line.startswith("<") and line.endswith(">") for line in lines)
        assert svg.startswith("<svg ") and svg.endswith("</svg>")


def test_the_chart_is_named_and_described_by_its_own_ids() -> None:
    for svg in all_charts("Xi Jinping"):
        root = parse(svg)
        ids = [e.get("id") for e in root.iter() if e.get("id")]
        assert len(ids) == len(set(ids)) == 2
        assert root.get("role") == "img"
        assert root.get("aria-labelledby") == child(root, "title").get("id")
        assert root.get("aria-describedby") == child(root, "desc").get("id")
        assert root.get("width") == "100%"


def test_ids_differ_between_charts_and_follow_a_given_prefix() -> None:
    prefixes = {parse(svg).get("aria-labelledby") for svg in all_charts("Xi Jinping")}
    assert len(prefixes) == 3
    prefixes |= {parse(svg).get("aria-labelledby") for svg in all_charts("Putin")}
    assert len(prefixes) == 6
    for svg in all_charts("Xi Jinping", id_prefix="xi-chart"):
        assert parse(svg).get("aria-labelledby") == "xi-chart-title"


def test_an_id_prefix_that_is_not_a_name_is_refused() -> None:
    with pytest.raises(ValueError, match="id_prefix"):
        all_charts("Xi", id_prefix='x" onload="y')


CHARTS_SCRIPT = """
import sys
from generator.render.charts import co_mentions_svg, mentions_over_time_svg, values_over_time_svg
charts = [
    mentions_over_time_svg([("2023-01", 3), ("2023-04", 7)], title="Xi", description="d"),
    values_over_time_svg([("2023", 1 / 3), ("2024", 2e9)], title="Xi", description="d", unit="USD"),
    co_mentions_svg([("Putin", 2), ("Li", 5)], title="Xi", description="d"),
]
sys.stdout.write("".join(charts))
"""


def test_output_is_the_same_bytes_in_every_process() -> None:
    root = Path(__file__).resolve().parents[2]
    outputs = {
        subprocess.run(
            [sys.executable, "-c", CHARTS_SCRIPT],
            capture_output=True,
            text=True,
            check=True,
            cwd=root,
            env={**os.environ, "PYTHONHASHSEED": seed},
        ).stdout
        for seed in ("1", "2", "3")
    }
    assert len(outputs) == 1
    assert outputs.pop().count("<svg ") == 3
