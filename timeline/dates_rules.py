"""Recognition rules: one compiled pattern and one resolver per kind of expression.

Each :class:`Rule` finds candidate spans with a regular expression, vetoes
the ones its context rules out (``check``), and resolves the survivors in
text order (``resolve``) so anaphora see the date mentioned before them.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Callable
from dataclasses import dataclass

from timeline import dates_resolve as R
from timeline.dates_anchor import Context, Resolution, Tense
from timeline.dates_lexicon import (
    COUNT,
    DAY_NUM,
    MONTH,
    MONTH_FULL,
    NUMBER_WORD,
    ORDINAL,
    ORDINALS,
    PARTS_OF_DAY,
    SEASON,
    SEASONS,
    UNIT,
    WEEKDAY,
    month_number,
    parse_count,
    parse_year_words,
    unit_code,
    weekday_number,
)
from timeline.model import Granularity, Period, TimexType

DATE, TIME, DURATION, SET = TimexType.DATE, TimexType.TIME, TimexType.DURATION, TimexType.SET


class Found:
    """A rule's match: its span and named groups.

    A missing group reads as None, and a group ``x`` falls back to ``x2``, so a
    pattern may spell one part two ways in different alternatives.
    """

    __slots__ = ("_groups", "_span", "text")

    def __init__(self, m: re.Match[str]) -> None:
        self._span = m.span()
        self._groups = m.groupdict()
        self.text = m.group(0)

    def group(self, name: str) -> str | None:
        """The text of group ``name`` (or ``name2``), None when it did not take part."""
        value = self._groups.get(name)
        return value if value is not None else self._groups.get(name + "2")

    def get(self, name: str) -> str:
        """The text of group ``name`` (or ``name2``), empty when it did not take part."""
        return self.group(name) or ""

    def start(self) -> int:
        """Where the match starts."""
        return self._span[0]

    def end(self) -> int:
        """Where the match ends."""
        return self._span[1]


Resolver = Callable[[Found, Context], Resolution | None]
Check = Callable[[Found, str], bool]


@dataclass(frozen=True, slots=True)
class Rule:
    """A kind of time expression: how to find it, veto it and resolve it."""

    name: str
    pattern: re.Pattern[str]
    resolve: Resolver
    check: Check | None = None


_END = r"(?![\w-])"
_YEAR = r"(?:1[0-9]|20)\d\d"
_YEAR_WORDS = (
    rf"(?:nineteen[- ]{NUMBER_WORD}|two\s+thousand(?:\s+(?:and\s+)?{NUMBER_WORD})?)"
)
_APPROX = (
    r"(?:about|nearly|almost|some|roughly|approximately|around|more\s+than|less\s+than|over"
    r"|under|just|only|barely|at\s+least|at\s+most|up\s+to|no\s+more\s+than|fewer\s+than"
    r"|close\s+to|well\s+over|another|an\s+additional|a\s+full)"
)
_TIME = (
    r"(?:(?:[01]?\d|2[0-3])(?::[0-5]\d)?\s*(?:a\.?\s?m\b\.?|p\.?\s?m\b\.?)"
    r"|(?:[01]?\d|2[0-3]):[0-5]\d(?=\s*(?:[A-Z]{2,4}T|GMT|UTC|hours?)\b)|noon|midnight|midday)"
)
_TZ = r"(?:[ECMP][SD]T|GMT|UTC|BST|CET|CEST)"
_PART = r"(?:morning|afternoon|evening|night)"
_HYPHEN_UNIT = r"(?:second|minute|hour|day|week|month|year|decade|century)"
_ANA_REL = r"(?:earlier|later|before|after|previously|hence|from\s+now|ago)"


def _re(pattern: str) -> re.Pattern[str]:
    # Starting only at a word's first character makes the scan several times faster.
    return re.compile(rf"(?<!\w)(?=[\w'’])(?:{pattern})", re.IGNORECASE)


def _capitalised(m: Found, *groups: str) -> bool:
    for name in groups:
        word = m.group(name)
        if word and not word[0].isupper():
            return False
    return True


def _tense(m: Found, ctx: Context) -> Tense:
    return ctx.tense(m.start(), m.end())


def _year(text: str, ctx: Context) -> int:
    """A four-digit year, or two digits placed in the century around publication."""
    if len(text) == 4:
        return int(text)
    yy = int(text.lstrip("'"))
    base = ctx.published.start.year if ctx.published else 2000
    century = base // 100 * 100
    year = century + yy
    return year - 100 if year > base + 10 else year


# --- explicit dates -----------------------------------------------------------------------


def _safe_day(year: int, month: int, day: int) -> dt.date | None:
    try:
        return dt.date(year, month, day)
    except ValueError:
        return None


def _day_number(m: Found) -> int:
    if m.group("day"):
        return int(re.sub(r"\D", "", m.group("day")))
    return ORDINALS[m.group("dayw").lower()]


def _resolve_month_day(m: Found, ctx: Context) -> Resolution | None:
    month, day = month_number(m.group("month")), _day_number(m)
    year_text = m.group("year")
    if year_text:
        when = _safe_day(_year(year_text, ctx), month, day)
        return R.absolute(Period.day(when)) if when else None
    return R.day_without_year(ctx, month, day, _tense(m, ctx))


def _check_month_day(m: Found, text: str) -> bool:
    if not _capitalised(m, "month", "wday"):
        return False
    month = month_number(m.group("month"))
    if _day_number(m) > 31 or not 1 <= month <= 12:
        return False
    after = text[m.end() : m.end() + 12]
    # "May 5 percent", "Jan 25 million": the number is not a day.
    return not re.match(r"\s*(?:%|percent|per\s+cent|million|billion|,\d|\.\d|:\d)", after)


def _resolve_numeric(m: Found, ctx: Context) -> Resolution | None:
    a, b = int(m.group("a")), int(m.group("b"))
    month, day = (a, b) if a <= 12 else (b, a)
    when = _safe_day(_year(m.group("y"), ctx), month, day)
    return R.absolute(Period.day(when), "absolute date (month/day/year)") if when else None


def _resolve_iso(m: Found, ctx: Context) -> Resolution | None:
    when = _safe_day(int(m.group("y")), int(m.group("mo")), int(m.group("d")))
    return R.absolute(Period.day(when)) if when else None


def _resolve_month_year(m: Found, ctx: Context) -> Resolution | None:
    year_text = m.group("year")
    year = _year(year_text, ctx) if year_text else parse_year_words(m.group("yearw"))
    if year is None:
        return None
    return R.absolute(Period(Granularity.MONTH, dt.date(year, month_number(m.group("month")), 1)))


_MONTH_CONTEXT_BEFORE = re.compile(
    r"(?:\b(?:in|since|until|till|by|from|to|through|during|before|after|of|between|and|or|"
    r"last|next|this|early|late|mid|end|beginning|start|each|every|that|the|a|for|on|until)"
    r"|[,(])\s*-?$",
    re.IGNORECASE,
)


def _check_bare_month(m: Found, text: str) -> bool:
    if not _capitalised(m, "month"):
        return False
    if m.group("rel") or m.group("mod") or m.group("relyear"):
        return True
    before = text[max(0, m.start() - 16) : m.start()]
    if not _MONTH_CONTEXT_BEFORE.search(before):
        return False
    word = m.group("month").lower()
    after = text[m.end() : m.end() + 20]
    # "May" and "March" are words too: "in May I", "and March on Washington".
    if word in ("may", "march") and re.match(r"\s+(?:I|we|you|he|she|they|it|be|have|on)\b", after):
        return False
    # Names: "April Smith", "June Carter".
    return not re.match(r"\s+[A-Z][a-z]+", after) or bool(
        re.match(r"\s+(?:and|or|to|through|until)\b", after, re.IGNORECASE)
    )


def _resolve_bare_month(m: Found, ctx: Context) -> Resolution:
    month = month_number(m.group("month"))
    rel = (m.group("rel") or "").lower().split()
    relyear = (m.group("relyear") or "").lower()
    if relyear:
        shift = {"this": 0, "last": -1, "next": 1}[relyear]
        res = R.from_publication(ctx, Granularity.YEAR, shift, f"{relyear} year from publication")
        if res.period is None:
            return Resolution(DATE, f"XXXX-{month:02d}", None, anchor=res.anchor)
        period = Period(Granularity.MONTH, dt.date(res.period.start.year, month, 1))
        return R.absolute(period, res.anchor)
    direction = 0
    if rel and rel[0] == "last" or rel[-1:] == ["past"]:
        direction = -1
    elif rel and rel[0] == "next" or rel[-1:] == ["coming"]:
        direction = 1
    elif rel and rel[0] == "this":
        return R.month_of_publication_year(ctx, month)
    return R.month_without_year(ctx, month, _tense(m, ctx), direction)


def _check_year(m: Found, text: str) -> bool:
    before = text[max(0, m.start() - 2) : m.start()]
    after = text[m.end() : m.end() + 14]
    if re.search(r"[$£€#\d.,/-]$", before) or re.match(r"(?:%|\s*percent|[.,]\d|-\d|/\d)", after):
        return False
    if m.group("mod") or m.group("fiscal") or m.group("the"):
        return True
    year = int(m.group("year"))
    if not 1600 <= year <= 2100:
        return False
    return not re.match(
        r"\s+(?:people|persons|troops|soldiers|shares|workers|employees|barrels|tons|tonnes|feet"
        r"|meters|metres|miles|kilometers|points|dollars|members|cars|units|copies|votes|deaths"
        r"|children|cases|jobs|pounds|euros|yen|acres|homes|houses|rounds|hours|days|times)\b",
        after,
        re.IGNORECASE,
    )


def _resolve_year(m: Found, ctx: Context) -> Resolution:
    year = int(m.group("year"))
    period = Period(Granularity.YEAR, dt.date(year, 1, 1))
    half = (m.group("mod") or "").lower()
    if "half" in half:
        which = "H1" if re.search(r"first|1st", half) else "H2"
        return Resolution(DATE, f"{year}-{which}", period, anchor="half of an absolute year")
    return R.absolute(period, "absolute year")


def _resolve_year_words(m: Found, ctx: Context) -> Resolution | None:
    year = parse_year_words(m.group("yearw"))
    if year is None:
        return None
    return R.absolute(Period(Granularity.YEAR, dt.date(year, 1, 1)), "absolute year")


_DECADE_WORDS = {
    "twenties": 2,
    "thirties": 3,
    "forties": 4,
    "fifties": 5,
    "sixties": 6,
    "seventies": 7,
    "eighties": 8,
    "nineties": 9,
}


def _resolve_decade(m: Found, ctx: Context) -> Resolution:
    if m.group("dec"):
        decade = m.group("dec")[:3]
    else:
        digit = int(m.group("short")[0]) if m.group("short") else _DECADE_WORDS[
            m.group("dw").lower()
        ]
        base = ctx.published.start.year if ctx.published else 1900
        century = base // 100
        if digit * 10 > base % 100:
            century -= 1
        decade = f"{century:02d}{digit}"
    return Resolution(DATE, f"{decade}X", None, anchor="decade")


def _resolve_century(m: Found, ctx: Context) -> Resolution | None:
    word = m.group("ord").lower()
    number = ORDINALS.get(word) or int(re.sub(r"\D", "", word) or 0)
    if not 1 <= number <= 30:
        return None
    return Resolution(DATE, f"{number - 1:02d}", None, anchor="century")


# --- weekdays, days and times -------------------------------------------------------------

_WEEKDAY_REL = {
    "last": -1,
    "this past": -1,
    "the previous": -1,
    "past": -1,
    "next": 1,
    "this coming": 1,
    "coming": 1,
    "the following": 1,
    "the next": 1,
    "this": 0,
}


def _part_suffix(m: Found) -> str:
    part = (m.group("part") or "").lower()
    return f"T{PARTS_OF_DAY[part]}" if part else ""


def _with_part(res: Resolution, m: Found) -> Resolution:
    suffix = _part_suffix(m)
    if not suffix or res.period is None or res.period.granularity is not Granularity.DAY:
        return res
    return Resolution(TIME, res.value + suffix, res.period, res.weekday, res.anchor)


def _resolve_weekday(m: Found, ctx: Context) -> Resolution:
    wd = weekday_number(m.group("wday"))
    rel = " ".join((m.group("rel") or "").lower().split())
    if rel in ("the previous", "the following", "the next", "that", "the same"):
        ref = ctx.reference
        if ref is not None and ref.granularity is Granularity.DAY:
            step = -1 if rel == "the previous" else 1
            day = ref.start
            while True:
                day += dt.timedelta(days=step)
                if day.isoweekday() == wd:
                    break
            res = Resolution(
                DATE, day.isoformat(), Period.day(day), anchor=f"{rel} {day:%A} after {ref.iso()}"
            )
            return _with_part(res, m)
    direction = _WEEKDAY_REL.get(rel, 0)
    tense = _tense(m, ctx)
    if ctx.text.startswith(("'s", "’s"), m.end()) and tense is not Tense.FUTURE:
        # "Wednesday's ruling": a possessive weekday names an event already reported.
        tense = Tense.PAST
    # "Friday night" keeps the day's value, as TimeBank annotates it.
    return R.weekday(ctx, wd, direction, tense)


def _check_weekday(m: Found, text: str) -> bool:
    return _capitalised(m, "wday")


_RELATIVE_DAYS = {"today": 0, "tonight": 0, "yesterday": -1, "tomorrow": 1}


def _resolve_relative_day(m: Found, ctx: Context) -> Resolution:
    word = m.group("rd").lower()
    n = _RELATIVE_DAYS[word]
    if m.group("beyond"):
        n = -2 if word == "yesterday" else 2
    phrase = {0: "day of publication", -1: "day before publication"}.get(
        n, f"{abs(n)} days {'after' if n > 0 else 'before'} publication"
    )
    res = R.from_publication(ctx, Granularity.DAY, n, phrase)
    if word == "tonight" and not m.group("part"):
        return res
    return _with_part(res, m)


def _resolve_this_part(m: Found, ctx: Context) -> Resolution:
    word = m.group("which").lower()
    n = -1 if word in ("last", "yesterday") else 0
    res = R.from_publication(ctx, Granularity.DAY, n, "day before publication" if n else "day of publication")
    return _with_part(res, m)


def _time_value(m: Found) -> str | None:
    t = m.group("time").lower().replace(" ", "")
    if t in ("noon", "midday"):
        return "12:00"
    if t == "midnight":
        return "24:00"
    hm = re.match(r"(\d{1,2})(?::(\d\d))?", t)
    if hm is None:
        return None
    hour, minute = int(hm.group(1)), int(hm.group(2) or 0)
    if "p" in t and hour < 12:
        hour += 12
    elif "a" in t and hour == 12:
        hour = 0
    return f"{hour:02d}:{minute:02d}"


def _resolve_time(m: Found, ctx: Context) -> Resolution | None:
    clock = _time_value(m)
    if clock is None:
        return None
    if m.group("wday"):
        base = _resolve_weekday(m, ctx)
    elif m.group("rd"):
        base = _resolve_relative_day(m, ctx)
    elif m.group("month"):
        found = _resolve_month_day(m, ctx)
        if found is None:
            return None
        base = found
    else:
        ref = ctx.reference
        if ref is None or ref.granularity is not Granularity.DAY:
            ref = ctx.published
        if ref is None or ref.granularity is not Granularity.DAY:
            return Resolution(TIME, f"XXXX-XX-XXT{clock}", None, anchor="time of an unknown day")
        return Resolution(
            TIME, f"{ref.iso()}T{clock}", ref, anchor=f"time on the day last mentioned {ref.iso()}",
            sets_reference=False,
        )
    if base.period is None or base.period.granularity is not Granularity.DAY:
        return Resolution(TIME, f"{base.value}T{clock}", base.period, base.weekday, base.anchor)
    return Resolution(TIME, f"{base.period.iso()}T{clock}", base.period, None, base.anchor)


def _check_time(m: Found, text: str) -> bool:
    if not _capitalised(m, "wday", "month"):
        return False
    word = m.get("time")
    if word[:1].isupper() and not word.isupper() or re.search(r"high\s+$", text[max(0, m.start() - 6) : m.start()], re.IGNORECASE):
        return False  # "High Noon"
    return not re.search(r"[$£€]\s*$", text[max(0, m.start() - 2) : m.start()])


# --- relative units: this week, last year, two days ago ---------------------------------

_UNIT_GRANULARITY = {
    "D": Granularity.DAY,
    "W": Granularity.WEEK,
    "M": Granularity.MONTH,
    "Q": Granularity.QUARTER,
    "Y": Granularity.YEAR,
}

_REL_SHIFT = {
    "this": 0,
    "the current": 0,
    "current": 0,
    "the present": 0,
    "last": -1,
    "the past": -1,
    "the last": -1,
    "past": -1,
    "the previous": -1,
    "previous": -1,
    "the prior": -1,
    "prior": -1,
    "the preceding": -1,
    "this past": -1,
    "the latest": -1,
    "the most recent": -1,
    "next": 1,
    "the next": 1,
    "the coming": 1,
    "coming": 1,
    "this coming": 1,
}


def _resolve_relative_unit(m: Found, ctx: Context) -> Resolution | None:
    rel = " ".join(m.group("rel").lower().split())
    code = unit_code(m.group("unit").split()[-1])
    if rel in ("that", "the same", "the following", "the next day"):
        pass
    if code == "WE":
        return _resolve_weekend(rel, m, ctx)
    if code in ("DE", "CE"):
        return _resolve_relative_decade(rel, code, ctx)
    gran = _UNIT_GRANULARITY.get(code)
    if gran is None:
        return None
    if rel in ("that", "the same"):
        return R.from_reference(ctx, gran, 0, f"same {gran.value} as", keep_finer=False)
    if rel in ("the following", "the next") and gran is Granularity.DAY:
        return R.from_reference(ctx, gran, 1, "day after", keep_finer=False)
    if rel in ("the previous", "the preceding", "the prior") and gran is Granularity.DAY:
        return R.from_reference(ctx, gran, -1, "day before", keep_finer=False)
    if rel == "the following":
        return R.from_reference(ctx, gran, 1, f"{gran.value} after", keep_finer=False)
    if gran is Granularity.QUARTER and rel in ("the latest", "the most recent", "the past"):
        ref = ctx.reference
        if ref is not None and ref.granularity is Granularity.QUARTER:
            return Resolution(DATE, ref.iso(), ref, anchor=f"quarter last mentioned {ref.iso()}")
    n = _REL_SHIFT[rel]
    if gran is Granularity.DAY:
        return None
    word = {0: "same", -1: "previous", 1: "next"}[n]
    return R.from_publication(ctx, gran, n, f"{word} {gran.value} as publication")


def _resolve_weekend(rel: str, m: Found, ctx: Context) -> Resolution:
    n = _REL_SHIFT.get(rel, 0)
    res = R.from_publication(ctx, Granularity.WEEK, n, "weekend around publication")
    if res.period is None or res.period.granularity is not Granularity.WEEK:
        return res
    return Resolution(DATE, res.value + "-WE", res.period, anchor=res.anchor)


def _resolve_relative_decade(rel: str, code: str, ctx: Context) -> Resolution:
    pub = ctx.published
    if pub is None:
        return Resolution(DATE, "XXX" if code == "DE" else "XX", None, anchor=R.NO_ANCHOR)
    n = _REL_SHIFT.get(rel, 0)
    if code == "CE" and rel.endswith("past"):
        n = 0  # "the past century" is the hundred years up to now
    if code == "DE":
        decade = pub.start.year // 10 + n
        return Resolution(DATE, f"{decade:03d}X", None, anchor=f"decade of publication {pub.iso()}")
    century = pub.start.year // 100 + n
    return Resolution(DATE, f"{century:02d}", None, anchor=f"century of publication {pub.iso()}")


_MOD_OF = r"(?:the\s+(?:end|beginning|start|middle|rest|remainder)\s+of|early|late|mid-?|earlier|later)"


def _resolve_ago(m: Found, ctx: Context) -> Resolution | None:
    code = unit_code(m.group("unit"))
    count = parse_count(m.group("count"))
    direction = m.group("dir").lower().split()[0]
    back = direction in ("ago", "earlier", "before", "previously")
    if count is None or code in ("S", "MIN", "H"):
        return R.vague("PAST_REF" if back else "FUTURE_REF", f"an unspecified time {direction}")
    n = int(count)
    if code in ("DE", "CE"):
        n, code = n * (10 if code == "DE" else 100), "Y"
    if code == "WE":
        n, code = n, "W"
    gran = _UNIT_GRANULARITY.get(code)
    if gran is None:
        return None
    n = -n if back else n
    ref = ctx.reference
    if code == "Y" and ref is not None and ref.granularity is Granularity.QUARTER:
        # Earnings news: "up from $5 million a year ago" compares the quarter just named.
        return R.from_reference(ctx, gran, n, f"{abs(n)} {gran.value}s {direction}")
    if direction in ("ago", "hence", "from"):
        return R.from_publication(ctx, gran, n, f"{abs(n)} {gran.value}s {direction} publication")
    return R.from_reference(ctx, gran, n, f"{abs(n)} {gran.value}s {direction}")


# --- durations and sets -------------------------------------------------------------------


def duration_value(count: float | None, code: str) -> str:
    """The TimeML duration for ``count`` units of ``code`` ("P3Y", "PT2H", "PXD")."""
    time_part = code in ("S", "MIN", "H")
    letter = {"MIN": "M", "WE": "WE", "FN": "W"}.get(code, code)
    if count is None:
        if code in ("DE", "CE", "ML"):
            letter = {"DE": "DE", "CE": "CE", "ML": "ML"}[code]
        return f"PTX{letter}" if time_part else f"PX{letter}"
    if code == "DE":
        count, letter = count * 10, "Y"
    elif code == "CE":
        count, letter = count * 100, "Y"
    elif code == "ML":
        count, letter = count * 1000, "Y"
    elif code == "FN":
        count, letter = count * 2, "W"
    elif code == "WE":
        count, letter = count * 2, "D"
    whole = int(count)
    frac = count - whole
    prefix = "PT" if time_part else "P"
    if frac:
        smaller = {"Y": ("M", 12), "M": ("D", 30), "D": ("H", 24), "H": ("M", 60), "W": ("D", 7)}
        if letter in smaller or code == "MIN":
            sub, per = smaller.get(letter, ("S", 60)) if code != "MIN" else ("S", 60)
            extra = round(frac * per)
            if letter == "D":
                return f"P{whole}DT{extra}H" if whole else f"PT{extra}H"
            return f"{prefix}{whole}{letter}{extra}{sub}" if whole else f"{prefix}{extra}{sub}"
    return f"{prefix}{whole}{letter}"


def _resolve_duration(m: Found, ctx: Context) -> Resolution | None:
    code = unit_code(m.group("unit"))
    if code == "Q" and m.group("count") is None:
        return None
    count = parse_count(m.get("count"))
    if count is not None and m.group("half"):
        count += 0.5
    if m.group("upto"):
        upper = parse_count(m.get("upto"))
        if upper is None or count is None or upper <= count:
            return None
    return Resolution(DURATION, duration_value(count, code), None, anchor="duration")


def _capitalised_unit(m: Found) -> bool:
    unit = m.group("unit") or ""
    return unit[:1].isupper() and not unit.isupper()


_MODAL_BEFORE = re.compile(
    r"\b(?:will|would|could|might|may|can|shall|hopes?|'ll)\s+(?:\w+\s+)?$", re.IGNORECASE
)


def _after_modal(m: Found, text: str) -> bool:
    """Whether a modal verb just precedes: "will one day be" is a vague future."""
    return bool(_MODAL_BEFORE.search(text, max(0, m.start() - 25), m.start()))


def _check_duration(m: Found, text: str) -> bool:
    count = m.get("count").lower()
    unit = m.get("unit").lower()
    if count == "one" and unit == "day" and _after_modal(m, text):
        return False  # "will one day be" is a vague future
    if re.fullmatch(r"1\d{3}|20\d\d", count):
        return False  # "the 1988 quarter" is a date
    if count in ("a", "an", "one") and unit in ("second", "quarter"):
        # "a second betrayal", "a quarter of the market": an ordinal and a fraction.
        return False
    if re.search(r"[$£€]\s?$", text[max(0, m.start() - 2) : m.start()]):
        return False
    if _capitalised_unit(m) or re.match(r"\s+old\b", text[m.end() : m.end() + 5]):
        # "60 Minutes" is a programme; "37 years old" an age.
        return False
    if count in ("some", "many", "few") and not m.group("lead"):
        # "some days" is vague but real; "many years" too. Keep only plural units.
        return unit.endswith("s")
    return True


def _resolve_hyphen_duration(m: Found, ctx: Context) -> Resolution | None:
    unit = m.get("unit")
    code = unit_code(unit)
    if m.group("count"):
        count = parse_count(m.get("count"))
    else:
        # "day-long" is one day, "decades-long" an unknown number of decades.
        count = None if m.text.lower().startswith(unit.lower() + "s") else 1.0
    return Resolution(DURATION, duration_value(count, code), None, anchor="duration")


def _resolve_bare_units(m: Found, ctx: Context) -> Resolution:
    return Resolution(DURATION, duration_value(None, unit_code(m.group("unit"))), None, anchor="duration")


_SET_ADVERBS = {
    "daily": "P1D",
    "nightly": "P1D",
    "weekly": "P1W",
    "biweekly": "P2W",
    "monthly": "P1M",
    "quarterly": "P3M",
    "annually": "P1Y",
    "yearly": "P1Y",
    "hourly": "PT1H",
}


def _resolve_set_adverb(m: Found, ctx: Context) -> Resolution:
    return Resolution(SET, _SET_ADVERBS[m.text.lower()], None, anchor="recurring")


def _resolve_every(m: Found, ctx: Context) -> Resolution | None:
    what = m.group("what")
    other = 2 if m.group("other") else 1
    if m.group("wday"):
        return Resolution(SET, f"XXXX-WXX-{weekday_number(what)}", None, anchor="recurring weekday")
    lowered = what.lower()
    if lowered in PARTS_OF_DAY:
        return Resolution(SET, f"XXXX-XX-XXT{PARTS_OF_DAY[lowered]}", None, anchor="recurring")
    if lowered in SEASONS:
        return Resolution(SET, f"XXXX-{SEASONS[lowered]}", None, anchor="recurring season")
    if m.group("month"):
        return Resolution(SET, f"XXXX-{month_number(what):02d}", None, anchor="recurring month")
    return Resolution(SET, duration_value(float(other), unit_code(what)), None, anchor="recurring")


def _resolve_the_weekend(m: Found, ctx: Context) -> Resolution:
    before = ctx.text[max(0, m.start() - 12) : m.start()].lower().split()
    lead = before[-1] if before else ""
    if lead == "that":
        return R.from_reference(ctx, Granularity.WEEK, 0, "weekend of")
    if lead == "this":
        direction = 0
    else:
        direction = 1 if _tense(m, ctx) is Tense.FUTURE or lead in ("until", "by") else -1
    pub = ctx.published
    if pub is None or pub.granularity is not Granularity.DAY:
        res = R.from_publication(ctx, Granularity.WEEK, 0, "weekend around publication")
        return Resolution(DATE, res.value + "-WE", res.period, anchor=res.anchor)
    day = pub.start
    saturday = day + dt.timedelta(days=(6 - day.isoweekday()) % 7)
    if direction < 0 and saturday > day:
        saturday -= dt.timedelta(weeks=1)
    week = Period.containing(Granularity.WEEK, saturday)
    word = {0: "this", -1: "last", 1: "next"}[direction]
    return Resolution(DATE, week.iso() + "-WE", week, anchor=f"{word} weekend from publication {pub.iso()}")


def _resolve_the_year(m: Found, ctx: Context) -> Resolution:
    if m.group("ended") is not None:
        return Resolution(DURATION, "P1Y", None, anchor="a (fiscal) year ending on a date")
    pub = ctx.published
    if pub is None:
        return Resolution(DATE, "XXXX", None, anchor=R.NO_ANCHOR)
    year = Period(Granularity.YEAR, dt.date(pub.start.year, 1, 1))
    return Resolution(
        DATE, year.iso(), year, anchor=f"year of publication {pub.iso()}", sets_reference=False
    )


def _resolve_year_end(m: Found, ctx: Context) -> Resolution:
    unit = m.get("unit").lower() or "year"
    gran = {"year": Granularity.YEAR, "month": Granularity.MONTH, "week": Granularity.WEEK}.get(
        unit, Granularity.QUARTER
    )
    return R.from_publication(ctx, gran, 0, f"part of the {unit} of publication")


def _resolve_week_of(m: Found, ctx: Context) -> Resolution | None:
    day = _resolve_month_day(m, ctx)
    if day is None or day.period is None:
        return day
    week = Period.containing(Granularity.WEEK, day.period.start)
    return Resolution(DATE, week.iso(), week, anchor=f"week of {day.period.iso()}, {day.anchor}")


def _resolve_adjective(m: Found, ctx: Context) -> Resolution:
    words = m.text.lower()
    if words.startswith("then"):
        return R.vague("PAST_REF", "what was current then")
    return R.vague("PRESENT_REF", "the present")


def _resolve_per(m: Found, ctx: Context) -> Resolution:
    """A rate: "$5 a year", "twice a week"."""
    unit = m.group("unit") or ""
    return Resolution(SET, duration_value(1.0, unit_code(unit)), None, anchor="recurring")


def _resolve_weekday_plural(m: Found, ctx: Context) -> Resolution:
    wd = weekday_number(m.group("wday"))
    suffix = _part_suffix(m)
    return Resolution(SET, f"XXXX-WXX-{wd}{suffix}", None, anchor="recurring weekday")


# --- quarters, halves, seasons ------------------------------------------------------------

_QUARTER_ORD = {"first": 1, "second": 2, "third": 3, "fourth": 4, "1st": 1, "2nd": 2, "3rd": 3, "4th": 4}


def _resolve_quarter(m: Found, ctx: Context) -> Resolution | None:
    q = _QUARTER_ORD[m.group("q").lower()]
    lead = " ".join((m.group("lead") or "").lower().split())
    year_text = m.group("year") or m.group("year2")
    if year_text:
        year = int(year_text)
        if m.group("fiscal") or "fiscal" in lead:
            pass
        period = Period(Granularity.QUARTER, dt.date(year, 3 * q - 2, 1))
        return R.absolute(period, "absolute quarter")
    relyear = (m.group("relyear") or "").lower()
    if "last year" in lead or relyear == "last" or "year-ago" in lead or "year-earlier" in lead:
        shift = -1
    elif "next year" in lead or relyear == "next":
        shift = 1
    elif "this year" in lead or relyear == "this":
        shift = 0
    else:
        shift = None
    if shift is None:
        res = R.quarter_without_year(ctx, q, _tense(m, ctx))
        if lead and re.search(r"year-ago|year-earlier|comparable|same", lead) and res.period:
            moved = Period(Granularity.QUARTER, res.period.start.replace(year=res.period.start.year - 1))
            return Resolution(DATE, moved.iso(), moved, anchor="same quarter a year earlier")
        return res
    year_res = R.from_publication(ctx, Granularity.YEAR, shift, "year of publication")
    if year_res.period is None:
        return Resolution(DATE, f"XXXX-Q{q}", None, anchor=year_res.anchor)
    period = Period(Granularity.QUARTER, dt.date(year_res.period.start.year, 3 * q - 2, 1))
    return R.absolute(period, year_res.anchor)


def _reported_quarter(ctx: Context, current: bool) -> Period | None:
    """The quarter a report refers to: the one last mentioned, else the last one completed."""
    ref = ctx.reference
    if ref is not None and ref.granularity is Granularity.QUARTER:
        return ref
    pub = ctx.published
    if pub is None or pub.granularity.rank > Granularity.QUARTER.rank:
        return None
    this = Period.containing(Granularity.QUARTER, pub.start)
    return this if current else Period.containing(Granularity.QUARTER, this.start - dt.timedelta(days=1))


def _resolve_bare_quarter(m: Found, ctx: Context) -> Resolution | None:
    """"The quarter", "the year-ago quarter", "the 1988 period", "year-earlier"."""
    words = " ".join(m.text.lower().split())
    unit = m.get("unit").lower()
    current = bool(re.search(r"\b(?:current|this)\b", words))
    ref = _reported_quarter(ctx, current)
    if ref is None:
        if unit in ("period", ""):
            return None
        pub = ctx.published
        known = f"{pub.start.year}-QX" if pub else "XXXX-QX"
        return Resolution(DATE, known, pub, anchor="quarter of a publication known only to its year")
    year_text = m.group("year")
    if year_text:
        moved = Period(Granularity.QUARTER, ref.start.replace(year=int(year_text)))
        how = f"quarter last mentioned or reported, {ref.iso()}, in {year_text}"
        return Resolution(DATE, moved.iso(), moved, anchor=how, sets_reference=False)
    if re.search(r"year-ago|year-earlier|year\s+ago|year\s+earlier|last\s+year|comparable|corresponding|same", words):
        moved = Period(Granularity.QUARTER, ref.start.replace(year=ref.start.year - 1))
        return Resolution(DATE, moved.iso(), moved, anchor=f"a year before {ref.iso()}", sets_reference=False)
    how = f"the quarter last mentioned or reported, {ref.iso()}"
    return Resolution(DATE, ref.iso(), ref, anchor=how)


def _resolve_half(m: Found, ctx: Context) -> Resolution | None:
    which = "H1" if m.group("h").lower() in ("first", "1st") else "H2"
    year_text = m.group("year")
    if year_text:
        year = int(year_text)
    else:
        rel = (m.group("relyear") or "this").lower()
        res = R.from_publication(ctx, Granularity.YEAR, {"this": 0, "last": -1, "next": 1}[rel], "year of publication")
        if res.period is None:
            return Resolution(DATE, f"XXXX-{which}", None, anchor=res.anchor)
        year = res.period.start.year
    return Resolution(DATE, f"{year}-{which}", Period(Granularity.YEAR, dt.date(year, 1, 1)), anchor="half year")


def _resolve_season(m: Found, ctx: Context) -> Resolution | None:
    code = SEASONS[m.group("season").lower()]
    year_text = m.group("year")
    if year_text:
        year = int(year_text)
        return Resolution(DATE, f"{year}-{code}", Period(Granularity.YEAR, dt.date(year, 1, 1)), anchor="season of an absolute year")
    if m.group("yearw"):
        year_w = parse_year_words(m.group("yearw"))
        if year_w is None:
            return None
        return Resolution(DATE, f"{year_w}-{code}", Period(Granularity.YEAR, dt.date(year_w, 1, 1)), anchor="season of an absolute year")
    rel = " ".join((m.group("rel") or "").lower().split())
    direction = {"last": -1, "next": 1}.get(rel, 0)
    if rel == "this past":
        return R.season_value(ctx, code, Tense.PAST, 0)
    if rel == "this coming":
        return R.season_value(ctx, code, Tense.FUTURE, 0)
    if rel == "this":
        return R.season_value(ctx, code, Tense.NONE, 0)
    return R.season_value(ctx, code, _tense(m, ctx), direction)


_SEASON_CONTEXT = re.compile(
    r"\b(?:in|during|by|until|till|since|through|this|last|next|early|late|mid|the|of|that|each|every)\s*-?$",
    re.IGNORECASE,
)


def _check_season(m: Found, text: str) -> bool:
    if m.group("year") or m.group("yearw"):
        return True
    before = text[max(0, m.start() - 14) : m.start() + len(m.group("rel") or "")]
    after = text[m.end() : m.end() + 12]
    word = m.group("season").lower()
    if re.match(r"\s+of\s+(?!\d|nineteen|two\s+thousand)", after, re.IGNORECASE):
        return False
    if word in ("fall", "spring") and not (m.group("rel") or _SEASON_CONTEXT.search(before)):
        return False
    if m.group("season")[0].isupper() and not m.group("rel"):
        # "Arab Spring", "Prague Spring": a capitalised season after a name is a name.
        if re.search(r"[A-Z][a-z]+\s+$", text[max(0, m.start() - 20) : m.start()]):
            return False
    return bool(m.group("rel")) or bool(_SEASON_CONTEXT.search(text[max(0, m.start() - 14) : m.start()]))


# --- holidays -----------------------------------------------------------------------------


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
_HOLIDAY = "(?:" + "|".join(re.escape(h).replace(r"\ ", r"\s+").replace("'", "['’]") for h in sorted(_HOLIDAYS, key=len, reverse=True)) + ")"


def _resolve_holiday(m: Found, ctx: Context) -> Resolution | None:
    key = " ".join(m.group("hol").lower().replace("’", "'").split())
    rule = _HOLIDAYS[key]
    if m.group("year"):
        day = rule(int(m.group("year")))
        return R.absolute(Period.day(day), "holiday in an absolute year")
    pub = ctx.published
    if pub is None:
        return Resolution(DATE, "XXXX-XX-XX", None, anchor=R.NO_ANCHOR)
    rel = (m.group("rel") or "").lower()
    tense = _tense(m, ctx)
    year = pub.start.year
    candidates = [rule(y) for y in (year - 1, year, year + 1)]
    if rel == "last" or (not rel and tense is Tense.PAST):
        before = [d for d in candidates if d <= pub.end]
        day = before[-1]
    elif rel == "next" or tense is Tense.FUTURE:
        after = [d for d in candidates if d >= pub.start]
        day = after[0]
    else:
        day = min(candidates, key=lambda d: abs((d - pub.start).days))
    return Resolution(DATE, day.isoformat(), Period.day(day), anchor=f"holiday by {tense.value} around publication {pub.iso()}")


def _check_holiday(m: Found, text: str) -> bool:
    return m.group("hol")[0].isupper()


# --- vague references ---------------------------------------------------------------------

_VAGUE: dict[str, str] = {
    "now": "PRESENT_REF",
    "right now": "PRESENT_REF",
    "just now": "PRESENT_REF",
    "currently": "PRESENT_REF",
    "presently": "PRESENT_REF",
    "nowadays": "PRESENT_REF",
    "these days": "PRESENT_REF",
    "the present": "PRESENT_REF",
    "at present": "PRESENT_REF",
    "present day": "PRESENT_REF",
    "the present day": "PRESENT_REF",
    "recently": "PAST_REF",
    "lately": "PAST_REF",
    "the past": "PAST_REF",
    "soon": "FUTURE_REF",
    "the future": "FUTURE_REF",
    "the near future": "FUTURE_REF",
    "the foreseeable future": "FUTURE_REF",
    "the distant future": "FUTURE_REF",
    "the near term": "FUTURE_REF",
    "the short term": "FUTURE_REF",
    "the long term": "FUTURE_REF",
    "the medium term": "FUTURE_REF",
    "a later date": "FUTURE_REF",
    "as soon as possible": "FUTURE_REF",
}


def _resolve_vague(m: Found, ctx: Context) -> Resolution:
    key = " ".join(m.text.lower().split())
    for prefix in ("the ", "a "):
        if key not in _VAGUE and key.startswith(prefix):
            key = key[len(prefix) :]
    value = _VAGUE.get(key, "PRESENT_REF")
    return R.vague(value, {"PRESENT_REF": "the present", "PAST_REF": "the past", "FUTURE_REF": "the future"}[value])


def _check_vague(m: Found, text: str) -> bool:
    word = m.text.lower()
    after = text[m.end() : m.end() + 8]
    before = text[max(0, m.start() - 4) : m.start()].lower()
    if word == "soon" and (before.endswith("as ") or re.match(r"\s+as\b", after) or re.match(r"\s+after\b", after)):
        return False
    if word == "now" and re.match(r"-", after):
        return False
    return True


def _resolve_ahead(m: Found, ctx: Context) -> Resolution:
    return R.vague("FUTURE_REF", "the future")


def _resolve_recent(m: Found, ctx: Context) -> Resolution:
    return R.vague("PAST_REF", "the recent past")


def _resolve_decade_mod(m: Found, ctx: Context) -> Resolution:
    return _resolve_decade(m, ctx)


RULES: tuple[Rule, ...] = (
    Rule(
        "iso date",
        _re(r"\b(?P<y>(?:1[6-9]|20)\d\d)-(?P<mo>[01]\d)-(?P<d>[0-3]\d)\b"),
        _resolve_iso,
    ),
    Rule(
        "numeric date",
        _re(r"(?<![\d/.$])(?P<a>[01]?\d|[0-3]?\d)/(?P<b>[0-3]?\d)/(?P<y>\d{4}|\d\d)(?![\d/])"),
        _resolve_numeric,
    ),
    Rule(
        "month day",
        _re(
            rf"(?:(?P<wday>{WEEKDAY}),?\s+)?(?P<month>{MONTH})\s+(?:the\s+)?"
            rf"(?:(?P<day>{DAY_NUM})|(?P<dayw>{ORDINAL}))(?!\d)"
            rf"(?:(?:,\s*|\s+)(?P<year>{_YEAR}))?(?![\w%])"
        ),
        _resolve_month_day,
        _check_month_day,
    ),
    Rule(
        "day month",
        _re(
            rf"(?:(?P<wday>{WEEKDAY}),?\s+)?(?:the\s+)?(?:(?P<day>{DAY_NUM})|(?P<dayw>{ORDINAL}))"
            rf"(?:\s+of)?\s+(?P<month>{MONTH})(?:,?\s+(?P<year>{_YEAR}))?{_END}"
        ),
        _resolve_month_day,
        _check_month_day,
    ),
    Rule(
        "month year",
        _re(
            rf"(?:(?:early|late|mid)[\s-]+)?(?P<month>{MONTH})(?:,|\s+of)?\s+"
            rf"(?:(?P<year>{_YEAR})(?!\d|,\d|%)|(?P<yearw>{_YEAR_WORDS}))"
        ),
        _resolve_month_year,
        lambda m, text: _capitalised(m, "month"),
    ),
    Rule(
        "month",
        _re(
            rf"(?:(?P<mod>early|late|mid|the\s+(?:end|beginning|start|middle)\s+of)[\s-]+)?"
            rf"(?:(?P<rel>last|next|this|this\s+past|this\s+coming)\s+)?(?P<month>{MONTH_FULL})"
            rf"(?:\s+(?P<relyear>this|last|next)\s+year)?{_END}"
        ),
        _resolve_bare_month,
        _check_bare_month,
    ),
    Rule(
        "year",
        _re(
            rf"(?P<the>the\s+year\s+)?(?P<fiscal>fiscal(?:\s+year)?\s+)?"
            rf"(?:(?P<mod>early|mid|late|the\s+(?:end|beginning|start|middle|first\s+half|second\s+half"
            rf"|last\s+half|latter\s+half)\s+of)[\s-]+)?(?P<year>{_YEAR})(?![\d'’]|s\b)"
        ),
        _resolve_year,
        _check_year,
    ),
    Rule(
        "year in words",
        _re(rf"(?:the\s+year\s+)?(?P<yearw>{_YEAR_WORDS})(?![\w-])(?!\s+(?:more\s+)?{UNIT})"),
        _resolve_year_words,
    ),
    Rule(
        "decade",
        _re(
            rf"(?:the\s+)?(?:(?:early|mid|late)[\s-]+)?(?:(?P<dec>(?:1[0-9]|20)\d0)['’]?s"
            rf"|['’](?P<short>\d0)s|(?P<dw>twenties|thirties|forties|fifties|sixties|seventies"
            rf"|eighties|nineties)){_END}"
        ),
        _resolve_decade,
    ),
    Rule(
        "century",
        _re(rf"(?:the\s+)?(?:(?:early|mid|late)[\s-]+)?(?P<ord>\d{{1,2}}(?:st|nd|rd|th)|{ORDINAL})[\s-]+century{_END}"),
        _resolve_century,
    ),
    Rule(
        "weekday",
        _re(
            rf"(?:(?:early|late|earlier|later)\s+)?(?:(?P<rel>last|next|this|this\s+past|this\s+coming"
            rf"|the\s+previous|the\s+following|the\s+next|that|the\s+same|past|coming)\s+)?"
            rf"(?P<wday>{WEEKDAY})(?:\s+(?P<part>{_PART}))?{_END}"
        ),
        _resolve_weekday,
        _check_weekday,
    ),
    Rule(
        "weekday plural",
        _re(rf"(?:(?:on|every|each)\s+)?(?P<wday>{WEEKDAY})s(?:\s+(?P<part>{_PART})s?)?{_END}"),
        _resolve_weekday_plural,
        _check_weekday,
    ),
    Rule(
        "relative day",
        _re(
            rf"(?:(?:early|late|earlier|later)\s+)?(?:the\s+day\s+(?P<beyond>before|after)\s+)?"
            rf"(?P<rd>today|yesterday|tomorrow|tonight)(?![\w-])(?:\s+(?P<part>{_PART}))?"
        ),
        _resolve_relative_day,
    ),
    Rule(
        "this morning",
        _re(rf"(?:(?:early|late|later|earlier)\s+)?(?P<which>this|last|yesterday|tomorrow)\s+(?P<part>{_PART}){_END}"),
        _resolve_this_part,
    ),
    Rule(
        "time",
        _re(
            rf"(?:(?:about|around|approximately)\s+(?=\d))?"
            rf"(?P<time>{_TIME})(?:\s+{_TZ})?"
            rf"(?:(?:,\s*|\s+)(?:on\s+)?(?:(?P<wday>{WEEKDAY})(?:,?\s+(?P<month>{MONTH})\s+(?P<day>{DAY_NUM}))?"
            rf"|(?P<rd>today|yesterday|tomorrow)|(?P<month2>{MONTH})\s+(?P<day2>{DAY_NUM})))?"
        ),
        _resolve_time,
        _check_time,
    ),
    Rule(
        "ago",
        _re(
            rf"(?:{_APPROX}\s+)?(?P<count>{COUNT})\s+(?P<unit>{UNIT})(?:\s+or\s+so)?\s+"
            rf"(?P<dir>ago|earlier|later|previously|hence|from\s+now){_END}"
        ),
        _resolve_ago,
    ),
    Rule(
        "vague ago",
        _re(rf"(?:(?:many|several|a\s+few|some)\s+)?(?P<unit>{UNIT})\s+(?P<dir>ago|earlier|later){_END}"),
        lambda m, ctx: R.vague(
            "PAST_REF" if m.group("dir").lower() != "later" else "FUTURE_REF", "an unspecified time"
        ),
    ),
    Rule(
        "relative unit",
        _re(
            rf"(?:{_MOD_OF}\s+)?(?P<rel>this\s+past|this\s+coming|this|last|next|the\s+past|the\s+last"
            rf"|the\s+previous|the\s+next|the\s+coming|the\s+current|the\s+following|the\s+same|that"
            rf"|the\s+latest|the\s+most\s+recent|the\s+prior|the\s+preceding|past|previous|coming)\s+"
            rf"(?P<unit>(?:fiscal\s+)?(?:week|weekend|month|year|quarter|decade|century|day)){_END}"
        ),
        _resolve_relative_unit,
        lambda m, text: not _capitalised_unit(m),
    ),
    Rule(
        "day before",
        _re(r"the\s+(?:day|night)\s+(?P<dir>before|after)(?!\s+(?:yesterday|tomorrow))(?=\s*[,.;)]|\s+(?:that|the|it|he|she|they|his|her|their)\b)"),
        lambda m, ctx: R.from_reference(
            ctx, Granularity.DAY, -1 if m.group("dir").lower() == "before" else 1, "day " + m.group("dir").lower()
        ),
    ),
    Rule(
        "duration",
        _re(
            rf"(?:(?P<lead>the|these|those|a|an|its|their|his|her)\s+)?(?:(?:past|last|next|first|previous|coming|final"
            rf"|remaining|latest|following|initial|ensuing|same|entire|whole|full|preceding|prior)\s+)?"
            rf"(?:{_APPROX}\s+)?(?P<count>{COUNT})(?:\s*(?:to|or|-)\s*(?P<upto>{COUNT}))?\s+"
            rf"(?:(?:more|additional|straight|consecutive|full|trading|business|calendar|working|long)\s+)?"
            rf"(?P<unit>{UNIT}){_END}(?P<half>\s+and\s+a\s+half)?(?:\s+or\s+so)?"
        ),
        _resolve_duration,
        _check_duration,
    ),
    Rule(
        "half year",
        _re(
            rf"(?:the\s+)?(?P<h>first|second|1st|2nd|last|latter)\s+half(?:\s+of\s+(?:(?:the|fiscal)\s+)?"
            rf"(?:(?P<year>{_YEAR})|(?P<relyear>this|last|next)\s+year|the\s+year))?{_END}"
        ),
        _resolve_half,
    ),
    Rule(
        "hyphen duration",
        _re(
            rf"(?<![\w-])(?:{_APPROX}\s+)?(?:(?P<count>\d+(?:\.\d+)?|{NUMBER_WORD}|several|multi)-"
            rf"(?P<unit>{_HYPHEN_UNIT})(?:-long)?|(?P<unit2>{_HYPHEN_UNIT})s?-long)(?![\w-])"
        ),
        _resolve_hyphen_duration,
    ),
    Rule(
        "plural units",
        _re(r"(?:(?<=\bfor\s)|(?<=\bover\s)|(?<=\bwithin\s)|(?<=\blasting\s)|(?<=\btook\s)|(?<=\btake\s)|(?<=\btakes\s))(?P<unit>years|months|weeks|days|decades|centuries|hours|minutes)(?![\w-])(?!\s+(?:ago|earlier|later|of\s+(?:the|a|an|his|her|their|its)\b))"),
        _resolve_bare_units,
    ),
    Rule(
        "quarter",
        _re(
            rf"(?:(?P<lead>(?:the|its|this\s+year's|last\s+year's|next\s+year's|a|an|the\s+year-ago|the\s+year-earlier"
            rf"|the\s+comparable|the\s+same|year-ago|year-earlier)(?:\s+(?:fiscal|year-ago|year-earlier|comparable))?)\s+)?"
            rf"(?:(?P<year2>{_YEAR})\s+)?(?P<fiscal>fiscal[\s-]+)?(?P<q>first|second|third|fourth|1st|2nd|3rd|4th)[\s-]+"
            rf"(?:fiscal[\s-]+)?quarter{_END}(?:\s+of\s+(?:fiscal\s+)?(?:(?P<year>{_YEAR})|(?P<relyear>this|last|next)\s+year)"
            rf"|\s+(?P<relyear2>this|last|next)\s+year)?"
        ),
        _resolve_quarter,
    ),
    Rule(
        "bare quarter",
        _re(
            r"(?:(?:the|this|that|its)(?:\s+(?:latest|current|same|comparable|corresponding|year-ago"
            r"|year-earlier|most\s+recent|fiscal|just-ended|recent))*|last\s+year's|year-earlier|year-ago"
            rf")\s+(?:(?P<year>{_YEAR})\s+)?(?P<unit>quarter|period)(?![\w-])"
            r"(?:\s+(?:a\s+year\s+(?:ago|earlier)|last\s+year|of\s+last\s+year))?"
            r"|year-(?:earlier|ago)(?=\s+(?:results|net|profit|loss|earnings|revenue|sales|income|level|figure))"
        ),
        _resolve_bare_quarter,
        lambda m, text: not re.match(r"\s+of\s+(?!last)", text[m.end() : m.end() + 10]),
    ),
    Rule(
        "season",
        _re(
            rf"(?:(?P<rel>this\s+past|this\s+coming|this|last|next|early|late|mid|the\s+early|the\s+late)[\s-]+)?"
            rf"(?P<season>{SEASON}){_END}(?:\s+(?:of\s+)?(?:(?P<year>{_YEAR})(?!\d)|(?P<yearw>{_YEAR_WORDS})))?"
        ),
        _resolve_season,
        _check_season,
    ),
    Rule(
        "holiday",
        _re(rf"(?:(?P<rel>last|next|this)\s+)?(?P<hol>{_HOLIDAY})(?:,?\s+(?P<year>{_YEAR}))?{_END}"),
        _resolve_holiday,
        _check_holiday,
    ),
    Rule(
        "every",
        _re(
            rf"(?:every|each)\s+(?P<other>other\s+)?(?P<what>(?P<wday>{WEEKDAY})|(?P<month>{MONTH_FULL})"
            rf"|day|week|weekend|month|year|quarter|hour|minute|morning|afternoon|evening|night"
            rf"|summer|winter|spring|fall|autumn|decade){_END}"
        ),
        _resolve_every,
    ),
    Rule(
        "per unit",
        _re(
            r"(?:(?<=\d\s)|(?<=\d%\s)|(?<=ion\s)|(?<=nt\s)|(?<=es\s)|(?<=rs\s)|(?<=ce\s))(?:a|per)\s+(?P<unit>day|week|month|year|hour|minute)(?![\w-])"
            r"|(?:once|twice|thrice|\w+\s+times)\s+(?:a|per|each)\s+(?P<unit2>day|week|month|year|hour|minute)(?![\w-])"
        ),
        _resolve_per,
    ),
    Rule(
        "set adverb",
        _re(r"(?:daily|nightly|weekly|biweekly|monthly|quarterly|annually|yearly|hourly)(?![\w-])"),
        _resolve_set_adverb,
        # "its quarterly dividend" is a kind of dividend; "pays quarterly" is a rate.
        lambda m, text: m.text.lower() == "daily"
        or not re.match(r"\s+(?!and\b|or\b|to\b|in\b|on\b|at\b|for\b|from\b|since\b|until\b|through\b)[a-z]", text[m.end() : m.end() + 12]),
    ),
    Rule(
        "vague",
        _re(
            r"\b(?:right\s+now|just\s+now|now|currently|presently|nowadays|these\s+days|at\s+present"
            r"|the\s+present(?:\s+day)?|recently|lately|soon|as\s+soon\s+as\s+possible"
            r"|the\s+(?:near|foreseeable|distant)\s+future|the\s+future|the\s+(?:near|short|long|medium)\s+term"
            r"|a\s+later\s+date|the\s+past)(?![\w-])"
        ),
        _resolve_vague,
        _check_vague,
    ),
    Rule(
        "ahead",
        _re(
            r"(?:the\s+)?(?:(?:days|weeks|months|years|time)\s+(?:ahead|to\s+come)"
            r"|(?:the\s+)?coming\s+(?:days|weeks|months|quarters|years))(?![\w-])"
        ),
        _resolve_ahead,
    ),
    Rule(
        "recent",
        _re(
            r"recent\s+(?:days|weeks|months|years|decades|times)(?![\w-])"
            r"|the\s+(?:past|last)\s+(?:few|several)\s+(?:days|weeks|months|quarters|years)(?![\w-])"
        ),
        _resolve_recent,
    ),
    Rule(
        "weekend",
        _re(r"the\s+weekend(?![\w-])"),
        lambda m, ctx: _resolve_the_weekend(m, ctx),
    ),
    Rule(
        "the year",
        _re(
            r"the\s+(?:(?:full|whole|entire|current|fiscal|calendar|financial)[\s-]+)*year"
            r"(?![\w-])(?P<ended>(?=\s+(?:ended|ending|to|through|that\s+ended|that\s+ends)\b))?"
        ),
        lambda m, ctx: _resolve_the_year(m, ctx),
    ),
    Rule(
        "year end",
        _re(
            r"(?:(?:around|about)\s+)?(?:year[\s-]end|year['’]s\s+end|the\s+end\s+of\s+the\s+(?P<unit>year|month|week|quarter)"
            r"|the\s+(?:beginning|start|middle)\s+of\s+the\s+(?P<unit2>year|month|week|quarter))(?![\w-])"
        ),
        lambda m, ctx: _resolve_year_end(m, ctx),
    ),
    Rule(
        "week of",
        _re(rf"the\s+week\s+of\s+(?P<month>{MONTH})\s+(?P<day>{DAY_NUM})(?:,?\s+(?P<year>{_YEAR}))?(?![\w%])"),
        lambda m, ctx: _resolve_week_of(m, ctx),
        lambda m, text: _capitalised(m, "month"),
    ),
    Rule(
        "present adjective",
        _re(r"(?:then[\s-]+)?current(?=\s+[a-z])(?!\s+(?:account|affairs))"),
        lambda m, ctx: _resolve_adjective(m, ctx),
    ),
    Rule(
        "one day",
        _re(r"one\s+day(?![\w-])"),
        lambda m, ctx: R.vague("FUTURE_REF", "an unspecified future day"),
        lambda m, text: _after_modal(m, text),
    ),
    Rule(
        "next morning",
        _re(rf"the\s+(?P<rel>next|following|previous)\s+(?:{_PART}){_END}"),
        lambda m, ctx: R.from_reference(
            ctx,
            Granularity.DAY,
            -1 if m.get("rel").lower() == "previous" else 1,
            "day " + ("before" if m.get("rel").lower() == "previous" else "after"),
            keep_finer=False,
        ),
    ),
)
