"""The date resolver: find time expressions in a text and anchor them.

Recognition is a set of compiled regular expressions (:mod:`timeline.dates_rules`)
with context checks that keep "may", "We", "March" the verb, "$27" and "50%"
out. Overlapping candidates are settled longest first; the survivors are
resolved in text order against the publication date, or against the date
last mentioned for anaphora such as "a year earlier" (:mod:`timeline.dates_anchor`).
"""

from __future__ import annotations

import bisect
import dataclasses
import datetime as dt
import functools
import re

from timeline.dates_anchor import Context, Resolution
from timeline.dates_lexicon import NUMBER_WORD, parse_count
from timeline.dates_match import TRIGGER, ascii_lower
from timeline.dates_rules import RULES, Found
from timeline.model import Granularity, Period, TimeExpression, TimexType

__all__ = ["find_time_expressions"]


def find_time_expressions(text: str, published: Period | None) -> tuple[TimeExpression, ...]:
    """All time expressions in ``text``, in order, resolved against the publication date.

    Args:
        text: the text to tag; offsets in the result point into it as given.
        published: the publication date at whatever precision is known, or None,
            in which case relative expressions stay unanchored (``XXXX-XX-XX``).

    Returns:
        The expressions in text order, none overlapping another.
    """
    chosen = _select(_candidates(text))
    ctx = Context(text, published)
    found: list[TimeExpression] = []
    year_inferred = False
    for start, end, rule_index, match in chosen:
        resolution = RULES[rule_index].resolve(match, ctx)
        if resolution is None:
            continue
        counted = _counted_from(text, start, resolution)
        if counted is not None:
            start, resolution = counted
            while found and found[-1].start >= start:
                found.pop()  # "Two days" in "Two days after Christmas" is no duration
        if year_inferred and _joined(text, found[-1], start, resolution):
            found[-1] = _with_year_of(found[-1], resolution, text[start:end])
        year_inferred = resolution.year_inferred
        found.append(
            TimeExpression(
                start=start,
                end=end,
                text=text[start:end],
                type=resolution.type,
                value=resolution.value,
                period=resolution.period,
                weekday=resolution.weekday,
                anchor=resolution.anchor,
                names_date=resolution.names_date,
            )
        )
        if resolution.sets_reference and resolution.period is not None:
            ctx.reference = resolution.period
    return tuple(found)


# "the day before last Tuesday", "two days after Christmas": days counted from a day.
_DAYS_FROM = re.compile(
    rf"\b(?:(?:the|a|one)\s+day|(?P<count>\d{{1,2}}|{NUMBER_WORD})\s+days)\s+(?P<dir>before|after)\s+$",
    re.IGNORECASE,
)
_BEFORE_AFTER = re.compile(r"(?:before|after)\s+$", re.IGNORECASE)


def _counted_from(text: str, start: int, day: Resolution) -> tuple[int, Resolution] | None:
    """The day ``day``, resolved from ``text[start:]``, counted from by the words before it
    ("the day before last Tuesday"), with where those words start; None if it is not."""
    period = day.period
    if period is None or period.granularity is not Granularity.DAY:
        return None
    if day.type is not TimexType.DATE or not _BEFORE_AFTER.search(text, max(0, start - 9), start):
        return None
    found = _DAYS_FROM.search(text, max(0, start - 40), start)
    if found is None or day.value != period.iso():
        return None
    count = parse_count(found.group("count") or "one")
    if count is None or count != int(count):
        return None
    phrase = " ".join(text[found.start() : start].split())
    sign = -1 if found.group("dir").lower() == "before" else 1
    shifted = Period.day(period.start + dt.timedelta(days=sign * int(count)))
    anchor = f"{phrase.lower()} {day.value}, {day.anchor}"
    return found.start(), Resolution(TimexType.DATE, shifted.iso(), shifted, anchor=anchor)


# "March and April of 2008", "between May 3 and June 1, 2009": what joins two dates.
_JOIN = re.compile(r"\s*,?\s*(?:and|or|to|through|until|till|[-–—])\s*", re.IGNORECASE)


def _joined(text: str, before: TimeExpression, start: int, after: Resolution) -> bool:
    """Whether the expression resolved to ``after`` at ``start`` is joined to ``before``
    as the second of two months or days whose year is written once, after both (not
    "June 30, and today")."""
    return (
        after.period is not None
        and after.names_date
        and not after.year_inferred
        and after.period.granularity in (Granularity.DAY, Granularity.MONTH)
        and _JOIN.fullmatch(text, before.end, start) is not None
    )


def _with_year_of(
    expression: TimeExpression, joined: Resolution, joined_text: str
) -> TimeExpression:
    """``expression``, a month or day written without its year, in the year of the date
    it is joined to ("March" in "March and April of 2008" is March 2008), or the year
    before if it would come after that date ("from December 1 until January 1, 2012")."""
    assert joined.period is not None
    month_day = expression.value.split("-", 1)[1]
    year = joined.period.start.year
    try:
        period = Period.from_iso(f"{year:04d}-{month_day}")
        if period.start > joined.period.start:
            year -= 1
            period = Period.from_iso(f"{year:04d}-{month_day}")
    except ValueError:  # 29 February in a year without it
        return expression
    return dataclasses.replace(
        expression,
        value=period.iso(),
        period=period,
        anchor=f"{period.granularity.value}, year of {joined_text!r} joined to it",
    )


_Candidate = tuple[int, int, int, Found]


def _candidates(text: str) -> list[_Candidate]:
    out: list[_Candidate] = []
    for index, windows in _windows(text).items():
        for lo, hi in windows:
            out.extend(_matches(text, index, lo, hi))
    return out


def _windows(text: str) -> dict[int, list[list[int]]]:
    """For each rule, the merged stretches around its trigger words where a match can lie.

    One scan of the ASCII-lowered text finds every trigger word; each rule's
    full pattern then runs only near the words that are among its keys.
    """
    size = len(text)
    lowered = ascii_lower(text)
    windows: dict[int, list[list[int]]] = {}
    for m in TRIGGER.finditer(lowered):
        rules = _rules_for(m.group())
        if not rules:
            continue
        start, end = m.span()
        for index, before, after, near in rules:
            if near is not None and near.match(lowered, start) is None:
                continue
            lo, hi = max(0, start - before), min(size, end + after)
            spans = windows.get(index)
            if spans is None:
                windows[index] = [[lo, hi]]
            elif lo <= spans[-1][1]:
                spans[-1][1] = hi
            else:
                spans.append([lo, hi])
    return windows


@functools.lru_cache(maxsize=8192)
def _rules_for(word: str) -> tuple[tuple[int, int, int, re.Pattern[str] | None], ...]:
    """The rules the trigger word ``word`` is a key of: index into RULES, reach, context."""
    return tuple(
        (i, *rule.reach, rule.near_pattern)
        for i, rule in enumerate(RULES)
        if rule.triggered_by(word)
    )


# A window never ends inside a word: a pattern's look-ahead must see what follows it.
_WORD_REST = re.compile(r"[\w-]*.?")


def _matches(text: str, index: int, lo: int, hi: int) -> list[_Candidate]:
    rule = RULES[index]
    out: list[_Candidate] = []
    rest = _WORD_REST.match(text, hi)
    if rest is not None:
        hi = rest.end()
    for m in rule.pattern.finditer(text, lo, hi):
        start, end = m.span()
        while end > start and text[end - 1].isspace():
            end -= 1
        if end <= start:
            continue
        found = Found(m)
        if rule.check is None or rule.check(found, text):
            out.append((start, end, index, found))
    return out


def _select(candidates: list[_Candidate]) -> list[_Candidate]:
    """Non-overlapping candidates, longest first, then earliest, then by rule order."""
    starts: list[int] = []  # chosen spans, kept sorted; they never overlap
    ends: list[int] = []
    chosen: list[_Candidate] = []
    for cand in sorted(candidates, key=lambda c: (c[0] - c[1], c[0], c[2])):
        start, end = cand[0], cand[1]
        i = bisect.bisect_left(starts, start)
        if (i < len(starts) and starts[i] < end) or (i > 0 and ends[i - 1] > start):
            continue
        starts.insert(i, start)
        ends.insert(i, end)
        chosen.append(cand)
    chosen.sort(key=lambda c: c[0])
    return chosen
