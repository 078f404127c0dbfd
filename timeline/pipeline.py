"""The one place that knows the order of the stages.

``summarise`` is pure: it reads no file, prints nothing and never looks at
the clock. Documents stream through the per-document stages one at a time;
only their candidate events (sentences with dates) are kept.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Iterable

from timeline.dates import find_time_expressions
from timeline.events import Candidate, candidates
from timeline.merge import merge
from timeline.model import Document, DocumentInfo, Granularity, Period, Timeline
from timeline.segment import sentences
from timeline.select import select

DEFAULT_MAX_DATES = 12
DEFAULT_PER_DATE = 4


def document_candidates(document: Document) -> tuple[Candidate, ...]:
    """Segment, date and extract the candidate events of one document."""
    return candidates(
        document,
        sentences(document),
        find_time_expressions(document.text, document.published),
    )


def summarise(
    documents: Iterable[Document],
    *,
    max_dates: int | None = DEFAULT_MAX_DATES,
    per_date: int = DEFAULT_PER_DATE,
    method: str = "lexrank",
    since: dt.date | None = None,
    until: dt.date | None = None,
    granularity: Granularity | None = None,
    on_document: Callable[[Document], None] | None = None,
) -> Timeline:
    """Build the timeline of the key events told by ``documents``.

    Args:
        documents: the articles; any iterable, consumed once.
        max_dates: how many dates to keep (None keeps every date).
        per_date: how many events to keep per date.
        method: the sumy summariser that rates sentences (see ``SUMMARISERS``).
        since: keep only dates that end on or after this day.
        until: keep only dates that start on or before this day.
        granularity: keep only dates of this granularity (``day`` for
            Timeline17-style evaluation).
        on_document: called after each document is processed (for progress).

    Returns:
        The timeline, citing only the documents its entries quote.

    Raises:
        ValueError: an unknown ``method`` or a budget below 1.
    """
    infos: dict[str, DocumentInfo] = {}
    published: dict[str, Period | None] = {}
    found: list[Candidate] = []
    for document in documents:
        infos[document.id] = DocumentInfo.of(document)
        published[document.id] = document.published
        found.extend(document_candidates(document))
        if on_document is not None:
            on_document(document)
    entries = select(
        merge(found, published),
        max_dates=max_dates,
        per_date=per_date,
        method=method,
        since=since,
        until=until,
        granularity=granularity,
    )
    cited = dict.fromkeys(
        c.document_id for entry in entries for event in entry.events for c in event.citations
    )
    return Timeline(tuple(infos[i] for i in cited), entries)
