"""The entities an entity page shows as "mentioned with": those sharing the most articles.

Part of the collect stage, apart from `entity_index` because it is the one step that runs over
every pair of entities that share an article: thousands for a prime minister.
"""

from __future__ import annotations

from collections import Counter

from generator.collect.entity_resolver import EntityKey

CO_MENTIONS_SHOWN = 10


def most_shared(
    partners: Counter[EntityKey], name_of: dict[EntityKey, str]
) -> list[tuple[EntityKey, int]]:
    """The same as sorted(partners.items(), by count then name)[:CO_MENTIONS_SHOWN].

    A big entity has thousands of partners, most sharing one article with it: only those that
    share at least the tenth largest count are sorted, and the many tied at that count by name
    alone, with no Python function called per partner.
    """
    if len(partners) <= CO_MENTIONS_SHOWN:
        return sorted(partners.items(), key=lambda item: (-item[1], name_of[item[0]]))
    least = sorted(partners.values(), reverse=True)[CO_MENTIONS_SHOWN - 1]
    above = sorted(
        [item for item in partners.items() if item[1] > least],
        key=lambda item: (-item[1], name_of[item[0]]),
    )
    tied = [key for key, count in partners.items() if count == least]
    tied.sort(key=name_of.__getitem__)
    return above + [(key, least) for key in tied[: CO_MENTIONS_SHOWN - len(above)]]
