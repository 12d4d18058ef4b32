"""Audit 24, part 2: a store on a full disk opens read-only, its -shm unmade (item 1); the
dashboard reads a store whose bookkeeping write the full disk refuses (item 2); a PostgreSQL
role that may only read, or a read-only transaction, opens the store read-only, and a refusal
is not called an unreachable server (item 3)."""

from __future__ import annotations

import shutil
import sqlite3
import subprocess
import sys
from pathlib import Path

import psycopg
import pytest

from placeline.bootstrap import HELD_SETTING, ensure_ready
from placeline.cli import main
from placeline.errors import PlacelineError, StoreReadOnlyError, StoreWriteError
from placeline.store import SQLiteStore, open_store
from tests.conftest import ROOT
from tests.test_apptest import _run
from tests.test_audit21_store import _limited, _unescaped
from tests.test_audit_cli import _main, seeds_db  # noqa: F401 — the fixture

FULL = "the disk holding it is full: free space on it, then try again"


def _wal_store(seeds_db: Path, folder: Path) -> Path:  # noqa: F811
    """A copy of the seeds store in WAL mode, closed cleanly: no -wal, no -shm beside it."""
    (folder / "disk").mkdir()
    db = folder / "disk" / "news.db"
    shutil.copy(seeds_db, db)
    open_store(db).close()
    assert sorted(p.name for p in db.parent.iterdir()) == ["news.db"]
    return db


def _count(db: Path) -> int:
    """How many articles the store holds, closed after (no -shm left beside it)."""
    store = open_store(db)
    try:
        return store.article_count()
    finally:
        store.close()


def _shm_refused(monkeypatch, db: Path) -> None:
    """A full disk under `db`: making its -shm is refused as SQLite refuses it there
    (SQLITE_IOERR_SHMSIZE, 4874, where the audit's tmpfs was full); immutable needs none."""
    real = SQLiteStore._connect

    def connect(self):
        if Path(self.path) == db and "immutable=1" not in self._read_only_uri:
            error = sqlite3.OperationalError("disk I/O error")
            error.sqlite_errorcode = 4874  # (SQLITE_IOERR_SHMSIZE)
            raise error
        return real(self)

    monkeypatch.setattr(SQLiteStore, "_connect", connect)
    monkeypatch.setattr("placeline.store._no_space", lambda path: True)
    # (the dashboard's test of its disk, a write of its own: the disk is still full)
    monkeypatch.setattr(SQLiteStore, "writable_again", lambda self: False)


# -- 1. a full disk: the store opens read-only, as immutable where no -wal holds commits -----


def test_a_store_whose_shm_the_disk_cannot_size_is_read_by_dates(seeds_db, tmp_path):  # noqa: F811
    """The audit's `dates` on a full disk: exit 2, "it cannot be opened". A child process that
    may write no file past 16 KB cannot size the -shm (32 KB) a read-only open of a WAL
    store makes, as a full disk could not: it reads the store."""
    db = _wal_store(seeds_db, tmp_path)
    count = _count(db)
    done = subprocess.run([sys.executable, "-m", "placeline", "dates", "--db", str(db)],
                          check=False, cwd=ROOT, capture_output=True, text=True,
                          preexec_fn=_limited(16384), timeout=120)
    assert done.returncode == 0, done.stderr
    assert len(done.stdout.splitlines()) == count + 1  # (its header, then each article)


def test_a_store_on_a_full_disk_opens_read_only_and_is_exported_and_backed_up(
        seeds_db, tmp_path, monkeypatch, capsys):  # noqa: F811
    """The audit: `dates`, `export` and `backup` each "cannot be opened: the disk holding it
    is full". Each reads it, and what would change it is refused as read-only."""
    db = _wal_store(seeds_db, tmp_path)
    count = _count(db)
    _shm_refused(monkeypatch, db)
    store = open_store(db)
    assert store.read_only == FULL and store.article_count() == count
    with pytest.raises(StoreReadOnlyError):
        store.set_setting("x", "1")
    store.close()
    code, _, err = _main(capsys, "export", "--format", "csv", "--db", str(db), "--out",
                           str(tmp_path / "x.csv"))
    assert code == 0, err
    code, _, err = _main(capsys, "backup", "--db", str(db), str(tmp_path / "b.db"))
    assert code == 0, err
    monkeypatch.undo()
    assert open_store(tmp_path / "b.db").article_count() == count


def test_a_full_disks_store_whose_log_holds_commits_says_why_it_cannot_be_read(
        tmp_path, monkeypatch):
    """Immutable reads the .db alone: a -wal holding commits (a crash left it, no -shm) would
    be read as if it were not there. That is said, not a stale store shown."""
    db = tmp_path / "news.db"
    open_store(db).close()
    writer = sqlite3.connect(db)
    writer.execute("PRAGMA wal_autocheckpoint = 0")
    writer.execute("INSERT INTO meta VALUES ('late', '1')")
    writer.commit()
    crashed = tmp_path / "crashed"
    crashed.mkdir()
    shutil.copy(db, crashed / "news.db")  # (as a crash leaves it: the log, no -shm)
    shutil.copy(tmp_path / "news.db-wal", crashed / "news.db-wal")
    writer.close()
    _shm_refused(monkeypatch, crashed / "news.db")
    with pytest.raises(StoreWriteError) as caught:
        open_store(crashed / "news.db")
    assert str(caught.value) == (
        f"cannot write the store {crashed / 'news.db'}: it cannot be opened: {FULL}; its log "
        f"{crashed / 'news.db-wal'} holds commits not yet in the database file, which reading"
        " it without writing would miss: free space on its disk (or make it writable), then "
        "try again")


def _shows_the_map_read_only(at) -> None:
    """The dashboard's page ran: no error, the read-only note saying the disk is full, and
    the map's table of places."""
    assert not at.exception and not at.error, [e.value for e in at.error]
    assert any(_unescaped(info.value).startswith(f"This store is read-only: {FULL}")
               for info in at.info), [info.value for info in at.info]
    assert any(m.value.startswith("| place |") for m in at.markdown)


def test_the_dashboard_on_a_full_disks_store_shows_the_map_and_the_read_only_note(
        seeds_db, tmp_path, monkeypatch, app_store):  # noqa: F811
    """The audit: every page showed only "it cannot be opened: the disk holding it is full"."""
    db = _wal_store(seeds_db, tmp_path)
    _shm_refused(monkeypatch, db)
    app_store(db)
    _shows_the_map_read_only(_run("dashboard.py"))


# -- 2. a store the full disk stopped mid-ingest: read, its bookkeeping write refused ---------


def _writes_refused(monkeypatch, db: Path) -> None:
    """Every write to `db` after it opened is refused as a full disk refuses it (SQLITE_FULL):
    the audit's store, whose ingest the full disk stopped, opened writable (its -wal and -shm
    there already), and the first write with a page to add failed."""
    real = SQLiteStore._begin_write

    def begin(self, conn):
        if Path(self.path) == db:
            error = sqlite3.OperationalError("database or disk is full")
            error.sqlite_errorcode = sqlite3.SQLITE_FULL
            raise error
        real(self, conn)

    monkeypatch.setattr(SQLiteStore, "_begin_write", begin)


def _made_by_ingest(seeds_db: Path, folder: Path) -> Path:  # noqa: F811
    """A store that lacks `has_held_articles`, as every one `ingest` alone made does."""
    db = _wal_store(seeds_db, folder)
    store = open_store(db)
    store.remove_setting(HELD_SETTING)
    store.close()
    return db


def test_a_store_whose_bookkeeping_write_the_disk_refuses_is_read(
        seeds_db, tmp_path, monkeypatch):  # noqa: F811
    """ensure_ready's write of has_held_articles had ended in StoreWriteError."""
    db = _made_by_ingest(seeds_db, tmp_path)
    _writes_refused(monkeypatch, db)
    store = ensure_ready(db, log=lambda message: None)
    assert store.read_only == FULL and store.article_count() > 0
    with pytest.raises(StoreReadOnlyError):
        store.set_setting("x", "1")
    store.close()
    monkeypatch.undo()
    store = ensure_ready(db, log=lambda message: None)  # (space freed: it is written)
    assert not store.read_only and store.setting(HELD_SETTING) == "1"
    store.close()


def test_the_dashboard_on_a_store_the_full_disk_stopped_shows_the_map(
        seeds_db, tmp_path, monkeypatch, app_store):  # noqa: F811
    """The audit: every page showed only "cannot write the store …: the disk holding it is
    full", no map, no read-only note."""
    db = _made_by_ingest(seeds_db, tmp_path)
    _writes_refused(monkeypatch, db)
    app_store(db)
    _shows_the_map_read_only(_run("dashboard.py"))


# -- 3. PostgreSQL: a SELECT-only role, a read-only transaction ------------------------------


@pytest.fixture
def viewer_url(postgres_url, postgres_store_url, seeds_db):  # noqa: F811
    """A store in its own schema holding the seeds' articles, and a URL to it as a role that
    may only read it (USAGE on the schema, SELECT on its tables)."""
    assert main(["copy", "--db", str(seeds_db), postgres_store_url]) == 0
    schema = postgres_store_url.rpartition("search_path%3D")[2]
    with psycopg.connect(postgres_url, autocommit=True) as admin:
        admin.execute("DROP ROLE IF EXISTS viewer24")
        admin.execute("CREATE ROLE viewer24 LOGIN")
        admin.execute(f"GRANT USAGE ON SCHEMA {schema} TO viewer24")
        admin.execute(f"GRANT SELECT ON ALL TABLES IN SCHEMA {schema} TO viewer24")
    scheme, _, rest = postgres_url.partition("://")
    host = rest.rpartition("@")[2]
    yield f"{scheme}://viewer24@{host}{postgres_store_url[len(postgres_url):]}"
    with psycopg.connect(postgres_url, autocommit=True) as admin:
        admin.execute(f"REVOKE ALL ON ALL TABLES IN SCHEMA {schema} FROM viewer24")
        admin.execute(f"REVOKE ALL ON SCHEMA {schema} FROM viewer24")
        admin.execute("DROP ROLE viewer24")


def test_a_role_that_may_only_read_opens_the_store_read_only(viewer_url, capsys, tmp_path):
    """The audit: "permission denied for schema s1 … CREATE TABLE IF NOT EXISTS", exit 2."""
    from placeline.store_postgres import PostgresStore

    store = PostgresStore(viewer_url)
    assert store.read_only.startswith("the role it connects as may read it, not write it: "
                                      "permission denied"), store.read_only
    assert store.article_count() > 0
    with pytest.raises(StoreReadOnlyError):
        store.set_setting("x", "1")
    store.close()
    code, out, err = _main(capsys, "dates", "--db", viewer_url)
    assert code == 0 and len(out.splitlines()) > 1, err
    code, _, err = _main(capsys, "copy", "--db", viewer_url, str(tmp_path / "c.db"))
    assert code == 0, err
    assert _count(tmp_path / "c.db") == len(out.splitlines()) - 1


def test_a_read_only_transaction_opens_the_store_read_only(postgres_store_url, seeds_db):  # noqa: F811
    """The audit's hot standby (default_transaction_read_only): "cannot execute CREATE TABLE
    in a read-only transaction"."""
    from placeline.store_postgres import PostgresStore

    assert main(["copy", "--db", str(seeds_db), postgres_store_url]) == 0
    store = PostgresStore(postgres_store_url + "%20-cdefault_transaction_read_only%3Don")
    assert store.read_only.startswith("the server takes read-only transactions only"), \
        store.read_only
    assert store.article_count() > 0
    store.close()


def test_a_read_only_role_with_no_store_is_told_so(postgres_url, postgres_store_url):
    """Where there is no store to read, the refusal is said, not hidden in a read-only one."""
    from placeline.store_postgres import PostgresStore

    with pytest.raises(PlacelineError) as caught:
        PostgresStore(postgres_store_url + "%20-cdefault_transaction_read_only%3Don")
    assert "Cannot make a placeline store in" in str(caught.value)
    assert "read-only transaction" in str(caught.value)


def test_the_dashboard_does_not_call_a_refusal_an_unreachable_server(
        postgres_url, postgres_store_url, app_store):
    """The audit's viewer dashboard: "a database server this dashboard cannot reach now (…)
    Reload this page once the server answers", which reloading never helps. A role refused
    even reading gets the server's refusal alone; a viewer's dashboard, the map (above)."""
    schema = postgres_store_url.rpartition("search_path%3D")[2]
    from placeline.store_postgres import PostgresStore

    PostgresStore(postgres_store_url).close()  # (a store there, empty)
    with psycopg.connect(postgres_url, autocommit=True) as admin:
        admin.execute("DROP ROLE IF EXISTS stranger24")
        admin.execute("CREATE ROLE stranger24 LOGIN")
    scheme, _, rest = postgres_url.partition("://")
    url = f"{scheme}://stranger24@{rest.rpartition('@')[2]}{postgres_store_url[len(postgres_url):]}"
    try:
        app_store(url)
        at = _run("dashboard.py")
        assert not at.exception
        assert [e.value for e in at.error] and "refused" in at.error[0].value, \
            [e.value for e in at.error]
        assert not any("cannot reach now" in info.value for info in at.info)
    finally:
        with psycopg.connect(postgres_url, autocommit=True) as admin:
            admin.execute(f"REVOKE ALL ON SCHEMA {schema} FROM stranger24")
            admin.execute("DROP ROLE stranger24")


def test_the_dashboard_of_a_viewer_role_shows_the_map_and_the_read_only_note(
        viewer_url, app_store):
    """The audit's `shots/pg_viewer.png`: the refusal, then "cannot reach now"."""
    app_store(viewer_url)
    at = _run("dashboard.py")
    assert not at.exception and not at.error, [e.value for e in at.error]
    assert any(_unescaped(info.value).startswith("This store is read-only: the role it "
                                                 "connects as") for info in at.info)
    assert any(m.value.startswith("| place |") for m in at.markdown)
