"""Tiny hand-made articles and analyses, so collect and render are tested without a model."""

from __future__ import annotations

import datetime as dt

from generator.model.analysis import Analysis, Figure, Mention, Sentence
from generator.model.article import Article, ArticleMeta, CleanText


def make_article(path: str, body: str, **meta: object) -> Article:
    return Article(path=path, body=body, meta=ArticleMeta(**meta))  # type: ignore[arg-type]


def make_analysis(
    text: str,
    *,
    title: str = "A title",
    entities: tuple[tuple[str, ...], ...] = (),
    figures: tuple[Figure, ...] = (),
    summary: tuple[int, ...] = (0,),
) -> Analysis:
    """An analysis of `text` whose sentences end at each full stop and whose mentions are the
    first occurrence of each (text, label, canonical) given, or (text, label, canonical, cue)."""
    sentences: list[Sentence] = []
    start = 0
    for index, char in enumerate(text):
        if char == "." and (index + 1 == len(text) or text[index + 1] == " "):
            sentences.append(Sentence(text[start : index + 1], start, index + 1))
            start = index + 2
    mentions = []
    for surface, label, canonical, *cue in entities:
        offset = text.index(surface)
        sentence = next(i for i, s in enumerate(sentences) if s.start <= offset < s.end)
        end = offset + len(surface)
        mentions.append(Mention(surface, label, canonical, offset, end, sentence, *cue))
    return Analysis(
        title=title,
        sentences=tuple(sentences),
        summary=summary,
        mentions=tuple(sorted(mentions, key=lambda m: m.start)),
        figures=figures,
        word_count=len(text.split()),
    )


def make_entry_input(
    path: str, text: str, date: dt.date | None = None, **kwargs: object
) -> tuple[Article, CleanText, Analysis]:
    meta_keys = {"title", "slug", "summary", "source", "url", "author", "license", "tags"}
    meta = {k: v for k, v in kwargs.items() if k in meta_keys}
    rest = {k: v for k, v in kwargs.items() if k not in meta_keys}
    article = make_article(path, text, date=date, **meta)
    return article, CleanText(text), make_analysis(text, **rest)  # type: ignore[arg-type]


def make_figure(value: float, unit: str, **fields: object) -> Figure:
    defaults: dict[str, object] = {
        "text": "x",
        "change": "=",
        "concept": "",
        "kind": "count",
        "notable": True,
        "start": 0,
        "end": 1,
        "sentence": 0,
    }
    defaults.update(fields)
    return Figure(value=value, unit=unit, **defaults)  # type: ignore[arg-type]
