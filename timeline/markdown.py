"""A Markdown briefing: a title, dated entries, footnote citations."""

from __future__ import annotations

from timeline.labels import citation_numbers, date_note, event_numbers, period_label
from timeline.model import DocumentInfo, Timeline


def to_markdown(timeline: Timeline, title: str = "Timeline") -> str:
    """The timeline as a Markdown briefing with footnote-style citations.

    Args:
        timeline: the timeline to write.
        title: the level-one heading.
    """
    numbers = citation_numbers(timeline)
    lines = [f"# {_escape(title)}", ""]
    if not timeline.entries:
        lines += ["_No dated events were found._", ""]
    for entry in timeline.entries:
        lines += [f"## {period_label(entry.period)}", ""]
        for event in entry.events:
            marks = "".join(f"[^{n}]" for n in event_numbers(event, numbers))
            note = date_note(event)
            suffix = f" _({note})_" if note else ""
            lines.append(f"- {_escape(event.text)}{suffix} {marks}")
        lines.append("")
    if numbers:
        documents = {d.id: d for d in timeline.documents}
        for document_id, number in numbers.items():
            lines.append(f"[^{number}]: {_reference(documents.get(document_id), document_id)}")
        lines.append("")
    return "\n".join(lines)


def _reference(document: DocumentInfo | None, document_id: str) -> str:
    if document is None:
        return f"`{document_id}`"
    parts = [f"*{_escape(document.title)}*" if document.title else f"`{document_id}`"]
    if document.source:
        parts.append(_escape(document.source))
    if document.published:
        parts.append(f"published {document.published.iso()}")
    reference = ", ".join(parts) + "."
    if document.url:
        reference += f" <{document.url}>"
    return reference


def _escape(text: str) -> str:
    """Escape the characters that would turn quoted text into Markdown markup."""
    for char in "\\`*_[]<>#|":
        text = text.replace(char, "\\" + char)
    return " ".join(text.split())
