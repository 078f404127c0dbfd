"""The Rich terminal view: entries grouped by date, numbered citations, a legend."""

from __future__ import annotations

from rich.console import Console, ConsoleOptions, Group, RenderResult
from rich.rule import Rule
from rich.text import Text

from timeline.labels import (
    citation_marks,
    citation_numbers,
    date_note,
    event_numbers,
    period_label,
)
from timeline.model import Timeline


class TimelineView:
    """A Rich renderable of a timeline: ``Console().print(TimelineView(t), crop=False)``.

    Prose wraps to the console width; source URLs are kept whole so they can
    be copied, which is why ``crop=False`` is recommended.
    """

    def __init__(self, timeline: Timeline, title: str = "Timeline") -> None:
        self.timeline = timeline
        self.title = title

    def __rich_console__(self, console: Console, options: ConsoleOptions) -> RenderResult:
        numbers = citation_numbers(self.timeline)
        yield Rule(Text(self.title, style="bold"))
        if not self.timeline.entries:
            yield Text("No dated events were found.", style="italic")
        for entry in self.timeline.entries:
            yield Text(period_label(entry.period), style="bold cyan")
            for event in entry.events:
                line = Text(event.text)
                note = date_note(event)
                if note:
                    line.append(f" ({note})", style="dim italic")
                line.append(f" {citation_marks(event_numbers(event, numbers))}", "green")
                yield _hanging("• ", line, console, options.max_width)
            yield Text()
        if numbers:
            yield Rule("Sources", style="dim")
            yield self._legend(numbers, console, options.max_width)

    def _legend(self, numbers: dict[str, int], console: Console, width: int) -> Group:
        documents = {d.id: d for d in self.timeline.documents}
        lines = []
        for document_id, number in numbers.items():
            info = documents.get(document_id)
            line = Text(info.title if info and info.title else document_id, style="bold")
            if info and info.source:
                line.append(f" — {info.source}")
            if info and info.published:
                line.append(f", published {info.published.iso()}")
            marker = f"[{number}] "
            entry = _hanging(marker, line, console, width)
            if info and info.url:
                # URLs stay whole, so they can be copied; the terminal may wrap them.
                entry.append("\n" + " " * len(marker))
                entry.append(info.url, style=f"dim link {info.url}")
            lines.append(entry)
        return Group(*lines)


def _hanging(marker: str, text: Text, console: Console, width: int) -> Text:
    """``text`` wrapped to ``width`` after ``marker``, later lines indented under it.

    Lines are not padded to the width, so piped output has no trailing spaces.
    """
    indent = " " * len(marker)
    wrapped = text.wrap(console, max(width - len(marker), 10))
    result = Text(no_wrap=True, overflow="ignore")
    for index, line in enumerate(wrapped):
        line.rstrip()
        result.append(marker if index == 0 else indent)
        result.append_text(line)
        if index < len(wrapped) - 1:
            result.append("\n")
    return result
