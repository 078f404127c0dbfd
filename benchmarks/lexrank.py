"""LexRank rating: sumy's own pairwise loop against ``timeline.lexrank``, in one run.

For each reference timeline of a Timeline17 topic (bpoil by default: five timelines,
1,461 articles), the benchmark builds the timeline as ``benchmarks/t17.py`` does, once
with sumy's ``LexRankSummarizer`` and once with ``VectorisedLexRank``, alternating
``--repeat`` times, and reports the best time of each and their ratio. It also checks
that both give the same timeline, event for event. The articles are digested once,
outside the timing.

Run from the repository root: ``python benchmarks/lexrank.py [--topic bpoil] [--repeat 3]``.
"""

from __future__ import annotations

import argparse
import datetime as dt
import shlex
import sys
import time
from collections.abc import Sequence
from pathlib import Path

import t17
from sumy.summarizers.lex_rank import LexRankSummarizer

from timeline import select
from timeline.evaluate import read_tilse
from timeline.lexrank import VectorisedLexRank
from timeline.model import Timeline
from timeline.pipeline import digest

RATERS = {
    "sumy LexRankSummarizer": LexRankSummarizer,
    "timeline VectorisedLexRank": VectorisedLexRank,
}


def main(argv: Sequence[str] | None = None) -> int:
    args = _parser().parse_args(argv)
    path = args.data / args.topic
    documents = t17.load_documents(path / "articles.jsonl")
    digests = {d.id: digest(d) for d in documents}
    articles = [t17._article(d) for d in documents]
    references = [read_tilse(p) for p in sorted((path / "timelines").glob("*.txt"))]
    best = dict.fromkeys(RATERS, float("inf"))
    timelines: dict[str, list[Timeline]] = {}
    for _ in range(args.repeat):
        for name, rater in RATERS.items():
            select.SUMMARISERS["lexrank"] = rater  # the default method, rated by ``rater``
            started = time.process_time()
            built = []
            for reference in references:
                start, end = reference.dates[0], reference.dates[-1]
                clipped = [a for a in articles if start <= a.published <= end]
                built.append(t17.predict(digests, clipped, reference))
            best[name] = min(best[name], time.process_time() - started)
            timelines[name] = built
    select.SUMMARISERS["lexrank"] = VectorisedLexRank
    same = len({repr(t) for t in timelines.values()}) == 1
    print(f"LexRank rating on {args.topic}: {len(references)} timelines, {len(documents)} articles")
    for name, seconds in best.items():
        print(f"  {name:28} {seconds:6.2f} s CPU (best of {args.repeat})")
    sumy_seconds, ours = best["sumy LexRankSummarizer"], best["timeline VectorisedLexRank"]
    print(f"  sumy's time / vectorised time in this run: {sumy_seconds / ours:.2f}x")
    print(f"  the same timelines, event for event: {'yes' if same else 'NO'}")
    print()
    print(f"machine: {t17._machine()}; {dt.datetime.now(dt.UTC):%Y-%m-%d %H:%M} UTC")
    print(f"reproduce: python benchmarks/lexrank.py {shlex.join(argv or sys.argv[1:])}".rstrip())
    return 0 if same else 1


def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--data", type=Path, default=t17.DATA, help="T17 folder")
    parser.add_argument("--topic", default="bpoil", help="topic folder (default bpoil)")
    parser.add_argument("--repeat", type=int, default=3, help="timing runs; the best counts")
    return parser


if __name__ == "__main__":
    sys.exit(main())
