"""The ranking building blocks, on hand-made vectors and scores."""

from __future__ import annotations

import pytest

from generator.analyse.summary.rankers import (
    LeadSummarizer,
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
