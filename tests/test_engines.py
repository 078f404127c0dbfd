"""Engines: the timeline is the same for every engine and number of jobs."""

from __future__ import annotations

import datetime as dt
import itertools
import json
import os
import subprocess
import sys
from collections.abc import Iterable, Iterator
from pathlib import Path
from typing import Any

import pytest
from distributed import LocalCluster

from tests.conftest import SHARED_DATA
from timeline.cli import main
from timeline.engines import BATCH_SIZE, IN_FLIGHT_PER_WORKER, digests
from timeline.errors import TimelineError
from timeline.loading import LoadOptions, iter_load
from timeline.model import Document, Period
from timeline.pipeline import Digest, summarise_digests
from timeline.serialise import to_dict

_STORY = (
    "The city council voted on Monday to close the old harbour bridge to lorries.",
    "Engineers had warned in March 2021 that the bridge's steel cables were corroding.",
    "On 4 May 2021 a lorry carrying gravel damaged the bridge's eastern railing.",
    "The mayor said the bridge would reopen to cars by the end of the year.",
    "Residents of the harbour district protested outside the town hall last week.",
    "A new bridge is expected to cost 40 million euros and open in 2024.",
    "The transport minister visited the site on Tuesday and promised national funding.",
    "Ferry operators added four crossings a day while the bridge was closed.",
)


def _fixture_corpus() -> list[Document]:
    """Twelve short reports of one story, by different outlets on different days."""
    documents = []
    for index in range(12):
        published = dt.date(2021, 5, 10) + dt.timedelta(days=index % 5)
        sentences = [_STORY[(index + k) % len(_STORY)] for k in range(1 + index % 6)]
        documents.append(
            Document(
                id=f"report-{index:02d}",
                text="\n".join(sentences),
                published=Period.day(published),
                source=f"outlet-{index % 3}",
            )
        )
    return documents


def _t17(topic: str, limit: int | None = None) -> list[Document]:
    path = SHARED_DATA / "t17" / topic / "articles.jsonl"
    loaded = (d for d in iter_load([str(path)], LoadOptions()) if isinstance(d, Document))
    return list(itertools.islice(loaded, limit))


def _timeline_json(found: Iterable[Digest]) -> dict[str, Any]:
    return to_dict(summarise_digests(found, max_dates=8, per_date=3))


@pytest.mark.parametrize("batch_size", [1, 2, BATCH_SIZE])
def test_every_job_count_gives_the_same_timeline_on_a_small_corpus(batch_size: int) -> None:
    corpus = _fixture_corpus()
    runs = {jobs: list(digests(corpus, jobs=jobs, batch_size=batch_size)) for jobs in (1, 2, 3)}
    assert [d.info.id for d in runs[1]] == [d.id for d in corpus]
    assert runs[2] == runs[1]
    assert runs[3] == runs[1]
    expected = _timeline_json(runs[1])
    assert expected["entries"], "the fixture corpus must give a non-empty timeline"
    assert _timeline_json(runs[2]) == expected
    assert _timeline_json(runs[3]) == expected


def test_every_job_count_gives_the_same_timeline_on_t17() -> None:
    corpus = _t17("MJ")
    assert len(corpus) > 100
    expected = _timeline_json(digests(corpus, jobs=1))
    assert expected["entries"]
    for jobs in (2, 3):
        assert _timeline_json(digests(corpus, jobs=jobs)) == expected


def test_dask_cluster_gives_the_local_timeline_on_t17() -> None:
    corpus = _t17("bpoil", limit=240)
    local = list(digests(corpus, jobs=1))
    with LocalCluster(
        n_workers=2, threads_per_worker=1, processes=True, dashboard_address=None
    ) as cluster:
        remote = list(digests(corpus, engine="dask", scheduler=cluster.scheduler_address))
    assert remote == local
    assert _timeline_json(remote) == _timeline_json(local)


def test_dask_engine_starts_its_own_cluster_without_an_address() -> None:
    corpus = _fixture_corpus()
    assert list(digests(corpus, jobs=2, engine="dask", batch_size=2)) == list(digests(corpus))


def test_input_is_read_lazily_with_a_bounded_number_of_batches_in_flight() -> None:
    pulled = 0

    def counted(documents: list[Document]) -> Iterator[Document]:
        nonlocal pulled
        for document in documents:
            pulled += 1
            yield document

    corpus = _fixture_corpus() * 6
    corpus = [Document(f"{d.id}-{i}", d.text, d.published) for i, d in enumerate(corpus)]
    stream = digests(counted(corpus), jobs=2, batch_size=2)
    first = next(stream)
    assert first.info.id == corpus[0].id
    assert pulled <= 2 * IN_FLIGHT_PER_WORKER * 2
    assert pulled < len(corpus)
    assert len(list(stream)) == len(corpus) - 1


def test_unknown_engine_is_refused() -> None:
    with pytest.raises(ValueError, match="unknown engine 'spark'"):
        digests([], engine="spark")


def test_a_scheduler_needs_the_dask_engine() -> None:
    with pytest.raises(ValueError, match="--engine dask"):
        digests([], scheduler="tcp://127.0.0.1:8786")


@pytest.mark.parametrize("jobs", [0, -1])
def test_jobs_below_one_are_refused(jobs: int) -> None:
    with pytest.raises(ValueError, match="at least 1"):
        digests([], jobs=jobs)


def test_missing_dask_names_the_fix(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setitem(sys.modules, "distributed", None)
    with pytest.raises(TimelineError, match=r"pip install 'timeline\[dask\]'"):
        digests([], engine="dask")


def _write_jsonl(path: Path, documents: Iterable[Document]) -> None:
    lines = (
        json.dumps({"id": d.id, "text": d.text, "published": str(d.published)}) for d in documents
    )
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")


def test_the_command_gives_the_same_json_for_every_job_count(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    corpus = tmp_path / "corpus.jsonl"
    copies = [
        Document(f"{d.id}-{i}", f"{d.text}\nCopy {i}.", d.published)
        for i, d in enumerate(_fixture_corpus() * 4)
    ]
    _write_jsonl(corpus, copies)
    outputs = []
    for jobs in ("1", "2"):
        out = tmp_path / f"out-{jobs}.json"
        assert main([str(corpus), "-f", "json", "-o", str(out), "--jobs", jobs]) == 0
        outputs.append(out.read_text(encoding="utf-8"))
    assert outputs[0] == outputs[1]
    assert json.loads(outputs[0])["entries"]
    err = capsys.readouterr().err
    assert "loaded 48 documents" in err
    assert "Resolving dates" not in err, "no progress bars when stderr is not a terminal"


def test_a_scheduler_without_the_dask_engine_is_a_usage_error(
    capsys: pytest.CaptureFixture[str],
) -> None:
    with pytest.raises(SystemExit) as exit_info:
        main(["--scheduler", "tcp://127.0.0.1:8786"])
    assert exit_info.value.code == 2
    assert "--scheduler needs --engine dask" in capsys.readouterr().err


def test_the_timeline_does_not_depend_on_the_hash_seed() -> None:
    """Workers hash strings with their own seed; the result must not notice.

    Python randomises string hashes per process, so anything that iterates a
    set of words (and sums floats in that order) can differ between the main
    process and a worker, or between two runs.
    """
    path = SHARED_DATA / "t17" / "MJ" / "articles.jsonl"
    command = [sys.executable, "-m", "timeline", str(path), "-q", "-f", "json", "--jobs", "1"]
    outputs = {
        seed: subprocess.run(
            command,
            capture_output=True,
            text=True,
            check=True,
            env={**os.environ, "PYTHONHASHSEED": seed},
        ).stdout
        for seed in ("1", "2")
    }
    assert outputs["1"] == outputs["2"]
