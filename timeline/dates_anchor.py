"""Anchoring: calendar arithmetic, tense, and the context a text is resolved in.

A relative expression ("last month", "on Thursday") is resolved against the
publication date, and an anaphoric one ("a year earlier", "the following
day") against the reference time, the last date the text mentioned.
"""

from __future__ import annotations

import calendar
import datetime as dt
import enum
import re
from dataclasses import dataclass

from timeline.dates_lexicon import trie_pattern
from timeline.model import Granularity, Period, TimexType

DAY, WEEK, MONTH, QUARTER, YEAR = (
    Granularity.DAY,
    Granularity.WEEK,
    Granularity.MONTH,
    Granularity.QUARTER,
    Granularity.YEAR,
)


class Tense(enum.Enum):
    """The tense of the clause an expression sits in."""

    PAST = "past tense"
    FUTURE = "future tense"
    NONE = "no tense cue"


@dataclass(frozen=True, slots=True)
class Resolution:
    """What an expression resolved to, before it is tied to its offsets.

    ``sets_reference`` is false for expressions that must not become the
    reference time of later anaphora (vague references, anaphora themselves).
    ``names_date`` is true when the expression writes out its calendar date
    ("20 April", "April 20, 2010", "4/20/10", "1998") rather than counting from an anchor.
    ``year_inferred`` is true for a month or day written without its year, whose year
    was chosen by tense and publication ("in March").
    """

    type: TimexType
    value: str
    period: Period | None = None
    weekday: int | None = None
    anchor: str = ""
    sets_reference: bool = True
    names_date: bool = False
    year_inferred: bool = False


def add_months(day: dt.date, months: int) -> dt.date:
    """``day`` moved by whole months, clamped to the end of a shorter month."""
    index = day.year * 12 + day.month - 1 + months
    year, month = divmod(index, 12)
    last = calendar.monthrange(year, month + 1)[1]
    return dt.date(year, month + 1, min(day.day, last))


def shift(day: dt.date, granularity: Granularity, n: int) -> dt.date:
    """``day`` moved by ``n`` units of ``granularity``."""
    if granularity is DAY:
        return day + dt.timedelta(days=n)
    if granularity is WEEK:
        return day + dt.timedelta(weeks=n)
    if granularity is MONTH:
        return add_months(day, n)
    if granularity is QUARTER:
        return add_months(day, 3 * n)
    return add_months(day, 12 * n)


def unknown_value(granularity: Granularity, known: Period | None = None) -> str:
    """A TimeML value with ``X`` where ``known`` does not fix the digits.

    >>> unknown_value(DAY), unknown_value(DAY, Period.from_iso("2016-09"))
    ('XXXX-XX-XX', '2016-09-XX')
    """
    year = f"{known.start.year:04d}" if known else "XXXX"
    if granularity is YEAR:
        return year
    if granularity is QUARTER:
        if known and known.granularity.rank <= QUARTER.rank:
            return f"{year}-Q{(known.start.month - 1) // 3 + 1}"
        return f"{year}-QX"
    if granularity is WEEK:
        return f"{year}-WXX"
    month = f"{known.start.month:02d}" if known and known.granularity.rank <= MONTH.rank else "XX"
    if granularity is MONTH:
        return f"{year}-{month}"
    return f"{year}-{month}-XX"


# A sentence ends at . ! ? before a capital or digit, except after an initial ("U.S.")
# or a common abbreviation ("vs.", "Mr.", "Sept. 12"), also when a closing quote or
# bracket follows it ('would be "sub-lethal." Allen said'); clauses also end at ; : and
# newlines.
_SENTENCE_END = re.compile(
    # The lookahead first: the many lookbehinds are tried only at punctuation.
    r"(?=[.!?\n;:])(?<!\b[A-Z])(?<!\bvs)(?<!\bMr)(?<!\bMrs)(?<!\bMs)(?<!\bDr)(?<!\bSt)(?<!\bNo)"
    r"(?<!\bJan)(?<!\bFeb)(?<!\bMar)(?<!\bApr)(?<!\bJun)(?<!\bJul)(?<!\bAug)(?<!\bSep)"
    r"(?<!\bSept)(?<!\bOct)(?<!\bNov)(?<!\bDec)(?<!\bGen)(?<!\bSen)(?<!\bRep)(?<!\bGov)"
    r"[.!?][\"'”’)\]]*\s+(?=[\"'“‘(\[]?[A-Z0-9])|\n\s*\n|[\n;:]"
)

_FUTURE_CUES = (
    r"will|shall|'ll|’ll|won't|won’t|wo n't|going\s+to|gonna|scheduled|expected|expects?"
    r"|(?:is|are)\s+due|plan(?:s|ned|ning)?\s+to|intends?|would|next(?!\s+to\b)|upcoming|coming|tomorrow"
    r"|is\s+to|are\s+to|set\s+to|hop(?:es|ing)?\s+to|aims?\s+to|supposed\s+to|postponed|deadline"
    r"|(?:un)?likely\s+to|poised\s+to|about\s+to|should(?!\s+have\b)"
)
_PAST_IRREGULAR = trie_pattern(
    (
        "was",
        "were",
        "had",
        "did",
        "ago",
        "last",
        "yesterday",
        "earlier",
        "met",
        "made",
        "took",
        "gave",
        "went",
        "came",
        "held",
        "left",
        "won",
        "lost",
        "began",
        "fell",
        "rose",
        "sold",
        "bought",
        "paid",
        "struck",
        "shot",
        "found",
        "saw",
        "got",
        "led",
        "fled",
        "ran",
        "sent",
        "spent",
        "brought",
        "thought",
        "kept",
        "heard",
        "broke",
        "drove",
        "flew",
        "wrote",
        "spoke",
        "chose",
        "stood",
        "fought",
        "became",
        "felt",
        "meant",
        "built",
        "hit",
        "quit",
        "cut",
        "beat",
        "caught",
        "taught",
        "sought",
        "threw",
        "knew",
        "grew",
        "drew",
        "swore",
        "tore",
        "wore",
        "stole",
        "froze",
        "woke",
        "rode",
        "rang",
        "sang",
        "sank",
        "shook",
        "slid",
        "stuck",
        "withdrew",
        "overthrew",
        "undertook",
        "forgot",
        "underwent",
    )
)
_REPORTING = "said|told|announced|reported|added|noted|stated|explained|disclosed|confirmed|says"
# A reporting verb set off by commas is an aside ("Tuesday's talks, officials said, will"),
# and one after a closing quote attributes the quotation ('"In autumn it could spread,"
# he told'): neither is the verb of the clause.
_ASIDE_AFTER = re.compile(r"\s*,")
_QUOTE = re.compile(r"[\"”]")
# A clause of time or condition in the present tense speaks of the future: "when the
# case is heard in May", "once talks are over", "if it is approved", "before a
# dedicated flu helpline is opened in the autumn".
_SUBORDINATE_PRESENT = (
    r"(?:when|whenever|if|unless|once|until|before|after)\s+"
    r"(?:(?:the|a|an|its|their|his|her|our|this|these)\s+)?(?:[\w'’-]+\s+){1,3}(?:is|are)"
)
_CUE = re.compile(
    rf"\b(?:(?P<future>{_FUTURE_CUES})|(?P<report>{_REPORTING})"
    rf"|(?P<present>{_SUBORDINATE_PRESENT})|(?P<past>{_PAST_IRREGULAR})|(?P<ed>[a-z]{{2,}}ed))\b",
    re.IGNORECASE,
)
# A participle after "be" is passive ("will be paid"), not a past tense.
_PASSIVE_BEFORE = re.compile(r"\b(?:be|been|being|is|are)\s+(?:\w+ly\s+)?$", re.IGNORECASE)
# Words just before an expression that settle its direction whatever the verb:
# "payable Dec. 15", "until Tuesday", "effective Feb. 1", "come November"; "since Monday".
# "As early as" looks forward only after a modal: "the cap could be placed as early as
# Wednesday", but "As early as February, tests were failing".
_EARLIEST = re.compile(r"\bas\s+early\s+as\s+$", re.IGNORECASE)
_MODAL = re.compile(r"\b(?:[Cc]ould|[Cc]an|[Mm]ight|may)\b(?!\s+have\b)")
_LOCAL_FUTURE = re.compile(
    r"\b(?:until|till|by|payable|effective|expires?|expiring|come"
    r"|scheduled\s+for|slated\s+for|set\s+for|planned\s+for|as\s+soon\s+as"
    r"|no\s+later\s+than)(?:\s+(?:on|the|at|of|in|at\s+least))?\s+$",
    re.IGNORECASE,
)
# How far after an expression its clause is searched for a cue, and failing one, its sentence.
_CLAUSE_AFTER = 120
_SENTENCE_AFTER = 320
# A date opening its sentence, set off by a comma: "In January, ...", "On Friday, ...".
_FRONTED = re.compile(r"\s*(?:[A-Za-z]+\s+)?")
_FRONTED_END = re.compile(r"\s*,")
# How far before an expression a present-tense clause of time or condition still holds it.
_PRESENT_REACH = 30
# How far back the passive and adjective checks look from a cue.
_NEAR_BEFORE = 48
_HAD_BEFORE = re.compile(r"\bhad\s+(?:been\s+)?$", re.IGNORECASE)
_PAST_PERFECT = re.compile(r"\bhad\b", re.IGNORECASE)
_LOCAL_PAST = re.compile(
    r"\bsince(?:\s+[\w-]+){0,3}\s+$|\b(?:as\s+of|ended|ending)(?:\s+(?:on|the|in))?\s+$",
    re.IGNORECASE,
)
_NOT_VERBS_ED = frozenset(
    (
        "need",
        "speed",
        "red",
        "bed",
        "shed",
        "feed",
        "seed",
        "breed",
        "steed",
        "creed",
        "hundred",
        "indeed",
        "embed",
        "proceed",
        "exceed",
        "succeed",
        "bleed",
        "deed",
        "weed",
        "reed",
        "greed",
    )
)
_ADJECTIVE_BEFORE = re.compile(
    r"\b(?:the|a|an|its|their|his|her|our|this|these|those)\s+(?:\w+ly\s+|still\s+)?$",
    re.IGNORECASE,
)


@dataclass(slots=True)
class Context:
    """The state a text is resolved in: its publication date and reference time."""

    text: str
    published: Period | None
    reference: Period | None = None

    def anchor_period(self) -> Period | None:
        """The reference time if one was mentioned, else the publication date."""
        return self.reference or self.published

    def tense(self, start: int, end: int, *, deadline: bool = True) -> Tense:
        """The tense of the clause around ``text[start:end]``.

        A deadline word just before the expression ("until", "payable",
        "effective") makes it future and "since" past; otherwise the nearest
        verb cue before the expression in its clause decides, then the nearest
        after it; with no cue at all the tense is unknown. Without ``deadline``
        the deadline words are not read ("hit by Tuesday's quake": "by" is no deadline).
        """
        lo, hi = self._clause(start, end)
        window = self.text[max(lo, start - 30) : start]
        had = _PAST_PERFECT.search(self.text, max(lo, start - 40), hi)
        earliest = _EARLIEST.search(window) and _MODAL.search(self.text, lo, start)
        if deadline and (_LOCAL_FUTURE.search(window) or earliest) and not had:
            return Tense.FUTURE
        if _LOCAL_PAST.search(window):
            return Tense.PAST
        tense = self._nearest_cue(lo, hi, start, end)
        if (
            tense is None
            and _FRONTED.fullmatch(self.text, lo, start)
            and _FRONTED_END.match(self.text, end)
        ):
            # A date that opens its sentence tells when its main verb happened, which may
            # follow a long aside: "In January, a week after the 25th anniversary of the
            # Roe vs. Wade decision, a bombing in Birmingham, Ala., killed a guard".
            tense = self._nearest_cue(lo, self._clause(start, end, _SENTENCE_AFTER)[1], start, end)
        return tense or Tense.NONE

    def _nearest_cue(self, lo: int, hi: int, start: int, end: int) -> Tense | None:
        """The tense of the nearest cue in ``text[lo:hi]`` before the expression at
        ``start:end``, else of the nearest after it; None if there is no cue."""
        before: Tense | None = None
        after: Tense | None = None
        fronted = _FRONTED.fullmatch(self.text, lo, start) is not None
        for m in _CUE.finditer(self.text, lo, hi):
            if start <= m.start() < end:
                continue
            if fronted and m.start() >= end and self._reports_clause(m, end):
                # "On Monday, Jindal said his state would not slow": the reporting verb is
                # the verb the date goes with, and a statement reported has been made, in
                # the past even in the headline present ("Oct. 4 - BP says it is to").
                return before or after or Tense.PAST
            tense = self._cue_tense(m, lo, start)
            if tense is None:
                continue
            if m.end() <= start:
                before = tense
            elif after is None:
                after = tense
        return before or after

    def _reports_clause(self, m: re.Match[str], end: int) -> bool:
        """Whether the cue ``m`` is a reporting verb whose clause holds the expression
        ending at ``end``: not an aside, not attributing a quotation."""
        return (
            bool(m.group("report"))
            and _ASIDE_AFTER.match(self.text, m.end()) is None
            and _QUOTE.search(self.text, end, m.start()) is None
        )

    def _cue_tense(self, m: re.Match[str], lo: int, start: int) -> Tense | None:
        """The tense the cue ``m`` gives an expression at ``start``; None if it gives none."""
        if m.group("future"):
            # "had been scheduled to", "had planned to": a future seen from the past.
            had = _HAD_BEFORE.search(self.text, max(lo, m.start() - 16), m.start())
            return Tense.PAST if had else Tense.FUTURE
        if m.group("report"):
            # "said Friday" dates the saying; "said the deal will close Dec. 15" does not.
            return Tense.PAST if m.end() <= start and start - m.end() <= 4 else None
        if m.group("present"):
            # Only the clause the expression is in: "when the case is heard in May".
            in_clause = m.end() <= start and start - m.end() <= _PRESENT_REACH
            return Tense.FUTURE if in_clause else None
        near = max(lo, m.start() - _NEAR_BEFORE)
        if _PASSIVE_BEFORE.search(self.text, near, m.start()):
            return None
        word = (m.group("ed") or "").lower()
        if word in _NOT_VERBS_ED or (word and _ADJECTIVE_BEFORE.search(self.text, near, m.start())):
            return None
        return Tense.PAST

    def _clause(self, start: int, end: int, after: int = _CLAUSE_AFTER) -> tuple[int, int]:
        lo = max(0, start - 160)
        hi = min(len(self.text), end + after)
        # The search runs a little past ``start``: a sentence end is recognised by the
        # capital after it, which for an expression opening its sentence is its own.
        for m in _SENTENCE_END.finditer(self.text, lo, min(len(self.text), start + 2)):
            if m.end() <= start:
                lo = m.end()
        m2 = _SENTENCE_END.search(self.text, end, hi)
        if m2:
            hi = m2.start() + 1
        return lo, hi
