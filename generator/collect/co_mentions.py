"""The entities an entity page shows as "mentioned with": those sharing the most articles.

Part of the collect stage, apart from `entity_index` because it is the one step that runs over
every pair of entities that share an article: thousands for a prime minister.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable, Sequence

from generator.collect.entity_resolver import EntityKey

CO_MENTIONS_SHOWN = 10


def most_shared(
    partners: Counter[EntityKey], articles: Iterable[Sequence[EntityKey]]
) -> list[tuple[EntityKey, int]]:
    """The `CO_MENTIONS_SHOWN` partners sharing the most articles, most first; among equals the
    one seen in the newer shared article first, and within one article the one named first.

    `partners` counts the shared articles; `articles` gives the keys of those articles, newest
    first, each article's in order of first mention (keys not in `partners` are passed over).
    A name's place in the alphabet says nothing about the entity, so it never ranks one: what a
    reader follows is how often, then how lately, the two were in the news together.

    A big entity has thousands of partners, most sharing one article with it: only those that
    share at least the tenth largest count are ranked, and the walk through the articles stops
    once each of them is placed.
    """
    if not partners:
        return []
    counts = sorted(partners.values(), reverse=True)[:CO_MENTIONS_SHOWN]
    least = counts[-1]
    above = sum(1 for count in counts if count > least)
    tied = len(counts) - above  # how many of those sharing exactly `least` are shown
    placed: dict[EntityKey, int] = {}
    found_above = found_tied = 0
    for keys in articles:
        for key in keys:
            count = partners.get(key, 0)
            if count < least or key in placed:
                continue
            if count > least:
                found_above += 1
            elif found_tied < tied:
                found_tied += 1
            else:
                continue
            placed[key] = len(placed)
        if found_above == above and found_tied == tied:
            break
    return sorted(((key, partners[key]) for key in placed), key=lambda p: (-p[1], placed[p[0]]))
