"""Engines that run the per-document stage over many documents.

``digests`` streams documents through ``pipeline.safe_digest`` and yields the
digests in input order, whatever the engine, so the timeline is the same for
every engine and every number of jobs:

- ``local`` with ``jobs=1`` digests in this process;
- ``local`` with ``jobs>1`` hands batches of documents to a process pool;
- ``dask`` submits batches as Dask tasks to a ``distributed`` scheduler, or
  to a local cluster of worker processes when no scheduler is given.

Documents are read lazily and batched; only a bounded number of batches is
in flight at any time, so memory does not grow with the corpus. Workers send
back digests (citation details and candidate events), never whole texts.
"""

from __future__ import annotations

import importlib
import itertools
import logging
import multiprocessing
from collections import deque
from collections.abc import Callable, Iterable, Iterator, Sequence
from concurrent.futures import ProcessPoolExecutor
from concurrent.futures.process import BrokenProcessPool
from typing import Any, Protocol

from timeline.errors import TimelineError
from timeline.model import Document
from timeline.pipeline import Digest, safe_digest

ENGINES = ("local", "dask")
"""The engines ``digests`` accepts, by name."""

BATCH_SIZE = 16
"""Documents per task: enough to amortise pickling and scheduling."""

IN_FLIGHT_PER_WORKER = 8
"""Batches in flight per worker: enough that one slow batch (a very long article)
does not leave the other workers idle while results are yielded in order."""

DASK_FIX = "pip install 'timeline[dask]'"


def digests(
    documents: Iterable[Document],
    *,
    jobs: int = 1,
    engine: str = "local",
    scheduler: str | None = None,
    batch_size: int = BATCH_SIZE,
) -> Iterator[Digest]:
    """Digest every document, in parallel when asked, yielding in input order.

    Args:
        documents: the articles; any iterable, consumed lazily and once.
        jobs: worker processes for ``local``; for ``dask`` without a
            scheduler, the size of the local cluster.
        engine: ``local`` or ``dask``.
        scheduler: the address of a running Dask scheduler
            (``tcp://host:8786``); only for ``dask``.
        batch_size: documents sent to a worker at a time.

    Yields:
        One digest per document, in the order the documents came.

    Raises:
        ValueError: an unknown engine, a scheduler for ``local``, or
            ``jobs``/``batch_size`` below 1.
        TimelineError: Dask is not installed, the scheduler cannot be reached,
            or a worker process died.
    """
    if engine not in ENGINES:
        raise ValueError(f"unknown engine {engine!r}; choose one of {', '.join(ENGINES)}")
    if jobs < 1 or batch_size < 1:
        raise ValueError("jobs and batch_size must be at least 1")
    if scheduler is not None and engine != "dask":
        raise ValueError("a scheduler address needs the dask engine (--engine dask)")
    if engine == "dask":
        return _dask(_batches(documents, batch_size), jobs, scheduler)
    if jobs == 1:
        return (safe_digest(document) for document in documents)
    return _process_pool(_batches(documents, batch_size), jobs)


def digest_batch(batch: Sequence[Document]) -> list[Digest]:
    """The digests of a batch of documents: the task every worker runs."""
    return [safe_digest(document) for document in batch]


def _batches(documents: Iterable[Document], size: int) -> Iterator[tuple[Document, ...]]:
    iterator = iter(documents)
    while batch := tuple(itertools.islice(iterator, size)):
        yield batch


class _Pending(Protocol):
    """A submitted batch: a ``concurrent.futures`` or a ``distributed`` future."""

    def result(self) -> list[Digest]: ...


def _in_order(
    batches: Iterator[tuple[Document, ...]],
    submit: Callable[[tuple[Document, ...]], _Pending],
    limit: int,
) -> Iterator[Digest]:
    """Keep at most ``limit`` batches in flight; yield their digests in submission order."""
    pending: deque[_Pending] = deque()
    for batch in batches:
        pending.append(submit(batch))
        if len(pending) >= limit:
            yield from pending.popleft().result()
    while pending:
        yield from pending.popleft().result()


def _process_pool(batches: Iterator[tuple[Document, ...]], jobs: int) -> Iterator[Digest]:
    """Digest in worker processes; a corpus of one batch stays here, where no pool starts."""
    first = next(batches, ())
    second = next(batches, None)
    if second is None:
        yield from digest_batch(first)
        return
    batches = itertools.chain((first, second), batches)
    context = multiprocessing.get_context("forkserver")
    context.set_forkserver_preload([__name__])
    with ProcessPoolExecutor(jobs, mp_context=context) as pool:
        try:
            yield from _in_order(
                batches, lambda batch: pool.submit(digest_batch, batch), jobs * IN_FLIGHT_PER_WORKER
            )
        except BrokenProcessPool:
            raise TimelineError(
                "a worker process died (killed, or out of memory); try fewer --jobs"
            ) from None
        finally:
            pool.shutdown(cancel_futures=True)


def _dask(
    batches: Iterator[tuple[Document, ...]], jobs: int, scheduler: str | None
) -> Iterator[Digest]:
    try:
        distributed: Any = importlib.import_module("distributed")
    except ImportError:
        raise TimelineError(f"the dask engine needs Dask; install it with: {DASK_FIX}") from None

    def run() -> Iterator[Digest]:
        if scheduler is None:
            cluster = distributed.LocalCluster(
                n_workers=jobs,
                threads_per_worker=1,
                processes=True,
                dashboard_address=None,
                silence_logs=logging.ERROR,
            )
            with cluster, distributed.Client(cluster) as client:
                yield from _dask_digests(client, batches, jobs)
            return
        try:
            client = distributed.Client(scheduler, timeout="10s")
        except (OSError, TimeoutError) as error:
            raise TimelineError(
                f"cannot reach the Dask scheduler at {scheduler} ({error}); check the address "
                "and that `dask scheduler` runs there"
            ) from None
        with client:
            yield from _dask_digests(client, batches, jobs)

    return run()


def _dask_digests(
    client: Any, batches: Iterator[tuple[Document, ...]], jobs: int
) -> Iterator[Digest]:
    """Submit batches to the cluster, a bounded number per worker thread at a time."""
    threads = sum(client.nthreads().values())
    limit = max(threads, jobs) * IN_FLIGHT_PER_WORKER
    return _in_order(batches, lambda batch: client.submit(digest_batch, batch, pure=False), limit)
