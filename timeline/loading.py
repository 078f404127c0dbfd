"""Load articles as people have them: files, folders and standard input.

`iter_load` streams documents and issues one file (or line) at a time;
`load` collects them and applies the checks that need the whole collection.
Nothing here prints or exits: bad input becomes a `LoadIssue` and the run
goes on, so one bad file never costs the good ones.

Formats by extension: ``.txt``/``.text``/``.md``/``.markdown`` (optional YAML
front matter), ``.json``, ``.jsonl``/``.ndjson``, ``.html``/``.htm``/``.xhtml``,
``.rss``/``.atom``/``.xml`` feeds, ``.csv``, ``.tsv``/``.tab``. See docs/inputs.md.
"""

from __future__ import annotations

import hashlib
import io
import json
import os
import re
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import BinaryIO

from timeline.formats_csv import read_csv
from timeline.formats_feed import read_feed
from timeline.formats_html import read_html
from timeline.formats_json import read_json, read_jsonl
from timeline.formats_text import read_text
from timeline.loading_dates import choose_date, implausible_dates
from timeline.loading_decode import Undecodable, binary_kind, declared_charset, decode
from timeline.loading_fields import CANDIDATES
from timeline.loading_types import (
    FieldNames,
    Item,
    LoadIssue,
    LoadOptions,
    Notice,
    Record,
    shown,
)
from timeline.model import Document

__all__ = [
    "CANDIDATES",
    "EXTENSIONS",
    "FieldNames",
    "LoadIssue",
    "LoadOptions",
    "LoadResult",
    "Notice",
    "implausible_dates",
    "iter_load",
    "load",
]

EXTENSIONS: dict[str, str] = {
    ".txt": "text",
    ".text": "text",
    ".md": "text",
    ".markdown": "text",
    ".json": "json",
    ".jsonl": "jsonl",
    ".ndjson": "jsonl",
    ".html": "html",
    ".htm": "html",
    ".xhtml": "html",
    ".rss": "feed",
    ".atom": "feed",
    ".xml": "feed",
    ".csv": "csv",
    ".tsv": "tsv",
    ".tab": "tsv",
}
"""The file extensions read, and the format each one means."""

STDIN_PATH = "<stdin>"
_WHITESPACE = re.compile(r"\s")
_CHUNK = 1 << 16


@dataclass(frozen=True, slots=True)
class LoadResult:
    """Everything loaded, and everything the user should hear about."""

    documents: tuple[Document, ...]
    issues: tuple[LoadIssue, ...]

    @property
    def loaded(self) -> int:
        """How many documents were loaded."""
        return len(self.documents)

    @property
    def skipped(self) -> int:
        """How many files, lines or items were skipped."""
        return sum(1 for i in self.issues if i.kind is Notice.SKIPPED)

    @property
    def duplicates(self) -> int:
        """How many exact duplicates were dropped."""
        return sum(1 for i in self.issues if i.kind is Notice.DUPLICATE)

    def summary(self) -> str:
        """One line such as ``loaded 12 documents, skipped 3, 1 duplicate``."""
        docs = "document" if self.loaded == 1 else "documents"
        dups = "duplicate" if self.duplicates == 1 else "duplicates"
        return f"loaded {self.loaded} {docs}, skipped {self.skipped}, {self.duplicates} {dups}"


def load(
    paths: Iterable[str], options: LoadOptions | None = None, *, stdin: BinaryIO | None = None
) -> LoadResult:
    """Load every document under ``paths``, then drop implausible dates.

    Args:
        paths: files, directories, or ``-`` for standard input.
        options: dates and field names; the defaults when None.
        stdin: what ``-`` reads (bytes).

    Returns:
        The documents and the issues, in input order; implausible-date
        warnings (see `implausible_dates`) come last.
    """
    documents: list[Document] = []
    issues: list[LoadIssue] = []
    for item in iter_load(paths, options, stdin=stdin):
        if isinstance(item, Document):
            documents.append(item)
        else:
            issues.append(item)
    checked, late = implausible_dates(documents)
    return LoadResult(checked, (*issues, *late))


def iter_load(
    paths: Iterable[str], options: LoadOptions | None = None, *, stdin: BinaryIO | None = None
) -> Iterator[Document | LoadIssue]:
    """Lazily yield documents and issues, one file or line at a time.

    A path that does not exist, an unreadable or binary file, malformed front
    matter or JSON, a line without text: each becomes one `LoadIssue`
    (SKIPPED) and loading goes on. Exact duplicates (same text up to
    whitespace) are yielded once, then reported as DUPLICATE. Ids are unique
    within one call. Only the fingerprints of texts seen are kept, never the
    texts.

    Args:
        paths: files, directories (read recursively, sorted, hidden entries
            skipped), or ``-`` for ``stdin``.
        options: dates and field names; the defaults when None.
        stdin: what ``-`` reads: JSON Lines, or one plain-text document.
    """
    options = options or LoadOptions()
    state = _State(options)
    for raw in paths:
        for item in _items(raw, options.fields, stdin):
            if isinstance(item, LoadIssue):
                yield item
            else:
                yield from state.finish(item)
    yield from state.count_undated()


@dataclass(slots=True)
class _State:
    """What one run remembers: ids given out and fingerprints of texts seen.

    Undated records of a file of many (JSON Lines, CSV, a feed) are reported once, at the
    first, and counted; the count is reported when the next file's records begin.
    """

    options: LoadOptions
    ids: dict[str, str] = field(default_factory=dict)
    texts: dict[bytes, tuple[str, str]] = field(default_factory=dict)
    order_reported: set[str] = field(default_factory=set)
    undated: tuple[str, int, str] | None = None  # path, records without a date, the hint

    def finish(self, record: Record) -> Iterator[Document | LoadIssue]:
        if self.undated is not None and self.undated[0] != record.path:
            yield from self.count_undated()
        if not record.text or record.text.isspace():
            yield LoadIssue(
                record.where, Notice.SKIPPED, "no article text (empty or only whitespace)"
            )
            return
        fingerprint = _fingerprint(record.text)
        first = self.texts.get(fingerprint)
        if first is not None and not self.options.keep_duplicates:
            yield LoadIssue(
                record.where,
                Notice.DUPLICATE,
                f"same text as `{first[0]}` ({first[1]}); counted once",
            )
            return
        choice = choose_date(record, self.options)
        yield from choice.issues
        if choice.defaulted_order is not None and record.path not in self.order_reported:
            self.order_reported.add(record.path)
            assert choice.period is not None
            yield LoadIssue(
                record.where,
                Notice.WARNING,
                f"ambiguous date `{choice.defaulted_order}` read month first as "
                f"{choice.period} (the default, applied to the whole file); "
                "pass --dayfirst if its dates are day first, or --monthfirst to confirm",
            )
        doc_id = self._unique_id(record)
        if doc_id != (record.id or record.fallback_id):
            base = record.id or record.fallback_id
            yield LoadIssue(
                record.where,
                Notice.WARNING,
                f"id `{base}` is already used by {self.ids[base]}; this one is `{doc_id}`",
            )
        self.ids[doc_id] = record.where
        self.texts[fingerprint] = (doc_id, record.where)
        if choice.period is None:
            yield from self._no_date(record)
        yield Document(
            id=doc_id,
            text=record.text,
            published=choice.period,
            title=record.title,
            source=record.source,
            url=record.url,
            path=record.path,
            published_origin=choice.origin,
        )

    def _no_date(self, record: Record) -> Iterator[LoadIssue]:
        hint = _no_date_hint(record, self.options.fields)
        unanchored = f"relative dates stay unanchored — {hint}"
        if record.where == record.path:  # a file that is one document
            yield LoadIssue(record.where, Notice.WARNING, f"no publication date; {unanchored}")
        elif self.undated is None:
            self.undated = (record.path, 1, hint)
            message = "no publication date (any others in this file are counted, not listed); "
            yield LoadIssue(record.where, Notice.WARNING, message + unanchored)
        else:
            path, count, first_hint = self.undated
            self.undated = (path, count + 1, first_hint)

    def count_undated(self) -> Iterator[LoadIssue]:
        """The number of undated records in the last file of many, when more than one."""
        if self.undated is not None:
            path, count, hint = self.undated
            self.undated = None
            if count > 1:
                yield LoadIssue(
                    path,
                    Notice.WARNING,
                    f"{count} records in all have no publication date; relative dates in "
                    f"them stay unanchored — {hint}",
                )

    def _unique_id(self, record: Record) -> str:
        base = record.id or record.fallback_id
        candidate, n = base, 1
        while candidate in self.ids:
            n += 1
            candidate = f"{base}-{n}"
        return candidate


def _fingerprint(text: str) -> bytes:
    """A digest of the text with runs of whitespace made one space, in bounded memory."""
    digest = hashlib.blake2b(digest_size=16)
    start, first = 0, True
    while start < len(text):
        end = start + _CHUNK
        if end < len(text):  # never cut a word in two
            space = _WHITESPACE.search(text, end)
            end = space.start() if space else len(text)
        words = text[start:end].split()
        if words:
            if not first:
                digest.update(b" ")
            digest.update(" ".join(words).encode("utf-8", "surrogatepass"))
            first = False
        start = end
    return digest.digest()


def _no_date_hint(record: Record, names: FieldNames) -> str:
    kind = "text" if record.path == STDIN_PATH else EXTENSIONS.get(Path(record.path).suffix.lower())
    if names.date is not None and kind in ("csv", "tsv", "json", "jsonl", "text"):
        return (
            f"no date in its `{shown(names.date, 30)}` field (--date-field); check that name "
            "or pass --published"
        )
    if kind in ("csv", "tsv"):
        return "add a `published` column (or name yours with --date-field) or pass --published"
    if record.where != record.path and kind != "feed":  # a line or item of JSON
        return "add a `published` field (or name yours with --date-field) or pass --published"
    if kind == "text":
        return "add `published: YYYY-MM-DD` to its front matter or pass --published"
    return "pass --published"


def _items(raw: str, names: FieldNames, stdin: BinaryIO | None) -> Iterator[Item]:
    if raw == "-":
        if stdin is None:
            yield LoadIssue("-", Notice.SKIPPED, "`-` reads standard input, but none was given")
            return
        yield from _read_stdin(stdin, names)
        return
    path = Path(raw)
    try:
        is_dir = path.is_dir()
        exists = is_dir or path.exists()
    except OSError as error:
        yield LoadIssue(raw, Notice.SKIPPED, f"cannot be read ({error.strerror})")
        return
    if not exists:
        yield LoadIssue(raw, Notice.SKIPPED, "no such file or directory; check the path")
    elif is_dir:
        yield from _read_directory(path, names)
    else:
        yield from _read_file(path, names, explicit=True)


def _read_directory(root: Path, names: FieldNames) -> Iterator[Item]:
    counts = [0, 0]  # readable files, files of other kinds
    yield from _walk(root, names, counts, set())
    if counts[0] == 0:
        found = f"{counts[1]} file(s) of other kinds" if counts[1] else "no files"
        yield LoadIssue(
            str(root),
            Notice.SKIPPED,
            f"directory has no readable file ({found}); the formats read are "
            f"{', '.join(sorted(EXTENSIONS))}",
        )


def _walk(folder: Path, names: FieldNames, counts: list[int], seen: set[str]) -> Iterator[Item]:
    """Depth first, entries sorted by name, hidden ones and symlink loops skipped."""
    real = os.path.realpath(folder)
    if real in seen:
        return
    seen.add(real)
    try:
        entries = sorted(os.scandir(folder), key=lambda e: e.name)
    except OSError as error:
        yield LoadIssue(str(folder), Notice.SKIPPED, f"cannot be listed ({error.strerror})")
        return
    for entry in entries:
        if entry.name.startswith(".") or entry.name.endswith("~"):
            continue
        path = Path(entry.path)
        if entry.is_dir():
            yield from _walk(path, names, counts, seen)
        elif path.suffix.lower() in EXTENSIONS:
            counts[0] += 1
            yield from _read_file(path, names, explicit=False)
        else:
            counts[1] += 1


def _read_file(path: Path, names: FieldNames, *, explicit: bool) -> Iterator[Item]:
    shown = str(path)
    kind = EXTENSIONS.get(path.suffix.lower())
    if kind is None and not explicit:
        return
    try:
        if kind == "jsonl":
            with path.open("rb") as lines:
                yield from read_jsonl(lines, path=shown, stem=path.stem, names=names)
            return
        if kind in ("csv", "tsv"):
            with path.open("rb") as stream:
                yield from read_csv(
                    stream, path=shown, stem=path.stem, names=names, tab=kind == "tsv"
                )
            return
        data = path.read_bytes()
    except OSError as error:
        yield LoadIssue(shown, Notice.SKIPPED, f"cannot be read ({error.strerror})")
        return
    if not data or data.isspace():
        yield LoadIssue(shown, Notice.SKIPPED, "empty file; nothing to load")
        return
    if kind == "feed":  # feedparser honours the XML encoding declaration itself
        binary = binary_kind(data[:8192])
        if binary is not None:
            yield LoadIssue(shown, Notice.SKIPPED, f"{binary}, not a feed")
            return
        yield from read_feed(data, path=shown, stem=path.stem)
        return
    text = decode(data, declared_charset(data) if kind in ("html", None) else None)
    if isinstance(text, Undecodable):
        yield LoadIssue(shown, Notice.SKIPPED, text.message)
        return
    if kind is None:
        kind = _sniff(text)
        yield LoadIssue(
            shown,
            Notice.WARNING,
            f"unknown extension {path.suffix or '(none)'}; read as {kind} — "
            "rename it to say its format",
        )
    yield from _read_decoded(kind, text, data, shown, path, names)


def _read_decoded(
    kind: str, text: str, data: bytes, shown: str, path: Path, names: FieldNames
) -> Iterator[Item]:
    if kind == "json":
        yield from read_json(text, path=shown, stem=path.stem, names=names)
    elif kind == "html":
        yield from read_html(text, path=shown, stem=path.stem, name=path.name)
    elif kind == "feed":
        yield from read_feed(data, path=shown, stem=path.stem)
    elif kind in ("csv", "tsv"):
        stream = io.BytesIO(text.encode("utf-8"))
        yield from read_csv(stream, path=shown, stem=path.stem, names=names, tab=kind == "tsv")
    elif kind == "jsonl":
        lines = (line.encode("utf-8") for line in text.splitlines())
        yield from read_jsonl(lines, path=shown, stem=path.stem, names=names)
    else:
        yield from read_text(text, path=shown, stem=path.stem, name=path.name, names=names)


def _sniff(text: str) -> str:
    start = text[:1000].lstrip()[:1]
    head = text[:2000].lower()
    if start == "[":
        return "json"
    if start == "{":
        return "jsonl" if "\n{" in text.rstrip() else "json"
    if start == "<":
        if any(tag in head for tag in ("<rss", "<feed", "<rdf:rdf")):
            return "feed"
        if any(tag in head for tag in ("<html", "<!doctype html", "<body", "<p>", "<div")):
            return "html"
    return "text"


def _read_stdin(stdin: BinaryIO, names: FieldNames) -> Iterator[Item]:
    buffered: list[bytes] = []
    first = b""
    for line in iter(stdin.readline, b""):
        buffered.append(line)
        if line.strip():
            first = line
            break
    if not first:
        yield LoadIssue(STDIN_PATH, Notice.SKIPPED, "standard input is empty; nothing to load")
        return
    kind = binary_kind(buffered[0])
    if kind is not None:
        yield LoadIssue(STDIN_PATH, Notice.SKIPPED, f"{kind}, not text")
        return
    start = first.lstrip(b"\xef\xbb\xbf \t\r\n")
    if start.startswith(b"{") and _is_json(start):
        yield from read_jsonl(_chain(buffered, stdin), path=STDIN_PATH, stem="stdin", names=names)
        return
    data = b"".join(buffered) + stdin.read()
    text = decode(data)
    if isinstance(text, Undecodable):
        yield LoadIssue(STDIN_PATH, Notice.SKIPPED, text.message)
        return
    kind = _sniff(text)
    if kind == "jsonl" and _is_json(data):  # a pretty-printed object, not one per line
        kind = "json"
    yield from _read_decoded(kind, text, data, STDIN_PATH, Path("stdin"), names)


def _is_json(line: bytes) -> bool:
    try:
        json.loads(line)
    except ValueError:
        return False
    return True


def _chain(head: list[bytes], rest: BinaryIO) -> Iterator[bytes]:
    yield from head
    yield from iter(rest.readline, b"")
