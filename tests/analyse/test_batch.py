"""The process pool gives exactly what the in-process path gives."""

from generator.analyse.batch import MIN_ARTICLES_PER_WORKER, analyse_texts
from generator.analyse.options import AnalysisOptions


def test_two_workers_match_one() -> None:
    texts = [
        f"The mayor of Town {n}, Anne Roux, said {n} new homes would cost $2.{n}m. Work starts."
        for n in range(MIN_ARTICLES_PER_WORKER * 2)
    ]
    single = analyse_texts(texts, AnalysisOptions(), workers=1)
    pooled = analyse_texts(texts, AnalysisOptions(), workers=2)
    assert pooled == single
    assert len(single) == len(texts)
