"""Names a person's name cannot be: a foreign article's, or what a person owns."""

from __future__ import annotations

from spacy.language import Language

from generator.analyse.entities.owned_names import (
    relabel_foreign_article_names,
    split_possessions,
)
from generator.analyse.entities.spans import Candidate


def labelled(nlp: Language, text: str, spans: list[tuple[int, int, str, str]]) -> list[str]:
    doc = nlp.make_doc(text)
    found = [Candidate(start, end, label, cue=cue) for start, end, label, cue in spans]
    return [
        f"{doc[c.start : c.end].text}/{c.label}" for c in relabel_foreign_article_names(doc, found)
    ]


def test_a_name_opening_with_a_foreign_article_is_no_persons(nlp: Language) -> None:
    text = "La Vardena and Der Korvex praised Ana Le Tarvo , and Le Tarvo thanked Mr Le Maas"
    spans = [
        (0, 2, "PERSON", ""),  # La Vardena
        (3, 5, "PERSON", ""),  # Der Korvex
        (6, 9, "PERSON", ""),  # Ana Le Tarvo
        (11, 13, "PERSON", ""),  # Le Tarvo: his surname
        (15, 17, "PERSON", "PERSON"),  # Mr Le Maas: a person's title
    ]
    assert labelled(nlp, text, spans) == [
        "La Vardena/ORG", "Der Korvex/ORG", "Ana Le Tarvo/PERSON", "Le Tarvo/PERSON",
        "Le Maas/PERSON",
    ]  # fmt: skip


def test_a_persons_name_stops_at_a_possessive(nlp: Language) -> None:
    doc = nlp.make_doc("She sang Rino Maas's La Vardena twice")
    split = split_possessions(doc, [Candidate(2, 7, "PERSON"), Candidate(0, 1, "ORG")])
    assert [(doc[c.start : c.end].text, c.label) for c in split] == [
        ("Rino Maas", "PERSON"), ("La Vardena", "WORK_OF_ART"), ("She", "ORG"),
    ]  # fmt: skip
