"""Amounts, currencies and units from the lexical pass, on a blank English tokenizer (no model)."""

from __future__ import annotations

import pytest
import spacy
from spacy.language import Language

from generator.analyse.figures.attach import scan_amounts
from generator.analyse.figures.ranges import merge_ranges


@pytest.fixture(scope="module")
def blank() -> Language:
    return spacy.blank("en")


def read(blank: Language, text: str) -> list[tuple[float, str, str]]:
    doc = blank(text)
    return [(a.value, a.unit, doc[a.first : a.end].text) for a in scan_amounts(doc)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("It cost $2.6m in all.", (2.6e6, "USD", "$2.6m")),
        ("It cost HK$10.5bn in all.", (10.5e9, "HKD", "HK$10.5bn")),
        ("It cost A$5 each.", (5.0, "AUD", "A$5")),
        ("Crude was US $58.24 per barrel.", (58.24, "USD per barrel", "US $58.24 per barrel")),
        ("Debt was $US113 trillion.", (113e12, "USD", "$US113 trillion")),
        ("It paid USD34.6 million.", (34.6e6, "USD", "USD34.6 million")),
        (
            "A fine of 10.5 million Australian dollars.",
            (10.5e6, "AUD", "10.5 million Australian dollars"),
        ),
        ("Trade hit 1.28 trillion yuan.", (1.28e12, "CNY", "1.28 trillion yuan")),
        ("A bonus worth PS2.7m was paid.", (2.7e6, "GBP", "PS2.7m")),
        ("It sold for €5bn.", (5e9, "EUR", "€5bn")),
        ("Shares rose to 164p.", (164.0, "penny", "164p")),
        ("It was up 19 cents.", (19.0, "cent", "19 cents")),
        ("A rent of RM79 a month.", (79.0, "MYR per month", "RM79 a month")),
    ],
)
def test_money_takes_its_currency_code_and_scale(
    blank: Language, text: str, expected: tuple[float, str, str]
) -> None:
    assert read(blank, text) == [expected]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Prices rose 5 per cent.", (5.0, "percent", "5 per cent")),
        ("Rates fell 1.38pc.", (1.38, "percent", "1.38pc")),
        ("It rose 3.5 percentage points.", (3.5, "percentage point", "3.5 percentage points")),
        ("It hit 80km/h.", (80.0, "kilometre per hour", "80km/h")),
        ("It hit 140 km/h on the flat.", (140.0, "kilometre per hour", "140 km/h")),
        ("A 640bhp engine.", (640.0, "brake horsepower", "640bhp")),
        ("A 6kW motor.", (6.0, "kilowatt", "6kW")),
        ("They walked 30 yards.", (30.0, "yard", "30 yards")),
        ("The 15 year-old students.", (15.0, "year of age", "15 year-old")),
        ("A 40-year-old man.", (40.0, "year of age", "40-year-old")),
        ("They met about 40 times.", (40.0, "time", "40 times")),
        ("It spins 78,000 times a minute.", (78000.0, "time per minute", "78,000 times a minute")),
        ("It weighed 10 pounds.", (10.0, "pound", "10 pounds")),
        ("Rollout of 5G networks.", (5.0, "generation", "5G")),
        ("It is 10x faster.", (10.0, "time", "10x")),
    ],
)
def test_percentages_and_physical_units_are_normalised(
    blank: Language, text: str, expected: tuple[float, str, str]
) -> None:
    assert read(blank, text) == [expected]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Twenty-five people came.", (25.0, "", "Twenty-five")),
        ("Two hundred fifty thousand came.", (250_000.0, "", "Two hundred fifty thousand")),
        ("They bought a dozen eggs.", (12.0, "", "a dozen")),
        ("A third of voters agreed.", (1 / 3, "fraction", "A third")),
        ("Two-thirds of voters agreed.", (2 / 3, "fraction", "Two-thirds")),
        ("Almost half of them left.", (0.5, "fraction", "half")),
        ("He ran the 100m final.", (100.0, "metre", "100m")),
    ],
)
def test_number_words_fractions_and_letter_scales(
    blank: Language, text: str, expected: tuple[float, str, str]
) -> None:
    assert read(blank, text) == [expected]


def test_vague_plurals_are_ranges_from_one_scale_unit_to_ten(blank: Language) -> None:
    doc = blank("It added tens of thousands of dollars and dozens of jobs.")
    ranges = [(a.value, a.low, a.high, a.unit) for a in scan_amounts(doc)]
    assert ranges == [(1e4, 1e4, 1e5, "USD"), (12.0, 12.0, 120.0, "")]


@pytest.mark.parametrize(
    "text",
    [
        "The 22nd amendment.",
        "Back in the 1960s.",
        "At 10.45pm on Friday.",
        "The Galaxy S23 and the XC40.",
        "He bought a PS5 console.",
        "The film is shown in 3D.",
        "A lap of 1:36.6 was a record.",
    ],
)
def test_ordinals_decades_times_and_model_names_are_not_amounts(blank: Language, text: str) -> None:
    assert read(blank, text) == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The gap is 3 1/2 in.", (3.5, "inch", "3 1/2 in")),
        ("A board 2 in thick.", (2.0, "inch", "2 in")),
        ("A 3/8 inch bolt.", (0.375, "inch", "3/8 inch")),
        ("It ran four and a half miles.", (4.5, "mile", "four and a half miles")),
        ("It is one-quarter mile away.", (0.25, "mile", "one-quarter mile")),
        ("Add ¾ cup of milk.", (0.75, "cup", "¾ cup")),
        ("It fell to -40 °F overnight.", (-40.0, "degree Fahrenheit", "-40 °F")),
        ("Expect highs of 31C today.", (31.0, "degree Celsius", "31C")),
        ("It measured 7 ± 0.5 cm across.", (7.0, "centimetre", "7 ± 0.5 cm")),
        ("It flows at 2.5e3 L/s here.", (2500.0, "litre per second", "2.5e3 L/s")),
        ("A flux of 3 W/m2 per day.", (3.0, "watt per square metre per day", "3 W/m2 per day")),
        ("The site covers 40 km2 of forest.", (40.0, "square kilometre", "40 km2")),
        ("A dose of 20 mSv was measured.", (20.0, "millisievert", "20 mSv")),
    ],
)
def test_fractions_signs_exponents_and_compound_units(
    blank: Language, text: str, expected: tuple[float, str, str]
) -> None:
    assert read(blank, text) == [expected]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("It sold for 40€ each.", (40.0, "EUR", "40€")),
        ("A loss of -12 € in all.", (-12.0, "EUR", "-12 €")),
        ("The fund holds $1.4T in assets.", (1.4e12, "USD", "$1.4T")),
        ("They raised 25 000 euros.", (25000.0, "EUR", "25 000 euros")),
    ],
)
def test_currency_signs_after_the_number_and_spaced_thousands(
    blank: Language, text: str, expected: tuple[float, str, str]
) -> None:
    assert read(blank, text) == [expected]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("We need a hundred and six chairs.", (106.0, "", "a hundred and six")),
        ("One thousand and twelve came.", (1012.0, "", "One thousand and twelve")),
        ("Four million, six hundred & ten.", (4_000_610.0, "", "Four million, six hundred & ten")),
        ("Half a million homes lost power.", (5e5, "", "Half a million")),
    ],
)
def test_spelled_numbers_joined_by_and_and_commas(
    blank: Language, text: str, expected: tuple[float, str, str]
) -> None:
    assert read(blank, text) == [expected]


def test_a_comma_joins_only_a_part_that_goes_on(blank: Language) -> None:
    assert read(blank, "Two million, five hundred thousand.") == [
        (2_500_000.0, "", "Two million, five hundred thousand")
    ]
    assert read(blank, "Of the two million, five hundred died.") == [
        (2e6, "", "two million"),
        (500.0, "", "five hundred"),
    ]


def test_two_scaled_numbers_joined_by_and_stay_two(blank: Language) -> None:
    assert read(blank, "Two million and three million voted.") == [
        (2e6, "", "Two million"),
        (3e6, "", "three million"),
    ]


@pytest.mark.parametrize(
    "text", ["Doors open at 9 pm sharp.", "We met at 7.15 am.", "The 9/11 attacks.", "Open 24/7."]
)
def test_clock_times_and_slashed_dates_are_not_amounts(blank: Language, text: str) -> None:
    assert read(blank, text) == []


def test_in_after_a_number_is_a_preposition_when_something_follows(blank: Language) -> None:
    assert read(blank, "He scored 2 in the final.") == [(2.0, "", "2")]


def test_a_metre_prefix_is_not_a_clock_time_after_other_numbers(blank: Language) -> None:
    assert read(blank, "A gap of 3.125 pm between atoms.") == [(3.125, "picometre", "3.125 pm")]


def test_the_yen_sign_follows_the_article(blank: Language) -> None:
    doc = blank("The phone costs ¥7,199.")
    assert [a.unit for a in scan_amounts(doc, yen="CNY")] == ["CNY"]
    assert [a.unit for a in scan_amounts(doc)] == ["JPY"]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # A dollar sign, then the country's letters: "$A", "$NZ", "$C" as Australians write.
        ("It raised $A12m in all.", (12e6, "AUD", "$A12m")),
        ("A deal worth $NZ45 million.", (45e6, "NZD", "$NZ45 million")),
        ("It cost $C9 each.", (9.0, "CAD", "$C9")),
        # Symbols that reached the text as letters: "£" as "PS", "¥" as "Y=".
        ("Profit rose to PS2.4bn.", (2.4e9, "GBP", "PS2.4bn")),
        ("A fee of PS300 was paid.", (300.0, "GBP", "PS300")),
        ("It sold at PS2.40 a share.", (2.4, "GBP per share", "PS2.40 a share")),
        ("Tickets cost Y=1,500 each.", (1500.0, "JPY", "Y=1,500")),
        ("It cost Y= 300 in all.", (300.0, "JPY", "Y= 300")),
        ("Sales hit Y=150m in all.", (150e6, "JPY", "Y=150m")),
    ],
)
def test_dollars_by_country_letters_and_ascii_folded_symbols(
    blank: Language, text: str, expected: tuple[float, str, str]
) -> None:
    assert read(blank, text) == [expected]


def test_a_folded_yen_sign_follows_the_article(blank: Language) -> None:
    doc = blank("The phone costs Y=7,199.")
    assert [a.unit for a in scan_amounts(doc, yen="CNY")] == ["CNY"]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # A multiplier written with "-fold" is a number of times.
        ("Sales grew threefold.", (3.0, "time", "threefold")),
        ("Prices rose tenfold in a year.", (10.0, "time", "tenfold")),
        ("Costs rose a hundredfold.", (100.0, "time", "hundredfold")),
        ("Output rose three-fold.", (3.0, "time", "three-fold")),
        ("Output rose 10-fold.", (10.0, "time", "10-fold")),
        ("Output rose 3fold.", (3.0, "time", "3fold")),
        # "minus" before a number is its sign, written apart or hyphenated.
        ("He ran for minus-7 yards.", (-7.0, "yard", "minus-7 yards")),
        ("It fell to minus 7 degrees.", (-7.0, "degree", "minus 7 degrees")),
        ("It fell to minus seven degrees.", (-7.0, "degree", "minus seven degrees")),
    ],
)
def test_fold_multipliers_and_minus_signs(
    blank: Language, text: str, expected: tuple[float, str, str]
) -> None:
    assert read(blank, text) == [expected]


def test_minus_between_two_numbers_is_a_subtraction(blank: Language) -> None:
    assert read(blank, "Ten minus 7 is three.") == [
        (10.0, "", "Ten"),
        (7.0, "", "7"),
        (3.0, "", "three"),
    ]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # Units written with full stops between their letters.
        ("It hit 65 m.p.h. on the road.", (65.0, "mile per hour", "65 m.p.h")),
        ("It spins at 3000 r.p.m. at most.", (3000.0, "revolution per minute", "3000 r.p.m")),
        ("It does 40 m.p.g. in town.", (40.0, "mile per gallon", "40 m.p.g")),
        # Two units joined by a hyphen are their product.
        ("It makes 300 newton-metres of torque.", (300.0, "newton metre", "300 newton-metres")),
        (
            "It used 40 kilowatt-hours a day.",
            (40.0, "kilowatt hour per day", "40 kilowatt-hours a day"),
        ),
        ("It gives 250 foot-pounds of torque.", (250.0, "foot pound", "250 foot-pounds")),
        ("A star 4 light-years away.", (4.0, "light year", "4 light-years")),
        ("It used 1 kilowatt hour.", (1.0, "kilowatt hour", "1 kilowatt hour")),
    ],
)
def test_dotted_and_hyphenated_unit_names(
    blank: Language, text: str, expected: tuple[float, str, str]
) -> None:
    assert read(blank, text) == [expected]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # A currency word after a glued "m" makes it millions, whatever its case.
        ("Jugnot made 5.45m Euros from it.", (5.45e6, "EUR", "5.45m Euros")),
        # Without money or a counted noun, "m" after a number is the metre.
        ("She is 1.85m tall.", (1.85, "metre", "1.85m")),
        ("They built a 3m wall.", (3.0, "metre", "3m")),
    ],
)
def test_a_glued_m_is_millions_before_a_currency_word(
    blank: Language, text: str, expected: tuple[float, str, str]
) -> None:
    assert read(blank, text) == [expected]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Some 1.5 million-2 million fled.", (1.5e6, 2e6, "", "1.5 million-2 million")),
        ("The bill was $1m-$2m in all.", (1e6, 2e6, "USD", "$1m-$2m")),
        ("A fee of £5m-£6m was paid.", (5e6, 6e6, "GBP", "£5m-£6m")),
        ("It cost $1m-2m in all.", (1e6, 2e6, "USD", "$1m-2m")),
        ("Losses were 5-6bn euros.", (5e9, 6e9, "EUR", "5-6bn euros")),
        ("Losses were 5bn-6bn euros.", (5e9, 6e9, "EUR", "5bn-6bn euros")),
        # A currency written once, before the lower bound, covers the upper bound too.
        ("It will cost £5 to 6m in all.", (5e6, 6e6, "GBP", "£5 to 6m")),
        ("It will cost $5 to 7 million.", (5e6, 7e6, "USD", "$5 to 7 million")),
        ("It will cost $10 - 25m in all.", (10e6, 25e6, "USD", "$10 - 25m")),
    ],
)
def test_ranges_with_a_scale_or_currency_on_either_bound(
    blank: Language, text: str, expected: tuple[float, float, str, str]
) -> None:
    doc = blank(text)
    amounts = merge_ranges(doc, scan_amounts(doc))
    assert [(a.low, a.high, a.unit, doc[a.first : a.end].text) for a in amounts] == [expected]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("It raised EUR5m in all.", (5e6, "EUR", "EUR5m")),
        ("Revenue was GBP3.2bn in all.", (3.2e9, "GBP", "GBP3.2bn")),
        ("Revenue was US$1.2bn in all.", (1.2e9, "USD", "US$1.2bn")),
        ("The budget is Rs 500 crore.", (5e9, "INR", "Rs 500 crore")),
        ("He paid 3 lakh rupees.", (3e5, "INR", "3 lakh rupees")),
        ("They paid 3,100,000 yen.", (3.1e6, "JPY", "3,100,000 yen")),
        ("Oil rose to $60 per barrel.", (60.0, "USD per barrel", "$60 per barrel")),
        ("It paid A$3 per share.", (3.0, "AUD per share", "A$3 per share")),
        ("It spends 2 billion rupees a year.", (2e9, "INR per year", "2 billion rupees a year")),
        # An abbreviation's full stop is no decimal point, glued on or apart.
        ("It paid Rs.500 in all.", (500.0, "INR", "Rs.500")),
        ("It paid Rs. 500 crore in all.", (5e9, "INR", "Rs. 500 crore")),
        ("It paid NT$500 in all.", (500.0, "TWD", "NT$500")),
        ("It paid SFr 3m in all.", (3e6, "CHF", "SFr 3m")),
        ("It paid 5m USD in all.", (5e6, "USD", "5m USD")),
        # After a country's name or people's adjective, that country's currency.
        ("It paid 40 New Zealand dollars.", (40.0, "NZD", "40 New Zealand dollars")),
        ("It paid 50 Jamaican dollars.", (50.0, "JMD", "50 Jamaican dollars")),
        ("It paid 100 Kenyan shillings.", (100.0, "KES", "100 Kenyan shillings")),
        ("It paid 5,000 Egyptian pounds.", (5000.0, "EGP", "5,000 Egyptian pounds")),
        ("It paid 300 reais.", (300.0, "BRL", "300 reais")),
    ],
)
def test_currency_codes_names_and_rates_of_the_world(
    blank: Language, text: str, expected: tuple[float, str, str]
) -> None:
    assert read(blank, text) == [expected]


def test_an_upper_bound_with_its_own_unit_keeps_it(blank: Language) -> None:
    assert read(blank, "It cost $5 to 7 per cent more.") == [
        (5.0, "USD", "$5"),
        (7.0, "percent", "7 per cent"),
    ]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # A fraction of a time unit is a duration.
        ("It lasted three quarters of an hour.", [(0.75, "hour", "three quarters of an hour")]),
        ("It took a quarter of a century.", [(0.25, "century", "a quarter of a century")]),
        # A fraction of anything else is a share.
        ("Three quarters of the voters agreed.", [(0.75, "fraction", "Three quarters")]),
    ],
)
def test_a_fraction_of_a_time_unit_is_a_duration(
    blank: Language, text: str, expected: list[tuple[float, str, str]]
) -> None:
    assert read(blank, text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Net debt was -$2.5m in May.", (-2.5e6, "USD", "-$2.5m")),
        ("The balance fell to −€7 million.", (-7e6, "EUR", "−€7 million")),
        ("Its margin was -£40.", (-40.0, "GBP", "-£40")),
    ],
)
def test_a_sign_before_a_currency_makes_the_money_negative(
    blank: Language, text: str, expected: tuple[float, str, str]
) -> None:
    assert read(blank, text) == [expected]


def test_a_sign_before_letters_is_no_number(blank: Language) -> None:
    assert read(blank, "Take the -AB7 road.") == []
