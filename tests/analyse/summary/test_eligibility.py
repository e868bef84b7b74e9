"""The eligibility filter every summariser shares, on single made-up sentences."""

from __future__ import annotations

import pytest
from spacy.language import Language

from generator.analyse.summary.eligibility import dateline_length, is_summary_worthy


def worthy(nlp: Language, text: str) -> bool:
    return is_summary_worthy(nlp(text)[:])


@pytest.mark.parametrize(
    ("text", "why"),
    [
        ("The town council approved a new public library on Tuesday.", "statement"),
        (
            "LONDON (Reuters) - The town council approved a new public library on Tuesday.",
            "dateline",
        ),
        ("( CNN ) -- The town council approved a new public library on Tuesday .", "CNN style"),
        (
            "Council member Ann Lee said the library would lend books to 12,000 readers a year.",
            "quote",
        ),
        ("The council approved the plan.", "five words are enough"),
        ("eBay said its profits rose sharply in the spring.", "a name may open in lower case"),
        ("2nd quarter profits rose by ten percent this year.", "a numeral may open"),
        ("She said the film The Godfather changed her life.", "an article before a name"),
        ("The Doors recorded Love Her Madly in the spring of 1970.", "an opener inside a title"),
        ("The mayor said: the library will open in the spring.", "a colon after a verb"),
        ("The new town library plan: the council approved it on Tuesday.", "too long for a label"),
        ("LONDON (Reuters) : The council approved a new public library on Tuesday.", "no label"),
        (
            "The site was sued by a film studio for copyright infringement in December.",
            "a notice's word inside the news",
        ),
        (
            "Customers who sign up for the new service will pay less, the firm said.",
            "a call to the reader's words inside the news",
        ),
    ],
)
def test_statements_are_worthy(nlp: Language, text: str, why: str) -> None:
    assert worthy(nlp, text), why


@pytest.mark.parametrize(
    ("text", "why"),
    [
        ("By Jane Roe, Staff Writer", "byline"),
        ("By . Daily Mail Reporter .", "byline"),
        ("PUBLISHED: 10:42 EST, 3 March 2014 | UPDATED: 11:02 EST, 3 March 2014", "timestamp"),
        ("LONDON (Reuters) -", "dateline only"),
        ("Sign up for our newsletter to get local news every morning.", "sign-up"),
        ("Click here to see the plans for the new library.", "click here"),
        ("Read more: how the town paid for its last library.", "read more"),
        ("Jane Roe contributed to this report.", "credit"),
        ("Copyright 2004 The Town Gazette. All rights reserved.", "notice"),
        ("Subscribe to the Gazette and get our weekly newsletter.", "subscribe"),
        ("Scroll down for video of the opening ceremony in the park.", "video prompt"),
        ("The mayor (left) cuts the ribbon outside the new library on Tuesday.", "caption"),
        ("Grand opening: The mayor cuts the ribbon outside the new library.", "caption label"),
        ("The mayor cuts the ribbon outside the library The crowd cheered loudly.", "glued"),
        ("Is this the end of the old library in the town centre?", "teaser question"),
        ('The mayor asked the crowd "who will pay for the library?"', "quoted question"),
        ("Ceremony: The mayor cuts the ribbon outside the new library.", "one-word label"),
        ("Grand library opening day: The mayor cut the ribbon.", "four-word label"),
        ("A long and winding road through the quiet hills of the north.", "no verb"),
        ("Library opens today.", "too short"),
        ("and the council then adjourned for the long summer break.", "split fragment"),
    ],
)
def test_non_statements_are_not_worthy(nlp: Language, text: str, why: str) -> None:
    assert not worthy(nlp, text), why


@pytest.mark.parametrize(
    "text",
    [
        "The council will vote on the plan next week\n\nThe mayor said she supports it.",
        "The council will vote on the new plan next week\n\nUpdates",
    ],
)
def test_a_sentence_spanning_a_paragraph_break_is_not_worthy(nlp: Language, text: str) -> None:
    assert not worthy(nlp, text)


@pytest.mark.parametrize(
    ("text", "dateline"),
    [
        ("( CNN ) -- The council met.", "( CNN ) -- "),
        ("(CNN)The council met.", "(CNN)"),
        ("-LRB- CNN -RRB- The council met.", "-LRB- CNN -RRB- "),
        ("Rome ( CNN ) The council met.", "Rome ( CNN ) "),
        ("LONDON, England (Reuters) -- The council met.", "LONDON, England (Reuters) -- "),
        ("NEW YORK, March 3 (AP) - The council met.", "NEW YORK, March 3 (AP) - "),
        ("WASHINGTON -- The council met.", "WASHINGTON -- "),
        ("Redwood City, California - The council met.", "Redwood City, California - "),
        ("United States - The council met.", "United States - "),
        ("Paris – The council met.", "Paris – "),
        ("Nasa is doing it - and The Times is too.", ""),
        ("The mayor (pictured) - who chairs the council - met them.", ""),
        ("Ann Lee (Labour) said the council met.", ""),
    ],
)
def test_dateline_length(text: str, dateline: str) -> None:
    assert text[: dateline_length(text)] == dateline


@pytest.mark.parametrize(
    "text",
    [
        '"We will build the new library next to the park this year.',
        'We will build the new library next to the park," the mayor said.',
        "“We will build the new library next to the park this year.",
        "`` We will build the new library next to the park this year .",
    ],
)
def test_a_piece_of_a_longer_quotation_is_not_worthy(nlp: Language, text: str) -> None:
    assert not worthy(nlp, text)


@pytest.mark.parametrize(
    "text",
    [
        '"We will build the new library next to the park," the mayor said.',
        "“We will build the new library next to the park,” the mayor said.",
        "`` We will build the new library next to the park , '' the mayor said .",
        "The mayor called the plan 'a waste of money' on Tuesday.",
    ],
)
def test_a_whole_quotation_is_worthy(nlp: Language, text: str) -> None:
    assert worthy(nlp, text)


def test_a_heading_in_capitals_is_not_summary_worthy(nlp: Language) -> None:
    assert not is_summary_worthy(next(nlp("HOW THE RACE WAS WON BY THE TEAM").sents))
