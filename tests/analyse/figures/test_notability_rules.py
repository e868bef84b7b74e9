"""notability.py's rules on made-up Docs with exact annotations (tags, heads, sentences):
each case sits at the edge of one rule, where the parser's guesses would hide it."""

from __future__ import annotations

import pytest
from made_up_docs import amount_at, make_doc

from generator.analyse.figures.notability import (
    is_age,
    is_figure_of_speech,
    is_lead_count,
    is_level_of_change,
    is_time_window,
    repeats_earlier_number,
)


def test_an_age_word_above_the_number_in_the_parse_makes_it_an_age() -> None:
    doc = make_doc("30 is his age", heads=[3, 1, 3, 1], deps=["nummod", "ROOT", "poss", "attr"])
    alone = make_doc("30 is his due", heads=[3, 1, 3, 1], deps=["nummod", "ROOT", "poss", "attr"])
    assert is_age(doc, amount_at(doc, 0))
    assert not is_age(alone, amount_at(alone, 0))


@pytest.mark.parametrize(
    ("words", "first", "end", "kind", "expected"),
    [
        ("aged 25", 1, 2, "count", True),  # the age word at the text's start
        ("30 year olds", 0, 1, "count", True),
        ("30 big red olds", 0, 1, "count", False),  # "olds" too far after it
        ("aged $ 30", 1, 3, "money", False),
        ("aged 30 %", 1, 3, "percent", False),
        ("$ 30", 0, 2, "money", False),
    ],
)
def test_ages_before_and_after_the_number(
    words: str, first: int, end: int, kind: str, expected: bool
) -> None:
    doc = make_doc(words)
    assert is_age(doc, amount_at(doc, first, end, value=30.0, kind=kind)) is expected


@pytest.mark.parametrize(
    ("words", "index", "expected"),
    [
        ("past 15", 1, True),  # the window word at the text's start
        ("past 15 20", 2, True),  # two numbers between
        ("15 20", 1, False),
        ("in the first 3 months", 3, True),  # "first" is like_num to spaCy, and a window word
    ],
)
def test_a_window_word_before_the_numbers(words: str, index: int, expected: bool) -> None:
    doc = make_doc(words)
    assert is_time_window(doc, amount_at(doc, index)) is expected


def sentences(words: str, *starts: int) -> list[bool]:
    return [i in (0, *starts) for i in range(len(words.split(" ")))]


@pytest.mark.parametrize(
    ("words", "tags", "starts", "expected"),
    [
        ("300 ; 300", ["CD", ":", "CD"], (), True),  # the repeat ends the text
        ("300 and 300 more", ["CD", "CC", "CD", "RBR"], (), False),
        ("5 and 300", ["CD", "CC", "CD"], (), False),  # another number is no repeat
        ("300 . Then 300", ["CD", ".", "RB", "CD"], (2,), False),  # another sentence
    ],
)
def test_a_repeat_of_a_number_in_its_sentence(
    words: str, tags: list[str], starts: tuple[int, ...], expected: bool
) -> None:
    doc = make_doc(words, tags=tags, sent_starts=sentences(words, *starts))
    last = len(doc) - 1 if doc[-1].like_num else len(doc) - 2
    assert repeats_earlier_number(doc, amount_at(doc, last)) is expected


@pytest.mark.parametrize(
    ("words", "heads", "index", "expected"),
    [
        ("rise to 67", [0, 0, 1], 2, True),
        ("to 67 rise", [2, 0, 2], 1, True),  # the preposition starts the text
        ("raise by 67", [0, 0, 1], 2, False),  # only "to" and "from" set a level
        ("aim to 67", [0, 0, 1], 2, False),  # no change word up to the root
        ("rise a b c to 67", [0, 0, 1, 2, 3, 4], 5, False),  # the change too far up
    ],
)
def test_a_level_a_change_reaches(words: str, heads: list[int], index: int, expected: bool) -> None:
    lemmas = ["raise" if word == "raise" else word for word in words.split(" ")]
    deps = ["ROOT" if head == i else "dep" for i, head in enumerate(heads)]
    doc = make_doc(words, heads=heads, deps=deps, lemmas=lemmas)
    assert is_level_of_change(doc, amount_at(doc, index)) is expected


@pytest.mark.parametrize(
    ("words", "tags", "index", "value", "expected"),
    [
        ("Two pilots quit", ["CD", "NNS", "VBD"], 0, 2.0, True),
        ("One pilot quit", ["CD", "NN", "VBD"], 0, 1.0, False),
        ("Four pilots the", ["CD", "NNS", "DT"], 0, 4.0, True),  # nothing before the count
        ("Hi . Four pilots", ["UH", ".", "CD", "NNS"], 2, 4.0, False),  # the second sentence
    ],
)
def test_a_count_in_the_first_sentence(
    words: str, tags: list[str], index: int, value: float, expected: bool
) -> None:
    starts = (2,) if "." in words else ()
    doc = make_doc(words, tags=tags, sent_starts=sentences(words, *starts))
    assert is_lead_count(doc, amount_at(doc, index, value=value)) is expected


SPEECH = {
    "tags": ["PRP", "VBZ", "CD", "NN", "JJ"],
    "heads": [1, 1, 3, 4, 1],
}


@pytest.mark.parametrize(
    ("subject", "ent", "dep", "expected"),
    [
        ("she", "O", "acomp", True),
        ("Smith", "B-PERSON", "acomp", True),
        ("it", "O", "acomp", False),
        ("she", "O", "oprd", False),  # only an adjective the verb takes as complement
    ],
)
def test_a_whole_percent_of_a_persons_feeling(
    subject: str, ent: str, dep: str, expected: bool
) -> None:
    deps = ["nsubj", "ROOT", "nummod", "npadvmod", dep]
    ents = [ent, "O", "O", "O", "O"]
    doc = make_doc(f"{subject} is 100 % happy", deps=deps, ents=ents, **SPEECH)
    amount = amount_at(doc, 2, 4, value=100.0, kind="percent")
    assert is_figure_of_speech(doc, amount) is expected


@pytest.mark.parametrize(
    ("words", "end", "kind", "value", "expected"),
    [
        ("50 % sure", 2, "percent", 50.0, False),
        ("100 sure", 1, "count", 100.0, False),
        ("100 %", 2, "percent", 100.0, False),  # nothing after it
        ("100 % sure", 2, "percent", 100.0, True),
    ],
)
def test_only_a_whole_percent_before_a_word_of_stance(
    words: str, end: int, kind: str, value: float, expected: bool
) -> None:
    doc = make_doc(words)
    amount = amount_at(doc, 0, end, value=value, kind=kind)
    assert is_figure_of_speech(doc, amount) is expected
