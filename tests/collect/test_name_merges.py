"""Names merged across a made-up site: short forms, plurals, legal forms, spelling variants."""

from __future__ import annotations

from types import MappingProxyType

import pytest
from made_up_sites import SENTENCE, Site, collect, collect_noted, listed

from generator.collect.entity_index import ArticleMentions, EntityResolver, collect_entities
from generator.collect.entity_rules import EMPTY_RULES, EntityRule, EntityRules
from generator.model.analysis import Mention
from generator.model.names import canonical_key


@pytest.mark.parametrize(
    ("site", "expected"),
    [
        # A surname joins the one full name holding it, and is shown by it.
        (
            [[("Bush", "PERSON")], [("Bush", "PERSON")], [("George W. Bush", "PERSON")]],
            [("person", "George W. Bush", 3)],
        ),
        (
            [[("Pinochet", "PERSON")], [("Augusto Pinochet", "PERSON")]],
            [("person", "Augusto Pinochet", 2)],
        ),
        # A later part of the one name holding it: "Lula".
        (
            [[("Lula", "PERSON")], [("Luiz Inácio Lula da Silva", "PERSON")]],
            [("person", "Luiz Inácio Lula da Silva", 2)],
        ),
        # A surname with its particle.
        (
            [[("van Persie", "PERSON")], [("Robin van Persie", "PERSON")]],
            [("person", "Robin van Persie", 2)],
        ),
        # A first name the site has only before one surname joins it where the articles
        # naming it name him (a mononym) ...
        (
            [[("Augusto", "PERSON"), ("Augusto Pinochet", "PERSON")], [("Augusto", "PERSON")]],
            [("person", "Augusto", 2), ("person", "Augusto Pinochet", 1)],
        ),
        (
            [[("Augusto", "PERSON"), ("Augusto Pinochet", "PERSON")]],
            [("person", "Augusto Pinochet", 1)],
        ),
        # ... not where the site also has it as a surname.
        (
            [
                [("Augusto", "PERSON")],
                [("Augusto Pinochet", "PERSON")],
                [("Ana Augusto", "PERSON")],
            ],
            [
                ("person", "Ana Augusto", 1),
                ("person", "Augusto", 1),
                ("person", "Augusto Pinochet", 1),
            ],
        ),
        # A shorter and a longer form of one full name are one man for the surname.
        (
            [
                [("Silva", "PERSON")],
                [("Lula da Silva", "PERSON")],
                [("Luiz Inácio Lula da Silva", "PERSON")],
            ],
            [
                ("person", "Luiz Inácio Lula da Silva", 2),
                ("person", "Lula da Silva", 1),
            ],
        ),
    ],
)
def test_a_short_form_joins_the_one_full_name_the_site_has_for_it(
    site: Site, expected: list[tuple[str, str, int]]
) -> None:
    assert listed(site) == expected


def test_a_surname_joins_a_full_name_from_other_articles_only_in_related_news() -> None:
    site: Site = [
        # A match report's "Fletcher" and a novelist named in a books story: no one in common.
        [("Fletcher", "PERSON"), ("West Ham", "ORG"), ("Alan Pardew", "PERSON")],
        [("Susan Fletcher", "PERSON"), ("Whitbread", "ORG")],
        # "Bush" beside the Senate, as in the full name's article.
        [("Bush", "PERSON"), ("Senate", "ORG")],
        [("George W. Bush", "PERSON"), ("Senate", "ORG")],
    ]
    people = [(name, count) for group, name, count in listed(site) if group == "person"]
    assert people == [
        ("Alan Pardew", 1),
        ("Fletcher", 1),
        ("George W. Bush", 2),
        ("Susan Fletcher", 1),
    ]


def test_a_short_form_lists_only_the_full_names_of_related_news() -> None:
    site: Site = [
        [("Robinson", "PERSON"), ("Leeds", "ORG")],
        [("Jason Robinson", "PERSON"), ("Sale", "ORG")],
        [("Andy Robinson", "PERSON"), ("Leeds", "ORG")],
        [("Mary Robinson", "PERSON"), ("Leeds", "ORG")],
    ]
    noted = {e.name: may_mean for e, may_mean in collect_noted(site)}
    assert noted["Robinson"] == ("Andy Robinson", "Mary Robinson")


def test_a_short_form_two_full_names_share_stays_apart_with_the_names_it_may_mean() -> None:
    site: Site = [
        [("Bush", "PERSON")],
        [("George Bush", "PERSON")],
        [("George W. Bush", "PERSON")],
        [("Laura Bush", "PERSON")],
    ]
    assert [(e.name, may_mean) for e, may_mean in collect_noted(site)] == [
        ("Bush", ("George Bush", "George W. Bush", "Laura Bush")),
        ("George Bush", ()),
        ("George W. Bush", ()),
        ("Laura Bush", ()),
    ]


def test_a_descriptor_is_never_an_alias() -> None:
    # "Briton" is a group on this site, so a "Briton" the model calls a person is not a name.
    site: Site = [
        [("Briton", "NORP")],
        [("Briton", "PERSON"), ("Hayley Yelling", "PERSON")],
        [("Briton Tim Abeyie", "PERSON")],
    ]
    names = {(e.name, tuple(e.aliases)) for e in collect(site)}
    assert ("Briton Tim Abeyie", ()) in names
    assert ("Hayley Yelling", ()) in names


@pytest.mark.parametrize(
    ("site", "expected"),
    [
        # Singular and plural of a group, named by the spelling used most.
        (
            [[("Democrats", "NORP")], [("Democrats", "NORP")], [("Democrat", "NORP")]],
            [("group", "Democrats", 3)],
        ),
        ([[("Tories", "NORP")], [("Tory", "NORP")]], [("group", "Tories", 2)]),
        (
            [[("Muslim", "NORP")], [("Muslim", "NORP")], [("Muslims", "NORP")]],
            [("group", "Muslim", 3)],
        ),
        # Not across groups, and never for people ("William", "Mr Williams").
        (
            [[("William", "PERSON")], [("Williams", "PERSON", "PERSON")]],
            [("person", "William", 1), ("person", "Williams", 1)],
        ),
        # Tory and Conservative are two words: only the user's rules make them one.
        (
            [[("Tories", "NORP")], [("Conservatives", "NORP")]],
            [("group", "Conservatives", 1), ("group", "Tories", 1)],
        ),
    ],
)
def test_singular_and_plural_of_a_group_are_one(
    site: Site, expected: list[tuple[str, str, int]]
) -> None:
    assert listed(site) == expected


@pytest.mark.parametrize(
    ("site", "expected"),
    [
        # A legal form adds nothing to the name.
        (
            [[("Kmart", "ORG")], [("Kmart", "ORG")], [("Kmart Corp.", "ORG")]],
            [("organisation", "Kmart", 3)],
        ),
        # Nor does a web address.
        ([[("Amazon", "ORG")], [("Amazon.com", "ORG")]], [("organisation", "Amazon.com", 2)]),
        # "Labour" is the Labour Party where an article names both ...
        (
            [[("Labour", "ORG"), ("Labour Party", "ORG")], [("Labour", "ORG")]],
            [("organisation", "Labour", 2)],
        ),
        # ... but a "Liberal" no article names beside the "Liberal Party" may be another party.
        (
            [[("Liberal", "ORG")], [("Liberal Party", "ORG")]],
            [("organisation", "Liberal", 1), ("organisation", "Liberal Party", 1)],
        ),
        # A regional arm is another company.
        (
            [[("Lycos", "ORG")], [("Lycos Europe", "ORG")]],
            [("organisation", "Lycos", 1), ("organisation", "Lycos Europe", 1)],
        ),
    ],
)
def test_an_organisation_joins_its_name_with_a_legal_form_or_web_address(
    site: Site, expected: list[tuple[str, str, int]]
) -> None:
    assert listed(site) == expected


def test_two_legal_forms_of_one_short_name_leave_it_apart() -> None:
    site: Site = [[("Falic", "ORG")], [("Falic Group", "ORG")], [("Falic Holdings", "ORG")]]
    assert [(e.name, may_mean) for e, may_mean in collect_noted(site)] == [
        ("Falic", ("Falic Group", "Falic Holdings")),
        ("Falic Group", ()),
        ("Falic Holdings", ()),
    ]


def test_an_organisation_an_article_wrote_for_a_longer_name_joins_it() -> None:
    # The article's resolver wrote "Lycos" for "Lycos Europe": the site follows it.
    lycos_europe = Mention("Lycos", "ORG", "Lycos Europe", 0, 5, 0)
    articles: list[ArticleMentions] = [
        ([lycos_europe], [SENTENCE], None),
        ([Mention("Lycos", "ORG", "Lycos", 0, 5, 0)], [SENTENCE], None),
    ]
    entities = collect_entities(articles, EntityResolver(EMPTY_RULES), 1)
    assert [(e.name, len(e.appearances)) for e in entities] == [("Lycos Europe", 2)]


@pytest.mark.parametrize(
    ("site", "expected"),
    [
        # A transliterated surname, the rest of the name agreeing.
        (
            [
                [("Viktor Yanukovich", "PERSON")],
                [("Viktor F. Yanukovych", "PERSON")],
                [("Viktor F. Yanukovych", "PERSON")],
            ],
            [("person", "Viktor F. Yanukovych", 3)],
        ),
        # Another first name, or a short surname a letter apart: two people.
        (
            [[("Viktor Yanukovich", "PERSON")], [("Pavel Yanukovych", "PERSON")]],
            [("person", "Pavel Yanukovych", 1), ("person", "Viktor Yanukovich", 1)],
        ),
        (
            [[("John Smith", "PERSON")], [("John Smyth", "PERSON")]],
            [("person", "John Smith", 1), ("person", "John Smyth", 1)],
        ),
        # Middle initials that disagree: two people.
        (
            [[("Viktor A. Yanukovich", "PERSON")], [("Viktor F. Yanukovych", "PERSON")]],
            [("person", "Viktor A. Yanukovich", 1), ("person", "Viktor F. Yanukovych", 1)],
        ),
        # The same surname with and without an initial may be father and son.
        (
            [[("George Bush", "PERSON")], [("George W. Bush", "PERSON")]],
            [("person", "George Bush", 1), ("person", "George W. Bush", 1)],
        ),
    ],
)
def test_spellings_of_one_name_are_one_person(
    site: Site, expected: list[tuple[str, str, int]]
) -> None:
    assert listed(site) == expected


def test_the_users_rules_override_the_merges() -> None:
    rules = EntityRules(
        MappingProxyType(
            {
                canonical_key("Bush"): EntityRule("George H. W. Bush"),
                canonical_key("George H. W. Bush"): EntityRule("George H. W. Bush"),
                canonical_key("Tories"): EntityRule("Conservatives"),
                canonical_key("Conservatives"): EntityRule("Conservatives"),
            }
        )
    )
    site: Site = [
        [("Bush", "PERSON")],
        [("George W. Bush", "PERSON")],
        [("Tories", "NORP")],
        [("Conservatives", "NORP")],
    ]
    assert listed(site, rules) == [
        ("person", "George H. W. Bush", 1),
        ("person", "George W. Bush", 1),
        ("group", "Conservatives", 2),
    ]


def test_an_initial_and_surname_joins_the_one_full_name_it_abbreviates() -> None:
    site: Site = [
        [("G Henson", "PERSON"), ("S Jones", "PERSON")],
        [("Gavin Henson", "PERSON"), ("Stephen Jones", "PERSON"), ("Sam Jones", "PERSON")],
    ]
    # Two Joneses whose names start with S: the initial could be either.
    assert listed(site) == [
        ("person", "Gavin Henson", 2),
        ("person", "S Jones", 1),
        ("person", "Sam Jones", 1),
        ("person", "Stephen Jones", 1),
    ]


def test_a_descriptor_an_article_wrote_for_a_name_is_not_shown_as_its_alias() -> None:
    mentions = [
        Mention("Labour Party", "ORG", "Labour Party", 0, 12, 0),
        Mention("Party", "ORG", "Labour Party", 20, 25, 0),
        Mention("Labour", "ORG", "Labour Party", 30, 36, 0),
    ]
    [entity] = collect_entities([(mentions, [SENTENCE], None)], EntityResolver(EMPTY_RULES), 1)
    assert entity.aliases == ("Labour",)


def test_only_a_name_few_articles_share_ties_a_surname_to_a_full_name() -> None:
    bbc = ("BBC", "ORG")
    site: Site = [
        # Both name the BBC, as four other articles do: unrelated news.
        [("Fletcher", "PERSON"), bbc, ("West Ham", "ORG")],
        [("Susan Fletcher", "PERSON"), bbc, ("Whitbread", "ORG")],
        *([bbc, ("Leeds", "ORG")] for _ in range(4)),
        # A place only these two name: one story.
        [("Bush", "PERSON"), ("Fallujah", "GPE"), ("Leeds", "ORG")],
        [("George W. Bush", "PERSON"), ("Fallujah", "GPE")],
    ]
    people = [(name, count) for group, name, count in listed(site) if group == "person"]
    assert people == [("Fletcher", 1), ("George W. Bush", 2), ("Susan Fletcher", 1)]


def test_an_acronym_is_no_plural_of_a_name() -> None:
    site: Site = [[("Korva", "ORG")], [("KORVAS", "ORG")], [("NGOs", "ORG")], [("NGO", "ORG")]]
    assert listed(site) == [
        ("organisation", "Korva", 1),
        ("organisation", "KORVAS", 1),
        ("organisation", "NGOs", 2),
    ]
