"""Property tests of dates (hypothesis): each of the four forms round-trips with its own type; a
date without a year never gets one, in the data or read from an article's text; anything else is
refused with a message, never another exception. Expected values come from Python's calendar."""

from __future__ import annotations

import datetime as dt

from hypothesis import given, settings
from hypothesis import strategies as st
from rdflib.namespace import XSD

from unikg.graph.dates import date_literal
from unikg.graph.errors import UserError
from unikg.graph.ingest.dates import find_dates
from unikg.graph.ingest.lexicon import MONTHS

BOUNDED = settings(max_examples=100, deadline=None, derandomize=True, database=None)
DAYS = st.dates(min_value=dt.date(1, 1, 1), max_value=dt.date(9999, 12, 31))
MONTH_NAMES = {number: max((n for n, k in MONTHS.items() if k == number), key=len) for number in range(1, 13)}


@given(day=DAYS)
@BOUNDED
def test_each_precision_round_trips_with_its_own_type(day):
    iso = day.isoformat()
    for text, datatype in ((iso, XSD.date), (iso[:7], XSD.gYearMonth), (iso[:4], XSD.gYear),
                           ("--" + iso[5:], XSD.gMonthDay)):
        literal = date_literal(text)
        assert (str(literal), literal.datatype) == (text, datatype)
        assert date_literal(f"  {text}\t") == literal  # surrounding spaces do not matter


@given(day=st.dates(min_value=dt.date(2000, 1, 1), max_value=dt.date(2000, 12, 31)))
@BOUNDED
def test_a_date_without_a_year_stays_without_one(day):
    literal = date_literal(f"--{day:%m-%d}")
    assert literal.datatype == XSD.gMonthDay and str(literal).startswith("--")


@given(day=st.dates(min_value=dt.date(2000, 1, 1), max_value=dt.date(2000, 12, 31)),
       published=st.dates(min_value=dt.date(1990, 1, 1), max_value=dt.date(2030, 12, 31)),
       form=st.sampled_from(["on {month} {day}", "on {day} {month}", "on {month} {day}th", "on the {day} of {month}"]))
@BOUNDED
def test_a_year_is_never_taken_from_the_publication_date(day, published, form):
    month = MONTH_NAMES[day.month].capitalize()
    text = "The agreement was signed " + form.format(month=month, day=day.day) + " in Beijing."
    found = [d.value for d in find_dates(text, published=published.isoformat())]
    assert found == [f"--{day:%m-%d}"], (text, found)


@given(text=st.text(max_size=30))
@BOUNDED
def test_any_text_is_a_date_or_a_user_error_with_the_accepted_forms(text):
    try:
        literal = date_literal(text)
    except UserError as error:
        assert "YYYY-MM-DD" in str(error) or "not a real calendar date" in str(error)
        return
    assert literal.datatype in (XSD.date, XSD.gYearMonth, XSD.gYear, XSD.gMonthDay)
    assert str(literal).isascii() and str(literal) == text.strip()


@given(year=st.integers(1, 9999), month=st.integers(1, 12), day=st.integers(1, 31))
@BOUNDED
def test_impossible_calendar_dates_are_refused(year, month, day):
    for day in sorted({day, 28, 29, 30, 31}):  # every example reaches its month's end
        text = f"{year:04d}-{month:02d}-{day:02d}"
        try:
            dt.date(year, month, day)
        except ValueError:
            try:
                date_literal(text)
            except UserError as error:
                assert "not a real calendar date" in str(error)
            else:
                raise AssertionError(f"{text} was accepted")
        else:
            assert str(date_literal(text)) == text


@given(month=st.one_of(st.integers(1, 12), st.integers(0, 99)), day=st.one_of(st.integers(1, 31), st.integers(0, 99)))
@BOUNDED
def test_month_days_are_checked_against_a_leap_year(month, day):  # real days drawn as often as others
    try:
        dt.date(2000, month, day)  # 2000 is a leap year: --02-29 exists
        real = True
    except ValueError:
        real = False
    try:
        date_literal(f"--{month:02d}-{day:02d}")
        accepted = True
    except UserError:
        accepted = False
    assert accepted == real
