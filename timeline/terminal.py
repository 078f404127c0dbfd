"""The Rich terminal view: entries grouped by date, numbered citations, a legend."""

from __future__ import annotations

from rich.console import Console, ConsoleOptions, Group, RenderResult
from rich.rule import Rule
from rich.table import Table
from rich.text import Text

from timeline.labels import citation_numbers, date_note, event_numbers, period_label
from timeline.model import Timeline


class TimelineView:
    """A Rich renderable of a timeline: ``Console().print(TimelineView(t))``."""

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
            grid = Table.grid(padding=(0, 1))
            grid.add_column(width=1)
            grid.add_column(ratio=1)
            for event in entry.events:
                line = Text(event.text)
                note = date_note(event)
                if note:
                    line.append(f" ({note})", style="dim italic")
                marks = "".join(f"[{n}]" for n in event_numbers(event, numbers))
                line.append(f" {marks}", "green")
                grid.add_row("•", line)
            yield grid
            yield Text()
        if numbers:
            yield Group(Rule("Sources", style="dim"), self._legend(numbers))

    def _legend(self, numbers: dict[str, int]) -> Table:
        documents = {d.id: d for d in self.timeline.documents}
        legend = Table.grid(padding=(0, 1))
        legend.add_column(style="green", no_wrap=True)
        legend.add_column(ratio=1)
        for document_id, number in numbers.items():
            info = documents.get(document_id)
            line = Text(info.title if info and info.title else document_id, style="bold")
            if info and info.source:
                line.append(f" — {info.source}")
            if info and info.published:
                line.append(f", published {info.published.iso()}")
            if info and info.url:
                line.append(f"\n{info.url}", style="dim")
            legend.add_row(f"[{number}]", line)
        return legend
