"""Merge the same event told by several documents into one, and date it.

Two candidates from different documents are the same event when their
content terms overlap strongly (Dice coefficient) and their dates can be the
same day. Merging is agglomerative and does not depend on the order the
candidates come in: every pair of tellings close enough to be one event is
found first, and groups are joined most similar pair first (single link),
never so that a group holds two sentences of one document or dates that
cannot be one day. Pairs are found through the terms they share: a pair
needs at least three shared terms, and a term found in too many tellings is
not used for lookup, so the cost grows linearly with the number of
candidates. Identical tellings (wire copies) are looked up once.

A merged event's date combines what its sources know (see ``combine_dates``).
"""

from __future__ import annotations

import datetime as dt
from bisect import bisect_right
from collections import Counter, defaultdict
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from itertools import chain

from timeline.events import Candidate
from timeline.model import WEEKDAY_NAMES, EventDate, Granularity, Period

SAME_EVENT_DICE = 0.5
_MIN_SHARED_TERMS = 3
_MAX_POSTINGS = 40


@dataclass(slots=True)
class _Cluster:
    """A growing group of candidates, with a summary of their dates.

    The summary answers "is this date compatible with every member's?" in
    constant time, whatever the cluster's size (a wire story copied by
    hundreds of outlets makes clusters that large).
    """

    members: list[int] = field(default_factory=list)  # indices into the candidates
    documents: set[str] = field(default_factory=set)
    latest_start: dt.date | None = None  # of explicit dates
    earliest_end: dt.date | None = None  # of explicit dates
    earliest_reported: dt.date | None = None  # end of inferred dates
    # Weekdays as bit masks (bit n for ISO weekday n): sets would cost 200 bytes a cluster.
    weekdays: int = 0  # named, day unknown
    day_weekdays: int = 0  # of day-precise explicit dates

    def add(self, index: int, candidate: Candidate) -> None:
        self.members.append(index)
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

    The groups do not depend on the order of ``candidates``; ties between
    equally similar pairs are broken by their terms.

    Args:
        candidates: every candidate event; this order is kept within and
            across the merged events.
        published: each document's publication date, by document id.

    Returns:
        One merged event per group, members in the given order, groups in
        order of their first member.
    """
    tellings: dict[frozenset[str], list[int]] = defaultdict(list)
    for index in sorted(range(len(candidates)), key=lambda i: _identity(candidates[i])):
        tellings[candidates[index].terms].append(index)
    groups = _Groups(candidates)
    for indices in tellings.values():
        groups.join_identical(indices)
    term_sets = list(tellings)
    for first, second in _similar_pairs(term_sets):
        for a in groups.roots(tellings[term_sets[first]]):
            for b in groups.roots(tellings[term_sets[second]]):
                groups.join(a, b)
    ordered = sorted(groups.members())
    return tuple(
        MergedEvent(
            tuple(candidates[i] for i in members),
            combine_dates(
                [candidates[i].date for i in members], _bounds(members, candidates, published)
            ),
        )
        for members in ordered
    )


def _identity(candidate: Candidate) -> tuple[str, int, dt.date, dt.date, bool, int]:
    """Where a telling is and what it dates, to order tellings whatever order they came in."""
    date = candidate.date
    return (
        candidate.sentence.document_id,
        candidate.sentence.start,
        date.period.start,
        date.period.end,
        date.inferred,
        date.weekday or 0,
    )


class _Groups:
    """Disjoint groups of candidates (union-find), each with its cluster summary."""

    def __init__(self, candidates: Sequence[Candidate]) -> None:
        self._candidates = candidates
        self._parent = list(range(len(candidates)))
        self._clusters: dict[int, _Cluster] = {}  # by root; a candidate alone has none yet

    def find(self, index: int) -> int:
        root = index
        while self._parent[root] != root:
            root = self._parent[root]
        while self._parent[index] != root:
            self._parent[index], index = root, self._parent[index]
        return root

    def roots(self, indices: Sequence[int]) -> list[int]:
        """The groups that hold ``indices``, each once, in order of first appearance."""
        return list(dict.fromkeys(self.find(i) for i in indices))

    def join(self, a: int, b: int) -> bool:
        """Join the groups of ``a`` and ``b``, unless that would put one document in twice
        or dates together that cannot be one day; whether they are now one group."""
        a, b = self.find(a), self.find(b)
        if a == b:
            return True
        larger, smaller = self._cluster(a), self._cluster(b)
        if len(larger.members) < len(smaller.members):
            a, b, larger, smaller = b, a, smaller, larger
        if not larger.documents.isdisjoint(smaller.documents):
            return False
        if not all(larger.accepts(self._candidates[i].date) for i in smaller.members):
            return False
        for index in smaller.members:
            larger.add(index, self._candidates[index])
        self._parent[b] = a
        del self._clusters[b]
        return True

    def join_identical(self, indices: Sequence[int]) -> None:
        """Join candidates with the same terms into as few groups as the rules allow:
        each joins the first group it may."""
        groups: list[int] = []
        for index in indices:
            if not any(self.join(group, index) for group in groups):
                groups.append(index)

    def members(self) -> list[list[int]]:
        """Each group's candidates, in the given order."""
        return [
            sorted(self._clusters[i].members) if i in self._clusters else [i]
            for i in range(len(self._parent))
            if self.find(i) == i
        ]

    def _cluster(self, root: int) -> _Cluster:
        if root not in self._clusters:
            self._clusters[root] = _Cluster()
            self._clusters[root].add(root, self._candidates[root])
        return self._clusters[root]


def _similar_pairs(term_sets: Sequence[frozenset[str]]) -> list[tuple[int, int]]:
    """Pairs of different term sets (indices) with Dice of at least ``SAME_EVENT_DICE``,
    most similar first, ties broken by the sets' sorted terms."""
    frequency = Counter(chain.from_iterable(term_sets))
    postings: dict[str, list[int]] = defaultdict(list)
    for index, terms in enumerate(term_sets):
        for term in terms:
            if frequency[term] <= _MAX_POSTINGS:
                postings[term].append(index)
    scored: list[tuple[float, int, int]] = []
    for index, terms in enumerate(term_sets):
        shared: Counter[int] = Counter()
        for term in terms:
            found = postings.get(term)
            if found:  # indices ascending: count only the later sets, each pair once
                shared.update(found[bisect_right(found, index) :])
        for other, count in shared.items():
            if count >= _MIN_SHARED_TERMS:
                score = dice(terms, term_sets[other])
                if score >= SAME_EVENT_DICE:
                    scored.append((score, index, other))
    keys = [tuple(sorted(terms)) for terms in term_sets]
    scored.sort(key=lambda pair: (-pair[0], *sorted((keys[pair[1]], keys[pair[2]]))))
    return [(a, b) for _, a, b in scored]


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


def _bounds(
    members: Sequence[int], candidates: Sequence[Candidate], published: Mapping[str, Period | None]
) -> dict[str, dt.date]:
    """Day-precise publication dates of the members' documents, by id."""
    bounds: dict[str, dt.date] = {}
    for index in members:
        document = candidates[index].sentence.document_id
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
    if len(dates) == 1 and (dates[0].weekday is None or not reported_by):
        return dates[0]  # what the rules below give one date, without their work
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
