"""Clean and geoparse on many cores or machines with Dask; store from one writer.

Workers run `pipeline.prepare` (clean → geoparse → own-date events and story terms) on
batches of documents; each worker process opens the memory-mapped gazetteer once and keeps
one Geoparser, which places names the gazetteer lacks from a copy of the online geocoder's
cached answers sent to it once (workers have no store), as the serial ingest places them
from the store. Results stream back in the order of the input, with a bounded number of
batches in flight and waiting, so memory stays flat however long the input is; the caller's `Pipeline.ingest` writes them
(articles committed in groups, each whole) and settles dates. Without a scheduler address a
local cluster with one process per core is started (and closed afterwards); with one, the
batches go to that cluster.

Why Dask: it runs the same code on a laptop's cores and on a cluster given only an address,
streams results with `as_completed`, and pickles plain dataclasses without ceremony.
"""

from __future__ import annotations

import functools
import itertools
import os
from collections.abc import Callable, Iterable, Iterator

from placeline.errors import InputError, SchedulerUnavailableError
from placeline.geocode import KnownAnswers
from placeline.geoparse import Correction, Geoparser
from placeline.ingest import RawDocument
from placeline.pipeline import Prepared, prepare

_WORKER_GEOPARSER: dict[tuple, Geoparser] = {}
# Seconds to reach a running scheduler. Dask's default is 30; a scheduler on a reachable
# network answers in milliseconds, so a wrong address or a stopped cluster is told sooner.
CONNECT_TIMEOUT = 10


def prepare_batch(documents: list[RawDocument | InputError], corrections: list[Correction],
                  answers: KnownAnswers | None = None) -> list[Prepared | InputError]:
    """Runs on a worker: one Geoparser per worker process, set of corrections and copy of
    the geocoder's cached answers (workers have no store to ask)."""
    key = (tuple((c.surface, c.place.id, c.context_hint) for c in corrections),
           answers.token if answers else None)
    geoparser = _WORKER_GEOPARSER.get(key)
    if geoparser is None:
        _WORKER_GEOPARSER.clear()
        geoparser = _WORKER_GEOPARSER[key] = Geoparser(geocoder=answers,
                                                       corrections=corrections)
    return [prepare(document, geoparser) for document in documents]


def _batches(items: Iterable, size: int) -> Iterator[list]:
    iterator = iter(items)
    while batch := list(itertools.islice(iterator, size)):
        yield batch


def _in_order(batches: Iterator[list], submit: Callable, running, limit: int,
              ) -> Iterator[Prepared | InputError]:
    """The results of the batches in the order they were read, from `limit` batches at work
    at once (`running`: Dask's `as_completed`), however they finish: a batch that ends early
    waits for those before it, with at most `limit` more behind the one awaited, so memory
    stays bounded. In the order they finished, an append-only feed's first filing of a story
    (line 1, in a batch of long rows) had been stored after its update (line 65, in a batch
    of short ones) and replaced it, and every later run called the update "already stored"
    (an audit): a text read later is the newer version (`placeline.versions`)."""
    position: dict = {}  # future → its batch's place in the input
    finished: dict[int, list] = {}
    read, given = 0, 0  # batches read and submitted; batches whose results were given

    def more() -> None:
        nonlocal read
        while running.count() < limit and read - given < 2 * limit:
            batch = next(batches, None)
            if batch is None:
                return
            future = submit(batch)
            position[future], read = read, read + 1
            running.add(future)

    more()
    for future in running:
        finished[position.pop(future)] = future.result()
        future.release()
        while given in finished:
            yield from finished.pop(given)
            given += 1
        more()


def _connect(scheduler: str):
    """A client of the scheduler at this address, or an error saying it cannot be reached."""
    from dask.distributed import Client

    try:
        return Client(scheduler, timeout=CONNECT_TIMEOUT)
    except (OSError, ValueError) as exc:  # refused, timed out, unknown host, bad address
        raise SchedulerUnavailableError(scheduler, str(exc) or type(exc).__name__) from exc


def prepared_with_dask(documents: Iterable[RawDocument | InputError],
                       corrections: list[Correction], scheduler: str | None = None,
                       workers: int | None = None, batch_size: int = 64,
                       in_flight: int | None = None, answers: KnownAnswers | None = None,
                       ) -> Iterator[Prepared | InputError]:
    """Prepared articles, in the order of `documents`, from a local or remote Dask cluster. With
    `answers` (`geocode.known_answers(store)`), workers place the names an online run placed
    as the serial ingest does, from a copy each worker is sent once, not with every batch."""
    from dask.distributed import Client, LocalCluster, as_completed

    if workers is not None and workers < 0:  # LocalCluster would wait for them forever
        raise ValueError(f"workers is a number of processes (0: one per core), not {workers}")
    cluster = None
    if scheduler:
        client = _connect(scheduler)
    else:
        cluster = LocalCluster(n_workers=workers or os.cpu_count() or 1, threads_per_worker=1,
                               processes=True, dashboard_address=None)
        client = Client(cluster)
    try:
        limit = in_flight or 2 * max(1, len(client.scheduler_info()["workers"]))
        shared = client.scatter(answers, broadcast=True, hash=False) if answers else None
        submit = functools.partial(client.submit, prepare_batch, corrections=corrections,
                                   answers=shared, pure=False)
        yield from _in_order(_batches(documents, batch_size), submit, as_completed(), limit)
    finally:
        client.close()
        if cluster is not None:
            cluster.close()
