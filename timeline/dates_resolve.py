"""Resolution helpers shared by the recognition rules.

Each helper turns what a rule understood (a weekday, a month, a shift of
some units) into a :class:`Resolution` anchored to the publication date or
to the reference time, with the explanation in words.
"""

from __future__ import annotations

import datetime as dt

from timeline.dates_anchor import (
    DAY,
    MONTH,
    QUARTER,
    WEEK,
    YEAR,
    Context,
    Resolution,
    Tense,
    shift,
    unknown_value,
)
from timeline.dates_lexicon import SEASON_START_MONTH
from timeline.model import WEEKDAY_NAMES, Granularity, Period, TimexType

DATE = TimexType.DATE
NO_ANCHOR = "no publication date to anchor to"


def absolute(period: Period, how: str = "absolute date") -> Resolution:
    """A date written out in full."""
    return Resolution(DATE, period.iso(), period, anchor=how)


def from_publication(ctx: Context, granularity: Granularity, n: int, phrase: str) -> Resolution:
    """The period of ``granularity`` that lies ``n`` units from publication.

    Args:
        ctx: the resolution context.
        granularity: the unit of the shift and of the result.
        n: how many units (negative is before publication).
        phrase: what the expression means, for the explanation ("day before publication").
    """
    pub = ctx.published
    if pub is None:
        return Resolution(DATE, unknown_value(granularity), None, anchor=NO_ANCHOR)
    if pub.granularity.rank <= granularity.rank:
        period = Period.containing(granularity, shift(pub.start, granularity, n))
        return Resolution(DATE, period.iso(), period, anchor=f"{phrase} {pub.iso()}")
    return Resolution(
        DATE,
        unknown_value(granularity, pub),
        pub,
        anchor=f"{phrase}, but publication is known only to {pub.iso()}",
    )


def from_reference(ctx: Context, unit: Granularity, n: int, phrase: str) -> Resolution:
    """The reference time moved by ``n`` units, keeping its granularity when finer.

    "A year earlier" than the third quarter of 1989 is the third quarter of 1988.
    """
    ref = ctx.anchor_period()
    if ref is None:
        return Resolution(
            DATE, unknown_value(unit), None, anchor=NO_ANCHOR, sets_reference=False
        )
    source = "the date last mentioned" if ctx.reference else "publication"
    granularity = ref.granularity if ref.granularity.rank <= unit.rank else unit
    if ref.granularity.rank > unit.rank and ref.granularity.rank > MONTH.rank and n != 0:
        # "Two days later" than a year: only the year is known.
        granularity = ref.granularity
    period = Period.containing(granularity, shift(ref.start, unit, n))
    return Resolution(
        DATE,
        period.iso(),
        period,
        anchor=f"{phrase} {source} {ref.iso()}",
        sets_reference=False,
    )


def weekday(ctx: Context, iso_weekday: int, direction: int, tense: Tense) -> Resolution:
    """A named weekday, placed around publication.

    Args:
        ctx: the resolution context.
        iso_weekday: 1 for Monday.
        direction: -1 for the one strictly before publication ("last Friday"),
            1 for the one strictly after ("next Friday"), 0 to decide by tense
            (future: on or after publication; otherwise on or before).
        tense: the clause's tense.
    """
    name = WEEKDAY_NAMES[iso_weekday - 1]
    forward = direction > 0 or (direction == 0 and tense is Tense.FUTURE)
    word = "after" if forward else "before"
    how = "" if direction else f", {tense.value}"
    pub = ctx.published
    value = f"XXXX-WXX-{iso_weekday}"
    if pub is None:
        return Resolution(DATE, value, None, iso_weekday, NO_ANCHOR)
    if pub.granularity is not DAY:
        return Resolution(
            DATE,
            value,
            pub,
            iso_weekday,
            f"{name} {word} publication, but publication is known only to {pub.iso()}",
        )
    today = pub.start.isoweekday()
    if forward:
        ahead = (iso_weekday - today) % 7
        if direction > 0 and ahead == 0:
            ahead = 7
        day = pub.start + dt.timedelta(days=ahead)
    else:
        back = (today - iso_weekday) % 7
        if direction < 0 and back == 0:
            back = 7
        day = pub.start - dt.timedelta(days=back)
    return Resolution(
        DATE, day.isoformat(), Period.day(day), anchor=f"weekday {word} publication {pub.iso()}{how}"
    )


def choose_year(
    ctx: Context, month: int, day: int | None, tense: Tense, direction: int = 0
) -> tuple[int, str] | None:
    """The year of a month (and day) written without one, by tense and publication.

    Past tense takes the latest such date on or before publication, future the
    earliest on or after; with no cue, the nearest one. ``direction`` -1/1
    ("last April", "next April") forces strictly before/after.
    """
    pub = ctx.published
    if pub is None:
        return None
    year = pub.start.year
    if pub.granularity is YEAR:
        return year, f"year of publication {pub.iso()}"
    key = (month, day or 0)
    pub_key = (pub.start.month, pub.start.day if pub.granularity is DAY and day else 0)
    if direction < 0:
        chosen = year if key < pub_key else year - 1
        return chosen, f"last one before publication {pub.iso()}"
    if direction > 0:
        chosen = year if key > pub_key else year + 1
        return chosen, f"next one after publication {pub.iso()}"
    if tense is Tense.PAST:
        chosen = year if key <= pub_key else year - 1
    elif tense is Tense.FUTURE:
        chosen = year if key >= pub_key else year + 1
    else:
        anchor = pub.start
        candidates = [y for y in (year - 1, year, year + 1)]
        chosen = min(
            candidates,
            key=lambda y: abs((dt.date(y, month, min(day or 15, 28)) - anchor).days),
        )
    return chosen, f"year by {tense.value} around publication {pub.iso()}"


def month_without_year(ctx: Context, month: int, tense: Tense, direction: int = 0) -> Resolution:
    """A month named without a year ("in March", "last April")."""
    year = choose_year(ctx, month, None, tense, direction)
    if year is None:
        return Resolution(DATE, f"XXXX-{month:02d}", None, anchor=NO_ANCHOR)
    period = Period(MONTH, dt.date(year[0], month, 1))
    return Resolution(DATE, period.iso(), period, anchor=f"month, {year[1]}")


def day_without_year(ctx: Context, month: int, day: int, tense: Tense) -> Resolution | None:
    """A month and day named without a year ("Sept. 12")."""
    year = choose_year(ctx, month, day, tense)
    if year is None:
        return Resolution(DATE, f"XXXX-{month:02d}-{day:02d}", None, anchor=NO_ANCHOR)
    try:
        when = dt.date(year[0], month, day)
    except ValueError:
        return None
    return Resolution(DATE, when.isoformat(), Period.day(when), anchor=f"day, {year[1]}")


def quarter_without_year(ctx: Context, quarter: int, tense: Tense) -> Resolution:
    """A quarter named without a year ("the third quarter")."""
    pub = ctx.published
    if pub is None:
        return Resolution(DATE, f"XXXX-Q{quarter}", None, anchor=NO_ANCHOR)
    year = pub.start.year
    if pub.granularity is not YEAR:
        current = (pub.start.month - 1) // 3 + 1
        if tense is Tense.PAST and quarter > current:
            year -= 1
        elif tense is Tense.FUTURE and quarter < current:
            year += 1
    period = Period(QUARTER, dt.date(year, 3 * quarter - 2, 1))
    return Resolution(
        DATE, period.iso(), period, anchor=f"quarter by {tense.value}, publication {pub.iso()}"
    )


def season_value(ctx: Context, code: str, tense: Tense, direction: int) -> Resolution:
    """A season without a year ("this summer", "last fall")."""
    pub = ctx.published
    if pub is None:
        return Resolution(DATE, f"XXXX-{code}", None, anchor=NO_ANCHOR)
    year = pub.start.year
    if direction:
        year += direction
        how = "last" if direction < 0 else "next"
        return _season(year, code, f"{how} year's season, publication {pub.iso()}")
    if pub.granularity is not YEAR:
        start = SEASON_START_MONTH[code]
        if tense is Tense.PAST and start > pub.start.month:
            year -= 1
        elif tense is Tense.FUTURE and start + 2 < pub.start.month:
            year += 1
    return _season(year, code, f"season by {tense.value}, publication {pub.iso()}")


def _season(year: int, code: str, how: str) -> Resolution:
    return Resolution(DATE, f"{year:04d}-{code}", Period(YEAR, dt.date(year, 1, 1)), anchor=how)


def vague(value: str, how: str) -> Resolution:
    """PRESENT_REF, PAST_REF or FUTURE_REF: no calendar period."""
    return Resolution(DATE, value, None, anchor=how, sets_reference=False)


__all__ = [
    "DAY",
    "MONTH",
    "QUARTER",
    "WEEK",
    "YEAR",
    "absolute",
    "choose_year",
    "day_without_year",
    "from_publication",
    "from_reference",
    "month_without_year",
    "quarter_without_year",
    "season_value",
    "vague",
    "weekday",
]
