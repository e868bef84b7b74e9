"""What pronoun subjects stand for: relative clauses, speakers of quotations, people named."""

from __future__ import annotations

from spacy.language import Language

from generator.analyse.figures.referents import Referents, quote_spans


def test_quotations_are_found_and_one_left_open_ends_with_its_paragraph(nlp: Language) -> None:
    doc = nlp('He said: "We won." Then\n"It ran on\nand on.')
    spans = [doc[start:end].text for start, end in quote_spans(doc)]
    assert spans == ["We won.", "It ran on"]


def test_we_in_a_quote_is_its_speaker_before_or_after(nlp: Language) -> None:
    doc = nlp('"We have sold 500 boats," said Ann Lee.')
    we = doc[1]
    assert Referents(doc).resolve(we, we.head).text == "Lee"
    doc = nlp('Ann Lee spoke. "We have sold 500 boats. It was hard."')
    it = next(token for token in doc if token.lower_ == "we")
    assert Referents(doc).resolve(it, it.head).text == "Lee"


def test_she_in_a_quote_is_not_its_speaker(nlp: Language) -> None:
    doc = nlp('Ann Lee beat Maria Ruiz. Lee said: "She was tired."')
    she = next(token for token in doc if token.lower_ == "she")
    resolved = Referents(doc).resolve(she, she.head)
    assert resolved is not None and resolved.text == "Ruiz"


def test_a_person_named_long_before_is_not_guessed(nlp: Language) -> None:
    doc = nlp("Ann Lee won. The rain fell. The roads shut. Then he left.")
    he = next(token for token in doc if token.lower_ == "he")
    assert Referents(doc).resolve(he, he.head) is None


def test_it_never_stands_for_a_person(nlp: Language) -> None:
    doc = nlp("Tom Smith left the club. It cost $5m.")
    it = next(token for token in doc if token.lower_ == "it")
    assert Referents(doc).resolve(it, it.head) is None


def test_a_quote_whose_speaker_leads_back_to_itself_is_left_unresolved(nlp: Language) -> None:
    # Quotes left open make "he" both inside a quotation and the speaker found before it.
    text = (
        '"The team is ready. "Since that game, Rovers have grown a lot." Vell is a famous '
        "player. He won 3 cups with Rovers. So he is full of praise for two old friends. "
        '"I am glad they still play," he said. "I told Kemp that as long as he plays, I will '
        "play 2 more years."
    )
    doc = nlp(text)
    referents = Referents(doc)
    for token in doc:
        if token.lower_ in ("he", "i"):
            referents.resolve(token, token.head)  # ends, whatever it finds
