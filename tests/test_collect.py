import datetime as dt

from factories import make_entry_input

from generator.collect import collect_site


def test_slugs_are_stable_readable_and_unique() -> None:
    content = collect_site(
        [
            make_entry_input("b.txt", "Later.", dt.date(2024, 1, 2), title="Same Title!"),
            make_entry_input("a.txt", "Earlier.", dt.date(2024, 1, 1), title="Same Title!"),
            make_entry_input("c.txt", "Given.", None, slug="My Own Slug"),
        ],
        entity_page_min_articles=2,
    )
    slugs = {entry.article.path: entry.slug for entry in content.entries}
    assert slugs == {"a.txt": "same-title", "b.txt": "same-title-2", "c.txt": "my-own-slug"}
    assert [entry.article.path for entry in content.entries] == ["b.txt", "a.txt", "c.txt"]


def test_entities_merge_across_articles_by_canonical_name_and_group() -> None:
    xi_person = ("Xi", "PERSON", "Xi Jinping")
    content = collect_site(
        [
            make_entry_input(
                "a.txt",
                "Xi Jinping went to Moscow. Xi smiled.",
                dt.date(2023, 3, 20),
                entities=(("Xi Jinping", "PERSON", "Xi Jinping"), ("Moscow", "GPE", "Moscow")),
            ),
            make_entry_input(
                "b.txt",
                "Later Xi spoke.",
                dt.date(2023, 3, 21),
                entities=(xi_person,),
            ),
        ],
        entity_page_min_articles=2,
    )
    names = [(e.group, e.name, e.has_page) for e in content.entities]
    assert names == [("person", "Xi Jinping", True), ("place", "Moscow", False)]
    assert content.entity_of(content.entries[0].analysis.mentions[0]) is content.entities[0]
    xi = content.entities[0]
    assert xi.aliases == ("Xi",)
    assert [content.entries[a.article].article.path for a in xi.appearances] == ["b.txt", "a.txt"]
    assert (xi.first_seen, xi.last_seen) == (dt.date(2023, 3, 20), dt.date(2023, 3, 21))
    assert xi.co_mentions == (("place-moscow", 1),)
    first = xi.appearances[1]
    assert first.sentence.text == "Xi Jinping went to Moscow."
    assert first.sentence.text[slice(*first.highlight)] == "Xi Jinping"


def test_long_titles_are_cut_at_a_word_boundary() -> None:
    title = "Mayor Maria Lopez opened the new Harbour Bridge in Porto Vale on Tuesday morning"
    content = collect_site([make_entry_input("a.txt", "Text.", title=title)], 2)
    assert content.entries[0].slug == "mayor-maria-lopez-opened-the-new-harbour-bridge-in-porto"
