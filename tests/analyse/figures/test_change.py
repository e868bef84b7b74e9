"""Change symbols: qualifiers on a blank tokenizer, directions through the real pipeline."""

from __future__ import annotations

import pytest
import spacy
from spacy.language import Language

from generator.analyse.figures.amounts import find_figures
from generator.analyse.figures.attach import scan_amounts
from generator.analyse.figures.change import Qualifier, find_qualifier


@pytest.fixture(scope="module")
def blank() -> Language:
    return spacy.blank("en")


@pytest.mark.parametrize(
    ("text", "symbol", "written"),
    [
        ("They met about 40 times.", "~", "about 40 times"),
        ("It is roughly $5m in cash.", "~", "roughly $5m"),
        ("It took an estimated 300 hours.", "~", "an estimated 300 hours"),
        ("A height of ~1.2mm was used.", "~", "~1.2mm"),
        ("It has more than 6,650 staff.", ">", "more than 6,650"),
        ("It lasted well over 3 hours.", ">", "well over 3 hours"),
        ("Waymo will create up to 400 jobs.", "<", "up to 400"),
        ("It accounts for just under 20 percent.", "<", "just under 20 percent"),
        ("It has 400 stations.", "=", "400"),
        ("The range went from up to 252 miles.", "=", "252 miles"),
        # Three-word qualifiers.
        ("It has no more than 40 staff.", "<", "no more than 40"),
        ("It spent in excess of $4 million.", ">", "in excess of $4 million"),
        # At the very start of the text, and with the text ending right after the figure.
        ("About 40 people came.", "~", "About 40"),
        ("Just over 3 hours passed.", ">", "Just over 3 hours"),
        ("Up to 400 people stood by", "<", "Up to 400"),
        # The word before the text's first is nothing, not its last ("from" here).
        ("Up to 400 people came from", "<", "Up to 400"),
        ("From up to 252 miles, the range fell.", "=", "252 miles"),
        ("Nearly 40 of them got in, if only just", "~", "Nearly 40"),
    ],
)
def test_qualifiers_before_a_number(blank: Language, text: str, symbol: str, written: str) -> None:
    doc = blank(text)
    amount = scan_amounts(doc)[0]
    qualifier = find_qualifier(doc, amount)
    assert (qualifier.symbol, doc[qualifier.start : amount.end].text) == (symbol, written)


def test_a_qualifier_that_opens_a_two_word_text_starts_it(blank: Language) -> None:
    doc = blank("About 40")
    assert find_qualifier(doc, scan_amounts(doc)[0]) == Qualifier("~", 0)


def changes(nlp: Language, text: str) -> list[tuple[str, str]]:
    return [(figure.text, figure.change) for figure in find_figures(nlp(text))]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Exports to China dropped 7% to $2.3 billion.", [("7%", "down"), ("$2.3 billion", "=")]),
        ("Core inflation rose 0.3% in June.", [("0.3%", "up")]),
        ("Blackmores was up 9.4 per cent on Friday.", [("9.4 per cent", "up")]),
        ("The index edged down 0.03% on Monday.", [("0.03%", "down")]),
        ("Shares are up nearly 57% this year.", [("nearly 57%", "up")]),
        ("Temperatures dropped by 1 to 1.5 degrees.", [("1 to 1.5 degrees", "down")]),
        (
            "Revenue rose to $7.36 billion from $6.78 billion.",
            [("$7.36 billion", "="), ("$6.78 billion", "=")],
        ),
        ("This marked an increase of around 30% from 2021.", [("around 30%", "up")]),
        ("It was a 75 percent increase in usage.", [("75 percent", "up")]),
        (
            "The Dow lost 190 points, or 0.6%, on Friday.",
            [("190 points", "down"), ("0.6%", "down")],
        ),
        ("The sector closed 0.68 percent lower on Friday.", [("0.68 percent", "down")]),
        ("The company raised $5 million from investors.", [("$5 million", "=")]),
    ],
)
def test_the_size_of_a_rise_or_fall_has_a_direction(
    nlp: Language, text: str, expected: list[tuple[str, str]]
) -> None:
    assert changes(nlp, text) == expected


def test_a_restatement_in_brackets_shares_the_qualifier(nlp: Language) -> None:
    text = "The moths can fly more than 100 kilometers (60 miles) in a night."
    assert changes(nlp, text) == [("more than 100 kilometers", ">"), ("60 miles", ">")]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # Falls, in every tense and form a report uses.
        ("Shares fell 5% on Monday.", [("5%", "down")]),
        ("The index falls 2% in early trade.", [("2%", "down")]),
        ("Sales declined 3% last year.", [("3%", "down")]),
        ("The pound slid 1.2% against the dollar.", [("1.2%", "down")]),
        ("Profits plunged 40% in 2023.", [("40%", "down")]),
        ("Shares slumped 3.1 percent.", [("3.1 percent", "down")]),
        ("Costs dropped by $2 million.", [("$2 million", "down")]),
        ("The company cut its costs by 300 jobs.", [("300 jobs", "down")]),
        # Falls named by a noun, the size written before it or after "of".
        ("The firm reported a 12% fall in sales.", [("12%", "down")]),
        ("A 2 per cent cut in rates followed.", [("2 per cent", "down")]),
        ("Sales showed a fall of 5% last year.", [("5%", "down")]),
        # Rises, by a verb or a noun.
        ("Revenue rose 7% in the quarter.", [("7%", "up")]),
        ("Prices climbed 4%.", [("4%", "up")]),
        ("Profits saw a 3% rise.", [("3%", "up")]),
        # A loss or a gain written as an amount is what was lost or won, not a change.
        ("It made a $5 million loss.", [("$5 million", "=")]),
        ("The 5% growth target stays.", [("5%", "=")]),
        # A figure that is the subject of a change verb is what moved, not by how much.
        ("Ten people fell ill.", [("Ten people", "=")]),
        ("Two rivals rose to the challenge.", [("Two rivals", "=")]),
        # A change without a number leaves no figure at all.
        ("Shares fell sharply on Monday.", []),
        ("Profits rose.", []),
        # No change, and plain statements: neither a rise nor a fall.
        ("Output was flat at 2%.", [("2%", "=")]),
        ("Unemployment stayed at 5%.", [("5%", "=")]),
        ("The bridge is 120 metres long.", [("120 metres", "=")]),
    ],
)
def test_each_class_of_verb_gives_its_direction(
    nlp: Language, text: str, expected: list[tuple[str, str]]
) -> None:
    assert changes(nlp, text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # "by" after a change verb, a with-"by" verb, a change noun or an adverb.
        ("Costs dropped by a further $2 million.", [("$2 million", "down")]),
        ("Prices were raised by a further 5%.", [("5%", "up")]),
        ("It was a reduction by 5% in 2023.", [("5%", "down")]),
        ("Shares suffered a slide by 5% on Monday.", [("5%", "down")]),
        ("Oil prices headed lower by 2 per cent.", [("2 per cent", "down")]),
        # The object of a change verb, with words between them.
        ("The Dow lost a further 190 points on Friday.", [("190 points", "down")]),
        ("Shares fell a further 5–7% on Monday.", [("5–7%", "down")]),
        # "up", "down", "higher", "lower" around the figure.
        ("Unemployment went up 0.2 percentage points.", [("0.2 percentage points", "up")]),
        ("Shares down 5% in a week", [("5%", "down")]),
        (
            "Inflation edged up 0.1 points to 3 per cent.",
            [("0.1 points", "up"), ("3 per cent", "=")],
        ),
        ("Shares opened 2 per cent higher.", [("2 per cent", "up")]),
        ("Fell 2 per cent", [("2 per cent", "down")]),
        # The range a change spans takes its verb's direction.
        ("Gold fell from $2,415 to $2,315.", [("$2,415 to $2,315", "down")]),
        ("Rising from 2% to 3%, inflation worried markets.", [("2% to 3%", "up")]),
        # A change "by up to" an amount is still a change; the bound gives way to its direction.
        ("Prices rose by up to 5% this year.", [("up to 5%", "up")]),
        ("By up to 40%, prices rose.", [("up to 40%", "up")]),
    ],
)
def test_the_words_around_a_change_give_its_direction(
    nlp: Language, text: str, expected: list[tuple[str, str]]
) -> None:
    assert changes(nlp, text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("They set up 300 companies last year.", [("300 companies", "=")]),
        ("There was an increase in 300 stores.", [("300 stores", "=")]),
        ("Sales rose in 300 stores.", [("300 stores", "=")]),
        ("The tax cut 5 years ago helped.", [("5 years", "=")]),
        # The level left, and a range of amounts raised, are not changes.
        ("The price fell from $5 on Monday.", [("$5", "=")]),
        ("Each event raised from $5,000 to $7,000.", [("$5,000 to $7,000", "=")]),
        # A change verb far after the figure, at the end of a text without a full stop.
        ("By 50 votes the bill passed as shares fell", [("50 votes", "=")]),
        ("From 20 to 40 staff joined as prices rose", [("20 to 40 staff", "=")]),
        ("Over 300 staff were hired, and prices rose", [("Over 300 staff", ">")]),
    ],
)
def test_figures_near_change_words_that_are_not_changes(
    nlp: Language, text: str, expected: list[tuple[str, str]]
) -> None:
    assert changes(nlp, text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # Nouns of falling and rising beyond "fall" and "increase".
        ("Sales saw a 5% slide in the quarter.", [("5%", "down")]),
        ("Output suffered a 4% downturn.", [("4%", "down")]),
        ("Staff won a 3% raise.", [("3%", "up")]),
        # Growing and shrinking, gaining and losing strength.
        ("The deficit widened by $3 billion.", [("$3 billion", "up")]),
        ("The gap narrowed 2 points.", [("2 points", "down")]),
        ("The currency weakened 3% against the dollar.", [("3%", "down")]),
        ("The rand strengthened 2% against the euro.", [("2%", "up")]),
        # "by" after a comparative or a particle of direction.
        ("The index closed lower by 2% on Friday.", [("2%", "down")]),
        ("Turnout was down by 4 points.", [("4 points", "down")]),
        # A share or points after a verb whose object is often not a change.
        ("Shares added 3% on Tuesday.", [("3%", "up")]),
        ("The bank raised rates 0.25 percentage points.", [("0.25 percentage points", "up")]),
        ("The firm added 200 staff.", [("200 staff", "=")]),
        # A loss or gain written as a share is relative to a level: a change.
        ("It posted a 5% loss in value.", [("5%", "down")]),
    ],
)  # fmt: skip
def test_other_words_of_rise_and_fall_give_a_direction(
    nlp: Language, text: str, expected: list[tuple[str, str]]
) -> None:
    assert changes(nlp, text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # Two things side by side: a comparison, not a change.
        ("Sales were 5% higher than expected.", [("5%", "=")]),
        ("The tower is 30 metres higher than the old one.", [("30 metres", "=")]),
        # One thing over time is a change, whether "than" names a date or counts back.
        ("Prices are 5% higher than a year ago.", [("5%", "up")]),
        ("Debt is 40% lower than in 2010.", [("40%", "down")]),
        # A clause set in the past: the old level's difference from today, not a rise now.
        ("A year ago, debt was more than 11bn euros higher.", [("more than 11bn euros", ">")]),
        ("Before the crisis, output was 4% higher.", [("4%", "=")]),
        # The level reached after a verb of movement, not a bound; a bound elsewhere.
        ("Prices went up to $40.", [("$40", "=")]),
        ("Up to 40 people were hurt.", [("Up to 40 people", "<")]),
        ("The toll stood at 40.", [("40", "=")]),
    ],
)
def test_plain_statements_and_comparisons_are_not_changes(
    nlp: Language, text: str, expected: list[tuple[str, str]]
) -> None:
    assert changes(nlp, text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # A fraction after "by" is the size of a change, as a share of what changed.
        ("Spending fell by a fifth last year.", ("a fifth", 0.2, "fraction", "down")),
        ("The budget was cut by a third.", ("a third", 0.3, "fraction", "down")),
        ("Sales rose by half in May.", ("half", 0.5, "fraction", "up")),
        ("Costs dropped by a quarter.", ("a quarter", 0.2, "fraction", "down")),
        ("Fees were cut by two-thirds.", ("two-thirds", 0.7, "fraction", "down")),
        # A share of a group after "by" stays a fraction of it.
        ("It was backed by two-thirds of voters.", ("two-thirds", 0.7, "fraction", "=")),
    ],
)  # fmt: skip
def test_a_fraction_after_by_is_the_share_of_a_change(
    nlp: Language, text: str, expected: tuple[str, float, str, str]
) -> None:
    (figure,) = find_figures(nlp(text))
    assert (figure.text, round(figure.value, 1), figure.unit, figure.change) == expected


@pytest.mark.parametrize(
    "text",
    ["Spending was approved by a third party.", "It was won by a fifth-grader."],
)
def test_an_ordinal_after_by_is_no_share(nlp: Language, text: str) -> None:
    assert find_figures(nlp(text)) == ()


@pytest.mark.parametrize(
    ("text", "change"),
    [
        # Discrete things that a verb of rise or fall acts on are counted, not a change.
        ("The jets dropped 4 bombs on the port.", "="),
        ("The club lost 5 matches in a row.", "="),
        ("The bank cut 2,400 jobs.", "="),
        ("The airline shed 900 staff.", "="),
        # A measure after the same verbs is a change's size: a share, points, a unit, money.
        ("Output dropped 4% in May.", "down"),
        ("The index lost 40 points.", "down"),
        ("The glacier lost 12 gigatonnes.", "down"),
        ("The bank lost $40 million.", "down"),
        # After "by", a count is the size of the change.
        ("The bank cut its workforce by 2,400 jobs.", "down"),
    ],
)  # fmt: skip
def test_things_acted_on_are_counted_not_a_change(nlp: Language, text: str, change: str) -> None:
    assert [figure.change for figure in find_figures(nlp(text))] == [change]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # A range is written from its low end up: "from" the high end down is a fall.
        ("The queue saw a decline since May from 640 to 590.", [("640 to 590", "down")]),
        ("The toll went from 640 to 590 in a week.", [("640 to 590", "down")]),
        # Written from the low end up, a range needs a verb to be a rise.
        ("Groups of from 10 to 15 pupils met.", [("10 to 15 pupils", "=")]),
        # Without "from", two counts from the larger down are a tally, not a change.
        ("The board voted 640 to 590 for it.", [("640 to 590", "=")]),
    ],
)
def test_a_range_written_from_its_high_end_down_is_a_fall(
    nlp: Language, text: str, expected: list[tuple[str, str]]
) -> None:
    assert changes(nlp, text) == expected


@pytest.mark.parametrize(
    ("text", "written", "change"),
    [
        ("The debt is to be repaid over 30 years.", "30 years", "="),
        ("She won 12 titles over four seasons.", "four seasons", "="),
        ("He was jailed for over 20 years.", "over 20 years", ">"),
    ],
)
def test_over_before_a_span_of_time_is_during_not_a_bound(
    nlp: Language, text: str, written: str, change: str
) -> None:
    figure = find_figures(nlp(text))[-1]
    assert (figure.text, figure.change) == (written, change)
