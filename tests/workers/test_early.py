"""A new article analysed in the background worker gets exactly the in-process analysis."""

from generator.model.settings import AnalysisOptions
from generator.workers.dispatch import analyse_texts
from generator.workers.early import BackgroundAnalysis

TEXTS = [
    "The mayor of Lyon, Anne Roux, said 40 new homes would cost $2.5m. Work starts in May.",
    "Shares in Acme rose 12% on Monday after the firm said profits doubled.",
]


def test_the_worker_gives_what_this_process_gives() -> None:
    background = BackgroundAnalysis(AnalysisOptions())
    for text in TEXTS:
        background.submit(text, None)
    assert len(background) == len(TEXTS)
    assert background.results() == analyse_texts(TEXTS, AnalysisOptions())


def test_nothing_submitted_starts_nothing() -> None:
    background = BackgroundAnalysis(AnalysisOptions())
    assert background.results() == []
