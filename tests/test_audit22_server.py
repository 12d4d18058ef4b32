"""Audit 22, the database server and the Dask cluster: a PostgreSQL server lost during
`ingest` (item 2)."""

from __future__ import annotations

from pathlib import Path

import psycopg
import pytest

from placeline.errors import StoreLostError, StoreUnavailableError
from placeline.ingest_runs import unfinished
from placeline.store_postgres import PostgresStore
from tests.test_audit_cli import _main

TOWNS = ["Leeds", "York", "Hull", "Bradford", "Sheffield", "Wakefield", "Harrogate", "Ripon"]


def _news(folder: Path, count: int) -> Path:
    """`count` articles of the user's own, one a file."""
    news = folder / "news"
    news.mkdir()
    for i in range(count):
        town, other = TOWNS[i % len(TOWNS)], TOWNS[(i + 3) % len(TOWNS)]
        body = f"Officials in {town} said on Monday that repairs near {other} go on. " * 8
        (news / f"story{i:03}.txt").write_text(f"Report {i} from {town}\n\n5 March 2024\n\n"
                                               f"Item {i}. {body}", encoding="utf-8")
    return news


# -- 2. the server lost during ingest ------------------------------------------------------


class _Server:
    """The connections the test's PostgreSQL stores open, which `cut` ends as a server's
    restart or failover ends them ("terminating connection due to administrator command",
    as a fast shutdown says to each); while `down`, none is opened."""

    def __init__(self, url: str) -> None:
        self.url, self.connections, self.down = url, [], False

    def cut(self, first: int = 0) -> None:
        with psycopg.connect(self.url, autocommit=True) as admin:
            for conn in self.connections[first:]:
                if not conn._conn.closed:
                    admin.execute("SELECT pg_terminate_backend(%s)",
                                  (conn._conn.info.backend_pid,))


@pytest.fixture
def server(postgres_url, monkeypatch) -> _Server:
    found, real = _Server(postgres_url), PostgresStore._connect

    def connect(self):
        if found.down:
            raise StoreUnavailableError(self.location, "connection failed: Connection refused")
        found.connections.append(real(self))
        return found.connections[-1]

    monkeypatch.setattr(PostgresStore, "_connect", connect)
    return found


def _cut_after(monkeypatch, count: int, cut) -> None:
    """`ingest` reads its documents, and the server goes after the first `count`."""
    from placeline import ingest

    real = ingest.read_paths

    def read_paths(paths):
        for number, document in enumerate(real(paths), start=1):
            if number == count + 1:
                cut()
            yield document

    monkeypatch.setattr(ingest, "read_paths", read_paths)


def test_an_ingest_that_loses_its_server_stops_in_one_line_saying_what_it_stored(
        server, postgres_store_url, tmp_path, monkeypatch, capsys):
    """The audit: the server stopped 5 s into an 800-row ingest, 1,555 lines of tracebacks,
    every later article "failed on …", "could not record the end of ingest run", exit 1
    ("none could be read") and no count. Now one line, as for a full disk: exit 2, the
    articles stored counted, those of the group the server undid said not stored, and the
    same command again goes on."""
    news = _news(tmp_path, 60)
    PostgresStore(postgres_store_url).close()
    location = PostgresStore(postgres_store_url).location
    monkeypatch.setattr("placeline.pipeline.COMMIT_EVERY", 10)  # (groups of 10 articles)
    _cut_after(monkeypatch, 25, server.cut)
    code, out, err = _main(capsys, "ingest", str(news), "--db", postgres_store_url)
    assert code == 2 and out == "" and len(err.splitlines()) == 1, err
    assert err == (f"error: lost the connection to the database {location} (terminating "
                   "connection due to administrator command): what was not committed is "
                   "undone; try again once the server answers — the ingest stopped after "
                   "storing 20 articles, and 6 documents it had read were not stored; ingest "
                   "the same input again to go on: the articles stored are skipped\n")
    store = PostgresStore(postgres_store_url)
    assert store.article_count() == 20
    [run] = unfinished(store)  # (its end recorded on a new connection, the server back)
    assert (run["state"], run["read"], run["added"], run["unstored"]) == ("failed", 26, 20, 6)
    monkeypatch.undo()
    code, out, err = _main(capsys, "ingest", str(news), "--db", postgres_store_url)
    assert code == 0 and out.startswith("40 added, 20 already stored"), out
    assert err.startswith(f"note: going on with the ingest of {news} that stopped after 26 of "
                          "60 documents read, 6 of them not stored"), err


def test_a_lost_connection_is_one_error_and_the_store_connects_again(
        server, postgres_store_url):
    """Its transaction's ROLLBACK on the closed connection had raised again ("Exception
    ignored in: <generator object Store.transaction>"); the next command of the same
    thread (a page's, the run's record) connects anew."""
    store = PostgresStore(postgres_store_url)
    with pytest.raises(StoreLostError) as caught, store.transaction() as tx:
        tx.execute("INSERT INTO meta VALUES ('k', 'v')")
        server.cut()
        tx.execute("INSERT INTO meta VALUES ('k2', 'v')")
    assert isinstance(caught.value.__cause__, psycopg.OperationalError)
    assert caught.value.__context__ is caught.value.__cause__  # (nothing raised meanwhile)
    assert store.setting("k") is None  # (undone by the server)
    store.set_setting("k", "again")
    assert store.setting("k") == "again"
    store.close()


def test_the_ingest_pages_run_that_loses_its_server_says_so(
        server, postgres_store_url, tmp_path, monkeypatch, geoparser):
    """The Ingest page's run in its thread ends with the same line, which the page shows.
    Its record, which the server gone cannot take, had stayed "running": the page told it
    as under way, and followed it, until the dashboard was restarted."""
    from placeline.ingest import read_paths
    from placeline.ingest_runs import BackgroundIngest, path_record, running, stopped_note
    from placeline.pipeline import IngestFailed, Pipeline

    news = _news(tmp_path, 30)
    store = PostgresStore(postgres_store_url)
    monkeypatch.setattr("placeline.pipeline.COMMIT_EVERY", 10)
    mine = len(server.connections)  # (this thread's; the run's thread opens its own)

    def documents():
        for number, document in enumerate(read_paths([news]), start=1):
            if number == 16:
                server.cut(mine)
                server.down = True  # (until the run has ended)
            yield document

    job = BackgroundIngest(Pipeline(store, geoparser), documents(),
                           path_record(store, [news], "page")).start()
    assert job.done.wait(60)
    server.down = False
    assert isinstance(job.error, IngestFailed), job.error
    assert str(job.error).startswith("lost the connection to the database")
    assert "the ingest stopped after storing 10 articles, and 6 documents" in str(job.error)
    assert store.article_count() == 10
    assert running(store) == []
    [run] = unfinished(store)
    assert (run["state"], run["read"], run["added"], run["unstored"]) == ("failed", 16, 10, 6)
    assert "stopped after 16 of 30 documents read, 6 of them not stored (it failed: lost " \
        "the connection to the database" in stopped_note(run)
    store.close()
