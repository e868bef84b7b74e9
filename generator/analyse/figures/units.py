"""Units of measure: what a symbol or word next to a number stands for.

Physical units become one singular, spelled-out name in British spelling ("kilometre", "mile
per hour") so that "km", "kilometers" and "kilometres" compare equal downstream. Lookups are
pure functions over lowercased words so they can be tested without a model. Money is in
`figures_currencies`.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Literal

from generator.analyse.figures.si import SI_SYMBOLS, SI_WORDS

UnitKind = Literal["money", "percent", "quantity"]

PERCENT_PHRASES: dict[tuple[str, ...], str] = {
    ("%",): "percent", ("percent",): "percent", ("per", "cent"): "percent", ("pct",): "percent",
    ("pc",): "percent", ("percentage", "point"): "percentage point",
    ("percentage", "points"): "percentage point", ("basis", "point"): "basis point",
    ("basis", "points"): "basis point", ("bps",): "basis point",
}  # fmt: skip

TIME_UNITS: dict[str, str] = {
    "second": "second", "sec": "second", "secs": "second", "minute": "minute", "min": "minute",
    "mins": "minute", "hour": "hour", "hr": "hour", "hrs": "hour", "day": "day", "week": "week",
    "fortnight": "fortnight", "month": "month", "year": "year", "yr": "year", "yrs": "year",
    "decade": "decade", "century": "century", "centuries": "century",
}  # fmt: skip

# Symbols whose case matters ("M" is not "m", "nm" is not "Nm"): checked before the lowercased
# table below.
CASED_UNITS: dict[str, str] = SI_SYMBOLS | {
    "W": "watt", "kW": "kilowatt", "MW": "megawatt", "GW": "gigawatt", "kWh": "kilowatt hour",
    "MWh": "megawatt hour", "GWh": "gigawatt hour", "TWh": "terawatt hour", "PS": "horsepower",
    "Nm": "newton metre", "nm": "nanometre", "V": "volt", "mAh": "milliamp hour",
    "MB": "megabyte", "GB": "gigabyte", "TB": "terabyte", "KB": "kilobyte", "Gt": "gigatonne",
    "Mt": "megatonne", "m": "metre",
    "Hz": "hertz", "kHz": "kilohertz", "MHz": "megahertz", "GHz": "gigahertz", "t": "tonne",
}  # fmt: skip

PHYSICAL_UNITS: dict[tuple[str, ...], str] = {
    **{(word,): name for word, name in SI_WORDS.items()},
    **{(word,): name for word, name in {
        "km": "kilometre", "kilometre": "kilometre", "kilometer": "kilometre", "metre": "metre",
        "meter": "metre", "cm": "centimetre", "centimetre": "centimetre",
        "centimeter": "centimetre", "mm": "millimetre", "millimetre": "millimetre",
        "millimeter": "millimetre", "mile": "mile", "mi": "mile", "ft": "foot", "foot": "foot",
        "feet": "foot", "inch": "inch", "inches": "inch", "yard": "yard", "yd": "yard",
        "kg": "kilogram", "kilogram": "kilogram", "kilo": "kilogram", "g": "gram",
        "gram": "gram", "mg": "milligram", "lb": "pound", "lbs": "pound", "pound": "pound",
        "oz": "ounce", "ounce": "ounce", "tonne": "tonne", "ton": "ton", "gigatonne": "gigatonne",
        "gigaton": "gigatonne", "megatonne": "megatonne", "l": "litre", "litre": "litre",
        "liter": "litre", "ml": "millilitre", "gallon": "gallon", "barrel": "barrel",
        "bbl": "barrel", "bpd": "barrel per day", "mph": "mile per hour",
        "kph": "kilometre per hour", "kmh": "kilometre per hour", "knot": "knot",
        "mpg": "mile per gallon", "newton": "newton",
        "acre": "acre", "hectare": "hectare", "ha": "hectare", "watt": "watt",
        "kilowatt": "kilowatt", "megawatt": "megawatt", "gigawatt": "gigawatt",
        "hp": "horsepower", "horsepower": "horsepower", "bhp": "brake horsepower",
        "rpm": "revolution per minute", "mbps": "megabit per second",
        "gbps": "gigabit per second", "kbps": "kilobit per second", "gigabyte": "gigabyte",
        "megabyte": "megabyte", "terabyte": "terabyte", "degree": "degree",
        "celsius": "degree Celsius", "fahrenheit": "degree Fahrenheit", "decibel": "decibel",
        "db": "decibel", "calorie": "calorie", "kcal": "kilocalorie", "volt": "volt",
        "joule": "joule", "mmbtu": "million British thermal unit", "cc": "cubic centimetre",
        "electronvolt": "electronvolt", "hertz": "hertz", "sievert": "sievert",
        "ampere": "ampere", "amp": "ampere", "kelvin": "kelvin", "tbsp": "tablespoon",
        "tablespoon": "tablespoon", "tsp": "teaspoon", "teaspoon": "teaspoon", "cup": "cup",
        "pint": "pint", "quart": "quart", "tpd": "tonne per day",
    }.items()},
    ("fl", "oz"): "fluid ounce", ("fluid", "ounces"): "fluid ounce",
    ("km", "/", "h"): "kilometre per hour", ("m", "/", "s"): "metre per second",
    ("km/h",): "kilometre per hour", ("m/s",): "metre per second",
    ("miles", "per", "hour"): "mile per hour", ("mile", "per", "hour"): "mile per hour",
    ("kilometres", "per", "hour"): "kilometre per hour",
    ("kilometers", "per", "hour"): "kilometre per hour", ("degrees", "celsius"): "degree Celsius",
    ("degrees", "fahrenheit"): "degree Fahrenheit",
    ("°", "c"): "degree Celsius", ("°", "f"): "degree Fahrenheit", ("°",): "degree",
    ("°c",): "degree Celsius", ("°f",): "degree Fahrenheit", ("lb", "-", "ft"): "pound-foot",
    ("pound", "-", "feet"): "pound-foot", ("kilowatt", "hours"): "kilowatt hour",
    ("light", "years"): "light year", ("nautical", "miles"): "nautical mile",
    ("barrels", "per", "day"): "barrel per day", ("barrels", "a", "day"): "barrel per day",
}  # fmt: skip

# Symbols that are units only as the denominator of a rate or with a power: "km/s", "m/s2".
DENOMINATOR_SYMBOLS: dict[str, str] = {"s": "second", "h": "hour"}
# Powers of a length written before it ("square miles", "sq mi", "cu ft") or after it ("km
# squared"), or glued to its symbol ("km2", "m²", "m^3", and "s2" in "m/s2").
POWER_BEFORE: dict[str, str] = {
    "square": "square", "sq": "square", "sq.": "square", "cubic": "cubic", "cu": "cubic",
}  # fmt: skip
POWER_AFTER: dict[str, str] = {"squared": "square", "cubed": "cubic"}
_POWER_MARKS: dict[str, str] = {"2": "square", "²": "square", "3": "cubic", "³": "cubic"}
# "s-1", "s⁻¹": the inverse of a unit is a rate, "per second".
_INVERSE_MARKS = frozenset({"-1", "\u22121", "⁻¹"})
_POWERED_SYMBOL = re.compile(r"(?P<base>[A-Za-zµμ]+)\^?(?P<power>[23²³]|[-\u2212]1|⁻¹)")
LENGTH_NAMES = frozenset({"mile", "foot", "inch", "yard", "nautical mile"})
MAX_UNIT_WORDS = 3
HYPHEN = "-"
# "m.p.h", "r.p.m": an abbreviation with a full stop after each letter (the last one is cut off
# with the sentence's).
_DOTTED_LETTERS = re.compile(r"(?:[a-z]\.)+[a-z]\.?")
MIN_SINGULAR_LENGTH = 3  # abbreviations are listed with their plurals: "has" is not "ha"

# Every lowercased unit phrase, so one lookup serves percent signs, time and physical units.
_UNIT_PHRASES: dict[tuple[str, ...], tuple[str, UnitKind]] = {
    **{key: (name, "percent") for key, name in PERCENT_PHRASES.items()},
    **{(word,): (name, "quantity") for word, name in TIME_UNITS.items()},
    **{key: (name, "quantity") for key, name in PHYSICAL_UNITS.items()},
}


def _singular_last(words: tuple[str, ...]) -> tuple[str, ...]:
    return (*words[:-1], singular(words[-1])) if words else words


@dataclass(frozen=True, slots=True)
class UnitMatch:
    """A unit found after a number: its normal name, its kind and how many tokens it spans."""

    name: str
    kind: UnitKind
    length: int


def singular(word: str) -> str:
    """Return the likely singular of a lowercased English plural ("inches" → "inch")."""
    if word.endswith("ies") and len(word) > len("ies") + 1:
        return word[:-3] + "y"
    if word.endswith(("ches", "shes", "sses", "xes")):
        return word[:-2]
    if word.endswith("s") and not word.endswith("ss") and len(word) >= MIN_SINGULAR_LENGTH:
        return word[:-1]
    return word


def _match_word(word: str, *, denominator: bool) -> tuple[str, UnitKind] | None:
    """The unit one word stands for: as written ("MW", "Nm"), then lowercased and singular."""
    if word in CASED_UNITS:
        return CASED_UNITS[word], "quantity"
    if denominator and word in DENOMINATOR_SYMBOLS:
        return DENOMINATOR_SYMBOLS[word], "quantity"
    if len(word) == 1 and word.isupper():
        return None  # "5G", "Plan B"
    lowered = word.lower()
    phrase = _UNIT_PHRASES.get((lowered,))
    if phrase is None and len(singular(lowered)) >= MIN_SINGULAR_LENGTH:
        phrase = _UNIT_PHRASES.get((singular(lowered),))
    return phrase


def _powered_base(word: str, *, denominator: bool) -> str | None:
    """The name of the unit `word` stands for, when it may be squared or cubed: a length, or in
    a rate's denominator a time too ("m/s2")."""
    unit = _match_word(word, denominator=denominator)
    name = unit[0] if unit is not None and unit[1] == "quantity" else ""
    is_length = name in LENGTH_NAMES or (name.endswith("metre") and " " not in name)
    return name if is_length or (denominator and name in TIME_UNITS.values()) else None


def _match_power(words: Sequence[str], *, denominator: bool) -> UnitMatch | None:
    """Match a squared, cubed or inverse unit: "sq mi", "km2", "m³", "km squared", "s-1"."""
    power = POWER_BEFORE.get(words[0].lower())
    base = _powered_base(words[1], denominator=denominator) if power and len(words) > 1 else None
    if power is not None and base is not None:
        return UnitMatch(f"{power} {base}", "quantity", 2)
    glued = _POWERED_SYMBOL.fullmatch(words[0])
    if glued is not None and glued["power"] in _INVERSE_MARKS:
        inverse = _match_word(glued["base"], denominator=True)
        return UnitMatch(f"per {inverse[0]}", "quantity", 1) if inverse is not None else None
    base = _powered_base(glued["base"], denominator=denominator) if glued else None
    if glued is not None and base is not None:
        return UnitMatch(f"{_POWER_MARKS[glued['power']]} {base}", "quantity", 1)
    power = POWER_AFTER.get(words[1].lower()) if len(words) > 1 else None
    base = _powered_base(words[0], denominator=denominator) if power else None
    return UnitMatch(f"{power} {base}", "quantity", 2) if power and base else None


def _match_phrase(lowered: Sequence[str]) -> UnitMatch | None:
    """Match the longest unit phrase of two or more words at the start of `lowered`, in the
    singular too ("kilowatt hour") and hyphenated ("light-years")."""
    for length in range(len(lowered), 1, -1):
        written = tuple(lowered[:length])
        unhyphenated = tuple(word for word in written if word != HYPHEN)
        for words in dict.fromkeys((written, unhyphenated)):
            phrase = _UNIT_PHRASES.get(words) or _SINGULAR_PHRASES.get(_singular_last(words))
            if len(words) > 1 and phrase is not None:
                return UnitMatch(*phrase, length)
    return None


def _match_product(words: Sequence[str]) -> UnitMatch | None:
    """Match two units joined by a hyphen, which multiply: "newton-metres", "kilowatt-hours".

    A time unit first is a rate's length or an age, never a product: "10 day-week".
    """
    if len(words) < len("a-b") or words[1] != HYPHEN:
        return None
    first = _match_word(words[0], denominator=False)
    second = _match_word(words[2], denominator=False)
    if first is None or second is None or first[0] in TIME_UNITS.values():
        return None
    if first[1] != "quantity" or second[1] != "quantity":
        return None
    return UnitMatch(f"{first[0]} {second[0]}", "quantity", 3)


def match_unit(words: Sequence[str], *, denominator: bool = False) -> UnitMatch | None:
    """Match the longest percent sign, time unit or physical unit at the start of `words`.

    `words` are token texts as written. Phrases match whatever their case; a single word is
    first looked up as written, so "MW" and "Nm" keep their meaning, and a lone capital letter
    ("5G") is never a unit. Squared and cubed lengths are named "square kilometre", "cubic
    foot"; two units joined by a hyphen are one ("newton metre"); full stops between letters
    are dropped ("m.p.h."). As the `denominator` of a rate, "s" and "h" are seconds and hours.
    """
    if not words:
        return None
    if _DOTTED_LETTERS.fullmatch(words[0]):
        # Only the lowercased table: "a.m." is no attometre.
        dotted = _UNIT_PHRASES.get((words[0].replace(".", ""),))
        return UnitMatch(*dotted, 1) if dotted is not None else None
    phrase = _match_phrase(tuple(word.lower() for word in words[:MAX_UNIT_WORDS]))
    if phrase is not None:
        return phrase
    product = _match_product(words)
    if product is not None:
        return product
    powered = _match_power(words, denominator=denominator)
    if powered is not None:
        return powered
    unit = _match_word(words[0], denominator=denominator)
    return UnitMatch(*unit, 1) if unit is not None else None


# The phrases of two or more words with their last word singular: "kilowatt hour", "light year".
_SINGULAR_PHRASES: dict[tuple[str, ...], tuple[str, UnitKind]] = {
    _singular_last(key): value for key, value in _UNIT_PHRASES.items() if len(key) > 1
}
