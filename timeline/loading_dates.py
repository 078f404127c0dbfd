"""Choosing a document's publication date, and dropping implausible ones."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, replace

from timeline.loading_types import LoadIssue, LoadOptions, Notice, Record, shown
from timeline.model import Document, DocumentInfo, Period
from timeline.published import (
    IMPLAUSIBLE_AFTER_YEARS,
    ImpossibleDate,
    date_from_filename,
    date_from_url,
    find_dateline,
    implausible_publications,
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
    documents: Sequence[Document], *, years: int = IMPLAUSIBLE_AFTER_YEARS
) -> tuple[tuple[Document, ...], tuple[LoadIssue, ...]]:
    """Drop publication dates that lie years after every other article's.

    The rule is `timeline.published.implausible_publications`. Such a date is
    removed (the document stays, undated) and reported. Needs the whole
    collection, so `iter_load` cannot apply it; `load` does, and the pipeline
    applies the same rule to its digests.

    Returns:
        The documents, with implausible dates removed, and one warning for each.
    """
    flagged = implausible_publications([(d.id, d.published) for d in documents], years=years)
    if not flagged:
        return tuple(documents), ()
    by_id = {d.id: d for d in documents}
    kept: list[Document] = []
    issues: list[LoadIssue] = []
    for doc in documents:
        if doc.id in flagged:
            other = by_id[flagged[doc.id]]
            message = implausible_message(doc, other.id, other.published, years)
            issues.append(LoadIssue(doc.path or doc.id, Notice.WARNING, message))
            doc = replace(doc, published=None, published_origin="")
        kept.append(doc)
    return tuple(kept), tuple(issues)


def implausible_message(
    document: Document | DocumentInfo,
    other_id: str,
    other_published: Period | None,
    years: int = IMPLAUSIBLE_AFTER_YEARS,
) -> str:
    """The warning for an implausible publication date; names the fix."""
    origin = getattr(document, "published_origin", "")
    shown_origin = f" ({origin})" if origin else ""
    return (
        f"`{document.id}`: publication date {document.published}{shown_origin} is more than "
        f"{years} years after the newest other article ({other_published}, `{other_id}`); "
        "ignored as implausible — correct it or pass --published"
    )
