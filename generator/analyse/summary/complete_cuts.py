"""Whether a shortened sentence still reads as a whole statement, and shorter whole clauses.

A cut keeps a leading run of tokens. It is complete when every kept word keeps the word it
hangs from (no "…three months ago is still" without its verb); when every kept word keeps what
it cannot stand without: a preposition its object, a passive its agent, a verb its particle, a
list its other items (no "…on several UK" without "and Irish channels"), a noun its "of"
phrase ("on the back [of upbeat earnings]"); when the object of the main statement keeps the
phrase saying whose or how much ("a landslide victory [for the ruling Frelimo party]"); and
when it does not fall inside a name. When no complete cut fits, a shorter complete clause is
made by dropping what the statement can do without: the descriptions standing before names,
then the adjuncts of its verbs.
"""

from __future__ import annotations

from collections.abc import Iterable

from spacy.tokens import Token

# Dependents a kept word cannot lose: the object of a preposition, the agent of a passive
# ("felt [by ordinary Americans]"), a verb's particle ("grew [up]") and its complements.
_NEEDED_DEPENDENCIES = frozenset(
    {"pobj", "pcomp", "agent", "prt", "dobj", "attr", "acomp", "oprd", "dative", "ccomp", "xcomp"}
)
# Phrases of where and when: a reader can do without them, even when they carry a name.
WHERE_WHEN_PREPOSITIONS = frozenset(
    {
        "in", "at", "on", "during", "after", "before", "since", "until", "amid", "near",
        "across", "throughout", "following", "inside", "outside", "from", "into", "onto",
        "around", "within", "over", "under", "as", "while", "like", "including", "despite",
    }
)  # fmt: skip
_OBJECTS = frozenset({"dobj", "pobj", "attr", "dative", "oprd"})
_TENSED_TAGS = frozenset({"VBD", "VBZ", "VBP", "MD"})
_VERBS = frozenset({"VERB", "AUX"})
_NOMINAL = frozenset({"NOUN", "PROPN", "ADJ", "NUM"})
_NAMED_OR_COUNTED = frozenset({"PROPN", "NUM"})
# Dependents of the statement's verbs that add when, where, how or why, not what happened.
_VERB_ADJUNCTS = frozenset({"advmod", "npadvmod", "advcl", "prep", "parataxis"})


def is_complete_cut(tokens: list[Token], keep: int, verbs: Iterable[Token]) -> bool:
    """Whether `tokens[:keep]` is a whole statement (see the module's rules); `verbs` are the
    statement's main verbs, whose objects keep the phrase naming whose or how much."""
    if keep < len(tokens) and tokens[keep].ent_iob_ == "I":
        return False  # inside a name: "at the Palacio [do Planalto]"
    if keep < len(tokens) and _leaves_part_unsaid(tokens[:keep], tokens[keep:]):
        return False
    kept = {token.i for token in tokens[:keep]}
    dropped = {token.i for token in tokens[keep:]}
    for token in tokens[:keep]:
        if token.head.i in dropped:
            return False
        if any(child.i in dropped for child in _needed_children(token)):
            return False
    kept_verbs = [verb for verb in verbs if verb.i in kept]
    phrases = verb_phrase_complements(kept_verbs)
    if any(phrase.i in dropped for phrase in phrases):
        return False
    key_objects = [c for verb in kept_verbs for c in verb.children if c.dep_ in _OBJECTS]
    key_objects += phrases
    return not any(
        _names_whose_or_how_much(phrase, dropped)
        for obj in key_objects
        for phrase in _inner_objects(obj)
    )


def _leaves_part_unsaid(kept: list[Token], dropped: list[Token]) -> bool:
    """A cut the parse may allow that a reader sees through: before a tensed verb, whose
    subject it strands ("…since conducting the orchestra [is the ultimate…]"); between "not X"
    and the "but Y" it sets up, which reverses the sense; between "with the stars" and what
    they are doing ("[holding their breath]")."""
    following = next((token for token in dropped if not token.is_punct), None)
    if following is None:
        return False
    if following.tag_ in _TENSED_TAGS:
        return True
    last = next((token for token in reversed(kept) if not token.is_punct), None)
    contrast = (last is not None and last.lower_ == "but") or any(
        token.lower_ == "but" for token in dropped
    )
    if contrast and any(token.dep_ == "neg" and token.head.pos_ not in _VERBS for token in kept):
        return True
    if following.tag_ != "VBG":
        return False
    # "with the stars of the film world [once again]": the "with" phrase ends the cut.
    tail = [token for token in kept if not token.is_punct and token.dep_ != "advmod"]
    return bool(tail) and any(
        token.lower_ == "with" and token.dep_ == "prep" and token.right_edge.i >= tail[-1].i
        for token in kept
    )


def verb_phrase_complements(verbs: Iterable[Token]) -> list[Token]:
    """The phrase each verb without an object needs: "resulted [in a landslide victory]",
    "will retire [from Test rugby]"."""
    phrases = []
    for verb in verbs:
        if not any(child.dep_ in _NEEDED_DEPENDENCIES for child in verb.children):
            # "have never been [very far away] from each other": what a form of "be" says is
            # its predicate, whatever the parser calls it.
            kinds = ("prep", "agent", "advmod") if verb.lemma_ == "be" else ("prep", "agent")
            phrase = next((c for c in verb.rights if c.dep_ in kinds), None)
            phrases += [phrase] if phrase is not None else []
    return phrases


def _needed_children(token: Token) -> list[Token]:
    """The first child of each needed kind: a second object is the parser's misreading of a
    later phrase ("met Mr. Roh at the palace, [the official residence]")."""
    firsts: dict[str, Token] = {}
    for child in token.children:
        if child.dep_ in _NEEDED_DEPENDENCIES:
            firsts.setdefault(child.dep_, child)
    if token.pos_ in _NOMINAL:
        # A list of names or things is kept whole: "on several UK [and Irish channels]"; a noun
        # keeps its "of" phrase: "on the back [of upbeat earnings]", "the wake [of the storm]".
        firsts.update((f"conj{c.i}", c) for c in token.children if c.dep_ == "conj")
        firsts.update((f"of{c.i}", c) for c in token.rights if c.lower_ == "of")
    return list(firsts.values())


def _inner_objects(obj: Token) -> list[Token]:
    """The object and, when it is a phrase ("in [a landslide victory]"), the noun inside it."""
    return [obj, *(c for c in obj.children if c.dep_ in ("pobj", "pcomp"))]


def _names_whose_or_how_much(noun: Token, dropped: set[int]) -> bool:
    """A dropped phrase after `noun`, not of where or when, carrying a name or a number."""
    for child in noun.rights:
        if child.dep_ != "prep" or child.i not in dropped:
            continue
        if child.lower_ in WHERE_WHEN_PREPOSITIONS:
            continue
        if any(inner.pos_ in _NAMED_OR_COUNTED for inner in child.subtree):
            return True
    return False


def without_verb_adjuncts(tokens: list[Token], verbs: list[Token]) -> list[Token]:
    """Drop what hangs from the statement's verbs to say when, where, how or why, but not the
    phrase a verb without an object needs ("resulted [in a victory]")."""
    places = {verb.i for verb in verbs}
    needed = {phrase.i for phrase in verb_phrase_complements(verbs)}
    dropped: set[int] = set()
    for token in tokens:
        if token.head.i in places and token.i not in needed and token.dep_ in _VERB_ADJUNCTS:
            if _names_who(token):
                continue
            before = [other for other in tokens if other.i < token.left_edge.i]
            phrase = [other for other in tokens if other.i >= token.left_edge.i]
            if _leaves_part_unsaid(before, phrase):
                continue
            dropped.update(range(token.left_edge.i, token.right_edge.i + 1))
    kept = [token for token in tokens if token.i not in dropped]
    # The comma that set off a dropped phrase goes with it.
    kept = [
        token
        for place, token in enumerate(kept)
        if not (
            token.text == "," and (place == 0 or place == len(kept) - 1 or kept[place + 1].is_punct)
        )
    ]
    return kept


def without_descriptors_of_names(tokens: list[Token]) -> list[Token]:
    """Drop a description standing before a name: "Telecoms equipment supplier Ericsson" to
    "Ericsson", "the Southern African nation Mozambique" to "Mozambique"."""
    dropped: set[int] = set()
    for token in tokens:
        if token.pos_ != "PROPN":
            continue
        if token.dep_ == "appos" and token.head.pos_ == "NOUN" and token.head.i == token.i - 1:
            # "the nation Mozambique": the common noun and what describes it go.
            dropped.update(range(token.head.left_edge.i, token.head.i + 1))
            continue
        # Only a description opening the name's phrase: "Galaxy cluster MS 0735" stays whole.
        first_name = min((c.i for c in token.lefts if c.pos_ == "PROPN"), default=token.i)
        for child in token.lefts:
            if child.dep_ == "compound" and child.pos_ == "NOUN" and child.i < first_name:
                dropped.update(range(child.left_edge.i, child.i + 1))
    return [token for token in tokens if token.i not in dropped]


def _names_who(adjunct: Token) -> bool:
    """A name is not an adjunct ("met [Mr. Roh]" misread as one), nor a phrase of for, with or
    against whom ("voted [for the ruling party]")."""
    if adjunct.pos_ == "PROPN":
        return True
    carries_name = any(inner.pos_ in _NAMED_OR_COUNTED for inner in adjunct.subtree)
    return adjunct.dep_ == "prep" and adjunct.lower_ not in WHERE_WHEN_PREPOSITIONS and carries_name
