import datetime as dt

from generator.entity_index import EntityResolver, collect_entities, letter_page
from generator.entity_rules import EMPTY_RULES
from generator.model import Mention, Sentence

SENTENCE = Sentence("Porto Vale.", 0, 11)


def mention(canonical: str, label: str) -> Mention:
    return Mention(canonical, label, canonical, 0, len(canonical), 0)


def test_a_minority_group_joins_the_majority_across_articles() -> None:
    articles = [
        ([mention("Porto Vale", "GPE")], [SENTENCE], dt.date(2024, 1, day)) for day in (1, 2, 3)
    ]
    articles.append(([mention("Porto Vale", "PERSON")], [SENTENCE], dt.date(2024, 1, 4)))
    entities = collect_entities(articles, EntityResolver(EMPTY_RULES), min_articles=2)
    assert [(e.group, e.name, len(e.appearances)) for e in entities] == [("place", "Porto Vale", 4)]


def test_two_common_readings_of_a_name_stay_apart() -> None:
    articles = [([mention("Jordan", "GPE")], [SENTENCE], None)] * 2
    articles += [([mention("Jordan", "PERSON")], [SENTENCE], None)] * 2
    entities = collect_entities(articles, EntityResolver(EMPTY_RULES), min_articles=2)
    assert [(e.group, e.name) for e in entities] == [("person", "Jordan"), ("place", "Jordan")]


def test_large_indexes_are_split_by_letter() -> None:
    names = [f"Name {index:03d}" for index in range(150)] + [f"Other {i:03d}" for i in range(151)]
    articles = [([mention(name, "PERSON")], [SENTENCE], None) for name in names]
    entities = collect_entities(articles, EntityResolver(EMPTY_RULES), min_articles=2)
    pages = {entity.index_page for entity in entities}
    assert pages == {"entities/n.md", "entities/o.md"}
    assert letter_page("1984") == "entities/0-9.md"
