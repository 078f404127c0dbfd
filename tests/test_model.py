"""The model's invariants: periods, ordering, validation."""

from __future__ import annotations

import datetime as dt

import pytest
from hypothesis import given
from hypothesis import strategies as st

from tests.conftest import day
from timeline.model import Citation, Entry, Event, EventDate, Granularity, Period, Timeline

ISO_CASES = [
    ("2016-09-29", Granularity.DAY, dt.date(2016, 9, 29), dt.date(2016, 9, 29)),
    ("2016-W39", Granularity.WEEK, dt.date(2016, 9, 26), dt.date(2016, 10, 2)),
    ("2016-09", Granularity.MONTH, dt.date(2016, 9, 1), dt.date(2016, 9, 30)),
    ("2016-Q3", Granularity.QUARTER, dt.date(2016, 7, 1), dt.date(2016, 9, 30)),
    ("2016", Granularity.YEAR, dt.date(2016, 1, 1), dt.date(2016, 12, 31)),
    ("2016-02", Granularity.MONTH, dt.date(2016, 2, 1), dt.date(2016, 2, 29)),
]


@pytest.mark.parametrize(
    ("text", "granularity", "start", "end"), ISO_CASES, ids=[c[0] for c in ISO_CASES]
)
def test_period_iso_round_trip(
    text: str, granularity: Granularity, start: dt.date, end: dt.date
) -> None:
    period = Period.from_iso(text)
    assert (period.granularity, period.start, period.end) == (granularity, start, end)
    assert period.iso() == text


@pytest.mark.parametrize("text", ["2016-13", "2016-02-30", "16-09-29", "Sept 2016", "2016-Q5", ""])
def test_period_rejects_malformed_iso(text: str) -> None:
    with pytest.raises(ValueError):
        Period.from_iso(text)


def test_period_rejects_unaligned_start() -> None:
    with pytest.raises(ValueError, match="does not start a month"):
        Period(Granularity.MONTH, dt.date(2016, 9, 2))


@given(
    st.dates(min_value=dt.date(1, 1, 8), max_value=dt.date(9998, 12, 24)),
    st.sampled_from(Granularity),
)
def test_containing_period_contains_its_day(d: dt.date, granularity: Granularity) -> None:
    period = Period.containing(granularity, d)
    assert period.contains(d)
    assert period.start <= period.end
    assert Period.from_iso(period.iso()) == period


@given(
    st.lists(
        st.tuples(
            st.dates(min_value=dt.date(1900, 1, 1), max_value=dt.date(2100, 1, 1)),
            st.sampled_from(Granularity),
        ),
        max_size=20,
    )
)
def test_timeline_entries_are_always_chronological(
    dates: list[tuple[dt.date, Granularity]],
) -> None:
    entries = []
    for d, g in dates:
        period = Period.containing(g, d)
        entries.append(Entry(period, (_event(EventDate(period, "test")),)))
    timeline = Timeline((), tuple(entries))
    keys = [e.period.sort_key() for e in timeline.entries]
    assert keys == sorted(keys)


def _event(date: EventDate) -> Event:
    return Event("text", date, 1.0, (Citation("doc", 0, 4, "text", date),))


def test_event_requires_a_citation() -> None:
    with pytest.raises(ValueError, match="at least one source"):
        Event("text", EventDate(day("2016-09-29"), "x"), 1.0, ())
