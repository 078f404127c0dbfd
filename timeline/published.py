"""Publication dates as found in the wild, parsed into a `Period` of known precision.

Every parser here is pure: it never reads the clock, so a date is never
filled in from "today". A value that names a day gives a day period, a month
gives a month period and a bare year gives a year period. Timestamps keep the
date as written in their own time zone (``2016-09-30T01:00+03:00`` is
30 September, whatever UTC says).
"""

from __future__ import annotations

import datetime as dt
import functools
import re
from collections.abc import Sequence
from dataclasses import dataclass

from dateparser.date import DateDataParser

from timeline.dates_lexicon import MONTHS
from timeline.model import Granularity, Period

_MONTH_NAMES = (
    r"(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?"
    r"|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)"
)
_WEEKDAY = (
    r"(?:mon(?:day)?|tue(?:s(?:day)?)?|wed(?:nesday)?|thu(?:r(?:s(?:day)?)?)?|fri(?:day)?"
    r"|sat(?:urday)?|sun(?:day)?)\.?,?\s+"
)
_PREFIX = re.compile(
    rf"^(?:(?:published|posted|updated|first published|date)\s*(?:on)?\s*:?\s*)?(?:{_WEEKDAY})?",
    re.IGNORECASE,
)
# Anything after a date that is a time of day, a zone or "at 10:03 am".
_TAIL = r"(?:(?:[\sT,]|\s+at\s+).*)?$"

_ISO = re.compile(
    r"^(?P<y>\d{4})(?:(?P<sep>[-/.]?)(?P<m>\d{2})(?:(?P=sep)(?P<d>\d{2}))?)?"
    r"(?P<time>[T\s]\d{1,2}(?::?\d{2})?(?::?\d{2}(?:[.,]\d+)?)?\s*(?:Z|UTC|GMT|[+-]\d{2}(?::?\d{2})?)?)?$",
    re.IGNORECASE,
)
_DAY_MONTH_YEAR = re.compile(
    rf"^(?P<d>\d{{1,2}})(?:st|nd|rd|th)?\.?\s+(?:of\s+)?(?P<m>{_MONTH_NAMES})\.?,?\s+(?P<y>\d{{4}}){_TAIL}",
    re.IGNORECASE,
)
_MONTH_DAY_YEAR = re.compile(
    rf"^(?P<m>{_MONTH_NAMES})\.?\s+(?P<d>\d{{1,2}})(?:st|nd|rd|th)?,?\s+(?P<y>\d{{4}}){_TAIL}",
    re.IGNORECASE,
)
_MONTH_YEAR = re.compile(rf"^(?P<m>{_MONTH_NAMES})\.?,?\s+(?P<y>\d{{4}})$", re.IGNORECASE)
_NUMERIC = re.compile(
    rf"^(?P<a>\d{{1,2}})(?P<sep>[/.-])(?P<b>\d{{1,2}})(?P=sep)(?P<y>\d{{4}}|\d{{2}}){_TAIL}"
)
_RFC_2822 = re.compile(
    r"^(?P<d>\d{1,2})\s+(?P<m>[a-z]{3,9})\.?\s+(?P<y>\d{2,4})\s+\d{1,2}:\d{2}", re.IGNORECASE
)


@dataclass(frozen=True, slots=True)
class ParsedDate:
    """A publication date read from text.

    Attributes:
        period: the date with the precision the text gave.
        defaulted_order: true when the text was an ambiguous numeric date
            (``03/04/2016``) and the default order (month first) settled it.
    """

    period: Period
    defaulted_order: bool = False


class ImpossibleDate(ValueError):
    """The text has the shape of a date but names no real day (``2016-13-45``)."""


def parse_published(value: str | int | float, *, dayfirst: bool | None = None) -> ParsedDate:
    """Read a publication date, keeping its precision.

    Accepts ISO 8601 dates, months, years and timestamps with zones, RFC 2822
    (``Fri, 30 Sep 2016 14:03:00 +0300``), English month names (``Sept. 30,
    2016``, ``30 September 2016``, ``September 2016``), numeric dates
    (``30/09/2016``, ``09/30/2016``) and Unix timestamps given as numbers; and,
    through dateparser, a date with its year written in another language
    (``30 septembre 2016``, ``septiembre de 2016``, ``Freitag, 30. September
    2016``). Relative dates ("yesterday") are refused, never counted from the clock.

    Args:
        value: the raw value, a string or a number (a year or Unix seconds).
        dayfirst: how to read an ambiguous numeric date such as ``03/04/2016``:
            True for day first, False for month first, None for the default
            (month first, reported through ``ParsedDate.defaulted_order``).

    Returns:
        The parsed date.

    Raises:
        ImpossibleDate: the value is shaped like a date but is not a real one.
        ValueError: the value is not a date this function can read.
    """
    if isinstance(value, bool):
        raise ValueError(f"not a date: {value!r}")
    if isinstance(value, int | float):
        return ParsedDate(_from_number(value))
    text = " ".join(value[:200].split())
    text = _PREFIX.sub("", text, count=1).strip()
    if not text:
        raise ValueError(f"not a date: {value!r}")
    for parse in (_iso, _textual, _rfc_2822):
        period = parse(text)
        if period is not None:
            return ParsedDate(period)
    numeric = _NUMERIC.match(text)
    if numeric:
        return _numeric(numeric, dayfirst)
    try:
        return ParsedDate(Period.from_iso(text))
    except ValueError:
        pass
    period = _in_any_language(text)
    if period is not None:
        return ParsedDate(period)
    raise ValueError(f"not a date I can read: {value!r}")


# dateparser's readers of absolute dates: never "yesterday" or "in 2 days", which it would
# count from the clock.
_DATEPARSER_SETTINGS = {
    "PARSERS": ["absolute-time"],
    "REQUIRE_PARTS": ["year"],
    "RETURN_TIME_AS_PERIOD": True,
    "RELATIVE_BASE": dt.datetime(2000, 1, 1),
}
_DATEPARSER_PRECISION = {
    "year": Granularity.YEAR,
    "month": Granularity.MONTH,
    "week": Granularity.DAY,
    "day": Granularity.DAY,
    "time": Granularity.DAY,
}
# A year, and a letter: the only shapes worth dateparser's language detection. Its first
# call loads every language it knows (about 2 s); later ones take milliseconds.
_LONGEST_DATE = 60
_YEAR_AND_LETTER = re.compile(r"(?=.*(?<!\d)(?:1[0-9]|20)\d\d(?!\d))(?=.*[^\W\d_])")


@functools.lru_cache(maxsize=1024)
def _in_any_language(text: str) -> Period | None:
    """A date with its year written in any language dateparser reads ("30 septembre
    2016", "septiembre de 2016", "Freitag, 30. September 2016"), at the precision it
    was written with; None if it is no such date."""
    if len(text) > _LONGEST_DATE or not _YEAR_AND_LETTER.match(text):
        return None
    found = DateDataParser(settings=_DATEPARSER_SETTINGS).get_date_data(text)
    if found.date_obj is None or found.period not in _DATEPARSER_PRECISION:
        return None
    moment = found.date_obj
    granularity = _DATEPARSER_PRECISION[found.period]
    if granularity is Granularity.YEAR:
        return _make(moment.year)
    if granularity is Granularity.MONTH:
        return _make(moment.year, moment.month)
    return _make(moment.year, moment.month, moment.day)


def _from_number(value: int | float) -> Period:
    if value != value or value in (float("inf"), float("-inf")):
        raise ValueError(f"not a date: {value!r}")
    if isinstance(value, int) and 1000 <= value <= 9999:
        return Period(Granularity.YEAR, dt.date(value, 1, 1))
    seconds = value / 1000 if abs(value) >= 1e11 else value
    try:
        moment = dt.datetime.fromtimestamp(seconds, tz=dt.UTC)
    except (OverflowError, OSError, ValueError) as error:
        raise ImpossibleDate(f"{value!r} is not a year or a Unix timestamp") from error
    return _make(moment.year, moment.month, moment.day)


def _make(year: int, month: int | None = None, day: int | None = None) -> Period:
    if not 1000 <= year <= 9999:
        raise ImpossibleDate(f"year {year} is out of range 1000..9999")
    try:
        if month is None:
            return Period(Granularity.YEAR, dt.date(year, 1, 1))
        if day is None:
            return Period(Granularity.MONTH, dt.date(year, month, 1))
        return Period.day(dt.date(year, month, day))
    except ValueError as error:
        raise ImpossibleDate(str(error)) from None


def _iso(text: str) -> Period | None:
    m = _ISO.match(text)
    if not m:
        return None
    if m["m"] is None and m["time"]:
        return None
    if m["m"] is not None and not m["sep"] and m["d"] is None:
        return None  # "201609" is ambiguous; refuse it
    return _make(
        int(m["y"]),
        int(m["m"]) if m["m"] else None,
        int(m["d"]) if m["d"] else None,
    )


def _month(name: str) -> int:
    return MONTHS[name.lower()[:3]]


def _textual(text: str) -> Period | None:
    for pattern in (_DAY_MONTH_YEAR, _MONTH_DAY_YEAR):
        m = pattern.match(text)
        if m:
            return _make(int(m["y"]), _month(m["m"]), int(m["d"]))
    m = _MONTH_YEAR.match(text)
    if m:
        return _make(int(m["y"]), _month(m["m"]))
    return None


def _rfc_2822(text: str) -> Period | None:
    m = _RFC_2822.match(text)
    if not m or m["m"].lower()[:3] not in MONTHS:
        return None
    year = int(m["y"])
    if year < 100:
        year += 2000 if year < 50 else 1900
    return _make(year, MONTHS[m["m"].lower()[:3]], int(m["d"]))


def _numeric(m: re.Match[str], dayfirst: bool | None) -> ParsedDate:
    a, b, year = int(m["a"]), int(m["b"]), int(m["y"])
    if len(m["y"]) == 2:
        year += 2000 if year < 50 else 1900
    defaulted = False
    if a > 12 >= b:
        day, month = a, b
    elif b > 12 >= a:
        day, month = b, a
    elif a == b:
        day, month = a, b
    elif dayfirst is None:
        day, month, defaulted = b, a, True
    else:
        day, month = (a, b) if dayfirst else (b, a)
    return ParsedDate(_make(year, month, day), defaulted_order=defaulted)


# --- dates inferred from a document's surroundings -----------------------------------

_URL_DAY = re.compile(r"/(\d{4})/(\d{1,2})/(\d{1,2})(?=/|$|[-_.])")
_URL_MONTH = re.compile(r"/(\d{4})/(\d{1,2})(?=/|$)")
_URL_ISO_DAY = re.compile(r"(?<!\d)(\d{4})[-_](\d{2})[-_](\d{2})(?!\d)")
_URL_COMPACT_DAY = re.compile(r"(?<![\dA-Za-z])((?:19|20)\d{2})(\d{2})(\d{2})(?![\dA-Za-z])")
_NAME_MONTH = re.compile(r"(?<!\d)((?:19|20)\d{2})[-_](\d{2})(?![-_]?\d)")


def date_from_url(url: str) -> Period | None:
    """The publication date written in a news URL's path, if any.

    ``/2016/09/30/`` gives a day, ``/2016/09/`` a month; ``2016-09-30`` and
    ``20160930`` in the path give a day. A bare year is not trusted.
    """
    path = re.sub(r"^[a-z][a-z0-9+.-]*://[^/]*", "", url.strip(), flags=re.IGNORECASE)
    path = path.split("?", 1)[0].split("#", 1)[0]
    for pattern in (_URL_DAY, _URL_ISO_DAY, _URL_COMPACT_DAY):
        for m in pattern.finditer(path):
            period = _try(int(m[1]), int(m[2]), int(m[3]))
            if period is not None:
                return period
    for m in _URL_MONTH.finditer(path):
        period = _try(int(m[1]), int(m[2]))
        if period is not None:
            return period
    return None


def date_from_filename(name: str) -> Period | None:
    """The date in a file name such as ``2016-09-30_aleppo.txt`` or ``20160930.html``.

    ``2016-09`` gives a month; a bare year is not trusted.
    """
    for pattern in (_URL_ISO_DAY, _URL_COMPACT_DAY):
        for m in pattern.finditer(name):
            period = _try(int(m[1]), int(m[2]), int(m[3]))
            if period is not None:
                return period
    for m in _NAME_MONTH.finditer(name):
        period = _try(int(m[1]), int(m[2]))
        if period is not None:
            return period
    return None


def _try(year: int, month: int, day: int | None = None) -> Period | None:
    if not 1900 <= year <= 2199:
        return None
    try:
        return _make(year, month, day)
    except ImpossibleDate:
        return None


_DATELINE = re.compile(
    r"^(?:[A-ZÀ-Þ][A-ZÀ-Þ.'’ -]{1,40})(?:,\s*[A-Z][A-Za-z.' -]{1,30})?,?\s+"
    rf"(?P<m>(?i:{_MONTH_NAMES}))\.?\s+(?P<d>\d{{1,2}})(?:,?\s+(?P<y>\d{{4}}))?\s*"
    r"(?:\([A-Za-z][\w .&-]{0,30}\)|/[A-Za-z][\w .&-]{0,30}/)?\s*[-—–:]"
)


@dataclass(frozen=True, slots=True)
class Dateline:
    """A news dateline's date: month and day, and the year when it is written."""

    month: int
    day: int
    year: int | None

    def complete(self, near: Period | None) -> Period | None:
        """The day this dateline names, taking a missing year from ``near``.

        The year chosen puts the day closest to ``near``; without a year and
        without ``near`` the dateline cannot be placed and None is returned.
        """
        if self.year is not None:
            return _try(self.year, self.month, self.day)
        if near is None:
            return None
        best: tuple[int, Period] | None = None
        for year in (near.start.year - 1, near.start.year, near.start.year + 1):
            day = _try(year, self.month, self.day)
            if day is None:
                continue
            gap = max((near.start - day.start).days, (day.start - near.end).days, 0)
            if best is None or gap < best[0]:
                best = (gap, day)
        return best[1] if best else None


def find_dateline(text: str) -> Dateline | None:
    """The dateline at the top of a news text, such as ``DAMASCUS, Sept 29 (Reuters) -``."""
    m = _DATELINE.match(text[:400].lstrip()[:200])
    if not m:
        return None
    month = _month(m["m"])
    day = int(m["d"])
    year = int(m["y"]) if m["y"] else None
    if not 1 <= day <= 31:
        return None
    return Dateline(month, day, year)


IMPLAUSIBLE_AFTER_YEARS = 2


def implausible_publications(
    dates: Sequence[tuple[str, Period | None]], *, years: int = IMPLAUSIBLE_AFTER_YEARS
) -> dict[str, str]:
    """Documents whose publication date lies years after every other article's.

    A date is implausible when it starts more than ``years`` years after the
    end of the newest *other* dated document (a typo such as 2061 for 2016).
    Only the newest date can be, so one pass finds it.

    Args:
        dates: ``(document id, publication date)`` for every document.

    Returns:
        ``{implausible id: the id of the newest other document}``, usually empty.
    """
    dated = sorted(
        ((period.end, doc_id, period) for doc_id, period in dates if period is not None),
        reverse=True,
    )
    if len(dated) < 2:
        return {}
    (_, newest_id, newest), (second_end, second_id, _) = dated[0], dated[1]
    if newest.start > _add_years(second_end, years):
        return {newest_id: second_id}
    return {}


def _add_years(day: dt.date, years: int) -> dt.date:
    try:
        return day.replace(year=day.year + years)
    except ValueError:  # 29 February
        return day.replace(year=day.year + years, day=28)
