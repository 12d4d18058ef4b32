"""Killing an ingest mid-batch loses nothing and duplicates nothing; readers never see half
an article while a writer works (WAL; articles commit in groups, each article whole)."""

from __future__ import annotations

import os
import signal
import sqlite3
import subprocess
import sys
import time

import pytest

from bench.synth import corpus
from placeline.eventindex import load_event_index
from placeline.store import open_store
from tests.conftest import ROOT

ARTICLES = 120
HALF_WRITTEN = (
    "SELECT COUNT(*) FROM articles a WHERE"
    " EXISTS (SELECT 1 FROM mentions m WHERE m.article_id = a.id AND m.place_id IS NOT NULL)"
    " AND NOT EXISTS (SELECT 1 FROM events e WHERE e.article_id = a.id)")


@pytest.fixture
def folder(tmp_path):
    target = tmp_path / "incoming"
    target.mkdir()
    for document in corpus(ARTICLES, seed=13, size=1500):
        (target / document.source.rsplit("/", 1)[1]).write_text(document.text, encoding="utf-8")
    return target


def _ingest(folder, db) -> subprocess.Popen:
    return subprocess.Popen(
        [sys.executable, "-m", "placeline", "ingest", str(folder), "--db", str(db)],
        cwd=ROOT, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True,
        env={**os.environ, "PLACELINE_CACHE_DIR": str(ROOT / "data" / "cache")})


def _articles(db) -> int:
    try:
        with sqlite3.connect(f"file:{db}?mode=ro", uri=True, timeout=30) as conn:
            return conn.execute("SELECT COUNT(*) FROM articles").fetchone()[0]
    except sqlite3.Error:
        return 0


def test_sigkill_mid_batch_leaves_a_consistent_store_and_a_rerun_completes(folder, tmp_path):
    db = tmp_path / "crash.db"
    process = _ingest(folder, db)
    deadline = time.monotonic() + 120
    while _articles(db) < 15 and time.monotonic() < deadline and process.poll() is None:
        time.sleep(0.05)
    assert process.poll() is None, "the ingest finished before it could be killed"
    process.send_signal(signal.SIGKILL)
    process.wait(timeout=30)
    stored = _articles(db)
    assert 15 <= stored < ARTICLES
    with sqlite3.connect(db) as conn:
        assert conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
        assert conn.execute(HALF_WRITTEN).fetchone()[0] == 0
    rerun = _ingest(folder, db)
    out, err = rerun.communicate(timeout=300)
    assert rerun.returncode == 0, err
    assert f"{ARTICLES - stored} added, {stored} already stored, 0 skipped" in out
    with sqlite3.connect(db) as conn:
        assert conn.execute("SELECT COUNT(*), COUNT(DISTINCT content_hash) FROM articles"
                            ).fetchone() == (ARTICLES, ARTICLES)
        assert conn.execute(HALF_WRITTEN).fetchone()[0] == 0


def test_readers_see_whole_articles_while_an_ingest_writes(folder, tmp_path):
    db = tmp_path / "busy.db"
    open_store(db).close()
    writer = _ingest(folder, db)
    reader = open_store(db)
    reads = 0
    seen = []
    while writer.poll() is None:
        with reader.snapshot() as tx:  # one consistent state for both questions
            assert tx.execute(HALF_WRITTEN).fetchone()[0] == 0
            seen.append(tx.execute("SELECT COUNT(*) FROM articles").fetchone()[0])
        index = load_event_index(reader)  # what the dashboard does on every change
        assert len(index) == len(index.event_id)
        reads += 1
        time.sleep(0.02)
    assert writer.returncode == 0, writer.stderr.read()
    assert reads >= 5 and seen == sorted(seen) and seen[-1] > seen[0]
    assert reader.counts()["articles"] == ARTICLES
    reader.close()
