"""CSV and TSV with a header row, streamed row by row."""

from __future__ import annotations

import codecs
import csv
import io
from collections.abc import Iterator
from typing import BinaryIO

from charset_normalizer import from_bytes

from timeline.formats_json import record_from_fields
from timeline.loading_decode import binary_kind
from timeline.loading_fields import FieldMap
from timeline.loading_types import FieldNames, Item, LoadIssue, Notice

_HEAD = 1 << 16
_DELIMITERS = ",;\t|"
_FIELD_LIMIT = 2**31 - 1


def read_csv(
    stream: BinaryIO, *, path: str, stem: str, names: FieldNames, tab: bool
) -> Iterator[Item]:
    """One record per row; columns are chosen by header name (see `FieldMap`).

    Args:
        stream: the file, opened in binary mode.
        path: the file's name in issues.
        stem: the start of fallback ids (``<stem>:<line>``).
        names: the user's column names.
        tab: tab-separated (``.tsv``); otherwise the delimiter is sniffed.
    """
    head = stream.read(_HEAD)
    kind = binary_kind(head)
    if kind is not None:
        yield LoadIssue(path, Notice.SKIPPED, f"{kind}, not CSV text")
        return
    if not head.strip():
        yield LoadIssue(path, Notice.SKIPPED, "empty file; nothing to load")
        return
    encoding = _encoding(head)
    if encoding is None:
        yield LoadIssue(
            path,
            Notice.SKIPPED,
            "not UTF-8 and its encoding could not be detected; re-save it as UTF-8",
        )
        return
    stream.seek(0)
    text = io.TextIOWrapper(stream, encoding=encoding, newline="")
    sample = head.decode(encoding, errors="ignore")
    delimiter = "\t" if tab else _sniff_delimiter(sample)
    if csv.field_size_limit() < _FIELD_LIMIT:
        csv.field_size_limit(_FIELD_LIMIT)
    reader = csv.reader(text, delimiter=delimiter)
    line = 0
    try:
        header = [h.strip() for h in next(reader, [])]
        fmap = FieldMap.resolve(header, names)
        if fmap.text is None:
            yield LoadIssue(path, Notice.SKIPPED, fmap.missing_text(header, names))
            return
        line = reader.line_num
        rows = 0
        for row in reader:
            start, line = line + 1, reader.line_num
            if not any(cell.strip() for cell in row):
                continue
            rows += 1
            if len(row) < len(header) and any("\n" in cell for cell in row):
                yield LoadIssue(
                    f"{path}:{start}",
                    Notice.SKIPPED,
                    f"row has {len(row)} of {len(header)} columns and runs over lines "
                    f"{start}-{line}: probably an unclosed quote; fix the quoting there",
                )
                continue
            fields = dict(zip(header, row, strict=False))
            yield record_from_fields(
                fields,
                names,
                where=f"{path}:{start}",
                path=path,
                fallback_id=f"{stem}:{start}",
                label="CSV column",
            )
        if rows == 0:
            yield LoadIssue(path, Notice.SKIPPED, "a header row but no rows; nothing to load")
    except csv.Error as error:
        yield LoadIssue(
            f"{path}:{line + 1}",
            Notice.SKIPPED,
            f"malformed CSV ({error}); the rest of the file is skipped — fix the quoting there",
        )
    except UnicodeDecodeError:
        yield LoadIssue(
            f"{path}:{line + 1}",
            Notice.SKIPPED,
            f"not valid {encoding} from here on; the rest of the file is skipped — "
            "re-save it as UTF-8",
        )
    finally:
        text.detach()


def _encoding(head: bytes) -> str | None:
    if head.startswith(codecs.BOM_UTF8):
        return "utf-8-sig"
    if head.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        return "utf-16"
    try:
        codecs.getincrementaldecoder("utf-8")().decode(head, final=False)
    except UnicodeDecodeError:
        best = from_bytes(head).best()
        return best.encoding if best is not None else None
    return "utf-8"


def _sniff_delimiter(sample: str) -> str:
    """The delimiter used most in the header line (headers are rarely quoted)."""
    header = sample.splitlines()[0] if sample else ""
    counts = {d: header.count(d) for d in _DELIMITERS}
    best = max(counts, key=lambda d: counts[d])
    return best if counts[best] else ","
