"""Currency and unit lookups: pure functions, no model."""

from __future__ import annotations

import pytest

from generator.analyse.figures.units import UnitMatch, match_unit, singular


@pytest.mark.parametrize(
    ("words", "expected"),
    [
        (["%"], UnitMatch("percent", "percent", 1)),
        (["per", "cent", "of"], UnitMatch("percent", "percent", 2)),
        (["percentage", "points"], UnitMatch("percentage point", "percent", 2)),
        (["km", "/", "h"], UnitMatch("kilometre per hour", "quantity", 3)),
        (["kilometers", "away"], UnitMatch("kilometre", "quantity", 1)),
        (["miles", "per", "hour"], UnitMatch("mile per hour", "quantity", 3)),
        (["MW"], UnitMatch("megawatt", "quantity", 1)),
        (["Nm", "of"], UnitMatch("newton metre", "quantity", 1)),
        (["nm"], UnitMatch("nanometre", "quantity", 1)),
        (["degrees", "Celsius"], UnitMatch("degree Celsius", "quantity", 2)),
        (["inches"], UnitMatch("inch", "quantity", 1)),
        (["years", "ago"], UnitMatch("year", "quantity", 1)),
        (["hrs"], UnitMatch("hour", "quantity", 1)),
    ],
)
def test_units_match_the_longest_phrase_and_normalise(
    words: list[str], expected: UnitMatch
) -> None:
    assert match_unit(words) == expected


@pytest.mark.parametrize(
    ("words", "expected"),
    [
        (["sq", "ft"], UnitMatch("square foot", "quantity", 2)),
        (["square", "kilometers"], UnitMatch("square kilometre", "quantity", 2)),
        (["cu", "m"], UnitMatch("cubic metre", "quantity", 2)),
        (["m2"], UnitMatch("square metre", "quantity", 1)),
        (["mm³"], UnitMatch("cubic millimetre", "quantity", 1)),
        (["mi^2"], UnitMatch("square mile", "quantity", 1)),
        (["yards", "squared"], UnitMatch("square yard", "quantity", 2)),
        (["cm", "cubed", "of"], UnitMatch("cubic centimetre", "quantity", 2)),
        (["h-1"], UnitMatch("per hour", "quantity", 1)),
    ],
)
def test_powers_of_lengths_and_inverse_units(words: list[str], expected: UnitMatch) -> None:
    assert match_unit(words) == expected


@pytest.mark.parametrize(
    "words",
    [
        ["kg2"],
        ["V2"],
        ["square", "meal"],
        ["s2"],
        ["x-1"],
        ["meal", "squared"],
        ["square", "hours"],
        ["Nm2"],
        ["sq", "Nm"],
    ],
)
def test_only_lengths_take_powers_outside_a_denominator(words: list[str]) -> None:
    assert match_unit(words) is None


def test_seconds_and_hours_written_as_letters_only_in_a_denominator() -> None:
    assert match_unit(["s"]) is None
    assert match_unit(["s"], denominator=True) == UnitMatch("second", "quantity", 1)
    assert match_unit(["s2"], denominator=True) == UnitMatch("square second", "quantity", 1)
    assert match_unit(["h"], denominator=True) == UnitMatch("hour", "quantity", 1)


@pytest.mark.parametrize(
    ("words", "expected"),
    [
        (["square", "seconds"], UnitMatch("square second", "quantity", 2)),
        (["s", "squared"], UnitMatch("square second", "quantity", 2)),
    ],
)
def test_a_time_in_a_denominator_takes_a_power_written_as_a_word(
    words: list[str], expected: UnitMatch
) -> None:
    assert match_unit(words, denominator=True) == expected


@pytest.mark.parametrize(
    ("words", "expected"),
    [
        (["L"], UnitMatch("litre", "quantity", 1)),
        (["Wh"], UnitMatch("watt hour", "quantity", 1)),
        (["micrograms"], UnitMatch("microgram", "quantity", 1)),
        (["tbsp"], UnitMatch("tablespoon", "quantity", 1)),
        (["fl", "oz"], UnitMatch("fluid ounce", "quantity", 2)),
        (["cups"], UnitMatch("cup", "quantity", 1)),
    ],
)
def test_more_units_of_measure(words: list[str], expected: UnitMatch) -> None:
    assert match_unit(words) == expected


@pytest.mark.parametrize(
    "words", [["G"], ["has"], ["people"], ["in"], ["A"], ["as"], ["square"], ["sq", "of"], []]
)
def test_words_that_only_look_like_units(words: list[str]) -> None:
    assert match_unit(words) is None


@pytest.mark.parametrize(
    ("plural", "single"),
    [
        ("inches", "inch"),
        ("companies", "company"),
        ("flies", "fly"),
        ("lies", "lie"),
        ("dishes", "dish"),
        ("classes", "class"),
        ("boxes", "box"),
        ("lbs", "lb"),
        ("miles", "mile"),
        ("class", "class"),
        ("km", "km"),
    ],
)
def test_singular_strips_regular_plural_endings(plural: str, single: str) -> None:
    assert singular(plural) == single


@pytest.mark.parametrize(
    ("words", "expected"),
    [
        (["m.p.h", "."], UnitMatch("mile per hour", "quantity", 1)),
        (["a.m", "."], None),  # a clock mark, not attometres
        (["newton", "-", "metres"], UnitMatch("newton metre", "quantity", 3)),
        (["kilowatt", "-", "hours"], UnitMatch("kilowatt hour", "quantity", 3)),
        # A time unit first is no product: "a 4 day-week" is days.
        (["day", "-", "weeks"], UnitMatch("day", "quantity", 1)),
        (["light", "-", "years"], UnitMatch("light year", "quantity", 3)),
        (["kilowatt", "hour"], UnitMatch("kilowatt hour", "quantity", 2)),
        (["lb", "-", "ft"], UnitMatch("pound-foot", "quantity", 3)),
    ],
)
def test_dotted_hyphenated_and_singular_unit_phrases(
    words: list[str], expected: UnitMatch | None
) -> None:
    assert match_unit(words) == expected
