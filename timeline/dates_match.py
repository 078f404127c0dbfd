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
from timeline.dates_lexicon import NUMBER_WORD


class Found:
    """A rule's match: its span and named groups.

    A missing group reads as None, and a group ``x`` falls back to ``x2`` and
    ``x3``, so a pattern may spell one part several ways in different alternatives.
    """

    __slots__ = ("_groups", "_span", "text")

    def __init__(self, m: re.Match[str]) -> None:
        self._span = m.span()
        self._groups = m.groupdict()
        self.text = m.group(0)

    def group(self, name: str) -> str | None:
        """The text of group ``name`` (or ``name2``, ``name3``), None when it did not take part."""
        for key in (name, name + "2", name + "3"):
            value = self._groups.get(key)
            if value is not None:
                return value
        return None

    def get(self, name: str) -> str:
        """The text of group ``name`` (or ``name2``, ``name3``), empty when it did not take part."""
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
        key: a cheap pattern that every match contains (a month name, a unit
            word); the rule's full pattern runs only near its matches.
        pattern: the full pattern, from :func:`compile_rule`.
        resolve: turns a match into a resolution, or None to drop it.
        check: vetoes a match from its context before any resolution.
    """

    name: str
    key: str
    pattern: re.Pattern[str]
    resolve: Resolver
    check: Check | None = None
    key_pattern: re.Pattern[str] = field(init=False, repr=False, compare=False)

    def __post_init__(self) -> None:
        # Keys are lower case and run on ASCII-lowered text: much faster than IGNORECASE.
        object.__setattr__(self, "key_pattern", re.compile(self.key))

    def windows(self, lowered: str) -> list[tuple[int, int]]:
        """Stretches of the text around the key's matches, merged, where a match can lie.

        Args:
            lowered: the text with ASCII letters lowered (:func:`ascii_lower`), same length.
        """
        text = lowered
        out: list[tuple[int, int]] = []
        for m in self.key_pattern.finditer(text):
            lo, hi = max(0, m.start() - _BEFORE_KEY), min(len(text), m.end() + _AFTER_KEY)
            if out and lo <= out[-1][1]:
                out[-1] = (out[-1][0], hi)
            else:
                out.append((lo, hi))
        return out


_LOWER = str.maketrans("ABCDEFGHIJKLMNOPQRSTUVWXYZ", "abcdefghijklmnopqrstuvwxyz")


def ascii_lower(text: str) -> str:
    """``text`` with A-Z lowered; unlike ``str.lower`` it never changes the length."""
    return text.translate(_LOWER)


# How far an expression can reach before and after its key word.
_BEFORE_KEY = 90
_AFTER_KEY = 70

MONTH_KEY = r"jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec"
WEEKDAY_KEY = r"(?:mon|tues|wednes|thurs|fri|satur|sun)day"
PART_KEY = r"morning|afternoon|evening|night"
AGO_KEY = r"\bago\b|earlier|later|previously|hence|from\s+now"
UNIT_KEY = r"second|minute|hour|day|week|fortnight|month|quarter|year|decade|centur|millenni"


END = r"(?![\w-])"
YEAR = r"(?:1[0-9]|20)\d\d"
YEAR_WORDS = rf"(?:nineteen[- ]{NUMBER_WORD}|two\s+thousand(?:\s+(?:and\s+)?{NUMBER_WORD})?)"
APPROX = (
    r"(?:about|nearly|almost|some|roughly|approximately|around|more\s+than|less\s+than|over"
    r"|under|just|only|barely|at\s+least|at\s+most|up\s+to|no\s+more\s+than|fewer\s+than"
    r"|close\s+to|well\s+over|another|an\s+additional|a\s+full)"
)
TIME_OF_DAY = (
    r"(?:(?:[01]?\d|2[0-3])(?::[0-5]\d)?\s*(?:a\.?\s?m\b\.?|p\.?\s?m\b\.?)"
    r"|(?:[01]?\d|2[0-3]):[0-5]\d(?=\s*(?:[A-Z]{2,4}T|GMT|UTC|hours?)\b)|noon|midnight|midday"
    r"|(?:[01]\d|2[0-3])[0-5]\d(?=\s*(?:GMT|UTC|[ECMP][SD]T|BST|CET|CEST)\b))"
)
TIME_ZONE = r"(?:[ECMP][SD]T|GMT|UTC|BST|CET|CEST)"
PART_OF_DAY = r"(?:morning|afternoon|evening|night)"
HYPHEN_UNIT = r"(?:second|minute|hour|day|week|month|year|decade|century)"


def compile_rule(pattern: str) -> re.Pattern[str]:
    """A rule's pattern, case-insensitive, matching only from the start of a word."""
    # Starting only at a word's first character makes the scan several times faster.
    return re.compile(rf"(?<!\w)(?=[\w'’])(?:{pattern})", re.IGNORECASE)


def capitalised(m: Found, *groups: str) -> bool:
    """Whether each of ``groups`` that matched starts with a capital ("May", not "may")."""
    for name in groups:
        word = m.group(name)
        if word and not word[0].isupper():
            return False
    return True


def tense_of(m: Found, ctx: Context) -> Tense:
    """The tense of the clause around the match."""
    return ctx.tense(m.start(), m.end())


def year_number(text: str, ctx: Context) -> int:
    """A four-digit year, or two digits placed in the century around publication."""
    if len(text) == 4:
        return int(text)
    yy = int(text.lstrip("'"))
    base = ctx.published.start.year if ctx.published else 2000
    century = base // 100 * 100
    year = century + yy
    return year - 100 if year > base + 10 else year
