"""Review 22, the pages: the Ingest page's `kill -INT PID` for a run whose pid another
process took (finding 5), a store reopened at every page run while it opens read-only
again (7), and two notices of one page giving two commands for one NEW.db (8)."""

from __future__ import annotations

import datetime as dt
import json
import os
import re
import shlex
import socket
import subprocess
import sys
from pathlib import Path

import pytest

from placeline.bootstrap import GAZETTEER_SETTING
from placeline.gazetteer_build import INDEX_VERSION
from placeline.ingest_runs import RUN_PREFIX, runs, stop_note
from placeline.store import SQLiteStore, open_store
from tests.test_apptest import _run
from tests.test_audit21_store import _read_only_volume, archive  # noqa: F401 — the fixture
from tests.test_audit_cli import _main, seeds_db  # noqa: F401 — the fixture
from tests.test_left22_pages import _recorded_index

# -- 5. the pid of a command-line ingest, named for `kill -INT` --------------------------------


def _unescaped(markdown: str) -> str:
    return re.sub(r"\\(.)", r"\1", markdown)


def _seconds_ago(seconds: float) -> str:
    return (dt.datetime.now(dt.UTC) - dt.timedelta(seconds=seconds)).isoformat(
        timespec="seconds")


def _running(store, **fields) -> dict:
    """A run of `ingest feed.jsonl` on this machine as its record tells it, left "running"
    (by a crash, or under way), with `fields`; as the pages read it."""
    store.set_setting(RUN_PREFIX + "x1", json.dumps({
        "id": "x1", "input": "feed.jsonl", "key": "/data/feed.jsonl", "where": "cli",
        "total": 20000, "read": 2219, "last": "", "state": "running",
        "started": "2024-05-01T10:00:00.000000+00:00", "heard": "2024-05-01T10:05:00+00:00",
        "host": socket.gethostname(), **fields}))
    return next(run for run in runs(store) if run["id"] == "x1")


def _start_ticks(pid: int) -> int:
    """When a process of this machine started (/proc/PID/stat's 22nd field)."""
    stat = Path(f"/proc/{pid}/stat").read_bytes()
    return int(stat[stat.rindex(b")") + 2:].split()[19])


@pytest.fixture
def sleeper():
    """A process of this machine that is no ingest, as one that took a crashed run's pid."""
    process = subprocess.Popen(["sleep", "300"])
    yield process
    process.kill()
    process.wait()


def test_a_run_whose_pid_another_process_took_is_told_as_stopped(tmp_path, sleeper):
    """The review: a crash left a run "running", and the Ingest page said "run `kill -INT
    PID`" for whatever process has its pid since (a `sleep`, the dashboard itself), its
    record last written seven months before. Its pid's process, no `placeline ingest`, is
    not its own: the run ended, and no pid is named."""
    store = open_store(tmp_path / "news.db")
    for pid in (sleeper.pid, os.getpid()):  # (a record kept before it kept its pid's start)
        run = _running(store, pid=pid)
        assert (run["state"], run["ended_by"]) == ("interrupted", "its process ended"), pid
        assert "kill" not in stop_note(run) and str(pid) not in stop_note(run)
    store.close()


def test_a_run_is_named_for_kill_only_while_it_is_the_pid_s_process_and_lively(
        tmp_path, sleeper):
    """The pid is named while the record was written lately (`LIVELY`) by the process that
    has its pid, told by when it started (its record's `pid_start`); a pid taken since by another process
    is no run under way, and a run silent for an hour seems to have stopped."""
    store = open_store(tmp_path / "news.db")
    ticks = _start_ticks(sleeper.pid)
    now = _seconds_ago(2)
    run = _running(store, pid=sleeper.pid, heard=now, pid_start=ticks)
    assert run["state"] == "running"
    assert f"press Ctrl-C in its terminal, or run `kill -INT {sleeper.pid}` on this " \
           f"machine ({socket.gethostname()})" in stop_note(run)
    taken = _running(store, pid=sleeper.pid, heard=now, pid_start=ticks - 1)
    assert taken["state"] == "interrupted" and "kill" not in stop_note(taken)
    quiet = _running(store, pid=sleeper.pid, heard=_seconds_ago(3600), pid_start=ticks)
    assert quiet["state"] == "running"
    note = stop_note(quiet)
    assert "kill" not in note and str(sleeper.pid) not in note
    assert note.startswith(
        "It runs from the command line, not in this dashboard, but it has recorded no "
        f"progress since {quiet['heard'][:16].replace('T', ' ')} UTC, so it seems to have "
        "stopped"), note
    page = {**quiet, "where": "page"}  # (another dashboard server's: no process named)
    assert "seems to have stopped" in stop_note(page) and str(sleeper.pid) not in \
        stop_note(page)
    ended = subprocess.Popen([sys.executable, "-c", "pass"])  # ended, not yet waited for
    ended_ticks = _start_ticks(ended.pid)
    while Path(f"/proc/{ended.pid}/stat").read_bytes().split(b") ")[1][:1] != b"Z":
        pass
    assert _running(store, pid=ended.pid, heard=now,
                    pid_start=ended_ticks)["state"] == "interrupted"
    ended.wait()
    store.close()


def test_the_ingest_page_tells_a_run_whose_pid_another_process_took_as_stopped(
        tmp_path, app_store, sleeper):
    """The review's record on the Ingest page: no "under way" and `kill -INT`, but the run
    stopped, with how to finish it."""
    db = tmp_path / "news.db"
    store = open_store(db)
    _running(store, pid=sleeper.pid)
    store.close()
    app_store(db)
    at = _run("pages/3_Ingest.py")
    assert not [i.value for i in at.info if "under way" in i.value or "kill" in i.value]
    assert any("The ingest of feed.jsonl from the command line (started 2024-05-01 10:00 "
               "UTC) stopped after 2,219 of 20,000 documents read (its process ended)"
               in _unescaped(w.value) for w in at.warning)


# -- 7. a store read-only for its journal, reopened at every page run --------------------------


@pytest.fixture
def unjournalled(tmp_path):
    """The review's store: a `backup` (no id of its own yet) holding a correction, beside it
    a journal it may not write (immutable: the tests run as root, whom no file mode stops);
    opened, it is read-only, though its database takes a write."""
    from placeline.models import Place

    store = open_store(tmp_path / "news.db")
    store.add_correction("York", Place("test:york-pa", "York", 39.96, -76.73, "city", "US",
                                       "PA", 44000, "test"))
    copy = tmp_path / "copy.db"
    store.backup(copy)
    store.close()
    journal = copy.with_name(copy.name + ".corrections.jsonl")
    journal.write_text('{"op": "add", "surface": "Leeds"}\n', encoding="utf-8")
    subprocess.run(["chattr", "+i", str(journal)], check=True)
    yield copy, journal
    subprocess.run(["chattr", "-i", str(journal)], check=True)


def test_a_store_read_only_for_its_journal_is_not_opened_anew_at_every_run(
        unjournalled, app_store, monkeypatch):
    """The review: `writable_again` tried the database's write alone, which such a store
    takes, so every page run closed the store and opened it again (its spinner, a large
    store's whole opening), read-only again. It tries the journal too, without writing it;
    once the journal may be written, the next run opens the store writable."""
    from placeline.store import SQLiteStore

    copy, journal = unjournalled
    opened: list[Path] = []
    init = SQLiteStore._init_schema
    monkeypatch.setattr(SQLiteStore, "_init_schema",
                        lambda self: (opened.append(self.path), init(self))[1])
    store = open_store(copy)
    assert store.read_only and not store.writable_again()
    store.close()
    before = journal.stat().st_mtime_ns
    app_store(copy)
    at = _run("pages/1_Articles.py")
    at.run()
    at.run()
    assert [i for i in at.info if _unescaped(i.value).startswith("This store is read-only")]
    assert opened.count(copy) == 2, opened  # (the test's, and the page's once)
    assert journal.stat().st_mtime_ns == before
    subprocess.run(["chattr", "-i", str(journal)], check=True)
    at.run()
    assert not [i for i in at.info if "read-only" in i.value]
    assert "York" in journal.read_text(encoding="utf-8")  # (its correction journalled)


# -- 8. a read-only store an older index placed: one copy to make -------------------------------


def test_a_read_only_store_an_older_index_placed_is_told_one_copy_to_make(
        archive, app_store, monkeypatch, capsys):  # noqa: F811 — the fixture
    """The review: on a read-only volume every page said `backup --db STORE NEW.db` (the
    read-only note) and `copy --db STORE NEW.db` then `setup --db NEW.db` (the older index's
    note); run in the order given, the second copy failed ("cannot write NEW.db: it is a
    SQLite database"), and `ingest` said both. The older index's note now goes on from the
    read-only note's copy, and `ingest`, which cannot store into it, says the read-only
    error alone: the commands given, in their order, place a copy with this index."""
    _recorded_index(archive, "44")
    _read_only_volume(monkeypatch, archive.parent)
    backup = f"python -m placeline backup --db {archive} NEW.db"
    app_store(archive)
    for page in ("dashboard.py", "pages/1_Articles.py", "pages/2_Places.py",
                 "pages/3_Ingest.py"):
        at = _run(page)
        told = "\n".join([_unescaped(i.value) for i in at.info]
                         + [_unescaped(w.value) for w in at.warning]
                         + [c.value for c in at.code])
        commands = re.findall(r"python -m placeline [^`\n]*", told)
        assert [c for c in commands if "NEW.db" in c] == [
            backup, "python -m placeline setup --db NEW.db"], (page, commands)
        assert "copy it where you may write as the note above says (NEW.db" in told, page
    workdir = archive.parent.parent
    (workdir / "leeds.txt").write_text("Floods in Leeds\nRoads closed in Leeds.\n",
                                       encoding="utf-8")
    code, _, err = _main(capsys, "ingest", str(workdir / "leeds.txt"), "--db", str(archive))
    assert code == 2 and "is read-only" in err and err.count("NEW.db") == 1, err
    monkeypatch.chdir(workdir)
    for command in [c for c in commands if "NEW.db" in c]:
        code, _, err = _main(capsys, *shlex.split(command)[3:])
        assert code == 0, (command, err)
    copy = SQLiteStore(workdir / "NEW.db")
    assert copy.setting(GAZETTEER_SETTING) == INDEX_VERSION and copy.article_count() == 5
    copy.close()
