"""Publication dates in the wild: precision, zones, orders, and what is refused."""

from __future__ import annotations

import datetime as dt

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from timeline.model import Granularity, Period
from timeline.published import (
    Dateline,
    ImpossibleDate,
    date_from_filename,
    date_from_url,
    find_dateline,
    parse_published,
)

DAY = Granularity.DAY
MONTH = Granularity.MONTH
YEAR = Granularity.YEAR


@pytest.mark.parametrize(
    ("value", "iso", "granularity"),
    [
        ("2016-09-30", "2016-09-30", DAY),
        ("2016-09", "2016-09", MONTH),
        ("2016", "2016", YEAR),
        (2016, "2016", YEAR),
        ("2016/09/30", "2016-09-30", DAY),
        ("20160930", "2016-09-30", DAY),
        ("2016-09-30T01:30:00+03:00", "2016-09-30", DAY),
        ("2016-09-29T23:30:00-05:00", "2016-09-29", DAY),
        ("2016-09-29T22:40:00.123Z", "2016-09-29", DAY),
        ("2016-09-30 10:00:00", "2016-09-30", DAY),
        ("Fri, 30 Sep 2016 14:03:00 +0300", "2016-09-30", DAY),
        ("30 Sep 2016 23:59:00 GMT", "2016-09-30", DAY),
        ("Sept. 30, 2016", "2016-09-30", DAY),
        ("Sep 30 2016", "2016-09-30", DAY),
        ("September 30th, 2016", "2016-09-30", DAY),
        ("30 September 2016", "2016-09-30", DAY),
        ("Friday, September 30, 2016 at 10:03 am EDT", "2016-09-30", DAY),
        ("Published: 30 Sep 2016", "2016-09-30", DAY),
        ("September 2016", "2016-09", MONTH),
        ("Sept. 2016", "2016-09", MONTH),
        ("30/09/2016", "2016-09-30", DAY),
        ("09/30/2016", "2016-09-30", DAY),
        ("30.09.2016", "2016-09-30", DAY),
        ("2016-W39", "2016-W39", Granularity.WEEK),
        (1475193600, "2016-09-30", DAY),
        (1475193600000, "2016-09-30", DAY),
        ("30 septembre 2016", "2016-09-30", DAY),
        ("mardi 4 octobre 2016 13:00", "2016-10-04", DAY),
        ("Freitag, 30. September 2016", "2016-09-30", DAY),
        ("septiembre de 2016", "2016-09", MONTH),
        ("30 сентября 2016", "2016-09-30", DAY),
        ("2016年9月30日", "2016-09-30", DAY),
    ],
)
def test_dates_keep_their_precision(value: str | int, iso: str, granularity: Granularity) -> None:
    parsed = parse_published(value)
    assert parsed.period.iso() == iso
    assert parsed.period.granularity is granularity
    assert not parsed.defaulted_order


@pytest.mark.parametrize(
    ("dayfirst", "iso", "defaulted"),
    [(None, "2016-03-04", True), (False, "2016-03-04", False), (True, "2016-04-03", False)],
    ids=["default-month-first", "monthfirst", "dayfirst"],
)
def test_ambiguous_numeric_dates_follow_the_option(
    dayfirst: bool | None, iso: str, defaulted: bool
) -> None:
    parsed = parse_published("03/04/2016", dayfirst=dayfirst)
    assert parsed.period.iso() == iso
    assert parsed.defaulted_order is defaulted


def test_unambiguous_numeric_date_ignores_the_option() -> None:
    assert parse_published("30/09/2016", dayfirst=False).period.iso() == "2016-09-30"
    assert parse_published("09/30/2016", dayfirst=True).period.iso() == "2016-09-30"


@pytest.mark.parametrize(
    "value", ["2016-13-45", "2016-02-30", "31/02/2016", "Sept. 31, 2016", "2016-00"]
)
def test_impossible_dates_are_refused_as_impossible(value: str) -> None:
    with pytest.raises(ImpossibleDate):
        parse_published(value)


@pytest.mark.parametrize(
    "value",
    ["", "next week", "yesterday", "soon", "201609", "n/a", "hier", "in 2016 days", "Issue 2016"],
)
def test_unreadable_values_are_refused_without_guessing(value: str) -> None:
    with pytest.raises(ValueError, match="not a date"):
        parse_published(value)


@given(st.dates(min_value=dt.date(1000, 1, 1), max_value=dt.date(9999, 12, 31)))
def test_every_iso_day_round_trips(day: dt.date) -> None:
    assert parse_published(day.isoformat()).period == Period.day(day)


@settings(deadline=None)  # dateparser's first call loads its languages
@given(st.text(max_size=60))
def test_random_text_either_parses_or_raises_value_error(text: str) -> None:
    try:
        parsed = parse_published(text)
    except ValueError:
        return
    assert parsed.period.start.year >= 1000


@pytest.mark.parametrize(
    ("url", "iso"),
    [
        ("https://arabamericannews.com/2016/09/30/moscow-vows-to-continue", "2016-09-30"),
        ("http://aranews.net/files/2016/09/moscow-vows-press-syria-offensive/", "2016-09"),
        ("https://example.com/news/2016-09-30-aleppo.html", "2016-09-30"),
        ("https://example.com/story/20160930/aleppo", "2016-09-30"),
        ("https://example.com/2016/13/45/nonsense", None),
        ("https://www.bbc.co.uk/news/world-middle-east-37510000", None),
        ("https://example.com/2016/aleppo", None),
    ],
)
def test_url_dates(url: str, iso: str | None) -> None:
    found = date_from_url(url)
    assert (found.iso() if found else None) == iso


@pytest.mark.parametrize(
    ("name", "iso"),
    [
        ("2016-09-30_aleppo.txt", "2016-09-30"),
        ("aleppo-20160930.html", "2016-09-30"),
        ("report_2016-09.md", "2016-09"),
        ("000_4d2526ec87dee3a8.txt", None),
        ("chapter-2016.txt", None),
    ],
)
def test_file_name_dates(name: str, iso: str | None) -> None:
    found = date_from_filename(name)
    assert (found.iso() if found else None) == iso


@pytest.mark.parametrize(
    ("text", "dateline"),
    [
        ("DAMASCUS, Sept 29 (Reuters) - The Kremlin vowed", Dateline(9, 29, None)),
        ("WASHINGTON, Sept. 29, 2016 (AP) — Officials said", Dateline(9, 29, 2016)),
        ("  NEW YORK, March 3 /PRNewswire/ -- A company", Dateline(3, 3, None)),
        ("DAMASCUS — The Kremlin vowed on Thursday", None),
        ("The Kremlin vowed May 5 - to fight", None),
        ("Moscow vows to press Syria offensive", None),
    ],
)
def test_datelines(text: str, dateline: Dateline | None) -> None:
    assert find_dateline(text) == dateline


def test_dateline_takes_the_nearest_year() -> None:
    line = Dateline(12, 31, None)
    near = Period.from_iso("2017-01")
    assert line.complete(near) == Period.from_iso("2016-12-31")
    assert line.complete(None) is None
    assert Dateline(9, 29, 2016).complete(None) == Period.from_iso("2016-09-29")
