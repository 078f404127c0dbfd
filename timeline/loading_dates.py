"""Choosing a document's publication date, and dropping implausible ones."""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from dataclasses import dataclass, replace

from timeline.loading_types import LoadIssue, LoadOptions, Notice, Record, shown
from timeline.model import Document, Period
from timeline.published import (
    ImpossibleDate,
    date_from_filename,
    date_from_url,
    find_dateline,
    parse_published,
)

_MONTH_NAMES = (
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
)


@dataclass(frozen=True, slots=True)
class DateChoice:
    """The publication date chosen for a record, and what to tell the user about it.

    Attributes:
        period: the date, or None when nothing gave one.
        origin: where it came from, in words ("" when there is no date).
        issues: warnings about dates that were ignored.
        defaulted_order: the date was an ambiguous numeric one read month first by default.
    """

    period: Period | None
    origin: str
    issues: tuple[LoadIssue, ...] = ()
    defaulted_order: str | None = None


def choose_date(record: Record, options: LoadOptions) -> DateChoice:
    """Pick the publication date: stated dates first, then inferred ones, then ``--published``.

    Order: the record's own date fields (front matter, JSON/CSV field, HTML
    metadata, feed item), best first; then, marked "(inferred)", a dateline at
    the top of the text, a date in the URL, a date in the file name; then the
    ``--published`` option. An impossible or unreadable stated date is
    reported and skipped. Never today's date.
    """
    issues: list[LoadIssue] = []
    tried: set[str | int | float] = set()
    for claim in record.dates:
        if claim.value in tried:  # the same text under another name (RSS pubDate = updated)
            continue
        tried.add(claim.value)
        try:
            parsed = parse_published(claim.value, dayfirst=options.dayfirst)
        except ImpossibleDate as error:
            issues.append(
                LoadIssue(
                    record.where,
                    Notice.WARNING,
                    f"impossible publication date `{shown(claim.value)}` in {claim.origin} "
                    f"({error}); ignored — correct it or pass --published",
                )
            )
            continue
        except ValueError:
            issues.append(
                LoadIssue(
                    record.where,
                    Notice.WARNING,
                    f"unreadable publication date `{shown(claim.value)}` in {claim.origin}; "
                    "ignored — write it as YYYY-MM-DD (or YYYY-MM, YYYY)",
                )
            )
            continue
        defaulted = shown(claim.value) if parsed.defaulted_order else None
        return DateChoice(parsed.period, claim.origin, tuple(issues), defaulted)
    url_date = date_from_url(record.url) if record.url else None
    name_date = date_from_filename(record.name) if record.name else None
    dateline = find_dateline(record.text)
    if dateline is not None:
        near, near_origin = next(
            (
                (p, o)
                for p, o in (
                    (url_date, "URL"),
                    (name_date, "file name"),
                    (options.published, "--published"),
                )
                if p is not None
            ),
            (None, ""),
        )
        day = dateline.complete(near)
        if day is not None:
            origin = (
                "dateline (inferred)"
                if dateline.year is not None
                else f"dateline (inferred; year from {near_origin})"
            )
            return DateChoice(day, origin, tuple(issues))
    if url_date is not None:
        return DateChoice(url_date, "URL (inferred)", tuple(issues))
    if name_date is not None:
        return DateChoice(name_date, "file name (inferred)", tuple(issues))
    if options.published is not None:
        return DateChoice(options.published, "--published", tuple(issues))
    if dateline is not None:
        issues.append(
            LoadIssue(
                record.where,
                Notice.WARNING,
                f"its dateline gives {_MONTH_NAMES[dateline.month - 1]} {dateline.day} "
                "but no year, and nothing else dates it; pass --published with the year",
            )
        )
    return DateChoice(None, "", tuple(issues))


def implausible_dates(
    documents: Sequence[Document], *, years: int = 2
) -> tuple[tuple[Document, ...], tuple[LoadIssue, ...]]:
    """Drop publication dates that lie years after every other article's.

    A document's date is implausible when it starts more than ``years`` years
    after the end of the newest *other* dated document (a typo such as 2061
    for 2016). Such a date is removed (the document stays, undated) and
    reported. Needs the whole collection, so `iter_load` cannot apply it;
    `load` does.

    Returns:
        The documents, with implausible dates removed, and one warning for each.
    """
    dated = sorted(
        (d for d in documents if d.published is not None),
        key=lambda d: _end(d),
        reverse=True,
    )
    if len(dated) < 2:
        return tuple(documents), ()
    newest, second = dated[0], dated[1]
    kept: list[Document] = []
    issues: list[LoadIssue] = []
    for doc in documents:
        if doc.published is None:
            kept.append(doc)
            continue
        other = second if doc is newest else newest
        limit = _add_years(_end(other), years)
        if doc.published.start > limit:
            assert other.published is not None
            origin = f" ({doc.published_origin})" if doc.published_origin else ""
            issues.append(
                LoadIssue(
                    doc.path or doc.id,
                    Notice.WARNING,
                    f"`{doc.id}`: publication date {doc.published}{origin} is "
                    f"more than {years} years after the newest other article "
                    f"({other.published}, `{other.id}`); ignored as implausible — "
                    "correct it or pass --published",
                )
            )
            doc = replace(doc, published=None, published_origin="")
        kept.append(doc)
    return tuple(kept), tuple(issues)


def _end(document: Document) -> dt.date:
    assert document.published is not None
    return document.published.end


def _add_years(day: dt.date, years: int) -> dt.date:
    try:
        return day.replace(year=day.year + years)
    except ValueError:  # 29 February
        return day.replace(year=day.year + years, day=28)
