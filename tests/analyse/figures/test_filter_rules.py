"""filter.py's rules on made-up Docs with exact annotations: each case sits at the edge of one
rule (first or last word, a tag, an entity's bounds), where the parser's guesses would hide it."""

from __future__ import annotations

import pytest
from made_up_docs import amount_at, make_doc
from spacy.tokens import Doc

from generator.analyse.figures.filter import (
    _in_dated_entity,
    _is_calendar_or_clock,
    _is_phone_number,
    _is_pronoun_one,
    is_age_apposition,
    is_quantity,
    is_year,
)
from generator.analyse.figures.scan import Amount


def year_of(doc: Doc, index: int) -> Amount:
    return amount_at(doc, index)


@pytest.mark.parametrize(
    ("words", "index", "expected"),
    [
        ("in 2012", 1, True),  # the last word: nothing after it to count
        ("in 1800", 1, True),  # the first year read as one
        ("in 2100", 1, True),  # the last year read as one
        ("in 1500", 1, False),
        ("in 2101", 1, False),
        ("in 12345", 1, False),  # five digits, no span of years
    ],
)
def test_a_bare_year_is_one_between_1800_and_2100(words: str, index: int, expected: bool) -> None:
    doc = make_doc(words)
    assert is_year(doc, year_of(doc, index)) is expected


def test_a_year_before_a_plural_noun_counts_it_unless_an_entity_names_it() -> None:
    counted = make_doc("2000 people came", tags=["CD", "NNS", "VBD"])
    named = make_doc("2000 people came", tags=["CD", "NNS", "VBD"], ents=["B-DATE", "O", "O"])
    singular = make_doc("2000 rich list", tags=["CD", "JJ", "NN"])
    assert not is_year(counted, year_of(counted, 0))
    assert is_year(named, year_of(named, 0))
    assert is_year(singular, year_of(singular, 0))


@pytest.mark.parametrize(
    ("words", "index", "glued"),
    [
        ("March 6", 1, ()),  # a month before, at the start of the text
        ("6 March", 0, ()),
        ("in ' 93", 2, (1,)),  # a year cut short, right after the start
        ("1994 - 96", 2, (0, 1)),
    ],
)
def test_days_of_months_and_short_years_are_not_quantities(
    words: str, index: int, glued: tuple[int, ...]
) -> None:
    doc = make_doc(words, glued=glued)
    assert not is_quantity(doc, amount_at(doc, index))


@pytest.mark.parametrize(
    ("words", "index", "glued"),
    [
        ("6 came in March", 0, ()),  # a month at the far end is no day's month
        ("in ' 930", 2, (1,)),  # three digits after an apostrophe are no year
        ("1994 / 96", 2, (0, 1)),  # only a hyphen joins a short year to a long one
        ("of The 12", 2, ()),  # "The" names nothing even when capitalised mid-sentence
    ],
)
def test_near_misses_of_dates_and_names_stay_quantities(
    words: str, index: int, glued: tuple[int, ...]
) -> None:
    doc = make_doc(words, glued=glued)
    assert is_quantity(doc, amount_at(doc, index))


def test_an_abbreviated_month_keeps_its_full_stop() -> None:
    doc = make_doc("on Oct. 6")
    assert _is_calendar_or_clock(doc, amount_at(doc, 2))


def test_a_number_with_a_unit_is_no_name_part_nor_series_label() -> None:
    name = make_doc("The Big 12 km", pos=["DET", "PROPN", "NUM", "NOUN"])
    series = make_doc("a page 12 km", lemmas=["a", "page", "12", "km"])
    assert is_quantity(name, amount_at(name, 2, 4, unit="km"))
    assert is_quantity(series, amount_at(series, 2, 4, unit="km"))


@pytest.mark.parametrize(
    ("words", "index", "expected"),
    [
        ("in 3 page 12", 3, False),  # a number before the series noun is no span of labels
        ("page , and 12", 3, True),  # "and" after no number is no span either
        ("3 to 12 pages", 2, True),  # the noun after the span is not the label's noun
        ("page 3 to 12", 3, False),  # the second end of a span of pages
        ("He read Bible pages 12 to 14", 6, False),
    ],
)
def test_the_second_end_of_a_span_of_labels(words: str, index: int, expected: bool) -> None:
    split = words.split(" ")
    lemmas = ["page" if word.startswith("page") else word for word in split]
    doc = make_doc(words, lemmas=lemmas)
    assert is_quantity(doc, amount_at(doc, index)) is expected


def test_a_dated_entity_is_read_to_its_own_bounds() -> None:
    # "2 to 6" a DATE entity in a text that names a month outside it.
    doc = make_doc(
        "On wet March days , from 2 to 6 March",
        ents=["O", "O", "O", "O", "O", "O", "B-DATE", "I-DATE", "I-DATE", "O"],
    )
    assert not _in_dated_entity(doc[8])
    assert not _in_dated_entity(doc[6])
    starts_the_text = make_doc("December 2 to 6", ents=["B-DATE", "I-DATE", "I-DATE", "I-DATE"])
    assert _in_dated_entity(starts_the_text[3])
    assert not is_quantity(starts_the_text, amount_at(starts_the_text, 3))


def test_a_dated_entity_of_two_words_is_read_whole() -> None:
    before = make_doc("It was March day 6", ents=["O", "O", "O", "B-DATE", "I-DATE"])
    after = make_doc("from 6 days March", ents=["O", "B-DATE", "I-DATE", "O"])
    assert not _in_dated_entity(before[4])
    assert not _in_dated_entity(after[1])


@pytest.mark.parametrize(
    ("words", "first", "end", "glued", "expected"),
    [
        ("555 123 4567", 0, 1, (), True),  # the run starts at the text's first word
        ("555 123 4567", 1, 2, (), True),
        ("555 - 123 - 4567", 4, 5, (0, 1, 2, 3), True),  # the run ends at the text's end
        ("0800 1234", 0, 2, (), True),  # two groups are enough after a leading zero
        ("01 23", 0, 2, (), True),
        ("+44 20", 0, 2, (), True),
        ("12 34", 0, 2, (), False),
        ("0 123 456", 0, 3, (), False),  # a lone zero is a number, and thousands follow it
        ("12 34 567", 0, 3, (), True),  # a group that is not thousands, then one that is
        ("555 123 and 4567", 0, 1, (), False),
        ("05 ( 12 )", 2, 3, (0, 1, 2), False),  # a bracket only opens a telephone number
        ("400 ( 1999 ) 12", 0, 1, (0, 1, 2), False),  # and stops one that is being read
    ],
)  # fmt: skip
def test_telephone_numbers(
    words: str, first: int, end: int, glued: tuple[int, ...], expected: bool
) -> None:
    doc = make_doc(words, glued=glued)
    assert _is_phone_number(doc, amount_at(doc, first, end)) is expected


def test_a_spelled_number_before_a_hyphen_is_a_modifier_and_digits_are_not() -> None:
    digits = make_doc("a 12 - week course", glued=(1, 2))
    spelled = make_doc("we need seven")
    fraction = make_doc("the Half was won")
    assert is_quantity(digits, amount_at(digits, 1))
    assert is_quantity(spelled, amount_at(spelled, 2, value=7.0, spelled=True))
    assert is_quantity(fraction, amount_at(fraction, 1, value=0.5, spelled=True, fraction=True))


def test_the_pronoun_one() -> None:
    last = make_doc("each one")
    of = make_doc("one of them")
    counting = make_doc("one man", heads=[1, 1], deps=["nummod", "ROOT"])
    assert _is_pronoun_one(last, amount_at(last, 1, spelled=True))
    assert not _is_pronoun_one(of, amount_at(of, 0, spelled=True))
    assert not _is_pronoun_one(counting, amount_at(counting, 0, spelled=True))


@pytest.mark.parametrize(
    ("words", "index", "fields", "expected"),
    [
        ("half was second", 0, {"spelled": True}, True),  # no word before: no ordinal
        ("second half", 1, {"spelled": True}, False),
        ("the second 1/2", 2, {"spelled": False}, True),  # only a spelled fraction
    ],
)
def test_a_part_of_a_period_needs_a_spelled_fraction_after_an_ordinal(
    words: str, index: int, fields: dict[str, bool], expected: bool
) -> None:
    doc = make_doc(words)
    amount = amount_at(doc, index, value=0.5, fraction=True, **fields)
    assert is_quantity(doc, amount) is expected


PROPN_FIRST = ["PROPN", "PUNCT", "NUM", "PUNCT", "PROPN"]


@pytest.mark.parametrize(
    ("words", "first", "end", "fields", "expected"),
    [
        ("Mutu , 25 ,", 2, 3, {}, True),
        ("Mutu ( 25 )", 2, 3, {}, True),
        ("Mutu , 25 )", 2, 3, {}, True),
        ("Mutu , 25", 2, 3, {}, False),  # nothing closes it
        ("Mutu , 25 goals", 2, 3, {}, False),
        ("Mutu scored 25 ,", 2, 3, {}, False),
        ("Mutu , 250 ,", 2, 3, {}, False),  # no age
        ("Mutu , 25 kg ,", 2, 4, {"unit": "kg"}, False),
        ("( 25 ) Smith", 1, 2, {}, False),  # no name before it
    ],
)  # fmt: skip
def test_an_age_set_off_after_a_name(
    words: str, first: int, end: int, fields: dict[str, str], expected: bool
) -> None:
    split = words.split(" ")
    pos = ["PROPN" if word[0].isupper() else "X" for word in split]
    doc = make_doc(words, pos=pos)
    assert is_age_apposition(doc, amount_at(doc, first, end, **fields)) is expected
