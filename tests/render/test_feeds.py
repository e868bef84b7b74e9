import datetime as dt
from typing import Any

import feedparser  # type: ignore[import-untyped]
import pytest
from factories import make_entry_input

from generator.collect.site import SiteContent, collect_site
from generator.render.feeds import entity_feed, entity_feed_path, site_feed, site_root

SITE = "https://example.github.io/news-digest/"
ADA = ("Ada Lovelace", "PERSON", "Ada Lovelace")


def make_site() -> SiteContent:
    return collect_site(
        [
            make_entry_input(
                "old.txt",
                "Ada Lovelace wrote notes. They were long.",
                dt.date(2024, 3, 1),
                title="Notes",
                entities=(ADA,),
                author="Jo Bloggs",
                url="https://news.example/notes",
                tags=("Computing",),
            ),
            make_entry_input(
                "new.txt",
                "Ada Lovelace spoke. Others listened.",
                dt.date(2024, 3, 2),
                title="A talk",
                entities=(ADA,),
            ),
            make_entry_input("plain.txt", "Rain fell.", dt.date(2024, 3, 3), title="Rain"),
            make_entry_input("undated.txt", "Ada Lovelace slept.", None, entities=(ADA,)),
        ],
        entity_page_min_articles=2,
    )


def parse(xml: str) -> Any:
    parsed = feedparser.parse(xml)
    assert parsed.bozo == 0, parsed.get("bozo_exception")
    return parsed


def test_site_feed_lists_dated_articles_newest_first_with_absolute_links() -> None:
    feed = parse(site_feed(make_site(), SITE, "News digest"))
    assert feed.version == "atom10"
    assert feed.feed.title == "News digest"
    assert feed.feed.id == f"{SITE}feed.xml"
    assert {(link.rel, link.href) for link in feed.feed.links} == {
        ("self", f"{SITE}feed.xml"),
        ("alternate", SITE),
    }
    assert feed.feed.updated == "2024-03-03T00:00:00Z"
    assert [(e.title, e.link, e.updated) for e in feed.entries] == [
        ("Rain", f"{SITE}articles/rain/", "2024-03-03T00:00:00Z"),
        ("A talk", f"{SITE}articles/a-talk/", "2024-03-02T00:00:00Z"),
        ("Notes", f"{SITE}articles/notes/", "2024-03-01T00:00:00Z"),
    ]


def test_entry_carries_summary_author_source_and_tags() -> None:
    notes = parse(site_feed(make_site(), SITE, "News digest")).entries[2]
    assert notes.summary == "Ada Lovelace wrote notes."
    assert notes.author == "Jo Bloggs"
    assert [(link.rel, link.href) for link in notes.links] == [
        ("alternate", f"{SITE}articles/notes/"),
        ("related", "https://news.example/notes"),
    ]
    assert [tag.term for tag in notes.tags] == ["Computing"]


def test_limit_keeps_the_newest() -> None:
    feed = parse(site_feed(make_site(), SITE, "News digest", limit=1))
    assert [e.title for e in feed.entries] == ["Rain"]


def test_entity_feed_follows_the_articles_that_mention_it() -> None:
    site = make_site()
    ada = site.entities[0]
    assert ada.name == "Ada Lovelace"
    assert entity_feed_path(ada) == "entities/person/ada-lovelace.xml"
    feed = parse(entity_feed(ada, site, SITE, "News digest"))
    assert feed.feed.title == "Ada Lovelace · News digest"
    assert feed.feed.id == f"{SITE}entities/person/ada-lovelace.xml"
    assert feed.feed.link == f"{SITE}entities/person/ada-lovelace/"
    assert [e.title for e in feed.entries] == ["A talk", "Notes"]


def test_entity_without_a_page_links_to_its_index_entry() -> None:
    site = collect_site([make_entry_input("a.txt", "Ada Lovelace.", dt.date(2024, 1, 1))], 2)
    [ada] = collect_site(
        [make_entry_input("a.txt", "Ada Lovelace.", dt.date(2024, 1, 1), entities=(ADA,))], 2
    ).entities
    assert not ada.has_page
    feed = parse(entity_feed(ada, site, SITE, "News digest"))
    assert feed.feed.link == f"{SITE}entities/#person-ada-lovelace"


def test_entry_ids_are_shared_across_feeds_and_survive_a_new_title() -> None:
    site = make_site()
    site_ids = {e.title: e.id for e in parse(site_feed(site, SITE, "N")).entries}
    entity_ids = {
        e.title: e.id for e in parse(entity_feed(site.entities[0], site, SITE, "N")).entries
    }
    assert entity_ids == {title: site_ids[title] for title in ("A talk", "Notes")}
    renamed = collect_site([make_entry_input("old.txt", "x.", dt.date(2024, 3, 1), title="New")], 2)
    [entry] = parse(site_feed(renamed, SITE, "N")).entries
    assert entry.link == f"{SITE}articles/new/"
    assert entry.id == site_ids["Notes"]


def test_hostile_text_round_trips_and_unencodable_characters_are_dropped() -> None:
    title = 'Ada & <b>"Bob"</b> ]]> \x0b\x00 café'
    site = collect_site(
        [
            make_entry_input(
                "a.txt",
                "Tom said <script>alert(1)</script> & left.",
                dt.date(2024, 1, 1),
                title=title,
                author="<i>Jo</i>",
                tags=("a&b", 'quote"d'),
            )
        ],
        2,
    )
    [entry] = parse(site_feed(site, SITE, "Site <&>")).entries
    assert entry.title == 'Ada & <b>"Bob"</b> ]]>  café'
    assert entry.summary == "Tom said <script>alert(1)</script> & left."
    assert entry.author == "<i>Jo</i>"
    assert [tag.term for tag in entry.tags] == ["a&b", 'quote"d']


def test_output_is_deterministic_and_never_uses_the_clock() -> None:
    site = make_site()
    assert site_feed(site, SITE, "N") == site_feed(make_site(), SITE, "N")
    undated = collect_site([make_entry_input("u.txt", "Rain fell.", None)], 2)
    feed = parse(site_feed(undated, SITE, "N"))
    assert feed.entries == []
    assert feed.feed.updated == "1970-01-01T00:00:00Z"
    assert site_feed(undated, SITE, "N").startswith('<?xml version="1.0" encoding="utf-8"?>\n')


def test_site_url_must_be_absolute_and_gains_a_slash() -> None:
    assert site_root("https://example.org/sub") == "https://example.org/sub/"
    feed = parse(site_feed(make_site(), "https://example.org/sub", "N"))
    assert feed.entries[0].link == "https://example.org/sub/articles/rain/"
    for bad in ("", "/news/", "example.org", "javascript:alert(1)"):
        with pytest.raises(ValueError, match="site_url"):
            site_root(bad)


def test_entity_feed_keeps_the_ten_newest_each_in_one_sentence() -> None:
    site = collect_site(
        [
            make_entry_input(
                f"{day}.txt",
                f"Ada Lovelace spoke on day {day}. The hall was full. Tea was served.",
                dt.date(2024, 1, day),
                entities=(ADA,),
            )
            for day in range(1, 13)
        ],
        entity_page_min_articles=2,
    )
    feed = parse(entity_feed(site.entities[0], site, SITE, "News digest"))
    assert [e.updated[:10] for e in feed.entries] == [f"2024-01-{d:02d}" for d in range(12, 2, -1)]
    for entry, article in zip(feed.entries, site.entries, strict=False):
        assert entry.summary == (article.analysis.tldr or article.analysis.sentences[0].text)
        assert entry.summary.count(".") == 1
