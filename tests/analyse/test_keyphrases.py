"""Key phrases (future tags) through the real pipeline."""

from __future__ import annotations

from pathlib import Path

import pytest
from spacy.language import Language

from generator.analyse.keyphrases import MAX_PHRASES, find_key_phrases
from generator.ingest.clean import clean_text
from generator.ingest.seeds import read_seed

SEEDS = Path(__file__).resolve().parents[2] / "seeds"
SEED = SEEDS / "000_129643cfcd3c7d50.txt"
LIBRARY_STORY = (
    "Mayor Ann Lee opened the new public library in Millbrook on Monday. Lee said the public "
    "library cost the town $4 million. The library holds 50,000 books and a small museum. "
    "Residents queued outside the library for hours. The United Nations praised the project, "
    "and a UN report called Millbrook a model town. Lee thanked the volunteers."
)


def test_names_fold_and_phrases_merge(nlp: Language) -> None:
    # "Lee" counts for "Ann Lee", "UN" for "United Nations", "library" for "public library".
    assert find_key_phrases(nlp(LIBRARY_STORY)) == (
        "Ann Lee", "United Nations", "public library", "Millbrook",
    )  # fmt: skip


@pytest.mark.parametrize(("count", "length"), [(1, 3), (3, 3), (5, 4), (10, 4)])
def test_count_is_clamped_to_at_least_three(nlp: Language, count: int, length: int) -> None:
    # The story has four recurring phrases, so asking for more gives four.
    assert len(find_key_phrases(nlp(LIBRARY_STORY), count)) == length


def test_count_is_clamped_to_at_most_six(nlp: Language) -> None:
    pairs = [("Paris", "Rome"), ("Berlin", "Madrid"), ("Lisbon", "Vienna"), ("Oslo", "Prague")]
    text = " ".join(f"{city} and {other} signed a trade deal." for city, other in pairs)
    assert len(find_key_phrases(nlp(text), 10)) == MAX_PHRASES


def test_common_nouns_are_lower_case_lemmas(nlp: Language) -> None:
    text = (
        "The councils approved the budgets. The council said the budget was fair. "
        "The budget rises next year, the council said."
    )
    assert find_key_phrases(nlp(text)) == ("council", "budget")


def test_bylines_datelines_and_cited_outlets_are_not_tags(nlp: Language) -> None:
    text = (
        "By Jane Roe\n\nLONDON (Reuters) - The council approved the budget on Tuesday, "
        "according to Reuters. Officials told the BBC that the budget was fair."
    )
    assert find_key_phrases(nlp(text)) == ("budget", "council", "official")


def test_seed_tags(nlp: Language) -> None:
    doc = nlp(clean_text(read_seed(SEED, SEEDS, 1_000_000).body).text)
    assert find_key_phrases(doc) == ("Xi Jinping", "Vladimir Putin", "China", "Ukraine", "Moscow")
