"""The process pool gives exactly what the in-process path gives."""

from generator.model.analysis import AnalysisJob
from generator.model.settings import AnalysisOptions
from generator.workers.dispatch import MIN_ARTICLES_PER_WORKER, analyse_texts
from generator.workers.pool import CHUNK_SIZE, LAST_CHUNK_SIZE, chunk_articles


def test_two_workers_match_one() -> None:
    texts = [
        f"The mayor of Town {n}, Anne Roux, said {n} new homes would cost $2.{n}m. Work starts."
        for n in range(MIN_ARTICLES_PER_WORKER * 2)
    ]
    single = analyse_texts(texts, AnalysisOptions(), workers=1)
    pooled = analyse_texts(texts, AnalysisOptions(), workers=2)
    assert pooled == single
    assert len(single) == len(texts)


def test_chunks_keep_every_article_in_order_and_shrink_at_the_end() -> None:
    dated = [AnalysisJob(f"text {n}", None) for n in range(500)]
    chunks = chunk_articles(dated, workers=2)
    assert [item for chunk in chunks for item in chunk] == dated
    assert max(len(chunk) for chunk in chunks) == CHUNK_SIZE
    assert all(len(chunk) <= LAST_CHUNK_SIZE for chunk in chunks[-4:])
