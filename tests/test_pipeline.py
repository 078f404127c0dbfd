"""The pipeline's own rules: digests, implausible publication dates, input order."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from tests.conftest import make_document, outbreak_collection
from timeline.labels import citation_numbers
from timeline.model import Document, Period
from timeline.pipeline import digest, summarise, undated
from timeline.published import implausible_publications

TEXT = (
    "The council voted on Thursday to close the bridge for repairs.\n"
    "Work began on 12 September 2016 and will last into the spring.\n"
    "Residents said the detour adds twenty minutes to every trip."
)


def test_digest_keeps_candidates_and_mentions_once() -> None:
    item = digest(make_document(TEXT, published="2016-09-30"))
    assert [c.date.period.iso() for c in item.candidates] == [
        "2016-09-29",
        "2016-09-12",
        "2016-09-30",
    ]
    assert item.candidates[2].date.inferred
    assert Period.from_iso("2016-09-12") in item.mentions
    assert len(item.mentions) == len(set(item.mentions))


def test_readers_comments_give_no_candidates_and_no_mentions() -> None:
    comment = "At 12:19 26th Apr 2009, Jim213 wrote: I saw the bridge close on 1 March 2015 myself."
    item = digest(make_document(f"{TEXT}\n{comment}", published="2016-09-30"))
    assert len(item.candidates) == 3
    assert Period.from_iso("2015-03-01") not in item.mentions
    assert Period.from_iso("2009-04-26") not in item.mentions


def test_digest_counts_the_sentences_read_even_when_none_is_a_candidate() -> None:
    assert digest(make_document(TEXT, published="2016-09-30")).sentences == 3
    short = digest(make_document("The council met on Thursday.", published="2016-09-30"))
    assert (short.sentences, short.candidates) == (1, ())  # too short to state an event
    comment = "At 12:19 26th Apr 2009, Jim213 wrote: I saw the bridge close myself."
    assert digest(make_document(f"{TEXT}\n{comment}")).sentences == 3  # comments are not read


def test_undated_keeps_absolute_dates_and_drops_publication_ones() -> None:
    item = undated(digest(make_document(TEXT, published="2061-09-30")))
    assert item.info.published is None
    assert [c.date.period.iso() for c in item.candidates] == ["2016-09-12"]
    assert item.candidates[0].sentence.text.startswith("Work began")
    assert item.mentions == (Period.from_iso("2016-09-12"),)
    assert item.sentences == 3  # sentences read, not the candidates it kept


def test_only_a_newest_date_years_after_the_rest_is_implausible() -> None:
    dates = [("a", Period.from_iso("2016-09-30")), ("b", Period.from_iso("2016-10")), ("c", None)]
    assert implausible_publications(dates) == {}
    assert implausible_publications([*dates, ("typo", Period.from_iso("2061"))]) == {"typo": "b"}
    twins = [*dates, ("x", Period.from_iso("2061-01-01")), ("y", Period.from_iso("2061-01-02"))]
    assert implausible_publications(twins) == {}


def test_summarise_ignores_an_implausible_publication_date() -> None:
    good = make_document(TEXT, id="good", published="2016-09-30")
    typo = make_document(
        "Officials said on Friday that repairs had begun in earnest.",
        id="typo",
        published="2061-09-30",
    )
    timeline = summarise([good, typo], max_dates=None, per_date=10)
    assert all(entry.period.start.year == 2016 for entry in timeline.entries)


def test_documents_are_listed_in_the_order_the_views_number_them() -> None:
    # The best-attested date (20 September, told by three documents) is chosen first, but
    # the document telling the earlier date comes first in date order, as the views number it.
    later = "Rebels seized twenty villages near the city of Hama on 20 September 2016."
    earlier = "The Kremlin announced a ceasefire for the city of Aleppo on 10 September 2016."
    documents = [
        make_document(f"{earlier} It held for a week.", id="early", published="2016-09-30"),
        *(make_document(f"{later} Copy {i} of the report.", id=f"late{i}") for i in range(3)),
    ]
    timeline = summarise(documents, max_dates=2, per_date=1)
    assert [e.period.iso() for e in timeline.entries] == ["2016-09-10", "2016-09-20"]
    assert [d.id for d in timeline.documents] == list(citation_numbers(timeline))
    assert timeline.documents[0].id == "early"


OUTBREAK = list(outbreak_collection())
OUTBREAK_TIMELINE = summarise(OUTBREAK, max_dates=None)


@settings(max_examples=15, deadline=None)
@given(st.permutations(OUTBREAK))
def test_the_timeline_does_not_depend_on_the_order_of_the_documents(
    documents: list[Document],
) -> None:
    assert summarise(documents, max_dates=None) == OUTBREAK_TIMELINE


def test_a_document_not_about_the_story_is_left_out_and_listed() -> None:
    timeline = summarise(outbreak_collection(), max_dates=None)
    assert [info.id for info in timeline.off_topic] == ["listings"]
    assert "listings" not in {info.id for info in timeline.documents}
    assert timeline.entries


def test_keep_off_topic_keeps_every_document() -> None:
    timeline = summarise(outbreak_collection(), max_dates=None, keep_off_topic=True)
    assert timeline.off_topic == ()
    assert "listings" in {info.id for info in timeline.documents}
