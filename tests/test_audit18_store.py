"""Audit 18, the store: `export` and `backup` never read their output path (item 11);
`backup` takes no companion file's name, and a rebuild of a sound store leaves only the kept
copy (item 22)."""

from __future__ import annotations

import os
import subprocess
import sys
import threading
from pathlib import Path

import pytest

from placeline.cli import main
from placeline.ingest import RawDocument
from placeline.pipeline import Pipeline
from placeline.recovery import rebuild
from placeline.store import open_store
from tests.conftest import ROOT

FLOOD = """Floodwaters rise along the Ohio River as Cincinnati braces for crest
date 2024-03-14
CINCINNATI — The Ohio River rose above flood stage on Wednesday, forcing the closure of \
riverside roads in Cincinnati and across the river in Covington, Kentucky.
Officials in Louisville said last Tuesday that the river would crest there on Saturday, and \
emergency crews spent Thursday stacking sandbags along the waterfront.
The National Weather Service said rainfall totals in Columbus and Dayton reached four inches \
over the weekend.
"""


# -- 11. export and backup never read their output --------------------------------------------

def _store_with_an_article(path: Path, geoparser) -> Path:
    store = open_store(path)
    Pipeline(store, geoparser).ingest([RawDocument("flood.txt", FLOOD)])
    store.close()
    return path


def _placeline(folder: Path, *args, timeout: float = 30) -> subprocess.CompletedProcess:
    """The command line in a process of its own, run in `folder`: a hang is a timeout, not
    a stuck suite."""
    return subprocess.run([sys.executable, "-m", "placeline", *map(str, args)], cwd=folder,
                          capture_output=True, text=True, timeout=timeout, check=False,
                          env={**os.environ, "PYTHONPATH": str(ROOT)})


def test_export_to_dev_stdout_or_dash_writes_the_csv(tmp_path, geoparser):
    """The audit: `export --out /dev/stdout | cat` waited forever (the output path was
    opened for reading to see whether it is a database)."""
    db = _store_with_an_article(tmp_path / "day.db", geoparser)
    for out in ("/dev/stdout", "-"):
        done = _placeline(tmp_path, "export", "--format", "csv", "--db", db, "--out", out)
        assert done.returncode == 0, done.stderr
        assert done.stdout.startswith("article_id,") and "Cincinnati" in done.stdout


def test_export_to_a_named_pipe_writes_into_it(tmp_path, geoparser):
    db = _store_with_an_article(tmp_path / "day.db", geoparser)
    fifo = tmp_path / "events.fifo"
    os.mkfifo(fifo)
    received: list[str] = []
    reader = threading.Thread(target=lambda: received.append(fifo.read_text("utf-8")),
                              daemon=True)
    reader.start()
    try:
        done = _placeline(tmp_path, "export", "--format", "csv", "--db", db, "--out", fifo)
    finally:
        try:  # a reader still waiting for a writer (the export failed): let it go
            os.close(os.open(fifo, os.O_WRONLY | os.O_NONBLOCK))
        except OSError:
            pass
        reader.join(10)
    assert done.returncode == 0, done.stderr
    assert received and received[0].startswith("article_id,")


@pytest.mark.parametrize("out", ["/dev/stdout", "-"])
def test_backup_to_a_stream_is_refused_at_once(tmp_path, geoparser, out):
    db = _store_with_an_article(tmp_path / "day.db", geoparser)
    done = _placeline(tmp_path, "backup", "--db", db, out)
    assert done.returncode == 2 and not done.stdout
    assert done.stderr.startswith("error: ") and "file" in done.stderr
    assert sorted(p.name for p in tmp_path.iterdir()) == ["day.db"]  # (no file "-")


# -- 22. backup under a companion's name; a rebuild of a sound store ---------------------------

@pytest.mark.parametrize("suffix", [".corrections.jsonl", "-wal", "-shm", "-journal"])
def test_backup_refuses_a_name_a_database_beside_it_would_take_for_its_own(
        tmp_path, geoparser, capsys, suffix):
    """The audit: `backup handover.db.corrections.jsonl` wrote a SQLite file there; opened,
    handover.db appended its journal lines to it, and its rebuild warned of 139 cut-off
    lines."""
    db = _store_with_an_article(tmp_path / "day.db", geoparser)
    out = tmp_path / f"handover.db{suffix}"
    code = main(["backup", "--db", str(db), str(out)])
    err = capsys.readouterr().err
    assert code == 2 and f"cannot write {out}: a name ending in" in err
    assert not out.exists()


def test_a_rebuild_of_a_sound_store_leaves_only_the_kept_copy(tmp_path, geoparser):
    """The audit: after the rebuild of a sound copy, its folder held `…damaged-…-shm` and
    `…-wal` beside the kept copy (the read-only look at it had made them)."""
    folder = tmp_path / "handover"
    folder.mkdir()
    db = _store_with_an_article(folder / "handover.db", geoparser)
    open_store(db).close()  # a colleague opened it: WAL mode, no log left on closing
    assert sorted(p.name for p in folder.iterdir()) == ["handover.db"]
    report = rebuild(db, log=lambda _: None)
    assert report.sound and report.salvaged == 1
    assert sorted(p.name for p in folder.iterdir()) == ["handover.db", report.kept_as.name]
