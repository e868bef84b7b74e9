"""Sentences inside a quotation that runs over several sentences are someone's words."""

from __future__ import annotations

from spacy.language import Language

from generator.analyse.summary.quotations import sentences_inside_quotations


def inside(nlp: Language, text: str) -> list[str]:
    sentences = list(nlp(text).sents)
    return [sentences[i].text.strip() for i in sorted(sentences_inside_quotations(sentences))]


def test_a_quote_reopened_without_closing_holds_the_sentences_after_it(nlp: Language) -> None:
    text = (
        'The coach spoke after the match. "We lost the game today. "It is a blow for the club. '
        'You pick your best team every week. "Next week we play again," he said.'
    )
    assert inside(nlp, text) == ["You pick your best team every week."]


def test_a_closed_quote_and_a_new_paragraph_end_it(nlp: Language) -> None:
    text = (
        '"We lost the game today," the coach said. The club plays again next week.\n\n'
        '"We lost the game today. It is a blow for the club.\n\nThe club plays again next week.'
    )
    assert inside(nlp, text) == ["It is a blow for the club."]
