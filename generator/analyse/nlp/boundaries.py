"""Where a reader would never start a sentence, told to the parser before it runs.

spaCy's parser sometimes starts a sentence after a comma ("Rinus Michels | , the man credited
with…, has died"), at a closing quotation mark, or inside a short quotation, and a summary then
shows half a sentence. The parser keeps every start set to False before it runs, so these
classes of token are marked as continuing the sentence; where a sentence really ends is still
the parser's call.
"""

from __future__ import annotations

from spacy.tokens import Doc, Span, Token

# Marks a sentence can end on; a token such as "Co." or "U.S." ends on its own full stop.
_FINAL_MARKS = (".", "!", "?", "…")
# Marks that may stand after a sentence's final mark: 'He left." Then', 'wins.) The'.
_TRAILING_MARKS = frozenset({'"', "”", "''", "’", "'", ")", "]", "-RRB-"})
# The fewest upper-case words that make a heading rather than a name ("US", "BBC News").
_HEADING_WORDS = 3
# Quotation marks by role, as text and as PTB-tokenised text writes them (also for cut_ends).
STRAIGHT_QUOTE = '"'
OPENING_QUOTES = frozenset({"“", "``"})
CLOSING_QUOTES = frozenset({"”", "''"})


def mark_sentence_continuations(doc: Doc, paragraph_starts: list[int]) -> None:
    """Mark the tokens of each paragraph that cannot start a sentence.

    A token continues the sentence before it when the text before it has no final mark (a
    comma, a colon, a word), when it is lower case, when it closes a quotation, or when it is
    inside a quotation that closes later in the same paragraph: a quoted sentence stays whole.
    A line break keeps its freedom to start a sentence (lists, headings).
    """
    ends = [*paragraph_starts[1:], len(doc)]
    for start, end in zip(paragraph_starts, ends, strict=True):
        inside_quotation = _inside_closed_quotations(doc[start:end])
        heading_end = _glued_heading_end(doc[start:end])
        for token in doc[start + 1 : end]:
            if token.i == heading_end:
                token.is_sent_start = True
                continue
            if token.is_space or _follows_line_break(token):
                continue
            if (
                token.i in inside_quotation
                or token.is_lower
                or token.text in CLOSING_QUOTES
                or closes_by_position(token)
                or not _follows_final_mark(token)
            ):
                token.is_sent_start = False


def _glued_heading_end(paragraph: Span) -> int | None:
    """Where the text starts after a section heading that lost its line break ("HOW IT ALL
    STARTED The first awards were…"): a paragraph opening on upper-case words, then a
    capitalised one. A heading is several words; one or two are a name or an acronym."""
    words = 0
    for token in paragraph:
        if token.is_alpha and token.is_upper and len(token) > 1:
            words += 1
        elif token.is_alpha and token.is_title and words >= _HEADING_WORDS:
            return token.i
        else:
            return None
    return None


def _follows_line_break(token: Token) -> bool:
    before = token.doc[token.i - 1]
    return "\n" in before.whitespace_ or (before.is_space and "\n" in before.text)


def closes_by_position(token: Token) -> bool:
    """A straight quotation mark glued to the word before it and followed by a space closes a
    quotation ('…time for a change." The'), even when the marks before it do not pair up: a
    quote running over paragraphs reopens without closing, as news writes it."""
    if token.text != STRAIGHT_QUOTE:
        return False
    before = token.doc[token.i - 1]
    return (
        not before.whitespace_
        and not before.is_space
        and bool(
            token.whitespace_ or (token.i + 1 == len(token.doc) or token.doc[token.i + 1].is_space)
        )
    )


def opens_by_position(token: Token) -> bool:
    """A straight quotation mark with a space (or nothing) before it and a word after it
    opens a quotation, as a glued one with a space after closes it."""
    if token.text != STRAIGHT_QUOTE:
        return False
    doc = token.doc
    before = doc[token.i - 1] if token.i else None
    after = doc[token.i + 1] if token.i + 1 < len(doc) else None
    spaced = before is None or bool(before.whitespace_) or before.is_space
    return spaced and after is not None and not token.whitespace_ and not after.is_space


def _follows_final_mark(token: Token) -> bool:
    """True when the last word before `token`, after any closing marks, ends a sentence."""
    for before in reversed(token.doc[: token.i]):
        if before.is_space or before.text in _TRAILING_MARKS:
            continue
        return before.text.endswith(_FINAL_MARKS)
    return True


def _inside_closed_quotations(paragraph: Span) -> set[int]:
    """Indexes of the tokens after a quotation's opening mark up to its closing mark, for the
    quotations that close within the paragraph (a quotation running on into the next paragraph
    is open at its end, as news writes long quotes, and may hold several sentences)."""
    inside: set[int] = set()
    opened: int | None = None
    for token in paragraph:
        if _opens_quotation(token) or (token.text == STRAIGHT_QUOTE and opened is None):
            opened = token.i
        elif opened is not None and token.text in (STRAIGHT_QUOTE, *CLOSING_QUOTES):
            inside.update(range(opened + 1, token.i + 1))
            opened = None
    return inside


def _opens_quotation(token: Token) -> bool:
    # spaCy splits the "``" of tokenised text into two backticks.
    doc = token.doc
    backticks = token.text == "`" and token.i > 0 and doc[token.i - 1].text == "`"
    return token.text in OPENING_QUOTES or backticks
