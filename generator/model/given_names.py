"""Given names from a package that ships its table (`nicknames`), in the layer both the analysis
(an office run into a holder's name) and the site-wide vote (a one-word person's evidence) may
import."""

from __future__ import annotations

import functools

from nicknames import NickNamer

from generator.model.names import strip_accents


@functools.cache
def given_names() -> frozenset[str]:
    """Lower-cased given names of the `nicknames` table, familiar forms included."""
    namer = NickNamer()
    return frozenset(set(namer.nickname_lookup) | set(namer.canonical_lookup))


def is_given_name(word: str) -> bool:
    """True when `word`, in any case and with or without accents, is a given name."""
    return strip_accents(word).lower() in given_names()
