"""The ranking building blocks, on hand-made vectors and scores, and the rankers on made-up
sentences that share no content word (so only the priors and cues tell them apart)."""

from __future__ import annotations

import pytest
from spacy.language import Language

from generator.analyse.summary.rankers import (
    MMR_PICKS,
    CentralitySummarizer,
    LeadSummarizer,
    NewsSummarizer,
    directed_similarity,
    order_by_mmr,
    rescale,
)


def test_lead_ranks_by_position() -> None:
    assert LeadSummarizer().rank([], [2, 5, 9]) == [-0.0, -1.0, -2.0]


def test_directed_similarity_splits_later_from_earlier() -> None:
    vectors = [{"a": 1.0}, {"b": 1.0}, {"a": 1.0}]
    later, earlier = directed_similarity(vectors)
    assert later == [1.0, 0.0, 0.0]
    assert earlier == [0.0, 0.0, 1.0]


def test_rescale_maps_onto_the_unit_interval() -> None:
    assert rescale([2.0, 4.0, 3.0]) == [0.0, 1.0, 0.5]
    assert rescale([7.0, 7.0]) == [0.0, 0.0]
    assert rescale([]) == []


def test_mmr_passes_over_a_duplicate() -> None:
    relevance = [1.0, 0.9, 0.5]
    vectors = [{"a": 1.0}, {"a": 1.0}, {"b": 1.0}]
    assert order_by_mmr(relevance, vectors, redundancy_weight=0.5) == [3.0, 1.0, 2.0]


def test_mmr_without_redundancy_weight_is_plain_relevance() -> None:
    relevance = [0.2, 0.9, 0.5]
    vectors = [{"a": 1.0}, {"a": 1.0}, {"a": 1.0}]
    assert order_by_mmr(relevance, vectors, redundancy_weight=0.0) == [1.0, 3.0, 2.0]


@pytest.mark.parametrize("size", [0, 1, 15])
def test_mmr_scores_every_candidate_once(size: int) -> None:
    scores = order_by_mmr([float(k % 4) for k in range(size)], [{}] * size, 0.25)
    assert sorted(scores) == [float(k) for k in range(1, size + 1)]


def test_mmr_ties_go_to_the_earlier_candidate() -> None:
    assert order_by_mmr([0.5, 0.5, 0.5], [{}, {}, {}], redundancy_weight=0.25) == [3.0, 2.0, 1.0]


def test_mmr_picks_ten_greedily_and_orders_the_rest_by_relevance() -> None:
    # Ten distinct strong candidates, then: 10 new but weak, 11 stronger but a copy of 0, 12 new
    # and weakest. Past the tenth pick redundancy no longer counts: 11 comes before 10.
    relevance = [1.0 - 0.01 * k for k in range(MMR_PICKS)] + [0.3, 0.5, 0.2]
    vectors = [{f"t{k}": 1.0} for k in range(MMR_PICKS)] + [{"z": 1.0}, {"t0": 1.0}, {"y": 1.0}]
    scores = order_by_mmr(relevance, vectors, redundancy_weight=0.25)
    assert scores == [13.0, 12.0, 11.0, 10.0, 9.0, 8.0, 7.0, 6.0, 5.0, 4.0, 2.0, 3.0, 1.0]


def test_centrality_scores_a_sentence_by_the_others_only(nlp: Language) -> None:
    # Neither sentence is like the other: both score nothing, whatever their own words (the
    # first has no content word at all), and the earlier one comes first.
    sentences = list(nlp("He said that it was all over. The bakery sold fresh bread.").sents)
    assert CentralitySummarizer().rank(sentences, [0, 1]) == [2.0, 1.0]


def test_news_ranking_weighs_lead_position_figures_and_connectives(nlp: Language) -> None:
    # With no word shared, a sentence's score is its lead prior 0.3 / (1 + position), plus 0.3
    # for a figure, minus 0.1 for an opening connective: 0.2, 0.15, 0.1 + 0.3, 0.075. This pins
    # the order, so the summary, at every length from one sentence to four.
    story = (
        "However, the bakery sold fresh bread to the village. "
        "The river flooded the old mill on Monday. "
        "Farmers paid $200 for each new tractor. "
        "A choir sang carols in the cathedral."
    )
    sentences = list(nlp(story).sents)
    assert NewsSummarizer().rank(sentences, [0, 1, 2, 3]) == [3.0, 2.0, 4.0, 1.0]


def test_a_centrality_weight_lifts_the_sentence_that_shares_most_with_the_others(
    nlp: Language,
) -> None:
    # The last sentence shares words with both before it: the most central, but it elaborates on
    # nothing after it. Off by default the news order stands (lead first); weighted, the central
    # sentence comes first and the lead last.
    story = (
        "The harbour opened on Monday. "
        "A choir sang carols in the cathedral. "
        "Passengers at the harbour praised the choir and its carols."
    )
    sentences = list(nlp(story).sents)
    assert NewsSummarizer().rank(sentences, [0, 1, 2]) == [3.0, 2.0, 1.0]
    assert NewsSummarizer(centrality_weight=4.0).rank(sentences, [0, 1, 2]) == [1.0, 2.0, 3.0]


@pytest.mark.parametrize(
    ("lede", "by_centrality"),
    [
        # A lede that names who did what: the article is read as a pyramid, centrality off.
        ("The Brockton council opened the harbour on Monday.", False),
        # A scene-setting lede: the article is read by centrality.
        ("The harbour smelled of rain.", True),
    ],
)
def test_the_news_lede_gate_applies_centrality_only_to_articles_without_a_news_lede(
    nlp: Language, lede: str, by_centrality: bool
) -> None:
    story = (
        f"{lede} "
        "A choir sang carols in the cathedral. "
        "Passengers at the harbour praised the choir and its carols."
    )
    sentences = list(nlp(story).sents)
    plain = NewsSummarizer().rank(sentences, [0, 1, 2])
    central = NewsSummarizer(centrality_weight=4.0).rank(sentences, [0, 1, 2])
    gated = NewsSummarizer(centrality_weight=4.0, centrality_gate="news_lede")
    assert plain != central
    assert gated.rank(sentences, [0, 1, 2]) == (central if by_centrality else plain)


def test_a_lede_bonus_keeps_a_news_lede_first_against_centrality(nlp: Language) -> None:
    story = (
        "The Brockton council opened the harbour on Monday. "
        "A choir sang carols in the cathedral. "
        "Passengers at the harbour praised the choir and its carols."
    )
    sentences = list(nlp(story).sents)
    assert NewsSummarizer(centrality_weight=4.0).rank(sentences, [0, 1, 2])[0] != 3.0
    ranked = NewsSummarizer(centrality_weight=4.0, lede_bonus=5.0).rank(sentences, [0, 1, 2])
    assert ranked[0] == 3.0


def test_the_central_lede_gate_reads_the_ledes_centrality(nlp: Language) -> None:
    # The lede shares one word with the others: more central than the choir sentence (0), less
    # than the last (1), so its rescaled centrality is strictly between 0 and 1.
    story = (
        "The harbour opened on Monday. "
        "A choir sang carols in the cathedral. "
        "Passengers at the harbour praised the choir and its carols."
    )
    sentences = list(nlp(story).sents)
    plain = NewsSummarizer().rank(sentences, [0, 1, 2])
    central = NewsSummarizer(centrality_weight=4.0).rank(sentences, [0, 1, 2])

    def gated(threshold: float) -> list[float]:
        summarizer = NewsSummarizer(
            centrality_weight=4.0, centrality_gate="central_lede", lede_threshold=threshold
        )
        return summarizer.rank(sentences, [0, 1, 2])

    assert gated(0.0) == plain
    assert gated(1.0) == central


def test_news_ranking_of_no_candidates_is_empty(nlp: Language) -> None:
    assert NewsSummarizer().rank(list(nlp("The harbour opened.").sents), []) == []
