"""Shortening a sentence to its main clause, for titles and one-line summaries.

Everything here reads spaCy's dependency parse. A sentence first loses what a headline never
carries (dateline, fronted modifiers, "However,", trailing attribution, bracketed asides); if it
is still too long it is cut where a phrase begins, after the main verb and its complement, so the
result never stops mid-phrase. Only when no such cut fits is it compressed further (time phrases,
the subject's modifiers, the attribution) and, as a last resort, cut between whole words.
"""

from __future__ import annotations

import re
from itertools import islice

from spacy.tokens import Span, Token

from generator.analyse.summary.asides import (
    VERB_TAGS,
    without_asides,
    without_fronted_modifier,
    without_leading_source,
    without_opening_words,
    without_trailing_source,
)
from generator.analyse.summary.complete_cuts import is_complete_cut
from generator.analyse.summary.compressions import (
    BACKGROUND_DROPS,
    compressions,
    reported_statement,
)
from generator.analyse.summary.cut_ends import (
    DASHES,
    is_cut_punctuation,
    places_outside_asides,
    trim_dangling,
    without_unpaired_brackets,
    without_unpaired_quotes,
)
from generator.analyse.summary.eligibility import content_tokens
from generator.analyse.summary.whole_fact import CUT_DEPENDENCIES, main_verbs, whole_fact_cuts

# A cut must keep the verb's complement: "Kmart announced [it will buy Sears]".
_COMPLEMENTS = frozenset({"dobj", "ccomp", "xcomp", "attr", "acomp", "oprd", "dative"})
# Words that lean on the next one; a cut right after them leaves it hanging ("coach Ze").
_LEANING_DEPENDENCIES = frozenset(
    {"compound", "amod", "det", "poss", "nummod", "quantmod", "nmod", "case", "aux", "neg"}
)
_SPACE_BEFORE_PUNCTUATION = re.compile(r"\s+([,;:.!?%)\]])")
_SPACE_AFTER_OPENER = re.compile(r"([(\[$])\s+")
# "VLadimir": a typo of two capitals before lower case, fixed only in derived text.
_DOUBLE_CAPITAL = re.compile(r"\b([A-Z])([A-Z])([a-z]{3,})\b")


def shorten_sentence(
    sent: Span,
    max_chars: int,
    *,
    drop_asides: bool,
    whole_fact: bool = False,
    complete_only: bool = False,
) -> str:
    """`sent`'s main clause in at most `max_chars` characters, cut at a phrase boundary.

    No trailing punctuation; the first letter is capitalised. `drop_asides` also removes
    bracketed text and appositions ("Jin Pai, 35, was"), as a headline would. `whole_fact` keeps
    the statement whole: only an adverbial phrase or clause of the main verbs, or an aside set
    off by a comma, may be cut, never a word of the subject's name or the verb's complement,
    and the subject keeps its nouns; empty when that cannot fit. `complete_only` is empty
    rather than cut between words where no phrase ends.
    """
    tokens, root = main_clause(sent, drop_asides=drop_asides)
    if not tokens:
        return ""
    kept = _whole_without_background(tokens, root, max_chars) if whole_fact else None
    kept = kept or _cut_at_phrase(tokens, root, max_chars, whole_fact=whole_fact)
    if kept is not None:
        return _finish(kept)
    if whole_fact:
        return ""
    verbs = [root.doc[i] for i in main_verbs(root)]
    for shorter in compressions(tokens, root, whole_fact=True):
        end = _longest_complete_cut(shorter, max_chars, verbs)
        if end is not None:
            return _finish(shorter[:end])
    if complete_only:
        return ""
    shortest = list(compressions(tokens, root, whole_fact=False))[-1]
    return _finish(shortest[: _longest_word_cut(shortest, max_chars)])


def _cut_at_phrase(
    tokens: list[Token], root: Token, max_chars: int, *, whole_fact: bool
) -> list[Token] | None:
    """The first compression that has a clean cut fitting `max_chars`, so cut."""
    for attempt in compressions(tokens, root, whole_fact=whole_fact):
        keep = _best_cut(attempt, max_chars, root, whole_fact=whole_fact)
        if keep is not None:
            return attempt[:keep]
    return None


def main_clause(sent: Span, *, drop_asides: bool) -> tuple[list[Token], Token]:
    """The tokens carrying `sent`'s main statement, and the verb they hang from."""
    tokens = content_tokens(sent)
    root = sent.root
    reported = _reported_clause(root)
    if reported is not None:
        tokens = [t for t in tokens if reported.left_edge.i <= t.i <= reported.right_edge.i]
        root = reported
    tokens = without_opening_words(without_fronted_modifier(tokens, root))
    tokens = without_leading_source(without_trailing_source(tokens))
    if drop_asides:
        tokens = without_asides(tokens)
    tokens = [token for token in tokens if not token.is_space]
    return tokens, _clause_root(tokens, root)


def render(tokens: list[Token]) -> str:
    """Join tokens as spaced in the text; across a gap left by removed tokens, a space when the
    text had one at either end of the gap."""
    pieces = []
    for token, following in zip(tokens, [*tokens[1:], None], strict=True):
        if following is None or following.i == token.i + 1:
            pieces.append(token.text_with_ws)
        else:
            # A space on either side of the removed words stays ("is [\u201c]junk"); one before
            # punctuation goes below.
            space = token.whitespace_ or following.doc[following.i - 1].whitespace_
            pieces.append(token.text + space)
    text = " ".join("".join(pieces).split())
    text = _SPACE_BEFORE_PUNCTUATION.sub(r"\1", text)
    return _SPACE_AFTER_OPENER.sub(r"\1", text)


def tidy(text: str) -> str:
    """Strip trailing punctuation, repair doubled capitals and capitalise the first letter."""
    text = repair_capitals(text).rstrip(" .,;:!?-\u2013—")
    return text[:1].upper() + text[1:]


def repair_capitals(text: str) -> str:
    """Fix a doubled capital typo ("VLadimir" to "Vladimir"); acronyms ("TVs") are left alone."""
    return _DOUBLE_CAPITAL.sub(lambda m: m[1] + m[2].lower() + m[3], text)


def _whole_without_background(
    tokens: list[Token], root: Token, max_chars: int
) -> list[Token] | None:
    """The clause whole once it drops background (when, who a name is, what a subject's clause
    adds), or what a reporting verb reports, whole: a headline loses these before any part of
    what happened ("…was arrested [on Saturday] after biting his dog" keeps the biting;
    "Republicans have reported that [the White House will propose…]")."""
    details = list(islice(compressions(tokens, root, whole_fact=True), BACKGROUND_DROPS))
    reported = (reported_statement(shorter, root) for shorter in details[:2])
    return next(
        (whole for whole in [*details, *filter(None, reported)] if _length(whole) <= max_chars),
        None,
    )


def _finish(tokens: list[Token]) -> str:
    return tidy(render(without_unpaired_brackets(without_unpaired_quotes(trim_dangling(tokens)))))


def _reported_clause(root: Token) -> Token | None:
    """The reported clause of "X happened, police said", where the attribution trails,
    whatever its verb ("…, one of their frontbenchers has predicted")."""
    return next((c for c in root.children if c.dep_ == "ccomp" and c.i < root.i), None)


def _clause_root(tokens: list[Token], root: Token) -> Token:
    """The verb the tokens hang from: `root`, or the verb nearest it when the parser made a
    noun the root (datelines confuse it)."""
    if not tokens or root.pos_ in VERB_TAGS:
        return root
    verbs = [token for token in tokens if token.pos_ in VERB_TAGS]
    return min(verbs, key=lambda verb: (_depth(verb), verb.i), default=root)


def _depth(token: Token) -> int:
    depth = 0
    while token.head.i != token.i:
        token = token.head
        depth += 1
    return depth


def _best_cut(tokens: list[Token], max_chars: int, root: Token, *, whole_fact: bool) -> int | None:
    """How many leading tokens to keep: the longest clean cut that fits.

    A clean cut comes after the verb and its complement, outside quotations and dash asides,
    where a phrase or clause begins (with `whole_fact`, only one hanging from a main verb, or
    an aside after a comma). None when nothing fits; everything when it all fits.
    """
    if _length(tokens) <= max_chars:
        return len(tokens)
    positions = {token.i: place for place, token in enumerate(tokens)}
    core = [root, *_complements(root)]
    if whole_fact and len(core) == 1:
        # "resulted in a landslide", "will retire from Test rugby": the first phrase is the
        # complement of a verb without an object.
        core += [next((c for c in root.rights if c.dep_ in ("prep", "agent")), root)]
    earliest = max(positions.get(token.i, 0) for token in core) + 1
    open_places = places_outside_asides(tokens)
    cuts = whole_fact_cuts(tokens, root) if whole_fact else set()
    for place, token in enumerate(tokens):
        if whole_fact:
            continue
        if is_cut_punctuation(token) and (token.text in DASHES or token.head.pos_ in VERB_TAGS):
            cuts.add(place)
        elif token.dep_ in CUT_DEPENDENCIES:
            cuts.add(positions.get(token.left_edge.i, place))
    verbs = [root.doc[i] for i in main_verbs(root)]
    fitting = [
        cut
        for cut in cuts
        if cut >= earliest
        and cut in open_places
        and _length(tokens[:cut]) <= max_chars
        and is_complete_cut(tokens, cut, verbs)
    ]
    return max(fitting, default=None)


def _complements(verb: Token) -> list[Token]:
    """The first child of each complement kind: a second object is the parser's misreading of
    a later phrase ("discipline Beattie for his headbutt on [defender Gallas]")."""
    firsts: dict[str, Token] = {}
    for child in verb.children:
        if child.dep_ in _COMPLEMENTS:
            firsts.setdefault(child.dep_, child)
    return list(firsts.values())


def _longest_complete_cut(tokens: list[Token], max_chars: int, verbs: list[Token]) -> int | None:
    """The most whole words that fit and still make a whole statement; None when none do."""
    fits = _most_words_fitting(tokens, max_chars)
    return next((end for end in range(fits, 1, -1) if is_complete_cut(tokens, end, verbs)), None)


def _longest_word_cut(tokens: list[Token], max_chars: int) -> int:
    """Last resort: the most whole words that fit, never ending inside a name or a noun phrase."""
    fits = _most_words_fitting(tokens, max_chars)
    for end in range(fits, 1, -1):
        following = tokens[end] if end < len(tokens) else None
        inside_name = following is not None and following.ent_iob_ == "I"
        if tokens[end - 1].dep_ not in _LEANING_DEPENDENCIES and not inside_name:
            return end
    return max(fits, 1)


def _length(tokens: list[Token]) -> int:
    """The length the shortened text will have: its closing full stop is not kept."""
    return len(render(tokens).rstrip(" .,;:!?"))


def _most_words_fitting(tokens: list[Token], max_chars: int) -> int:
    fits = 0
    while fits < len(tokens) and _length(tokens[: fits + 1]) <= max_chars:
        fits += 1
    return fits
