"""A made-up site's closed classes: a people's word is a group and a country or continent a
place, whatever one sentence's guess, and neither is another name's short form."""

from __future__ import annotations

from made_up_sites import Site, listed


def test_a_peoples_word_the_model_took_for_a_firm_is_a_group() -> None:
    site: Site = [
        [("Velish", "NORP"), ("British", "ORG")],
        [("British", "ORG")],
        [("British", "NORP")],
        [("Britons", "PERSON")],
    ]
    assert listed(site) == [
        ("group", "British", 3),
        ("group", "Britons", 1),
        ("group", "Velish", 1),
    ]


def test_a_country_or_continent_the_model_took_for_a_person_is_a_place() -> None:
    site: Site = [
        [("Netherlands", "PERSON")],
        [("Netherlands", "PERSON"), ("Africa", "PERSON")],
        [("Africa", "GPE"), ("Maldives", "ORG")],
    ]
    assert listed(site) == [
        ("place", "Africa", 2),
        ("place", "Maldives", 1),
        ("place", "Netherlands", 2),
    ]


def test_a_peoples_word_cued_as_a_persons_name_stays_a_person() -> None:
    site: Site = [[("Irish", "PERSON", "PERSON")], [("Irish", "NORP")]]
    assert listed(site) == [("person", "Irish", 1), ("group", "Irish", 1)]


def test_a_peoples_word_is_no_short_form_of_a_name_ending_in_it() -> None:
    site: Site = [
        [("Association of British", "ORG"), ("British", "NORP")],
        [("British", "ORG")],
    ]
    assert listed(site) == [
        ("organisation", "Association of British", 1),
        ("group", "British", 2),
    ]
