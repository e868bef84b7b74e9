"""Calendar periods for the mentions chart: merged, sorted, gaps filled with zero counts."""

from __future__ import annotations

import re
from collections.abc import Sequence

# Beyond this many bars they become slivers and the SVG outgrows its budget: months are rolled
# up into years, and of years only the most recent are kept.
MAX_BARS = 48

_YEAR = re.compile(r"\d{4}")
_MONTH = re.compile(r"(\d{4})-(0[1-9]|1[0-2])")


def complete_periods(counts: Sequence[tuple[str, int]]) -> list[tuple[str, int]]:
    """Counts per ISO month (`2023-03`) or year (`2023`), one bar for every period in between.

    Repeated periods are summed and the result sorted. A missing month or year is a real zero,
    so it is drawn as an empty slot rather than left out, which would bunch up the time axis.
    Mixed months and years, or more than `MAX_BARS` months, are rolled up into years. Periods
    in any other form keep the caller's order, the only one known, and only the last
    `MAX_BARS` of them are kept.
    """
    if not counts:
        return []
    if not all(_YEAR.fullmatch(period) or _MONTH.fullmatch(period) for period, _ in counts):
        return list(counts[-MAX_BARS:])
    if not any(_YEAR.fullmatch(period) for period, _ in counts):
        months = _sum_by_period(counts, by_year=False)
        first, last = _month_number(min(months)), _month_number(max(months))
        if last - first < MAX_BARS:
            return _fill_months(months, first, last)
    return _fill_years(_sum_by_period(counts, by_year=True))[-MAX_BARS:]


def _sum_by_period(counts: Sequence[tuple[str, int]], *, by_year: bool) -> dict[str, int]:
    totals: dict[str, int] = {}
    for period, count in counts:
        key = period[:4] if by_year else period
        totals[key] = totals.get(key, 0) + count
    return totals


def _fill_months(totals: dict[str, int], first: int, last: int) -> list[tuple[str, int]]:
    periods = (f"{number // 12:04d}-{number % 12 + 1:02d}" for number in range(first, last + 1))
    return [(period, totals.get(period, 0)) for period in periods]


def _fill_years(totals: dict[str, int]) -> list[tuple[str, int]]:
    first, last = int(min(totals)), int(max(totals))
    # Only the latest MAX_BARS years are drawn, so a stray ancient date costs no more than that.
    first = max(first, last - MAX_BARS + 1)
    return [(f"{year:04d}", totals.get(f"{year:04d}", 0)) for year in range(first, last + 1)]


def _month_number(period: str) -> int:
    return int(period[:4]) * 12 + int(period[5:7]) - 1
