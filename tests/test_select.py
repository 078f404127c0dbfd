"""Choosing dates and events with sumy."""

from __future__ import annotations

import datetime as dt

import pytest

from tests.conftest import make_candidate
from timeline.merge import MergedEvent
from timeline.model import EventDate, Granularity, Period
from timeline.select import SUMMARISERS, DateWeights, select


def merged(text: str, period: str, *documents: str, inferred: bool = False) -> MergedEvent:
    members = tuple(
        make_candidate(text, document_id=d, period=period, inferred=inferred) for d in documents
    )
    return MergedEvent(members, EventDate(Period.from_iso(period), "test", inferred))


EVENTS = [
    merged(
        "Rebels seized twenty villages near the city of Hama on Thursday.", "2016-09-29", "a", "b"
    ),
    merged(
        "The Kremlin vowed to press on with its assault on the city of Aleppo.",
        "2016-09-29",
        "a",
        "b",
        "c",
    ),
    merged(
        "A spokesman said the city would be retaken within weeks by the army.", "2016-09-29", "c"
    ),
    merged(
        "State Department spokesman John Kirby warned Russia about the city.", "2016-09-28", "a"
    ),
    merged(
        "Moscow and Damascus launched an assault to recapture the city this month.",
        "2016-09",
        "a",
        "b",
    ),
    merged(
        "Officials said the fighting in the city had been the worst so far.",
        "2016-09-30",
        "a",
        inferred=True,
    ),
]


def weights_of(events: list[MergedEvent]) -> DateWeights:
    """Each source mentions its event's date, from a day after the event."""
    weights = DateWeights()
    for event in events:
        for member in event.members:
            mentioned = () if member.date.inferred else (event.date.period,)
            weights.add(Period.day(event.date.period.end + dt.timedelta(days=1)), mentioned)
    return weights


WEIGHTS = weights_of(EVENTS)


def test_date_weights_favour_later_mentions() -> None:
    weights = DateWeights()
    day = Period.from_iso("2016-09-29")
    weights.add(Period.from_iso("2016-10-05"), [day])
    weights.add(Period.from_iso("2016-09-29"), [day])
    weights.add(Period.from_iso("2016-09-20"), [day])
    weights.add(None, [day])
    assert weights[day] == pytest.approx(1.0 + 0.5 + 0.3 + 1.0 + 0.01)
    assert weights[Period.from_iso("2016-10-05")] == pytest.approx(0.01)
    assert weights[Period.from_iso("2015")] == 0


def test_best_attested_dates_are_kept_within_budget() -> None:
    entries = select(EVENTS, WEIGHTS, max_dates=2, per_date=2)
    assert [e.period.iso() for e in entries] == ["2016-09-29", "2016-09"]
    assert all(len(e.events) <= 2 for e in entries)


def test_event_told_by_more_sources_ranks_first() -> None:
    (entry,) = select(EVENTS, WEIGHTS, max_dates=1, per_date=3)
    assert "Kremlin" in entry.events[0].text
    assert entry.events[0].document_ids == ("a", "b", "c")
    scores = [e.score for e in entry.events]
    assert scores == sorted(scores, reverse=True)


def test_no_budget_keeps_every_date() -> None:
    entries = select(EVENTS, WEIGHTS, max_dates=None, per_date=10)
    assert sum(len(e.events) for e in entries) == len(EVENTS)


def test_since_until_and_granularity_filter() -> None:
    entries = select(
        EVENTS,
        WEIGHTS,
        max_dates=None,
        per_date=5,
        since=dt.date(2016, 9, 29),
        until=dt.date(2016, 9, 29),
    )
    assert {e.period.iso() for e in entries} == {"2016-09-29", "2016-09"}
    days = select(EVENTS, WEIGHTS, max_dates=None, per_date=5, granularity=Granularity.DAY)
    assert all(e.period.granularity is Granularity.DAY for e in days)


@pytest.mark.parametrize("method", sorted(SUMMARISERS))
def test_every_method_selects_from_the_input(method: str) -> None:
    entries = select(EVENTS, WEIGHTS, max_dates=None, per_date=2, method=method)
    texts = {m.members[0].sentence.text for m in EVENTS}
    assert entries
    assert all(event.text in texts for entry in entries for event in entry.events)


def test_bad_arguments_are_refused() -> None:
    with pytest.raises(ValueError, match="unknown method"):
        select(EVENTS, WEIGHTS, max_dates=1, per_date=1, method="gpt")
    with pytest.raises(ValueError, match="at least 1"):
        select(EVENTS, WEIGHTS, max_dates=1, per_date=0)
