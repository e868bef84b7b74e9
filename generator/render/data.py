"""Open data beside the pages: `articles.json`, `entities.json`, and the "Data" page about them.

Ids match the page URLs, so a program can go from a record to its page and back: an article's id
is its slug (`articles/<id>/`), an entity's is `<group>/<slug>` (`entities/<group>/<slug>/`, or
`#<group>-<slug>` on the entity index). Each field is documented once, in the tables below, and
the Data page is written from those same tables, so the page cannot drift from the files.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping, Sequence

import msgspec

from generator.collect.entity_index import Entity
from generator.collect.site import Entry, SiteContent
from generator.render.article import summary_sentences
from generator.render.feeds import FEED_PATH, absolute_url, entity_feed_path
from generator.render.figures import FIGURES_CSV
from generator.render.markup import front_matter, link, table
from generator.render.paths import article_path, canonical_url, entity_path

ARTICLES_JSON = "articles.json"
ENTITIES_JSON = "entities.json"
DATA_PAGE = "data.md"
# Bumped when a field changes meaning or goes away; new fields may appear without a bump.
DATA_FORMAT = 1

_NULL_WITHOUT_SITE_URL = "; null when the site has no `site_url`"
ARTICLE_FIELDS: Mapping[str, str] = {
    "id": "The article's slug: its page is `articles/<id>/`",
    "url": "The page's absolute URL" + _NULL_WITHOUT_SITE_URL,
    "path": "The page's URL relative to the site's root, such as `articles/<id>/`",
    "seed": "The seed file the article was made from, relative to the seeds folder",
    "title": "The title shown on the page",
    "date": "The article's date (`YYYY-MM-DD`), or null when undated",
    "source": "The publication named in the front matter, or null",
    "source_url": "The original article's URL from the front matter, or null",
    "author": "The author named in the front matter, or null",
    "license": "The licence named in the front matter, or null",
    "tags": "Tags given in the front matter",
    "key_phrases": "Key phrases found in the text (shown as tags after the given ones)",
    "summary": "The summary sentences shown on the page, in article order",
    "tldr": "The one-sentence summary shown as *In short*, or null when none is shown",
    "entities": "Ids of the entities the article mentions, in order of first mention",
    "figure_count": "How many rows of `figures/figures.csv` belong to the article",
    "word_count": "Words in the article's cleaned text",
}
ENTITY_FIELDS: Mapping[str, str] = {
    "id": "`<group>/<slug>`: the entity's page is `entities/<group>/<slug>/` when it has one",
    "name": "The name shown for it (the most used spelling, or the one set in `entities.yml`)",
    "group": "person, organisation, place, group, event, work, law or product",
    "aliases": "Other spellings found in the articles",
    "has_page": "Whether it is mentioned in enough articles to have a page of its own",
    "url": "Absolute URL of its page, or of its entry on the entity index" + _NULL_WITHOUT_SITE_URL,
    "path": "The same, relative to the site's root, such as `entities/#person-ada-lovelace`",
    "feed_url": "Absolute URL of its Atom feed; null when it has no page or the site has no "
    "`site_url`",
    "articles": "Ids of the articles that mention it, newest first",
    "mentions": "How many times the articles mention it, all spellings counted",
    "first_seen": "The date of the oldest dated article that mentions it, or null",
    "last_seen": "The date of the newest dated article that mentions it, or null",
}
FIGURE_COLUMNS: Mapping[str, str] = {
    "article": "Id of the article (its slug), as in `articles.json`",
    "article_title": "The article's title",
    "article_date": "The article's date, empty when undated",
    "text": "The figure as written in the article",
    "value": "The number with scale words applied (`$2.6m` → `2600000.0`); a range's low end",
    "low": "A range's lower bound, else empty",
    "high": "A range's upper bound, else empty",
    "unit": "An ISO 4217 currency code, `percent`, `percentage point`, a unit or a counted noun",
    "change": "`=` as stated, `~` about, `>` more than, `<` less than, `up` or `down`",
    "kind": "`money`, `percent`, `quantity` or `count`",
    "concept": "What the figure measures, when the sentence says",
    "date": "The date or period the figure refers to, when its clause names one",
    "notable": "`yes` when the figure index lists it, `no` otherwise",
    "paired_with": "The same amount in another unit, as written (`$153 billion`)",
    "entities": "Names of the entities in the figure's sentence, separated by `; `",
    "sentence": "The sentence the figure comes from",
}
FEED_FIELDS: Mapping[str, str] = {
    "id": "A permanent id per article, the same in every feed, kept when its title changes",
    "title": "The article's title",
    "link": "The article's page (`rel=alternate`) and its source (`rel=related`) when known",
    "published": "The article's date, at midnight UTC; `updated` is the same",
    "author": "The article's author when known",
    "category": "Its tags and key phrases (in the site's feed)",
    "summary": "The summary sentences, as plain text; in an entity's feed, which keeps its ten "
    "newest articles, the one-sentence *In short*",
}


def articles_json(
    content: SiteContent, site_url: str | None, records: Sequence[str] | None = None
) -> str:
    """Every article, newest first (undated last), as `{"format": 1, "articles": [...]}`.

    `records` are the entries' `article_record`s, when some were kept from an earlier build."""
    if records is None:
        records = [article_record(entry, content, site_url) for entry in content.entries]
    # The very bytes `_dump` gives the whole document: compact, keys sorted ("articles" first).
    return f'{{"articles":[{",".join(records)}],"format":{DATA_FORMAT}}}\n'


def article_record(entry: Entry, content: SiteContent, site_url: str | None) -> str:
    """An article's record in articles.json, as compact JSON."""
    return msgspec.json.encode(_article_record(entry, content, site_url), order="sorted").decode()


def entities_json(content: SiteContent, site_url: str | None) -> str:
    """Every entity, by group then name, as `{"format": 1, "entities": [...]}`."""
    records = [_entity_record(entity, content, site_url) for entity in content.entities]
    return _dump({"format": DATA_FORMAT, "entities": records})


def entity_id(entity: Entity) -> str:
    """`<group>/<slug>`: its page's URL without `entities/`, or its index anchor with a slash."""
    return f"{entity.group}/{entity.slug}"


def _article_record(entry: Entry, content: SiteContent, site_url: str | None) -> dict[str, object]:
    meta = entry.article.meta
    path = canonical_url(article_path(entry))
    entities: dict[str, None] = {}
    for mention in entry.analysis.mentions:  # in text order
        entity = content.entity_of(mention)
        if entity is not None:
            entities.setdefault(entity_id(entity))
    # The page hides the analysis' one-liner when the front matter gives its own summary.
    tldr = entry.analysis.tldr if entry.analysis.tldr and not meta.summary else None
    return {
        "id": entry.slug,
        "url": _absolute(site_url, path),
        "path": path,
        "seed": entry.article.path,
        "title": entry.title,
        "date": _iso(entry.date),
        "source": meta.source,
        "source_url": meta.url,
        "author": meta.author,
        "license": meta.license,
        "tags": list(meta.tags),
        "key_phrases": list(entry.analysis.key_phrases),
        "summary": summary_sentences(entry),
        "tldr": tldr,
        "entities": list(entities),
        "figure_count": len(entry.analysis.figures),
        "word_count": entry.analysis.word_count,
    }


def _entity_record(entity: Entity, content: SiteContent, site_url: str | None) -> dict[str, object]:
    shown_at = entity_path(entity) if entity.has_page else f"{entity.index_page}#{entity.anchor}"
    path = canonical_url(shown_at)
    feed = _absolute(site_url, entity_feed_path(entity)) if entity.has_page else None
    first, last = entity.first_seen, entity.last_seen
    return {
        "id": entity_id(entity),
        "name": entity.name,
        "group": entity.group,
        "aliases": list(entity.aliases),
        "has_page": entity.has_page,
        "url": _absolute(site_url, path),
        "path": path,
        "feed_url": feed,
        "articles": [content.entries[a.article].slug for a in entity.appearances],
        "mentions": sum(a.mentions for a in entity.appearances),
        "first_seen": _iso(first),
        "last_seen": _iso(last),
    }


def _absolute(site_url: str | None, path: str) -> str | None:
    return absolute_url(site_url, path) if site_url else None


def _iso(date: dt.date | None) -> str | None:
    return date.isoformat() if date else None


def _dump(document: Mapping[str, object]) -> str:
    # Compact: these files are for programs, and indentation made them half again as large.
    return msgspec.json.encode(document, order="sorted").decode("utf-8") + "\n"


def data_page(*, feeds: bool = True) -> str:
    """The Markdown of the Data page: every file a program can read, with every field.

    `feeds=False` leaves out the feeds' section, for a site built without them (they need
    `site_url`); a link to a missing `feed.xml` would fail the strict build.
    """
    parts = [
        front_matter({"title": "Data"}),
        "# Data\n\n",
        "Everything on this site is also published as files for other programs. Ids are stable "
        "and match the page URLs: an article's id is the slug in `articles/<id>/`, an entity's is "
        "the `<group>/<slug>` in `entities/<group>/<slug>/`. When a page moves (a new title or "
        "a renamed entity), its old URL keeps working and leads to the new one.\n\n",
        _section(
            f"Articles: {link('articles.json', ARTICLES_JSON)}",
            '`{"format": 1, "articles": [...]}`, newest first, undated articles last. Each '
            "article has:",
            ARTICLE_FIELDS,
        ),
        _section(
            f"Entities: {link('entities.json', ENTITIES_JSON)}",
            '`{"format": 1, "entities": [...]}`, by group, then by name. Each entity has:',
            ENTITY_FIELDS,
        ),
        _section(
            f"Figures: {link('figures.csv', FIGURES_CSV)}",
            "Every figure of every article, notable or not: UTF-8, comma-separated, one header "
            "row. A cell that would start with `=`, `+`, `-` or `@` gets a leading `'`, so that "
            "spreadsheets do not run it as a formula. The columns:",
            FIGURE_COLUMNS,
        ),
        _feeds_section() if feeds else "",
        "## Sitemap\n\n"
        "`sitemap.xml`, at the root of the site, lists every page for search engines.\n\n",
        "## Format\n\n"
        "The JSON files are UTF-8, with keys in alphabetical order. Their `format` number "
        "changes only when a field changes meaning or goes away; new fields may be added at "
        "any time, so programs should ignore fields they do not know.\n",
    ]
    return "".join(parts)


def _feeds_section() -> str:
    return _section(
        f"Feeds: {link('feed.xml', FEED_PATH)}",
        "Atom feeds of the newest dated articles: one for the whole site, and one for each "
        "entity that has a page, at `entities/<group>/<slug>.xml` (its `feed_url` in "
        "`entities.json`). Each entry has:",
        FEED_FIELDS,
        kind="Element",
    )


def _section(heading: str, intro: str, fields: Mapping[str, str], kind: str = "Field") -> str:
    rows = [[f"`{name}`", description] for name, description in fields.items()]
    return f"## {heading}\n\n{intro}\n\n{table([kind, 'Meaning'], rows)}\n"
