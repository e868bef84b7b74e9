import dataclasses
import datetime as dt

import pytest
from factories import make_entry_input

from generator.collect.entity_index import ENTITY_INDEX, Appearance, Entity
from generator.collect.site import Entry, collect_site
from generator.model.analysis import Analysis
from generator.model.article import Article, CleanText, Removal
from generator.model.settings import RenderSettings
from generator.render import keys as keys_module
from generator.render import page_keys, render_site
from generator.render.keys import (
    APPEARANCE_FIELDS,
    ENTITY_FIELDS,
    ENTRY_FIELDS,
    ArticleDigests,
    PageKeys,
)

ADA = ("Ada Lovelace", "PERSON", "Ada Lovelace")
BOB = ("Bob Stone", "PERSON", "Bob Stone")
ROME = ("Rome", "GPE", "Rome")
Inputs = list[tuple[Article, CleanText, Analysis]]

SETTINGS = RenderSettings(full_text=True, site_url="https://example.org/", site_name="N")


def site_inputs() -> Inputs:
    return [
        make_entry_input(
            "a.txt",
            "Ada Lovelace went to Rome. It rained.",
            dt.date(2024, 1, 1),
            entities=(ADA, ROME),
        ),
        make_entry_input(
            "b.txt",
            "Ada Lovelace met Bob Stone. They spoke.",
            dt.date(2024, 1, 2),
            entities=(ADA, BOB),
        ),
        make_entry_input(
            "c.txt", "Bob Stone left Rome. Nobody saw.", dt.date(2024, 1, 3), entities=(BOB, ROME)
        ),
        make_entry_input("d.txt", "Rain fell all day. Then it stopped.", dt.date(2024, 1, 4)),
    ]


def render(inputs: Inputs, earlier: dict[str, str] | None = None) -> tuple[dict[str, str], object]:
    rendered = render_site(collect_site(inputs, 2), SETTINGS, earlier=earlier)
    return {page.path: page.content for page in rendered.pages}, rendered


def test_every_field_of_the_contracts_is_covered_by_the_keys() -> None:
    # A new field on Entity or Appearance must be added to PageKeys.entity (and here).
    assert tuple(field.name for field in dataclasses.fields(Entity)) == ENTITY_FIELDS
    assert tuple(field.name for field in dataclasses.fields(Appearance)) == APPEARANCE_FIELDS
    assert tuple(field.name for field in dataclasses.fields(Entry)) == ENTRY_FIELDS


def test_a_second_build_renders_nothing_and_gives_the_same_pages() -> None:
    first, cold = render(site_inputs())
    again, warm = render(site_inputs(), earlier=cold.by_key)  # type: ignore[attr-defined]
    assert again == first
    assert warm.rendered == 0  # type: ignore[attr-defined]
    assert cold.rendered == len(cold.by_key) > 0  # type: ignore[attr-defined]


def test_every_key_names_exactly_the_keyed_pages() -> None:
    _, rendered = render(site_inputs())
    content = collect_site(site_inputs(), 2)
    keys = page_keys(content, SETTINGS)
    assert sorted(keys.every_key(feeds=True)) == sorted(rendered.by_key)  # type: ignore[attr-defined]


def edited(
    inputs: Inputs, index: int, text: str, entities: tuple[tuple[str, str, str], ...]
) -> Inputs:
    article = inputs[index][0]
    changed = make_entry_input(article.path, text, article.meta.date, entities=entities)
    return [*inputs[:index], changed, *inputs[index + 1 :]]


@pytest.mark.parametrize(
    ("index", "text", "entities"),
    [
        # New wording: the article's page and the pages and feeds of the entities it names.
        (3, "Rain fell all night. Then it stopped.", ()),
        (0, "Ada Lovelace went to Rome again. It rained.", (ADA, ROME)),
        # Bob drops to one article: his page goes, and every link to him changes.
        (2, "Someone left Rome. Nobody saw.", (ROME,)),
        # A new name for a shared entity's first appearance.
        (1, "Ada Lovelace met Bob Stone in Rome. They spoke.", (ADA, BOB, ROME)),
        # A name that is no entity (a date): nothing to link, the page still keyed.
        (3, "Rain fell all Monday. Then it stopped.", (("Monday", "DATE", "Monday"),)),
    ],
)
def test_after_an_edit_reused_pages_equal_a_cold_render(
    index: int, text: str, entities: tuple[tuple[str, str, str], ...]
) -> None:
    _, before = render(site_inputs())
    changed = edited(site_inputs(), index, text, entities)
    cold, _ = render(changed)
    warm, rendered = render(changed, earlier=before.by_key)  # type: ignore[attr-defined]
    assert warm == cold
    assert 0 < rendered.rendered < len(rendered.by_key)  # type: ignore[attr-defined]


def test_an_untouched_article_keeps_its_key_when_another_is_added_before_it() -> None:
    inputs = site_inputs()
    content = collect_site(inputs, 2)
    newer = make_entry_input("e.txt", "Ada Lovelace won. People cheered.", dt.date(2024, 2, 1),
                             entities=(ADA,))  # fmt: skip
    grown = collect_site([*inputs, newer], 2)
    keys, grown_keys = PageKeys(content, {}), PageKeys(grown, {})
    rain = next(i for i, e in enumerate(content.entries) if e.article.path == "d.txt")
    grown_rain = next(i for i, e in enumerate(grown.entries) if e.article.path == "d.txt")
    assert rain != grown_rain  # its position moved …
    assert keys.article(rain) == grown_keys.article(grown_rain)  # … its key did not


def test_settings_are_part_of_every_key() -> None:
    content = collect_site(site_inputs(), 2)
    assert PageKeys(content, {"full_text": True}).article(0) != PageKeys(
        content, {"full_text": False}
    ).article(0)


def test_keys_made_for_other_settings_are_refused() -> None:
    content = collect_site(site_inputs(), 2)
    keys = page_keys(content, RenderSettings(full_text=False, site_name="N"))
    with pytest.raises(ValueError, match="other settings"):
        render_site(content, RenderSettings(full_text=True, site_name="N"), keys=keys)


def article_key(inputs: Inputs, path: str) -> str:
    content = collect_site(inputs, 2)
    index = next(i for i, entry in enumerate(content.entries) if entry.article.path == path)
    return PageKeys(content, {}).article(index)


def test_the_article_key_covers_each_part_of_its_entry() -> None:
    # One part changed at a time: a key that left any out would hand back the old page.
    inputs = site_inputs()
    article, clean, analysis = inputs[3]
    meta = article.meta
    variants = [
        (dataclasses.replace(article, meta=dataclasses.replace(meta, source="Gazette")), clean,
         analysis),
        (article, dataclasses.replace(clean, removals=(Removal("boilerplate", "Ad.", 0),)),
         analysis),
        (article, clean, dataclasses.replace(analysis, key_phrases=("rain",))),
        (dataclasses.replace(article, meta=dataclasses.replace(meta, title="Rain")), clean,
         analysis),
        (dataclasses.replace(article, meta=dataclasses.replace(meta, slug="rain")), clean,
         analysis),
    ]  # fmt: skip
    base = article_key(inputs, "d.txt")
    keys = [article_key([*inputs[:3], variant], "d.txt") for variant in variants]
    assert len({base, *keys}) == len(keys) + 1


def test_every_key_changes_with_the_settings() -> None:
    content = collect_site(site_inputs(), 2)
    full, brief = PageKeys(content, {"full_text": True}), PageKeys(content, {"full_text": False})
    assert set(full.every_key(feeds=True)).isdisjoint(brief.every_key(feeds=True))
    assert full.text_key("urls.yml", "a: b", "v1") != brief.text_key("urls.yml", "a: b", "v1")
    assert len(full.every_key(feeds=True)) > len(full.every_key(feeds=False))


def test_a_text_key_covers_the_name_the_context_and_the_text() -> None:
    keys = PageKeys(collect_site(site_inputs(), 2), {})
    base = keys.text_key("urls.yml", "a: b", "v1")
    others = [
        keys.text_key("other.yml", "a: b", "v1"),
        keys.text_key("urls.yml", "a: c", "v1"),
        keys.text_key("urls.yml", "a: b", "v2"),
    ]
    assert len({base, *others}) == len(others) + 1


def test_an_article_digest_is_the_same_whether_made_or_remembered() -> None:
    article, clean, analysis = site_inputs()[0]
    digests = ArticleDigests()
    made = digests.of(article, clean, analysis)
    assert digests.of(article, clean, analysis) == made
    assert ArticleDigests().of(article, clean, dataclasses.replace(analysis)) == made


def test_an_article_key_changes_with_its_slug_when_another_article_takes_its_title() -> None:
    inputs = site_inputs()
    first = article_key(inputs, "d.txt")
    rival = make_entry_input("0.txt", "Rain fell all day. Then it stopped.", dt.date(2023, 1, 1))
    # Same title, older: it keeps the plain slug and d.txt's page moves to another URL.
    assert article_key([rival, *inputs], "d.txt") != first


def test_an_entity_key_covers_the_code_the_settings_the_entity_and_its_partners(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    content = collect_site(site_inputs(), 2)
    ada = next(entity for entity in content.entities if entity.name == "Ada Lovelace")
    keys = PageKeys(content, {})
    page, feed = keys.entity(ada, "page"), keys.entity(ada, "feed")
    assert page != feed
    assert keys.entity(ada, "page") == page  # asked for twice: the same key
    assert PageKeys(content, {"full_text": False}).entity(ada, "page") != page
    # The entity itself, and the entities it is shown with.
    renamed = dataclasses.replace(ada, aliases=(*ada.aliases, "Countess"))
    assert PageKeys(content, {}).entity(renamed, "page") != page
    assert ada.co_mentions, "Ada shares articles with others in these inputs"
    partner = content.by_anchor[ada.co_mentions[0][0]]
    relabelled = dataclasses.replace(
        content,
        entities=[dataclasses.replace(e, name="Someone") if e is partner else e
                  for e in content.entities],
    )  # fmt: skip
    relabelled = dataclasses.replace(
        relabelled, by_anchor={e.anchor: e for e in relabelled.entities}
    )
    assert PageKeys(relabelled, {}).entity(ada, "page") != page
    # And the code that renders the page.
    monkeypatch.setattr(keys_module, "code_fingerprint", lambda: "other code")
    assert PageKeys(content, {}).entity(ada, "page") != page
    assert PageKeys(content, {}).article(0) != keys.article(0)


def test_every_key_names_exactly_the_keyed_pages_of_a_site_without_feeds() -> None:
    settings = RenderSettings(full_text=True, site_url=None, site_name="N")
    content = collect_site(site_inputs(), 2)
    rendered = render_site(content, settings)
    keys = page_keys(content, settings)
    assert sorted(keys.every_key(feeds=False)) == sorted(rendered.by_key)


def test_an_added_article_that_names_nobody_is_counted_on_the_entity_index() -> None:
    _, before = render(site_inputs())
    snow = make_entry_input("e.txt", "Snow fell. Then it melted.", dt.date(2024, 1, 5))
    cold, _ = render([*site_inputs(), snow])
    warm, _ = render([*site_inputs(), snow], earlier=before.by_key)  # type: ignore[attr-defined]
    assert warm[ENTITY_INDEX] == cold[ENTITY_INDEX]
    assert "\n3 entities across 5 articles.\n" in cold[ENTITY_INDEX]


def test_an_edit_that_only_changes_how_often_an_entity_is_named_reranks_the_index() -> None:
    # Ada and Bob are in two articles each, Bob in the newer: naming Ada twice in one puts her
    # first among the index's leaders.
    _, before = render(site_inputs())
    changed = edited(site_inputs(), 0, "Ada Lovelace went to Rome. It rained.", (ADA, ADA, ROME))
    cold, _ = render(changed)
    warm, _ = render(changed, earlier=before.by_key)  # type: ignore[attr-defined]
    assert warm[ENTITY_INDEX] == cold[ENTITY_INDEX]
    assert cold[ENTITY_INDEX] != render(site_inputs())[0][ENTITY_INDEX]
