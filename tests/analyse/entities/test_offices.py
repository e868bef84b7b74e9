"""A person's name run into an office, a title or a demonym."""

from __future__ import annotations

import pytest
from spacy.language import Language

from generator.analyse.entities.offices import is_demonym, split_office_holders
from generator.analyse.entities.spans import Candidate

WORDS = frozenset({"hall", "force", "life"})


def split_texts(nlp: Language, text: str, spans: list[tuple[int, int, str]]) -> list[str]:
    doc = nlp.make_doc(text)
    candidates = [Candidate(start, end, label) for start, end, label in spans]
    return [
        f"{doc[c.start : c.end].text}/{c.label}"
        for c in split_office_holders(doc, candidates, WORDS)
    ]


@pytest.mark.parametrize(
    ("text", "spans", "split"),
    [
        # An office phrase (a word in lower case inside) before a given name and surname.
        (
            "the Navy for Procurement Marvin Quillby said",
            [(1, 6, "ORG")],
            ["Marvin Quillby/PERSON"],
        ),
        # After an office's phrase, a surname may be an English word too.
        (
            "the Navy for Procurement Marvin Hall said",
            [(1, 6, "ORG")],
            ["Marvin Hall/PERSON"],
        ),
        # An office of capitalised words only stays a name; the model saw the person
        # elsewhere.
        (
            "the Civic Chamber Joao Drevlo said . Joao Drevlo left",
            [(1, 5, "ORG"), (7, 9, "PERSON")],
            ["Civic Chamber/ORG", "Joao Drevlo/PERSON", "Joao Drevlo/PERSON"],
        ),
        # A given name that is an English word is no evidence: "Life" is one.
        ("the Standard Life Quillby fund", [(1, 4, "ORG")], ["Standard Life Quillby/ORG"]),
        # One English word before a person is a trade, not a name.
        ("the Hall Marvin Quillby said", [(1, 4, "ORG")], ["Marvin Quillby/PERSON"]),
        # A courtesy title inside a span starts a person, and is trimmed from it.
        (
            "the Policy Centre Mr Quarn said",
            [(1, 5, "ORG")],
            ["Policy Centre/ORG", "Quarn/PERSON"],
        ),
        # A place whose last word is an English word, and a person, stay as they are.
        ("the Royal Albert Hall sold", [(1, 4, "FAC")], ["Royal Albert Hall/FAC"]),
        ("Mary Ann Quillby said", [(0, 3, "PERSON")], ["Mary Ann Quillby/PERSON"]),
        # Nothing says the last two words are a person's.
        ("the Zorb Tarn Quillby said", [(1, 4, "ORG")], ["Zorb Tarn Quillby/ORG"]),
    ],
)
def test_a_person_is_split_from_the_office_before_it(
    nlp: Language, text: str, spans: list[tuple[int, int, str]], split: list[str]
) -> None:
    assert split_texts(nlp, text, spans) == split


@pytest.mark.parametrize(
    ("word", "demonym"),
    [
        ("Briton", True),
        ("Californian", True),
        ("Texan", True),
        ("Floridian", True),
        ("Adrian", False),  # a given name, though Adria is a town
        ("Quillby", False),
        ("californian", False),
    ],
)
def test_demonyms_of_known_places(word: str, demonym: bool) -> None:
    assert is_demonym(word) is demonym
