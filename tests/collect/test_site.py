import datetime as dt

import pytest
from factories import make_entry_input

from generator.collect.site import SiteContent, collect_site, prepare_entities
from generator.model.analysis import Analysis
from generator.model.article import Article, CleanText


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


PORTO_PLACE = ("Porto Vale", "GPE", "Porto Vale")
PORTO_PERSON = ("Porto Vale", "PERSON", "Porto Vale")
ADA = ("Ada Roux", "PERSON", "Ada Roux")


def porto_site() -> list[tuple[Article, CleanText, Analysis]]:
    return [
        make_entry_input(
            f"{n}.txt",
            "Ada Roux went to Porto Vale. It rained.",
            dt.date(2024, 1, n),
            entities=(ADA, PORTO_PLACE),
        )
        for n in (1, 2, 3)
    ] + [
        make_entry_input(
            "4.txt", "Porto Vale spoke.", dt.date(2024, 1, 4), entities=(PORTO_PERSON,)
        ),
        make_entry_input("5.txt", "Ada Roux left.", None, entities=(ADA,)),
    ]


def view(content: SiteContent) -> tuple[object, ...]:
    return content.entries, content.entities, sorted(content.by_anchor)


@pytest.mark.parametrize("pending", [0, 2, 3, 4])
@pytest.mark.parametrize("with_stand_in", [True, False])
@pytest.mark.parametrize("settled_for", [None, 1, 2])  # the site's min_articles is 2
def test_work_done_ahead_of_one_articles_analysis_gives_the_same_content(
    pending: int, with_stand_in: bool, settled_for: int | None
) -> None:
    site = porto_site()
    articles = [
        (article, None if i == pending else analysis, analysis if i == pending else None)
        for i, (article, _, analysis) in enumerate(site)
    ]
    if not with_stand_in:
        articles = [(article, analysis, None) for article, analysis, _ in articles]
    ahead = prepare_entities(articles, min_articles=settled_for)
    assert view(collect_site(site, 2, ahead=ahead)) == view(collect_site(site, 2))
    # The pending article failed: it is not in the site, and what was done ahead does not fit.
    rest = site[:pending] + site[pending + 1 :]
    ahead = prepare_entities(articles, min_articles=settled_for)
    assert view(collect_site(rest, 2, ahead=ahead)) == view(collect_site(rest, 2))


def test_a_partner_renamed_by_the_new_article_is_ranked_again() -> None:
    # Kim Lee's partners tie on shared articles, so their names order them; the new article
    # (which does not name Kim Lee) makes "ZED MOSS" the name of Zed Moss, now first A-Z.
    text = "Kim Lee met Zed Moss and Zed Hart."
    people = (("Kim Lee", "PERSON", "Kim Lee"), ("Zed Moss", "PERSON", "Zed Moss"),
              ("Zed Hart", "PERSON", "Zed Hart"))  # fmt: skip
    site = [
        make_entry_input(f"{n}.txt", text, dt.date(2024, 1, n), entities=people) for n in (1, 2)
    ]
    shout = ("ZED MOSS", "PERSON", "ZED MOSS")
    site.append(
        make_entry_input("3.txt", "ZED MOSS spoke.", dt.date(2024, 1, 3), entities=(shout, shout))
    )
    pending = [(article, analysis if i < 2 else None, None) for i, (article, _, analysis) in
               enumerate(site)]  # fmt: skip
    ahead = prepare_entities(pending, min_articles=2)
    content = collect_site(site, 2, ahead=ahead)
    assert view(content) == view(collect_site(site, 2))
    kim = next(entity for entity in content.entities if entity.name == "Kim Lee")
    assert [anchor for anchor, _ in kim.co_mentions] == ["person-zed-moss", "person-zed-hart"]


def test_a_short_form_kept_apart_says_which_full_names_it_may_mean() -> None:
    content = collect_site(
        [
            make_entry_input("a.txt", "Bush spoke.", entities=(("Bush", "PERSON", "Bush"),)),
            make_entry_input(
                "b.txt", "George Bush left.", entities=(("George Bush", "PERSON", "George Bush"),)
            ),
            make_entry_input(
                "c.txt", "Laura Bush came.", entities=(("Laura Bush", "PERSON", "Laura Bush"),)
            ),
        ],
        entity_page_min_articles=1,
    )
    assert [(e.name, e.may_mean) for e in content.entities] == [
        ("Bush", ("George Bush", "Laura Bush")),
        ("George Bush", ()),
        ("Laura Bush", ()),
    ]
