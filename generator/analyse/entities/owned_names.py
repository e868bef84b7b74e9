"""Names the model reads as a person's that a person's name cannot be.

Each rule states a class:
- a name opening with a foreign definite article ("La Scala", "Le Monde", "El Pais", "Der
  Spiegel") is a body's, a venue's or a work's: a person's name holds one only after a given
  name ("Simon Le Bon", whose "Le Bon" stays his), or under a person's title ("Mr Le Pen");
- a name never runs across a possessive: "Giuseppe Verdi's La Traviata" is a person and what
  he owns, most often his work.
"""

from __future__ import annotations

from collections.abc import Iterable

from spacy.tokens import Doc

from generator.analyse.entities.spans import POSSESSIVES, Candidate

# Definite articles of the languages whose names English news quotes untranslated.
FOREIGN_ARTICLES = frozenset({"la", "le", "el", "les", "los", "las", "il", "der", "die", "das"})
# What a foreign article's name read as a person's becomes: a body's most often ("Le Monde").
NOT_PERSON_LABEL = "ORG"
# What a person owns, named in one span with them ("Verdi's La Traviata").
OWNED_LABEL = "WORK_OF_ART"


def _opens_with_foreign_article(doc: Doc, candidate: Candidate) -> bool:
    first = doc[candidate.start]
    return (
        candidate.end - candidate.start > 1
        and first.lower_ in FOREIGN_ARTICLES
        and first.text[:1].isupper()
        and doc[candidate.start + 1].text[:1].isupper()
    )


def relabel_foreign_article_names(doc: Doc, candidates: Iterable[Candidate]) -> list[Candidate]:
    """Candidates read as a person's whose name opens with a foreign article, without a cue
    and ending no longer person's name of the article, as organisations."""
    candidates = list(candidates)
    person_names = [
        tuple(t.lower_ for t in doc[c.start : c.end]) for c in candidates if c.label == "PERSON"
    ]
    relabelled = []
    for candidate in candidates:
        words = tuple(t.lower_ for t in doc[candidate.start : candidate.end])
        of_a_person = any(
            len(name) > len(words) and name[-len(words) :] == words for name in person_names
        )
        if (
            candidate.label == "PERSON"
            and not candidate.cue
            and not of_a_person
            and _opens_with_foreign_article(doc, candidate)
        ):
            candidate = candidate._replace(label=NOT_PERSON_LABEL)  # noqa: PLW2901
        relabelled.append(candidate)
    return relabelled


def split_possessions(doc: Doc, candidates: Iterable[Candidate]) -> list[Candidate]:
    """Split a person's name from what it owns: "Giuseppe Verdi's La Traviata" is Giuseppe
    Verdi and his work La Traviata."""
    split = []
    for candidate in candidates:
        marks = [
            index
            for index in range(candidate.start + 1, candidate.end - 1)
            if doc[index].text in POSSESSIVES and doc[index + 1].text[:1].isupper()
        ]
        if candidate.label != "PERSON" or not marks:
            split.append(candidate)
            continue
        mark = marks[0]
        split.append(candidate._replace(end=mark))
        split.append(candidate._replace(start=mark + 1, label=OWNED_LABEL))
    return split
