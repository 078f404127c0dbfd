"""The terminal view of an evaluation report: a Rich table, then the notes on it."""

from __future__ import annotations

from pathlib import PurePath

from rich.console import Group
from rich.table import Table
from rich.text import Text

from timeline.evaluate import METRICS, EvaluationReport

_DESCRIPTIONS = {
    "concat-R1": "concat ROUGE-1",
    "concat-R2": "concat ROUGE-2",
    "agreement-R1": "agreement ROUGE-1",
    "agreement-R2": "agreement ROUGE-2",
    "AR-1": "align+ m:1 ROUGE-1",
    "AR-2": "align+ m:1 ROUGE-2",
    "Date": "Date F1",
}


def render_report(report: EvaluationReport) -> Group:
    """A table of every metric: the macro-averaged P, R and F1, then F1 per reference.

    The per-reference columns appear only when there is more than one reference. Notes
    follow the table, one line each at the console's width rather than the table's: how
    the average is taken, and the entries of the prediction that were not scored.
    """
    many = len(report.per_reference) > 1
    title = f"{_short(report.prediction)} against {_count(len(report.per_reference))}"
    table = Table(title=title)
    table.add_column("metric")
    table.add_column("P", justify="right")
    table.add_column("R", justify="right")
    table.add_column("F1", justify="right", style="bold")
    if many:
        for ref in report.per_reference:
            table.add_column(f"F1 {_short(ref.reference)}", justify="right")
    for metric in METRICS:
        avg = report.average[metric]
        cells = [_DESCRIPTIONS[metric], _num(avg.precision), _num(avg.recall), _num(avg.f1)]
        if many:
            cells.extend(_num(ref.scores[metric].f1) for ref in report.per_reference)
        table.add_row(*cells)
    return Group(table, *(Text(line) for line in _notes(report)))


def _notes(report: EvaluationReport) -> list[str]:
    lines = []
    if len(report.per_reference) > 1:
        lines.append("P and R are averaged over the references; F1 is computed from them.")
    if report.skipped:
        lines.append(
            f"Not scored ({len(report.skipped)}): only day entries are scored; "
            "run timeline with --granularity day"
        )
        lines.extend(f"  {reason}" for reason in report.skipped)
    return lines


def _count(n: int) -> str:
    return f"{n} reference" if n == 1 else f"{n} references"


def _short(name: str) -> str:
    return PurePath(name).stem or name


def _num(value: float) -> str:
    return f"{value:.3f}"
