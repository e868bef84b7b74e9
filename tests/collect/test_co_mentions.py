from collections import Counter

from generator.collect.co_mentions import CO_MENTIONS_SHOWN, most_shared


def test_the_partners_shown_are_the_most_shared_then_by_name() -> None:
    keys = [("place", f"k{n}") for n in range(40)]
    name_of = {key: f"Name {(n * 7) % 13}" for n, key in enumerate(keys)}
    for counts in ([1] * 40, [n % 4 for n in range(40)], [40 - n for n in range(40)], [2] * 5):
        partners = Counter(dict(zip(keys, counts, strict=False)))
        expected = sorted(partners.items(), key=lambda item: (-item[1], name_of[item[0]]))
        assert most_shared(partners, name_of) == expected[:CO_MENTIONS_SHOWN]
