"""Small factories for model objects, and a pinned terminal environment."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from pathlib import Path

import pytest

from timeline.events import Candidate
from timeline.model import (
    Document,
    EventDate,
    Period,
    Sentence,
    TimeExpression,
    TimexType,
)

REPO = Path(__file__).resolve().parents[1]
SHARED_DATA = REPO.parent / "shared" / "data"


def pytest_addoption(parser: pytest.Parser) -> None:
    parser.addoption(
        "--update-goldens",
        action="store_true",
        help="rewrite tests/golden/* from the current output instead of comparing",
    )


@pytest.fixture
def golden(request: pytest.FixtureRequest) -> Callable[[str, str], None]:
    """Compare text with tests/golden/NAME, or rewrite it with --update-goldens."""
    update = bool(request.config.getoption("--update-goldens"))

    def check(name: str, text: str) -> None:
        path = REPO / "tests" / "golden" / name
        if update:
            path.parent.mkdir(exist_ok=True)
            path.write_text(text, encoding="utf-8")
        expected = path.read_text(encoding="utf-8")
        assert text == expected, f"{name} changed; if intended, rerun with --update-goldens"

    return check


@pytest.fixture(autouse=True)
def _plain_terminal(monkeypatch: pytest.MonkeyPatch) -> None:
    """Rich's output must not depend on the developer's terminal settings."""
    for name in ("NO_COLOR", "FORCE_COLOR", "TERM", "COLUMNS", "LINES"):
        monkeypatch.delenv(name, raising=False)


def day(text: str) -> Period:
    """A day period from ``YYYY-MM-DD``."""
    return Period.day(dt.date.fromisoformat(text))


def make_document(
    text: str = "The council voted on Tuesday to close the bridge for repairs.",
    *,
    id: str = "doc",
    published: str | None = "2016-09-30",
    title: str | None = None,
    source: str | None = None,
    url: str | None = None,
) -> Document:
    """A document; ``published`` is any ISO form Period.from_iso accepts."""
    return Document(
        id=id,
        text=text,
        published=Period.from_iso(published) if published else None,
        title=title,
        source=source,
        url=url,
    )


def make_sentence(text: str, *, document_id: str = "doc", start: int = 0) -> Sentence:
    """A sentence at ``start`` in its document."""
    return Sentence(document_id, start, start + len(text), text)


def make_expression(
    text: str, start: int, value: str, *, period: Period | None = None, weekday: int | None = None
) -> TimeExpression:
    """A DATE expression resolved to ``period``."""
    return TimeExpression(
        start, start + len(text), text, TimexType.DATE, value, period, weekday, "test anchor"
    )


def make_candidate(
    text: str,
    *,
    document_id: str = "doc",
    period: str = "2016-09-29",
    inferred: bool = False,
    weekday: int | None = None,
) -> Candidate:
    """A candidate event dated to ``period`` (any ISO form)."""
    date = EventDate(Period.from_iso(period), "test", inferred, weekday)
    return Candidate(make_sentence(text, document_id=document_id), date)


def outbreak_collection() -> list[Document]:
    """Twelve reports of a flu outbreak and a radio listings page that names it once."""
    reports = [
        make_document(
            f"Swine flu cases in Mexico rose to {100 + 7 * n} on Monday, health officials said. "
            f"The virus has spread to {n + 3} countries, raising fears of a global pandemic. "
            "The World Health Organization raised its pandemic alert as the flu outbreak grew. "
            f"Health ministers in {n + 2} countries met to discuss the spread of the virus. "
            "Officials in Mexico closed schools to slow the spread of swine flu among children. "
            f"Doctors in Mexico City treated {20 + n} patients with flu symptoms at two hospitals. "
            "Airlines screened passengers from Mexico for fever as the virus spread abroad.",
            id=f"report-{n}",
            published=f"2009-04-{14 + n}",
        )
        for n in range(12)
    ]
    listings = make_document(
        "Radio 3 presents a concert of Sibelius symphonies from Glasgow City Halls tonight. "
        "Later the jazz programme plays records by Miles Davis and John Coltrane live. "
        "The drama series returns with a comedy about a baker, his dog and a missing violin. "
        "On the phone-in, listeners share gardening tips on roses, tomatoes and lawns in spring. "
        "The news quiz asks about football, flu and farming in a lively panel game on Friday. "
        "A documentary follows fishermen on the North Sea through a winter of storms. "
        "The book of the week is a memoir of a childhood spent on a sheep farm in Wales.",
        id="listings",
        published="2009-04-20",
    )
    return [*reports, listings]
