"""Merge the same event told by several documents into one, and date it.

Two candidates from different documents are the same event when their
content terms overlap strongly (Dice coefficient) and their dates can be the
same day. Clustering is greedy and bounded: a candidate is compared only
with the clusters that share at least three of its terms, and a term shared
by too many clusters is not used for lookup, so the cost grows linearly with
the number of candidates.

A merged event's date combines what its sources know (see ``combine_dates``).
"""

from __future__ import annotations

import datetime as dt
from collections import Counter, defaultdict
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from itertools import chain

from timeline.events import Candidate
from timeline.model import WEEKDAY_NAMES, EventDate, Granularity, Period

SAME_EVENT_DICE = 0.5
_MIN_SHARED_TERMS = 3
_MAX_POSTINGS = 40
_MAX_MEMBERS_COMPARED = 8


@dataclass(slots=True)
class _Cluster:
    """A growing group of candidates, with a summary of their dates.

    The summary answers "is this date compatible with every member's?" in
    constant time, whatever the cluster's size (a wire story copied by
    hundreds of outlets makes clusters that large).
    """

    members: list[Candidate] = field(default_factory=list)
    terms: list[frozenset[str]] = field(default_factory=list)
    documents: set[str] = field(default_factory=set)
    latest_start: dt.date | None = None  # of explicit dates
    earliest_end: dt.date | None = None  # of explicit dates
    earliest_reported: dt.date | None = None  # end of inferred dates
    # Weekdays as bit masks (bit n for ISO weekday n): sets would cost 200 bytes a cluster.
    weekdays: int = 0  # named, day unknown
    day_weekdays: int = 0  # of day-precise explicit dates

    def add(self, candidate: Candidate, terms: frozenset[str]) -> None:
        self.members.append(candidate)
        self.terms.append(terms)
        self.documents.add(candidate.sentence.document_id)
        date, period = candidate.date, candidate.date.period
        if date.inferred:
            self.earliest_reported = _earliest(self.earliest_reported, period.end)
            return
        self.latest_start = max(self.latest_start or period.start, period.start)
        self.earliest_end = _earliest(self.earliest_end, period.end)
        if date.weekday:
            self.weekdays |= 1 << date.weekday
        if period.granularity is Granularity.DAY:
            self.day_weekdays |= 1 << period.start.isoweekday()

    def accepts(self, date: EventDate) -> bool:
        """Whether ``date`` is ``compatible`` with every member's date."""
        period = date.period
        if date.inferred:
            return self.latest_start is None or self.latest_start <= period.end
        if self.earliest_reported is not None and period.start > self.earliest_reported:
            return False
        if self.latest_start is None or self.earliest_end is None:
            return True
        if period.start > self.earliest_end or self.latest_start > period.end:
            return False
        if date.weekday and (self.day_weekdays | self.weekdays) & ~(1 << date.weekday):
            return False
        is_day = period.granularity is Granularity.DAY
        return not (is_day and self.weekdays & ~(1 << period.start.isoweekday()))


def _earliest(known: dt.date | None, day: dt.date) -> dt.date:
    return day if known is None or day < known else known


@dataclass(frozen=True, slots=True)
class MergedEvent:
    """Candidates from different documents that tell one event, and its date."""

    members: tuple[Candidate, ...]
    date: EventDate


def dice(a: frozenset[str], b: frozenset[str]) -> float:
    """Dice coefficient of two term sets (0 when both are empty)."""
    if not a or not b:
        return 0.0
    return 2 * len(a & b) / (len(a) + len(b))


def merge(
    candidates: Sequence[Candidate], published: Mapping[str, Period | None]
) -> tuple[MergedEvent, ...]:
    """Group candidates that tell the same event, across documents.

    Args:
        candidates: every candidate event, in document order.
        published: each document's publication date, by document id.

    Returns:
        One merged event per group, in order of first appearance.
    """
    clusters: list[_Cluster] = []
    postings: dict[str, list[int]] = defaultdict(list)
    for candidate in candidates:
        terms = candidate.terms
        best = _best_cluster(candidate, terms, clusters, postings)
        if best is None:
            best = len(clusters)
            clusters.append(_Cluster())
        clusters[best].add(candidate, terms)
        for term in terms:
            if best not in postings[term][-1:]:
                postings[term].append(best)
    return tuple(
        MergedEvent(
            tuple(c.members), combine_dates([m.date for m in c.members], _bounds(c, published))
        )
        for c in clusters
    )


def _best_cluster(
    candidate: Candidate,
    terms: frozenset[str],
    clusters: Sequence[_Cluster],
    postings: Mapping[str, list[int]],
) -> int | None:
    lookups = (postings.get(term, ()) for term in terms)
    shared = Counter(chain.from_iterable(ids for ids in lookups if len(ids) <= _MAX_POSTINGS))
    best, best_score = None, SAME_EVENT_DICE
    document = candidate.sentence.document_id
    for index, count in shared.items():
        cluster = clusters[index]
        if count < _MIN_SHARED_TERMS or document in cluster.documents:
            continue
        if not cluster.accepts(candidate.date):
            continue
        score = max(dice(terms, t) for t in cluster.terms[:_MAX_MEMBERS_COMPARED])
        # ties go to the earliest cluster, whatever order the terms were hashed in
        if score > best_score or (score == best_score and (best is None or index < best)):
            best, best_score = index, score
    return best


def compatible(a: EventDate, b: EventDate) -> bool:
    """Whether two dates can describe the same event.

    An inferred date (a publication date) only bounds the event from above:
    what was reported on a day happened on or before it.
    """
    if a.inferred and b.inferred:
        return True
    if a.inferred or b.inferred:
        explicit, inferred = (b, a) if a.inferred else (a, b)
        return explicit.period.start <= inferred.period.end
    if a.period.start > b.period.end or b.period.start > a.period.end:
        return False
    for x, y in ((a, b), (b, a)):
        day_known = y.period.granularity is Granularity.DAY
        if x.weekday and day_known and y.period.start.isoweekday() != x.weekday:
            return False
    return not (a.weekday and b.weekday and a.weekday != b.weekday)


def _bounds(cluster: _Cluster, published: Mapping[str, Period | None]) -> dict[str, dt.date]:
    """Day-precise publication dates of the cluster's documents, by id."""
    bounds: dict[str, dt.date] = {}
    for document in cluster.documents:
        period = published.get(document)
        if period is not None and period.granularity is Granularity.DAY:
            bounds[document] = period.start
    return bounds


def combine_dates(dates: Sequence[EventDate], reported_by: Mapping[str, dt.date]) -> EventDate:
    """The date that all sources' evidence supports, as precise as it allows.

    Rules, in order:

    1. Explicit dates (from time expressions) beat inferred ones; among the
       explicit, the most precise wins, and among equally precise ones the
       one most sources give.
    2. A named weekday whose day is unknown (its source's publication date
       is only a month) is fixed when another source was published on a
       known day: the event is the last such weekday on or before that day,
       within the week before it.
    3. With no explicit date, the most precise inferred date is used (the
       earliest publication date among equally precise ones).

    Args:
        dates: each source's date for the event.
        reported_by: day-precise publication dates of the sources, by id.
    """
    explicit = [d for d in dates if not d.inferred]
    if not explicit:
        return min(dates, key=lambda d: (d.period.granularity.rank, d.period.start))
    support = Counter((d.period, d.weekday) for d in explicit)
    best = min(
        explicit,
        key=lambda d: (
            d.period.granularity.rank,
            d.weekday is not None,
            -support[(d.period, d.weekday)],
        ),
    )
    if best.weekday is None or not reported_by:
        return best
    return _fix_weekday(best, reported_by)


def _fix_weekday(date: EventDate, reported_by: Mapping[str, dt.date]) -> EventDate:
    assert date.weekday is not None
    document, bound = min(reported_by.items(), key=lambda item: item[1])
    day = bound - dt.timedelta(days=(bound.isoweekday() - date.weekday) % 7)
    if not date.period.contains(day):
        return date
    name = WEEKDAY_NAMES[date.weekday - 1]
    explanation = (
        f"{date.explanation}; fixed as the {name} on or before {bound.isoformat()}, "
        f"when {document} (published that day) reported the same event"
    )
    return EventDate(Period.day(day), explanation)
