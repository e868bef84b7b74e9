"""The analyse stage: every article's cleaned text through one spaCy pass."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from tqdm import tqdm

from generator.analyse.article import AnalysisOptions, analyse_doc
from generator.analyse.nlp import load_pipeline
from generator.model import Analysis

BATCH_SIZE = 32


@dataclass(frozen=True, slots=True)
class AnalysisFailure:
    """An article whose analysis raised; the others carry on."""

    reason: str


def analyse_texts(
    texts: Sequence[str], options: AnalysisOptions, *, progress: bool = False
) -> list[Analysis | AnalysisFailure]:
    """Analyse cleaned texts in order; one result per text, never fewer."""
    if not texts:
        return []
    nlp = load_pipeline()
    docs = nlp.pipe(texts, batch_size=BATCH_SIZE)
    results: list[Analysis | AnalysisFailure] = []
    bar = tqdm(docs, total=len(texts), desc="Analysing", unit="article", disable=not progress)
    for doc in bar:
        try:
            results.append(analyse_doc(doc, options))
        except Exception as error:  # noqa: BLE001 - one article's bug must not sink the site
            results.append(AnalysisFailure(f"analysis failed: {type(error).__name__}: {error}"))
    return results
