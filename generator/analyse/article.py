"""One article's analysis: a parsed `Doc` in, an `Analysis` out."""

from __future__ import annotations

import datetime as dt

from spacy.tokens import Doc

from generator.analyse.entities.mentions import find_mentions
from generator.analyse.figures.amounts import find_figures
from generator.analyse.keyphrases import find_key_phrases
from generator.analyse.summary.summarise import (
    SUMMARIZERS,
    rank_sentences,
    select_summary,
    summary_length,
)
from generator.analyse.summary.title import first_words, headline, tldr_from_ranking
from generator.analyse.timeline.dates import find_dates
from generator.model.analysis import Analysis, Sentence
from generator.model.settings import AnalysisOptions


def _sentence(text: str, start: int) -> Sentence:
    # spaCy keeps the whitespace after a sentence inside it; quotes and offsets do without.
    lead = len(text) - len(text.lstrip())
    stripped = text.strip()
    return Sentence(stripped, start + lead, start + lead + len(stripped))


def analyse_doc(
    doc: Doc, options: AnalysisOptions, article_date: dt.date | None = None
) -> Analysis:
    """Summary, entities, figures, dates and title of one parsed article.

    `article_date` anchors relative dates ("next Monday"); without it they stay unresolved.
    """
    spans = list(doc.sents)
    count = options.summary_sentences or summary_length(len(spans))
    ranking = rank_sentences(doc, SUMMARIZERS[options.summarizer]())
    # The title comes from the lede whatever the ranking, so tuning the summary never moves it;
    # an article with no sentence to make one from is named by its first words, not its file.
    title = headline(spans) or first_words(doc.text)
    # Figures take the year they refer to from the same resolved dates ("last year").
    dates = find_dates(doc, article_date)
    return Analysis(
        title=title,
        sentences=tuple(_sentence(span.text, span.start_char) for span in spans),
        summary=select_summary(spans, ranking, count),
        mentions=find_mentions(doc, options.entity_labels),
        figures=find_figures(doc, dates),
        word_count=sum(1 for token in doc if token.is_alpha or token.like_num),
        key_phrases=find_key_phrases(doc),
        tldr=tldr_from_ranking(spans, ranking),
        dates=dates,
    )
