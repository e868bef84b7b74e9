import csv
import dataclasses
import datetime as dt
import io
import json
import re
from typing import Any

import msgspec
from factories import make_entry_input, make_figure

from generator.collect.site import collect_site
from generator.render.data import (
    ARTICLE_FIELDS,
    ARTICLES_JSON,
    ENTITIES_JSON,
    ENTITY_FIELDS,
    FIGURE_COLUMNS,
    article_record,
    articles_json,
    data_page,
    entities_json,
)
from generator.render.feeds import FEED_PATH
from generator.render.figures import CSV_COLUMNS, FIGURES_CSV, render_figures_csv

SITE = "https://example.github.io/news-digest/"
ZOE = ("Zoë Ng", "PERSON", "Zoë Ng")
ACME = ("Acme", "ORG", "Acme")


def load(text: str) -> dict[str, Any]:
    assert text.endswith("}\n")
    document: dict[str, Any] = json.loads(text)
    assert document["format"] == 1
    return document


def test_article_record_has_every_documented_field() -> None:
    site = collect_site(
        [
            make_entry_input(
                "2024/rise.txt",
                "Zoë Ng said Acme rose 5%. Zoë Ng was pleased.",
                dt.date(2024, 3, 2),
                title="Acme rises",
                source="The Paper",
                url="https://paper.example/acme",
                author="Jo",
                license="CC BY 4.0",
                tags=("Markets",),
                entities=(ZOE, ACME),
                figures=(make_figure(5, "percent", kind="percent", text="5%"),),
            )
        ],
        entity_page_min_articles=2,
    )
    [record] = load(articles_json(site, SITE))["articles"]
    assert record == {
        "id": "acme-rises",
        "url": f"{SITE}articles/acme-rises/",
        "path": "articles/acme-rises/",
        "seed": "2024/rise.txt",
        "title": "Acme rises",
        "date": "2024-03-02",
        "source": "The Paper",
        "source_url": "https://paper.example/acme",
        "author": "Jo",
        "license": "CC BY 4.0",
        "tags": ["Markets"],
        "key_phrases": [],
        "summary": ["Zoë Ng said Acme rose 5%."],
        "tldr": None,
        "entities": ["person/zoe-ng", "organisation/acme"],
        "figure_count": 1,
        "word_count": 10,
    }
    assert list(record) == sorted(ARTICLE_FIELDS)


def test_every_article_entity_and_figure_round_trips() -> None:
    site = collect_site(
        [
            make_entry_input(
                "a.txt",
                "Zoë Ng said Acme rose 5%. Shares rose.",
                dt.date(2024, 3, 2),
                title="Acme rises",
                entities=(ZOE, ACME),
                figures=(
                    make_figure(5, "percent", kind="percent", text="5%"),
                    make_figure(2, "share", text="2", notable=False),
                ),
            ),
            make_entry_input(
                "b.txt",
                "Zoë Ng left. Rain fell.",
                None,
                title="Zoë leaves",
                entities=(ZOE,),
                figures=(make_figure(3, "day", text="3"),),
            ),
            make_entry_input("c.txt", "Rain fell.", dt.date(2024, 1, 1), title="Rain"),
        ],
        entity_page_min_articles=2,
    )
    articles = {a["id"]: a for a in load(articles_json(site, SITE))["articles"]}
    entities = {e["id"]: e for e in load(entities_json(site, SITE))["entities"]}
    figures = list(csv.DictReader(io.StringIO(render_figures_csv(site))))

    assert list(articles) == [entry.slug for entry in site.entries]
    for entry in site.entries:
        assert articles[entry.slug]["path"] == f"articles/{entry.slug}/"
        assert articles[entry.slug]["url"] == f"{SITE}articles/{entry.slug}/"
        assert articles[entry.slug]["figure_count"] == len(entry.analysis.figures)
    assert list(entities) == ["person/zoe-ng", "organisation/acme"]
    assert entities["person/zoe-ng"]["has_page"]
    assert entities["person/zoe-ng"]["path"] == "entities/person/zoe-ng/"
    assert entities["person/zoe-ng"]["feed_url"] == f"{SITE}entities/person/zoe-ng.xml"
    assert not entities["organisation/acme"]["has_page"]
    assert entities["organisation/acme"]["path"] == "entities/#organisation-acme"
    assert entities["organisation/acme"]["feed_url"] is None
    # Both directions agree: an article lists an entity exactly when the entity lists it.
    mentioned = {(a, e) for a, record in articles.items() for e in record["entities"]}
    listed = {(a, e) for e, record in entities.items() for a in record["articles"]}
    assert mentioned == listed
    assert [row["article"] for row in figures] == ["acme-rises", "acme-rises", "zoe-leaves"]
    assert all(row["article"] in articles for row in figures)


def test_entity_record_counts_mentions_and_dates() -> None:
    site = collect_site(
        [
            make_entry_input("a.txt", "Zoë Ng ran.", dt.date(2024, 3, 2), entities=(ZOE,)),
            make_entry_input("b.txt", "Zoë Ng sat.", dt.date(2024, 1, 5), entities=(ZOE,)),
            make_entry_input("c.txt", "Zoë Ng sat.", None, entities=(ZOE,), title="Other"),
        ],
        entity_page_min_articles=2,
    )
    [zoe] = load(entities_json(site, None))["entities"]
    assert zoe == {
        "id": "person/zoe-ng",
        "name": "Zoë Ng",
        "group": "person",
        "aliases": [],
        "has_page": True,
        "url": None,
        "path": "entities/person/zoe-ng/",
        "feed_url": None,
        "articles": ["a-title-2", "a-title", "other"],
        "mentions": 3,
        "first_seen": "2024-01-05",
        "last_seen": "2024-03-02",
    }
    assert list(zoe) == sorted(ENTITY_FIELDS)


def test_json_is_deterministic_compact_utf8() -> None:
    site = collect_site([make_entry_input("a.txt", "Zoë Ng ran.", None, entities=(ZOE,))], 1)
    text = entities_json(site, SITE)
    assert text == entities_json(
        collect_site([make_entry_input("a.txt", "Zoë Ng ran.", None, entities=(ZOE,))], 1), SITE
    )
    assert '"name":"Zoë Ng"' in text
    assert text.count("\n") == 1 and text.endswith("}\n")
    assert articles_json(site, None).count('"url":null') == 1


def test_tldr_is_given_only_when_the_page_shows_it() -> None:
    article, clean, analysis = make_entry_input("a.txt", "Rain fell.", None)
    with_tldr = dataclasses.replace(analysis, tldr="It rained.")
    site = collect_site([(article, clean, with_tldr)], 2)
    assert load(articles_json(site, SITE))["articles"][0]["tldr"] == "It rained."
    given, clean, _ = make_entry_input("a.txt", "Rain fell.", None, summary="Wet.")
    site = collect_site([(given, clean, with_tldr)], 2)
    [record] = load(articles_json(site, SITE))["articles"]
    assert (record["tldr"], record["summary"]) == (None, ["Wet."])


def test_data_page_documents_every_field_and_links_every_file() -> None:
    assert tuple(FIGURE_COLUMNS) == CSV_COLUMNS
    page = data_page()
    for field in (*ARTICLE_FIELDS, *ENTITY_FIELDS, *FIGURE_COLUMNS):
        assert f"| `{field}` |" in page
    links = re.findall(r"\]\(([^)]+)\)", page)
    assert links == [ARTICLES_JSON, ENTITIES_JSON, FIGURES_CSV, FEED_PATH]
    assert page.startswith('---\ntitle: "Data"\n---\n\n# Data\n')


def test_data_page_without_feeds_links_no_feed() -> None:
    page = data_page(feeds=False)
    assert FEED_PATH not in page
    assert "entities.json" in page


def test_articles_json_put_together_from_records_is_the_whole_document_encoded() -> None:
    site = collect_site(
        [
            make_entry_input("a.txt", "Zoë Ng ran.", dt.date(2024, 1, 2), entities=(ZOE,)),
            make_entry_input("b.txt", "Acme grew.", None, entities=(ACME,)),
        ],
        1,
    )
    text = articles_json(site, SITE)
    records = [json.loads(article_record(e, site, SITE)) for e in site.entries]
    assert (
        text
        == msgspec.json.encode({"format": 1, "articles": records}, order="sorted").decode() + "\n"
    )
    assert articles_json(site, SITE, [article_record(e, site, SITE) for e in site.entries]) == text
