"""The timeline through the real pipeline: tense from the parse, offsets, and the seed article."""

from __future__ import annotations

import datetime as dt

import pytest
from conftest import ROOT
from spacy.language import Language

from generator.analyse.timeline.dates import clause_tense, find_dates
from generator.analyse.timeline.resolve import Tense
from generator.ingest.clean import clean_text
from generator.ingest.seeds import read_seed
from generator.model.analysis import DateMention
from generator.model.article import Article

SEEDS = ROOT / "seeds"
SEED = SEEDS / "000_129643cfcd3c7d50.txt"
WEDNESDAY = dt.date(2024, 7, 10)


@pytest.fixture(scope="session")
def seed_article() -> Article:
    return read_seed(SEED, SEEDS, 1_000_000)


@pytest.fixture(scope="session")
def seed_dates(nlp: Language, seed_article: Article) -> dict[str, str | None]:
    doc = nlp(clean_text(seed_article.body).text)
    return {mention.text: mention.resolved for mention in find_dates(doc, seed_article.meta.date)}


def _resolved(
    nlp: Language, text: str, today: dt.date | None = WEDNESDAY
) -> list[tuple[str, str | None]]:
    return [(mention.text, mention.resolved) for mention in find_dates(nlp(text), today)]


def test_the_seed_is_dated_on_a_friday(seed_article: Article) -> None:
    assert seed_article.meta.date == dt.date(2023, 3, 17)


@pytest.mark.parametrize(
    ("text", "resolved"),
    [
        ("Monday", "2023-03-20"),  # "will have an informal lunch on Monday"
        ("Tuesday", "2023-03-21"),  # "before more formal talks on Tuesday"
        ("Friday", "2023-03-17"),  # "spokesman John Kirby said Friday"
        ("2012", "2012"),
        ("February 2022", "2022-02"),
        ("October", "2022-10"),  # "In October, Putin said"
        ("This month", "2023-03"),
        ("last month", "2023-02"),
        ("Last year", "2022"),
        ("next week", "2023-03-20/2023-03-26"),
        ("the late 1960s", "1960/1969"),
        ("the last decade", "2013/2023"),
        ("the past six years", "2017/2023"),
    ],
)
def test_seed_dates(seed_dates: dict[str, str | None], text: str, resolved: str) -> None:
    assert seed_dates[text] == resolved


def test_seed_durations_are_not_listed(seed_dates: dict[str, str | None]) -> None:
    # "just weeks before forces ... invaded", "growing steadily for years"
    assert "just weeks" not in seed_dates
    assert "years" not in seed_dates


@pytest.mark.parametrize(
    ("text", "resolved"),
    [
        ("The council met on Monday.", "2024-07-08"),
        ("The council will meet on Monday.", "2024-07-15"),
        ("The council meets on Monday.", "2024-07-15"),
        ("The council has met on Monday.", "2024-07-08"),
        ("The council is due to meet on Monday.", "2024-07-15"),
        ("Speaking on Monday, the mayor said the plan was ready.", "2024-07-08"),
        ("The mayor said the council would vote on Monday.", "2024-07-15"),
        ("The law signed on Monday protects the river.", "2024-07-08"),
        ("The mayor spoke on Wednesday.", "2024-07-10"),
    ],
)
def test_the_clause_tense_picks_the_weekday(nlp: Language, text: str, resolved: str) -> None:
    assert _resolved(nlp, text) == [("Monday" if "Monday" in text else "Wednesday", resolved)]


@pytest.mark.parametrize(
    ("text", "tense"),
    [
        ("They met in May.", "past"),
        ("They will meet in May.", "future"),
        ("They plan to meet in May.", "future"),
        ("They meet in May.", "present"),
        ("The roof was fixed in May.", "past"),
    ],
)
def test_clause_tense(nlp: Language, text: str, tense: Tense) -> None:
    doc = nlp(text)
    may = next(token for token in doc if token.text == "May")
    assert clause_tense(may) == tense


def test_mentions_carry_offsets_and_sentence_indexes(nlp: Language) -> None:
    text = "The bridge opened in 1932. It closed last year, and will reopen next spring."
    doc = nlp(text)
    mentions = find_dates(doc, WEDNESDAY)
    assert mentions[:2] == (
        DateMention("1932", 21, 25, 0, "1932"),
        DateMention("last year", 37, 46, 1, "2023"),
    )
    assert all(text[mention.start : mention.end] == mention.text for mention in mentions)


def test_times_are_listed_only_when_they_name_a_day(nlp: Language) -> None:
    text = "The fire started last night and burned for two hours before 6am."
    assert _resolved(nlp, text) == [("last night", "2024-07-09")]


def test_a_trailing_time_makes_a_duration_a_point(nlp: Language) -> None:
    text = "The results will be known in three weeks' time."
    assert _resolved(nlp, text) == [("three weeks' time", "2024-07-31")]


def test_an_undated_article_keeps_relative_dates_unresolved(nlp: Language) -> None:
    text = "The firm was founded in March 1990 and will report its results next week."
    assert _resolved(nlp, text, today=None) == [("March 1990", "1990-03"), ("next week", None)]


def test_ages_and_durations_are_skipped(nlp: Language) -> None:
    text = "The 45-year-old driver, who has worked there for six years, retired in 2020."
    assert _resolved(nlp, text) == [("2020", "2020")]
