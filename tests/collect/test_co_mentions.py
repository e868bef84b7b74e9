import random
from collections import Counter

from generator.collect.co_mentions import CO_MENTIONS_SHOWN, most_shared

Key = tuple[str, str]


def ranked_in_full(articles: list[list[Key]], itself: Key) -> list[tuple[Key, int]]:
    """Every partner by shared articles, then by the newest shared article, then by first
    mention in it: the whole ranking, cut afterwards."""
    partners: Counter[Key] = Counter(key for keys in articles for key in keys)
    del partners[itself]
    seen: dict[Key, int] = {}
    for keys in articles:
        for key in keys:
            seen.setdefault(key, len(seen))
    return sorted(partners.items(), key=lambda item: (-item[1], seen[item[0]]))


def shared_counts(articles: list[list[Key]], itself: Key) -> Counter[Key]:
    partners: Counter[Key] = Counter(key for keys in articles for key in keys)
    del partners[itself]
    return partners


def test_equal_counts_go_to_the_partner_seen_more_lately_never_by_name() -> None:
    blair, afghanistan, hitler, iraq = (
        ("person", "tony-blair"),
        ("place", "afghanistan"),
        ("person", "adolf-hitler"),
        ("place", "iraq"),
    )
    # Newest article first: Iraq is in the newest, Hitler only in the oldest.
    articles = [
        [iraq, blair],
        [afghanistan, blair],
        [blair, hitler, iraq],
        [hitler, afghanistan, blair],
    ]
    ranked = most_shared(shared_counts(articles, blair), articles)
    assert ranked == [(iraq, 2), (afghanistan, 2), (hitler, 2)]


def test_within_one_article_the_partner_named_first_goes_first() -> None:
    itself, zed, abel = ("person", "kim"), ("person", "zed"), ("person", "abel")
    articles = [[zed, itself, abel]]
    assert most_shared(shared_counts(articles, itself), articles) == [(zed, 1), (abel, 1)]


def test_more_shared_articles_rank_higher_whatever_their_recency() -> None:
    itself, new, old = ("place", "x"), ("place", "new"), ("place", "old")
    articles = [[itself, new], [itself, old], [itself, old]]
    assert most_shared(shared_counts(articles, itself), articles) == [(old, 2), (new, 1)]


def test_the_partners_shown_are_the_head_of_the_full_ranking() -> None:
    chooser = random.Random(5)  # noqa: S311 - made-up test data, not a secret
    itself: Key = ("person", "self")
    keys: list[Key] = [("place", f"k{n}") for n in range(40)]
    for size in (1, 3, 12, 60):
        for spread in (4, 15, 40):
            articles = [
                [itself, *chooser.sample(keys[:spread], chooser.randint(0, min(spread, 8)))]
                for _ in range(size)
            ]
            for keys_of_one in articles:
                chooser.shuffle(keys_of_one)
            expected = ranked_in_full(articles, itself)[:CO_MENTIONS_SHOWN]
            assert most_shared(shared_counts(articles, itself), articles) == expected


def test_no_partner_ranks_nothing() -> None:
    assert most_shared(Counter(), [[("person", "alone")]]) == []
