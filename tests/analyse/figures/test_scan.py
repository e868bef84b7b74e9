"""The scan's shortcut: a token `may_start_amount` turns away never starts an amount."""

from __future__ import annotations

from spacy.language import Language

from generator.analyse.figures.attach import read_amount
from generator.analyse.figures.scan import may_start_amount

TEXTS = (
    "The firm paid $5m, US $2.5bn and HK$10.5bn; A$5 fees and a $5 fee rose 3% to ¥200,000 "
    "(about €1.2m) in 2023, while 27,000 Model S cars cost £35,000 each.",
    "Two-thirds of voters, a third of staff, half a million people and dozens of towns saw "
    "twenty-five new homes, a hundred and two schools and one sixth of the budget.",
    "Tens of thousands marched 6ft 4in tall men 5 ± 0.2 mm away, at 10.45pm on 3 March; the "
    "XC40 and PS5 sold 1,000 units at 2 1/2 times the rate, about 40 per cent more.",
)


def test_turned_away_tokens_start_no_amount(nlp: Language) -> None:
    read = 0
    for doc in nlp.pipe(TEXTS):
        for token in doc:
            amount = read_amount(doc, token.i, "JPY")
            read += amount is not None
            assert may_start_amount(token) or amount is None, token.text
    assert read > 20  # the texts do hold amounts


def test_ordinary_words_are_turned_away(nlp: Language) -> None:
    doc = nlp("The council said the budget would rise next year.")
    assert not any(may_start_amount(token) for token in doc)
