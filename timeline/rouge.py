"""ROUGE-N counts computed the way ROUGE-1.5.5 computes them for tilse.

tilse runs ``ROUGE-1.5.5.pl -a -n 2 -x -f A -d -m -s -t 2`` on summaries it writes in the
SEE format, and reads back raw counts. This module reproduces that in pure Python:

1. Each sentence is cut at its first ``<`` (the SEE reader stops there) and ``^`` becomes
   ``&circ;`` (tilse escapes it so); the sentences of a summary are joined by spaces.
2. ASCII letters are lowercased; every other character outside ``[A-Za-z0-9-]`` becomes a
   space, and ``-`` is split off into a token of its own.
3. SMART stopwords are dropped (``-s``), then every token that does not start with
   ``[a-z0-9]`` (the lone ``-``).
4. Tokens longer than three characters are replaced by their WordNet 2.0 base form when
   they are an irregular form, else Porter-stemmed (``-m``) with the stemmer variant that
   ships inside ROUGE-1.5.5 (see :func:`porter_stem`).
5. n-grams run across sentence boundaries; hits are clipped per n-gram, and with several
   references (``-f A``) hits, reference counts and peer counts are summed over them.
"""

from __future__ import annotations

import functools
import re
from collections import Counter
from collections.abc import Iterable, Sequence
from dataclasses import dataclass

from timeline._rouge_data import SMART_STOPWORDS, WORDNET_EXCEPTIONS

_TOKEN = re.compile(r"[A-Za-z0-9]+")

Ngram = tuple[str, ...]


@dataclass(frozen=True, slots=True)
class RougeCounts:
    """Raw ROUGE-N counts of one peer summary against its references.

    Attributes:
        hits: n-grams of the peer also in a reference, clipped, summed over references.
        peer: n-grams in the peer, once per reference.
        reference: n-grams in the references, summed.
    """

    hits: int
    peer: int
    reference: int

    @property
    def precision(self) -> float:
        """``hits / peer``, 0 when the peer is empty."""
        return self.hits / self.peer if self.peer else 0.0

    @property
    def recall(self) -> float:
        """``hits / reference``, 0 when the references are empty."""
        return self.hits / self.reference if self.reference else 0.0


def tokenize(sentences: Iterable[str]) -> tuple[str, ...]:
    """The ROUGE-1.5.5 tokens of a summary, before stopword removal and stemming.

    Args:
        sentences: the summary's sentences, in order.
    """
    tokens: list[str] = []
    for sentence in sentences:
        text = sentence.split("<", 1)[0].replace("^", "&circ;")
        tokens.extend(match.lower() for match in _TOKEN.findall(text))
    return tuple(tokens)


def analyse(sentences: Iterable[str]) -> tuple[str, ...]:
    """The tokens ROUGE-1.5.5 counts with ``-s -m``: stopwords dropped, the rest stemmed."""
    return tuple(_stem_token(t) for t in tokenize(sentences) if t not in SMART_STOPWORDS)


def ngrams(tokens: Sequence[str], n: int) -> Counter[Ngram]:
    """How often each n-gram occurs in ``tokens``."""
    return Counter(tuple(tokens[i : i + n]) for i in range(len(tokens) - n + 1))


def count_matches(peer: Counter[Ngram], references: Sequence[Counter[Ngram]]) -> RougeCounts:
    """ROUGE counts of ``peer`` against each of ``references`` (model average, ``-f A``)."""
    peer_total = sum(peer.values())
    hits = 0
    reference_total = 0
    for reference in references:
        reference_total += sum(reference.values())
        small, large = (peer, reference) if len(peer) <= len(reference) else (reference, peer)
        hits += sum(min(count, large[gram]) for gram, count in small.items() if gram in large)
    return RougeCounts(hits, peer_total * len(references), reference_total)


def rouge_n(peer: Sequence[str], references: Sequence[Sequence[str]], n: int) -> RougeCounts:
    """ROUGE-N counts of a peer summary against reference summaries, as ROUGE-1.5.5 gives them.

    Args:
        peer: the peer (system) summary's sentences.
        references: each reference summary's sentences.
        n: the n-gram length.
    """
    return count_matches(
        ngrams(analyse(peer), n), [ngrams(analyse(reference), n) for reference in references]
    )


@functools.lru_cache(maxsize=65536)
def _stem_token(token: str) -> str:
    if len(token) <= 3:
        return token
    return WORDNET_EXCEPTIONS.get(token) or porter_stem(token)


# The Porter stemmer as ROUGE-1.5.5 ships it (Martin Porter's Perl release 1, with the
# 'bli' -> 'ble' and 'logi' -> 'log' departures, and Chin-Yew Lin's 2004 change to step 4).
_c = "[^aeiou]"
_v = "[aeiouy]"
_C = _c + "[^aeiouy]*"
_V = _v + "[aeiou]*"
_MGR0 = re.compile(f"^({_C})?{_V}{_C}")
_MEQ1 = re.compile(f"^({_C})?{_V}{_C}({_V})?$")
_MGR1 = re.compile(f"^({_C})?{_V}{_C}{_V}{_C}")
_VOWEL_IN_STEM = re.compile(f"^({_C})?{_v}")
_CVC = re.compile(f"^{_C}{_v}[^aeiouwxy]$")
_STEP2 = {
    "ational": "ate",
    "tional": "tion",
    "enci": "ence",
    "anci": "ance",
    "izer": "ize",
    "bli": "ble",
    "alli": "al",
    "entli": "ent",
    "eli": "e",
    "ousli": "ous",
    "ization": "ize",
    "ation": "ate",
    "ator": "ate",
    "alism": "al",
    "iveness": "ive",
    "fulness": "ful",
    "ousness": "ous",
    "aliti": "al",
    "iviti": "ive",
    "biliti": "ble",
    "logi": "log",
}
_STEP3 = {
    "icate": "ic",
    "ative": "",
    "alize": "al",
    "iciti": "ic",
    "ical": "ic",
    "ful": "",
    "ness": "",
}
_STEP2_SUFFIX = re.compile(f"({'|'.join(_STEP2)})$")
_STEP3_SUFFIX = re.compile(f"({'|'.join(_STEP3)})$")
_STEP4_SUFFIX = re.compile("(al|ance|ence|er|ic|able|ible|ant|ement|ou|ism|ate|iti|ous|ive|ize)$")


def porter_stem(word: str) -> str:
    """Stem a lowercase word with the Porter variant inside ROUGE-1.5.5.

    It differs from the published algorithm (and from nltk's ``PorterStemmer``) in step 4:
    after ``-ement`` (or another suffix) is tried, ``-ment`` and then ``-ent`` are tried on
    what is left, so "agreement" becomes "agreem" and "governmental" becomes "govern".
    """
    if len(word) < 3:
        return word
    initial_y = word[0] == "y"
    w = "Y" + word[1:] if initial_y else word
    # Step 1a
    if (m := re.search("(ss|i)es$", w)) or (m := re.search("([^s])s$", w)):
        w = w[: m.start()] + m[1]
    # Step 1b
    if w.endswith("eed"):
        if _MGR0.search(w[:-3]):
            w = w[:-1]
    elif m := re.search("(ed|ing)$", w):
        stem = w[: m.start()]
        if _VOWEL_IN_STEM.search(stem):
            w = stem
            if re.search("(at|bl|iz)$", w):
                w += "e"
            elif re.search(r"([^aeiouylsz])\1$", w):
                w = w[:-1]
            elif _CVC.search(w):
                w += "e"
    # Step 1c
    if w.endswith("y") and _VOWEL_IN_STEM.search(w[:-1]):
        w = w[:-1] + "i"
    # Steps 2 and 3
    for pattern, table in ((_STEP2_SUFFIX, _STEP2), (_STEP3_SUFFIX, _STEP3)):
        if (m := pattern.search(w)) and _MGR0.search(w[: m.start()]):
            w = w[: m.start()] + table[m[1]]
    # Step 4, as modified for ROUGE
    if (m := _STEP4_SUFFIX.search(w)) and _MGR1.search(w[: m.start()]):
        w = w[: m.start()]
    if w.endswith("ment") and _MGR1.search(w[:-4]):
        w = w[:-4]
    if w.endswith("ent"):
        if _MGR1.search(w[:-3]):
            w = w[:-3]
    elif (m := re.search("(s|t)(ion)$", w)) and _MGR1.search(w[: m.start()] + m[1]):
        w = w[: m.start()] + m[1]
    # Step 5
    if w.endswith("e"):
        stem = w[:-1]
        if _MGR1.search(stem) or (_MEQ1.search(stem) and not _CVC.search(stem)):
            w = stem
    if w.endswith("ll") and _MGR1.search(w):
        w = w[:-1]
    return "y" + w[1:] if initial_y else w
