"""Whether a surname's articles and a full name's articles are about the same part of the news.

Part of the collect stage (see `name_merges`). A site that names one Fletcher in full (a
novelist) does not make every "Fletcher" hers: the West Ham player in a match report is
another. A surname joins a full name from other articles only when the articles are about
related news: one article names both, or the two sets of articles name something in common
that few articles name ("Bush" and "George W. Bush" beside "Congress" or "Fallujah"); when one
side names nothing such, nothing tells the stories apart and the one full name stands. Names
in many articles ("UK", "BBC", "British") are shared by unrelated news and tell nothing.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping

from generator.collect.entity_groups import EntityKey
from generator.collect.site_entity import Merge, SiteEntity, final_key

# A name in at most this share of the site's articles (or in MIN_TELLING_ARTICLES) ties two
# articles to one story; one in more ("UK", "BBC") is named across unrelated news.
TELLING_SHARE = 0.05
MIN_TELLING_ARTICLES = 3


class NewsContext:
    """The names each article shares with few others, after the merges made so far."""

    def __init__(
        self,
        entities: Iterable[SiteEntity],
        merged: Mapping[EntityKey, Merge],
        articles_of: Mapping[EntityKey, frozenset[int]],
    ) -> None:
        self._articles_of = articles_of
        site = len(set().union(*articles_of.values())) if articles_of else 0
        most = max(MIN_TELLING_ARTICLES, int(site * TELLING_SHARE))
        self._named: dict[int, set[EntityKey]] = {}
        for entity in entities:
            key = final_key(merged, entity.key)
            if len(articles_of.get(key, ())) <= most:
                for article in entity.articles:
                    self._named.setdefault(article, set()).add(key)

    def relates(self, short: SiteEntity, target: EntityKey) -> bool:
        """True when an article names both, or `short`'s articles and `target`'s name a
        telling name in common other than the two, or one side names no other telling name."""
        theirs = self._articles_of.get(target, frozenset())
        if short.articles & theirs:
            return True
        around_short = self._names_in(short.articles) - {short.key, target}
        around_target = self._names_in(theirs) - {short.key, target}
        if not around_short or not around_target:
            return True  # nothing else named on one side: nothing tells the stories apart
        return bool(around_short & around_target)

    def _names_in(self, articles: Iterable[int]) -> set[EntityKey]:
        named: set[EntityKey] = set()
        for article in articles:
            named |= self._named.get(article, set())
        return named
