"""Plain text and Markdown articles, with optional YAML front matter."""

from __future__ import annotations

import re
from collections.abc import Iterator

import yaml

from timeline.loading_fields import FieldMap
from timeline.loading_types import FieldNames, Item, LoadIssue, Notice, Record, shown

_OPEN = re.compile(r"\A---[ \t]*\r?\n")
_HEADING = re.compile(r"\A\s*#[ \t]+(\S[^\n]*?)[ \t#]*$", re.MULTILINE)
_CLOSE = re.compile(r"^(?:---|\.\.\.)[ \t]*(?:\r?\n|\Z)", re.MULTILINE)


class _Loader(yaml.SafeLoader):
    """Safe YAML that keeps dates as written, so a timestamp keeps its own zone."""


_Loader.yaml_implicit_resolvers = {
    first: [(tag, rx) for tag, rx in resolvers if tag != "tag:yaml.org,2002:timestamp"]
    for first, resolvers in yaml.SafeLoader.yaml_implicit_resolvers.items()
}


def read_text(text: str, *, path: str, stem: str, name: str, names: FieldNames) -> Iterator[Item]:
    """One article from a text file: the body below any front matter, as is.

    Front matter is a YAML mapping between ``---`` lines at the very top; its
    ``title``, ``source``, ``url`` and ``published`` (or ``date``) are used.
    """
    opened = _OPEN.match(text)
    if not opened:
        yield Record(
            where=path, path=path, fallback_id=stem, text=text, title=_heading(text), name=name
        )
        return
    closed = _CLOSE.search(text, opened.end())
    if not closed:
        yield LoadIssue(
            path,
            Notice.SKIPPED,
            "front matter opened by `---` on line 1 is never closed; "
            "add a `---` line after it (or remove the first line if it is not front matter)",
        )
        return
    try:
        meta = yaml.load(text[opened.end() : closed.start()], Loader=_Loader)
    except yaml.YAMLError as error:
        mark = getattr(error, "problem_mark", None)
        where = f" at line {mark.line + 2}" if mark is not None else ""
        problem = shown(getattr(error, "problem", None) or "invalid YAML")
        yield LoadIssue(
            path,
            Notice.SKIPPED,
            f"malformed front matter ({problem}{where}); fix the YAML between the `---` lines",
        )
        return
    if meta is None:
        meta = {}
    if not isinstance(meta, dict):
        yield LoadIssue(
            path,
            Notice.SKIPPED,
            "malformed front matter (not a mapping of `key: value` lines); "
            "fix the YAML between the `---` lines",
        )
        return
    fields = {str(k): v for k, v in meta.items()}
    fmap = FieldMap.resolve(fields, names)
    title, source, url, _ = fmap.meta_of(fields)
    body = text[closed.end() :]
    yield Record(
        where=path,
        path=path,
        fallback_id=stem,
        text=body,
        dates=fmap.dates_of(fields, "front matter"),
        title=title or _heading(body),
        source=source,
        url=url,
        name=name,
    )


def _heading(text: str) -> str | None:
    """A Markdown ``# Heading`` on the first non-blank line, as the title."""
    m = _HEADING.match(text[:1000])
    return m[1].strip() if m else None
