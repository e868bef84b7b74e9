"""Stories: the articles that report the same event, grouped.

Two articles tell one story when their distinctive words (each article's own leading TF-IDF
words: the names, places and terms of its news) overlap enough, and, when both are dated, when
they appeared within a few days of each other. The pairs make a graph; each connected group is
split again by average linkage, so that a chain of pairs (A like B, B like C) cannot join two
events that share nothing. The threshold was chosen by cross-validation on labelled pairs of
BBC and Wikinews articles (`bench/topics.md`).
"""

from __future__ import annotations

import datetime as dt
import math
from collections.abc import Sequence

import numpy as np
from scipy import sparse
from scipy.cluster.hierarchy import fcluster, linkage
from scipy.sparse.csgraph import connected_components
from scipy.spatial.distance import squareform

from generator.collect.topics import Story

# An article's own words: enough for its names and terms, few enough to leave out the topic's.
OWN_WORDS = 30
# How alike two articles' own words must be (cosine) to tell one story on a large site, and how
# much more on a small one (`story_threshold`). Chosen by cross-validation on labelled pairs
# placed in sites of 150, 600 and 2,326 articles (`bench/topics.md`): the folds, asked for
# precision of 0.85 at every size and then the most stories, chose a margin of 0.05 over 0.4 and
# over 0.45; held out, 0.4 keeps a precision of 0.82-0.86 and finds more stories.
SAME_STORY = 0.4
SMALL_SITE_MARGIN = 0.05
LARGE_SITE = 2000
# Dated articles further apart than this are two stories, however alike.
STORY_DAYS = 14
# The words a story page names the story by.
STORY_WORDS = 5


def find_stories(
    keys: Sequence[str],
    dates: Sequence[dt.date | None],
    weights: sparse.csr_matrix,
    words: Sequence[str],
    *,
    threshold: float | None = None,
) -> tuple[Story, ...]:
    """The stories of two or more articles among `keys` (with their dates and TF-IDF rows);
    `threshold` is how alike two articles must be (cosine of their own words), by default
    `story_threshold` of the site's size."""
    if threshold is None:
        threshold = story_threshold(len(keys))
    own = own_words(weights)
    days = np.array([date.toordinal() if date else 0 for date in dates], dtype=np.int64)
    dated = np.array([date is not None for date in dates])
    # Each pair once, as a sparse matrix: a dense one would take n² numbers, gigabytes at the
    # ten thousand articles of a large site, for pairs nearly all of which share no own word.
    pairs = sparse.triu(own @ own.T, k=1).tocoo()
    linked = (pairs.data >= threshold) & ~_apart(pairs.row, pairs.col, days, dated)
    graph = sparse.coo_matrix(
        (np.ones(int(linked.sum())), (pairs.row[linked], pairs.col[linked])),
        shape=own.shape[:1] * 2,
    )
    count, labels = connected_components(graph, directed=False)
    stories = []
    by_group = np.argsort(labels, kind="stable")
    starts = np.searchsorted(labels[by_group], np.arange(count + 1))
    for group in range(count):
        members = by_group[starts[group] : starts[group + 1]]
        if len(members) < 2:
            continue
        for part in _split_chains(members, _alikeness(members, own, days, dated), threshold):
            stories.append(_story(part, keys, dates, own, words))
    date_of = dict(zip(keys, dates, strict=True))
    return tuple(sorted(stories, key=lambda story: _newest_first(story, date_of)))


def _apart(one: np.ndarray, other: np.ndarray, days: np.ndarray, dated: np.ndarray) -> np.ndarray:
    """Which pairs are both dated and further apart than `STORY_DAYS`."""
    far: np.ndarray = (np.abs(days[one] - days[other]) > STORY_DAYS) & dated[one] & dated[other]
    return far


def _alikeness(
    members: np.ndarray, own: sparse.csr_matrix, days: np.ndarray, dated: np.ndarray
) -> np.ndarray:
    """How alike each two of a group's articles are (a dense matrix of the group only)."""
    rows = own[members]
    alike = np.asarray((rows @ rows.T).todense())
    np.fill_diagonal(alike, 0.0)
    one, other = np.meshgrid(members, members, indexing="ij")
    # Far below any threshold, so that no average over a group can bridge them either.
    alike[_apart(one, other, days, dated)] = -1000.0
    return alike


def story_threshold(articles: int) -> float:
    """`SAME_STORY` on a site of `LARGE_SITE` articles or more, up to `SMALL_SITE_MARGIN` more
    on one of a tenth of that or less: the fewer the articles, the rarer a topic's common words
    ("oil", "prices") seem to TF-IDF, and two reports of one topic on different days look like
    reports of one event."""
    smallness = min(1.0, max(0.0, math.log10(LARGE_SITE / max(articles, 1))))
    return SAME_STORY + SMALL_SITE_MARGIN * smallness


def own_words(weights: sparse.csr_matrix) -> sparse.csr_matrix:
    """Each row cut to its `OWN_WORDS` heaviest words and scaled to unit length again."""
    rows = weights.tocoo()
    # Heaviest first within each row, ties broken by column so the cut never depends on a sort.
    order = np.lexsort((rows.col, -rows.data, rows.row))
    row, col, value = rows.row[order], rows.col[order], rows.data[order]
    starts = np.searchsorted(row, row, side="left")
    keep = (np.arange(len(row)) - starts) < OWN_WORDS
    cut = sparse.csr_matrix((value[keep], (row[keep], col[keep])), shape=weights.shape)
    norms = np.sqrt(np.asarray(cut.multiply(cut).sum(axis=1)).ravel())
    norms[norms == 0.0] = 1.0
    return sparse.csr_matrix(sparse.diags(1.0 / norms) @ cut)


def _split_chains(members: np.ndarray, alike: np.ndarray, threshold: float) -> list[np.ndarray]:
    """`members` split by average linkage; `alike` is theirs (`_alikeness`)."""
    if len(members) == 2:
        return [members]
    # Two copies of one text are a hair more alike than 1.0 in floating point.
    distances = np.maximum(1.0 - alike, 0.0)
    np.fill_diagonal(distances, 0.0)
    tree = linkage(squareform(distances, checks=False), method="average")
    parts = fcluster(tree, t=1.0 - threshold, criterion="distance")
    groups = [members[parts == part] for part in sorted(set(parts.tolist()))]
    return [group for group in groups if len(group) >= 2]


def _story(
    members: np.ndarray,
    keys: Sequence[str],
    dates: Sequence[dt.date | None],
    own: sparse.csr_matrix,
    words: Sequence[str],
) -> Story:
    ordered = sorted(members.tolist(), key=lambda i: _oldest_first(dates[i], keys[i]))
    # The words most of its articles own, heaviest first.
    rows = own[ordered]
    shared = (
        np.asarray((rows > 0).sum(axis=0)).ravel() * 1000.0 + np.asarray(rows.sum(axis=0)).ravel()
    )
    top = [i for i in np.lexsort((np.arange(len(shared)), -shared))[:STORY_WORDS] if shared[i] > 0]
    return Story(keys[ordered[0]], tuple(keys[i] for i in ordered), tuple(words[i] for i in top))


def _oldest_first(date: dt.date | None, key: str) -> tuple[bool, int, str]:
    return (date is None, date.toordinal() if date else 0, key)


def _newest_first(story: Story, date_of: dict[str, dt.date | None]) -> tuple[bool, int, str]:
    newest = max((d for key in story.articles if (d := date_of[key])), default=None)
    return (newest is None, -newest.toordinal() if newest else 0, story.first)
