"""Titles and one-line summaries for articles that come without them."""

from __future__ import annotations

from collections.abc import Iterator, Sequence

from spacy.tokens import Doc, Span, Token

from generator.analyse.summary.asides import SUBJECTS
from generator.analyse.summary.clauses import main_clause, shorten_sentence
from generator.analyse.summary.cues import DEMONSTRATIVES, REFERRING_PRONOUNS, refers_back
from generator.analyse.summary.eligibility import is_summary_worthy
from generator.analyse.summary.quotations import sentences_inside_quotations
from generator.analyse.summary.rankers import NewsSummarizer
from generator.analyse.summary.summarise import Summarizer, rank_sentences

# Long enough for nine ledes in ten to keep their main clause whole (its 90th percentile is 148
# characters on 300 BBC corpus articles): a cut leaves out the key fact more often than a long
# headline tires a reader ("…are developing a common way to stop people [pirating music]").
MAX_TITLE_CHARS = 150
MAX_TLDR_CHARS = 200
# A headline restates the lede: its first summary-worthy sentence, or the second when the first
# cannot carry a headline (a quotation, a pronoun whose referent comes later).
LEDE_SENTENCES = 2
# The TL;DR is one of the summary's best sentences, not one far down the ranking.
TLDR_CANDIDATES = 3
_QUOTE_MARKS = frozenset({'"', "“", "``", "'", "‘"})
_OBJECTS = frozenset({"dobj", "pobj", "dative"})
_PERSONAL_SUBJECTS = frozenset({"he", "she"})


def derive_title(doc: Doc, max_chars: int = MAX_TITLE_CHARS) -> str:
    """A headline: the main clause of the lede, at most `max_chars` characters.

    The lede's first sentence that can head the article (not a quotation, not opening with a
    pronoun) gives it, whole: cut only where a phrase of when, where or how begins. Only when
    no such cut fits is it cut where it must be. Empty when the article has no
    summary-worthy sentence.
    """
    return headline(list(doc.sents), max_chars)


def headline(sentences: Sequence[Span], max_chars: int = MAX_TITLE_CHARS) -> str:
    """`derive_title` for sentences already split; independent of any summary ranking, so
    tuning the summary never moves a title."""
    lede = list(_lede(sentences))
    if not lede:
        return ""
    heads = [sent for sent in lede if _can_head(sent)]
    if not heads:
        # "They have concluded that human influence makes…": only the one who concludes is a
        # pronoun, and what they concluded stands alone.
        reported = (_reported_content(sent) for sent in lede)
        heads = [clause for clause in reported if clause is not None and _can_head(clause)]
    if not heads:
        return _with_person_named(lede[0], max_chars)
    first = heads[0]
    title = shorten_sentence(first, max_chars, drop_asides=True, whole_fact=True)
    title = title or shorten_sentence(first, max_chars, drop_asides=True, complete_only=True)
    # The next sentence of the lede, whole, reads better than the first cut between words.
    for sent in heads[1:]:
        title = title or shorten_sentence(sent, max_chars, drop_asides=True, whole_fact=True)
    return title or shorten_sentence(first, max_chars, drop_asides=True)


def _reported_content(sent: Span) -> Span | None:
    """The clause a pronoun subject says, finds or concludes, with a subject of its own."""
    root = sent.root
    speaker = next((child for child in root.children if child.dep_ in SUBJECTS), None)
    if speaker is None or speaker.lower_ not in REFERRING_PRONOUNS:
        return None
    clause = next(
        (
            child
            for child in root.rights
            if child.dep_ == "ccomp" and any(c.dep_ in SUBJECTS for c in child.children)
        ),
        None,
    )
    if clause is None:
        return None
    start = clause.left_edge.i
    while sent.doc[start].dep_ == "mark":
        start += 1
    return sent.doc[start : clause.right_edge.i + 1]


def _with_person_named(sent: Span, max_chars: int) -> str:
    """A lede that opens with "He" or "She" ("He is unlikely to select…"): the pronoun gives
    way to the name of the person the article mentions most."""
    name = most_mentioned_person(sent.doc)
    room = max_chars - max(len(name) - 3, 0)
    title = shorten_sentence(sent, room, drop_asides=True, whole_fact=True) or shorten_sentence(
        sent, room, drop_asides=True
    )
    first, _, rest = title.partition(" ")
    if name and rest and first.lower() in _PERSONAL_SUBJECTS:
        return f"{name} {rest}"
    return title


def most_mentioned_person(doc: Doc) -> str:
    """The fullest form of the name of the person mentioned most often ("Sir Clive Woodward"
    over "Woodward"); empty when the article names nobody."""
    mentions: dict[str, list[str]] = {}
    for ent in doc.ents:
        if ent.label_ == "PERSON" and ent[-1].pos_ == "PROPN":
            mentions.setdefault(ent[-1].text, []).append(ent.text)
    if not mentions:
        return ""
    forms = max(mentions.values(), key=len)
    return max(forms, key=lambda form: (len(form.split()), form))


def first_words(text: str, max_chars: int = MAX_TITLE_CHARS) -> str:
    """The opening words of `text`, up to `max_chars`, with "…" where they were cut: the title
    of an article with no sentence a headline can be made from (a list, a table, a fragment)."""
    line = next((line.strip() for line in text.splitlines() if line.strip()), "")
    words = " ".join(line.split())
    if len(words) <= max_chars:
        return words.rstrip(" .,;:")
    cut = words[: max_chars - 1].rsplit(" ", 1)[0].rstrip(" .,;:-\u2013—")
    return f"{cut}…"


def _lede(sentences: Sequence[Span]) -> Iterator[Span]:
    found = 0
    quoted = sentences_inside_quotations(sentences)
    for index, sent in enumerate(sentences):
        if found == LEDE_SENTENCES:
            return
        if index not in quoted and is_summary_worthy(sent):
            found += 1
            yield sent


def _can_head(sent: Span) -> bool:
    """A headline states the news itself: not a quotation, and no pronoun whose referent is
    not in the headline ("They may not know…", "Scientists have compared it to…")."""
    tokens, _ = main_clause(sent, drop_asides=True)
    words = [token for token in tokens if not token.is_punct]
    if not words or any(token.text in _QUOTE_MARKS for token in sent[:2]):
        return False
    first = words[0]
    if first.lower_ in REFERRING_PRONOUNS or (
        first.lower_ in DEMONSTRATIVES and first.pos_ == "PRON"
    ):
        return False
    return not any(_object_refers_back(token) for token in words)


def _object_refers_back(token: Token) -> bool:
    """An object standing for something named before ("compared it to…"); a "that" read as an
    object but opening a clause ("settled charges [that it failed…]") is the parser's slip."""
    if token.dep_ not in _OBJECTS or token.lower_ not in {"it", "them", "this", "that"}:
        return False
    following = token.doc[token.i + 1] if token.i + 1 < len(token.doc) else None
    if token.lower_ == "that" and following is not None and not following.is_punct:
        return False
    return not _antecedent_before(token)


def _antecedent_before(pronoun: Token) -> bool:
    """A pronoun in a clause of its own with a noun before it in the sentence points there
    ("make three bloggers reveal who told [them]", "…emails, and most of [it] is junk"); the
    main verb's own object ("have compared [it] to…") points back past the sentence."""
    verb = pronoun.head if pronoun.dep_ != "pobj" else pronoun.head.head
    sent = pronoun.sent
    if verb.i == sent.root.i:
        return False
    return any(token.pos_ in ("NOUN", "PROPN") for token in sent if token.i < pronoun.i)


def derive_tldr(
    doc: Doc, summarizer: Summarizer | None = None, max_chars: int = MAX_TLDR_CHARS
) -> str:
    """A one-line TL;DR: the best-ranked sentence that stands on its own, cut to its main
    clause, as a sentence. The page leaves it out when it says the title again.

    Empty when the article has no summary-worthy sentence.
    """
    ranked = rank_sentences(doc, summarizer or NewsSummarizer())
    return tldr_from_ranking(list(doc.sents), ranked, max_chars)


def tldr_from_ranking(
    sentences: Sequence[Span], ranked: Sequence[int], max_chars: int = MAX_TLDR_CHARS
) -> str:
    """`derive_tldr` for a ranking already made: the best of the first few sentences that does
    not open with a pronoun or connective ("It said…") and fits as a whole statement, never
    cut inside a phrase; empty when none of them does."""
    for index in ranked[:TLDR_CANDIDATES]:
        if refers_back(sentences[index]):
            continue
        clause = shorten_sentence(
            sentences[index], max_chars - 1, drop_asides=False, complete_only=True
        )
        if clause:
            return f"{clause}."
    return ""
