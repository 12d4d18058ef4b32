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
import logging
import os
from collections.abc import Callable, Iterable, Iterator

import placeline
from placeline.errors import (
    ClusterError,
    InputError,
    PlacelineError,
    SchedulerUnavailableError,
)
from placeline.geocode import KnownAnswers
from placeline.geoparse import Correction, Geoparser
from placeline.ingest import RawDocument
from placeline.pipeline import Prepared, prepare

log = logging.getLogger(__name__)
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
              cluster: str = "the Dask cluster") -> Iterator[Prepared | InputError]:
    """The results of the batches in the order they were read, from `limit` batches at work
    at once (`running`: Dask's `as_completed`), however they finish: a batch that ends early
    waits for those before it, with at most `limit` more behind the one awaited, so memory
    stays bounded. In the order they finished, an append-only feed's first filing of a story
    (line 1, in a batch of long rows) had been stored after its update (line 65, in a batch
    of short ones) and replaced it, and every later run called the update "already stored"
    (an audit): a text read later is the newer version (`placeline.versions`)."""
    position: dict = {}  # future → its batch's place in the input
    finished: dict = {}  # a batch's place → its future, done
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
    try:
        for future in running:  # (a batch that failed is told in its turn: those before
            finished[position.pop(future)] = future  # it are stored)
            while given in finished:
                done = finished.pop(given)
                results = _result(done, cluster)
                done.release()
                yield from results
                given += 1
            more()
    finally:  # (stopped early: the results waiting let go)
        for future in finished.values():
            future.release()


def _result(future, cluster: str) -> list[Prepared | InputError]:
    """A batch's results, or the cluster's failure on it in one line (a worker killed, the
    scheduler lost): `prepare` keeps a document's own failure to its document."""
    try:
        return future.result()
    except PlacelineError:
        raise
    except Exception as exc:
        log.debug("the Dask cluster failed on a batch", exc_info=True)
        raise ClusterError(f"{cluster} failed on a batch of documents ({_said(exc)})") \
            from exc


def _connect(scheduler: str):
    """A client of the scheduler at this address, or an error saying it cannot be reached."""
    from dask.distributed import Client

    try:
        return Client(scheduler, timeout=CONNECT_TIMEOUT)
    except (OSError, ValueError) as exc:  # refused, timed out, unknown host, bad address
        raise SchedulerUnavailableError(scheduler, str(exc) or type(exc).__name__) from exc


# Evaluated on the cluster's scheduler and workers by Python's own `eval`, which any Python
# unpickles, where a function of placeline's needs placeline there to be unpickled at all.
_PLACELINE_THERE = "__import__('placeline.parallel').__version__"
NAMED_UNFIT = 3  # workers named in the error that says some cannot run placeline


def _said(answer: object) -> str:
    """What a scheduler or worker answered `_PLACELINE_THERE`, in words."""
    if isinstance(answer, BaseException):
        return f"{type(answer).__name__}: {answer}" if str(answer) else type(answer).__name__
    return f"it runs placeline {answer}"


def check_cluster(client, cluster: str) -> int:
    """The number of the cluster's workers, once its scheduler and each of them imports this
    placeline (`ClusterError` if one does not). A scheduler without it had failed on the
    first batch in a 50-line traceback ("Error during deserialization of the task graph"),
    and a worker without it had left the ingest waiting without a word until another joined
    (12 minutes: audit 22)."""
    mine = placeline.__version__
    try:
        theirs: object = client.run_on_scheduler(eval, _PLACELINE_THERE)
    except Exception as exc:  # noqa: BLE001 — whatever it raised there is its answer
        theirs = exc
    if theirs != mine:
        raise ClusterError(f"the scheduler of {cluster} cannot run this placeline "
                           f"({_said(theirs)}): install placeline {mine} there and on its "
                           "workers, or use --workers N for a cluster on this machine")
    answers = client.run(eval, _PLACELINE_THERE, on_error="return")
    unfit = [(worker, answer) for worker, answer in sorted(answers.items()) if answer != mine]
    if unfit:
        named = "; ".join(f"{worker}: {_said(answer)}" for worker, answer in unfit[:NAMED_UNFIT])
        more = f"; and {len(unfit) - NAMED_UNFIT} more" if len(unfit) > NAMED_UNFIT else ""
        raise ClusterError(f"{len(unfit)} of the {len(answers)} workers of {cluster} cannot "
                           f"run this placeline ({named}{more}): install placeline {mine} on "
                           "each worker, or stop those; nothing was sent to the cluster")
    return len(answers)


class DaskPrepared:
    """Prepared articles, in the order of `documents`, from a local or remote Dask cluster,
    reached (and checked: `check_cluster`) when made, so that a cluster that cannot be used
    is told before the ingest starts, or records a run: an unreachable scheduler had left a
    run "stopped after 0 of 1 documents read" told by every later ingest and page (audit
    22). With `answers` (`geocode.known_answers(store)`), workers place the names an online
    run placed as the serial ingest does, from a copy each worker is sent once, not with
    every batch. Iterated once; `close` lets the cluster go (iterating to the end does)."""

    def __init__(self, documents: Iterable[RawDocument | InputError],
                 corrections: list[Correction], scheduler: str | None = None,
                 workers: int | None = None, batch_size: int = 64,
                 in_flight: int | None = None, answers: KnownAnswers | None = None) -> None:
        from dask.distributed import Client, LocalCluster

        if workers is not None and workers < 0:  # LocalCluster would wait for them forever
            raise ValueError(f"workers is a number of processes (0: one per core), not "
                             f"{workers}")
        self._documents, self._corrections = documents, corrections
        self._batch_size, self._in_flight, self._answers = batch_size, in_flight, answers
        self._cluster = None
        if scheduler:
            self.name, self._client = f"the Dask cluster at {scheduler}", _connect(scheduler)
        else:
            self.name = "the local Dask cluster"
            # (Dask's warnings not shown: closed under an ingest's error, it had warned of
            # each task it "lost" under the ingest's one line)
            self._cluster = LocalCluster(n_workers=workers or os.cpu_count() or 1,
                                         threads_per_worker=1, processes=True,
                                         dashboard_address=None, silence_logs=logging.ERROR)
            self._client = Client(self._cluster)
        try:
            self.workers = check_cluster(self._client, self.name)
        except BaseException:
            self.close()
            raise

    def __iter__(self) -> Iterator[Prepared | InputError]:
        from dask.distributed import as_completed

        client = self._client
        try:
            limit = self._in_flight or 2 * max(1, len(client.scheduler_info()["workers"]))
            shared = client.scatter(self._answers, broadcast=True, hash=False) \
                if self._answers else None
            submit = functools.partial(client.submit, prepare_batch,
                                       corrections=self._corrections, answers=shared,
                                       pure=False)
            yield from _in_order(_batches(self._documents, self._batch_size), submit,
                                 as_completed(), limit, self.name)
        finally:
            self.close()

    def close(self) -> None:
        """The client closed, and the local cluster this started."""
        self._client.close()
        if self._cluster is not None:
            self._cluster.close()
            self._cluster = None


def prepared_with_dask(documents: Iterable[RawDocument | InputError],
                       corrections: list[Correction], scheduler: str | None = None,
                       workers: int | None = None, batch_size: int = 64,
                       in_flight: int | None = None, answers: KnownAnswers | None = None,
                       ) -> DaskPrepared:
    """`DaskPrepared`: the cluster reached and checked now, its work done as it is read."""
    return DaskPrepared(documents, corrections, scheduler, workers, batch_size, in_flight,
                        answers)
