"""The analyse stage: every article's cleaned text through one spaCy pass."""

from __future__ import annotations

import datetime as dt
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
    texts: Sequence[str],
    options: AnalysisOptions,
    dates: Sequence[dt.date | None] | None = None,
    *,
    progress: bool = False,
) -> list[Analysis | AnalysisFailure]:
    """Analyse cleaned texts in order, each with its article's date; one result per text."""
    if not texts:
        return []
    nlp = load_pipeline()
    dated = zip(texts, dates if dates is not None else [None] * len(texts), strict=True)
    docs = nlp.pipe(dated, batch_size=BATCH_SIZE, as_tuples=True)
    results: list[Analysis | AnalysisFailure] = []
    bar = tqdm(docs, total=len(texts), desc="Analysing", unit="article", disable=not progress)
    for doc, date in bar:
        try:
            results.append(analyse_doc(doc, options, date))
        except Exception as error:  # noqa: BLE001 - one article's bug must not sink the site
            results.append(AnalysisFailure(f"analysis failed: {type(error).__name__}: {error}"))
    return results
