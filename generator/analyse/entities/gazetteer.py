"""The place gazetteer the analysis asks (`model.place_names`, shared with the site-wide vote)."""

from __future__ import annotations

from generator.model.place_names import is_place_name, place_names

__all__ = ["is_place_name", "place_names"]
