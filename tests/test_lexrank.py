"""The vectorised LexRank builds sumy's own sentence graph and ranks as sumy does."""

from __future__ import annotations

import re

import numpy
from hypothesis import given, settings
from hypothesis import strategies as st
from sumy.models.dom import ObjectDocumentModel, Paragraph, Sentence
from sumy.summarizers.lex_rank import LexRankSummarizer

from timeline.lexrank import VectorisedLexRank
from timeline.terms import stem

# A small vocabulary, so that sentences share words, some in every sentence (a
# negative idf) and some in all but one (an idf of zero).
_TERMS = st.sampled_from(["oil", "well", "cap", "leak", "gulf", "rig", "spill", "bp", "crew"])
_SENTENCES = st.lists(st.lists(_TERMS, min_size=0, max_size=8), min_size=1, max_size=25)


class _Words:
    """A word tokenizer for sumy's sentences that needs no NLTK data."""

    @staticmethod
    def to_words(text: str) -> list[str]:
        return re.findall(r"[\w']+", text)


def _both() -> tuple[LexRankSummarizer, VectorisedLexRank]:
    return LexRankSummarizer(stem), VectorisedLexRank(stem)


@settings(max_examples=200)
@given(_SENTENCES, st.sampled_from([0.0, 0.1, 0.3]))
def test_the_graph_is_sumys(sentences: list[list[str]], threshold: float) -> None:
    sumy, ours = _both()
    tf = sumy._compute_tf(sentences)
    idf = sumy._compute_idf(sentences)
    assert ours._compute_idf(sentences) == idf
    expected = sumy._create_matrix(sentences, threshold, tf, idf)
    numpy.testing.assert_allclose(ours._create_matrix(sentences, threshold, tf, idf), expected)


def test_the_ranking_is_sumys_on_news_sentences() -> None:
    texts = [
        "BP has lowered a cap on to the leaking oil well in the Gulf of Mexico.",
        "The cap is meant to pipe some of the oil to ships on the surface.",
        "Oil has been gushing from the well since the rig exploded on 20 April.",
        "Eleven workers died when the Deepwater Horizon rig exploded.",
        "President Obama visited the Gulf coast on Friday.",
        "Fishermen say the spill has ruined their season.",
        "BP says the cap is collecting some of the leaking oil.",
    ]
    document = ObjectDocumentModel((Paragraph([Sentence(t, _Words()) for t in texts]),))
    sumy, ours = _both()
    assert [str(s) for s in ours(document, 3)] == [str(s) for s in sumy(document, 3)]
