"""Country names and their adjectives, for the analysis: the table is the model layer's
(`generator.model.nationalities`), which the site-wide vote reads too."""

from __future__ import annotations

from generator.model.nationalities import COUNTRIES, COUNTRY_KEYS, NATIONALITIES

__all__ = ["COUNTRIES", "COUNTRY_KEYS", "NATIONALITIES"]
