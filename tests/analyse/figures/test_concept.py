"""What a figure measures: the noun phrase it is of, never a pronoun, a bare verb or an owner."""

from __future__ import annotations

import pytest
from spacy.language import Language

from generator.analyse.figures.amounts import find_figures
from generator.analyse.figures.phrases import PRONOUN_TAGS


def concepts(nlp: Language, text: str) -> list[tuple[str, str]]:
    return [(figure.text, figure.concept) for figure in find_figures(nlp(text))]


@pytest.mark.parametrize(
    "text",
    [
        "We sold 40 cars in a week.",
        "It said it would cut 600 jobs.",
        "I won 3 medals.",
        "They have met 30 times.",
        "Who paid $3m remains a mystery.",
    ],
)
def test_a_pronoun_is_never_a_concept(nlp: Language, text: str) -> None:
    doc = nlp(text)
    pronouns = {token.lower_ for token in doc if token.tag_ in PRONOUN_TAGS}
    for figure in find_figures(doc):
        assert figure.concept.lower() not in pronouns
        assert figure.concept.split(" ")[0].lower() not in pronouns


def test_a_relative_pronoun_stands_for_the_noun_its_clause_hangs_on(nlp: Language) -> None:
    text = "The firm, which employs 3,000 people, is based in Leeds."
    assert concepts(nlp, text) == [("3,000 people", "firm employs")]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Jugnot made 5.45m euros last year.", [("5.45m euros", "Jugnot made")]),
        (
            "The company raised NZ$4.2 billion from investors.",
            [("NZ$4.2 billion", "company raised from investors")],
        ),
        ("They spent $2m on the new stadium.", [("$2m", "spent on the new stadium")]),
    ],
)
def test_what_an_owner_gained_or_gave_is_named_by_its_verb(
    nlp: Language, text: str, expected: list[tuple[str, str]]
) -> None:
    assert concepts(nlp, text) == expected


def test_a_reported_sum_says_nothing_of_itself_and_is_not_notable(nlp: Language) -> None:
    [figure] = find_figures(nlp("Fairmont reported $48m."))
    assert (figure.concept, figure.notable) == ("", False)


def test_a_bare_noun_after_in_names_what_a_sum_is_made_of(nlp: Language) -> None:
    assert concepts(nlp, "Fairmont reported $48m in sales.") == [("$48m", "sales")]


def test_a_level_or_a_change_is_of_the_subject(nlp: Language) -> None:
    assert concepts(nlp, "Sales rose 12% to $3bn.") == [("12%", "sales"), ("$3bn", "sales")]


def test_a_change_by_an_amount_is_of_the_verb_object(nlp: Language) -> None:
    assert concepts(nlp, "The firm cut its workforce by 10%.") == [("10%", "workforce")]


def test_a_unit_is_never_the_concept(nlp: Language) -> None:
    [figure] = find_figures(nlp("It cost tens of thousands of dollars."))
    assert (figure.unit, figure.concept, figure.notable) == ("USD", "", False)


def test_a_sum_after_and_shares_the_first_sum_concept(nlp: Language) -> None:
    text = "Profit was $5bn in 2004 and $3bn in 2003."
    assert concepts(nlp, text) == [("$5bn", "profit"), ("$3bn", "profit")]


def test_a_rephrased_amount_shares_the_concept(nlp: Language) -> None:
    text = "The index lost 190 points, or 0.6%."
    assert concepts(nlp, text) == [("190 points", "index lost"), ("0.6%", "index lost")]


def test_an_owner_possessive_keeps_its_spelling(nlp: Language) -> None:
    text = "Deutsche Telekom's net profit was 4.6bn euros."
    assert concepts(nlp, text) == [("4.6bn euros", "Deutsche Telekom's net profit")]


def test_a_count_of_times_without_a_subject_is_not_notable(nlp: Language) -> None:
    [figure] = find_figures(nlp("We have met 30 times."))
    assert (figure.unit, figure.concept, figure.notable) == ("time", "", False)


def test_a_count_keeps_its_noun_as_the_measure_without_a_concept(nlp: Language) -> None:
    [figure] = find_figures(nlp("We sold 40 cars in a week."))
    assert (figure.unit, figure.concept, figure.notable) == ("car", "", True)


def test_a_sum_asked_for_is_named_by_the_verb_and_its_object(nlp: Language) -> None:
    text = "The airline threatened to sue the city for $28m."
    assert concepts(nlp, text) == [("$28m", "airline to sue the city")]


def test_a_passive_subject_is_what_was_changed(nlp: Language) -> None:
    text = "Forecasts were scaled back to 4% from 5%."
    assert concepts(nlp, text) == [("4%", "forecasts"), ("5%", "forecasts")]


def test_a_rise_is_of_what_it_is_in_and_brackets_share_it(nlp: Language) -> None:
    text = "The firm enjoyed a 43% rise in net profits to 2.4bn euros ($3.1bn; £2.9bn)."
    assert [concept for _, concept in concepts(nlp, text)] == ["net profits"] * 4


def test_a_level_reached_stays_with_the_subject_whatever_follows(nlp: Language) -> None:
    text = "The budget would rise to $23m - a fraction of the request."
    assert concepts(nlp, text) == [("$23m", "budget")]


def test_a_participle_on_a_noun_values_the_noun(nlp: Language) -> None:
    assert concepts(nlp, "They signed a deal valued at $4bn.") == [("$4bn", "deal")]


def test_a_level_reached_in_a_session_is_not_made_of_it(nlp: Language) -> None:
    text = "Its shares rose to 20.7 kronor in early trading."
    assert concepts(nlp, text) == [("20.7 kronor", "shares")]


def test_a_frame_noun_is_of_the_phrase_next_to_it_only(nlp: Language) -> None:
    text = "Trade grew. This marked an increase of 30% in exports, in part because of oil."
    assert concepts(nlp, text) == [("30%", "exports")]
    text = "Trade grew. This marked an increase of 30% from 2021, in part because of oil."
    assert concepts(nlp, text)[0][1] != "part"


def test_what_marks_a_change_is_what_changed(nlp: Language) -> None:
    text = "Trade grew fast. This marked an increase of around 30% from 2021."
    assert concepts(nlp, text) == [("around 30%", "trade")]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The index posted a 12% fall on Monday.", [("12%", "index")]),
        ("Shares in the bank saw a 3% gain.", [("3%", "shares in the bank")]),
        ("The airline suffered a 20% drop.", [("20%", "airline")]),
    ],
)
def test_a_change_shown_as_a_result_is_its_subject_s(
    nlp: Language, text: str, expected: list[tuple[str, str]]
) -> None:
    assert concepts(nlp, text) == expected


def test_a_purpose_clause_is_done_by_the_subject_of_its_verb(nlp: Language) -> None:
    text = "Volunteers are fundraising in order to raise the $9,000 per month it needs."
    assert concepts(nlp, text) == [("$9,000 per month", "volunteers to raise")]


def test_a_relative_pronoun_reaches_through_a_clause_of_saying(nlp: Language) -> None:
    text = "The council will build new parks, which it says will create 400 jobs."
    assert concepts(nlp, text)[-1] == ("400 jobs", "new parks will create")


def test_a_verb_keeps_its_modal_and_drops_a_bare_passive_be(nlp: Language) -> None:
    assert concepts(nlp, "The bank will lend £5bn to farmers.") == [
        ("£5bn", "bank will lend to farmers")
    ]
    text = "The jury recommended that his brother be fined $9,500."
    assert concepts(nlp, text) == [("$9,500", "brother fined")]


def test_a_sum_given_for_something_is_a_price_not_a_level(nlp: Language) -> None:
    text = "Jones moved to Leeds in 2001 for £4.5m."
    assert concepts(nlp, text) == [("£4.5m", "Jones moved to Leeds")]


def test_there_is_names_no_subject(nlp: Language) -> None:
    text = 'Ms Hale said: "There must have been 40 cases like this."'
    assert concepts(nlp, text) == [("40 cases", "")]


def test_a_phrase_set_off_after_a_noun_is_of_that_noun(nlp: Language) -> None:
    text = "The surplus with Japan, up 12.5% at $62bn, was the largest ever recorded."
    assert concepts(nlp, text) == [("12.5%", "surplus with Japan"), ("$62bn", "surplus with Japan")]


def test_a_gap_above_a_mark_is_of_the_subject(nlp: Language) -> None:
    assert concepts(nlp, "The deficit was 14.4% above the old record.") == [("14.4%", "deficit")]


def test_a_speaker_in_a_quote_is_named_by_its_attribution(nlp: Language) -> None:
    text = '"Over the past year, we have met nearly 40 times," the two ministers said.'
    [figure] = [figure for figure in find_figures(nlp(text)) if figure.unit == "time"]
    assert (figure.concept, figure.notable) == ("ministers met", True)


def test_he_is_the_person_named_just_before(nlp: Language) -> None:
    text = "The coach praised Tom Brady. He scored 25 points."
    assert concepts(nlp, text) == [("25 points", "Tom Brady scored")]


def test_a_capital_that_is_not_the_sentence_s_stays(nlp: Language) -> None:
    text = "EA plans to release up to 20 mobile games."
    assert concepts(nlp, text)[0][1].startswith("EA")


def test_a_range_opening_with_between_is_not_a_gap(nlp: Language) -> None:
    text = "Between 150 and 200 families go to court each year."
    assert concepts(nlp, text)[0][1] != "families"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Rents rose 4% year on year.", [("4%", "rents")]),
        ("Spending fell by a fifth last year.", [("a fifth", "spending")]),
    ],
)
def test_a_time_the_parse_hangs_the_amount_on_is_passed_over(
    nlp: Language, text: str, expected: list[tuple[str, str]]
) -> None:
    assert concepts(nlp, text) == expected


def test_a_ratio_measures_the_noun_its_second_count_sizes(nlp: Language) -> None:
    assert concepts(nlp, "There is a 1 in 37 chance of an impact.") == [
        ("1 in 37", "chance of an impact")
    ]


@pytest.mark.parametrize(
    ("text", "figure", "expected"),
    [
        ("Exports surged by 35.7% to a record $180.7bn.", "$180.7bn", "exports"),
        ("The economy grew at an annual rate of 3.7% in the quarter.", "3.7%", "economy"),
        ("Output rose 0.3% from a revised 0.6% increase in October.", "0.6%", "output"),
        ("Teams averaging 80 staff in size take two years.", "80 staff", "teams"),
        ("A $1.7bn donors' aid package was agreed.", "$1.7bn", "aid package"),
    ],
)
def test_a_frame_a_pace_a_time_or_a_dimension_is_not_what_is_measured(
    nlp: Language, text: str, figure: str, expected: str
) -> None:
    assert dict(concepts(nlp, text))[figure] == expected


def test_a_money_loss_is_the_sum_lost_not_its_reporter(nlp: Language) -> None:
    assert concepts(nlp, "The airline reported a loss of $387m.") == [("$387m", "loss")]


def test_a_frame_noun_alone_refers_back_to_the_last_figure_of_its_unit(nlp: Language) -> None:
    text = "In the survey, 45% of the farmers own a tractor. In 2003 the figure was 29%."
    assert concepts(nlp, text) == [("45%", "farmers"), ("29%", "farmers")]
    [alone] = find_figures(nlp("The figure was 29%."))
    assert (alone.concept, alone.notable) == ("", False)


def test_a_hyphenated_word_is_named_whole(nlp: Language) -> None:
    # A hyphenated word counted by the number is its unit instead ("300 e-mails": test_amounts).
    assert concepts(nlp, "The x-ray machines cost $4m.") == [("$4m", "x-ray machines")]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("About 50,000 new products will be unveiled.", "will be unveiled"),
        ("About 120,000 people are expected to attend the show.", "are expected to attend show"),
        ("The shop could have sold 900 tickets.", "shop could have sold"),
    ],
)
def test_a_count_that_names_what_it_counts_takes_its_verb(
    nlp: Language, text: str, expected: str
) -> None:
    [figure] = find_figures(nlp(text))
    assert (figure.concept, figure.notable) == (expected, True)


def test_a_term_given_is_named_by_its_verb_not_as_the_subject_s_level(nlp: Language) -> None:
    text = "The activist was sentenced to 18 years in prison."
    assert concepts(nlp, text) == [("18 years", "activist was sentenced")]


def test_a_restatement_after_a_date_is_paired_and_a_pair_shares_a_concept(nlp: Language) -> None:
    figures = find_figures(nlp("Profit was 3bn yuan in 2004 ($365m; £190m)."))
    assert [(figure.concept, figure.paired_with) for figure in figures] == [
        ("profit", 1),
        ("profit", 0),
        ("profit", None),
    ]
    [first, second] = find_figures(nlp("The move would cut its profits by $3.8m (£2m)."))
    assert first.concept == second.concept == "profits"


def test_it_in_a_quotation_is_not_the_narrator_s_last_subject(nlp: Language) -> None:
    text = "The striker scored twice. \"It doesn't matter if it's £30m,\" said Tom Smith."
    [figure] = find_figures(nlp(text))
    assert (figure.concept, figure.notable) == ("", False)


@pytest.mark.parametrize(
    "text",
    ["Attendance reached 42,000 last weekend.", "Turnout hit 61,000 on Saturday."],
)
def test_a_time_is_never_what_a_figure_measures(nlp: Language, text: str) -> None:
    (figure,) = find_figures(nlp(text))
    assert figure.concept.lower() not in {"last weekend", "weekend", "saturday", "on saturday"}


def test_a_number_the_parse_hangs_on_a_time_measures_the_clause_subject(nlp: Language) -> None:
    (figure,) = find_figures(nlp("Attendance reached 42,000 last weekend."))
    assert (figure.concept.lower(), figure.notable) == ("attendance", True)
