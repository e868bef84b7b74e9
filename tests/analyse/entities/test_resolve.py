"""Grouping candidates into canonical names with one label each."""

from __future__ import annotations

import pytest
from spacy.language import Language

from generator.analyse.entities.resolve import NameResolver
from generator.analyse.entities.spans import Candidate


def test_surname_merges_into_the_one_full_name(nlp: Language) -> None:
    doc = nlp.make_doc("Mark Waugh , Steve Waugh , Waugh , Brian Lara , Lara , B. Lara")
    candidates = [
        Candidate(0, 2, "PERSON"),
        Candidate(3, 5, "PERSON"),
        Candidate(6, 7, "PERSON"),
        Candidate(8, 10, "PERSON"),
        Candidate(11, 12, "ORG"),
        Candidate(13, 15, "PERSON"),
    ]
    resolver = NameResolver(doc, candidates)
    resolver.merge_name_parts()
    assert resolver.resolve() == [
        ("Mark Waugh", "PERSON"),
        ("Steve Waugh", "PERSON"),
        ("Waugh", "PERSON"),
        ("Brian Lara", "PERSON"),
        ("Brian Lara", "PERSON"),
        ("Brian Lara", "PERSON"),
    ]


def test_majority_label_wins_and_a_full_person_name_breaks_ties(nlp: Language) -> None:
    doc = nlp.make_doc("Jordan Jordan Jordan , Tom Cook Cook Cook")
    candidates = [
        Candidate(0, 1, "GPE"),
        Candidate(1, 2, "GPE"),
        Candidate(2, 3, "PERSON"),
        Candidate(4, 6, "PERSON"),
        Candidate(6, 7, "ORG"),
        Candidate(7, 8, "ORG"),
    ]
    resolver = NameResolver(doc, candidates)
    resolver.merge_name_parts()
    labels = [label for _, label in resolver.resolve()]
    assert labels == ["GPE", "GPE", "GPE", "PERSON", "PERSON", "PERSON"]


def test_acronyms_merge_by_definition_or_by_initials(nlp: Language) -> None:
    doc = nlp.make_doc("World Trade Organization , WTO , Bank of England , BOE , NATO")
    candidates = [
        Candidate(0, 3, "ORG"),
        Candidate(4, 5, "ORG"),
        Candidate(6, 9, "ORG"),
        Candidate(10, 11, "ORG"),
        Candidate(12, 13, "ORG"),
    ]
    resolver = NameResolver(doc, candidates)
    resolver.merge_definitions([(candidates[2], candidates[3])])
    resolver.merge_spelled_acronyms()
    assert [name for name, _ in resolver.resolve()] == [
        "World Trade Organization",
        "World Trade Organization",
        "Bank of England",
        "Bank of England",
        "NATO",
    ]


def test_a_short_form_with_small_linking_initials_is_spelled_by_its_name(
    nlp: Language,
) -> None:
    """ "BoE" spells the Bank of England as "BOE" does; "GmbH" spells nothing."""
    doc = nlp.make_doc("Bank of England , BoE , Korva Media Bank Holdings , GmbH")
    candidates = [
        Candidate(0, 3, "ORG"),
        Candidate(4, 5, "ORG"),
        Candidate(6, 10, "ORG"),
        Candidate(11, 12, "ORG"),
    ]
    resolver = NameResolver(doc, candidates)
    resolver.merge_spelled_acronyms()
    assert [name for name, _ in resolver.resolve()] == [
        "Bank of England",
        "Bank of England",
        "Korva Media Bank Holdings",
        "GmbH",
    ]


def test_spellings_meet_and_the_mixed_case_full_form_is_shown(nlp: Language) -> None:
    doc = nlp.make_doc("JAPAN , Japan , the U.S. , United States")
    candidates = [
        Candidate(0, 1, "GPE"),
        Candidate(2, 3, "GPE"),
        Candidate(5, 6, "GPE"),
        Candidate(7, 9, "GPE"),
    ]
    names = [name for name, _ in NameResolver(doc, candidates).resolve()]
    assert names == ["Japan", "Japan", "United States", "United States"]


def resolve_listed(
    nlp: Language, named: list[tuple[str, str]] | list[tuple[str, str, float]]
) -> list[tuple[str, str]]:
    """Resolve names listed one after another, each a candidate with its label (and weight),
    through every merge the article step makes but acronym definitions."""
    doc = nlp.make_doc(" , ".join(name for name, *_ in named))
    candidates = []
    start = 0
    for name, label, *weight in named:
        end = start + len(nlp.make_doc(name))
        candidates.append(Candidate(start, end, label, *weight))
        start = end + 1
    resolver = NameResolver(doc, candidates)
    resolver.merge_spelled_acronyms()
    resolver.merge_name_parts()
    return resolver.resolve()


@pytest.mark.parametrize(
    ("labels", "chosen"),
    [
        (["ORG", "GPE"], "GPE"),
        (["GPE", "ORG"], "GPE"),
        (["ORG", "PERSON"], "PERSON"),
        (["NORP", "LOC"], "LOC"),
        (["WORK_OF_ART", "PRODUCT"], "PRODUCT"),
    ],
)
def test_a_tied_label_vote_goes_to_the_preferred_label_whatever_the_order(
    nlp: Language, labels: list[str], chosen: str
) -> None:
    resolved = resolve_listed(nlp, [("Jordan", label) for label in labels])
    assert resolved == [("Jordan", chosen)] * len(labels)


def test_a_label_given_to_a_full_name_outweighs_one_given_to_its_acronym(nlp: Language) -> None:
    resolved = resolve_listed(nlp, [("World Trade Organization", "ORG"), ("WTO", "GPE")])
    assert resolved == [("World Trade Organization", "ORG")] * 2


def test_a_person_named_in_full_wins_a_label_vote_it_would_otherwise_tie(nlp: Language) -> None:
    # The full name's two words count 2, and being a person named in full 1 more: 3 to 3.
    resolved = resolve_listed(nlp, [("Tom Cook", "PERSON")] + [("Cook", "ORG")] * 3)
    assert resolved == [("Tom Cook", "PERSON")] * 4


def test_a_full_name_mostly_called_a_person_takes_in_its_surname(nlp: Language) -> None:
    # "Tom Cook" has half a PERSON vote per word and a whole ORG vote per word: a tie that
    # its being a person named in full settles, so the lone "Cook" joins it.
    named = [("Tom Cook", "PERSON", 0.5), ("Tom Cook", "ORG", 1.0), ("Cook", "PERSON", 1.0)]
    assert resolve_listed(nlp, named) == [("Tom Cook", "PERSON")] * 3


def test_a_word_mostly_called_a_place_stays_apart_from_the_person_it_names(
    nlp: Language,
) -> None:
    named = [("Paris Hilton", "PERSON"), ("Paris", "GPE"), ("Paris", "GPE"), ("Paris", "PERSON")]
    assert resolve_listed(nlp, named) == [("Paris Hilton", "PERSON")] + [("Paris", "GPE")] * 3


@pytest.mark.parametrize(
    ("named", "resolved"),
    [
        # A surname or an initial and surname: the last of three words.
        (
            [("Martin Luther King", "PERSON"), ("King", "PERSON"), ("M. King", "PERSON")],
            [("Martin Luther King", "PERSON")] * 3,
        ),
        # A place or a people that shares a word with a person's name is not that person.
        (
            [("Michael Jordan", "PERSON"), ("Jordan", "GPE")],
            [("Michael Jordan", "PERSON"), ("Jordan", "GPE")],
        ),
        (
            [("Tom English", "PERSON"), ("English", "NORP")],
            [("Tom English", "PERSON"), ("English", "NORP")],
        ),
        # A capital letter without a full stop is not an initial.
        (
            [("Brian Lara", "PERSON"), ("B Lara", "PERSON")],
            [("Brian Lara", "PERSON"), ("B Lara", "PERSON")],
        ),
        # An initial and surname with no full name to join stays as it is.
        ([("B. Lara", "PERSON")], [("B. Lara", "PERSON")]),
    ],
)
def test_which_name_parts_join_a_person_named_in_full(
    nlp: Language, named: list[tuple[str, str]], resolved: list[tuple[str, str]]
) -> None:
    assert resolve_listed(nlp, named) == resolved


@pytest.mark.parametrize(
    ("named", "shown"),
    [
        # Two words each: the one without a bare initial, though used less.
        ([("B. Lara", "PERSON"), ("B. Lara", "PERSON"), ("Brian Lara", "PERSON")], "Brian Lara"),
        # One spelling of one key: the most used, though not the first.
        ([("Zurich", "GPE"), ("Zürich", "GPE"), ("Zürich", "GPE")], "Zürich"),
    ],
)
def test_the_fullest_then_most_used_spelling_names_the_group(
    nlp: Language, named: list[tuple[str, str]], shown: str
) -> None:
    assert [name for name, _ in resolve_listed(nlp, named)] == [shown] * len(named)


@pytest.mark.parametrize(
    ("named", "shown"),
    [
        # A name of two words, written with or without full stops.
        ([("World Bank", "ORG"), ("WB", "ORG")], ["World Bank", "World Bank"]),
        (
            [("World Trade Organization", "ORG"), ("W.T.O.", "ORG")],
            ["World Trade Organization", "World Trade Organization"],
        ),
        # One hyphenated word is not a name of several words.
        ([("Al-Ahly", "ORG"), ("AA", "ORG")], ["Al-Ahly", "AA"]),
        # A well-known short form keeps its meaning.
        ([("Union Steel", "ORG"), ("US", "GPE")], ["Union Steel", "United States"]),
    ],
)
def test_an_acronym_joins_the_name_of_several_words_its_initials_spell(
    nlp: Language, named: list[tuple[str, str]], shown: list[str]
) -> None:
    assert [name for name, _ in resolve_listed(nlp, named)] == shown


def test_an_acronym_defined_for_two_names_but_never_used_does_not_join_them(
    nlp: Language,
) -> None:
    doc = nlp.make_doc("Bank of England ( BOE ) , Bank of Egypt ( BOE )")
    england, egypt = Candidate(0, 3, "ORG"), Candidate(7, 10, "ORG")
    resolver = NameResolver(doc, [england, egypt])
    resolver.merge_definitions(
        [(england, Candidate(4, 5, "ORG")), (egypt, Candidate(11, 12, "ORG"))]
    )
    assert resolver.resolve() == [("Bank of England", "ORG"), ("Bank of Egypt", "ORG")]


@pytest.mark.parametrize(
    ("named", "resolved"),
    [
        # A surname the model took for a place it is not joins the person all the same.
        (
            [("Lio Fernwald", "PERSON"), ("Fernwald", "GPE")],
            [("Lio Fernwald", "PERSON")] * 2,
        ),
        # The last words of an organisation's name are its short form...
        (
            [("Grand Duchy Air Force", "ORG"), ("Air Force", "ORG")],
            [("Grand Duchy Air Force", "ORG")] * 2,
        ),
        # ... and of a country's.
        (
            [("Democratic Republic of the Congo", "GPE"), ("Congo", "GPE")],
            [("Democratic Republic of the Congo", "GPE")] * 2,
        ),
        # Nested: the shorter finds the longer already joined, so has one owner.
        (
            [("Zorland Supreme Court", "ORG"), ("Supreme Court", "ORG"), ("Court", "ORG")],
            [("Zorland Supreme Court", "ORG")] * 3,
        ),
        # Two longer names share the short form: it stays apart.
        (
            [("Royal Air Force", "ORG"), ("Grand Duchy Air Force", "ORG"), ("Air Force", "ORG")],
            [("Royal Air Force", "ORG"), ("Grand Duchy Air Force", "ORG"), ("Air Force", "ORG")],
        ),
        # A town's name that is a person's surname is that person.
        (
            [("Lindsay Davenport", "PERSON"), ("Davenport", "GPE")],
            [("Lindsay Davenport", "PERSON")] * 2,
        ),
        # A continent in a country's name, a country in a film's, a town in a firm's, a
        # city's last word, a region of a people and a nationality's branch of a party are
        # not short forms.
        (
            [("South Africa", "GPE"), ("Africa", "LOC")],
            [("South Africa", "GPE"), ("Africa", "LOC")],
        ),
        (
            [("Hotel Rwanda", "WORK_OF_ART"), ("Rwanda", "GPE")],
            [("Hotel Rwanda", "WORK_OF_ART"), ("Rwanda", "GPE")],
        ),
        (
            [("Quux London", "ORG"), ("London", "GPE")],
            [("Quux London", "ORG"), ("London", "GPE")],
        ),
        (
            [("South African", "NORP"), ("African", "NORP")],
            [("South African", "NORP"), ("African", "NORP")],
        ),
        (
            [("Banda Aceh", "GPE"), ("Aceh", "GPE")],
            [("Banda Aceh", "GPE"), ("Aceh", "GPE")],
        ),
        (
            [("Scottish Labour", "ORG"), ("Labour", "ORG")],
            [("Scottish Labour", "ORG"), ("Labour", "ORG")],
        ),
    ],
)
def test_a_short_form_joins_the_one_longer_name_it_ends(
    nlp: Language, named: list[tuple[str, str]], resolved: list[tuple[str, str]]
) -> None:
    assert resolve_listed(nlp, named) == resolved


@pytest.mark.parametrize(
    ("named", "resolved"),
    [
        # Used as often, the singular names the group.
        ([("Zoomers", "PRODUCT"), ("Zoomer", "PRODUCT")], [("Zoomer", "PRODUCT")] * 2),
        # The plural of a person's name is a family or a band.
        (
            [("Tom Quill", "PERSON"), ("Quill", "PERSON"), ("Quills", "ORG")],
            [("Tom Quill", "PERSON")] * 2 + [("Quills", "ORG")],
        ),
    ],
)
def test_a_plural_joins_its_singular(
    nlp: Language, named: list[tuple[str, str]], resolved: list[tuple[str, str]]
) -> None:
    assert resolve_listed(nlp, named) == resolved


@pytest.mark.parametrize(
    ("named", "resolved"),
    [
        (
            [("James Quorle", "PERSON"), ("Jim Quorle", "PERSON"), ("Quorle", "PERSON")],
            [("James Quorle", "PERSON")] * 3,
        ),
        # A familiar form that fits two given names joins neither, nor does the surname.
        (
            [("Alan Quorle", "PERSON"), ("Albert Quorle", "PERSON"), ("Al Quorle", "PERSON")],
            [("Alan Quorle", "PERSON"), ("Albert Quorle", "PERSON"), ("Al Quorle", "PERSON")],
        ),
    ],
)
def test_a_familiar_given_name_joins_the_same_surname(
    nlp: Language, named: list[tuple[str, str]], resolved: list[tuple[str, str]]
) -> None:
    assert resolve_listed(nlp, named) == resolved


def test_a_surname_the_model_read_as_an_organisation_is_the_persons(nlp: Language) -> None:
    """Four "Vell" read as an organisation still name the one person named in full."""
    doc = nlp.make_doc("Marta Vell , Vell , Vell , Vell , Vell")
    candidates = [
        Candidate(0, 2, "PERSON"),
        Candidate(3, 4, "ORG"),
        Candidate(5, 6, "ORG"),
        Candidate(7, 8, "ORG"),
        Candidate(9, 10, "ORG"),
    ]
    resolver = NameResolver(doc, candidates)
    resolver.merge_name_parts()
    assert resolver.resolve() == [("Marta Vell", "PERSON")] * 5


def test_a_name_without_its_kind_word_is_its_short_form(nlp: Language) -> None:
    """ "La Korva" of "La Korva Theatre"; a place is not short for an event held there."""
    doc = nlp.make_doc("La Korva Theatre , La Korva , Tarvos Open , Tarvos")
    candidates = [
        Candidate(0, 3, "ORG"),
        Candidate(4, 6, "ORG"),
        Candidate(7, 9, "EVENT"),
        Candidate(10, 11, "GPE"),
    ]
    resolver = NameResolver(doc, candidates)
    resolver.merge_name_parts()
    assert resolver.resolve() == [
        ("La Korva Theatre", "ORG"),
        ("La Korva Theatre", "ORG"),
        ("Tarvos Open", "EVENT"),
        ("Tarvos", "GPE"),
    ]
