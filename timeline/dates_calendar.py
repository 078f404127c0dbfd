"""Calendar rules: explicit dates, months, years, weekdays, days, times, seasons, holidays."""

from __future__ import annotations

import dataclasses
import datetime as dt
import re

from timeline import dates_resolve as R
from timeline.dates_anchor import Context, Resolution, Tense
from timeline.dates_holidays import HOLIDAY_RULE
from timeline.dates_lexicon import (
    DAY_NUM,
    MONTH,
    MONTH_FULL,
    MONTHS,
    ORDINAL,
    ORDINALS,
    PARTS_OF_DAY,
    SEASON,
    SEASONS,
    UNIT,
    WEEKDAY,
    WEEKDAY_ABBR,
    WEEKDAY_ABBR_DOTTED,
    WEEKDAYS,
    month_number,
    parse_count,
    parse_year_words,
    trie_pattern,
    weekday_number,
)
from timeline.dates_match import (
    DIGITS_KEY,
    END,
    FISCAL_YEAR,
    FISCAL_YEAR_KEY,
    MONTH_KEY,
    PART_KEY,
    PART_OF_DAY,
    TIME_OF_DAY,
    TIME_ZONE,
    WEEKDAY_ABBR_KEY,
    WEEKDAY_KEY,
    YEAR,
    YEAR_WORDS,
    Found,
    Rule,
    capitalised,
    compile_rule,
    in_title,
    sentence_initial,
    tense_of,
    year_number,
)
from timeline.model import Granularity, Period, TimexType

DATE, TIME, DURATION, SET = TimexType.DATE, TimexType.TIME, TimexType.DURATION, TimexType.SET


MONTH_START = trie_pattern(tuple(MONTHS))
ORDINAL_START = trie_pattern(tuple(ORDINALS))
WEEKDAY_START = trie_pattern(tuple(WEEKDAYS))
# A weekday before a written date, in full or abbreviated ("Wed Apr 29, 2009"), but
# not a name ending in one ("The Sun May 3 reported").
_DATE_WEEKDAY = rf"(?:{WEEKDAY}|(?<!\bthe\s){WEEKDAY_ABBR})"
_DATE_WEEKDAY_START = trie_pattern(("mon", "tue", "wed", "thu", "fri", "sat", "sun"))


# --- explicit dates -----------------------------------------------------------------------


def _safe_day(year: int, month: int, day: int) -> dt.date | None:
    try:
        return dt.date(year, month, day)
    except ValueError:
        return None


def _day_number(m: Found) -> int:
    if m.get("day"):
        return int(re.sub(r"\D", "", m.get("day")))
    return ORDINALS[m.get("dayw").lower()]


_PERIOD_ENDED = re.compile(
    r"\b(?:quarter|period)\s+(?:ended|ending|ends|through)\s+(?:on\s+)?$",
    re.IGNORECASE,
)


# "25 June that year", "Sept. 12 of the same year", "June 25 of last year": the year in words.
_OF_YEAR = (
    r"|\s+(?:of\s+)?(?P<that>that|the\s+same)\s+year"
    r"|,?\s+(?:of\s+)?(?P<relyear>this|last|next)\s+year"
)


def _year_in_words(m: Found, ctx: Context) -> tuple[int | None, str]:
    """The year of "that year" (the date last mentioned) or "last year" (publication)."""
    if m.get("that"):
        ref = ctx.anchor_period()
        return (ref.start.year if ref else None), "year last mentioned"
    shift = {"this": 0, "last": -1, "next": 1}[m.get("relyear").lower()]
    pub = ctx.published
    return (pub.start.year + shift if pub else None), f"{m.get('relyear').lower()} year"


def _resolve_month_day(m: Found, ctx: Context) -> Resolution | None:
    month, day = month_number(m.get("month")), _day_number(m)
    year_text = m.get("year")
    if m.get("that") or m.get("relyear"):
        year, how = _year_in_words(m, ctx)
        if year is None:
            return Resolution(DATE, f"XXXX-{month:02d}-{day:02d}", None, anchor=R.NO_ANCHOR)
        when = _safe_day(year, month, day)
        res = R.absolute(Period.day(when), f"day of the {how}, {year}") if when else None
    elif year_text:
        when = _safe_day(year_number(year_text, ctx), month, day)
        res = R.absolute(Period.day(when)) if when else None
    else:
        res = R.day_without_year(ctx, month, day, tense_of(m, ctx))
    if res is not None and _PERIOD_ENDED.search(ctx.text, max(0, m.start() - 30), m.start()):
        # "the quarter ended Sept. 30": the quarter stays the topic of what follows. The
        # end of a stretch that is no calendar period ("the six months ended Aug. 12") is
        # what later anaphora count from.
        return dataclasses.replace(res, sets_reference=False)
    return res


def _check_month_day(m: Found, text: str) -> bool:
    if not capitalised(m, "month", "wday"):
        return False
    month = month_number(m.get("month"))
    if _day_number(m) > 31 or not 1 <= month <= 12:
        return False
    after = text[m.end() : m.end() + 12]
    # "May 5 percent", "Jan 25 million": the number is not a day.
    return not re.match(r"\s*(?:%|percent|per\s+cent|million|billion|,\d|\.\d|:\d)", after)


# "April 14-18, 2009", "April 24 and 25": the end of a range or pair of days after a month.
_MONTH_DAY_RANGE = re.compile(
    rf"(?P<month>{MONTH})\s+(?P<first>{DAY_NUM})(?:\s*[-–]\s*|\s+(?P<list>and|or)\s+)"
    rf"(?P<day>{DAY_NUM})(?:,?\s+(?P<year>{YEAR}))?(?![\w%])",
    re.IGNORECASE,
)
# What may follow the second day of "April 24 and 25": not a noun it counts ("25 others").
_DAY_PAIR_END = re.compile(
    r"(?![.,]\d)\s*(?:$|[^\w\s-]|(?:in|at|on|to|for|with|and|or|when|while|as|after|before"
    r"|during|of|is|are|was|were|will|would|has|have|had|respectively)\b)",
    re.IGNORECASE,
)


# Just before the second day of "14-18" or "24 and 25", "24th or 25th".
_AFTER_FIRST_DAY = (
    r"(?<=\d[-–])|(?<=\d\sand\s)|(?<=\d\sor\s)|(?<=\d[a-z]{2}\sand\s)|(?<=\d[a-z]{2}\sor\s)"
)


def _day_range_end(m: Found, text: str) -> Found | None:
    """The whole "April 14-18" or "April 24 and 25" whose second day is the match, if
    that is what it ends."""
    for found in _MONTH_DAY_RANGE.finditer(text, max(0, m.start() - 24), m.end() + 8):
        if found.start("day") == m.start() and found.group("month")[0].isupper():
            first = int(re.sub(r"\D", "", found.group("first")))
            if not first < int(re.sub(r"\D", "", found.group("day"))) <= 31:
                continue
            if found.group("list") is None or _DAY_PAIR_END.match(text, found.end()):
                return Found(found)
    return None


def _check_day_range(m: Found, text: str) -> bool:
    if m.get("end") == "":
        return _day_range_end(m, text) is not None
    if not _check_month_day(m, text) or _day_number(m) >= int(re.sub(r"\D", "", m.get("end"))):
        return False
    # "between 12 and 14 January", "on 24 and 25 April"; "2 and 14 January" alone may count things
    return m.get("join").lower() != "and" or bool(
        re.search(r"\b(?:between|on)\s+$", text[max(0, m.start() - 9) : m.start()], re.IGNORECASE)
    )


def _resolve_day_range(m: Found, ctx: Context) -> Resolution | None:
    if m.get("end") == "":
        whole = _day_range_end(m, ctx.text)
        return _resolve_month_day(whole, ctx) if whole is not None else None
    return _resolve_month_day(m, ctx)


def _resolve_day_of_relative_month(m: Found, ctx: Context) -> Resolution | None:
    rel = m.get("rel").lower()
    month = R.from_publication(
        ctx,
        Granularity.MONTH,
        {"this": 0, "next": 1, "last": -1}[rel],
        f"{rel} month from publication",
    )
    if month.period is None or month.period.granularity is not Granularity.MONTH:
        return month
    when = _safe_day(month.period.start.year, month.period.start.month, _day_number(m))
    if when is None:
        return None
    return R.absolute(Period.day(when), f"day of {month.anchor}")


def _resolve_numeric(m: Found, ctx: Context) -> Resolution | None:
    a, b = int(m.get("a")), int(m.get("b"))
    month, day = (a, b) if a <= 12 else (b, a)
    when = _safe_day(year_number(m.get("y"), ctx), month, day)
    return R.absolute(Period.day(when), "absolute date (month/day/year)") if when else None


def _resolve_iso(m: Found, ctx: Context) -> Resolution | None:
    when = _safe_day(int(m.get("y")), int(m.get("mo")), int(m.get("d")))
    return R.absolute(Period.day(when)) if when else None


def _resolve_month_year(m: Found, ctx: Context) -> Resolution | None:
    year_text = m.get("year")
    year = year_number(year_text, ctx) if year_text else parse_year_words(m.get("yearw"))
    if year is None:
        return None
    return R.absolute(Period(Granularity.MONTH, dt.date(year, month_number(m.get("month")), 1)))


_MONTH_CONTEXT_BEFORE = re.compile(
    r"(?:\b(?:in|since|until|till|by|from|to|through|during|before|after|of|between|and|or|"
    r"last|next|this|early|late|mid|end|beginning|start|each|every|that|the|a|an|for|on|until"
    # "as early as July", "until at least September", "come November"
    r"|(?:early|late|recently|soon)\s+as|at\s+least|come)"
    r"|[,(])\s*-?$",
    re.IGNORECASE,
)
# Months that are also given names ("April Smith", "June Carter") or start other names
# ("March Madness"): before a capitalised word they are taken for names.
_NAME_MONTHS = frozenset({"january", "march", "april", "may", "june", "august"})


def _check_bare_month(m: Found, text: str) -> bool:
    if not capitalised(m, "month"):
        return False
    if m.get("rel") or m.get("mod") or m.get("relyear") or m.get("that"):
        return True
    before = text[max(0, m.start() - 16) : m.start()]
    if not _MONTH_CONTEXT_BEFORE.search(before):
        return False
    word = m.get("month").lower()
    after = text[m.end() : m.end() + 20]
    # "May" and "March" are words too: "in May I", "and March on Washington".
    if word in ("may", "march") and re.match(r"\s+(?:I|we|you|he|she|they|it|be|have|on)\b", after):
        return False
    # "the March to the sea", "the March against terror": a march, not the month.
    if (
        word == "march"
        and re.search(r"\bthe\s*$", before, re.IGNORECASE)
        and re.match(r"\s+(?:to|against|through|for|from|of)\b", after)
    ):
        return False
    # Names: "April Smith", "June Carter", "the October Revolution"; not "in December
    # Barack Obama".
    name_like = word in _NAME_MONTHS or re.search(r"\bthe\s*$", before, re.IGNORECASE)
    return not (name_like and re.match(r"\s+[A-Z][a-z]+", after)) or bool(
        re.match(r"\s+(?:and|or|to|through|until)\b", after, re.IGNORECASE)
    )


def _resolve_bare_month(m: Found, ctx: Context) -> Resolution:
    month = month_number(m.get("month"))
    rel = (m.get("rel") or "").lower().split()
    relyear = (m.get("relyear") or "").lower()
    if relyear:
        shift = {"this": 0, "last": -1, "next": 1}[relyear]
        res = R.from_publication(ctx, Granularity.YEAR, shift, f"{relyear} year from publication")
        if res.period is None:
            return Resolution(DATE, f"XXXX-{month:02d}", None, anchor=res.anchor)
        period = Period(Granularity.MONTH, dt.date(res.period.start.year, month, 1))
        return R.absolute(period, res.anchor)
    if m.get("that"):
        # "June of that year": the year of the date last mentioned.
        ref = ctx.anchor_period()
        if ref is None:
            return Resolution(DATE, f"XXXX-{month:02d}", None, anchor=R.NO_ANCHOR)
        period = Period(Granularity.MONTH, dt.date(ref.start.year, month, 1))
        return R.absolute(period, f"month of the year last mentioned, {ref.start.year}")
    direction = 0
    if (rel and rel[0] == "last") or rel[-1:] == ["past"]:
        direction = -1
    elif (rel and rel[0] == "next") or rel[-1:] == ["coming"]:
        direction = 1
    elif rel and rel[0] == "this":
        return R.month_of_publication_year(ctx, month)
    tense = tense_of(m, ctx)
    if not direction and ctx.text.startswith(("'s", "’s"), m.end()):
        tense = _possessive_tense(ctx, m.start(), tense)  # "April's disaster"
    return R.month_without_year(ctx, month, tense, direction)


def _check_year(m: Found, text: str) -> bool:
    before = text[max(0, m.start() - 2) : m.start()]
    after = text[m.end() : m.end() + 14]
    if re.search(r"[$£€#\d.,/-]$", before) or re.match(r"(?:%|\s*percent|[.,]\d|-\d|/\d)", after):
        return False
    if re.match(r"\s*\(\s*\d{3,4}\s*(?:GMT|UTC)\b", after):
        return False  # "struck at 1653 (2153 GMT)" is a clock time
    if after[:1].isalpha():
        return False  # glued to a word: "2008copper" (a user name), "1737GMT" (a time)
    if m.get("mod") or m.get("fiscal") or m.get("fy") or m.get("the"):
        return True
    year = int(m.get("year"))
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
    year = year_number(m.get("year") or m.get("fy"), ctx)
    period = Period(Granularity.YEAR, dt.date(year, 1, 1))
    half = (m.get("mod") or "").lower()
    if "half" in half:
        which = "H1" if re.search(r"first|1st", half) else "H2"
        return Resolution(DATE, f"{year}-{which}", period, anchor="half of an absolute year")
    return R.absolute(period, "absolute year")


_YEAR_RANGE = re.compile(rf"(?P<first>{YEAR})(?P<sep>[-–/])(?P<end>{YEAR}|\d\d)")


def _year_range(m: Found, text: str) -> tuple[int, int] | None:
    """The years of the range "1918-19", "1998-2002" or "2016/17" the match is a part of."""
    start = m.start() if m.group("year") else m.start() - 5
    found = _YEAR_RANGE.match(text, start)
    if found is None or re.search(r"[\w$£€.,/-]$", text[max(0, start - 1) : start]):
        return None  # "$1998-99", "A-1998-20": a number, not a year
    if re.match(r"[\w%/-]|[.,]\d|\s*(?:percent|per\s+cent)\b", text[found.end() :]):
        return None  # "2010-11-05" is a date, "1998-2002/3" and "2009-10%" no range of years
    first, end_text = int(found.group("first")), found.group("end")
    end = int(end_text) if len(end_text) == 4 else first // 100 * 100 + int(end_text)
    if len(end_text) == 2 and end <= first:
        end += 100  # "1999-00"
    if found.group("sep") == "/" and (end != first + 1 or first < 1900):
        return None  # a slash splits a season or fiscal year ("2016/17"), or is no range
    return (first, end) if first < end <= first + 100 else None


def _resolve_year_range(m: Found, ctx: Context) -> Resolution | None:
    years = _year_range(m, ctx.text)
    if years is None:
        return None
    year = years[0] if m.group("year") else years[1]
    return R.absolute(Period(Granularity.YEAR, dt.date(year, 1, 1)), "absolute year of a range")


def _resolve_year_words(m: Found, ctx: Context) -> Resolution | None:
    year = parse_year_words(m.get("yearw"))
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


# "the last half of the '80s" is still the decade.
_HALF_OF = r"(?:the\s+(?:first|second|last|latter)\s+half\s+of\s+)?"


def _resolve_decade(m: Found, ctx: Context) -> Resolution:
    if m.get("dec"):
        decade = m.get("dec")[:3]
    else:
        digit = int(m.get("short")[0]) if m.get("short") else _DECADE_WORDS[m.get("dw").lower()]
        base = ctx.published.start.year if ctx.published else 1900
        century = base // 100
        if digit * 10 > base % 100:
            century -= 1
        decade = f"{century:02d}{digit}"
    # TimeML writes a decade as its first three digits: "the 1990s" is 199.
    return Resolution(DATE, decade, None, anchor="decade")


def _resolve_century(m: Found, ctx: Context) -> Resolution | None:
    word = m.get("ord").lower()
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
    part = (m.get("part") or "").lower()
    return f"T{PARTS_OF_DAY[part]}" if part else ""


def _with_part(res: Resolution, m: Found) -> Resolution:
    suffix = _part_suffix(m)
    if not suffix or res.period is None or res.period.granularity is not Granularity.DAY:
        return res
    return Resolution(TIME, res.value + suffix, res.period, res.weekday, res.anchor)


# "recover from April's disaster", "since Tuesday's quake": an event already over.
_PAST_EVENT_BEFORE = re.compile(r"\b(?:from|since|following|amid|wake\s+of)\s+$", re.IGNORECASE)


def _possessive_tense(ctx: Context, start: int, tense: Tense) -> Tense:
    """The tense of a possessive date ("Wednesday's ruling"): the event it names.

    A possessive names an event already reported unless its clause is in the future
    ("Saturday's concert will raise money"); after "from", "since" it is past
    whatever the clause ("it can emerge from April's disaster").
    """
    if tense is not Tense.FUTURE or _PAST_EVENT_BEFORE.search(ctx.text, max(0, start - 20), start):
        return Tense.PAST
    return tense


_AGENT_BY = re.compile(
    r"\b(?:[a-z]+ed|hit|struck|shaken|torn|caused|left|brought|made|driven|overshadowed)"
    r"\s+by\s+$",
    re.IGNORECASE,
)


def _resolve_weekday(m: Found, ctx: Context) -> Resolution:
    wd = weekday_number(m.get("wday"))
    rel = " ".join((m.get("rel") or "").lower().split())
    if rel in ("the previous", "the following", "the next", "that", "the same"):
        ref = ctx.reference
        if ref is not None and ref.granularity is Granularity.DAY:
            step = -1 if rel == "the previous" else 1
            day = ref.start
            while True:
                day += dt.timedelta(days=step)
                if day.isoweekday() == wd:
                    break
            side = "before" if step < 0 else "after"
            how = f"{day:%A} {side} the date last mentioned {ref.iso()}"
            return Resolution(DATE, day.isoformat(), Period.day(day), anchor=how)
    direction = _WEEKDAY_REL.get(rel, 0)
    if m.text[:7].lower() == "earlier" and not rel:
        # "Earlier Monday, a BP executive said": earlier than the day of the report.
        return R.weekday(ctx, wd, 0, Tense.PAST)
    possessive = ctx.text.startswith(("'s", "’s"), m.end())
    # "affected by Tuesday's earthquake": "by" after a participle names who did it.
    agent = possessive and _AGENT_BY.search(ctx.text, max(0, m.start() - 30), m.start())
    tense = ctx.tense(m.start(), m.end(), deadline=not agent)
    if possessive:
        tense = _possessive_tense(ctx, m.start(), tense)
    # "Friday night" keeps the day's value, as TimeBank annotates it.
    return R.weekday(ctx, wd, direction, tense)


# Newspapers named after a weekday: "the Sunday Times", "the Sunday Telegraph".
_NEWSPAPER_AFTER = re.compile(
    r"\s+(?:Times|Telegraph|Express|Mirror|Herald|People|Post|Mail|Independent|Tribune"
    r"|Observer|Sport|Star|Business|Review|Magazine|Gazette|Chronicle|Journal|Standard)\b"
)


# "the Saturday Play", "the Monday Night Club", "the Sunday Best label": after "the", a
# weekday followed by a capitalised word is a title ("on the Sunday before" is a day).
_THE_BEFORE = re.compile(r"\bthe\s+$", re.IGNORECASE)
_CAPITALISED_AFTER = re.compile(r"\s+[A-Z][a-z]")


def _check_weekday(m: Found, text: str) -> bool:
    if not capitalised(m, "wday") or _NEWSPAPER_AFTER.match(text, m.end()):
        return False
    return not (
        _THE_BEFORE.search(text, max(0, m.start() - 5), m.start())
        and _CAPITALISED_AFTER.match(text, m.end())
        and not _MONTH_AFTER.match(text, m.end())
    )


_MONTH_AFTER = re.compile(rf"\s+{MONTH}\b")


# What makes an abbreviated weekday alone a day: a preposition ("on Wed.", "since Sun."),
# another weekday joined to it ("Mon. and Tues.", "Mon.-Fri.") or a clock time ("Sun. 3
# p.m.", "9 a.m. Sat.").
_JOIN_WORD = r"(?:[-–]|,?\s*\b(?:and|or|to|through|until)\b)"
_ANY_WEEKDAY = rf"(?:{WEEKDAY}|{WEEKDAY_ABBR_DOTTED})"
_ABBR_SIGNAL_BEFORE = re.compile(
    rf"(?:\b(?:on|since|until|till|by|from|through|before|after)|{_ANY_WEEKDAY}\s*{_JOIN_WORD}"
    rf"|{TIME_OF_DAY},?)\s*$",
    re.IGNORECASE,
)
_ABBR_SIGNAL_AFTER = re.compile(
    rf"\s*{_JOIN_WORD}\s*{_ANY_WEEKDAY}|,?\s+(?:at\s+)?{TIME_OF_DAY}", re.IGNORECASE
)
# "Sat Singh and Wed.", "the Fri. session", "Nguyen Thi Thu.": no day without a signal.
_NO_DAY_BEFORE = re.compile(r"\b(?:the|and|or)\s*$", re.IGNORECASE)
_NAME_BEFORE = re.compile(r"\b[A-Z][\w.'’-]*\s*$")


def _abbreviation_is_weekday(m: Found, text: str) -> bool:
    """Whether a weekday abbreviated alone ("Tues.") names a day, not a word or a name.

    "last Sun.", "on Wed.", "Mon. and Tues." and "Sun. 3 p.m." are days. Without such a
    signal "Tues.", "Thurs." and "Fri." are days too, and "Wed." and "Sat." inside a
    sentence (the verbs open one), but not after "the", "and", "or" or a capitalised
    word ("Sat Singh and Wed."); "Mon." (Monmouthshire) and "Sun." (the Sun) need a signal.
    """
    abbr = m.get("wday2")
    start = m.start()
    lo = max(0, start - 30)
    if (
        not m.text.startswith(abbr)  # "last Sun.", "early Tues."
        or _ABBR_SIGNAL_BEFORE.search(text, lo, start)
        or _ABBR_SIGNAL_AFTER.match(text, m.end())
    ):
        return True
    initial = sentence_initial(text, start)
    if abbr in ("Mon.", "Sun.") or (abbr in ("Wed.", "Sat.") and initial):
        return False
    return not (
        _NO_DAY_BEFORE.search(text, lo, start)
        or (not initial and _NAME_BEFORE.search(text, lo, start))
    )


def _check_weekday_or_abbreviation(m: Found, text: str) -> bool:
    return _check_weekday(m, text) and (
        m.group("wday2") is None or _abbreviation_is_weekday(m, text)
    )


# A programme or paper: NBC's "Today" show, Radio 4's Today programme.
_PROGRAMME_AFTER = re.compile(r"[\"”’']?\s+(?:show|programme|program|newspaper)\b")
# A time word quoted alone is a title: NBC's "Today".
_CLOSING_QUOTE = re.compile(r"[\"”]|[’'](?![sS]\b)")


def _check_relative_day(m: Found, text: str) -> bool:
    word = m.get("rd")
    start = m.start() + m.text.index(word)
    end = start + len(word)
    if in_title(text, start, end) and not m.get("beyond"):
        return False  # "USA Today", "the World Today", "Radio 4's Today programme"
    if (
        word[0].isupper()
        and text[start - 1 : start] in ('"', "“", "‘", "'")
        and _CLOSING_QUOTE.match(text, end)
    ):
        return False
    return not (word[0].isupper() and _PROGRAMME_AFTER.match(text, end))


_RELATIVE_DAYS = {"today": 0, "tonight": 0, "yesterday": -1, "tomorrow": 1}


def _resolve_relative_day(m: Found, ctx: Context) -> Resolution:
    word = m.get("rd").lower()
    n = _RELATIVE_DAYS[word]
    if m.get("beyond"):
        n = -2 if word == "yesterday" else 2
    phrase = {0: "day of publication", -1: "day before publication"}.get(
        n, f"{abs(n)} days {'after' if n > 0 else 'before'} publication"
    )
    res = R.from_publication(ctx, Granularity.DAY, n, phrase)
    if word == "tonight" and not m.get("part"):
        return res
    return _with_part(res, m)


def _resolve_this_part(m: Found, ctx: Context) -> Resolution:
    word = m.get("which").lower()
    n = -1 if word in ("last", "yesterday") else 0
    res = R.from_publication(
        ctx, Granularity.DAY, n, "day before publication" if n else "day of publication"
    )
    return _with_part(res, m)


def _time_value(m: Found) -> str | None:
    t = m.get("time").lower().replace(" ", "")
    if t in ("noon", "midday"):
        return "12:00"
    if t == "midnight":
        return "24:00"
    clock = re.fullmatch(r"(\w+?)(?:[:.](\d\d))?(o['’]clock)?(?:inthe(\w+)|at(night))?", t)
    if clock is not None and (clock.group(3) or clock.group(4) or clock.group(5)):
        count = parse_count(clock.group(1))
        if count is None:
            return None
        hour = int(count)
        part = clock.group(4) or clock.group(5) or ""
        if hour < 12 and (part in ("afternoon", "evening") or (part == "night" and hour >= 6)):
            hour += 12
        return f"{hour:02d}:{clock.group(2) or '00'}"
    hm = re.fullmatch(r"(\d\d)(\d\d)", t) or re.match(r"(\d{1,2})(?:[:.](\d\d))?", t)
    if hm is None:
        return None
    hour, minute = int(hm.group(1)), int(hm.group(2) or 0)
    if "p" in t and hour < 12:
        hour += 12
    elif "a" in t and hour == 12:
        hour = 0
    return f"{hour:02d}:{minute:02d}"


def _resolve_part_of_day(m: Found, ctx: Context) -> Resolution:
    """ "mid-afternoon", "mid-morning Saturday": a part of the day named or last mentioned."""
    if m.get("rd"):
        base = _resolve_relative_day(m, ctx)
    elif m.get("wday"):
        base = _resolve_weekday(m, ctx)
    else:
        ref = ctx.reference
        if ref is None or ref.granularity is not Granularity.DAY:
            ref = ctx.published
        suffix = _part_suffix(m) or "TMO"  # "the early hours" are the morning
        if ref is None or ref.granularity is not Granularity.DAY:
            return Resolution(TIME, f"XXXX-XX-XX{suffix}", None, anchor="part of an unknown day")
        how = f"part of the day last mentioned {ref.iso()}"
        return Resolution(TIME, ref.iso() + suffix, ref, anchor=how, sets_reference=False)
    return _timed(base, _part_suffix(m))


def _timed(base: Resolution, suffix: str) -> Resolution:
    """A TIME: ``base``, a day, with a clock time or part of day ("T15:00", "TAF") added."""
    if base.period is None or base.period.granularity is not Granularity.DAY:
        return Resolution(TIME, base.value + suffix, base.period, base.weekday, base.anchor)
    return Resolution(TIME, base.period.iso() + suffix, base.period, None, base.anchor)


# "1653 local time (2153 GMT) on Tuesday": the weekday after the aside is the time's day.
_WEEKDAY_AFTER_ASIDE = re.compile(
    rf"(?:\s*\([^()\n]{{1,25}}\)|\))(?:,\s*|\s+)(?:on\s+)?(?P<wday>{WEEKDAY})(?!\w|-(?!-))"
    rf"(?:,?\s+(?:(?P<day>{DAY_NUM})\s+(?P<month>{MONTH})|(?P<month2>{MONTH})\s+(?P<day2>{DAY_NUM}))"
    rf"(?:,?\s+(?P<year>{YEAR}))?(?![\w%]))?",
    re.IGNORECASE,
)


def _weekday_after_aside(ctx: Context, end: int) -> Resolution | None:
    found = _WEEKDAY_AFTER_ASIDE.match(ctx.text, end)
    if found is None or not found.group("wday")[0].isupper():
        return None
    if found.group("month") or found.group("month2"):
        return _resolve_month_day(Found(found), ctx)  # "on Tuesday, 12 January"
    tense = ctx.tense(found.start("wday"), found.end("wday"))
    return R.weekday(ctx, weekday_number(found.group("wday")), 0, tense)


def _resolve_time(m: Found, ctx: Context, clock: str | None = None) -> Resolution | None:
    clock = clock or _time_value(m)
    if clock is None:
        return None
    if m.get("month"):
        found = _resolve_month_day(m, ctx)
        if found is None:
            return None
        base = found
    elif m.get("wday"):
        base = _resolve_weekday(m, ctx)
    elif m.get("rd"):
        base = _resolve_relative_day(m, ctx)
    elif (after := _weekday_after_aside(ctx, m.end())) is not None:
        base = after
    else:
        ref = ctx.reference
        if ref is None or ref.granularity is not Granularity.DAY:
            ref = ctx.published
        if ref is None or ref.granularity is not Granularity.DAY:
            return Resolution(TIME, f"XXXX-XX-XXT{clock}", None, anchor="time of an unknown day")
        return Resolution(
            TIME,
            f"{ref.iso()}T{clock}",
            ref,
            anchor=f"time on the day last mentioned {ref.iso()}",
            sets_reference=False,
        )
    return _timed(base, f"T{clock}")


def _range_start_clock(m: Found) -> str:
    """The clock time of a range's start, which borrows the end's "am" or "pm".

    "7-10pm" starts at 19:00, "9 to 11 am" at 09:00; a range across noon or
    midnight starts in the other half of the day ("11-1 pm" at 11:00, "10-12 pm" at 10:00).
    """
    first = re.match(r"(\d+)(?:[:.](\d\d))?", m.get("time"))
    assert first is not None  # the pattern guarantees it
    hour, minute = int(first.group(1)) % 12, int(first.group(2) or 0)
    end = int(m.get("end"))
    pm = m.get("mer").lower() == "p"
    if end == 12 or hour > end:
        pm = not pm
    return f"{hour + 12 * pm:02d}:{minute:02d}"


def _check_range_start(m: Found, text: str) -> bool:
    if re.search(r"[$£€]\s*$|[\d.,:/-]$", text[max(0, m.start() - 2) : m.start()]):
        return False  # "$5-10 pm", "1.7-9 am"
    # "between 2 and 4 p.m."; "2 and 4 pm" alone may count things
    return m.get("join").lower() != "and" or bool(
        re.search(r"\bbetween\s+$", text[max(0, m.start() - 9) : m.start()], re.IGNORECASE)
    )


# An hour placed only by its half of the day ("4 in the morning") needs a preposition.
_HOUR_OF_HALF_DAY = re.compile(r"\w+(?:[:.]\d\d)?\s+(?:in|at)\s", re.IGNORECASE)
_CLOCK_PREPOSITION = re.compile(
    r"\b(?:at|until|till|by|before|after|from|to|around|about|past|since)\s+$", re.IGNORECASE
)


def _check_time(m: Found, text: str) -> bool:
    if not capitalised(m, "wday", "month"):
        return False
    word = m.get("time")
    if (word[:1].isupper() and not word.isupper()) or re.search(
        r"high\s+$", text[max(0, m.start() - 6) : m.start()], re.IGNORECASE
    ):
        return False  # "High Noon"
    if "clock" in word and _THE_BEFORE.search(text, max(0, m.start() - 5), m.start()):
        return False  # "the six o'clock" is the news programme
    if _HOUR_OF_HALF_DAY.match(word) and not _CLOCK_PREPOSITION.search(
        text, max(0, m.start() - 8), m.start()
    ):
        return False  # "took two in the morning" counts pills; "at 4 in the morning" is a time
    return not re.search(r"[$£€]\s*$", text[max(0, m.start() - 2) : m.start()])


def _resolve_season(m: Found, ctx: Context) -> Resolution | None:
    code = SEASONS[m.get("season").lower()]
    year_text = m.get("year")
    if year_text:
        year = int(year_text)
        return Resolution(
            DATE,
            f"{year}-{code}",
            Period(Granularity.YEAR, dt.date(year, 1, 1)),
            anchor="season of an absolute year",
        )
    if m.get("yearw"):
        year_w = parse_year_words(m.get("yearw"))
        if year_w is None:
            return None
        return Resolution(
            DATE,
            f"{year_w}-{code}",
            Period(Granularity.YEAR, dt.date(year_w, 1, 1)),
            anchor="season of an absolute year",
        )
    rel = " ".join((m.get("rel") or "").lower().split())
    direction = {"last": -1, "next": 1}.get(rel, 0)
    if rel == "this past":
        return R.season_value(ctx, code, Tense.PAST, 0)
    if rel == "this coming":
        return R.season_value(ctx, code, Tense.FUTURE, 0)
    if rel == "this":
        return R.season_value(ctx, code, Tense.NONE, 0)
    return R.season_value(ctx, code, tense_of(m, ctx), direction)


_SEASON_CONTEXT = re.compile(
    r"\b(?:in|during|by|until|till|since|through|this|last|next|early|late|mid|the|of|that|each|every)\s*-?$",
    re.IGNORECASE,
)


def _check_season(m: Found, text: str) -> bool:
    if m.get("year") or m.get("yearw"):
        return True
    before = text[max(0, m.start() - 14) : m.start() + len(m.get("rel") or "")]
    after = text[m.end() : m.end() + 12]
    word = m.get("season").lower()
    if re.match(r"\s+of\s+(?!\d|nineteen|two\s+thousand)", after, re.IGNORECASE):
        return False
    if word in ("fall", "spring") and not (m.get("rel") or _SEASON_CONTEXT.search(before)):
        return False
    # "Arab Spring", "Prague Spring": a capitalised season after a name is a name.
    if (
        m.get("season")[0].isupper()
        and not m.get("rel")
        and re.search(r"[A-Z][a-z]+\s+$", text[max(0, m.start() - 20) : m.start()])
    ):
        return False
    return bool(m.get("rel")) or bool(
        _SEASON_CONTEXT.search(text[max(0, m.start() - 14) : m.start()])
    )


def _resolve_week_of(m: Found, ctx: Context) -> Resolution | None:
    day = _resolve_month_day(m, ctx)
    if day is None or day.period is None:
        return day
    week = Period.containing(Granularity.WEEK, day.period.start)
    return Resolution(DATE, week.iso(), week, anchor=f"week of {day.period.iso()}, {day.anchor}")


def _resolve_weekday_plural(m: Found, ctx: Context) -> Resolution:
    wd = weekday_number(m.get("wday"))
    suffix = _part_suffix(m)
    return Resolution(SET, f"XXXX-WXX-{wd}{suffix}", None, anchor="recurring weekday")


CALENDAR_RULES: tuple[Rule, ...] = (
    Rule(
        "iso date",
        r"\d{4}",
        compile_rule(r"\b(?P<y>(?:1[6-9]|20)\d\d)-(?P<mo>[01]\d)-(?P<d>[0-3]\d)\b"),
        _resolve_iso,
        reach=(5, 30),
    ),
    Rule(
        "numeric date",
        r"\d\d?",
        compile_rule(
            r"(?<![\d/.$])(?P<a>[01]?\d|[0-3]?\d)/(?P<b>[0-3]?\d)/(?P<y>\d{4}|\d\d)(?![\d/])"
        ),
        _resolve_numeric,
        reach=(10, 30),
        near=r"\d\d?/\d",
    ),
    Rule(
        "month day",
        MONTH_KEY,
        compile_rule(
            rf"(?:(?P<wday>{_DATE_WEEKDAY}),?\s+)?(?P<month>{MONTH})\s+(?:the\s+)?"
            rf"(?:(?P<day>{DAY_NUM})|(?P<dayw>{ORDINAL}))(?!\d)"
            rf"(?:(?:,\s*|\s+)(?P<year>{YEAR}){_OF_YEAR})?(?![\w%])"
            # "April 21-27, 2009": the start of a range takes the year written after its end
            rf"(?:(?=\s*[-–]\s*{DAY_NUM},?\s+(?P<year2>{YEAR})(?![\w%])))?",
            starts=f"{MONTH_START}|{_DATE_WEEKDAY_START}",
        ),
        _resolve_month_day,
        _check_month_day,
        reach=(30, 40),
    ),
    Rule(
        "day month",
        MONTH_KEY,
        compile_rule(
            rf"(?:(?P<wday>{_DATE_WEEKDAY}),?\s+)?(?:the\s+)?(?:(?P<day>{DAY_NUM})|(?P<dayw>{ORDINAL}))"
            # "27 February-5 March": a hyphen before the next day ends the date
            rf"(?:\s+of)?\s+(?P<month>{MONTH})(?:,?\s+(?P<year>{YEAR}){_OF_YEAR})?"
            rf"(?:{END}|(?=-\d))",
            starts=rf"\d|the|{ORDINAL_START}|{_DATE_WEEKDAY_START}",
        ),
        _resolve_month_day,
        _check_month_day,
        reach=(45, 30),
    ),
    Rule(
        # "12-14 January", "Monday 19 to Friday 23 October": the start of a range of days
        # takes the month written after the end; "April 14-18": the end takes the month
        # written before the start.
        "day range",
        DIGITS_KEY,
        compile_rule(
            rf"(?:(?P<wday>{WEEKDAY}),?\s+)?(?P<day>{DAY_NUM})(?=\s*(?P<join>-|–|to|and)\s*"
            rf"(?:{WEEKDAY},?\s+)?(?P<end>{DAY_NUM})\s+(?:of\s+)?(?P<month>{MONTH})"
            rf"(?:,?\s+(?P<year>{YEAR}))?(?![\w%]))"
            rf"|(?:{_AFTER_FIRST_DAY})(?P<last>{DAY_NUM})"
            rf"(?:,?\s+{YEAR})?(?![\w%-]|[.,]\d)",
            starts=rf"\d|{WEEKDAY_START}",
        ),
        _resolve_day_range,
        _check_day_range,
        reach=(30, 45),
        near=r"\d\d?(?:st|nd|rd|th)?\s*(?:-|–|to|and)\s*(?:[a-z]+day,?\s+)?\d"
        rf"|(?:{_AFTER_FIRST_DAY})\d\d?(?:st|nd|rd|th)?\b",
    ),
    Rule(
        # "the 12th of this month", "the first of next month"
        "day of a relative month",
        r"month",
        compile_rule(
            rf"the\s+(?:(?P<day>{DAY_NUM})|(?P<dayw>{ORDINAL}))\s+of\s+(?P<rel>this|next|last)"
            rf"\s+month{END}",
            starts="the",
        ),
        _resolve_day_of_relative_month,
        reach=(30, 10),
    ),
    Rule(
        "month year",
        MONTH_KEY,
        compile_rule(
            rf"(?:(?:early|late|mid|the\s+(?:end|beginning|start|middle)\s+of)[\s-]+)?"
            rf"(?P<month>{MONTH})(?:,|\s+of)?\s+"
            rf"(?:(?P<year>{YEAR})(?!\d|,\d|%)|(?P<yearw>{YEAR_WORDS}))",
            starts=rf"early|late|mid|the|{MONTH_START}",
        ),
        _resolve_month_year,
        lambda m, text: capitalised(m, "month"),
        reach=(40, 50),
    ),
    Rule(
        "month",
        MONTH_KEY,
        compile_rule(
            rf"(?:(?P<mod>early|late|mid|the\s+(?:end|beginning|start|middle)\s+of)[\s-]+)?"
            rf"(?:(?P<rel>last|next|this|this\s+past|this\s+coming)\s+)?(?P<month>{MONTH_FULL})"
            rf"(?:\s+(?:of\s+)?(?P<relyear>this|last|next)\s+year|\s+(?:of\s+)?(?P<that>that|the\s+same)\s+year)?{END}",
            starts=rf"early|late|mid|the|last|next|this|{MONTH_START}",
        ),
        _resolve_bare_month,
        _check_bare_month,
        reach=(50, 40),
    ),
    Rule(
        "year",
        # "2004nov", "1130gmt": a year glued to a word still triggers
        rf"\d{{4}}[a-z_]*|{FISCAL_YEAR_KEY}",
        compile_rule(
            rf"(?P<the>the\s+year\s+)?(?P<fiscal>fiscal(?:\s+year)?\s+)?"
            rf"(?:(?P<mod>early|mid|late|the\s+(?:end|beginning|start|middle|first\s+half|second\s+half"
            rf"|last\s+half|latter\s+half)\s+of)[\s-]+)?"
            rf"(?:(?P<year>{YEAR})(?![\d'’]|s\b)|(?P<fy>{FISCAL_YEAR}))"
            # "2009's pandemic": a possessive year ("1990's" stays the decade's)
            rf"|(?P<year2>{YEAR})(?<!0)(?=['’]s\b)"
        ),
        _resolve_year,
        _check_year,
        reach=(60, 30),
    ),
    Rule(
        # "the 1918-19 pandemic", "1998-2002", "the 2016/17 season": each end of a range
        # of years is a year
        "year range",
        r"\d{4}|\d\d",
        compile_rule(
            rf"(?P<year>{YEAR})(?=[-–/](?:{YEAR}|\d\d)\b)|(?<=\d[-–/])(?P<end>{YEAR}|\d\d)\b"
        ),
        _resolve_year_range,
        lambda m, text: _year_range(m, text) is not None,
        reach=(10, 10),
        near=r"(?:1[6-9]|20)\d\d[-–/]\d\d|\d\d(?<=(?:1[6-9]|20)\d\d[-–/]\d\d)",
    ),
    Rule(
        "year in words",
        r"nineteen|thousand",
        compile_rule(
            rf"(?:the\s+year\s+)?(?P<yearw>{YEAR_WORDS})(?!\w|-(?!-))(?!\s+(?:more\s+)?{UNIT})"
        ),
        _resolve_year_words,
        reach=(25, 45),
    ),
    Rule(
        "decade",
        r"\d{3}0s?|\d0s|(?:twen|thir|for|fif|six|seven|eigh|nine)ties",
        compile_rule(
            rf"{_HALF_OF}(?:the\s+)?(?:(?:early|mid|late)[\s-]+)?(?:(?P<dec>(?:1[0-9]|20)\d0)['’]?s"
            rf"|['’](?P<short>\d0)s){END}"
            # Without "the", "in their early twenties" is an age.
            rf"|{_HALF_OF}the\s+(?:(?:early|mid|late)[\s-]+)?(?P<dw>twenties|thirties|forties"
            rf"|fifties|sixties|seventies|eighties|nineties){END}"
        ),
        _resolve_decade,
        reach=(50, 30),
    ),
    Rule(
        "century",
        r"century",
        compile_rule(
            rf"(?:the\s+)?(?:(?:early|mid|late)[\s-]+)?(?P<ord>\d{{1,2}}(?:st|nd|rd|th)|{ORDINAL})[\s-]+century{END}"
        ),
        _resolve_century,
        reach=(35, 30),
    ),
    Rule(
        "weekday",
        rf"{WEEKDAY_KEY}|{WEEKDAY_ABBR_KEY}",
        compile_rule(
            rf"(?:(?:early|late|earlier|later)\s+)?(?:(?P<rel>last|next|this|this\s+past|this\s+coming"
            rf"|the\s+previous|the\s+following|the\s+next|that|the\s+same|past|coming)\s+)?"
            rf"(?:(?P<wday>{WEEKDAY})(?:\s+(?P<part>{PART_OF_DAY}))?{END}"
            # "on Tues.", "Fri. night", "Mon.-Fri.": an abbreviation with its period
            rf"|(?P<wday2>{WEEKDAY_ABBR_DOTTED})(?:\s+(?P<part2>{PART_OF_DAY}){END})?)"
        ),
        _resolve_weekday,
        _check_weekday_or_abbreviation,
        reach=(35, 30),
    ),
    Rule(
        "weekday plural",
        WEEKDAY_KEY + "s?",
        compile_rule(
            rf"(?:(?:on|every|each)\s+)?(?P<wday>{WEEKDAY})"
            rf"(?:s(?:\s+(?P<part>{PART_OF_DAY})s?)?|\s+(?P<part2>{PART_OF_DAY})s){END}"
        ),
        _resolve_weekday_plural,
        _check_weekday,
        reach=(15, 30),
    ),
    Rule(
        "relative day",
        r"today|yesterday|tomorrow|tonight",
        compile_rule(
            rf"(?:(?:early|late|earlier|later)\s+)?(?:the\s+day\s+(?P<beyond>before|after)\s+)?"
            rf"(?P<rd>today|yesterday|tomorrow|tonight)(?!\w|-(?!-))(?:\s+(?P<part>{PART_OF_DAY}))?"
        ),
        _resolve_relative_day,
        _check_relative_day,
        reach=(35, 30),
    ),
    Rule(
        "this morning",
        PART_KEY,
        compile_rule(
            rf"(?:(?:early|late|later|earlier)\s+)?(?P<which>this|last|yesterday|tomorrow)\s+(?P<part>{PART_OF_DAY}){END}"
        ),
        _resolve_this_part,
        reach=(30, 30),
    ),
    Rule(
        "time",
        rf"{DIGITS_KEY}|noon|midnight|midday|clock|{PART_KEY}",
        compile_rule(
            rf"(?:(?:about|around|approximately)\s+(?=\d))?"
            # "1737 GMT", also glued as in "1737GMT" (BBC style)
            rf"(?P<time>{TIME_OF_DAY})(?:\s*{TIME_ZONE}|\s+(?:hours|hrs)\b)?"
            # "9 a.m. Sat.": after a clock time an abbreviated weekday is a day
            rf"(?:(?:,\s*|\s+)(?:on\s+)?(?:(?P<wday>{WEEKDAY}|{WEEKDAY_ABBR_DOTTED})"
            rf"(?:,?\s+(?P<month>{MONTH})\s+(?P<day>{DAY_NUM})"
            rf"(?:,?\s+(?P<year>{YEAR}))?"
            # "15:47 GMT, Friday, 22 January 2010", "9am on Tuesday 2 February"
            rf"|,?\s+(?P<day4>{DAY_NUM})\s+(?P<month4>{MONTH})(?:,?\s+(?P<year4>{YEAR}))?)?"
            rf"|(?P<rd>today|yesterday|tomorrow)"
            rf"|(?P<month2>{MONTH})\s+(?P<day2>{DAY_NUM})(?:,?\s+(?P<year2>{YEAR}))?"
            rf"|(?P<day3>{DAY_NUM})\s+(?P<month3>{MONTH})(?:,?\s+(?P<year3>{YEAR}))?)(?![\w%]))?"
        ),
        _resolve_time,
        _check_time,
        reach=(25, 75),
        near=r"noon|midnight|midday|clock|\d\d?(?:[:.]\d\d)?\s*[ap]\.?\s?m\b|\d\d?:\d\d"
        r"|\d\d?\s+o['’]clock|\d{4}\s*\(\s*\d{3,4}\s*(?:gmt|utc)"
        r"|\d\d?(?:[:.]\d\d)?\s+(?:in\s+the\s+(?:morning|afternoon|evening)|at\s+night)"
        r"|(?<=\sin\sthe\s)(?:morning|afternoon|evening)|(?<=\sat\s)night"
        r"|\d\d?\.\d\d\s*(?:gmt|utc|[ecmp][sd]t|bst|cet)|\d{4}\s*(?:gmt|utc|[ecmp][sd]t|bst|cet|local\s+time|hours|hrs)",
    ),
    Rule(
        # "7-10pm", "2.45-5.00 pm", "from 9 to 11 am", "between 2 and 4 p.m.": the start
        # of a range of clock times, written without its "am" or "pm".
        "time range start",
        DIGITS_KEY,
        compile_rule(
            r"(?<![\d.,:])(?P<time>(?:[01]?\d|2[0-3])(?:[:.][0-5]\d)?)(?=\s*(?P<join>-|–|to|and)\s*"
            r"(?P<end>[01]?\d|2[0-3])(?:[:.][0-5]\d)?\s*(?P<mer>[ap])\.?\s?m\b)"
        ),
        lambda m, ctx: _resolve_time(m, ctx, _range_start_clock(m)),
        _check_range_start,
        reach=(5, 40),
        near=r"\d\d?(?:[:.]\d\d)?\s*(?:-|–|to|and)\s*\d\d?(?:[:.]\d\d)?\s*[ap]\.?\s?m\b",
    ),
    Rule(
        "day before",
        r"day|night",
        compile_rule(
            r"the\s+(?:day|night)\s+(?P<dir>before|after)(?!\s+(?:yesterday|tomorrow))(?=\s*[,.;)]|\s+(?:that|the|it|he|she|they|his|her|their)\b)"
        ),
        lambda m, ctx: R.from_reference(
            ctx,
            Granularity.DAY,
            -1 if m.get("dir").lower() == "before" else 1,
            "day " + m.get("dir").lower(),
        ),
        reach=(20, 50),
    ),
    Rule(
        "season",
        r"spring|summer|fall|autumn|winter",
        compile_rule(
            rf"(?:(?P<rel>this\s+past|this\s+coming|this|last|next|early|late|mid|the\s+early|the\s+late)[\s-]+)?"
            rf"(?P<season>{SEASON}){END}(?:\s+(?:of\s+)?(?:(?P<year>{YEAR})(?!\d)|(?P<yearw>{YEAR_WORDS})))?"
        ),
        _resolve_season,
        _check_season,
        reach=(25, 45),
    ),
    HOLIDAY_RULE,
    Rule(
        "week of",
        MONTH_KEY,
        compile_rule(
            rf"the\s+week\s+of\s+(?P<month>{MONTH})\s+(?P<day>{DAY_NUM})(?:,?\s+(?P<year>{YEAR}))?(?![\w%])"
        ),
        lambda m, ctx: _resolve_week_of(m, ctx),
        lambda m, text: capitalised(m, "month"),
        reach=(25, 40),
    ),
    Rule(
        "part of day",
        PART_KEY,
        compile_rule(
            rf"(?:mid|early|late)[\s-]?(?P<part>morning|afternoon|evening)"
            rf"(?:\s+(?:(?P<rd>yesterday|today|tomorrow)|(?:on\s+)?(?P<wday>{WEEKDAY})))?{END}"
        ),
        _resolve_part_of_day,
        _check_weekday,
        reach=(10, 30),
    ),
    Rule(
        # "in the early hours", "the small hours of the morning": the morning of the day last
        # mentioned. Before a date ("the early hours of Tuesday") only the date is tagged,
        # as TimeML corpora annotate it ("Thursday morning", "Oct. 23").
        "early hours",
        r"hours",
        compile_rule(
            r"the\s+(?:early|small|wee)\s+hours(?:\s+of\s+the\s+morning)?(?!\w|-(?!-))(?!\s+of\b)"
        ),
        _resolve_part_of_day,
        reach=(20, 30),
    ),
    Rule(
        "next morning",
        PART_KEY,
        compile_rule(rf"the\s+(?P<rel>next|following|previous)\s+(?:{PART_OF_DAY}){END}"),
        lambda m, ctx: R.from_reference(
            ctx,
            Granularity.DAY,
            -1 if m.get("rel").lower() == "previous" else 1,
            "day " + ("before" if m.get("rel").lower() == "previous" else "after"),
            keep_finer=False,
        ),
        reach=(25, 30),
    ),
)
