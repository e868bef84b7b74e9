import datetime as dt
import os
import subprocess
import sys
from collections.abc import Sequence

import pytest
from made_up_sites import Site, listed

from generator.collect.entity_index import (
    ENTITY_INDEX,
    SPLIT_INDEX_ABOVE,
    ArticleMentions,
    Entity,
    EntityResolver,
    EntityTallies,
    collect_entities,
    letter_page,
)
from generator.collect.entity_rules import EMPTY_RULES
from generator.collect.name_counts import count_names
from generator.model.analysis import Mention, Sentence

SENTENCE = Sentence("Porto Vale.", 0, 11)


def mention(canonical: str, label: str, cue: str = "") -> Mention:
    return Mention(canonical, label, canonical, 0, len(canonical), 0, cue)


def test_a_minority_group_joins_the_majority_across_articles() -> None:
    articles = [
        ([mention("Porto Vale", "GPE")], [SENTENCE], dt.date(2024, 1, day)) for day in (1, 2, 3)
    ]
    articles.append(([mention("Porto Vale", "PERSON")], [SENTENCE], dt.date(2024, 1, 4)))
    entities = collect_entities(articles, EntityResolver(EMPTY_RULES), min_articles=2)
    assert [(e.group, e.name, len(e.appearances)) for e in entities] == [("place", "Porto Vale", 4)]


def test_two_common_readings_of_a_name_stay_apart() -> None:
    articles = [([mention("Jordan", "GPE")], [SENTENCE], None)] * 2
    # "Mr Jordan" somewhere: the player is a person on the site's evidence, not only the model's.
    articles += [([mention("Jordan", "PERSON", cue="PERSON")], [SENTENCE], None)]
    articles += [([mention("Jordan", "PERSON")], [SENTENCE], None)]
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


def collect(articles: Sequence[ArticleMentions], min_articles: int = 1) -> tuple[Entity, ...]:
    return collect_entities(articles, EntityResolver(EMPTY_RULES), min_articles)


def tallied_ahead(articles: dict[int, ArticleMentions]) -> EntityTallies:
    """Tallies of some articles at their places, made before the others are known."""
    tallies = EntityTallies()
    for index, article in articles.items():
        tallies.add(article, count_names(article[0]), EntityResolver(EMPTY_RULES), index)
    return tallies


@pytest.mark.parametrize(
    ("spellings_by_article", "name"),
    [
        # Counted over all articles: 4 to 3, though "Zurich" leads in the first.
        ([["Zurich"] * 3, ["Zürich"] * 2, ["Zürich"] * 2], "Zürich"),
        # A tie goes to the longest.
        ([["St Louis"], ["St. Louis"]], "St. Louis"),
    ],
)
def test_the_spelling_used_most_across_articles_names_the_entity(
    spellings_by_article: list[list[str]], name: str
) -> None:
    articles = [
        ([mention(spelling, "GPE") for spelling in spellings], [SENTENCE], None)
        for spellings in spellings_by_article
    ]
    assert [entity.name for entity in collect(articles)] == [name]


def test_the_names_of_one_entity_in_an_article_count_as_one_from_the_earliest_mention() -> None:
    sentences = [Sentence("Rain fell.", 0, 10), Sentence("Zurich met Zürich in Zurich.", 11, 39)]
    mentions = [
        Mention("Zurich", "GPE", "Zurich", 11, 17, 1),
        Mention("Zürich", "GPE", "Zürich", 22, 28, 1),
        Mention("Zurich", "GPE", "Zurich", 32, 38, 1),
    ]
    (entity,) = collect([(mentions, sentences, dt.date(2024, 5, 1))])
    assert (entity.name, entity.aliases) == ("Zurich", ("Zürich",))
    (appearance,) = entity.appearances
    assert (appearance.mentions, appearance.sentence, appearance.highlight) == (
        3,
        sentences[1],
        (0, 6),
    )


def test_a_mention_the_index_does_not_list_leaves_the_names_after_it_listed() -> None:
    mentions = [mention("Monday", "DATE"), mention("Porto Vale", "GPE")]
    assert [entity.name for entity in collect([(mentions, [SENTENCE], None)])] == ["Porto Vale"]


def test_other_spellings_are_listed_a_to_z_whatever_their_case() -> None:
    mentions = [
        Mention(text, "GPE", "United States", 0, 2, 0)
        for text in ("US", "the States", "United States")
    ]
    (entity,) = collect([(mentions, [SENTENCE], None)])
    assert entity.aliases == ("the States", "US")


def test_slugs_are_unique_within_a_group_and_never_empty() -> None:
    named = [
        ("Jordan", "PERSON"),
        ("Jordan", "GPE"),
        ("Marks & Spencer", "ORG"),
        ("Marks Spencer", "ORG"),
        ("\u2605", "ORG"),
    ]
    # A cue proves the person, who would otherwise join the place of the same name.
    mentions = [mention(name, label, cue=label) for name, label in named]
    assert [entity.anchor for entity in collect([(mentions, [SENTENCE], None)])] == [
        "person-jordan",
        "organisation-marks-spencer",
        "organisation-marks-spencer-2",
        "organisation-entity",
        "place-jordan",
    ]


def test_an_index_of_exactly_the_limit_is_one_page() -> None:
    mentions = [mention(f"Name {index:03d}", "PERSON") for index in range(SPLIT_INDEX_ABOVE)]
    entities = collect([(mentions, [SENTENCE], None)])
    assert len(entities) == SPLIT_INDEX_ABOVE
    assert {entity.index_page for entity in entities} == {ENTITY_INDEX}


def test_articles_tallied_without_a_place_follow_the_last_one_tallied() -> None:
    tallies = EntityTallies()
    resolver = EntityResolver(EMPTY_RULES)
    for index in (None, 3, None, 2):
        mentions = [mention("Porto Vale", "GPE")]
        tallies.add((mentions, [SENTENCE], None), count_names(mentions), resolver, index)
    (tally,) = tallies.tallies.values()
    assert [appearance.article for appearance in tally.appearances] == [0, 2, 3, 4]


def test_articles_tallied_ahead_are_completed_with_the_others_at_their_places() -> None:
    articles: list[ArticleMentions] = [
        ([mention("Porto Vale", "GPE")], [SENTENCE], dt.date(2024, 1, day)) for day in (2, 1)
    ]
    ahead = tallied_ahead({1: articles[1]})
    entities = collect_entities(articles, EntityResolver(EMPTY_RULES), 1, ahead=ahead)
    assert [(a.article, a.date) for e in entities for a in e.appearances] == [
        (0, dt.date(2024, 1, 2)),
        (1, dt.date(2024, 1, 1)),
    ]


@pytest.mark.parametrize(
    ("same_mentions", "ahead_date"),
    [
        (False, dt.date(2024, 1, 1)),  # other mentions at the article's place
        (True, dt.date(2023, 12, 31)),  # the same mentions, dated otherwise since
    ],
)
def test_tallies_made_ahead_of_other_articles_are_not_used(
    same_mentions: bool, ahead_date: dt.date
) -> None:
    mentions = [mention("Anne Roux", "PERSON")]
    ahead_mentions = mentions if same_mentions else [mention("Porto Vale", "GPE")]
    ahead = tallied_ahead({0: (ahead_mentions, [SENTENCE], ahead_date)})
    article = (mentions, [SENTENCE], dt.date(2024, 1, 1))
    entities = collect_entities([article], EntityResolver(EMPTY_RULES), 1, ahead=ahead)
    assert [(e.name, [a.date for a in e.appearances]) for e in entities] == [
        ("Anne Roux", [dt.date(2024, 1, 1)])
    ]


@pytest.mark.parametrize("settled_for", [2, 3])
def test_partners_are_the_same_whatever_page_threshold_the_tallies_were_settled_for(
    settled_for: int,
) -> None:
    mentions = [mention("Anne Roux", "PERSON"), mention("Porto Vale", "GPE")]
    articles: list[ArticleMentions] = [(mentions, [SENTENCE], None), (mentions, [SENTENCE], None)]
    ahead = tallied_ahead(dict(enumerate(articles)))
    ahead.settle(settled_for)
    entities = collect_entities(articles, EntityResolver(EMPTY_RULES), 2, ahead=ahead)
    assert [(e.anchor, e.co_mentions) for e in entities] == [
        ("person-anne-roux", (("place-porto-vale", 2),)),
        ("place-porto-vale", (("person-anne-roux", 2),)),
    ]


def test_tallies_made_ahead_under_other_merges_are_not_used() -> None:
    # Tallied while the article naming George W. Bush was still being analysed: "Bush" was
    # then a name of its own, and the site now merges it.
    bush = ([mention("Bush", "PERSON")], [SENTENCE], None)
    full = ([mention("George W. Bush", "PERSON")], [SENTENCE], None)
    ahead = tallied_ahead({0: bush})
    entities = collect_entities([bush, full], EntityResolver(EMPTY_RULES), 1, ahead=ahead)
    assert [(e.name, len(e.appearances)) for e in entities] == [("George W. Bush", 2)]


def test_a_one_word_person_with_no_evidence_is_listed_nowhere_unless_a_merge_takes_it() -> None:
    site: Site = [
        [("Korvex", "PERSON"), ("Ana Odera", "PERSON"), ("Odera", "PERSON")],
        [("Korvex", "PERSON"), ("Tarvo", "PERSON", "PERSON")],
        [("Wimbo", "PERSON")],
        [("Wimbos", "ORG")],
    ]
    assert sorted(listed(site)) == [
        ("organisation", "Wimbos", 2),
        ("person", "Ana Odera", 1),
        ("person", "Tarvo", 1),
    ]
