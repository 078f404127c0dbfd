"""timeline: a dated, cited timeline of the key events in a pile of news articles.

The library API::

    import timeline

    result = timeline.load(["articles/"])            # documents + what was skipped and why
    tl = timeline.summarise(result.documents, max_dates=10, per_date=3)
    print(timeline.to_markdown(tl))
    data = timeline.to_dict(tl)                       # JSON-ready; timeline.from_dict(data) == tl
    rich.print(timeline.TimelineView(tl))             # the terminal view

Nothing in the library prints, exits or reads the clock.
"""

from timeline.dates import find_time_expressions
from timeline.errors import EvaluationError, TimelineError
from timeline.loading import LoadIssue, LoadOptions, LoadResult, load
from timeline.markdown import to_markdown
from timeline.model import (
    Citation,
    Document,
    DocumentInfo,
    Entry,
    Event,
    EventDate,
    Granularity,
    Period,
    Sentence,
    TimeExpression,
    Timeline,
    TimexType,
)
from timeline.pipeline import summarise
from timeline.serialise import from_dict, from_json, to_dict, to_json
from timeline.terminal import TimelineView

__version__ = "0.1.0"

__all__ = [
    "Citation",
    "Document",
    "DocumentInfo",
    "Entry",
    "EvaluationError",
    "Event",
    "EventDate",
    "Granularity",
    "LoadIssue",
    "LoadOptions",
    "LoadResult",
    "Period",
    "Sentence",
    "TimeExpression",
    "Timeline",
    "TimelineError",
    "TimelineView",
    "TimexType",
    "__version__",
    "find_time_expressions",
    "from_dict",
    "from_json",
    "load",
    "summarise",
    "to_dict",
    "to_json",
    "to_markdown",
]
