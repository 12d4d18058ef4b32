"""Audit 22, the database server and the Dask cluster: a PostgreSQL server lost during
`ingest` (item 2); the dashboard with its server down (item 9); `ingest --scheduler` on a
cluster that cannot import placeline (item 10); a store in a PostgreSQL schema, named without
it (item 15); an ingest that never started, told as one that stopped (item 18)."""

from __future__ import annotations

import os
import signal
import socket
import subprocess
import sys
import threading
import time
from collections.abc import Iterator
from pathlib import Path

import psycopg
import pytest

from placeline import parallel
from placeline.errors import StoreLostError, StoreUnavailableError
from placeline.ingest_runs import runs
from placeline.present import RUN_BREAK
from placeline.store import open_store
from placeline.store_postgres import PostgresStore
from tests.test_audit19_pages import _unescaped
from tests.test_audit21_store import _news
from tests.test_audit_cli import ARTICLE, _main

# -- 2. the server lost during ingest ------------------------------------------------------


class _Server:
    """The connections the test's PostgreSQL stores open, which `cut` ends as a server's
    restart or failover ends them ("terminating connection due to administrator command",
    as a fast shutdown says to each); while `down`, none is opened."""

    def __init__(self, url: str) -> None:
        self.url, self.connections, self.down = url, [], False

    def cut(self, first: int = 0) -> None:
        """End the connections, and return once their server processes are gone (a
        terminated backend ends at its next check for interrupts, after the call returns:
        the client's next command could still reach it)."""
        with psycopg.connect(self.url, autocommit=True) as admin:
            ended = [conn._conn.info.backend_pid for conn in self.connections[first:]
                     if not conn._conn.closed]
            for pid in ended:
                admin.execute("SELECT pg_terminate_backend(%s)", (pid,))
            for _ in range(1000):
                if not admin.execute("SELECT 1 FROM pg_stat_activity WHERE pid = ANY(%s)",
                                     (ended,)).fetchone():
                    return
                time.sleep(0.01)
            raise AssertionError(f"server processes {ended} still there after 10 s")

    def cut_for_good_at(self, monkeypatch, count: int) -> None:
        """The server goes, and stays away, as the `count`th article is stored: inside the
        open transaction of its commit group (a loss between commands of the ingest's own,
        not at a moment of the machine's load)."""
        real, calls = PostgresStore.add_article, []

        def add_article(store, *args, **kwargs):
            calls.append(1)
            if len(calls) == count:
                self.cut()
                self.down = True
            return real(store, *args, **kwargs)

        monkeypatch.setattr(PostgresStore, "add_article", add_article)


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


def _groups_of_ten(monkeypatch) -> None:
    """The ingest commits its articles ten at a time, however long they take."""
    monkeypatch.setattr("placeline.pipeline.COMMIT_EVERY", 10)
    monkeypatch.setattr("placeline.pipeline.COMMIT_AFTER", 600.0)


def _cut_after(monkeypatch, count: int, cut) -> None:
    """`ingest` reads its documents, and the server goes after the first `count`."""
    from placeline import ingest

    real = ingest.read_paths

    def read_paths(paths, streams=None):
        for number, document in enumerate(real(paths, streams), start=1):
            if number == count + 1:
                cut()
            yield document

    monkeypatch.setattr(ingest, "read_paths", read_paths)


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


class _Ended:
    """A psycopg connection whose server has sent its last message: an error that ends the
    session ("terminating connection due to administrator command", 57P01), which libpq
    may hand over before it marks the connection closed."""

    def __init__(self, error: psycopg.Error) -> None:
        self.error, self.closed = error, False

    def execute(self, *args, **kwargs):
        raise self.error

    def close(self) -> None:
        self.closed = True


@pytest.mark.parametrize("error", [
    psycopg.errors.AdminShutdown("terminating connection due to administrator command"),
    psycopg.errors.ConnectionFailure("server closed the connection unexpectedly"),
])
def test_an_error_that_ends_the_session_is_a_loss_though_not_yet_closed(error):
    """It had been an ordinary error: the article being stored "failed", the ingest went on,
    a new connection took the next article, and an ingest that had lost its transaction's
    articles ended with exit 0 (a flaky test in a clean CI run, audit 22 item 2)."""
    from placeline.store_postgres import _Connection

    ended = _Ended(error)
    with pytest.raises(StoreLostError) as caught:
        _Connection(ended, "postgresql://db/news").execute("SELECT 1")
    assert str(caught.value).startswith(
        f"lost the connection to the database postgresql://db/news ({error}): ")
    assert ended.closed  # (for its store to connect anew)
    other = psycopg.errors.UniqueViolation("duplicate key")  # (the session goes on)
    with pytest.raises(psycopg.errors.UniqueViolation):
        _Connection(_Ended(other), "postgresql://db/news").execute("SELECT 1")


def test_a_loss_found_as_the_store_connects_again_is_told_as_a_loss(server, postgres_store_url):
    """A connection lost between commands is found closed as the next command asks for it;
    where the server is still away, that had been "Cannot open the database …", as if it
    had never opened."""
    store = PostgresStore(postgres_store_url)
    store.set_setting("k", "v")
    server.cut()
    server.down = True
    with pytest.raises(StoreLostError):  # (the command that meets the loss)
        store.setting("k")
    with pytest.raises(StoreLostError) as caught:  # (the next, which connects again)
        store.setting("k")
    assert str(caught.value).startswith(
        f"lost the connection to the database {store.location} (connecting again failed: "
        "connection failed: Connection refused): what was not committed is undone"), caught
    server.down = False
    assert store.setting("k") == "v"
    store.close()


def test_an_ingest_that_loses_its_server_stops_in_one_line_saying_what_it_stored(
        server, postgres_store_url, tmp_path, capsys, monkeypatch):
    """The audit: the server stopped mid-ingest, each later article "failed" in a traceback
    of its own (1,555 lines), exit 1, no count of what was stored. Articles go in commit
    groups of ten; the server goes for good as the 25th is stored: 20 are kept, the 5 of
    the open group are undone, and the ingest says so in one line, exit 2."""
    from placeline.store_postgres import location_of

    _groups_of_ten(monkeypatch)
    server.cut_for_good_at(monkeypatch, 25)
    code, out, err = _main(capsys, "ingest", str(_news(tmp_path, 40)), "--db",
                           postgres_store_url)
    assert code == 2 and out == "", err
    assert err.count("\n") == 1 and "Traceback" not in err, err
    assert err.startswith(f"error: lost the connection to the database "
                          f"{location_of(postgres_store_url)} ("), err
    assert "what was not committed is undone" in err
    assert err.endswith("the ingest stopped after storing 20 articles, and 5 documents it had "
                        "read were not stored; ingest the same input again to go on: the "
                        "articles stored are skipped\n"), err
    server.down = False
    store = PostgresStore(postgres_store_url)
    assert store.article_count() == 20
    store.close()
    code, out, err = _main(capsys, "ingest", str(tmp_path / "news"), "--db", postgres_store_url)
    assert code == 0 and "20 added, 20 already stored" in out, (out, err)


def test_the_ingest_page_says_its_run_lost_the_server_and_what_it_stored(
        server, postgres_store_url, tmp_path, monkeypatch, app_store):
    """The Ingest page's run, which goes on in a thread of its own: its report says the
    server was lost and how far it got, and the page then says the store cannot be reached
    (not Streamlit's "This app has encountered an error")."""
    from tests.test_apptest import _run

    _groups_of_ten(monkeypatch)
    app_store(postgres_store_url)
    folder = _news(tmp_path, 40)
    at = _run("pages/3_Ingest.py")
    server.cut_for_good_at(monkeypatch, 25)
    at.text_input(key="folder").set_value(str(folder)).run()
    next(button for button in at.button if button.label == "Ingest").click().run()
    assert not at.exception
    told = [_unescaped(element.value).replace(RUN_BREAK, "") for element in at.error]
    assert any("lost the connection to the database" in line
               and "stopped after storing 20 articles" in line for line in told), told
    assert [info.value for info in at.info][-1:] == [UNREACHABLE], told
    server.down = False
    at = _run("pages/3_Ingest.py")
    assert not at.exception
    assert any(c.value.startswith("The store holds 20 articles") for c in at.caption)


# -- 10. a cluster that cannot import placeline; 18. a run that never started --------------

# A machine of the cluster where placeline is not installed (a Python that cannot import it,
# whatever its folder and installed packages).
_NO_PLACELINE = """
import sys
class NoPlaceline:
    def find_spec(self, name, path=None, target=None):
        if name.split(".")[0] == "placeline":
            raise ModuleNotFoundError(f"No module named {name!r}", name=name)
sys.meta_path.insert(0, NoPlaceline())
from distributed.cli.dask_PART import main
main()
"""


def _free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


def _without_placeline(part: str, *args: str) -> subprocess.Popen:
    """`dask scheduler` or `dask worker` (part) on a machine without placeline."""
    return subprocess.Popen([sys.executable, "-c", _NO_PLACELINE.replace("PART", part), *args],
                            stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
                            start_new_session=True)


def _stop(process: subprocess.Popen) -> None:
    os.killpg(process.pid, signal.SIGTERM)
    process.wait(30)


def _workers_of(address: str, count: int) -> None:
    """Wait until the scheduler at `address` answers, with `count` workers."""
    from dask.distributed import Client

    with Client(address, timeout=30) as client:
        if count:
            client.wait_for_workers(count, timeout=60)


def _within(seconds: float, call):
    """What `call` returns, or a failure if it has not returned within `seconds` (it is left
    waiting in a thread of its own)."""
    import threading

    returned = []
    thread = threading.Thread(target=lambda: returned.append(call()), daemon=True)
    thread.start()
    thread.join(seconds)
    assert returned, f"still waiting after {seconds} s"
    return returned[0]


@pytest.fixture
def article(tmp_path) -> Path:
    path = tmp_path / "porto.txt"
    path.write_text(ARTICLE, encoding="utf-8")
    return path


def test_a_scheduler_that_cannot_import_placeline_is_told_in_one_line(tmp_path, capsys,
                                                                       article):
    """The audit: a 50-line traceback ending "RuntimeError: Error during deserialization of
    the task graph. This frequently occurs if the Scheduler and Client have different
    environments", exit 1, and a run "stopped after 0 of 1 documents" that every later
    ingest told."""
    port = _free_port()
    scheduler = _without_placeline("scheduler", "--host", "127.0.0.1", "--port", str(port),
                                   "--dashboard-address", ":0")
    try:
        address = f"tcp://127.0.0.1:{port}"
        _workers_of(address, 0)  # (its scheduler up)
        db = tmp_path / "news.db"
        code, out, err = _main(capsys, "ingest", str(article), "--db", str(db), "--scheduler",
                               address)
    finally:
        _stop(scheduler)
    assert code == 2 and out == "", err
    assert err == (f"error: the scheduler of the Dask cluster at {address} cannot run this "
                   "placeline (ModuleNotFoundError: No module named 'placeline'): install "
                   "placeline 0.1.0 there and on its workers, or use --workers N for a "
                   "cluster on this machine\n")
    assert runs(open_store(db)) == []  # (no run: nothing was read)


@pytest.fixture
def threads_scheduler():
    """A Dask scheduler in this process (it imports placeline), with no worker of its own."""
    from dask.distributed import LocalCluster

    with LocalCluster(n_workers=0, processes=False, protocol="tcp", host="127.0.0.1",
                      scheduler_port=0, dashboard_address=None) as cluster:
        yield cluster


def test_a_worker_that_cannot_import_placeline_is_told_before_any_work(
        threads_scheduler, tmp_path, capsys, article):
    """The audit: its one worker without placeline, `ingest` waited without a word (killed
    after 120 s; 12 minutes in another run, until a worker that had it joined)."""
    address = threads_scheduler.scheduler_address
    worker = _without_placeline("worker", address, "--no-nanny", "--nthreads", "1",
                                "--dashboard-address", ":0")
    try:
        _workers_of(address, 1)
        db = tmp_path / "news.db"
        code, out, err = _within(60, lambda: _main(capsys, "ingest", str(article), "--db",
                                                    str(db), "--scheduler", address))
    finally:
        _stop(worker)
    assert code == 2 and out == "", err
    assert err.startswith(f"error: 1 of the 1 workers of the Dask cluster at {address} cannot "
                          "run this placeline (tcp://"), err
    assert err.endswith(": ModuleNotFoundError: No module named 'placeline'): install "
                        "placeline 0.1.0 on each worker, or stop those; nothing was sent to "
                        "the cluster\n")
    assert len(err.splitlines()) == 1 and runs(open_store(db)) == []


def test_a_cluster_without_workers_is_said_to_wait_for_one(threads_scheduler, tmp_path,
                                                          capsys, article):
    """Its batches wait for a worker to join: said, where nothing had been."""
    joins = threading.Timer(2.0, threads_scheduler.scale, args=(1,))
    joins.start()
    code, out, err = _main(capsys, "ingest", str(article), "--db", str(tmp_path / "news.db"),
                           "--scheduler", threads_scheduler.scheduler_address)
    joins.join()
    assert code == 0 and out.startswith("1 added"), err
    assert err == (f"note: the Dask cluster at {threads_scheduler.scheduler_address} has no "
                   "workers yet: the ingest waits for one to join (`dask worker ADDRESS` on a "
                   "machine with this placeline)\n")


def test_an_unreachable_scheduler_leaves_no_run_to_tell(tmp_path, capsys, monkeypatch,
                                                        article):
    """The audit: "error: Cannot reach the Dask scheduler …", then every later ingest (and
    the map, Articles and Ingest pages, and every copy or backup of the store) told "The
    ingest of leeds.txt … stopped after 0 of 1 documents read (it failed: Cannot reach the
    Dask scheduler …). Ingest the same input again to finish it". Nothing was read: no run
    is recorded."""
    monkeypatch.setattr(parallel, "CONNECT_TIMEOUT", 1)
    db = tmp_path / "news.db"
    address = f"tcp://127.0.0.1:{_free_port()}"
    code, _, err = _main(capsys, "ingest", str(article), "--db", str(db), "--scheduler",
                         address)
    assert code == 2 and err.startswith(f"error: Cannot reach the Dask scheduler at {address}")
    assert runs(open_store(db)) == []
    other = tmp_path / "other.txt"
    other.write_text(ARTICLE.replace("Porto Alegre", "Canoas"), encoding="utf-8")
    code, out, err = _main(capsys, "ingest", str(other), "--db", str(db))
    assert code == 0 and out.startswith("1 added") and err == ""


_PREPARE_BATCH = parallel.prepare_batch


def _dying(documents, *args, **kwargs):
    """`prepare_batch`, on a worker killed under the batch holding story066.txt (a task
    sent by reference: the cluster's workers are this process's threads)."""
    from types import SimpleNamespace

    from dask.distributed import KilledWorker

    if any(document.source.endswith("story066.txt") for document in documents):
        raise KilledWorker("prepare_batch-2", SimpleNamespace(address="tcp://w2"), 3)
    return _PREPARE_BATCH(documents, *args, **kwargs)


def test_a_batch_the_cluster_fails_on_stops_the_ingest_in_one_line(
        threads_scheduler, tmp_path, capsys, monkeypatch):
    """A worker killed under a batch (out of memory, its machine gone) had ended the ingest
    in Dask's traceback; now in one line with what was stored, and the same command goes
    on."""
    news = _news(tmp_path, 70)  # (two batches: 64 documents, then 6)
    monkeypatch.setattr(parallel, "prepare_batch", _dying)
    threads_scheduler.scale(1)
    address = threads_scheduler.scheduler_address
    db = tmp_path / "news.db"
    code, out, err = _main(capsys, "ingest", str(news), "--db", str(db), "--scheduler", address)
    assert code == 2 and out == "", err
    assert err == (f"error: the Dask cluster at {address} failed on a batch of documents "
                   "(KilledWorker: Attempted to run task 'prepare_batch-2' on 4 different "
                   "workers, but all those workers died while running it. The last worker that "
                   "attempt to run the task was tcp://w2. Inspecting worker logs is often a "
                   "good next step to diagnose what went wrong. For more information see "
                   "https://distributed.dask.org/en/stable/killed.html.) — the ingest stopped "
                   "after storing 64 articles; ingest the same input again to go on: the "
                   "articles stored are skipped\n")
    monkeypatch.undo()
    code, out, err = _main(capsys, "ingest", str(news), "--db", str(db), "--scheduler", address)
    assert code == 0 and out.startswith("6 added, 64 already stored"), err


# -- 15. a store in a PostgreSQL schema ----------------------------------------------------


@pytest.mark.parametrize(("url", "location"), [
    ("postgresql://pl:s3cret@db.example:5432/news?options=-csearch_path%3Dnewsroom",
     "postgresql://pl@db.example:5432/news?options=-csearch_path%3Dnewsroom"),
    ("postgresql://pl@db.example/news?sslmode=require&password=s3cret&application_name=a%20b",
     "postgresql://pl@db.example/news?sslmode=require&application_name=a%20b"),
    ("postgresql://pl@/news?host=/run/postgresql", "postgresql://pl@/news?host=/run/postgresql"),
    ("postgresql://[::1]:5433/news", "postgresql://[::1]:5433/news"),
    ("postgres://h1:5432,h2:5433/news?password=s3cret", "postgres://h1:5432,h2:5433/news"),
    ("postgresql://p%40l:s3%40cret@db.example/news", "postgresql://p%40l@db.example/news"),
])
def test_a_servers_location_is_its_url_but_its_password(url, location):
    """The audit: `?options=-csearch_path%3Dnews`, the README's way to keep a store in
    schema news, was dropped from every message and command, so two stores of one database
    (public and news) were named alike. A socket's folder had been read as a path
    ("postgresql://pl@/run/postgresql/news"), an IPv6 address without its brackets: the URL
    is kept as it was written, but its password."""
    from placeline.store_postgres import location_of

    assert location_of(url) == location
    assert "s3cret" not in location_of(url)


@pytest.fixture
def schema_store(postgres_url, tmp_path, geoparser) -> Iterator[str]:
    """A database of its own holding two stores: one of a single article in its public
    schema, and one of two articles in schema news, which an older gazetteer index placed
    (v44, as after an upgrade)."""
    import uuid

    from placeline.bootstrap import GAZETTEER_SETTING
    from placeline.ingest import read_paths
    from placeline.pipeline import Pipeline

    name = f"audit22_{uuid.uuid4().hex[:10]}"
    with psycopg.connect(postgres_url, autocommit=True) as admin:
        admin.execute(f"CREATE DATABASE {name}")
    database = postgres_url.rsplit("/", 1)[0] + f"/{name}"
    news = sorted(_news(tmp_path, 3).iterdir())
    for url, files in ((database, news[:1]), (f"{database}?options=-csearch_path%3Dnews",
                                              news[1:])):
        store = PostgresStore(url)
        Pipeline(store, geoparser).ingest(read_paths(files))
        store.close()
    store = PostgresStore(f"{database}?options=-csearch_path%3Dnews")
    store.set_setting(GAZETTEER_SETTING, "44")
    store.close()
    yield f"{database}?options=-csearch_path%3Dnews"
    with psycopg.connect(postgres_url, autocommit=True) as admin:
        admin.execute(f"DROP DATABASE {name} WITH (FORCE)")


def test_a_store_in_a_schema_is_named_with_it_and_its_command_readies_it(
        schema_store, capsys):
    """The audit: "note: The articles of postgresql://placeline@127.0.0.1:8691/r14 were
    placed by an older gazetteer index (v44; …) `python -m placeline setup --db
    postgresql://placeline@127.0.0.1:8691/r14` places them all again", which, run as
    printed, readied the public schema's store and left the note; every page showed it."""
    import shlex

    from placeline.bootstrap import GAZETTEER_SETTING
    from placeline.gazetteer_build import INDEX_VERSION

    code, out, err = _main(capsys, "export", "--format", "csv", "--db", schema_store,
                           "--out", "-")
    assert code == 0
    (command,) = [part for part in err.split("`") if part.startswith("python -m placeline")]
    assert f"The articles of {schema_store} were placed by an older" in err
    assert command == f"python -m placeline setup --db '{schema_store}'"
    code, out, err = _main(capsys, *shlex.split(command)[3:])  # (run as printed)
    assert code == 0 and out.splitlines()[-1].endswith(f"in {schema_store}"), out
    store = PostgresStore(schema_store)
    assert store.setting(GAZETTEER_SETTING) == INDEX_VERSION and store.article_count() == 2
    public = PostgresStore(schema_store.split("?")[0])  # (the other store, as it was)
    assert public.article_count() == 1 and public.location != store.location
    public.close()
    code, _, err = _main(capsys, "export", "--format", "csv", "--db", schema_store,
                         "--out", "-")
    assert code == 0 and "note:" not in err
    store.close()


def test_the_commands_given_for_an_empty_store_in_a_schema_keep_it(postgres_store_url, capsys,
                                                                   app_store):
    """`setup` and the pages' notice of an empty store give `ingest PATH --db URL`: its
    settings kept, and quoted for the shell (a URL's "?" and "&")."""
    from tests.test_apptest import _run

    code, out, _ = _main(capsys, "setup", "--db", postgres_store_url)
    assert code == 0
    assert f"`python -m placeline ingest PATH --db '{postgres_store_url}'`" in out
    app_store(postgres_store_url)
    at = _run("dashboard.py")
    assert not at.exception
    assert any(f"`python -m placeline ingest PATH --db '{postgres_store_url}'`" in info.value
               for info in at.info), [info.value for info in at.info]


# -- 9. the dashboard with its PostgreSQL server down --------------------------------------


@pytest.fixture
def own_database(postgres_url) -> Iterator[tuple[str, str]]:
    """A database of its own on the test server: (its URL, its name), dropped afterwards."""
    import uuid

    name = f"audit22_{uuid.uuid4().hex[:10]}"
    with psycopg.connect(postgres_url, autocommit=True) as admin:
        admin.execute(f"CREATE DATABASE {name}")
    yield postgres_url.rsplit("/", 1)[0] + f"/{name}", name
    with psycopg.connect(postgres_url, autocommit=True) as admin:
        admin.execute(f"ALTER DATABASE {name} WITH ALLOW_CONNECTIONS true")
        admin.execute(f"DROP DATABASE {name} WITH (FORCE)")


def _reachable(server_url: str, name: str, reachable: bool) -> None:
    """The database `name` refused to every connection, those open ended (as a server
    stopped does to them), or open again."""
    with psycopg.connect(server_url, autocommit=True) as admin:
        admin.execute(f"ALTER DATABASE {name} WITH ALLOW_CONNECTIONS {str(reachable).lower()}")
        if not reachable:
            admin.execute("SELECT pg_terminate_backend(pid) FROM pg_stat_activity"
                          " WHERE datname = %s", (name,))


UNREACHABLE = ("The store is on a database server this dashboard cannot reach now (stopped, "
               "restarting, or the network between): nothing stored is lost. Reload this page "
               "once the server answers.")
PAGES = ["dashboard.py", "pages/1_Articles.py", "pages/2_Places.py", "pages/3_Ingest.py"]


def test_the_pages_say_the_database_server_cannot_be_reached(
        postgres_url, own_database, tmp_path, geoparser, app_store):
    """The audit: with the server stopped, every page was Streamlit's "This app has
    encountered an error. The original error message is redacted…", with its Streamlit
    Cloud hint, placeline's own line ("Cannot open the database …: Connection refused") in
    the log only. Each page now says it, and that nothing stored is lost; once the server
    answers, the pages are back."""
    from placeline.ingest import read_paths
    from placeline.pipeline import Pipeline
    from tests.test_apptest import _run

    url, name = own_database
    store = PostgresStore(url)
    Pipeline(store, geoparser).ingest(read_paths([_news(tmp_path, 3)]))
    store.close()
    app_store(url)
    assert not _run("dashboard.py").exception
    _reachable(postgres_url, name, False)
    for page in PAGES:
        at = _run(page)
        assert not at.exception, page
        (error,) = [_unescaped(error.value).replace(RUN_BREAK, "")  # (no link made of it)
                    for error in at.error]
        assert error.startswith(f"Cannot open the database {url}: connection failed: "), error
        assert error.endswith(f'FATAL: database "{name}" is not currently accepting '
                              "connections.")  # (one line: libpq's two spaces, one)
        assert [info.value for info in at.info] == [UNREACHABLE]
    _reachable(postgres_url, name, True)
    for page in PAGES:
        at = _run(page)
        assert not at.exception and not at.error, page
    assert "3 articles" in "".join(caption.value for caption in _run("dashboard.py").caption)


