"""JSON and JSON Lines: one article per object, fields chosen by name."""

from __future__ import annotations

import json
from collections.abc import Iterable, Iterator

from timeline.loading_decode import Undecodable, binary_kind, decode
from timeline.loading_fields import FieldMap
from timeline.loading_types import FieldNames, Fields, Item, LoadIssue, Notice, Record, shown

_CONTAINERS = ("articles", "documents", "docs", "items", "data", "results", "entries", "records")


def record_from_fields(
    fields: Fields,
    names: FieldNames,
    *,
    where: str,
    path: str,
    fallback_id: str,
    label: str,
) -> Item:
    """A record from one object or row, or why it was skipped.

    Args:
        fields: the object's keys and values.
        names: the user's field names.
        where: what an issue names (``articles.jsonl:17``).
        path: the file.
        fallback_id: the id when the object has none.
        label: how date origins are described (``JSON field``).
    """
    fmap = FieldMap.resolve(fields, names)
    if fmap.text is None:
        return LoadIssue(where, Notice.SKIPPED, fmap.missing_text(fields, names))
    text = fields[fmap.text]
    if not isinstance(text, str):
        kind = "empty" if text is None else f"a {_json_type(text)}"
        return LoadIssue(
            where,
            Notice.SKIPPED,
            f"its text field `{shown(fmap.text, 30)}` is {kind}, not a string; "
            "give the article text as a string (or pick another field with --text-field)",
        )
    title, source, url, own_id = fmap.meta_of(fields)
    return Record(
        where=where,
        path=path,
        fallback_id=fallback_id,
        text=text,
        id=own_id,
        dates=fmap.dates_of(fields, label),
        title=title,
        source=source,
        url=url,
    )


def read_jsonl(
    lines: Iterable[bytes], *, path: str, stem: str, names: FieldNames
) -> Iterator[Item]:
    """One record per line, streaming; blank lines are ignored."""
    for number, raw in enumerate(lines, start=1):
        where = f"{path}:{number}"
        if number == 1:
            kind = binary_kind(raw)
            if kind is not None:
                yield LoadIssue(path, Notice.SKIPPED, f"{kind}, not JSON Lines text")
                return
        if not raw.strip():
            continue
        line = decode(raw)
        if isinstance(line, Undecodable):
            yield LoadIssue(where, Notice.SKIPPED, f"line is {line.message}")
            continue
        try:
            value = json.loads(line)
        except json.JSONDecodeError as error:
            yield LoadIssue(
                where,
                Notice.SKIPPED,
                f"not valid JSON ({error.msg} at column {error.colno}); "
                "fix the line or remove it (each line must be one JSON object)",
            )
            continue
        if not isinstance(value, dict):
            yield LoadIssue(
                where,
                Notice.SKIPPED,
                f"a JSON {_json_type(value)}, not an object; "
                'each line must be one article object such as {"text": ..., "published": ...}',
            )
            continue
        yield record_from_fields(
            value,
            names,
            where=where,
            path=path,
            fallback_id=f"{stem}:{number}",
            label="JSON field",
        )


def read_json(text: str, *, path: str, stem: str, names: FieldNames) -> Iterator[Item]:
    """A JSON file: one article object, a list of them, or an object holding such a list."""
    try:
        value = json.loads(text)
    except json.JSONDecodeError as error:
        yield LoadIssue(
            path,
            Notice.SKIPPED,
            f"malformed JSON ({error.msg} at line {error.lineno}, column {error.colno}); "
            "fix it, or use .jsonl for one object per line",
        )
        return
    if isinstance(value, dict):
        held = next((value[k] for k in _CONTAINERS if isinstance(value.get(k), list)), None)
        if held is None or FieldMap.resolve(value, names).text is not None:
            yield record_from_fields(
                value, names, where=path, path=path, fallback_id=stem, label="JSON field"
            )
            return
        value = held
    if not isinstance(value, list):
        yield LoadIssue(
            path,
            Notice.SKIPPED,
            f"a JSON {_json_type(value)}, not an article object or a list of them",
        )
        return
    if not value:
        yield LoadIssue(path, Notice.SKIPPED, "an empty JSON list: no articles in it")
        return
    for number, item in enumerate(value, start=1):
        where = f"{path} item {number}"
        if not isinstance(item, dict):
            yield LoadIssue(
                where, Notice.SKIPPED, f"a JSON {_json_type(item)}, not an article object"
            )
            continue
        yield record_from_fields(
            item,
            names,
            where=where,
            path=path,
            fallback_id=f"{stem}:{number}",
            label="JSON field",
        )


def _json_type(value: object) -> str:
    if isinstance(value, bool):
        return "boolean"
    if isinstance(value, int | float):
        return "number"
    if isinstance(value, str):
        return "string"
    if isinstance(value, list):
        return "list"
    if isinstance(value, dict):
        return "object"
    return "null"
