"""Golden files for the three outputs on the seeds, and renderer details."""

from __future__ import annotations

import contextlib
import io
from collections.abc import Callable

import pytest
from rich.console import Console

from tests.conftest import REPO, day
from timeline.labels import citation_marks
from timeline.loading import load
from timeline.markdown import to_markdown
from timeline.model import Citation, DocumentInfo, Entry, Event, EventDate, Period, Timeline
from timeline.pipeline import summarise
from timeline.serialise import from_json, to_json
from timeline.terminal import TimelineView


@pytest.fixture(scope="module")
def seeds_timeline() -> Timeline:
    """The seeds' timeline, loaded by a relative path so the goldens hold on any checkout."""
    with contextlib.chdir(REPO):
        return summarise(load(["seeds"]).documents)


def render_terminal(timeline: Timeline, width: int = 80) -> str:
    console = Console(file=io.StringIO(), width=width, color_system=None, force_terminal=False)
    console.print(TimelineView(timeline), crop=False)
    output = console.file.getvalue()  # type: ignore[attr-defined]
    assert isinstance(output, str)
    return output


def test_terminal_golden(seeds_timeline: Timeline, golden: Callable[[str, str], None]) -> None:
    golden("seeds.terminal.txt", render_terminal(seeds_timeline))


def test_markdown_golden(seeds_timeline: Timeline, golden: Callable[[str, str], None]) -> None:
    golden("seeds.md", to_markdown(seeds_timeline))


def test_json_golden(seeds_timeline: Timeline, golden: Callable[[str, str], None]) -> None:
    golden("seeds.json", to_json(seeds_timeline) + "\n")


def test_a_timeline_rebuilt_from_json_renders_identically(seeds_timeline: Timeline) -> None:
    rebuilt = from_json(to_json(seeds_timeline))
    assert render_terminal(rebuilt) == render_terminal(seeds_timeline)
    assert to_markdown(rebuilt) == to_markdown(seeds_timeline)


def test_terminal_view_adapts_to_the_width(seeds_timeline: Timeline) -> None:
    narrow = render_terminal(seeds_timeline, width=50)
    prose = [line for line in narrow.splitlines() if "://" not in line]
    assert max(len(line) for line in prose) <= 50
    assert "https://arabamericannews.com/2016/09/30/moscow-vows-to-continue-syria" in narrow


def _one_event_timeline(text: str, date: EventDate) -> Timeline:
    citation = Citation("a", 0, len(text), text, date)
    return Timeline(
        (
            DocumentInfo(
                "a", "A *bold* [title]", "Wire", "https://example.org/a", day("2016-09-30")
            ),
        ),
        (Entry(date.period, (Event(text, date, 1.0, (citation,)),)),),
    )


def test_markdown_escapes_quoted_text_and_titles() -> None:
    date = EventDate(day("2016-09-29"), "x")
    markdown = to_markdown(_one_event_timeline("Shares fell 5% to *record* lows_today [1].", date))
    assert r"Shares fell 5% to \*record\* lows\_today \[1\]." in markdown
    assert (
        r"[^1]: *A \*bold\* \[title\]*, Wire, published 2016-09-30. <https://example.org/a>"
        in markdown
    )


def test_inferred_and_weekday_dates_are_labelled() -> None:
    inferred = EventDate(day("2016-09-30"), "publication", inferred=True)
    assert "date inferred from publication" in to_markdown(
        _one_event_timeline("Talks went on.", inferred)
    )
    thursday = EventDate(Period.from_iso("2016-09"), "Thursday", weekday=4)
    out = render_terminal(_one_event_timeline("Rebels seized villages.", thursday))
    assert "September 2016" in out
    assert "a Thursday in September 2016; day unknown" in out


@pytest.mark.parametrize(
    ("numbers", "marks"),
    [
        ([1], "[1]"),
        ([1, 2], "[1][2]"),
        ([1, 2, 3], "[1–3]"),
        ([6, 22, 23, 24, 25, 40], "[6][22–25][40]"),
        ([3, 4, 7, 8, 9], "[3][4][7–9]"),
    ],
)
def test_citation_runs_are_ranges(numbers: list[int], marks: str) -> None:
    assert citation_marks(numbers) == marks


def test_a_widely_cited_event_wraps_between_citations() -> None:
    date = EventDate(day("2016-09-29"), "x")
    text = "The rig exploded on 20 April, killing 11 workers."
    citations = tuple(Citation(f"d{n:02d}", 0, len(text), text, date) for n in range(40))
    documents = tuple(DocumentInfo(f"d{n:02d}", None, None, None, None) for n in range(40))
    event = Event(text, date, 1.0, citations)
    out = render_terminal(Timeline(documents, (Entry(date.period, (event,)),)), width=40)
    assert "[1–40]" in out


def test_empty_timeline_says_so() -> None:
    empty = Timeline((), ())
    assert "No dated events were found." in render_terminal(empty)
    assert "No dated events were found." in to_markdown(empty)
