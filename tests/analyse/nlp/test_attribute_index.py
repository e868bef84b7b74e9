"""The indexed attribute ruler finds exactly the matches of spaCy's own, and sets the same."""

from __future__ import annotations

import spacy
from spacy.language import Language
from spacy.pipeline import AttributeRuler
from spacy.tokens import Doc

from generator.analyse.nlp.attribute_index import IndexedAttributeRuler
from generator.analyse.nlp.loader import MODEL_NAMES

TEXT = (
    "Y'all know I'm gonna say it: there's nothing the councils didn't do.\n\n"
    "She'd told me the budgets weren't rising, and ain't that so? Let's see. "
    "The U.S. firm, which had 5,000 staff , said it would cut 3% ( or more ) by 2026 ."
)

RULES: list[tuple[list[list[dict[str, object]]], dict[str, str]]] = [
    ([[{"TAG": "NN"}]], {"POS": "NOUN"}),
    ([[{"TEXT": "Budget", "TAG": "NN"}]], {"LEMMA": "budget-exact"}),
    ([[{"LOWER": {"IN": ["rose", "fell"]}, "TAG": "VBD"}]], {"LEMMA": "move"}),
    ([[{"TAG": {"NOT_IN": ["NN", ""]}, "DEP": {"IN": ["nsubj", "dobj"]}}]], {"POS": "X"}),
    ([[{"LOWER": {"REGEX": "^n[ou]thin'?$"}}]], {"LEMMA": "nothing"}),
    ([[{"LOWER": "gon"}, {"LOWER": "na"}]], {"LEMMA": "go"}),
    ([[{"IS_SPACE": True}], [{"TAG": "_SP"}]], {"POS": "SPACE"}),
    ([[{"TAG": "NN", "OP": "+"}]], {"MORPH": "Number=Sing"}),
    ([[{"LOWER": {"IN": []}}]], {"POS": "INTJ"}),
    ([[{}]], {"MORPH": "Any=Yes"}),
]


def _ruler_with_rules() -> tuple[Language, AttributeRuler]:
    nlp = spacy.blank("en")
    ruler = nlp.add_pipe("attribute_ruler")
    assert isinstance(ruler, AttributeRuler)
    for patterns, attrs in RULES:
        ruler.add(patterns, attrs)
    return nlp, ruler


def _tagged(nlp: Language) -> Doc:
    words = ["The", "Budget", "rose", " ", "nothin'", "gon", "na", "budget", "fell", "!"]
    return Doc(
        nlp.vocab,
        words=words,
        tags=["DT", "NN", "VBD", "_SP", "PRP", "VBG", "TO", "NN", "VBD", "."],
        deps=["det", "nsubj", "ROOT", "dep", "dobj", "xcomp", "aux", "nsubj", "conj", "punct"],
        heads=[1, 2, 2, 2, 2, 2, 5, 8, 2, 2],
    )


def test_each_kind_of_rule_matches_as_the_matcher_does() -> None:
    nlp, ruler = _ruler_with_rules()
    doc = _tagged(nlp)
    assert IndexedAttributeRuler(ruler).match(doc) == ruler.match(doc)
    assert {rule for rule, *_ in ruler.match(doc)} == set(range(len(RULES))) - {8}  # not IN []


def test_an_empty_doc_has_no_matches() -> None:
    nlp, ruler = _ruler_with_rules()
    indexed = IndexedAttributeRuler(ruler)
    assert indexed.match(nlp.make_doc("")) == ruler.match(nlp.make_doc("")) == []


def test_the_model_gets_the_annotations_of_the_stock_ruler(nlp: Language) -> None:
    assert "indexed_attribute_ruler" in nlp.pipe_names
    assert "attribute_ruler" not in nlp.pipe_names
    stock = next(spacy.load(name) for name in MODEL_NAMES if spacy.util.is_package(name))
    stock.add_pipe("paragraph_sentences", before="parser")  # the same parse on both sides
    ours, theirs = nlp(TEXT), stock(TEXT)

    def annotations(doc: Doc) -> list[tuple[str, ...]]:
        return [(t.text, t.pos_, t.tag_, str(t.morph), t.lemma_, t.dep_) for t in doc]

    assert annotations(ours) == annotations(theirs)
    ruler = nlp.get_pipe("attribute_ruler")
    assert isinstance(ruler, AttributeRuler)
    assert IndexedAttributeRuler(ruler).match(ours) == ruler.match(ours)
