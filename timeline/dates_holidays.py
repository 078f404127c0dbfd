"""Holidays: fixed dates, nth weekdays and Easter, placed around publication by tense."""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Callable

from timeline import dates_resolve as R
from timeline.dates_anchor import Context, Resolution, Tense
from timeline.dates_match import END, YEAR, Found, Rule, compile_rule, tense_of
from timeline.model import Granularity, Period, TimexType

DATE = TimexType.DATE


def _easter(year: int) -> dt.date:
    a, b, c = year % 19, year // 100, year % 100
    d, e = b // 4, b % 4
    f = (b + 8) // 25
    g = (b - f + 1) // 3
    h = (19 * a + b - d - g + 15) % 30
    i, k = c // 4, c % 4
    ll = (32 + 2 * e + 2 * i - h - k) % 7
    m = (a + 11 * h + 22 * ll) // 451
    month = (h + ll - 7 * m + 114) // 31
    day = (h + ll - 7 * m + 114) % 31 + 1
    return dt.date(year, month, day)


def _nth_weekday(year: int, month: int, iso_weekday: int, n: int) -> dt.date:
    if n > 0:
        day = dt.date(year, month, 1)
        day += dt.timedelta(days=(iso_weekday - day.isoweekday()) % 7)
        return day + dt.timedelta(weeks=n - 1)
    last = dt.date(year + (month == 12), month % 12 + 1, 1) - dt.timedelta(days=1)
    return last - dt.timedelta(days=(last.isoweekday() - iso_weekday) % 7)


_HOLIDAYS: dict[str, Callable[[int], dt.date]] = {
    "christmas eve": lambda y: dt.date(y, 12, 24),
    "christmas day": lambda y: dt.date(y, 12, 25),
    "christmas": lambda y: dt.date(y, 12, 25),
    "boxing day": lambda y: dt.date(y, 12, 26),
    "new year's eve": lambda y: dt.date(y, 12, 31),
    "new year's day": lambda y: dt.date(y, 1, 1),
    "halloween": lambda y: dt.date(y, 10, 31),
    "valentine's day": lambda y: dt.date(y, 2, 14),
    "independence day": lambda y: dt.date(y, 7, 4),
    "fourth of july": lambda y: dt.date(y, 7, 4),
    "thanksgiving day": lambda y: _nth_weekday(y, 11, 4, 4),
    "thanksgiving": lambda y: _nth_weekday(y, 11, 4, 4),
    "labor day": lambda y: _nth_weekday(y, 9, 1, 1),
    "memorial day": lambda y: _nth_weekday(y, 5, 1, -1),
    "election day": lambda y: _nth_weekday(y, 11, 1, 1) + dt.timedelta(days=1),
    "easter sunday": _easter,
    "easter": _easter,
    "good friday": lambda y: _easter(y) - dt.timedelta(days=2),
}
_HOLIDAY = (
    "(?:"
    + "|".join(
        re.escape(h).replace(r"\ ", r"\s+").replace("'", "['’]")
        for h in sorted(_HOLIDAYS, key=len, reverse=True)
    )
    + ")"
)


def _resolve_holiday(m: Found, ctx: Context) -> Resolution | None:
    key = " ".join(m.get("hol").lower().replace("’", "'").split())
    rule = _HOLIDAYS[key]
    if m.get("year"):
        day = rule(int(m.get("year")))
        return R.absolute(Period.day(day), "holiday in an absolute year")
    pub = ctx.published
    if pub is None:
        return Resolution(DATE, "XXXX-XX-XX", None, anchor=R.NO_ANCHOR)
    rel = m.get("rel").lower()
    tense = tense_of(m, ctx)
    year = pub.start.year
    candidates = [rule(y) for y in (year - 1, year, year + 1)]
    nearest = min(candidates, key=lambda d: abs((d - pub.start).days))
    if rel == "last" or (not rel and tense is Tense.PAST and nearest > pub.end + _NEAR):
        day = [d for d in candidates if d <= pub.end][-1]
    elif rel == "next" or (not rel and tense is Tense.FUTURE and nearest < pub.start - _NEAR):
        day = next(d for d in candidates if d >= pub.start)
    else:
        day = nearest
    how = f"holiday by {tense.value} around publication {pub.iso()}"
    if m.group("week") is not None:
        week = Period.containing(Granularity.WEEK, day)
        return Resolution(DATE, week.iso(), week, anchor=f"week of the {how}")
    return Resolution(DATE, day.isoformat(), Period.day(day), anchor=how)


_NEAR = dt.timedelta(days=60)


def _check_holiday(m: Found, text: str) -> bool:
    return m.get("hol")[0].isupper()


HOLIDAY_RULE = Rule(
    "holiday",
    r"christmas|year|halloween|valentine|independence|july|thanksgiving|labor|memorial"
    r"|election|easter|friday|boxing",
    compile_rule(
        rf"(?:(?P<rel>last|next|this)\s+)?(?P<hol>{_HOLIDAY})(?:,?\s+(?P<year>{YEAR}))?{END}"
        r"(?P<week>\s+week(?!\w|-(?!-)))?"
    ),
    _resolve_holiday,
    _check_holiday,
    reach=(25, 35),
)
