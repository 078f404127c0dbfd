"""Choose the key dates and, for each, the key events, with sumy.

Dates are ranked by how many documents mention them (``DateWeights``): a
document published after a date that still refers to it is the strongest
sign that the date matters, one published during the period counts half,
and a mention of a date still to come counts less. Publication itself is a
faint signal that only breaks ties, so dates no article mentions can still
be chosen when nothing better is left. Within a
chosen date, a sumy summariser (LexRank by default) rates the events'
sentences against each other; the rating is weighted by the number of
sources that told the event, so a story every outlet carried outranks an
aside.
"""

from __future__ import annotations

import datetime as dt
import math
from collections import defaultdict
from collections.abc import Callable, Iterable, Sequence
from typing import Any

import numpy
from sumy.models.dom import ObjectDocumentModel, Paragraph
from sumy.models.dom import Sentence as SumySentence
from sumy.summarizers.kl import KLSummarizer
from sumy.summarizers.lex_rank import LexRankSummarizer
from sumy.summarizers.lsa import LsaSummarizer
from sumy.summarizers.luhn import LuhnSummarizer
from sumy.summarizers.reduction import ReductionSummarizer
from sumy.summarizers.sum_basic import SumBasicSummarizer
from sumy.summarizers.text_rank import TextRankSummarizer
from sumy.utils import get_stop_words

from timeline.events import Candidate
from timeline.merge import MergedEvent
from timeline.model import Citation, Entry, Event, Granularity, Period
from timeline.terms import stem, words

SUMMARISERS: dict[str, Callable[[Any], Any]] = {
    "lexrank": LexRankSummarizer,
    "textrank": TextRankSummarizer,
    "lsa": LsaSummarizer,
    "luhn": LuhnSummarizer,
    "kl": KLSummarizer,
    "sumbasic": SumBasicSummarizer,
    "reduction": ReductionSummarizer,
}
"""The sumy summarisers ``--method`` accepts, by name."""

INFERRED_WEIGHT = 0.25
MENTION_AFTER, MENTION_DURING, MENTION_BEFORE, PUBLICATION = 1.0, 0.5, 0.3, 0.01
_MAX_RATED_PER_DATE = 80


class _WordTokenizer:
    """The word tokenizer sumy's sentences call, without NLTK data files."""

    language = "english"

    @staticmethod
    def to_words(text: str) -> tuple[str, ...]:
        return words(text)


class DateWeights:
    """How strongly the documents point at each period, accumulated one document at a time."""

    def __init__(self) -> None:
        self.weights: defaultdict[Period, float] = defaultdict(float)

    def add(self, published: Period | None, mentions: Iterable[Period]) -> None:
        """Count one document's mentions (each period once) and its publication date.

        A document whose publication date is unknown counts its mentions fully.
        """
        for period in mentions:
            if published is None or period.end < published.start:
                self.weights[period] += MENTION_AFTER
            elif period.start <= published.end:
                self.weights[period] += MENTION_DURING
            else:
                self.weights[period] += MENTION_BEFORE
        if published is not None:
            self.weights[published] += PUBLICATION

    def __getitem__(self, period: Period) -> float:
        return self.weights.get(period, 0.0)


def select(
    events: Sequence[MergedEvent],
    weights: DateWeights,
    *,
    max_dates: int | None,
    per_date: int,
    method: str = "lexrank",
    since: dt.date | None = None,
    until: dt.date | None = None,
    granularity: Granularity | None = None,
) -> tuple[Entry, ...]:
    """The key events, grouped by period, at most ``max_dates`` x ``per_date``.

    Args:
        events: merged events with their combined dates.
        weights: how strongly the documents point at each period.
        max_dates: how many periods to keep (None keeps all).
        per_date: how many events to keep per period.
        method: a key of ``SUMMARISERS``.
        since: drop periods that end before this day.
        until: drop periods that start after this day.
        granularity: keep only periods of this granularity.

    Raises:
        ValueError: ``method`` is not a known summariser, or a budget is below 1.
    """
    if method not in SUMMARISERS:
        raise ValueError(f"unknown method {method!r}; choose one of {', '.join(SUMMARISERS)}")
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
    ranked = sorted(by_period, key=lambda p: (-weights[p], p.sort_key()))
    chosen = ranked if max_dates is None else ranked[:max_dates]
    summariser = _summariser(method)
    return tuple(
        Entry(period, _best_events(by_period[period], per_date, summariser)) for period in chosen
    )


def _summariser(method: str) -> Any:
    summariser = SUMMARISERS[method](stem)
    if hasattr(summariser, "stop_words"):
        summariser.stop_words = get_stop_words("english")
    return summariser


def _best_events(
    events: Sequence[MergedEvent], per_date: int, summariser: Any
) -> tuple[Event, ...]:
    # sumy's rating is quadratic in the pool: rate the explicitly dated, most told events.
    pool = sorted(events, key=lambda e: (e.date.inferred, -len(e.members)))[:_MAX_RATED_PER_DATE]
    texts = [_representative(e).sentence.text for e in pool]
    ratings = _ratings(texts, summariser)
    scored = [
        (
            ratings.get(text, 0.0)
            * (1 + math.log(len(event.members)))
            * (INFERRED_WEIGHT if event.date.inferred else 1.0),
            index,
        )
        for index, (event, text) in enumerate(zip(pool, texts, strict=True))
    ]
    scored.sort(key=lambda pair: (-pair[0], pair[1]))
    return tuple(_event(pool[index], texts[index], score) for score, index in scored[:per_date])


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


def _event(event: MergedEvent, text: str, score: float) -> Event:
    citations = tuple(
        Citation(
            m.sentence.document_id,
            m.sentence.start,
            m.sentence.end,
            m.sentence.text,
            m.date,
            m.expression,
        )
        for m in event.members
    )
    return Event(text, event.date, round(score, 6), citations)
