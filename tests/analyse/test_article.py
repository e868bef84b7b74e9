"""One article's analysis: where its title, summary and TL;DR come from."""

from __future__ import annotations

import datetime as dt

import pytest
from spacy.language import Language

from generator.analyse.article import analyse_doc
from generator.model.settings import AnalysisOptions

STORY = (
    "The town council approved a new library on Tuesday. "
    "It will cost $4 million and open in 2026. "
    "The old library building will become a community arts center next year."
)


@pytest.mark.parametrize("summarizer", ["news", "lead", "centrality"])
def test_the_title_is_the_same_whatever_the_summarizer(nlp: Language, summarizer: str) -> None:
    analysis = analyse_doc(nlp(STORY), AnalysisOptions(summarizer=summarizer))
    assert analysis.title == "The town council approved a new library on Tuesday"


def test_the_tldr_is_the_best_sentence_that_stands_on_its_own(nlp: Language) -> None:
    analysis = analyse_doc(nlp(STORY), AnalysisOptions(summarizer="lead"))
    assert analysis.tldr == "The town council approved a new library on Tuesday."


def test_an_article_without_a_sentence_is_named_by_its_first_words(nlp: Language) -> None:
    analysis = analyse_doc(nlp("Match results\n\nSmith 2, Jones 1"), AnalysisOptions())
    assert (analysis.title, analysis.summary, analysis.tldr) == ("Match results", (), "")


def test_figures_are_dated_by_the_article_date(nlp: Language) -> None:
    doc = nlp("The bank lent $5bn last year.")
    analysis = analyse_doc(doc, AnalysisOptions(), article_date=dt.date(2005, 3, 1))
    assert [(figure.text, figure.date) for figure in analysis.figures] == [("$5bn", "2004")]
