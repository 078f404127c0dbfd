"""Merging the same event across documents, and combining their dates."""

from __future__ import annotations

import datetime as dt
import random

from hypothesis import given
from hypothesis import strategies as st

from tests.conftest import day, make_candidate
from timeline.events import Candidate
from timeline.merge import MergedEvent, combine_dates, compatible, merge
from timeline.model import EventDate, Granularity, Period

KREMLIN_A = (
    "The Kremlin vowed on Thursday to press on with its assault in Syria, while U.S. officials "
    "searched for a tougher response to Russia's decision to ignore the peace process."
)
KREMLIN_B = (
    "The Kremlin vowed on Thursday to press on with its assault in Syria, while Washington "
    "searched for a tougher response to Russia's decision to ignore the peace process."
)
UNRELATED = "Flooding closed three schools in the northern district after heavy rain overnight."


def test_same_event_from_two_documents_becomes_one_citing_both() -> None:
    events = merge(
        [
            make_candidate(KREMLIN_A, document_id="a", period="2016-09-29"),
            make_candidate(UNRELATED, document_id="a", period="2016-09-29"),
            make_candidate(KREMLIN_B, document_id="b", period="2016-09", weekday=4),
        ],
        {"a": day("2016-09-30"), "b": Period.from_iso("2016-09")},
    )
    assert len(events) == 2
    kremlin = events[0]
    assert [m.sentence.document_id for m in kremlin.members] == ["a", "b"]
    assert kremlin.date.period == day("2016-09-29")


def test_a_candidate_as_close_to_two_clusters_joins_the_earlier() -> None:
    # the first two are one document's sentences, so they stay apart; c's is as
    # close to one as to the other
    events = merge(
        [
            make_candidate(KREMLIN_A, document_id="a"),
            make_candidate(KREMLIN_A, document_id="a"),
            make_candidate(KREMLIN_A, document_id="c"),
        ],
        {"a": day("2016-09-30"), "c": day("2016-09-30")},
    )
    assert [[m.sentence.document_id for m in e.members] for e in events] == [["a", "c"], ["a"]]


def test_sentences_of_one_document_never_merge() -> None:
    events = merge(
        [
            make_candidate(KREMLIN_A, document_id="a"),
            make_candidate(KREMLIN_A, document_id="a"),
        ],
        {"a": day("2016-09-30")},
    )
    assert len(events) == 2


def test_different_explicit_days_do_not_merge() -> None:
    events = merge(
        [
            make_candidate(KREMLIN_A, document_id="a", period="2016-09-29"),
            make_candidate(KREMLIN_B, document_id="b", period="2016-09-22"),
        ],
        {"a": day("2016-09-30"), "b": day("2016-09-23")},
    )
    assert len(events) == 2


def test_weekday_is_fixed_by_another_sources_publication_day() -> None:
    inferred = EventDate(day("2016-09-30"), "publication of a", inferred=True)
    thursday = EventDate(Period.from_iso("2016-09"), "Thursday in b", weekday=4)
    combined = combine_dates([inferred, thursday], {"a": dt.date(2016, 9, 30)})
    assert combined.period == day("2016-09-29")
    assert not combined.inferred
    assert "Thursday on or before 2016-09-30" in combined.explanation


def test_weekday_stays_open_without_a_known_publication_day() -> None:
    thursday = EventDate(Period.from_iso("2016-09"), "Thursday in b", weekday=4)
    assert combine_dates([thursday], {}) == thursday


def test_explicit_date_beats_inferred_and_precision_wins() -> None:
    inferred = EventDate(day("2016-09-30"), "publication", inferred=True)
    month = EventDate(Period.from_iso("2016-09"), "this month")
    assert combine_dates([inferred, month], {"a": dt.date(2016, 9, 30)}) == month
    exact = EventDate(day("2016-09-28"), "Wednesday")
    assert combine_dates([month, exact, inferred], {}) == exact


def test_only_inferred_dates_take_the_most_precise_earliest() -> None:
    late = EventDate(day("2016-10-02"), "publication of b", inferred=True)
    early = EventDate(day("2016-09-30"), "publication of a", inferred=True)
    month = EventDate(Period.from_iso("2016-09"), "publication of c", inferred=True)
    assert combine_dates([late, month, early], {}) == early


def test_compatibility_rules() -> None:
    thursday_in_september = EventDate(Period.from_iso("2016-09"), "x", weekday=4)
    assert compatible(thursday_in_september, EventDate(day("2016-09-29"), "x"))
    assert not compatible(thursday_in_september, EventDate(day("2016-09-28"), "x"))
    reported = EventDate(day("2016-09-20"), "x", inferred=True)
    assert not compatible(EventDate(day("2016-09-29"), "x"), reported)


@st.composite
def candidate_lists(draw: st.DrawFn) -> list:
    texts = st.sampled_from(
        [KREMLIN_A, KREMLIN_B, UNRELATED, "Rebels seized more than twenty villages near Hama."]
    )
    items = draw(
        st.lists(
            st.tuples(
                texts,
                st.sampled_from("abcd"),
                st.dates(dt.date(2016, 9, 1), dt.date(2016, 9, 30)),
                st.booleans(),
            ),
            max_size=12,
        )
    )
    return [
        make_candidate(t, document_id=d, period=p.isoformat(), inferred=i) for t, d, p, i in items
    ]


@given(candidate_lists())
def test_merging_keeps_every_source(candidates: list) -> None:
    published = {d: Period.day(dt.date(2016, 9, 30)) for d in "abcd"}
    events = merge(candidates, published)
    merged = [m for e in events for m in e.members]
    assert sorted(map(id, merged)) == sorted(map(id, candidates))
    for event in events:
        documents = [m.sentence.document_id for m in event.members]
        assert len(documents) == len(set(documents))
        assert event.date.period.granularity is Granularity.DAY


@st.composite
def event_dates(draw: st.DrawFn) -> EventDate:
    day = draw(st.dates(dt.date(2016, 8, 20), dt.date(2016, 10, 10)))
    granularity = draw(st.sampled_from([Granularity.DAY, Granularity.WEEK, Granularity.MONTH]))
    weekday = None if granularity is Granularity.DAY else draw(st.none() | st.integers(1, 7))
    return EventDate(Period.containing(granularity, day), "x", draw(st.booleans()), weekday)


@given(st.lists(event_dates(), max_size=8), event_dates())
def test_a_clusters_date_summary_agrees_with_pairwise_compatibility(
    members: list[EventDate], date: EventDate
) -> None:
    from timeline.merge import _Cluster

    cluster = _Cluster()
    for i, member in enumerate(members):
        candidate = make_candidate(KREMLIN_A, document_id=str(i), period=member.period.iso())
        cluster.add(i, Candidate(candidate.sentence, member))
    assert cluster.accepts(date) == all(compatible(date, m) for m in members)


@given(candidate_lists(), st.randoms(use_true_random=False))
def test_the_groups_do_not_depend_on_the_order_of_the_candidates(
    candidates: list, rng: random.Random
) -> None:
    published = {d: Period.day(dt.date(2016, 9, 30)) for d in "abcd"}
    shuffled = rng.sample(candidates, len(candidates))

    def groups(events: tuple[MergedEvent, ...]) -> list[list[tuple[str, str, str, bool]]]:
        return sorted(
            sorted(
                (m.sentence.document_id, m.sentence.text, m.date.period.iso(), m.date.inferred)
                for m in event.members
            )
            for event in events
        )

    assert groups(merge(candidates, published)) == groups(merge(shuffled, published))
