"""Turn dated sentences into candidate events.

A candidate is a sentence with a date: the first time expression inside it
that places it in a calendar period, or, when it has none, the publication
date, marked as inferred. Web-page residue ("Leave a Reply", the headline
repeated as a line, share buttons) never becomes a candidate.
"""

from __future__ import annotations

import bisect
import datetime as dt
import heapq
import re
import statistics
from collections import Counter
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field

from timeline.furniture import is_page_header, is_picture_caption
from timeline.model import (
    Document,
    EventDate,
    Period,
    Sentence,
    TimeExpression,
)
from timeline.terms import content_terms

MIN_WORDS = 6
MAX_WORDS = 80
"""Longer than this, a "sentence" is text run together: a list, a header glued to its
story, comments without full stops."""
TEMPLATE_DOCUMENTS = 3
"""In how many documents an undated sentence must appear to be a page template's text."""
TEMPLATE_SPAN_DAYS = 7
"""Those documents must be published more than this many days apart for it to be one."""
STORY_TERMS = 20
"""How many of the terms found in the most documents stand for the collection's story."""
OFF_TOPIC_SHARE = 0.2
"""A document whose share of story terms is below this fraction of the median's is off-topic."""
JUDGED_TERMS = 50
"""Documents with fewer term occurrences than this are too short to judge."""
JUDGED_DOCUMENTS = 10
"""Collections with fewer documents long enough to judge are not judged."""

_WORD = re.compile(r"[^\W_]+(?:['’-][^\W_]+)*")
_BOILERPLATE = re.compile(
    r"^(?:leave a (?:reply|comment)|share (?:this|on)|click here|read more|related:|"
    r"sign up|subscribe|follow us|all rights reserved|copyright|©|advertisement|"
    r"source:|photo:|image:|caption:|getty images|reporting by|editing by|"
    r"writing by|additional reporting)",
    re.IGNORECASE,
)

# A question is no event ("Why doesn't Obama take charge?"), and link teasers cut off with
# an ellipsis glued to the next one ("... caused by a failure of its cementi...Coast Guard")
# are a list of links.
_QUESTION_OR_TEASERS = re.compile(r"\?[\"'”’)\]]*$|\.\.\.[A-Z]")


@dataclass(frozen=True, slots=True)
class Candidate:
    """A sentence that may be a key event, with the date it is placed at.

    ``position`` counts the document's reporting sentences before this one
    (residue skipped): 0 is the lead. ``terms`` are the sentence's content
    terms (``timeline.terms.content_terms``), computed here once, in the
    per-document stage, because merging and selection compare them often.
    """

    sentence: Sentence
    date: EventDate
    expression: TimeExpression | None = None
    position: int = 0
    terms: frozenset[str] = field(default=frozenset(), compare=False)

    def __post_init__(self) -> None:
        if not self.terms:
            object.__setattr__(self, "terms", content_terms(self.sentence.text))


def is_residue(sentence: Sentence, document: Document) -> bool:
    """Whether ``sentence`` is page furniture rather than reporting.

    Residue is a line too short to state an event or too long to be one sentence
    (``MAX_WORDS``: a list or a header run together with the story), a headline, caption or
    standfirst (no full stop at its end, and the paragraph goes on: segmentation
    cuts them off the story they are glued to), the headline repeated in the body, a page header cut
    off by segmentation (``is_page_header``), a question, link teasers glued
    by their ellipses, a picture's caption ("... in this handout photograph"), or a
    known boilerplate phrase
    (comments, sharing, credits), in brackets or not.
    """
    words = _WORD.findall(sentence.text)
    if not MIN_WORDS <= len(words) <= MAX_WORDS or is_page_header(sentence.text):
        return True
    if is_picture_caption(sentence.text):
        return True
    if _cut_off_without_stop(sentence, document) or _QUESTION_OR_TEASERS.search(sentence.text):
        return True
    if document.title and _normalised(sentence.text) == _normalised(document.title):
        return True
    return bool(_BOILERPLATE.match(sentence.text.lstrip("\"'“‘([ ")))


def _cut_off_without_stop(sentence: Sentence, document: Document) -> bool:
    """Whether ``sentence`` has no full stop at its end and yet its paragraph goes on:
    a headline, a caption or a standfirst that segmentation cut off the story it is
    glued to. A line of its own without a stop may still be reporting."""
    if sentence.text.rstrip("\"'”’)]").endswith((".", "!", "?", "…")):
        return False
    following = document.text[sentence.end : sentence.end + 8].lstrip(" \t")
    return bool(following) and following[0] not in "\r\n"


def _normalised(text: str) -> str:
    return " ".join(w.lower() for w in _WORD.findall(text))


def candidates(
    document: Document,
    sentences: Sequence[Sentence],
    expressions: Sequence[TimeExpression],
) -> tuple[Candidate, ...]:
    """The candidate events of one document.

    Args:
        document: the document the sentences and expressions come from.
        sentences: its sentences, in order.
        expressions: its time expressions, in order, with offsets into the
            same text.

    Returns:
        One candidate per sentence that is not residue and can be dated.
        Candidates with equal dates share one ``EventDate`` object: most carry
        the publication date, and one copy keeps memory and the pickle a
        worker sends back small.
    """
    datable = [e for e in expressions if e.period is not None]
    starts = [e.start for e in datable]
    published = _publication_date(document) if document.published is not None else None
    shared: dict[EventDate, EventDate] = {}
    found: list[Candidate] = []
    reporting = [s for s in sentences if not is_residue(s, document)]
    for position, sentence in enumerate(reporting):
        expression = _first_inside(datable, starts, sentence)
        if expression is not None:
            date = _expression_date(expression)
            date = shared.setdefault(date, date)
            found.append(Candidate(sentence, date, expression, position))
        elif published is not None:
            found.append(Candidate(sentence, published, None, position))
    return tuple(found)


def _first_inside(
    datable: Sequence[TimeExpression], starts: Sequence[int], sentence: Sentence
) -> TimeExpression | None:
    index = bisect.bisect_left(starts, sentence.start)
    if index < len(datable) and datable[index].end <= sentence.end:
        return datable[index]
    return None


def _expression_date(expression: TimeExpression) -> EventDate:
    assert expression.period is not None
    explanation = f"“{expression.text}”: {expression.anchor}" if expression.anchor else ""
    return EventDate(expression.period, explanation or expression.text, False, expression.weekday)


def _publication_date(document: Document) -> EventDate:
    assert document.published is not None
    return EventDate(
        document.published,
        f"no date in the sentence; publication date of {document.id}",
        inferred=True,
    )


def without_templates(
    found: Sequence[Candidate], published: Mapping[str, Period | None]
) -> list[Candidate]:
    """``found`` without the sentences of page templates.

    A sentence that appears word for word in at least ``TEMPLATE_DOCUMENTS``
    documents published more than ``TEMPLATE_SPAN_DAYS`` days apart is the text
    of a template ("Views expressed in the comments do not represent those of
    Reuters.", "The Associated Press contributed to this report.", an
    advertisement, an explainer box a site repeats for weeks, a programme's
    "comment on any of the stories on today's show"), not news of the day each
    copy was published, when it has no date of its own or its date moves with
    each copy's publication ("today"): wire copies of a story appear within a day
    or two, and background a story repeats for weeks names its date, the same in
    every copy. ``found`` lists each document's candidates together, as digests
    hold them.
    """
    # text -> (the last document seen with it, how many documents, first and last
    # day, and whether its date is the same in every copy)
    seen: dict[str, tuple[str, int, dt.date, dt.date, bool]] = {}
    dates: dict[str, Period] = {}
    for candidate in found:
        document = candidate.sentence.document_id
        day = published.get(document)
        if day is None:
            continue
        text = candidate.sentence.text
        period = candidate.date.period
        if text not in seen:
            seen[text] = (document, 1, day.start, day.start, not candidate.date.inferred)
            dates[text] = period
            continue
        previous, count, first, last, fixed = seen[text]
        if document != previous:
            fixed = fixed and not candidate.date.inferred and dates[text] == period
            seen[text] = (document, count + 1, min(first, day.start), max(last, day.start), fixed)
    templates = {
        text
        for text, (_, count, first, last, fixed) in seen.items()
        if count >= TEMPLATE_DOCUMENTS and (last - first).days > TEMPLATE_SPAN_DAYS and not fixed
    }
    return [c for c in found if c.sentence.text not in templates]


def off_topic(terms_by_document: Mapping[str, Iterable[frozenset[str]]]) -> frozenset[str]:
    """The ids of the documents that are not about the story the collection tells.

    ``terms_by_document`` gives each document's candidates' content terms. The
    story's terms are the ``STORY_TERMS`` terms found in the most documents.
    A document is off-topic when the share of its term occurrences that are
    story terms is below ``OFF_TOPIC_SHARE`` of the median document's: a radio
    listings page, a page of readers' sentences about idioms or a news round-up
    that names the story once. Documents with fewer than ``JUDGED_TERMS`` term
    occurrences are too short to judge, and a collection with fewer than
    ``JUDGED_DOCUMENTS`` long enough to judge has no median worth the name.
    """
    counts: dict[str, Counter[str]] = {}
    for document, found in terms_by_document.items():
        counts[document] = Counter()
        for sentence_terms in found:
            counts[document].update(sentence_terms)  # counted in C, unlike a generator
    spread: Counter[str] = Counter()
    for counted in counts.values():
        spread.update(counted.keys())
    # ties by term, not by the order of hashed sets
    story = heapq.nsmallest(STORY_TERMS, spread, key=lambda t: (-spread[t], t))
    shares = {
        doc: sum(terms[t] for t in story) / total
        for doc, terms in counts.items()
        if (total := terms.total()) >= JUDGED_TERMS
    }
    if len(shares) < JUDGED_DOCUMENTS:
        return frozenset()
    floor = OFF_TOPIC_SHARE * statistics.median(shares.values())
    return frozenset(doc for doc, share in shares.items() if share < floor)
