"""The project's pipeline: spaCy's own lemmas, found faster; sentences that start at paragraphs."""

from __future__ import annotations

import spacy
from spacy.language import Language

from generator.analyse.nlp.loader import MODEL_NAMES

TEXT = (
    "The councils approved the budgets. She told me they'd been rising, and the mayor's aides "
    "were saying it was better than feared.\n\nThe councils' budgets rose again; the aides said "
    "so. I'm told the data were worse, and he'd have said so. Prices fell as shares slumped."
)


def test_lemmas_match_the_stock_lemmatizer(nlp: Language) -> None:
    stock = next(spacy.load(name) for name in MODEL_NAMES if spacy.util.is_package(name))
    stock.add_pipe("paragraph_sentences", before="parser")  # the same parse on both sides
    word_lists = stock.get_pipe("lemmatizer").lookups.get_table("lemma_index").values()
    assert all(isinstance(words, list) for words in word_lists)  # spaCy's, untouched
    ours = [(token.text, token.lemma_) for token in nlp(TEXT)]
    assert ours == [(token.text, token.lemma_) for token in stock(TEXT)]
    assert {("budgets", "budget"), ("rose", "rise"), ("slumped", "slump")} <= set(ours)


def test_a_blank_line_starts_a_sentence(nlp: Language) -> None:
    doc = nlp("Leaders met to promote peace talks\n\nThe talks resume on Monday.")
    assert [sent.text.strip() for sent in doc.sents] == [
        "Leaders met to promote peace talks",
        "The talks resume on Monday.",
    ]
