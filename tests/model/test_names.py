"""Name normalisation, without the model."""

from __future__ import annotations

import pytest

from generator.model.names import (
    canonical_key,
    expand_alias,
    initials_of,
    is_acronym,
    mixed_case_initials,
    repair_word_case,
    strip_possessive,
    tidy_name,
)


@pytest.mark.parametrize(
    ("written", "tidy"),
    [
        ("the United States", "United States"),
        ("The United States", "United States"),
        ("Putin's", "Putin"),
        ("Putin\u2019s", "Putin"),
        ("VLadimir Putin", "Vladimir Putin"),
        ("  Xi \n Jinping ", "Xi Jinping"),
        ("U.S.", "U.S."),
        ("NATO", "NATO"),
        ('"Kremlin"', "Kremlin"),
    ],
)
def test_tidy_name_strips_articles_possessives_and_drop_cap_damage(written: str, tidy: str) -> None:
    assert tidy_name(written) == tidy


def test_tidy_name_keeps_a_lone_article_word() -> None:
    assert tidy_name("The") == "The"


@pytest.mark.parametrize(
    "spelling",
    ["The United States", "United States", "the U.S.", "U.S.", "US", "USA", "the States"],
)
def test_spellings_of_the_united_states_share_one_key(spelling: str) -> None:
    assert canonical_key(spelling) == "united states"


@pytest.mark.parametrize("spelling", ["UK", "U.K.", "Britain", "Great Britain", "United Kingdom"])
def test_spellings_of_the_united_kingdom_share_one_key(spelling: str) -> None:
    assert canonical_key(spelling) == "united kingdom"


def test_canonical_key_folds_accents_case_and_possessives() -> None:
    assert canonical_key("Müller\u2019s") == "muller"
    assert canonical_key("MÜLLER") == "muller"


def test_lower_case_pronoun_us_is_not_the_united_states() -> None:
    assert expand_alias("us") is None
    assert canonical_key("us") == "us"


def test_expand_alias_gives_display_names() -> None:
    assert expand_alias("the U.S.") == "United States"
    assert expand_alias("Britain") == "United Kingdom"
    assert expand_alias("Vladimir Putin") is None


def test_initials_skip_function_words_and_split_hyphens() -> None:
    assert initials_of("North Atlantic Treaty Organization") == "NATO"
    assert initials_of("Organization of the Petroleum Exporting Countries") == "OPEC"
    assert initials_of("Asia-Pacific Economic Cooperation") == "APEC"


@pytest.mark.parametrize(
    ("text", "expected"), [("NATO", True), ("U.N.", True), ("Nato", False), ("A", False)]
)
def test_is_acronym(text: str, expected: bool) -> None:
    assert is_acronym(text) is expected


def test_strip_possessive_leaves_short_words_alone() -> None:
    assert strip_possessive("Jones'") == "Jones"
    assert strip_possessive("'s") == "'s"


def test_repair_word_case_only_touches_drop_cap_damage() -> None:
    assert repair_word_case("THe") == "THe"  # too short to tell damage from an acronym
    assert repair_word_case("WAshington") == "Washington"
    assert repair_word_case("NATO") == "NATO"
    assert repair_word_case("McDonald") == "McDonald"


@pytest.mark.parametrize(
    ("text", "initials"),
    [("BoE", "BE"), ("DfES", "DES"), ("GmbH", None), ("McDonald", None), ("iPod", None)],
)
def test_mixed_case_initials(text: str, initials: str | None) -> None:
    assert mixed_case_initials(text) == initials
