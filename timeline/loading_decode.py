"""Bytes to text: BOMs, UTF-8, detected encodings, and refusing binary files."""

from __future__ import annotations

import codecs
import re
from dataclasses import dataclass

from charset_normalizer import from_bytes

_MAGIC = (
    (b"%PDF", "a PDF"),
    (b"\x89PNG", "a PNG image"),
    (b"\xff\xd8\xff", "a JPEG image"),
    (b"GIF8", "a GIF image"),
    (b"PK\x03\x04", "a ZIP archive (or a Word/OpenDocument file)"),
    (b"\x1f\x8b", "a gzip archive"),
    (b"BZh", "a bzip2 archive"),
    (b"\xfd7zXZ", "an xz archive"),
    (b"7z\xbc\xaf", "a 7-Zip archive"),
    (b"\xd0\xcf\x11\xe0", "an old Microsoft Office file"),
    (b"{\\rtf", "an RTF file"),
    (b"\x7fELF", "a program"),
    (b"RIFF", "a media file"),
    (b"ID3", "an MP3 file"),
    (b"\x00\x00\x01\x00", "an icon"),
    (b"II*\x00", "a TIFF image"),
    (b"MM\x00*", "a TIFF image"),
    (b"SQLite format 3\x00", "an SQLite database"),
)
_BOMS = (
    (codecs.BOM_UTF32_LE, "utf-32"),
    (codecs.BOM_UTF32_BE, "utf-32"),
    (codecs.BOM_UTF8, "utf-8-sig"),
    (codecs.BOM_UTF16_LE, "utf-16"),
    (codecs.BOM_UTF16_BE, "utf-16"),
)
_SNIFF = 8192
_META_CHARSET = re.compile(
    rb"<meta[^>]{0,200}?charset\s*=\s*[\"']?\s*([A-Za-z0-9_.:-]{2,40})", re.I
)


@dataclass(frozen=True, slots=True)
class Undecodable:
    """Why bytes could not be read as text, as a message that names the fix."""

    message: str


def binary_kind(head: bytes) -> str | None:
    """What binary file ``head`` (the first bytes of a file) starts, or None for text."""
    for bom, _ in _BOMS:
        if head.startswith(bom):
            return None
    for magic, kind in _MAGIC:
        if head.startswith(magic):
            return kind
    if b"\x00" in head[:_SNIFF]:
        return "a binary file"
    return None


def declared_charset(head: bytes) -> str | None:
    """The encoding an HTML page declares in ``<meta charset>``, if Python knows it."""
    m = _META_CHARSET.search(head[:_SNIFF])
    if not m:
        return None
    try:
        return codecs.lookup(m[1].decode("ascii")).name
    except (LookupError, UnicodeDecodeError):
        return None


def decode(data: bytes, declared: str | None = None) -> str | Undecodable:
    """Decode a text file: a BOM if present, else UTF-8, else the declared or detected encoding.

    Args:
        data: the file's bytes.
        declared: the encoding the file declares (an HTML ``<meta charset>``), if any.

    Returns:
        The text (without BOM), or why it cannot be read.
    """
    kind = binary_kind(data[:_SNIFF])
    if kind is not None:
        return Undecodable(f"{kind}, not text; convert it to .txt, .html or .jsonl first")
    for bom, encoding in _BOMS:
        if data.startswith(bom):
            try:
                return data.decode(encoding)
            except UnicodeDecodeError as error:
                return Undecodable(
                    f"starts with a {encoding} byte-order mark but is not valid {encoding} "
                    f"({error.reason} at byte {error.start}); re-save it as UTF-8"
                )
    for encoding in ("utf-8", declared or "utf-8"):
        try:
            return data.decode(encoding)
        except UnicodeDecodeError:
            pass
    matches = from_bytes(data)
    best = matches.best()
    if best is None:
        return Undecodable("not UTF-8 and its encoding could not be detected; re-save it as UTF-8")
    for match in matches:  # among equally good guesses, Windows-1252 is the likeliest
        if match.encoding == "cp1252" and (match.chaos, match.coherence) == (
            best.chaos,
            best.coherence,
        ):
            best = match
    text = str(best)
    if _mostly_control(text):
        return Undecodable("looks binary (mostly control characters), not text")
    return text


def _mostly_control(text: str) -> bool:
    sample = text[:_SNIFF]
    if not sample:
        return False
    control = sum(1 for c in sample if (ord(c) < 32 and c not in "\t\n\r\f") or c == "\ufffd")
    return control > len(sample) // 20
