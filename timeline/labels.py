"""Wording shared by the renderers: date labels and citation numbers."""

from __future__ import annotations

from timeline.model import Event, Granularity, Period, Timeline


def period_label(period: Period) -> str:
    """A reader's label for a period.

    ``Thu 29 Sep 2016``, ``Week 39, 2016 (26 Sep – 2 Oct)``, ``September 2016``,
    ``Q3 2016`` or ``2016``.
    """
    start = period.start
    if period.granularity is Granularity.DAY:
        return f"{start:%a} {start.day} {start:%b %Y}"
    if period.granularity is Granularity.WEEK:
        year, week, _ = start.isocalendar()
        end = period.end
        return f"Week {week}, {year} ({start.day} {start:%b} – {end.day} {end:%b})"
    if period.granularity is Granularity.MONTH:
        return f"{start:%B %Y}"
    if period.granularity is Granularity.QUARTER:
        return f"Q{(start.month - 1) // 3 + 1} {start.year}"
    return str(start.year)


def date_note(event: Event) -> str | None:
    """What a reader should know about an event's date, or None when it is plain."""
    if event.date.weekday is not None:
        return f"a {event.date.label_weekday()} in {period_label(event.date.period)}; day unknown"
    if event.date.inferred:
        return "date inferred from publication"
    return None


def citation_numbers(timeline: Timeline) -> dict[str, int]:
    """A number for each cited document, in order of first citation."""
    numbers: dict[str, int] = {}
    for entry in timeline.entries:
        for event in entry.events:
            for document_id in event.document_ids:
                numbers.setdefault(document_id, len(numbers) + 1)
    return numbers


def event_numbers(event: Event, numbers: dict[str, int]) -> list[int]:
    """The citation numbers of an event's sources, ascending."""
    return sorted(numbers[d] for d in event.document_ids)


def citation_marks(numbers: list[int]) -> str:
    """Ascending citation ``numbers`` as marks, a run of three or more as a range:
    ``[1][2]``, ``[6][22–43]``. A long list stays short enough to wrap whole."""
    marks: list[str] = []
    run: list[int] = []
    for number in [*numbers, None]:
        if run and number == run[-1] + 1:
            run.append(number)
            continue
        if len(run) >= 3:
            marks.append(f"[{run[0]}–{run[-1]}]")
        else:
            marks.extend(f"[{n}]" for n in run)
        run = [number] if number is not None else []
    return "".join(marks)
