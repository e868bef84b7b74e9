"""The place gazetteer the analysis asks (`model.gazetteer`, shared with the site-wide vote)."""

from __future__ import annotations

from generator.model.gazetteer import is_place_name, place_names

__all__ = ["is_place_name", "place_names"]
