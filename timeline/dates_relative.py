"""Relative rules: this/last/next units, "ago", durations, sets, quarters, vague references."""

from __future__ import annotations

import datetime as dt
import re

from timeline import dates_resolve as R
from timeline.dates_anchor import Context, Resolution, Tense, shift
from timeline.dates_lexicon import (
    COUNT,
    MONTH,
    MONTH_FULL,
    NUMBER_WORD,
    PARTS_OF_DAY,
    SEASONS,
    UNIT,
    WEEKDAY,
    month_number,
    parse_count,
    unit_code,
    weekday_number,
)
from timeline.dates_match import (
    AGO_KEY,
    APPROX,
    COUNT_START,
    END,
    FISCAL_YEAR,
    HYPHEN_UNIT,
    UNIT_KEY,
    YEAR,
    Found,
    Rule,
    compile_rule,
    in_title,
    tense_of,
    year_number,
)
from timeline.model import Granularity, Period, TimexType

DATE, TIME, DURATION, SET = TimexType.DATE, TimexType.TIME, TimexType.DURATION, TimexType.SET


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


_OF_AFTER = re.compile(r"\s+of\s+(?!(?:fiscal\s+)?(?:\d{4}|(?:this|last|next)\s+year)\b)")


def _resolve_relative_unit(m: Found, ctx: Context) -> Resolution | None:
    rel = " ".join(m.get("rel").lower().split())
    code = unit_code(m.get("unit").split()[-1])
    if rel in ("that", "the same", "the following", "the next day"):
        pass
    if code == "WE":
        return _resolve_weekend(rel, m, ctx)
    if code in ("DE", "CE"):
        return _resolve_relative_decade(rel, code, ctx)
    gran = _UNIT_GRANULARITY.get(code)
    if gran is None:
        return None
    if rel in ("that", "the same", "that same"):
        return R.from_reference(ctx, gran, 0, f"same {gran.value} as", keep_finer=False)
    if rel in ("the following", "the next") and gran is Granularity.DAY:
        return R.from_reference(ctx, gran, 1, "day after", keep_finer=False)
    if rel in ("the previous", "the preceding", "the prior") and gran is Granularity.DAY:
        return R.from_reference(ctx, gran, -1, "day before", keep_finer=False)
    if rel == "the following":
        return R.from_reference(ctx, gran, 1, f"{gran.value} after", keep_finer=False)
    if gran is Granularity.QUARTER and rel in ("the latest", "the most recent", "the past"):
        reported = _reported_quarter(ctx, current=False)
        if reported is not None:
            how = f"the quarter last mentioned or reported, {reported.iso()}"
            return Resolution(DATE, reported.iso(), reported, anchor=how)
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
        return Resolution(DATE, f"{decade:03d}", None, anchor=f"decade of publication {pub.iso()}")
    century = pub.start.year // 100 + n
    return Resolution(DATE, f"{century:02d}", None, anchor=f"century of publication {pub.iso()}")


_MOD_OF = (
    r"(?:the\s+(?:end|beginning|start|middle|rest|remainder)\s+of|early|late|mid-?|earlier|later)"
)


def _resolve_ago(m: Found, ctx: Context) -> Resolution | None:
    code = unit_code(m.get("unit"))
    count = parse_count(m.get("count"))
    direction = m.get("dir").lower().split()[0]
    back = direction in ("ago", "earlier", "before", "previously")
    if count is None or code in ("S", "MIN", "H"):
        return R.vague("PAST_REF" if back else "FUTURE_REF", f"an unspecified time {direction}")
    if code in ("DE", "CE"):
        count, code = count * (10 if code == "DE" else 100), "Y"
    if code == "FN":
        count, code = count * 2, "W"
    if code == "WE":
        code = "W"
    if count != int(count) and code == "Y":
        # "half a year ago", "2 1/2 years ago", "17.2 years ago": whole months
        count, code = float(round(count * 12)), "M"
    if count != int(count):
        return R.vague("PAST_REF" if back else "FUTURE_REF", f"a fraction of a unit {direction}")
    n = int(count)
    gran = _UNIT_GRANULARITY.get(code)
    if gran is None:
        return None
    amount = f"{n} {gran.value}" + ("s" if n != 1 else "")
    n = -n if back else n
    if code == "Y" and _reported_quarter(ctx, current=False) == ctx.reference:
        # Earnings news: "up from $5 million a year ago" compares the quarter just named.
        return R.from_reference(ctx, gran, n, f"{amount} {direction}")
    if direction in ("ago", "hence", "from"):
        return R.from_publication(ctx, gran, n, f"{amount} {direction} publication")
    return R.from_reference(ctx, gran, n, f"{amount} {direction}")


# --- durations and sets -------------------------------------------------------------------


def duration_value(count: float | None, code: str) -> str:
    """The TimeML duration for ``count`` units of ``code`` ("P3Y", "PT2H", "PXD")."""
    time_part = code in ("S", "MIN", "H")
    letter = {"MIN": "M", "WE": "WE", "FN": "W"}.get(code, code)
    if count is None:
        # An unknown number of decades, centuries, millennia: PXE, PXC, PXL as in TimeBank.
        letter = {"DE": "E", "CE": "C", "ML": "L", "WE": "D"}.get(code, letter)
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
    code = unit_code(m.get("unit"))
    if code == "Q" and m.get("count") is None:
        return None
    count = parse_count(m.get("count"))
    if count is not None and m.get("half"):
        count += 0.5
    if m.get("upto"):
        upper = parse_count(m.get("upto"))
        if upper is None or count is None or upper <= count:
            return None
    return Resolution(DURATION, duration_value(count, code), None, anchor="duration")


def _capitalised_unit(m: Found) -> bool:
    unit = m.get("unit") or ""
    return unit[:1].isupper() and not unit.isupper()


_MODAL_BEFORE = re.compile(
    r"\b(?:will|would|could|might|may|can|shall|hopes?|'ll)\s+(?:\w+\s+)?$", re.IGNORECASE
)


def _after_modal(m: Found, text: str) -> bool:
    """Whether a modal verb just precedes: "will one day be" is a vague future."""
    return bool(_MODAL_BEFORE.search(text, max(0, m.start() - 25), m.start()))


# A rate is "a <unit>" after an amount: "$6m a day", "80,000 barrels a day", "5,000
# barrels of oil a day", "24 hours a day". Durations have a preposition or a verb before
# them ("for a day", "took a year") or go on ("a day after", "a day or two", "a year's").
_AMOUNT = re.compile(
    r"[$£€#(]?\d|(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|twenty"
    r"|thirty|forty|fifty|sixty|seventy|eighty|ninety|hundred|thousand|million|billion"
    r"|trillion|dozen|tens|several|many)s?\b",
    re.IGNORECASE,
)
_AMOUNT_TOKEN = re.compile(
    r"\(?[$£€#]?\d[\d,.]*(?:%|m|bn|mn|k)?\)?|(?:hundred|thousand|million|billion|trillion)s?\)?",
    re.IGNORECASE,
)
_COUNTED_NOUNS = frozenset(("people", "children", "men", "women", "staff", "police", "personnel"))
# Words in -s before "a day" that are verbs or no nouns: "it takes a day", "this is a day".
_NOT_PLURAL_NOUNS = frozenset(
    (
        *("was", "has", "does", "goes", "says", "its", "his", "hers", "ours", "yours"),
        *("theirs", "always", "perhaps", "towards", "afterwards", "sometimes", "besides"),
        *("takes", "lasts", "spends", "needs", "waits", "gives", "gets", "requires"),
        *("remains", "runs", "stays", "serves", "seems", "becomes", "means", "makes"),
        *("marks", "begins", "ends", "starts", "adds", "loses", "saves", "allows"),
    )
)
_WORD_AFTER = re.compile(
    r"\s+(?!(?:and|or|in|on|at|for|to|from|until|since|by|with|over|during)\b)[a-z]"
)
_VERB_BEFORE = re.compile(
    r"[a-z]+ed|spent|took|lost|went|kept|gave|made|had|was|were|is|are|be|been|get|got"
)
_NOT_RATE_AFTER = re.compile(
    r"\s+(?:after|later|earlier|before|ago|or|of|from\s+now|long|and\s+a\s+half)\b|-(?!-)|['’]s\b",
    re.IGNORECASE,
)


_PER_UNITS = r"second|minute|hour|day|week|month|quarter|year|decade|century"


def is_rate(text: str, start: int, end: int) -> bool:
    """Whether "a <unit>" at ``text[start:end]`` says how often: "$6m a day", "barrels a day"."""
    if _NOT_RATE_AFTER.match(text, end):
        return False
    if text[start:end].lower().endswith(("second", "quarter")) and _WORD_AFTER.match(text, end):
        return False  # "a second night", "a quarter century": an ordinal and a fraction
    words = text[max(0, start - 60) : start].split()
    if not words:
        return False
    prev = words[-1]
    if _AMOUNT_TOKEN.fullmatch(prev):
        return True
    if not any(_AMOUNT.match(w) for w in words[-6:-1]):
        return False
    lowered = prev.lower()
    if lowered in _COUNTED_NOUNS or words[-2].lower() == "of":
        return True  # "extra people a day", "5,000 barrels of oil a day"
    if words[-3:-2] == ["of"] and words[-2].islower() and not _VERB_BEFORE.fullmatch(lowered):
        return True  # "gallons of crude oil a day", not "thousands of people spent a day"
    return (
        re.fullmatch(r"[a-z]{2,}s", lowered) is not None
        and not lowered.endswith(("ss", "us", "is"))
        and lowered not in _NOT_PLURAL_NOUNS
    )


def _check_duration(m: Found, text: str) -> bool:
    count = m.get("count").lower()
    unit = m.get("unit").lower()
    if (
        count in ("a", "an")
        and m.text[:2].lower() in ("a ", "an")
        and is_rate(text, m.start(), m.end())
    ):
        return False  # "$6m a day" is a rate (the "per unit" rule)
    if count == "one" and unit == "day" and _after_modal(m, text):
        return False  # "will one day be" is a vague future
    if re.fullmatch(r"1\d{3}|20\d\d", count):
        return False  # "the 1988 quarter" is a date
    if count in ("a", "an", "one") and unit in ("second", "quarter"):
        # "a second betrayal", "a quarter of the market": an ordinal and a fraction.
        return False
    if re.search(r"[$£€]\s?$", text[max(0, m.start() - 2) : m.start()]):
        return False
    if _capitalised_unit(m) or re.match(r"[\s-]*olds?\b", text[m.end() : m.end() + 6]):
        # "60 Minutes" is a programme; "37 years old" an age.
        return False
    if count in ("some", "many", "few") and not m.get("lead"):
        # "some days" is vague but real; "many years" too. Keep only plural units.
        return unit.endswith("s")
    return True


def _resolve_hyphen_duration(m: Found, ctx: Context) -> Resolution | None:
    unit = m.get("unit")
    code = unit_code(unit)
    if m.get("count"):
        count = parse_count(m.get("count"))
    else:
        # "day-long" is one day, "decades-long" an unknown number of decades.
        count = None if m.text.lower().startswith(unit.lower() + "s") else 1.0
    return Resolution(DURATION, duration_value(count, code), None, anchor="duration")


def _resolve_bare_units(m: Found, ctx: Context) -> Resolution:
    return Resolution(
        DURATION, duration_value(None, unit_code(m.get("unit"))), None, anchor="duration"
    )


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


def _check_set_adverb(m: Found, text: str) -> bool:
    if in_title(text, m.start(), m.end()) or (
        m.text[0].isupper() and re.match(r"\s+[A-Z][a-z]", text[m.end() : m.end() + 3])
    ):
        return False  # "the Anchorage Daily News", "Mortality Weekly Report", "Daily Mail"
    if m.text.lower() == "daily":
        return True
    # "its quarterly dividend" is a kind of dividend; "pays quarterly" is a rate.
    return not re.match(
        r"\s+(?!and\b|or\b|to\b|in\b|on\b|at\b|for\b|from\b|since\b|until\b|through\b)[a-z]",
        text[m.end() : m.end() + 12],
    )


def _resolve_set_adverb(m: Found, ctx: Context) -> Resolution:
    return Resolution(SET, _SET_ADVERBS[m.text.lower()], None, anchor="recurring")


def _resolve_every(m: Found, ctx: Context) -> Resolution | None:
    if m.get("n"):
        value = duration_value(parse_count(m.get("n")), unit_code(m.get("unit")))
        return Resolution(SET, value, None, anchor="recurring")
    what = m.get("what")
    other = 2 if m.get("other") else 1
    if m.get("wday"):
        return Resolution(SET, f"XXXX-WXX-{weekday_number(what)}", None, anchor="recurring weekday")
    lowered = what.lower()
    if lowered in PARTS_OF_DAY:
        return Resolution(SET, f"XXXX-XX-XXT{PARTS_OF_DAY[lowered]}", None, anchor="recurring")
    if lowered in SEASONS:
        return Resolution(SET, f"XXXX-{SEASONS[lowered]}", None, anchor="recurring season")
    if m.get("month"):
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
        direction = 1 if tense_of(m, ctx) is Tense.FUTURE or lead in ("until", "by") else -1
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
    return Resolution(
        DATE, week.iso() + "-WE", week, anchor=f"{word} weekend from publication {pub.iso()}"
    )


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


def _resolve_adjective(m: Found, ctx: Context) -> Resolution:
    words = m.text.lower()
    if words.startswith("then"):
        return R.vague("PAST_REF", "what was current then")
    return R.vague("PRESENT_REF", "the present")


def _resolve_per(m: Found, ctx: Context) -> Resolution:
    """A rate: "$5 a year", "twice a week"."""
    unit = m.get("unit") or ""
    return Resolution(SET, duration_value(1.0, unit_code(unit)), None, anchor="recurring")


# --- quarters, halves, seasons ------------------------------------------------------------

_QUARTER_ORD = {
    "1": 1,
    "2": 2,
    "3": 3,
    "4": 4,
    "first": 1,
    "second": 2,
    "third": 3,
    "fourth": 4,
    "1st": 1,
    "2nd": 2,
    "3rd": 3,
    "4th": 4,
    "last": 4,
    "final": 4,
}


def _resolve_quarter(m: Found, ctx: Context) -> Resolution | None:
    q = _QUARTER_ORD[m.get("q").lower()]
    lead = " ".join((m.get("lead") or "").lower().split())
    year_text = m.get("year") or m.get("year2") or m.get("fy")
    if year_text:
        year = year_number(year_text, ctx)
        period = Period(Granularity.QUARTER, dt.date(year, 3 * q - 2, 1))
        return R.absolute(period, "absolute quarter")
    relyear = (m.get("relyear") or "").lower()
    if "last year" in lead or relyear == "last" or "year-ago" in lead or "year-earlier" in lead:
        shift = -1
    elif "next year" in lead or relyear == "next":
        shift = 1
    elif "this year" in lead or relyear == "this":
        shift = 0
    else:
        shift = None
    if shift is None:
        res = R.quarter_without_year(ctx, q, tense_of(m, ctx))
        if lead and re.search(r"year-ago|year-earlier|comparable|same", lead) and res.period:
            moved = Period(
                Granularity.QUARTER, res.period.start.replace(year=res.period.start.year - 1)
            )
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
    pub = ctx.published
    # A quarter not over at publication ("expects a fourth-quarter loss") is not reported on.
    if (
        ref is not None
        and ref.granularity is Granularity.QUARTER
        and (pub is None or ref.end < pub.start)
    ):
        return ref
    if pub is None or pub.granularity.rank > Granularity.QUARTER.rank:
        return None
    this = Period.containing(Granularity.QUARTER, pub.start)
    return (
        this
        if current
        else Period.containing(Granularity.QUARTER, this.start - dt.timedelta(days=1))
    )


_ENDED_ON = re.compile(
    rf"\s+(?:ended|ending)\s+(?:on\s+)?(?P<month>{MONTH})\s+(?P<day>\d{{1,2}})(?!\d)",
    re.IGNORECASE,
)


def _resolve_bare_quarter(m: Found, ctx: Context) -> Resolution | None:
    """ "The quarter", "the year-ago quarter", "the 1988 period", "year-earlier"."""
    words = " ".join(m.text.lower().split())
    unit = m.get("unit").lower()
    ended = _ENDED_ON.match(ctx.text, m.end())
    if ended and unit == "quarter" and not re.search(r"year-ago|year-earlier|\d", words):
        # "The quarter ended July 31" is the three months up to July 31 (a fiscal quarter):
        # the calendar quarter holding most of them, the one of its middle month.
        end = R.day_without_year(
            ctx, month_number(ended.group("month")), int(ended.group("day")), Tense.PAST
        )
        if end is not None and end.period is not None:
            middle = end.period.start - dt.timedelta(days=45)
            quarter = Period.containing(Granularity.QUARTER, middle)
            return Resolution(DATE, quarter.iso(), quarter, anchor=f"quarter ending {end.value}")
    current = bool(re.search(r"\b(?:current|this)\b", words))
    ref = _reported_quarter(ctx, current)
    if (
        unit == "period"
        and re.fullmatch(r"(?:the|this|that|its)(?:\s+(?:same|current|recent))?\s+period", words)
        and (ctx.reference is None or ctx.reference.granularity is not Granularity.QUARTER)
    ):
        # "over the same period" after "since December": a stretch of time the text has
        # described. Only next to a quarter, or as "the latest", "year-earlier" or "1988
        # period" of earnings news, is a period a quarter.
        return None
    if ref is None:
        if unit in ("period", ""):
            return None
        pub = ctx.published
        known = f"{pub.start.year}-QX" if pub else "XXXX-QX"
        return Resolution(
            DATE, known, pub, anchor="quarter of a publication known only to its year"
        )
    year_text = m.get("year")
    if year_text:
        moved = Period(Granularity.QUARTER, ref.start.replace(year=int(year_text)))
        how = f"quarter last mentioned or reported, {ref.iso()}, in {year_text}"
        return Resolution(DATE, moved.iso(), moved, anchor=how, sets_reference=False)
    if re.search(
        r"year-ago|year-earlier|year\s+ago|year\s+earlier|last\s+year|comparable|corresponding|same",
        words,
    ):
        moved = Period(Granularity.QUARTER, ref.start.replace(year=ref.start.year - 1))
        return Resolution(
            DATE, moved.iso(), moved, anchor=f"a year before {ref.iso()}", sets_reference=False
        )
    how = f"the quarter last mentioned or reported, {ref.iso()}"
    return Resolution(DATE, ref.iso(), ref, anchor=how)


def _resolve_half(m: Found, ctx: Context) -> Resolution | None:
    which = "H1" if m.get("h").lower() in ("first", "1st") else "H2"
    year_text = m.get("year") or m.get("fy")
    if year_text:
        year = year_number(year_text, ctx)
    else:
        rel = (m.get("relyear") or "this").lower()
        res = R.from_publication(
            ctx, Granularity.YEAR, {"this": 0, "last": -1, "next": 1}[rel], "year of publication"
        )
        if res.period is None:
            return Resolution(DATE, f"XXXX-{which}", None, anchor=res.anchor)
        year = res.period.start.year
    return Resolution(
        DATE, f"{year}-{which}", Period(Granularity.YEAR, dt.date(year, 1, 1)), anchor="half year"
    )


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
    return R.vague(
        value,
        {"PRESENT_REF": "the present", "PAST_REF": "the past", "FUTURE_REF": "the future"}[value],
    )


def _check_vague(m: Found, text: str) -> bool:
    word = m.text.lower()
    after = text[m.end() : m.end() + 14]
    before = text[max(0, m.start() - 4) : m.start()].lower()
    if word == "soon" and (
        before.endswith("as ") or re.match(r"\s+as\b", after) or re.match(r"\s+after\b", after)
    ):
        return False
    if in_title(text, m.start(), m.end()):
        return False  # "The Now Show", "Hope for Haiti Now"
    # "now-defunct" is an adjective; "now and then", "now and again" mean at times.
    return not (word == "now" and re.match(r"-|\s+and\s+(?:then|again)\b", after))


def _resolve_before_last(m: Found, ctx: Context) -> Resolution:
    unit = m.get("unit").lower()
    back = m.get("dir").lower().startswith("before")
    phrase = f"the {unit} {'before last' if back else 'after next'} from publication"
    gran = _UNIT_GRANULARITY[unit_code(unit)]
    return R.from_publication(ctx, gran, -2 if back else 2, phrase)


def _resolve_this_time(m: Found, ctx: Context) -> Resolution:
    """ "this time last year": the day of publication (or its month, if that is all that is
    known) a year before; "this time next year" a year after."""
    rel = m.get("rel").lower()
    pub = ctx.published
    if pub is None:
        return Resolution(DATE, "XXXX-XX-XX", None, anchor=R.NO_ANCHOR)
    day = shift(pub.start, Granularity.YEAR, -1 if rel == "last" else 1)
    period = Period.containing(pub.granularity, day)
    how = f"same {pub.granularity.value} as publication {pub.iso()}, {rel} year"
    return Resolution(DATE, period.iso(), period, anchor=how)


def _resolve_ahead(m: Found, ctx: Context) -> Resolution:
    return R.vague("FUTURE_REF", "the future")


def _resolve_recent(m: Found, ctx: Context) -> Resolution:
    return R.vague("PAST_REF", "the recent past")


RELATIVE_RULES: tuple[Rule, ...] = (
    Rule(
        "ago",
        AGO_KEY,
        compile_rule(
            rf"(?:{APPROX}\s+)?(?P<count>{COUNT})\s+(?P<unit>{UNIT})(?:\s+or\s+so)?\s+"
            rf"(?P<dir>ago|earlier|later|previously|hence|from\s+now){END}",
            starts=COUNT_START,
        ),
        _resolve_ago,
        reach=(60, 30),
    ),
    Rule(
        "vague ago",
        r"ago|earlier|later",
        compile_rule(
            rf"(?:(?:many|several|a\s+few|some)\s+)?(?P<unit>{UNIT})\s+(?P<dir>ago|earlier|later){END}"
        ),
        lambda m, ctx: R.vague(
            "PAST_REF" if m.get("dir").lower() != "later" else "FUTURE_REF", "an unspecified time"
        ),
        reach=(30, 30),
    ),
    Rule(
        "relative unit",
        r"week|weekend|month|year|quarter|decade|century|day",
        compile_rule(
            rf"(?:{_MOD_OF}\s+)?(?P<rel>this\s+past|this\s+coming|this|last|next|the\s+past|the\s+last"
            rf"|the\s+previous|the\s+next|the\s+coming|the\s+current|the\s+following|the\s+same"
            rf"|that\s+same|that"
            rf"|the\s+latest|the\s+most\s+recent|the\s+prior|the\s+preceding|past|previous|coming)\s+"
            rf"(?P<unit>(?:fiscal\s+)?(?:week|weekend|month|year|quarter|decade|century|day)){END}"
        ),
        _resolve_relative_unit,
        # "the last decade of the 20th century", "the last week of June": a part of
        # something named, not a period counted from publication
        lambda m, text: (
            not _capitalised_unit(m)
            and not (
                " ".join(m.get("rel").lower().split()) in ("the last", "the next", "the same")
                and _OF_AFTER.match(text, m.end())
            )
        ),
        reach=(50, 30),
    ),
    Rule(
        "duration",
        UNIT_KEY,
        compile_rule(
            rf"(?:(?P<lead>the|these|those|a|an|its|their|his|her)\s+)?(?:(?:past|last|next|first|previous|coming|final"
            # "Talks last a week": the verb, not the modifier
            rf"|remaining|latest|following|initial|ensuing|same|entire|whole|full|preceding|prior)\s+(?!an?\s))?"
            rf"(?:{APPROX}\s+)?(?P<count>{COUNT})(?:\s*(?:to|or|-)\s*(?P<upto>{COUNT}))?\s+"
            rf"(?:(?:more|additional|straight|consecutive|full|trading|business|calendar|working|long)\s+)?"
            rf"(?P<unit>{UNIT}){END}(?P<half>\s+and\s+a\s+half)?(?:\s+or\s+so)?",
            starts=COUNT_START,
        ),
        _resolve_duration,
        _check_duration,
        reach=(60, 40),
    ),
    Rule(
        # "the week before last", "the year after next": two units from publication
        "before last",
        r"week|month|quarter|year",
        compile_rule(
            r"the\s+(?P<unit>week|month|quarter|year)\s+(?P<dir>before\s+last|after\s+next)"
            rf"{END}",
            starts="the",
        ),
        _resolve_before_last,
        reach=(10, 25),
    ),
    Rule(
        # "this time last year", "at this time next year": the same day a year away
        "this time last year",
        r"year",
        compile_rule(rf"this\s+time\s+(?P<rel>last|next)\s+year{END}", starts="this"),
        _resolve_this_time,
        reach=(20, 5),
    ),
    Rule(
        # "the past fortnight", "over the next fortnight": two weeks, as "the past two weeks"
        "fortnight",
        r"fortnight",
        compile_rule(
            rf"(?:the\s+)?(?:past|last|next|coming|previous|following)\s+fortnight{END}",
            starts="the|past|last|next|coming|previous|following",
        ),
        lambda m, ctx: Resolution(DURATION, "P2W", None, anchor="duration"),
        reach=(30, 10),
    ),
    Rule(
        "half year",
        r"half|quarters",
        compile_rule(
            # "The first two quarters of 1990" is its first half.
            rf"(?:the\s+)?(?:(?P<h>first|second|1st|2nd|last|latter)\s+half"
            rf"|(?P<h2>first|last)\s+two\s+quarters(?=\s+of\b))"
            rf"(?:\s+of\s+(?:(?:the|fiscal)\s+)?"
            rf"(?:(?P<year>{YEAR})|(?P<fy>{FISCAL_YEAR})|(?P<relyear>this|last|next)\s+year|the\s+year))?{END}"
            # "the last half hour", "the first half-century" are not halves of a year
            r"(?![\s-]+(?:hour|minute|second|day|week|decade|centur)|\s+(?:of\s+)?(?:the\s+)?(?:game|match|season|century|decade))"
            # "the first half of the program": a half of something else than a year
            r"(?!\s+of\b)"
        ),
        _resolve_half,
        reach=(35, 45),
    ),
    Rule(
        "hyphen duration",
        r"(?:second|minute|hour|day|week|month|year|decade)s?|century|centuries",
        compile_rule(
            rf"(?<![\w-])(?:{APPROX}\s+)?(?:(?P<count>\d+(?:\.\d+)?|{NUMBER_WORD}|several|multi)-"
            rf"(?P<unit>{HYPHEN_UNIT})(?:-long)?|(?P<unit2>{HYPHEN_UNIT})s?-long)(?!\w|-(?!-))",
            starts=rf"{COUNT_START}|{HYPHEN_UNIT}",
        ),
        _resolve_hyphen_duration,
        reach=(50, 30),
        near=r"(?<=-)|\w+-",  # "six-year", "decades-long"
    ),
    Rule(
        "plural units",
        r"years|months|weeks|days|decades|centuries|hours|minutes",
        compile_rule(
            r"(?:(?<=\bfor\s)|(?<=\bover\s)|(?<=\bwithin\s)|(?<=\blasting\s)|(?<=\btook\s)|(?<=\btake\s)|(?<=\btakes\s))(?P<unit>years|months|weeks|days|decades|centuries|hours|minutes)(?!\w|-(?!-))(?!\s+(?:ago|earlier|later|of\s+(?:the|a|an|his|her|their|its)\b))"
        ),
        _resolve_bare_units,
        reach=(10, 40),
    ),
    Rule(
        "quarter",
        r"quarter",
        compile_rule(
            rf"(?:(?P<lead>(?:the|its|this\s+year's|last\s+year's|next\s+year's|a|an|the\s+year-ago|the\s+year-earlier"
            rf"|the\s+comparable|the\s+same|year-ago|year-earlier)(?:\s+(?:fiscal|year-ago|year-earlier|comparable))?)\s+)?"
            rf"(?:(?P<year2>{YEAR})\s+)?(?P<fiscal>fiscal[\s-]+)?(?P<q>first|second|third|fourth|1st|2nd|3rd|4th"
            rf"|(?:last|final)(?=\s+quarter\s+of\s+(?:fiscal\s+)?(?:{YEAR}|{FISCAL_YEAR}|(?:this|last|next)\s+year)\b))[\s-]+"
            rf"(?:fiscal[\s-]+)?quarter{END}(?:\s+of\s+(?:fiscal\s+)?(?:(?P<year>{YEAR})|(?P<fy>{FISCAL_YEAR})"
            rf"|(?P<relyear>this|last|next)\s+year)"
            rf"|\s+(?P<relyear2>this|last|next)\s+year)?"
        ),
        _resolve_quarter,
        reach=(65, 40),
    ),
    Rule(
        "q quarter",
        r"q[1-4]",
        compile_rule(
            rf"Q(?P<q>[1-4])(?:\s+(?:of\s+)?(?:(?P<year>{YEAR})|(?P<fy>{FISCAL_YEAR})))?(?!\w|-(?!-))"
        ),
        _resolve_quarter,
        lambda m, text: m.text.startswith("Q"),
        reach=(5, 30),
    ),
    Rule(
        "bare quarter",
        r"quarter|period|year",
        compile_rule(
            r"(?:(?:the|this|that|its)(?:\s+(?:latest|current|same|comparable|corresponding|year-ago"
            r"|year-earlier|most\s+recent|fiscal|just-ended|recent))*|last\s+year's|year-earlier|year-ago"
            rf")\s+(?:(?P<year>{YEAR})\s+)?(?P<unit>quarter|period)(?!\w|-(?!-))"
            r"(?:\s+(?:a\s+year\s+(?:ago|earlier)|last\s+year|of\s+last\s+year))?"
            r"|year-(?:earlier|ago)(?=\s+(?:results|net|profit|loss|earnings|revenue|sales|income|level|figure))"
        ),
        _resolve_bare_quarter,
        lambda m, text: not re.match(r"\s+of\s+(?!last)", text[m.end() : m.end() + 10]),
        reach=(75, 40),
    ),
    Rule(
        "every",
        r"every|each",
        compile_rule(
            rf"(?:every|each)\s+(?P<other>other\s+)?(?P<what>(?P<wday>{WEEKDAY})|(?P<month>{MONTH_FULL})"
            rf"|day|week|weekend|month|year|quarter|hour|minute|morning|afternoon|evening|night"
            rf"|summer|winter|spring|fall|autumn|decade){END}"
            # "every five minutes", "every 10 years", "every few days"
            rf"|every\s+(?P<n>\d+|{NUMBER_WORD}|few|several|couple\s+of)\s+(?P<unit>{UNIT}){END}"
        ),
        _resolve_every,
        reach=(10, 40),
    ),
    Rule(
        "per unit",
        rf"{_PER_UNITS}",
        compile_rule(
            rf"(?P<per>an?|per)\s+(?P<unit>{_PER_UNITS})(?!\w|-(?!-))"
            rf"|(?:once|twice|thrice|(?!of\b)\w+\s+times)\s+(?:an?|per|each)\s+(?P<unit2>{_PER_UNITS})(?!\w|-(?!-))"
        ),
        _resolve_per,
        lambda m, text: (
            m.get("per").lower() not in ("a", "an") or is_rate(text, m.start(), m.end())
        ),
        reach=(30, 30),
    ),
    Rule(
        "set adverb",
        r"daily|nightly|weekly|monthly|quarterly|annually|yearly|hourly",
        compile_rule(
            r"(?:daily|nightly|weekly|biweekly|monthly|quarterly|annually|yearly|hourly)(?!\w|-(?!-))"
        ),
        _resolve_set_adverb,
        _check_set_adverb,
        reach=(10, 30),
    ),
    Rule(
        "vague",
        r"now|currently|presently|nowadays|days|present|recently|lately|soon|future|term|later"
        r"|past",
        compile_rule(
            r"\b(?:right\s+now|just\s+now|now|currently|presently|nowadays|these\s+days|at\s+present"
            r"|the\s+present(?:\s+day)?|recently|lately|soon|as\s+soon\s+as\s+possible"
            r"|the\s+(?:near|foreseeable|distant)\s+future|the\s+future|the\s+(?:near|short|long|medium)\s+term"
            r"|a\s+later\s+date|the\s+past)(?!\w|-(?!-))"
        ),
        _resolve_vague,
        _check_vague,
        reach=(30, 30),
    ),
    Rule(
        "ahead",
        r"ahead|come|coming",
        compile_rule(
            r"(?:the\s+)?(?:(?:days|weeks|months|years|time)\s+(?:ahead|to\s+come"
            # "could take weeks to come back": there "come" is a verb of its own
            r"(?!\s+(?:back|out|up|down|in|into|home|true|through|forward|together|from|off)\b))"
            r"|(?:the\s+)?coming\s+(?:days|weeks|months|quarters|years))(?!\w|-(?!-))"
        ),
        _resolve_ahead,
        reach=(30, 30),
    ),
    Rule(
        "recent",
        r"recent|past|last",
        compile_rule(
            r"recent\s+(?:days|weeks|months|years|decades|times)(?!\w|-(?!-))"
            r"|the\s+(?:past|last)\s+(?:few|several)\s+(?:days|weeks|months|quarters|years)(?!\w|-(?!-))"
        ),
        _resolve_recent,
        reach=(15, 40),
    ),
    Rule(
        "weekend",
        r"weekend",
        compile_rule(r"the\s+weekend(?!\w|-(?!-))"),
        lambda m, ctx: _resolve_the_weekend(m, ctx),
        reach=(15, 30),
    ),
    Rule(
        "the year",
        r"year",
        compile_rule(
            r"the\s+(?:(?:full|whole|entire|current|fiscal|calendar|financial)[\s-]+)*year"
            r"(?!\w|-(?!-))(?P<ended>(?=\s+(?:ended|ending|to|through|that\s+ended|that\s+ends)\b))?"
        ),
        lambda m, ctx: _resolve_the_year(m, ctx),
        # "Young Musician of the Year" is a title
        lambda m, text: not in_title(text, m.end() - 4, m.end()),
        reach=(55, 40),
    ),
    Rule(
        "year end",
        r"year|month|week|quarter",
        compile_rule(
            r"(?:(?:around|about)\s+)?(?:year[\s-]end|year['’]s\s+end|the\s+end\s+of\s+the\s+(?P<unit>year|month|week|quarter)"
            r"|the\s+(?:beginning|start|middle)\s+of\s+the\s+(?P<unit2>year|month|week|quarter))(?!\w|-(?!-))"
        ),
        lambda m, ctx: _resolve_year_end(m, ctx),
        reach=(45, 30),
    ),
    Rule(
        "present adjective",
        r"current",
        compile_rule(r"(?:then[\s-]+)?current(?=\s+[a-z])(?!\s+(?:account|affairs))"),
        lambda m, ctx: _resolve_adjective(m, ctx),
        reach=(15, 40),
    ),
    Rule(
        "one day",
        r"day",
        compile_rule(r"one\s+day(?!\w|-(?!-))"),
        lambda m, ctx: R.vague("FUTURE_REF", "an unspecified future day"),
        lambda m, text: _after_modal(m, text),
        reach=(15, 30),
    ),
)
