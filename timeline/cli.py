"""The command line: parse arguments, call the library, render, map errors to exit codes.

This is the only module that prints, exits or looks at the terminal.
"""

from __future__ import annotations

import argparse
import contextlib
import dataclasses
import datetime as dt
import json
import os
import sys
import textwrap
from collections.abc import Callable, Iterable, Iterator, Sequence
from importlib.resources import as_file, files
from pathlib import Path
from typing import IO, Any, TypeVar

from rich.console import Console
from rich.progress import (
    BarColumn,
    Progress,
    ProgressColumn,
    SpinnerColumn,
    Task,
    TaskID,
    TextColumn,
    TimeElapsedColumn,
)
from rich.text import Text

from timeline import __version__, engines
from timeline.dates import find_time_expressions
from timeline.errors import TimelineError
from timeline.events import MAX_WORDS, MIN_WORDS
from timeline.loading import FieldNames, LoadIssue, LoadOptions, Notice, iter_load
from timeline.loading_dates import implausible_message
from timeline.markdown import to_markdown
from timeline.model import Document, DocumentInfo, Granularity
from timeline.pipeline import DEFAULT_MAX_DATES, DEFAULT_PER_DATE, Digest, summarise_digests
from timeline.published import implausible_publications, parse_published
from timeline.select import DEFAULT_METHOD, METHODS
from timeline.serialise import to_json
from timeline.terminal import TimelineView

EXIT_OK, EXIT_NOTHING_USABLE, EXIT_USAGE = 0, 1, 2

_MAIN_EPILOG = """\
examples:
  timeline                              summarise the bundled seed articles
  timeline articles/                    every readable file under articles/
  timeline news.jsonl --format markdown -o briefing.md
  timeline news.jsonl --format json | jq '.entries[].date'
  timeline notes.txt --published 2016-09-30
                                        anchor "on Thursday" in an undated file
  timeline corpus.jsonl --max-dates 20 --per-date 2 --granularity day

inputs: .txt/.md (optional YAML front matter: title, source, url, published),
.json (an object or a list), .jsonl (one object a line: id, text, published,
source, title, url), .html/.htm, .rss/.atom/.xml feeds, .csv/.tsv, and - for
standard input. See docs/inputs.md.

other commands:
  timeline tag PATH ...                 list the time expressions found
  timeline evaluate PREDICTION REFERENCE ...
                                        score a timeline against references

exit codes: 0 a timeline was produced (skipped files are reported on stderr);
1 no usable document; 2 usage error.
"""


def main(argv: Sequence[str] | None = None) -> int:
    """Run the ``timeline`` command; returns the process exit code."""
    args = list(sys.argv[1:] if argv is None else argv)
    command = _SUBCOMMANDS.get(args[0]) if args else None
    try:
        return command(args[1:]) if command else _summarise_command(args)
    except BrokenPipeError:
        # The reader closed the pipe (`timeline tag ... | head`): what it read is all it wanted.
        # Point stdout at /dev/null so the interpreter's final flush does not fail again.
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
        return EXIT_OK


def _summarise_command(argv: list[str]) -> int:
    parser = _main_parser()
    options = parser.parse_args(argv)
    err = _error_console()
    _read_published(parser, options, err)
    if options.scheduler and options.engine != "dask":
        parser.error("--scheduler needs --engine dask")
    if options.since and options.until and options.since > options.until:
        parser.error(
            f"--since {options.since} is after --until {options.until}, so no date can be "
            "kept; swap them"
        )
    return _guarded("timeline", options.debug, err, lambda: _summarise(options, err))


def _summarise(options: argparse.Namespace, err: Console) -> int:
    problem = _unwritable(options.output)
    if problem:  # say so now, not after a long run whose result could not be kept
        err.print(f"timeline: {problem}")
        return EXIT_NOTHING_USABLE
    budget = _budget(options)
    with _default_paths(options.paths) as paths, _progress(options, err) as bars:
        loaded = _Loaded(paths, _load_options(options), err)
        found = engines.digests(
            bars.loaded(loaded.documents()),
            jobs=options.jobs,
            engine=options.engine,
            scheduler=options.scheduler,
        )
        seen: list[DocumentInfo] = []
        read = _Read()
        timeline = summarise_digests(
            bars.digested(_noting(found, seen, read, loaded, options.debug)),
            max_dates=budget[0],
            per_date=budget[1],
            method=options.method,
            since=options.since,
            until=options.until,
            granularity=options.granularity,
            keep_off_topic=options.keep_off_topic,
            on_stage=bars.stage,
        )
    _report_implausible(seen, loaded)
    _report_off_topic(timeline.off_topic, err)
    err.print(loaded.summary())
    if not loaded.count:
        err.print("timeline: no usable document; see the messages above.")
        return EXIT_NOTHING_USABLE
    _write(timeline, options)
    if not timeline.entries:  # after "No dated events were found.", why, and what to try
        for line in _why_empty(read, seen, options):
            err.print(f"timeline: {line}")
    return EXIT_OK


def _guarded(prog: str, debug: bool, err: Console, command: Callable[[], int]) -> int:
    """Run ``command``, turning errors into one line on stderr and exit code 1.

    With ``debug`` the errors propagate, traceback included.
    """
    try:
        return command()
    except KeyboardInterrupt:
        err.print(f"{prog}: interrupted")
        return 130
    except BrokenPipeError:
        raise  # main() handles a closed pipe
    except Exception as error:
        if debug:
            raise
        if isinstance(error, TimelineError):
            err.print(f"{prog}: {error}")
        elif isinstance(error, OSError):
            err.print(f"{prog}: {error.strerror or error}: {error.filename}; check the path")
        else:  # a bug: one line here, the traceback with --debug
            err.print(
                f"{prog}: internal error ({type(error).__name__}: {error}); "
                "rerun with --debug for the traceback and please report it"
            )
        return EXIT_NOTHING_USABLE


@dataclasses.dataclass
class _Read:
    """What the digests held, to say why a timeline came out empty."""

    sentences: int = 0
    candidates: int = 0


def _noting(
    digests: Iterable[Digest],
    seen: list[DocumentInfo],
    read: _Read,
    loaded: _Loaded,
    debug: bool,
) -> Iterator[Digest]:
    """``digests``, noting each document's citation details in ``seen`` and its counts
    in ``read``, and reporting the documents that could not be processed."""
    for item in digests:
        seen.append(item.info)
        read.sentences += item.sentences
        read.candidates += len(item.candidates)
        if item.failure is not None:
            cause = item.failure.strip().splitlines()[-1]
            loaded.report(
                LoadIssue(
                    item.info.path or item.info.id,
                    Notice.SKIPPED,
                    f"`{item.info.id}` could not be processed ({cause}); the run goes on — "
                    "please report it (--debug shows the traceback)",
                )
            )
            if debug:
                loaded.err.print(item.failure)
        yield item


def _why_empty(
    read: _Read, infos: Sequence[DocumentInfo], options: argparse.Namespace
) -> tuple[str, str]:
    """Two lines for an empty timeline: what was read and the likely reasons, then
    what to try."""
    head = f"no dated events in {_count(len(infos), 'document')} "
    head += f"({_count(read.sentences, 'sentence')} read)"
    limits = " ".join(
        f"--{name} {value}"
        for name, value in (
            ("since", options.since),
            ("until", options.until),
            ("granularity", options.granularity and options.granularity.value),
        )
        if value
    )
    if read.candidates and limits:
        dated = _count(read.candidates, "dated sentence")
        return f"{head}: none of the {dated} falls within {limits}", "widen or drop those options"
    left_out = (
        f"sentences under {MIN_WORDS} or over {MAX_WORDS} words, headlines and page furniture"
        " are left out on purpose"
    )
    undated = sum(info.published is None for info in infos)
    if not undated:
        return f"{head}: {left_out}", "try whole articles, with full stops, not headlines or notes"
    if len(infos) == 1:
        whose = "it has"
    else:
        whose = f"{undated} of them {'has' if undated == 1 else 'have'}"
    return (
        f"{head}: {whose} no publication date, so only sentences that write out their date "
        f'("on 12 September 2016") count; {left_out}',
        "pass --published DATE for files without a date (e.g. --published 2016-09-30), or "
        "try longer text",
    )


def _count(number: int, noun: str) -> str:
    return f"{number} {noun}{'' if number == 1 else 's'}"


def _report_implausible(infos: Sequence[DocumentInfo], loaded: _Loaded) -> None:
    """Warn about the publication dates ``summarise_digests`` ignored as implausible."""
    by_id = {info.id: info for info in infos}
    flagged = implausible_publications([(info.id, info.published) for info in infos])
    for doc_id, other_id in flagged.items():
        other = by_id[other_id]
        message = implausible_message(by_id[doc_id], other.id, other.published)
        loaded.report(LoadIssue(by_id[doc_id].path or doc_id, Notice.WARNING, message))


_OFF_TOPIC_SHOWN = 5
"""How many off-topic documents are named on stderr before "and N more"."""


def _report_off_topic(infos: Sequence[DocumentInfo], err: Console) -> None:
    """Say which documents ``summarise_digests`` left out as off-topic, and how to keep them."""
    if not infos:
        return
    shown = ", ".join(info.id for info in infos[:_OFF_TOPIC_SHOWN])
    more = len(infos) - _OFF_TOPIC_SHOWN
    err.print(
        f"timeline: left out {_count(len(infos), 'document')} as off-topic (few of the words "
        f"the other documents share): {shown}{f' and {more} more' if more > 0 else ''}; "
        "--keep-off-topic keeps them"
    )


def _main_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="timeline",
        description=_wrap(
            "Turn news articles about one story into a dated timeline of its key events. "
            "Every entry quotes the articles and cites each one that told it."
        ),
        epilog=_MAIN_EPILOG,
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    parser.add_argument(
        "paths",
        nargs="*",
        metavar="PATH",
        help="files or directories to read, or - for standard input (default: the bundled seeds)",
    )
    parser.add_argument("--version", action="version", version=f"timeline {__version__}")
    out = parser.add_argument_group("output")
    out.add_argument(
        "-f",
        "--format",
        choices=("terminal", "markdown", "json"),
        default="terminal",
        help="terminal: a Rich timeline (default); markdown: a briefing with footnotes; "
        "json: everything, documented in docs/json.md",
    )
    out.add_argument("-o", "--output", metavar="FILE", help="write to FILE instead of stdout")
    out.add_argument("--title", default="Timeline", help="the heading (default: %(default)s)")
    out.add_argument("-q", "--quiet", action="store_true", help="no progress bars")
    out.add_argument("--debug", action="store_true", help="show tracebacks for errors")
    pick = parser.add_argument_group("selection")
    pick.add_argument(
        "--max-dates",
        type=_positive,
        default=DEFAULT_MAX_DATES,
        metavar="N",
        help="keep the N best-attested dates (default: %(default)s; 0 keeps all)",
    )
    pick.add_argument(
        "--per-date",
        type=_at_least_one,
        default=DEFAULT_PER_DATE,
        metavar="K",
        help="keep at most K events per date (default: %(default)s)",
    )
    pick.add_argument(
        "--method",
        choices=METHODS,
        default=DEFAULT_METHOD,
        help="how sentences are rated within a date: a sumy summariser, weighted by closeness "
        "to the day's coverage, or 'centroid' for that closeness alone (default: %(default)s)",
    )
    pick.add_argument("--since", type=_day, metavar="DATE", help="drop dates before DATE")
    pick.add_argument("--until", type=_day, metavar="DATE", help="drop dates after DATE")
    pick.add_argument(
        "--granularity",
        type=_granularity,
        metavar="{day,week,month,quarter,year}",
        help="keep only entries of this granularity (day for Timeline17-style evaluation)",
    )
    pick.add_argument(
        "--keep-off-topic",
        action="store_true",
        help="keep documents that use few of the words the others share (listings pages, "
        "round-ups); by default they are left out and named on stderr",
    )
    _add_input_options(parser)
    _add_engine_options(parser)
    return parser


def _wrap(text: str) -> str:
    """``text`` in lines of 79 characters: the help keeps line breaks as written."""
    return textwrap.fill(text, width=79)


def _add_input_options(parser: argparse.ArgumentParser) -> None:
    group = parser.add_argument_group("input")
    group.add_argument(
        "--published",
        metavar="DATE",
        help="publication date for documents that have none: 2016-09-30, 2016-09, 2016, "
        "'Sept. 30, 2016' ...; its precision is kept, and it never overrides a date a "
        "document gives",
    )
    order = group.add_mutually_exclusive_group()
    order.add_argument(
        "--dayfirst",
        dest="dayfirst",
        action="store_const",
        const=True,
        help="read ambiguous dates such as 01/02/2016 as day/month",
    )
    order.add_argument(
        "--monthfirst",
        dest="dayfirst",
        action="store_const",
        const=False,
        help="read ambiguous dates such as 01/02/2016 as month/day",
    )
    for name in ("text", "date", "title", "url", "source", "id"):
        group.add_argument(
            f"--{name}-field",
            metavar="NAME",
            help=f"the JSON/JSONL/CSV field that holds the {name}",
        )


def _add_engine_options(parser: argparse.ArgumentParser) -> None:
    group = parser.add_argument_group("engine (see docs/scaling.md)")
    group.add_argument(
        "-j",
        "--jobs",
        type=_at_least_one,
        default=os.cpu_count() or 1,
        metavar="N",
        help="worker processes for the per-document stages (default: the number of cores, "
        "%(default)s)",
    )
    group.add_argument(
        "--engine",
        choices=engines.ENGINES,
        default="local",
        help="local: this machine (default); dask: Dask workers, needs "
        "pip install 'timeline[dask]'",
    )
    group.add_argument(
        "--scheduler",
        metavar="ADDRESS",
        help="a running Dask scheduler, e.g. tcp://host:8786 (default with --engine dask: "
        "start a local cluster of --jobs workers)",
    )


def _at_least_one(text: str) -> int:
    value = _positive(text)
    if value < 1:
        raise argparse.ArgumentTypeError(f"expected 1 or more, got {value}")
    return value


def _budget(options: argparse.Namespace) -> tuple[int | None, int]:
    return (options.max_dates or None, options.per_date)


def _positive(text: str) -> int:
    try:
        value = int(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"expected a whole number, got {text!r}") from None
    if value < 0:
        raise argparse.ArgumentTypeError(f"expected 0 or more, got {value}")
    return value


def _day(text: str) -> dt.date:
    try:
        return dt.date.fromisoformat(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"expected a day as YYYY-MM-DD, got {text!r}") from None


def _granularity(text: str) -> Granularity:
    try:
        return Granularity(text.strip().lower())
    except ValueError:
        choices = ", ".join(g.value for g in Granularity)
        raise argparse.ArgumentTypeError(f"expected one of {choices}, got {text!r}") from None


def _read_published(
    parser: argparse.ArgumentParser, options: argparse.Namespace, err: Console
) -> None:
    """Turn ``--published`` into a `Period`, read in the order --dayfirst/--monthfirst give.

    An ambiguous date read month first by default is reported, as it is in a file.
    """
    if options.published is None:
        return
    text = options.published
    try:
        parsed = parse_published(text, dayfirst=options.dayfirst)
    except ValueError:
        parser.error(
            f"argument --published: expected a date such as 2016-09-30, 2016-09, 2016 or "
            f"'Sept. 30, 2016', got {text!r}"
        )
    if parsed.defaulted_order:
        err.print(
            f"{parser.prog}: warning: --published {text} is ambiguous; read month first as "
            f"{parsed.period.iso()} — pass --dayfirst if it is day first, or --monthfirst "
            "to confirm"
        )
    options.published = parsed.period


def _load_options(options: argparse.Namespace, *, keep_duplicates: bool = False) -> LoadOptions:
    fields = FieldNames(
        text=options.text_field,
        date=options.date_field,
        title=options.title_field,
        url=options.url_field,
        source=options.source_field,
        id=options.id_field,
    )
    return LoadOptions(
        published=options.published,
        fields=fields,
        dayfirst=options.dayfirst,
        keep_duplicates=keep_duplicates,
    )


class _Loaded:
    """Documents streamed from the loader, with issues reported as they come."""

    def __init__(
        self,
        paths: Sequence[str],
        load_options: LoadOptions,
        err: Console,
        prog: str = "timeline",
    ) -> None:
        self._paths = paths
        self.prog = prog
        self._options = load_options
        self.err = err
        self.count = 0
        self.issues: dict[Notice, int] = dict.fromkeys(Notice, 0)

    def documents(self) -> Iterator[Document]:
        if _typing_on_stdin(self._paths):  # else it would seem to hang, waiting for input
            self.err.print(f"{self.prog}: {_STDIN_HINT}")
        for item in iter_load(self._paths, self._options, stdin=sys.stdin.buffer):
            if isinstance(item, LoadIssue):
                self.report(item)
            else:
                self.count += 1
                yield item

    def report(self, issue: LoadIssue) -> None:
        """Count ``issue`` and print it on one line."""
        self.issues[issue.kind] += 1
        label = {
            Notice.SKIPPED: "skipped",
            Notice.WARNING: "warning",
            Notice.DUPLICATE: "duplicate",
        }
        self.err.print(f"{self.prog}: {label[issue.kind]}: {issue.path}: {issue.message}")

    def summary(self) -> str:
        return (
            f"{self.prog}: loaded {self.count} document{'s' if self.count != 1 else ''}, "
            f"skipped {self.issues[Notice.SKIPPED]}, duplicates {self.issues[Notice.DUPLICATE]}, "
            f"warnings {self.issues[Notice.WARNING]}"
        )


_STDIN_HINT = "reading articles from standard input; end with Ctrl-D (Ctrl-Z Enter on Windows)"


def _typing_on_stdin(paths: Sequence[str]) -> bool:
    """Whether ``-`` is among ``paths`` and standard input is a terminal: someone is
    to type (or paste) the articles, rather than pipe or redirect them."""
    return "-" in paths and sys.stdin is not None and sys.stdin.isatty()


@contextlib.contextmanager
def _default_paths(paths: Sequence[str]) -> Iterator[Sequence[str]]:
    """The given paths, or the seed articles bundled with the package."""
    if paths:
        yield paths
        return
    with as_file(files("timeline") / "seeds") as seeds:
        yield [str(seeds)]


_T = TypeVar("_T")
_STAGES = {"merge": "Merging events across sources", "select": "Selecting key events"}


class _Bars:
    """Progress bars: documents loaded, documents dated, then each cross-document stage."""

    def __init__(self, progress: Progress | None) -> None:
        self._progress = progress
        self._stage: TaskID | None = None

    def loaded(self, items: Iterable[_T]) -> Iterator[_T]:
        """``items``, counted as documents loaded."""
        return self._counted(items, "Loading articles")

    def digested(self, items: Iterable[_T]) -> Iterator[_T]:
        """``items``, counted as documents segmented and dated."""
        return self._counted(items, "Resolving dates, finding events")

    def stage(self, name: str) -> None:
        """Mark the previous cross-document stage done and show ``name`` running."""
        if self._progress is None:
            return
        self._finish_stage()
        self._stage = self._progress.add_task(_STAGES.get(name, name), total=None)

    def _counted(self, items: Iterable[_T], description: str) -> Iterator[_T]:
        if self._progress is None:
            yield from items
            return
        task = self._progress.add_task(description, total=None, unit="documents")
        for item in items:
            self._progress.advance(task)
            yield item
        self._progress.update(task, total=self._progress.tasks[task].completed)

    def _finish_stage(self) -> None:
        if self._progress is not None and self._stage is not None:
            self._progress.update(self._stage, total=1, completed=1)


class _CountColumn(ProgressColumn):
    """How many documents a counting task has seen; nothing for a stage."""

    def render(self, task: Task) -> Text:
        unit = task.fields.get("unit")
        return Text(f"{int(task.completed)} {unit}" if unit else "")


@contextlib.contextmanager
def _progress(options: argparse.Namespace, err: Console) -> Iterator[_Bars]:
    """Progress bars on stderr when it is a terminal; silent otherwise, with --quiet, or
    while articles are typed on the terminal (the bars would redraw the line typed on)."""
    if options.quiet or not err.is_terminal or _typing_on_stdin(options.paths):
        yield _Bars(None)
        return
    progress = Progress(
        SpinnerColumn(),
        TextColumn("{task.description}"),
        BarColumn(),
        _CountColumn(),
        TimeElapsedColumn(),
        console=err,
        transient=True,
    )
    with progress:
        yield _Bars(progress)


def _write(timeline: Any, options: argparse.Namespace) -> None:
    with _output(options.output) as (stream, console):
        if options.format == "json":
            stream.write(to_json(timeline) + "\n")
        elif options.format == "markdown":
            stream.write(to_markdown(timeline, options.title))
        else:
            console.print(TimelineView(timeline, options.title), crop=False)


def _unwritable(path: str | None) -> str | None:
    """Why ``--output path`` could not be written, or None when it looks writable."""
    if path is None:
        return None
    target = Path(path)
    folder = target.parent
    if target.is_dir():
        return f"cannot write {path}: it is a folder; check the path (name a file in it)"
    if not folder.is_dir():
        return f"cannot write {path}: the folder {folder} does not exist; check the path"
    if not os.access(target if target.exists() else folder, os.W_OK):
        return f"cannot write {path}: permission denied; check the path"
    return None


@contextlib.contextmanager
def _output(path: str | None) -> Iterator[tuple[IO[str], Console]]:
    if path is None:
        yield sys.stdout, Console(highlight=False, markup=False)
        return
    with Path(path).open("w", encoding="utf-8") as stream:
        yield stream, Console(file=stream, color_system=None, width=100, highlight=False)


def _error_console() -> Console:
    # User input (paths, field names, dates) is printed as is: no markup, no highlighting.
    return Console(stderr=True, highlight=False, markup=False, soft_wrap=True)


_TAG_EPILOG = """\
examples:
  timeline tag article.txt              one JSON line a document (the default)
  timeline tag ../shared/data/timex/timebank.jsonl -o tagged.jsonl
  timeline tag article.txt --format timeml
                                        TimeML with the document creation time
  timeline tag timebank.jsonl --format timeml -o system/
                                        one system/<id>.tml a document, the
                                        folder the TempEval-3 scorer reads

With --format timeml, -o names a folder (created if missing) unless it ends
in .tml or .xml; several documents need a folder. Ids become file names with
/ \\ : * ? " < > | and .. as _; a name taken already gets -2, -3 ... and a
warning.

Each JSONL line is {"id", "published", "timexes": [{"start", "end", "text",
"type", "value", "granularity", "anchor"}]}; start and end are character
offsets into the document's text exactly as given. See docs/dates.md.
"""


def _tag_command(argv: list[str]) -> int:
    from timeline.timeml import tag_record  # only this subcommand needs it

    parser = argparse.ArgumentParser(
        prog="timeline tag",
        description=_wrap(
            "List the time expressions in documents, resolved against their "
            "publication dates (TimeML TIMEX3 types and values)."
        ),
        epilog=_TAG_EPILOG,
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    parser.add_argument("paths", nargs="+", metavar="PATH", help="files, directories or -")
    parser.add_argument(
        "-f",
        "--format",
        choices=("jsonl", "timeml"),
        default="jsonl",
        help="jsonl: one line a document (default); timeml: TimeML documents",
    )
    parser.add_argument(
        "-o",
        "--output",
        metavar="FILE|DIR",
        help="write to FILE instead of stdout; with --format timeml, a folder DIR gets "
        "one <id>.tml a document",
    )
    parser.add_argument("--debug", action="store_true", help="show tracebacks for errors")
    _add_input_options(parser)
    options = parser.parse_args(argv)
    err = _error_console()
    _read_published(parser, options, err)
    # Annotation keeps exact duplicates: a TempEval-style scorer expects every document back.
    loaded = _Loaded(
        options.paths, _load_options(options, keep_duplicates=True), err, "timeline tag"
    )

    def tag() -> int:
        if options.format == "timeml":
            return _tag_timeml(parser, options.output, loaded)
        with _output(options.output) as (stream, _console):
            for document in loaded.documents():
                stream.write(json.dumps(tag_record(document), ensure_ascii=False) + "\n")
        err.print(loaded.summary())
        return EXIT_OK if loaded.count else EXIT_NOTHING_USABLE

    return _guarded("timeline tag", options.debug, err, tag)


_ONE_TIMEML_FILE = (".tml", ".xml")


def _tag_timeml(parser: argparse.ArgumentParser, output: str | None, loaded: _Loaded) -> int:
    """Write TimeML: one ``<id>.tml`` a document into a folder, or one document to
    stdout or a file. A TimeML file holds one document (one root element), so
    several documents without a folder are a usage error, found before anything
    is written."""
    from timeline.timeml import to_timeml

    def timeml(document: Document) -> str:
        return to_timeml(document, find_time_expressions(document.text, document.published))

    folder = _timeml_folder(output)
    if folder is not None:
        problem = _make_folder(folder)
        if problem:  # before any input is read
            loaded.err.print(f"{loaded.prog}: {problem}")
            return EXIT_NOTHING_USABLE
        taken: dict[str, str] = {}  # file name, casefolded (macOS and Windows ignore case) -> id
        for document in loaded.documents():
            name = _free_name(document, taken, loaded)
            (folder / name).write_text(timeml(document) + "\n", encoding="utf-8", newline="")
        loaded.err.print(loaded.summary())
        if loaded.count:
            files = f"{loaded.count} TimeML file{'s' if loaded.count != 1 else ''}"
            loaded.err.print(f"{loaded.prog}: wrote {files} to {folder}")
        return EXIT_OK if loaded.count else EXIT_NOTHING_USABLE
    problem = _unwritable(output)
    if problem:
        loaded.err.print(f"{loaded.prog}: {problem}")
        return EXIT_NOTHING_USABLE
    first: Document | None = None
    for document in loaded.documents():
        if first is not None:
            where = output or "standard output"
            parser.error(
                f"--format timeml writes one document a file, and the input has several "
                f"(`{first.id}`, `{document.id}`, ...), which cannot share {where}; "
                "pass -o DIR to write one <id>.tml a document into the folder DIR"
            )
        first = document
    if first is not None:
        with _output(output) as (stream, _console):
            stream.write(timeml(first) + "\n")
    loaded.err.print(loaded.summary())
    return EXIT_OK if loaded.count else EXIT_NOTHING_USABLE


def _timeml_folder(output: str | None) -> Path | None:
    """The folder ``-o`` names for ``--format timeml``, or None for stdout or one file.

    An existing folder, or a path ending in a separator, is a folder; otherwise a
    path ending in ``.tml`` or ``.xml`` is one file, and any other path a folder.
    """
    if output is None:
        return None
    path = Path(output)
    if path.is_dir() or output.endswith(("/", os.sep)):
        return path
    return None if path.suffix.lower() in _ONE_TIMEML_FILE else path


def _make_folder(folder: Path) -> str | None:
    """Create ``folder`` (and its parents) if missing; why it cannot be written to, or None."""
    if folder.exists() and not folder.is_dir():
        return (
            f"cannot write TimeML files into {folder}: it is a file, not a folder; name a "
            "folder (created if missing), or a .tml file for a single document"
        )
    try:
        folder.mkdir(parents=True, exist_ok=True)
    except OSError as error:
        return f"cannot create the folder {folder}: {error.strerror or error}; check the path"
    if not os.access(folder, os.W_OK):
        return f"cannot write into {folder}: permission denied; check the path"
    return None


def _free_name(document: Document, taken: dict[str, str], loaded: _Loaded) -> str:
    """``<id>.tml`` made safe (``timeml.file_stem``), or, when an earlier document of
    this run took that name, ``<id>-2.tml``, ``-3`` ..., reported as a warning."""
    from timeline.timeml import file_stem

    stem = file_stem(document.id)
    name, number = f"{stem}.tml", 1
    while name.casefold() in taken:
        number += 1
        name = f"{stem}-{number}.tml"
    if number > 1:
        first = taken[f"{stem}.tml".casefold()]
        loaded.report(
            LoadIssue(
                document.path or document.id,
                Notice.WARNING,
                f"`{document.id}` is written as {name}, since {stem}.tml went to `{first}` "
                "(the same file name once made safe, ignoring case); give the documents "
                "distinct ids to get one <id>.tml each",
            )
        )
    taken[name.casefold()] = document.id
    return name


_EVALUATE_EPILOG = """\
examples:
  timeline corpus.jsonl --granularity day --format json -o predicted.json
  timeline evaluate predicted.json reference.txt
  timeline evaluate predicted.txt ref-bbc.txt ref-guardian.txt --format json

PREDICTION is timeline's JSON output (its day entries are scored) or a
tilse-format file; each REFERENCE is a tilse-format timeline: a date line
(YYYY-MM-DD), one sentence a line, then a line of 32 dashes. Each reference
is scored alone; the average takes the mean of precision and recall over
references and F1 from those means. See docs/evaluation.md.
"""


def _evaluate_command(argv: list[str]) -> int:
    from timeline.evaluate import evaluate, read_prediction, read_tilse, report_to_dict
    from timeline.evaluate_render import render_report

    parser = argparse.ArgumentParser(
        prog="timeline evaluate",
        description=_wrap(
            "Score a timeline against reference timelines: concat, agreement and "
            "align+ m:1 ROUGE-1/2 (ROUGE-1.5.5 as tilse runs it) and Date-F1."
        ),
        epilog=_EVALUATE_EPILOG,
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    parser.add_argument("prediction", metavar="PREDICTION", help="timeline JSON or tilse file")
    parser.add_argument("references", nargs="+", metavar="REFERENCE", help="tilse files")
    parser.add_argument(
        "-f",
        "--format",
        choices=("table", "json"),
        default="table",
        help="table: a Rich table (default); json: every figure",
    )
    parser.add_argument("-o", "--output", metavar="FILE", help="write to FILE instead of stdout")
    parser.add_argument("--debug", action="store_true", help="show tracebacks for errors")
    options = parser.parse_args(argv)
    err = _error_console()

    def score() -> int:
        prediction = read_prediction(options.prediction)
        references = [read_tilse(path) for path in options.references]
        report = evaluate(prediction, references)
        with _output(options.output) as (stream, console):
            if options.format == "json":
                stream.write(json.dumps(report_to_dict(report), indent=2) + "\n")
            else:
                console.print(render_report(report))
        return EXIT_OK

    return _guarded("timeline evaluate", options.debug, err, score)


_SUBCOMMANDS = {"tag": _tag_command, "evaluate": _evaluate_command}
