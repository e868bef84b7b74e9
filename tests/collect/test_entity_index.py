import datetime as dt
import os
import subprocess
import sys

from generator.collect.entity_index import EntityResolver, collect_entities, letter_page
from generator.collect.entity_rules import EMPTY_RULES
from generator.model.analysis import Mention, Sentence

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


def test_aliases_differing_only_in_case_come_in_one_order_whatever_the_hash_seed() -> None:
    # Sets iterate in an order that changes with PYTHONHASHSEED; the page must not.
    script = (
        "from generator.collect.entity_index import EntityResolver, collect_entities\n"
        "from generator.collect.entity_rules import EMPTY_RULES\n"
        "from generator.model.analysis import Mention, Sentence\n"
        "s = (Sentence('EBay and Ebay and eBay.', 0, 23),)\n"
        "names = enumerate(['EBay', 'Ebay', 'eBay'])\n"
        "m = [Mention(t, 'ORG', 'eBay', i * 9, i * 9 + 4, 0) for i, t in names]\n"
        "(e,) = collect_entities([(m, s, None)], EntityResolver(EMPTY_RULES), 1)\n"
        "print(e.aliases)\n"
    )
    outputs = {
        subprocess.run(
            [sys.executable, "-c", script],
            env={**os.environ, "PYTHONHASHSEED": str(seed)},
            capture_output=True,
            text=True,
            check=True,
        ).stdout
        for seed in range(8)
    }
    assert outputs == {"('EBay', 'Ebay')\n"}
