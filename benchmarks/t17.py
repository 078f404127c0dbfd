"""Timeline17 benchmark: the news-tls protocol on ../shared/data/t17, with a simple baseline.

For every reference timeline of every topic (Gholipour Ghalandari & Ifrim, ACL 2020):

1. the topic's articles are clipped to the reference's first..last date (by publication);
2. the summariser is asked for l = the reference's number of dates and k = its average
   sentences per date, rounded as news-tls rounds it (Python's ``round``, half to even);
3. the day-granular timeline is scored against that reference alone with align+ m:1
   ROUGE-1/2 (AR-1, AR-2), Date F1 and concat ROUGE-1/2;
4. P and R are macro-averaged over all timelines, F1 is computed from the averages.

Both sides are tokenised Penn-Treebank style (nltk's TreebankWordTokenizer) before
scoring: the T17 release is tokenised so, and that is what tilse was given (the
tokenised shared references are exactly the references of ../shared/data/tls-fixtures).

The baseline, scored in the same run: dates ranked by how many sentences of the clipped
articles mention them (day-granular mentions found by ``timeline.dates``), each date's
summary the lead sentences of the articles published that day (or the next day with
articles), k at most. This is the baseline of ../shared/data/tls-fixtures, whose
predictions come from the same rule with HeidelTime's dates.

Run from the repository root: ``python benchmarks/t17.py [--topics bpoil,MJ] [--out r.json]``.
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import os
import platform
import shlex
import sys
import time
from collections import Counter, defaultdict
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path

import checkout  # noqa: F401  # this checkout's timeline, not an installed copy
from nltk.tokenize import TreebankWordTokenizer

from timeline.dates import find_time_expressions
from timeline.evaluate import DailySummaries, Score, from_timeline, read_tilse, score_all
from timeline.model import Document, Granularity, Period, Timeline
from timeline.pipeline import Digest, digest, summarise_digests
from timeline.segment import sentences

DATA = Path(__file__).resolve().parents[1].parent / "shared" / "data" / "t17"
SHOWN = ("AR-1", "AR-2", "Date", "concat-R1", "concat-R2")
PUBLISHED = {
    "DATEWISE (news-tls)": {"AR-1": 0.120, "AR-2": 0.035, "Date": 0.544},
    "SUnSET (Qwen2.5-72B)": {"AR-1": 0.136, "AR-2": 0.044, "Date": 0.576},
}
TARGETS = {"AR-1": 0.150, "AR-2": 0.045, "Date": 0.750}
_TREEBANK = TreebankWordTokenizer()


@dataclass(frozen=True, slots=True)
class Article:
    """One article with what the baseline needs: its lead sentences and date mentions."""

    document: Document
    published: dt.date
    sentences: tuple[str, ...]
    mentions: tuple[frozenset[dt.date], ...]


@dataclass(frozen=True, slots=True)
class Result:
    """One reference timeline's scores for the system and the baseline."""

    topic: str
    reference: str
    dates: int
    per_date: int
    articles: int
    system: dict[str, Score]
    baseline: dict[str, Score]
    system_seconds: float
    baseline_seconds: float


def main(argv: Sequence[str] | None = None) -> int:
    """Run the benchmark and print its tables; 0 on success."""
    args = _parser().parse_args(argv)
    began = dt.datetime.now(dt.UTC)
    topics = _topics(args.data, args.topics)
    results: list[Result] = []
    topic_seconds: dict[str, tuple[float, float]] = {}
    for topic in topics:
        topic_results, seconds = run_topic(args.data / topic)
        results.extend(topic_results)
        topic_seconds[topic] = seconds
        _print_topic(topic, topic_results, seconds)
    system = _average([r.system for r in results])
    baseline = _average([r.baseline for r in results])
    _print_summary(results, system, baseline, topic_seconds)
    command = "python benchmarks/t17.py" + "".join(
        f" {shlex.quote(a)}" for a in (sys.argv[1:] if argv is None else argv)
    )
    machine = _machine()
    print(f"\nreproduce: {command}")
    print(f"machine: {machine}")
    if args.out:
        args.out.write_text(
            json.dumps(
                _to_json(results, system, baseline, topic_seconds, command, machine, began),
                indent=2,
            )
            + "\n",
            encoding="utf-8",
        )
        print(f"results written to {args.out}")
    if args.markdown:
        args.markdown.write_text(
            _to_markdown(results, system, baseline, topic_seconds, command, machine, began),
            encoding="utf-8",
        )
        print(f"Markdown tables written to {args.markdown}")
    return 0


def run_topic(path: Path) -> tuple[list[Result], tuple[float, float]]:
    """Score the system and the baseline on every reference timeline of one topic.

    Returns:
        The results, and the seconds the system and the baseline took for the whole topic
        (reading the articles excluded; segmentation and date resolution included).
    """
    documents = load_documents(path / "articles.jsonl")
    references = [read_tilse(p) for p in sorted((path / "timelines").glob("*.txt"))]

    failed: dict[str, str] = {}
    started = time.perf_counter()
    digests: dict[str, Digest] = {}
    for document in documents:
        try:
            digests[document.id] = digest(document)
        except Exception as error:  # a benchmark reports a failing document and goes on
            failed[document.id] = f"{type(error).__name__}: {error}"
    system_prep = time.perf_counter() - started

    started = time.perf_counter()
    articles = [_article(d) for d in documents if d.id not in failed]
    baseline_prep = time.perf_counter() - started
    for document_id, reason in failed.items():
        print(f"{path.name}/{document_id}: left out of system and baseline, {reason}")

    results = []
    for reference in references:
        start, end = reference.dates[0], reference.dates[-1]
        n_dates, per_date = len(reference.dates), round(reference.average_sentences())
        clipped = [a for a in articles if start <= a.published <= end]

        started = time.perf_counter()
        predicted = predict(digests, clipped, reference)
        system_seconds = time.perf_counter() - started

        started = time.perf_counter()
        base = baseline(clipped, n_dates, per_date, start, end)
        baseline_seconds = time.perf_counter() - started

        gold = [tokenised(reference)]
        results.append(
            Result(
                path.name,
                Path(reference.name).stem,
                n_dates,
                per_date,
                len(clipped),
                score_all(tokenised(from_timeline(predicted)), gold),
                score_all(tokenised(base), gold),
                system_seconds,
                baseline_seconds,
            )
        )
    return results, (
        system_prep + sum(r.system_seconds for r in results),
        baseline_prep + sum(r.baseline_seconds for r in results),
    )


def predict(
    digests: Mapping[str, Digest], clipped: Sequence[Article], reference: DailySummaries
) -> Timeline:
    """The system's timeline for ``reference`` from the articles ``clipped`` to its span:
    l dates, k sentences a date, days only."""
    return summarise_digests(
        (digests[a.document.id] for a in clipped),
        max_dates=len(reference.dates),
        per_date=round(reference.average_sentences()),
        since=reference.dates[0],
        until=reference.dates[-1],
        granularity=Granularity.DAY,
    )


def load_documents(path: Path) -> list[Document]:
    """The articles of ``articles.jsonl`` as documents, in file order."""
    documents = []
    with path.open(encoding="utf-8") as lines:
        for line in lines:
            if line.strip():
                item = json.loads(line)
                documents.append(
                    Document(
                        id=item["id"],
                        text=item["text"],
                        published=Period.from_iso(item["published"]),
                        source=item.get("source"),
                    )
                )
    return documents


def baseline(
    articles: Sequence[Article], n_dates: int, per_date: int, start: dt.date, end: dt.date
) -> DailySummaries:
    """Dates ranked by the sentences mentioning them; lead sentences of that day's articles.

    The ``n_dates`` (l) days between ``start`` and ``end`` mentioned by most sentences,
    ties to the earlier day. A day's summary is the lead sentences of the articles
    published that day, the first sentence of each in turn, then the second, up to
    ``per_date`` (k). A day with no article of its own takes those of the next day that
    has some (news of an event often appears the day after), else of the last day before.
    """
    mentions: Counter[dt.date] = Counter()
    for article in articles:
        for days in article.mentions:
            mentions.update(day for day in days if start <= day <= end)
    by_day: dict[dt.date, list[Article]] = defaultdict(list)
    for article in articles:
        by_day[article.published].append(article)
    published = sorted(by_day)
    if not published:
        return DailySummaries({}, "baseline")
    ranked = sorted(mentions, key=lambda day: (-mentions[day], day))[:n_dates]
    summaries: dict[dt.date, tuple[str, ...]] = {}
    for day in ranked:
        source = next((p for p in published if p >= day), published[-1])
        summaries[day] = _leads(by_day[source], per_date)
    return DailySummaries(summaries, "baseline")


def tokenised(timeline: DailySummaries) -> DailySummaries:
    """``timeline`` with every sentence tokenised as the T17 release is (Penn Treebank)."""
    return DailySummaries(
        {
            day: tuple(" ".join(_TREEBANK.tokenize(s)) for s in summary)
            for day, summary in timeline.days.items()
        },
        timeline.name,
        timeline.skipped,
    )


def _article(document: Document) -> Article:
    assert document.published is not None
    found = sentences(document)
    days: list[set[dt.date]] = [set() for _ in found]
    starts = [s.start for s in found]
    for expression in find_time_expressions(document.text, document.published):
        period = expression.period
        if period is None or period.granularity is not Granularity.DAY:
            continue
        index = _containing(starts, expression.start)
        if index is not None:
            days[index].add(period.start)
    return Article(
        document,
        document.published.start,
        tuple(s.text for s in found),
        tuple(frozenset(d) for d in days),
    )


def _containing(starts: Sequence[int], offset: int) -> int | None:
    index = None
    for i, start in enumerate(starts):
        if start > offset:
            break
        index = i
    return index


def _leads(articles: Sequence[Article], k: int) -> tuple[str, ...]:
    chosen: list[str] = []
    depth = 0
    while len(chosen) < k and any(depth < len(a.sentences) for a in articles):
        for article in articles:
            if depth < len(article.sentences) and len(chosen) < k:
                chosen.append(article.sentences[depth])
        depth += 1
    return tuple(chosen)


def _average(tables: Sequence[dict[str, Score]]) -> dict[str, Score]:
    return {metric: Score.macro([t[metric] for t in tables]) for metric in tables[0]}


def _topics(data: Path, chosen: str | None) -> list[str]:
    available = sorted(p.name for p in data.iterdir() if (p / "articles.jsonl").is_file())
    if not chosen:
        return available
    wanted = [t.strip() for t in chosen.split(",") if t.strip()]
    unknown = [t for t in wanted if t not in available]
    if unknown:
        raise SystemExit(
            f"unknown topic(s) {', '.join(unknown)}; available: {', '.join(available)}"
        )
    return wanted


def _machine() -> str:
    model = platform.processor() or "unknown CPU"
    cpuinfo = Path("/proc/cpuinfo")
    if cpuinfo.is_file():
        for line in cpuinfo.read_text(encoding="utf-8", errors="replace").splitlines():
            if line.startswith("model name"):
                model = line.split(":", 1)[1].strip()
                break
    load = ", ".join(f"{x:.1f}" for x in os.getloadavg())
    return (
        f"{os.cpu_count()} CPUs, {model}, Python {platform.python_version()}, "
        f"load average at the end {load}"
    )


def _row(label: str, scores: dict[str, Score]) -> str:
    return f"{label:<52}" + "".join(f"{scores[m].f1:>8.3f}" for m in SHOWN)


def _header(title: str) -> str:
    return f"{title:<52}" + "".join(f"{m:>8}" for m in ("AR-1", "AR-2", "Date-F1", "cR-1", "cR-2"))


def _print_topic(topic: str, results: Iterable[Result], seconds: tuple[float, float]) -> None:
    print(f"\n== {topic}")
    print(_header(f"{'timeline':<30}{'l':>4}{'k':>3}{'docs':>6}") + "   seconds")
    for r in results:
        name = r.reference if len(r.reference) <= 29 else r.reference[:28] + "~"
        label = f"{name:<30}{r.dates:>4}{r.per_date:>3}{r.articles:>6}"
        print(_row(f"{label}  system", r.system) + f"{r.system_seconds:>10.2f}")
        print(_row(f"{'':<43}  base", r.baseline) + f"{r.baseline_seconds:>10.2f}")
    print(
        f"topic seconds (segmentation and dates included): system {seconds[0]:.1f}, "
        f"baseline {seconds[1]:.1f}"
    )


def _verdicts(system: dict[str, Score], baseline: dict[str, Score]) -> list[str]:
    """Each target with the unrounded figure and whether it is met (0.0447 is not 0.045)."""
    verdicts = []
    for metric, target in TARGETS.items():
        figure, base = system[metric].f1, baseline[metric].f1
        met = figure >= target and figure >= 1.2 * base
        verdicts.append(
            f"{metric} {figure:.4f} against {target:.3f} and 1.2 x {base:.4f}: "
            f"{'met' if met else 'not met'}"
        )
    return verdicts


def _print_summary(
    results: Sequence[Result],
    system: dict[str, Score],
    baseline: dict[str, Score],
    topic_seconds: dict[str, tuple[float, float]],
) -> None:
    print(f"\n== average over {len(results)} timelines (P and R averaged, F1 from them)")
    print(_header(""))
    print(_row("system", system))
    print(_row("baseline", baseline))
    print(
        f"{'system / baseline':<52}"
        + "".join(f"{_ratio(system[m].f1, baseline[m].f1):>8}" for m in SHOWN)
    )
    for name, figures in PUBLISHED.items():
        print(
            f"{name + ' (19 T17 timelines)':<52}"
            + "".join(f"{figures[m]:>8.3f}" if m in figures else f"{'':>8}" for m in SHOWN)
        )
    print(
        f"{'targets (and >= 1.2x baseline)':<52}"
        + "".join(f"{TARGETS[m]:>8.3f}" if m in TARGETS else f"{'':>8}" for m in SHOWN)
    )
    print("targets, unrounded: " + "; ".join(_verdicts(system, baseline)))
    total = sum(s for s, _ in topic_seconds.values())
    print(
        "seconds per topic (system): "
        + ", ".join(f"{t} {s:.1f}" for t, (s, _) in topic_seconds.items())
        + f"; total {total:.1f}"
    )


def _ratio(a: float, b: float) -> str:
    return f"{a / b:.2f}x" if b else "-"


def _to_json(
    results: Sequence[Result],
    system: dict[str, Score],
    baseline: dict[str, Score],
    topic_seconds: dict[str, tuple[float, float]],
    command: str,
    machine: str,
    began: dt.datetime,
) -> dict[str, object]:
    def table(scores: dict[str, Score]) -> dict[str, dict[str, float]]:
        return {
            m: {"precision": s.precision, "recall": s.recall, "f1": s.f1} for m, s in scores.items()
        }

    return {
        "date": began.isoformat(timespec="seconds"),
        "command": command,
        "machine": machine,
        "average": {"system": table(system), "baseline": table(baseline)},
        "ratio": {m: system[m].f1 / baseline[m].f1 if baseline[m].f1 else None for m in SHOWN},
        "seconds_per_topic": {
            t: {"system": s, "baseline": b} for t, (s, b) in topic_seconds.items()
        },
        "timelines": [
            {
                "topic": r.topic,
                "reference": r.reference,
                "l": r.dates,
                "k": r.per_date,
                "articles": r.articles,
                "system": table(r.system),
                "baseline": table(r.baseline),
                "system_seconds": r.system_seconds,
                "baseline_seconds": r.baseline_seconds,
            }
            for r in results
        ],
    }


def _to_markdown(
    results: Sequence[Result],
    system: dict[str, Score],
    baseline: dict[str, Score],
    topic_seconds: dict[str, tuple[float, float]],
    command: str,
    machine: str,
    began: dt.datetime,
) -> str:
    def cells(scores: dict[str, Score]) -> str:
        return " | ".join(f"{scores[m].f1:.3f}" for m in SHOWN)

    head = "| AR-1 | AR-2 | Date F1 | concat R-1 | concat R-2 |"
    rule = "|---:|---:|---:|---:|---:|"
    when = began.strftime("%Y-%m-%d %H:%M UTC")
    lines = [
        f"Run {when} with `{command}` on {machine}.",
        "",
        f"| | {head[2:]}",
        f"|---{rule}",
        f"| **system** | {cells(system)} |",
        f"| baseline | {cells(baseline)} |",
        "| system / baseline | "
        + " | ".join(_ratio(system[m].f1, baseline[m].f1) for m in SHOWN)
        + " |",
    ]
    for name, figures in PUBLISHED.items():
        values = " | ".join(f"{figures[m]:.3f}" if m in figures else "" for m in SHOWN)
        lines.append(f"| {name}, all 19 T17 timelines | {values} |")
    targets = " | ".join(f"{TARGETS[m]:.3f}" if m in TARGETS else "" for m in SHOWN)
    lines += [f"| target (and 1.2x baseline) | {targets} |", ""]
    lines += ["Targets, unrounded: " + "; ".join(_verdicts(system, baseline)) + ".", ""]
    lines += [
        "| timeline | l | k | articles | run | " + head[2:] + " seconds |",
        "|---|---:|---:|---:|---|" + rule[1:] + "---:|",
    ]
    for r in results:
        name = f"{r.topic}/{r.reference}"
        lines.append(
            f"| {name} | {r.dates} | {r.per_date} | {r.articles} | system | "
            f"{cells(r.system)} | {r.system_seconds:.1f} |"
        )
        lines.append(f"| | | | | baseline | {cells(r.baseline)} | {r.baseline_seconds:.2f} |")
    lines += [
        "",
        "| topic | system seconds | baseline seconds |",
        "|---|---:|---:|",
    ]
    lines += [f"| {t} | {s:.1f} | {b:.1f} |" for t, (s, b) in topic_seconds.items()]
    return "\n".join(lines) + "\n"


def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="python benchmarks/t17.py",
        description="Timeline17 with the news-tls protocol: the system and a baseline.",
    )
    parser.add_argument("--data", type=Path, default=DATA, help=f"T17 folder (default {DATA})")
    parser.add_argument("--topics", help="comma-separated topics (default: all in --data)")
    parser.add_argument("--out", type=Path, help="also write the results to this JSON file")
    parser.add_argument(
        "--markdown", type=Path, help="also write the results as Markdown tables to this file"
    )
    return parser


if __name__ == "__main__":
    sys.exit(main())
