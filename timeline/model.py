"""The data model: frozen value objects shared by every stage.

Nothing here imports a third-party library, reads files or prints. Every
span of text is kept as character offsets into its document's ``text``.
"""

from __future__ import annotations

import calendar
import datetime as dt
import enum
import re
from dataclasses import dataclass, field


class Granularity(enum.StrEnum):
    """How precisely a period is known, from the finest to the coarsest."""

    DAY = "day"
    WEEK = "week"
    MONTH = "month"
    QUARTER = "quarter"
    YEAR = "year"

    @property
    def rank(self) -> int:
        """0 for a day, 4 for a year: smaller is more precise."""
        return _GRANULARITY_ORDER.index(self)


_GRANULARITY_ORDER = tuple(Granularity)

_ISO_DAY = re.compile(r"^(\d{4})-(\d{2})-(\d{2})$")
_ISO_WEEK = re.compile(r"^(\d{4})-W(\d{2})$")
_ISO_MONTH = re.compile(r"^(\d{4})-(\d{2})$")
_ISO_QUARTER = re.compile(r"^(\d{4})-Q([1-4])$")
_ISO_YEAR = re.compile(r"^(\d{4})$")


@dataclass(frozen=True, slots=True)
class Period:
    """A calendar period: a day, an ISO week, a month, a quarter or a year.

    ``start`` is the period's first day; the constructor rejects a start that
    is not aligned to the granularity, so equal periods compare equal.
    """

    granularity: Granularity
    start: dt.date

    def __post_init__(self) -> None:
        if self.start != _align(self.granularity, self.start):
            raise ValueError(f"{self.start} does not start a {self.granularity.value}")

    @classmethod
    def containing(cls, granularity: Granularity, day: dt.date) -> Period:
        """The period of ``granularity`` that contains ``day``."""
        return cls(granularity, _align(granularity, day))

    @classmethod
    def day(cls, day: dt.date) -> Period:
        """A single day."""
        return cls(Granularity.DAY, day)

    @classmethod
    def from_iso(cls, text: str) -> Period:
        """Parse ``2016-09-29``, ``2016-W39``, ``2016-09``, ``2016-Q3`` or ``2016``.

        Raises:
            ValueError: the text is none of those forms, or not a real date.
        """
        text = text.strip()
        if m := _ISO_DAY.match(text):
            return cls(Granularity.DAY, dt.date(int(m[1]), int(m[2]), int(m[3])))
        if m := _ISO_WEEK.match(text):
            return cls(Granularity.WEEK, dt.date.fromisocalendar(int(m[1]), int(m[2]), 1))
        if m := _ISO_MONTH.match(text):
            return cls(Granularity.MONTH, dt.date(int(m[1]), int(m[2]), 1))
        if m := _ISO_QUARTER.match(text):
            return cls(Granularity.QUARTER, dt.date(int(m[1]), 3 * int(m[2]) - 2, 1))
        if m := _ISO_YEAR.match(text):
            return cls(Granularity.YEAR, dt.date(int(m[1]), 1, 1))
        raise ValueError(f"not an ISO date, week, month, quarter or year: {text!r}")

    @property
    def end(self) -> dt.date:
        """The period's last day."""
        g, s = self.granularity, self.start
        if g is Granularity.DAY:
            return s
        if g is Granularity.WEEK:
            return s + dt.timedelta(days=6)
        if g is Granularity.MONTH:
            return s.replace(day=calendar.monthrange(s.year, s.month)[1])
        if g is Granularity.QUARTER:
            last_month = s.month + 2
            return s.replace(month=last_month, day=calendar.monthrange(s.year, last_month)[1])
        return s.replace(month=12, day=31)

    def iso(self) -> str:
        """The ISO 8601 / TimeML form.

        ``2016-09-29``, ``2016-W39``, ``2016-09``, ``2016-Q3`` or ``2016``.
        """
        g, s = self.granularity, self.start
        if g is Granularity.DAY:
            return s.isoformat()
        if g is Granularity.WEEK:
            year, week, _ = s.isocalendar()
            return f"{year:04d}-W{week:02d}"
        if g is Granularity.MONTH:
            return f"{s.year:04d}-{s.month:02d}"
        if g is Granularity.QUARTER:
            return f"{s.year:04d}-Q{(s.month - 1) // 3 + 1}"
        return f"{s.year:04d}"

    def contains(self, day: dt.date) -> bool:
        """Whether ``day`` falls inside this period."""
        return self.start <= day <= self.end

    def sort_key(self) -> tuple[dt.date, int]:
        """Chronological order; a coarser period sorts before the finer ones it starts with."""
        return (self.start, -self.granularity.rank)

    def __str__(self) -> str:
        return self.iso()


def _align(granularity: Granularity, day: dt.date) -> dt.date:
    if granularity is Granularity.DAY:
        return day
    if granularity is Granularity.WEEK:
        return day - dt.timedelta(days=day.weekday())
    if granularity is Granularity.MONTH:
        return day.replace(day=1)
    if granularity is Granularity.QUARTER:
        return day.replace(month=3 * ((day.month - 1) // 3) + 1, day=1)
    return day.replace(month=1, day=1)


WEEKDAY_NAMES = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")


@dataclass(frozen=True, slots=True)
class Document:
    """One article as loaded.

    Attributes:
        id: unique within a run (file stem, JSON ``id``, ...).
        text: the body text; every offset elsewhere points into it.
        published: the publication date with its known precision, or None.
        published_origin: where ``published`` came from, in words.
    """

    id: str
    text: str
    published: Period | None = None
    title: str | None = None
    source: str | None = None
    url: str | None = None
    path: str | None = None
    published_origin: str = ""

    def __post_init__(self) -> None:
        if not self.id:
            raise ValueError("a document needs a non-empty id")


@dataclass(frozen=True, slots=True)
class Sentence:
    """A sentence of a document, as offsets into ``Document.text``."""

    document_id: str
    start: int
    end: int
    text: str

    def __post_init__(self) -> None:
        if not 0 <= self.start <= self.end:
            raise ValueError(f"bad sentence offsets {self.start}..{self.end}")


class TimexType(enum.StrEnum):
    """TimeML TIMEX3 types."""

    DATE = "DATE"
    TIME = "TIME"
    DURATION = "DURATION"
    SET = "SET"


@dataclass(frozen=True, slots=True)
class TimeExpression:
    """A time expression found in a text and resolved against an anchor.

    Attributes:
        start, end: character offsets into the text that was tagged.
        text: the surface string, ``text[start:end]``.
        type: the TimeML type.
        value: the TimeML normalised value (``2016-09-29``, ``P1W``, ``PAST_REF``,
            ``XXXX-WXX-4`` ...).
        period: the calendar period the expression places an event in, when it
            does (a DATE or TIME that could be anchored); None otherwise.
        weekday: ISO weekday (1 = Monday) when the expression names a weekday
            whose exact day could not be fixed; ``period`` then bounds it.
        anchor: how the value was reached, in words.
        names_date: the expression writes out its calendar date ("20 April",
            "April 20, 2010", "4/20/10", "1998") rather than counting from an anchor.
    """

    start: int
    end: int
    text: str
    type: TimexType
    value: str
    period: Period | None = None
    weekday: int | None = None
    anchor: str = ""
    names_date: bool = False

    def __post_init__(self) -> None:
        if not 0 <= self.start < self.end:
            raise ValueError(f"bad expression offsets {self.start}..{self.end}")
        if self.weekday is not None and not 1 <= self.weekday <= 7:
            raise ValueError(f"weekday must be 1..7, not {self.weekday}")


@dataclass(frozen=True, slots=True)
class EventDate:
    """When an event happened, as far as the evidence tells.

    ``period`` is the best-known period; ``weekday`` (ISO, 1 = Monday) narrows
    it when a weekday was named but its day could not be fixed. ``inferred``
    is true when no time expression dated the event and the date was inferred
    (for example from the publication date).
    """

    period: Period
    explanation: str
    inferred: bool = False
    weekday: int | None = None

    def label_weekday(self) -> str | None:
        """The weekday name when the day itself is unknown, else None."""
        return WEEKDAY_NAMES[self.weekday - 1] if self.weekday else None


@dataclass(frozen=True, slots=True)
class Citation:
    """One source's telling of an event: which document, which sentence."""

    document_id: str
    start: int
    end: int
    text: str
    date: EventDate
    expression: TimeExpression | None = None


@dataclass(frozen=True, slots=True)
class Event:
    """A key event: the quoted sentence, its date and every source that told it."""

    text: str
    date: EventDate
    score: float
    citations: tuple[Citation, ...]

    def __post_init__(self) -> None:
        object.__setattr__(self, "citations", tuple(self.citations))
        if not self.citations:
            raise ValueError("an event must cite at least one source")

    @property
    def document_ids(self) -> tuple[str, ...]:
        """The cited documents, each once, in citation order."""
        return tuple(dict.fromkeys(c.document_id for c in self.citations))


@dataclass(frozen=True, slots=True)
class Entry:
    """All selected events of one period."""

    period: Period
    events: tuple[Event, ...]

    def __post_init__(self) -> None:
        object.__setattr__(self, "events", tuple(self.events))


@dataclass(frozen=True, slots=True)
class DocumentInfo:
    """What a timeline needs to cite a document, without its text."""

    id: str
    title: str | None = None
    source: str | None = None
    url: str | None = None
    published: Period | None = None
    path: str | None = None

    @classmethod
    def of(cls, document: Document) -> DocumentInfo:
        """The citation details of ``document``."""
        return cls(
            document.id,
            document.title,
            document.source,
            document.url,
            document.published,
            document.path,
        )


@dataclass(frozen=True, slots=True)
class Timeline:
    """Entries in chronological order, the documents they cite, and the documents left
    out as off-topic (``events.off_topic``)."""

    documents: tuple[DocumentInfo, ...]
    entries: tuple[Entry, ...] = field(default=())
    off_topic: tuple[DocumentInfo, ...] = field(default=())

    def __post_init__(self) -> None:
        object.__setattr__(self, "documents", tuple(self.documents))
        object.__setattr__(self, "off_topic", tuple(self.off_topic))
        entries = tuple(sorted(self.entries, key=lambda e: e.period.sort_key()))
        object.__setattr__(self, "entries", entries)

    def document(self, document_id: str) -> DocumentInfo:
        """The cited document with this id.

        Raises:
            KeyError: no such document in this timeline.
        """
        for info in self.documents:
            if info.id == document_id:
                return info
        raise KeyError(document_id)
