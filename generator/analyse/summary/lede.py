"""What the first sentence of an article says about how the article is written.

An inverted-pyramid story opens with its news: a statement that names who or what and reports
what happened ("The council closed the library on Monday."), and the rest elaborates on it. A
feature or report opens by setting a scene: a question, a quotation, an anecdote told about
"he" or "it", a sentence with nobody named. The summariser reads this from the article alone
(`NewsSummarizer.centrality_gate`).
"""

from __future__ import annotations

from spacy.tokens import Span, Token

from generator.analyse.summary.cues import REFERRING_PRONOUNS, first_word

# Entity labels that name a participant of a story; dates, times and counts do not.
NAMING_LABELS = frozenset(
    {"PERSON", "ORG", "GPE", "NORP", "LOC", "FAC", "EVENT", "PRODUCT", "LAW", "WORK_OF_ART"}
)
# Opening marks of a quotation, straight, curly and PTB-tokenised.
QUOTE_OPENERS = frozenset({'"', "'", "\u201c", "\u2018", "``", "`"})


def carries_news(lede: Span) -> bool:
    """True when `lede` reads as a hard-news lede: a statement, not a question or a quotation,
    that does not lean on a referent before it, names a participant, and reports an event (a
    past, perfect or future main verb)."""
    words = [token for token in lede if not token.is_space]
    if not words or words[-1].text == "?" or words[0].text in QUOTE_OPENERS:
        return False
    first = first_word(lede)
    if first is None or first.lower_ in REFERRING_PRONOUNS:
        return False
    if not any(token.ent_type_ in NAMING_LABELS for token in lede):
        return False
    return _reports_an_event(lede.root)


def _reports_an_event(root: Token) -> bool:
    if root.pos_ not in {"VERB", "AUX"}:
        return False
    verbs = [root, *(child for child in root.children if child.dep_ in {"aux", "auxpass"})]
    # Past ("closed"), perfect ("has closed": an auxiliary with a past participle) or future
    # ("will close", "is to close"): the tenses a report of an event is written in.
    return any(
        verb.tag_ in {"VBD", "VBN"} or verb.tag_ == "MD" or verb.lower_ == "to" for verb in verbs
    )
