"""ROUGE-1.5.5 tokenisation, stopwords, stemming and counts on small hand-made texts."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st
from nltk.stem.porter import PorterStemmer

from timeline.rouge import RougeCounts, analyse, ngrams, porter_stem, rouge_n, tokenize


@pytest.mark.parametrize(
    ("sentences", "tokens"),
    [
        pytest.param(
            ["The U.S. Coast-Guard"], ("the", "u", "s", "coast", "guard"), id="case-dots-hyphen"
        ),
        pytest.param(
            ["50-year-old's $780,000"], ("50", "year", "old", "s", "780", "000"), id="numbers"
        ),
        pytest.param(["`` Not suspicious '' ."], ("not", "suspicious"), id="ptb-quotes"),
        pytest.param(["café naïve"], ("caf", "na", "ve"), id="non-ascii-splits"),
        pytest.param(["\u0130stanbul \u212aelvin"], ("stanbul", "elvin"), id="only-ascii-lowered"),
        pytest.param(["a < b and c"], ("a",), id="see-reader-stops-at-lt"),
        pytest.param(["x^2"], ("x", "circ", "2"), id="caret-escaped-by-tilse"),
        pytest.param(["one", "two"], ("one", "two"), id="sentences-joined"),
    ],
)
def test_tokenize(sentences: list[str], tokens: tuple[str, ...]) -> None:
    assert tokenize(sentences) == tokens


@pytest.mark.parametrize(
    ("word", "stem"),
    [
        # Results of the Porter stemmer inside ROUGE-1.5.5.pl, run on these words.
        ("agreement", "agreem"),
        ("governmental", "govern"),
        ("commissioner", "commiss"),
        ("statement", "statem"),
        ("replacement", "replac"),
        ("dependent", "depend"),
        ("generalizations", "gener"),
        ("oscillators", "oscil"),
        ("conditional", "condit"),
        ("electrical", "electr"),
        ("hopeful", "hope"),
        ("happy", "happi"),
        ("days", "dai"),
        ("yearly", "yearli"),
        ("yelling", "yell"),
        ("flying", "fly"),
        ("hopping", "hop"),
        ("hoping", "hope"),
        ("filing", "file"),
        ("controlling", "control"),
        ("rolling", "roll"),
        ("meeting", "meet"),
    ],
)
def test_porter_stem_matches_rouge_perl(word: str, stem: str) -> None:
    assert porter_stem(word) == stem


def test_nltk_porter_differs_from_rouge_in_step_4() -> None:
    nltk = PorterStemmer(mode=PorterStemmer.MARTIN_EXTENSIONS)
    assert nltk.stem("agreement") == "agreement"
    assert porter_stem("agreement") == "agreem"
    assert nltk.stem("meeting") == porter_stem("meeting") == "meet"


@given(st.text(alphabet="abcdefghijklmnopqrstuvwxyz", min_size=1, max_size=15))
def test_porter_stem_never_lengthens_by_more_than_one(word: str) -> None:
    stem = porter_stem(word)
    assert len(stem) <= len(word) + 1
    assert stem == stem.lower()


def test_analyse_drops_stopwords_and_stems_long_tokens() -> None:
    tokens = analyse(["Reuters said the children and mice attended the meetings in Jan."])
    # "reuters", "said", "the", "and", "in", "jan" are SMART stopwords; "children" and
    # "mice" are WordNet irregular forms; the rest is Porter-stemmed.
    assert tokens == ("child", "mouse", "attend", "meet")


def test_analyse_leaves_short_tokens_unstemmed() -> None:
    assert analyse(["oil ran dry"]) == ("oil", "ran", "dry")


def test_ngrams_counts_repeats() -> None:
    grams = ngrams(("cat", "sat", "cat", "sat"), 2)
    assert grams[("cat", "sat")] == 2
    assert sum(grams.values()) == 3


def test_rouge_counts_unigrams_and_bigrams() -> None:
    peer = ["The cat ate fish on the mat."]
    reference = ["A cat ate the fish.", "Cats like a mat."]
    # peer: cat ate fish mat; reference: cat ate fish cat mat ("like" is a stopword)
    assert rouge_n(peer, [reference], 1) == RougeCounts(hits=4, peer=4, reference=5)
    assert rouge_n(peer, [reference], 2) == RougeCounts(hits=2, peer=3, reference=4)


def test_rouge_bigrams_cross_sentence_boundaries() -> None:
    counts = rouge_n(["Oil spilled.", "Birds died."], [["oil spilled birds"]], 2)
    assert counts.hits == 2


def test_rouge_clips_hits_to_reference_counts() -> None:
    counts = rouge_n(["cat cat cat"], [["cat"]], 1)
    assert (counts.hits, counts.peer, counts.reference) == (1, 3, 1)
    assert counts.precision == pytest.approx(1 / 3)
    assert counts.recall == 1.0


def test_rouge_model_average_sums_over_references() -> None:
    counts = rouge_n(["cat dog"], [["cat"], ["dog bird"]], 1)
    # -f A: hits and reference counts summed, the peer counted once per reference.
    assert counts == RougeCounts(hits=2, peer=4, reference=3)


def test_empty_summaries_score_zero() -> None:
    counts = rouge_n([], [["cat"]], 1)
    assert (counts.precision, counts.recall) == (0.0, 0.0)
