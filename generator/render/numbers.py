"""Numbers as a reader wants them: `1.28 trillion CNY`, `~40 times`, `30 %`."""

from __future__ import annotations

from collections.abc import Sequence

from generator.model.analysis import Figure

_SCALES = ((1e12, "trillion"), (1e9, "billion"), (1e6, "million"))
_CHANGE_SIGNS = {"=": "", "~": "≈ ", ">": "> ", "<": "< ", "up": "↑ ", "down": "↓ "}


def format_number(value: float) -> str:
    """Short, exact-looking numbers: 1280000000000 → `1.28 trillion`, 30000 → `30,000`."""
    for scale, word in _SCALES:
        if abs(value) >= scale:
            return f"{_trim(value / scale)} {word}"
    if value == int(value):
        return f"{int(value):,}"
    return _trim(value)


def _trim(value: float) -> str:
    return f"{value:,.3f}".rstrip("0").rstrip(".")


def format_unit(unit: str) -> str:
    return "%" if unit == "percent" else unit


def format_figure(figure: Figure) -> str:
    """The figure's value, range and unit with its change sign, e.g. `↑ 30 %`."""
    if figure.low is not None and figure.high is not None:
        amount = f"{format_number(figure.low)}–{format_number(figure.high)}"
    else:
        amount = format_number(figure.value)
    unit = format_unit(figure.unit)
    if figure.kind == "money":
        joined = f"{unit} {amount}"
    elif unit == "%":
        joined = f"{amount}%"
    else:
        joined = f"{amount} {unit}".strip()
    return f"{_CHANGE_SIGNS[figure.change]}{joined}"


def figure_rows(figures: Sequence[Figure]) -> list[tuple[Figure, Figure | None]]:
    """The notable figures as table rows: a paired amount is one row, at its first amount."""
    rows: list[tuple[Figure, Figure | None]] = []
    for index, figure in enumerate(figures):
        if not figure.notable:
            continue
        if figure.paired_with is None:
            rows.append((figure, None))
        elif figure.paired_with > index:
            rows.append((figure, figures[figure.paired_with]))
    return rows


def format_pair(figure: Figure, partner: Figure | None) -> str:
    """`CNY 1.28 trillion = USD 153 billion` for a pair, the single value otherwise."""
    value = format_figure(figure)
    return f"{value} = {format_figure(partner)}" if partner else value


def format_when(date: str | None) -> str:
    """The date a figure refers to, a period's two ends apart: `2023-03-20 – 2023-03-26`."""
    return (date or "").replace("/", " – ")
