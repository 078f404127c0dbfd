"""Word tables and regular-expression fragments for the date resolver.

Pure data and small parsers: month and weekday names, numbers in words,
units of time, seasons. Nothing here knows about anchoring.
"""

from __future__ import annotations

import re

MONTHS: dict[str, int] = {
    "january": 1,
    "february": 2,
    "march": 3,
    "april": 4,
    "may": 5,
    "june": 6,
    "july": 7,
    "august": 8,
    "september": 9,
    "october": 10,
    "november": 11,
    "december": 12,
    "jan": 1,
    "feb": 2,
    "mar": 3,
    "apr": 4,
    "jun": 6,
    "jul": 7,
    "aug": 8,
    "sep": 9,
    "sept": 9,
    "oct": 10,
    "nov": 11,
    "dec": 12,
}

WEEKDAYS: dict[str, int] = {
    "monday": 1,
    "tuesday": 2,
    "wednesday": 3,
    "thursday": 4,
    "friday": 5,
    "saturday": 6,
    "sunday": 7,
}

SEASONS: dict[str, str] = {
    "spring": "SP",
    "summer": "SU",
    "fall": "FA",
    "autumn": "FA",
    "winter": "WI",
}

# First month of each season, for ordering a season against a date.
SEASON_START_MONTH: dict[str, int] = {"SP": 3, "SU": 6, "FA": 9, "WI": 12}

PARTS_OF_DAY: dict[str, str] = {
    "morning": "MO",
    "afternoon": "AF",
    "evening": "EV",
    "night": "NI",
}

_UNITS: dict[str, str] = {
    "second": "S",
    "minute": "MIN",
    "hour": "H",
    "day": "D",
    "week": "W",
    "weekend": "WE",
    "fortnight": "FN",
    "month": "M",
    "quarter": "Q",
    "year": "Y",
    "decade": "DE",
    "century": "CE",
    "centurie": "CE",
    "millennium": "ML",
    "millennia": "ML",
    "hr": "H",
    "min": "MIN",
    "sec": "S",
    "yr": "Y",
}

_ONES: dict[str, int] = {
    "zero": 0,
    "one": 1,
    "two": 2,
    "three": 3,
    "four": 4,
    "five": 5,
    "six": 6,
    "seven": 7,
    "eight": 8,
    "nine": 9,
    "ten": 10,
    "eleven": 11,
    "twelve": 12,
    "thirteen": 13,
    "fourteen": 14,
    "fifteen": 15,
    "sixteen": 16,
    "seventeen": 17,
    "eighteen": 18,
    "nineteen": 19,
}
_TENS: dict[str, int] = {
    "twenty": 20,
    "thirty": 30,
    "forty": 40,
    "fifty": 50,
    "sixty": 60,
    "seventy": 70,
    "eighty": 80,
    "ninety": 90,
}
ORDINALS: dict[str, int] = {
    "first": 1,
    "second": 2,
    "third": 3,
    "fourth": 4,
    "fifth": 5,
    "sixth": 6,
    "seventh": 7,
    "eighth": 8,
    "ninth": 9,
    "tenth": 10,
    "eleventh": 11,
    "twelfth": 12,
    "thirteenth": 13,
    "fourteenth": 14,
    "fifteenth": 15,
    "sixteenth": 16,
    "seventeenth": 17,
    "eighteenth": 18,
    "nineteenth": 19,
    "twentieth": 20,
    "thirtieth": 30,
    "1st": 1,
    "2nd": 2,
    "3rd": 3,
    "4th": 4,
}

# Vague quantities: the count is unknown ("several years" is PXY).
VAGUE_COUNTS = frozenset({"several", "a few", "few", "some", "many"})


def _alt(words: list[str] | tuple[str, ...]) -> str:
    """A non-capturing alternation, longest words first so prefixes do not win."""
    return "(?:" + "|".join(sorted((re.escape(w) for w in words), key=len, reverse=True)) + ")"


_Trie = dict[str, "_Trie"]


def trie_pattern(words: tuple[str, ...]) -> str:
    """An alternation of ``words`` factored by common prefixes, which scans much faster.

    >>> trie_pattern(("day", "days", "dec"))
    '(?:d(?:ays?|ec))'
    """
    tree: _Trie = {}
    for word in words:
        node = tree
        for ch in word:
            node = node.setdefault(ch, {})
        node[""] = {}

    def emit(node: _Trie) -> str:
        alts = [re.escape(ch) + emit(sub) for ch, sub in sorted(node.items()) if ch]
        if not alts:
            return ""
        body = alts[0] if len(alts) == 1 else "(?:" + "|".join(alts) + ")"
        if "" in node:
            body = (body if len(body) == 1 else f"(?:{body})") + "?"
        return body

    return f"(?:{emit(tree)})"


MONTH_FULL = _alt([m for m, n in MONTHS.items() if (len(m) > 3 and m != "sept") or m == "may"])
MONTH_ABBR = r"(?:Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec)\.?"
MONTH = rf"(?:{MONTH_FULL}|{MONTH_ABBR})"
WEEKDAY = _alt(list(WEEKDAYS))
# Abbreviated weekdays before a written date ("Wed Apr 29, 2009"); alone, "Sat" and
# "Sun" are words, so an abbreviation alone needs its capital and its period ("on Tues.").
WEEKDAY_ABBR = r"(?-i:Mon|Tue|Tues|Wed|Thu|Thur|Thurs|Fri|Sat|Sun)\.?"
WEEKDAY_ABBR_DOTTED = r"(?-i:Mon|Tues?|Wed|Thu(?:rs?)?|Fri|Sat|Sun)\."
SEASON = _alt(list(SEASONS))
_ONE_WORD = _alt(list(_ONES))
_TEN_WORD = _alt(list(_TENS))
_SMALL_WORD = rf"(?:{_TEN_WORD}(?:[- ]{_ONE_WORD})?|{_ONE_WORD})"
NUMBER_WORD = (
    rf"(?:(?:{_SMALL_WORD}|a)\s+(?:hundred|thousand)(?:\s+(?:and\s+)?{_SMALL_WORD})?"
    rf"|{_SMALL_WORD}|hundred|thousand)"
)
DIGITS = r"(?:\d{1,3}(?:,\d{3})+|\d+(?:\.\d+)?)(?:\s+1/2)?"
# "half a century", "a quarter of a century", "three quarters of an hour"
_FRACTION = r"(?:half|(?:a|one|three)\s+quarters?\s+of)\s+an?"
COUNT = (
    rf"(?:{DIGITS}|{_FRACTION}|{NUMBER_WORD}(?:\s+and\s+a\s+half)?|an?|a\s+couple\s+of|couple\s+of"
    r"|several|a\s+few|few|some|many)"
)
_UNIT_WORDS = (
    r"seconds?|minutes?|hours?|days?|weeks?|fortnights?|months?|quarters?|years?"
    r"|decades?|centur(?:y|ies)|millenni(?:um|a)"
)
# Abbreviations, read only in lower case after a number: "15 mins ago", "2 hrs", "10 yrs".
UNIT_ABBR = r"hrs?|mins|secs|yrs"
UNIT = rf"(?:{_UNIT_WORDS}|(?<=\d\s)(?-i:{UNIT_ABBR}))"
# The unit words as whole trigger words, for a rule's key.
UNIT_WORD = rf"(?:{_UNIT_WORDS}|{UNIT_ABBR})"
ORDINAL = _alt(list(ORDINALS))
DAY_NUM = r"(?:[12]\d|3[01]|0?[1-9])(?:st|nd|rd|th)?"


def parse_count(text: str) -> float | None:
    """The number a count phrase stands for, or None when it is vague.

    >>> parse_count("two"), parse_count("2 1/2"), parse_count("twenty-four")
    (2.0, 2.5, 24.0)
    """
    t = " ".join(text.lower().replace("-", " ").split())
    if t in VAGUE_COUNTS:
        return None
    half = 0.0
    if t.endswith(" and a half"):
        t, half = t[: -len(" and a half")], 0.5
    if t.endswith(" 1/2"):
        t, half = t[:-4], 0.5
    if t in ("a", "an"):
        return 1.0 + half
    fraction = re.fullmatch(r"(half|a quarter of|one quarter of|three quarters of) an?", t)
    if fraction:
        return {"half": 0.5, "three quarters of": 0.75}.get(fraction.group(1), 0.25)
    if t in ("a couple of", "couple of"):
        return 2.0 + half
    digits = t.replace(",", "")
    try:
        return float(digits) + half
    except ValueError:
        pass
    total, current = 0, 0
    for word in t.split():
        if word in _ONES:
            current += _ONES[word]
        elif word in _TENS:
            current += _TENS[word]
        elif word in ("hundred", "thousand"):
            current = (current or 1) * (100 if word == "hundred" else 1000)
            if word == "thousand":
                total, current = total + current, 0
        elif word not in ("a", "and"):
            return None
    return float(total + current) + half


def parse_year_words(text: str) -> int | None:
    """A year written in words: "nineteen ninety-six" is 1996, "two thousand" is 2000."""
    words = text.lower().replace("-", " ").split()
    if words[:2] == ["two", "thousand"]:
        rest = parse_count(" ".join(words[2:]).removeprefix("and ")) if words[2:] else 0.0
        return None if rest is None else 2000 + int(rest)
    if len(words) >= 2 and words[0] in _ONES and _ONES[words[0]] >= 10:
        rest = parse_count(" ".join(words[1:]))
        if rest is not None and rest < 100:
            return _ONES[words[0]] * 100 + int(rest)
    return None


def unit_code(word: str) -> str:
    """The unit code of a unit word: "years" is "Y", "minutes" is "MIN"."""
    w = word.lower()
    for suffix in ("s", ""):
        stem = w.removesuffix(suffix) if suffix else w
        if stem in _UNITS:
            return _UNITS[stem]
    if w.startswith("centur"):
        return "CE"
    raise ValueError(f"not a unit of time: {word!r}")


def month_number(word: str) -> int:
    """1..12 for a month name or abbreviation ("Sept." is 9)."""
    return MONTHS[word.lower().rstrip(".")]


_WEEKDAY_BY_PREFIX = {name[:3]: number for name, number in WEEKDAYS.items()}


def weekday_number(word: str) -> int:
    """The ISO weekday of a weekday name, plural or abbreviation ("Thurs." is 4)."""
    return _WEEKDAY_BY_PREFIX[word[:3].lower()]
