"""One article's analysis: a parsed `Doc` in, an `Analysis` out."""

from __future__ import annotations

from dataclasses import dataclass

from spacy.tokens import Doc

from generator.analyse.entities import ENTITY_LABELS, find_mentions
from generator.analyse.figures import find_figures
from generator.analyse.keyphrases import find_key_phrases
from generator.analyse.summarise import SUMMARIZERS, summarize, summary_length
from generator.analyse.title import derive_title
from generator.model import Analysis, Sentence


@dataclass(frozen=True, slots=True)
class AnalysisOptions:
    """The settings that change an analysis; part of every cache key."""

    summarizer: str = "news"
    summary_sentences: int | None = None
    entity_labels: frozenset[str] = ENTITY_LABELS


def _sentence(text: str, start: int) -> Sentence:
    # spaCy keeps the whitespace after a sentence inside it; quotes and offsets do without.
    lead = len(text) - len(text.lstrip())
    stripped = text.strip()
    return Sentence(stripped, start + lead, start + lead + len(stripped))


def analyse_doc(doc: Doc, options: AnalysisOptions) -> Analysis:
    """Summary, entities, figures and title of one parsed article."""
    sentences = tuple(_sentence(span.text, span.start_char) for span in doc.sents)
    count = options.summary_sentences or summary_length(len(sentences))
    summarizer = SUMMARIZERS[options.summarizer]()
    return Analysis(
        title=derive_title(doc),
        sentences=sentences,
        summary=summarize(doc, summarizer, count),
        mentions=find_mentions(doc, options.entity_labels),
        figures=find_figures(doc),
        word_count=sum(1 for token in doc if token.is_alpha or token.like_num),
        key_phrases=find_key_phrases(doc),
    )
