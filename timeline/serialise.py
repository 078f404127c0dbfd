"""Timelines to and from plain JSON-ready dictionaries.

The JSON layout is documented in docs/json.md. ``from_dict(to_dict(t)) == t``
for every timeline.
"""

from __future__ import annotations

import json
from typing import Any

from timeline.model import (
    WEEKDAY_NAMES,
    Citation,
    DocumentInfo,
    Entry,
    Event,
    EventDate,
    Period,
    TimeExpression,
    Timeline,
    TimexType,
)

FORMAT_VERSION = 1


def to_dict(timeline: Timeline) -> dict[str, Any]:
    """The timeline as JSON-ready data: ``{"format": 1, "documents": [...], "entries": [...],
    "off_topic": [...]}``."""
    titles = {d.id: d for d in timeline.documents}
    return {
        "format": FORMAT_VERSION,
        "documents": [_document(d) for d in timeline.documents],
        "entries": [
            {
                "date": entry.period.iso(),
                "granularity": entry.period.granularity.value,
                "events": [_event(event, titles) for event in entry.events],
            }
            for entry in timeline.entries
        ],
        "off_topic": [_document(d) for d in timeline.off_topic],
    }


def to_json(timeline: Timeline, indent: int | None = 2) -> str:
    """The timeline as a JSON string (UTF-8 text, not ASCII-escaped)."""
    return json.dumps(to_dict(timeline), indent=indent, ensure_ascii=False)


def from_dict(data: dict[str, Any]) -> Timeline:
    """Rebuild a timeline from ``to_dict`` output.

    Raises:
        KeyError, ValueError, TypeError: the data is not a timeline.
    """
    documents = tuple(_document_from(d) for d in data["documents"])
    entries = tuple(
        Entry(
            Period.from_iso(e["date"]),
            tuple(
                Event(
                    ev["text"],
                    _date_from(ev["date"]),
                    float(ev["score"]),
                    tuple(_citation_from(s) for s in ev["sources"]),
                )
                for ev in e["events"]
            ),
        )
        for e in data["entries"]
    )
    return Timeline(documents, entries, tuple(_document_from(d) for d in data.get("off_topic", ())))


def from_json(text: str) -> Timeline:
    """Rebuild a timeline from ``to_json`` output."""
    return from_dict(json.loads(text))


def _document(d: DocumentInfo) -> dict[str, Any]:
    return {
        "id": d.id,
        "title": d.title,
        "source": d.source,
        "url": d.url,
        "published": d.published.iso() if d.published else None,
        "published_granularity": d.published.granularity.value if d.published else None,
        "path": d.path,
    }


def _document_from(d: dict[str, Any]) -> DocumentInfo:
    return DocumentInfo(
        d["id"],
        d.get("title"),
        d.get("source"),
        d.get("url"),
        Period.from_iso(d["published"]) if d.get("published") else None,
        d.get("path"),
    )


def _date(date: EventDate) -> dict[str, Any]:
    return {
        "value": date.period.iso(),
        "granularity": date.period.granularity.value,
        "weekday": date.label_weekday(),
        "inferred": date.inferred,
        "explanation": date.explanation,
    }


def _date_from(data: dict[str, Any]) -> EventDate:
    weekday = data.get("weekday")
    return EventDate(
        Period.from_iso(data["value"]),
        data["explanation"],
        bool(data["inferred"]),
        WEEKDAY_NAMES.index(weekday) + 1 if weekday else None,
    )


def _event(event: Event, documents: dict[str, DocumentInfo]) -> dict[str, Any]:
    return {
        "text": event.text,
        "score": event.score,
        "date": _date(event.date),
        "sources": [_citation(c, documents.get(c.document_id)) for c in event.citations],
    }


def _citation(citation: Citation, document: DocumentInfo | None) -> dict[str, Any]:
    expression = citation.expression
    return {
        "document_id": citation.document_id,
        "title": document.title if document else None,
        "url": document.url if document else None,
        "start": citation.start,
        "end": citation.end,
        "text": citation.text,
        "date": _date(citation.date),
        "time_expression": None
        if expression is None
        else {
            "text": expression.text,
            "start": expression.start,
            "end": expression.end,
            "type": expression.type.value,
            "value": expression.value,
            "period": expression.period.iso() if expression.period else None,
            "granularity": expression.period.granularity.value if expression.period else None,
            "weekday": expression.weekday,
            "anchor": expression.anchor,
            "names_date": expression.names_date,
        },
    }


def _citation_from(data: dict[str, Any]) -> Citation:
    expression = data.get("time_expression")
    return Citation(
        data["document_id"],
        int(data["start"]),
        int(data["end"]),
        data["text"],
        _date_from(data["date"]),
        None
        if expression is None
        else TimeExpression(
            int(expression["start"]),
            int(expression["end"]),
            expression["text"],
            TimexType(expression["type"]),
            expression["value"],
            Period.from_iso(expression["period"]) if expression.get("period") else None,
            expression.get("weekday"),
            expression.get("anchor", ""),
            bool(expression.get("names_date", False)),
        ),
    )
