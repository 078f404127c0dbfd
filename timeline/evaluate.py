"""Score a predicted timeline against reference timelines, as tilse and news-tls do.

The metrics (Martschat & Markert 2017, as implemented by tilse 0.2.1):

- **concat ROUGE-1/2**: all daily summaries of a timeline joined into one summary.
- **agreement ROUGE-1/2**: daily summaries compared only on dates both timelines have.
- **align+ m:1 ROUGE-1/2** (``AR-1``/``AR-2``): each date is matched to the counterpart of
  least cost ``(1 - 1/(|Δdays| + 1)) * (1 - F)``, where F is a unigram-overlap F1 on the
  whitespace tokens; several dates may match one. Hits of a matched pair count
  ``1/(|Δdays| + 1)``. Precision matches each predicted date, recall each reference date.
- **Date F1**: exact dates shared.

ROUGE counts come from :mod:`timeline.rouge`. Every metric function takes several
references at once as tilse's ``GroundTruth`` does; :func:`evaluate` scores against each
reference alone and macro-averages, as the news-tls protocol does.
"""

from __future__ import annotations

import datetime as dt
import json
import os
import re
import string
from collections import Counter
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from types import MappingProxyType
from typing import Any

from timeline.errors import EvaluationError
from timeline.model import Granularity, Period, Timeline
from timeline.rouge import RougeCounts, analyse, count_matches, ngrams

SEPARATOR = "-" * 32
_ISO_DAY = re.compile(r"^\d{4}-\d{2}-\d{2}$")


@dataclass(frozen=True, slots=True)
class DailySummaries:
    """A timeline reduced to what is scored: sentences per day.

    Attributes:
        days: each date's sentences, read-only, in chronological order.
        name: where the timeline came from (a path), for reports.
        skipped: entries left out of scoring, each with the reason.
    """

    days: Mapping[dt.date, tuple[str, ...]]
    name: str = ""
    skipped: tuple[str, ...] = ()

    def __post_init__(self) -> None:
        ordered = {day: tuple(self.days[day]) for day in sorted(self.days)}
        object.__setattr__(self, "days", MappingProxyType(ordered))
        object.__setattr__(self, "skipped", tuple(self.skipped))

    @property
    def dates(self) -> tuple[dt.date, ...]:
        """The dates, in order."""
        return tuple(self.days)

    def sentences(self) -> tuple[str, ...]:
        """Every sentence, date by date."""
        return tuple(s for summary in self.days.values() for s in summary)

    def average_sentences(self) -> float:
        """Sentences per date, on average (0 for an empty timeline)."""
        return len(self.sentences()) / len(self.days) if self.days else 0.0


@dataclass(frozen=True, slots=True)
class Score:
    """Precision, recall and their harmonic mean."""

    precision: float
    recall: float
    f1: float

    @classmethod
    def of(cls, precision: float, recall: float) -> Score:
        """The score with F1 computed from ``precision`` and ``recall``."""
        total = precision + recall
        return cls(precision, recall, 2 * precision * recall / total if total else 0.0)

    @classmethod
    def macro(cls, scores: Sequence[Score]) -> Score:
        """Precision and recall averaged over ``scores``, F1 from the averages."""
        if not scores:
            return cls(0.0, 0.0, 0.0)
        n = len(scores)
        return cls.of(sum(s.precision for s in scores) / n, sum(s.recall for s in scores) / n)


METRICS = (
    "concat-R1",
    "concat-R2",
    "agreement-R1",
    "agreement-R2",
    "AR-1",
    "AR-2",
    "Date",
)
"""Metric names, in report order; ``AR`` is align+ m:1 ROUGE."""


@dataclass(frozen=True, slots=True)
class ReferenceScores:
    """Every metric for one reference (or one group of references scored together)."""

    reference: str
    scores: Mapping[str, Score]

    def __post_init__(self) -> None:
        object.__setattr__(self, "scores", MappingProxyType(dict(self.scores)))


@dataclass(frozen=True, slots=True)
class EvaluationReport:
    """Per-reference scores and their macro average (P and R averaged, F1 from those).

    Attributes:
        prediction: the predicted timeline's name.
        per_reference: the scores against each reference timeline alone.
        average: the macro average over references.
        skipped: prediction entries that were not scored, with the reason.
    """

    prediction: str
    per_reference: tuple[ReferenceScores, ...]
    average: Mapping[str, Score] = field(default_factory=dict)
    skipped: tuple[str, ...] = ()

    def __post_init__(self) -> None:
        object.__setattr__(self, "per_reference", tuple(self.per_reference))
        object.__setattr__(self, "average", MappingProxyType(dict(self.average)))
        object.__setattr__(self, "skipped", tuple(self.skipped))


# Reading ------------------------------------------------------------------------------


def parse_tilse(text: str, name: str = "") -> DailySummaries:
    """Parse a timeline in the tilse / Timeline17 format.

    Blocks of a ``YYYY-MM-DD`` line, one sentence per line, and a line of 32 dashes. Blank
    lines are ignored, the last block may lack its dashes, and a date given twice keeps
    the sentences of both blocks.

    Raises:
        EvaluationError: a sentence before any date, a bad date, or no dated entry.
    """
    days: dict[dt.date, list[str]] = {}
    current: list[str] | None = None
    label = name or "timeline"
    for number, raw in enumerate(text.splitlines(), 1):
        line = raw.strip()
        if not line:
            continue
        if line == SEPARATOR:
            current = None
        elif _ISO_DAY.match(line):
            try:
                day = dt.date.fromisoformat(line)
            except ValueError as error:
                raise EvaluationError(f"{label} line {number}: {error}; fix the date") from None
            current = days.setdefault(day, [])
        elif current is None:
            raise EvaluationError(
                f"{label} line {number}: text outside a dated block; each block starts with a "
                f"YYYY-MM-DD line and ends with a line of 32 dashes"
            )
        else:
            current.append(line)
    if not days:
        raise EvaluationError(f"{label}: no dated entries; is it a tilse-format timeline?")
    return DailySummaries({d: tuple(s) for d, s in days.items()}, name)


def read_tilse(source: str | os.PathLike[str]) -> DailySummaries:
    """Read a tilse-format timeline from a path, or parse it from text.

    A ``str`` holding a line break is taken as the timeline itself, any other as a path.

    Raises:
        EvaluationError: the file cannot be read or is not a tilse timeline.
    """
    if isinstance(source, str) and "\n" in source:
        return parse_tilse(source)
    return parse_tilse(_read_text(Path(source)), str(source))


def read_prediction(path: str | os.PathLike[str]) -> DailySummaries:
    """Read a predicted timeline: ``timeline``'s JSON output or a tilse-format file.

    JSON is recognised by its first character, ``{``. Its day entries are scored with
    each event's ``text`` as a sentence; week, month, quarter and year entries have no
    single date to compare, so they are left out and listed in ``skipped``.

    Raises:
        EvaluationError: the file cannot be read or has neither format.
    """
    text = _read_text(Path(path))
    if text.lstrip().startswith("{"):
        return parse_timeline_json(text, str(path))
    return parse_tilse(text, str(path))


def parse_timeline_json(text: str, name: str = "") -> DailySummaries:
    """The day entries of ``timeline``'s JSON output, as daily summaries.

    Raises:
        EvaluationError: not JSON, or not shaped like ``timeline``'s output.
    """
    label = name or "prediction"
    try:
        data = json.loads(text)
    except json.JSONDecodeError as error:
        raise EvaluationError(
            f"{label}: not valid JSON ({error}); pass the output of `timeline --format json` "
            "or a tilse-format timeline"
        ) from None
    entries = data.get("entries") if isinstance(data, dict) else None
    if not isinstance(entries, list):
        raise EvaluationError(
            f'{label}: JSON without an "entries" list; pass the output of '
            f"`timeline --format json` or a tilse-format timeline"
        )
    items = [_json_entry(entry, f"{label} entry {index}") for index, entry in enumerate(entries)]
    if not items:
        raise EvaluationError(f"{label}: no entries to score")
    return _day_entries(items, name)


def from_timeline(timeline: Timeline, name: str = "") -> DailySummaries:
    """The day entries of a :class:`~timeline.model.Timeline`, each event's text a sentence.

    Coarser entries are left out and listed in ``skipped``, as :func:`read_prediction` does.
    """
    return _day_entries(
        [(entry.period, [event.text for event in entry.events]) for entry in timeline.entries],
        name,
    )


def _day_entries(items: Sequence[tuple[Period, list[str]]], name: str) -> DailySummaries:
    days: dict[dt.date, list[str]] = {}
    skipped: list[str] = []
    for period, events in items:
        if period.granularity is not Granularity.DAY:
            count = f"{len(events)} event{'' if len(events) == 1 else 's'}"
            skipped.append(
                f"{period.iso()} ({period.granularity.value}, {count}): not a single day"
            )
            continue
        days.setdefault(period.start, []).extend(events)
    return DailySummaries({d: tuple(s) for d, s in days.items()}, name, tuple(skipped))


def _json_entry(entry: Any, where: str) -> tuple[Period, list[str]]:
    if not isinstance(entry, dict) or not isinstance(entry.get("date"), str):
        raise EvaluationError(f'{where}: needs a "date" string such as "2016-09-29"')
    try:
        period = Period.from_iso(entry["date"])
    except ValueError as error:
        raise EvaluationError(f"{where}: {error}") from None
    events = entry.get("events", [])
    if not isinstance(events, list):
        raise EvaluationError(f'{where}: "events" must be a list')
    texts: list[str] = []
    for event in events:
        if not isinstance(event, dict) or not isinstance(event.get("text"), str):
            raise EvaluationError(f'{where}: each event needs a "text" string')
        texts.append(event["text"])
    return period, texts


def _read_text(path: Path) -> str:
    try:
        return path.read_text(encoding="utf-8")
    except FileNotFoundError:
        raise EvaluationError(f"{path}: no such file; check the path") from None
    except (OSError, UnicodeDecodeError) as error:
        raise EvaluationError(f"{path}: cannot read it ({error}); pass a UTF-8 text file") from None


def write_tilse(timeline: DailySummaries) -> str:
    """The tilse-format text of ``timeline``; :func:`parse_tilse` reads it back."""
    lines: list[str] = []
    for day, sentences in timeline.days.items():
        lines.append(day.isoformat())
        lines.extend(" ".join(s.split()) for s in sentences)
        lines.append(SEPARATOR)
    return "".join(f"{line}\n" for line in lines)


# Metrics ------------------------------------------------------------------------------


class _Analysed:
    """Each date's ROUGE n-grams and raw-token counts, computed once per timeline."""

    def __init__(self, timeline: DailySummaries) -> None:
        self.timeline = timeline
        tokens = {day: analyse(sentences) for day, sentences in timeline.days.items()}
        self.grams = {n: {day: ngrams(t, n) for day, t in tokens.items()} for n in (1, 2)}
        self.raw = {day: _content_tokens(sentences) for day, sentences in timeline.days.items()}
        self._all: dict[int, Counter[tuple[str, ...]]] = {}

    def day(self, n: int, day: dt.date) -> Counter[tuple[str, ...]]:
        return self.grams[n].get(day, Counter())

    def whole(self, n: int) -> Counter[tuple[str, ...]]:
        if n not in self._all:
            self._all[n] = ngrams(analyse(self.timeline.sentences()), n)
        return self._all[n]


def _analyse_all(
    prediction: DailySummaries, references: Sequence[DailySummaries]
) -> tuple[_Analysed, list[_Analysed]]:
    if not references:
        raise EvaluationError("no reference timeline; pass at least one")
    return _Analysed(prediction), [_Analysed(r) for r in references]


def concat_rouge(prediction: DailySummaries, references: Sequence[DailySummaries], n: int) -> Score:
    """concat ROUGE-N: each timeline's sentences joined into one summary, date by date."""
    pred, refs = _analyse_all(prediction, references)
    return _score_counts(count_matches(pred.whole(n), [r.whole(n) for r in refs]))


def agreement_rouge(
    prediction: DailySummaries, references: Sequence[DailySummaries], n: int
) -> Score:
    """agreement ROUGE-N: daily summaries compared on the same date only."""
    pred, refs = _analyse_all(prediction, references)
    return _agreement(pred, refs, n)


def align_rouge(prediction: DailySummaries, references: Sequence[DailySummaries], n: int) -> Score:
    """align+ m:1 ROUGE-N (the ``AR-N`` of news-tls), as tilse computes it.

    Each predicted date (for precision) and each reference date (for recall) is matched
    to the counterpart of least cost ``(1 - 1/(|Δdays|+1)) * (1 - F)``, the earliest on
    ties; F is tilse's unigram F1 on whitespace tokens, unstemmed. A matched pair's hits
    are weighted by ``1/(|Δdays|+1)``.
    """
    pred, refs = _analyse_all(prediction, references)
    return _align_scores(pred, refs, (n,))[n]


def date_f1(prediction: DailySummaries, references: Sequence[DailySummaries]) -> Score:
    """Precision and recall of the predicted dates among the references' dates."""
    if not references:
        raise EvaluationError("no reference timeline; pass at least one")
    predicted = set(prediction.days)
    reference = _union_dates(references)
    shared = len(predicted & reference)
    return Score.of(
        shared / len(predicted) if predicted else 0.0,
        shared / len(reference) if reference else 0.0,
    )


def score_all(prediction: DailySummaries, references: Sequence[DailySummaries]) -> dict[str, Score]:
    """Every metric of :data:`METRICS` for ``prediction`` against ``references`` together."""
    pred, refs = _analyse_all(prediction, references)
    return _score_all(pred, refs)


def evaluate(prediction: DailySummaries, references: Sequence[DailySummaries]) -> EvaluationReport:
    """Score ``prediction`` against each reference alone, then macro-average.

    This is the news-tls protocol: P and R of each metric are averaged over the
    references and F1 is computed from those averages.

    Raises:
        EvaluationError: no reference was given.
    """
    if not references:
        raise EvaluationError("no reference timeline; pass at least one")
    pred = _Analysed(prediction)
    per_reference = tuple(
        ReferenceScores(ref.name or f"reference {i + 1}", _score_all(pred, [_Analysed(ref)]))
        for i, ref in enumerate(references)
    )
    average = {metric: Score.macro([r.scores[metric] for r in per_reference]) for metric in METRICS}
    return EvaluationReport(
        prediction.name or "prediction", per_reference, average, prediction.skipped
    )


def report_to_dict(report: EvaluationReport) -> dict[str, Any]:
    """A JSON-ready dict of ``report``: metric -> precision, recall, f1."""

    def scores(table: Mapping[str, Score]) -> dict[str, dict[str, float]]:
        return {
            metric: {"precision": s.precision, "recall": s.recall, "f1": s.f1}
            for metric, s in table.items()
        }

    return {
        "prediction": report.prediction,
        "skipped": list(report.skipped),
        "average": scores(report.average),
        "references": [
            {"reference": r.reference, "scores": scores(r.scores)} for r in report.per_reference
        ],
    }


# Internals ----------------------------------------------------------------------------


def _union_dates(references: Sequence[DailySummaries]) -> set[dt.date]:
    return {day for ref in references for day in ref.days}


def _score_all(pred: _Analysed, refs: Sequence[_Analysed]) -> dict[str, Score]:
    aligned = _align_scores(pred, refs, (1, 2))
    scores: dict[str, Score] = {}
    for n in (1, 2):
        whole = count_matches(pred.whole(n), [r.whole(n) for r in refs])
        scores[f"concat-R{n}"] = _score_counts(whole)
        scores[f"agreement-R{n}"] = _agreement(pred, refs, n)
        scores[f"AR-{n}"] = aligned[n]
    scores["Date"] = date_f1(pred.timeline, [r.timeline for r in refs])
    return {name: scores[name] for name in METRICS}


def _agreement(pred: _Analysed, refs: Sequence[_Analysed], n: int) -> Score:
    ref_dates = _union_dates([r.timeline for r in refs])
    p_num = p_den = r_num = r_den = 0
    for day in sorted(set(pred.timeline.days) | ref_dates):
        counts = count_matches(pred.day(n, day), [r.day(n, day) for r in refs])
        if day in pred.timeline.days:
            p_num, p_den = p_num + counts.hits, p_den + counts.peer
        if day in ref_dates:
            r_num, r_den = r_num + counts.hits, r_den + counts.reference
    return Score.of(p_num / p_den if p_den else 0.0, r_num / r_den if r_den else 0.0)


def _score_counts(counts: RougeCounts) -> Score:
    return Score.of(counts.precision, counts.recall)


def _content_tokens(sentences: Sequence[str]) -> Counter[str]:
    """tilse's tokens for alignment costs: split on whitespace, less every token that is a
    substring of ``string.punctuation`` (so ``.`` and ``()`` go, while PTB quotes stay)."""
    return Counter(w for s in sentences for w in s.split() if w not in string.punctuation)


def _overlap_f1(
    peer: Counter[str], peer_total: int, references: Sequence[Counter[str]], ref_total: int
) -> float:
    """tilse's ``compute_rouge_approximation``: a unigram F1 on whitespace tokens.

    ``peer_total`` and ``ref_total`` are the token counts of ``peer`` and of all
    ``references`` together.
    """
    match = 0
    for ref in references:
        small, large = (peer, ref) if len(peer) <= len(ref) else (ref, peer)
        match += sum(min(count, large[token]) for token, count in small.items() if token in large)
    p_den = len(references) * peer_total
    precision = match / p_den if p_den else 0
    recall = match / ref_total if ref_total else 0
    if precision + recall == 0:
        return 0.0
    return 2 * precision * recall / (precision + recall)


def _argmin(costs: Sequence[float]) -> int:
    best = 0
    for index, cost in enumerate(costs):
        if cost < costs[best]:
            best = index
    return best


def _align_scores(
    pred: _Analysed, refs: Sequence[_Analysed], sizes: Sequence[int]
) -> dict[int, Score]:
    pred_dates = list(pred.timeline.days)
    ref_dates = sorted(_union_dates([r.timeline for r in refs]))
    if not pred_dates or not ref_dates:
        return {n: Score(0.0, 0.0, 0.0) for n in sizes}
    empty: Counter[str] = Counter()
    ref_raw = {day: [r.raw.get(day, empty) for r in refs] for day in ref_dates}
    ref_total = {day: sum(c.total() for c in counters) for day, counters in ref_raw.items()}
    pred_total = {day: pred.raw[day].total() for day in pred_dates}
    costs = [
        [
            _date_factor(p, r)
            * (1 - _overlap_f1(pred.raw[p], pred_total[p], ref_raw[r], ref_total[r]))
            for r in ref_dates
        ]
        for p in pred_dates
    ]
    precision_pairs = [
        (p, ref_dates[_argmin(row)]) for p, row in zip(pred_dates, costs, strict=True)
    ]
    recall_pairs = [
        (pred_dates[_argmin([row[j] for row in costs])], r) for j, r in enumerate(ref_dates)
    ]
    scores: dict[int, Score] = {}
    for n in sizes:
        p_num = p_den = r_num = r_den = 0.0
        for p, r in precision_pairs:
            c = count_matches(pred.day(n, p), [ref.day(n, r) for ref in refs])
            p_num += _weight(p, r) * c.hits
            p_den += c.peer
        for p, r in recall_pairs:
            c = count_matches(pred.day(n, p), [ref.day(n, r) for ref in refs])
            r_num += _weight(p, r) * c.hits
            r_den += c.reference
        scores[n] = Score.of(p_num / p_den if p_den else 0.0, r_num / r_den if r_den else 0.0)
    return scores


def _weight(a: dt.date, b: dt.date) -> float:
    return 1 / (abs(a.toordinal() - b.toordinal()) + 1)


def _date_factor(a: dt.date, b: dt.date) -> float:
    return 1 - 1 / (abs(a.toordinal() - b.toordinal()) + 1)
