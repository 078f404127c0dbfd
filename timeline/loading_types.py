"""The values loading works with: options, issues, and the raw record each format reads."""

from __future__ import annotations

import enum
from collections.abc import Mapping
from dataclasses import dataclass, field

from timeline.model import Period


@dataclass(frozen=True, slots=True)
class FieldNames:
    """Field (column) names chosen by the user; None picks the usual names automatically.

    Apply to JSON, JSONL, CSV/TSV and front matter.
    """

    text: str | None = None
    date: str | None = None
    title: str | None = None
    url: str | None = None
    source: str | None = None
    id: str | None = None


@dataclass(frozen=True, slots=True)
class LoadOptions:
    """How to load.

    Attributes:
        published: the date for documents that carry none (``--published``);
            it never overrides a date a document has.
        fields: field names to use instead of the automatic choice.
        dayfirst: how to read ``03/04/2016``: True day first (``--dayfirst``),
            False month first (``--monthfirst``), None the default (month first,
            reported once per file as a warning).
        keep_duplicates: load exact duplicates too, instead of counting a text
            once (``timeline tag`` annotates every document it is given).
    """

    published: Period | None = None
    fields: FieldNames = field(default_factory=FieldNames)
    dayfirst: bool | None = None
    keep_duplicates: bool = False


class Notice(enum.StrEnum):
    """What kind of issue loading met."""

    SKIPPED = "skipped"
    WARNING = "warning"
    DUPLICATE = "duplicate"


@dataclass(frozen=True, slots=True)
class LoadIssue:
    """One thing loading has to tell the user.

    Attributes:
        path: the file, and the line or item when it helps (``articles.jsonl:17``).
        kind: skipped input, a warning about a loaded document, or a duplicate.
        message: one line saying what happened and how to fix it.
    """

    path: str
    kind: Notice
    message: str

    def __post_init__(self) -> None:
        object.__setattr__(self, "message", " ".join(self.message.split()))

    def __str__(self) -> str:
        return f"{self.path}: {self.kind.value}: {self.message}"


def shown(value: object, limit: int = 60) -> str:
    """A value as messages quote it: on one line, and cut short when long."""
    text = " ".join(str(value)[: limit * 4].split())
    return text if len(text) <= limit else text[: limit - 1] + "…"


@dataclass(frozen=True, slots=True)
class DateClaim:
    """A publication date as a source states it, before it is parsed.

    Attributes:
        value: the raw value (text, or a number for a year or Unix time).
        origin: where it was found, in words (``front matter``).
    """

    value: str | int | float
    origin: str


@dataclass(frozen=True, slots=True)
class Record:
    """One article as a format reader found it, before ids, dates and duplicates are settled.

    Attributes:
        where: what issues about it name (``articles.jsonl:17``).
        path: the file it came from.
        fallback_id: the id to use when the record carries none.
        text: the article text, exactly as it will be stored.
        id: the record's own id, if it has one.
        dates: the stated publication dates, best first.
        name: the file name, searched for a date when nothing else gives one.
    """

    where: str
    path: str
    fallback_id: str
    text: str
    id: str | None = None
    dates: tuple[DateClaim, ...] = ()
    title: str | None = None
    source: str | None = None
    url: str | None = None
    name: str | None = None


Item = Record | LoadIssue
"""What a format reader yields."""

Fields = Mapping[str, object]
"""A record's raw fields, as read from JSON, CSV or front matter."""
