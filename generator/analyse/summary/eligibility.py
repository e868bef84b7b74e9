"""Which sentences may appear in a summary, a title or a TL;DR.

Every summariser shares this filter, so an algorithm can only disagree with another about which
good sentences matter most, never about whether a byline or a photo caption is a sentence.
"""

from __future__ import annotations

import re

from spacy.tokens import Span, Token

# Below this many words a "sentence" is a heading, a list item or a split-off fragment.
MIN_WORDS = 5

# Wire services and outlets that stamp their name into a dateline: "( CNN )", "LONDON (Reuters) -".
_WIRE_SOURCES = (
    r"CNN[\w .]{0,20}|Reuters|AP|AFP|UPI|PA|dpa|DPA|Bloomberg|BBC|Xinhua|Kyodo|Yonhap|TASS"
    r"|ANSA|EFE|IANS|PTI|AAP|CNS|RIA Novosti|Interfax|Mashable|EW\.com|Variety"
)
_OPEN = r"(?:\(|-LRB-)"
_CLOSE = r"(?:\)|-RRB-)"
_DASH = r"(?:--|—|\u2013|-)"
# A place (and maybe a date) before the parenthesised source: "Rome", "LONDON, England, March 3".
_PLACE = r"(?:[A-Z][\w.'\u2019-]*(?:[ ,]+[\w.'\u2019-]+){0,5}?\s*,?\s*)?"

_NAME = r"[A-Z][\w.'\u2019]*(?: [A-Z][\w.'\u2019]*){0,3}"

DATELINE = re.compile(
    rf"^\s*(?:"
    # Any short capitalised source followed by a dash is a dateline; a known wire needs no dash.
    rf"{_PLACE}{_OPEN}\s*[A-Z][\w .&/]{{0,30}}?\s*{_CLOSE}\s*{_DASH}"
    rf"|{_PLACE}{_OPEN}\s*(?:{_WIRE_SOURCES})\s*{_CLOSE}\s*{_DASH}?"
    # "WASHINGTON --", "NEW YORK, March 3 —": an upper-case place, then a long dash.
    rf"|[A-Z][A-Z.'\u2019-]+(?:[ ,]+[\w.'\u2019-]+){{0,4}}?\s*(?:--|—|\u2013)"
    # "Redwood City, California - ": a place, a comma, a region, then a dash standing apart.
    rf"|{_NAME}, {_NAME}\s+{_DASH}\s"
    # "United States - According to…": a title-case place alone, a dash standing apart, and a
    # capitalised word opening the story.
    rf"|{_NAME}\s+{_DASH}\s+(?=[A-Z])"
    rf")\s*"
)

# Lines a page template or a syndication feed wraps around the story: notices anywhere in a
# sentence, and calls to the reader only where a sentence starts, because the same words are
# news inside one ("sued for copyright infringement", "customers who sign up for broadband").
BOILERPLATE = re.compile(
    r"\b(?:contributed (?:to )?(?:this|the) (?:report|story|article)|contributed reporting"
    r"|all rights reserved|copyright\s*(?:©|\(c\)|\d{4})|©|published\s*:|updated\s*:"
    r"|last updated (?:at|on)\b|this (?:material|article) may not be (?:published|reproduced)"
    r"|(?:getty|ap|afp) images?\b|photo(?:graph)?s? by\b|image credit"
    r"|\bhttps?://|www\.\w|@\w+\.\w{2,})"
    r"|^\W*(?:scroll down for (?:the )?videos?|click here\b|read more\b|read the full\b"
    r"|sign up\b|subscribe\b|(?:get )?(?:our|the) \w+ newsletter|follow (?:us|@)"
    r"|like us on facebook|share (?:this|on)\b)",
    re.IGNORECASE,
)

# "By . Daily Mail Reporter ." / "By JOHN SMITH" / "By John Smith, Political Editor".
BYLINE = re.compile(r"^\s*By\s*[.:]?\s+[A-Z]")

# Photo captions point at the picture: "( pictured )", "( left )", "Smith ( second right )".
PICTURE_POINTER = re.compile(
    r"(?:\(|-LRB-)\s*(?:pictured|picture|photo|file photo|above|below|inset|top|bottom"
    r"|(?:far |second |third )?(?:left|right)|cent(?:re|er)|front|back|middle|l|r)\b"
    r"[^()]{0,40}?(?:\)|-RRB-)",
    re.IGNORECASE,
)

_VERB_TAGS = frozenset({"VERB", "AUX"})
# Words that open a sentence; met capitalised after a lower-case word, they show where scraped
# text lost the full stop between a photo caption and the story ("...on Thursday The boy was").
_SENTENCE_OPENERS = frozenset({"The", "A", "An", "He", "She", "They", "It", "His", "Her", "Their"})
_ARTICLES = frozenset({"The", "A", "An"})
_CAPTION_LABEL_MAX_WORDS = 4
_TEASER_ENDINGS = frozenset({"?"})
# Marks that may follow a sentence's last word: 'he asked "why?"' still ends as a question.
_TRAILING_MARKS = frozenset({"'", "''", '"', "\u2019", "”", ")", "-RRB-"})
# Quotation marks that come in pairs: straight ones pair with each other.
_QUOTE_PAIRS = (("“", "”"), ("``", "''"))


def dateline_length(text: str) -> int:
    """Number of leading characters of `text` taken by a news dateline, or 0 when it has none."""
    match = DATELINE.match(text)
    return match.end() if match else 0


def content_tokens(sent: Span) -> list[Token]:
    """The sentence's tokens after any leading dateline."""
    skip = dateline_length(sent.text)
    if not skip:
        return list(sent)
    start = sent.start_char + skip
    return [token for token in sent if token.idx >= start]


def is_summary_worthy(sent: Span) -> bool:
    """True when `sent` can stand in a summary as a statement of its own.

    Rejected: boilerplate (sign-ups, "read more", credits, timestamps), headings in capitals,
    bylines, datelines with nothing after them, photo captions, teaser questions, fragments with
    too few words or no verb, and pieces of a quotation that runs over several sentences (its
    quotation marks do not pair up): shown alone they would pass a part of a quote off as the
    whole.
    """
    text = sent.text.strip()
    if not text or BOILERPLATE.search(text) or BYLINE.match(text):
        return False
    if PICTURE_POINTER.search(text):
        return False
    tokens = content_tokens(sent)
    words = [token for token in tokens if token.is_alpha or token.like_num]
    if len(words) < MIN_WORDS or not any(token.pos_ in _VERB_TAGS for token in tokens):
        return False
    # A section heading in capitals ("HOW IT ALL STARTED") is not a statement.
    if _starts_mid_sentence(words[0]) or all(word.is_upper for word in words if word.is_alpha):
        return False
    if _ends_as_question(tokens) or _spans_paragraphs(tokens):
        return False
    return not (
        has_unpaired_quotes(tokens) or _has_caption_label(tokens) or _has_glued_caption(tokens)
    )


def _starts_mid_sentence(first_word: Token) -> bool:
    """A lower-case opening word means the splitter cut a sentence in two."""
    return first_word.text[:1].islower() and first_word.pos_ != "PROPN"


def has_unpaired_quotes(tokens: list[Token]) -> bool:
    """True when a quotation opens and does not close within `tokens`, or closes unopened."""
    text = "".join(token.text_with_ws for token in tokens)
    if text.count('"') % 2:
        return True
    return any(text.count(opening) != text.count(closing) for opening, closing in _QUOTE_PAIRS)


def _ends_as_question(tokens: list[Token]) -> bool:
    for token in reversed(tokens):
        if token.text in _TRAILING_MARKS or token.is_space:
            continue
        return token.text in _TEASER_ENDINGS
    return False


def _spans_paragraphs(tokens: list[Token]) -> bool:
    """A paragraph break inside a sentence means the splitter missed an unpunctuated ending."""
    return any("\n\n" in token.text or "\n\n" in token.whitespace_ for token in tokens[:-1])


def _has_glued_caption(tokens: list[Token]) -> bool:
    """A sentence opener capitalised mid-sentence after a lower-case word and not a name ("the
    photo shows The boy was"): a caption glued to the sentence it stands over."""
    for before, opener, after in zip(tokens, tokens[1:], tokens[2:], strict=False):
        if opener.text not in _SENTENCE_OPENERS or opener.ent_type_ or not before.is_lower:
            continue
        if before.is_alpha and (opener.text not in _ARTICLES or after.is_lower):
            return True
    return False


def _has_caption_label(tokens: list[Token]) -> bool:
    """A short verbless label before a colon ("New venture : ...") heads a caption or a box."""
    for position, token in enumerate(tokens[: _CAPTION_LABEL_MAX_WORDS + 2]):
        if token.text == ":":
            label = tokens[:position]
            return 0 < len(label) <= _CAPTION_LABEL_MAX_WORDS and not any(
                word.pos_ in _VERB_TAGS for word in label
            )
    return False
