"""What every recognition rule shares: the match view, the rule record, pattern fragments.

Fragments are regular-expression source strings; :func:`compile_rule` compiles
a rule's pattern case-insensitively, starting only at the first character of
a word, which makes scanning a text several times faster.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass, field

from timeline.dates_anchor import Context, Resolution, Tense
from timeline.dates_lexicon import (
    DAY_NUM,
    MONTH,
    MONTHS,
    NUMBER_WORD,
    UNIT_WORD,
    WEEKDAY,
    trie_pattern,
)


class Found:
    """A rule's match: its span and named groups.

    A missing group reads as None, and a group ``x`` falls back to ``x2``, ``x3``
    and ``x4``, so a pattern may spell one part several ways in different alternatives.
    """

    __slots__ = ("_groups", "_span", "text")

    def __init__(self, m: re.Match[str]) -> None:
        self._span = m.span()
        self._groups = m.groupdict()
        self.text = m.group(0)

    def group(self, name: str) -> str | None:
        """The text of group ``name`` (or ``name2`` to ``name4``), None if it took no part."""
        for key in (name, name + "2", name + "3", name + "4"):
            value = self._groups.get(key)
            if value is not None:
                return value
        return None

    def get(self, name: str) -> str:
        """The text of group ``name`` (or ``name2`` to ``name4``), empty if it took no part."""
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
    """A kind of time expression: how to find it, veto it and resolve it.

    Attributes:
        name: what the rule recognises, for error lists and debugging.
        key: the trigger words every match contains (a month name, a unit word),
            as a lower-case pattern that a whole trigger word must match; the
            rule's full pattern runs only near such words (see :data:`TRIGGER`).
        pattern: the full pattern, from :func:`compile_rule`.
        resolve: turns a match into a resolution, or None to drop it.
        check: vetoes a match from its context before any resolution.
        reach: how many characters a match can extend before the start and
            after the end of a key word; the pattern runs only that far from it.
        near: what the lowered text must look like from the key word on (or,
            by look-behind, just before it) for the key to count: "3 p.m.", not "3".
    """

    name: str
    key: str
    pattern: re.Pattern[str]
    resolve: Resolver
    check: Check | None = None
    reach: tuple[int, int] = (90, 70)
    near: str | None = None
    key_pattern: re.Pattern[str] = field(init=False, repr=False, compare=False)
    near_pattern: re.Pattern[str] | None = field(init=False, repr=False, compare=False)

    def __post_init__(self) -> None:
        object.__setattr__(self, "key_pattern", re.compile(self.key))
        near = re.compile(self.near) if self.near is not None else None
        object.__setattr__(self, "near_pattern", near)

    def triggered_by(self, word: str) -> bool:
        """Whether the trigger word ``word`` (lower case) is one of this rule's keys."""
        return self.key_pattern.fullmatch(word) is not None


_LOWER = str.maketrans("ABCDEFGHIJKLMNOPQRSTUVWXYZ", "abcdefghijklmnopqrstuvwxyz")


def ascii_lower(text: str) -> str:
    """``text`` with A-Z lowered; unlike ``str.lower`` it never changes the length."""
    return text.translate(_LOWER)


# Every rule's key words begin with one of these, or with a digit. A trigger word runs
# from such a beginning, at the start of a word, to the end of the word.
TRIGGER_PREFIXES = (
    *("jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"),
    *("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"),
    *("today", "yesterday", "tomorrow", "tonight", "noon", "midnight", "midday"),
    *("morning", "afternoon", "evening", "night", "spring", "summer", "fall", "autumn"),
    *("winter", "christmas", "halloween", "valentine", "independence", "thanksgiving"),
    *("labor", "memorial", "election", "easter", "boxing", "ago", "earlier", "later"),
    *("previously", "hence", "now", "second", "minute", "hour", "day", "week", "fortnight"),
    *("month", "quarter", "year", "decade", "centur", "millenni", "half", "every", "each"),
    *("daily", "nightly", "weekly", "biweekly", "monthly", "quarterly", "annually"),
    *("yearly", "hourly", "current", "present", "recent", "late", "soon", "future", "term"),
    *("past", "ahead", "come", "coming", "last", "nineteen", "thousand", "period", "q1", "q2"),
    *("q3", "q4", "fy", "hr", "mins", "secs", "yrs", "clock"),
    *("twenties", "thirties", "forties", "fifties", "sixties", "seventies", "eighties"),
    "nineties",
    # abbreviated weekdays with their period ("on Tues."): alone, "wed" and "sun" are words
    *("mon.", "tue.", "tues.", "wed.", "thu.", "thur.", "thurs.", "fri.", "sat.", "sun."),
)
# One scan of the ASCII-lowered text finds every trigger word ("1990s", "3pm" too).
TRIGGER = re.compile(rf"\b{trie_pattern(TRIGGER_PREFIXES)}\w*|\b\d\w*")

MONTH_KEY = "|".join(sorted(MONTHS))
WEEKDAY_KEY = r"(?:mon|tues|wednes|thurs|fri|satur|sun)day"
WEEKDAY_ABBR_KEY = r"(?:mon|tues?|wed|thu(?:rs?)?|fri|sat|sun)\."
PART_KEY = r"morning|afternoon|evening|night"
AGO_KEY = r"ago|earlier|later|previously|hence|now"
UNIT_KEY = UNIT_WORD
DIGITS_KEY = r"\d\w*"


# The end of a word: no letter or hyphen follows, but a dash written "--" may.
END = r"(?!\w|-(?!-))"
YEAR = r"(?:1[0-9]|20)\d\d"
# "FY2016", "FY 2016", "FY16": a fiscal year, written as its calendar year as TimeBank does
FISCAL_YEAR = rf"(?-i:FY)(?:\s?{YEAR}|['’]?\d\d)(?!\w)"
FISCAL_YEAR_KEY = r"fy(?:\d\d){0,2}"
YEAR_WORDS = rf"(?:nineteen[- ]{NUMBER_WORD}|two\s+thousand(?:\s+(?:and\s+)?{NUMBER_WORD})?)"
APPROX = (
    r"(?:about|nearly|almost|some|roughly|approximately|around|more\s+than|less\s+than|over"
    r"|under|just|only|barely|at\s+least|at\s+most|up\s+to|no\s+more\s+than|fewer\s+than"
    r"|close\s+to|well\s+over|another|an\s+additional|a\s+full)"
)
_CLOCK_WORD = r"(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)"
# What places an hour in the morning or the evening half of the day.
_HALF_OF_DAY = r"(?:\s+in\s+the\s+(?:morning|afternoon|evening)|\s+at\s+night)(?!\w)"
TIME_OF_DAY = (
    r"(?:(?<![\d.,:])(?:[01]?\d|2[0-3])(?:[:.][0-5]\d)?\s*(?:a\.?\s?m\b\.?|p\.?\s?m\b\.?)"
    r"|(?:[01]?\d|2[0-3]):[0-5]\d(?=\s*(?:[A-Z]{2,4}T|GMT|UTC|hours?)\b)|(?:noon|midnight|midday)(?!\w)"
    # "At 23:48 1st Nov 2009", "20:06 on Tuesday": a 24-hour time the date after it places
    rf"|(?<![\d.,:])(?:[01]?\d|2[0-3]):[0-5]\d(?![\d:])(?=,?\s+(?:on\s+)?(?:{DAY_NUM}\s+{MONTH}"
    rf"|{MONTH}\s+\d|{WEEKDAY})\b)"
    # "22.58 BST": a dotted 24-hour time with its zone (British style)
    r"|(?<![\d.,])(?:[01]?\d|2[0-3])\.[0-5]\d(?=\s*(?:GMT|UTC|[ECMP][SD]T|BST|CET|CEST)\b)"
    # 24-hour "hhmm": only where a zone, "local time" or "hours" says it is a clock time
    # ("1653 local time", "0400 hours", "at 1500 hours"), never a bare year-like number.
    r"|(?:[01]\d|2[0-3])[0-5]\d(?=\s*(?:GMT|UTC|[ECMP][SD]T|BST|CET|CEST|local\s+time)\b)"
    r"|(?:0\d|(?<=\bat\s)(?:1\d|2[0-3]))[0-5]\d(?=\s*(?:hours|hrs)\b)"
    # "at 1653 (2153 GMT)": a 24-hour time before its GMT equivalent
    r"|(?<![\d.,])(?:[01]\d|2[0-3])[0-5]\d(?=\s*\(\s*\d{3,4}\s*(?:GMT|UTC)\b)"
    # "5 o'clock in the afternoon", "at ten o'clock", "at 4 in the morning", "at 11.30 at night"
    rf"|(?:[01]?\d|2[0-3]|{_CLOCK_WORD})\s+o['’]clock(?:{_HALF_OF_DAY})?"
    rf"|(?<![\d.,:])(?:(?:[01]?\d|2[0-3])(?:[:.][0-5]\d)?|{_CLOCK_WORD}){_HALF_OF_DAY})"
)
# Zone abbreviations, upper case only ("ET", "IST", "AEST"; not "PORT" in a dateline).
TIME_ZONE = (
    r"(?:(?-i:(?:(?:[ECMP]|A[ECW]|NZ|HK|SG|IC)[SD]?T|[IJK]ST|SAST|CEST?|EEST?|BST|GMT|UTC)(?![\w&]))"
    r"|GMT|UTC|local\s+time)"
)
PART_OF_DAY = r"(?:morning|afternoon|evening|night)"
HYPHEN_UNIT = r"(?:second|minute|hour|day|week|month|year|decade|century)"


def compile_rule(pattern: str, starts: str = "") -> re.Pattern[str]:
    """A rule's pattern, case-insensitive, matching only from the start of a word.

    Args:
        pattern: the rule's regular expression.
        starts: optionally, a cheap pattern every match begins with (see
            :data:`COUNT_START`); positions where it fails are skipped at once.
    """
    # Starting only at a word's first character makes the scan several times faster.
    first = rf"(?={starts})" if starts else ""
    return re.compile(rf"(?<!\w)(?=[\w'’]){first}(?:{pattern})", re.IGNORECASE)


# The words a count can begin with ("three", "several", "a couple of", "nearly two",
# "the past two"), for :func:`compile_rule`'s ``starts``: digits and a trie of words.
_COUNT_WORDS = (
    *("the", "these", "those", "a", "an", "its", "their", "his", "her", "past", "last"),
    *("next", "first", "previous", "coming", "final", "remaining", "latest", "following"),
    *("initial", "ensuing", "same", "entire", "whole", "full", "preceding", "prior"),
    *("about", "nearly", "almost", "some", "roughly", "approximately", "around", "more"),
    *("less", "over", "under", "just", "only", "barely", "at", "up", "no", "fewer"),
    *("close", "well", "another", "couple", "several", "few", "many", "hundred"),
    *("thousand", "zero", "one", "two", "three", "four", "five", "six", "seven", "eight"),
    *("nine", "ten", "eleven", "twelve", "thirteen", "fourteen", "fifteen", "sixteen"),
    *("seventeen", "eighteen", "nineteen", "twenty", "thirty", "forty", "fifty", "sixty"),
    *("seventy", "eighty", "ninety", "multi", "half"),
)
COUNT_START = rf"\d|{trie_pattern(_COUNT_WORDS)}"


def capitalised(m: Found, *groups: str) -> bool:
    """Whether each of ``groups`` that matched starts with a capital ("May", not "may")."""
    for name in groups:
        word = m.group(name)
        if word and not word[0].isupper():
            return False
    return True


_SENTENCE_START = re.compile(r"(?:^|[.!?:;\n\"“‘`(—-])\s*$")


def sentence_initial(text: str, start: int) -> bool:
    """Whether ``text[start:]`` opens a sentence, a quotation or a line."""
    return _SENTENCE_START.search(text, max(0, start - 4), start) is not None


# What a title's time word follows: a capitalised word, "the", a number ("Radio 4 Today").
_TITLE_BEFORE = re.compile(r"(?:\b[A-Z][\w.&'’-]*|\bthe|\d)\s*[\"“]?\s*$")


def in_title(text: str, start: int, end: int) -> bool:
    """Whether the time word at ``text[start:end]`` is capitalised inside a name.

    Mid-sentence, after a capitalised word or "the", a capitalised "Today", "Daily"
    or "Now" belongs to a title: "USA Today", the "Today" programme, the "Anchorage
    Daily News", "Hope for Haiti Now".
    """
    word = text[start:end]
    return (
        word[:1].isupper()
        and not word.isupper()
        and not sentence_initial(text, start)
        and _TITLE_BEFORE.search(text, max(0, start - 30), start) is not None
    )


def tense_of(m: Found, ctx: Context) -> Tense:
    """The tense of the clause around the match."""
    return ctx.tense(m.start(), m.end())


def year_number(text: str, ctx: Context) -> int:
    """A year of four digits, or of two ("'16", "FY16") in the century around publication."""
    digits = re.sub(r"\D", "", text)
    if len(digits) == 4:
        return int(digits)
    yy = int(digits)
    base = ctx.published.start.year if ctx.published else 2000
    century = base // 100 * 100
    year = century + yy
    return year - 100 if year > base + 10 else year
