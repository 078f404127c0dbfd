"""sumy's LexRank with its similarity matrix built by numpy.

sumy's ``LexRankSummarizer`` compares every pair of sentences in a Python loop and
recomputes both sentences' norms for each pair, so rating a pool of 80 sentences
costs about 6,400 such comparisons, for every date. On a timeline of many dates
that was most of the selection's time (bpoil's 102-date reference: 4.9 of 9.6 s
profiled), so this subclass builds the same matrix from one TF-IDF matrix
product. Everything else (tokens, stemming, stop words, TF, the threshold, the
power method, the ranking) is sumy's own. ``tests/test_lexrank.py`` holds the two
matrices equal on random sentence sets, so a change in sumy shows.
"""

from __future__ import annotations

import math
from collections import Counter
from collections.abc import Sequence

import numpy
from numpy.typing import NDArray
from sumy.summarizers.lex_rank import LexRankSummarizer


class VectorisedLexRank(LexRankSummarizer):  # type: ignore[misc]  # sumy is untyped
    """LexRank as sumy defines it, with the sentence graph built by matrix algebra."""

    @staticmethod
    def _compute_idf(sentences: Sequence[Sequence[str]]) -> dict[str, float]:
        """log(n / (1 + the sentences using a term)), as sumy computes it, in one pass."""
        count = len(sentences)
        using = Counter(term for sentence in sentences for term in set(sentence))
        return {term: math.log(count / (1 + n)) for term, n in using.items()}

    def _create_matrix(
        self,
        sentences: Sequence[Sequence[str]],
        threshold: float,
        tf_metrics: Sequence[dict[str, float]],
        idf_metrics: dict[str, float],
    ) -> NDArray[numpy.float64]:
        """The row-normalised graph linking sentences whose idf-modified cosine exceeds
        ``threshold`` (each sentence links to itself), as sumy's ``_create_matrix``."""
        column = {term: i for i, term in enumerate(idf_metrics)}
        weights = numpy.zeros((len(sentences), len(column)))
        for row, tf in enumerate(tf_metrics):
            for term, value in tf.items():
                weights[row, column[term]] = value * idf_metrics[term]
        norms = numpy.sqrt((weights * weights).sum(axis=1))
        scale = numpy.outer(norms, norms)
        cosines = numpy.divide(
            weights @ weights.T, scale, out=numpy.zeros_like(scale), where=scale > 0
        )
        linked = (cosines > threshold).astype(numpy.float64)
        degrees = linked.sum(axis=1)
        degrees[degrees == 0] = 1
        result: NDArray[numpy.float64] = linked / degrees[:, numpy.newaxis]
        return result
