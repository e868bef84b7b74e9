"""Sentence boundaries a reader would draw: classes of split the parser makes and we undo."""

from __future__ import annotations

import pytest
from spacy.language import Language


def sentences(nlp: Language, text: str) -> list[str]:
    return [sent.text.strip() for sent in nlp(text).sents]


@pytest.mark.parametrize(
    ("text", "why"),
    [
        (
            'Veteran coach Jan Smit, the man credited with inventing "total rugby", has died '
            "aged 80.",
            "a name's apposition ends in a comma, which never ends a sentence",
        ),
        (
            "The mayor, who had promised a vote, said the plan was dead: the council had run "
            "out of money.",
            "a colon does not end a sentence",
        ),
        (
            '"We will win the cup this year," the captain said after training on Monday.',
            "a closing quotation mark after a comma continues the sentence",
        ),
        (
            '"We will win. We are the best team in the league," the captain said on Monday.',
            "a quotation that closes in its paragraph is one statement",
        ),
    ],
)
def test_no_sentence_starts_inside(nlp: Language, text: str, why: str) -> None:
    assert sentences(nlp, text) == [text], why


def test_a_quoted_sentence_stays_whole_between_others(nlp: Language) -> None:
    text = 'The coach spoke. He said: "We lost. We will be back." The club agreed.'
    assert sentences(nlp, text) == [
        "The coach spoke.",
        'He said: "We lost. We will be back."',
        "The club agreed.",
    ]


def test_a_quotation_running_into_the_next_paragraph_splits_at_full_stops(
    nlp: Language,
) -> None:
    text = 'The minister said: "Prices will rise. Wages will not.\n\n"We must act now," he added.'
    assert sentences(nlp, text) == [
        'The minister said: "Prices will rise.',
        "Wages will not.",
        '"We must act now," he added.',
    ]


def test_the_parser_keeps_its_say_after_a_line_break_or_a_full_stop(nlp: Language) -> None:
    doc = nlp.get_pipe("paragraph_sentences")(nlp.make_doc("Results\nThe side won, 2-0. It rained"))
    starts = {token.text: token.is_sent_start for token in doc}
    assert starts == {
        "Results": True,
        "\n": None,
        "The": None,
        "side": False,
        "won": False,
        ",": False,
        "2": False,
        "-": False,
        "0": False,
        ".": False,
        "It": None,
        "rained": False,
    }


def test_a_tokenised_quotation_stays_whole(nlp: Language) -> None:
    text = "`` We lost . We will be back , '' the coach said . The club agreed ."
    assert sentences(nlp, text) == [
        "`` We lost . We will be back , '' the coach said .",
        "The club agreed .",
    ]


def test_a_heading_that_lost_its_line_break_is_a_sentence_of_its_own(nlp: Language) -> None:
    text = "WHERE IT ALL BEGAN The first race was run in 1903 on a farm track near the town."
    assert sentences(nlp, text) == [
        "WHERE IT ALL BEGAN",
        "The first race was run in 1903 on a farm track near the town.",
    ]


def test_a_name_in_capitals_opening_a_paragraph_is_not_a_heading(nlp: Language) -> None:
    text = "UN troops arrived in the city on Monday, officials said."
    assert sentences(nlp, text) == [text]


def test_a_closing_mark_after_a_reopened_quotation_ends_its_sentence(nlp: Language) -> None:
    """News reopens a long quote without closing it; the last mark still closes the sentence."""
    text = 'The coach spoke. "We lost. Not that it matters. "We go on."\n\nThe club was sold.'
    assert sentences(nlp, text) == [
        "The coach spoke.",
        '"We lost. Not that it matters. "We go on."',
        "The club was sold.",
    ]
