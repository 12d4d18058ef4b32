"""Audit 21, the store: a sound store that cannot be written (a read-only volume, a full
disk) or a --db naming a folder is told as such, not "damaged — run rebuild" (item 2); a disk
that fills during ingest, backup, export or a Save on a page is one line or one message, and
leaves no partial file (item 9); a store an older gazetteer index placed says so, with the
command (item 10); a deleted article is not stored again by the next ingest of its source,
and can be restored (item 7)."""

from __future__ import annotations

import datetime as dt
import errno
import json
import os
import re
import resource
import shlex
import shutil
import signal
import sqlite3
import subprocess
import sys
from pathlib import Path
from types import SimpleNamespace
from urllib.parse import unquote, urlparse

import pytest

from placeline.bootstrap import GAZETTEER_SETTING
from placeline.cli import main
from placeline.errors import StoreReadOnlyError, StoreWriteError
from placeline.gazetteer_build import INDEX_VERSION
from placeline.ingest import read_paths
from placeline.ingest_runs import unfinished
from placeline.models import Place
from placeline.pipeline import Pipeline
from placeline.present import clipped, counted
from placeline.store import SQLiteStore, open_store
from tests.conftest import ROOT
from tests.test_apptest import _run, app_db, fix  # noqa: F401 — the fixture
from tests.test_audit_cli import _main, seeds_db  # noqa: F401 — the fixture

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


# -- 2. a store that cannot be written is read, not "damaged" ----------------------------------


def _wal_mode(path: Path) -> bool:
    """Whether a SQLite file is in WAL mode (its header's write version, byte 18, is 2)."""
    with open(path, "rb") as file:
        return file.read(19)[18:19] == b"\x02"


def _cannot_open() -> sqlite3.OperationalError:
    error = sqlite3.OperationalError("unable to open database file")
    error.sqlite_errorcode, error.sqlite_errorname = sqlite3.SQLITE_CANTOPEN, "SQLITE_CANTOPEN"
    return error


def _read_only_volume(monkeypatch, folder: Path) -> None:
    """SQLite as it opens the files of `folder` on a read-only volume (the tests run as
    root, whom no file mode stops, and may not mount): a file opens read-only, as SQLite
    opens one it may not write, and one in WAL mode without its -shm only as immutable (no
    -shm can be made beside it); the volume says it is read-only, and nothing moves in it."""
    real_connect, real_statvfs, real_move = sqlite3.connect, os.statvfs, shutil.move

    def connect(database, *args, uri=False, **kwargs):
        name = str(database)
        path = Path(unquote(urlparse(name).path)) if uri else Path(name)
        if folder not in path.absolute().parents or "immutable=1" in name:
            return real_connect(database, *args, uri=uri, **kwargs)
        if _wal_mode(path) and not path.with_name(path.name + "-shm").exists():
            raise _cannot_open()
        return real_connect(path.absolute().as_uri() + "?mode=ro", *args, uri=True, **kwargs)

    def statvfs(path):
        found = real_statvfs(path)
        if Path(path).absolute() != folder:
            return found
        return SimpleNamespace(f_bavail=found.f_bavail, f_flag=found.f_flag | os.ST_RDONLY)

    def move(source, destination, *args, **kwargs):
        if folder in Path(source).absolute().parents:
            raise OSError(errno.EROFS, "Read-only file system", str(source))
        return real_move(source, destination, *args, **kwargs)

    monkeypatch.setattr(sqlite3, "connect", connect)
    monkeypatch.setattr(os, "statvfs", statvfs)
    monkeypatch.setattr(shutil, "move", move)


@pytest.fixture
def archive(seeds_db, tmp_path):  # noqa: F811 — the fixture
    """The audit's case: a `backup` of a store (one file, no log beside it) in a folder
    about to be a read-only volume."""
    folder = tmp_path / "volume"
    folder.mkdir()
    out = folder / "archive.db"
    assert main(["backup", "--db", str(seeds_db), str(out)]) == 0
    assert not _wal_mode(out)
    return out


def test_a_sound_store_on_a_read_only_volume_is_read_not_called_damaged(
        archive, tmp_path, monkeypatch, capsys):
    """The audit: `dates` and `export` of a backup on a read-only volume said "damaged (attempt
    to write a readonly database). Run rebuild", and `rebuild` then failed in a traceback
    moving it aside. It is read as it is; a change is refused in one line saying why, and
    `rebuild` moves nothing and says the file is sound."""
    capsys.readouterr()
    _read_only_volume(monkeypatch, archive.parent)
    code, out, err = _main(capsys, "dates", "--db", str(archive))
    assert code == 0 and err == "" and len(out.splitlines()) == 6  # (a header, 5 articles)
    csv = tmp_path / "events.csv"
    code, _, err = _main(capsys, "export", "--format", "csv", "--db", str(archive),
                         "--out", str(csv))
    assert code == 0 and csv.read_text(encoding="utf-8").count("\n") > 20

    store = open_store(archive)
    assert "its file system is read-only" in store.read_only
    with pytest.raises(StoreReadOnlyError):
        store.set_setting("x", "1")
    store.close()
    news = _news(tmp_path, 1)
    code, _, err = _main(capsys, "ingest", str(news), "--db", str(archive))
    assert code == 2 and "damaged" not in err and len(err.splitlines()) == 1
    assert err.startswith(f"error: the store {archive} is read-only (its file system is "
                          "read-only; to change it, copy it where you may write: `python -m "
                          f"placeline backup --db {archive} NEW.db`)")

    code, out, err = _main(capsys, "rebuild", "--db", str(archive))
    assert code == 0 and out.startswith(f"Not rebuilt: the database {archive} is sound")
    code, out, err = _main(capsys, "rebuild", "--db", str(archive), "--force")
    assert code == 2 and "Traceback" not in err and len(err.splitlines()) == 1
    assert "cannot be moved aside in its folder (Read-only file system), so nothing was " \
           "changed; it is not damaged" in err
    assert sorted(p.name for p in archive.parent.iterdir()) == ["archive.db"]


def test_a_store_in_wal_mode_on_a_read_only_volume_is_read_too(seeds_db, tmp_path,  # noqa: F811
                                                               monkeypatch, capsys):
    """A store closed cleanly keeps no -shm, which SQLite cannot make on a read-only
    volume ("unable to open database file", which had been damage too): read as immutable."""
    folder = tmp_path / "volume"
    folder.mkdir()
    shutil.copy(seeds_db, folder / "news.db")
    assert _wal_mode(folder / "news.db")
    _read_only_volume(monkeypatch, folder)
    code, out, err = _main(capsys, "dates", "--db", str(folder / "news.db"))
    assert code == 0 and len(out.splitlines()) == 6, err
    assert sorted(p.name for p in folder.iterdir()) == ["news.db"]


def test_a_folder_named_as_the_store_is_told_as_a_folder(tmp_path, capsys):
    """The audit: `ingest` and `setup` with --db naming a folder said "damaged (unable to open
    database file). Run rebuild"; `dates` and `rebuild` said it was a folder."""
    news = _news(tmp_path, 1)
    folder = tmp_path / "stores"
    folder.mkdir()
    for command in (["ingest", str(news)], ["setup"]):
        code, _, err = _main(capsys, *command, "--db", str(folder))
        assert code == 2 and err == (f"error: no database at {folder}: it is a folder (check "
                                     "--db or PLACELINE_DB: name a database file, new or "
                                     "not)\n")
    assert list(folder.iterdir()) == []


def test_a_store_that_cannot_be_made_says_why(tmp_path, monkeypatch):
    """A new store in a folder that cannot be written: why, not "damaged"."""
    folder = tmp_path / "volume"
    folder.mkdir()
    _read_only_volume(monkeypatch, folder)
    real = sqlite3.connect

    def refused(database, *args, uri=False, **kwargs):  # (mode=ro of a file not there)
        if Path(unquote(urlparse(str(database)).path)).parent == folder:
            raise _cannot_open()
        return real(database, *args, uri=uri, **kwargs)

    monkeypatch.setattr(sqlite3, "connect", refused)
    with pytest.raises(StoreWriteError) as caught:
        SQLiteStore(folder / "new.db")
    assert str(caught.value) == (f"cannot write the store {folder / 'new.db'}: it cannot be "
                                 "made: its file system is read-only; to change it, copy it "
                                 "where you may write: `python -m placeline backup --db "
                                 f"{folder / 'new.db'} NEW.db`")


def test_the_pages_read_a_read_only_store_and_refuse_changes_in_a_sentence(
        archive, app_store, monkeypatch):
    """The audit: the dashboard on a read-only store showed only "damaged" and the rebuild
    command. Every page reads it, says it is read-only, and a Delete says it was refused."""
    _read_only_volume(monkeypatch, archive.parent)
    app_store(archive)
    at = _run("dashboard.py")
    assert "places in 5 articles" in at.caption[0].value
    assert _unescaped(at.info[0].value).startswith(
        "This store is read-only: its file system is read-only; to change it, copy it where "
        f"you may write: `python -m placeline backup --db {archive} NEW.db`. The map and the "
        "pages read it as it is; corrections, dates set by hand, deleting and ingesting are "
        "refused.")
    page = _run("pages/1_Articles.py")
    assert len(page.dataframe[0].value) == 5
    page.session_state[f"delete_for_{page.selectbox(key='article').value}"] = True  # (open)
    page.button(key="delete").click().run()
    assert _unescaped(page.error[0].value).startswith(
        f"The article was not deleted. The store {archive} is read-only (its file system")
    assert len(page.dataframe[0].value) == 5
    assert sorted(p.name for p in archive.parent.iterdir()) == ["archive.db"]


def _unescaped(markdown: str) -> str:
    return re.sub(r"\\(.)", r"\1", markdown)


# -- 9. a full disk: one line, no partial files, a message on the page -------------------------


def _disk_full_after(monkeypatch, db: Path, pages: int) -> None:
    """The store's disk fills `pages` pages on: SQLite's own "database or disk is full",
    after which it has undone the whole transaction itself, as on a full disk (an audit's
    tmpfs), so "ROLLBACK" finds none."""
    real = SQLiteStore._connect

    def connect(self):
        conn = real(self)
        if Path(self.path) == db:
            size = conn.execute("PRAGMA page_count").fetchone()[0]
            conn.execute(f"PRAGMA max_page_count = {size + pages}")
        return conn

    monkeypatch.setattr(SQLiteStore, "_connect", connect)


def test_an_ingest_on_a_full_disk_stops_in_one_line_saying_what_it_stored(
        tmp_path, monkeypatch, capsys):
    """The audit: 39 lines of two tracebacks, the last "cannot rollback - no transaction is
    active", exit 1 and no count. Now one line, exit 2, the articles stored counted (those
    of the group the disk refused are not), and the same command again goes on."""
    news = _news(tmp_path, 60)
    db = tmp_path / "news.db"
    open_store(db).close()
    monkeypatch.setattr("placeline.pipeline.COMMIT_EVERY", 10)  # (groups of 10 articles)
    _disk_full_after(monkeypatch, db, 20)
    code, out, err = _main(capsys, "ingest", str(news), "--db", str(db))
    assert code == 2 and out == "" and len(err.splitlines()) == 1, err
    stored = open_store(db).article_count()
    assert 0 < stored < 60
    [run] = unfinished(open_store(db))  # (the group the disk refused: read, not stored)
    lost = run["read"] - stored
    assert lost > 0
    assert err == (f"error: cannot write the store {db}: the disk holding it is full: free space"
                   f" on it, then try again — the ingest stopped after storing {stored} "
                   f"articles, and {counted(lost, 'document')} it had read "
                   f"{'was' if lost == 1 else 'were'} not stored; ingest the same input again "
                   "to go on: the articles stored are skipped\n")
    monkeypatch.undo()
    code, out, err = _main(capsys, "ingest", str(news), "--db", str(db))
    assert code == 0 and out.startswith(f"{60 - stored} added, {stored} already stored")
    assert "going on with the ingest" in err


def test_a_store_refuses_a_write_on_a_full_disk_in_one_error(tmp_path, monkeypatch):
    """Where SQLite has undone the transaction itself, the store's ROLLBACK had raised "no
    transaction is active", hiding the full disk; the store stays usable."""
    db = tmp_path / "s.db"
    open_store(db).close()
    _disk_full_after(monkeypatch, db, 2)
    store = open_store(db)
    with pytest.raises(StoreWriteError) as caught, store.transaction() as tx:
        tx.executemany("INSERT INTO meta VALUES (?, ?)",
                       [(f"k{i}", "x" * 3000) for i in range(40)])
    assert str(caught.value) == (f"cannot write the store {db}: the disk holding it is full: "
                                 "free space on it, then try again")
    assert isinstance(caught.value.__cause__, sqlite3.OperationalError)
    assert caught.value.__context__ is caught.value.__cause__  # (nothing raised meanwhile)
    store.set_setting("small", "1")
    assert store.setting("small") == "1" and store.setting("k0") is None


def _limited(size: int):
    """A child process that may write files of `size` bytes at most (`ulimit -f`): its
    writes beyond fail as on a full disk, without filling one."""
    def limit() -> None:
        signal.signal(signal.SIGXFSZ, signal.SIG_IGN)
        resource.setrlimit(resource.RLIMIT_FSIZE, (size, size))
    return limit


def test_a_backup_the_disk_cannot_hold_leaves_nothing(seeds_db, tmp_path):  # noqa: F811
    """The audit: exit 1 in a traceback, a partial database and its -journal left under OUT,
    and the retry refused as "the file exists"."""
    out = tmp_path / "copies" / "b.db"
    out.parent.mkdir()
    done = subprocess.run([sys.executable, "-m", "placeline", "backup", "--db", str(seeds_db),
                           str(out)], check=False, cwd=ROOT, capture_output=True, text=True,
                          preexec_fn=_limited(seeds_db.stat().st_size // 3), timeout=120)
    assert done.returncode == 2 and "Traceback" not in done.stderr
    assert done.stderr.startswith(f"error: cannot write {out}: ")
    assert done.stderr.endswith("; nothing was written\n") and done.stderr.count("\n") == 1
    assert list(out.parent.iterdir()) == []
    assert main(["backup", "--db", str(seeds_db), str(out)]) == 0  # (the retry)
    assert [p.name for p in out.parent.iterdir()] == ["b.db"]


def test_a_correction_the_disk_refuses_says_it_was_not_saved(app_db, monkeypatch):  # noqa: F811
    """The audit: Save on a full disk showed "This app has encountered an error", nothing
    saying the correction was not saved, nor why (the journal's write: No space left on
    device). The form says both, and the store holds no correction."""
    def full(self, record):
        raise OSError(errno.ENOSPC, "No space left on device")

    monkeypatch.setattr(SQLiteStore, "_journal", full)
    at = _run("dashboard.py", place="Izyum")
    fix(at.radio, "how").set_value("coordinates").run()
    fix(at.text_input, "name").set_value("Somewhere Else").run()
    fix(at.number_input, "lat").set_value(10.0).run()
    fix(at.number_input, "lon").set_value(20.0).run()
    fix(at.button, "save").click().run()
    assert _unescaped(at.error[0].value) == (
        f"The correction “Izyum” → Somewhere Else was not saved. Cannot write the store "
        f"{app_db}: the disk holding it is full: free space on it, then try again.")
    store = open_store(app_db)
    assert store.corrections() == [] and "Izyum" in set(store.events_frame()["place"])
    store.close()


# -- 10. a store an older gazetteer index placed says so, with the command ---------------------


def test_an_ingest_into_a_new_store_records_the_index_that_places_it(tmp_path, capsys):
    """A store `ingest` made recorded no index, so no release could tell its pins old."""
    news = _news(tmp_path, 2)
    db = tmp_path / "news.db"
    code, _, err = _main(capsys, "ingest", str(news), "--db", str(db))
    assert code == 0 and "note:" not in err
    store = open_store(db)
    assert store.setting(GAZETTEER_SETTING) == INDEX_VERSION
    store.close()
    code, _, err = _main(capsys, "ingest", str(news), "--db", str(db))
    assert code == 0 and "note:" not in err


def _placed_by_an_older_index(db: Path, recorded: str | None) -> None:
    """The store as an older release left it: its index recorded as `recorded` (or not at
    all: one `ingest` made), and Leeds pinned where that index put it (York's point)."""
    with sqlite3.connect(db) as conn:
        (york,) = conn.execute("SELECT place_id FROM mentions WHERE surface = 'York'").fetchone()
        (leeds,) = conn.execute("SELECT place_id FROM mentions WHERE surface = 'Leeds'"
                                ).fetchone()
        conn.execute("UPDATE mentions SET place_id = ? WHERE place_id = ?", (york, leeds))
        conn.execute("UPDATE events SET place_id = ? WHERE place_id = ?", (york, leeds))
        conn.execute("DELETE FROM meta WHERE key = ?", (GAZETTEER_SETTING,))
        if recorded is not None:
            conn.execute("INSERT INTO meta VALUES (?, ?)", (GAZETTEER_SETTING, recorded))
    conn.close()


def _leeds_is_placed_as_leeds(db: Path) -> bool:
    with sqlite3.connect(db) as conn:
        places = {row[0] for row in conn.execute(
            "SELECT p.name FROM mentions m JOIN places p ON p.id = m.place_id"
            " WHERE m.surface = 'Leeds'")}
    conn.close()
    return places == {"Leeds"}


@pytest.mark.parametrize("recorded", ["44", None])
def test_a_store_an_older_index_placed_says_so_until_setup_places_it_again(
        tmp_path, capsys, app_store, recorded):
    """The audit: a store of release v44 (an older `ingest`), opened after an upgrade, kept
    its pins ("Ontario" New York's in a London, Ontario story) through an ingest, beside the
    new articles' placed by v82, and neither `ingest` nor the pages said that `setup --db`
    would place them again. `ingest`, `export` and every page now say so, with the command,
    until it is run."""
    news = _news(tmp_path, 9)
    db = tmp_path / "news.db"
    assert main(["ingest", *map(str, sorted(news.iterdir())[:8]), "--db", str(db)]) == 0
    _placed_by_an_older_index(db, recorded)
    assert not _leeds_is_placed_as_leeds(db)
    which = (f"an older gazetteer index (v44; this release's is v{INDEX_VERSION})" if recorded
             else "a gazetteer index it does not record (a store made by `ingest` before this "
             f"release, or by an older release; this release's is v{INDEX_VERSION})")
    note = (f"The articles of {db} were placed by {which}: some pins may be where that index "
            "put them, and articles added now are placed by this one beside them.")
    command = f"python -m placeline setup --db {shlex.quote(str(db))}"
    capsys.readouterr()

    code, _, err = _main(capsys, "ingest", str(news), "--db", str(db))
    assert code == 0 and err.startswith(f"note: {note} `{command}` places them all again, "
                                        "once (your corrections are kept).\n")
    code, _, err = _main(capsys, "export", "--format", "csv", "--db", str(db))
    assert code == 0 and err.startswith(f"note: {note}")
    app_store(db)
    at = _run("dashboard.py")
    assert _unescaped(at.warning[0].value) == (f"{note} This command places them all again, "
                                               "once (your corrections are kept):")
    assert at.code[0].value == command
    assert _run("pages/2_Places.py").code[0].value == command

    code, _, err = _main(capsys, "setup", "--db", str(db))
    assert code == 0 and _leeds_is_placed_as_leeds(db)
    code, _, err = _main(capsys, "ingest", str(news), "--db", str(db))
    assert code == 0 and "note:" not in err
    app_store(db)
    at = _run("dashboard.py")
    assert not at.warning and not at.code


# -- 7. a deleted article stays deleted at the next ingest of its source -----------------------


ROWS = [{"id": "leeds", "title": "Floods in Leeds", "date": "2024-03-05",
         "text": "Floods hit Leeds and Wakefield on Monday, officials in Leeds said."},
        {"id": "springfield", "title": "Springfield officials reject pet rumours",
         "date": "2024-03-05",
         "text": "Officials in Springfield, Ohio, rejected rumours on Tuesday, the mayor said."},
        {"id": "york", "title": "Fire in York", "date": "2024-03-06",
         "text": "A fire closed a street in York on Wednesday, firefighters in York said."}]


def _feed(path: Path, rows: list[dict]) -> Path:
    path.write_text("".join(json.dumps(row) + "\n" for row in rows), encoding="utf-8")
    return path


def _by_source(store) -> dict[str, int]:
    return {store.article(i)["source"]: i for i in store.article_ids()}


def test_a_deleted_article_is_not_stored_again_by_the_next_ingest_of_its_feed(
        store, geoparser, tmp_path):
    """The audit: an article deleted on the Articles page came back at the next ingest of its
    feed ("1 added, 14 already stored"), so a nightly ingest undid every deletion. Its text
    is kept out, and the report says so; on both backends."""
    feed = _feed(tmp_path / "day.jsonl", ROWS)
    pipeline = Pipeline(store, geoparser)
    pipeline.ingest(read_paths([feed]))
    springfield = _by_source(store)[f"{feed}#springfield"]
    assert pipeline.delete([springfield]) == 1
    report = Pipeline(store, geoparser).ingest(read_paths([feed]))
    assert (report.added, len(report.duplicates)) == ([], 2)
    assert [source for source, _ in report.deleted] == [f"{feed}#springfield"]
    lines = report.summary().splitlines()
    assert lines[0].startswith("0 added, 2 already stored, 1 deleted before, 0 skipped")
    today = dt.datetime.now(dt.UTC).date().isoformat()
    assert lines[1] == (f"  not stored {feed}#springfield: its article “Springfield officials "
                        f"reject pet rumours” was deleted on {today}, and this is its text "
                        "again (the Places page's Restore brings it back)")
    assert store.article_count() == 2


def test_an_edited_text_of_a_deleted_article_comes_back_with_a_warning(store, geoparser,
                                                                       tmp_path):
    """What was deleted is a text: another text from its source (the story updated, or a
    new one under its name) is news the user has not seen, stored, with a warning naming
    the deleted one."""
    feed = _feed(tmp_path / "day.jsonl", ROWS)
    pipeline = Pipeline(store, geoparser)
    pipeline.ingest(read_paths([feed]))
    pipeline.delete([_by_source(store)[f"{feed}#springfield"]])
    edited = dict(ROWS[1], text=ROWS[1]["text"] + " Police in Springfield found no evidence.")
    _feed(feed, [ROWS[0], edited, ROWS[2]])
    report = Pipeline(store, geoparser).ingest(read_paths([feed]))
    assert [source for source, _ in report.added] == [f"{feed}#springfield"]
    assert report.deleted == []
    (warning,) = [w for w in report.warnings if w.source == f"{feed}#springfield"]
    assert warning.reason.startswith("stored as a new article: its source's article "
                                     "“Springfield officials reject pet rumours” was deleted on")
    assert warning.reason.endswith("this is another text (an edit, or another story); if it "
                                   "is unwanted too, delete it on the Articles page")


def test_a_deleted_article_is_restored_with_its_correction_and_kept_by_copies(
        sqlite, geoparser, tmp_path, capsys):
    """Restore brings the article back as it was, its one-article correction with it; the
    deletion goes with the store into `copy`, `backup` and `rebuild`, whose next ingest
    would otherwise store the article again."""
    feed = _feed(tmp_path / "day.jsonl", ROWS)
    store = sqlite("news.db")
    pipeline = Pipeline(store, geoparser)
    pipeline.ingest(read_paths([feed]))
    york_id = _by_source(store)[f"{feed}#york"]
    york = store.article(york_id)
    (placed,) = {m["place_id"] for m in store.mentions(york_id) if m["surface"] == "York"}
    store.add_correction("York", Place("test:york-pa", "York", 39.96, -76.73, "city", "US",
                                       source="correction"), york["content_hash"])
    pipeline.reprocess([york_id])
    pipeline.delete([york_id])
    for command in (["copy", "--db", str(store.path), str(tmp_path / "copied.db")],
                    ["backup", "--db", str(store.path), str(tmp_path / "backup.db")]):
        assert main(command) == 0
    shutil.copy(tmp_path / "backup.db", tmp_path / "rebuilt.db")
    assert main(["rebuild", "--db", str(tmp_path / "rebuilt.db"), "--force"]) == 0
    capsys.readouterr()
    for name in ("copied.db", "backup.db", "rebuilt.db"):
        code, out, _ = _main(capsys, "ingest", str(feed), "--db", str(tmp_path / name))
        assert code == 0 and out.startswith("0 added, 2 already stored, 1 deleted before"), name

    restored = Pipeline(store, geoparser).restore(york["content_hash"])
    assert store.deletions() == [] and store.article(restored)["text"] == york["text"]
    assert {m["place_id"] for m in store.mentions(restored)
            if m["surface"] == "York"} == {"test:york-pa"} != {placed}
    report = Pipeline(store, geoparser).ingest(read_paths([feed]))
    assert (report.added, report.deleted, len(report.duplicates)) == ([], [], 3)


def test_the_pages_delete_and_restore_an_article(app_db):  # noqa: F811 — the fixture
    """The Delete popover had said "This cannot be undone (ingest the file again)"; the
    Places page lists what was deleted, and Restore brings it back."""
    at = _run("pages/1_Articles.py")
    chosen = at.selectbox[0].value
    title = open_store(app_db).article(chosen)["title"]
    at.session_state[f"delete_for_{at.selectbox(key='article').value}"] = True  # (open)
    at.button(key="delete").click().run()
    assert len(at.dataframe[0].value) == 4
    page = _run("pages/2_Places.py")
    assert "Deleted articles" in [s.value for s in page.subheader]
    assert any(f"“{clipped(title, 70)}”" in _unescaped(m.value) for m in page.markdown)
    next(b for b in page.button if b.label == "Restore").click().run()
    store = open_store(app_db)
    assert store.article_count() == 5 and store.deletions() == []
    store.close()


def test_a_read_only_store_made_before_deletions_were_kept_is_read(archive, monkeypatch,
                                                                    capsys, app_store):
    """A backup made by a release without the table of deletions: read-only, it cannot be
    given one, and had it been refused, item 2's archive would be unreadable again."""
    with sqlite3.connect(archive) as conn:
        conn.execute("DROP TABLE IF EXISTS deleted_articles")
    conn.close()
    _read_only_volume(monkeypatch, archive.parent)
    code, out, err = _main(capsys, "dates", "--db", str(archive))
    assert code == 0 and len(out.splitlines()) == 6, err
    app_store(archive)
    page = _run("pages/2_Places.py")
    assert not any(s.value == "Deleted articles" for s in page.subheader)
