"""Numbers as a reader wants them: `1.28 trillion CNY`, `~40 times`, `30 %`."""

from __future__ import annotations

import re
from collections.abc import Sequence

from generator.model.analysis import Figure

_SCALES = ((1e12, "trillion"), (1e9, "billion"), (1e6, "million"))
# Units are stored singular ("tonne", "point"); a reader reads "31.2 million tonnes". inflect
# would pluralise them, but importing it takes two seconds (typeguard), a whole rebuild's
# budget, so the English rules units need are here: irregular plurals, then the regular ones.
_IRREGULAR_PLURALS = {
    "foot": "feet", "penny": "pence", "man": "men", "woman": "women", "child": "children",
    "person": "people", "mouse": "mice", "tooth": "teeth", "goose": "geese",
    "degree Celsius": "degrees Celsius", "degree Fahrenheit": "degrees Fahrenheit",
}  # fmt: skip
# Nouns that are already plural or the same in both numbers, and units never pluralised.
_SAME_PLURALS = frozenset(
    ("people", "staff", "police", "personnel", "cattle", "livestock", "aircraft", "sheep",
     "deer", "fish", "series", "species", "news", "hertz", "horsepower", "brake horsepower",
     "kelvin", "fraction")
)  # fmt: skip
_CONSONANT_Y = re.compile(r"[^aeiou]y$")
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


def plural_unit(unit: str, *, counted: bool = False) -> str:
    """The plural a reader writes after a number other than one: "tonne per hectare" →
    "tonnes per hectare", "degree Celsius" stays, "penny" → "pence". An acronym that is a
    `counted` noun takes a small "s" ("SUVs"); as a code or symbol ("USD", "MW") it stays."""
    head, joint, rest = unit.partition(" per ")
    if not joint:
        head, joint, rest = unit.partition(" of ")
    if unit in _SAME_PLURALS or head in _SAME_PLURALS or not head or head[-1].isdigit():
        return unit
    if head in _IRREGULAR_PLURALS:  # a phrase: "degree Celsius"
        return _IRREGULAR_PLURALS[head] + joint + rest
    words = head.split()
    last = words[-1]
    if counted and last.isalpha() and last.isupper() and len(last) > 1:
        return " ".join([*words[:-1], f"{last}s"]) + joint + rest
    if not last.isalpha() or not last.islower() or not set(last) & set("aeiouy"):
        return unit  # a symbol or a name: "USD", "km", "to 1"
    if last in _IRREGULAR_PLURALS:
        last = _IRREGULAR_PLURALS[last]
    elif last.endswith(("s", "x", "z", "ch", "sh")):
        last += "es"
    elif _CONSONANT_Y.search(last):
        last = last[:-1] + "ies"
    else:
        last += "s"
    return " ".join([*words[:-1], last]) + joint + rest


def format_figure(figure: Figure) -> str:
    """The figure's value, range and unit with its change sign, e.g. `↑ 30 %`; a share
    ("a third", stored as 0.333 "fraction") as a percentage, pence after the number."""
    low, high, value, unit = figure.low, figure.high, figure.value, format_unit(figure.unit)
    if figure.unit == "fraction":
        percent = 100.0
        value *= percent
        low = None if low is None else low * percent
        high = None if high is None else high * percent
        unit = "%"
    if low is not None and high is not None:
        amount = f"{format_number(low)}–{format_number(high)}"
    else:
        amount = format_number(value)
    if value != 1 or high is not None:
        unit = plural_unit(unit, counted=figure.kind == "count")
    if figure.kind == "money" and unit.startswith(("penny", "pence")):
        joined = f"{amount}p{unit.removeprefix('penny').removeprefix('pence')}"
    elif figure.kind == "money" and not unit.startswith(("cent", "cents")):
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
