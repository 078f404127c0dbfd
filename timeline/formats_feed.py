"""RSS and Atom feeds, read with feedparser: one document per item."""

from __future__ import annotations

import io
import re
from collections.abc import Iterator
from typing import Any

from timeline.formats_html import html_to_text
from timeline.loading_types import DateClaim, Item, LoadIssue, Notice, Record, shown

_HTML_TYPES = ("text/html", "application/xhtml+xml")
_MAX_ID = 64
_SAX_PLACE = re.compile(r"^<unknown>:(\d+):(\d+):\s*")


def read_feed(data: bytes, *, path: str, stem: str) -> Iterator[Item]:
    """One record per feed item: its content (or summary), date, title and link.

    Dates are read from the item's own ``pubDate``/``published`` text, so an
    RFC 2822 date keeps the day of its own zone; ``updated`` is the fallback.
    The feed's title is the source unless the item names its own.
    """
    import feedparser  # slow to import, and most runs read no feed

    parsed: Any = feedparser.parse(
        io.BytesIO(data), resolve_relative_uris=False, sanitize_html=False
    )
    entries = parsed.get("entries") or []
    if not entries:
        problem = parsed.get("bozo_exception") if parsed.get("bozo") else None
        if problem is not None:
            message = (
                f"malformed feed ({_located(problem)}); fix the XML, "
                "or give the file the right extension if it is not a feed"
            )
        elif not parsed.get("version"):
            message = "not an RSS or Atom feed; give the file the right extension"
        else:
            message = "a feed with no items; nothing to load"
        yield LoadIssue(path, Notice.SKIPPED, message)
        return
    feed_title = _text(parsed.get("feed", {}).get("title"))
    for number, entry in enumerate(entries, start=1):
        where = f"{path} item {number}"
        text = _content(entry)
        if not text:
            yield LoadIssue(
                where, Notice.SKIPPED, "feed item has no content or summary; nothing to load"
            )
            continue
        dates = tuple(
            DateClaim(value, f"feed item `{key}`")
            for key in ("published", "updated", "created")
            # dict.get: feedparser's own get() maps a missing `updated` to `published`
            if isinstance(value := dict.get(entry, key), str) and value.strip()
        )
        source = entry.get("source") or {}
        yield Record(
            where=where,
            path=path,
            fallback_id=f"{stem}:{number}",
            text=text,
            id=_usable_id(entry.get("id")),
            dates=dates,
            title=_text(entry.get("title")),
            source=_text(source.get("title")) or feed_title,
            url=_text(entry.get("link")),
        )


def _content(entry: Any) -> str:
    for part in entry.get("content") or ():
        text = _part_text(part.get("value"), part.get("type"))
        if text:
            return text
    detail = entry.get("summary_detail") or {}
    return _part_text(entry.get("summary"), detail.get("type"))


def _part_text(value: object, kind: object) -> str:
    if not isinstance(value, str):
        return ""
    if kind in _HTML_TYPES or (kind is None and "<" in value):
        return html_to_text(value)
    return value.strip()


def _text(value: object) -> str | None:
    if not isinstance(value, str):
        return None
    return " ".join(value.split()) or None


def _located(problem: object) -> str:
    """``<unknown>:2:41: no element found`` as ``line 2, column 41: no element found``."""
    return shown(_SAX_PLACE.sub(r"line \1, column \2: ", str(problem), count=1), 120)


def _usable_id(guid: object) -> str | None:
    """An item's guid as its id, unless it is a URL or too long to cite."""
    text = _text(guid)
    if text is None or "://" in text or " " in text or len(text) > _MAX_ID:
        return None
    return text
