"""Hypothesis strategies for model objects."""

from __future__ import annotations

import datetime as dt

from hypothesis import strategies as st

from timeline.model import (
    Citation,
    DocumentInfo,
    Entry,
    Event,
    EventDate,
    Granularity,
    Period,
    TimeExpression,
    Timeline,
    TimexType,
)

_text = st.text(min_size=1, max_size=40)
_ids = st.text(alphabet="abcdefghij0123456789-_", min_size=1, max_size=8)


@st.composite
def periods(draw: st.DrawFn) -> Period:
    day = draw(st.dates(dt.date(1900, 1, 8), dt.date(2100, 12, 24)))
    return Period.containing(draw(st.sampled_from(Granularity)), day)


@st.composite
def event_dates(draw: st.DrawFn) -> EventDate:
    return EventDate(
        draw(periods()),
        draw(st.text(max_size=30)),
        draw(st.booleans()),
        draw(st.none() | st.integers(1, 7)),
    )


@st.composite
def expressions(draw: st.DrawFn) -> TimeExpression:
    start = draw(st.integers(0, 500))
    return TimeExpression(
        start,
        start + draw(st.integers(1, 30)),
        draw(_text),
        draw(st.sampled_from(TimexType)),
        draw(st.sampled_from(["2016-09-29", "P1W", "PRESENT_REF", "XXXX-WXX-4"])),
        draw(st.none() | periods()),
        draw(st.none() | st.integers(1, 7)),
        draw(st.text(max_size=30)),
        draw(st.booleans()),
    )


@st.composite
def citations(draw: st.DrawFn, document_ids: list[str]) -> Citation:
    start = draw(st.integers(0, 1000))
    return Citation(
        draw(st.sampled_from(document_ids)),
        start,
        start + draw(st.integers(1, 300)),
        draw(_text),
        draw(event_dates()),
        draw(st.none() | expressions()),
    )


@st.composite
def timelines(draw: st.DrawFn) -> Timeline:
    ids = draw(st.lists(_ids, min_size=1, max_size=4, unique=True))
    documents = tuple(
        DocumentInfo(
            i,
            draw(st.none() | _text),
            draw(st.none() | _text),
            draw(st.none() | st.just(f"https://example.org/{i}")),
            draw(st.none() | periods()),
        )
        for i in ids
    )
    entries = draw(
        st.lists(
            st.builds(
                Entry,
                periods(),
                st.lists(
                    st.builds(
                        Event,
                        _text,
                        event_dates(),
                        st.floats(0, 10, allow_nan=False),
                        st.lists(citations(ids), min_size=1, max_size=3).map(tuple),
                    ),
                    min_size=1,
                    max_size=3,
                ).map(tuple),
            ),
            max_size=5,
        )
    )
    aside = draw(st.lists(_ids.filter(lambda i: i not in ids), max_size=2, unique=True))
    off_topic = tuple(DocumentInfo(i, None, None, None, draw(st.none() | periods())) for i in aside)
    return Timeline(documents, tuple(entries), off_topic)
