"""Scale benchmark: the full `timeline` command on growing corpora sampled from T17.

Builds corpora of 1k, 2k, 5k, 10k and 20k articles by sampling every topic of
../shared/data/t17 (2,304 articles). A corpus larger than the pool repeats it;
each repeat gets its own id, a publication date shifted by up to a week and a
text that differs by one short line, so that the loader's duplicate check and
the merge stage see distinct articles. Each corpus is written as JSONL to a
temporary directory, and the real command runs on it in a fresh process:

    timeline CORPUS.jsonl -q --format json -o OUT.json --jobs N

For each run it records the wall time from start-up to exit, documents per
second, the peak RSS of the largest process (``getrusage(RUSAGE_CHILDREN)`` in
a fresh wrapper process) and the peak RSS of the whole process tree (main
process plus workers, sampled every 50 ms from /proc). It also runs the whole
of T17 as the four original files, and checks the targets of issue 5. It
times the installed command, so it stops first if the installed copy of the
package differs from this checkout (run ``pip install .``).

Run from the repository root::

    .venv/bin/python benchmarks/scale.py [--sizes 1000 2000] [--jobs 2] [--write-docs]

``--write-docs`` rewrites the "Scale" section of docs/benchmarks.md and the
results file benchmarks/scale-results.json, from which
``benchmarks/plot_scale.py`` draws docs/scale.png.
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import os
import pickle
import platform
import random
import shlex
import shutil
import subprocess
import sys
import tempfile
import threading
import time
from collections.abc import Iterator, Sequence
from pathlib import Path
from typing import Any

REPO = Path(__file__).resolve().parents[1]
DATA = REPO.parent / "shared" / "data" / "t17"
DOCS = REPO / "docs" / "benchmarks.md"
RESULTS = REPO / "benchmarks" / "scale-results.json"
SIZES = (1000, 2000, 5000, 10000, 20000)
SEED = 17
TARGETS = {
    "ratio_10k_20k": 2.3,
    "cpu_ratio_10k_20k": 2.3,
    "rss_20k_mb": 2048.0,
    "t17_seconds": 15.0,
    "seconds_20k": 120.0,
}

_WRAPPER = """\
import resource, subprocess, sys
code = subprocess.run(sys.argv[1:], stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
sys.stderr.buffer.write(code.stderr[-4000:])
usage = resource.getrusage(resource.RUSAGE_CHILDREN)
print(usage.ru_maxrss, usage.ru_utime + usage.ru_stime)
sys.exit(code.returncode)
"""


def main(argv: Sequence[str] | None = None) -> int:
    """Build the corpora, run the command on each, print and optionally record the figures."""
    args = _parser().parse_args(argv)
    if args.transfer:
        print(json.dumps(_transfer(_pool(DATA)[:1000]), indent=2))
        return 0
    if args.from_results:
        report = json.loads(RESULTS.read_text(encoding="utf-8"))
        report["checks"] = _checks(report["runs"], max(r["jobs"] for r in report["runs"]))
        RESULTS.write_text(json.dumps(report, indent=2) + "\n", encoding="utf-8")
        _write_section(DOCS, _markdown(report))
        return 0
    command = _timeline_command()
    stale = _stale_files(command)
    if stale:
        print(
            f"the installed timeline differs from this checkout ({', '.join(stale[:5])}); "
            "run `pip install .` first, so the figures describe this code",
            file=sys.stderr,
        )
        return 2
    pool = _pool(DATA)
    runs: list[dict[str, Any]] = []
    with tempfile.TemporaryDirectory(prefix="timeline-scale-") as tmp:
        work = Path(tmp)
        if not args.skip_t17:
            originals = sorted(str(p) for p in DATA.glob("*/articles.jsonl"))
            articles = sum(len(Path(p).read_text(encoding="utf-8").splitlines()) for p in originals)
            for jobs in sorted({1, *args.jobs}):
                runs.append(_run("t17", articles, originals, jobs, command, work))
        for size in args.sizes:
            corpus = work / f"corpus-{size}.jsonl"
            _write_corpus(corpus, pool, size)
            for jobs in args.jobs:
                runs.append(_run(f"{size}", size, [str(corpus)], jobs, command, work))
    report = {
        "machine": _machine(),
        "date": dt.datetime.now(dt.UTC).strftime("%Y-%m-%d %H:%M UTC"),
        "commit": _commit(),
        "command": _reproduce(argv),
        "timeline_command": [*command, "CORPUS.jsonl", *_OPTIONS, "OUT.json", "--jobs", "N"],
        "runs": runs,
        "checks": _checks(runs, max(args.jobs)),
    }
    print(_markdown(report))
    if args.write_docs:
        RESULTS.write_text(json.dumps(report, indent=2) + "\n", encoding="utf-8")
        _write_section(DOCS, _markdown(report))
    return 0


def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--sizes", type=int, nargs="+", default=list(SIZES), metavar="N")
    parser.add_argument(
        "--jobs",
        type=int,
        nargs="+",
        default=[os.cpu_count() or 1],
        metavar="J",
        help="--jobs values to run each size with (default: the number of cores)",
    )
    parser.add_argument(
        "--transfer",
        action="store_true",
        help="only measure the pickled bytes of document batches out and digests back "
        "for 1,000 articles (what the dask engine sends over the network)",
    )
    parser.add_argument(
        "--from-results",
        action="store_true",
        help="rewrite the Scale section from benchmarks/scale-results.json without running",
    )
    parser.add_argument("--skip-t17", action="store_true", help="skip the whole-T17 runs")
    parser.add_argument(
        "--write-docs",
        action="store_true",
        help="rewrite the Scale section of docs/benchmarks.md and benchmarks/scale-results.json",
    )
    return parser


_OPTIONS = ("-q", "--format", "json", "-o")


def _timeline_command() -> list[str]:
    """The installed `timeline` script next to this interpreter, else `python -m timeline`."""
    script = Path(sys.executable).with_name("timeline")
    if script.exists():
        return [str(script)]
    found = shutil.which("timeline")
    return [found] if found else [sys.executable, "-m", "timeline"]


def _stale_files(command: list[str]) -> list[str]:
    """The package's files that differ between this checkout and what ``command`` runs
    (an installed copy goes stale when the code changes after ``pip install .``)."""
    if command[0] == sys.executable:
        return []  # ``python -m timeline``: whatever the working directory gives
    ask = "import pathlib, timeline; print(pathlib.Path(timeline.__file__).parent)"
    where = subprocess.run(
        [sys.executable, "-c", ask],
        capture_output=True,
        text=True,
        cwd=tempfile.gettempdir(),
        check=True,
    ).stdout.strip()
    installed, checkout = Path(where), REPO / "timeline"
    if installed.resolve() == checkout.resolve():
        return []
    names = {p.name for p in checkout.glob("*.py")} | {p.name for p in installed.glob("*.py")}
    return sorted(
        name
        for name in names
        if not (installed / name).exists()
        or not (checkout / name).exists()
        or (installed / name).read_bytes() != (checkout / name).read_bytes()
    )


def _pool(data: Path) -> list[dict[str, Any]]:
    """Every T17 article with a text, each text once, shuffled with a fixed seed."""
    pool: list[dict[str, Any]] = []
    seen: set[str] = set()
    for path in sorted(data.glob("*/articles.jsonl")):
        topic = path.parent.name
        for line in path.read_text(encoding="utf-8").splitlines():
            record = json.loads(line)
            key = " ".join(record.get("text", "").split())
            if key and key not in seen:
                seen.add(key)
                pool.append({**record, "id": f"{topic}-{record['id']}"})
    random.Random(SEED).shuffle(pool)
    return pool


def _write_corpus(path: Path, pool: Sequence[dict[str, Any]], size: int) -> None:
    with path.open("w", encoding="utf-8") as out:
        for record in _sample(pool, size):
            out.write(json.dumps(record, ensure_ascii=False) + "\n")


def _sample(pool: Sequence[dict[str, Any]], size: int) -> Iterator[dict[str, Any]]:
    """``size`` articles: the pool in order, then repeats that differ in id, date and text."""
    from timeline.events import TEMPLATE_SPAN_DAYS

    for index in range(size):
        repeat, record = divmod(index, len(pool))[0], pool[index % len(pool)]
        if repeat == 0:
            yield record
            continue
        # Copies of one article stay within a week of each other, as wire copies do: copies
        # spread over weeks would be taken for a page template's text and left out.
        shift = dt.timedelta(days=repeat % (TEMPLATE_SPAN_DAYS + 1))
        published = dt.date.fromisoformat(record["published"]) + shift
        yield {
            **record,
            "id": f"{record['id']}-r{repeat}",
            "published": published.isoformat(),
            "text": f"{record['text']}\nArchive copy {repeat}.",
        }


def _run(
    name: str, size: int, inputs: Sequence[str], jobs: int, command: Sequence[str], work: Path
) -> dict[str, Any]:
    output = work / f"out-{name}-{jobs}.json"
    argv = [*command, *inputs, *_OPTIONS, str(output), "--jobs", str(jobs)]
    load = os.getloadavg()[0]
    start = time.perf_counter()
    process = subprocess.Popen(
        [sys.executable, "-c", _WRAPPER, *argv],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )
    sampler = _TreeSampler(process.pid)
    sampler.start()
    stdout, stderr = process.communicate()
    seconds = time.perf_counter() - start
    sampler.stop()
    maxrss, cpu = [*stdout.split(), "0", "0"][:2]
    cpu_seconds = max(float(cpu), sampler.cpu_seconds)
    run: dict[str, Any] = {
        "corpus": name,
        "documents": size,
        "jobs": jobs,
        "seconds": round(seconds, 2),
        "docs_per_second": round(size / seconds, 1),
        "cpu_seconds": round(cpu_seconds, 1),
        "peak_rss_mb": round(int(maxrss) / 1024, 1),
        "peak_tree_rss_mb": round(sampler.peak / 2**20, 1),
        "load_before": round(load, 2),
        "exit": process.returncode,
    }
    if process.returncode != 0:
        run["error"] = stderr.strip().splitlines()[-1:] or ["(no message)"]
    else:
        entries = json.loads(output.read_text(encoding="utf-8"))["entries"]
        run["entries"] = len(entries)
    print(json.dumps(run), file=sys.stderr, flush=True)
    return run


class _TreeSampler(threading.Thread):
    """Samples a process and all its descendants every 50 ms from /proc.

    Keeps the peak of their summed RSS, and the CPU time each process used
    (workers forked by a fork server are not children of the command, so
    getrusage would miss their time).
    """

    def __init__(self, root: int) -> None:
        super().__init__(daemon=True)
        self._root = root
        self._done = threading.Event()
        self._cpu: dict[int, float] = {}
        self.peak = 0

    @property
    def cpu_seconds(self) -> float:
        """CPU time (user + system) of every process seen in the tree."""
        return sum(self._cpu.values())

    def run(self) -> None:
        while not self._done.wait(0.05):
            rss = 0
            for pid, (resident, cpu) in _tree(self._root).items():
                rss += resident
                self._cpu[pid] = max(cpu, self._cpu.get(pid, 0.0))
            self.peak = max(self.peak, rss)

    def stop(self) -> None:
        self._done.set()
        self.join()


def _tree(root: int) -> dict[int, tuple[int, float]]:
    """RSS (bytes) and CPU time (s) of ``root`` and its descendants, by pid."""
    children: dict[int, list[int]] = {}
    usage: dict[int, tuple[int, float]] = {}
    page, tick = os.sysconf("SC_PAGE_SIZE"), os.sysconf("SC_CLK_TCK")
    for entry in os.scandir("/proc"):
        if not entry.name.isdigit():
            continue
        try:
            stat = Path(entry.path, "stat").read_text().rsplit(")", 1)[1].split()
            statm = Path(entry.path, "statm").read_text().split()
        except OSError:
            continue
        pid = int(entry.name)
        children.setdefault(int(stat[1]), []).append(pid)
        usage[pid] = (int(statm[1]) * page, (int(stat[11]) + int(stat[12])) / tick)
    found: dict[int, tuple[int, float]] = {}
    stack = [root]
    while stack:
        pid = stack.pop()
        if pid in usage:
            found[pid] = usage[pid]
        stack.extend(children.get(pid, ()))
    return found


def _transfer(records: Sequence[dict[str, Any]]) -> dict[str, Any]:
    """Pickled bytes of the batches a worker receives and the digests it sends back."""
    from timeline.engines import BATCH_SIZE, digest_batch
    from timeline.loading import LoadOptions, iter_load
    from timeline.model import Document

    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / "sample.jsonl"
        _write_corpus(path, records, len(records))
        documents = [d for d in iter_load([str(path)], LoadOptions()) if isinstance(d, Document)]
    out = back = candidates = 0
    for start in range(0, len(documents), BATCH_SIZE):
        batch = tuple(documents[start : start + BATCH_SIZE])
        digests = digest_batch(batch)
        out += len(pickle.dumps(batch, protocol=5))
        back += len(pickle.dumps(digests, protocol=5))
        candidates += sum(len(d.candidates) for d in digests)
    scale = 1000 / len(documents)
    return {
        "documents": len(documents),
        "text_mb_per_1k": round(sum(len(d.text.encode()) for d in documents) * scale / 1e6, 2),
        "batches_out_mb_per_1k": round(out * scale / 1e6, 2),
        "digests_back_mb_per_1k": round(back * scale / 1e6, 2),
        "candidates_per_1k": round(candidates * scale),
    }


def _checks(runs: Sequence[dict[str, Any]], jobs: int) -> dict[str, Any]:
    by_corpus = {r["corpus"]: r for r in runs if r["jobs"] == jobs and r["exit"] == 0}
    checks: dict[str, Any] = {}
    if "10000" in by_corpus and "20000" in by_corpus:
        ratio = by_corpus["20000"]["seconds"] / by_corpus["10000"]["seconds"]
        checks["ratio_10k_20k"] = round(ratio, 2)
        cpu = by_corpus["20000"]["cpu_seconds"] / by_corpus["10000"]["cpu_seconds"]
        checks["cpu_ratio_10k_20k"] = round(cpu, 2)
    if "20000" in by_corpus:
        checks["rss_20k_mb"] = by_corpus["20000"]["peak_tree_rss_mb"]
        checks["seconds_20k"] = by_corpus["20000"]["seconds"]
    for run in runs:
        if run["corpus"] == "t17" and run["exit"] == 0:
            checks[f"t17_seconds_jobs_{run['jobs']}"] = run["seconds"]
    return {
        name: {"value": value, "target": TARGETS[name.split("_jobs_")[0]]}
        | {"met": value <= TARGETS[name.split("_jobs_")[0]]}
        for name, value in checks.items()
    }


def _machine() -> dict[str, Any]:
    cpu = "unknown"
    for line in Path("/proc/cpuinfo").read_text().splitlines():
        if line.startswith("model name"):
            cpu = line.split(":", 1)[1].strip()
            break
    pages = os.sysconf("SC_PHYS_PAGES") * os.sysconf("SC_PAGE_SIZE")
    return {
        "nproc": os.cpu_count(),
        "cpu": cpu,
        "ram_gb": round(pages / 2**30, 1),
        "python": platform.python_version(),
        "platform": platform.platform(),
    }


def _commit() -> str | None:
    """The checked-out commit, when this is a git checkout."""
    found = subprocess.run(
        ["git", "-C", str(REPO), "rev-parse", "--short", "HEAD"], capture_output=True, text=True
    )
    return found.stdout.strip() or None


def _reproduce(argv: Sequence[str] | None) -> str:
    args = sys.argv[1:] if argv is None else list(argv)
    return shlex.join([".venv/bin/python", "benchmarks/scale.py", *args])


_LABELS = {
    "ratio_10k_20k": "wall time 20k / wall time 10k",
    "cpu_ratio_10k_20k": "CPU time 20k / CPU time 10k (insensitive to other load)",
    "rss_20k_mb": "peak RSS at 20k, all processes (MB)",
    "t17_seconds": "whole T17, 2,304 articles (s)",
    "seconds_20k": "20k articles (s)",
}


def _markdown(report: dict[str, Any]) -> str:
    machine = report["machine"]
    lines = [
        "## Scale",
        "",
        f"Measured {report['date']}"
        + (f" at commit {report['commit']}" if report.get("commit") else "")
        + f" on {machine['nproc']} cores ({machine['cpu']}), "
        f"{machine['ram_gb']} GB RAM, Python {machine['python']}, {machine['platform']}.",
        "",
        f"Reproduce: `{report['command']}`",
        "",
        "Each run is the full command from start-up, in a fresh process: "
        f"`{shlex.join(report['timeline_command'])}`. "
        "Corpora sample all four T17 topics; beyond 2,304 articles the pool repeats with "
        "new ids, publication dates shifted by a day per repeat (within a week, as wire "
        "copies) and one extra short line. "
        "*CPU* is user + system time of the command and all its worker processes. "
        "*RSS largest* is the biggest single process (getrusage); *RSS all* is the sampled "
        "peak of the main process and its workers together. *load* is the 1-minute load "
        "average before the run (the machine is shared with other sessions).",
        "",
        "| corpus | documents | jobs | wall (s) | documents/s | CPU (s) | RSS largest (MB) "
        "| RSS all (MB) | load | entries |",
        "|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|",
    ]
    for run in report["runs"]:
        entries = run.get("entries", "failed: " + " ".join(run.get("error", [])))
        lines.append(
            f"| {run['corpus']} | {run['documents']:,} | {run['jobs']} | {run['seconds']} "
            f"| {run['docs_per_second']} | {run['cpu_seconds']} | {run['peak_rss_mb']} "
            f"| {run['peak_tree_rss_mb']} "
            f"| {run['load_before']} | {entries} |"
        )
    lines += ["", "| target | measured | limit | met |", "|---|---:|---:|---|"]
    for name, check in report["checks"].items():
        met = "yes" if check["met"] else "**no**"
        label, _, jobs = name.partition("_jobs_")
        where = f", --jobs {jobs}" if jobs else ""
        lines.append(f"| {_LABELS[label]}{where} | {check['value']} | {check['target']} | {met} |")
    lines += [
        "",
        "Wall times depend on what else the machine runs (see *load*); CPU times do not. "
        "Where the time goes, and the fixes proposed for the targets not met: "
        "[scaling.md](scaling.md). The plot is drawn by `benchmarks/plot_scale.py` "
        "(needs matplotlib, which is not a dependency: `.venv/bin/pip install matplotlib`).",
        "",
        "![time and memory against corpus size](scale.png)",
        "",
    ]
    return "\n".join(lines)


def _write_section(path: Path, section: str) -> None:
    """Replace the ``## Scale`` section of ``path`` (or append it), leaving the rest alone."""
    text = path.read_text(encoding="utf-8") if path.exists() else "# Benchmarks\n"
    lines = text.splitlines(keepends=True)
    start = next((i for i, line in enumerate(lines) if line.strip() == "## Scale"), None)
    if start is None:
        text = text.rstrip("\n") + "\n\n" + section
    else:
        end = next(
            (i for i in range(start + 1, len(lines)) if lines[i].startswith("## ")), len(lines)
        )
        rest = "".join(lines[end:])
        text = "".join(lines[:start]) + section + ("\n" + rest if rest else "")
    path.write_text(text.rstrip("\n") + "\n", encoding="utf-8")


if __name__ == "__main__":
    sys.exit(main())
