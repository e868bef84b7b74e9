"""What reading one number from the tokens gives, shared by the numeral and number-word readers."""

from __future__ import annotations

from dataclasses import dataclass

Part = tuple[float, bool]  # a value, and whether it is a scale word that multiplies


@dataclass(frozen=True, slots=True)
class NumberReading:
    """One number read from the tokens up to `end` (exclusive).

    `low`/`high` bound a range ("dozens of", "10–15"); `suffix` holds letters glued to the
    numeral that are not a scale word; `digits` is the numeral as written.
    """

    end: int
    value: float
    low: float | None = None
    high: float | None = None
    currency: str | None = None
    suffix: str = ""
    approximate: bool = False
    spelled: bool = False
    multiplier: float = 1.0
    fraction: bool = False
    digits: str = ""
    # A lone "1/4" is a fraction only before a unit or "of"; "9/11" and "3/4" name days.
    needs_unit: bool = False
