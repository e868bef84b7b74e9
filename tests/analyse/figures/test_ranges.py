"""Ranges, scores and shared units on a blank English tokenizer, no model."""

from __future__ import annotations

import pytest
import spacy
from spacy.language import Language

from generator.analyse.figures.attach import scan_amounts
from generator.analyse.figures.ranges import drop_scores, merge_ranges


@pytest.fixture(scope="module")
def blank() -> Language:
    return spacy.blank("en")


def ranges(blank: Language, text: str) -> list[tuple[str, float, float | None, float | None, str]]:
    doc = blank(text)
    amounts = merge_ranges(doc, drop_scores(doc, scan_amounts(doc)))
    return [(doc[a.first : a.end].text, a.value, a.low, a.high, a.unit) for a in amounts]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Fares rose 10-15% last year.", ("10-15%", 10.0, 10.0, 15.0, "percent")),
        (
            "It cost $1.2 million to $23.5 million.",
            ("$1.2 million to $23.5 million", 1.2e6, 1.2e6, 23.5e6, "USD"),
        ),
        ("Between 5 and 7 million came.", ("Between 5 and 7 million", 5e6, 5e6, 7e6, "")),
        ("It cost $5 to $7 million.", ("$5 to $7 million", 5e6, 5e6, 7e6, "USD")),
        # A first number with a scale word of its own keeps it, however far apart the two are.
        (
            "It grew from 2 thousand to 900 billion.",
            ("2 thousand to 900 billion", 2e3, 2e3, 9e11, ""),
        ),
        ("Lift rose from 13.5 to 14.0 mm.", ("13.5 to 14.0 mm", 13.5, 13.5, 14.0, "millimetre")),
        (
            "A price of between $62 and $68 per share.",
            ("between $62 and $68 per share", 62.0, 62.0, 68.0, "USD per share"),
        ),
        ("It fell from $2,415 to $2,315.", ("$2,415 to $2,315", 2315.0, 2315.0, 2415.0, "USD")),
        (
            "Profits were cut by $3.8m to $4.9m in all.",
            ("$3.8m to $4.9m", 3.8e6, 3.8e6, 4.9e6, "USD"),
        ),
        # Three times the first after "by" is still a range; more would be the level reached.
        ("Costs were cut by $1m to $3m in all.", ("$1m to $3m", 1e6, 1e6, 3e6, "USD")),
        # Words like "about" between the opener and the number do not hide the "between".
        ("It took between about 5 and 7 days.", ("5 and 7 days", 5.0, 5.0, 7.0, "day")),
        # A tenfold fall takes the scale word for both ends; a bigger gap leaves the first bare.
        ("Sales fell from 20 to 2 million.", ("20 to 2 million", 2e6, 2e6, 2e7, "")),
        ("It grew from 500 to 2 million.", ("500 to 2 million", 500.0, 500.0, 2e6, "")),
        # A sentence may start with a range and end with "between".
        ("5% to 7% of voters sit in between", ("5% to 7%", 5.0, 5.0, 7.0, "percent")),
    ],
)
def test_ranges_become_one_amount_with_bounds(
    blank: Language, text: str, expected: tuple[str, float, float, float, str]
) -> None:
    assert ranges(blank, text) == [expected]


def test_a_change_and_the_level_it_reached_stay_apart(blank: Language) -> None:
    assert ranges(blank, "The deficit increased by $43.6 billion to $419.2 billion.") == [
        ("$43.6 billion", 43.6e9, None, None, "USD"),
        ("$419.2 billion", 419.2e9, None, None, "USD"),
    ]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The rate fell from 5–6% to 4%.",
            [("5–6%", 5.0, 5.0, 6.0, "percent"), ("4%", 4.0, None, None, "percent")],
        ),
        (
            "It grew from 10–15 users to 3 million.",
            [("10–15", 10.0, 10.0, 15.0, ""), ("3 million", 3e6, None, None, "")],
        ),
        (
            "It grew from 10 users to 3 million.",
            [("10", 10.0, None, None, ""), ("3 million", 3e6, None, None, "")],
        ),
        (
            "He scored 12 and 15 points.",
            [("12", 12.0, None, None, ""), ("15", 15.0, None, None, "")],
        ),
    ],
)
def test_neighbouring_numbers_that_are_not_one_range_keep_their_own_values(
    blank: Language, text: str, expected: list[tuple[str, float, float | None, float | None, str]]
) -> None:
    assert ranges(blank, text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Between 5 and 7 million came on 3 days.",
            [
                ("Between 5 and 7 million", 5e6, 5e6, 7e6, ""),
                ("3 days", 3.0, None, None, "day"),
            ],
        ),
        (
            "On 3 days, between 5 and 7 million came.",
            [
                ("3 days", 3.0, None, None, "day"),
                ("between 5 and 7 million", 5e6, 5e6, 7e6, ""),
            ],
        ),
    ],
)
def test_a_range_leaves_the_figures_around_it_alone(
    blank: Language, text: str, expected: list[tuple[str, float, float | None, float | None, str]]
) -> None:
    assert ranges(blank, text) == expected


@pytest.mark.parametrize("text", ["It took ~5 to 7 days in all.", "It took 5 to ~7 days in all."])
def test_a_range_with_one_approximate_end_is_approximate(blank: Language, text: str) -> None:
    doc = blank(text)
    [amount] = merge_ranges(doc, drop_scores(doc, scan_amounts(doc)))
    assert amount.approximate is True


def test_different_units_are_not_a_range(blank: Language) -> None:
    assert [row[0] for row in ranges(blank, "Shares rose 6.5% to 164p.")] == ["6.5%", "164p"]


@pytest.mark.parametrize(
    "text", ["City beat Rovers 2-1 at home.", "It passed ISO 3888-2 tests.", "Call 555-1234 now."]
)
def test_hyphenated_bare_integers_are_scores_or_codes(blank: Language, text: str) -> None:
    assert ranges(blank, text) == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Fees rose 4–6% this year.", ("4–6%", 4.0, 4.0, 6.0, "percent")),
        ("It costs £3–4bn in all.", ("£3–4bn", 3e9, 3e9, 4e9, "GBP")),
        ("A 2.5-3.5 kg load.", ("2.5-3.5 kg", 2.5, 2.5, 3.5, "kilogram")),
        ("Plans for 12- to 15-metre masts.", ("12- to 15-metre", 12.0, 12.0, 15.0, "metre")),
    ],
)
def test_ranges_written_as_one_token_or_with_a_suspended_hyphen(
    blank: Language, text: str, expected: tuple[str, float, float, float, str]
) -> None:
    assert ranges(blank, text) == [expected]


@pytest.mark.parametrize(
    "text",
    ["United won 3–0 away.", "Rovers drew 1–1 at home.", "3–0 was the score they came back from"],
)
def test_dashed_bare_integers_in_one_token_are_scores(blank: Language, text: str) -> None:
    assert ranges(blank, text) == []


def test_dashed_bare_integers_after_between_are_a_range(blank: Language) -> None:
    assert ranges(blank, "It took between 3–5 tries.") == [("3–5", 3.0, 3.0, 5.0, "")]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "A meal costs eight or nine euros.",
            [("eight", 8.0, None, None, "EUR"), ("nine euros", 9.0, None, None, "EUR")],
        ),
        (
            "Tickets cost 20 and 30 euros.",
            [("20", 20.0, None, None, "EUR"), ("30 euros", 30.0, None, None, "EUR")],
        ),
    ],
)
def test_a_unit_written_once_covers_both_alternatives(
    blank: Language, text: str, expected: list[tuple[str, float, None, None, str]]
) -> None:
    assert ranges(blank, text) == expected


def test_times_written_once_are_left_for_the_parse_to_share(blank: Language) -> None:
    assert ranges(blank, "It grew two or three times.") == [
        ("two", 2.0, None, None, ""),
        ("three times", 3.0, None, None, "time"),
    ]


def parsed_ranges(nlp: Language, text: str) -> list[tuple[str, float | None, float | None]]:
    doc = nlp(text)
    amounts = merge_ranges(doc, drop_scores(doc, scan_amounts(doc)))
    return [(doc[a.first : a.end].text, a.low, a.high) for a in amounts]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # After a verb of change, two amounts each with its unit: the change, then the level.
        (
            "The bank lifted rates 0.25% to 4.75% today.",
            [("0.25%", None, None), ("4.75%", None, None)],
        ),
        (
            "Output fell 300 tonnes to 4,100 tonnes.",
            [("300 tonnes", None, None), ("4,100 tonnes", None, None)],
        ),
        ("Shares were up 2% to 9% by noon.", [("2%", None, None), ("9%", None, None)]),
    ],
)  # fmt: skip
def test_a_change_written_with_its_unit_then_to_is_not_a_range(
    nlp: Language, text: str, expected: list[tuple[str, float | None, float | None]]
) -> None:
    assert parsed_ranges(nlp, text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # The unit written once, a dash, "from ... to" or no verb of change: still a range.
        ("Fares rose 4 to 6 per cent.", [("4 to 6 per cent", 4.0, 6.0)]),
        ("Fares rose 4-6% in all.", [("4-6%", 4.0, 6.0)]),
        ("Fares rose from 4% to 6%.", [("4% to 6%", 4.0, 6.0)]),
        ("A share of 4% to 6% is usual.", [("4% to 6%", 4.0, 6.0)]),
    ],
)  # fmt: skip
def test_ranges_after_a_verb_of_change_stay_ranges(
    nlp: Language, text: str, expected: list[tuple[str, float | None, float | None]]
) -> None:
    assert parsed_ranges(nlp, text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Bids range from $6m (£4m) to $9m (£7m) so far.",
            [("$6m (£4m) to $9m", 6e6, 6e6, 9e6, "USD"), ("£7m", 4e6, 4e6, 7e6, "GBP")],
        ),
        (
            "It varies from 10 km (6 miles) to 16 km (10 miles) a day.",
            [
                ("10 km (6 miles) to 16 km", 10.0, 10.0, 16.0, "kilometre"),
                ("10 miles", 6.0, 6.0, 10.0, "mile"),
            ],
        ),
    ],
)
def test_a_range_with_each_bound_restated_is_two_ranges(
    blank: Language, text: str, expected: list[tuple[str, float, float, float, str]]
) -> None:
    assert ranges(blank, text) == expected


def test_restated_amounts_outside_a_range_phrase_stay_apart(blank: Language) -> None:
    text = "It paid $6m (£4m) to Acme and $9m (£7m) to Bolt."
    assert [row[2] for row in ranges(blank, text)] == [None, None, None, None]
