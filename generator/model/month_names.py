"""The month names a date is written with, shared by ingest (datelines) and analysis (timeline):
one vocabulary, in the layer both may import."""

from __future__ import annotations

MONTH_NAMES = (
    "january", "february", "march", "april", "may", "june", "july", "august", "september",
    "october", "november", "december",
)  # fmt: skip
# Lowercased word → month number (1 = January): full names, three-letter forms and "sept".
MONTHS: dict[str, int] = {
    **{name: number for number, name in enumerate(MONTH_NAMES, 1)},
    **{name[:3]: number for number, name in enumerate(MONTH_NAMES, 1)},
    "sept": 9,
}
