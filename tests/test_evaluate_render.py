"""The Rich table of an evaluation report."""

from __future__ import annotations

import datetime as dt
import io

from rich.console import Console

from timeline.evaluate import DailySummaries, evaluate
from timeline.evaluate_render import render_report


def render(*references: DailySummaries, skipped: tuple[str, ...] = ()) -> str:
    pred = DailySummaries(
        {dt.date(2010, 4, 20): ("Oil rig explodes",)}, "out/pred.json", skipped=skipped
    )
    console = Console(file=io.StringIO(), width=100, color_system=None)
    console.print(render_report(evaluate(pred, list(references))))
    output = console.file.getvalue()  # type: ignore[attr-defined]
    assert isinstance(output, str)
    return output


REF_A = DailySummaries({dt.date(2010, 4, 20): ("Oil rig explodes",)}, "refs/bbc.txt")
REF_B = DailySummaries({dt.date(2010, 4, 21): ("Gulf rig sinks",)}, "refs/fox.txt")


def test_one_reference_shows_precision_recall_f1_per_metric() -> None:
    out = render(REF_A)
    assert "pred against 1 reference" in out
    for label in ("concat ROUGE-1", "agreement ROUGE-2", "align+ m:1 ROUGE-1", "Date F1"):
        assert label in out
    assert out.count("1.000") == 3 * 7
    assert "F1 bbc" not in out


def test_several_references_add_a_column_each_and_explain_the_average() -> None:
    out = render(REF_A, REF_B)
    assert "against 2 references" in out
    assert "F1 bbc" in out and "F1 fox" in out
    assert "P and R are averaged over the references" in out
    date_row = next(line for line in out.splitlines() if "Date F1" in line)
    cells = [cell.strip() for cell in date_row.split("│") if cell.strip()]
    assert cells == ["Date F1", "0.500", "0.500", "0.500", "1.000", "0.000"]


def test_skipped_entries_are_listed() -> None:
    out = render(REF_A, skipped=("2010-04 (month, 2 events): not a single day",))
    assert "Not scored (1):" in out
    assert "2010-04 (month, 2 events)" in out


def test_skipped_entries_are_listed_whole_below_the_table() -> None:
    skipped = (
        "2010-04 (month, 2 events): not a single day",
        "2010 (year, 1 event): not a single day",
    )
    out = render(REF_A, skipped=skipped)
    lines = out.splitlines()
    start = lines.index(
        "Not scored (2): only day entries are scored; run timeline with --granularity day"
    )
    assert lines[start + 1 :] == [f"  {reason}" for reason in skipped]
