"""Draw docs/scale.png from benchmarks/scale-results.json (written by scale.py --write-docs).

matplotlib is not a dependency of timeline; install it next to it to draw::

    .venv/bin/pip install matplotlib
    .venv/bin/python benchmarks/plot_scale.py
"""

from __future__ import annotations

import json
import sys
from pathlib import Path
from typing import Any

import matplotlib

matplotlib.use("Agg")
import matplotlib.pyplot as plt

REPO = Path(__file__).resolve().parents[1]
RESULTS = REPO / "benchmarks" / "scale-results.json"
PLOT = REPO / "docs" / "scale.png"


def main() -> int:
    """Plot time and peak memory against corpus size, one line per --jobs value."""
    report: dict[str, Any] = json.loads(RESULTS.read_text(encoding="utf-8"))
    runs = [r for r in report["runs"] if r["corpus"] != "t17" and r["exit"] == 0]
    figure, (time_axis, memory_axis) = plt.subplots(1, 2, figsize=(10, 4))
    for jobs in sorted({r["jobs"] for r in runs}):
        mine = sorted((r for r in runs if r["jobs"] == jobs), key=lambda r: r["documents"])
        sizes = [r["documents"] for r in mine]
        time_axis.plot(sizes, [r["seconds"] for r in mine], "o-", label=f"wall, --jobs {jobs}")
        time_axis.plot(sizes, [r["cpu_seconds"] for r in mine], "s--", label=f"CPU, --jobs {jobs}")
        memory_axis.plot(
            sizes, [r["peak_tree_rss_mb"] for r in mine], "o-", label=f"all processes, {jobs}"
        )
        memory_axis.plot(
            sizes, [r["peak_rss_mb"] for r in mine], "s--", label=f"largest process, {jobs}"
        )
    time_axis.set(xlabel="articles", ylabel="seconds", title="Time, start-up to exit")
    memory_axis.set(xlabel="articles", ylabel="MB", title="Peak RSS")
    for axis in (time_axis, memory_axis):
        axis.grid(alpha=0.3)
        axis.legend(fontsize=8)
    machine = report["machine"]
    figure.suptitle(f"timeline on {machine['nproc']} cores, {report['date']}", fontsize=10, y=0.99)
    figure.tight_layout()
    figure.savefig(PLOT, dpi=100)
    print(f"wrote {PLOT.relative_to(REPO)}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
