"""Choose the key dates and, for each, the key events.

Dates are ranked by how many documents mention them (``DateWeights``): a
document published after a date that still refers to it is the strongest
sign that the date matters, one published during the period counts half,
and a mention of a date still to come counts less. Publication itself counts
for the day of publication as much as the collection is sparse (in dense
coverage it only breaks ties, so dates no article mentions can still be chosen
when nothing better is left; where articles come days apart, each usually
reports its day's event), and as much for the day before. A longer period is
mentioned more just for being long ("this year", "last month"), so its count is
divided by 1 + ln(its length in days): a year needs about seven times a day's
count to rank with it, a month about four times.

Within a chosen day, the options are the sentences dated to it by a time
expression and the leads of the articles published that day or the next
(news of an event often appears the day after). Each option is rated by a
sumy summariser (LexRank by default, ``--method``) over a bounded pool, and
that rank is weighted by how close the option is to the day's coverage: the
TF-IDF centroid of the options and of every undated sentence published that
day or the next (``--method centroid`` uses the closeness alone). A mild
bonus goes to events several sources told and to sentences that write out
their day ("on 20 April", not "on Tuesday"), and a mild penalty to sentences
that cannot stand alone: they open with a pronoun or a conjunction that
refers to what came before ("They turned to the plan ...", "But on
Thursday ...", "That was ..."). A sentence from an article published before the day it is
placed on keeps half its rating: it can only say what was expected ("... will
be back on 29 November when Murray is sentenced"), and a report of the day
says what happened. Options are then taken
greedily, each losing what it repeats of those already taken (maximal
marginal relevance), so a day's events do not say the same thing twice; an
option that restates one already taken as closely as merging asks of the
same event (``SAME_EVENT_DICE``) is not taken at all.
Dates are filled best first and no event fills two dates.
"""

from __future__ import annotations

import datetime as dt
import math
import re
from collections import Counter, defaultdict
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass
from typing import Any

import numpy
from sumy.models.dom import ObjectDocumentModel, Paragraph
from sumy.models.dom import Sentence as SumySentence
from sumy.summarizers.kl import KLSummarizer
from sumy.summarizers.lsa import LsaSummarizer
from sumy.summarizers.luhn import LuhnSummarizer
from sumy.summarizers.reduction import ReductionSummarizer
from sumy.summarizers.sum_basic import SumBasicSummarizer
from sumy.summarizers.text_rank import TextRankSummarizer
from sumy.utils import get_stop_words

from timeline.events import Candidate
from timeline.lexrank import VectorisedLexRank
from timeline.merge import SAME_EVENT_DICE, MergedEvent, dice
from timeline.model import Citation, Entry, Event, EventDate, Granularity, Period
from timeline.terms import stem, words

SUMMARISERS: dict[str, Callable[[Any], Any]] = {
    "lexrank": VectorisedLexRank,
    "textrank": TextRankSummarizer,
    "lsa": LsaSummarizer,
    "luhn": LuhnSummarizer,
    "kl": KLSummarizer,
    "sumbasic": SumBasicSummarizer,
    "reduction": ReductionSummarizer,
}
"""The sumy summarisers ``--method`` accepts, by name."""

CENTROID = "centroid"
DEFAULT_METHOD = "lexrank"
METHODS: tuple[str, ...] = (*SUMMARISERS, CENTROID)
"""Every rating method: the sumy summarisers, then closeness to the day's coverage alone."""

MENTION_AFTER, MENTION_DURING, MENTION_BEFORE, PUBLICATION = 1.0, 0.5, 0.3, 0.01
PUBLICATION_PER_GAP = 0.3
"""Publication counts this much for each day between a collection's articles on average,
at least ``PUBLICATION`` and at most ``MENTION_AFTER`` (``publication_weight``)."""
LEAD_SENTENCES = 2
"""How many opening sentences of an article count as its lead."""
REDUNDANCY = 0.75
"""How much of its similarity to an event already taken an option loses."""
SOURCE_BONUS = 0.2
"""The rating is multiplied by ``1 + SOURCE_BONUS * ln(sources)``."""
NAMED_DAY_BONUS = 0.2
"""The share of its rating a sentence gains when it writes out its day ("on 20 April")."""
DANGLING_PENALTY = 0.3
"""The share of its rating a sentence loses when it opens with a word that needs the one before."""
DANGLING_OPENERS = frozenset(
    [
        "He",
        "She",
        "They",
        "It",
        "His",
        "Her",
        "Their",
        "Its",
        "Him",
        "Them",
        "But",
        "And",
        "Or",
        "So",
        "Yet",
        "Also",
        "However",
        "Still",
        "Nor",
    ]
)
"""Opening words that refer to the sentence before: pronouns and conjunctions."""
DEMONSTRATIVES = frozenset(["This", "That", "These", "Those"])
"""Opening words that refer to the sentence before when a verb follows ("That was ...")."""
_VERBS_AFTER_A_DEMONSTRATIVE = frozenset(
    [
        "is",
        "was",
        "are",
        "were",
        "has",
        "had",
        "have",
        "will",
        "would",
        "could",
        "can",
        "may",
        "might",
        "must",
        "means",
        "meant",
    ]
)
PREVIEW_WEIGHT = 0.5
"""The share of its rating a sentence keeps when its article was published before its date."""
FILLER_WEIGHT = 0.25
"""The weight of the other events of a period, which fill a pool too small for the budget."""
_MAX_RATED_PER_DATE = 80


class _WordTokenizer:
    """The word tokenizer sumy's sentences call, without NLTK data files."""

    language = "english"

    @staticmethod
    def to_words(text: str) -> tuple[str, ...]:
        return words(text)


def publication_weight(days: Sequence[dt.date]) -> float:
    """What an article's publication counts for its day, given every article's day.

    In a dense collection (bpoil: four articles a day) a day with articles is no sign of
    an event; in a sparse one (MJ: an article every six days) an article usually reports
    the day's event. So publication counts ``PUBLICATION_PER_GAP`` for each day between
    articles on average, within ``PUBLICATION`` and ``MENTION_AFTER``."""
    if not days:
        return PUBLICATION
    gap = ((max(days) - min(days)).days + 1) / len(days)
    return min(MENTION_AFTER, max(PUBLICATION, PUBLICATION_PER_GAP * gap))


class DateWeights:
    """How strongly the documents point at each period, accumulated one document at a time."""

    def __init__(self, publication: float = PUBLICATION) -> None:
        self.weights: defaultdict[Period, float] = defaultdict(float)
        self.publication = publication

    def add(self, published: Period | None, mentions: Iterable[Period]) -> None:
        """Count one document's mentions (each period once) and its publication date.

        A document whose publication date is unknown counts its mentions fully.
        Publication counts ``publication`` (``publication_weight``) for its day and
        for the day before (news of an event often appears the day after).
        """
        for period in mentions:
            if published is None or period.end < published.start:
                self.weights[period] += MENTION_AFTER
            elif period.start <= published.end:
                self.weights[period] += MENTION_DURING
            else:
                self.weights[period] += MENTION_BEFORE
        if published is not None:
            self.weights[published] += self.publication
            if published.granularity is Granularity.DAY:
                self.weights[Period.day(published.start - dt.timedelta(days=1))] += self.publication

    def __getitem__(self, period: Period) -> float:
        return self.weights.get(period, 0.0)

    def rank(self, period: Period) -> float:
        """The count a period is ranked by: its weight divided by 1 + ln(its length in days)."""
        days = (period.end - period.start).days + 1
        return self[period] / (1.0 + math.log(days))


@dataclass(frozen=True, slots=True)
class _Option:
    """A sentence that may stand for a date: the event it tells, and the telling quoted."""

    event: MergedEvent
    quoted: Candidate
    date: EventDate
    weight: float = 1.0

    @property
    def text(self) -> str:
        return self.quoted.sentence.text


@dataclass(frozen=True, slots=True)
class _Pool:
    """A date's options, and the content terms of the coverage they are rated against."""

    options: tuple[_Option, ...]
    coverage: tuple[frozenset[str], ...]


def select(
    events: Sequence[MergedEvent],
    weights: DateWeights,
    *,
    max_dates: int | None,
    per_date: int,
    method: str = DEFAULT_METHOD,
    since: dt.date | None = None,
    until: dt.date | None = None,
    granularity: Granularity | None = None,
    published: Mapping[str, Period | None] | None = None,
) -> tuple[Entry, ...]:
    """The key events, grouped by period, at most ``max_dates`` x ``per_date``.

    Args:
        events: merged events with their combined dates.
        weights: how strongly the documents point at each period.
        max_dates: how many periods to keep (None keeps all).
        per_date: how many events to keep per period.
        method: one of ``METHODS``.
        since: drop periods that end before this day.
        until: drop periods that start after this day.
        granularity: keep only periods of this granularity.
        published: each document's publication date, by id; the leads of the
            articles published on a day (or the next) become options for it.

    Raises:
        ValueError: ``method`` is not a known method, or a budget is below 1.
    """
    if method not in METHODS:
        raise ValueError(f"unknown method {method!r}; choose one of {', '.join(METHODS)}")
    if per_date < 1 or (max_dates is not None and max_dates < 1):
        raise ValueError("--max-dates and --per-date must be at least 1")
    by_period: dict[Period, list[MergedEvent]] = defaultdict(list)
    for event in events:
        period = event.date.period
        if (since and period.end < since) or (until and period.start > until):
            continue
        if granularity and (period.granularity is not granularity or event.date.weekday):
            continue
        by_period[period].append(event)
    ranked = sorted(by_period, key=lambda p: (-weights.rank(p), p.sort_key()))
    leads = _leads(events, published or {})

    def pool_of(period: Period) -> _Pool:
        following = _next_day(by_period, period)
        return _pool(period, by_period[period], following, leads, per_date)

    pools = {period: pool_of(period) for period in ranked[:max_dates]}
    space = _TermSpace(terms for pool in pools.values() for terms in pool.coverage)
    summariser = None if method == CENTROID else _summariser(method)
    used: set[int] = set()
    entries: list[Entry] = []
    for period in ranked:
        if len(entries) == max_dates:
            break
        pool = pools[period] if period in pools else pool_of(period)
        best = _best_events(pool, per_date, space, summariser, used, published or {})
        if best:  # a date whose events all went to better-ranked dates gives way
            used.update(id(option.event) for option, _ in best)
            entries.append(Entry(period, tuple(_event(o, score) for o, score in best)))
    return tuple(entries)


def _leads(
    events: Sequence[MergedEvent], published: Mapping[str, Period | None]
) -> dict[dt.date, list[tuple[MergedEvent, Candidate]]]:
    """The lead sentences of the articles published on each day, with their events."""
    leads: dict[dt.date, list[tuple[MergedEvent, Candidate]]] = defaultdict(list)
    for event in events:
        for member in event.members:
            day = published.get(member.sentence.document_id)
            if member.position < LEAD_SENTENCES and day and day.granularity is Granularity.DAY:
                leads[day.start].append((event, member))
    return leads


def _pool(
    period: Period,
    events: Sequence[MergedEvent],
    next_day: Sequence[MergedEvent],
    leads: Mapping[dt.date, Sequence[tuple[MergedEvent, Candidate]]],
    per_date: int,
) -> _Pool:
    """The options for ``period`` and the coverage of that day.

    Options are the events dated to the period by a time expression and, for
    a day, the leads published that day or the next whose events no time
    expression places elsewhere. When these are fewer than ``per_date``,
    every event of the period is an option. The coverage is the options and
    every sentence published that day or the next with no date of its own.
    """
    options: dict[str, _Option] = {}
    offered: set[int] = set()

    def offer(event: MergedEvent, quoted: Candidate, date: EventDate, weight: float = 1.0) -> None:
        # one option per event, and one per sentence text (wire copies repeat sentences)
        if id(event) not in offered and quoted.sentence.text not in options:
            offered.add(id(event))
            options[quoted.sentence.text] = _Option(event, quoted, date, weight)

    for event in events:
        if not event.date.inferred:
            offer(event, _representative(event), event.date)
    if period.granularity is Granularity.DAY:
        for offset in (0, 1):
            reported = period.start + dt.timedelta(days=offset)
            for event, lead in leads.get(reported, ()):
                if event.date.inferred or event.date.period == period:
                    offer(event, lead, _placed(event, period, lead, reported))
    if len(options) < per_date:
        for event in events:
            offer(event, _representative(event), event.date, FILLER_WEIGHT)
    coverage = {text: option.quoted.terms for text, option in options.items()}
    for event in (*events, *next_day):
        if event.date.inferred:
            quoted = _representative(event)
            coverage.setdefault(quoted.sentence.text, quoted.terms)
    return _Pool(tuple(options.values()), tuple(coverage.values()))


def _next_day(
    by_period: Mapping[Period, Sequence[MergedEvent]], period: Period
) -> Sequence[MergedEvent]:
    """The events of the day after ``period`` when it is a day, else none."""
    if period.granularity is not Granularity.DAY:
        return ()
    return by_period.get(Period.day(period.start + dt.timedelta(days=1)), ())


def _placed(event: MergedEvent, period: Period, lead: Candidate, reported: dt.date) -> EventDate:
    """The date of a lead chosen for ``period``: the event's own if it is that period."""
    if event.date.period == period:
        return event.date
    when = "that day" if reported == period.start else f"the next day, {reported.isoformat()}"
    return EventDate(
        period, f"lead of an article of {lead.sentence.document_id}, published {when}", True
    )


class _TermSpace:
    """TF-IDF vectors of term sets, with the document frequencies of a collection."""

    def __init__(self, collection: Iterable[frozenset[str]]) -> None:
        frequency: Counter[str] = Counter()
        count = 0
        for terms in collection:
            frequency.update(terms)
            count += 1
        self._idf = {term: math.log(count / n) for term, n in frequency.items()}

    def vector(self, terms: Iterable[str]) -> dict[str, float]:
        """The unit-length TF-IDF vector of ``terms`` (each counted once).

        Terms are sorted so that sums of floats never depend on the order in
        which a set was hashed (which differs between processes).
        """
        return _unit({term: self._idf.get(term, 0.0) for term in sorted(terms)})

    def centroid(self, collection: Iterable[frozenset[str]]) -> dict[str, float]:
        """The unit-length sum of the vectors of ``collection``."""
        total: Counter[str] = Counter()
        for terms in collection:
            total.update(self.vector(terms))
        return _unit(dict(total))


def _unit(vector: dict[str, float]) -> dict[str, float]:
    norm = math.sqrt(sum(x * x for x in vector.values()))
    return {t: x / norm for t, x in vector.items() if x} if norm else {}


def _cosine(a: Mapping[str, float], b: Mapping[str, float]) -> float:
    if len(a) > len(b):
        a, b = b, a
    return sum(x * b.get(t, 0.0) for t, x in a.items())


def _summariser(method: str) -> Any:
    summariser = SUMMARISERS[method](stem)
    if hasattr(summariser, "stop_words"):
        summariser.stop_words = get_stop_words("english")
    return summariser


def _best_events(
    pool: _Pool,
    per_date: int,
    space: _TermSpace,
    summariser: Any,
    used: set[int],
    published: Mapping[str, Period | None],
) -> list[tuple[_Option, float]]:
    """The best options of a pool with their marginal scores, best first.

    Events already taken for another date (``used``, by id) are not offered again.
    """
    centroid = space.centroid(pool.coverage)
    options = [
        _closest_telling(o, space, centroid) for o in pool.options if id(o.event) not in used
    ]
    vectors = [space.vector(o.quoted.terms) for o in options]
    relevance = [_cosine(v, centroid) for v in vectors]
    if summariser is not None:
        # sumy's rating is quadratic in the pool: rate the options closest to the coverage.
        rated = sorted(range(len(options)), key=lambda i: -relevance[i])[:_MAX_RATED_PER_DATE]
        ratings = _ratings([options[i].text for i in rated], summariser)
        # sumy's rank, weighted by closeness to the day's coverage: both must agree.
        relevance = [r * ratings.get(o.text, 0.0) for r, o in zip(relevance, options, strict=True)]
    rating = [
        r
        * o.weight
        * (1 + SOURCE_BONUS * math.log(len(o.event.members)))
        * (1 + NAMED_DAY_BONUS if _names_its_day(o) else 1)
        * (1 if stands_alone(o.text) else 1 - DANGLING_PENALTY)
        * (PREVIEW_WEIGHT if _written_before(o, published) else 1)
        for r, o in zip(relevance, options, strict=True)
    ]
    taken: list[int] = []
    gains: list[float] = []
    left = list(range(len(options)))
    while left and len(taken) < per_date:

        def gain(i: int) -> float:
            repeated = max((_cosine(vectors[i], vectors[j]) for j in taken), default=0.0)
            return rating[i] - REDUNDANCY * repeated

        best = max(left, key=gain)
        gains.append(gain(best))  # before ``best`` is taken: it repeats itself entirely
        taken.append(best)
        # Tellings that merging did not join ("The rig exploded on 20 April, killing 11
        # workers" and "... since the explosion on the rig on 20 April, which killed 11
        # workers") but that it would call the same event are not taken twice.
        best_terms = options[best].quoted.terms
        left = [
            i
            for i in left
            if i != best and dice(options[i].quoted.terms, best_terms) < SAME_EVENT_DICE
        ]
    return [(options[i], g) for i, g in zip(taken, gains, strict=True)]


def _written_before(option: _Option, published: Mapping[str, Period | None]) -> bool:
    """Whether the sentence quoted was published before the period it is placed in."""
    day = published.get(option.quoted.sentence.document_id)
    return day is not None and day.end < option.date.period.start


_QUOTED = re.compile(r"[\"“][^\"“”]*[\"”]")
_CLOSING_QUOTE = re.compile('["”]')
_ADDRESSES_THE_READER = re.compile(r"\b(?:[Yy]ou|[Yy]our|[Yy]ours|[Yy]ourself)\b")


def stands_alone(text: str) -> bool:
    """Whether ``text`` can be read without the sentence before it: it does not open
    with a pronoun or a conjunction that refers back ("He", "They", "But", "And"), nor
    with a demonstrative standing for what came before ("That was ...", not "This week
    ..."), nor in lower case, as the rest of a sentence does, and it does not speak to
    someone outside a quotation ("If you have a comment ...", "... you said: ..."), as
    programme notes and open letters do, and it is no quotation alone, which does not
    say who spoke."""
    if _ADDRESSES_THE_READER.search(_QUOTED.sub(" ", text)):
        return False
    if _is_bare_quotation(text):
        return False
    first, second = [*text.split(maxsplit=2)[:2], "", ""][:2]
    first = first.rstrip(",;:")
    if first[:1].islower() and first.islower():
        return False  # the rest of a sentence cut short ("scientists double ..."), not "eBay"
    if first in DEMONSTRATIVES:
        return second not in _VERBS_AFTER_A_DEMONSTRATIVE
    return first not in DANGLING_OPENERS


def _is_bare_quotation(text: str) -> bool:
    """Whether ``text`` is a quotation and nothing else ('"We will not rest."', or one
    that goes on into the next sentence: '"Let me be clear: BP is responsible for this
    leak.'), so it does not say who spoke."""
    if not text.startswith(('"', "“")):
        return False
    rest = _QUOTED.sub("", text)
    return not rest.strip(" .,;:!?") or (rest == text and not _CLOSING_QUOTE.search(text, 1))


def _names_its_day(option: _Option) -> bool:
    """Whether the quoted sentence writes out the day it is placed at ("on 20 April",
    "April 28: ..."), rather than counting it from publication ("on Tuesday")."""
    expression = option.quoted.expression
    return (
        expression is not None
        and expression.names_date
        and expression.period == option.date.period
        and option.date.period.granularity is Granularity.DAY
    )


def _closest_telling(option: _Option, space: _TermSpace, centroid: Mapping[str, float]) -> _Option:
    """The option quoting, among its event's tellings dated to its period by a time
    expression, the one closest to the coverage."""
    if option.date.inferred or len(option.event.members) < 2:
        return option
    tellings = [
        m
        for m in option.event.members
        if not m.date.inferred and m.date.period == option.date.period
    ]
    if len(tellings) < 2:
        return option
    quoted = max(tellings, key=lambda m: _cosine(space.vector(m.terms), centroid))
    return _Option(option.event, quoted, option.date, option.weight)


def _ratings(texts: Sequence[str], summariser: Any) -> dict[str, float]:
    """sumy's judgement of each sentence as a rank score in (0, 1], 1 for the best.

    Ranks rather than raw ratings, because each summariser rates on its own
    scale (probabilities, frequencies, negative divergences).
    """
    tokenizer = _WordTokenizer()
    document = ObjectDocumentModel((Paragraph([SumySentence(t, tokenizer) for t in texts]),))
    rated: list[Any] = []

    def keep_all(infos: Sequence[Any]) -> Sequence[Any]:
        rated.extend(infos)
        return infos

    with numpy.errstate(divide="ignore", invalid="ignore"):
        summariser(document, keep_all)
    best_first = sorted(rated, key=lambda info: (-_finite(info.rating), info.order))
    count = len(best_first)
    return {str(info.sentence): 1 - rank / count for rank, info in enumerate(best_first)}


def _finite(rating: Any) -> float:
    """A rating as a number; LexRank rates every sentence NaN when none shares a word."""
    value = float(rating)
    return value if math.isfinite(value) else 0.0


def _representative(event: MergedEvent) -> Candidate:
    """The telling to quote: an explicitly dated one, at the event's own date if possible."""
    return min(
        event.members,
        key=lambda m: (m.date.inferred, m.date.period != event.date.period, -len(m.sentence.text)),
    )


def _event(option: _Option, score: float) -> Event:
    """The chosen option as an event citing every source that told it."""
    citations = tuple(
        Citation(
            m.sentence.document_id,
            m.sentence.start,
            m.sentence.end,
            m.sentence.text,
            m.date,
            m.expression,
        )
        for m in option.event.members
    )
    return Event(option.text, option.date, round(score, 6), citations)
