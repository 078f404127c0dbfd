"""The one place that knows the order of the stages.

Every function here is pure: it reads no file, prints nothing and never
looks at the clock. Documents stream through the per-document stage
(``digest``) one at a time; only their digests, the citation details and
candidate events, are kept, so memory follows the events, not the raw text.
"""

from __future__ import annotations

import datetime as dt
import traceback
from collections.abc import Callable, Iterable
from dataclasses import dataclass, replace

from timeline.dates import find_time_expressions
from timeline.events import Candidate, candidates, off_topic, without_templates
from timeline.furniture import comments_start
from timeline.merge import merge
from timeline.model import (
    Document,
    DocumentInfo,
    Granularity,
    Period,
    Sentence,
    Timeline,
)
from timeline.published import implausible_publications
from timeline.segment import sentences
from timeline.select import DEFAULT_METHOD, DateWeights, publication_weight, select

DEFAULT_MAX_DATES = 12
DEFAULT_PER_DATE = 4


@dataclass(frozen=True, slots=True)
class Digest:
    """What the timeline keeps of one document: how to cite it, its candidate events,
    the periods it mentions (each once), which rank the dates, and how many sentences
    were read, which says why a document gave no candidates."""

    info: DocumentInfo
    candidates: tuple[Candidate, ...]
    mentions: tuple[Period, ...]
    failure: str | None = None
    """The traceback when the document could not be processed (a bug); then it is empty."""
    sentences: int = 0
    """The sentences read, readers' comments left out; residue and undated ones included."""


def digest(document: Document) -> Digest:
    """Segment and date one document and extract its candidate events.

    Readers' comments under a web article (``furniture.comments_start``) are left
    out: they give no candidates and no mentions.
    """
    return _digest(document, sentences(document))


def safe_digest(document: Document) -> Digest:
    """``digest``, but a document that fails is returned empty with the failure noted.

    One bad document must not sink a run of thousands; the caller reports it.
    """
    try:
        return digest(document)
    except Exception:
        return Digest(DocumentInfo.of(document), (), (), traceback.format_exc())


def _digest(document: Document, its_sentences: tuple[Sentence, ...]) -> Digest:
    end = comments_start(document.text)
    expressions = find_time_expressions(document.text[:end], document.published)
    reporting = tuple(s for s in its_sentences if s.end <= end)
    found = candidates(document, reporting, expressions)
    mentions = dict.fromkeys(
        e.period for e in expressions if e.period is not None and e.weekday is None
    )
    return Digest(DocumentInfo.of(document), found, tuple(mentions), sentences=len(reporting))


def undated(item: Digest) -> Digest:
    """The digest as if its document had no publication date.

    Used when the date proves implausible after every document was read. The
    text is gone by then, so the candidate sentences are dated again in
    place (their offsets kept): absolute dates stay, relative ones lose their
    anchor, and nothing is dated by publication any more.
    """
    kept = [c.sentence for c in item.candidates]
    length = max((s.end for s in kept), default=0)
    text = [" "] * length
    for sentence in kept:
        text[sentence.start : sentence.end] = sentence.text
    info = replace(item.info, published=None)
    document = Document(info.id, "".join(text), None, info.title, info.source, info.url, info.path)
    return replace(_digest(document, tuple(kept)), sentences=item.sentences)


def summarise(
    documents: Iterable[Document],
    *,
    max_dates: int | None = DEFAULT_MAX_DATES,
    per_date: int = DEFAULT_PER_DATE,
    method: str = DEFAULT_METHOD,
    since: dt.date | None = None,
    until: dt.date | None = None,
    granularity: Granularity | None = None,
    keep_off_topic: bool = False,
    on_document: Callable[[Document], None] | None = None,
) -> Timeline:
    """Build the timeline of the key events told by ``documents``.

    Args:
        documents: the articles; any iterable, consumed once.
        max_dates: how many dates to keep (None keeps every date).
        per_date: how many events to keep per date.
        method: how sentences are rated: a sumy summariser, or ``"centroid"`` for
            closeness to the day's coverage alone (see ``select.METHODS``).
        since: keep only dates that end on or after this day.
        until: keep only dates that start on or before this day.
        granularity: keep only dates of this granularity (``day`` for
            Timeline17-style evaluation).
        keep_off_topic: keep documents ``events.off_topic`` finds are not about
            the story; by default they are left out and listed in ``Timeline.off_topic``.
        on_document: called after each document is processed (for progress).

    Returns:
        The timeline, citing only the documents its entries quote.

    Raises:
        ValueError: an unknown ``method`` or a budget below 1.
    """

    def digests() -> Iterable[Digest]:
        for document in documents:
            yield digest(document)
            if on_document is not None:
                on_document(document)

    return summarise_digests(
        digests(),
        max_dates=max_dates,
        per_date=per_date,
        method=method,
        since=since,
        until=until,
        granularity=granularity,
        keep_off_topic=keep_off_topic,
    )


def _reading_order(item: Digest) -> tuple[bool, int, str, str]:
    """Documents newest first, then by id and path: merging and ranking see them in this
    order, so the timeline does not depend on the order they were given in, and the
    tellings that seed and describe a merged event are the latest, which know most."""
    published = item.info.published
    newest = -published.end.toordinal() if published is not None else 0
    return (published is None, newest, item.info.id, item.info.path or "")


def summarise_digests(
    digests: Iterable[Digest],
    *,
    max_dates: int | None = DEFAULT_MAX_DATES,
    per_date: int = DEFAULT_PER_DATE,
    method: str = DEFAULT_METHOD,
    since: dt.date | None = None,
    until: dt.date | None = None,
    granularity: Granularity | None = None,
    keep_off_topic: bool = False,
    on_stage: Callable[[str], None] | None = None,
) -> Timeline:
    """The cross-document stages: merge, select and order, from digests.

    Takes the same options as ``summarise``; digests may come from any
    engine (a process pool, Dask workers) in any order: they are read newest
    first, then by id (``_reading_order``), so the order they come in does not
    change the timeline. ``on_stage`` is called with ``"merge"`` and then
    ``"select"`` as each stage starts, after every digest has been read
    (for progress). Sentences of page templates, undated and repeated word for
    word across weeks (``events.without_templates``), are left out first. A
    publication date years after every other document's
    (`timeline.published.implausible_publications`) is dropped, and that
    document dated as if it had none (``undated``). Unless ``keep_off_topic``,
    documents that are not about the story (``events.off_topic``) are left out
    and listed in the timeline's ``off_topic``.
    """
    infos: dict[str, DocumentInfo] = {}
    published: dict[str, Period | None] = {}
    found: list[Candidate] = []
    collected = sorted(digests, key=_reading_order)
    aside = (
        frozenset()
        if keep_off_topic
        else off_topic({d.info.id: [c.terms for c in d.candidates] for d in collected})
    )
    left_out = [d.info for d in collected if d.info.id in aside]
    flagged = implausible_publications([(d.info.id, d.info.published) for d in collected])
    weights = DateWeights(
        publication_weight(
            [
                d.info.published.start
                for d in collected
                if d.info.id not in aside
                and d.info.id not in flagged
                and d.info.published is not None
                and d.info.published.granularity is Granularity.DAY
            ]
        )
    )
    for item in collected:
        if item.info.id in aside:
            continue
        if item.info.id in flagged:
            item = undated(item)
        infos[item.info.id] = item.info
        published[item.info.id] = item.info.published
        found.extend(item.candidates)
        weights.add(item.info.published, item.mentions)
    if on_stage is not None:
        on_stage("merge")
    merged = merge(without_templates(found, published), published)
    if on_stage is not None:
        on_stage("select")
    entries = select(
        merged,
        weights,
        max_dates=max_dates,
        per_date=per_date,
        method=method,
        since=since,
        until=until,
        granularity=granularity,
        published=published,
    )
    timeline = Timeline((), entries)  # in date order, as the views number the documents
    cited = dict.fromkeys(
        document_id
        for entry in timeline.entries
        for event in entry.events
        for document_id in event.document_ids
    )
    return replace(timeline, documents=tuple(infos[i] for i in cited), off_topic=tuple(left_out))
