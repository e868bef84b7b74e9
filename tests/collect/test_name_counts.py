from generator.collect.name_counts import NameCounts, count_names
from generator.model.analysis import Mention


def test_names_are_counted_in_order_of_first_mention_with_the_earliest_start() -> None:
    mentions = (
        Mention("Xi", "PERSON", "Xi Jinping", 40, 42, 2),
        Mention("Moscow", "GPE", "Moscow", 20, 26, 1),
        Mention("Xi Jinping", "PERSON", "Xi Jinping", 0, 10, 0),
        Mention("Xi", "PERSON", "Xi Jinping", 0, 2, 0),  # same start: the one listed first wins
    )
    xi, moscow = count_names(mentions)
    assert (xi.canonical, xi.count, xi.texts) == ("Xi Jinping", 3, frozenset({"Xi", "Xi Jinping"}))
    assert xi.first[2] is mentions[2]
    assert (moscow.canonical, moscow.count, moscow.first[2]) == ("Moscow", 1, mentions[1])


def test_counts_are_made_once_per_tuple_of_mentions() -> None:
    counts = NameCounts()
    mentions = (Mention("Rome", "GPE", "Rome", 0, 4, 0),)
    assert counts.of(mentions) is counts.of(mentions)
    assert counts.of(tuple(mentions)) == count_names(mentions)
