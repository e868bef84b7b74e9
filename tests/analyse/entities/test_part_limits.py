"""A word of an article's longer name that names something else stays apart from it."""

from __future__ import annotations

import pytest
from spacy.language import Language

from generator.analyse.entities.caps import english_words
from generator.analyse.entities.resolve import NameResolver
from generator.analyse.entities.spans import Candidate


def resolve_listed(nlp: Language, named: list[tuple[str, str]]) -> list[tuple[str, str]]:
    """Names listed one after another, each a candidate with its label, through the merges of
    spelled acronyms and name parts."""
    doc = nlp.make_doc(" , ".join(name for name, _ in named))
    candidates, start = [], 0
    for name, label in named:
        end = start + len(nlp.make_doc(name))
        candidates.append(Candidate(start, end, label))
        start = end + 1
    resolver = NameResolver(doc, candidates)
    resolver.merge_spelled_acronyms()
    resolver.merge_name_parts()
    return resolver.resolve()


def test_a_title_the_article_writes_before_other_people_is_nobodys_name(nlp: Language) -> None:
    doc = nlp.make_doc("MEP Jon Tarr , MEP Ada Vell , MEP")
    candidates = [Candidate(0, 3, "PERSON"), Candidate(5, 7, "PERSON"), Candidate(8, 9, "ORG")]
    resolver = NameResolver(doc, candidates)
    resolver.merge_name_parts()
    assert resolver.resolve() == [
        ("MEP Jon Tarr", "PERSON"),
        ("Ada Vell", "PERSON"),
        ("MEP", "ORG"),
    ]


def test_a_common_word_opening_a_sentence_is_not_the_title_it_ends(nlp: Language) -> None:
    doc = nlp("Rock music grew. Fans bought Jailhouse Rock. They loved Rock.")
    words = english_words(nlp)
    opening = [Candidate(0, 1, "ORG"), Candidate(6, 8, "WORK_OF_ART")]
    resolver = NameResolver(doc, opening, words)
    resolver.merge_name_parts()
    assert resolver.resolve() == [("Rock", "ORG"), ("Jailhouse Rock", "WORK_OF_ART")]
    # Written with its capital inside a sentence, it is the title's short form.
    inside = [Candidate(6, 8, "WORK_OF_ART"), Candidate(11, 12, "WORK_OF_ART")]
    resolver = NameResolver(doc, inside, words)
    resolver.merge_name_parts()
    assert resolver.resolve() == [("Jailhouse Rock", "WORK_OF_ART")] * 2


@pytest.mark.parametrize(
    ("named", "resolved"),
    [
        # The town a farm is in is not the farm.
        (
            [("Vell Farm in Tarvos", "ORG"), ("Tarvos", "GPE")],
            [("Vell Farm in Tarvos", "ORG"), ("Tarvos", "GPE")],
        ),
        # The body is not the awards it gives; an award's own name is.
        (
            [("Korva Awards", "EVENT"), ("Korva", "ORG")],
            [("Korva Awards", "EVENT"), ("Korva", "ORG")],
        ),
        (
            [("Golden Korva Awards", "EVENT"), ("Golden Korva", "EVENT")],
            [("Golden Korva Awards", "EVENT")] * 2,
        ),
        # Letters an article does not define are not the law they spell, but a body's name.
        (
            [("Greater Tarvos Act", "LAW"), ("GTA", "ORG")],
            [("Greater Tarvos Act", "LAW"), ("GTA", "ORG")],
        ),
        (
            [("Greater Tarvos Authority", "ORG"), ("GTA", "ORG")],
            [("Greater Tarvos Authority", "ORG")] * 2,
        ),
        # A body's word before "of" is the one such body the article names; of two, neither.
        ([("House of Vell", "ORG"), ("House", "ORG")], [("House of Vell", "ORG")] * 2),
        (
            [("House of Vell", "ORG"), ("House of Tarr", "ORG"), ("House", "ORG")],
            [("House of Vell", "ORG"), ("House of Tarr", "ORG"), ("House", "ORG")],
        ),
    ],
)
def test_which_words_of_a_longer_name_are_its_short_form(
    nlp: Language, named: list[tuple[str, str]], resolved: list[tuple[str, str]]
) -> None:
    assert resolve_listed(nlp, named) == resolved


def test_a_bodys_head_word_opening_a_sentence_is_still_its_short_form(nlp: Language) -> None:
    doc = nlp("Members of the Tarvos Senate spoke. Senate sources agreed.")
    candidates = [Candidate(3, 5, "ORG"), Candidate(7, 8, "ORG")]
    resolver = NameResolver(doc, candidates, english_words(nlp))
    resolver.merge_name_parts()
    assert resolver.resolve() == [("Tarvos Senate", "ORG")] * 2
