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
    return Resolution(DATE, period.iso(), period, anchor=how, names_date=True)


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
        try:
            period = Period.containing(granularity, shift(pub.start, granularity, n))
        except (ValueError, OverflowError):
            return vague("PAST_REF" if n < 0 else "FUTURE_REF", f"{phrase}: beyond years 1-9999")
        return Resolution(DATE, period.iso(), period, anchor=f"{phrase} {pub.iso()}")
    return Resolution(
        DATE,
        unknown_value(granularity, pub),
        pub,
        anchor=f"{phrase}, but publication is known only to {pub.iso()}",
    )


def from_reference(
    ctx: Context, unit: Granularity, n: int, phrase: str, *, keep_finer: bool = True
) -> Resolution:
    """The reference time moved by ``n`` units.

    The result is never finer than the reference. With ``keep_finer`` it keeps
    a finer reference's granularity: "a year earlier" than the third quarter
    of 1989 is the third quarter of 1988; without it, "the following year"
    after 22 May 1995 is 1996.
    """
    ref = ctx.anchor_period()
    if ref is None:
        return Resolution(DATE, unknown_value(unit), None, anchor=NO_ANCHOR, sets_reference=False)
    source = "the date last mentioned" if ctx.reference else "publication"
    if ref.granularity.rank > unit.rank and n == 0:
        # "That day" after "in 1987": some day of 1987.
        return Resolution(
            DATE,
            unknown_value(unit, ref),
            ref,
            anchor=f"{phrase} {source} {ref.iso()}, known only to that precision",
            sets_reference=False,
        )
    coarse = ref.granularity.rank > unit.rank
    granularity = ref.granularity if coarse or keep_finer else unit
    # From a coarser reference, count back from its last day: "the day before" after
    # "in February" is still February, not January.
    base = ref.end if coarse and n < 0 else ref.start
    period = Period.containing(granularity, shift(base, unit, n))
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
    if direction == 0 and tense is Tense.NONE:
        # No cue: the nearer of the two, the one before on a tie.
        forward = (iso_weekday - today) % 7 < (today - iso_weekday) % 7
        word = "after" if forward else "before"
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
        DATE,
        day.isoformat(),
        Period.day(day),
        anchor=f"weekday {word} publication {pub.iso()}{how}",
    )


_NEAR_DAYS = 60


def choose_year(
    ctx: Context, month: int, day: int | None, tense: Tense, direction: int = 0
) -> tuple[int, str] | None:
    """The year of a month (and day) written without one, by tense and publication.

    Past tense takes the latest such date on or before publication and future
    the earliest on or after, unless the other one is within about a month
    of publication (news rarely reaches a year back or ahead for a date that
    close); with no cue, the nearest one. ``direction`` -1/1 ("last April",
    "next April") forces strictly before/after.
    """
    pub = ctx.published
    if pub is None:
        return None
    year = pub.start.year
    if pub.granularity is YEAR:
        return year, f"year of publication {pub.iso()}"
    if day is None or pub.granularity is not DAY:
        # Compare whole months: "in March" against a publication in March is this March.
        here = pub.start.year * 12 + pub.start.month - 1
        options = {y: y * 12 + month - 1 - here for y in (year - 1, year, year + 1)}
        near = 1
    else:
        try:
            options = {
                y: (dt.date(y, month, day) - pub.start).days for y in (year - 1, year, year + 1)
            }
        except ValueError:
            options = {
                y: (dt.date(y, month, 28) - pub.start).days for y in (year - 1, year, year + 1)
            }
        near = _NEAR_DAYS
    if direction:
        # "Last February" said in March is not last month (that is "last month"): a year back.
        gap = 1 if day is None else 0
        ahead = [y for y, d in options.items() if d * direction > gap]
        chosen = min(ahead, key=lambda y: abs(options[y]))
        word = "last one before" if direction < 0 else "next one after"
        return chosen, f"{word} publication {pub.iso()}"
    # Nearest first; on a tie the earlier one (news tells more of the past than the future).
    nearest = min(options, key=lambda y: (abs(options[y]), options[y] > 0))
    if tense is Tense.NONE or abs(options[nearest]) <= near:
        chosen = nearest
    else:
        sign = 1 if tense is Tense.FUTURE else -1
        chosen = min(
            (y for y, d in options.items() if d * sign >= 0), key=lambda y: abs(options[y])
        )
    return chosen, f"year by {tense.value} around publication {pub.iso()}"


def month_without_year(ctx: Context, month: int, tense: Tense, direction: int = 0) -> Resolution:
    """A month named without a year ("in March", "last April")."""
    year = choose_year(ctx, month, None, tense, direction)
    if year is None:
        return Resolution(DATE, f"XXXX-{month:02d}", None, anchor=NO_ANCHOR, year_inferred=True)
    period = Period(MONTH, dt.date(year[0], month, 1))
    return Resolution(DATE, period.iso(), period, anchor=f"month, {year[1]}", year_inferred=True)


def month_of_publication_year(ctx: Context, month: int) -> Resolution:
    """A month of the publication year ("this September")."""
    pub = ctx.published
    if pub is None:
        return Resolution(DATE, f"XXXX-{month:02d}", None, anchor=NO_ANCHOR)
    period = Period(MONTH, dt.date(pub.start.year, month, 1))
    return Resolution(
        DATE, period.iso(), period, anchor=f"month of the publication year {pub.iso()}"
    )


def day_without_year(ctx: Context, month: int, day: int, tense: Tense) -> Resolution | None:
    """A month and day named without a year ("Sept. 12")."""
    year = choose_year(ctx, month, day, tense)
    if year is None:
        return Resolution(
            DATE, f"XXXX-{month:02d}-{day:02d}", None, anchor=NO_ANCHOR, year_inferred=True
        )
    try:
        when = dt.date(year[0], month, day)
    except ValueError:  # 29 February, and the year it would fall in has none
        return Resolution(
            DATE,
            f"XXXX-{month:02d}-{day:02d}",
            None,
            anchor=f"year unknown: {year[0]} ({year[1]}) has no {day} February",
            year_inferred=True,
        )
    return Resolution(
        DATE,
        when.isoformat(),
        Period.day(when),
        anchor=f"day, {year[1]}",
        names_date=True,
        year_inferred=True,
    )


def quarter_without_year(ctx: Context, quarter: int, tense: Tense) -> Resolution:
    """A quarter named without a year ("the third quarter")."""
    pub = ctx.published
    if pub is None:
        return Resolution(DATE, f"XXXX-Q{quarter}", None, anchor=NO_ANCHOR)
    year = pub.start.year
    # A quarter not yet begun at publication, told in the past tense, is last year's.
    if pub.granularity is not YEAR and tense is Tense.PAST and quarter > (pub.start.month + 2) // 3:
        year -= 1
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
    "month_of_publication_year",
    "month_without_year",
    "quarter_without_year",
    "season_value",
    "vague",
    "weekday",
]
