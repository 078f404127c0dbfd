"""What ``timeline tag`` writes: a JSON record per document, or TimeML.

The TimeML output follows the TempEval-3 layout (``DOCID``, ``DCT`` with the
creation time as ``t0``, ``TEXT`` with inline ``TIMEX3`` tags) so it plugs
into the TempEval-3 tool chain, whose tools read a folder of ``<id>.tml``
files, one a document: ``file_stem`` makes a document id safe as such a name.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from xml.sax.saxutils import escape as _escape
from xml.sax.saxutils import quoteattr

from timeline.dates import find_time_expressions
from timeline.model import Document, TimeExpression

__all__ = ["file_stem", "tag_record", "timex_record", "to_timeml"]

# Characters XML 1.0 cannot carry at all; each becomes U+FFFD, so lengths stay the same.
_NOT_XML = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ufffe\uffff]")


# Characters no file name may hold on Linux, macOS or Windows, and control characters.
_NOT_IN_NAMES = re.compile(r'[/\\:*?"<>|\x00-\x1f\x7f-\x9f]')
_WINDOWS_DEVICES = frozenset(
    ["CON", "PRN", "AUX", "NUL"] + [f"{p}{n}" for p in ("COM", "LPT") for n in range(1, 10)]
)
_MAX_STEM_BYTES = 200  # file names are at most 255 bytes; room for "-2.tml" and the like


def file_stem(document_id: str) -> str:
    """``document_id`` made safe as the name of a file in a folder, without the suffix.

    TempEval ids (``APW19980807.0261``, ``wsj_0006``) are kept as they are. Path
    separators and the characters Windows forbids become ``_``, and so does every run
    of two or more dots, so the name never leaves its folder; a leading dot (a hidden
    file) becomes ``_``, trailing dots and spaces are dropped, Windows device names
    (``CON``, ``NUL.txt``) get a leading ``_``, and the name is cut to 200 UTF-8 bytes.
    An id with nothing left is ``document``. Different ids may give the same stem
    (``a/b``, ``a_b``); the caller keeps them apart.
    """
    stem = re.sub(r"\.{2,}", "_", _NOT_IN_NAMES.sub("_", document_id)).strip()
    stem = stem.encode("utf-8")[:_MAX_STEM_BYTES].decode("utf-8", "ignore")
    stem = re.sub(r"[\s.]+$", "", stem)
    if stem.startswith("."):
        stem = "_" + stem[1:]
    if stem.split(".")[0].rstrip().upper() in _WINDOWS_DEVICES:
        stem = "_" + stem
    return stem or "document"


def escape(text: str) -> str:
    """``text`` escaped for XML content, with characters XML cannot hold replaced."""
    return _escape(_NOT_XML.sub("\ufffd", text))


def timex_record(expression: TimeExpression) -> dict[str, object]:
    """One time expression as a JSON-ready dict (``granularity`` is null without a period)."""
    return {
        "start": expression.start,
        "end": expression.end,
        "text": expression.text,
        "type": expression.type.value,
        "value": expression.value,
        "granularity": expression.period.granularity.value if expression.period else None,
        "anchor": expression.anchor,
    }


def tag_record(document: Document) -> dict[str, object]:
    """``{"id", "published", "timexes": [...]}`` for one document.

    Offsets are character offsets into ``document.text`` exactly as loaded.
    """
    expressions = find_time_expressions(document.text, document.published)
    return {
        "id": document.id,
        "published": document.published.iso() if document.published else None,
        "timexes": [timex_record(e) for e in expressions],
    }


def to_timeml(document: Document, expressions: Sequence[TimeExpression]) -> str:
    """A TimeML document with the creation time and inline ``TIMEX3`` tags.

    Args:
        document: the tagged document; its text is written unchanged between tags,
            except control characters XML 1.0 cannot hold, written as U+FFFD.
        expressions: its time expressions, non-overlapping (as the resolver returns them).

    Raises:
        ValueError: two expressions overlap or one lies outside the text.
    """
    parts = [
        '<?xml version="1.0" encoding="UTF-8"?>',
        '<TimeML xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" '
        'xsi:noNamespaceSchemaLocation="http://timeml.org/timeMLdocs/TimeML_1.2.1.xsd">',
        f"<DOCID>{escape(document.id)}</DOCID>",
    ]
    if document.published is not None:
        dct = document.published.iso()
        parts.append(
            f'<DCT><TIMEX3 tid="t0" type="DATE" value={quoteattr(dct)} temporalFunction="false" '
            f'functionInDocument="CREATION_TIME">{escape(dct)}</TIMEX3></DCT>'
        )
    parts.append("<TEXT>" + _inline(document, expressions) + "</TEXT>")
    parts.append("</TimeML>")
    return "\n".join(parts)


def _inline(document: Document, expressions: Sequence[TimeExpression]) -> str:
    text = document.text
    out: list[str] = []
    cursor = 0
    for number, expression in enumerate(sorted(expressions, key=lambda e: e.start), start=1):
        if expression.start < cursor or expression.end > len(text):
            raise ValueError(
                f"time expression {expression.text!r} at {expression.start} overlaps another "
                "or lies outside the text; pass the resolver's output for this document"
            )
        out.append(escape(text[cursor : expression.start]))
        out.append(_open_tag(number, expression, document.published is not None))
        out.append(escape(text[expression.start : expression.end]))
        out.append("</TIMEX3>")
        cursor = expression.end
    out.append(escape(text[cursor:]))
    return "".join(out)


def _open_tag(number: int, expression: TimeExpression, has_dct: bool) -> str:
    relative = "absolute" not in expression.anchor
    attributes = [
        f'tid="t{number}"',
        f'type="{expression.type.value}"',
        f"value={quoteattr(expression.value)}",
        f'temporalFunction="{"true" if relative else "false"}"',
        'functionInDocument="NONE"',
    ]
    if relative and has_dct and "publication" in expression.anchor:
        attributes.append('anchorTimeID="t0"')
    return "<TIMEX3 " + " ".join(attributes) + ">"
