"""Content terms of a sentence: the words that carry its meaning, stemmed.

Shared by merging (are two sentences the same event?) and selection (sumy's
word tokenizer). Stop words are sumy's English list; stems are NLTK's
Snowball stems. Neither needs downloaded data.
"""

from __future__ import annotations

import re
from functools import cache

from sumy.nlp.stemmers import Stemmer
from sumy.utils import get_stop_words

WORD = re.compile(r"[^\W\d_]+(?:['’-][^\W\d_]+)*")

_STOP_WORDS: frozenset[str] = frozenset(get_stop_words("english"))
stem = cache(Stemmer("english"))
"""The Snowball stem of a lower-cased word, cached: news repeats its words."""


def words(text: str) -> tuple[str, ...]:
    """The words of ``text``: letters, with inner apostrophes and hyphens."""
    return tuple(WORD.findall(text))


def is_stop_word(word: str) -> bool:
    """Whether the lower-cased ``word`` is on sumy's English stop-word list."""
    return word in _STOP_WORDS


def content_terms(text: str) -> frozenset[str]:
    """The stemmed, lower-cased words of ``text`` that are not stop words."""
    return frozenset(stem(word) for word in WORD.findall(text.lower()) if word not in _STOP_WORDS)
