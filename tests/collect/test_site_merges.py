"""Merges across a made-up site, second round: wrong merges kept apart, missed ones made.

Families and groups never join a person; a name common to many countries' bodies joins a
fuller one only where the articles show it; plurals of any group; an organisation's short form
before a trade word or at the end of a longer name; familiar first names; a short form whose
group is only the model's guess follows its full name; words cut short; a first name alone.
"""

from __future__ import annotations

import pytest
from made_up_sites import SENTENCE, Site, collect_noted, listed

from generator.collect.entity_index import ArticleMentions, EntityResolver, collect_entities
from generator.collect.entity_rules import EMPTY_RULES
from generator.model.analysis import Mention, Sentence


def _noted(site: Site) -> list[tuple[str, tuple[str, ...]]]:
    """Each entity's name with the full names the site notes it may mean."""
    return [(entity.name, may_mean) for entity, may_mean in collect_noted(site)]


def test_a_surname_an_article_writes_before_family_never_joins_a_person() -> None:
    text = "The Varga family sold its stake."
    family: ArticleMentions = (
        [Mention("Varga", "PERSON", "Varga", 4, 9, 0)],
        [Sentence(text, 0, len(text))],
        None,
    )
    person: ArticleMentions = (
        [Mention("Tomas Varga", "PERSON", "Tomas Varga", 0, 11, 0)],
        [Sentence("Tomas Varga spoke.", 0, 18)],
        None,
    )
    entities = collect_entities([family, person], EntityResolver(EMPTY_RULES), 1)
    assert [(e.name, len(e.appearances)) for e in entities] == [("Tomas Varga", 1), ("Varga", 1)]


def test_a_family_name_on_the_site_leaves_the_surname_apart_with_both_readings() -> None:
    site: Site = [
        [("Varga family", "ORG")],
        [("Varga", "PERSON")],
        [("Tomas Varga", "PERSON")],
        [("Scissor Sisters", "PERSON")],
        [("Scissor", "PERSON")],
    ]
    assert _noted(site) == [
        ("Scissor", ()),
        ("Scissor Sisters", ()),
        ("Tomas Varga", ()),
        ("Varga", ("Tomas Varga", "Varga family")),
        ("Varga family", ()),
    ]


@pytest.mark.parametrize(
    ("site", "expected"),
    [
        # A court an article about another country names is not the one court the site has
        # in full, even where that article names the other country too.
        (
            [
                [("Supreme Court", "ORG"), ("Ruritania", "GPE"), ("United States", "GPE")],
                [("US Supreme Court", "ORG"), ("United States", "GPE")],
            ],
            [
                ("organisation", "Supreme Court", 1),
                ("organisation", "US Supreme Court", 1),
                ("place", "Ruritania", 1),
                ("place", "United States", 2),
            ],
        ),
        # Where every article naming it names the one fuller name, it is that body.
        (
            [[("Senate", "ORG"), ("US Senate", "ORG")], [("Senate", "ORG"), ("US Senate", "ORG")]],
            [("organisation", "Senate", 2)],
        ),
        # "Commons" is the one name of the site that ends in it; "Parliament" is not.
        (
            [[("Commons", "NORP")], [("Commons", "NORP")], [("House of Commons", "ORG")]],
            [("organisation", "Commons", 3)],
        ),
        (
            [
                [("Parliament", "ORG")],
                [("Second Chamber of Parliament", "ORG")],
                [("Scottish Parliament", "ORG")],
            ],
            [
                ("organisation", "Parliament", 1),
                ("organisation", "Scottish Parliament", 1),
                ("organisation", "Second Chamber of Parliament", 1),
            ],
        ),
    ],
)
def test_a_name_common_to_many_bodies_joins_only_where_the_site_shows_which(
    site: Site, expected: list[tuple[str, str, int]]
) -> None:
    assert listed(site) == expected


def test_a_name_two_bodies_begin_with_notes_both() -> None:
    site: Site = [[("House", "ORG")], [("House of Lords", "ORG")], [("House of Commons", "ORG")]]
    assert _noted(site)[0] == ("House", ("House of Commons", "House of Lords"))


def test_a_short_form_with_one_web_address_is_that_firm_whatever_else_an_article_wrote() -> None:
    # An article wrote "Zibo" for its "Zibo Messenger", a product: Zibo is still Zibo.com.
    articles: list[ArticleMentions] = [
        ([Mention("Zibo", "ORG", "Zibo Messenger", 0, 4, 0)], [SENTENCE], None),
        ([Mention("Zibo", "ORG", "Zibo", 0, 4, 0)], [SENTENCE], None),
        ([Mention("Zibo.com", "ORG", "Zibo.com", 0, 8, 0)], [SENTENCE], None),
    ]
    resolver = EntityResolver(EMPTY_RULES)
    entities = collect_entities(articles, resolver, 1)
    assert [(e.name, len(e.appearances)) for e in entities] == [
        ("Zibo Messenger", 1),
        ("Zibo.com", 2),
    ]
    assert not resolver.vote.may_mean


@pytest.mark.parametrize(
    ("site", "expected"),
    [
        # Any group's plural; a person's reading of an award moves to the award.
        (
            [[("Wimbo", "PERSON")], [("Wimbo", "PERSON")], [("Wimbos", "ORG")]],
            [("organisation", "Wimbo", 3)],
        ),
        # Named by the spelling used most, ties to the longer.
        (
            [[("Golden Fern", "ORG")], [("Golden Ferns", "ORG")]],
            [("organisation", "Golden Ferns", 2)],
        ),
        ([[("zPad", "ORG")], [("zPads", "PRODUCT")]], [("organisation", "zPads", 2)]),
        # A person's name is no plural of a group's, and places' plurals are other places.
        (
            [[("Hans", "PERSON", "PERSON")], [("Han", "NORP")]],
            [("person", "Hans", 1), ("group", "Han", 1)],
        ),
        (
            [[("Ostland", "GPE")], [("Ostlands", "GPE")]],
            [("place", "Ostland", 1), ("place", "Ostlands", 1)],
        ),
    ],
)
def test_singular_and_plural_of_any_group_are_one(
    site: Site, expected: list[tuple[str, str, int]]
) -> None:
    assert listed(site) == expected


@pytest.mark.parametrize(
    ("site", "expected"),
    [
        # A firm's name before a word for its trade; not before a product's name.
        (
            [
                [("Pomme", "ORG")],
                [("Pomme", "ORG")],
                [("Pomme Computer", "ORG")],
                [("Pomme Tunes", "ORG")],
            ],
            [("organisation", "Pomme", 3), ("organisation", "Pomme Tunes", 1)],
        ),
        # A product under its maker's name, in the articles naming both.
        (
            [[("Foxfire", "PERSON"), ("Zilla Foxfire", "ORG")]],
            [("organisation", "Foxfire", 1)],
        ),
        # The country written two ways before the same body; a short form of both.
        (
            [
                [("Air Guard", "ORG"), ("United States Air Guard", "ORG")],
                [("U.S. Air Guard", "ORG")],
                [("Royal Ruritanian Air Guard", "ORG")],
            ],
            [
                ("organisation", "Air Guard", 2),
                ("organisation", "Royal Ruritanian Air Guard", 1),
            ],
        ),
        # Each word cut short: "Lib Dems".
        (
            [[("Lab Dems", "PERSON")], [("Lab Dem", "PERSON")], [("Labral Democrats", "NORP")]],
            [("group", "Labral Democrats", 3)],
        ),
        # A word and one built on it are no clipping: two peoples, not one.
        (
            [[("South Tavian", "NORP")], [("Southern Tavian", "NORP")]],
            [("group", "South Tavian", 1), ("group", "Southern Tavian", 1)],
        ),
    ],
)
def test_an_organisations_short_forms_join_it(
    site: Site, expected: list[tuple[str, str, int]]
) -> None:
    assert listed(site) == expected


@pytest.mark.parametrize(
    ("site", "expected"),
    [
        # A familiar first name, the same surname: one person, even where the model said firm.
        (
            [[("Bernie Kolar", "ORG")], [("Bernard Kolar", "PERSON")]],
            [("person", "Bernard Kolar", 2)],
        ),
        # A place only by the model's guess, in the article naming the full name.
        (
            [[("Tolo", "GPE"), ("Daniel arap Tolo", "PERSON")]],
            [("person", "Daniel arap Tolo", 1)],
        ),
        # A city the gazetteer knows stays the city.
        (
            [[("Dallas", "GPE"), ("Hugh Dallas", "PERSON")]],
            [("person", "Hugh Dallas", 1), ("place", "Dallas", 1)],
        ),
        # A country's short name, where the articles naming it name the country.
        (
            [[("Korea", "GPE"), ("South Korea", "GPE")]],
            [("place", "South Korea", 1)],
        ),
        # A first name alone, the first word of one person's name only, where the article
        # names her; not from another article, where it may be anyone of that name.
        (
            [[("Kylie", "GPE"), ("Kylie Minogue", "PERSON")], [("Kylie Minogue", "PERSON")]],
            [("person", "Kylie Minogue", 2)],
        ),
        (
            [[("Kylie", "PERSON")], [("Kylie Minogue", "PERSON")]],
            [("person", "Kylie", 1), ("person", "Kylie Minogue", 1)],
        ),
    ],
)
def test_a_short_form_follows_its_full_name(
    site: Site, expected: list[tuple[str, str, int]]
) -> None:
    assert listed(site) == expected


def test_a_first_name_two_people_share_and_a_short_country_two_share_stay_apart() -> None:
    site: Site = [
        [("Kylie", "PERSON")],
        [("Kylie Minogue", "PERSON")],
        [("Kylie Kovac", "PERSON")],
        [("Korea", "GPE"), ("South Korea", "GPE"), ("North Korea", "GPE")],
    ]
    noted = dict(_noted(site))
    assert noted["Kylie"] == ("Kylie Kovac", "Kylie Minogue")
    assert noted["Korea"] == ("North Korea", "South Korea")


def _wrote(text: str, label: str, canonical: str) -> Mention:
    return Mention(text, label, canonical, 0, len(text), 0)


def test_a_head_word_one_article_wrote_for_a_name_is_that_names_only_in_related_news() -> None:
    # One article wrote "Ravens" for its "Liberal Ravens"; another, in unrelated news, writes
    # "Ravens" for another party; a third, about the first's news, writes it alone too.
    articles: list[ArticleMentions] = [
        (
            [
                _wrote("Liberal Ravens", "NORP", "Liberal Ravens"),
                _wrote("Ravens", "NORP", "Liberal Ravens"),
                _wrote("Tom Kell", "PERSON", "Tom Kell"),
            ],
            [SENTENCE],
            None,
        ),
        (
            [_wrote("Ravens", "NORP", "Ravens"), _wrote("Jo Varga", "PERSON", "Jo Varga")],
            [SENTENCE],
            None,
        ),
        (
            [
                _wrote("Liberal Ravens", "NORP", "Liberal Ravens"),
                _wrote("Tom Kell", "PERSON", "Tom Kell"),
            ],
            [SENTENCE],
            None,
        ),
    ]
    entities = collect_entities(articles, EntityResolver(EMPTY_RULES), 1)
    groups = [(e.name, len(e.appearances)) for e in entities if e.group == "group"]
    assert groups == [("Liberal Ravens", 2), ("Ravens", 1)]
    related = [
        *articles[:1],
        ([_wrote("Ravens", "NORP", "Ravens"), *articles[2][0][1:]], [SENTENCE], None),
    ]
    entities = collect_entities(related, EntityResolver(EMPTY_RULES), 1)
    assert [(e.name, len(e.appearances)) for e in entities if e.group == "group"] == [
        ("Liberal Ravens", 2)
    ]
