"""Benchmark the date resolver on TempEval-3 data with TempEval-3 scoring.

Reads ``../shared/data/timex/*.jsonl`` (one document a line with gold
``timexes``), tags every document with :func:`timeline.dates.find_time_expressions`
and prints strict, relaxed, value and type precision/recall/F1 per file, the
speed (documents/s, KB/s) and, for scale, the same figures for a trivial
regular-expression baseline run in the same process.

Scoring (TempEval-3):
    strict  - same start and end offsets;
    relaxed - overlapping extents, matched one to one (largest overlap first);
    value   - a relaxed match whose normalised value is equal;
    type    - a relaxed match whose TIMEX3 type is equal.
Precision is over system expressions, recall over gold expressions.

Usage:
    python benchmarks/timex.py [--data DIR] [--errors FILE] [--show-errors] [--repeat N]
                               [--speed JSONL ...]

``--speed`` also times the resolver alone on other JSONL articles (``id``,
``published``, ``text``; no gold needed), e.g. ``../shared/data/t17/*/articles.jsonl``.
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import platform
import re
import sys
import time
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path

import checkout  # noqa: F401  # this checkout's timeline, not an installed copy

from timeline.dates import find_time_expressions
from timeline.model import Period

ROOT = Path(__file__).resolve().parents[1]
DEFAULT_DATA = ROOT / ".." / "shared" / "data" / "timex"


@dataclass(frozen=True, slots=True)
class Span:
    """One expression, gold or system."""

    start: int
    end: int
    text: str
    type: str
    value: str


@dataclass(frozen=True, slots=True)
class Doc:
    """One benchmark document."""

    id: str
    published: str
    text: str
    gold: tuple[Span, ...]


Tagger = Callable[[str, Period | None], list[Span]]


def load(path: Path) -> list[Doc]:
    """The documents of one JSONL file."""
    docs = []
    with path.open(encoding="utf-8") as handle:
        for line in handle:
            if not line.strip():
                continue
            row = json.loads(line)
            gold = tuple(
                Span(t["start"], t["end"], t["text"], t["type"], t["value"]) for t in row["timexes"]
            )
            docs.append(Doc(row["id"], row.get("published") or "", row["text"], gold))
    return docs


def resolver(text: str, published: Period | None) -> list[Span]:
    """The resolver under test."""
    return [
        Span(t.start, t.end, t.text, t.type.value, t.value)
        for t in find_time_expressions(text, published)
    ]


_BASE = re.compile(
    r"\b(?:(?P<wd>Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)"
    r"|(?P<rd>today|yesterday|tomorrow)|(?P<y>(?:19|20)\d\d))\b"
)


def baseline(text: str, published: Period | None) -> list[Span]:
    """A trivial regex tagger: weekdays (previous one), today/yesterday/tomorrow, years."""
    out = []
    for m in _BASE.finditer(text):
        value = "XXXX-XX-XX"
        if m.group("y"):
            value = m.group("y")
        elif published is not None:
            day = published.start
            if m.group("wd"):
                names = ["monday", "tuesday", "wednesday", "thursday", "friday", "saturday"]
                wd = [*names, "sunday"].index(m.group("wd").lower()) + 1
                day -= dt.timedelta(days=(day.isoweekday() - wd) % 7)
            else:
                day += dt.timedelta(
                    days={"today": 0, "yesterday": -1, "tomorrow": 1}[m.group("rd")]
                )
            value = day.isoformat()
        out.append(Span(m.start(), m.end(), m.group(0), "DATE", value))
    return out


def dateparser_search(text: str, published: Period | None) -> list[Span]:
    """dateparser's ``search_dates`` over the whole text: what the resolver replaces.

    Values are days (dateparser returns datetimes); offsets are found by
    searching each returned string after the previous one.
    """
    from dateparser.search import search_dates  # slow import, only for this baseline

    base = dt.datetime.combine(published.start, dt.time()) if published else None
    settings: dict[str, object] = {"PREFER_DATES_FROM": "past"}
    if base is not None:
        settings["RELATIVE_BASE"] = base
    found = search_dates(text, languages=["en"], settings=settings) or []
    out, cursor = [], 0
    for surface, when in found:
        start = text.find(surface, cursor)
        if start < 0:
            continue
        cursor = start + len(surface)
        out.append(Span(start, cursor, surface, "DATE", when.date().isoformat()))
    return out


@dataclass(slots=True)
class Counts:
    """Match counts for one scoring run."""

    gold: int = 0
    system: int = 0
    strict: int = 0
    relaxed: int = 0
    value: int = 0
    type: int = 0

    def add(self, other: Counts) -> None:
        """Accumulate ``other`` into this."""
        for name in ("gold", "system", "strict", "relaxed", "value", "type"):
            setattr(self, name, getattr(self, name) + getattr(other, name))

    def prf(self, name: str) -> tuple[float, float, float]:
        """Precision, recall and F1 (in %) for one kind of match."""
        hit = getattr(self, name)
        p = hit / self.system if self.system else 0.0
        r = hit / self.gold if self.gold else 0.0
        f = 2 * p * r / (p + r) if p + r else 0.0
        return 100 * p, 100 * r, 100 * f


@dataclass(frozen=True, slots=True)
class Error:
    """One error for the error list."""

    kind: str
    doc: str
    gold: Span | None
    system: Span | None
    context: str


def score(doc: Doc, system: Sequence[Span]) -> tuple[Counts, list[Error]]:
    """TempEval-3 counts for one document, and its errors."""
    counts = Counts(gold=len(doc.gold), system=len(system))
    gold_spans = {(g.start, g.end) for g in doc.gold}
    counts.strict = sum((s.start, s.end) in gold_spans for s in system)
    pairs = []
    for gi, g in enumerate(doc.gold):
        for si, s in enumerate(system):
            overlap = min(g.end, s.end) - max(g.start, s.start)
            if overlap > 0:
                pairs.append((overlap, gi, si))
    pairs.sort(key=lambda p: (-p[0], p[1], p[2]))
    used_gold: set[int] = set()
    used_system: set[int] = set()
    errors: list[Error] = []
    for _, gi, si in pairs:
        if gi in used_gold or si in used_system:
            continue
        used_gold.add(gi)
        used_system.add(si)
        g, s = doc.gold[gi], system[si]
        counts.relaxed += 1
        counts.value += g.value == s.value
        counts.type += g.type == s.type
        if g.value != s.value:
            errors.append(Error("wrong value", doc.id, g, s, _context(doc, g.start, g.end)))
    for gi, g in enumerate(doc.gold):
        if gi not in used_gold:
            errors.append(Error("missed", doc.id, g, None, _context(doc, g.start, g.end)))
    for si, s in enumerate(system):
        if si not in used_system:
            errors.append(Error("spurious", doc.id, None, s, _context(doc, s.start, s.end)))
    return counts, errors


def _context(doc: Doc, start: int, end: int) -> str:
    left = doc.text[max(0, start - 60) : start]
    right = doc.text[end : end + 60]
    return " ".join(f"{left}[[{doc.text[start:end]}]]{right}".split())


def run(docs: Sequence[Doc], tagger: Tagger) -> tuple[list[list[Span]], float, float]:
    """Tag every document; the outputs, wall seconds and CPU seconds."""
    wall, cpu = time.perf_counter(), time.process_time()
    out = [tagger(d.text, Period.from_iso(d.published) if d.published else None) for d in docs]
    return out, time.perf_counter() - wall, time.process_time() - cpu


def _row(label: str, counts: Counts) -> str:
    cells = []
    for name in ("strict", "relaxed", "value", "type"):
        p, r, f = counts.prf(name)
        cells.append(f"{p:5.1f} {r:5.1f} {f:5.1f}")
    return f"{label:<22}" + " | ".join(cells)


def _format_error(e: Error) -> str:
    g = f"gold {e.gold.text!r} {e.gold.type} {e.gold.value}" if e.gold else ""
    s = f"system {e.system.text!r} {e.system.type} {e.system.value}" if e.system else ""
    return f"{e.kind:<11} {e.doc:<24} {g:<48} {s:<48} {e.context}"


def main(argv: Sequence[str] | None = None) -> int:
    """Run the benchmark and print the report."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--data", type=Path, default=DEFAULT_DATA)
    parser.add_argument("--errors", type=Path, help="write the error list to this file")
    parser.add_argument("--show-errors", action="store_true", help="print the error list")
    parser.add_argument("--repeat", type=int, default=3, help="timing runs; the best counts")
    parser.add_argument(
        "--speed",
        type=Path,
        nargs="+",
        default=[],
        metavar="JSONL",
        help="also time the resolver on these JSONL article files (no gold needed)",
    )
    parser.add_argument(
        "--dateparser",
        action="store_true",
        help="also score dateparser's search_dates over whole texts (slow: minutes)",
    )
    args = parser.parse_args(argv)

    files = sorted(args.data.glob("*.jsonl"))
    if not files:
        print(f"no *.jsonl in {args.data}; pass --data DIR", file=sys.stderr)
        return 2
    corpora = {f.stem: load(f) for f in files}
    all_docs = [d for docs in corpora.values() for d in docs]
    size_kb = sum(len(d.text.encode("utf-8")) for d in all_docs) / 1024

    names = ", ".join(corpora)
    print(f"date resolver on TempEval-3 ({names}): {len(all_docs)} documents, {size_kb:.0f} KB")
    header = " | ".join(
        f"{name:<7} P     R     F" for name in ("strict", "relaxed", "value", "type")
    )
    errors: list[Error] = []
    timings: dict[str, tuple[float, float]] = {}
    taggers: list[tuple[str, Tagger]] = [("resolver", resolver), ("regex baseline", baseline)]
    if args.dateparser:
        taggers.append(("dateparser search_dates", dateparser_search))
    for name, tagger in taggers:
        best_wall = best_cpu = float("inf")
        outputs: list[list[Span]] = []
        repeat = 1 if tagger is dateparser_search else max(1, args.repeat)
        for _ in range(repeat):
            outputs, wall, cpu = run(all_docs, tagger)
            best_wall, best_cpu = min(best_wall, wall), min(best_cpu, cpu)
        timings[name] = (best_wall, best_cpu)
        print(f"\n{name}\n{'':<22}{header}")
        total = Counts()
        i = 0
        for corpus, docs in corpora.items():
            counts = Counts()
            for doc in docs:
                c, errs = score(doc, outputs[i])
                i += 1
                counts.add(c)
                if name == "resolver":
                    errors.extend(errs)
            total.add(counts)
            print(_row(f"  {corpus} ({counts.gold} gold)", counts))
        print(_row("  all", total))
        print(
            f"  speed: {len(all_docs) / best_wall:,.0f} documents/s, "
            f"{size_kb / best_wall:,.0f} KB/s ({best_wall:.3f} s wall, {best_cpu:.3f} s CPU "
            f"for all {len(all_docs)} documents, best of {repeat})"
        )
    print()
    for name, (wall, _) in timings.items():
        if name != "resolver":
            ratio = timings["resolver"][0] / wall
            print(f"resolver time / {name} time in this run: {ratio:.2f}x")
    kinds = {k: sum(e.kind == k for e in errors) for k in ("missed", "spurious", "wrong value")}
    print("errors: " + ", ".join(f"{v} {k}" for k, v in kinds.items()))
    invented = [e for e in errors if e.kind == "spurious" and e.system and _invented(e.system)]
    print(f"invented dates (may, We, sat, March, the Sun, $27, 50%, bare numbers): {len(invented)}")
    contradicted = _contradicted_by_gold(errors, all_docs)
    print(
        f"wrong values that the gold itself gives elsewhere, for the same phrase, in the "
        f"system's form (type and value with digits aside): {len(contradicted)} of "
        f"{kinds['wrong value']}"
    )
    lines = [_format_error(e) for e in sorted(errors, key=lambda e: (e.kind, e.doc))]
    if args.errors:
        args.errors.write_text("\n".join(lines) + "\n", encoding="utf-8")
        print(f"error list written to {args.errors}")
    if args.show_errors:
        print("\n".join(lines))
    if args.speed:
        print(_speed_report(args.speed, max(1, args.repeat)))
    cpu_model = _cpu_model()
    print(
        f"\nmachine: {cpu_model}, nproc {_nproc()}, Python {platform.python_version()}; "
        f"{dt.datetime.now(dt.UTC):%Y-%m-%d %H:%M} UTC"
    )
    flags = (f" --data {args.data}" if args.data != DEFAULT_DATA else "") + (
        " --dateparser" if args.dateparser else ""
    )
    if args.speed:
        flags += " --speed " + " ".join(str(p) for p in args.speed)
    print(f"reproduce: python benchmarks/timex.py{flags}")
    return 0


def _speed_report(paths: Sequence[Path], repeat: int) -> str:
    """The resolver's speed on article files: documents/s and KB/s of CPU time, best run."""
    docs = []
    for path in paths:
        with path.open(encoding="utf-8") as handle:
            for line in handle:
                if line.strip():
                    row = json.loads(line)
                    published = row.get("published")
                    docs.append((row["text"], Period.from_iso(published) if published else None))
    size_kb = sum(len(text.encode("utf-8")) for text, _ in docs) / 1024
    best = float("inf")
    for _ in range(repeat):
        cpu = time.process_time()
        for text, published in docs:
            find_time_expressions(text, published)
        best = min(best, time.process_time() - cpu)
    return (
        f"\nresolver on {len(paths)} other file(s): {len(docs)} documents, {size_kb:,.0f} KB: "
        f"{best:.2f} s CPU, {len(docs) / best:,.0f} documents/s, {size_kb / best:,.0f} KB/s "
        f"(best of {repeat})"
    )


# The forbidden kinds: words that only look like dates, money, percentages, and
# numbers that are not four-digit years.
_INVENTED = re.compile(
    r"(?i:may|we|sat|march|(?:the\s+)?sun)|\$\S+|\S*%|(?!(?:1\d|20)\d\d$)\d+(?:[.,]\d+)*"
)


def _shape(span: Span) -> tuple[str, str]:
    """A value's form: its type and its value with every digit as 9 ("1989-W42" and
    "1990-W07" are one form, "1989-WXX" another)."""
    return span.type, re.sub(r"\d", "9", span.value)


def _contradicted_by_gold(errors: Sequence[Error], docs: Sequence[Doc]) -> list[Error]:
    """The wrong values whose form differs from their gold's, while the gold gives the
    same phrase the system's form elsewhere: "last week" is 1989-WXX in one document
    and 1989-W42 in another, "a year earlier" 1988 in one and 1988-Q3 in another."""
    forms: dict[str, set[tuple[str, str]]] = {}
    for doc in docs:
        for g in doc.gold:
            forms.setdefault(g.text.lower().strip(" .,"), set()).add(_shape(g))
    return [
        e
        for e in errors
        if e.kind == "wrong value"
        and e.gold is not None
        and e.system is not None
        and _shape(e.system) != _shape(e.gold)
        and _shape(e.system) in forms.get(e.gold.text.lower().strip(" .,"), set())
    ]


def _invented(span: Span) -> bool:
    """Whether a spurious expression is one of the false positives the issue forbids."""
    return bool(_INVENTED.fullmatch(span.text.strip()))


def _cpu_model() -> str:
    try:
        for line in Path("/proc/cpuinfo").read_text().splitlines():
            if line.startswith("model name"):
                return line.split(":", 1)[1].strip()
    except OSError:
        pass
    return platform.processor() or "unknown CPU"


def _nproc() -> int:
    import os

    return len(os.sched_getaffinity(0)) if hasattr(os, "sched_getaffinity") else os.cpu_count() or 1


if __name__ == "__main__":
    sys.exit(main())
