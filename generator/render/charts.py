"""Small build-time SVG charts for entity and figure pages: no script, no external resource.

Each function returns one `<svg>…</svg>` element to inline into a Markdown page, or "" when
there is nothing to draw. The SVG has no blank line (which would end the HTML in Markdown),
names itself through `<title>` and `<desc>` (the description lists every value, so a screen
reader gets the whole data set), scales with the page (`width="100%"` and a viewBox), takes the
page's font and MkDocs Material's palette, and is byte-identical for identical input. Ids start
with `id_prefix`, derived from the chart's kind, title and data unless the caller gives one.
"""

from __future__ import annotations

import math
from collections.abc import Sequence

from generator.render.charts_periods import complete_periods
from generator.render.charts_svg import (
    MUTED_COLOUR,
    PRIMARY_COLOUR,
    chart_text,
    compact_with_unit,
    format_compact,
    format_coordinate,
    shorten,
    svg_document,
    text_element,
    tooltip,
)

# As wide as a phone's column (360 CSS pixels on a 390-pixel screen), so that a label drawn at
# `FONT_SIZE` reads at about that size there; wider screens show the chart up to the width the
# stylesheet allows (docs/assets/stylesheets/news-digest.css), its labels a little larger.
WIDTH = 360
TIME_HEIGHT = 160
# The time charts share their x-axis labels' baseline.
PERIOD_LABEL_Y = 148
MAX_CO_MENTIONS = 10
# What fits on one row of the chart's width at its font size.
LABEL_CHARACTERS = 44

# Mentions chart: a 100-unit plot, so a bar's height is its share of the maximum in percent.
_BAR_LEFT, _BAR_RIGHT, _BAR_TOP, _BASELINE = 36, 352, 24, 124
_MAX_BAR_WIDTH = 40
# Values chart: margins wide enough for a date label centred on the first and last dot.
_LINE_LEFT, _LINE_RIGHT, _LINE_TOP, _LINE_BOTTOM = 44, 316, 36, 116
# Label every dot only while neighbours are far enough apart for "1.28T" not to collide.
_MIN_LABEL_SPACING = 48
# Co-mentions chart: one row per entity, its name on a line of its own above its bar, so that a
# name needs no room beside the bar and is seldom shortened.
_ROW_HEIGHT, _NAME_BASELINE, _ROW_BAR_TOP, _ROW_BAR_HEIGHT, _ROW_BAR_MAX = 38, 14, 19, 12, 310


def mentions_over_time_svg(
    counts: Sequence[tuple[str, int]], *, title: str, description: str, id_prefix: str = ""
) -> str:
    """A bar chart of mentions per period, e.g. `[("2023-01", 3), ("2023-03", 1)]`.

    ISO months and years may come unsorted and with gaps: they are sorted and every missing
    period becomes an empty slot (see `complete_periods`). Labels show the first and last
    period and the maximum; each bar's tooltip gives its exact count. "" when nothing counts.
    """
    if any(count < 0 for _, count in counts):
        raise ValueError("mention counts cannot be negative")
    periods = complete_periods(counts)
    highest = max((count for _, count in periods), default=0)
    if highest == 0:
        return ""
    slot = (_BAR_RIGHT - _BAR_LEFT) / len(periods)
    bar_width = min(slot * 0.8, _MAX_BAR_WIDTH)
    bars = []
    for index, (period, count) in enumerate(periods):
        if count == 0:
            continue
        height = count / highest * (_BASELINE - _BAR_TOP)
        x = _BAR_LEFT + index * slot + (slot - bar_width) / 2
        bars.append(
            f'<rect x="{format_coordinate(x)}" y="{format_coordinate(_BASELINE - height)}" '
            f'width="{format_coordinate(bar_width)}" height="{format_coordinate(height)}">'
            f"{tooltip(period, str(count))}</rect>"
        )
    labels = [
        _horizontal_line(_BAR_LEFT, _BAR_RIGHT, _BAR_TOP, dashed=True),
        _horizontal_line(_BAR_LEFT, _BAR_RIGHT, _BASELINE, dashed=False),
        text_element(_BAR_LEFT - 6, _BAR_TOP + 4, format_compact(highest), anchor="end"),
        text_element(_BAR_LEFT, PERIOD_LABEL_Y, periods[0][0]),
    ]
    if len(periods) > 1:
        labels.append(text_element(_BAR_RIGHT, PERIOD_LABEL_Y, periods[-1][0], anchor="end"))
    values = ((period, str(count)) for period, count in periods)
    text = chart_text("mentions", title, description, values, id_prefix)
    body = [*_group(MUTED_COLOUR, labels), *_group(PRIMARY_COLOUR, bars)]
    return svg_document(text, WIDTH, TIME_HEIGHT, body)


def values_over_time_svg(
    points: Sequence[tuple[str, float]],
    *,
    title: str,
    description: str,
    unit: str,
    id_prefix: str = "",
) -> str:
    """A line with a dot per value, in the order given, evenly spaced: one dot per report.

    The vertical scale spans the lowest to the highest value, each labelled on its dot, so
    small changes in a large figure stay visible. Dots are labelled with compact values
    (`1.28T`) while there is room, otherwise only the first, last, lowest and highest. Values
    that are not finite are left out. "" when no value remains.
    """
    shown = [(period, value) for period, value in points if math.isfinite(value)]
    if not shown:
        return ""
    values = [value for _, value in shown]
    low, high = min(values), max(values)
    spacing = (_LINE_RIGHT - _LINE_LEFT) / max(len(shown) - 1, 1)
    xs = [_LINE_LEFT + index * spacing for index in range(len(shown))]
    if len(shown) == 1:
        xs = [(_LINE_LEFT + _LINE_RIGHT) / 2]
    ys = [_value_y(value, low, high) for value in values]
    labelled = set(range(len(shown)))
    if spacing < _MIN_LABEL_SPACING:
        labelled = {0, len(shown) - 1, values.index(low), values.index(high)}
    percent = unit in ("%", "percent")
    marks = []
    if len(shown) > 1:
        path = " ".join(
            f"{format_coordinate(x)},{format_coordinate(y)}" for x, y in zip(xs, ys, strict=True)
        )
        marks.append(
            f'<polyline points="{path}" fill="none" stroke="currentColor" stroke-width="2"/>'
        )
    for x, y, (period, value) in zip(xs, ys, shown, strict=True):
        marks.append(
            f'<circle cx="{format_coordinate(x)}" cy="{format_coordinate(y)}" r="4">'
            f"{tooltip(period, compact_with_unit(value, unit))}</circle>"
        )
    labels = [
        text_element(x, y - 9, format_compact(value) + ("%" if percent else ""), anchor="middle")
        for index, (x, y, value) in enumerate(zip(xs, ys, values, strict=True))
        if index in labelled
    ]
    labels.append(text_element(xs[0], PERIOD_LABEL_Y, shown[0][0], anchor="middle"))
    if len(shown) > 1:
        labels.append(text_element(xs[-1], PERIOD_LABEL_Y, shown[-1][0], anchor="middle"))
    if unit and not percent:
        labels.append(text_element(0, 14, shorten(unit, 40)))
    listed = ((period, compact_with_unit(value, unit)) for period, value in shown)
    text = chart_text("values", title, description, listed, id_prefix)
    body = [*_group(MUTED_COLOUR, labels), *_group(PRIMARY_COLOUR, marks)]
    return svg_document(text, WIDTH, TIME_HEIGHT, body)


def co_mentions_svg(
    pairs: Sequence[tuple[str, int]], *, title: str, description: str, id_prefix: str = ""
) -> str:
    """Horizontal bars of the entities most often mentioned with this one: name, bar, count.

    Rows are sorted by count, highest first, keeping the caller's order among equal counts, and
    cut to `MAX_CO_MENTIONS`; names longer than `LABEL_CHARACTERS` are shortened on screen but
    given in full in a tooltip and the description. Other bars need no tooltip: their name and
    count are printed beside them. "" when no pair has a positive count.
    """
    rows = sorted(((name, count) for name, count in pairs if count > 0), key=lambda p: -p[1])
    rows = rows[:MAX_CO_MENTIONS]
    if not rows:
        return ""
    highest = rows[0][1]
    names, bars = [], []
    for index, (name, count) in enumerate(rows):
        top = index * _ROW_HEIGHT
        width = count / highest * _ROW_BAR_MAX
        label = shorten(name, LABEL_CHARACTERS)
        bar_top = top + _ROW_BAR_TOP
        names.append(text_element(0, top + _NAME_BASELINE, label))
        # The count's baseline sits so that its digits centre on the bar.
        names.append(text_element(width + 6, bar_top + _ROW_BAR_HEIGHT - 1, format_compact(count)))
        full_name = tooltip(name, str(count)) if label != name else ""
        bars.append(
            f'<rect x="0" y="{bar_top}" width="{format_coordinate(width)}" '
            f'height="{_ROW_BAR_HEIGHT}">{full_name}</rect>'
        )
    values = ((name, str(count)) for name, count in rows)
    text = chart_text("co-mentions", title, description, values, id_prefix)
    body = [*names, *_group(PRIMARY_COLOUR, bars)]
    return svg_document(text, WIDTH, len(rows) * _ROW_HEIGHT, body)


def _value_y(value: float, low: float, high: float) -> float:
    if high == low:
        return (_LINE_TOP + _LINE_BOTTOM) / 2
    return _LINE_BOTTOM - (value - low) / (high - low) * (_LINE_BOTTOM - _LINE_TOP)


def _horizontal_line(left: float, right: float, y: float, *, dashed: bool) -> str:
    dash = ' stroke-dasharray="3 3" opacity="0.5"' if dashed else ""
    return (
        f'<line x1="{format_coordinate(left)}" y1="{format_coordinate(y)}" '
        f'x2="{format_coordinate(right)}" y2="{format_coordinate(y)}" stroke="currentColor"{dash}/>'
    )


def _group(style: str, elements: list[str]) -> list[str]:
    """Elements sharing a palette colour: `currentColor` inside resolves to the group's colour."""
    if not elements:
        return []
    return [f'<g style="{style}">', *elements, "</g>"]
