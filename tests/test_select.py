"""Choosing dates and events with sumy."""

from __future__ import annotations

import datetime as dt

import pytest

from tests.conftest import make_candidate, make_sentence
from timeline.events import Candidate
from timeline.merge import MergedEvent
from timeline.model import EventDate, Granularity, Period, TimeExpression, TimexType
from timeline.select import METHODS, DateWeights, publication_weight, select, stands_alone


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
    assert weights[Period.from_iso("2016-10-04")] == pytest.approx(0.01)  # the day before
    assert weights[Period.from_iso("2015")] == 0


def _days(start: str, count: int, step: int) -> list[dt.date]:
    first = dt.date.fromisoformat(start)
    return [first + dt.timedelta(days=i * step) for i in range(count)]


@pytest.mark.parametrize(
    ("days", "weight"),
    [
        ([], 0.01),
        (_days("2010-04-20", 975, 0) + _days("2010-04-20", 25, 1), 0.01),  # 40 a day: floor
        (_days("2010-04-20", 400, 0) + _days("2010-04-20", 100, 1), 0.06),  # 5 a day
        (_days("2010-04-20", 31, 1), 0.3),  # one a day
        (_days("2009-06-25", 10, 3), 0.84),  # one every 2.8 days
        (_days("2009-06-25", 20, 30), 1.0),  # one a month: capped at a later mention
        (_days("2016-09-30", 1, 1), 0.3),  # a single article
    ],
    ids=["none", "dense", "five-a-day", "daily", "every-few-days", "monthly", "single"],
)
def test_publication_counts_more_in_a_sparse_collection(days: list[dt.date], weight: float) -> None:
    assert publication_weight(days) == pytest.approx(weight)


def test_the_publication_weight_goes_to_the_day_of_publication_and_the_day_before() -> None:
    weights = DateWeights(publication=0.6)
    weights.add(Period.from_iso("2011-10-13"), [])
    assert weights[Period.from_iso("2011-10-13")] == pytest.approx(0.6)
    assert weights[Period.from_iso("2011-10-12")] == pytest.approx(0.6)
    assert weights[Period.from_iso("2011-10-11")] == 0


def test_best_attested_dates_are_kept_within_budget() -> None:
    entries = select(EVENTS, WEIGHTS, max_dates=2, per_date=2)
    assert [e.period.iso() for e in entries] == ["2016-09-29", "2016-09-28"]
    assert all(len(e.events) <= 2 for e in entries)


@pytest.mark.parametrize(
    ("period", "documents", "outranks_the_day"),
    [
        ("2016-W39", 2, False),  # a week needs 1 + ln 7 = 2.9 mentions for each of a day's
        ("2016-W39", 3, True),
        ("2016-09", 4, False),  # a month 1 + ln 30 = 4.4
        ("2016-09", 5, True),
        ("2016", 6, False),  # a year 1 + ln 366 = 6.9
        ("2016", 7, True),
    ],
)
def test_a_longer_period_needs_more_mentions_to_rank_with_a_day(
    period: str, documents: int, outranks_the_day: bool
) -> None:
    day = merged("Rebels seized twenty villages near the city of Hama.", "2016-09-29", "a")
    coarse = merged("Moscow launched an assault to recapture the city.", period, "b")
    weights = DateWeights()
    weights.add(Period.from_iso("2017-01-10"), [day.date.period])
    for _ in range(documents):
        weights.add(Period.from_iso("2017-01-10"), [coarse.date.period])
    (entry,) = select([day, coarse], weights, max_dates=1, per_date=1)
    assert (entry.period.iso() == period) is outranks_the_day


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


@pytest.mark.parametrize("method", METHODS)
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


def told(text: str, document: str, date: EventDate, position: int = 5) -> MergedEvent:
    """An event told by one document, ``position`` sentences into it."""
    return MergedEvent(
        (Candidate(make_sentence(text, document_id=document), date, None, position),), date
    )


def told_by_several(text: str, documents: str, date: EventDate) -> MergedEvent:
    """One event told word for word by each of ``documents`` (one letter each)."""
    members = tuple(Candidate(make_sentence(text, document_id=d), date, None, 5) for d in documents)
    return MergedEvent(members, date)


def weights_for(day: EventDate) -> DateWeights:
    """Date weights with one mention of ``day``, from a document of 5 October 2016."""
    weights = DateWeights()
    weights.add(Period.from_iso("2016-10-05"), [day.period])
    return weights


def on(iso: str, inferred: bool = False) -> EventDate:
    return EventDate(Period.from_iso(iso), "test", inferred)


def test_leads_of_the_next_days_articles_are_options_placed_on_the_day() -> None:
    dated = told(
        "Rebels seized twenty villages near the city of Hama on Thursday.", "a", on("2016-09-29")
    )
    lead = told(
        "Russian jets pounded the rebel-held east of Aleppo city overnight.",
        "b",
        on("2016-09-30", inferred=True),
        position=0,
    )
    deep = told(
        "A local council member described the long history of the old market.",
        "b",
        on("2016-09-30", inferred=True),
    )
    weights = DateWeights()
    weights.add(Period.from_iso("2016-10-01"), [Period.from_iso("2016-09-29")])
    (entry,) = select(
        [dated, lead, deep],
        weights,
        max_dates=1,
        per_date=3,
        published={"a": Period.from_iso("2016-09-29"), "b": Period.from_iso("2016-09-30")},
    )
    assert entry.period.iso() == "2016-09-29"
    texts = [e.text for e in entry.events]
    assert sorted(texts) == sorted([dated.members[0].sentence.text, lead.members[0].sentence.text])
    placed = next(e for e in entry.events if e.text == lead.members[0].sentence.text)
    assert placed.date.period.iso() == "2016-09-29"
    assert placed.date.inferred
    assert "2016-09-30" in placed.date.explanation
    assert placed.document_ids == ("b",)


def test_a_lead_dated_elsewhere_stays_at_its_own_date() -> None:
    elsewhere = told(
        "The ceasefire collapsed on Monday after a week of relative calm in the city.",
        "b",
        on("2016-09-26"),
        position=0,
    )
    dated = told(
        "Rebels seized twenty villages near the city of Hama on Thursday.", "a", on("2016-09-29")
    )
    weights = DateWeights()
    weights.add(Period.from_iso("2016-10-05"), [Period.from_iso("2016-09-29")])
    entries = select(
        [dated, elsewhere],
        weights,
        max_dates=None,
        per_date=3,
        published={"a": Period.from_iso("2016-09-29"), "b": Period.from_iso("2016-09-29")},
    )
    assert {(en.period.iso(), ev.text) for en in entries for ev in en.events} == {
        ("2016-09-29", dated.members[0].sentence.text),
        ("2016-09-26", elsewhere.members[0].sentence.text),
    }


def test_no_event_fills_two_dates() -> None:
    lead = told(
        "Russian jets pounded the rebel-held east of Aleppo city overnight.",
        "b",
        on("2016-09-30", inferred=True),
        position=0,
    )
    weights = DateWeights()
    weights.add(
        Period.from_iso("2016-10-05"),
        [Period.from_iso("2016-09-29"), Period.from_iso("2016-09-30")],
    )
    entries = select(
        [lead], weights, max_dates=None, per_date=2, published={"b": Period.from_iso("2016-09-30")}
    )
    quoted = [ev.text for en in entries for ev in en.events]
    assert quoted == [lead.members[0].sentence.text]


def test_a_near_repeat_gives_way_to_a_different_event() -> None:
    first = "Russian and Syrian jets bombed the rebel-held east of Aleppo city on Thursday."
    repeat = "Syrian and Russian jets bombed the rebel-held east of Aleppo city again on Thursday."
    other = (
        "Aid convoys waited at the Turkish border for permission to cross into Syria on Thursday."
    )
    events = [
        told(first, "a", on("2016-09-29")),
        told(repeat, "b", on("2016-09-29")),
        told(first, "c", on("2016-09-29")),
        told(other, "d", on("2016-09-29")),
    ]
    weights = DateWeights()
    weights.add(Period.from_iso("2016-10-05"), [Period.from_iso("2016-09-29")])
    (entry,) = select(events, weights, max_dates=1, per_date=2)
    assert len({e.text for e in entry.events}) == 2
    assert other in [e.text for e in entry.events]
    assert entry.events[0].score >= entry.events[1].score


def test_a_restatement_of_an_event_taken_that_day_is_left_out_even_with_room() -> None:
    first = "The Deepwater Horizon rig exploded on 20 April, killing 11 workers."
    again = (
        "Oil has been spewing into the Gulf since the explosion on the Deepwater Horizon"
        " drilling rig on 20 April, which killed 11 workers."
    )
    events = [told(first, "a", on("2010-04-20")), told(again, "b", on("2010-04-20"))]
    weights = DateWeights()
    weights.add(Period.from_iso("2010-04-25"), [Period.from_iso("2010-04-20")])
    (entry,) = select(events, weights, max_dates=1, per_date=3)
    assert len(entry.events) == 1


def test_an_option_without_content_words_is_taken_once() -> None:
    events = [
        told("He said so.", "a", on("2016-09-29")),
        told(
            "Rebels seized twenty villages near the city of Hama on Thursday.",
            "b",
            on("2016-09-29"),
        ),
    ]
    weights = DateWeights()
    weights.add(Period.from_iso("2016-10-05"), [Period.from_iso("2016-09-29")])
    (entry,) = select(events, weights, max_dates=1, per_date=3)
    texts = [e.text for e in entry.events]
    assert len(texts) == len(set(texts)) == 2


def test_a_date_left_without_events_gives_way_to_the_next() -> None:
    lead = told(
        "Russian jets pounded the rebel-held east of Aleppo city overnight.",
        "b",
        on("2016-09-30", inferred=True),
        position=0,
    )
    thursday = told(
        "Rebels seized twenty villages near the city of Hama on Thursday.", "a", on("2016-09-29")
    )
    wednesday = told("John Kirby warned Russia about the city on Wednesday.", "a", on("2016-09-28"))
    weights = DateWeights()
    for mentioned in ("2016-09-29", "2016-09-29", "2016-09-30"):
        weights.add(Period.from_iso("2016-10-05"), [Period.from_iso(mentioned)])
    weights.add(Period.from_iso("2016-09-27"), [Period.from_iso("2016-09-28")])
    entries = select(
        [lead, thursday, wednesday],
        weights,
        max_dates=2,
        per_date=2,
        published={"a": Period.from_iso("2016-10-01"), "b": Period.from_iso("2016-09-30")},
    )
    assert [e.period.iso() for e in entries] == ["2016-09-29", "2016-09-28"]
    assert len(entries[0].events) == 2


def test_an_event_is_quoted_by_its_telling_closest_to_the_days_coverage() -> None:
    thursday = on("2016-09-29")
    close = "Rebels seized twenty villages near the city of Hama on Thursday."
    longer = "On Thursday, in a long statement about many things, the group also said it had moved."
    event = MergedEvent(
        (
            Candidate(make_sentence(longer, document_id="a"), thursday),
            Candidate(make_sentence(close, document_id="b"), thursday),
        ),
        thursday,
    )
    # The day's coverage: undated sentences published that day, which restate the event.
    published = on("2016-09-29", inferred=True)
    coverage = [
        told("Rebel fighters seized more villages near Hama.", "c", published),
        told("The villages near Hama fell to rebels, residents said.", "d", published),
        told("Rebels said that the villages were taken within hours.", "e", published),
        told("Government troops left villages north of Hama to rebels.", "f", published),
        told("Rebels near Hama said they had seized villages.", "g", published),
    ]
    weights = DateWeights()
    weights.add(Period.from_iso("2016-10-05"), [Period.from_iso("2016-09-29")])
    (entry,) = select([event, *coverage], weights, max_dates=1, per_date=1)
    (quoted,) = entry.events
    assert quoted.document_ids == ("a", "b")
    assert quoted.text == close


@pytest.mark.parametrize(
    ("text", "alone"),
    [
        ("They turned to the plan after failing to stop the leak.", False),
        ("But on Thursday, a spokesman said the company was collecting more.", False),
        ("He was in court on Monday with his family.", False),
        ("However, local officials say many people travel to the capital.", False),
        ("And an emergency room doctor said she was not told.", False),
        ("The US Coast Guard says no oil appears to be leaking.", True),
        ("Hewlett-Packard said it would donate computers.", True),
        ("Theirs was the first rescue team to arrive.", True),
        ('"They have done everything," he said.', True),
        ("That was nearly two years ago and the case is still open.", False),
        ("This is the worst disaster the country has seen.", False),
        ("This week, the company said it would pay.", True),
        ("These figures show a fall in new cases.", True),
        ("Thatcher was prime minister at the time.", True),
        ("scientists double their estimates of the flow.", False),
        ("eBay said it would remove the listings.", True),
        ("If you have a comment on today's show, we want to hear it.", False),
        ("Just 18 days before the explosion, you said the rigs were safe.", False),
        ('"You may not use any anesthetic," the judge told Dr Murray.', True),
        ("Youth groups joined the rally on Sunday.", True),
        ("“These invitations show the depths to which the US has sunk.”", False),
        ('"Let me be clear: BP is responsible for this leak.', False),
        ('"We will not rest," Salazar said on Sunday.', True),
        ('Salazar said: "We will not rest."', True),
    ],
    ids=[
        "they",
        "but",
        "he",
        "however",
        "and",
        "noun-phrase",
        "name-starting-with-he",
        "longer-word",
        "quoted",
        "that-was",
        "this-is",
        "this-week",
        "these-figures",
        "name-starting-with-that",
        "lower-case",
        "name-in-lower-case",
        "addresses-the-reader",
        "addresses-someone",
        "you-in-a-quote",
        "youth",
        "a-bare-quotation",
        "a-quotation-going-on-into-the-next-sentence",
        "a-quotation-and-its-speaker",
        "a-speaker-and-a-quotation",
    ],
)
def test_a_sentence_opening_with_a_word_that_refers_back_does_not_stand_alone(
    text: str, alone: bool
) -> None:
    assert stands_alone(text) is alone


def test_among_a_days_options_a_sentence_that_stands_alone_is_preferred() -> None:
    dangling = "They capped the leaking oil well on Thursday after months of attempts."
    alone = "Engineers capped the leaking oil well on Thursday after months of attempts."
    others = [
        "Fishermen in Louisiana were still waiting for compensation on Thursday.",
        "Officials counted the birds found on the beaches on Thursday.",
        "Hurricane forecasters watched a storm in the Caribbean on Thursday.",
    ]
    day = on("2016-09-29")
    # four sources tell the dangling sentence: without the penalty, their bonus wins
    events = [
        told_by_several(dangling, "abcd", day),
        told(alone, "e", day),
        *(told(text, f"x{i}", day) for i, text in enumerate(others)),
    ]
    (entry,) = select(events, weights_for(day), max_dates=1, per_date=1)
    assert [e.text for e in entry.events] == [alone]


def test_among_a_days_options_a_sentence_that_writes_out_its_day_is_preferred() -> None:
    day = on("2016-09-29")
    counted = "Engineers capped the leaking oil well on Thursday after months of attempts."
    written = "Engineers capped the leaking oil well on 29 September after months of attempts."

    def dated_by(text: str, document: str, names_date: bool) -> MergedEvent:
        at = text.index(" on ") + 4
        expression = TimeExpression(
            at,
            at + 12,
            text[at : at + 12],
            TimexType.DATE,
            "2016-09-29",
            day.period,
            names_date=names_date,
        )
        telling = Candidate(make_sentence(text, document_id=document), day, expression, 5)
        return MergedEvent((telling,), day)

    others = [
        "Fishermen in Louisiana were still waiting for compensation on Thursday.",
        "Officials counted the birds found on the beaches on Thursday.",
    ]
    # two sources tell the sentence that counts its day: without the bonus, theirs wins
    events = [
        MergedEvent(
            dated_by(counted, "a", False).members + dated_by(counted, "b", False).members, day
        ),
        dated_by(written, "c", True),
        *(told(text, f"x{i}", day) for i, text in enumerate(others)),
    ]
    (entry,) = select(events, weights_for(day), max_dates=1, per_date=1, method="centroid")
    assert [e.text for e in entry.events] == [written]


def test_among_a_days_options_a_report_is_preferred_to_a_preview() -> None:
    day = on("2016-09-29")
    preview = "Engineers expect to cap the leaking oil well on Thursday after months of attempts."
    report = "Engineers capped the leaking oil well on Thursday after months of attempts."
    others = [
        "Fishermen in Louisiana were still waiting for compensation on Thursday.",
        "Officials counted the birds found on the beaches on Thursday.",
    ]
    # two sources tell the preview: without the preview's weight, their bonus wins
    events = [
        told_by_several(preview, "ab", day),
        told(report, "c", day),
        *(told(text, f"x{i}", day) for i, text in enumerate(others)),
    ]
    week_before, day_after = Period.from_iso("2016-09-22"), Period.from_iso("2016-09-30")
    published = {"a": week_before, "b": week_before, "c": day_after}
    (entry,) = select(
        events, weights_for(day), max_dates=1, per_date=1, method="centroid", published=published
    )
    assert [e.text for e in entry.events] == [report]


def test_an_events_score_is_its_marginal_value() -> None:
    # Alone on its day, an event is its whole coverage (closeness 1), told by one source,
    # standing alone: its rating is 1, and nothing taken before it repeats it.
    alone = [
        merged("Rebels seized twenty villages near Hama.", "2016-09-29", "a"),
        merged("Kirby warned Moscow about Aleppo.", "2016-09-28", "b"),
    ]
    entries = select(alone, weights_of(alone), max_dates=2, per_date=1, method="centroid")
    assert [e.events[0].score for e in entries] == [pytest.approx(1.0)] * 2
