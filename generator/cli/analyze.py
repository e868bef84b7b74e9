"""The `analyze` contract: JSON records in, one JSON object per article out.

This is the machine-readable face of the analysis that the evaluation tools drive. Offsets are
mapped back through cleaning and the date line or front matter, so they index the text as given.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

from generator.incremental.analyses import analyse_jobs
from generator.incremental.analysis_cache import AnalysisCache
from generator.ingest.clean import NOTHING_LEFT, clean_body
from generator.ingest.seeds import SeedError, parse_article
from generator.model.analysis import Analysis, AnalysisFailure, AnalysisJob
from generator.model.article import Article, CleanText
from generator.model.settings import AnalysisOptions


@dataclass(frozen=True, slots=True)
class Record:
    id: str
    text: str
    date: str | None = None  # used when the text itself names no date
    error: str | None = None  # set when the record could not even be read


def analyse_records(
    records: Sequence[Record],
    options: AnalysisOptions,
    max_chars: int,
    *,
    cache: AnalysisCache | None = None,
    workers: int = 1,
    progress: bool = False,
    cluster: str | None = None,
) -> list[dict[str, Any]]:
    """One output object per record, in input order; failures carry `error` and empty lists."""
    prepared: list[tuple[Article, CleanText] | str] = []
    for record in records:
        if record.error is not None:
            prepared.append(record.error)
            continue
        try:
            article = parse_article(record.text, record.id, max_chars)
            if record.date and article.meta.date is None:
                date = dt.date.fromisoformat(record.date)
                article = dataclasses.replace(
                    article, meta=dataclasses.replace(article.meta, date=date)
                )
        except SeedError as error:
            prepared.append(error.reason)
            continue
        except ValueError as error:
            prepared.append(f"invalid date {record.date!r}: {error}")
            continue
        clean = clean_body(article.body)
        prepared.append((article, clean) if clean is not None else NOTHING_LEFT)
    ready = [item for item in prepared if not isinstance(item, str)]
    jobs = [AnalysisJob(clean.text, article.meta.date) for article, clean in ready]
    cache = cache or AnalysisCache(None)
    results = iter(
        analyse_jobs(jobs, options, cache, workers=workers, progress=progress, cluster=cluster)
    )
    outputs = []
    for record, item in zip(records, prepared, strict=True):
        if isinstance(item, str):
            outputs.append(failed_record(record.id, item))
            continue
        result = next(results)
        if isinstance(result, AnalysisFailure):
            outputs.append(failed_record(record.id, result.reason))
        else:
            outputs.append(analysis_record(record.id, *item, result))
    return outputs


def failed_record(record_id: str, reason: str) -> dict[str, Any]:
    return {
        "id": record_id,
        "error": reason,
        "title": "",
        "summary": [],
        "entities": [],
        "figures": [],
    }


def analysis_record(
    record_id: str, article: Article, clean: CleanText, analysis: Analysis
) -> dict[str, Any]:
    def span(start: int, end: int) -> tuple[int, int]:
        original_start, original_end = clean.span_to_original(start, end)
        return article.body_offset + original_start, article.body_offset + original_end

    entities = []
    for mention in analysis.mentions:
        start, end = span(mention.start, mention.end)
        entities.append(
            {
                "text": mention.text,
                "label": mention.label,
                "canonical": mention.canonical,
                "start": start,
                "end": end,
            }
        )
    figures = []
    for figure in analysis.figures:
        fields = dataclasses.asdict(figure)
        fields["start"], fields["end"] = span(figure.start, figure.end)
        figures.append(fields)
    return {
        "id": record_id,
        "title": article.meta.title or analysis.title,
        "date": article.meta.date.isoformat() if article.meta.date else None,
        "summary": [analysis.sentences[i].text for i in analysis.summary],
        "tldr": analysis.tldr,
        "key_phrases": list(analysis.key_phrases),
        "entities": entities,
        "figures": figures,
        "dates": [
            {
                "text": d.text,
                "resolved": d.resolved,
                "start": span(d.start, d.end)[0],
                "end": span(d.start, d.end)[1],
            }
            for d in analysis.dates
        ],
        "removed": [
            {"reason": r.reason, "text": r.text, "start": article.body_offset + r.start}
            for r in clean.removals
        ],
    }
