"""A shortened title or TL;DR is a whole statement: never cut inside a phrase or a name."""

from __future__ import annotations

import pytest
from spacy.language import Language

from generator.analyse.summary.complete_cuts import is_complete_cut
from generator.analyse.summary.title import derive_title, derive_tldr
from generator.analyse.summary.whole_fact import main_verbs


def _is_complete_after(nlp: Language, sentence: str, last_word: str) -> bool:
    doc = nlp(sentence)
    tokens = [token for token in doc if not token.is_punct or token.i < len(doc) - 1]
    keep = next(place for place, token in enumerate(tokens) if token.text == last_word) + 1
    verbs = [doc[i] for i in main_verbs(doc[:].root)]
    return is_complete_cut(tokens, keep, verbs)


@pytest.mark.parametrize(
    ("sentence", "last_word", "why"),
    [
        (
            "The minister met the President of the Republic of Korea on Monday.",
            "Republic",
            "inside a name",
        ),
        (
            "The new advert will be shown on several UK and Irish television channels.",
            "UK",
            "a list of things cut after its first item",
        ),
        (
            "Gifts have illustrated the sympathy felt by ordinary Americans since the flood.",
            "felt",
            "a passive verb without its agent",
        ),
        (
            "The elections have resulted in a landslide victory for the ruling Frelimo party.",
            "victory",
            "the object without the phrase saying for whom",
        ),
        (
            "The elections in the town have resulted in a landslide victory for the party.",
            "resulted",
            "a verb without the phrase it needs",
        ),
        (
            "Telekom saw strong profits on the back of upbeat mobile earnings this year.",
            "back",
            "a noun without its of phrase",
        ),
        (
            "The council has approved a new library which is still being built.",
            "is",
            "an auxiliary without its verb",
        ),
        (
            "Anna Berg's role of chief conductor of the festival is not for the timid since "
            "leading the choir is the ultimate juggling act.",
            "choir",
            "a subject stranded before its tensed verb",
        ),
        (
            "The praise for the game is a reflection not of any new idea in its design, but of "
            "its simple approach.",
            "design",
            "'not X' without the 'but Y' it sets up",
        ),
        (
            "The annual film awards are taking place on 3 March with the stars of the film world "
            "once again holding their breath to learn who will win.",
            "again",
            "'with the stars' without what they are doing",
        ),
    ],
)
def test_a_cut_leaving_a_phrase_unfinished_is_not_complete(
    nlp: Language, sentence: str, last_word: str, why: str
) -> None:
    assert not _is_complete_after(nlp, sentence, last_word), why


@pytest.mark.parametrize(
    ("sentence", "last_word"),
    [
        ("The minister met the President of the Republic of Korea on Monday.", "Korea"),
        (
            "The elections have resulted in a landslide victory in the south of the country.",
            "victory",
        ),
        (
            "Gifts have illustrated the sympathy felt by ordinary Americans since the flood.",
            "Americans",
        ),
    ],
)
def test_a_cut_before_a_phrase_of_when_or_where_is_complete(
    nlp: Language, sentence: str, last_word: str
) -> None:
    assert _is_complete_after(nlp, sentence, last_word)


@pytest.mark.parametrize(
    ("lede", "limit", "title"),
    [
        (
            "The regional elections in the mountain province Tirol have resulted in a narrow win "
            "for the People's Party.",
            90,
            "The regional elections in Tirol have resulted in a narrow win for the People's Party",
        ),
        (
            "Pharmaceutical equipment maker Acme Industries has posted a record profit of $40m for "
            "the year.",
            70,
            "Acme Industries has posted a record profit of $40m",
        ),
    ],
)
def test_a_long_title_drops_the_description_of_a_name_not_the_fact(
    nlp: Language, lede: str, limit: int, title: str
) -> None:
    assert derive_title(nlp(lede), max_chars=limit) == title


@pytest.mark.parametrize(
    ("lede", "limit", "title"),
    [
        (
            "The old bridge was finally reopened to traffic by the mayor of the town after two "
            "years of repairs.",
            70,
            "The old bridge was reopened by the mayor of the town",
        ),
        (
            "The local elections in the small northern town of Eastwick have resulted in a clear "
            "victory for the Green Party.",
            90,
            "The local elections have resulted in a clear victory for the Green Party",
        ),
    ],
)
def test_a_title_too_long_even_so_is_the_shortest_whole_clause(
    nlp: Language, lede: str, limit: int, title: str
) -> None:
    assert derive_title(nlp(lede), max_chars=limit) == title


def test_a_shortened_title_keeps_the_name_a_later_it_refers_to(nlp: Language) -> None:
    lede = (
        "Shares in the small Welsh brewer Harbour Ales have risen sharply on speculation that it "
        "could soon be bought by a Belgian rival."
    )
    title = derive_title(nlp(lede), max_chars=110)
    assert "Harbour Ales" in title
    assert title.startswith("Shares in")


def test_a_shortened_title_keeps_what_a_form_of_be_says(nlp: Language) -> None:
    lede = (
        "Trouble and the striker Tom Baker have never been very far away from each other "
        "throughout a long and colourful career in the lower leagues."
    )
    title = derive_title(nlp(lede), max_chars=100)
    assert "very far away" in title


@pytest.mark.parametrize(
    ("lede", "title"),
    [
        (
            "United States - According to NASA, a small asteroid will pass close to Earth in 2029.",
            "A small asteroid will pass close to Earth in 2029",
        ),
        (
            "Paris - The French government has announced a new tax on large lorries crossing the "
            "country.",
            "The French government has announced a new tax on large lorries crossing the country",
        ),
        (
            "According to the space agency, the risk of an impact has been corrected to zero.",
            "The risk of an impact has been corrected to zero",
        ),
    ],
)
def test_a_place_dateline_or_an_opening_source_never_enters_a_title(
    nlp: Language, lede: str, title: str
) -> None:
    assert derive_title(nlp(lede), max_chars=120) == title


@pytest.mark.parametrize(
    ("lede", "title"),
    [
        (
            "They have concluded that human activity makes extremely hot summers twice as likely. "
            "They used a computer model.",
            "Human activity makes extremely hot summers twice as likely",
        ),
        (
            "He is unlikely to select any players who were not in the squad for the tour. He will "
            "name the team on Friday. England coach Andy Robinson said the squad was strong. "
            "Robinson has won 20 games.",
            "Andy Robinson is unlikely to select any players who were not in the squad for the "
            "tour",
        ),
    ],
)
def test_a_lede_leaning_on_a_pronoun_gives_a_title_naming_its_referent(
    nlp: Language, lede: str, title: str
) -> None:
    assert derive_title(nlp(lede), max_chars=120) == title


@pytest.mark.parametrize(
    ("text", "limit", "tldr"),
    [
        (
            "The band played a free concert on Friday for the people of the small town where they "
            "grew up, raising money for a new school.",
            95,
            "The band played a free concert on Friday for the people of the small town where they "
            "grew up.",
        ),
        (
            "The new advert will be shown from next week on several UK and Irish television "
            "channels and on the websites of the firm.",
            80,
            "The new advert will be shown from next week.",
        ),
        (
            "The film will be shown on British, French and German channels from next week, the "
            "company said on Tuesday.",
            50,
            "",
        ),
    ],
)
def test_tldr_is_a_whole_clause_or_nothing(nlp: Language, text: str, limit: int, tldr: str) -> None:
    assert derive_tldr(nlp(text), max_chars=limit) == tldr


@pytest.mark.parametrize(
    ("lede", "title"),
    [
        (
            "The Greens are set for their best results in the local council polls, one of their "
            "leaders has predicted.",
            "The Greens are set for their best results in the local council polls",
        ),
        (
            "Town manager Sir John Smith said his side's task against United would not be made "
            "any easier by the absence of Andrew Jones.",
            "Sir John Smith said his side's task against United would not be made any easier by "
            "the absence of Andrew Jones",
        ),
    ],
)
def test_a_title_drops_a_trailing_source_but_never_opens_on_a_pronoun(
    nlp: Language, lede: str, title: str
) -> None:
    assert derive_title(nlp(lede), max_chars=120) == title
