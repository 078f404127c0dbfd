"""How stable the Timeline17 figures are: the benchmark re-run with a few documents left out.

``benchmarks/t17.py`` scores one fixed collection per topic, and a small change to the
pipeline (one page cut differently) can move a timeline's AR-2 by 0.01 when it reshuffles
the sentences of a day. This benchmark measures that noise floor: run 0 is the full
collection, exactly as in ``t17.py``; each later run leaves out a random share of every
topic's documents (``--share``, 1% by default; the same documents for the system and the
baseline) and runs the protocol again. It prints every run, then for the system and the
baseline the full figure, the mean, standard deviation, lowest and highest over the
perturbed runs, and in how many of them each target is met.

``--perturb order`` keeps every document and varies something else instead: the order
the pipeline reads the documents in. The pipeline fixes it (newest first) so that a
shuffled pile gives the same timeline, and each later run here reads the documents in
another fixed order, set by a salted hash of their ids. Merging finds the same groups in
any order, so what is left to vary is ties: which of a merged event's equally good
tellings is quoted, and which of equally rated options comes first.

A difference between two versions smaller than about two standard deviations here is not
evidence that either is better. To test a choice, ``--variant NAME=VALUE`` also scores
every run with one of ``timeline.select``'s constants changed ("REDUNDANCY=0.5") and
prints the paired differences, run by run, which are far less noisy than the figures.

Run from the repository root:
``python benchmarks/t17_stability.py [--runs 10] [--share 0.01] [--perturb order]
[--variant REDUNDANCY=0.5]``.
"""

from __future__ import annotations

import argparse
import contextlib
import hashlib
import random
import shlex
import statistics
import sys
from collections.abc import Iterator, Sequence
from pathlib import Path

import t17

import timeline.pipeline
import timeline.select
from timeline.evaluate import Score, from_timeline, read_tilse, score_all
from timeline.pipeline import Digest, safe_digest

SHOWN = ("AR-1", "AR-2", "Date")


def main(argv: Sequence[str] | None = None) -> int:
    """Run the perturbed benchmarks and print their spread; 0 on success."""
    args = _parser().parse_args(argv)
    topics = [_Topic.load(args.data / name) for name in t17._topics(args.data, args.topics)]
    print(
        f"{'run':>4} | system  "
        + "  ".join(f"{m:>6}" for m in SHOWN)
        + " | baseline "
        + "  ".join(f"{m:>6}" for m in SHOWN)
    )
    runs: list[tuple[dict[str, Score], dict[str, Score]]] = []
    variant_runs: list[dict[str, Score]] = []
    for run in range(args.runs + 1):
        rng = random.Random(run)
        reordered = run > 0 and args.perturb == "order"
        dropping = run > 0 and args.perturb == "drop"
        system, baseline, variant = [], [], []
        for topic in topics:
            kept = {
                i for i in range(len(topic.articles)) if not dropping or rng.random() >= args.share
            }
            articles = [topic.articles[i] for i in sorted(kept)]
            with _read_in_hashed_order(run) if reordered else contextlib.nullcontext():
                system.extend(topic.score_system(articles))
                if args.variant:
                    with _changed(*args.variant):
                        variant.extend(topic.score_system(articles))
            baseline.extend(topic.score_baseline(articles))
        averaged = (t17._average(system), t17._average(baseline))
        runs.append(averaged)
        line = (
            f"{run:>4} |         "
            + "  ".join(f"{averaged[0][m].f1:.4f}" for m in SHOWN)
            + " |          "
            + "  ".join(f"{averaged[1][m].f1:.4f}" for m in SHOWN)
        )
        if args.variant:
            variant_runs.append(t17._average(variant))
            line += " | variant " + "  ".join(f"{variant_runs[-1][m].f1:.4f}" for m in SHOWN)
        print(line, flush=True)
    if args.perturb == "order":
        print(
            f"\nrun 0 reads the documents newest first, as the pipeline does; runs 1-{args.runs}"
            " read all of them in another fixed order (SHA-1 of the run and the document id)"
        )
    else:
        print(
            f"\nrun 0 is the full collection; runs 1-{args.runs} leave out {args.share:.0%}"
            " of each topic's documents at random"
        )
    for side, label in ((0, "system"), (1, "baseline")):
        for metric in SHOWN:
            values = [r[side][metric].f1 for r in runs[1:]]
            line = (
                f"{label:8} {metric:4}  full {runs[0][side][metric].f1:.4f}"
                f"  mean {statistics.mean(values):.4f}  sd {statistics.stdev(values):.4f}"
                f"  min {min(values):.4f}  max {max(values):.4f}"
            )
            if side == 0:
                met = sum(v >= t17.TARGETS[metric] for v in values)
                line += f"  target {t17.TARGETS[metric]:.3f} met in {met} of {len(values)}"
            print(line)
    if args.variant:
        name, value = args.variant
        print(f"\nsystem minus variant ({name}={value}; default {getattr(timeline.select, name)}):")
        for metric in SHOWN:
            gains = [
                r[0][metric].f1 - v[metric].f1 for r, v in zip(runs, variant_runs, strict=True)
            ]
            perturbed = gains[1:]
            above, below = sum(g > 0 for g in perturbed), sum(g < 0 for g in perturbed)
            print(
                f"  {metric:4}  full {gains[0]:+.4f}"
                f"  perturbed mean {statistics.mean(perturbed):+.4f}"
                f"  sd {statistics.stdev(perturbed):.4f}"
                f"  above 0 in {above} of {len(perturbed)}, below in {below}"
            )
    command = "python benchmarks/t17_stability.py" + "".join(
        f" {shlex.quote(a)}" for a in (sys.argv[1:] if argv is None else argv)
    )
    print(f"\nreproduce: {command}")
    print(f"machine: {t17._machine()}")
    return 0


class _Topic:
    """One topic's references, articles (for the baseline) and digests (for the system)."""

    def __init__(self, path: Path) -> None:
        documents = t17.load_documents(path / "articles.jsonl")
        self.references = [read_tilse(p) for p in sorted((path / "timelines").glob("*.txt"))]
        self.articles = [t17._article(d) for d in documents]
        self.digests = {d.id: safe_digest(d) for d in documents}

    @classmethod
    def load(cls, path: Path) -> _Topic:
        print(f"{path.name}: reading and digesting", file=sys.stderr, flush=True)
        return cls(path)

    def score_system(self, articles: list[t17.Article]) -> list[dict[str, Score]]:
        """The system's scores on each reference, from ``articles`` only."""
        scores = []
        for reference in self.references:
            start, end = reference.dates[0], reference.dates[-1]
            clipped = [a for a in articles if start <= a.published <= end]
            predicted = t17.predict(self.digests, clipped, reference)
            scores.append(
                score_all(t17.tokenised(from_timeline(predicted)), [t17.tokenised(reference)])
            )
        return scores

    def score_baseline(self, articles: list[t17.Article]) -> list[dict[str, Score]]:
        """The baseline's scores on each reference, from ``articles`` only."""
        scores = []
        for reference in self.references:
            start, end = reference.dates[0], reference.dates[-1]
            clipped = [a for a in articles if start <= a.published <= end]
            base = t17.baseline(
                clipped, len(reference.dates), round(reference.average_sentences()), start, end
            )
            scores.append(score_all(t17.tokenised(base), [t17.tokenised(reference)]))
        return scores


@contextlib.contextmanager
def _changed(name: str, value: float) -> Iterator[None]:
    """``timeline.select``'s constant ``name`` set to ``value`` for the duration."""
    default = getattr(timeline.select, name)
    setattr(timeline.select, name, value)
    try:
        yield
    finally:
        setattr(timeline.select, name, default)


@contextlib.contextmanager
def _read_in_hashed_order(salt: int) -> Iterator[None]:
    """The pipeline reads digests in the order of a salted hash of their ids for the
    duration, instead of newest first."""
    default = timeline.pipeline._reading_order

    def hashed(item: Digest) -> tuple[str, str]:
        return hashlib.sha1(f"{salt}:{item.info.id}".encode()).hexdigest(), item.info.path or ""

    timeline.pipeline._reading_order = hashed  # type: ignore[assignment]
    try:
        yield
    finally:
        timeline.pipeline._reading_order = default


def _variant(text: str) -> tuple[str, float]:
    name, _, value = text.partition("=")
    default = getattr(timeline.select, name, None)
    if not name.isupper() or not isinstance(default, int | float):
        raise argparse.ArgumentTypeError(f"{name!r} is not a numeric constant of timeline.select")
    return name, type(default)(value)


def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument(
        "--data", type=Path, default=t17.DATA, help=f"T17 folder (default {t17.DATA})"
    )
    parser.add_argument("--topics", help="comma-separated topics (default: all in --data)")
    parser.add_argument(
        "--runs", type=int, default=10, help="perturbed runs after the full one (default 10)"
    )
    parser.add_argument(
        "--share",
        type=float,
        default=0.01,
        help="share of each topic's documents left out per run (default 0.01)",
    )
    parser.add_argument(
        "--perturb",
        choices=("drop", "order"),
        default="drop",
        help="drop: leave out --share of the documents in each run (default); order: keep"
        " them all and read them in another fixed order in each run",
    )
    parser.add_argument(
        "--variant",
        type=_variant,
        metavar="NAME=VALUE",
        help="also score each run with this constant of timeline.select changed, paired",
    )
    return parser


if __name__ == "__main__":
    raise SystemExit(main())
