import datetime as dt

import pytest

from generator.ingest.dateline import find_dateline

LEDE = "The toll rose again."


@pytest.mark.parametrize(
    ("dateline", "date"),
    [
        # A date alone on the first line or paragraph.
        ("December 28, 2004\n\n", dt.date(2004, 12, 28)),
        ("28 December 2004\n", dt.date(2004, 12, 28)),
        ("Tuesday, December 28, 2004\n\n", dt.date(2004, 12, 28)),
        ("Tue. 28th Dec 2004.\n", dt.date(2004, 12, 28)),
        ("2004-12-28\n", dt.date(2004, 12, 28)),
        ("DECEMBER 28, 2004\n", dt.date(2004, 12, 28)),
        # A date running into the lede after a dash.
        ("December 28, 2004 - ", dt.date(2004, 12, 28)),
        ("Sept. 11, 2001 -- ", dt.date(2001, 9, 11)),
        ("December 28, 2004\u2014", dt.date(2004, 12, 28)),
        # A place, the date, maybe the agency, a dash; a place in capitals may stand alone.
        ("LONDON, March 3, 2005 (Reuters) - ", dt.date(2005, 3, 3)),
        ("CAPE CANAVERAL, Florida, Dec. 13, 2004 \u2014 ", dt.date(2004, 12, 13)),
        ("Brasília, Brazil, November 16, 2004 \u2013 ", dt.date(2004, 11, 16)),
        ("LONDON 1996-08-30\n", dt.date(1996, 8, 30)),
        # The date, then the place.
        ("December 13, 2004, Cape Canaveral, Florida - ", dt.date(2004, 12, 13)),
    ],
)
def test_a_dateline_with_a_full_date_dates_the_article(dateline: str, date: dt.date) -> None:
    found = find_dateline(dateline + LEDE)
    assert found is not None
    assert (found.start, found.end, found.date) == (0, len(dateline), date)


@pytest.mark.parametrize(
    "dateline",
    [
        "November 17, Brisbane, Australia - ",
        "WASHINGTON, March 3 (Reuters) - ",
        "December 29\n",
        "December 2004\n\n",  # a month names no day
    ],
)
def test_a_dateline_without_a_year_or_day_is_found_but_dates_nothing(dateline: str) -> None:
    found = find_dateline(dateline + LEDE + " It was 2004.")
    assert found is not None
    assert (found.end, found.date) == (len(dateline), None)


@pytest.mark.parametrize(
    ("rest", "date"),
    [
        ("NASA said on Friday (December 24, 2004).", dt.date(2004, 12, 29)),
        ("It began on 24 December 2004 and ends on 2004-12-31.", dt.date(2004, 12, 29)),
        ("It began on December 24, 2004 and ends on January 5, 2005.", None),
        ("No full date is written here, only 2004.", None),
    ],
)
def test_a_dateline_without_a_year_takes_the_one_all_the_texts_dates_agree_on(
    rest: str, date: dt.date | None
) -> None:
    found = find_dateline("December 29\nUnited States - " + rest)
    assert found is not None and found.date == date


@pytest.mark.parametrize(
    "text",
    [
        "December 28, 2004 was a dark day for the coast.",  # the lede itself
        "The match kicks off on December 28, 2004 - at three.",  # a date inside the text
        "Police said on Monday, March 3 - nothing.",
        "February 30, 2004\nThe day that never was.",
        "Brisbane, Australia - The team won.",  # a dateline, but no date in it
        "2004 was a year.\nIt ended.",
    ],
)
def test_no_dateline(text: str) -> None:
    assert find_dateline(text) is None


def test_a_dateline_after_leading_space_starts_where_it_does() -> None:
    found = find_dateline("\n  December 28, 2004\n\nText.")
    assert found is not None and (found.start, found.end) == (3, 22)


@pytest.mark.parametrize(("year", "date"), [("2004", dt.date(2004, 2, 29)), ("2005", None)])
def test_a_leap_day_without_a_year_is_dated_only_by_a_leap_year(
    year: str, date: dt.date | None
) -> None:
    found = find_dateline(f"February 29\nIt rained again (March 1, {year}).")
    assert found is not None and found.date == date
