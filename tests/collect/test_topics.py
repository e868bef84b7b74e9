import datetime as dt

import numpy as np
from scipy import sparse

from generator.collect.sections import MIN_ARTICLES, find_sections, section_count
from generator.collect.topic_finder import find_topics
from generator.collect.topics import TopicDocument

FOOTBALL = [
    "Rovers beat United in the league match as the striker scored twice.",
    "The goalkeeper saved a penalty and Rovers held on in the league.",
    "United lost the derby match after the striker missed a penalty.",
    "A late goal by the striker kept the league leaders clear of United.",
]
RATES = [
    "The central bank raised interest rates as inflation climbed again.",
    "Inflation fell and the bank held interest rates for a second month.",
    "Bond yields rose after the central bank warned on inflation.",
    "The bank cut interest rates as inflation eased and bond yields fell.",
]


def documents(texts: list[str], prefix: str, date: dt.date | None = None) -> list[TopicDocument]:
    return [TopicDocument(f"{prefix}{i}.txt", text, date) for i, text in enumerate(texts)]


def test_articles_that_share_words_share_a_section_named_by_them() -> None:
    topics = find_topics(documents(FOOTBALL, "f") + documents(RATES, "r"))
    members = sorted(tuple(sorted(section.articles)) for section in topics.sections)
    assert members == [
        ("f0.txt", "f1.txt", "f2.txt", "f3.txt"),
        ("r0.txt", "r1.txt", "r2.txt", "r3.txt"),
    ]
    names = {section.articles[0][0]: section for section in topics.sections}
    # The most typical first: the article with the largest share of the topic.
    for section in topics.sections:
        assert len(section.articles) == 4
    assert "striker" in names["f"].words and "inflation" in names["r"].words
    # Named as the articles write the words, first letter up: "Striker · League · …".
    assert all(word[0].isupper() for word in names["f"].name.split(" · "))
    assert topics.section_of["f2.txt"] is names["f"]


def test_a_small_site_is_one_section() -> None:
    topics = find_topics(documents(FOOTBALL, "f"))
    assert len(FOOTBALL) < MIN_ARTICLES and topics.sections == () and topics.section_of == {}


def test_section_count_grows_with_the_site_within_bounds() -> None:
    assert [section_count(n) for n in (6, 150, 500, 2000, 100_000)] == [2, 6, 11, 12, 12]


def test_reports_of_one_event_close_in_time_are_one_story() -> None:
    event = [
        "Zorblat agreed to buy Quenmore for 2bn, the Zorblat board said.",
        "Quenmore shareholders backed the Zorblat takeover: Zorblat will buy Quenmore.",
    ]
    site = [
        *documents(FOOTBALL, "f"),
        TopicDocument("z0.txt", event[0], dt.date(2024, 3, 1)),
        TopicDocument("z1.txt", event[1], dt.date(2024, 3, 4)),
    ]
    topics = find_topics(site)
    story = topics.story_of["z1.txt"]
    assert story.articles == ("z0.txt", "z1.txt") and story.first == "z0.txt"
    assert {"zorblat", "quenmore"} <= set(story.words)
    assert "f0.txt" not in topics.story_of


def test_alike_reports_months_apart_are_two_stories() -> None:
    text = "Zorblat agreed to buy Quenmore, the Zorblat board said."
    site = [
        TopicDocument("a.txt", text, dt.date(2024, 1, 1)),
        TopicDocument("b.txt", text, dt.date(2024, 3, 1)),
        TopicDocument("c.txt", text, None),
    ]
    assert find_topics(site[:2]).stories == ()
    # The undated copy joins one of them, never both: it cannot bridge two months.
    [story] = find_topics(site).stories
    assert len(story.articles) == 2 and "c.txt" in story.articles


def test_the_order_of_the_articles_changes_nothing() -> None:
    site = documents(FOOTBALL, "f") + documents(RATES, "r")
    assert find_topics(site) == find_topics(list(reversed(site)))


def test_a_section_is_named_once_per_stem_and_lists_its_most_typical_article_first() -> None:
    words = ["brazil", "brazilian", "lula", "goal", "goals", "match"]
    rows = [
        [0.9, 0.8, 0.5, 0, 0, 0],
        [0.5, 0.4, 0.2, 0, 0, 0],
        [0.7, 0.6, 0.4, 0, 0, 0],
        [0, 0, 0, 0.3, 0.2, 0.1],
        [0, 0, 0, 0.9, 0.8, 0.7],
        [0, 0, 0, 0.6, 0.5, 0.4],
    ]
    texts = ["Brazil Brazilian Lula"] * 3 + ["goal goals match"] * 3
    keys = [f"{i}.txt" for i in range(6)]
    sections = find_sections(keys, texts, sparse.csr_matrix(np.array(rows)), words)
    assert [(s.name, s.articles) for s in sections] == [
        ("Brazil · Lula", ("0.txt", "2.txt", "1.txt")),
        ("Goal · Match", ("4.txt", "5.txt", "3.txt")),
    ]


def test_sections_come_largest_first_and_never_take_the_index_page() -> None:
    words = ["index", "match"]
    rows = [[0.9, 0], [0.8, 0], [0.7, 0], [0.6, 0], [0, 0.9], [0, 0.8], [0, 0.7]]
    keys = [f"{i}.txt" for i in range(7)]
    texts = ["the index rose"] * 4 + ["the match ended"] * 3
    sections = find_sections(keys, texts, sparse.csr_matrix(np.array(rows)), words)
    # sections/index.md lists the sections: a section named "Index" lives elsewhere.
    assert [(s.slug, s.name, len(s.articles)) for s in sections] == [
        ("index-2", "Index", 4),
        ("match", "Match", 3),
    ]
